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
_EXCEL_ERROR = re.compile(r"^#(N/A|DIV/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!)$",
                          re.IGNORECASE)
MAX_DIGITS = 15  # what a spreadsheet keeps (Excel stores 15 significant digits); sums of them stay exact


def parse_figure(text: str, kind: MeasureKind, source: SourceRef, field: str = "value") -> Decimal:
    """A count or rate from a cell: ``"1,747"``, ``" 1747 "`` and ``"1 747"`` are all 1747. A rate may be
    written as a percentage, as Excel shows one: ``"12.5%"`` is 12.5.

    >>> parse_figure("1,747", "count", SourceRef("figures.csv", row=2))
    Decimal('1747')
    >>> parse_figure("12.5%", "rate", SourceRef("figures.csv", row=2))
    Decimal('12.5')
    """
    cell = shown = text.strip()
    expected = "a whole number of 0 or more, such as 1,747" if kind == "count" else "a number such as 12.5"
    if not cell:
        raise InputError("is empty", source=source, field=field,
                         expected=expected + ", or a marker such as [x] where the figure is not available")
    if cell.startswith("=") and len(cell) > 1:
        raise InputError("is a formula, not a value", source=source, field=field, value=shown,
                         expected=expected + "; paste values only")
    if _EXCEL_ERROR.match(cell):
        raise InputError(f"is Excel's error {cell.upper()}: the formula that gives this figure failed",
                         source=source, field=field, expected="a number: correct the formula in the spreadsheet, "
                         "or write [x] where the figure is not available")
    if cell.endswith("%"):
        if kind == "count":
            raise InputError("is a percentage", source=source, field=field, value=shown,
                             expected=expected + " (a percentage is a measure with kind: rate in campaign.yaml)")
        cell = cell[:-1].rstrip()
    for character in cell:  # "৪" looks like 8 and is the Bengali 4: only 0-9 are read as digits
        if not "0" <= character <= "9" and unicodedata.category(character) == "Nd":
            raise InputError(
                f"contains the digit {character!r} ({unicodedata.name(character, 'a non-ASCII digit')})",
                source=source, field=field, value=shown, expected=expected + ", in the digits 0 to 9")
    compact = _SPACES.sub("", cell)
    if _GROUPED.match(compact):
        compact = compact.replace(",", "")
    if not _PLAIN.match(compact):
        raise InputError("is not a number", source=source, field=field, value=shown,
                         expected=expected + ", or a marker such as [x] where the figure is not available")
    if compact.startswith("-"):  # "-0" too: a figure is never negative, and "-0 people" is no figure
        raise InputError("is negative", source=source, field=field, value=shown, expected=expected)
    whole, _, fraction = compact.lstrip("+").partition(".")
    digits = len(whole.lstrip("0")) + len(fraction) if whole.lstrip("0") else len(fraction.lstrip("0"))
    if digits > MAX_DIGITS:
        raise InputError(f"has {digits} significant digits", source=source, field=field, value=shown,
                         expected=f"at most {MAX_DIGITS} significant digits, as a spreadsheet keeps")
    try:
        number = Decimal(compact)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise InputError("is not a number", source=source, field=field, value=shown, expected=expected) from None
    if kind == "count" and number != number.to_integral_value():
        raise InputError("is not a whole number", source=source, field=field, value=shown, expected=expected)
    if kind == "count":
        number = number.quantize(Decimal(1))
    return number
