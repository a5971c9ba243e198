"""Derived figures as a template prints them, each a fact with its formula and source cells: a rate per N people
(``per_head``), a share of the parent's total (``share``), and where an area ranks among its parent's areas by
count, by rate per head, or by the size of its change (``rank``, ``top``; a league's order:
:mod:`drafter.render.league`). The arithmetic is
:mod:`drafter.compute.derived`; the words come from the house style."""

from __future__ import annotations

from decimal import Decimal

from drafter.compute import derived
from drafter.compute.changes import round_half_up
from drafter.document import escape_markdown
from drafter.errors import TemplateError, possessive
from drafter.model import Measure
from drafter.render import peers
from drafter.render.environment import Md
from drafter.render.story import StoryContext, counted
from drafter.style import bands, numbers, wording


def per_head(ctx: StoryContext, measure: str, period: str | None = None, area: object = None,
             places: int | None = None, unit: bool = True) -> Md:
    """"52.3 charging points per 100,000 people" (``unit=False``: "52.3 per 100,000 people"): the measure per
    ``per`` people of its ``population`` measure (both set on the measure in campaign.yaml), rounded half-up to
    ``places`` (by default the house style's: one, none from ``rate_whole_from``, "1,919 per 100,000 people").
    A count of none has no rate worth giving: the count is said instead, "no charging points" (a
    template that says the count already asks ``has(m, p, above_zero=True)`` first); a rate that rounds to
    nothing reads "fewer than 0.1 per 100,000 people", never "0"."""
    where = ctx.area_of(area)
    period = period or ctx.campaign.periods[-1].id
    if peers.rate_of(ctx, where, measure, period)[0] == 0:
        return counted(ctx, measure, period, where.name)
    number, rounded = rate_number(ctx, measure, period, where.name, places)
    return Md(escape_markdown(_per_words(ctx, ctx.campaign.measure(measure), number, rounded, unit)))


def rate_number(ctx: StoryContext, measure: str, period: str | None = None, area: object = None,
                places: int | None = None) -> tuple[str, Decimal]:
    """The number of :func:`per_head` alone ("52.3"; "fewer than 0.1" for a rate that rounds to nothing; "0" for
    none, as a table's cell), recorded, and the value it shows."""
    where = ctx.area_of(area)
    period = period or ctx.campaign.periods[-1].id
    rate, formula, sources = peers.rate_of(ctx, where, measure, period)
    m = ctx.campaign.measure(measure)
    places = ctx.style.rate_places(rate) if places is None else places
    rounded = round_half_up(rate, places)
    shown = str(rounded)
    if rounded or not rate:
        number = numbers.published_rate_text(rounded, ctx.style) if rounded else "0"  # "25.0" beside "25.8"
    else:
        least = Decimal(1).scaleb(-places)
        number = ctx.style.language.fewer_than(numbers.count_text(least, ctx.style, figures=True), ctx.style,
                                               after_from=False)
        rounded, shown = least, f"below {least}"
    ctx.record(where, f"{measure}.{period}.per_{m.per}", number, rate, f"{formula} → {shown}", sources)
    return number, rounded


def rate_value(ctx: StoryContext, measure: str, period: str, area: object) -> Decimal:
    """The exact rate per head (nothing recorded): what a table sorts by."""
    return peers.rate_of(ctx, ctx.area_of(area), measure, period)[0]


def share(ctx: StoryContext, measure: str, period: str | None = None, area: object = None, after_word: str = ""
          ) -> Md:
    """"12 per cent": the area's count as a share of its parent's, in the house style's percentages ("less than
    0.1 per cent", "more than 99 per cent" short of either end). ``after_word``: the word the template writes
    before it, for the form the share takes there (Welsh "Mae hynny’n fwy na 99%": ``after_word="’n"``)."""
    where = ctx.area_of(area)
    period = period or ctx.campaign.periods[-1].id
    if where.parent is None:
        raise TemplateError(f"asks for the share of {where.name}, which has no parent area", field="template",
                            expected="share() for an area with a parent in areas.csv")
    value = ctx.value_of(where, measure, period)
    total = ctx.value_of(ctx.area_of(where.parent), measure, period)
    if ctx.hidden(measure, value) or ctx.hidden(measure, total) or sums_hidden(ctx, where.parent, measure, period):
        raise TemplateError(f"asks for the share of {where.name}, whose count, or one its parent's total sums, is "
                            "suppressed", field="template", expected=f"{{% if shared({measure!r}) %}} around it: "
                            "no share() where disclosure control hides a count")
    exact = derived.share(value.amount, total.amount)
    if exact is None:
        raise TemplateError(f"asks for {possessive(where.name)} share of a total of zero", field="template",
                            expected="{% if has(...) %} and a parent total above zero")
    text, rounded = wording.part_percent_text(exact, ctx.style)  # "less than 0.1 per cent", never "0.0"
    said = "" if text == wording.percent_text(exact, ctx.style)[0] else f" (said as {text})"
    printed = ctx.style.language.form_after(after_word, text) if after_word else text  # Welsh "’n fwy na 99%"
    ctx.record(where, f"{measure}.{period}.share", printed, exact,
               f"{value.amount} ÷ {total.amount} × 100 = {peers.short(exact)} → {rounded}{said}",
               value.sources + total.sources)
    return Md(escape_markdown(printed))


def shared(ctx: StoryContext, measure: str, period: str | None = None, area: object = None) -> bool:
    """Whether share() gives the area's share of its parent's total: both are given and above zero, and neither
    is a count disclosure control suppresses, nor does the total sum the one suppressed count of its areas (a
    share rounded to a per cent beside the other areas' exact counts would narrow it down to a count or two)."""
    where = ctx.area_of(area)
    period = period or ctx.campaign.periods[-1].id
    if where.parent is None:
        return False
    value = ctx.campaign.figures.get((where.name, measure, period))
    total = ctx.campaign.figures.get((where.parent, measure, period))
    return (value is not None and total is not None and value.amount > 0 and total.amount > 0
            and not ctx.hidden(measure, value) and not ctx.hidden(measure, total)
            and not sums_hidden(ctx, where.parent, measure, period))


def sums_hidden(ctx: StoryContext, area: str, measure: str, period: str) -> bool:
    """Whether ``area``'s total sums exactly one count disclosure control suppresses: the total, less its other
    areas' exact counts, would give that one away (two or more give only their sum, which names no area, as
    :func:`drafter.compute.disclosure.recoverable` has it)."""
    values = [ctx.campaign.figures.get((child.name, measure, period)) for child in ctx.campaign.children(area)]
    return sum(1 for value in values if value is not None and ctx.hidden(measure, value)) == 1


def rated(ctx: StoryContext, measure: str, period: str | None = None, area: object = None) -> bool:
    """Whether per_head() gives the area a rate: its count is given and above zero, and so is its population
    (for the period, or the latest period given). A population marked not available, or a parent's summed over
    one, gives no rate; nor does a count disclosure control suppresses, nor a parent's total that sums the one
    suppressed count of its areas (its rate, times the population, gives the total, and so that count); ask this
    before per_head()."""
    where = ctx.area_of(area)
    period = period or ctx.campaign.periods[-1].id
    m = ctx.campaign.measure(measure) if measure in {x.id for x in ctx.campaign.measures} else None
    value = ctx.campaign.figures.get((where.name, measure, period))
    if m is None or not m.population or value is None or value.amount <= 0 or ctx.hidden(measure, value) \
            or sums_hidden(ctx, where.name, measure, period):
        return False  # no rate of a count disclosure control hides, nor of a total summing one: it gives it away
    people = [ctx.campaign.figures.get((where.name, m.population, p.id)) for p in ctx.campaign.periods]
    given = ctx.campaign.figures.get((where.name, m.population, period)) or \
        next((v for v in reversed(people) if v is not None), None)
    return given is not None and given.amount > 0


# --- the arithmetic's inputs ------------------------------------------------------------------------------

def _per_words(ctx: StoryContext, m: Measure, number: str, rounded: Decimal, with_unit: bool) -> str:
    language = ctx.style.language
    code = language.code
    people = ctx.campaign.measure(m.population)
    unit = m.words("unit", code) or m.unit
    per = numbers.count_text(Decimal(m.per), ctx.style, figures=True)
    # a rate as printed takes its unit as any rate does: "1.0 charging points", and unit_one after a whole 1 only
    rate = bands.with_unit(number, rounded, unit, ctx.style, m.words("unit_one", code)) if with_unit else number
    return ctx.style.furniture.per_head.format(
        rate=rate,
        per=language.counted(per, Decimal(m.per), people.words("unit_one", code) or people.unit,
                             people.words("unit", code) or people.unit))

