"""The shipped templates at their edges, round two: an area with no population beside areas ranked by rate, the
only rise or fall of a region, "is tied for" in AP style, rates published to more places than the house style
prints, and the smallest regions."""

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


def test_an_area_without_a_population_unranks_by_rate_only_the_areas_it_could_pass_and_says_so(
        tmp_path: Path) -> None:
    """A blank population (required: false) dropped every area's rank by rate without a word."""
    campaign = example("league-table", tmp_path)
    edit(campaign / "figures.csv", 'Powys,population,,"133,000"', "Powys,population,,")
    text, release = api.preview(campaign, "Cardiff")
    assert "\n# Fly-tipping incidents recorded in Cardiff fall 5.3 per cent\n" in text
    assert [w.message for w in release.warnings if w.code == "rate_not_ranked"] == [
        "Powys has no 'population' figure, so its rate of fly-tipping incidents is not known and could be above or "
        "below these areas' rates: they are not ranked by rate in Wales; give Powys' 'population' in the figures "
        "to rank them"]
    edit(campaign / "figures.csv", "Ynys Môn,incidents,0,95", "Ynys Môn,incidents,40,0")
    text, release = api.preview(campaign, "Ynys Môn")  # none is below any rate Powys' 31 incidents could give
    assert "\n# Ynys Môn has the lowest rate of fly-tipping incidents in Wales\n" in text
    assert not [w for w in release.warnings if w.code == "rate_not_ranked"]
    fact = next(f for f in release.facts if f.name == "incidents.this_year.per_1000.rank_lowest")
    assert fact.formula == ("rank 1 of 5 areas in Wales, by rate, lowest first (Powys' rate not known, with no "
                            "population, but 0.05 or more: above this area's wherever it lies)")


@pytest.mark.parametrize(("locale", "area", "said"), [
    ("en_GB", "Swansea", "the number rose by 17 per cent – by number, the only rise in Wales.\n"),
    ("en_GB", "Cardiff", "the number fell by 5.3 per cent – by number, the only fall in Wales.\n"),
    ("cy_GB", "Swansea", "roedd y nifer wedi cynyddu 17% – o ran nifer, yr unig gynnydd yng Nghymru.\n"),
    ("cy_GB", "Cardiff", "roedd y nifer wedi gostwng 5.3% – o ran nifer, yr unig ostyngiad yng Nghymru.\n"),
])
def test_a_region_of_two_areas_says_the_only_rise_and_the_only_fall(tmp_path: Path, locale: str, area: str,
                                                                    said: str) -> None:
    """It said "the largest fall in Wales" of the only area whose number fell."""
    campaign = example("league-table", tmp_path)
    for name in ("areas.csv", "figures.csv"):
        lines = (campaign / name).read_text(encoding="utf-8").splitlines(keepends=True)
        (campaign / name).write_text("".join(x for x in lines if x.split(",")[0] not in (
            "Ceredigion", "Powys", "Ynys Môn")), encoding="utf-8")
    assert said in api.preview(campaign, area, locale=locale)[0]


@pytest.mark.parametrize(("locale", "headline"), [
    ("en_US", "\n# Ceredigion is tied for the second lowest rate of fly-tipping incidents in Wales\n"),
    ("en_GB", "\n# Ceredigion has the joint second lowest rate of fly-tipping incidents in Wales\n"),
    ("cy_GB", "\n# Ceredigion: y gydradd ail gyfradd isaf o ran achosion o dipio anghyfreithlon yng Nghymru\n"),
])
def test_a_shared_place_in_the_headline_is_one_the_area_is_tied_for(tmp_path: Path, locale: str,
                                                                   headline: str) -> None:
    """AP style said "Ceredigion has tied for the second lowest rate"."""
    campaign = example("league-table", tmp_path)
    edit(campaign / "figures.csv", 'Powys,population,,"133,000"', 'Powys,population,,"3,605"')  # 8.6, as Ceredigion
    assert headline in api.preview(campaign, "Ceredigion", locale=locale)[0]


@pytest.mark.parametrize(("setting", "said"), [
    ("", "has risen by 13.5 percentage points, from 18.04 per cent between April 2022 and March 2023 to 31.55 per "
         "cent between April 2023 and March 2024.\n"),
    ("house_style:\n  rate_places_max: 1\n", "has risen by 13.5 percentage points, from 18.0 per cent between "
     "April 2022 and March 2023 to 31.5 per cent between April 2023 and March 2024.\n"),
])
def test_a_rate_given_to_more_places_than_the_house_style_prints_is_rounded_half_up_with_a_warning(
        tmp_path: Path, setting: str, said: str) -> None:
    """It printed "from 18.04321 per cent … to 31.54567 per cent"."""
    campaign = example("rate-change", tmp_path)
    edit(campaign / "figures.csv", "Cardiff,electric,18.0,31.5", "Cardiff,electric,18.04321,31.54567")
    edit(campaign / "campaign.yaml", "\nstory:\n", f"\n{setting}story:\n")
    text, release = api.preview(campaign, "Cardiff")
    assert said in text
    places = 1 if setting else 2
    assert [w.message for w in release.warnings if w.code == "rate_rounded"] == [
        f"Cardiff's share of buses running on electricity, 18.04321 (figures.csv, row 3, column last_year), has 5 "
        f"decimal places, more than the house style prints (rate_places_max: {places}): it is printed "
        f"{'18.0' if setting else '18.04'}, rounded half up, and changes are worked out from the rounded figure "
        "(2 figures of share of buses running on electricity are rounded)"]
    fact = next(f for f in release.facts if f.name == "electric.this_year" and f.area == "Cardiff")
    assert fact.formula == f"31.54567 as given, rounded half up to {'31.5' if setting else '31.55'} (rate_places_max)"


def test_welsh_number_words_asked_for_by_name_are_refused_not_ignored(tmp_path: Path) -> None:
    """house_style: cy_GB: words_up_to: 9 printed "o 1 i 2" without a word: Welsh counts are always figures."""
    campaign = example("several-measures", tmp_path)
    edit(campaign / "campaign.yaml", "\nstory:", "\nhouse_style:\n  cy_GB:\n    words_up_to: 9\nstory:")
    with pytest.raises(InputError) as caught:
        api.preview(campaign, "Powys", locale="cy_GB")
    assert str(caught.value) == (
        'campaign.yaml: house_style.cy_GB.words_up_to: "9" cannot be set (expected 0, or leave it out: the cy_GB '
        "preset writes every number in figures, as number words in Welsh take the gender of what they count)")
