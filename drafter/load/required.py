"""Every figure a campaign needs, given or marked not available, checked once a figures file or the files as
published are read: a missing one named with what to write, and a population a rate per head divides by, above
zero."""

from __future__ import annotations

from collections.abc import Callable

from drafter.errors import InputError, period_named, possessive
from drafter.load.parent_sums import deepest_first
from drafter.model import Area, FigureKey, Measure, Period, SourceRef, Unavailable, Value

Figures = dict[FigureKey, Value]


def require_complete(
    found: Figures, unavailable: dict[FigureKey, Unavailable], display: str, areas: tuple[Area, ...],
    measures: tuple[Measure, ...], periods: tuple[Period, ...], left_out: Callable[[str], str] = lambda _: "",
) -> None:
    parents = {a.parent for a in areas if a.parent}
    for area in deepest_first(areas):  # an area's missing row before its parent's sum
        for measure in measures:
            if not measure.required:
                continue
            for period in periods:
                key = (area.name, measure.id, period.id)
                if key not in found and key not in unavailable:
                    summed = area.name in parents and measure.kind == "count"
                    rated = area.name in parents and not summed  # a region's percentage: never one of its own
                    raise InputError(
                        f"no figure for area {area.name!r}, measure {measure.id!r}, {period_named(period)}",
                        source=SourceRef(display),
                        expected="one row per area, measure and period"
                        + (f" ({possessive(area.name)} own total, as published: areas.csv lists only some of its areas "
                           "(areas_listed: some), so theirs are not added up)" if summed and area.some_areas else
                           ", or figures for all of its areas to add up" if summed else "")
                        + (f" ({possessive(area.name)} own, as published: a rate is never worked out from its areas'; "
                           f"where none is published, write required: false under measures: {measure.id} in "
                           f"campaign.yaml, and its releases say it is not "
                           f"available)" if rated else "") + left_out(area.name)
                        + _some_areas_only(found, area.name, measure, period.id, measures))


def _some_areas_only(found: Figures, area: str, measure: Measure, period: str, measures: tuple[Measure, ...]) -> str:
    """What to write where a file gives an area's other figures and not this one: a population for a police force
    that covers no place (British Transport Police), a rate published for some areas only."""
    other = next((m.id for m in measures if m.id != measure.id and (area, m.id, period) in found), None)
    if other is None:
        return ""
    return (f"; the figures give {possessive(area)} {other} but no {measure.id}: where none is published for it, write "
            f"required: false under measures: {measure.id} in campaign.yaml, and its releases go without it")


def refuse_empty_populations(found: Figures, measures: tuple[Measure, ...]) -> None:
    """A population that a rate per head divides by is more than zero: a 0 pasted for a figure not yet in
    is refused here, at its cell, rather than when a release asks for the rate."""
    per_head = {m.population: m.id for m in measures if m.population}
    for (area, measure, _), value in found.items():
        if measure in per_head and value.amount == 0:
            raise InputError(
                f"is {possessive(area)} {measure}, and the rate of {per_head[measure]} per head divides by it",
                source=value.sources[0], field=value.sources[0].column or measure, value="0",
                expected="a population above zero, or [x] where it is not known")

