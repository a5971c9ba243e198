"""Dates, periods and embargo lines in every preset: "4 September 2018", AP's "Sept. 4, 2018", Welsh month names
with the mutations "i" and "a" cause, and embargo lines that take the time zone's abbreviation for that date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.errors import InputError
from drafter.model import SourceRef
from drafter.style.house import PRESETS, resolve_style
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


@pytest.mark.parametrize(("start", "end", "preset", "text"), [
    # one month, one day, one calendar year: "in", "on", "in"; never "between March 2023"
    (dt.date(2023, 3, 1), dt.date(2023, 3, 31), "en_GB", "in March 2023"),
    (dt.date(2023, 3, 1), dt.date(2023, 3, 31), "en_US", "in March 2023"),
    (dt.date(2023, 3, 1), dt.date(2023, 3, 31), "cy_GB", "ym mis Mawrth 2023"),
    (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "cy_GB", "ym mis Chwefror 2024"),
    (dt.date(2018, 9, 4), dt.date(2018, 9, 4), "en_GB", "on 4 September 2018"),
    (dt.date(2018, 9, 4), dt.date(2018, 9, 4), "en_US", "on Sept. 4, 2018"),
    (dt.date(2018, 9, 4), dt.date(2018, 9, 4), "cy_GB", "ar 4 Medi 2018"),
    (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "en_GB", "in 2023"),
    (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "en_US", "in 2023"),
    (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "cy_GB", "yn 2023"),
    # anything longer, or not whole months, or across a new year, is "between"
    (dt.date(2023, 3, 1), dt.date(2023, 4, 30), "en_GB", "between March and April 2023"),
    (dt.date(2023, 3, 1), dt.date(2023, 4, 30), "cy_GB", "rhwng Mawrth ac Ebrill 2023"),
    (dt.date(2023, 3, 2), dt.date(2023, 3, 31), "en_GB", "between 2 and 31 March 2023"),
    (dt.date(2023, 3, 2), dt.date(2023, 3, 31), "en_US", "between March 2 and 31, 2023"),
    # a week ("week ending 7 April 2024") names its month and year once, in each language's order
    (dt.date(2024, 4, 1), dt.date(2024, 4, 7), "en_GB", "between 1 and 7 April 2024"),
    (dt.date(2024, 4, 1), dt.date(2024, 4, 7), "en_US", "between April 1 and 7, 2024"),
    (dt.date(2024, 9, 1), dt.date(2024, 9, 7), "en_US", "between Sept. 1 and 7, 2024"),
    (dt.date(2024, 4, 1), dt.date(2024, 4, 7), "cy_GB", "rhwng 1 a 7 Ebrill 2024"),
    (dt.date(2024, 3, 28), dt.date(2024, 4, 3), "en_GB", "between 28 March and 3 April 2024"),
    (dt.date(2024, 3, 28), dt.date(2024, 4, 3), "en_US", "between March 28 and April 3, 2024"),
    (dt.date(2024, 3, 28), dt.date(2024, 4, 3), "cy_GB", "rhwng 28 Mawrth a 3 Ebrill 2024"),
    (dt.date(2023, 12, 25), dt.date(2024, 1, 7), "en_US", "between Dec. 25, 2023, and Jan. 7, 2024"),
    # a quarter, a single month a year apart and New Year's Eve, each as the press officer's dates give it
    (dt.date(2024, 1, 1), dt.date(2024, 3, 31), "en_US", "between January and March 2024"),
    (dt.date(2024, 1, 1), dt.date(2024, 3, 31), "cy_GB", "rhwng Ionawr a Mawrth 2024"),
    (dt.date(2023, 12, 31), dt.date(2023, 12, 31), "en_US", "on Dec. 31, 2023"),
    (dt.date(2023, 12, 31), dt.date(2023, 12, 31), "cy_GB", "ar 31 Rhagfyr 2023"),
    (dt.date(2022, 12, 1), dt.date(2023, 1, 31), "en_GB", "between December 2022 and January 2023"),
    (dt.date(2022, 1, 1), dt.date(2023, 12, 31), "en_GB", "between January 2022 and December 2023"),
    (dt.date(2023, 4, 1), dt.date(2024, 3, 31), "en_GB", "between April 2023 and March 2024"),
    (dt.date(2023, 2, 1), dt.date(2023, 12, 31), "en_GB", "between February and December 2023"),
])
def test_a_period_reads_naturally_after_a_count(start: dt.date, end: dt.date, preset: str, text: str) -> None:
    assert between_text(start, end, PRESETS[preset]) == text


def test_a_calendar_year_is_its_year() -> None:
    assert period_text(dt.date(2023, 1, 1), dt.date(2023, 12, 31), PRESETS["en_GB"]) == "2023"
    assert period_text(dt.date(2023, 1, 1), dt.date(2023, 12, 31), PRESETS["cy_GB"]) == "2023"


@given(start=st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)), days=st.integers(0, 800),
       preset=st.sampled_from(["en_GB", "en_US", "cy_GB"]))
def test_between_words_only_a_period_with_two_ends(start: dt.date, days: int, preset: str) -> None:
    """"between" (rhwng) is said only of a period whose two ends are named; a single day, month or year reads
    "on", "in" (ar, ym mis, yn) and names it once."""
    end = start + dt.timedelta(days=days)
    style = PRESETS[preset]
    text = between_text(start, end, style)
    next_day = end + dt.timedelta(days=1)
    one_month = start.day == 1 and next_day.day == 1 and (start.year, start.month) == (end.year, end.month)
    one_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year
    single = start == end or one_month or one_year
    assert text.startswith(style.between_word + " ") != single, text
    if single:
        assert text.split(" ", 1)[0] in ("in", "on", "ym", "ar", "yn"), text
        assert text.endswith(str(end.year)), text


@pytest.mark.parametrize(("moment", "zone", "preset", "text"), [
    (dt.datetime(2018, 1, 9, 0, 1), "Europe/London", "en_GB", "EMBARGOED UNTIL 00:01 GMT TUESDAY 9 JANUARY 2018"),
    (dt.datetime(2018, 1, 9, 0, 1), "America/New_York", "en_US",
     "EMBARGOED UNTIL 12:01 a.m. EST Tuesday, Jan. 9, 2018"),
    (dt.datetime(2018, 9, 4, 0, 1), "America/New_York", "en_US",
     "EMBARGOED UNTIL 12:01 a.m. EDT Tuesday, Sept. 4, 2018"),
    (dt.datetime(2018, 9, 4, 0, 1), "Europe/London", "cy_GB", "EMBARGO TAN 00:01 BST DDYDD MAWRTH 4 MEDI 2018"),
    (None, "Europe/London", "en_US", "FOR IMMEDIATE RELEASE"),
])
def test_embargo_lines_take_the_zone_for_the_date(moment: dt.datetime | None, zone: str, preset: str,
                                                  text: str) -> None:
    assert embargo_text(moment, zone, PRESETS[preset]) == text


def test_a_financial_year_is_written_as_house_style_gives_it_and_only_a_financial_year() -> None:
    """A fire service's 2022/23 against 2023/24 read "between April 2022 and March 2023": house_style's
    financial_years names a period from 1 April to 31 March as its year, in every language; any other period keeps
    its months, and a form the rule does not know is refused with the forms it takes."""
    april, march = dt.date(2023, 4, 1), dt.date(2024, 3, 31)
    for preset, form, between in (("en_GB", "2023/24", "in 2023/24"), ("en_US", "2023-24", "in 2023-24"),
                                  ("cy_GB", "2023–24", "yn 2023–24")):
        style = resolve_style(preset, (("financial_years", form),), SourceRef("campaign.yaml"))
        assert (between_text(april, march, style), period_text(april, march, style)) == (between, form)
        assert between_text(dt.date(2023, 4, 1), dt.date(2024, 2, 29), style) == \
            between_text(dt.date(2023, 4, 1), dt.date(2024, 2, 29), PRESETS[preset])
    own = resolve_style("en_GB", (("financial_years", "2024/25"),), SourceRef("campaign.yaml"))
    assert between_text(april, march, own) == "in 2023/24"  # a campaign's own year gives the form too
    with pytest.raises(InputError) as caught:
        resolve_style("en_GB", (("financial_years", "FY2023"),), SourceRef("campaign.yaml"))
    assert caught.value.line().endswith('(expected "months" or "2023/24" or "2023-24" or "2023–24")')


def test_an_academic_year_is_written_as_house_style_gives_it_and_only_an_academic_year() -> None:
    """A schools campaign's 2022/23 against 2023/24 read "remained unchanged, at 22.0 per cent both between September
    2022 and August 2023 and between September 2023 and August 2024": academic_years names a period from 1
    September to 31 August as its year, in every language, and leaves a financial year by its months."""
    september, august = dt.date(2023, 9, 1), dt.date(2024, 8, 31)
    for preset, form, between in (("en_GB", "2024/25", "in 2023/24"), ("cy_GB", "2023-24", "yn 2023-24")):
        style = resolve_style(preset, (("academic_years", form),), SourceRef("campaign.yaml"))
        assert between_text(september, august, style) == between
        assert between_text(dt.date(2023, 4, 1), dt.date(2024, 3, 31), style) == \
            between_text(dt.date(2023, 4, 1), dt.date(2024, 3, 31), PRESETS[preset])
    with pytest.raises(InputError) as caught:
        resolve_style("en_GB", (("academic_years", "AY2023"),), SourceRef("campaign.yaml"))
    assert caught.value.line().endswith('(expected "months" or "2023/24" or "2023-24" or "2023–24")')
