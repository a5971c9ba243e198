"""A parent area's count summed from its areas' where the figures do not give it (:func:`add_parent_sums`).

A parent area's count left blank in the figures for one period: drafter adds up its areas' figures for it,
as it does for a parent the figures do not give at all, and says so in a warning (its fact in the fact sheet
reads "sum of Cheshire, Cumbria, … = 1747"). It does so only where the sum is like the figures it is compared
with: where the parent's figure for another period is given and is not the sum of its areas' (its total counts
records with no area, or rounds), the blank is refused, naming the cell and what to type in it. A rate left blank
is refused as any empty cell is: a rate is never worked out from its areas'."""

from __future__ import annotations

from decimal import Decimal, Inexact, localcontext

from drafter.errors import InputError, how_many, name_list, period_named, possessive
from drafter.model import Area, FigureKey, Measure, Period, SourceRef, Unavailable, Value, Warning

Figures = dict[FigureKey, Value]


def summable_parents(areas: tuple[Area, ...]) -> frozenset[str]:
    """The areas whose counts drafter may add up from their areas': parents whose every area areas.csv lists."""
    return frozenset(a.parent for a in areas if a.parent) - {a.name for a in areas if a.some_areas}


def deepest_first(areas: tuple[Area, ...]) -> list[Area]:
    """The areas in the order their missing figures are told: each area that is no parent, then the parents deepest
    first, so a state's missing total is named before the country's that would have added it up."""
    parents = {a.name: a.parent for a in areas}
    has_areas = {a.parent for a in areas if a.parent}
    return sorted(areas, key=lambda a: (a.name in has_areas, -_depth(a.name, parents)))


def blank_totals(found: Figures, blank: dict[FigureKey, SourceRef], periods: tuple[Period, ...]
                 ) -> tuple[Warning, ...]:
    """The warning naming each parent's blank cell that drafter filled with its areas' sum (``found`` already
    holds the sums); an error where the parent's figure for another period is given and is not its areas' sum."""
    summed = {key: ref for key, ref in blank.items() if key in found and found[key].derived_from}
    for key, ref in summed.items():
        _refuse_unlike(key, ref, found, found[key].derived_from, periods)
    if not summed:
        return ()
    shown = name_list([f"{possessive(area)} {measure} for {period_named(period, periods)} is blank in {ref.file} "
                       f"(row {ref.row}, column {ref.column}), and drafter added up its areas' figures: "
                       f"{found[(area, measure, period)].amount:,}"
                       for (area, measure, period), ref in summed.items()], 6)
    said = how_many(len(summed), "parent figure left blank was added up from its areas'",
                   "parent figures left blank were added up from their areas'")
    return (Warning("blank_total_summed", f"{said}: {shown}. Where the publisher gives the total, type it in "
                    "its cell; where the total is not published, write [x] there, and its releases say it is not "
                    "available"),)


def _refuse_unlike(key: FigureKey, ref: SourceRef, found: Figures, kids: tuple[str, ...],
                   periods: tuple[Period, ...]) -> None:
    """A sum printed beside a published total that is not a sum would compare unlike figures."""
    area, measure, period = key
    for (other_area, other_measure, other), given in found.items():
        if (other_area, other_measure) != (area, measure) or other == period or given.derived_from:
            continue
        parts = [found.get((kid, measure, other)) for kid in kids]
        if any(part is None for part in parts):
            continue
        total = sum((part.amount for part in parts if part is not None), Decimal(0))
        if total != given.amount:  # each period by its id in campaign.yaml (a long file's column is "value")
            this, that = period_named(period, periods), period_named(other, periods)
            raise InputError(
                f"is empty, and {possessive(area)} figure for {that} ({given.amount:,}) is not the sum of its areas' "
                f"({total:,}), so theirs for {this} cannot stand in for it", source=ref, field=ref.column,
                expected=f"{possessive(area)} {measure} for {this} as published, or a marker such as [x] where it is "
                         f"not available")


def add_parent_sums(found: Figures, unavailable: dict[FigureKey, Unavailable], areas: tuple[Area, ...],
                    measures: tuple[Measure, ...], periods: tuple[Period, ...]) -> None:
    """A parent's count, when not given, is the sum of its children's (deepest parents first); when one of them
    is not available, neither is the parent's total."""
    children: dict[str, list[str]] = {}
    partial = {a.name for a in areas if a.some_areas}  # their figures are their own: never the sum of some areas
    for area in areas:
        if area.parent and area.parent not in partial:
            children.setdefault(area.parent, []).append(area.name)
    parents = {a.name: a.parent for a in areas}
    depth = {a.name: _depth(a.name, parents) for a in areas}
    for parent in sorted(children, key=lambda n: -depth[n]):
        names = tuple(children[parent])
        for measure in measures:
            if measure.kind != "count":
                continue
            for period in periods:
                key = (parent, measure.id, period.id)
                kids = [(c, measure.id, period.id) for c in names]
                if key in found or key in unavailable:
                    continue
                missing = next((k for k in kids if k in unavailable), None)
                if missing is not None:  # the total of a hidden figure and others is hidden too: never a guess
                    marker, hidden = unavailable[missing], [f"{possessive(k[0])}" for k in kids if k in unavailable]
                    unavailable[key] = Unavailable(marker.marker, marker.source, "it is the sum of its areas, and "
                                                   f"{name_list(hidden, 2, and_word='and')} "
                                                   f"{'is' if len(hidden) == 1 else 'are'} not available")
                elif all(k in found for k in kids):
                    with localcontext() as exact:  # 15-digit figures add up exactly; never round a sum quietly
                        exact.traps[Inexact] = True
                        total = sum((found[k].amount for k in kids), Decimal(0))
                    found[key] = Value(total, tuple(s for k in kids for s in found[k].sources), names)


def _depth(name: str, parents: dict[str, str | None]) -> int:
    depth, current = 0, parents.get(name)
    while current and depth < len(parents):
        depth, current = depth + 1, parents.get(current)
    return depth
