"""Drafter's words run together from two of its paragraphs so that a figure is said of another area: two lines of a
region's list with their ends exchanged ("• Cardiff: 18.0 per cent to 10.5 per cent, a fall …" and "• Swansea: 18.0
per cent to 31.5 per cent, a rise …", the figure the two share, "18.0 per cent", where the lines meet).

Every word of such a line is drafter's, each figure in step with the words beside it, so nothing reads as changed.
But a figure drafter wrote of one area (Swansea's "10.5 per cent") now follows the name of another (Cardiff), which
drafter wrote in another paragraph. That is a finding naming both of drafter's paragraphs. A paragraph joined from
two whole ones keeps each figure after its own area's name, or after none ("the figure went from 7,252 …"), and is
no finding; a name typed new over drafter's is the finding of :func:`~drafter.reports.check_swaps.renamed_areas`.
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.reports.check_align import Alignment
from drafter.reports.check_drafted import Drafted, family
from drafter.reports.check_known import Known, Problem
from drafter.reports.check_measure_names import measure_spans
from drafter.reports.check_sentences import sentence_span
from drafter.reports.check_words import Item, Token


def spliced(d: Drafted, texts: Sequence[str], toks_e: Sequence[Sequence[Token]], alignment: Alignment
            ) -> list[Problem]:
    """A finding for each edited paragraph, made of two or more of drafter's, in which a figure drafter wrote of
    one area follows, in its sentence, the name of another that drafter wrote elsewhere."""
    problems = []
    for j, matched in enumerate(alignment.matches):
        row = matched[:len(toks_e[j])]  # not a table cell's place (place_mark)
        if len({place[0] for place in row if place is not None}) > 1 and (
                problem := _first_astray(d, j, texts[j], toks_e[j], row)):
            problems.append(problem)
    return problems


def _first_astray(d: Drafted, j: int, text: str, toks: Sequence[Token], row: Sequence[tuple[int, int] | None]
                  ) -> Problem | None:
    norms = [t.norm for t in toks]
    names = [(first, last, name, "") for first, last, name in d.universe.area_spans(norms)]
    labels = {m.id: m.words("label", "en") for m in d.universe.campaign.measures}
    names += [(first, last, labels[m], m) for first, last, m in measure_spans(d, norms)] if len(labels) > 1 else []
    for t, place in enumerate(row):
        if place is None:
            continue
        i, s = place
        for item, known in zip(d.items[i], d.links[i], strict=True):
            if item.first != s or known is None or not known.area or family(item.kind) != "number" or any(
                    t + n >= len(row) or row[t + n] != (i, s + n) for n in range(item.last - item.first)):
                continue
            start, _ = sentence_span(text, toks[t].start, d.vocab.abbreviations)
            for measure in ("", "measure"):  # the area it follows, and the measure
                before = [n for n in names if n[1] <= t and toks[n[0]].start >= start and bool(n[3]) == bool(measure)]
                if before and (problem := _astray(d, j, text, toks, row, (t, item, known), before[-1])):
                    return problem
    return None


def _astray(d: Drafted, j: int, text: str, toks: Sequence[Token], row: Sequence[tuple[int, int] | None],
            figure: tuple[int, Item, Known], named: tuple[int, int, str, str]) -> Problem | None:
    """The finding for a figure (its first token, item and fact) that follows ``named`` (an area's or a measure's
    name: its tokens, its name, and the measure's id), if drafter wrote the two in different paragraphs and the
    figure is not that area's or measure's too."""
    t, item, known = figure
    i = row[t][0]  # type: ignore[index]
    first, last, name, measure = named
    sources = {row[k][0] for k in range(first, last) if row[k] is not None}  # type: ignore[index]
    own, rest = known.name.split(".", 1)
    if i in sources or (name == known.area if not measure else measure == own):
        return None
    if _also_of(d, known.area if measure else name, f"{measure}.{rest}" if measure else known.name, known.text):
        return None
    shown = text[toks[t].start:toks[t + item.last - item.first - 1].end]
    said = text[toks[first].start:toks[last - 1].end]
    other = min(sources) if sources else None
    where = f", and '{said}' in '{_short(d.texts[other])}'" if other is not None else ""
    return Problem(j, "wrong_area" if not measure else "wrong_measure", shown, d.texts[i if other is None else other],
                   known, f"'{shown}' is said of {name} here, but it is {known.what} ({known.source()}): drafter "
                   f"wrote it in '{_short(d.texts[i])}'{where}; the words of two of drafter's paragraphs run together "
                   "(put each back as drafter wrote it)")


def _also_of(d: Drafted, area: str, name: str, text: str) -> bool:
    """Whether ``area``'s fact of that name prints as ``text`` too (the figure two lines share, where they meet)."""
    return any(k.name == name and k.text == text for k in d.universe.of_area(area))


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"
