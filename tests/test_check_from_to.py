"""`drafter check` on "from none to 140" turned round ("from 140 to none", Welsh "o 140 i ddim"): the figure now reads
as a fall to nothing. "none" is no figure the check reads, so the two words are held against drafter's in the
paragraph the edited one stands for. Two figures in numbers the wrong way round are found with the area's facts, and
"from none to 140" as drafted, or in another sentence, is no finding here.

The rule is tested on drafter's lines as text (no drafting).
"""

from __future__ import annotations

from types import SimpleNamespace

from drafter.reports.check_from_to import turned_round
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import tokens
from drafter.style.house import PRESETS


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
