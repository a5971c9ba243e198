"""Disclosure control says true things of every kind of measure: ``disclosure_threshold`` hides small counts (of
people, of calls, of parcels), never money (``unit: GBP``), a percentage or a published rate, which count no one
("£3" read "fewer than five", and a release of them was refused for a subtraction that gave no count away); a
campaign with a threshold and such measures is told so once, naming them. Counts keep every guarantee of
test_disclosure.py."""

from __future__ import annotations

import dataclasses
import functools
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import api
from drafter.compute import disclosure
from drafter.errors import TemplateError
from drafter.load.campaign import load_campaign
from drafter.model import Campaign, Value
from drafter.shipped import shipped_root
from tests.conftest import edit

PARCELS = ('    unit: parcels                # after a number: "5,066 parcels"\n'
           '    unit_one: parcel             # after one: "one parcel"\n')
MONEY_CY = ("    unit_cy: parseli\n    unit_one_cy: parsel\n    subject_cy: y parseli bwyd brys a roddwyd {yn_cy}"
            "   # {yn_cy}: a column of areas.csv\n")


def _food(tmp_path: Path, currency: str = "") -> Path:
    """count-change's food parcels with disclosure_threshold: 5 and Powys's 12 and 31 made 3 and 4, Ceredigion's 640
    and 640 made 2 and 2 (so that no total gives either away); with ``currency``, the parcels made money raised."""
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\ndisclosure_threshold: 5\n")
    edit(campaign / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,3,4")
    edit(campaign / "figures.csv", "Ceredigion,parcels,640,640", "Ceredigion,parcels,2,2")
    if currency:
        edit(campaign / "campaign.yaml", PARCELS, f"    unit: {currency}\n")
        edit(campaign / "campaign.yaml", MONEY_CY, "    subject_cy: yr arian a godwyd {yn_cy}\n")
        edit(campaign / "campaign.yaml", "subject: emergency food parcels given out in {area}",
             "subject: money raised in {area}")
        edit(campaign / "campaign.yaml", "plural: true", "plural: false")
    return campaign


WARNED = ("campaign.yaml: disclosure_threshold: 5 hides small counts only; 'parcels' (money) is not a count, so its "
          "figures print as they are, however small, never as \"{fewer}\"; where one could identify someone, mark it "
          "[x] in the figures, as publishers do")


@pytest.mark.parametrize(("locale", "currency", "own", "listed", "fewer"), [
    ("en_GB", "GBP", "\nMoney raised in Powys has risen from £3 between April and September 2023 to £4 between April "
     "and September 2024.\n", ["- Powys: from £3 to £4, a rise of £1\n", "- Ceredigion: unchanged at £2\n"],
     "fewer than five"),
    ("cy_GB", "GBP", "\nMae’r arian a godwyd ym Mhowys wedi cynyddu o £3 rhwng Ebrill a Medi 2023 i £4 rhwng Ebrill a "
     "Medi 2024.\n", ["- Powys: o £3 i £4, cynnydd o £1\n", "- Ceredigion: dim newid, sef £2\n"], "llai na 5"),
    ("en_US", "USD", "\nMoney raised in Powys has risen from $3 between April and September 2023 to $4 between April "
     "and September 2024.\n", ["- Powys: from $3 to $4, a rise of $1\n", "- Ceredigion: unchanged at $2\n"],
     "fewer than five"),
])
def test_money_is_never_hidden_as_fewer_than_five_and_a_warning_says_so_once(
        tmp_path: Path, locale: str, currency: str, own: str, listed: list[str], fewer: str) -> None:
    """£3 printed "fewer than five" (a number of pounds read as a number of people), and the list line of an area
    whose two amounts were both small read as the count's; its region's release was refused, though £3 identifies
    no one. Now every amount prints as it is, in English, Welsh and US English."""
    campaign = _food(tmp_path, currency)
    text, release = api.preview(campaign, "Powys", locale=locale)
    assert own in text
    assert "fewer" not in text and "llai na" not in text
    assert [w.message for w in release.warnings if w.code == "disclosure_not_counts"] == \
        [WARNED.format(fewer=fewer)]
    wales = api.preview(campaign, "Wales", locale=locale)[0]
    for line in listed:
        assert line in wales


@pytest.mark.parametrize(("locale", "own", "listed"), [
    ("en_GB", "\nEmergency food parcels given out in Powys have been fewer than five in both periods, between April "
     "and September 2023 and between April and September 2024.\n",
     ["- Powys: fewer than five in both periods\n", "- Ceredigion: fewer than five in both periods\n"]),
    ("cy_GB", "\nMae’r parseli bwyd brys a roddwyd ym Mhowys wedi bod yn llai na 5 yn y ddau gyfnod, rhwng Ebrill a "
     "Medi 2023 ac eto rhwng Ebrill a Medi 2024.\n",
     ["- Powys: llai na 5 yn y ddau gyfnod\n", "- Ceredigion: llai na 5 yn y ddau gyfnod\n"]),
])
def test_the_same_figures_as_a_count_are_still_hidden_with_no_warning(tmp_path: Path, locale: str, own: str,
                                                                      listed: list[str]) -> None:
    campaign = _food(tmp_path)
    text, release = api.preview(campaign, "Powys", locale=locale)
    assert own in text
    assert " 3 " not in text and " 4 " not in text
    assert not [w for w in release.warnings if w.code == "disclosure_not_counts"]
    wales = api.preview(campaign, "Wales", locale=locale)[0]
    for line in listed:
        assert line in wales


def test_a_count_of_money_a_subtraction_would_reveal_is_drafted_but_a_count_is_refused(tmp_path: Path) -> None:
    """With Ceredigion's 640 as it was, Wales' total less its other areas gives Powys's 3: refused for parcels,
    drafted for pounds (an amount is printed anyway, so nothing is worked out)."""
    for currency in ("", "GBP"):
        campaign = _food(tmp_path / (currency or "count"), currency)
        edit(campaign / "figures.csv", "Ceredigion,parcels,2,2", "Ceredigion,parcels,640,640")
        if currency:
            api.draft(campaign, tmp_path / "out", formats=["md"])
            assert "- Powys: from £3 to £4, a rise of £1\n" in (tmp_path / "out" / "wales.md").read_text("utf-8")
        else:
            with pytest.raises(TemplateError) as caught:
                api.draft(campaign, tmp_path / "refused", formats=["md"])
            assert caught.value.line().startswith(
                "template: area 'Wales': the release gives Wales' parcels for period 'last_year' (April to September "
                "2023) and every area in it but Powys, whose count is suppressed: it could be worked out by "
                "subtraction")
            assert not (tmp_path / "refused").exists()


def test_percentages_and_rates_print_as_they_are_and_are_named_in_one_warning(tmp_path: Path) -> None:
    """rate-change's share of buses running on electricity (a percentage) and a median wait in weeks that changes
    in weeks (a rate, change_in: unit) beside it: Powys's 3.0 per cent and 2.2 weeks are printed, as they were, and
    the one warning names both."""
    campaign = tmp_path / "buses"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\ndisclosure_threshold: 5\n")
    edit(campaign / "campaign.yaml", "\nstory:", "\n  wait:\n    label: median wait\n    kind: rate\n    unit: weeks\n"
         "    change_in: unit\n    required: false\n    label_cy: amser aros\n    unit_cy: wythnosau\n\nstory:")
    lines = (campaign / "figures.csv").read_text(encoding="utf-8").splitlines()
    powys = next(line for line in lines if line.startswith("Powys,electric,"))
    text = "\n".join(lines).replace(powys, "Powys,electric,3.0,4.0") + "\nPowys,wait,3.1,2.2\n"
    (campaign / "figures.csv").write_text(text, encoding="utf-8")
    for locale, said in (("en_GB", "from 3.0 per cent between April 2022 and March 2023 to 4.0 per cent between"),
                         ("cy_GB", "o 3.0% rhwng Ebrill 2022 a Mawrth 2023 i 4.0% rhwng")):
        english, release = api.preview(campaign, "Powys", locale=locale)
        assert said in english
        assert [w.message for w in release.warnings if w.code == "disclosure_not_counts"] == [
            "campaign.yaml: disclosure_threshold: 5 hides small counts only; 'electric' (a percentage) and 'wait' (a "
            "rate) are not counts, so their figures print as they are, however small, never as \"" +
            ("fewer than five" if locale == "en_GB" else "llai na 5") + "\"; where one could identify someone, mark "
            "it [x] in the figures, as publishers do"]


@functools.cache
def _loaded() -> Campaign:
    return load_campaign(shipped_root() / "count-change" / "example")


@given(st.integers(min_value=0, max_value=12), st.sampled_from(["parcels", "GBP", "USD"]))
def test_only_a_count_below_the_threshold_can_be_given_away_by_subtraction(powys: int, unit: str) -> None:
    """Every figure of Wales' release printed exactly: a leak is found (and the release refused) exactly where
    Powys's figure is a count from 1 to 4; never for money, whatever its amount."""
    c = _loaded()
    key = ("Powys", "parcels", "last_year")
    figures = {**c.figures, key: Value(Decimal(powys), c.figures[key].sources)}
    measures = tuple(dataclasses.replace(m, unit=unit) for m in c.measures)
    campaign = dataclasses.replace(c, figures=figures, measures=measures, disclosure_threshold=5)
    exact = {(area, measure, period) for area, measure, period in figures if (area, measure, period) != key}
    leak = disclosure.leak_in(campaign, exact)
    counted = unit == "parcels" and 0 < powys < 5
    assert leak == (disclosure.Leak("Powys", "Wales", "parcels", "last_year",
                                    ("Cardiff", "Swansea", "Ceredigion", "Ynys Môn")) if counted else None)
    assert disclosure.may_give_away(campaign) == counted
    assert [m.id for m in disclosure.spared(campaign)] == ([] if unit == "parcels" else ["parcels"])


def test_money_the_publisher_withheld_is_warned_of_with_a_fix_that_hides_money(tmp_path: Path, food: Path) -> None:
    """Money in £ thousands withheld in one area ('[c]') and given away by the total: the fix names the second
    area's figure as its cell holds it (2.1, not 2,100) and no threshold, which hides counts only."""
    campaign = food
    edit(campaign / "campaign.yaml", PARCELS, "    unit: GBP\n    figures_in: thousands\n")
    edit(campaign / "campaign.yaml", MONEY_CY, "    subject_cy: yr arian a godwyd {yn_cy}\n")
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nWales,parcels,10.0,12.0\n"
                                          "Cardiff,parcels,4.1,5.0\nSwansea,parcels,2.4,2.1\n"
                                          "Ceredigion,parcels,[c],2.5\nPowys,parcels,1.2,1.3\n"
                                          "Ynys Môn,parcels,1.2,1.1\n", encoding="utf-8")
    result = api.draft(campaign, tmp_path / "out", formats=["md"])
    assert [w.message for w in result.warnings if w.code == "withheld_given_away"] == [
        "Ceredigion's emergency food parcels given out for period 'last_year' (April to September 2023) is withheld "
        "in the figures ('[c]', figures.csv, row 5, column last_year), but the releases print Wales' total as given "
        "and every other area's figure in it, so anyone can work it out by subtraction; if it was withheld to protect "
        "people, hide one more: a second area's figure marked not available, as publishers do: [x] for Powys' 1.2 in "
        "figures.csv, row 6, column last_year"]
