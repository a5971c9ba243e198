"""What ranks an area among its parent's areas (:func:`judge`): its count, its rate per head as printed, its change
or its percentage change, each with its source cells; and, for an area whose count nobody may see (one disclosure
control suppresses, or one the publisher gives as "<5"), the bounds that figure lies between, so that the other
areas are ranked only where the rank holds wherever it lies (docs/house-style.md, "Ranks beside a hidden
figure"). The inputs of a rate per head are here too (:func:`rate_of`)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from drafter.compute import derived
from drafter.compute.changes import compute_change, round_half_up
from drafter.errors import TemplateError, possessive
from drafter.model import Area, Measure, SourceRef, Value
from drafter.render.story import StoryContext
from drafter.style import wording
from drafter.style.base import RATE_PLACES, in_unit
from drafter.style.numbers import is_money

# The places a rate per head is printed to, and so the places a rank by rate compares: two areas printed
# "25.8" share a rank ("joint second"), as a reader comparing the printed rates would expect.
UNKNOWN = derived.Bounds(None, None)  # a figure marked not available, or not given: it could be anything

Known = tuple[Decimal, tuple[SourceRef, ...]]
Judged = Known | derived.Bounds | None  # None: left out of the ranking (a percentage on a small or zero base)


def rate_of(ctx: StoryContext, area: Area, measure: str, period: str) -> tuple[Decimal, str, tuple[SourceRef, ...]]:
    """The exact rate per head of ``area``'s count, its formula and its source cells."""
    m = _measure(ctx, measure)
    value = ctx.value_of(area, measure, period)
    if ctx.hidden(measure, value):
        raise TemplateError(f"asks for {possessive(area.name)} {measure} per head, but its count is suppressed",
                            field="template", expected="no per_head() where disclosure control hides a count")
    people, people_period = population_of(ctx, area, m.population, period)
    rate = derived.per_head(value.amount, people.amount, m.per)
    if rate is None:
        raise TemplateError(f"asks for {possessive(area.name)} {measure} per head, but its population is zero",
                            field="template", expected="a population above zero")
    when = "" if people_period == period else f" (population for {people_period})"
    formula = f"{value.amount} ÷ {people.amount}{when} × {m.per} = {short(rate)}"
    return rate, formula, value.sources + people.sources


def population_of(ctx: StoryContext, area: Area, population: str, period: str) -> tuple[Value, str]:
    """The population for ``period``, or, where it is given for other periods only, the latest given."""
    figures = ctx.campaign.figures
    if (area.name, population, period) in figures:
        return figures[(area.name, population, period)], period
    for p in reversed(ctx.campaign.periods):
        if (area.name, population, p.id) in figures:
            return figures[(area.name, population, p.id)], p.id
    return ctx.value_of(area, population, period), period  # not given: refused there, with its reason


def judge(ctx: StoryContext, measure: str, period: str, by: str) -> Callable[[Area], Judged]:
    """What ranks an area ``by`` count, rate, change or percent: its figure and sources; the bounds of a figure
    nobody may see (:data:`UNKNOWN` for one marked not available, or not given); None to leave it out (a
    percentage change on a small or zero base, which is not given). A rate whose change is given in its own unit
    (``change_in: unit``) is ranked by that change, as the release prints it ("2.2 weeks"), by change or percent
    alike: it has no percentage printed to rank by."""
    figures = ctx.campaign.figures
    first = ctx.campaign.periods[0].id
    m = ctx.campaign.measure(measure)
    whole = m.kind == "count" and not is_money(m.unit)  # counts of people, calls: whole numbers

    def count(area: Area, when: str) -> Value | derived.Bounds:
        value = figures.get((area.name, measure, when))
        threshold = ctx.campaign.disclosure_threshold
        if value is not None and not ctx.hidden(measure, value):
            return value
        if value is not None and threshold is not None:  # suppressed, so a count (never money): 1 up to the threshold
            return derived.Bounds(Decimal(1), Decimal(threshold - 1))
        missing = ctx.campaign.unavailable.get((area.name, measure, when))
        below = missing.below if missing is not None and not missing.because else None
        return UNKNOWN if below is None else derived.Bounds(Decimal(0), Decimal(below - 1 if whole else below))

    def ends(figure: Value | derived.Bounds) -> tuple[Decimal | None, Decimal | None]:
        return (figure.amount, figure.amount) if isinstance(figure, Value) else (figure.low, figure.high)

    def judged(area: Area) -> Judged:
        new = count(area, period)
        if by == "count":
            return (new.amount, new.sources) if isinstance(new, Value) else new
        if by == "rate":
            return _rate_key(ctx, area, m, period, new)
        old = count(area, first)
        if isinstance(old, Value) and isinstance(new, Value):
            change = compute_change(area.name, measure, m.kind, first, period, old, new, m.unit, m.change_in)
            if by == "change" or in_unit(change):  # "fell by 2.2 weeks": by the change in its unit, as printed
                return change.difference, old.sources + new.sources
            if change.percent is None or wording.on_small_base(change, ctx.style):
                return None
            return change.percent, old.sources + new.sources
        (old_low, old_high), (new_low, new_high) = ends(old), ends(new)
        if ranked_by(ctx, measure, by) == "change":
            return derived.Bounds(None if new_low is None or old_high is None else new_low - old_high,
                                  None if new_high is None or old_low is None else new_high - old_low)
        if old_high is not None and old_high < ctx.style.small_base:
            return None  # on a small base wherever the hidden count lies: left out, as any small base
        if isinstance(old, Value) and old.amount == 0:
            return None  # a zero base has no percentage
        if not isinstance(old, Value) or new_low is None or new_high is None:
            return UNKNOWN  # a hidden base may or may not be small; one marked not available could be anything
        return derived.Bounds((new_low - old.amount) / old.amount * 100, (new_high - old.amount) / old.amount * 100)

    return judged


def ranked_by(ctx: StoryContext, measure: str, by: str) -> str:
    """What a rank ``by`` ranks: "change" for "percent" where the measure is a rate whose change is given in its own
    unit (``change_in: unit``), which prints no percentage; else ``by``."""
    m = ctx.campaign.measure(measure) if by == "percent" else None
    return "change" if m is not None and m.kind == "rate" and m.change_in == "unit" else by


def hidden_note(ctx: StoryContext, measure: str, by: str, name: str, b: derived.Bounds) -> str:
    """What a rank's fact says of an area whose figure it cannot see: hidden between bounds, or a rate not known
    for want of a population (above none where its count is, none where it has none)."""
    m = ctx.campaign.measure(measure)
    if by != "rate" or has_population(ctx, ctx.campaign.area(name), m):
        return f"{possessive(name)} figure hidden, {b.low} to {b.high}"
    if b.high is None:
        return f"{possessive(name)} rate not known, with no {m.population}, but {b.low} or more"
    return f"{possessive(name)} rate {b.low}, with no {m.population} but no {m.label} either"


def of_parent(ctx: StoryContext, measure: str, period: str, by: str, parent: str
              ) -> tuple[dict[str, Decimal], dict[str, derived.Bounds], list[SourceRef]]:
    """The parent's areas' figures to rank by (with their sources), and the bounds of those nobody may see."""
    judged = judge(ctx, measure, period, by)
    values: dict[str, Decimal] = {}
    hidden: dict[str, derived.Bounds] = {}
    sources: list[SourceRef] = []
    for peer in ctx.campaign.children(parent):
        found = judged(peer)
        if isinstance(found, derived.Bounds):
            hidden[peer.name] = found
        elif found is not None:
            values[peer.name], more = found
            sources += more
    return values, hidden, sources


def _rate_key(ctx: StoryContext, area: Area, m: Measure, period: str, new: Value | derived.Bounds) -> Judged:
    if not has_population(ctx, area, m):  # no population: no rate, but one of a count is above none
        if isinstance(new, Value):
            return derived.Bounds(Decimal(0), Decimal(0)) if new.amount == 0 else \
                derived.Bounds(Decimal(1).scaleb(-RATE_PLACES) / 2, None)  # printed "fewer than 0.1" at least
        return UNKNOWN
    if isinstance(new, Value):
        rate, _, sources = rate_of(ctx, area, m.id, period)
        return printed_rate(rate, ctx.style.rate_places(rate)), sources  # as printed: equal printed rates tie
    people = population_of(ctx, area, m.population, period)[0].amount
    if new.low is None or new.high is None or people == 0:
        return UNKNOWN
    return derived.per_head_bounds(new, people, m.per, RATE_PLACES)


def has_population(ctx: StoryContext, area: Area, m: Measure) -> bool:
    """Whether ``area`` has a population for ``m``'s rate per head in any period (a population given for one
    period only serves them all)."""
    return any((area.name, m.population, p.id) in ctx.campaign.figures for p in ctx.campaign.periods)


def printed_rate(rate: Decimal, places: int) -> Decimal:
    """A rate per head as a reader compares it, printed: rounded half up to its places, so two areas printed
    "25.8" are equal; but a rate above nothing that rounds to nothing is printed "fewer than 0.1", above an area
    with none and below one printed "0.1", so it is half the last place (equal to another "fewer than 0.1").

    >>> printed_rate(Decimal("25.84"), 1), printed_rate(Decimal("0.01"), 1), printed_rate(Decimal(0), 1)
    (Decimal('25.8'), Decimal('0.05'), Decimal('0.0'))
    """
    rounded = round_half_up(rate, places)
    return Decimal(1).scaleb(-places) / 2 if rate and not rounded else rounded


def _measure(ctx: StoryContext, measure: str) -> Measure:
    m = ctx.campaign.measure(measure) if measure in {x.id for x in ctx.campaign.measures} else None
    if m is None or not m.population:
        raise TemplateError(f"asks for {measure!r} per head, but the measure names no population", field="template",
                            expected="population: and per: under the measure in campaign.yaml")
    return m


def short(value: Decimal) -> str:
    """An exact value as a formula shows it: up to four decimal places, then "…"."""
    exact = format(value.normalize(), "f")
    return exact if "." not in exact or len(exact.split(".")[1]) <= 4 else format(round_half_up(value, 4), "f") + "…"
