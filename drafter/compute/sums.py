"""Whole-campaign warnings: shown, not fatal (``--strict`` makes them errors)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from drafter.errors import InputError
from drafter.model import Campaign, Period, Warning
from drafter.style import wording
from drafter.style.base import HouseStyle


def campaign_warnings(campaign: Campaign, style: HouseStyle) -> tuple[Warning, ...]:
    """Periods of unequal length make a comparison unfair; say so, naming both periods."""
    warnings = []
    first = campaign.periods[0]
    for period in campaign.periods[1:]:
        if _length(period) != _length(first):
            warnings.append(Warning(
                "unequal_periods",
                f"periods {first.id!r} ({wording.period_text(first.start, first.end, style)}, {_length(first)}) "
                f"and {period.id!r} ({wording.period_text(period.start, period.end, style)}, {_length(period)}) "
                "differ in length; name both periods exactly in the release",
            ))
    return tuple(warnings)


def _length(period: Period) -> str:
    """Whole calendar months are compared in months (July–December equals January–June), else in days."""
    after_end = period.end + dt.timedelta(days=1)
    if period.start.day == 1 and after_end.day == 1:
        months = (after_end.year - period.start.year) * 12 + after_end.month - period.start.month
        return f"{months} months" if months != 1 else "1 month"
    return f"{period.days} days" if period.days != 1 else "1 day"


def check_sums(campaign: Campaign) -> None:
    """A parent's given count must equal the sum of its areas' (within ``sum_tolerance``), checked before
    anything is written. Parents whose figure drafter summed itself are right by construction."""
    figures = campaign.figure_map()
    children: dict[str, list[str]] = {}
    for area in campaign.areas:
        if area.parent:
            children.setdefault(area.parent, []).append(area.name)
    for parent, kids in children.items():
        for measure in campaign.measures:
            if measure.kind != "count":
                continue
            for period in campaign.periods:
                given = figures[(parent, measure.id, period.id)]
                if given.derived_from:
                    continue
                total = sum((figures[(k, measure.id, period.id)].amount for k in kids), Decimal(0))
                if abs(total - given.amount) > campaign.sum_tolerance:
                    raise InputError(
                        f"area {parent!r}, measure {measure.id!r}, period {period.id!r} is {given.amount} but its "
                        f"areas ({', '.join(kids)}) add up to {total}", source=given.sources[0],
                        field=given.sources[0].column, expected="a parent figure equal to the sum of its areas "
                        f"(within sum_tolerance: {campaign.sum_tolerance} in campaign.yaml)")
