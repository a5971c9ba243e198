"""How `drafter check` tells a date's day from a figure: a number straight beside a month's name is a day ("4
September 2018", "September 4, 2018" in en_US, "4 Medi 2018"); a number after a complete date and a comma is a
figure ("Between January and June 2018, 12 people"), and so is one after a time or a year alone. Read at unit
level, with one end-to-end check that the figure is then held against the data."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import api
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import items, tokens
from drafter.style.house import PRESETS
from tests.conftest import EXAMPLE


def read(text: str, preset: str) -> list[tuple[str, str]]:
    """The items of ``text`` as (kind, text), with "people" a word the release counts in."""
    found = items(text, tokens(text), vocabulary(PRESETS[preset]), frozenset({"people", "bobl"}))
    return [(i.kind, i.text) for i in found]


@pytest.mark.parametrize(("preset", "text", "figure"), [
    ("en_GB", "Between January and June 2018, 12 people in Cheshire", "12"),
    ("en_GB", "January to June 2018, 12 people in Cheshire", "12"),
    ("en_GB", "In June 2018, 12 people in Cheshire", "12"),
    ("en_GB", "On 4 September 2018, 12 people in Cheshire", "12"),
    ("en_GB", "On 4 September, 12 people in Cheshire", "12"),
    ("en_GB", "At 00:01, 12 people in Cheshire", "12"),
    ("en_GB", "In 2018, 12 people in Cheshire", "12"),
    ("en_GB", "In June 12 people in Cheshire", "12"),
    ("en_US", "On September 4, 2018, 12 people in Cheshire", "12"),
    ("en_US", "On Sept. 4, 12 people in Cheshire", "12"),
    ("en_US", "At 12:01 a.m. BST, 12 people in Cheshire", "12"),
    ("cy_GB", "Rhwng Ionawr a Mehefin 2018, 12 o bobl o Swydd Gaer", "12"),
    ("cy_GB", "Ar 4 Medi 2018, 12 o bobl o Swydd Gaer", "12"),
])
def test_a_figure_after_a_date_and_a_comma_is_a_count(preset: str, text: str, figure: str) -> None:
    found = read(text, preset)
    assert ("count", figure) in found and ("day", figure) not in found


@pytest.mark.parametrize(("preset", "text", "days"), [
    ("en_GB", "Tuesday 4 September 2018", ["4"]),
    ("en_GB", "EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018", ["4"]),
    ("en_GB", "closed on 4–5 September 2018", ["4", "5"]),
    ("en_US", "Tuesday, September 4, 2018", ["4"]),
    ("en_US", "EMBARGOED UNTIL 12:01 a.m. BST Tuesday, Sept. 4, 2018", ["4"]),
    ("en_US", "closed September 4-5", ["4", "5"]),
    ("cy_GB", "Dydd Mawrth 4 Medi 2018", ["4"]),
])
def test_a_number_straight_beside_a_month_is_its_day(preset: str, text: str, days: list[str]) -> None:
    found = read(text, preset)
    assert [t for kind, t in found if kind == "day"] == days
    assert not [t for kind, t in found if kind == "count"]


def test_a_wrong_figure_after_a_period_and_a_comma_is_a_finding(example_draft: Path, tmp_path: Path) -> None:
    edited = tmp_path / "cheshire.md"
    text = (example_draft / "cheshire.md").read_text(encoding="utf-8")
    edited.write_text(text.replace("\nENDS\n", "\nBetween January and June 2018, 12 people in Cheshire contacted "
                                   "the helpline.\n\nENDS\n"), encoding="utf-8")
    result = api.check(EXAMPLE, [edited], area="Cheshire")
    assert [f.message for f in result.findings] == [
        "'12' in new text where Cheshire's figure for people contacting Stop It Now! for help in January to June "
        "2018 is '440' (figures.csv, row 3, "
        "column after)"]
