"""A figure's unit stays on its line in the Word file ("0.9 weeks", "17.7 per 1,000 people"), and a percentage
over 100 is warned of, naming its cell."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import docx
import pytest

from drafter import api
from drafter.load import load_campaign
from drafter.reports.warnings import campaign_warnings
from drafter.shipped import shipped_root
from drafter.style.house import PRESETS
from drafter.writers.unbroken import kept_whole, unbroken
from tests.conftest import edit

NBSP = "\u00a0"


def _example(tmp_path: Path, template: str) -> Path:
    return Path(shutil.copytree(shipped_root() / template / "example", tmp_path / template))


def test_a_rate_in_weeks_keeps_its_unit_on_the_figures_line_in_the_docx(tmp_path: Path) -> None:
    campaign = _example(tmp_path, "rate-change")
    edit(campaign / "campaign.yaml", "unit: per cent ", "unit: weeks\n    unit_one: week ")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cardiff"], formats=["docx"])
    text = "\n".join(p.text for p in docx.Document(str(out / "cardiff.docx")).paragraphs)
    assert f"from 18.0{NBSP}weeks between April 2022" in text and f"from 10.2 to 14.6{NBSP}weeks, a rise" in text
    assert f"risen by 75{NBSP}per{NBSP}cent" in text and "weeks" not in text.replace(f"{NBSP}weeks", "")


def test_a_rate_per_head_is_one_unbroken_phrase_with_its_base_and_the_markdown_keeps_plain_spaces(
        tmp_path: Path) -> None:
    md, release = api.preview(_example(tmp_path, "per-head"), "Cardiff")
    whole = kept_whole((fact.text for fact in release.facts), release.units)
    sentence = next(block.text for block in release.blocks if "42.7" in block.text)
    assert "42.7 per 100,000 people" in md
    assert f"42.7{NBSP}per{NBSP}100,000{NBSP}people" in unbroken(sentence, whole)
    assert f"194{NBSP}public{NBSP}charging{NBSP}points" in unbroken(md, whole)
    headline = unbroken(release.headline, whole)  # a unit of more than four words is not kept whole
    assert headline == f"Cardiff has 52.2{NBSP}public{NBSP}charging{NBSP}points per 100,000 people"


def test_a_percentage_over_100_is_warned_of_naming_its_cell_and_still_drafted(tmp_path: Path) -> None:
    campaign = _example(tmp_path, "rate-change")
    edit(campaign / "figures.csv", "Cardiff,electric,18.0,31.5", "Cardiff,electric,18.0,150.0")
    said = [w.message for w in campaign_warnings(load_campaign(campaign), PRESETS["en_GB"])
            if w.code == "percent_past_whole"]
    assert said == ["share of buses running on electricity is a percentage (unit: per cent), at most 100, but "
                    "figures.csv, row 3, column this_year gives Cardiff 150.0; check that cell (drafted as given)"]
    text, release = api.preview(campaign, "Cardiff")
    assert "to 150.0 per cent" in text
    # preview, which a press officer runs first, says so too, in any area's release (it named nothing before)
    assert [w.message for w in api.preview(campaign, "Swansea")[1].warnings if w.code == "percent_past_whole"] \
        == said == [w.message for w in release.warnings if w.code == "percent_past_whole"]


def test_a_headline_never_ends_on_a_line_of_one_word_and_its_markdown_keeps_plain_spaces(example: Path,
                                                                                          tmp_path: Path) -> None:
    """several-measures' Ynys Môn headline broke as "… rise from 12 to" over "19" alone in LibreOffice: the Word
    file keeps a headline's last two words on one line (a figure with its unit counts as one)."""
    out = tmp_path / "out"
    api.draft(example, out, areas=["Cheshire"], formats=["docx", "md"])
    headline = next(p.text for p in docx.Document(str(out / "cheshire.docx")).paragraphs
                    if p.style is not None and p.style.name == "Heading 1")
    assert headline.endswith(f"online almost{NBSP}trebles") and headline.count(NBSP) == 1
    assert "# Number of people in Cheshire seeking help to stop viewing sexual images of children online almost " \
        "trebles\n" in (out / "cheshire.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("before", range(50, 72, 3))
def test_the_plain_text_of_a_message_never_ends_a_line_inside_a_figure_or_a_phone_number(
        example: Path, before: int) -> None:
    """The plain text is wrapped at 72 columns with real line ends: "193 per cent" and "01632 960 001" are never
    split over two lines, wherever they fall, though they keep ordinary spaces for a newsdesk that pastes them."""
    from drafter.model import Block, Inline
    from drafter.writers.text import TextWriter

    _, release = api.preview(example, "Cheshire")
    lead = "x " * (before // 2)
    said = (f"{lead}It rose by 193 per cent.", f"{lead}Call 01632 960 001 or 07700 900 001 now.")
    blocks = tuple(Block("paragraph", "Body Text", (Inline(text),)) for text in said)
    text = TextWriter().render(dataclasses.replace(release, blocks=blocks)).decode("utf-8")
    assert NBSP not in text
    joined = [" ".join(part.splitlines()) for part in text.strip().split("\n\n")]
    assert joined == list(said)
    for line in text.splitlines():
        assert not line.endswith(("193", "193 per", "01632", "960")), text
