"""`drafter check` on "from none to 140" turned round ("from 140 to none", Welsh "o 140 i ddim"): the figure now reads
as a fall to nothing. "none" is no figure the check reads, so the two words are held against drafter's in the
paragraph the edited one stands for. Two figures in numbers the wrong way round are found with the area's facts, and
"from none to 140" as drafted, or in another sentence, is no finding here.

The rule is tested on drafter's lines as text (no drafting); a percentage typed over a fall to none ("fell by 100 per
cent" for "fell from 96 to none") on one area's drafted release.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from drafter import api
from drafter.reports.check import check_files
from drafter.reports.check_from_to import turned_round
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import tokens
from drafter.style.house import PRESETS
from tests.conftest import edit


def _found(drafted: list[str], edited: list[str], locale: str = "en_GB") -> list[tuple[int, str, str]]:
    style = PRESETS[locale]
    d = SimpleNamespace(texts=drafted, toks=[tokens(t) for t in drafted], vocab=vocabulary(style),
                        universe=SimpleNamespace(style=style))
    return [(p.paragraph, p.found, p.expected) for p in turned_round(
        d, edited, [tokens(t) for t in edited], lambda j: j)]  # type: ignore[arg-type]


def test_from_none_turned_round_is_a_finding_in_english_and_welsh() -> None:
    assert _found(["- Ynys Môn: from none to 140"], ["- Ynys Môn: from 140 to none"]) == [
        (0, "from 140 to none", "from none to 140")]
    assert _found(["- Ynys Môn: o ddim i 140"], ["- Ynys Môn: o 140 i ddim"], "cy_GB") == [
        (0, "o 140 i ddim", "o ddim i 140")]


def test_as_drafted_and_two_figures_in_numbers_are_not_its_to_find() -> None:
    assert _found(["- Ynys Môn: from none to 140"], ["- Ynys Môn: from none to 140"]) == []
    assert _found(["- Cardiff: from 4,120 to 5,066"], ["- Cardiff: from 5,066 to 4,120"]) == []  # the facts' rule
    assert _found(["- Ynys Môn: from none to 140"], ["- Ynys Môn: from none to 140 (from 140 to none? no)"]) == []


FALL = ("'{typed}' in new text where Cheshire's change in people contacting Stop It Now! for help in January to June "
        "2018 compared with July to December 2017 is 'fell from 96 to none' (figures.csv, row 3, columns before and "
        "after): ")


@pytest.mark.parametrize(("old", "new", "typed", "kind", "why"), [
    ("fallen from 96 to none", "fallen by 100 per cent", "100 per cent", "style",
     "a fall to none, which the house style gives with its two figures, not as a percentage"),
    ("falls to zero", "falls by 100%", "100%", "style",  # the headline
     "a fall to none, which the house style gives with its two figures, not as a percentage"),
    ("fallen from 96 to none", "fallen by 90 per cent", "90 per cent", "wrong_figure",
     "the figures give a fall of 100 per cent, which the house style gives with its two figures, not as a percentage"),
])
def test_a_percentage_typed_over_a_fall_to_none_says_what_the_figures_give(
        example: Path, tmp_path: Path, old: str, new: str, typed: str, kind: str, why: str) -> None:
    """Cheshire's count fell from 96 to none, which the house style words with its two figures: "fell by 100 per
    cent" typed over them is named against that fall, not against the 96 it stands in place of."""
    edit(example / "figures.csv", 'North West,contacts,"1,747","3,549"', 'North West,contacts,"1,693","3,109"')
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,96,0")
    edit(example / "quotes.yaml", "    status: approved\n    approved_by: Stuart York",
         "    status: withdrawn\n    approved_by: Stuart York")  # its "almost treble" is no longer true
    api.draft(example, tmp_path / "out", areas=["Cheshire"], formats=["md"])
    path = tmp_path / "out" / "cheshire.md"
    edit(path, old, new)
    assert [(f.kind, f.message) for f in check_files(example, [path]).findings] == [
        (kind, FALL.format(typed=typed) + why)]
