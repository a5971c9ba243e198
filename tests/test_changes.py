"""What changed since the last draft, in words a press officer can read: each figure as the reviewer pack says
it (what was measured, over which period, printed then and now), never by drafter's fact id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.shipped import shipped_root
from tests.conftest import edit

runner = CliRunner()
CREW = ("volunteer crew members, change, per cent, 2023 → 2024: 11 per cent", "volunteer crew members, 2023: 28",
        "volunteer crew members, 2024: 31", "Wales: volunteer crew members, 2023: 102",
        "Wales: volunteer crew members, 2024: 112", "Wales: volunteer crew members, change, per cent, 2023 → 2024: "
        "9.8 per cent")


def boats(tmp_path: Path, yaml: tuple[str, str] | None = None) -> tuple[Path, Path]:
    """The several-measures example (launches, people rescued and crew by Welsh council area), drafted once;
    ``yaml``: a (text, replacement) edit to its campaign.yaml before that first draft."""
    campaign = tmp_path / "boats"
    shutil.copytree(shipped_root() / "several-measures" / "example", campaign)
    if yaml:
        edit(campaign / "campaign.yaml", *yaml)
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cardiff"], formats=["md"])
    return campaign, out


@pytest.fixture(scope="module")
def boats_drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``boats`` as it is, drafted once per module: copy, never edit."""
    return boats(tmp_path_factory.mktemp("boats"))


@pytest.fixture
def drafted_boats(boats_drafted: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of ``boats_drafted``'s campaign and of its draft (the bytes ``boats(tmp_path)`` gives): safe
    to edit."""
    campaign, out = (Path(shutil.copytree(folder, tmp_path / folder.name)) for folder in boats_drafted)
    return campaign, out


def redraft(campaign: Path, out: Path) -> str:
    result = runner.invoke(app, ["draft", str(campaign), "--out", str(out), "--area", "Cardiff", "--format", "md"])
    assert result.exit_code == 0, result.stderr
    return result.stdout.partition("unchanged\n")[2]


def test_a_changed_figure_says_what_it_is_and_what_it_was(drafted_boats: tuple[Path, Path]) -> None:
    campaign, out = drafted_boats
    edit(campaign / "figures.csv", "Cardiff,crew,28,31", "Cardiff,crew,28,33")
    assert redraft(campaign, out) == (
        "changed since the last draft: Cardiff\n"
        "    volunteer crew members, change, per cent, 2023 → 2024: 11 per cent → 18 per cent\n"
        "    volunteer crew members, 2024: 31 → 33\n"
        "    Wales: volunteer crew members, 2024: 112 → 114\n"
        "    Wales: volunteer crew members, change, per cent, 2023 → 2024: 9.8 per cent → 12 per cent\n"
        "    2 new or edited paragraphs\n")


def test_a_figure_taken_out_of_a_release_is_said_to_be_gone(drafted_boats: tuple[Path, Path]) -> None:
    campaign, out = drafted_boats
    edit(campaign / "campaign.yaml", "measures: [launches, rescued, crew]", "measures: [launches, rescued]")
    assert redraft(campaign, out) == "changed since the last draft: Cardiff\n" + "".join(
        f"    {line} (no longer in this release)\n" for line in CREW) + "    1 new or edited paragraph\n"


def test_a_figure_new_in_a_release_is_said_to_be_new(tmp_path: Path) -> None:
    campaign, out = boats(tmp_path, ("measures: [launches, rescued, crew]", "measures: [launches, rescued]"))
    edit(campaign / "campaign.yaml", "measures: [launches, rescued]", "measures: [launches, rescued, crew]")
    assert redraft(campaign, out) == "changed since the last draft: Cardiff\n" + "".join(
        f"    {line} (new in this release)\n" for line in CREW) + "    2 new or edited paragraphs\n"


def test_a_figure_whose_measure_left_campaign_yaml_is_named_by_its_id_in_words(drafted_boats: tuple[Path, Path]
                                                                             ) -> None:
    campaign, out = drafted_boats
    yaml = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    crew = yaml[yaml.index("  crew:\n"):yaml.index("\nstory:") + 1]
    edit(campaign / "campaign.yaml", crew, "")
    edit(campaign / "campaign.yaml", "measures: [launches, rescued, crew]", "measures: [launches, rescued]")
    figures = (campaign / "figures.csv").read_text(encoding="utf-8")
    (campaign / "figures.csv").write_text("".join(line for line in figures.splitlines(keepends=True)
                                                  if ",crew," not in line), encoding="utf-8")
    said = redraft(campaign, out)
    assert said.splitlines()[1:4] == [  # the label went with the measure; its period is still the campaign's
        "    crew, change, per cent, 2023 → 2024: 11 per cent (no longer in this release)",
        "    crew, 2023: 28 (no longer in this release)", "    crew, 2024: 31 (no longer in this release)"]


def test_a_bilingual_draft_names_each_release_by_its_language(tmp_path: Path) -> None:
    campaign, out = boats(tmp_path, ("\nlocale: en_GB\n", "\nlocale: en_GB\nlanguages: [en_GB, cy_GB]\n"))
    edit(campaign / "figures.csv", "Cardiff,crew,28,31", "Cardiff,crew,28,33")
    said = [line for line in redraft(campaign, out).splitlines() if line.startswith("changed")]
    assert said == ["changed since the last draft: Cardiff (en_GB)", "changed since the last draft: Cardiff (cy_GB)"]


@pytest.mark.parametrize("saved", [b"area;fact;printed\r\nCardiff;crew.2024;31\r\n", b"\x00\xff\r\x81 \n\"x\"y\0"],
                         ids=["spreadsheet-semicolons", "garbled"])
def test_a_fact_sheet_that_is_no_longer_drafters_is_not_compared(drafted_boats: tuple[Path, Path], saved: bytes
                                                                 ) -> None:
    """A fact sheet saved again by a spreadsheet in its own way, or garbled on the drive, holds no figures to
    compare with: no traceback, and no figure called new; the paragraphs are still compared."""
    campaign, out = drafted_boats
    (out / "cardiff.facts.csv").write_bytes(saved)
    edit(campaign / "figures.csv", "Cardiff,crew,28,31", "Cardiff,crew,28,33")
    result = api.draft(campaign, out, areas=["Cardiff"], formats=["md"])
    assert [(c.area, c.facts, len(c.sentences_added)) for c in result.changes] == [("Cardiff", (), 2)]
    assert result.report.skipped_edited == ["cardiff.facts.csv"]


def test_a_release_a_person_edited_is_not_a_change_in_the_draft(drafted_boats: tuple[Path, Path]) -> None:
    """Someone's edit to last time's release, left alone, is not what changed since the last draft: no newsroom
    needs a correction for it. A figure that did change is still said, from the fact sheet drafter wrote."""
    campaign, out = drafted_boats
    (out / "cardiff.md").write_text("An edit of our own.\n", encoding="utf-8")
    assert api.draft(campaign, out, areas=["Cardiff"], formats=["md"]).changes == ()
    edit(campaign / "figures.csv", "Cardiff,crew,28,31", "Cardiff,crew,28,33")
    changes = api.draft(campaign, out, areas=["Cardiff"], formats=["md"]).changes
    assert [(c.area, len(c.facts), c.sentences_added) for c in changes] == [("Cardiff", 4, ())]
