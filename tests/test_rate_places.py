"""A rate per head in the thousands is a whole number, as a newsdesk writes it ("1,919 per 100,000 people", not
"1,919.4"); below 1,000 it keeps one decimal place ("52.3"). ``rate_whole_from`` (house style) sets the line; the
release, its list, its ranks (equal printed rates tie) and `drafter check` all print and read the same figure."""

from __future__ import annotations

import dataclasses
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.compute.changes import round_half_up
from drafter.shipped import shipped_root
from drafter.style import wording
from drafter.style.house import PRESETS
from tests.conftest import edit


@pytest.mark.parametrize("preset", ["en_GB", "en_US", "cy_GB"])
def test_a_rate_in_the_thousands_is_whole_and_one_below_keeps_a_place(preset: str) -> None:
    style = PRESETS[preset]
    def printed(rate: str, rule: Decimal = style.rate_whole_from) -> str:
        ruled = dataclasses.replace(style, rate_whole_from=rule)
        exact = Decimal(rate)
        return wording.published_rate_text(round_half_up(exact, ruled.rate_places(exact)), ruled)
    assert [printed(r) for r in ("52.34", "999.94", "999.95", "1919.4", "1919.5", "120450.2")] == \
        ["52.3", "999.9", "1,000", "1,919", "1,920", "120,450"]  # 999.95 prints as 1,000.0: whole
    assert printed("1919.4", Decimal(0)) == "1,919.4"  # rate_whole_from: 0, one place at any size
    assert printed("1919.4", Decimal(10_000)) == "1,919.4"


@pytest.fixture
def charging(tmp_path: Path) -> Path:
    """per-head's example with Cardiff and Swansea in the thousands per 100,000 people."""
    campaign = tmp_path / "campaign"
    shutil.copytree(shipped_root() / "per-head" / "example", campaign)
    edit(campaign / "figures.csv", "Cardiff,points,194", 'Cardiff,points,"7,140"')  # 1,919.35… per 100,000
    edit(campaign / "figures.csv", "Swansea,points,143", 'Swansea,points,"4,626"')  # 1,919.50… per 100,000
    return campaign


def test_the_release_its_list_ranks_and_check_give_a_rate_in_the_thousands_whole(charging: Path,
                                                                                   tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.draft(charging, out, formats=["md"], areas=["Cardiff", "Wales"])
    cardiff, wales = ((out / f"{n}.md").read_text(encoding="utf-8") for n in ("cardiff", "wales"))
    assert "\n# Cardiff has 1,919 public charging points per 100,000 people\n" in cardiff
    assert "Cardiff had 7,140 public charging points, or 1,919 per 100,000 people – the second highest rate " \
           "among the areas of Wales." in cardiff  # Swansea's 1,920 is higher as printed
    assert "\n- Swansea: 1,920 per 100,000 people (4,626 public charging points)\n- Cardiff: 1,919 per 100,000 " \
           "people (7,140 public charging points)\n" in wales
    assert "\n- Ceredigion: 56.3 per 100,000 people (40 public charging points)\n" in wales
    result = api.check(charging, sorted(out.glob("*.md")))
    assert (result.findings, result.by_hand) == ((), ())


def test_a_campaign_may_keep_a_decimal_place_at_any_size(charging: Path) -> None:
    edit(charging / "campaign.yaml", "\nareas: all", "\nhouse_style:\n  rate_whole_from: 0\nareas: all")
    assert "# Cardiff has 1,919.4 public charging points per 100,000 people\n" in api.preview(charging, "Cardiff")[0]


def test_a_published_rate_saved_without_its_trailing_zero_prints_with_the_places_of_the_others(tmp_path: Path
                                                                                            ) -> None:
    """A CSV file saved from a sheet in Excel's General format writes 1.0 as "1" beside "0.4": the release printed
    "from 1 offences per 1,000 people ... to 3". Each rate of a measure is printed to the places of the most
    precise, by adding zeros (never rounding), with a warning naming the first such cell."""
    campaign = tmp_path / "buses"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "figures.csv", "Ceredigion,electric,5.0,5.0", "Ceredigion,electric,5,15")
    text, release = api.preview(campaign, "Ceredigion")
    assert "has risen by 10.0 percentage points, from 5.0 per cent between April 2022 and March 2023 to 15.0 per " \
        "cent between" in text
    assert [w.message for w in release.warnings if w.code == "rate_places"] == [
        "Ceredigion's share of buses running on electricity, 5 (figures.csv, row 5, column last_year), is printed "
        "5.0, as the other figures of share of buses running on electricity have 1 decimal place (a cell in "
        "Excel's General format shows 1.0 as 1)"]
