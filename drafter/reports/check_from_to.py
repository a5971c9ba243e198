"""Two figures of "from X to Y" turned the wrong way round where one of them is none: "from 140 to none" for
drafter's "from none to 140" (Welsh "o 140 i ddim" for "o ddim i 140") reads as a fall to nothing where the figure
rose from nothing. Two figures in numbers the wrong way round ("from 3,549 to 1,747") are found with the area's
facts (:func:`~drafter.reports.check_swaps.swapped_figure`); a word such as "none" is no figure the check reads, so
the two are held against the words drafter wrote in that paragraph instead. A wrong figure in a "from X to Y" of
new text is held against the earlier period's figure (X) or the later's (Y): "Cumbria from 90 to 117" names 171.
A number in words after "from" or "to", in a sentence about the data, is a figure ("up from one hundred and sixty"),
and a range's start counts what its end counts ("from 24 to 48 hours": hours).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from drafter.model import Campaign
from drafter.reports.check_align import Alignment
from drafter.reports.check_drafted import Drafted
from drafter.reports.check_known import Known, Problem
from drafter.reports.check_words import Item, Token, Vocabulary


def turned_round(d: Drafted, texts: Sequence[str], toks_e: Sequence[Sequence[Token]],
                 counterpart: Callable[[int], int | None]) -> list[Problem]:
    """A finding for each "from X to Y" in an edited paragraph where drafter wrote "from Y to X" in the paragraph
    it stands for, one of X and Y the house style's word for none."""
    problems, none = [], d.universe.style.none_word.casefold()  # "none", Welsh "ddim"
    for j, (text, toks) in enumerate(zip(texts, toks_e, strict=True)):
        i = counterpart(j)
        if i is None or text == d.texts[i]:
            continue
        drafted = {(old, new): (a, b) for a, b, old, new in _from_to(d, d.toks[i])}
        for a, b, old, new in _from_to(d, toks):
            if (new, old) in drafted and (new, old) not in [(o, n) for _, _, o, n in _from_to(d, toks)] and \
                    none in (old, new):
                first, last = drafted[new, old]
                shown, wrote = text[toks[a].start:toks[b].end], d.texts[i][d.toks[i][first].start:d.toks[i][last].end]
                problems.append(Problem(j, "wrong_direction", shown, wrote, None, f"'{shown}' where drafter wrote "
                                        f"'{wrote}': the two are the wrong way round, and say the figure went the "
                                        "other way"))
    return problems


def sides_changed(d: Drafted, texts: Sequence[str], toks_e: Sequence[Sequence[Token]], alignment: Alignment
                  ) -> list[Problem]:
    """A figure drafter gave after "to" now after "from", or the other way round: "rose by 193 per cent from 440"
    for drafter's "… to 440" says 440 is the earlier period's figure, where it is the later one's. The word before
    the figure, as drafter wrote it and as edited, is compared: "to 3,549 from 1,747" for "from 1,747 to 3,549" keeps
    each figure's word, and is no finding."""
    froms, tos, problems = d.vocab.from_words, d.vocab.to_words, []
    for j, (text, toks) in enumerate(zip(texts, toks_e, strict=True)):
        row = alignment.matches[j]
        for t in range(len(toks) - 1):
            place = row[t + 1] if row[t] is None else None
            if place is None or place[1] < 1 or toks[t].norm not in froms | tos:
                continue
            i, s = place
            was = d.toks[i][s - 1].norm
            known = next((k for x, k in zip(d.items[i], d.links[i], strict=True) if x.first == s), None)
            if known is None or known.change or not known.periods or known.kind == "date" or was not in (
                    tos if toks[t].norm in froms else froms):  # a figure of one period, not a month's name
                continue
            item = next(x for x in d.items[i] if x.first == s)
            shown = text[toks[t].start:toks[t + item.last - item.first].end]
            wrote = d.texts[i][d.toks[i][s - 1].start:d.toks[i][item.last - 1].end]
            side = "earlier" if toks[t].norm in froms else "later"
            problems.append(Problem(j, "wrong_figure", shown, known.text, known, f"'{shown}' where drafter wrote "
                                    f"'{wrote}': '{known.text}' is {known.what} ({known.source()}), not the {side} "
                                    "period's figure"))
    return problems


def _from_to(d: Drafted, toks: Sequence[Token]) -> Iterator[tuple[int, int, str, str]]:
    """Each "from X to Y" of one word each: (its first token, its last, X, Y)."""
    vocab = d.vocab
    for k in range(len(toks) - 3):
        if toks[k].norm in vocab.from_words and toks[k + 2].norm in vocab.to_words and toks[k + 1].norm != toks[
                k + 3].norm:
            yield k, k + 3, toks[k + 1].norm, toks[k + 3].norm


def from_or_to(item: Item, toks: Sequence[Token], vocab: Vocabulary) -> bool:
    """Whether a number in words that may be no figure ("every one of them") stands straight after "from" or "to"
    where it is one: of two words or more, or twenty or more ("up from one hundred and sixty", "rose to four
    hundred"; not "from one to the next", "from two to three days")."""
    return item.kind == "count" and item.first > 0 and toks[item.first - 1].norm in {
        *vocab.from_words, *vocab.to_words} and (item.last - item.first > 1 or (item.value or 0) >= 20)


def range_words(item: Item, toks: Sequence[Token], found: Sequence[Item], counted: Callable[[Item], list[Token]],
                vocab: Vocabulary, between: str) -> list[Token]:
    """For a range's start ("24" in "from 24 to 48 hours", "between 20 and 30 minutes", Welsh "o 24 i 48 awr",
    "rhwng 20 a 30 munud"; ``between``: the language's word), the words its end counts: both count hours. None where
    ``item`` starts no range of two figures."""
    before = toks[item.first - 1].norm if item.first else ""
    joins = vocab.to_words if before in vocab.from_words else vocab.joins if before == between else frozenset()
    if not (item.last < len(toks) and toks[item.last].norm in joins):
        return []
    end = next((x for x in found if x.first == item.last + 1 and x.kind == item.kind), None)
    return counted(end) if end is not None else []


def opening_hours(item: Item, toks: Sequence[Token], vocab: Vocabulary, between: str, open_words: Sequence[str],
                  till: Sequence[str]) -> bool:
    """Whether ``item`` is either end of a range of hours of the day after a word for opening, no figure: "open from
    9 to 5", "opened between 8 and 8", "staffed 9 to 5 each day", Welsh "ar agor o 9 i 5": whole numbers from 1 to 24,
    a word for opening at most two words before the range (``till``: more words that join its ends, "from 10 till
    4")."""
    def word(k: int) -> str:
        return toks[k].norm if 0 <= k < len(toks) else ""

    links = vocab.to_words | vocab.joins | set(till)
    first = item.first - 2 if word(item.first - 1) in links else item.first
    ends = [toks[k] for k in (first, first + 2) if k < len(toks)]
    if len(ends) < 2 or word(first + 1) not in links or not all(
            t.kind == "number" and t.norm.isdigit() and 1 <= int(t.norm) <= 24 for t in ends):
        return False
    first -= word(first - 1) in {*vocab.from_words, between}
    return bool({word(first - 1), word(first - 2)} & set(open_words))


def of_its_side(item: Item, toks: Sequence[Token], vocab: Vocabulary, pool: list[Known], campaign: Campaign
                ) -> list[Known]:
    """The facts of ``pool`` of the earliest period among them where ``item`` is X of "from X to Y", of the latest
    where it is Y; ``pool`` where it is neither (or no fact of ``pool`` is of one period)."""
    def word(k: int) -> str:
        return toks[k].norm if 0 <= k < len(toks) else ""

    late = word(item.first - 1) in vocab.to_words and word(item.first - 3) in vocab.from_words
    early = word(item.first - 1) in vocab.from_words and word(item.last) in vocab.to_words
    dated = [k for k in pool if len(k.periods) == 1 and not k.change]
    if not (late or early) or not dated:
        return pool
    starts = {k.periods[0]: campaign.period(k.periods[0]).start for k in dated}
    side = (max if late else min)(starts.values())
    return [k for k in dated if starts[k.periods[0]] == side]
