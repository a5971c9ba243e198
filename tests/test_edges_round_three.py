"""The shipped templates at their edges, round three, in English and Welsh: a count of none in both periods said
as zero of both (its facts, its fact sheet and the English and Welsh releases alike), a rate per head printed 1.0
(in test_derived.py), and a figure known for one period only, said where the release would otherwise give none."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from drafter import api
from drafter.errors import QuoteError
from drafter.shipped import shipped_root
from drafter.style import wording
from drafter.style.house import PRESETS
from tests.conftest import edit


def _facts(campaign: Path, area: str, locale: str) -> set[tuple[str, str, object]]:
    return {(f.area, f.name, f.value) for f in api.preview(campaign, area, locale=locale)[1].facts}


@pytest.mark.parametrize(("template", "row", "measure"), [("count-change", "Powys,parcels,12,31", "parcels"),
                                                        ("several-measures", "Powys,launches,0,3", "launches")])
def test_none_in_both_periods_is_a_fact_of_both_periods_in_english_as_in_welsh(
        food: Path, tmp_path: Path, template: str, row: str, measure: str) -> None:
    """"have remained at zero both between April and September 2023 and between April and September 2024" recorded
    only the later zero: the fact sheet and the reviewer pack gave one period, and a bilingual draft warned "the
    English and Welsh releases print different facts … make the templates say the same" of drafter's own templates
    (the Welsh, "sef dim parseli … ac eto …", records both)."""
    campaign = food
    if template != "count-change":  # a template food's example is not: its own example, copied
        campaign = tmp_path / template
        shutil.copytree(shipped_root() / template / "example", campaign)
    edit(campaign / "figures.csv", row, f"Powys,{measure},0,0")
    english, welsh = _facts(campaign, "Powys", "en_GB"), _facts(campaign, "Powys", "cy_GB")
    assert {("Powys", f"{measure}.last_year", 0), ("Powys", f"{measure}.this_year", 0)} <= english
    assert english == welsh


def test_an_area_with_no_figure_for_either_period_is_not_said_to_lack_one_period_alone(example: Path) -> None:
    """helpline-rise said "Figures for Lancashire are not available for July to December 2017" of an area marked [x]
    in both periods, as though the later figure were given."""
    edit(example / "figures.csv", "Lancashire,contacts,410,799", "Lancashire,contacts,[x],[x]")
    english = api.preview(example, "Lancashire")[0]
    assert "\nFigures for Lancashire are not available, so there is no comparison to give.\n" in english
    assert "\n- Lancashire: not available\n" in api.preview(example, "North West")[0]
    welsh = api.preview(example, "Lancashire", locale="cy_GB")[0]
    assert "\nNid oes ffigurau ar gael ar gyfer Swydd Gaerhirfryn, felly nid oes cymhariaeth i’w rhoi.\n" in welsh


@example(999_999, "en_GB")
@given(st.integers(min_value=2, max_value=5).flatmap(lambda places: st.integers(10**places, 10 ** (places + 1) - 1)),
       st.sampled_from(["en_GB", "en_US", "cy_GB"]))
def test_a_count_said_roundly_is_true_and_its_round_number_in_the_house_style(value: int, preset: str) -> None:
    """``figure(approx=True)`` said "nearly 1,000,000" of 999,999, where the house style prints that number "1
    million" ("bron i 1 miliwn" in Welsh)."""
    style = PRESETS[preset]
    found = wording.approx_count_text(Decimal(value), style)
    if found is None:
        return
    text, round_number = found
    words, _, number = text.partition(" " + wording.count_text(round_number, style, figures=True))
    assert not number and text.endswith(wording.count_text(round_number, style, figures=True))
    if words == style.language.nearly:
        assert round_number * style.nearly_fraction <= value < round_number
    else:
        assert words == style.language.more_than and value > round_number


@pytest.mark.parametrize(("preset", "said"), [("en_GB", "nearly 1 million"), ("cy_GB", "bron i 1 miliwn")])
def test_nearly_a_million_is_said_as_the_house_style_says_a_million(preset: str, said: str) -> None:
    assert wording.approx_count_text(Decimal(999_999), PRESETS[preset]) == (said, Decimal(1_000_000))


LEAGUE = ('area,measure,last_year,this_year\nCardiff,incidents,100,200\nSwansea,incidents,100,200\n'
          'Ceredigion,incidents,50,20\nCardiff,population,,"100,000"\nSwansea,population,,"100,000"\n'
          'Ceredigion,population,,"100,000"\n')
POINTS = ('area,measure,october\nCardiff,points,200\nSwansea,points,200\nCeredigion,points,40\n'
          'Cardiff,population,"100,000"\nSwansea,population,"100,000"\nCeredigion,population,"71,000"\n')


@pytest.mark.parametrize(("template", "figures", "said"), [
    ("league-table", LEAGUE, [
        "# Caerdydd yn gydradd gyntaf o ran cyfradd achosion o dipio anghyfreithlon yng Nghymru\n",
        " O ran nifer, mae Caerdydd yn gydradd gyntaf o blith ardaloedd Cymru."]),
    ("per-head", POINTS, [" Mae Caerdydd yn gydradd gyntaf o blith ardaloedd Cymru o ran y gyfradd hon.",
                          ", ac mae Caerdydd yn gydradd gyntaf o ran nifer."])])
def test_areas_joint_first_are_worded_from_the_same_ranks_in_english_and_welsh(
        tmp_path: Path, template: str, figures: str, said: list[str]) -> None:
    """Two of three areas joint highest: the Welsh league-table and per-head asked whether each was in the lower half
    before whether it was joint first, recording ranks the English never asks, and the draft warned "the English
    and Welsh releases print different facts … make the templates say the same" of drafter's own templates."""
    campaign = tmp_path / "campaign"
    shutil.copytree(shipped_root() / template / "example", campaign)
    (campaign / "areas.csv").write_text(
        "area,parent,in_text,name_cy,yn_cy\nWales,,Wales,Cymru,yng Nghymru\n"
        "Cardiff,Wales,Cardiff,Caerdydd,yng Nghaerdydd\nSwansea,Wales,Swansea,Abertawe,yn Abertawe\n"
        "Ceredigion,Wales,Ceredigion,Ceredigion,yng Ngheredigion\n", encoding="utf-8")
    (campaign / "figures.csv").write_text(figures, encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nlocale: en_GB\n", "\nlocale: en_GB\nlanguages: [en_GB, cy_GB]\n")
    result = api.draft(campaign, tmp_path / "out", formats=["md"], areas=["Cardiff"])
    assert [w.message for w in result.warnings if w.code == "language_facts"] == []
    welsh = (tmp_path / "out" / "cardiff.cy.md").read_text(encoding="utf-8")
    assert all(words in welsh for words in said), welsh


@pytest.mark.parametrize(("locale", "row"), [("en_GB", "| Powys | 3 | 5 | a rise of 2 |"),
                                             ("cy_GB", "| Powys | 3 | 5 | cynnydd o 2 |")])
def test_a_tables_change_column_gives_a_small_difference_in_figures(food: Path, locale: str, row: str) -> None:
    """The table in the notes to editors said "a rise of two" beside "3" and "5", and "a rise of 12" a row below."""
    edit(food / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,3,5")
    edit(food / "campaign.yaml", "\nareas: all\n", "\nareas: all\nhouse_style:\n  list_areas: 1\n")
    assert row in api.preview(food, "Wales", locale=locale)[0].splitlines()


def test_a_helpline_count_that_stayed_the_same_gives_it_in_welsh_as_in_english(example: Path, tmp_path: Path) -> None:
    """"Between January and June 2018, that figure stayed at 100." read in Welsh "… roedd y ffigur hwnnw wedi aros yr
    un fath." with no figure, and the draft warned that drafter's own templates print different facts."""
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,100,100")
    edit(example / "figures.csv", 'North West,contacts,"1,747","3,549"', 'North West,contacts,"1,757","3,478"')
    edit(example / "campaign.yaml", "\nlocale: en_GB\n", "\nlocale: en_GB\nlanguages: [en_GB, cy_GB]\n")
    result = api.draft(example, tmp_path / "out", formats=["md"], areas=["Cumbria"])
    assert [w.message for w in result.warnings if w.code == "language_facts"] == []
    assert "Rhwng Ionawr a Mehefin 2018, roedd y ffigur hwnnw wedi aros yr un fath, sef 100.\n" in (
        tmp_path / "out" / "cumbria.cy.md").read_text(encoding="utf-8")


def test_a_quote_of_a_change_where_none_is_worked_out_is_not_told_the_data_shows_no_change(example: Path) -> None:
    """Cheshire's and the north west's earlier figures marked [x]: the quote's "almost treble" was refused as the
    data "shows no change", which reads as though the count stayed the same."""
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,[x],440")
    edit(example / "figures.csv", 'North West,contacts,"1,747","3,549"', 'North West,contacts,[x],"3,549"')
    with pytest.raises(QuoteError) as refused:
        api.preview(example, "Cheshire")
    assert "shows no change" not in str(refused.value)
    assert "(expected words true of the data; this release works out no change between periods: change the " \
           "quote's words, or withdraw it)" in str(refused.value)


def test_a_count_of_none_given_alone_is_zero_in_words_and_checks_clean(food: Path, tmp_path: Path) -> None:
    """Powys's later figure marked [x] and its earlier none: "the figure for emergency food parcels given out in Powys
    was 0", a headline of "…: 0 between …" and "Powys: 0 between …" in the list, where the house style writes
    small numbers in words."""
    edit(food / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,0,[x]")
    api.draft(food, tmp_path / "out", formats=["md"], areas=["Powys", "Wales"])
    powys = (tmp_path / "out" / "powys.md").read_text(encoding="utf-8")
    assert "\nBetween April and September 2023, the figure for emergency food parcels given out in Powys was zero. " \
           in powys
    assert "\n- Powys: zero between April and September 2023 (not available between April and September 2024)\n" in \
        (tmp_path / "out" / "wales.md").read_text(encoding="utf-8")
    checked = api.check(food, [tmp_path / "out" / "powys.md", tmp_path / "out" / "wales.md"])
    assert (checked.findings, checked.by_hand) == ((), ())
