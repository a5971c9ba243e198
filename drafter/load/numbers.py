"""Parsing a figure from a cell into an exact Decimal, accepting what spreadsheets write."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from drafter.errors import InputError
from drafter.model import MeasureKind, SourceRef

_GROUPED = re.compile(r"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")
_PLAIN = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")
_SPACES = re.compile(r"(?<=[0-9])[ \u00a0\u202f](?=[0-9]{3}(?![0-9]))")
MAX_DIGITS = 15  # what a spreadsheet keeps (Excel stores 15 significant digits); sums of them stay exact


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
    for character in cell:  # "৪" looks like 8 and is the Bengali 4: only 0-9 are read as digits
        if not "0" <= character <= "9" and unicodedata.category(character) == "Nd":
            raise InputError(
                f"contains the digit {character!r} ({unicodedata.name(character, 'a non-ASCII digit')})",
                source=source, field=field, value=cell, expected=expected + ", in the digits 0 to 9")
    compact = _SPACES.sub("", cell)
    if _GROUPED.match(compact):
        compact = compact.replace(",", "")
    if not _PLAIN.match(compact):
        raise InputError("is not a number", source=source, field=field, value=cell, expected=expected)
    if compact.startswith("-"):  # "-0" too: a figure is never negative, and "-0 people" is no figure
        raise InputError("is negative", source=source, field=field, value=cell, expected=expected)
    whole, _, fraction = compact.lstrip("+").partition(".")
    digits = len(whole.lstrip("0")) + len(fraction) if whole.lstrip("0") else len(fraction.lstrip("0"))
    if digits > MAX_DIGITS:
        raise InputError(f"has {digits} significant digits", source=source, field=field, value=cell,
                         expected=f"at most {MAX_DIGITS} significant digits, as a spreadsheet keeps")
    try:
        number = Decimal(compact)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise InputError("is not a number", source=source, field=field, value=cell, expected=expected) from None
    if kind == "count" and number != number.to_integral_value():
        raise InputError("is not a whole number", source=source, field=field, value=cell, expected=expected)
    if kind == "count":
        number = number.quantize(Decimal(1))
    return number
