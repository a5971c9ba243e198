"""`drafter check` on drafter's words run together from two of its paragraphs: two lines of a list with their ends
exchanged, where they share a figure, so each area's line gives the other's figures. Every word is drafter's and in
step with its neighbours, so nothing reads as changed; a figure after another area's name is the finding. Two whole
paragraphs joined keep each figure after its own area's name, and are none.

The rule is tested on drafter's lines as text, with the facts each figure prints (no drafting).
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from drafter.reports.check_align import align
from drafter.reports.check_known import Known
from drafter.reports.check_spliced import spliced
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import items, tokens
from drafter.style.house import PRESETS

EN = PRESETS["en_GB"]
DRAFTED = ["The areas of Wales, by their latest figures, highest first:",
           "- Cardiff: 18.0 per cent to 31.5 per cent, a rise of 13.5 percentage points",
           "- Swansea: 18.0 per cent to 10.5 per cent, a fall of 7.5 percentage points",
           "ENDS"]
FACTS = {"Cardiff": ("18.0 per cent", "31.5 per cent", "13.5 percentage points"),
         "Swansea": ("18.0 per cent", "10.5 per cent", "7.5 percentage points")}
NAMES = ("electric.last_year", "electric.this_year", "electric.last_year-this_year.points")


def _known(area: str, n: int) -> Known:
    text = FACTS[area][n]
    return Known(area, NAMES[n], "points" if n == 2 else "percent", text, f"{area}'s figure", (),
                 Decimal(text.split()[0]))


def _drafted() -> SimpleNamespace:
    vocab = vocabulary(EN)
    toks = [tokens(t) for t in DRAFTED]
    found = [items(t, k, vocab) for t, k in zip(DRAFTED, toks, strict=True)]
    links = [[None] * len(f) for f in found]
    for line, area in ((1, "Cardiff"), (2, "Swansea")):
        numbers = [k for k, item in enumerate(found[line]) if item.kind in ("percent", "points")]
        links[line] = [_known(area, numbers.index(k)) if k in numbers else None for k in range(len(found[line]))]

    def area_spans(norms: list[str]) -> list[tuple[int, int, str]]:
        return [(k, k + 1, w.title()) for k, w in enumerate(norms) if w in ("cardiff", "swansea")]

    universe = SimpleNamespace(area_spans=area_spans, campaign=SimpleNamespace(measures=[]),
                               of_area=lambda area: [_known(area, n) for n in range(3)] if area in FACTS else [])
    return SimpleNamespace(texts=DRAFTED, toks=toks, items=found, links=links, universe=universe, vocab=vocab,
                           norms=[[t.norm for t in k] for k in toks])


def _messages(edited: list[str]) -> list[tuple[int, str, str]]:
    d = _drafted()
    toks = [tokens(t) for t in edited]
    alignment = align(d.norms, [[t.norm for t in k] for k in toks])
    return [(p.paragraph, p.found, p.expected) for p in spliced(d, edited, toks, alignment)]  # type: ignore[arg-type]


def test_two_lines_with_their_ends_exchanged_where_they_share_a_figure_are_a_finding_naming_both() -> None:
    edited = [DRAFTED[0], "- Cardiff: 18.0 per cent to 10.5 per cent, a fall of 7.5 percentage points",
              "- Swansea: 18.0 per cent to 31.5 per cent, a rise of 13.5 percentage points", "ENDS"]
    (found,) = _messages(edited)
    assert found == (1, "10.5 per cent", DRAFTED[1])  # not the shared 18.0, true of Cardiff too
    d = _drafted()
    toks = [tokens(t) for t in edited]
    (problem,) = spliced(d, edited, toks, align(d.norms, [[t.norm for t in k] for k in toks]))  # type: ignore[arg-type]
    assert problem.message == (
        "'10.5 per cent' is said of Cardiff here, but it is Swansea's figure (): drafter wrote it in '- Swansea: "
        "18.0 per cent to 10.5 per cent, a fall of 7.5 pe…', and 'Cardiff' in '- Cardiff: 18.0 per cent to 31.5 "
        "per cent, a rise of 13.5 p…'; the words of two of drafter's paragraphs run together (put each back as "
        "drafter wrote it)")


def test_as_drafted_lines_swapped_whole_and_two_lines_joined_are_no_finding() -> None:
    assert _messages(DRAFTED) == []
    assert _messages([DRAFTED[0], DRAFTED[2], DRAFTED[1], "ENDS"]) == []
    assert _messages([DRAFTED[0], DRAFTED[1] + " " + DRAFTED[2].removeprefix("- "), "ENDS"]) == []
