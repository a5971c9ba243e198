"""The period a figure of new text is said of, where its sentence names more than one or names one for another
figure: a period or a year straight after the figure is its own ("from 440 in July to December 2017 to 150 in
January to June 2018": each figure is held against its own period's), and a period that is another figure's own,
or the base of a comparison ("compared with 1,747 in July to December 2017", "1,802 more than in July to December
2017"), is not said of the figures beside it ("In the north west, 3,549 people contacted the helpline, compared
with 1,747 in July to December 2017": the 3,549 is not July to December 2017's).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter

from drafter.model import Period
from drafter.reports.check_counted import NewText
from drafter.reports.check_sentences import PARAGRAPH, Said
from drafter.reports.check_states import states
from drafter.reports.check_words import Item, Token

_PUNCTUATION = re.compile(r"[^\w\s]")
_FIRST = attrgetter("first")  # an item's first token


def own_period(new_text: NewText, at: int) -> str | None:
    """The period named straight after a figure and the words of its own (``at``: the token after them), as
    :func:`period_after` reads it; the paragraph's dates found once."""
    whole = new_text.memo.setdefault(PARAGRAPH, Said())
    if whole.dates is None:
        whole.dates = new_text.d.universe.date_spans(list(new_text.norms))
    if whole.starts is None:  # where each period is named from, once a paragraph however many figures ask
        whole.starts = {}
        for first, _, known in whole.dates:
            if known.periods:
                whole.starts.setdefault(first, known.periods[0])
    return period_after(at, new_text.text, new_text.toks, whole.starts, new_text.d.universe.campaign.periods)


def period_after(at: int, text: str, toks: Sequence[Token], starts: dict[int, str], periods: Sequence[Period]
                 ) -> str | None:
    """The period named straight after a figure and the words of its own (``at``: the token after them), a word
    such as "in" at most between and no punctuation: the figure's own period, whatever other period its sentence
    names ("from 440 in July to December 2017 to 150 in January to June 2018", "up from 150 in January to June 2018",
    Welsh "o 440 rhwng Gorffennaf a Rhagfyr 2017"), or a year that only one of the campaign's ``periods`` falls in
    ("from 5,066 in 2023 to 4,120 in 2024"); None where none stands there (``starts``: the token each of the
    campaign's periods is named from in the paragraph)."""
    named = [(k, starts[k]) for k in (at, at + 1) if k in starts]
    for k in range(at, min(at + 2, len(toks))):
        if toks[k].kind == "number" and toks[k].norm.isdigit() and len(toks[k].norm) == 4:
            years = [p.id for p in periods if p.start.year == p.end.year == int(toks[k].norm)]
            named += [(k, years[0])] if len(years) == 1 and not any(
                int(toks[k].norm) in (p.start.year, p.end.year) for p in periods if p.id != years[0]) else []
    for first, period in named:
        if 0 < at <= first <= at + 1 and first < len(toks) and not _PUNCTUATION.search(
                text, toks[at - 1].end, toks[first].start):
            return period
    return None


def said_of(new_text: NewText, item: Item, at: int, periods: set[str], areas: set[str]
            ) -> tuple[str | None, set[str]]:
    """The period ``item`` is said of where it has one of its own (``at``: the token after it and its own words),
    and the periods it may be of: its own; else those its sentence names (``periods``) but for any that is another
    figure's own or a comparison's base ("than in July to December 2017", Welsh "nag yn …"), or is named after a
    later count true of it ("440 people … almost three times as many as the 150 who did so between July and December
    2017": not the 440's); none (any period) where that leaves none, as a sentence that names only what it compares
    with is about the newer figure. What the sentence's other figures claim is read once a sentence."""
    mine = own_period(new_text, at)
    if mine or not periods:
        return mine, {mine} if mine else periods
    span = new_text.sentence(item)
    said = new_text.memo.setdefault(span, Said())
    if said.claims is None:
        said.claims = _claims(new_text, *span, areas | {new_text.d.release.area})
    owns, than, truth = said.claims
    claimed = {p for p, firsts in owns.items() if firsts - {item.first}} | than | {
        p for p, last in truth.items() if last > item.first}
    return None, periods - claimed


def _claims(new_text: NewText, begin: int, end: int, areas: set[str]
            ) -> tuple[dict[str, frozenset[int]], frozenset[str], dict[str, int]]:
    """What a sentence's figures claim of the periods it names (chars ``begin`` to ``end``): each count's own period
    (by the periods, the counts' first tokens), the periods after "than" (a comparison's base), and each period named
    after a count true of it, nothing checkable between (by the periods, the last such count's first token)."""
    found, toks, u = new_text.found, new_text.toks, new_text.d.universe
    language, whole = u.style.language, new_text.memo[PARAGRAPH]
    owns: dict[str, set[int]] = {}
    for x in found:
        if x.kind == "count" and begin <= toks[x.first].start < end and (p := own_period(new_text, x.last)):
            owns.setdefault(p, set()).add(x.first)
    than, truth = set(language.than_words), dict[str, int]()
    dated = [(first, k.periods[0]) for first, _, k in whole.dates or () if k.periods and begin <= toks[first].start
             < end]
    compared = {p for first, p in dated if any(toks[b].norm in than for b in range(max(0, first - 2), first))}
    for first, period in dated:
        k = bisect_left(found, first, key=_FIRST) - 1
        if k >= 0 and (x := found[k]).kind == "count" and toks[x.first].start >= begin and x.last <= first and any(
                fact.periods == (period,) and not fact.change and states(x, fact, u.style) in ("same", "equal")
                for area in areas for fact in u.of_area(area)):
            truth[period] = max(truth.get(period, -1), x.first)
    return {p: frozenset(f) for p, f in owns.items()}, frozenset(compared), truth


def turned_back(new_text: NewText, item: Item, mine: str) -> tuple[Item, str] | None:
    """Where ``item`` (said of ``mine``, its own period) is Y of "from X in P to Y in Q" and X's own period P is later
    than Q ("from 5,066 in 2024 to 4,120 in 2023"): X and P; else None. Each figure may be right for its period while
    the two read as a change the wrong way."""
    toks, vocab, campaign = new_text.toks, new_text.d.vocab, new_text.d.universe.campaign
    if not item.first or toks[item.first - 1].norm not in vocab.to_words:
        return None
    for x in reversed(new_text.found):
        if x.last >= item.first or x.kind != item.kind:
            continue
        theirs = own_period(new_text, x.last)
        if not (x.first and toks[x.first - 1].norm in vocab.from_words and theirs):
            return None  # the nearest figure before: "from" it, with a period of its own, or none
        return (x, theirs) if campaign.period(theirs).start > campaign.period(mine).start else None
    return None

