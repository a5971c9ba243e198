"""Pure Decimal arithmetic: changes between periods, ratios and half-up rounding. No locale, no I/O."""

from __future__ import annotations

import dataclasses
from decimal import ROUND_HALF_UP, Decimal

from drafter.errors import how_many, possessive
from drafter.model import Campaign, Change, ChangeIn, Direction, MeasureKind, Value, Warning

HUNDRED = Decimal(100)


def compute_change(
    area: str, measure: str, kind: MeasureKind, old_period: str, new_period: str, old: Value, new: Value,
    unit: str = "", change_in: ChangeIn = "per cent",
) -> Change:
    """The exact change from ``old`` to ``new`` (``change_in``: the measure's, carried for the house style).

    >>> from drafter.model import SourceRef
    >>> src = (SourceRef("figures.csv", row=2),)
    >>> c = compute_change("North West", "contacts", "count", "before", "after",
    ...                    Value(Decimal(1747), src), Value(Decimal(3549), src))
    >>> c.difference, round_half_up(c.percent, 0), c.direction
    (Decimal('1802'), Decimal('103'), 'up')
    """
    difference = new.amount - old.amount
    if old.amount == 0:
        ratio = percent = None
    else:
        ratio = new.amount / old.amount
        percent = difference / old.amount * HUNDRED
    direction: Direction = "up" if difference > 0 else "down" if difference < 0 else "same"
    return Change(area, measure, old_period, new_period, old, new, difference, ratio, percent, direction, kind, unit,
                  change_in)


def round_half_up(value: Decimal, places: int) -> Decimal:
    """Round once, half away from zero (Babel would round half-even).

    >>> round_half_up(Decimal("2.5"), 0), round_half_up(Decimal("-2.5"), 0), round_half_up(Decimal("0.05"), 1)
    (Decimal('3'), Decimal('-3'), Decimal('0.1'))
    """
    exponent = Decimal(1).scaleb(-places)
    result = value.quantize(exponent, rounding=ROUND_HALF_UP)
    if result == 0:
        result = abs(result)  # never "-0"
    return result


def describe_percent_formula(change: Change, rounded: Decimal) -> str:
    """How a percentage was computed, for the fact sheet: ``(3549 − 1747) ÷ 1747 × 100 = 103.15… → 103``; a fall
    is printed without its minus sign, so its formula says so: ``(8640 − 9120) ÷ 9120 × 100 = -5.26… → 5.3, a fall``."""
    assert change.percent is not None
    return (f"({change.new.amount} − {change.old.amount}) ÷ {change.old.amount} × 100 = "
            f"{exact_text(change.percent)} → {rounded}{a_fall(change)}")


def a_fall(change: Change) -> str:
    """What a fact sheet's formula adds after the rounded figure of a fall, which the release prints without its
    minus sign ("fell by 5.3 per cent"), so that "-5.26… → 5.3" does not read as a slip."""
    return ", a fall" if change.direction == "down" else ""


def exact_text(value: Decimal) -> str:
    exact = format(value.normalize(), "f")
    if len(exact.split(".")[-1]) <= 4 or "." not in exact:
        return exact
    return format(round_half_up(value, 2), "f") + "…"


def round_rates(campaign: Campaign, places: int) -> tuple[Campaign, tuple[Warning, ...]]:
    """The campaign with each published rate (``kind: rate``) given to more than ``places`` decimal places rounded
    half up to them, as the house style prints it (``rate_places_max``), keeping the figure as given for its fact;
    before anything is worked out from it, so a change agrees with the figures printed either side of it ("from
    18.04 to 31.55 per cent, a rise of 13.5 percentage points"). A rate given to ``places`` or fewer is as given.
    One warning per measure, naming its first such cell.
    """
    rates = {m.id: m for m in campaign.measures if m.kind == "rate"}
    figures = dict(campaign.figures)
    first: dict[str, tuple[tuple[str, str, str], Value, int]] = {}
    rounded: dict[str, int] = {}
    for key, value in campaign.figures.items():
        given = -int(value.amount.as_tuple().exponent)
        if key[1] in rates and given > places and value.given is None:
            figures[key] = dataclasses.replace(value, amount=round_half_up(value.amount, places), given=value.amount)
            first.setdefault(key[1], (key, value, given))
            rounded[key[1]] = rounded.get(key[1], 0) + 1
    if not first:
        return campaign, ()
    said = tuple(Warning("rate_rounded", f"{possessive(key[0])} {rates[m].label}, {value.amount} "
                                         f"({value.sources[0].cell()}), "
                         f"has {how_many(given, 'decimal place')}, more than the house style prints (rate_places_max: "
                         f"{places}): it is printed {figures[key].amount}, rounded half up, and changes are worked "
                         f"out from the rounded figure ({how_many(rounded[m], 'figure')} of {rates[m].label} "
                         f"{'is' if rounded[m] == 1 else 'are'} rounded)")
                 for m, (key, value, given) in first.items())
    return dataclasses.replace(campaign, figures=figures), said
