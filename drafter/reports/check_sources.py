"""Figures in new text said of something other than the campaign's data, though the measure's words may be in their
sentence: how many a campaign reached ("the campaign reached 2 million people online") and a figure given from another
source ("Reports to police have risen 25% since 2019, according to the NSPCC"). Both are listed to check by hand."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from drafter.reports.check_words import Item, Token
from drafter.style.reading import Reading

_CLAUSE = re.compile(r"[;:]")  # between a figure and the words of another clause


def reached(text: str, toks: Sequence[Token], item: Item, counted: Sequence[Token], sentence: range,
            language: Reading, measured: Callable[[str], bool], change: bool) -> bool:
    """Whether ``item`` is how many a campaign reached: a word for reaching straight before it ("reached", "seen
    by"), words of its own after it ("2 million people"), and in its sentence no change word (``change``) and, in
    its clause (up to a semicolon or colon), no other word of the measure's or for the data ("the number of people
    contacting the helpline reached 450", "calls reached 450" are figures of the data)."""
    if change or not counted or not any(" ".join(t.norm for t in toks[max(0, item.first - n):item.first]) in
                                        language.reach_words for n in (1, 2)):
        return False
    own = {t.start for t in counted}
    clause = [k for k in sentence if not _CLAUSE.search(text, *sorted((toks[k].end, toks[item.first].start)))]
    return not any(measured(toks[k].norm) or toks[k].norm in language.data_words for k in clause
                   if toks[k].start not in own and not item.first <= k < item.last)


def from_elsewhere(toks: Sequence[Token], sentence: range, language: Reading, about: bool) -> bool:
    """Whether a sentence gives another source for its figures ("according to the NSPCC", "Home Office figures
    show", Welsh "yn ôl yr NSPCC") and is not ``about`` the campaign (names none of its areas, periods or the
    measure's words)."""
    said = " ".join(toks[k].norm for k in sentence)
    return not about and any(f" {w} " in f" {said} " for w in language.source_words)
