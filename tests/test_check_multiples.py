"""How `drafter check` reads a multiple ("a 154-fold rise", "2.9 times higher", "three times more", Welsh "154 gwaith
yn fwy", "dair gwaith yn fwy"): one claim about the change's ratio (new ÷ old). In figures it is true to the places
it is written to; in words it is a change word like "trebled" (exactly, or by the house style's "nearly"); false,
its finding says what the ratio is. Read at sentence level; one end-to-end check; the check corpus
(tests/check_corpus.py) holds a false multiple in figures and in words and a true one, in every language.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.reports.check_known import Known
from drafter.reports.check_multiples import multiple_holds, multiples, ratio_note
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import Item, items, tokens
from drafter.style.house import PRESETS
from tests.conftest import EXAMPLE


def read(text: str, preset: str = "en_GB") -> list[Item]:
    vocab = vocabulary(PRESETS[preset])
    toks = tokens(text)
    return [i for i in multiples(text, toks, items(text, toks, vocab), vocab) if i.kind == "band"]


@pytest.mark.parametrize(("preset", "text", "read_as"), [
    ("en_GB", "a 154-fold rise", ("154-fold", "154", "")),
    ("en_GB", "The number rose 3.5-fold.", ("3.5-fold", "3.5", "")),
    ("en_GB", "2.9 times higher than before", ("2.9 times", "2.9", "")),
    ("en_GB", "almost three times more people", ("almost three times", "3", "nearly")),
    ("en_US", "more than 2.5 times as many", ("more than 2.5 times", "2.5", "more")),
    ("cy_GB", "154 gwaith yn fwy o bobl", ("154 gwaith", "154", "")),
    ("cy_GB", "dair gwaith yn fwy o bobl", ("dair gwaith", "3", "")),
    ("en_GB", "two and a half times as many people", ("two and a half times", "2.5", "")),
    ("en_GB", "nearly three and a half times higher", ("nearly three and a half times", "3.5", "nearly")),
])
def test_a_multiple_is_read_as_one_change(preset: str, text: str, read_as: tuple[str, str, str]) -> None:
    assert [(i.band, i.text, str(i.value), i.qualifier) for i in read(text, preset)] == [("multiple", *read_as)]


@pytest.mark.parametrize(("preset", "text"), [
    ("en_GB", "Crews launched 999 times in 2024."), ("cy_GB", "Lansiwyd 999 gwaith yn 2024."),
])
def test_times_without_a_comparative_is_a_count_of_occasions(preset: str, text: str) -> None:
    assert read(text, preset) == []


def test_three_times_as_many_is_still_the_change_word_trebled() -> None:
    assert [(i.band, i.text) for i in read("three times as many people")] == [("trebled", "three times as many")]


def band(ratio: str | None) -> Known:
    return Known("Cheshire", "contacts.band", "band", "has almost trebled", "Cheshire's change", (),
                 Decimal(ratio) if ratio is not None else None, band="almost_trebled")


@pytest.mark.parametrize(("text", "ratio", "holds"), [
    ("a 2.9-fold rise", "2.9333", True), ("a 3-fold rise", "2.9333", True), ("2.93 times higher", "2.9333", True),
    ("a 3.5-fold rise", "2.9333", False), ("2.94 times higher", "2.9333", False),
    ("three times more", "2.9333", False), ("three times more", "3", True),  # in words: as "trebled"
    ("almost three times more", "2.9333", True), ("almost three times more", "3", False),
    ("more than 2.5 times as many", "2.9333", True), ("more than 3 times as many", "2.9333", False),
    ("two and a half times as many", "2.9333", False), ("more than two and a half times as many", "2.9333", True),
    ("a 3-fold fall", "0.34", True), ("a 2-fold fall", "0.34", False),  # a fall: old ÷ new, 2.94
    ("a 3-fold rise", None, False),  # from none: no ratio
])
def test_a_multiple_holds_to_the_precision_written(text: str, ratio: str | None, holds: bool) -> None:
    item = read(text)[0]
    assert (multiple_holds(item, band(ratio), PRESETS["en_GB"]) == "approx") is holds


@pytest.mark.parametrize(("text", "ratio", "note"), [
    ("a 3.5-fold rise", "2.93333", "the figures give 2.93 times"),
    ("2.934 times higher", "2.93333", "the figures give 2.933 times"),
    ("has almost doubled", "2.93333", "the figures give 2.93 times"),
    ("a 2-fold fall", "0.34", "the figures give a fall to 1/2.94 of the earlier figure"),
    ("a 3-fold rise", None, "the figures give no ratio: the earlier figure is none"),
    ("rose", "2.93333", ""),
])
def test_a_false_multiple_says_what_the_ratio_is(text: str, ratio: str | None, note: str) -> None:
    item = Item("direction", 0, 1, "rose", direction="up") if text == "rose" else read(text)[0]
    assert ratio_note(item, band(ratio)) == note


def test_multiples_in_an_edited_release(example_draft: Path, tmp_path: Path) -> None:
    drafted = (example_draft / "cheshire.md").read_text(encoding="utf-8")
    added = ("In Cheshire, the number of people contacting the helpline rose 3.5-fold. It rose 2.9-fold, almost three "
             "times more.")
    (tmp_path / "cheshire.md").write_text(drafted.replace("\nENDS\n", f"\n{added}\n\nENDS\n"), encoding="utf-8")
    result = api.check(EXAMPLE, [tmp_path / "cheshire.md"], area="Cheshire")
    assert [f.message for f in result.findings] == [
        "'3.5-fold' in new text where Cheshire's change in people contacting Stop It Now! for help in January to June "
        "2018 compared with July to December 2017 is 'has almost trebled' (figures.csv, row 3, columns before and "
        "after): the figures give 2.93 times"]


@pytest.mark.parametrize(("preset", "text", "read_as"), [
    ("cy_GB", "Roedd Swydd Gaer yn cyfrif am dri chwarter o’r bobl.", ("dri chwarter", "75")),  # "tri" after "am"
    ("cy_GB", "Roedd Swydd Gaer yn cyfrif am draean o’r bobl.", ("draean", "33.3")),
    ("en_GB", "Cheshire accounted for three-quarters of the people.", ("three-quarters", "75")),
])
def test_a_part_in_words_is_read_whole_as_a_share(preset: str, text: str, read_as: tuple[str, str]) -> None:
    vocab = vocabulary(PRESETS[preset])
    toks = tokens(text)
    found = [i for i in multiples(text, toks, items(text, toks, vocab), vocab) if i.kind == "percent"]
    assert [(i.text, str(round(i.value, 1).normalize())) for i in found if i.value is not None] == [read_as]
