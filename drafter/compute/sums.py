"""Sums across areas: a parent's given figure must equal the sum of its areas'."""

from __future__ import annotations

from decimal import Decimal

from drafter.errors import InputError
from drafter.model import Campaign


def check_sums(campaign: Campaign) -> None:
    """A parent's given count must equal the sum of its areas' (within ``sum_tolerance``), checked before
    anything is written. Parents whose figure drafter summed itself are right by construction."""
    figures = campaign.figures
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
