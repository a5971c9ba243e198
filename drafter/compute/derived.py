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

from drafter.compute.changes import round_half_up

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


@dataclass(frozen=True)
class Bounds:
    """What a value nobody may see lies between: a count disclosure control suppresses (from 1 to the threshold
    less one), a count published as "<5", or what follows from one (its rate, its change). Both ends included;
    None: no bound that way (a figure marked not available could be anything)."""

    low: Decimal | None
    high: Decimal | None

    def below(self, value: Decimal) -> bool:
        """Whether every value within the bounds is below ``value``."""
        return self.high is not None and self.high < value

    def above(self, value: Decimal) -> bool:
        """Whether every value within the bounds is above ``value``."""
        return self.low is not None and self.low > value


def bounded_rank(values: Mapping[str, Decimal], hidden: Mapping[str, Bounds], name: str, *, lowest: bool = False
                 ) -> Rank | None:
    """The rank of ``values[name]`` among ``values`` and the values ``hidden`` bounds, as :func:`rank` gives it
    wherever each hidden value lies within its bounds; None when where one lies could change it (the rank would
    then be untrue for some of its values, and would narrow down the one nobody may see).

    >>> hidden = {"Powys": Bounds(Decimal("0.8"), Decimal("3.0"))}  # 1 to 4 points among 133,000 people
    >>> bounded_rank({"Cardiff": Decimal("52.2"), "Ynys Môn": Decimal(0)}, hidden, "Ynys Môn")
    Rank(position=3, tied=False, among=3)
    >>> bounded_rank({"Cardiff": Decimal("52.2"), "Ynys Môn": Decimal(0)}, hidden, "Ynys Môn", lowest=True)
    Rank(position=1, tied=False, among=3)
    >>> bounded_rank({"Cardiff": Decimal("2.5")}, hidden, "Cardiff") is None  # Powys may be above or below
    True
    """
    mine = values[name]
    if any(not (b.below(mine) or b.above(mine)) for b in hidden.values()):
        return None
    known = rank(values, name, lowest=lowest)
    ahead = sum(1 for b in hidden.values() if (b.below(mine) if lowest else b.above(mine)))
    return Rank(known.position + ahead, known.tied, known.among + len(hidden))


def per_head_bounds(counts: Bounds, population: Decimal, per: int, places: int) -> Bounds:
    """The bounds of a hidden count's rate per ``per`` people, rounded half-up to ``places`` as a rank by rate
    compares rates (a rate rises with its count, and so does its rounding).

    >>> per_head_bounds(Bounds(Decimal(1), Decimal(4)), Decimal(133_000), 100_000, 1)
    Bounds(low=Decimal('0.8'), high=Decimal('3.0'))
    """
    def rate(count: Decimal | None) -> Decimal | None:
        exact = None if count is None else per_head(count, population, per)
        return None if exact is None else round_half_up(exact, places)

    return Bounds(rate(counts.low), rate(counts.high))
