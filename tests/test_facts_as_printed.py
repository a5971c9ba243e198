"""A fact sheet records each figure exactly as its release prints it, in every language and preset: every row with
something in its printed column has that text, word for word, in the area's release (a Welsh share after "yn" is
"fwy na 99%", a Welsh rank "drydydd", a count of none "no" or "dim"), and the batch's one-figure-one-way check
reads those forms back, so the batch that prints them is drafted, not refused."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from drafter import api
from drafter.shipped import shipped_root
from tests.conftest import edit

EXAMPLES = sorted(path.parent.name for path in shipped_root().glob("*/example"))
BOTH = "languages: [en_GB, cy_GB]"


def _unprinted(out: Path) -> list[tuple[str, str, str]]:
    """Each fact-sheet row under ``out`` whose printed text is not in its release's Markdown, as (sheet, fact,
    printed); no-break spaces read as spaces, as a reader sees them."""
    def plain(text: str) -> str:
        return text.replace("\u00a0", " ").replace("\u202f", " ")
    sheets = sorted(out.glob("*.facts.csv"))
    assert sheets, f"no fact sheets in {out}"
    missing = []
    for sheet in sheets:
        release = plain(sheet.with_name(sheet.name.removesuffix(".facts.csv") + ".md").read_text(encoding="utf-8"))
        rows = list(csv.DictReader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"), newline="")))
        assert rows, sheet.name
        missing += [(sheet.name, row["fact"], row["printed"]) for row in rows
                    if row["printed"] and plain(row["printed"]) not in release]
    return missing


def _bilingual(template: str, folder: Path) -> Path:
    campaign = folder / template
    shutil.copytree(shipped_root() / template / "example", campaign)
    with (campaign / "campaign.yaml").open("a", encoding="utf-8") as file:
        file.write(f"\n{BOTH}\n")
    return campaign


@pytest.mark.parametrize("template", EXAMPLES)
@pytest.mark.parametrize("preset", ["en_GB and cy_GB", "en_US"])
def test_every_printed_fact_of_a_shipped_example_is_in_its_release_word_for_word(
        template: str, preset: str, tmp_path: Path) -> None:
    """Every shipped example, drafted in English and Welsh together (the one-figure-one-way check across both),
    and in the US preset (``--locale en_US``), to Markdown and fact sheets."""
    out = tmp_path / "out"
    if preset == "en_US":
        api.draft(shipped_root() / template / "example", out, formats=["md"], locale="en_US")
    else:
        api.draft(_bilingual(template, tmp_path), out, formats=["md"])
        assert sorted(out.glob("*.cy.facts.csv")) and sorted(out.glob("*.en.facts.csv"))
    assert _unprinted(out) == []


def test_a_welsh_share_after_yn_is_recorded_mutated_and_the_batch_is_drafted(tmp_path: Path) -> None:
    """Cardiff with nearly every charging point in Wales: "Mae hynny’n fwy na 99%" in Welsh, "more than 99 per cent"
    in English; the Welsh fact sheet gives "fwy na 99%", as printed, and the batch is not refused as printing the
    share two ways."""
    campaign = _bilingual("per-head", tmp_path)
    edit(campaign / "figures.csv", "Cardiff,points,194", "Cardiff,points,194000")
    api.draft(campaign, tmp_path / "out", areas=["Cardiff"], formats=["md"])
    assert "Mae hynny’n fwy na 99% o gyfanswm" in (tmp_path / "out" / "cardiff.cy.md").read_text(encoding="utf-8")
    assert "That is more than 99 per cent of the total" in \
        (tmp_path / "out" / "cardiff.en.md").read_text(encoding="utf-8")
    shares = {}
    for language in ("en", "cy"):
        sheet = (tmp_path / "out" / f"cardiff.{language}.facts.csv").read_bytes().decode("utf-8-sig")
        shares[language] = [row["printed"] for row in csv.DictReader(io.StringIO(sheet, newline=""))
                            if row["fact"] == "points.october.share"]
    assert shares == {"en": ["more than 99 per cent"], "cy": ["fwy na 99%"]}
    assert _unprinted(tmp_path / "out") == []


@pytest.mark.parametrize(("template", "old", "new", "areas", "locale", "said"), [
    # a rate given as 12.00 and 12 is "unchanged at 12 per cent": both periods' facts give "12"
    ("rate-change", "Swansea,electric,12.0,10.5", "Swansea,electric,12.00,12", ["Wales"], None,
     "Swansea: unchanged at 12 per cent"),
    # a fall of more than 99 per cent as a noun in Welsh: "gostyngiad o fwy na 99%"
    ("count-change", 'Cardiff,parcels,"4,120","5,066"', 'Cardiff,parcels,"1,999",3', ["Wales"], "cy_GB",
     "gostyngiad o fwy na 99%"),
    # the joint first place said without "first": "the joint highest", en_US "tied for the highest"
    ("league-table", 'Swansea,incidents,"5,410","6,320"', 'Swansea,incidents,"5,410","8,640"', ["Swansea"], None,
     "that is the joint highest of any area"),
    ("league-table", 'Swansea,incidents,"5,410","6,320"', 'Swansea,incidents,"5,410","8,640"', ["Swansea"], "en_US",
     "that is tied for the highest of any area"),
])
def test_a_figure_printed_in_other_words_than_its_own_is_recorded_as_printed(
        template: str, old: str, new: str, areas: list[str], locale: str | None, said: str, tmp_path: Path) -> None:
    """Found by drafting the examples with other figures: each printed fact is in its release word for word, and
    a rank whose words leave its ordinal unsaid is recorded as deciding those words, not as printed."""
    campaign = tmp_path / template
    shutil.copytree(shipped_root() / template / "example", campaign)
    edit(campaign / "figures.csv", old, new)
    api.draft(campaign, tmp_path / "out", areas=areas, formats=["md"], locale=locale)
    (release,) = (tmp_path / "out").glob("*.md")
    assert said in " ".join(release.read_text(encoding="utf-8").split())
    assert _unprinted(tmp_path / "out") == []
    if template == "league-table":  # the rank is on the sheet as the fact those words rest on
        (sheet,) = (tmp_path / "out").glob("*.facts.csv")
        rows = csv.DictReader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"), newline=""))
        (rank,) = [row for row in rows if row["fact"] == "incidents.this_year.rank"]
        assert (rank["printed"], rank["formula"]) == ("", "not printed: decides whether it alone is the highest and "
                                                      "whether it is the joint highest and the words “"
                                                      + said.removeprefix("that is ").removesuffix(" of any area")
                                                      + "”; rank 1 (joint) of 5 areas in Wales")
