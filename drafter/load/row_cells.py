"""A cell of a file with a row per area and year as ``rows:`` compares it (:mod:`drafter.load.row_filter`): its case,
spacing and the publisher's marks after it aside, a year a workbook holds as a number as that number; whether it is
a word that tells two rows apart, or a figure; and the values a column holds, the nearest to a value first."""

from __future__ import annotations

import difflib
import functools
import re
from decimal import Decimal, InvalidOperation

from drafter.load.area_names import GSS_CODE, name_forms
from drafter.load.columns import note_free, note_marks
from drafter.load.dates import period_span
from drafter.load.numbers import currency_sign, is_marker, split_marks
from drafter.style.marks import MARK_MEANINGS

KEPT = 5000  # distinct values kept of each column, for the error that lists them (a year column has a few)
_YEAR = re.compile(r"(19|20)[0-9]{2}")  # a year a workbook holds as a number: 2023
SHOWN = 8  # values an error lists, the nearest first


@functools.lru_cache(maxsize=4096)  # a column of years or measures holds a few values, on every row
def tidy(text: str) -> str:
    r"""A cell or a value of ``rows:`` as they are compared: as an area's name is (its case, spacing, accents typed
    apart, curly apostrophes and note marks do not count), and a number as its value.

    >>> tidy(" 2023-24 [note 1]"), tidy("Primary\u00a0 FIRES"), tidy("2023.0"), tidy("2023") == tidy("2023.00")
    ('2023-24', 'primary fires', '2023', True)
    """
    typed = name_forms(text)[0]
    try:
        number = Decimal(typed)
    except InvalidOperation:
        return typed
    return format(number.normalize(), "f") if number.is_finite() else typed


@functools.lru_cache(maxsize=4096)
def unmarked(cell: str) -> tuple[str, tuple[str, ...]]:
    """A cell without the publisher's marks after it, and the marks: a note, a GSS symbol in square or round brackets
    or straight after a figure, a footnote symbol. A bracketed word that is no mark ("[x]", "[all ages]") stays.

    >>> unmarked("2023-24 [p]"), unmarked("2023-24 (r)"), unmarked("2023-24 [note 2]"), unmarked("2023-24\u00b3")
    (('2023-24', ('[p]',)), ('2023-24', ('[r]',)), ('2023-24', ('[note 2]',)), ('2023-24', ('\u00b3',)))
    >>> unmarked("2023-24p"), unmarked("2023-24 [x]"), unmarked("Fires [all ages]"), unmarked("2022-23 to 2023-24")
    (('2023-24', ('p',)), ('2023-24 [x]', ()), ('Fires [all ages]', ()), ('2022-23 to 2023-24', ()))
    """
    plain, marks = note_free(cell), note_marks(cell)
    figure, more = split_marks(plain)
    if more and all(mark.strip("[]").lower() in MARK_MEANINGS for mark in more):
        plain, marks = figure, (*marks, *more)
    return plain, marks


def matches(cell: str, value: str) -> bool:
    """Whether a cell matches a value of ``rows:``: the two the same, as :func:`tidy` compares them, or the cell the
    value with the publisher's marks after it (where the value carries none of its own)."""
    return tidy(cell) == tidy(value) or (not unmarked(value)[1] and tidy(unmarked(cell)[0]) == tidy(value))


def is_word(cell: str) -> bool:
    """Whether a cell is a word ("2022-23", "Primary fires", "Female") or a year (2023), which tells two rows of one
    table apart; not a figure, a marker or an area's code, which differ between two tables one above the other.

    >>> [is_word(cell) for cell in ("2022-23", "Female", "2023", "1,747", "11.5", "[x]", "E06000047", "")]
    [True, True, True, False, False, False, False, False]
    """
    return bool(cell) and not is_marker(cell) and (not _number(cell) or bool(_YEAR.fullmatch(cell))) \
        and not GSS_CODE.fullmatch(cell)


def _number(cell: str) -> bool:
    """Whether a cell is a figure ("1,747", "11.5"), which tells two tables apart, not two rows of one: also as a
    spreadsheet shows a percentage or an amount of money, or with the publisher's mark beside it.

    >>> [_number(cell) for cell in ("1,747", "-4.8%", "£1,200", "2,391 [r]", "12 000 €", "2022-23", "Female")]
    [True, True, True, True, True, False, False]
    """
    figure = split_marks(cell)[0].strip().removesuffix("%")
    sign = currency_sign(figure)
    try:
        return Decimal(figure.replace(sign, "").replace(",", "").replace(" ", "") if sign else
                       figure.replace(",", "")).is_finite()
    except InvalidOperation:
        return False


def note(values: dict[str, str], cell: str) -> None:
    if len(values) < KEPT:
        values.setdefault(tidy(cell), cell)


def nearest(value: str, held: dict[str, str]) -> str:
    """The values a column holds, the nearest to ``value`` first: "'2022/23', '2023/24', … and 4 more". Where
    ``value`` and cells name periods ("2022-23", "Apr 2022 to Mar 2023"), the nearest are those nearest in time,
    however they are spelt; the rest follow, the most alike in spelling first."""
    shown = [cell for cell in held.values() if cell]
    if not shown:
        return "none: its cells are empty"
    wanted = period_span(value)

    def distance(cell: str) -> tuple[int, float]:
        span = period_span(cell) if wanted else None
        if wanted and span:
            return 0, abs((span[0] - wanted[0]).days) + abs((span[1] - wanted[1]).days)
        return 1, -difflib.SequenceMatcher(None, tidy(value), tidy(cell)).ratio()

    near = sorted(shown, key=distance)
    more = f" and {len(near) - SHOWN} more" if len(near) > SHOWN else ""
    return ", ".join(repr(cell) for cell in near[:SHOWN]) + more
