"""A publisher's total row that names the area it is the total of ("Calderdale total", "Total for Calderdale",
"Total: Calderdale", "Calderdale (total)"), as a council's table of its wards ends: that area's own row, so that its
figures are used as given (and held against its areas' sum), not left out with the rows that name no area."""

from __future__ import annotations

import re
from collections.abc import Callable

from drafter.errors import InputError

_TOTAL = re.compile(r"(?:grand\s+)?total\b(?:\s+for)?\s*[:,\-\u2013]?\s*(?P<after>.+)|"
                    r"(?P<before>.+?)\s*[:,\-\u2013]?\s*(?:\(\s*(?:grand\s+)?total\s*\)|\b(?:grand\s+)?total)",
                    re.IGNORECASE)


def total_of(written: str, find: Callable[[str], str | None]) -> str | None:
    """The area a total row's cell names (``find`` reads a name as areas.csv's), or None where it is no total or
    names no area (a name two areas answer to names neither here).

    >>> find = {"Calderdale": "Calderdale", "North West": "North West"}.get
    >>> [total_of(cell, find) for cell in ("Calderdale total", "Total for Calderdale", "TOTAL: North West",
    ...                                    "Calderdale (Total)", "Total", "Grand total", "Totally Calderdale")]
    ['Calderdale', 'Calderdale', 'North West', 'Calderdale', None, None, None]
    """
    total = _TOTAL.fullmatch(written.strip())
    if total is None:
        return None
    try:
        return find((total["after"] or total["before"]).strip())
    except InputError:
        return None
