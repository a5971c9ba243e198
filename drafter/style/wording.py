"""House style in words: sentences, dates, periods, embargo lines and change wording.

"How is 193 % worded?" is answered here: :func:`~drafter.style.bands.change_band` says which row of the
house-style change table a change falls in (by its ratio and the preset's rules), and the style's language
(:mod:`drafter.style.lang`) says that row in its words. Numbers themselves come from :mod:`drafter.style.numbers`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from drafter.model import Change
from drafter.style.bands import (
    BY_DIFFERENCE,
    band_reason,
    change_band,
    difference_words,
    has_percent,
    on_small_base,
    ratio_band,
    small_base_why,
    with_unit,
)
from drafter.style.base import COUNT_ONLY, TENSES, HouseStyle, Printed, Tense, is_percentage
from drafter.style.dates import (
    AP_MONTHS,
    between_text,
    date_text,
    embargo_text,
    month_text,
    period_text,
    weekday_date_text,
    year_text,
)
from drafter.style.numbers import (
    FULL,
    approx_count_text,
    count_text,
    from_to_text,
    is_money,
    large_value,
    money_text,
    ordinal_text,
    paired_count_text,
    published_rate_text,
    scale_places,
    value_text,
)
from drafter.style.percents import (
    approx_percent_text,
    change_percent_text,
    part_percent_text,
    percent_places,
    percent_text,
    points_text,
    sequence_places,
)
from drafter.style.shown import shown_value

__all__ = [  # the numbers' functions, the bands and the dates, for the templates' helpers, which word and print them
    "FULL",
    "TENSES",
    "Printed",
    "approx_count_text",
    "approx_percent_text",
    "band_reason",
    "between_text",
    "change_band",
    "change_percent_text",
    "count_text",
    "date_text",
    "difference_words",
    "embargo_text",
    "from_to_text",
    "has_percent",
    "is_money",
    "large_value",
    "money_text",
    "month_text",
    "on_small_base",
    "ordinal_text",
    "paired_count_text",
    "part_percent_text",
    "percent_places",
    "percent_text",
    "period_text",
    "points_text",
    "published_rate_text",
    "ratio_band",
    "scale_places",
    "sequence_places",
    "shown_value",
    "small_base_why",
    "value_text",
    "weekday_date_text",
    "year_text",
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
    >>> figure_starting_sentence("Registered charity No. 1013025, approx. 30 staff.", PRESETS["en_GB"]) is None
    True
    """
    for abbreviation in (*AP_MONTHS.values(), "a.m.", "p.m."):  # "on Oct. 1, 2024": no sentence ends at "Oct."
        text = text.replace(abbreviation, abbreviation.rstrip("."))
    for match in _SENTENCE_START.finditer(text):
        figure = match.group(1).rstrip(".,")
        if text[match.start()] == "." and text[:match.start() + 1].rpartition(" ")[2].lstrip("(“\"'").casefold() in \
                style.language.number_abbreviations:
            continue  # "registered charity no. 1013025", "approx. 30", Welsh "rhif. 1013025": no sentence ends there
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


# --- change wording -------------------------------------------------------------------------------------

def change_words(change: Change, style: HouseStyle, tense: Tense = "past", *, exact: bool = False,
                 headline: bool = False, places: int | None = None, scale: int | None = None, one: str = ""
                 ) -> tuple[str, list[Printed]]:
    """The change as a verb phrase, and the numbers it prints as (text, rounded value).

    ``exact`` gives the percentage even where a band word ("almost trebled") would do; ``headline`` drops
    "by" ("rises 47 per cent"); ``places`` fixes the percentage's decimal places (for a sequence); ``scale``
    the places of "1.2 million" (:func:`~drafter.style.numbers.scale_places`); ``one`` a rate's unit after a
    whole 1 (``unit_one``), for "rose from 0 days to 1 day".

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
                                       headline=headline, places=places, scale=scale, one=one)


def change_noun(change: Change, style: HouseStyle, *, places: int | None = None, one: str = "", figures: bool = False
                ) -> tuple[str, list[Printed]]:
    """The change as a noun phrase: "a rise of 103 per cent", "a fall of 12", "no change"
    (Welsh: "cynnydd o 103%", "gostyngiad o 12", "dim newid"; each figure recorded as printed there, "o fwy na
    99%"); a rate's difference with its unit, "a fall of 0.1 weeks" (Welsh "gostyngiad o 0.1 o wythnosau"), and
    ``one`` (its ``unit_one``) after a whole 1: "a rise of 1 day"; a change in percentage points or in a rate's own
    unit by :func:`~drafter.style.bands.difference_words`: "a fall of 2.2 weeks". ``figures``: a count's difference
    in figures however small, as a table's column of figures gives it ("a rise of 2" beside "3" and "5")."""
    band = change_band(change, style)
    if change.direction == "same":  # "no change"; two figures printed alike but given apart, "virtually no change"
        return (style.language.virtually_no_change() if band == "virtually_unchanged" else
                bare_change_noun(change.direction, style)), []
    role = band
    if band in BY_DIFFERENCE:
        text, (what, said, value) = difference_words(change, style, one)
        return style.language.change_noun(change.direction, text), [(what, style.language.noun_amount(said), value)]
    if band in COUNT_ONLY:
        role, difference = "difference", abs(change.difference)
        text = published_rate_text(difference, style) if change.kind == "rate" else \
            value_text(difference, style, change.unit, figures=figures)
        rounded = difference
        if change.kind == "rate" and change.unit and not is_percentage(change.unit):  # never "a fall of 0.1"
            return style.language.change_noun(change.direction, with_unit(text, difference, change.unit, style, one)), \
                [(role, style.language.noun_amount(text), rounded)]
    elif band == "virtually_unchanged":
        return style.language.virtually_no_change(), []
    else:
        role = "percent"
        text, rounded = change_percent_text(change, style, places)
    return style.language.change_noun(change.direction, text), [(role, style.language.noun_amount(text), rounded)]


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
