"""House style in words for dates, periods and embargo lines: "4 September 2018", "between July and December
2017", "in March 2023", "EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018" (re-exported by
:mod:`drafter.style.wording`)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from drafter.style import cldr
from drafter.style.base import HouseStyle, Joiner, Span

# --- dates ----------------------------------------------------------------------------------------------

AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


def date_text(value: dt.date, style: HouseStyle) -> str:
    """A full date: "4 September 2018" (en_GB), "Sept. 4, 2018" (en_US, AP), "4 Medi 2018" (cy_GB).

    >>> from drafter.style.house import PRESETS
    >>> [date_text(dt.date(2018, 9, 4), PRESETS[p]) for p in ("en_GB", "en_US", "cy_GB")]
    ['4 September 2018', 'Sept. 4, 2018', '4 Medi 2018']
    """
    if style.date_pattern == "AP":
        month = AP_MONTHS.get(value.month) or cldr.format_date(value, "MMMM", style.locale)
        return f"{month} {value.day}, {value.year}"
    return cldr.format_date(value, style.date_pattern, style.locale)


def weekday_date_text(value: dt.date, style: HouseStyle) -> str:
    """"Tuesday 4 September 2018" / "Tuesday, Sept. 4, 2018"."""
    day = cldr.format_date(value, "EEEE", style.locale)
    joiner = ", " if style.date_pattern == "AP" else " "
    return f"{day}{joiner}{date_text(value, style)}"


def month_text(value: dt.date, style: HouseStyle, *, year: bool = True) -> str:
    """A month, never abbreviated: "July 2017"."""
    return cldr.format_date(value, style.month_pattern if year else "MMMM", style.locale)


def year_text(value: dt.date, style: HouseStyle) -> str:
    """A year as the locale writes it: "2018"."""
    return cldr.format_date(value, "y", style.locale)


def _whole_months(start: dt.date, end: dt.date) -> bool:
    return start.day == 1 and (end + dt.timedelta(days=1)).day == 1


def _span(start: dt.date, end: dt.date) -> Span | None:
    """Whether a period is one day, one calendar month or one calendar year (None: any other length)."""
    if start == end:
        return "day"
    if not _whole_months(start, end) or start.year != end.year:
        return None
    if start.month == end.month:
        return "month"
    return "year" if (start.month, end.month) == (1, 12) else None


def between_text(start: dt.date, end: dt.date, style: HouseStyle) -> str:
    """"between July and December 2017" / "rhwng Gorffennaf a Rhagfyr 2017" ("ac" before a vowel); a period of
    one day, month or year as the language puts it: "in March 2023", "on 4 September 2018", "in 2023".

    >>> from drafter.style.house import PRESETS
    >>> between_text(dt.date(2017, 7, 1), dt.date(2018, 1, 31), PRESETS["cy_GB"])
    'rhwng Gorffennaf 2017 ac Ionawr 2018'
    >>> between_text(dt.date(2018, 9, 1), dt.date(2018, 11, 30), PRESETS["cy_GB"])
    'rhwng Medi a Thachwedd 2018'
    >>> between_text(dt.date(2023, 3, 1), dt.date(2023, 3, 31), PRESETS["cy_GB"])
    'ym mis Mawrth 2023'
    >>> between_text(dt.date(2018, 9, 4), dt.date(2018, 9, 4), PRESETS["en_US"])
    'on Sept. 4, 2018'
    """
    span = "year" if _financial_year(start, end, style) else _span(start, end)
    if span is not None:
        return style.language.within(period_text(start, end, style), span)
    return f"{style.between_word} {period_text(start, end, style, 'and')}"


def period_text(start: dt.date, end: dt.date, style: HouseStyle, joiner: Joiner = "to") -> str:
    """A period in words: "July to December 2017", "July 2017 to January 2018", "4 to 10 September 2018",
    "March 2023", "2023" (a calendar year); Welsh "Gorffennaf i Ragfyr 2017" (the soft mutation after "i").

    >>> from drafter.style.house import PRESETS
    >>> gb = PRESETS["en_GB"]
    >>> period_text(dt.date(2017, 7, 1), dt.date(2017, 12, 31), gb)
    'July to December 2017'
    >>> period_text(dt.date(2017, 7, 1), dt.date(2018, 1, 31), gb, "and")
    'July 2017 and January 2018'
    >>> period_text(dt.date(2018, 1, 1), dt.date(2018, 1, 31), gb)
    'January 2018'
    >>> period_text(dt.date(2018, 1, 1), dt.date(2018, 12, 31), gb)
    '2018'
    >>> period_text(dt.date(2017, 7, 1), dt.date(2017, 12, 31), PRESETS["cy_GB"])
    'Gorffennaf i Ragfyr 2017'

    A week or other run of days names its month and year once: "28 March to 3 April 2024", AP "April 1 to 7,
    2024" and "March 28 to April 3, 2024", Welsh "28 Mawrth i 3 Ebrill 2024".

    >>> [period_text(dt.date(2024, 3, 28), dt.date(2024, 4, 3), PRESETS[p], "and") for p in ("en_GB", "en_US")]
    ['28 March and 3 April 2024', 'March 28 and April 3, 2024']
    >>> period_text(dt.date(2024, 4, 1), dt.date(2024, 4, 7), PRESETS["en_US"])
    'April 1 to 7, 2024'
    >>> period_text(dt.date(2023, 12, 25), dt.date(2024, 1, 7), PRESETS["en_US"])
    'Dec. 25, 2023, to Jan. 7, 2024'
    """
    if financial := _financial_year(start, end, style):
        return financial
    if _span(start, end) == "year":
        return year_text(start, style)
    if _whole_months(start, end):
        if (start.year, start.month) == (end.year, end.month):
            return month_text(start, style)
        first = month_text(start, style, year=start.year != end.year)
        return style.language.join(first, joiner, month_text(end, style), style)
    if start == end:
        return date_text(start, style)
    if start.year != end.year:  # AP sets a full date's year off with commas: "Dec. 25, 2023, to Jan. 7, 2024"
        first = date_text(start, style) + ("," if style.date_pattern == "AP" else "")
        return style.language.join(first, joiner, date_text(end, style), style)
    if start.month == end.month:  # a week: "1 to 7 April 2024", AP "April 1 to 7, 2024"
        first, last = (_day_month(start, style), f"{end.day}, {end.year}") if style.date_pattern == "AP" else \
            (str(start.day), date_text(end, style))
        return style.language.join(first, joiner, last, style)
    return style.language.join(_day_month(start, style), joiner, date_text(end, style), style)  # the year once


def _day_month(value: dt.date, style: HouseStyle) -> str:
    """A date without its year, before another in the same year: "28 March", AP "March 28", "28 Mawrth"."""
    if style.date_pattern == "AP":
        return date_text(value, style).rsplit(",", 1)[0]
    return cldr.format_date(value, re.sub(r"[\s,]*y+[\s,]*", " ", style.date_pattern).strip(), style.locale)


def embargo_text(moment: dt.datetime | None, timezone: str, style: HouseStyle) -> str:
    """"EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018", the zone's abbreviation taken for that date; in
    capitals in the text itself where the preset wants them (``embargo_capitals``), so every reader and format
    shows them, not only Word.

    >>> from drafter.style.house import PRESETS
    >>> embargo_text(dt.datetime(2018, 9, 4, 0, 1), "Europe/London", PRESETS["en_GB"])
    'EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018'
    >>> embargo_text(dt.datetime(2018, 1, 9, 0, 1), "Europe/London", PRESETS["cy_GB"])
    'EMBARGO TAN 00:01 GMT DDYDD MAWRTH 9 IONAWR 2018'
    >>> embargo_text(dt.datetime(2024, 10, 15, 6, 0), "America/New_York", PRESETS["en_US"])
    'EMBARGOED UNTIL 6 a.m. EDT Tuesday, Oct. 15, 2024'
    """
    line = _embargo_line(moment, timezone, style)
    return line.upper() if style.embargo_capitals else line


def _embargo_line(moment: dt.datetime | None, timezone: str, style: HouseStyle) -> str:
    if moment is None:
        return style.no_embargo
    local = moment.replace(tzinfo=zoneinfo.ZoneInfo(timezone))
    zone = local.tzname() or ""
    if style.time_pattern == "AP":
        hour = local.hour % 12 or 12
        suffix = "a.m." if local.hour < 12 else "p.m."
        clock = f"{hour}{f':{local.minute:02d}' if local.minute else ''} {suffix}"  # AP: "6 a.m.", "6:30 a.m."
    else:
        clock = cldr.format_time(local.time(), style.time_pattern, style.locale)
    return f"{style.embargo_words} {clock} {zone} {style.language.on_day(weekday_date_text(local.date(), style))}"


def _financial_year(start: dt.date, end: dt.date, style: HouseStyle) -> str:
    """A period from 1 April to 31 March as its financial year in the form house_style's ``financial_years`` gives
    ("2023/24"), one from 1 September to 31 August as its academic year in the form ``academic_years`` gives, or ""
    (the rules' default, "months", or any other period).

    >>> import dataclasses
    >>> from drafter.style.house import PRESETS
    >>> style = dataclasses.replace(PRESETS["cy_GB"], financial_years="2023-24")
    >>> april, march = dt.date(2023, 4, 1), dt.date(2024, 3, 31)
    >>> between_text(april, march, style), period_text(april, march, style)
    ('yn 2023-24', '2023-24')
    >>> between_text(dt.date(2023, 4, 1), dt.date(2024, 3, 31), PRESETS["en_GB"])
    'between April 2023 and March 2024'
    >>> school = dataclasses.replace(PRESETS["en_GB"], academic_years="2023/24")
    >>> between_text(dt.date(2023, 9, 1), dt.date(2024, 8, 31), school), between_text(april, march, school)
    ('in 2023/24', 'between April 2023 and March 2024')
    """
    for form, first, last in ((style.financial_years, 4, 3), (style.academic_years, 9, 8)):
        ends = dt.date(start.year + 1, last + 1, 1) - dt.timedelta(days=1)  # 31 March, 31 August
        if form != "months" and (start.month, start.day) == (first, 1) and end == ends:
            return f"{start.year}{form[4]}{end.year % 100:02d}"
    return ""
