"""Parsing a figure from a cell into an exact Decimal, accepting what spreadsheets write."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from drafter.errors import InputError
from drafter.model import MeasureKind, SourceRef

_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")


def parse_figure(text: str, kind: MeasureKind, source: SourceRef, field: str = "value") -> Decimal:
    """A count or rate from a cell: ``"1,747"``, ``" 1747 "`` and ``"1 747"`` are all 1747.

    >>> parse_figure("1,747", "count", SourceRef("figures.csv", row=2))
    Decimal('1747')
    >>> parse_figure("12.5", "rate", SourceRef("figures.csv", row=2))
    Decimal('12.5')
    """
    cell = text.strip()
    expected = "a whole number of 0 or more, such as 1,747" if kind == "count" else "a number such as 12.5"
    if not cell:
        raise InputError("is empty", source=source, field=field, expected=expected)
    if cell.startswith("=") and len(cell) > 1:
        raise InputError("is a formula, not a value", source=source, field=field, value=cell,
                         expected=expected + "; paste values only")
    compact = _SPACES.sub("", cell)
    if _GROUPED.match(compact):
        compact = compact.replace(",", "")
    if not _PLAIN.match(compact):
        raise InputError("is not a number", source=source, field=field, value=cell, expected=expected)
    try:
        number = Decimal(compact)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise InputError("is not a number", source=source, field=field, value=cell, expected=expected) from None
    if number < 0:
        raise InputError("is negative", source=source, field=field, value=cell, expected=expected)
    if kind == "count" and number != number.to_integral_value():
        raise InputError("is not a whole number", source=source, field=field, value=cell, expected=expected)
    if kind == "count":
        number = number.quantize(Decimal(1))
    return number
