"""Rates in new text, for the check: "52.2 per 100,000 people", Welsh "52.2 fesul 100,000 o bobl".

The base of a rate ("per 1,000 people", "per 10,000 households", "fesul 1,000 o bobl": the word the house style
writes between a rate and its base, then a round number) says what the rate is counted against; it is not a
figure of the data. The rate before it is: it is held against the rates the campaign's figures give
(``population:`` and ``per:`` in campaign.yaml) per that base, and one per a base the campaign has no rates for
cannot be checked against the data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from drafter.compute.changes import round_half_up
from drafter.compute.derived import per_head
from drafter.reports.check_facts import Known, Universe, words_of
from drafter.reports.check_words import Item, Token
from drafter.style import wording

PLACES = 1  # a rate per head is printed to one decimal place (render/derived.py's default)


def rate_words(universe: Universe) -> frozenset[str]:
    """The words between a rate and its base in the release's language ("per", Welsh "fesul")."""
    between = re.sub(r"\{[^}]*\}", " ", universe.style.furniture.per_head)
    return frozenset(words_of(between))


def is_base(value: Decimal | None) -> bool:
    """A round number a rate may be per: 10, 100, 1,000, … ("per 1.5 people" is no base)."""
    if value is None or value < 10 or value != value.to_integral_value():
        return False
    digits = str(int(value))
    return digits.startswith("1") and set(digits[1:]) == {"0"}


def base_of(after: int, toks: Sequence[Token], found: Mapping[int, Item], words: frozenset[str]) -> Item | None:
    """The base of a rate whose figure and its own words end before token ``after`` ("45.1 per 100,000 people",
    "45.1 charging points per 100,000 people": the item for 100,000), or None if it is no rate. ``found``: the
    paragraph's items by their first token."""
    if after >= len(toks) or toks[after].norm not in words:
        return None
    base = found.get(after + 1)
    return base if base is not None and base.kind == "count" and is_base(base.value) else None


def a_base(item: Item, toks: Sequence[Token], words: frozenset[str]) -> bool:
    """Whether ``item`` is the base of a rate: a round number straight after "per" (Welsh "fesul")."""
    return item.kind == "count" and item.first > 0 and toks[item.first - 1].norm in words and is_base(item.value)


def rates(universe: Universe, areas: Sequence[str], base: Decimal) -> list[Known]:
    """The rates per ``base`` the campaign's figures give for ``areas``, each period, as the house style prints
    them (one decimal place); none when no measure is counted per ``base``."""
    c = universe.campaign
    found: list[Known] = []
    for measure in c.measures:
        if not measure.population or measure.per != base:
            continue
        for area in areas:
            for period in c.periods:
                value = c.figures.get((area, measure.id, period.id))
                population = c.figures.get((area, measure.population, period.id)) or next(
                    (c.figures[key] for p in reversed(c.periods) if (key := (area, measure.population, p.id))
                     in c.figures), None)
                if value is None or population is None:
                    continue
                rate = per_head(value.amount, population.amount, measure.per)
                if rate is None:
                    continue
                text = wording.count_text(round_half_up(rate, PLACES), universe.style, figures=True)
                name = f"{measure.id}.{period.id}.per_{measure.per}"  # as the fact sheet names it
                what = universe.names.derived(name, area) or f"{area}'s {name}"
                found.append(Known(area, name, "count", text, what,
                                   value.sources + population.sources, rate, periods=(period.id,)))
    return found
