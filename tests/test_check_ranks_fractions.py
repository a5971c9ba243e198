"""How `drafter check` reads a superlative alone, a rank of a change and a change said as a fraction: "440, the
lowest in the north west" (counted from the bottom), "the biggest rise in the north west" (by the size of the
change, among the region's areas whose figure went the same way), "rose by a third", "has risen tenfold", Welsh
"isaf", "y cynnydd mwyaf", "wedi cynyddu traean", "deg gwaith". Read and held at unit level; the check corpus
(tests/check_corpus.py) holds each false and true, end to end, in every language.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.batch import prepare
from drafter.reports.check_facts import Universe
from drafter.reports.check_known import Known
from drafter.reports.check_multiples import fraction_holds, multiples, ratio_note
from drafter.reports.check_ranks import change_ranks, change_way
from drafter.reports.check_states import states
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import Item, items, tokens
from drafter.style.house import PRESETS
from tests.conftest import EXAMPLE


def read(text: str, preset: str = "en_GB") -> list[Item]:
    vocab = vocabulary(PRESETS[preset])
    toks = tokens(text)
    return multiples(text, toks, items(text, toks, vocab), vocab)


@pytest.mark.parametrize(("preset", "text", "read_as"), [
    ("en_GB", "The number has risen by half.", ("half", "50", "about")),
    ("en_GB", "It rose by a third to 440.", ("a third", "33.3", "about")),
    ("en_GB", "It is up by almost a quarter.", ("almost a quarter", "25", "nearly")),
    ("en_US", "It has fallen by three quarters.", ("three quarters", "75", "about")),
    ("en_GB", "a rise of more than two thirds", ("more than two thirds", "66.7", "more")),
    ("cy_GB", "Mae’r nifer wedi cynyddu hanner.", ("hanner", "50", "about")),
    ("cy_GB", "Mae wedi cynyddu bron traean.", ("bron traean", "33.3", "nearly")),
    ("cy_GB", "Mae wedi gostwng tri chwarter.", ("tri chwarter", "75", "about")),
])
def test_a_fraction_after_a_change_word_is_a_percentage_change(preset: str, text: str,
                                                                read_as: tuple[str, str, str]) -> None:
    found = [(i.text, format(round(i.value, 1).normalize(), "f"), i.qualifier) for i in read(text, preset)
             if i.band == "fraction"]
    assert found == [read_as]
    assert [i.text for i in read(text, preset) if i.kind in ("ordinal", "count")] in ([], ["440"])  # "third": its


@pytest.mark.parametrize(("preset", "text"), [
    ("en_GB", "Half of the callers were men."), ("en_GB", "A third of callers were women."),
    ("cy_GB", "Mae wedi cynyddu hanner cant."),  # fifty, not half
])
def test_a_fraction_not_said_of_a_change_is_not_one(preset: str, text: str) -> None:
    assert [i for i in read(text, preset) if i.band == "fraction"] == []


@pytest.mark.parametrize(("preset", "text", "read_as"), [
    ("en_GB", "The number has risen tenfold.", ("tenfold", "10", "")),
    ("en_GB", "It rose more than fourfold.", ("more than fourfold", "4", "more")),
    ("cy_GB", "Mae’r nifer wedi cynyddu deg gwaith.", ("deg gwaith", "10", "")),  # straight after the change word
])
def test_a_multiple_in_one_word_or_after_a_change_word(preset: str, text: str, read_as: tuple[str, str, str]) -> None:
    assert [(i.text, str(i.value), i.qualifier) for i in read(text, preset) if i.band == "multiple"] == [read_as]


def percent(value: str) -> Known:
    return Known("Cheshire", "contacts.before-after.percent", "percent", "193 per cent", "Cheshire's change", (),
                 Decimal(value))


@pytest.mark.parametrize(("text", "change", "holds"), [
    ("rose by a third", "33.4", "approx"), ("rose by a third", "32.6", "approx"),  # 33 per cent, as printed
    ("rose by a third", "34", ""), ("rose by a third", "193.3", ""),
    ("rose by half", "50", "approx"), ("fell by half", "-50.4", "approx"), ("rose by half", "51", ""),
    ("rose by almost half", "47.5", "same"), ("rose by almost half", "47", ""), ("rose by almost half", "50", ""),
    ("rose by almost a third", "31.4", "same"), ("rose by almost a third", "31.3", ""),  # from 95 per cent of 33
    ("rose by more than half", "193.3", "same"), ("rose by more than half", "50", ""),  # a bound: no rounding level
    ("rose by less than a quarter", "24", "same"), ("rose by less than a quarter", "25", ""),
])
def test_a_fraction_holds_where_the_change_rounds_to_it_as_printed(text: str, change: str, holds: str) -> None:
    item = next(i for i in read(text) if i.band == "fraction")
    assert fraction_holds(item, percent(change), PRESETS["en_GB"]) == holds


def test_a_false_fractions_finding_says_what_the_change_is() -> None:
    item = next(i for i in read("rose by half") if i.band == "fraction")
    assert ratio_note(item, percent("193.333")) == "the figures give 193.3 per cent"


@pytest.mark.parametrize(("preset", "text", "way"), [
    ("en_GB", "the lowest in the north west", "down"), ("en_GB", "the highest number", "up"),
    ("en_GB", "the second smallest rise", "down"), ("en_GB", "the joint fewest", "down"),
    ("cy_GB", "yr isaf yng ngogledd-orllewin Lloegr", "down"), ("cy_GB", "y cynnydd mwyaf", "up"),
    ("cy_GB", "yr ail ostyngiad lleiaf", "down"),
])
def test_a_superlative_says_which_way_it_ranks(preset: str, text: str, way: str) -> None:
    assert [i.direction for i in read(text, preset) if i.kind == "ordinal"] == [way]


@pytest.mark.parametrize(("preset", "text", "way"), [
    ("en_GB", "the biggest rise in the north west", "up"), ("en_GB", "the second smallest fall", "down"),
    ("en_GB", "the highest number", ""), ("cy_GB", "y cynnydd mwyaf", "up"), ("cy_GB", "yr ail gynnydd mwyaf", "up"),
    ("cy_GB", "yr ail ostyngiad lleiaf", "down"), ("cy_GB", "y nifer uchaf", ""),
])
def test_a_rank_said_of_a_rise_or_a_fall_is_a_rank_of_the_change(preset: str, text: str, way: str) -> None:
    vocab, toks = vocabulary(PRESETS[preset]), tokens(text)
    assert [change_way(i, toks, vocab) for i in read(text, preset) if i.kind == "ordinal"] == [way]


@pytest.mark.parametrize(("text", "rank", "holds"), [
    ("the highest", "first", "same"), ("the joint highest", "joint first", "same"), ("the highest", "joint first", ""),
    ("the joint highest", "first", ""), ("the highest", "second", ""),
])
def test_a_superlative_alone_is_a_first_place_shared_only_if_joint(text: str, rank: str, holds: str) -> None:
    item = next(i for i in read(text) if i.kind == "ordinal")
    known = Known("Cheshire", "contacts.after.rank", "ordinal", rank, "Cheshire's rank", (),
                  Decimal(1 if "first" in rank else 2))
    assert states(item, known, PRESETS["en_GB"]) == holds


@pytest.fixture(scope="module")
def universe() -> Universe:
    return Universe(prepare(EXAMPLE, ["Cheshire"]))


def test_ranks_by_the_size_of_a_change_among_the_regions_areas(universe: Universe) -> None:
    """Rises of 193, 90, 100, 95 and 89 per cent (290, 81, 620, 389 and 422 people): Cheshire's is the biggest by
    percentage and the fourth biggest (second smallest) in people; Cumbria's the smallest in people."""
    ranks = {k.name.removeprefix("contacts.before-after."): k.text for k in change_ranks(universe, "Cheshire")}
    assert ranks == {"change.rank": "fourth", "change.rank_lowest": "second", "percent.rank": "first",
                     "percent.rank_lowest": "fifth"}
    assert {k.direction for k in change_ranks(universe, "Cheshire")} == {"up"}
    assert next(k.what for k in change_ranks(universe, "Cumbria") if k.name.endswith("change.rank_lowest")) == (
        "Cumbria's rank, lowest first, by the change in people contacting Stop It Now! for help in January to June "
        "2018 compared with July to December 2017, among the 5 of North West's areas whose figure rose")
    assert change_ranks(universe, "North West") == []  # a region has no region to be ranked in


def test_a_rank_typed_over_drafters_is_held_the_way_it_counts_and_of_what_it_ranks(tmp_path: Path) -> None:
    """Ynys Môn's release says "the second lowest rate" (fourth highest) and "the second largest rise" (by number):
    "the second highest rate" is held against its rank highest first, "the largest rise" against its rank by the
    change."""
    league = EXAMPLE.parent.parent / "league-table" / "example"
    api.draft(league, tmp_path, areas=["Ynys Môn"], formats=["md"])
    drafted = (tmp_path / "ynys-mon.md").read_text(encoding="utf-8")
    files = []
    for name, (old, new) in {"rate": ("the second lowest rate", "the second highest rate"),
                             "rise": ("the second largest rise", "the largest rise")}.items():
        assert old in drafted
        files.append(tmp_path / f"ynys-mon-{name}.md")
        files[-1].write_text(drafted.replace(old, new, 1), encoding="utf-8")
    result = api.check(league, files, area="Ynys Môn")
    assert sorted((f.file, f.found, f.expected, f.fact_words) for f in result.findings) == [
        ("ynys-mon-rate.md", "second", "fourth", "Ynys Môn's rank by fly-tipping incidents per 1,000 in April 2023 "
         "to March 2024"),
        ("ynys-mon-rise.md", "largest", "second", "Ynys Môn's rank by the change in fly-tipping incidents in April "
         "2023 to March 2024 compared with April 2022 to March 2023")]


def test_a_superlative_whose_clause_is_about_a_change_is_a_rank_of_the_change(example_draft: Path,
                                                                              tmp_path: Path) -> None:
    """"The rise in Cheshire was the biggest": its subject is a change, so it ranks the change (Cheshire's 193 per cent
    is the north west's biggest rise), not the count; a figure between ("to 440, the highest") keeps it the count's."""
    drafted = (example_draft / "cheshire.md").read_text(encoding="utf-8")
    sentences = {"true": "The rise in Cheshire was the biggest in the north west.",
                 "true-region": "Cheshire’s rise was the largest in the region.",
                 "false": "The rise in Cheshire was the smallest in the north west.",
                 "count": "In Cheshire it rose to 440, the highest in the north west."}
    files = []
    for name, sentence in sentences.items():
        files.append(tmp_path / f"cheshire-{name}.md")
        files[-1].write_text(drafted.replace("\nThe rise follows", f"\n{sentence}\n\nThe rise follows", 1),
                             encoding="utf-8")
    found = api.check(EXAMPLE, files, area="Cheshire").findings
    assert sorted((f.file, f.found, f.expected) for f in found) == [
        ("cheshire-count.md", "highest", "fourth"), ("cheshire-false.md", "smallest", "second")]


def test_the_places_and_periods_a_sentence_names_are_read_once_and_each_caller_gets_its_own(universe: Universe
                                                                                           ) -> None:
    """A sentence is read once however many of its figures ask what it names; a caller that narrows the answer
    (a rank's sentence drops the region) leaves the next caller's whole."""
    sentence = ["in", "cheshire", "and", "cumbria", "between", "july", "and", "december", "2017", "the", "number",
                "rose"]
    areas, periods = universe.mentioned(sentence, "Cheshire")
    assert (areas, periods) == ({"Cheshire", "Cumbria"}, {"before"})
    areas -= {"Cumbria"}
    periods.clear()
    assert universe.mentioned(sentence, "Cheshire") == ({"Cheshire", "Cumbria"}, {"before"})
