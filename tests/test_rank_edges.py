"""Ranks and "not available" at the edges in the league-table and per-head templates, in English and Welsh: areas
that are all equal are not ranked (each would be "the joint highest" and "the joint lowest" at once, and the two
languages chose different ones), a shared largest fall is said as joint in Welsh too, a parent with no
figure is not told it "cannot be ranked", a count suppressed in both periods is said once for each; and a row
left out of figures.csv is named as the area's, not as its parent's sum."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from drafter.shipped import shipped_root
from tests.conftest import edit


def example(template: str, tmp_path: Path) -> Path:
    campaign = tmp_path / template
    shutil.copytree(shipped_root() / template / "example", campaign)
    return campaign


@pytest.mark.parametrize(("locale", "own"), [
    ("en_GB", "\nIn October 2024, Cardiff had no public charging points.\n"),
    ("cy_GB", "\nYm mis Hydref 2024, nid oedd dim pwyntiau gwefru cyhoeddus yng Nghaerdydd.\n"),
])
def test_per_head_ranks_no_area_among_areas_that_all_have_none(tmp_path: Path, locale: str, own: str) -> None:
    """It said "Cardiff had no public charging points – the joint highest rate among the areas of Wales" (and
    in Welsh "yn gydradd isaf")."""
    campaign = example("per-head", tmp_path)
    for row in ("Cardiff,points,194", "Swansea,points,143", "Ceredigion,points,40", "Powys,points,1"):
        edit(campaign / "figures.csv", row, row.rsplit(",", 1)[0] + ",0")
    assert own in api.preview(campaign, "Cardiff", locale=locale)[0]


@pytest.mark.parametrize(("locale", "share"), [
    ("en_GB", "\nThat is 20 per cent of the total for Wales.\n"),
    ("cy_GB", "\nMae hynny’n 20% o gyfanswm Cymru.\n"),
])
def test_per_head_gives_an_areas_share_without_a_rank_among_equal_counts(tmp_path: Path, locale: str,
                                                                          share: str) -> None:
    """Every area with 50 points: the share is said, with no rank by number (English said "the joint highest
    number of any area", Welsh "yn gydradd isaf o ran nifer")."""
    campaign = example("per-head", tmp_path)
    for row in ("Cardiff,points,194", "Swansea,points,143", "Ceredigion,points,40", "Powys,points,1",
                "Ynys Môn,points,0"):
        edit(campaign / "figures.csv", row, row.rsplit(",", 1)[0] + ",50")
    assert share in api.preview(campaign, "Powys", locale=locale)[0]


@pytest.mark.parametrize(("locale", "headline", "own"), [
    ("en_GB", "# Fly-tipping incidents recorded in Ceredigion double\n",
     "\nBetween April 2023 and March 2024, Ceredigion recorded 200 fly-tipping incidents, or 20.0 per 1,000 "
     "people.\n\nCompared with April 2022 to March 2023, the number doubled.\n"),
    ("cy_GB", "# Achosion o dipio anghyfreithlon a gofnodwyd yng Ngheredigion wedi dyblu\n",
     "\nRhwng Ebrill 2023 a Mawrth 2024, cofnodwyd 200 o achosion o dipio anghyfreithlon yng Ngheredigion, sef "
     "20.0 fesul 1,000 o bobl.\n\nO’i gymharu â’r cyfnod rhwng Ebrill 2022 a Mawrth 2023, roedd y nifer wedi "
     "dyblu.\n"),
])
def test_a_league_table_ranks_no_area_among_areas_all_equal(tmp_path: Path, locale: str, headline: str,
                                                            own: str) -> None:
    """Every area with the same counts, rate and rise: no "joint highest rate", "joint most", "joint largest
    rise" (the Welsh said "yn gydradd isaf" where the English said "the joint highest")."""
    campaign = example("league-table", tmp_path)
    rows = (campaign / "figures.csv").read_text(encoding="utf-8").splitlines()
    same = [",".join([*row.split(",")[:2], "", "10000"]) if ",population," in row
            else ",".join([*row.split(",")[:2], "100", "200"]) for row in rows[1:]]
    (campaign / "figures.csv").write_text("\n".join([rows[0], *same]) + "\n", encoding="utf-8")
    text = api.preview(campaign, "Ceredigion", locale=locale)[0]
    assert headline in text
    assert own in text


@pytest.mark.parametrize(("locale", "fall"), [
    ("en_GB", "the number fell by 18 per cent – by number, the joint largest fall in Wales.\n"),
    ("cy_GB", "roedd y nifer wedi gostwng 18% – o ran nifer, y gostyngiad mwyaf ar y cyd yng Nghymru.\n"),
])
def test_a_league_table_says_a_shared_largest_fall_as_joint(tmp_path: Path, locale: str, fall: str) -> None:
    """Ceredigion and Ynys Môn both fell by 110: the Welsh said "y cydradd gyntaf gostyngiad mwyaf"."""
    campaign = example("league-table", tmp_path)
    edit(campaign / "figures.csv", 'Cardiff,incidents,"9,120","8,640"', 'Cardiff,incidents,"9,120","9,120"')
    edit(campaign / "figures.csv", "Ceredigion,incidents,610,610", "Ceredigion,incidents,610,500")
    edit(campaign / "figures.csv", "Ynys Môn,incidents,0,95", "Ynys Môn,incidents,210,100")
    assert fall in api.preview(campaign, "Ceredigion", locale=locale)[0]


@pytest.mark.parametrize(("locale", "line"), [
    ("en_GB", "\nBetween April 2022 and March 2023, Wales recorded 15,152 fly-tipping incidents. Figures for Wales are "
     "not available for April 2023 to March 2024.\n"),
    ("cy_GB", "\nRhwng Ebrill 2022 a Mawrth 2023, cofnodwyd 15,152 o achosion o dipio anghyfreithlon yng Nghymru. Nid "
     "oes ffigurau ar gael ar gyfer Cymru rhwng Ebrill 2023 a Mawrth 2024.\n"),
])
def test_a_league_tables_parent_without_a_figure_is_not_told_it_cannot_be_ranked(tmp_path: Path, locale: str,
                                                                                 line: str) -> None:
    """Wales heads the table and is never ranked: it said "…, so it cannot be ranked" ("felly nid oes modd ei
    rhestru"), as of an area among others."""
    campaign = example("league-table", tmp_path)
    edit(campaign / "figures.csv", 'Swansea,incidents,"5,410","6,320"', 'Swansea,incidents,"5,410",[x]')
    assert line in api.preview(campaign, "Wales", locale=locale)[0]


@pytest.mark.parametrize(("locale", "line"), [
    ("en_GB", "\nBetween April 2022 and March 2023, Powys recorded fewer than five fly-tipping incidents too.\n"),
    ("cy_GB", "\nRhwng Ebrill 2022 a Mawrth 2023, cofnodwyd llai na 5 o achosion o dipio anghyfreithlon ym Mhowys "
     "hefyd.\n"),
])
def test_a_league_table_says_a_count_suppressed_in_both_periods_once_for_each(tmp_path: Path, locale: str,
                                                                             line: str) -> None:
    """It said "Compared with April 2022 to March 2023, the number was fewer than five in both periods" (Welsh
    "O’i gymharu â’r cyfnod …, roedd y nifer wedi bod yn llai na 5 yn y ddau gyfnod"): compared with one period,
    in both."""
    campaign = example("league-table", tmp_path)
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\ndisclosure_threshold: 5\n")
    edit(campaign / "figures.csv", "Powys,incidents,12,31", "Powys,incidents,3,2")
    edit(campaign / "figures.csv", "Ynys Môn,incidents,0,95", "Ynys Môn,incidents,[x],[x]")  # no total gives it away
    text = api.preview(campaign, "Powys", locale=locale)[0]
    assert line in text
    assert "Compared with" not in text and "O’i gymharu" not in text


def test_a_missing_row_names_the_area_not_the_parent_it_would_have_added_up_to(tmp_path: Path) -> None:
    """Cardiff's crew row deleted: the error named Wales ("no figure for area 'Wales', measure 'crew' … or figures
    for all of its areas to add up"), whose row was never there, rather than Cardiff's."""
    campaign = example("several-measures", tmp_path)
    edit(campaign / "figures.csv", "Cardiff,crew,28,31\n", "")
    with pytest.raises(InputError) as caught:
        api.preview(campaign, "Cardiff")
    assert str(caught.value) == ("figures.csv: no figure for area 'Cardiff', measure 'crew', period 'last_year' (2023) "
                                 "(expected one row per area, measure and period; the figures give Cardiff's launches "
                                 "but no crew: where none is published for it, write required: false under measures: "
                                 "crew in campaign.yaml, and its releases go without it)")


def test_a_population_left_empty_names_the_area_whose_it_is(tmp_path: Path) -> None:
    """per-head divides by each population: an empty cell said only "figures.csv:10: october: is empty"."""
    campaign = example("per-head", tmp_path)
    edit(campaign / "figures.csv", 'Powys,population,"133,000"', "Powys,population,")
    with pytest.raises(InputError) as caught:
        api.preview(campaign, "Cardiff")
    assert str(caught.value) == ("figures.csv:10: october: is empty, where Powys' figure for population goes "
                                 "(expected a whole number of 0 or more, such as 1,747, or a marker such as [x] where "
                                 "the figure is not available)")


@pytest.mark.parametrize(("locale", "rate", "number"), [
    ("en_GB", "or 56.3 per 100,000 people – the joint highest rate among the areas of Wales.\n",
     "\nThat is 15 per cent of the total for Wales, the joint second highest number of any area.\n"),
    ("en_US", "or 56.3 per 100,000 people — tied for the highest rate among the areas of Wales.\n",
     "\nThat is 15% of the total for Wales, tied for the second highest number of any area.\n"),
])
def test_a_shared_place_reads_as_each_english_says_it(tmp_path: Path, locale: str, rate: str, number: str) -> None:
    """Swansea and Ceredigion with 40 points among 71,000 people each: en_US said "the tied for second highest
    number" (its "tied for" put after the article the template wrote)."""
    campaign = example("per-head", tmp_path)
    edit(campaign / "figures.csv", "Swansea,points,143", "Swansea,points,40")
    edit(campaign / "figures.csv", 'Swansea,population,"241,000"', 'Swansea,population,"71,000"')
    text = api.preview(campaign, "Swansea", locale=locale)[0]
    assert rate in text
    assert number in text


@pytest.mark.parametrize(("locale", "headline"), [
    ("en_GB", "# Fly-tipping incidents recorded in Cardiff remain at zero\n"),
    ("cy_GB", "# Achosion o dipio anghyfreithlon a gofnodwyd yng Nghaerdydd wedi aros yr un fath\n"),
])
def test_a_league_table_of_none_anywhere_ranks_no_one(tmp_path: Path, locale: str, headline: str) -> None:
    """No incidents in any area in either year: it said "Cardiff has the joint highest rate of fly-tipping
    incidents in Wales … recorded no fly-tipping incidents. By number, that is the joint most" (Welsh "yn gydradd
    isaf")."""
    campaign = example("league-table", tmp_path)
    for row in ('Cardiff,incidents,"9,120","8,640"', 'Swansea,incidents,"5,410","6,320"',
                "Ceredigion,incidents,610,610", "Powys,incidents,12,31", "Ynys Môn,incidents,0,95"):
        edit(campaign / "figures.csv", row, row.split(",")[0] + ",incidents,0,0")
    text = api.preview(campaign, "Cardiff", locale=locale)[0]
    assert headline in text
    assert "joint" not in text and "gydradd" not in text


def test_a_rate_ranked_on_a_count_below_the_small_base_is_warned_about(tmp_path: Path) -> None:
    """Three fires among 1,102 homes ranked an island "the highest rate" in its region, without a word: a rate
    from so few moves a long way with one fire more or fewer."""
    campaign = tmp_path / "tips"
    shutil.copytree(shipped_root() / "league-table" / "example", campaign)
    edit(campaign / "figures.csv", "Ynys Môn,population,,\"68,000\"", "Ynys Môn,population,,110")
    edit(campaign / "figures.csv", "Ynys Môn,incidents,0,95", "Ynys Môn,incidents,0,3")
    assert "# Ynys Môn has the highest rate of fly-tipping incidents in Wales\n" in api.preview(campaign, "Ynys Môn")[0]
    result = api.draft(campaign, tmp_path / "out", formats=["md"], areas=["Ynys Môn"])
    assert [w.message for w in result.warnings if w.code == "small_rate"] == [
        "Ynys Môn's rate of fly-tipping incidents is ranked among the areas of Wales, but it rests on a count of 3, "
        "below 20 (small_base): a rate from so few moves a long way with one more or one fewer, so read what the "
        "release says of its rank, and say the count beside it or leave the rank out (areas: Ynys Môn)"]
