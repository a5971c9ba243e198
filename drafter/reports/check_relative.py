"""The period a press officer names by where it stands from the newer one, for the check: "up from 150 the previous
month", "a year earlier", "compared with the same period last year", "year on year", "over the past 12 months"
(Welsh "y mis blaenorol", "flwyddyn yn gynharach", "o'i gymharu â'r un cyfnod y llynedd"), held against the
periods the campaign compares. A phrase true of one of them is no finding; one true of none is, naming the period
the figures compare with.

"last month" and "last year" (Welsh "y llynedd") may name the newer period itself ("Last year, 440 people …"), so
they are read as the comparison's only after a word that compares ("up from 150 last year", "compared with last
year"). "The previous year" and "last year" are true of a period in the calendar year before the newer one's, as
a newsdesk reads them; "a year earlier", "the same period last year" and "year on year" only of the same months a
year before. A phrase is read once a sentence, and only in a sentence that states the campaign's data.
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.errors import how_many
from drafter.model import Period
from drafter.reports.check_counted import NewText
from drafter.reports.check_known import Known, Problem
from drafter.reports.check_sentences import PARAGRAPH, Said, sentence_span
from drafter.reports.check_states import words_of
from drafter.reports.check_words import Item

_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
_CLAIMS = {"month": "a month earlier", "quarter": "three months earlier", "half": "six months earlier",
           "year": "the same months a year earlier", "calendar": "in the year before"}
_CLAIMED = ("count", "percent", "points", "band", "direction")  # an item that may state the campaign's data


def _month(period: Period, end: bool = False) -> int:
    day = period.end if end else period.start
    return day.year * 12 + day.month - 1


def holds(kind: str, old: Period, new: Period) -> bool:
    """Whether a phrase of ``kind`` is true of the comparison of ``new`` with ``old``."""
    gap = _month(new) - _month(old)
    if kind in _MONTHS:
        return gap == _MONTHS[kind]
    if kind == "calendar":  # "the previous year": the same months a year before, or within the year before
        return gap == 12 or old.start.year == old.end.year == new.start.year - 1
    return gap == 12 or _month(new, end=True) - _month(new) + 1 == 12  # "over the past 12 months"


def _span(months: int) -> str:
    return "a year" if months == 12 else "a month" if months == 1 else how_many(months // 12, "year") if not \
        months % 12 else how_many(months, "month")


def phrases_in(new_text: NewText) -> list[tuple[int, int, str]]:
    """Where a paragraph names a period by where it stands (first token, the one after its last, its kind), the
    longest phrase where two start together; read once a paragraph (its numbers, "the past 12 months", are no
    figures)."""
    whole = new_text.memo.setdefault(PARAGRAPH, Said())
    if whole.phrases is None:
        language = new_text.d.universe.style.language
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, kind in language.relative_comparisons:
            words = words_of(phrase)
            index.setdefault(words[0], []).append((words, kind))
        norms = [n.removesuffix("'s") for n in new_text.norms]  # "the previous year's figure"
        whole.phrases, k = [], 0
        while k < len(norms):
            found = max(((w, kind) for w, kind in index.get(norms[k], ()) if tuple(norms[k:k + len(w)]) == w),
                        key=lambda pair: len(pair[0]), default=None)
            if found is not None:
                whole.phrases.append((k, k + len(found[0]), found[1]))
            k += len(found[0]) if found else 1
    return whole.phrases


def relative_problems(j: int, new_text: NewText, row: Sequence[object | None]) -> list[Problem]:
    """The findings of paragraph ``j`` (``row``: where each of its tokens stands in drafter's draft, None for new
    text) for a period named by where it stands that none of the campaign's comparisons bears out."""
    u = new_text.d.universe
    language, periods = u.style.language, u.campaign.periods
    if len(periods) < 2 or not language.relative_comparisons:
        return []
    from_now = {words_of(p) for p in language.relative_from_now}
    problems: list[Problem] = []
    for first, end, kind in phrases_in(new_text):
        if all(row[t] is not None for t in range(first, end) if t < len(row)):
            continue  # as drafter wrote it
        if tuple(new_text.norms[first:end]) in from_now and not _after_link(new_text, first):
            continue  # "Last year, 440 people …": the newer period, not the comparison
        problem = _judged(j, new_text, first, end, kind, periods)
        if problem is not None:
            problems.append(problem)
    return problems


def _after_link(new_text: NewText, first: int) -> bool:
    """Whether a word that compares stands before token ``first`` ("from 150 last year", "compared with last
    year"), a figure and words such as "the" at most between."""
    language, toks = new_text.d.universe.style.language, new_text.toks
    k, figures = first - 1, 0
    while k >= 0 and (toks[k].norm in language.relative_fillers or (toks[k].kind == "number" and not figures)):
        figures += toks[k].kind == "number"
        k -= 1
    return k >= 0 and (toks[k].norm in language.comparison_links or (
        toks[k].norm == "to" and k > 0 and toks[k - 1].norm == "compared"))


def _judged(j: int, new_text: NewText, first: int, end: int, kind: str, periods: Sequence[Period]
            ) -> Problem | None:
    """The finding for the phrase at tokens ``first``..``end``, where its sentence states the campaign's data and
    the phrase is true of none of the comparisons the sentence may mean."""
    toks, u = new_text.toks, new_text.d.universe
    span = sentence_span(new_text.text, toks[first].start, new_text.abbreviations)
    said = new_text.memo.setdefault(span, Said())
    if said.relative is None:  # what the sentence says, once however many phrases it has
        said.relative = _comparisons(new_text, span, periods)
    pairs = said.relative
    if not pairs or any(holds(kind, old, new) for old, new in pairs):
        return None
    old, new = pairs[-1]
    before = first - (first > 0 and toks[first - 1].norm in u.style.language.relative_fillers[:2])  # "the", "a"
    shown = new_text.text[toks[before].start:toks[end - 1].end]
    older, newer = u.names.period(old.id), u.names.period(new.id)
    gap = _month(new) - _month(old)
    if kind == "twelve":  # "over the past 12 months": the newer period's figures, or a change over a year
        fact = Known("", f"periods.{new.id}", "date", newer, f"the period {newer}", (new.source,), periods=(new.id,))
        long = _month(new, end=True) - _month(new) + 1
        return Problem(j, "wrong_date", shown, newer, fact, f"'{shown}' in new text where the release's figures are "
                       f"for {newer} ({fact.source()}), {_span(long)} long, compared with {older}, {_span(gap)} "
                       "earlier: neither is 12 months")
    fact = Known("", f"periods.{old.id}", "date", older, f"the period {older}", (old.source,), periods=(old.id,))
    return Problem(j, "wrong_date", shown, older, fact, f"'{shown}' in new text where the release compares {newer} "
                   f"with {older} ({fact.source()}): {older} is {_span(gap)} earlier, not {_CLAIMS[kind]}")


def _claim(new_text: NewText, item: Item) -> bool:
    """Whether ``item`` itself states the campaign's data (:meth:`NewText.states_data` reads the others)."""
    if item.weak or new_text.no_figure(item) is not None:
        return False
    if item.kind in ("band", "direction"):
        return new_text.about_data(item)  # "The number has risen year on year", not "Donations rose …"
    counted = new_text.counted(item) if item.kind == "count" else []
    return not counted or new_text.claimed(item, counted)


def states_campaign_data(new_text: NewText, span: tuple[int, int], besides: range = range(0)) -> bool:
    """Whether the sentence at ``span`` (its first and last character) states the campaign's data (the items at
    the tokens ``besides`` aside: the "half" of "the first half of 2017")."""
    inside = [x for x in new_text.found if x.kind in _CLAIMED and span[0] <= new_text.toks[x.first].start < span[1]
              and x.first not in besides]
    return any(_claim(new_text, x) or new_text.states_data(x) for x in inside[:2])  # the two see every figure


def _comparisons(new_text: NewText, span: tuple[int, int], periods: Sequence[Period]
                 ) -> tuple[tuple[Period, Period], ...]:
    """The comparisons (earlier, later) a sentence may mean, the release's own (the newest two) last; none where it
    states none of the campaign's data. Those whose periods it names, where it names one."""
    if not states_campaign_data(new_text, span):
        return ()
    inside = [x for x in new_text.found if x.kind in _CLAIMED and span[0] <= new_text.toks[x.first].start < span[1]]
    pairs = [(old, new) for i, new in enumerate(periods) for old in periods[:i]]
    named = new_text.mentioned(inside[0], ())[1]
    chosen = [(old, new) for old, new in pairs if {old.id, new.id} & named] or pairs
    return tuple(sorted(chosen, key=lambda pair: (pair[1].start, pair[0].start)))
