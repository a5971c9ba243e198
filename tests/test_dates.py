"""Dates, periods and embargo lines in every preset: "4 September 2018", AP's "Sept. 4, 2018", Welsh month names
with the mutations "i" and "a" cause, and embargo lines that take the time zone's abbreviation for that date."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.style.house import PRESETS
from drafter.style.wording import between_text, date_text, embargo_text, period_text


@pytest.mark.parametrize(("preset", "date", "text"), [
    ("en_GB", dt.date(2018, 9, 4), "4 September 2018"),
    ("en_US", dt.date(2018, 7, 4), "July 4, 2018"),
    ("cy_GB", dt.date(2018, 1, 4), "4 Ionawr 2018"),
    ("cy_GB", dt.date(2018, 9, 4), "4 Medi 2018"),
])
def test_dates_in_each_preset(preset: str, date: dt.date, text: str) -> None:
    assert date_text(date, PRESETS[preset]) == text


def test_a_period_across_a_new_year_names_both_years() -> None:
    assert "between " + period_text(dt.date(2017, 7, 1), dt.date(2018, 1, 31), PRESETS["en_GB"], "and") == \
        "between July 2017 and January 2018"


def test_welsh_periods_mutate_the_month_after_i_and_a() -> None:
    cy = PRESETS["cy_GB"]
    month = [dt.date(2018, m, 1) for m in range(1, 13)]
    end = [(dt.date(2018, m, 1) + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1) for m in range(1, 13)]
    assert period_text(month[0], end[5], cy) == "Ionawr i Fehefin 2018"
    assert period_text(month[6], end[11], cy) == "Gorffennaf i Ragfyr 2018"
    assert period_text(month[0], end[8], cy) == "Ionawr i Fedi 2018"
    assert between_text(month[8], end[10], cy) == "rhwng Medi a Thachwedd 2018"
    assert between_text(month[2], end[3], cy) == "rhwng Mawrth ac Ebrill 2018"
    assert between_text(dt.date(2017, 7, 1), end[0], cy) == "rhwng Gorffennaf 2017 ac Ionawr 2018"


@pytest.mark.parametrize(("moment", "zone", "preset", "text"), [
    (dt.datetime(2018, 1, 9, 0, 1), "Europe/London", "en_GB", "EMBARGOED UNTIL 00:01 GMT TUESDAY 9 JANUARY 2018"),
    (dt.datetime(2018, 1, 9, 0, 1), "America/New_York", "en_US",
     "EMBARGOED UNTIL 12:01 a.m. EST Tuesday, Jan. 9, 2018"),
    (dt.datetime(2018, 9, 4, 0, 1), "America/New_York", "en_US",
     "EMBARGOED UNTIL 12:01 a.m. EDT Tuesday, Sept. 4, 2018"),
    (dt.datetime(2018, 9, 4, 0, 1), "Europe/London", "cy_GB", "EMBARGO TAN 00:01 BST DYDD MAWRTH 4 MEDI 2018"),
    (None, "Europe/London", "en_US", "FOR IMMEDIATE RELEASE"),
])
def test_embargo_lines_take_the_zone_for_the_date(moment: dt.datetime | None, zone: str, preset: str,
                                                  text: str) -> None:
    assert embargo_text(moment, zone, PRESETS[preset]) == text
