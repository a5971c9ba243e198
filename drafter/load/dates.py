"""Dates and times as a press officer writes them in campaign.yaml: ``2026-12-01``, and also ``1 December 2026``,
``Tuesday 1 December 2026``, ``1st Dec 2026`` or ``December 1, 2026``; a time as ``00:01``, ``0.01`` or
``12:01am``. A date written with slashes (``01/12/2026``) is refused: it is 1 December in Britain and 12
January in America, and drafter does not guess."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from drafter.errors import period_named
from drafter.model import Period, SourceRef, Warning
from drafter.style.dates import period_text
from drafter.style.house import PRESETS, message_style

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(r"^([0-9]{1,2})(?:st|nd|rd|th)?$")
# A time after the date ("at 00:01", "12:01am", "10am": minutes may be left out before am or pm), or before it,
# as an embargo line gives it ("00:01 on 1 March 2025").
_CLOCK = r"([0-9]{1,2})(?:[:.]([0-9]{2})\s*([ap]\.?m\.?)?|\s*([ap]\.?m\.?))"
_TIME = re.compile(rf"^(.*?)(?:\s+at)?\s+{_CLOCK}$", re.IGNORECASE)
_TIME_FIRST = re.compile(rf"^{_CLOCK}(?:\s+on)?\s+(.*?)$", re.IGNORECASE)
# A time zone's abbreviation after the time, as an embargo line gives it ("12:01 a.m. ET", "6 a.m. PDT", "00:01 BST"),
# and the zone each names: ET, EST and EDT the eastern United States', as IANA names it
_ZONE = re.compile(r"\s+\(?\b((?:E|C|M|P|AK|H)[SD]?T|GMT|BST)\b\)?(?=[\s,]|$)")
_ZONES = {"E": "America/New_York", "C": "America/Chicago", "M": "America/Denver", "P": "America/Los_Angeles",
          "AK": "America/Anchorage", "H": "Pacific/Honolulu", "GMT": "Europe/London", "BST": "Europe/London"}
SLASHED = re.compile(r"^[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}$")
DATE_EXPECTED = "a date such as 2018-09-04 or 4 September 2018"


class NotADate(ValueError):
    """Text that is not a date or time drafter can read; ``why`` says what is wrong, when more than that."""

    def __init__(self, why: str = "") -> None:
        super().__init__(why)
        self.why = why


def parse_date(text: str) -> dt.date:
    """A date from ISO text or from words.

    >>> [parse_date(t).isoformat() for t in ("2026-12-01", "1 December 2026", "Tuesday, 1st Dec. 2026",
    ...                                      "December 1, 2026", "1 Sept 2026")]
    ['2026-12-01', '2026-12-01', '2026-12-01', '2026-12-01', '2026-09-01']
    >>> [parse_date(t).isoformat() for t in ("21 Mai 2024", "Dydd Mawrth 21 Mai 2024", "ddydd Sul 1 Medi 2024")]
    ['2024-05-21', '2024-05-21', '2024-09-01']
    """
    text = text.strip()
    if SLASHED.match(text):
        raise NotADate("is written with slashes, which read as different dates in Britain and America")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    words = text.lower().replace(",", " ").replace(".", " ").split()
    weekday = next((i for i, name in enumerate(_WEEKDAYS) if words and len(words[0]) >= 3
                    and name.startswith(words[0])), None)
    if weekday is not None:
        words = words[1:]
    elif (said := next((w for w in _other_names()[1] if tuple(words[:len(w)]) == w), None)) is not None:
        weekday, words = _other_names()[1][said], words[len(said):]  # Welsh "Dydd Mawrth", "ddydd Mawrth"
    if len(words) != 3 or not re.fullmatch("[0-9]{4}", words[2]):
        raise NotADate()
    first, second = (words[0], words[1]) if _DAY.match(words[0]) else (words[1], words[0])
    day, month = _DAY.match(first), month_number(second)
    if day is None or month is None:
        raise NotADate()
    try:
        date = dt.date(int(words[2]), month, int(day.group(1)))
    except ValueError:
        raise NotADate(f"is not a day of {_MONTHS[month - 1].title()} {words[2]}") from None
    if weekday is not None and weekday != date.weekday():
        raise NotADate(f"names the wrong day of the week: {date.day} {_MONTHS[month - 1].title()} {date.year} "
                       f"is a {_WEEKDAYS[date.weekday()].title()}")
    return date


def parse_datetime(text: str) -> dt.datetime:
    """A date and time, from ISO text or from words; a date alone is at midnight. A time zone's abbreviation after
    the time is passed over here (:func:`zone_said` reads it).

    >>> [parse_datetime(t).isoformat() for t in ("2026-12-01 00:01", "1 December 2026 at 00.01",
    ...                                          "Tuesday 1 December 2026 12:01am", "1 Dec 2026 2:30 p.m.")]
    ['2026-12-01T00:01:00', '2026-12-01T00:01:00', '2026-12-01T00:01:00', '2026-12-01T14:30:00']
    >>> [parse_datetime(t).isoformat() for t in ("3 March 2025 at 10am", "00:01 on 1 March 2025", "9.30pm 1 Mar 2025")]
    ['2025-03-03T10:00:00', '2025-03-01T00:01:00', '2025-03-01T21:30:00']
    >>> [parse_datetime(t).isoformat() for t in ("12:01 a.m. EDT Friday, Sept. 4, 2026", "Sept. 4, 2026 at 6 a.m. PT")]
    ['2026-09-04T00:01:00', '2026-09-04T06:00:00']
    """
    text = _ZONE.sub("", text.strip(), count=1)
    try:
        return dt.datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        pass
    found, first = _TIME.match(text), _TIME_FIRST.match(text)
    if found:
        day, (hours, minutes, half, half_alone) = found.group(1), found.groups()[1:]
    elif first:
        day, (hours, minutes, half, half_alone) = first.group(5), first.groups()[:4]
    else:
        return dt.datetime.combine(parse_date(text), dt.time(0))
    hour, minute, half = int(hours), int(minutes or 0), half or half_alone or ""
    if half:
        if not 1 <= hour <= 12:
            raise NotADate(f"has the hour {hour} with {half}")
        hour = hour % 12 + (12 if half.lower().startswith("p") else 0)
    date = parse_date(day)
    try:
        return dt.datetime.combine(date, dt.time(hour, minute))
    except ValueError:
        raise NotADate(f"has no time {hours}:{minutes or '00'}") from None


def zone_said(text: str) -> tuple[str, str] | None:
    """The time zone an embargo written with one names: its abbreviation as written and the IANA zone it is the
    time of ("ET", "America/New_York"); None where it names none.

    >>> zone_said("Friday, Sept. 4, 2026 at 12:01 a.m. PT"), zone_said("00:01 BST 4 Sept 2026"), zone_said("4 Sept")
    (('PT', 'America/Los_Angeles'), ('BST', 'Europe/London'), None)
    """
    found = _ZONE.search(text)
    return None if found is None else (found.group(1), _ZONES[_family(found.group(1))])


def _family(word: str) -> str:
    """ "E" for ET, EST and EDT; "AK" for AKT, AKST, AKDT; GMT and BST themselves."""
    if word in ("GMT", "BST"):
        return word
    return word[:-2] if len(word) > 2 and word[-2] in "SD" else word[:-1]


def zone_differs(word: str, when: dt.datetime, timezone: str) -> str:
    """Why an embargo's zone abbreviation is not the time of campaign.yaml's ``timezone`` on its day ("" where it
    is): "ET" and "PT" are each zone's time, summer or winter; "EDT", "PST", "BST" that zone's on that day only.

    >>> zone_differs("ET", dt.datetime(2026, 9, 4), "America/New_York"), zone_differs("MT", dt.datetime(2026, 9, 4),
    ...                                                                             "America/Phoenix")
    ('', '')
    >>> zone_differs("EST", dt.datetime(2026, 9, 4), "America/New_York")
    'says EST, but on 4 September 2026 America/New_York is on EDT'
    >>> zone_differs("PT", dt.datetime(2026, 9, 4), "America/New_York")
    'says PT, the time of America/Los_Angeles, but timezone is America/New_York (on EDT)'
    """
    import zoneinfo

    named = when.replace(tzinfo=zoneinfo.ZoneInfo(timezone)).tzname() or ""
    general = _family(word) == word[:-1]  # ET, PT: the zone's time, summer or winter
    if word == named or (general and _family(named) == _family(word)):
        return ""
    if _family(named) != _family(word) and {word, named} != {"GMT", "BST"}:
        return f"says {word}, the time of {_ZONES[_family(word)]}, but timezone is {timezone} (on {named})"
    return f"says {word}, but on {date_words(when.date())} {timezone} is on {named}"


def month_number(word: str) -> int | None:
    """A month from its name or its first three letters or more ("Dec", "Sept"), in lower case; or its name in
    another language drafter writes ("mai", "fedi")."""
    if len(word) < 3:
        return None
    found = next((number for number, name in enumerate(_MONTHS, start=1) if name.startswith(word)), None)
    return found if found is not None else _other_names()[0].get(word)


@functools.lru_cache(maxsize=1)
def _other_names() -> tuple[dict[str, int], dict[tuple[str, ...], int]]:
    """The months and weekdays as every house style writes them, in lower case, for a date typed in Welsh
    ("21 Mai 2024", "Dydd Mawrth 21 Mai 2024", "00:01 ddydd Mawrth 21 Mai 2024"): each month with its number and
    each weekday's words (every form of its first word) with its index from Monday."""
    from drafter.style import wording
    from drafter.style.house import PRESETS
    from drafter.style.typed import month_words

    months = {name.lower(): number for name, number in month_words(PRESETS.values())}
    weekdays: dict[tuple[str, ...], int] = {}
    for style in PRESETS.values():
        for offset in range(7):
            day = dt.date(2001, 1, 1) + dt.timedelta(days=offset)  # a Monday
            said = wording.weekday_date_text(day, style).removesuffix(wording.date_text(day, style)).split()
            for first in style.language.forms(said[0]) if said else ():
                weekdays[tuple(w.lower().strip(",") for w in (first, *said[1:]))] = offset
    return months, weekdays


def timing_notices(release_date: dt.date, embargo: dt.datetime | None, periods: Sequence[Period],
                   release_ref: SourceRef, embargo_ref: SourceRef) -> tuple[Warning, ...]:
    """Warnings for dates that contradict each other: figures for a period that has not ended by the release date
    (release_date 1 March 2025, figures to 31 March 2025), and an embargo that lifts on another day than the
    release date the dateline gives.

    >>> from drafter.model import SourceRef as R
    >>> year = Period("this_year", dt.date(2024, 4, 1), dt.date(2025, 3, 31), R("campaign.yaml", line=9),
    ...               "April 2024 to March 2025")
    >>> [w.message for w in timing_notices(dt.date(2025, 3, 1), dt.datetime(2025, 3, 2, 0, 1), [year],
    ...                                    R("campaign.yaml", line=5, key="release_date"),
    ...                                    R("campaign.yaml", line=6, key="embargo"))]  # doctest: +NORMALIZE_WHITESPACE
    ["campaign.yaml:5: release_date: 1 March 2025 is before period 'this_year' (April 2024 to March 2025) ends on
    31 March 2025: the releases would publish figures for days still to come; check the dates",
     'campaign.yaml:6: embargo: the embargo lifts on 2 March 2025, not on the release date the dateline gives (1
     March 2025)']
    """
    found = [Warning("dates", f"{release_ref}: release_date: {date_words(release_date)} is before {period_named(p)} "
                     f"ends on {date_words(p.end)}: the releases would publish figures for days still to come; check "
                     "the dates")
             for p in periods if p.end > release_date]
    if embargo is not None and embargo.date() != release_date:
        found.append(Warning("dates", f"{embargo_ref}: embargo: the embargo lifts on {date_words(embargo.date())}, "
                             f"not on the release date the dateline gives ({date_words(release_date)})"))
    return tuple(found)


def period_words(start: dt.date, end: dt.date, preset: str) -> str:
    """A period's words as drafter's messages name it (``Period.words``, for :func:`~drafter.errors.period_named`):
    as the campaign's ``preset`` writes it in the releases, in English for a campaign in another language.

    >>> period_words(dt.date(2023, 4, 1), dt.date(2023, 9, 30), "cy_GB")
    'April to September 2023'
    >>> period_words(dt.date(2024, 4, 1), dt.date(2024, 4, 7), "en_US")
    'April 1 to 7, 2024'
    """
    return period_text(start, end, message_style(PRESETS[preset]))


def date_words(date: dt.date) -> str:
    return f"{date.day} {_MONTHS[date.month - 1].title()} {date.year}"


_YEAR = r"((?:19|20)[0-9]{2})"
_MONTH_YEAR = r"([a-z]{3,9})\.?(?:\s+|-)((?:19|20)?[0-9]{2})"  # "March 2024", "Mar-24", "Mar 2024"
_SPAN_YEARS = re.compile(rf"^(?:fy\s*|financial year\s*|academic year\s*|fiscal year\s*)?{_YEAR}\s*"
                         r"(?:[-/\u2013\u2014]|to)\s*([0-9]{2}|[0-9]{4})$")
_SPAN_FISCAL = re.compile(r"^(?:fy|fiscal(?: year)?)\s*((?:19|20)?[0-9]{2})$")  # "FY24", "fiscal 2024"
_SPAN_MONTHS = re.compile(r"^([a-z]{3,9})\.?(?:\s+((?:19|20)[0-9]{2}))?\s*(?:[-/\u2013\u2014]|to)\s*([a-z]{3,9})\.?\s+"
                          r"((?:19|20)[0-9]{2})$")
_SPAN_ENDING = re.compile(r"^(?:the\s+)?(?:rolling\s+)?(?:ye|year ending|yr ending|year to|(?:12|twelve) months "
                          rf"(?:ending|to))\s+{_MONTH_YEAR}$")
_SPAN_WEEK = re.compile(r"^(?:week (ending|to|beginning|commencing)|w/?(e|c))\s+(.+)$")  # "w/e 7 April 2024"
_SPAN_QUARTER = re.compile(r"^(?:((?:19|20)[0-9]{2})\s*q([1-4])|q([1-4])\s*((?:19|20)[0-9]{2}))$")
# the month each kind of split year starts in: a UK financial year (April), an academic year (September, or
# August in Scotland), many US states' fiscal year (July), the US federal one (October)
_SPLIT_STARTS = (4, 9, 8, 7, 10)


def period_span(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a period as a publisher's cell names it, or None: a year, a financial year (April
    to March), months, a quarter, a year ending a month, a week, a day. Used to put a period's neighbours first.

    >>> [tuple(d.isoformat() for d in period_span(t) or ()) for t in ("2022-23", "2021/22", "Apr 2022 to Mar 2023",
    ...                                                               "2023", "July to December 2017", "2023 Q2")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('2022-04-01', '2023-03-31'), ('2021-04-01', '2022-03-31'), ('2022-04-01', '2023-03-31'),
     ('2023-01-01', '2023-12-31'), ('2017-07-01', '2017-12-31'), ('2023-04-01', '2023-06-30')]
    >>> period_span("Year ending Mar 2023"), period_span("Primary fires")
    ((datetime.date(2022, 4, 1), datetime.date(2023, 3, 31)), None)
    >>> period_span("202409"), period_span("202324")[0], period_span("201112")  # a month, a year; either
    ((datetime.date(2024, 9, 1), datetime.date(2024, 9, 30)), datetime.date(2023, 4, 1), None)
    """
    readings = period_readings(text)
    return readings[0] if readings else None


def period_readings(text: str) -> tuple[tuple[dt.date, dt.date], ...]:
    """Every period a publisher's name for one can mean, the likeliest in a UK table first; none where it names
    none. A split year ("2023-24", "2023/24", "FY 2023-24") is twelve months from 2023 into 2024: a financial year
    from April, an academic year from September (or August), a US state's fiscal year from July or the federal
    one from October; "FY24" and "fiscal 2024" any of those ending in 2024, or the calendar year.

    >>> [len(period_readings(t)) for t in ("2023/24", "FY24", "Q1 2024", "Primary fires")]
    [5, 6, 1, 0]
    >>> [tuple(d.isoformat() for d in period_span(t) or ()) for t in ("YE Mar 24", "the 12 months to March 2024",
    ...                                                               "week ending 7 April 2024", "Mar-24")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('2023-04-01', '2024-03-31'), ('2023-04-01', '2024-03-31'), ('2024-04-01', '2024-04-07'),
     ('2024-03-01', '2024-03-31')]
    """
    words = " ".join(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text.lower()).replace(",", " ").split())  # "(provisional)"
    if re.fullmatch(_YEAR, words):
        return ((dt.date(int(words), 1, 1), dt.date(int(words), 12, 31)),)
    if found := _SPAN_YEARS.match(words):
        first, last = int(found[1]), int(found[2]) if len(found[2]) == 4 else int(found[1][:2] + found[2])
        starts = sorted(_SPLIT_STARTS, key=lambda m: m != 9) if words.startswith("academic") else _SPLIT_STARTS
        if last == first + 1:  # a split year, as UK statistics give most of them
            return tuple((dt.date(first, m, 1), _month_end(last, m - 1)) for m in starts)
        if last > first:
            return ((dt.date(first, 1, 1), dt.date(last, 12, 31)),)
    if found := _SPAN_FISCAL.match(words):
        last = _full_year(found[1])
        return (*(_year_to(last, m - 1) for m in _SPLIT_STARTS), (dt.date(last, 1, 1), dt.date(last, 12, 31)))
    if found := _SPAN_ENDING.match(words):
        month = month_number(found[1])
        return (_year_to(_full_year(found[2]), month),) if month else ()
    if found := _SPAN_WEEK.match(words):
        day = _day(found[3])
        if day is None:
            return ()
        return ((day, day + dt.timedelta(days=6)),) if (found[1] or "").startswith(("b", "c")) or found[2] == "c" \
            else ((day - dt.timedelta(days=6), day),)
    if found := _SPAN_QUARTER.match(words):
        year, quarter = int(found[1] or found[4]), int(found[2] or found[3])
        return ((dt.date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)),)
    if found := _SPAN_MONTHS.match(words):
        start, end, last = month_number(found[1]), month_number(found[3]), int(found[4])
        if start is None or end is None:
            return ()
        first = int(found[2]) if found[2] else last - (start > end)
        return ((dt.date(first, start, 1), _month_end(last, end)),)
    if (found := re.fullmatch(_MONTH_YEAR, words)) and (month := month_number(found[1])) and \
            (len(found[2]) == 4 or "-" in words):  # "March 2024", or a heading as Excel shows it, "Mar-24"
        year = _full_year(found[2])
        return ((dt.date(year, month, 1), _month_end(year, month)),)
    if found := re.fullmatch(r"((?:19|20)[0-9]{2})-([0-9]{2})", words):  # "2024-03"
        year, month = int(found[1]), int(found[2])
        return ((dt.date(year, month, 1), _month_end(year, month)),) if 1 <= month <= 12 else ()
    if found := re.fullmatch(r"((?:19|20)[0-9]{2})([0-9]{2})", words):  # Public Health Scotland's month, 202409;
        year, two = int(found[1]), int(found[2])  # the Department for Education's year, 202324
        split, month = two == (year + 1) % 100, 1 <= two <= 12
        if split != month:  # "201112" could be December 2011 or 2011/12
            return period_readings(f"{year}-{two:02d}") if split else ((dt.date(year, two, 1), _month_end(year, two)),)
    day = _day(text)
    return ((day, day),) if day else ()


def _day(text: str) -> dt.date | None:
    try:
        return parse_date(text)
    except ValueError:  # NotADate, or a day no month has
        return None


def _full_year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _year_to(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The twelve months to the end of ``month`` of ``year``."""
    return _month_end(year - 1, month) + dt.timedelta(days=1), _month_end(year, month)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
