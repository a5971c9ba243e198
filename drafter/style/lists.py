"""How much of a long list of areas a release names: the house style's ``list_areas`` rule.

A region's release lists its areas, highest figure first. A newsdesk reads the top of such a list and looks up
the rest: so the story names the first ``list_areas`` (ten by default, a "top ten"), says how many others there
are, and the notes to editors give every area in a table. The cut never parts two areas with the same figure (the
list would say one of them is in the top ten and the other not), never leaves out only one or two areas (a line
saying so would take the room they need), and never names an area that has no figure to list it by when the list
is cut (such areas come last, in areas.csv's order, which is no order a reader can use).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

FEWEST_LEFT = 3  # a cut leaves out at least this many areas; a shorter list is printed whole


def shown_count(keys: Sequence[Decimal | None], most: int) -> int:
    """How many of a list's areas the story names, given what orders each (highest first; None for an area
    with nothing to order it by, all at the end) and the house style's ``list_areas`` (0: every area; -1, as
    ``list_areas: none`` sets it: none, every area is in the table).

    >>> ten = [Decimal(n) for n in range(20, 0, -1)]
    >>> shown_count(ten, 10), shown_count(ten[:12], 10), shown_count(ten[:13], 10), shown_count(ten, 0)
    (10, 12, 10, 20)
    >>> shown_count(ten, -1)  # list_areas: none
    0
    >>> shown_count([*ten[:9], Decimal(5), Decimal(5), Decimal(5), *ten[12:]], 10)  # the tie is kept whole
    12
    >>> shown_count([Decimal(9), Decimal(8), *[None] * 20], 10)  # only areas with a figure are named
    2
    """
    total = len(keys)
    if most < 0:
        return 0
    if most <= 0 or total < most + FEWEST_LEFT:
        return total
    shown = most
    while shown < total and keys[shown] is not None and keys[shown] == keys[shown - 1]:
        shown += 1
    shown = min(shown, sum(1 for key in keys if key is not None))
    return shown if total - shown >= FEWEST_LEFT else total
