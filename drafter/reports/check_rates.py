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
from drafter.compute.derived import per_head, rank
from drafter.errors import possessive
from drafter.model import Campaign, Measure, SourceRef
from drafter.reports.check_facts import Universe
from drafter.reports.check_known import Known
from drafter.reports.check_states import words_of
from drafter.reports.check_words import Item, Token
from drafter.style import wording


def rate_words(universe: Universe) -> frozenset[str]:
    """The word straight before a rate's base in the release's language ("per", Welsh "fesul"; "every" of "for
    every", Welsh "bob" of "am bob")."""
    between = re.sub(r"\{[^}]*\}", " ", universe.style.furniture.per_head)
    return frozenset(words_of(between)) | {words_of(link)[-1] for link in universe.style.language.rate_links}


def rate_leads(universe: Universe) -> frozenset[str]:
    """The words before those of :func:`rate_words` in the language's other words for "per" ("for", "out of")."""
    return frozenset(w for link in universe.style.language.rate_links for w in words_of(link)[:-1])


def is_base(value: Decimal | None) -> bool:
    """A round number a rate may be per: 10, 100, 1,000, … ("per 1.5 people" is no base)."""
    if value is None or value < 10 or value != value.to_integral_value():
        return False
    digits = str(int(value))
    return digits.startswith("1") and set(digits[1:]) == {"0"}


def base_of(after: int, toks: Sequence[Token], found: Mapping[int, Item], words: frozenset[str],
            leads: frozenset[str] = frozenset()) -> Item | None:
    """The base of a rate whose figure and its own words end before token ``after`` ("45.1 per 100,000 people",
    "45.1 charging points per 100,000 people", "52.2 for every 100,000 people": the item for 100,000), or None if it
    is no rate. ``found``: the paragraph's items by their first token; ``leads``: :func:`rate_leads`."""
    while after + 1 < len(toks) and toks[after].norm in leads:
        after += 1  # "for every", "out of every"
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
                rated = _rate(c, measure, area, period.id)
                if rated is None:
                    continue
                rate, sources = rated
                text = wording.count_text(round_half_up(rate, universe.style.rate_places(rate)), universe.style,
                                          figures=True)
                name = f"{measure.id}.{period.id}.per_{measure.per}"  # as the fact sheet names it
                what = universe.names.derived(name, area) or f"{possessive(area)} {name}"
                found.append(Known(area, name, "count", text, what, sources, rate, periods=(period.id,)))
    return found


def rate_ranks(universe: Universe, area: str) -> list[Known]:
    """The area's rank among its parent's areas by each rate the campaign's figures give, highest first and
    lowest first, each period ("Swansea had the highest rate in Wales" is held against its rank by rate, not by
    count); none where a peer has no rate, or areas.csv lists only some of the parent's areas."""
    c = universe.campaign
    parent = c.area(area).parent if area in {a.name for a in c.areas} else None
    if not parent or c.area(parent).some_areas:
        return []
    found: list[Known] = []
    peers = [a.name for a in c.children(parent)]
    for measure in c.measures:
        for period in c.periods if measure.population else ():
            rated = {peer: _rate(c, measure, peer, period.id) for peer in peers}
            values = {peer: r[0] for peer, r in rated.items() if r is not None}
            if area not in values or len(values) < len(peers):
                continue
            sources = tuple(s for r in rated.values() if r is not None for s in r[1])
            for lowest, suffix in ((False, "rank"), (True, "rank_lowest")):
                place = rank(values, area, lowest=lowest)
                name = f"{measure.id}.{period.id}.per_{measure.per}.{suffix}"
                found.append(Known(area, name, "ordinal", wording.ordinal_text(place.position, universe.style,
                                                                                tied=place.tied),
                                   universe.names.derived(name, area) or name, sources, Decimal(place.position),
                                   periods=(period.id,)))
    return found


def _rate(c: Campaign, measure: Measure, area: str, period: str) -> tuple[Decimal, tuple[SourceRef, ...]] | None:
    """An area's rate for a measure and period, and its cells: its count per ``per`` of its population for the
    period (else the latest period given); None where either is missing or there is no rate."""
    value = c.figures.get((area, measure.id, period))
    population = c.figures.get((area, measure.population, period)) or next(
        (c.figures[key] for p in reversed(c.periods) if (key := (area, measure.population, p.id)) in c.figures), None)
    if value is None or population is None or not measure.population:
        return None
    rate = per_head(value.amount, population.amount, measure.per)
    return None if rate is None else (rate, value.sources + population.sources)
