"""Figures worked out from others, in exact Decimal arithmetic: a rate per N people, a share of a total, and
where a value ranks among others. No rounding here (a rate is rounded half-up once, where it is printed) and no
wording.

>>> per_head(Decimal(440), Decimal(354_800), 100_000)
Decimal('124.0135287485907553551296505')
>>> share(Decimal(440), Decimal(3549))
Decimal('12.39785855170470555085939701')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

HUNDRED = Decimal(100)


def per_head(value: Decimal, population: Decimal, per: int) -> Decimal | None:
    """``value`` per ``per`` people of ``population``: 440 among 354,800 is 124.01… per 100,000. None when the
    population is zero (no rate can be given)."""
    if population == 0:
        return None
    return value / population * per


def share(value: Decimal, total: Decimal) -> Decimal | None:
    """``value`` as a percentage of ``total`` (an area's share of its parent's count); None for a zero total.

    >>> share(Decimal(1), Decimal(4))
    Decimal('25.00')
    """
    if total == 0:
        return None
    return value / total * HUNDRED


@dataclass(frozen=True)
class Rank:
    """Where one value stands among others: 1 is the highest (or, ranked ``lowest`` first, the lowest)."""

    position: int
    tied: bool  # another value is the same, so the position is shared ("joint third")
    among: int  # how many values were ranked


def rank(values: Mapping[str, Decimal], name: str, *, lowest: bool = False) -> Rank:
    """The rank of ``values[name]`` among ``values``, highest first (``lowest``: lowest first); ties share the
    higher place.

    >>> rank({"A": Decimal(5), "B": Decimal(9), "C": Decimal(5)}, "A")
    Rank(position=2, tied=True, among=3)
    >>> rank({"A": Decimal(5), "B": Decimal(9), "C": Decimal(5)}, "A", lowest=True)
    Rank(position=1, tied=True, among=3)
    """
    mine = values[name]
    ahead = sum(1 for v in values.values() if (v < mine if lowest else v > mine))
    tied = sum(1 for v in values.values() if v == mine) > 1
    return Rank(1 + ahead, tied, len(values))
