"""Checks on a rendered release's facts, made before it is accepted: figures in quotes supported by the data, no
suppressed count recoverable by subtraction, one rounding level per figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from drafter.compute import disclosure
from drafter.compute.changes import compute_change, round_half_up
from drafter.errors import InputError, QuoteError, TemplateError, name_list, period_named, possessive
from drafter.model import Change, Measure, Quote, SourceRef, Value
from drafter.quotes.claims import Claim, describes, find_claims, judge
from drafter.quotes.scope import ONLY, scope_match
from drafter.quotes.worded import as_goal, changes_said, free_numbers, unit_change, unit_claims
from drafter.render.context import ReleaseContext
from drafter.render.story import count_units
from drafter.render.supported import supported
from drafter.style import wording
from drafter.style.base import TENSES, HouseStyle, Language, is_percentage
from drafter.style.house import PRESETS
from drafter.style.lang import languages
from drafter.style.typed import month_words, qualifier_words, scale_words


def check_release(ctx: ReleaseContext, text: str = "") -> None:
    """Every check below, in order (``text``: the rendered Markdown, for the checks on wording)."""
    check_quote_figures(ctx)
    check_disclosure(ctx)
    check_rounding_levels(ctx)
    check_count_of_one(ctx, text)
    check_plural_units(ctx)


def check_quote_figures(ctx: ReleaseContext) -> None:
    """Every figure a quote states must be supported by this release's data (see :mod:`drafter.quotes.claims`)."""
    language = ctx.style.language
    qualifiers, free = _reading(ctx.style)[0], free_numbers(ctx.campaign.measures, ctx.style)
    measured = measure_words(ctx.campaign.measures, language)
    units = changing_units(ctx.campaign.measures, language)  # "two weeks shorter": a change in weeks, in words
    claims = [(quote, claim) for quote in ctx.quotes for paragraph in quote.paragraphs
              for claim in claims_in(paragraph, ctx.style, free, measured, units)]
    if not claims:  # most quotes state no figure: nothing below to look up
        return
    worded, bands, printed, numbers, points, levels, in_units = supported(ctx)
    counts_money = any(wording.is_money(m.unit) for m in ctx.campaign.measures)
    for quote, claim in claims:
        verdict = judge(claim, ctx.changes, bands, printed, numbers, points, levels, in_units)
        counted = counts_else(claim, measured, language) if not verdict.supported else None
        words = " ".join(claim.text.split())  # as the press officer reads it: a no-break space is a space
        if not verdict.supported and (claim.kind in ("share", "goal") or (claim.money and not counts_money)):
            counted = counted or ""  # "one in five"; "£45,000" in a count of people
        if counted is not None:
            said = f"{words} {counted}".strip()
            what = "a target or standard, not a figure of the data" if claim.kind == "goal" else \
                "a figure of something the campaign does not measure"
            ctx.warn("quote_unchecked", f"quote {quote.id!r} says '{said}', {what}: drafter cannot check "
                     "it against the data, so check it by hand", ctx.area)
        elif not verdict.supported:  # a change in weeks refused: the data's "falls of 0.1, 1.0 and 2.2 weeks"
            data = changes_said(claim, ctx.changes, in_units, ctx.campaign.measures, ctx.area.name) or \
                verdict.nearest or "none"
            raise QuoteError(
                f"area {ctx.area.name!r}: quote {quote.id!r} says {words!r}, which this "
                "release's figures do not support", source=quote.source,
                expected=(_data_shows(ctx, printed) + ": change the quote's words, or withdraw it"
                          if claim.kind == "band" else points_meant(claim, points) or
                          f"a figure that agrees with the data ({data})"
                          + _hedged(claim, qualifiers, numbers, printed, ctx.changes))
                + _kept_to_parent(quote, ctx, claim))
        flag = verdict.flag or ("the release gives this change as a percentage"
                                if claim.kind == "band" and claim.band not in worded else None)
        if flag:
            ctx.warn("quote_rounding", f"quote {quote.id!r} says {words!r} but "
                     f"{flag}: one figure at two rounding levels", ctx.area)


def claims_in(paragraph: str, style: HouseStyle, free: tuple[str, ...] = (),
              measured: frozenset[str] = frozenset(), units: tuple[str, ...] = ()) -> tuple[Claim, ...]:
    """The figures a quote's paragraph states, read in ``style``'s language as `drafter check` reads them: its
    qualifiers, percentage points, numbers to ring, change words, per cent, targets, scales ("1.2 million",
    Welsh "miliwn") and months ("4 September" is a day); ``free``: the numbers that are no figures
    (:func:`free_numbers`); ``measured``: the words of what the campaign measures (:func:`measure_words`), which make
    a number beside a month a count ("In June 12 people"); ``units``: the units of the rates that change in them
    (:func:`changing_units`), before which a number in words is a figure too: "two weeks shorter"; a figure before
    one said as a change ("fell by 2.2 weeks", "three weeks shorter") is one (:func:`unit_change`)."""
    language = style.language
    qualifiers, point_words, scales, months = _reading(style)
    claims = find_claims(paragraph, qualifiers, point_words, language.dial_words, bands=language.band_phrases,
                         percent_words=language.percent_words, free=free, goals=language.goal_words, scales=scales,
                         months=months, counted=measured, dial_on=language.dial_on) + unit_claims(
        paragraph, _number_names(style), units, qualifiers)
    claims = tuple(as_goal(c, language.goal_words) for c in claims)  # "a target of seven minutes": by hand
    if not units:
        return claims
    leads, comparatives = _change_leads(style), language.unit_comparatives
    return tuple(unit_change(c, units, leads, comparatives) for c in claims)


@lru_cache(maxsize=16)
def _change_leads(style: HouseStyle) -> tuple[tuple[str, str], ...]:
    """The words before a change in a rate's unit, each with the way it went: drafter's own, read off its wording
    of a rise and a fall in every tense, headline and noun ("rose by", "has fallen by", "a fall of", Welsh "wedi
    gostwng", "gostyngiad o"), and the language's other direction words ("down by", "decreased"; not "down from",
    before the earlier figure)."""
    source, language = (SourceRef("quotes.yaml"),), style.language
    found = {words: way for words, way in language.direction_words if words.split()[-1] != language.from_word}
    for new in ("8", "12"):
        c = compute_change("", "", "rate", "", "", Value(Decimal(10), source), Value(Decimal(new), source), "weeks",
                           "unit")
        said = [wording.change_noun(c, style)[0], *(wording.change_words(c, style, tense, headline=headline)[0]
                                                  for tense in TENSES for headline in (False, True))]
        found |= {" ".join(text.split(" 2 ")[0].casefold().split()): c.direction for text in said if " 2 " in text}
    return tuple(found.items())


@lru_cache(maxsize=16)
def _number_names(style: HouseStyle) -> tuple[tuple[str, int], ...]:
    """The numbers in words a quote in ``style`` may say, with their values, in every form (Welsh "ddwy" too)."""
    language = style.language
    return tuple(dict.fromkeys([(w, i) for i, w in enumerate(style.number_words) if i] + [
        (form, value) for word, value in language.number_names for form in language.forms(word)]))


@lru_cache(maxsize=16)  # one campaign's measures, read for every release of the batch
def changing_units(measures: Sequence[Measure], language: Language) -> tuple[str, ...]:
    """The unit and unit_one, in the release's language and English, of each rate whose changes are given in its
    unit (``change_in: unit``): "weeks", "week", Welsh "wythnosau", "wythnos"."""
    return tuple(dict.fromkeys(said for m in measures if m.kind == "rate" and m.change_in == "unit" and not
                               is_percentage(m.unit) for code in dict.fromkeys((language.code, "en"))
                               for key in ("unit", "unit_one") if (said := m.words(key, code))))


@lru_cache(maxsize=16)  # every quote of every release of a batch is read in one style
def _reading(style: HouseStyle) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[tuple[str, int], ...],
                                         tuple[str, ...]]:
    """What the quote check reads in ``style``'s language, as `drafter check` does: qualifiers, the words of
    percentage points, scales (in every language, as check reads them) and months (in every preset of the
    language)."""
    language = style.language
    kin = [style, *(preset for preset in PRESETS.values() if preset.language is language and preset is not style)]
    points = (style.percent_points, *filter(None, (language.percent_point,)))
    return (claim_qualifiers(language, style), points, scale_words(PRESETS.values()),
            tuple(name for name, _ in month_words(kin)))


def _hedged(claim: Claim, qualifiers: tuple[tuple[str, str], ...], numbers: dict[Decimal, str],
            printed: dict[Decimal, str], changes: Sequence[Change]) -> str:
    """For a bare figure that is one of the data's rounded ("1,700" for 1,747, "190%" for 193 per cent): the
    words in the quote's language that would make it true ("; 'more than 1,700' or 'about 1,700' is true of
    '1,747'"), so the speaker can be asked to approve one; "" for any other claim."""
    if claim.qualifier is not None or claim.value is None or claim.kind not in ("number", "percent"):
        return ""
    if claim.kind == "number":
        places, shown = max(0, -int(claim.value.as_tuple().exponent)), numbers
    else:
        places = len(claim.text.split(".")[1].split()[0].rstrip("%")) if "." in claim.text else 0
        shown = {abs(c.percent): printed.get(abs(c.percent), str(round_half_up(abs(c.percent), places)))
                 for c in changes if c.percent is not None}
    words = {meaning: word for word, meaning in reversed(qualifiers)}  # each claim's first word: "more than"
    last = Decimal(1).scaleb(int(claim.value.normalize().as_tuple().exponent))  # its last non-zero place
    for value, text in sorted(shown.items()):
        if value.quantize(last, rounding=ROUND_HALF_UP) != claim.value:  # another figure, not this one rounded
            continue
        true = [f"'{word} {' '.join(claim.text.split())}'" for meaning, word in words.items()
                if meaning != "fewer" and describes(meaning, claim.value, value, places)]
        if true:
            return f"; {' or '.join(sorted(true))} is true of {text!r}"
    return ""


def points_meant(claim: Claim, points: dict[Decimal, str]) -> str:
    """For a per cent claim whose figure is a percentage's change in points ("rose by 0.9 per cent" of 48.1 to 49.0
    per cent): what to say instead; "" otherwise."""
    if claim.kind != "percent" or claim.value is None or abs(claim.value) not in points:
        return ""
    return f"{points[abs(claim.value)]!r}: a percentage changes in percentage points, not per cent"


def _data_shows(ctx: ReleaseContext, printed: dict[Decimal, str]) -> str:
    """What the release's changes are, in the plain words of drafter's messages (English): "words true of the data,
    which shows a fall of 33 per cent in Cheshire and a rise of 84 per cent in North West"."""
    english = languages()["en"]
    said = list(dict.fromkeys(
        f"{english.change_noun(c.direction, printed.get(abs(c.percent)) if c.percent is not None else None)} "
        f"in {c.area}" for c in ctx.changes))
    if not said:  # no two periods compared (a figure not available, or one period): not "no change", which is one
        return "words true of the data; this release works out no change between periods"
    return f"words true of the data, which shows {name_list(said, and_word='and')}"


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=16)  # one campaign's measures, read for every release of the batch
def measure_words(measures: Sequence[Measure], language: Language) -> frozenset[str]:
    """The words of what the campaign measures, in the release's language and English: each measure's label,
    unit, unit_one and subject ("fires", "accidental", "dwelling", …), small words ("in", "the") aside."""
    small = {w.casefold() for w in language.not_counted}
    texts = (m.words(key, code) for m in measures for code in dict.fromkeys((language.code, "en"))
             for key in ("label", "unit", "unit_one", "subject"))
    return frozenset(w for text in texts for w in _WORD.findall(re.sub(r"\{[^}]*\}", " ", text.casefold()))
                     if len(w) > 2 and w not in small)


def counts_else(claim: Claim, measured: frozenset[str], language: Language) -> str | None:
    """The words after a figure in a quote that say it counts something the campaign does not measure ("hours a
    day" in "24 hours a day", "days a week"), to be checked by hand rather than against the data; None for a figure
    with no words of its own ("from 293 to 236") or with the measure's ("236 fires", "a fire": the same first five
    letters)."""
    small = {w.casefold() for w in language.not_counted}
    words: list[str] = []
    for word in _WORD.findall(claim.after)[:3]:  # up to a plural noun: "fewer families" in "fewer families whose"
        if word.casefold() in small:
            break
        words.append(word)
        if language.ends_counted(word.casefold()):
            break
    if claim.kind != "number" or not words:
        return None
    # A plural noun that ends the words is what they count; the words before it only describe it: "40 more call
    # handlers" counts handlers, not the campaign's calls.
    head = words[-1:] if language.ends_counted(words[-1].casefold()) else words
    if any(w.casefold()[:5] == m[:5] for w in head for m in measured if len(w) > 2):
        return None
    return " ".join(words)


def claim_qualifiers(language: Language, style: HouseStyle | None = None) -> tuple[tuple[str, str], ...]:
    """The words before a figure in a quote in ``language`` (in ``style`` first, where given) and what each claims
    ("nearly", "more", "fewer", "about"): those `drafter check` reads, in every preset of the language ("fwy na
    £450,000", "llai na 200")."""
    kin = [preset for preset in PRESETS.values() if preset.language is language and preset is not style]
    return qualifier_words([style, *kin] if style else kin)


def _kept_to_parent(quote: Quote, ctx: ReleaseContext, claim: Claim) -> str:
    """For a quote that reaches the release through a parent's name in its areas, or through all with a figure of
    the top area's (a national spokesperson's national total): how to keep it to that area's own release, where its
    figures may be true."""
    match = scope_match(quote, ctx.area, ctx.parents)
    named = match.named if match is not None else None
    if match is not None and not named and claim.kind == "number":  # a quote for all: the top area's figure?
        top = ctx.area.name
        while (up := ctx.parents.get(top)) and up != ctx.area.name:
            top = up
        given = {v.amount: str(v.amount) for (area, _, _), v in ctx.campaign.figures.items() if area == top}
        named = top if top != ctx.area.name and judge(claim, [], {}, {}, given).supported else None
    if match is None or match.rank < 2 or not named:
        return ""
    return f"; or, if it speaks of {named} alone, areas: [{named} {ONLY}] keeps it to that release"


def check_disclosure(ctx: ReleaseContext) -> None:
    """Refuse a release from which a suppressed count could be worked out: its parent's count and every other
    area's in the same parent printed exactly, leaving one suppressed area as the difference."""
    leak = disclosure.leak_in(ctx.campaign, disclosure.exact_cells(ctx.facts))
    if leak is not None:
        raise TemplateError(
            f"area {ctx.area.name!r}: the release gives {possessive(leak.parent)} {leak.measure} for "
            f"{period_named(leak.period, ctx.campaign.periods)} "
            f"and every area in it but {leak.area}, whose count is suppressed: it could be "
            "worked out by subtraction", field="template",
            expected="a release that cannot give it away: " + disclosure.fixes(ctx.campaign, leak) + f"; or "
            f"{possessive(ctx.area.name)} release left out of this draft (the other areas listed under areas: in "
            f"campaign.yaml)")



def check_rounding_levels(ctx: ReleaseContext) -> None:
    """One figure, one rounding level per release: "193 per cent" beside "nearly 200 per cent" is refused, or
    warned about when house_style sets rounding_conflicts: warn. Words and figures that say the same ("five"
    and "5", "none" and "0") are one level (:func:`~drafter.style.shown.shown_value`)."""
    shown: dict[tuple[str, str], list[str]] = {}
    for fact in ctx.facts:
        texts = shown.setdefault((fact.area, fact.name), [])
        if fact.text not in texts:
            texts.append(fact.text)
    for (area, name), texts in shown.items():
        if len(texts) < 2 or len({wording.shown_value(t, ctx.style) for t in texts}) < 2:  # printed one way
            continue
        message = f"{possessive(area)} {name} is shown at two rounding levels: {', '.join(repr(t) for t in texts)}"
        if ctx.style.rounding_conflicts == "warn":
            ctx.warn("rounding_conflict", message, ctx.area)
        else:
            raise TemplateError(f"area {ctx.area.name!r}: {message}", field="template",
                                expected="one way of giving each figure in a release (or house_style: "
                                "rounding_conflicts: warn)")


def check_count_of_one(ctx: ReleaseContext, text: str) -> None:
    """Warn where a count of one or none is printed as a bare figure before its measure's plural unit ("one
    people", "0 people", Welsh "1 o bobl"): ``count()`` words it with its unit ("one person", "no one"), or the
    template recasts the sentence. And where ``count()`` itself says "one calls": campaign.yaml's ``unit_one``."""
    language = ctx.style.language
    measures = {m.id: m for m in ctx.campaign.measures if m.kind == "count" and not wording.is_money(m.unit)}
    for fact in ctx.facts:
        measure_id, _, period = fact.name.partition(".")
        measure = measures.get(measure_id)
        if measure is None or "." in period or fact.value not in (0, 1):
            continue
        try:
            one, many = count_units(measure, language)
        except InputError:  # no unit in the release's language: count() says so where a template asks for it
            continue
        bare = fact.text + language.counted("9", Decimal(9), one, many).removeprefix("9")  # "one people"
        right = language.counted(fact.text, fact.value, one, many)
        if right != bare and _printed(bare, text):
            ctx.warn("count_of_one", f"{possessive(fact.area)} {fact.name} is {'one' if fact.value else 'none'}, "
                                     f"printed as "
                     f"{bare!r}: write {right!r} ({{{{ count({measure_id!r}, {period!r}) }}}} says it so), or "
                     "recast the sentence", ctx.area)
        elif fact.value == 1 and one == many and _printed(right, text):  # count() with no unit after one
            singular, given = language.singular(many), measure.words("unit_one", language.code)
            if singular != many or not given:
                key = "unit_one" if given else f"unit_one_{language.code}"
                ctx.warn("count_of_one", f"{possessive(fact.area)} {fact.name} is one, printed as {right!r}: give "
                                         f"the unit after one in campaign.yaml (under measures: {measure_id}:, {key}"
                         f"{': ' + singular if singular != many else ''})", ctx.area)


def check_plural_units(ctx: ReleaseContext) -> None:
    """Warn where a measure's unit in the release's language is the same word as its unit after one, while the
    English ones differ ("wythnos" as both unit_cy and unit_one_cy beside "weeks" and "week"): every figure but one
    would read "19.8 o wythnos", where the language puts the plural."""
    language = ctx.style.language
    for measure in ctx.campaign.measures:
        many, one = measure.words("unit", language.code), measure.words("unit_one", language.code)
        shown = language.counted("19.8", Decimal("19.8"), one or many, many) if many else ""
        doubled = re.match(r"\S+\s+(\w+)\s+\1(?!\w)", shown)
        if doubled:  # "o bobl" as unit_cy: "31 o o bobl"
            ctx.warn("plural_unit", f"measures.{measure.id}.unit_{language.code} is {many!r}: a figure reads "
                     f"{shown!r}; leave {doubled.group(1)!r} out of unit_{language.code}, as drafter "
                     "puts it after each figure itself", ctx.area)
        if not many or many != one or measure.unit == measure.unit_one or wording.is_money(measure.unit):
            continue
        shown = language.counted("19.8", Decimal("19.8"), one, many)
        ctx.warn("plural_unit", f"measures.{measure.id}.unit_{language.code} is {many!r}, the same word as "
                 f"unit_one_{language.code}, where unit and unit_one differ ({measure.unit!r}, {measure.unit_one!r}): "
                 f"a figure reads {shown!r}; give unit_{language.code} in the plural", ctx.area)


def _printed(phrase: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None
