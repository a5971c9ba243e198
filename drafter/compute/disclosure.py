"""Disclosure control, as arithmetic: which counts are suppressed, and whether a release's exact figures let
one be worked out by subtraction. No locale and no release's wording here ("fewer than five" is
:func:`drafter.wording.fewer_than_text`); :func:`fixes` gives the refusal's advice, in a press officer's terms.

A count from 1 up to (not including) the threshold is suppressed; zero is not (NHS Digital's practice: a true
zero identifies nobody). Only counts are: money (unit: GBP), a percentage and a published rate count no one, and are
printed as they are (:func:`applies_to`); a rate per head worked out from a suppressed count is not given
(:mod:`drafter.compute.per_head`), since the rate times the population is the count.

A parent's count is the sum of its areas', so printing the parent and every area in it
but one suppressed area gives that area away; :func:`recoverable` finds such a set in one release so that the
release can be refused, naming the area.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from drafter.errors import possessive
from drafter.model import Campaign, Fact, Measure, is_currency_code

Cell = tuple[str, str, str]  # (area, measure, period)


def applies_to(measure: Measure) -> bool:
    """Whether disclosure control hides a measure's small figures: a count (of people, calls, parcels), never money,
    a percentage or a rate, which count no one ("£3" is no person; a rate's figure is no count).

    >>> from drafter.model import SourceRef
    >>> [applies_to(Measure("m", "m", unit, kind, SourceRef("campaign.yaml")))  # type: ignore[arg-type]
    ...  for unit, kind in (("people", "count"), ("GBP", "count"), ("per cent", "rate"), ("weeks", "rate"))]
    [True, False, False, False]
    """
    return measure.kind == "count" and not is_currency_code(measure.unit)


def spared(campaign: Campaign) -> tuple[Measure, ...]:
    """The measures a campaign's ``disclosure_threshold`` does not apply to (none without one)."""
    return () if campaign.disclosure_threshold is None else \
        tuple(m for m in campaign.measures if not applies_to(m))


def is_suppressed(amount: Decimal, threshold: int | None, measure: Measure | None = None) -> bool:
    """Whether a figure is hidden: a count (``measure`` None is one) from 1 to below the disclosure threshold; never
    zero, money, a percentage or a rate (:func:`applies_to`); never without a threshold.

    >>> is_suppressed(Decimal(3), 5), is_suppressed(Decimal(0), 5), is_suppressed(Decimal(5), 5)
    (True, False, False)
    >>> is_suppressed(Decimal(3), None)
    False
    """
    return threshold is not None and (measure is None or applies_to(measure)) and 0 < amount < threshold


def may_give_away(campaign: Campaign) -> bool:
    """Whether releases printed together could give a count away: a count is suppressed (a threshold, and a count
    below it) or withheld by its publisher. Without one, a batch's check has nothing to find, and a preview of one
    release need not render the others to look."""
    if campaign.unavailable:
        return True
    threshold = campaign.disclosure_threshold
    hides = {m.id for m in campaign.measures if applies_to(m)}
    return threshold is not None and any(measure in hides and is_suppressed(value.amount, threshold)
                                         for (_, measure, _), value in campaign.figures.items())


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


def leak_in(campaign: Campaign, exact: set[Cell]) -> Leak | None:
    """The first suppressed count of ``campaign`` that the cells printed exactly (``exact``: one release's, or a
    whole batch's, published together) give away, or None; None without a disclosure threshold.

    Only a parent printed exactly can give a count away, so only those parents' areas are looked at (the check
    costs the same in a batch of 10 areas as in one of 10,000). A parent areas.csv lists only some areas of
    (areas_listed: some) is not their sum: nothing to subtract."""
    threshold = campaign.disclosure_threshold
    if threshold is None:
        return None
    children = {area: [k.name for k in campaign.children(area)] for area in {cell[0] for cell in exact}
                if not campaign.area(area).some_areas}
    hides = [m.id for m in campaign.measures if applies_to(m)]
    periods = [p.id for p in campaign.periods]
    suppressed = {key for kids in children.values() for kid in kids for key in
                  ((kid, measure, period) for measure in hides for period in periods)
                  if key in campaign.figures and is_suppressed(campaign.figures[key].amount, threshold)}
    return recoverable(exact | unchanged(campaign, exact, periods), suppressed, children, hides, periods)


def withheld_in(campaign: Campaign, exact: set[Cell]) -> Leak | None:
    """The first figure the publisher withheld (a marker such as "*" or "[c]" in its cell) that the cells printed
    exactly give away all the same: the publisher's own total of its parent printed, with every other area's
    figure. With or without a disclosure threshold; the publisher's reason for withholding it is not known. Counts
    only: a county's recycling rate is no sum of its districts' rates, and gives none of them away.

    >>> from drafter.model import Area, SourceRef, Unavailable
    >>> import dataclasses
    >>> class C:  # the few parts of a campaign read here
    ...     unavailable = {("B", "m", "p"): Unavailable("*", SourceRef("f.csv"))}
    ...     figures, periods = {}, [dataclasses.make_dataclass("P", ["id"])("p")]
    ...     measures = [dataclasses.make_dataclass("M", ["id", "kind"])("m", "count")]
    ...     area = staticmethod(lambda name: Area(name, name, None, name, (), SourceRef("a.csv")))
    ...     children = staticmethod(lambda name: [C.area(k) for k in ({"NW": ["A", "B"]}.get(name, []))])
    >>> withheld_in(C, {("NW", "m", "p"), ("A", "m", "p")})
    Leak(area='B', parent='NW', measure='m', period='p', others=('A',))
    """
    children = {area: [k.name for k in campaign.children(area)] for area in {cell[0] for cell in exact}
                if not campaign.area(area).some_areas}
    kids = {kid for names in children.values() for kid in names}
    counts = {m.id for m in campaign.measures if m.kind == "count"}
    withheld = {key for key in campaign.unavailable if key[0] in kids and key[1] in counts}
    if not withheld:
        return None
    periods = [p.id for p in campaign.periods]
    return recoverable(exact | unchanged(campaign, exact, periods), withheld, children,
                       sorted({key[1] for key in withheld}), periods)


def second_to_hide(campaign: Campaign, leak: Leak) -> tuple[str, Decimal] | None:
    """The other area in ``leak``'s parent whose count, hidden too, stops the subtraction at least cost: the
    smallest above none (a count of none is never suppressed), with that count; None when every other is none.

    A threshold above it suppresses it as well; marking it not available in the figures does the same for it alone.
    """
    counts = [(campaign.figures[key].amount, area) for area in leak.others
              if (key := (area, leak.measure, leak.period)) in campaign.figures and campaign.figures[key].amount > 0]
    return (min(counts)[1], min(counts)[0]) if counts else None


def fixes(campaign: Campaign, leak: Leak) -> str:
    """What a press officer can change in the figures or campaign.yaml so that ``leak``'s count cannot be worked
    out: a second area's count hidden too, marked not available as publishers mark it, or by a higher threshold."""
    second = second_to_hide(campaign, leak)
    if second is None:  # every other area's count is none: the parent's is then suppressed itself
        return (f"raise disclosure_threshold in campaign.yaml so that more of {possessive(leak.parent)} areas are "
                "suppressed")
    area, count = second
    value = campaign.figures[(area, leak.measure, leak.period)]
    cell, typed = value.sources[0].cell(), count / value.scale  # as the cell holds it: 18.3 for £18,300 in thousands
    if is_currency_code(campaign.measure(leak.measure).unit):  # a threshold hides counts only, never money
        return (f"a second area's figure marked not available, as publishers do: [x] for {possessive(area)} "
                f"{typed:,} in {cell}")
    return (f"a second area's count marked not available, as publishers do: [x] for {possessive(area)} {typed:,} in "
            f"{cell}; or disclosure_threshold in campaign.yaml raised to {count + 1:,}, which suppresses it too")


def unchanged(campaign: Campaign, exact: set[Cell], periods: list[str]) -> set[Cell]:
    """The cells a reader knows besides ``exact`` because the count did not change: a release that prints one
    period's count of an area whose count is the same in another says "unchanged at 640" or "none in either
    period" (every shipped template does), and so gives that period's too. Counted as known even where a
    template of a campaign's own leaves it unsaid: a release refused that need not be is safer than a count
    given away."""
    known = set()
    for area, measure, period in exact:
        value = campaign.figures.get((area, measure, period))
        for other in periods:
            found = campaign.figures.get((area, measure, other))
            if value is not None and found is not None and other != period and found.amount == value.amount:
                known.add((area, measure, other))
    return known


def exact_cells(facts: Iterable[Fact]) -> set[Cell]:
    """The (area, measure, period) of each count printed exactly (not as "fewer than five")."""
    return {(f.area, *f.name.split(".", 1)) for f in facts  # type: ignore[misc]
            if not f.formula.startswith("suppressed") and f.name.count(".") == 1}
