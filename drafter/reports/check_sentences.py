"""The sentences of a paragraph of new text, for the check, and what one says, read once however many of its
figures ask (a paragraph of hundreds of figures took seconds when each worked it out again)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from drafter.model import Period
from drafter.reports.check_known import Known

_SENTENCE_END = re.compile(r"[.!?]+[”\"’']?\s+")
PARAGRAPH = (-1, -1)  # the key of what NewText reads of the whole paragraph, among its sentences'


def sentence_span(text: str, at: int, abbreviations: Sequence[str]) -> tuple[int, int]:
    """Where the sentence holding character ``at`` starts and ends in its paragraph ("Sept." ends none)."""
    starts, ends = _sentence_breaks(text, tuple(abbreviations))
    before, after = bisect_right(ends, at), bisect_left(starts, at)
    return ends[before - 1] if before else 0, starts[after] if after < len(starts) else len(text)


@lru_cache(maxsize=256)  # every figure of a paragraph asks: read once (hundreds of figures took seconds otherwise)
def _sentence_breaks(text: str, abbreviations: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Where each break between a paragraph's sentences starts and ends: a full stop after an abbreviation is none."""
    found = []
    for stop in _SENTENCE_END.finditer(text):
        word = stop.start() + 1
        while word > 0 and not text[word - 1].isspace():
            word -= 1
        if text[word:stop.start() + 1] not in abbreviations:
            found.append(stop.span())
    return [s for s, _ in found], [e for _, e in found]


@dataclass
class Said:
    """What one sentence of new text says, read once however many of its figures ask (hundreds took seconds)."""

    words: tuple[tuple[str, ...], tuple[int, ...]] | None = None  # see NewText._sentence_words
    about: bool | None = None  # names an area or period, or has the measure's words or a word for the data
    mentioned: tuple[set[str], set[str]] | None = None  # the areas and periods it names, with its context
    named: frozenset[int] | None = None  # the tokens naming an area (kept for the whole paragraph, under PARAGRAPH)
    dates: list[tuple[int, int, Known]] | None = None  # where the campaign's dates stand (the whole paragraph's)
    elsewhere: bool | None = None  # gives another source for its figures, and is not about the campaign
    outside: str | None = None  # a time or place outside the campaign's it names (check_new.NewTextJudge._outside)
    starts: dict[int, str] | None = None  # the token each of the campaign's periods is named from (the paragraph's)
    claims: tuple[dict[str, frozenset[int]], frozenset[str], dict[str, int]] | None = None  # check_periods.said_of
    relative: tuple[tuple[Period, Period], ...] | None = None  # the comparisons it may mean (check_relative)
    phrases: list[tuple[int, int, str]] | None = None  # its periods named by where they stand (the paragraph's)
    changes: list[int] | None = None  # where each change word or band starts, in order (the paragraph's)
