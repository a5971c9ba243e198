"""A paragraph's tokens, for the check: words, numbers, symbols, and as one token each a phone number, an e-mail or web
address, a postcode, "24/7" and a date in figures; a list's numbering is not read at all. Every pattern here is
matched in linear time. What the tokens state is read in :mod:`drafter.reports.check_words`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.style.typed import DIGITS, PHONE, is_phone

_TOKEN = re.compile(rf"({DIGITS})([^\W\d_]*)|([^\W\d_]+(?:['’][^\W\d_]+)*)|([%£$€#+−])")
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)\b")
_NUMDATE = DATE_IN_FIGURES = re.compile(  # a date in figures ("04/09/2018"), read as one date
    r"(?<![\w/.])\d{1,2}([/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\w/]|\.\d)")
_ALWAYS = re.compile(r"(?<![\w/.])24/7(?![\w/]|\.\d)")  # "open 24/7": not a figure
_CHUNK, _MARKER = re.compile(r"\S+"), re.compile(r"\s*(?:\d{1,3}[.)]|[•\-–*])\s+")


@dataclass(frozen=True, slots=True)
class Token:
    norm: str  # what alignment compares: lower case, one kind of apostrophe
    start: int
    end: int
    kind: str  # "word", "number", "symbol", "noise" (a phone number, e-mail, web address or postcode), "numdate"
    suffix: str = ""  # letters straight after a number: "th" in "10th"


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
            found.append(Token(number, match.start(1), match.end(1), "number", suffix.casefold()) if number is not None
                         else Token(word.casefold().replace("’", "'"), *match.span(), "word") if word is not None
                         else Token(symbol, *match.span(), "symbol"))
        if start < len(text):
            kind = "numdate" if _NUMDATE.fullmatch(text, start, end) else "noise"
            found.append(Token(" ".join(text[start:end].split()), start, end, kind))
        position = max(position, end)
    return tuple(found)


def starts_item(text: str) -> bool:
    """Whether the text starts with a list's number or bullet ("1. ", "- ")."""
    return _MARKER.match(text) is not None


def strip_marker(text: str) -> str:
    """The paragraph without a list's number or bullet at its start."""
    marker = _MARKER.match(text)
    return text[marker.end():] if marker else text


def _noise(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _CHUNK.finditer(text):
        chunk = match.group().rstrip(".,;:!?)”’\"'")
        bare = chunk.lstrip("(“‘\"'<")
        if ("@" in bare[1:] and "." in bare.partition("@")[2]) or bare.lower().startswith(("http://", "https://",
                                                                                        "www.")):
            start = match.start() + len(chunk) - len(bare)
            spans.append((start, start + len(bare)))
    spans.extend(match.span() for match in _NUMDATE.finditer(text))  # a date in figures: one token
    spans.extend(match.span() for match in _ALWAYS.finditer(text))
    spans.extend(m.span() for p in (PHONE, _POSTCODE) for m in p.finditer(text) if p is _POSTCODE or is_phone(m[0]))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def words(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens(text) if t.kind != "noise")
