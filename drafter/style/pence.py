"""Pence in an amount of money: kept below the house style's ``pence_below`` ("£12.50"), dropped at or above it
as a newsdesk writes a sum ("£412,301"). Rounding half up keeps two amounts in order; two that differ by pence
at or above it differ by less than 0.05 per cent, which the house style words as virtually no change."""

from __future__ import annotations

from decimal import Decimal

from drafter.style.base import HouseStyle


def money_places(value: Decimal, style: HouseStyle) -> int:
    """An amount's decimal places: 2 for pence below ``pence_below``, else none.

    >>> from drafter.style.house import PRESETS
    >>> [money_places(Decimal(v), PRESETS["en_GB"]) for v in ("412300.50", "999.50", "12")]
    [0, 2, 0]
    """
    return 0 if value == value.to_integral_value() or abs(value) >= style.pence_below else 2
