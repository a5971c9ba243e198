"""`drafter check` on drafter's words run together from two of its paragraphs: two lines of a list with their ends
exchanged, where they share a figure, so each area's line gives the other's figures. Every word is drafter's and in
step with its neighbours, so nothing reads as changed; a figure after another area's name is the finding. Two whole
paragraphs joined keep each figure after its own area's name, and are none.

The rule is tested on drafter's lines as text, with the facts each figure prints (no drafting).
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from drafter.reports.check_known import Known
from drafter.reports.check_spliced import spliced
from drafter.reports.check_words import Item
from drafter.style.house import PRESETS
from tests.helpers import drafted_release, read_edits

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


def _links(line: int, found: list[Item]) -> list[Known | None]:
    area = {1: "Cardiff", 2: "Swansea"}.get(line)
    numbers = [k for k, item in enumerate(found) if item.kind in ("percent", "points")] if area else []
    return [_known(area, numbers.index(k)) if area and k in numbers else None for k in range(len(found))]


def _drafted() -> SimpleNamespace:
    def area_spans(norms: list[str]) -> list[tuple[int, int, str]]:
        return [(k, k + 1, w.title()) for k, w in enumerate(norms) if w in ("cardiff", "swansea")]

    universe = SimpleNamespace(area_spans=area_spans, campaign=SimpleNamespace(measures=[]),
                               of_area=lambda area: [_known(area, n) for n in range(3)] if area in FACTS else [])
    return drafted_release(DRAFTED, EN, _links, universe)


def _messages(edited: list[str]) -> list[tuple[int, str, str]]:
    d = _drafted()
    toks, alignment = read_edits(d, edited)
    return [(p.paragraph, p.found, p.expected) for p in spliced(d, edited, toks, alignment)]  # type: ignore[arg-type]


def test_two_lines_with_their_ends_exchanged_where_they_share_a_figure_are_a_finding_naming_both() -> None:
    edited = [DRAFTED[0], "- Cardiff: 18.0 per cent to 10.5 per cent, a fall of 7.5 percentage points",
              "- Swansea: 18.0 per cent to 31.5 per cent, a rise of 13.5 percentage points", "ENDS"]
    (found,) = _messages(edited)
    assert found == (1, "10.5 per cent", DRAFTED[1])  # not the shared 18.0, true of Cardiff too
    d = _drafted()
    (problem,) = spliced(d, edited, *read_edits(d, edited))  # type: ignore[arg-type]
    assert problem.message == (
        "'10.5 per cent' is said of Cardiff here, but it is Swansea's figure (): drafter wrote it in '- Swansea: "
        "18.0 per cent to 10.5 per cent, a fall of 7.5 pe…', and 'Cardiff' in '- Cardiff: 18.0 per cent to 31.5 "
        "per cent, a rise of 13.5 p…'; the words of two of drafter's paragraphs run together (put each back as "
        "drafter wrote it)")


def test_as_drafted_lines_swapped_whole_and_two_lines_joined_are_no_finding() -> None:
    assert _messages(DRAFTED) == []
    assert _messages([DRAFTED[0], DRAFTED[2], DRAFTED[1], "ENDS"]) == []
    assert _messages([DRAFTED[0], DRAFTED[1] + " " + DRAFTED[2].removeprefix("- "), "ENDS"]) == []
