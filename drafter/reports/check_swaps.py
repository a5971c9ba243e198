"""Figures said of the wrong area, period or precision, for the check: in new text, a figure beside one area's name
that is another area's ("Cheshire saw 3,549 people, the north west 440"), and "from 3,549 to 1,747" where the
area's figure went from 1,747 to 3,549 (the two periods' figures the wrong way round); an area named where
drafter named another, or a name drafter printed changed word for word ("the north east" for "the north west"),
or shortened ("the north" for "the north west": to check by hand);
a figure retyped at more decimal places than are true ("193.2 per cent" for 193.33…).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

from drafter.compute.changes import round_half_up
from drafter.errors import possessive
from drafter.reports.check_align import Alignment
from drafter.reports.check_context import outside_place
from drafter.reports.check_drafted import Drafted, family
from drafter.reports.check_facts import Universe
from drafter.reports.check_known import Known
from drafter.reports.check_states import states, words_of
from drafter.reports.check_words import Item, Token, Vocabulary

_CLAUSE_ENDS = ",;:–—()"


def clause(text: str, toks: Sequence[Token], item: Item, sentence: tuple[int, int]) -> tuple[int, int]:
    """Where the clause holding ``item`` starts and ends in ``text``: between the punctuation marks around it
    (a comma, a semicolon, a dash) within its sentence."""
    start, end = toks[item.first].start, toks[item.last - 1].end
    left = max((text.rfind(mark, sentence[0], start) for mark in _CLAUSE_ENDS), default=-1)
    rights = [at for mark in _CLAUSE_ENDS if (at := text.find(mark, end, sentence[1])) >= 0]
    return (max(left + 1, sentence[0]), min(rights, default=sentence[1]))


def nearest_area(spans: Sequence[tuple[int, int, str]], first: int, last: int, toks: Sequence[Token],
                 within: tuple[int, int], links: frozenset[str] = frozenset()) -> str | None:
    """The area a figure at tokens first..last is said of, of those its sentence names (``spans``), in its clause
    (``within``): the one straight after it, with only ``links`` between ("440 in Cheshire", "3,549 people
    across the north west"), else the nearest before it ("Cheshire saw 440", not "440 of the north west's"),
    else the nearest before it in the sentence. None when none is, or two are as near."""
    inside = [s for s in spans if within[0] <= toks[s[0]].start < within[1]]
    after = []
    for s in sorted(s for s in inside if s[0] >= last):  # once one is not straight after it, none after it is
        if not all(toks[k].norm in links for k in range(last, s[0])):
            break
        after.append(s)
    before = [s for s in inside if s[1] <= first] or [s for s in spans if s[1] <= first and not inside]
    if after:
        return after[0][2] if len({s[2] for s in after}) == 1 or after[0][0] < after[1][0] else None
    nearest = max((s[1] for s in before), default=None)
    names = {s[2] for s in before if s[1] == nearest}
    return next(iter(names)) if len(names) == 1 else None


def figure_from(item: Item, found: Sequence[Item], toks: Sequence[Token], vocab: Vocabulary) -> Item | None:
    """The figure X of "from X to <item>" ("from 3,549 to 1,747", Welsh "o 3,549 i 1,747"), or None."""
    if item.first < 2 or toks[item.first - 1].norm not in vocab.to_words:
        return None
    at = bisect_left(found, item.first - 1, key=lambda x: x.last)  # in order, so ending in order
    before = found[at] if at < len(found) and found[at].last == item.first - 1 and found[at].kind == item.kind else None
    if before is None or before.first == 0 or toks[before.first - 1].norm not in vocab.from_words:
        return None
    return before


def the_wrong_way_round(old: Sequence[Known], new: Sequence[Known], order: Sequence[str]) -> tuple[Known, Known] | None:
    """Of the facts "from X to Y" may state (``old``: X's, ``new``: Y's), one area's figures for one measure
    where X is the later period's and Y the earlier's: (X's fact, Y's fact); None if they can be read in order."""
    def period(k: Known) -> int:
        return order.index(k.periods[0]) if k.periods and k.periods[0] in order else -1

    def measure(k: Known) -> str:
        return k.name.split(".")[0]

    pairs = [(a, b) for a in old for b in new if a.area == b.area and measure(a) == measure(b)]
    if not pairs or any(period(a) < period(b) for a, b in pairs):
        return None
    return next(((a, b) for a, b in pairs if period(a) > period(b) >= 0), None)


def swapped_figure(item: Item, pool: list[Known], u: Universe, text: str, toks: Sequence[Token],
                   sentence: tuple[int, int], found: Sequence[Item], vocab: Vocabulary, areas: bool,
                   count_words: frozenset[str] = frozenset(), release: str = "") -> tuple[Known, str] | None:
    """A figure of new text that is another area's, beside an area's name (``areas``: its sentence names more
    than one; in ``release``'s release, in general words too: "103 per cent regionally"), or the later period's
    after "from" the earlier's ("from 3,549 to 1,747"): the fact that belongs in its place, and why."""
    if family(item.kind) != "number":
        return None
    true = [k for k in pool if states(item, k, u.style) in ("same", "equal")]
    if areas and true:
        norms = [t.norm for t in toks]
        spans = [s for s in sorted([*u.area_spans(norms), *(u.places.spans(norms, release) if release else ())])
                 if sentence[0] <= toks[s[0]].start < sentence[1]]
        links = frozenset(u.style.language.place_words) | count_words
        near = nearest_area(spans, item.first, item.last, toks, clause(text, toks, item, sentence), links)
        own = [k for k in pool if k.area == near]
        if near and own and all(k.area != near for k in true):
            right = nearest_known(item, [k for k in own if k.kind == true[0].kind] or own)
            assert right is not None
            return right, f"'{item.text}' is {true[0].what}"
    first = figure_from(item, found, toks, vocab)
    if first is None or not true:
        return None
    was = [k for k in pool if states(first, k, u.style) in ("same", "equal")]
    pair = the_wrong_way_round(was, true, [p.id for p in u.campaign.periods])
    if pair is None:
        return None
    later, earlier = pair
    return later, (f"'{first.text}' and '{item.text}' are the wrong way round: the figure went from "
                   f"'{earlier.text}' to '{later.text}'")


def area_swaps(d: Drafted, alignment: Alignment, j: int, text: str, toks: Sequence[Token], norms: list[str]
               ) -> list[tuple[str, str, str, str]]:
    """Each area's name in edited paragraph ``j`` put where drafter named another: (the name as found, what
    drafter wrote, the area drafter named, the area named now)."""
    row, found = alignment.matches[j], []
    for first, last, name in d.universe.area_spans(norms):
        if all(row[t] is not None for t in range(first, last)):
            continue
        drafted = [(i, a, b, n) for i, s in alignment.region(j, first, last)
                   for a, b, n in d.universe.area_spans(d.norms[i]) if a <= s < b]
        if drafted and all(n != name for *_, n in drafted):
            i, a, b, other = drafted[0]
            found.append((text[toks[first].start:toks[last - 1].end],
                          d.texts[i][d.toks[i][a].start:d.toks[i][b - 1].end], other, name))
    return found


def renamed_areas(d: Drafted, alignment: Alignment, j: int, text: str, toks: Sequence[Token], norms: list[str]
                  ) -> list[tuple[str, str, str]]:
    """A name drafter printed changed in edited paragraph ``j`` where the words either side are as drafted: some of
    its words kept and the rest replaced ("the north east" for "the north west"), or all of it replaced by a name
    ("Chester" for "Cheshire") or a country ("the UK" for "Wales"), neither the name in another form nor another
    area's (:func:`area_swaps` names those): (the words as found, what drafter wrote, the area drafter named).
    "In the county" for "in Cheshire" and "the region" for "the north west" are rewordings, not names, and are left
    alone."""
    row, found = alignment.matches[j], []
    named = {t for first, last, _ in d.universe.area_spans(norms) for t in range(first, last)}
    t = 0
    while t < len(row):
        end = t
        while end < len(row) and row[end] is None:
            end += 1
        left, right = (row[t - 1] if t else None), (row[end] if end < len(row) else None)
        if end == t or left is None or right is None or left[0] != right[0] or right[1] - left[1] < 2 or \
                named.intersection(range(t, end)) or any(toks[k].kind != "word" for k in range(t, end)):
            t = end + 1
            continue
        i, gone = left[0], range(left[1] + 1, right[1])  # the drafted words the new ones stand in place of
        for first, last, area in d.universe.area_spans(d.norms[i]):
            kept = any(len(d.norms[i][k]) > 3 for k in range(first, last) if k not in gone)  # "north", not "the"
            if first <= gone.start and gone.stop <= last and (kept or all(text[toks[k].start].isupper() for k in
                                                                       range(t, end)) or outside_place(
                    text, toks, t, end, d.universe.style.language, False)):  # "the UK" for "Wales"
                start, stop = max(0, t - (gone.start - first)), min(len(toks), end + last - gone.stop) - 1
                was = d.texts[i][d.toks[i][first].start:d.toks[i][last - 1].end]
                now = text[toks[start].start:toks[stop].end]
                if _letters(now) != _letters(was):
                    found.append((now, was, area))
                break
        t = end + 1
    return found


def shortened(d: Drafted, alignment: Alignment, j: int, text: str, toks: Sequence[Token], norms: list[str]
              ) -> list[tuple[str, str, str]]:
    """A name drafter printed shortened in edited paragraph ``j``: some of its words left out and the rest kept as
    drafted, one of them longer than three letters ("the north" for "the north west", "Manchester" for "Greater
    Manchester"), where what is left is not a name areas.csv gives the same area (in any column: "Cheshire" for
    "Cheshire Constabulary" still names Cheshire), nor the end of several areas' names ("Constabulary"): (the
    words as found, what drafter wrote, and why it is to check by hand: what is left may be a different or a
    wider place, and drafter cannot tell)."""
    row, found = alignment.matches[j], []
    kept_at: dict[tuple[int, int], int] = {place: t for t, place in enumerate(row) if place is not None}
    named = {(first, last, area) for first, last, area in d.universe.area_spans(norms)}
    names = {(words_of(n), a.name) for a in d.universe.campaign.areas for n in (a.name, a.in_text,
                                                                               *(text for _, text in a.extra))}
    for i in dict.fromkeys(place[0] for place in row if place is not None):
        done: set[int] = set()
        for first, last, area in sorted(d.universe.area_spans(d.norms[i]), key=lambda s: s[0] - s[1]):
            kept = [kept_at[(i, k)] for k in range(first, last) if (i, k) in kept_at]
            if done.intersection(range(first, last)) or not kept or len(kept) == last - first or kept != list(
                    range(kept[0], kept[-1] + 1)) or not any(len(norms[t]) > 3 for t in kept) or any(
                    0 <= t < len(row) and row[t] is None for t in (kept[0] - 1, kept[-1] + 1)):
                continue  # all of it kept, or none, or other words put in (renamed_areas reads those)
            done.update(range(first, last))
            if any(a <= kept[0] and kept[-1] < b and name == area for a, b, name in named):
                continue  # what is left still names the area: "Cheshire" for "Cheshire Constabulary"
            left = tuple(norms[kept[0]:kept[-1] + 1])
            if len({name for words, name in names if len(words) > len(left) and words[-len(left):] == left}) > 1:
                continue  # the end of several areas' names, a body, not a place: "Constabulary", "Police"
            now = text[toks[kept[0]].start:toks[kept[-1]].end]
            was = d.texts[i][d.toks[i][first].start:d.toks[i][last - 1].end]
            if _letters(now) != _letters(was):
                found.append((now, was, f"'{now}' where drafter wrote '{was}': a shorter name, which may be a "
                              f"different or wider place than {area} (where it is the same place, add it to "
                              f"{possessive(area)} row in areas.csv, in a column of its own)"))
    return found


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalpha())


def at_places(item: Item, drafted: Item, known: Known) -> str:
    """For a figure retyped at more decimal places than drafter printed (``drafted``: "193.2 per cent" for "193
    per cent"), what it is at those places ("193.3"); "" otherwise."""
    places, printed = _places(item.value), _places(drafted.value)
    if places <= printed or known.value is None or known.value == known.value.to_integral_value() or \
            item.kind != known.kind or item.kind not in ("percent", "points", "count", "money"):
        return ""
    right = round_half_up(abs(known.value), places)
    return "" if right == item.value else f"to {places} decimal place{'s' if places > 1 else ''} it is {right}"


def _places(value: Decimal | None) -> int:
    exponent = value.as_tuple().exponent if value is not None else 0
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def nearest_known(item: Item, pool: list[Known]) -> Known | None:
    """The fact of ``pool`` whose value is nearest the item's (the first where the item has no value)."""
    if not pool:
        return None
    if item.value is None:
        return pool[0]
    value = item.value
    return min(pool, key=lambda k: abs(abs(k.value) - value) if k.value is not None else Decimal("Infinity"))
