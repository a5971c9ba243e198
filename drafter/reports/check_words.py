"""What a release's words say, for the check: tokens, and the items among them that state something checkable
(a count, a percentage, an ordinal, a change word, a direction word, a year, a month, a day, a time), read in
the release's own language.

Every word the check knows comes from the house style and its :class:`~drafter.style.base.Language`, by asking
them to write it: change words from :func:`~drafter.style.wording.change_words` for a change in each band,
months from the date helpers, number and ordinal words from the preset. A new language is read as soon as it
can be written. Phone numbers, e-mail addresses, web addresses and postcodes are read as one token each, and a
list's numbering is not read at all. Every pattern here is matched in linear time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from drafter.compute.changes import compute_change
from drafter.model import Change, SourceRef, Value
from drafter.quotes.claims import number_value
from drafter.style import wording
from drafter.style.base import TENSES, HouseStyle
from drafter.style.house import PRESETS

GROUP_SPACE = "\u202f"  # a space between a number's groups of digits ("1 747"), kept as one when a paragraph is read
_GROUPS = re.compile(r"(?<=\d)[\u00a0\u2009\u202f](?=\d{3}(?!\d))")
_SPACES = re.compile(r"[^\S\u202f]+")
_TOKEN = re.compile(r"(\d+(?:[.,:]\d+|\u202f\d{3}(?!\d))*)([^\W\d_]*)|([^\W\d_]+(?:['’][^\W\d_]+)*)|([%£$€#])")
_PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[ \-]?)?(?:\(\d{1,5}\)[ \-]?)?\d{2,5}(?:[ \-.]\d{2,5}){1,4}"
                    r"(?![\w%]|[.,]\d)")
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)\b")
_CHUNK = re.compile(r"\S+")
_MARKER = re.compile(r"\s*(?:\d{1,3}[.)]|[•\-–*])\s+")
_CURRENCY = {"£", "$", "€"}
_SHORT_SCALE = {"m": Decimal(10) ** 6, "bn": Decimal(10) ** 9, "tn": Decimal(10) ** 12}  # "£1.2m", "£3bn"
# A change of each band (old, new), to have the house style word it.
_SAMPLES = ((100, 200), (100, 250), (100, 290), (100, 300), (100, 350), (100, 400), (100, 500), (100, 50),
            (100, 100))
_DIRECTION_SAMPLES = ((100, 150), (100, 80), (5, 12), (12, 5))
NUMBERS = ("count", "percent", "points", "money")
DATES = ("year", "month", "day", "weekday", "time")
CHANGES = ("band", "direction")


@dataclass(frozen=True, slots=True)
class Token:
    norm: str  # what alignment compares: lower case, one kind of apostrophe
    start: int
    end: int
    kind: str  # "word", "number", "symbol" or "noise" (a phone number, e-mail, web address or postcode)
    suffix: str = ""  # letters straight after a number: "th" in "10th"


@dataclass(frozen=True, slots=True)
class Item:
    """Something a paragraph states that the check can hold against the data."""

    kind: str  # count, percent, points, money, ordinal, band, direction, year, month, day, weekday, time, noise
    first: int  # token indices, end exclusive
    last: int
    text: str
    value: Decimal | None = None
    qualifier: str = ""  # "nearly", "more", "fewer"
    band: str = ""
    direction: str = ""
    weak: bool = False  # a number or ordinal word that may not be one ("every one of them", "the first time")
    before: str = ""  # the words either side, for the judge of a new sentence
    after: str = ""


Phrase = tuple[tuple[str, ...], str, str, Decimal]  # (words, category, label, number)


@dataclass(frozen=True)
class Vocabulary:
    """Every phrase the check reads in one house style's language, by its first word."""

    phrases: dict[str, tuple[Phrase, ...]]
    ordinal_suffixes: frozenset[str]
    abbreviations: tuple[str, ...]  # "Sept.", "a.m.": a full stop inside a sentence


@lru_cache(maxsize=1024)  # the drafted release's paragraphs are read again for every file checked against it
def tokens(text: str) -> tuple[Token, ...]:
    """The paragraph's tokens; punctuation is dropped, and a list marker at its start too."""
    noise = _noise(text)
    found: list[Token] = []
    marker = _MARKER.match(text)
    position = marker.end() if marker else 0
    for start, end in [*noise, (len(text), len(text))]:
        for match in _TOKEN.finditer(text, position, start):
            number, suffix, word, symbol = match.groups()
            if number is not None:
                found.append(Token(number, match.start(1), match.end(1), "number", suffix.casefold()))
            elif word is not None:
                found.append(Token(word.casefold().replace("’", "'"), match.start(), match.end(), "word"))
            else:
                found.append(Token(symbol, match.start(), match.end(), "symbol"))
        if start < len(text):
            found.append(Token(" ".join(text[start:end].split()), start, end, "noise"))
        position = max(position, end)
    return tuple(found)


def flat(text: str) -> str:
    """A paragraph's text on one line, each run of spaces one space; but a non-breaking or thin space between a
    number's groups of digits ("1 747") is kept, as :data:`GROUP_SPACE`, so the number is read as one."""
    return _SPACES.sub(" ", _GROUPS.sub(GROUP_SPACE, text)).strip()


def strip_marker(text: str) -> str:
    """The paragraph without a list's number or bullet at its start."""
    marker = _MARKER.match(text)
    return text[marker.end():] if marker else text


def _noise(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _CHUNK.finditer(text):
        chunk = match.group().rstrip(".,;:!?)”’\"'")
        bare = chunk.lstrip("(“‘\"'<")
        if ("@" in bare and "." in bare.partition("@")[2]) or bare.lower().startswith(("http://", "https://",
                                                                                        "www.")):
            start = match.start() + len(chunk) - len(bare)
            spans.append((start, start + len(bare)))
    for pattern in (_PHONE, _POSTCODE):
        for match in pattern.finditer(text):
            if pattern is _POSTCODE or sum(c.isdigit() for c in match.group()) >= 9:
                spans.append(match.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _words(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens(text) if t.kind != "noise")


@lru_cache(maxsize=16)
def vocabulary(style: HouseStyle) -> Vocabulary:
    """What the check reads in ``style``'s language: written by the house style itself, in every preset of that
    language (so an en_GB check also knows "tripled")."""
    kin = [style, *(p for p in PRESETS.values() if p.language is style.language and p is not style)]
    entries: list[Phrase] = []

    def add(text: str, category: str, label: str = "", number: Decimal = Decimal(0)) -> None:
        words = _words(text)
        if words:
            entries.append((words, category, label, number))

    up: set[str] = set()
    down: set[str] = set()
    for preset in kin:
        for old, new in _SAMPLES:
            change = _change(old, new)
            band = wording.change_band(change, preset)
            for text in _all_forms(change, preset):
                add(text, "band", band)
        for old, new in _DIRECTION_SAMPLES:
            change = _change(old, new)
            bag = up if change.direction == "up" else down
            for text in _all_forms(change, preset, exact=True):
                bag.update(t.norm for t in tokens(text) if t.kind == "word")
        for index, word in enumerate(preset.number_words):
            if index:
                add(word, "number", number=Decimal(index))
        for index, word in enumerate(preset.ordinal_words):
            if index:
                add(word, "ordinal", number=Decimal(index))
        add(preset.tied.partition("{}")[0], "tied")
        add(preset.language.nearly, "qualifier", "nearly")
        add(preset.language.more_than, "qualifier", "more")
        for after_from in (False, True):
            add(preset.language.fewer_than("", preset, after_from=after_from), "qualifier", "fewer")
        _add_dates(preset, add)
    numberish = {w for p in PRESETS.values() for w in _words(p.percent) + _words(p.percent_points)}
    for word in sorted(up - down - numberish):
        add(word, "direction", "up")
    for word in sorted(down - up - numberish):
        add(word, "direction", "down")
    for preset in PRESETS.values():
        add(preset.percent, "percent", "percent")
        add(preset.percent_points, "percent", "points")
        add(preset.million_word, "scale", number=Decimal(1_000_000))
        add(preset.billion_word, "scale", number=Decimal(1_000_000_000))
        add(preset.trillion_word, "scale", number=Decimal(10) ** 12)
    suffixes = {text.lstrip("0123456789,.").casefold() for preset in kin for n in range(1, 121)
                if (text := wording.ordinal_text(n, preset))[:1].isdigit()}
    by_first: dict[str, list[Phrase]] = {}
    for entry in entries:
        by_first.setdefault(entry[0][0], []).append(entry)
    phrases = {k: tuple(sorted(set(v), key=lambda e: -len(e[0]))) for k, v in by_first.items()}
    return Vocabulary(phrases, frozenset(suffixes - {""}), _abbreviations(kin))


def _change(old: int, new: int) -> Change:
    source = (SourceRef("sample"),)
    return compute_change("", "", "count", "a", "b", Value(Decimal(old), source), Value(Decimal(new), source))


def _all_forms(change: Change, style: HouseStyle, exact: bool = False) -> Iterable[str]:
    for tense in TENSES:
        for headline in (False, True):
            yield wording.change_words(change, style, tense, exact=exact, headline=headline)[0]
    yield wording.change_noun(change, style)[0]


def _add_dates(style: HouseStyle, add: Callable[..., None]) -> None:
    for month in range(1, 13):
        day = dt.date(2001, month, 1)
        name = wording.month_text(day, style, year=False)
        add(name, "month", number=Decimal(month))
        for joiner in ("to", "and"):  # the forms a month takes after "i" and "a" in Welsh
            joined = _words(style.language.join("x", joiner, name, style))
            add(joined[-1], "month", number=Decimal(month))
        for word in _words(wording.date_text(day, style)):
            if not word[:1].isdigit():
                add(word, "month", number=Decimal(month))
    for offset in range(7):
        day = dt.date(2001, 1, 1) + dt.timedelta(days=offset)
        whole, date = wording.weekday_date_text(day, style), wording.date_text(day, style)
        add(whole[: len(whole) - len(date)], "weekday", number=Decimal(offset))


def _abbreviations(styles: list[HouseStyle]) -> tuple[str, ...]:
    found: set[str] = set()
    for style in styles:
        for month in range(1, 13):
            moment = dt.datetime(2001, month, 1, 0, 1) + dt.timedelta(hours=12 * (month % 2))
            text = wording.date_text(moment.date(), style) + " " + wording.embargo_text(moment, "UTC", style)
            found.update(chunk.rstrip(",") for chunk in text.split() if chunk.rstrip(",").endswith(".")
                         and not chunk[:1].isdigit())
    return tuple(sorted(found))


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
        before = toks[item.first - 1].norm if item.first else ""
        after = toks[item.last].norm if item.last < n else ""
        weak = item.weak
        if item.kind == "count" and weak:
            weak = after not in count_words
        elif item.kind == "ordinal" and weak:
            weak = not ({before, after} & rank_words)
        found.append(Item(item.kind, item.first, item.last, item.text, item.value, item.qualifier, item.band,
                          item.direction, weak, before, after))
        i = item.last
    return found


def _phrase(toks: Sequence[Token], i: int, vocab: Vocabulary) -> tuple[int, str, str, Decimal] | None:
    """The longest known phrase starting at token i: (end, category, label, number)."""
    for words, category, label, number in vocab.phrases.get(toks[i].norm, ()):
        end = i + len(words)
        if end <= len(toks) and all(toks[i + k].norm == w for k, w in enumerate(words)):
            return end, category, label, number
    return None


def _item_at(text: str, toks: Sequence[Token], i: int, vocab: Vocabulary) -> Item | None:
    token = toks[i]
    if token.kind == "noise":
        return Item("noise", i, i + 1, token.norm)
    phrase = _phrase(toks, i, vocab)
    if phrase and phrase[1] in ("band", "direction", "month", "weekday"):
        end, kind, label, amount = phrase
        return Item(kind, i, end, text[token.start:toks[end - 1].end], amount if kind in ("month", "weekday")
                    else None, band=label if kind == "band" else "", direction=label if kind == "direction" else "")
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
        value, end, weak = number_value(number.norm.replace(GROUP_SPACE, "")), j + 1, False
        if number.suffix in vocab.ordinal_suffixes and value is not None:
            return Item("ordinal", start, end, text[toks[start].start:number.end + len(number.suffix)], value)
    elif worded and worded[1] in ("number", "ordinal"):
        value, end, weak = worded[3], worded[0], True
        if worded[1] == "ordinal":
            return Item("ordinal", start, end, text[toks[start].start:toks[end - 1].end], value, weak=not tied)
    else:
        return None
    if value is None:
        return Item("time", start, end, number.norm) if ":" in number.norm else None
    kind = "money" if currency else "count"
    if number.kind == "number" and currency and number.suffix in _SHORT_SCALE:
        value *= _SHORT_SCALE[number.suffix]
    following = _phrase(toks, end, vocab) if end < len(toks) else None
    if following and following[1] == "scale":
        value, end = value * following[3], following[0]
        following = _phrase(toks, end, vocab) if end < len(toks) else None
    if end < len(toks) and toks[end].norm == "%":
        kind, end = "percent", end + 1
    elif following and following[1] == "percent":
        kind, end = following[2], following[0]
    last = toks[end - 1]
    shown = text[toks[start].start:last.end + (len(last.suffix) if last.kind == "number" else 0)]
    if kind == "count" and not qualifier and not currency and number.kind == "number":
        if re.fullmatch(r"(1[89]|20)\d\d", number.norm):
            return Item("year", start, end, shown, value)
        if _beside_month(toks, j, vocab) and value <= 31:
            return Item("day", start, end, shown, value)
    return Item(kind, start, end, shown, value, qualifier, weak=weak and not qualifier)


def _beside_month(toks: Sequence[Token], i: int, vocab: Vocabulary) -> bool:
    for k in (i - 1, i + 1, i - 2):
        if 0 <= k < len(toks) and toks[k].kind == "word":
            phrase = _phrase(toks, k, vocab)
            if phrase and phrase[1] == "month" and (k < i or k == i + 1):
                return True
    return False
