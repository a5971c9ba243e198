"""A month or a day in ``rows:`` written as a press officer sees it in Excel, matched to the cells of a column of
dates however the file holds them: ``Month: Mar-23``, ``Mar 2023``, ``March 2023`` or ``2023-03`` is March 2023, and
matches a cell a workbook holds as the date 1 March 2023 (shown "Mar-23"), or a CSV file's "Mar-23", "March 2023"
or "01/03/2023"; ``Month: 01/03/2023`` is read day first, as in the UK: 1 March 2023, never 3 January.

What could make such a match wrong is refused (:func:`refuse_misread`): a date where the column writes dates month
first, as American software does ("03/13/2023"), unless written as the file writes it; a month named where the
column holds days (it would take the first of the month's rows alone); and a date with slashes that is no day read
day first ("03/13/2023").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from drafter.errors import InputError
from drafter.load.dates import NotADate, month_number, parse_date
from drafter.model import SourceRef

_ISO_DAY = re.compile(r"((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})(?:[T ]00:00(?::00)?)?")
_ISO_MONTH = re.compile(r"((?:19|20)[0-9]{2})-([0-9]{2})")
_NAMED_MONTH = re.compile(r"([a-z]{3,9})\.?[\s\-/]*((?:19|20)?[0-9]{2})")  # "Mar-23", "March 2023", "mar 23"
_SLASHED = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]((?:19|20)?[0-9]{2})")  # "01/03/2023", "1.3.23"

When = tuple[str, dt.date]  # "month" (its first day) or "day"


@functools.lru_cache(maxsize=4096)
def when(text: str) -> When | None:
    """The month or day a cell or a value of ``rows:`` names, or None; a date with slashes read day first.

    >>> [when(t) for t in ("Mar-23", "March 2023", "2023-03", "2023-03-01", "01/03/2023", "Primary fires")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('month', datetime.date(2023, 3, 1)), ('month', datetime.date(2023, 3, 1)), ('month', datetime.date(2023, 3, 1)),
     ('day', datetime.date(2023, 3, 1)), ('day', datetime.date(2023, 3, 1)), None]
    """
    cell = " ".join(text.split()).lower()
    try:
        if found := _ISO_DAY.fullmatch(cell):
            return "day", dt.date(int(found[1]), int(found[2]), int(found[3]))
        if found := _ISO_MONTH.fullmatch(cell):
            return "month", dt.date(int(found[1]), int(found[2]), 1)
        if (found := _NAMED_MONTH.fullmatch(cell)) and (month := month_number(found[1])):
            return "month", dt.date(_year(found[2]), month, 1)
        if found := _SLASHED.fullmatch(cell):
            return "day", dt.date(_year(found[3]), int(found[2]), int(found[1]))
    except ValueError:  # no such day or month: "31/02/2023", "03/13/2023" read day first
        return None
    if not any(c.isdigit() for c in cell) or not re.search("[a-z]", cell):
        return None
    try:
        return "day", parse_date(text)  # "1 March 2023", "1st Mar 2023"
    except NotADate:
        return None


def _year(digits: str) -> int:
    """A year of four digits, or of two as Excel reads them: 00 to 29 this century, 30 to 99 the last ("Mar-23")."""
    return int(digits) if len(digits) == 4 else int(digits) + (2000 if int(digits) < 30 else 1900)


@functools.lru_cache(maxsize=4096)
def same_date(cell: str, value: str) -> bool:
    """Whether a cell names the month or day a value of ``rows:`` does: a month matches a cell holding the month, or
    its first day, as a workbook holds a month ("Mar-23" is the date 1 March 2023).

    >>> same_date("2023-03-01", "Mar-23"), same_date("Mar 2023", "01/03/2023"), same_date("2023-01-03", "01/03/2023")
    (True, True, False)
    >>> same_date("2023-03-15", "March 2023"), same_date("2023-03-01", "2023-03-01"), same_date("3/13/23", "03/13/2023")
    (False, True, True)
    """
    if (parts := _parts(cell)) is not None and parts == _parts(value):  # "3/13/23", "03/13/2023": one, either way
        return True
    wanted, held = when(value), when(cell)
    if wanted is None or held is None:
        return False
    if wanted[0] == held[0]:
        return wanted[1] == held[1]
    day = wanted[1] if wanted[0] == "day" else held[1]
    return day.day == 1 and wanted[1].replace(day=1) == held[1].replace(day=1)


def refuse_misread(values: Iterable[str], cells: Iterable[str], column: str, ref: SourceRef, key: str,
                   taken: bool) -> None:
    """Refuse a value of ``rows:`` (``values``, of one column) that a column's ``cells`` show could be read wrong as
    a date: a date where the column writes dates month first (unless it is one of the file's own, slashes and all);
    a month where the column holds days; and, where no row was ``taken``, a date with slashes that is no day read
    day first."""
    values, cells = list(values), list(cells)
    slashed = [v for v in values if _SLASHED.fullmatch(v.strip())]
    american = next((c for c in cells if (s := _SLASHED.fullmatch(c.strip())) and int(s[2]) > 12), None)
    held = {_parts(c) for c in cells} - {None}  # a date with slashes the file writes: the same however read
    dated = [v for v in values if (when(v) or v in slashed) and (v not in slashed or _parts(v) not in held)]
    if american and dated:
        raise InputError(f"names a date, where the column {column!r} writes dates month first, as American software "
                         f"does ({american!r})", source=ref, field=key, value=dated[0],
                         expected="the date as the file writes it, month first: " + _month_first(dated[0]))
    months = [v for v in values if (w := when(v)) and w[0] == "month"]
    days = next((c for c in cells if (w := when(c)) and w[0] == "day" and w[1].day != 1), None)
    if months and days:
        raise InputError(f"names a month, where the column {column!r} holds days, such as {days!r}", source=ref,
                         field=key, value=months[0], expected="a day, written year first (2023-03-15); for a month, "
                         "the list of its days, whose rows are added up")
    wrong = next((v for v in slashed if when(v) is None), None)
    if wrong and not taken:
        day = _SLASHED.fullmatch(wrong.strip())
        assert day is not None
        raise InputError("is no date when read day first, as in the UK", source=ref, field=key, value=wrong,
                         expected="the date written year first: " + _both(day))


def _parts(text: str) -> tuple[int, int, int] | None:
    """A date with slashes as its three numbers, the year in full: "1/3/23" and "01/03/2023" are one date, whichever
    way round the file writes them."""
    found = _SLASHED.fullmatch(text.strip())
    return (int(found[1]), int(found[2]), _year(found[3])) if found else None


def _month_first(value: str) -> str:
    """A date, or each date a date with slashes may be, written month first as American software writes it.

    >>> _month_first("2023-03-01"), _month_first("March 2023")
    ("'03/01/2023' for 1 March 2023", "'03/01/2023' for 1 March 2023")
    >>> _month_first("01/03/2023")
    "'03/01/2023' for 1 March 2023, or '01/03/2023' for 3 January 2023"
    """
    found = _SLASHED.fullmatch(value.strip())
    dates = []
    for day, month in ((found[1], found[2]), (found[2], found[1])) if found else ():
        try:
            dates.append(dt.date(_year(found[3]), int(month), int(day)))  # type: ignore[index]
        except ValueError:
            continue
    read = when(value)
    dates = dates or ([read[1]] if read else [])
    return ", or ".join(dict.fromkeys(f"'{d.month:02}/{d.day:02}/{d.year}' for {d.day} {d.strftime('%B')} {d.year}"
                                      for d in dates))


def _both(day: re.Match[str]) -> str:
    """A date with slashes written year first, read each way it can be read: "2023-03-01 for 1 March 2023, or
    2023-01-03 for 3 January 2023"."""
    year, first, second = _year(day[3]), int(day[1]), int(day[2])
    read = []
    for month, date in ((second, first), (first, second)):
        try:
            read.append(dt.date(year, month, date))
        except ValueError:
            continue
    return ", or ".join(dict.fromkeys(f"{d.isoformat()} for {d.day} {d.strftime('%B')} {d.year}" for d in read))
