"""The shipped templates at their edges, round two: an area with no population beside areas ranked by rate, the
only rise or fall of a region, "is tied for" in AP style, rates published to more places than the house style
prints, and the smallest regions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter import api
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
        "below these areas' rates: they are not ranked by rate in Wales; give Powys's 'population' in the figures "
        "to rank them"]
    edit(campaign / "figures.csv", "Ynys Môn,incidents,0,95", "Ynys Môn,incidents,40,0")
    text, release = api.preview(campaign, "Ynys Môn")  # none is below any rate Powys's 31 incidents could give
    assert "\n# Ynys Môn has the lowest rate of fly-tipping incidents in Wales\n" in text
    assert not [w for w in release.warnings if w.code == "rate_not_ranked"]
    fact = next(f for f in release.facts if f.name == "incidents.this_year.per_1000.rank_lowest")
    assert fact.formula == ("rank 1 of 5 areas in Wales, by rate, lowest first (Powys's rate not known, with no "
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
