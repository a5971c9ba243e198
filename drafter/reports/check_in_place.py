"""Words the check reads as a figure or a change only where they stand in place of one drafter wrote: a fraction
typed over a percentage ("almost half" for "51 per cent", "more than half" for "51 per cent"), and a plural
subject's change verb in one word typed over a change word ("Emergency food parcels given out in Cardiff double"
for "… rise 23 per cent"). Elsewhere such words are too often something else to be read: "half of the callers were
men", "a double shift". A fraction after a change word ("rose by a third") is read wherever it stands
(:func:`~drafter.reports.check_multiples.fractions`). And a rank drafter wrote whose noun the edit changed ("By
rate, that is the highest" for "By number, …") is judged again, as new text (:func:`renamed_rank`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from drafter.reports.check_align import Alignment
from drafter.reports.check_facts import Universe
from drafter.reports.check_known import Known
from drafter.reports.check_multiples import FRACTION, match
from drafter.reports.check_states import states
from drafter.reports.check_words import Item, Token, Vocabulary


def in_place(text: str, toks: Sequence[Token], found: list[Item], vocab: Vocabulary, stood: set[int],
             drafted: dict[int, set[str]]) -> list[Item]:
    """``found`` with each such phrase read, where its words are new (``stood``: the indices of the tokens the
    edit changed) and stand where drafter wrote an item of the kind it is read as (``drafted``: a token's index →
    the kinds of drafter's items it stands in place of, "percent" or "change")."""
    taken = {t for x in found if not x.weak for t in range(x.first, x.last)}  # "third" in "a third": no rank
    added: list[Item] = []
    k = 0
    while k < len(toks):
        verb = match(toks, k, vocab, "band_in_place")
        qualifier = None if verb else match(toks, k, vocab, "qualifier")
        part = match(toks, qualifier[0] if qualifier else k, vocab, "fraction") if not verb else None
        end, kind = (verb[0], "change") if verb else (part[0], "percent") if part else (k + 1, "")
        span = range(k, end)
        if kind and not taken & set(span) and stood & set(span) and any(kind in drafted.get(t, ()) for t in span):
            shown = text[toks[k].start:toks[end - 1].end]
            added.append(Item("band", k, end, shown, band=str(verb[1])) if verb else Item(
                "percent", k, end, shown, Decimal(str(part[1])) * 100 if part else None,
                str(qualifier[1]) if qualifier else "about", band=FRACTION))
            k = end
            continue
        k += 1
    covered = {t for x in added for t in range(x.first, x.last)}
    kept = [x for x in found if not covered & set(range(x.first, x.last))]
    return sorted(kept + added, key=lambda x: x.first) if added else found


def as_points(text: str, toks: Sequence[Token], item: Item, drafted: Sequence[Item], vocab: Vocabulary) -> Item:
    """A figure with the noun of "percentage points" alone after it ("13.5 points", Welsh "13.5 pwynt") where drafter
    wrote percentage points (``drafted``: drafter's items in its place), read as percentage points: the same figure
    written another way, which the house style writes in full; elsewhere ``item`` as it is ("a 90-point lead")."""
    end = match(toks, item.last, vocab, "points_alone") if item.kind == "count" else None
    if end is None or not any(d.kind == "points" for d in drafted):
        return item
    return replace(item, kind="points", last=end[0], text=text[toks[item.first].start:toks[end[0] - 1].end])


def stood_for(alignment: Alignment, items: Sequence[Sequence[Item]], j: int, length: int) -> tuple[set[int], dict[
        int, set[str]]]:
    """For edited paragraph ``j`` (of ``length`` tokens): the tokens the edit changed, and for each the kinds of the
    drafted items it stands in place of ("percent", "change"), from the drafted paragraphs' ``items``."""
    row = alignment.matches[j]
    changed = {t for t in range(length) if row[t] is None}
    kinds: dict[int, set[str]] = {}
    for t in changed:
        for i, s in alignment.region(j, t, t + 1):
            kinds.setdefault(t, set()).update("percent" if d.kind == "percent" else "change" for d in items[i] if
                                              d.first <= s < d.last and d.kind in ("percent", "band", "direction"))
    return changed, kinds


def renamed_rank(item: Item, toks: Sequence[Token], changed: Sequence[object], sentence: tuple[int, int],
                 nouns: set[str]) -> bool:
    """Whether the edit typed, in the sentence of a rank (an ordinal item), a noun that says what it ranks by
    (``nouns``: "rate", "number"): "By rate, that is the highest of any area" for drafter's "By number, …" asks
    whether the rank is true by rate, so it is judged as new text. ``changed``: each token's place in the draft,
    None where the edit typed it."""
    return item.kind == "ordinal" and any(place is None and toks[k].norm in nouns and sentence[0] <= toks[k].start <
                                          sentence[1] for k, place in enumerate(changed))


def drafted_periods(alignment: Alignment, items: Sequence[Sequence[Item]], links: Sequence[Sequence[Known | None]],
                    j: int, item: Item) -> frozenset[str]:
    """The periods of the fact drafter stated where edited paragraph ``j``'s ``item`` stands."""
    return frozenset(p for i, s in alignment.region(j, item.first, item.last) for d, known in zip(
        items[i], links[i], strict=True) if d.first <= s < d.last and known is not None for p in known.periods)



def a_difference(item: Item, toks: Sequence[Token], found: Sequence[Item], known: Known, universe: Universe,
                 vocab: Vocabulary) -> bool:
    """A count typed over one of an area's figures as the change in number, after a change word and "by" or "of"
    ("went up by 1,802 to 3,549" for "went from 1,747 to 3,549", "a rise of 1,802"): true where it is the difference
    between the area's figures for two periods. "From 1,802" is held against the figure ("from" is no such word)."""
    if item.kind != "count" or item.first < 2 or toks[item.first - 1].norm in vocab.from_words or toks[
            item.first - 1].norm not in universe.style.language.fraction_links:
        return False
    if not any(x.kind in ("band", "direction") and 0 <= item.first - 1 - x.last <= 1 for x in found):
        return False
    return any(k.name.endswith(".difference") and states(item, k, universe.style) == "same"
               for k in universe.of_area(known.area))
