"""Disclosure control, as arithmetic: which counts are suppressed, and whether a release's exact figures let
one be worked out by subtraction. No locale and no wording here ("fewer than five" is
:func:`drafter.wording.fewer_than_text`).

A count from 1 up to (not including) the threshold is suppressed; zero is not (NHS Digital's practice: a true
zero identifies nobody). A parent's count is the sum of its areas', so printing the parent and every area in it
but one suppressed area gives that area away; :func:`recoverable` finds such a set in one release so that the
release can be refused, naming the area.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

Cell = tuple[str, str, str]  # (area, measure, period)


def is_suppressed(amount: Decimal, threshold: int | None, kind: str = "count") -> bool:
    """Whether a count is below the disclosure threshold (never a rate, never zero; off without a threshold).

    >>> is_suppressed(Decimal(3), 5), is_suppressed(Decimal(0), 5), is_suppressed(Decimal(5), 5)
    (True, False, False)
    >>> is_suppressed(Decimal(3), None), is_suppressed(Decimal(3), 5, "rate")
    (False, False)
    """
    return threshold is not None and kind == "count" and 0 < amount < threshold


@dataclass(frozen=True)
class Leak:
    """A suppressed count that one release's exact figures give away: parent minus its other areas."""

    area: str
    parent: str
    measure: str
    period: str
    others: tuple[str, ...]


def recoverable(exact: set[Cell], suppressed: set[Cell], children: Mapping[str, Iterable[str]],
                measures: Iterable[str], periods: Iterable[str]) -> Leak | None:
    """The first suppressed count that ``exact`` (the cells a release prints exactly) reveals, or None.

    A parent printed exactly with exactly one of its areas suppressed and all the others printed exactly gives
    that area's count as the difference. Two or more suppressed areas only give their sum, which is itself
    below twice the threshold and names no area.

    >>> kids = {"NW": ["A", "B", "C"]}
    >>> exact = {("NW", "m", "p"), ("A", "m", "p"), ("B", "m", "p")}
    >>> recoverable(exact, {("C", "m", "p")}, kids, ["m"], ["p"])
    Leak(area='C', parent='NW', measure='m', period='p', others=('A', 'B'))
    >>> recoverable(exact - {("B", "m", "p")}, {("C", "m", "p")}, kids, ["m"], ["p"]) is None
    True
    """
    measures, periods = list(measures), list(periods)
    for parent in sorted(children):
        kids = list(children[parent])
        if not kids:
            continue
        for measure in measures:
            for period in periods:
                if (parent, measure, period) not in exact:
                    continue
                hidden = [k for k in kids if (k, measure, period) in suppressed]
                if len(hidden) != 1:
                    continue
                others = tuple(k for k in kids if k != hidden[0])
                if all((k, measure, period) in exact for k in others):
                    return Leak(hidden[0], parent, measure, period, others)
    return None
