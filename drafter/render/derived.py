"""Derived figures as a template prints them, each a fact with its formula and source cells: a rate per N people
(``per_head``), a share of the parent's total (``share``), and where an area ranks among its parent's areas by
count, by rate per head, or by the size of its change (``rank``, ``top``; a league's order:
:mod:`drafter.render.league`). The arithmetic is
:mod:`drafter.compute.derived`; the words come from the house style."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from drafter.compute import derived
from drafter.compute.changes import round_half_up
from drafter.document import escape_markdown
from drafter.errors import TemplateError, how_many, name_list
from drafter.model import Area, Measure, SourceRef
from drafter.render import peers
from drafter.render.environment import Md
from drafter.render.story import StoryContext, counted
from drafter.style import numbers, wording
from drafter.style.shown import shown_value

BY = ("count", "rate", "change", "percent")


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
        raise TemplateError(f"asks for {where.name}'s share of a total of zero", field="template",
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


def rank(ctx: StoryContext, measure: str, period: str | None = None, area: object = None, by: str = "count",
         lowest: bool = False, after: str = "", the: str = "") -> Md:
    """Where the area ranks among its parent's areas, highest first ("third", "joint second"; ``lowest=True``:
    lowest first): ``by`` its count, its ``rate`` per head, its ``change`` since the first period, or its
    ``percent`` change (areas whose change has no percentage, from a small or zero base, are not ranked).
    ``after``: the word before it, printed with it in the form the language gives it there (Welsh
    ``after="yn"``: "yn drydydd"); ``the``: the noun after it, printed with the article (Welsh
    ``the="cynnydd mwyaf"``: "yr ail gynnydd mwyaf"; with ``after="dyma"``, the article joined to that word as the
    language joins them: "dyma’r trydydd nifer lleiaf"; English ``the="largest rise"``: "the joint largest rise", first
    unsaid, en_US "tied for the third largest rise")."""
    language = ctx.style.language

    def words(ordinal: str, found: derived.Rank) -> tuple[str, str]:  # the ordinal as printed, and the words
        if not the:  # after the word before it: Welsh "yn drydydd"
            return language.form_after(after, ordinal), ""
        article, noun = language.ordinal_before(ordinal, the)  # "dyma" + "y trydydd" → "dyma’r trydydd"
        two = language.other_of_two(the) if found.among == 2 and found.position == 2 else None
        shown = language.ordinal_form(ordinal, the)  # Welsh "y drydedd gyfradd"; English first unsaid
        phrase = two or " ".join(filter(None, (article, shown, noun)))  # "the highest", "the smaller fall"
        return ("" if two else shown), language.after_word(after, phrase) if after else phrase

    text, _, phrase = rank_recorded(ctx, measure, period, area, by, lowest, form=words)
    if the:
        return Md(escape_markdown(phrase))
    printed = Md(escape_markdown(language.form_after(after, text)))
    return Md(f"{escape_markdown(after)} {printed}") if after else printed


def rank_recorded(ctx: StoryContext, measure: str, period: str | None = None, area: object = None, by: str = "count",
                  lowest: bool = False, figures: bool = False, decides: str = "",
                  form: Callable[[str, derived.Rank], tuple[str, str]] | None = None
                  ) -> tuple[str, derived.Rank, str]:
    """The rank as :func:`rank` prints it alone ("third", "joint second"; ``figures``: "3rd", "joint 2nd", as a
    table's Rank column prints it), recorded as a fact (``decides``: as one only deciding that wording, not
    printed), the place it stands for, and the words ``form`` gives. ``form``: the ordinal as the release prints
    it there and the words around it, recorded as printed where it says the same rank (Welsh "yn drydydd", "y
    drydedd gyfradd uchaf"), else as deciding those words ("the joint highest rate", first unsaid; en_US "tied
    for the second highest rate"; "the smaller fall")."""
    where, found, formula, sources = _ranking(ctx, measure, period, area, by, lowest)
    text = wording.ordinal_text(found.position, ctx.style, tied=found.tied, figures=figures)
    shown, phrase = form(text, found) if form is not None else (text, "")
    said = shown_value(shown, ctx.style) == shown_value(text, ctx.style)
    ctx.record(where, _rank_name(ctx, measure, period, by, lowest), shown if said else text, Decimal(found.position),
               formula, sources, decides if said else decides or f"the words “{phrase}”")
    return text, found, phrase


def ranked(ctx: StoryContext, measure: str, period: str | None = None, area: object = None, by: str = "count"
           ) -> bool:
    """Whether a rank of the area among its parent's areas says anything, and is true: it has a parent, it has
    something to be ranked by, and so has at least one other of the parent's areas. "The highest rate in Mid
    Wales" of the only area in Mid Wales (or the only one with a figure) is not said, nor a rank among the areas
    of a parent areas.csv lists only some of (areas_listed: some): "the highest in the region" of five of its ten
    councils. Beside an area whose figure nobody may see, the rank is given only where it holds wherever that
    figure lies: a count suppressed below a threshold of 5 is from 1 to 4, so an area with a rate above the
    highest that count could give is above it whatever it is; one marked not available could be anything, so
    none of its region's areas is ranked ("the lowest rate in Wales" is not known while another's is not). By
    percent, areas on a small or zero base are left out, as ever. Nor is a rank among areas that are all equal
    (every one "the joint highest" and "the joint lowest" at once): it says nothing."""
    if by not in BY:
        raise TemplateError(f"asks for a rank by {by!r}", field="template", expected="by= one of " + ", ".join(BY))
    where = ctx.area_of(area)
    if where.parent is None or ctx.campaign.area(where.parent).some_areas:
        return False
    values, hidden, _ = peers.of_parent(ctx, measure, period or ctx.campaign.periods[-1].id, by, where.parent)
    if where.name not in values or len(values) + len(hidden) < 2:
        return False
    if not hidden and len(set(values.values())) == 1:
        return False  # all equal: no area stands anywhere among them
    if derived.bounded_rank(values, hidden, where.name) is not None:
        return True
    if by == "rate":
        _unranked_without_population(ctx, measure, where, values[where.name], hidden)
    return False


def _unranked_without_population(ctx: StoryContext, measure: str, where: Area, mine: Decimal,
                                 hidden: dict[str, derived.Bounds]) -> None:
    """Warn that ``where`` is not ranked by rate because an area of its region has no population, so its rate
    is not known (it may be above or below ``mine``), naming that area and what to give."""
    m = ctx.campaign.measure(measure)
    for name, bounds in hidden.items():
        if not (bounds.below(mine) or bounds.above(mine)) and not peers.has_population(ctx, ctx.campaign.area(name), m):
            ctx.warn("rate_not_ranked", f"{name} has no {m.population!r} figure, so its rate of {m.label} is not "
                     f"known and could be above or below these areas' rates: they are not ranked by rate in "
                     f"{where.parent}; give {name}'s {m.population!r} in the figures to rank them", where)


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


def top(ctx: StoryContext, measure: str, period: str | None = None, area: object = None, by: str = "count",
        lowest: bool = False, joint: bool = False, half: bool = False) -> bool:
    """Whether the area ranks first (alone): "the largest rise in Wales" rather than "the second largest";
    ``joint``: whether it shares first place, for "the joint highest rate" (not "the joint first highest");
    ``half``: whether it stands nearer this end than the other, for "the third lowest" of 28 rather than "the
    26th highest"; by change, among the areas that went the same way (the smallest of four rises is nearer the
    smallest rise, whatever falls lie below it), so "the fourth largest rise" of four is not said (of a region's
    two areas, never: the second is "the smaller rise"). The rank is recorded either way, as a fact only deciding
    the wording (the fact sheet shows it with nothing printed, unless rank() prints it too)."""
    end, other = ("lowest", "highest") if lowest else ("highest", "lowest")
    decides = f"whether it is nearer the {end} than the {other}" if half else \
        f"whether it is the joint {end}" if joint else f"whether it alone is the {end}"
    where, found = ctx.area_of(area), rank_recorded(ctx, measure, period, area, by, lowest, decides=decides)[1]
    if half and peers.ranked_by(ctx, measure, by) == "change":
        values, hidden, _ = peers.of_parent(ctx, measure, period or ctx.campaign.periods[-1].id, by, where.parent or "")
        up = values[where.name] > 0  # the areas that went the same way, hidden ones only where they surely did
        way = {n: v for n, v in values.items() if v != 0 and (v > 0) == up}
        sure = {n: b for n, b in hidden.items() if (b.low is not None and b.low > 0 if up else
                                                     b.high is not None and b.high < 0)}
        here, there = (derived.bounded_rank(way, sure, where.name, lowest=end) for end in (lowest, not lowest))
        return found.among > 2 and here is not None and there is not None and here.position < there.position
    if half:
        return found.position < _ranking(ctx, measure, period, area, by, not lowest)[1].position
    return found.position == 1 and found.tied == joint


def only(ctx: StoryContext, measure: str, period: str | None = None, area: object = None, lowest: bool = False,
         the: str = "") -> Md:
    """"the only rise in Wales" (``lowest``: "the only fall"; Welsh "yr unig gynnydd", the noun ``the`` as the
    language has it after "only"): the words when the area's count rose (fell) since the first period and no
    other of its parent's areas' did, nor could have (a hidden count that might have), else "" (false), so that
    "the largest fall" is not said of the only one. Its rank by change is recorded as the fact the words rest on
    (not printed as "first", as top()'s)."""
    where = ctx.area_of(area)
    period = period or ctx.campaign.periods[-1].id
    if where.parent is None or ctx.campaign.area(where.parent).some_areas:
        return Md("")
    values, hidden, _ = peers.of_parent(ctx, measure, period, "change", where.parent)
    def went(low: Decimal | None, high: Decimal | None) -> bool:  # could have gone that way
        return low is None or low < 0 if lowest else high is None or high > 0
    mine = values.get(where.name)
    if mine is None or not (mine < 0 if lowest else mine > 0) or len(values) + len(hidden) < 2 \
            or any(went(v, v) for n, v in values.items() if n != where.name) \
            or any(went(b.low, b.high) for b in hidden.values()):
        return Md("")
    where, _, formula, sources = _ranking(ctx, measure, period, area, "change", lowest)
    ctx.record(where, _rank_name(ctx, measure, period, "change", lowest), wording.ordinal_text(1, ctx.style),
               Decimal(1), f"{formula}; the only one {'down' if lowest else 'up'}", sources,
               decides=f"whether it is the only {'fall' if lowest else 'rise'}")  # printed as its words, not "first"
    return Md(escape_markdown(ctx.style.language.only_one(the)))


# --- the arithmetic's inputs ------------------------------------------------------------------------------

def _per_words(ctx: StoryContext, m: Measure, number: str, rounded: Decimal, with_unit: bool) -> str:
    language = ctx.style.language
    code = language.code
    people = ctx.campaign.measure(m.population)
    unit = m.words("unit", code) or m.unit
    per = numbers.count_text(Decimal(m.per), ctx.style, figures=True)
    rate = language.counted(number, rounded, m.words("unit_one", code) or unit, unit) if with_unit else number
    return ctx.style.furniture.per_head.format(
        rate=rate,
        per=language.counted(per, Decimal(m.per), people.words("unit_one", code) or people.unit,
                             people.words("unit", code) or people.unit))


def _ranking(ctx: StoryContext, measure: str, period: str | None, area: object, by: str, lowest: bool
             ) -> tuple[Area, derived.Rank, str, tuple[SourceRef, ...]]:
    if by not in BY:
        raise TemplateError(f"asks for a rank by {by!r}", field="template", expected="by= one of " + ", ".join(BY))
    where = ctx.area_of(area)
    period = period or ctx.campaign.periods[-1].id
    if where.parent is None:
        raise TemplateError(f"asks for the rank of {where.name}, which has no parent area", field="template",
                            expected="rank() for an area with a parent in areas.csv")
    if ctx.campaign.area(where.parent).some_areas:
        raise TemplateError(f"asks for the rank of {where.name} among the areas of {where.parent}, but areas.csv "
                            f"lists only some of them (areas_listed: some)", field="template",
                            expected=f"{{% if ranked({measure!r}, by={by!r}) %}} around it: a rank among some of "
                            "a region's areas is no rank in the region")
    ctx.value_of(where, measure, period)  # the area's own figure: refused, with its reason, when there is none
    values, hidden, sources = peers.of_parent(ctx, measure, period, by, where.parent)
    if where.name in hidden:
        raise TemplateError(f"asks for the rank of {where.name} by {by}, but its figure is suppressed or not "
                            "available", field="template", expected=f"{{% if ranked({measure!r}, by={by!r}) %}} "
                            "around it: a rank would narrow down a suppressed count")
    if where.name not in values:
        raise TemplateError(f"asks for the rank of {where.name} by {by}, which it has none of (a small or zero "
                            "base has no percentage)", field="template", expected="rank() by count or change")
    if len(values) + len(hidden) < 2:
        raise TemplateError(f"asks for the rank of {where.name} among the areas of {where.parent}, but it is the only "
                            f"one with a figure to rank by {by}", field="template",
                            expected=f"{{% if ranked({measure!r}, by={by!r}) %}} around it: first of one is no rank")
    result = derived.bounded_rank(values, hidden, where.name, lowest=lowest)
    if result is None:
        unsure = name_list([name for name, b in hidden.items() if not (b.below(values[where.name])
                                                                         or b.above(values[where.name]))],
                           and_word="or")
        raise TemplateError(f"asks for the rank of {where.name} by {by} among the areas of {where.parent}, but it "
                            f"depends on {unsure}'s figure, which is suppressed or not available", field="template",
                            expected=f"{{% if ranked({measure!r}, by={by!r}) %}} around it: a rank that holds "
                            "wherever a hidden figure lies")
    left_out = len(ctx.campaign.children(where.parent)) - len(values) - len(hidden)
    joint, by = " (joint)" if result.tied else "", peers.ranked_by(ctx, measure, by)  # "percent" of weeks: change
    formula = f"rank {result.position}{joint} of {how_many(result.among, 'area')} in {where.parent}"
    if by != "count" or lowest:
        formula += f", by {by}, {'lowest' if lowest else 'highest'} first"
    if left_out:
        formula += f" ({left_out} without a figure left out)"
    for name, b in hidden.items():
        side = "below" if b.below(values[where.name]) else "above"
        formula += f" ({peers.hidden_note(ctx, measure, by, name, b)}: {side} this area's wherever it lies)"
    return where, result, formula, tuple(sources)


def _rank_name(ctx: StoryContext, measure: str, period: str | None, by: str, lowest: bool) -> str:
    period, by = period or ctx.campaign.periods[-1].id, peers.ranked_by(ctx, measure, by)
    first = ctx.campaign.periods[0].id
    name = {"count": f"{measure}.{period}", "rate": f"{measure}.{period}.per_{ctx.campaign.measure(measure).per}",
            "change": f"{measure}.{first}-{period}.change", "percent": f"{measure}.{first}-{period}.percent"}[by]
    return f"{name}.rank" + ("_lowest" if lowest else "")
