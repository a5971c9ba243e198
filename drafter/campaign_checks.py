"""Whole-campaign warnings: shown, not fatal (``--strict`` makes them errors)."""

from __future__ import annotations

import datetime as dt

from drafter import wording
from drafter.model import Campaign, Period, Warning
from drafter.style import HouseStyle


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
