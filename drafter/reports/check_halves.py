"""A half of a year named in words, for the check: "In the first half of 2017, 150 people …", Welsh "Yn ystod hanner
cyntaf 2017, …". In a sentence that states the campaign's data, or where drafter named a period (a table's heading),
the half must be one of the campaign's periods: one that is none of them ("the first half of 2017" where the figures
are for July to December 2017) is a finding naming the campaign's period of that year. A half in a sentence that
states none of its data ("In the first half of 2017, the charity opened its helpline") is context, and no finding,
and so is one of a year none of the periods is in (that is the year's own finding); one as drafter wrote it is
trusted."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.model import Period
from drafter.reports.check_counted import NewText
from drafter.reports.check_dates import PAIR_END
from drafter.reports.check_known import Known, Problem
from drafter.reports.check_relative import states_campaign_data
from drafter.reports.check_sentences import sentence_span
from drafter.reports.check_states import words_of
from drafter.style.typed import YEAR


def half_year_problems(j: int, new_text: NewText, row: Sequence[object | None]) -> list[Problem]:
    """The findings of paragraph ``j`` (``row``: where each of its tokens stands in drafter's draft, None for new
    text) for a half of a year named in words that is none of the campaign's periods."""
    u = new_text.d.universe
    phrases = sorted(((words_of(p), half) for p, half in u.style.language.half_years), key=lambda p: -len(p[0]))
    periods, toks, norms = u.campaign.periods, new_text.toks, new_text.norms
    spans = {(p.start.year, p.start.month, p.end.year, p.end.month) for p in periods}
    problems = []
    for k in range(len(toks)):
        found = next(((len(w), half) for w, half in phrases if tuple(norms[k:k + len(w)]) == w), None)
        end = k + found[0] if found else len(toks)
        if found is None or end >= len(toks) or toks[end].kind != "number" or not YEAR.fullmatch(toks[end].norm) or \
                all(t < len(row) and row[t] is not None for t in range(k, end + 1)):
            continue
        year, fiscal = int(toks[end].norm), PAIR_END.match(new_text.text, toks[end].end)  # "2024/25": from April
        half = ((year, 4, year, 9) if found[1] == 1 else (year, 10, year + 1, 3)) if fiscal else \
            (year, 1, year, 6) if found[1] == 1 else (year, 7, year, 12)
        if year not in {s[0] for s in spans} | {s[2] for s in spans} or half in spans or \
                not (_of_a_period(new_text, row[end] if end < len(row) else None) or states_campaign_data(
                    new_text, sentence_span(new_text.text, toks[k].start, new_text.abbreviations), range(k, end + 1))):
            continue
        shown = new_text.text[toks[k].start:fiscal.end() if fiscal else toks[end].end]
        problems.append(_problem(j, new_text, shown, year, periods, fiscal is not None))
    return problems


def _of_a_period(new_text: NewText, place: object | None) -> bool:
    """Whether a drafted token (``place``: paragraph, token) is the year of a period drafter named there: a half of
    a year typed in its place (a table's heading, "First half of 2017" for "July to December 2017") renames it."""
    if not isinstance(place, tuple):
        return False
    i, s = place
    return any(x.first <= s < x.last and k is not None and k.kind == "date" and bool(k.periods)
               for x, k in zip(new_text.d.items[i], new_text.d.links[i], strict=True))


def _problem(j: int, new_text: NewText, shown: str, year: int, periods: Sequence[Period], fiscal: bool) -> Problem:
    u = new_text.d.universe
    period = next((p for p in reversed(periods) if (p.start.year, p.start.month) == (year, 4)), None) if fiscal \
        else None
    period = period or next((p for p in reversed(periods) if year in (p.start.year, p.end.year)), periods[-1])
    said = shown.split()[-1] if fiscal else str(year)  # "2024/25", "2017"
    name, names = u.names.period(period.id), " and ".join(u.names.period(p.id) for p in periods)
    fact = Known("", f"periods.{period.id}", "date", name, f"the period {name}", (period.source,),
                 periods=(period.id,))
    return Problem(j, "wrong_date", shown, name, fact, f"'{shown}' in new text where the release's figures are for "
                   f"{names} ({fact.source()}): '{shown}' is none of them; the figures of {said} are for " + (
                       "the whole year" if said == name else name))
