"""Where an area ranks among its parent's areas, as a template prints it and as a fact with its formula and
source cells: by count, by rate per head, or by the size of its change (``rank``, ``ranked``, ``top``, ``only``;
a league's order: :mod:`drafter.render.league`). The arithmetic is :mod:`drafter.compute.derived`, the rate an
area is ranked by :func:`drafter.render.derived.rate_value`; the words come from the house style."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from drafter.compute import derived
from drafter.document import escape_markdown
from drafter.errors import TemplateError, how_many, name_list, possessive
from drafter.model import Area, SourceRef
from drafter.render import peers
from drafter.render.environment import Md
from drafter.render.story import StoryContext
from drafter.style import wording
from drafter.style.shown import shown_value

BY = ("count", "rate", "change", "percent")


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
    count = ctx.value_of(where, measure, period or ctx.campaign.periods[-1].id).amount
    if peers.ranked_by(ctx, measure, by) == "rate" and count < ctx.style.small_base:  # 3 fires in 1,102 homes
        ctx.warn("small_rate", f"{possessive(where.name)} rate of {ctx.campaign.measure(measure).label} is ranked "
                 f"among the areas of {where.parent}, but it rests on a count of {count:,}, below "
                 f"{ctx.style.small_base} (small_base): a rate from so few moves a long way with one more"
                 f"{' or one fewer' if count else ''}, so read what the release says of its rank, and say the count "
                 "beside it or leave the rank out", ctx.area)
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
                     f"{where.parent}; give {possessive(name)} {m.population!r} in the figures to rank them", where)


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
                            f"depends on {possessive(unsure)} figure, which is suppressed or not available",
                            field="template",
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
