"""A quote's scope: the areas whose releases may print it, as quotes.yaml's ``areas:`` says them.

``North West`` is the area and every area in it (its areas' areas too); ``North West only`` is that area's own
release only; ``all`` is every area. Which of several quotes in scope an area gets is decided in
:mod:`drafter.quotes.choose`: the most specific scope wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.errors import name_list
from drafter.model import Area, Quote

ONLY = "only"  # the word after an area's name that keeps a quote to that area's own release


@dataclass(frozen=True)
class Match:
    """How a quote's scope takes in an area: ``rank`` 0 for ``X only``, 1 for the area itself, 2 for its
    parent, …, and after every parent for ``all`` (lower is more specific); ``why`` in words, for messages."""

    rank: int
    why: str
    named: str = ""  # the area whose name in ``areas`` made the match ("North West"); "" for ``all``


def scope_match(quote: Quote, area: Area, parents: dict[str, str | None]) -> Match | None:
    """The most specific way ``quote``'s scope takes in ``area``; None when its release may not print it."""
    if area.name in quote.only:
        return Match(0, f"for {area.name} {ONLY}", area.name)
    chain = [area.name]
    current = parents.get(area.name)
    while current and current not in chain:
        chain.append(current)
        current = parents.get(current)
    best: Match | None = None
    for name in quote.areas:
        if name == "all":
            found = Match(len(chain) + 1, "for all areas")
        elif name in chain:
            distance = chain.index(name)
            found = Match(distance + 1, f"for {name}" + (f", which {area.name} is in" if distance else ""), name)
        else:
            continue
        if best is None or found.rank < best.rank:
            best = found
    return best


def scope_rank(quote: Quote, area: Area, parents: dict[str, str | None]) -> int | None:
    """How specifically a quote is scoped to an area (lower is more specific); None if out of scope."""
    match = scope_match(quote, area, parents)
    return None if match is None else match.rank


def scope_words(quote: Quote) -> str:
    """The quote's scope as quotes.yaml says it: "North West only, Cheshire", "all"; "no area in areas.csv" when
    every area it named is gone from areas.csv."""
    words = [f"{name} {ONLY}" for name in quote.only] + list(quote.areas)
    return name_list(words) or "no area in areas.csv"
