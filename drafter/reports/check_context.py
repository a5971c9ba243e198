"""Context a press officer adds around the campaign's figures, for the check: a time that is clearly none of the
campaign's periods ("since 2020", "in 2002", "since the campaign began in 2002", "over the last ten years") and a
place that is none of its areas ("across the UK", "in England", "nationally" where the campaign has no national
area). Its sentence's figures are context, listed to check by hand, where the sentence names none of the campaign's
periods (and, for a place, none of its areas).

A period written like one of the campaign's is no context but a wrong period: a year beside a month ("between
January and June 2019", "since June 2019") or one to two years from the campaign's ("in 2019", "between 2019 and
2020") with no word for a span to now before it. A year clearly none of the campaign's is more than two years from
every one of them ("in 2002"), or any other year after such a word ("since 2020").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from drafter.reports.check_dates import names_law
from drafter.reports.check_words import Item, Token, Vocabulary, tokens
from drafter.style.base import Language

NEAR_YEARS = 2  # a year this close to one of the campaign's, with no "since", may be a period mistyped


def _words(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens(text))


def _month(norm: str, vocab: Vocabulary) -> bool:
    return any(phrase[1] == "month" for phrase in vocab.phrases.get(norm, ()))


def context_year(item: Item, text: str, toks: Sequence[Token], years: Collection[int], vocab: Vocabulary,
                 language: Language) -> str:
    """The words that make ``item`` a year given as context ("since 2020", "in 2002"), or "" where it is none (one
    of ``years``, a law's, beside a month, or near them with no word for a span to now before it)."""
    if item.kind != "year" or not item.text.isdigit() or len(item.text) != 4 or int(item.text) in years or names_law(
            item, text, toks, language.law_words, vocab):  # "Under the Sexual Offences Act 2003, …": no time
        return ""
    if any(_month(toks[k].norm, vocab) for k in range(max(0, item.first - 4), min(len(toks), item.last + 1))):
        return ""  # "between January and June 2019", "June 2019": a period of the campaign's shape
    year = int(item.text)
    since = item.first > 0 and toks[item.first - 1].norm in language.since_words
    if not since and any(abs(year - y) <= NEAR_YEARS for y in years):
        return ""  # "in 2019", "between 2019 and 2020": a year of the campaign's mistyped
    start = toks[item.first - 1].start if item.first and toks[item.first - 1].norm in language.year_words else \
        toks[item.first].start
    return text[start:toks[item.last - 1].end]


def time_span(text: str, toks: Sequence[Token], first: int, last: int, language: Language) -> str:
    """The words among tokens ``first``..``last`` that name a span back from now ("the last ten years"), or ""."""
    for k in range(first, last):
        for start, end in language.time_spans:
            if toks[k].norm == start:
                ends = [n for n in range(k + 1, min(k + 4, last)) if toks[n].norm == end]
                if ends:
                    return text[toks[k].start:toks[ends[0]].end]
    return ""


def outside_place(text: str, toks: Sequence[Token], first: int, last: int, language: Language, national: bool) -> str:
    """The words among tokens ``first``..``last`` that name a country ("across the UK", "in England"), or the country
    ("nationally", not the adjective of "the national helpline") where ``national`` (the campaign has no country
    above the area), or ""; for a sentence naming none of the campaign's areas (a country that is one, "across
    Wales", is named as it)."""
    places = [_words(p) for _, p in language.area_adjectives] + [_words(p) for p in language.country_names]
    places += [_words(p) for p in language.national_places] if national else []
    norms = [t.norm for t in toks]
    for k in range(first, last):
        for words in places:
            end = k + len(words)
            if words and end <= last and tuple(norms[k:end]) == words:
                return text[toks[k].start:toks[end - 1].end]
    return ""
