"""The reference template, helpline-rise, with figures marked not available ("[x]" in figures.csv), in English
and Welsh: an area whose own figure is not available for one period gives the other period's and says there is no
comparison; its region's list gives that figure with "not available" for the other period; an area whose region's
total is not available says that instead of a comparison, as the other shipped templates (count-change) word it. The
example's own golden files do not change."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter import api
from drafter.shipped import shipped_root
from tests.conftest import edit

CASES = {
    # Cumbria's first figure not available; the region's totals are given as published.
    "area": ("Cumbria,contacts,90,171", "Cumbria,contacts,[x],171", ["cumbria", "north-west"]),
    # The region's latest total not available: each area's release says so rather than compare.
    "region": ('North West,contacts,"1,747","3,549"', 'North West,contacts,"1,747",[x]', ["cheshire", "north-west"]),
}


def drafted_with(case: str, tmp_path: Path) -> tuple[Path, api.DraftResult]:
    old, new, _ = CASES[case]
    campaign = tmp_path / "campaign"
    shutil.copytree(shipped_root() / "helpline-rise" / "example", campaign)
    edit(campaign / "campaign.yaml", "\nlocale: en_GB\n", "\nlocale: en_GB\nlanguages: [en_GB, cy_GB]\n")
    edit(campaign / "figures.csv", old, new)
    return tmp_path / "out", api.draft(campaign, tmp_path / "out", formats=["md"])


@pytest.mark.parametrize("case", sorted(CASES))
def test_figures_not_available_match_golden_in_english_and_welsh(case: str, tmp_path: Path,
                                                                 golden: Callable[[str, str], None]) -> None:
    out, result = drafted_with(case, tmp_path)
    assert [w for w in result.warnings if w.code == "language_facts"] == []  # both languages say the same
    for slug in CASES[case][2]:
        for language in ("en", "cy"):
            name = f"{slug}.{language}.md"
            golden(f"helpline-rise-not-available/{case}/{name}", (out / name).read_text(encoding="utf-8"))


def test_an_area_not_available_is_worded_as_the_other_templates_word_it(tmp_path: Path) -> None:
    out, _ = drafted_with("area", tmp_path)
    cumbria = (out / "cumbria.en.md").read_text(encoding="utf-8")
    assert "# Number of people in Cumbria seeking help to stop viewing sexual images of children online: 171 " \
           "between January and June 2018\n" in cumbria
    assert "\nBetween January and June 2018, 171 people from Cumbria contacted Stop It Now! – a child sexual abuse " \
           "prevention helpline run by the child protection charity The Lucy Faithfull Foundation – seeking help for " \
           "their own online sexual behaviour or for that of someone they knew. Figures for Cumbria are not " \
           "available for July to December 2017, so there is no comparison to give.\n" in cumbria
    assert "The rise follows" not in cumbria
    welsh = (out / "cumbria.cy.md").read_text(encoding="utf-8")
    assert ": 171 rhwng Ionawr a Mehefin 2018\n" in welsh
    assert "\nRhwng Ionawr a Mehefin 2018, cysylltodd 171 o bobl o Gumbria â Stop It Now! – llinell gymorth" in welsh
    assert "Nid oes ffigurau ar gael ar gyfer Cumbria rhwng Gorffennaf a Rhagfyr 2017, felly nid oes " \
           "cymhariaeth i’w rhoi." in welsh
    assert "- Cumbria: 171 (not available between July and December 2017)\n" in (out / "north-west.en.md").read_text(
        encoding="utf-8")
    assert "- Cumbria: 171 (dim ffigurau ar gael rhwng Gorffennaf a Rhagfyr 2017)\n" in (
        out / "north-west.cy.md").read_text(encoding="utf-8")


def test_a_region_not_available_is_said_in_each_areas_release(tmp_path: Path) -> None:
    out, _ = drafted_with("region", tmp_path)
    assert "Across the north west as a whole, the number was 1,747 between July and December 2017; figures for " \
        "January to June 2018 are not available." in (out / "cheshire.en.md").read_text(encoding="utf-8")
    assert "Yng ngogledd-orllewin Lloegr yn gyffredinol, roedd y nifer yn 1,747 rhwng Gorffennaf a Rhagfyr 2017; " \
        "nid oes ffigurau ar gael rhwng Ionawr a Mehefin 2018." in (out / "cheshire.cy.md").read_text(encoding="utf-8")
