"""What a cell of a table is, to tell rows apart: a word or a year ("2022-23", "Female", 2023), or a figure
("1,747", "£1,200", "2,391 [r]"), as :mod:`drafter.load.row_filter` needs when an area's row comes twice."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from drafter.load.area_codes import GSS_CODE
from drafter.load.numbers import currency_sign, is_marker, split_marks

_YEAR = re.compile(r"(19|20)[0-9]{2}")  # a year a workbook holds as a number: 2023


def is_word(cell: str) -> bool:
    """Whether a cell is a word ("2022-23", "Primary fires", "Female") or a year (2023), which tells two rows of one
    table apart; not a figure, a marker or an area's code, which differ between two tables one above the other.

    >>> [is_word(cell) for cell in ("2022-23", "Female", "2023", "1,747", "11.5", "[x]", "E06000047", "")]
    [True, True, True, False, False, False, False, False]
    """
    return bool(cell) and not is_marker(cell) and (not is_figure(cell) or bool(_YEAR.fullmatch(cell))) \
        and not GSS_CODE.fullmatch(cell)


def is_figure(cell: str) -> bool:
    """Whether a cell is a figure ("1,747", "11.5"), which tells two tables apart, not two rows of one: also as a
    spreadsheet shows a percentage or an amount of money, or with the publisher's mark beside it.

    >>> [is_figure(cell) for cell in ("1,747", "-4.8%", "£1,200", "2,391 [r]", "12 000 €", "2022-23", "Female")]
    [True, True, True, True, True, False, False]
    """
    figure = split_marks(cell)[0].strip().removesuffix("%")
    sign = currency_sign(figure)
    try:
        return Decimal(figure.replace(sign, "").replace(",", "").replace(" ", "") if sign else
                       figure.replace(",", "")).is_finite()
    except InvalidOperation:
        return False
