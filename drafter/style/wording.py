"""House style in words: sentences, dates, periods, embargo lines and change wording.

"How is 193 % worded?" is answered here: :func:`~drafter.style.bands.change_band` says which row of the
house-style change table a change falls in (by its ratio and the preset's rules), and the style's language
(:mod:`drafter.style.lang`) says that row in its words. Numbers themselves come from :mod:`drafter.style.numbers`.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from decimal import Decimal

from drafter.model import Change
from drafter.style import cldr
from drafter.style.bands import band_reason, change_band, has_percent, ratio_band
from drafter.style.base import COUNT_ONLY, TENSES, HouseStyle, Joiner, Printed, Span, Tense
from drafter.style.numbers import (
    FULL,
    approx_count_text,
    approx_percent_text,
    change_percent_text,
    count_text,
    from_to_text,
    is_money,
    large_value,
    money_text,
    ordinal_text,
    paired_count_text,
    part_percent_text,
    percent_places,
    percent_text,
    points_text,
    published_rate_text,
    scale_places,
    sequence_places,
    value_text,
)
from drafter.style.shown import shown_value

__all__ = [  # the numbers' functions and the bands, for the templates' helpers, which word and print them together
    "FULL", "TENSES", "Printed", "approx_count_text", "approx_percent_text", "band_reason", "change_band",
    "change_percent_text", "count_text", "from_to_text", "has_percent", "is_money", "large_value", "money_text",
    "ordinal_text", "paired_count_text", "part_percent_text", "percent_places", "percent_text", "points_text",
    "published_rate_text", "ratio_band", "scale_places", "sequence_places", "shown_value", "value_text",
]


# --- sentences ------------------------------------------------------------------------------------------

_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[“\"']?(\d[\d,.]*)(?:\s+(\w+))?")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def figure_starting_sentence(text: str, style: HouseStyle) -> str | None:
    """The figure a sentence in ``text`` starts with, or None. A sentence never starts with a figure (spell it
    out or recast it); AP lets a year start one (``year_may_start``).

    >>> from drafter.style.house import PRESETS
    >>> figure_starting_sentence("Calls rose. 440 people called.", PRESETS["en_GB"])
    '440'
    >>> figure_starting_sentence("2018 was busy.", PRESETS["en_US"]) is None
    True
    >>> us = PRESETS["en_US"]
    >>> figure_starting_sentence("2018 was busy.", PRESETS["en_GB"]), figure_starting_sentence("On Oct. 1, 2024.", us)
    ('2018', None)
    >>> figure_starting_sentence("999 calls rose.", PRESETS["en_GB"]) is None  # the number to ring, no figure
    True
    """
    for abbreviation in (*_AP_MONTHS.values(), "a.m.", "p.m."):  # "on Oct. 1, 2024": no sentence ends at "Oct."
        text = text.replace(abbreviation, abbreviation.rstrip("."))
    for match in _SENTENCE_START.finditer(text):
        figure = match.group(1).rstrip(".,")
        if figure == style.emergency_number and (match.group(2) or "").casefold() in style.language.emergency_words:
            continue  # "999 calls …": the number to ring
        if not (style.year_may_start and _YEAR.fullmatch(figure)):
            return figure
    return None


# A mark that opens: first in a line, or after a space, bracket or dash (looked behind once found, so a search is quick)
_OPENS_SINGLE = re.compile(r"'(?<![^\s(\[{“‘—–/-]')(?!\d\ds?\b)")  # not "’90s": an apostrophe
_OPENS_DOUBLE = re.compile(r'"(?<![^\s(\[{‘—–/-]")')


def typographic(text: str, style: HouseStyle) -> str:
    r"""Straight quotation marks and apostrophes made typographic, where the preset wants them
    (``typographic_quotes``): one rule for the whole release, campaign text, templates and quotes alike.

    >>> from drafter.style.house import PRESETS
    >>> typographic('"Yes," -\'no\', someone else\'s "help" (\'the line\') in the \'90s', PRESETS["en_GB"])
    '“Yes,” -‘no’, someone else’s “help” (‘the line’) in the ’90s'
    """
    if not style.typographic_quotes or ("'" not in text and '"' not in text):
        return text
    text = _OPENS_SINGLE.sub("‘", text).replace("'", "’")
    return _OPENS_DOUBLE.sub("“", text).replace('"', "”")


# --- dates ----------------------------------------------------------------------------------------------

_AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


def date_text(value: dt.date, style: HouseStyle) -> str:
    """A full date: "4 September 2018" (en_GB), "Sept. 4, 2018" (en_US, AP), "4 Medi 2018" (cy_GB).

    >>> from drafter.style.house import PRESETS
    >>> [date_text(dt.date(2018, 9, 4), PRESETS[p]) for p in ("en_GB", "en_US", "cy_GB")]
    ['4 September 2018', 'Sept. 4, 2018', '4 Medi 2018']
    """
    if style.date_pattern == "AP":
        month = _AP_MONTHS.get(value.month) or cldr.format_date(value, "MMMM", style.locale)
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
    span = _span(start, end)
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
    """
    if _span(start, end) == "year":
        return year_text(start, style)
    if _whole_months(start, end):
        if (start.year, start.month) == (end.year, end.month):
            return month_text(start, style)
        first = month_text(start, style, year=start.year != end.year)
        return style.language.join(first, joiner, month_text(end, style), style)
    if start == end:
        return date_text(start, style)
    if style.date_pattern != "AP" and (start.year, start.month) == (end.year, end.month):
        return style.language.join(str(start.day), joiner, date_text(end, style), style)
    return style.language.join(date_text(start, style), joiner, date_text(end, style), style)


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


# --- change wording -------------------------------------------------------------------------------------

def change_words(change: Change, style: HouseStyle, tense: Tense = "past", *, exact: bool = False,
                 headline: bool = False, places: int | None = None, scale: int | None = None
                 ) -> tuple[str, list[Printed]]:
    """The change as a verb phrase, and the numbers it prints as (text, rounded value).

    ``exact`` gives the percentage even where a band word ("almost trebled") would do; ``headline`` drops
    "by" ("rises 47 per cent"); ``places`` fixes the percentage's decimal places (for a sequence); ``scale``
    the places of "1.2 million" (:func:`~drafter.style.numbers.scale_places`).

    >>> from drafter.compute.changes import compute_change
    >>> from drafter.model import SourceRef, Value
    >>> from drafter.style.house import PRESETS
    >>> def c(old, new):
    ...     src = (SourceRef("figures.csv"),)
    ...     return compute_change("A", "m", "count", "a", "b", Value(Decimal(old), src), Value(Decimal(new), src))
    >>> change_words(c(150, 440), PRESETS["en_GB"], "perfect")[0], change_words(c(150, 440), PRESETS["cy_GB"])[0]
    ('has almost trebled', 'wedi bron â threblu')
    >>> change_words(c(1000, 2999), PRESETS["en_GB"], "present", headline=True)[0]
    'rises 200 per cent'
    >>> change_words(c(1000, 5), PRESETS["en_GB"])[0], change_words(c(1000, 2999), PRESETS["en_GB"], exact=True)[0]
    ('fell by more than 99 per cent', 'rose by 200 per cent')
    """
    return style.language.change_words(change, change_band(change, style), style, tense, exact=exact,
                                       headline=headline, places=places, scale=scale)


def change_noun(change: Change, style: HouseStyle, *, places: int | None = None) -> tuple[str, list[Printed]]:
    """The change as a noun phrase: "a rise of 103 per cent", "a fall of 12", "no change"
    (Welsh: "cynnydd o 103%", "gostyngiad o 12", "dim newid")."""
    if change.direction == "same":
        return bare_change_noun(change.direction, style), []
    band = change_band(change, style)
    role = band
    if band == "points":
        text, rounded = points_text(change.difference, style)
    elif band in COUNT_ONLY:
        role, difference = "difference", abs(change.difference)
        text = published_rate_text(difference, style) if change.kind == "rate" else \
            value_text(difference, style, change.unit)
        rounded = difference
    elif band == "virtually_unchanged":
        return style.language.virtually_no_change(), []
    else:
        role = "percent"
        text, rounded = change_percent_text(change, style, places)
    return style.language.change_noun(change.direction, text), [(role, text, rounded)]


def bare_change_noun(direction: str, style: HouseStyle) -> str:
    """"a rise", "a fall", "no change" (Welsh "cynnydd", "gostyngiad", "dim newid"), with no number."""
    return style.language.change_noun(direction, None)


def from_to_words(old_text: str, new_text: str, style: HouseStyle) -> str:
    """"from X to Y" in the style's language ("o X i Y"; X already mutated where it is a word)."""
    return style.language.from_to(old_text, new_text)


# --- disclosure control ---------------------------------------------------------------------------------

def fewer_than_text(threshold: int, style: HouseStyle, *, after_from: bool = False) -> str:
    """A suppressed count: "fewer than five" (Welsh "llai na 5"; ``after_from``: as it reads after "from" or
    "to", Welsh "lai na 5" after "o" and "i").

    >>> from drafter.style.house import PRESETS
    >>> fewer_than_text(5, PRESETS["en_GB"]), fewer_than_text(10, PRESETS["en_GB"])
    ('fewer than five', 'fewer than 10')
    """
    return style.language.fewer_than(count_text(Decimal(threshold), style), style, after_from=after_from)


def suppressed_noun(change: Change, style: HouseStyle, threshold: int, both_hidden: bool) -> str:
    """A change with a suppressed count as a noun: "a rise", "a fall"; both counts suppressed, no direction
    (it would tell which is larger): "fewer than five in both periods"."""
    if both_hidden:
        return style.language.in_both_periods(fewer_than_text(threshold, style))
    return bare_change_noun(change.direction, style)


def beside_suppressed(amount: Decimal, threshold: int, style: HouseStyle, scale: int | None = None) -> str:
    """The count shown beside a suppressed one, as the other of a pair: in figures when it or the threshold is
    10 or more ("from fewer than five to 31"), else in words, as "five" is ("from fewer than five to seven").

    >>> from drafter.style.house import PRESETS
    >>> [beside_suppressed(Decimal(n), 5, PRESETS["en_GB"]) for n in (0, 7, 31)], beside_suppressed(Decimal(7), 10,
    ...  PRESETS["en_GB"])
    (['none', 'seven', '31'], '7')
    """
    return paired_count_text(amount, style, figures=max(amount, Decimal(threshold)) >= 10, scale=scale)


def suppressed_change_words(change: Change, style: HouseStyle, tense: Tense, threshold: int,
                            old_hidden: bool, new_hidden: bool, *, headline: bool = False,
                            scale: int | None = None) -> str:
    """A change where a count is below the disclosure threshold: no percentage, the hidden side as "fewer than
    five", e.g. "rose from fewer than five to 31" and "rose from none to fewer than five" (Welsh "o ddim i lai
    na 5": both sides mutate, after "o" and after "i"). Both hidden: no direction either (it would tell which
    of two suppressed counts is larger). A headline takes the tense other headlines take.

    >>> from drafter.compute.changes import compute_change
    >>> from drafter.model import SourceRef, Value
    >>> from drafter.style.house import PRESETS
    >>> src = (SourceRef("figures.csv"),)
    >>> c = compute_change("A", "m", "count", "a", "b", Value(Decimal(0), src), Value(Decimal(3), src))
    >>> suppressed_change_words(c, PRESETS["cy_GB"], "present", 5, False, True, headline=True)
    'wedi cynyddu o ddim i lai na 5'
    """
    old = fewer_than_text(threshold, style, after_from=True) if old_hidden else beside_suppressed(
        change.old.amount, threshold, style, scale)
    new = fewer_than_text(threshold, style, after_from=True) if new_hidden else beside_suppressed(
        change.new.amount, threshold, style, scale)
    if old_hidden and new_hidden:
        old = fewer_than_text(threshold, style)
    return style.language.suppressed_change(change.direction, tense, old, new,
                                            both_hidden=old_hidden and new_hidden, headline=headline)
