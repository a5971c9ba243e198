"""A comparison of two places typed into a release ("Cardiff gave out more parcels than Swansea", "Cheshire saw a
smaller rise than Cumbria", "Cardiff's rate was higher than Swansea's", "440, more than any other force area in the
north west"), held against the campaign's figures.

A comparative (the language's ``comparatives``: "more", "higher", "smaller", Welsh "mwy", "llai") a few words before
a new "than" (Welsh "na") and a place named straight after it, or "any other" (every other area of the first place's
region, where the sentence names that region: not "more than any other year"), compares the place the sentence names
before it (else the release's area) with that place: by a change where a change word stands between ("a smaller
rise"), in per cent and in number; by a rate where the sentence says "rate"; else by the figure. Which measure it
means follows the sentence's words (the measure's noun); where they name none, every one is a meaning it may have.
Which period follows its words too (a period or a year named; "last year", which may be the newest period itself,
either of the newest two); where they name none, it is the release's newer period (a change: the change to it), as
a newsdesk reads a release about its latest figures, so "Cardiff's rate was higher than Swansea's", true only of the
year before, is a finding. It is a finding only where it is false of every
meaning, and none where a figure it needs is hidden under the disclosure threshold. A word that compares on its own
(``comparing_alone``: "above", "below", Welsh "uwchlaw", "islaw") stands for both, its change word anywhere before
it in the sentence ("Cheshire's rise was above Cumbria's"); said of an area and its own region with no rate or
change, it is not read (the region's average, not its total). A gap in points just before the comparative ("90
points above Cheshire's", Welsh "90 pwynt canran yn is na chynnydd Swydd Gaer") compares the changes in per cent,
its change word anywhere before it in the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from itertools import combinations

from drafter.compute import disclosure
from drafter.compute.changes import round_half_up
from drafter.errors import possessive
from drafter.reports.check_drafted import Drafted
from drafter.reports.check_facts import Universe
from drafter.reports.check_known import Known, Problem
from drafter.reports.check_rates import rates
from drafter.reports.check_sentences import sentence_span
from drafter.reports.check_states import words_of
from drafter.reports.check_words import Item, Token
from drafter.style import percents

Meaning = dict[str, tuple[Decimal, Known]]  # area → its value in one meaning, and the fact that states it
_DOWN_BANDS = ("fall", "halved", "more_than_halved", "near_total_fall")


def comparisons(d: Drafted, texts: Sequence[str], toks_e: Sequence[Sequence[Token]],
                matches: Sequence[Sequence[object]]) -> list[Problem]:
    """Each false comparison in the edited paragraphs whose "than" (or "above", "below") the edit typed
    (``matches``: each edited token's place in the draft, None where it is new)."""
    language = d.universe.style.language
    than = set(language.than_words) | {word for word, _ in language.comparing_alone}
    return [problem for j, (text, toks) in enumerate(zip(texts, toks_e, strict=True)) for k, t in enumerate(toks)
            if t.norm in than and matches[j][k] is None and (problem := _comparison(d, j, text, toks, k))]


def _comparison(d: Drafted, j: int, text: str, toks: Sequence[Token], k: int) -> Problem | None:
    u, language = d.universe, d.universe.style.language
    start, end = sentence_span(text, toks[k].start, d.vocab.abbreviations)
    ways = dict(language.comparatives) | dict(language.comparing_alone)
    at = k if toks[k].norm in dict(language.comparing_alone) else next(
        (c for c in range(k - 1, max(-1, k - 7), -1) if toks[c].start >= start and toks[c].norm in ways), None)
    if at is None or k + 1 >= len(toks) or toks[k + 1].kind == "number":  # "more than 200": a qualifier
        return None
    after = [t.norm for t in toks[k + 1:] if t.start < end]
    before = [t.norm for t in toks if start <= t.start < toks[at].start]
    named = u.area_spans(before)
    first = named[-1][2] if named else d.release.area
    other = next((len(w) for w in map(words_of, language.other_words) if tuple(after[:len(w)]) == w), 0)
    spans = [s for s in u.area_spans(after) if s[0] <= 2]
    c = u.campaign
    parent = c.parents().get(first)
    if other and parent and not c.area(parent).some_areas and parent in u.mentioned(after, first)[0]:  # not "year"
        seconds, last = [a.name for a in c.children(parent) if a.name != first], k + 1 + other
    elif spans and not other:
        seconds, last = [spans[0][2]], k + 1 + spans[0][1]
    else:
        return None
    if first in seconds or not seconds:
        return None
    sentence = [t.norm for t in toks if start <= t.start < end]
    alone = at == k  # "above", "below": the sentence before it says what is compared ("Cheshire's rise … above")
    gap = any(t.kind == "number" and any(w.norm in language.points_alone for w in toks[c + 1:c + 3])
              for c, t in enumerate(toks[:at]) if t.start >= start and c >= at - 5)  # "90 pwynt canran yn is na"
    words = [t for t in toks[0 if alone or gap else max(0, at - 2):k] if t.start >= start]  # "cynnydd llai na"
    if alone and not _way(d, words) and not set(sentence) & set(language.rate_nouns) and any(
            _within(first, b, c.parents()) for b in seconds):
        return None  # "Cardiff was above Wales as a whole": its average, not its total
    meanings = list(_meanings(d, words, sentence, [first, *seconds], ("percent",) if gap else ("percent",
                                                                                             "difference")))
    up = ways[toks[at].norm] == "up"
    false = [m for m in meanings if not all(m[first][0] > m[b][0] if up else m[first][0] < m[b][0] for b in seconds)]
    if not meanings or len(false) < len(meanings):
        return None
    wrong = false[0]
    second = (max if up else min)(seconds, key=lambda b: wrong[b][0])
    shown = text[toks[at].start:toks[min(last, len(toks)) - 1].end]
    mine, theirs = wrong[first][1], wrong[second][1]
    return Problem(j, "wrong_comparison", shown, mine.text, mine, f"'{shown}' in new text where {mine.what} is "
                   f"'{mine.text}' and {theirs.what} is '{theirs.text}' ({mine.source()}; {theirs.source()})")


def _way(d: Drafted, between: Sequence[Token]) -> str:
    """"up" or "down" where a change word stands among ``between`` ("a smaller rise"), else ""."""
    return next((label if category == "direction" else "down" if label in _DOWN_BANDS else "up"
                 for t in between for words, category, label, _ in d.vocab.phrases.get(t.norm, ())
                 if category in ("direction", "direction_form", "band") and len(words) == 1), "")


def _within(area: str, other: str, parents: dict[str, str | None]) -> bool:
    """Whether ``other`` is a region ``area`` is in."""
    parent = parents.get(area)
    while parent:
        if parent == other:
            return True
        parent = parents.get(parent)
    return False


def _meanings(d: Drafted, between: Sequence[Token], sentence: list[str], areas: list[str], bys: tuple[str, ...]
              ) -> Iterator[Meaning]:
    """Each meaning the comparison may have, latest period first: each area's value, or none where one is missing
    or hidden; a change by each of ``bys`` ("percent", "difference")."""
    u, c = d.universe, d.universe.campaign
    language = u.style.language
    way = _way(d, between)
    nouns = {d.nouns[w] for w in sentence if w in d.nouns}
    measures = [m for m in c.measures if m.id in nouns] or list(c.measures)
    periods = [p.id for p in reversed(c.periods)]
    named = u.periods_named(sentence) or u.mentioned(sentence)[1] or (  # by their words, else a year, else
        set(periods[:2]) if _says_any(sentence, language.relative_periods) else set())  # "last year": either
    rated = bool(set(sentence) & set(language.rate_nouns)) and any(m.population for m in measures)
    measures = [m for m in measures if m.population] if rated else measures  # "a higher rate": per head
    for m in measures:
        facts = {area: {k.name: k for k in (rates(u, [area], Decimal(m.per or 0)) if rated else u.of_area(area))}
                 for area in areas}
        if way:
            pairs = [(old, new) for i, new in enumerate(periods) for old in periods[i + 1:]]
            for old, new in _about(pairs, named, periods[0]):
                for by in bys:
                    yield from _one(d, m.id, areas, facts, f"{m.id}.{old}-{new}.{by}", (old, new), by, way)
        else:
            for period in [p for p in periods if p in named] or periods[:1]:
                name = f"{m.id}.{period}.per_{m.per}" if rated else f"{m.id}.{period}"
                yield from _one(d, m.id, areas, facts, name, (period,), "", "")


def _says_any(sentence: list[str], phrases: Sequence[str]) -> bool:
    """Whether the sentence's words hold one of the phrases ("last year")."""
    text = f" {' '.join(sentence)} "
    return any(f" {' '.join(words_of(phrase))} " in text for phrase in phrases)


def _about(pairs: list[tuple[str, str]], named: set[str], newest: str) -> list[tuple[str, str]]:
    """The changes (earlier period, later period) a sentence that names ``named`` is about: between two periods it
    names, else to the one it names, else to the release's ``newest`` period."""
    both = [pair for pair in pairs if set(pair) <= named]
    return both or [pair for pair in pairs if pair[1] in named] or [pair for pair in pairs if pair[1] == newest]


def _one(d: Drafted, measure: str, areas: list[str], facts: dict[str, dict[str, Known]], name: str,
         periods: tuple[str, ...], by: str, way: str) -> Iterator[Meaning]:
    c = d.universe.campaign
    meaning: Meaning = {}
    counted = next((m for m in c.measures if m.id == measure), None)
    for area in areas:
        values = [c.figures.get((area, measure, p)) for p in periods]
        known = facts[area].get(name)
        if known is None or any(v is None or disclosure.is_suppressed(v.amount, c.disclosure_threshold, counted)
                                for v in values):
            return
        amounts = [v.amount for v in values if v is not None]
        if way:  # a change, the way its word says: "a bigger fall" is a bigger fall
            old, new = amounts
            size = (new - old) if way == "up" else (old - new)
            if by == "percent" and not old:
                return
            meaning[area] = (size / old if by == "percent" else size, known)
        else:
            meaning[area] = (known.value if known.value is not None else amounts[0], known)
    yield meaning


def a_gap(d: Drafted, item: Item, text: str, toks: Sequence[Token], sentence: Callable[[], tuple[int, int]],
          areas: set[str], periods: set[str]) -> tuple[Item, Known] | bool:
    """A gap in points between two of the places' percentages the sentence names ("the north west's rise was 90
    points below Cheshire's", for 103 and 193 per cent; Welsh "90 pwynt canran yn is"): True where it is the
    difference between the same percentage (or change in points) of two of them, exact or as printed, at the places
    the gap is typed to; where it is none, the gap it is held against (the item read with its points, "3.5 points",
    and the gap as a fact: between the figures the sentence is about, a change where it has a change word, for the
    period it names, else the newest, the closest of those); False where it is no gap in points."""
    universe, language = d.universe, d.universe.style.language
    end = item.last + 1 if item.kind == "count" and item.last < len(toks) and toks[
        item.last].norm in language.points_alone else item.last if item.kind == "points" else 0
    if not end or item.value is None or len(areas) < 2:
        return False
    places = max(0, -int(item.value.as_tuple().exponent))
    facts = [k for area in sorted(areas) for k in universe.of_area(area) if k.kind in ("percent", "points") and
             k.value is not None and k.area == area]
    pairs = [(a, b) for a, b in combinations(facts, 2) if a.name == b.name and a.area != b.area]
    if any(item.value in (round_half_up(abs(a.value - b.value), places), abs(round_half_up(
            a.value, places) - round_half_up(b.value, places))) for a, b in pairs if a.value is not None and
           b.value is not None):
        return True
    start, stop = sentence()
    changed = bool(_way(d, [t for t in toks if start <= t.start < stop]))
    newest = universe.campaign.periods[-1].id
    about = [(a, b) for a, b in pairs if bool(a.change) == changed] or pairs
    about = [(a, b) for a, b in about if (set(a.change[3:]) or set(a.periods)) <= (periods or {newest})] or about
    if not about:
        return False
    gaps = [(abs(_printed(a, universe) - _printed(b, universe)), a, b) for a, b in about]
    gap, a, b = min(gaps, key=lambda g: abs(g[0] - (item.value or 0)))
    shown = replace(item, kind="points", last=end, text=text[toks[item.first].start:toks[end - 1].end])
    what = f"the gap between {a.what} ('{a.text}') and {possessive(b.area)} ('{b.text}')"
    return shown, Known("", f"{a.name}.gap", "points", percents.points_text(gap, universe.style)[0], what,
                        a.sources + b.sources, gap, change=a.change, periods=a.periods)


def _printed(known: Known, universe: Universe) -> Decimal:
    """The figure a change in per cent prints as, with its sign (a fall's below zero); a rate or a change in points
    as its figures give it, at their places (31.5 − 14.6 is 16.9)."""
    assert known.value is not None
    if known.kind == "points" or not known.change:
        return known.value
    shown = percents.percent_text(known.value, universe.style)[1]
    return -shown if known.value < 0 else shown
