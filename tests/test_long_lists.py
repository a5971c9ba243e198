"""A region of many areas: its release names the top of its list and gives every area in a table in the notes
(house style ``list_areas``, docs/house-style.md "Long lists")."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import api
from drafter.style.lists import FEWEST_LEFT, shown_count
from tests.conftest import EXAMPLE, edit
from tests.synthetic import make_national

LEAGUE = EXAMPLE.parent.parent / "league-table" / "example"


@given(st.lists(st.integers(0, 6), max_size=40), st.integers(0, 20), st.integers(0, 40))
def test_a_cut_list_names_the_top_keeps_ties_whole_and_leaves_out_at_least_three(
        figures: list[int], most: int, without: int) -> None:
    # highest first, as league() orders them; areas with nothing to list them by (None) at the end
    keys: list[Decimal | None] = [Decimal(f) for f in sorted(figures, reverse=True)] + [None] * without
    shown = shown_count(keys, most)
    total = len(keys)
    if most == 0 or total < most + FEWEST_LEFT:
        assert shown == total  # nothing to gain from a cut
        return
    assert shown == total or total - shown >= FEWEST_LEFT
    if shown < total:
        named, left = keys[:shown], keys[shown:]
        assert None not in named  # an area without a figure is never named in a cut list
        assert shown <= most or named[most - 1] == named[-1]  # more than the top only to keep a tie whole
        assert not named or left[0] is None or left[0] < named[-1]  # no tie parted: what is left is lower
        assert shown >= min(most, total - without)  # at least the top, or every area with a figure


def test_a_short_list_and_a_one_area_region_are_printed_whole() -> None:
    assert shown_count([Decimal(1)], 10) == 1
    assert shown_count([Decimal(n) for n in range(12)][::-1], 10) == 12  # cutting two would save nothing
    assert shown_count([None] * 64, 10) == 0  # every area suppressed: all of them in the table


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A national campaign of 325 local authorities: the South East's release in English, Wales's in Welsh."""
    folder = tmp_path_factory.mktemp("national")
    campaign = make_national(folder / "campaign")
    api.draft(campaign, folder / "out", areas=["South East", "Wales"], formats=["md"])
    return campaign, folder / "out"


def test_a_region_of_64_areas_names_its_top_ten_and_tables_them_all_in_the_notes(national: tuple[Path, Path]) -> None:
    campaign, out = national
    text = (out / "south-east.en.md").read_text(encoding="utf-8")
    story, notes = text.split("## Notes to editors")
    named = re.findall(r"^- (.+?): ([\d.]+) per 1,000 people", story, re.M)
    assert len(named) == 10
    assert [float(rate) for _, rate in named] == sorted((float(rate) for _, rate in named), reverse=True)
    assert "\nThe other 54 areas are in the table in the notes to editors.\n" in story
    rows = re.findall(r"^\| (?:\*\*)?([^|*]+?)(?:\*\*)? \| [^|]+ \| ([^|]+) \| ([^|]*) \|$", notes, re.M)[1:]
    assert len(rows) == 65 and rows[-1][0] == "South East"  # every area, then the region
    assert [name for name, _, _ in rows[:10]] == [name for name, _ in named]  # sorted as the list is
    assert rows[0][2].strip() == "1st" and rows[63][2].strip() in ("64th", "joint 63rd")
    assert api.check(campaign, [out / "south-east.en.md"]).findings == ()  # "54" and every rank are facts


def test_the_count_of_the_other_areas_is_checked_like_any_figure(national: tuple[Path, Path], tmp_path: Path) -> None:
    campaign, out = national
    edited = tmp_path / "south-east.en.md"
    shutil.copyfile(out / "south-east.en.md", edited)
    edit(edited, "The other 54 areas", "The other 45 areas")
    assert [f.found for f in api.check(campaign, [edited]).findings] == ["45"]


def test_a_welsh_region_names_its_top_ten_in_welsh(national: tuple[Path, Path]) -> None:
    campaign, out = national
    text = (out / "wales.cy.md").read_text(encoding="utf-8")
    assert text.count("\n- ") == 10
    assert "\nMae’r 12 ardal arall yn y tabl yn y nodiadau i olygyddion.\n" in text
    assert "| Ardal | Ebrill 2023 i Fawrth 2024 | Fesul 1,000 o bobl | Safle |" in text
    assert api.check(campaign, [out / "wales.cy.md"]).findings == ()


def test_list_areas_in_campaign_yaml_changes_the_cut(tmp_path: Path) -> None:
    campaign = tmp_path / "tipping"
    shutil.copytree(LEAGUE, campaign)
    edit(campaign / "campaign.yaml", "areas: all\n", "areas: all\nhouse_style:\n  list_areas: 1\n")
    text = api.preview(campaign, "Wales")[0]
    assert "\n- Swansea: " in text and "\n- Cardiff: " not in text
    assert "\nThe other four areas are in the table in the notes to editors.\n" in text


def test_a_cut_list_of_areas_all_suppressed_names_none_and_tables_them(tmp_path: Path) -> None:
    campaign = tmp_path / "tipping"
    shutil.copytree(LEAGUE, campaign)
    edit(campaign / "campaign.yaml", "areas: all\n",
         "areas: all\nhouse_style:\n  list_areas: 1\ndisclosure_threshold: 100000\n")
    text = api.preview(campaign, "Wales")[0]
    story, notes = text.split("## Notes to editors")
    assert "\n- " not in story and "highest rate first" not in story  # no order to give: nothing is named
    assert "\nThe five areas are in the table in the notes to editors.\n" in story
    assert "| Cardiff | fewer than 100,000 | not available | not available |" in notes


def test_a_region_under_a_parent_lists_its_areas_as_a_region_without_one_does(tmp_path: Path) -> None:
    # the South East, under England and Wales: its release compares it with its parent and lists its own areas
    campaign = make_national(tmp_path / "campaign")
    edit(campaign / "campaign.yaml", "template: league-table", "template: count-change")
    english = api.preview(campaign, "South East")[0].split("## Notes to editors")[0]
    assert "\nAcross England and Wales as a whole, the figure went from 3.04 million to 3.06 million" in english
    assert "\nThe areas of the South East, by their latest figures, highest first:\n" in english
    assert english.count("\n- ") == 10
    assert "\nThe other 54 areas are in the table in the notes to editors.\n" in english
    welsh = api.preview(campaign, "South East", locale="cy_GB")[0].split("## Nodiadau")[0]
    assert "\nArdaloedd De-ddwyrain Lloegr, yn ôl eu ffigurau diweddaraf, yr uchaf yn gyntaf:\n" in welsh
    assert welsh.count("\n- ") == 10
    assert "\nMae’r 54 ardal arall yn y tabl yn y nodiadau i olygyddion.\n" in welsh


def test_a_league_table_without_populations_lists_the_highest_number_first(tmp_path: Path) -> None:
    """league-table ranks by rate; a campaign that gives no population has no rates, so its region lists its
    areas by number, and says so, rather than "highest rate first" over the spreadsheet's order."""
    campaign = tmp_path / "campaign"
    shutil.copytree(LEAGUE, campaign)
    edit(campaign / "campaign.yaml", '    population: population       # the measure of people the rate divides by\n'
         '    per: 1000                    # "per 1,000 people"\n', "")
    english = api.preview(campaign, "Wales")[0]
    assert "The areas of Wales, highest first:\n\n- Cardiff: 8,640" in english
    assert "- Ynys Môn: 95 fly-tipping incidents\n- Powys: 31 fly-tipping incidents\n" in english
    welsh = api.preview(campaign, "Wales", locale="cy_GB")[0]
    assert "Ardaloedd Cymru, y nifer uchaf yn gyntaf:\n\n- Caerdydd: 8,640" in welsh
    assert "- Ynys Môn: 95 o achosion o dipio anghyfreithlon\n- Powys: 31 o achosion" in welsh
