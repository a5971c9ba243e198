"""Sums across areas: a parent's given figure must equal the sum of its areas'."""

from __future__ import annotations

from decimal import Decimal

from drafter.errors import InputError, how_many, name_list, period_named, possessive
from drafter.model import Campaign, Warning


def _named(kids: list[str], most: int = 6) -> str:
    """A parent's areas as an error names them, with the verb after them: all of a few, the first few of many (a
    council's 40 wards).

    >>> _named(["Cheshire", "Cumbria"]), _named([f"Ward {n}" for n in range(1, 41)])
    ('areas (Cheshire, Cumbria) add', '40 areas (Ward 1, Ward 2, Ward 3, Ward 4, Ward 5, Ward 6 and 34 more) add')
    >>> _named(["Cheshire"]), _named(["Belfast", "Newry, Mourne and Down"])  # a name with a comma: semicolons
    ('one area (Cheshire) adds', 'areas (Belfast; Newry, Mourne and Down) add')
    """
    if len(kids) == 1:
        return f"one area ({kids[0]}) adds"
    if len(kids) <= most:
        return f"areas ({name_list(kids)}) add"
    return f"{how_many(len(kids), 'area')} ({name_list(kids, most)}) add"


def check_sums(campaign: Campaign) -> tuple[Warning, ...]:
    """A parent's given count must equal the sum of its areas' (within ``sum_tolerance``), checked before
    anything is written. Parents whose figure drafter summed itself are right by construction; a parent with an
    area whose figure is missing or not available cannot be checked. Totals that differ by no more than the
    tolerance (rounding in published figures) are named in one warning."""
    figures = campaign.figures
    children: dict[str, list[str]] = {}
    partial = {a.name for a in campaign.areas if a.some_areas}  # only some of its areas listed: nothing to check
    for area in campaign.areas:
        if area.parent and area.parent not in partial:
            children.setdefault(area.parent, []).append(area.name)
    near: list[str] = []
    alone = [w for parent, kids in children.items()
             if len(kids) == 1 and (w := _not_the_whole(campaign, parent, kids[0]))]
    for parent, kids in children.items():
        for measure in campaign.measures:
            if measure.kind != "count":
                continue
            for period in campaign.periods:
                given = figures.get((parent, measure.id, period.id))
                keys = [(k, measure.id, period.id) for k in kids]
                if given is None or given.derived_from or not all(key in figures for key in keys):
                    continue
                total = sum((figures[key].amount for key in keys), Decimal(0))
                if abs(total - given.amount) > campaign.sum_tolerance:
                    raise InputError(
                        f"area {parent!r}, measure {measure.id!r}, {period_named(period)} is {given.amount:,} but its "
                        f"{_named(kids)} up to {total:,}", source=given.sources[0],
                        field=given.sources[0].column, expected="a parent figure equal to the sum of its areas "
                        f"(within sum_tolerance: {campaign.sum_tolerance} in campaign.yaml); where areas.csv lists "
                        f"only some of {possessive(parent)} areas, write some in an areas_listed column on its row, "
                        f"and its figures are used as published")
                if total != given.amount:
                    near.append(f"{possessive(parent)} {measure.id} in {period_named(period)}: {given.amount:,} given, "
                                f"{total:,} summed")
    if not near:
        return tuple(alone)
    tolerance = f"by no more than sum_tolerance ({campaign.sum_tolerance})"
    said = how_many(len(near), f"parent figure differs from the sum of its areas {tolerance}; the given total is",
                   f"parent figures differ from the sum of their areas {tolerance}; the given totals are")
    return (*alone, Warning("sums_within_tolerance", f"{said} printed: " + name_list(near, 6)))


def _not_the_whole(campaign: Campaign, parent: str, kid: str) -> Warning | None:
    """A parent with one area in areas.csv is taken to be that area's whole, so its releases compare nothing (a
    count's sum holds that true); a rate of the parent unlike its one area's says it has other areas that areas.csv
    does not list (a county's recycling rate under England's): warned of, naming the column that says so."""
    for measure in campaign.measures:
        for period in campaign.periods:
            given, own = (campaign.figures.get((name, measure.id, period.id)) for name in (parent, kid))
            if measure.kind == "count" or given is None or own is None or given.amount == own.amount:
                continue
            return Warning("one_area_not_whole", (
                f"{parent} has one area in areas.csv, {kid}, so {possessive(kid)} releases are not compared with "
                f"{possessive(parent)} figures (taken to be all of {parent}); but {possessive(parent)} {measure.id} "
                f"in {period_named(period)} is {given.amount}, and {possessive(kid)} {own.amount}: where {parent} "
                f"has areas you do not list, write some in an areas_listed column on {possessive(parent)} row of "
                f"areas.csv"), area=kid)
    return None
