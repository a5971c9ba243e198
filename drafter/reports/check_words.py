"""What a release's words say, for the check: tokens, and the items among them that state something checkable
(a count, a percentage, an ordinal, a change word, a direction word, a year, a month, a day, a time), read in
the release's own language.

The words the check knows in each language (its :class:`Vocabulary`) are written by the house style itself
(:mod:`drafter.reports.check_vocab`); the tokens are made in :mod:`drafter.reports.check_tokens`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from drafter.reports.check_tokens import DATE_IN_FIGURES, Token, strip_marker, tokens, words
from drafter.style.typed import SHORT_SCALES, YEAR, clock_minutes, is_time, number_value

__all__ = ["CHANGES", "DATES", "DATE_IN_FIGURES", "NUMBERS", "Item", "Phrase", "Token", "Vocabulary", "items",
           "strip_marker", "tokens", "words"]  # the tokens' names from check_tokens, where they are made

_SIGNS = {"+": "+", "−": "−", "-": "−", "–": "−"}  # a minus sign, a hyphen or an en dash before a figure
_CURRENCY = {"£", "$", "€"}
_HALVES = {Decimal(1) / 2, Decimal(1) / 4, Decimal(3) / 4}  # "two and a half": parts a whole number is said with
NUMBERS, CHANGES = ("count", "percent", "points", "money"), ("band", "direction")
DATES = ("year", "month", "day", "weekday", "time", "numdate")


@dataclass(frozen=True, slots=True)
class Item:
    """Something a paragraph states that the check can hold against the data."""

    kind: str  # count, percent, points, money, ordinal, band, direction, year, month, day, weekday, time, noise
    first: int  # token indices, end exclusive
    last: int
    text: str
    value: Decimal | None = None
    qualifier: str = ""  # "nearly", "more", "fewer", "about"; "superlative": a rank said as "the highest"
    band: str = ""
    direction: str = ""
    weak: bool = False  # a number or ordinal word that may not be one ("every one of them", "the first time")
    before: str = ""  # the words either side, for the judge of a new sentence
    after: str = ""
    sign: str = ""  # "+" or "−" straight before a figure, as in a table's change column ("−5.3%")


Phrase = tuple[tuple[str, ...], str, str, Decimal]  # (words, category, label, number)


@dataclass(frozen=True)
class Vocabulary:
    """Every phrase the check reads in one house style's language, by its first word."""

    phrases: dict[str, tuple[Phrase, ...]]
    ordinal_suffixes: frozenset[str]
    abbreviations: tuple[str, ...]  # "Sept.", "a.m.": a full stop inside a sentence
    joins: frozenset[str] = frozenset()  # "and" in "one hundred and fifty"
    count_links: frozenset[str] = frozenset()  # between a figure and what it counts: Welsh "o" in "2000 o bobl"
    to_words: frozenset[str] = frozenset()  # after a direction word, before a figure: "rose to", "rose by"
    from_words: frozenset[str] = frozenset()  # "from" in "from 150 to 440"
    year_words: frozenset[str] = frozenset()  # before a year: "in 2018", "since 2018"
    more_words: frozenset[str] = frozenset()  # after a figure, making it a count: "2000 more calls"
    noun_between: bool = False  # a noun between an ordinal and its superlative: Welsh "yr ail ostyngiad mwyaf"



def items(text: str, toks: Sequence[Token], vocab: Vocabulary, count_words: frozenset[str] = frozenset(),
          rank_words: frozenset[str] = frozenset()) -> list[Item]:
    """Everything checkable in a paragraph, left to right. ``count_words`` ("people") make a number word a
    count ("five people", not "every one of them"); ``rank_words`` make an ordinal word a rank."""
    found: list[Item] = []
    i, n = 0, len(toks)
    while i < n:
        item = _item_at(text, toks, i, vocab)
        if item is None:
            i += 1
            continue
        last = toks[item.last - 1]
        if item.kind == "count" and item.qualifier and last.kind == "number" and YEAR.fullmatch(last.norm) and \
                not _a_figure(text, toks, item.last - 1, vocab, count_words):  # "Over 2018 and 2019": years
            item = Item("year", item.last - 1, item.last, last.norm, item.value)
        before = toks[item.first - 1].norm if item.first else ""
        after = toks[item.last].norm if item.last < n else ""
        weak, kind = item.weak, item.kind
        if (kind == "day" and after in count_words) or (  # "In June 12 people", "In 2018, 2000 people": counts
                kind == "year" and _a_figure(text, toks, item.first, vocab, count_words)):
            kind = "count"
        if item.kind == "count" and weak:  # "fifty people", Welsh "dau gant a chwech o bobl"
            weak = next((t.norm for t in toks[item.last:] if t.norm not in vocab.count_links), "") not in count_words
        elif item.kind == "ordinal" and weak:
            weak = not ({before, after} & rank_words)
        at = toks[item.first].start  # a sign straight before the figure, after a space or at the start
        sign = text[at - 1] if at and text[at - 1] in _SIGNS and (at == 1 or not text[at - 2].isalnum()) else ""
        found.append(Item(kind, item.first, item.last, item.text, item.value, item.qualifier, item.band,
                          item.direction, weak, before, after, _SIGNS.get(sign, "")))
        i = item.last
    return found


def _phrase(toks: Sequence[Token], i: int, vocab: Vocabulary) -> tuple[int, str, str, Decimal] | None:
    """The longest known phrase starting at token i: (end, category, label, number)."""
    for said, category, label, number in vocab.phrases.get(toks[i].norm, ()):
        end = i + len(said)
        if end <= len(toks) and all(toks[i + k].norm == w for k, w in enumerate(said)):
            return end, category, label, number
    return None


def _item_at(text: str, toks: Sequence[Token], i: int, vocab: Vocabulary) -> Item | None:
    token = toks[i]
    if token.kind in ("noise", "numdate"):
        return Item(token.kind, i, i + 1, token.norm)
    phrase = _phrase(toks, i, vocab)
    if phrase and phrase[1] in ("band", "direction", "month", "weekday"):
        end, kind, label, amount = phrase
        return Item(kind, i, end, text[token.start:toks[end - 1].end], amount if kind in ("month", "weekday")
                    else None, band=label if kind == "band" else "", direction=label if kind == "direction" else "")
    if phrase and phrase[1] == "superlative":  # "the highest rate": first; "the third highest" is read as "third"
        return Item("ordinal", i, phrase[0], text[token.start:toks[phrase[0] - 1].end], phrase[3], "superlative",
                    direction=phrase[2], weak=True)  # read as a rank where its sentence says where (check_ranks)
    start, qualifier, tied = i, "", False
    if phrase and phrase[1] == "qualifier":
        qualifier, i = phrase[2], phrase[0]
    elif phrase and phrase[1] == "tied":
        tied, i = True, phrase[0]
    if i >= len(toks):
        return None
    currency = toks[i].kind == "symbol" and toks[i].norm in _CURRENCY
    j = i + 1 if currency else i
    if j >= len(toks):
        return None
    number = toks[j]
    worded = _phrase(toks, j, vocab) if number.kind == "word" else None
    if number.kind == "number":
        value, end, weak = number_value(number.norm), j + 1, False
        if number.suffix in vocab.ordinal_suffixes and value is not None:
            after, way = _superlative(toks, end, vocab)
            return Item("ordinal", start, after or end, text[toks[start].start:number.end + len(number.suffix)],
                        value, direction=way, weak=False)
    elif worded and worded[1] == "superlative" and tied:  # "the joint highest rate": a first place shared
        return Item("ordinal", start, worded[0], text[toks[start].start:toks[worded[0] - 1].end], worded[3],
                    "superlative", direction=worded[2])
    elif worded and worded[1] == "ordinal":
        after, way = _superlative(toks, worded[0], vocab)
        return Item("ordinal", start, after or worded[0], text[toks[start].start:toks[worded[0] - 1].end],
                    worded[3], direction=way, weak=not (tied or after))
    elif worded and worded[1] in ("number", "numscale"):
        value, end, weak = _number_words(toks, j, vocab)
    elif worded and (worded[1] == "scaled" or (worded[1] == "scale" and qualifier)):  # "half a million": a figure
        value, end, weak = worded[3], worded[0], False  # "nearly a million", Welsh "bron miliwn": one million
    else:
        return None
    clock = number.kind == "number" and is_time(number.norm, number.suffix, toks[j + 1].norm if j + 1 < len(toks)
                                                else "")  # "10.30am", Welsh "10.30yb" (y bore), "00.01", "10.00 BST"
    if value is None or clock:  # "10:30" too: a time, worth its minutes from midnight ("12:01 a.m." is "12:01am")
        if not (":" in number.norm or clock):
            return None
        minutes, taken = clock_minutes(number.norm, number.suffix, [t.norm for t in toks[j + 1:j + 3]])
        end = j + 1 + taken
        stop = toks[end - 1].end + (len(number.suffix) if not taken else 0)
        stop += bool(taken) and text[stop:stop + 1] == "."  # "12:01 a.m."
        return Item("time", start, end, text[number.start:stop], minutes)
    kind = "money" if currency else "count"
    if number.kind == "number" and number.suffix in SHORT_SCALES:
        value *= SHORT_SCALES[number.suffix]
    following = _phrase(toks, end, vocab) if end < len(toks) else None
    if following and following[1] == "scale":  # "two million": a figure, as "2 million" is
        value, end, weak = value * following[3], following[0], False
        following = _phrase(toks, end, vocab) if end < len(toks) else None
    if part := _and_a_part(toks, end, vocab, value):  # "two and a half million", Welsh "dwy fil a hanner"
        value, end, scaled = part
        weak = weak and not scaled  # "two and a half times": a number word still, as "two" was
        following = _phrase(toks, end, vocab) if end < len(toks) else None
    if end < len(toks) and toks[end].norm == "%":
        kind, end = "percent", end + 1
    elif number.kind == "number" and number.suffix == "pc":  # "193pc", as some newsrooms write it
        kind = "percent"
    elif following and following[1] == "percent":
        kind, end = following[2], following[0]
    last = toks[end - 1]
    shown = text[toks[start].start:last.end + (len(last.suffix) if last.kind == "number" else 0)]
    if kind == "count" and not qualifier and not currency and number.kind == "number":
        if YEAR.fullmatch(number.norm):  # a financial year, "2018/19" or "2018-19", is one year
            pair = end < len(toks) and text[number.end:toks[end].start] in ("/", "-", "–") and \
                toks[end].kind == "number" and len(toks[end].norm) == 2
            return Item("year", start, end + pair, text[number.start:toks[end].end] if pair else shown, value)
        if _beside_month(text, toks, j, vocab) and value <= 31:
            return Item("day", start, end, shown, value)
    return Item(kind, start, end, shown, value, qualifier, weak=weak)  # "almost two hundred volunteers": weak


def _a_figure(text: str, toks: Sequence[Token], i: int, vocab: Vocabulary, count_words: frozenset[str]) -> bool:
    """Whether a number at token i that looks like a year is a figure: before what a figure counts or "more"
    ("a total of 2000 people", "2000 more calls", Welsh "2000 o bobl") unless a word for a year ("in", "since",
    Welsh "ers") or a month is straight before it; after "rose to" or "by"; in "from 150 to 2000"."""
    def word(k: int) -> str:
        return toks[k].norm if 0 <= k < len(toks) and toks[k].kind == "word" else ""

    def joined(a: int, b: int) -> bool:  # only a space between tokens a and b
        return 0 <= a < b < len(toks) and not text[toks[a].end:toks[b].start].strip()

    def category(k: int) -> str:
        phrase = _phrase(toks, k, vocab) if word(k) else None
        return phrase[1] if phrase and phrase[0] == k + 1 else ""

    def figure(k: int) -> bool:  # a number that is no year
        return 0 <= k < len(toks) and toks[k].kind == "number" and not YEAR.fullmatch(toks[k].norm)

    before = word(i - 1) if joined(i - 1, i) else ""
    after = i + 1
    while word(after) in vocab.count_links and joined(after - 1, after):
        after += 1
    counted = joined(after - 1, after) and (word(after) in count_words or word(after) in vocab.more_words or (
        word(after + 1) in vocab.more_words and joined(after, after + 1)))  # Welsh "2000 yn fwy"
    if counted and (before in vocab.to_words or not (before in vocab.year_words or category(i - 1) == "month")):
        return True
    if before in vocab.to_words and ((category(i - 2) == "direction" and joined(i - 2, i - 1)) or (
            figure(i - 2) and word(i - 3) in vocab.from_words)):
        return True
    return before in vocab.from_words and word(i + 1) in vocab.to_words and figure(i + 2)


def _superlative(toks: Sequence[Token], i: int, vocab: Vocabulary) -> tuple[int, str]:
    """Where a superlative after an ordinal ends ("third highest"; after one noun where the language puts it there,
    Welsh "ail ostyngiad mwyaf"), so the two are one item, and the way it ranks ("up", "down"); else (0, "")."""
    for k in (i, i + 1) if vocab.noun_between else (i,):
        phrase = _phrase(toks, k, vocab) if k < len(toks) and toks[k].kind == "word" else None
        if phrase and phrase[1] == "superlative" and (k == i or toks[i].kind == "word"):
            return phrase[0], phrase[2]
    return 0, ""


def _number_words(toks: Sequence[Token], i: int, vocab: Vocabulary) -> tuple[Decimal, int, bool]:
    """A number written in words from token i: its value, where it ends, and that it is weak (in new text it is
    read as a count only before a count's words: "fifty people", not "twenty-four hours"). A scale multiplies the
    words before it back to the last larger scale: "two thousand three hundred and four", Welsh "cant pum deg"."""
    groups: list[Decimal] = []
    k, words = i, 0
    while k < len(toks):
        phrase = _phrase(toks, k, vocab) if toks[k].kind == "word" else None
        if phrase and phrase[1] == "number":
            groups.append(phrase[3])
        elif phrase and phrase[1] == "numscale":
            tail = Decimal(0)
            while groups and groups[-1] < phrase[3]:
                tail += groups.pop()
            groups.append(max(tail, Decimal(1)) * phrase[3])
        elif words and toks[k].norm in vocab.joins and k + 1 < len(toks) and (
                (after := _phrase(toks, k + 1, vocab)) and after[1] in ("number", "numscale")):
            k += 1
            continue
        else:
            break
        k, words = phrase[0], words + 1
    return sum(groups, Decimal(0)), k, True  # a count only before the words a count stands before ("people")


def _and_a_part(toks: Sequence[Token], end: int, vocab: Vocabulary, value: Decimal
                ) -> tuple[Decimal, int, bool] | None:
    """A number read up to token ``end`` with "and" and a part after it: "two and a half million" (2,500,000),
    "three and a quarter thousand", Welsh "dwy fil a hanner" (2,500, the part after the scale), "two and a half
    times" (2.5): its value, where it ends, and whether a thousand or a million is its unit; None if there is none."""
    def scale(k: int, length: int | None = None) -> Decimal | None:
        found = _phrase(toks, k, vocab) if 0 <= k < len(toks) and toks[k].kind == "word" else None
        return found[3] if found and found[1] in ("scale", "numscale") and found[3] >= 1000 and (
            length is None or found[0] == k + length) else None

    part = _phrase(toks, end + 1, vocab) if end + 1 < len(toks) and toks[end].norm in vocab.joins else None
    if part and part[1] == "scaled" and (unit := scale(part[0] - 1, 1)):  # "and a half million": a half of one
        return value * unit + part[3], part[0], True
    if not part or part[1] != "fraction":
        return None
    if unit := scale(part[0]):  # "and a half thousand"
        return (value + part[3]) * unit, _phrase(toks, part[0], vocab)[0], True  # type: ignore[index]
    if unit := scale(end - 1, 1):  # Welsh "dwy fil a hanner": the scale before, already counted in
        return value + part[3] * unit, part[0], True
    return (value + part[3], part[0], False) if value < 1000 and part[3] in _HALVES else None


def _beside_month(text: str, toks: Sequence[Token], i: int, vocab: Vocabulary) -> bool:
    """Whether the number at token i is the day of a date: straight before a month's name ("4 September", Welsh
    "4 Medi"), straight after one ("September 4", "Sept. 4"), or one end of a range of days beside one ("4–5
    September", "September 4–5"). Straight means nothing but a space between them (a full stop after "Sept."
    aside): after a complete date and a comma ("Between January and June 2018, 12 people", "On 4 September, 12
    people") a number is a figure."""
    def month(k: int) -> bool:
        phrase = _phrase(toks, k, vocab) if 0 <= k < len(toks) and toks[k].kind == "word" else None
        return bool(phrase and phrase[1] == "month")

    def joined(a: int, b: int, dash: bool = False) -> bool:  # tokens a and b with only a space (or a dash) between
        if not 0 <= a < b < len(toks):
            return False
        gap = text[toks[a].end:toks[b].start].strip()
        return gap in (("", "–", "-") if dash else ("", "."))

    def number(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].kind == "number"

    return (month(i + 1) and joined(i, i + 1)) or (month(i - 1) and joined(i - 1, i)) or (
        number(i + 1) and joined(i, i + 1, dash=True) and month(i + 2) and joined(i + 1, i + 2)) or (
        number(i - 1) and joined(i - 1, i, dash=True) and month(i - 2) and joined(i - 2, i - 1))
