"""How `drafter check` tells a date's day from a figure: a number straight beside a month's name is a day ("4
September 2018", "September 4, 2018" in en_US, "4 Medi 2018"); a number after a complete date and a comma is a
figure ("Between January and June 2018, 12 people"), and so is one after a time or a year alone. A number that
looks like a year is a figure before what a figure counts or "more" ("In 2018, 2000 people", "a total of 2000
people", "2000 more calls"), unless a word for a year ("since", "in", a month) is before it, or after "rose
to"; a Welsh weekday is read mutated too ("Ar Ddydd Llun"). Read at unit level, with end-to-end checks that the
figure is then held against the data and a wrong weekday is a finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import api
from drafter.reports.check_dates import names_law
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


@pytest.mark.parametrize(("preset", "text", "figure"), [
    ("en_GB", "In 2018, 2000 people contacted the helpline", "2000"),
    ("en_GB", "2000 people contacted the helpline", "2000"),
    ("en_GB", "The number rose to 2000.", "2000"),
    ("en_GB", "The number has risen by 2000.", "2000"),
    ("en_GB", "The number rose from 150 to 2000.", "2000"),
    ("en_GB", "The number rose from 2000 to 2500.", "2000"),
    ("cy_GB", "Yn 2018, 2000 o bobl o Swydd Gaer", "2000"),
    ("cy_GB", "Mae’r nifer wedi cynyddu i 2000.", "2000"),
    ("en_GB", "A total of 2000 people contacted the helpline.", "2000"),
    ("en_GB", "There were 2000 more calls from Cheshire.", "2000"),
    ("en_GB", "In Cheshire, 2018 extra people called.", "2018"),
    ("cy_GB", "Cysylltodd cyfanswm o 2000 o bobl â’r llinell gymorth.", "2000"),
    ("cy_GB", "Cafwyd 2000 yn fwy o alwadau.", "2000"),
])
def test_a_figure_that_looks_like_a_year_is_a_count(preset: str, text: str, figure: str) -> None:
    assert ("count", figure) in read(text, preset)


@pytest.mark.parametrize(("preset", "text", "years"), [
    ("en_GB", "In 2019, it expanded to Wales.", ["2019"]),
    ("en_GB", "Since 2018 people have called the helpline.", ["2018"]),
    ("en_GB", "The 2018 campaign ran into 2018/19 and 2018-19.", ["2018", "2018/19", "2018-19"]),
    ("en_GB", "Calls rose from 2017 to 2018.", ["2017", "2018"]),
    ("en_GB", "In the spring of 2018, calls rose.", ["2018"]),
    ("cy_GB", "Yn 2019, ehangodd i Gymru o 2017 i 2018.", ["2019", "2017", "2018"]),
    ("en_GB", "Since 2018 more people have called, and in June 2018 people called.", ["2018", "2018"]),
    ("en_GB", "Between 2017 and 2018 people called more.", ["2017", "2018"]),
    ("en_GB", "Over 2018 and 2019, calls rose.", ["2018", "2019"]),
    ("cy_GB", "Dros 2018 a 2019, cynyddodd y galwadau.", ["2018", "2019"]),
    ("cy_GB", "Ers 2018 mae mwy o bobl wedi ffonio, ac ym Mehefin 2018 ffoniodd mwy.", ["2018", "2018"]),
])
def test_a_year_beside_a_figure_s_words_stays_a_year(preset: str, text: str, years: list[str]) -> None:
    found = read(text, preset)
    assert [t for kind, t in found if kind == "year"] == years
    assert not [t for kind, t in found if kind == "count"]


@pytest.mark.parametrize(("preset", "text", "laws"), [
    ("en_GB", "Under the Sexual Offences Act 2003 and the Protection of Children Act 1978, in 2019", [True, True,
                                                                                                      False]),
    ("en_GB", "The 2003 Act applies; the Act came in in 2004.", [True, False]),
    ("cy_GB", "o dan Ddeddf Troseddau Rhywiol 2003 a Deddf 1978, yn 2019", [True, True, False]),
    # whatever the capitals: a colleague's lower-case typing, a name with "and" in it, Welsh
    ("en_GB", "under the children act 1989 and the Children and Social Work act 2017; the 1989 act",
     [True, True, True]),
    ("cy_GB", "o dan Ddeddf Plant 1989 a deddf plant 1989; Deddf Plant a Gwaith Cymdeithasol 2017", [True, True, True]),
    # a year of its own after a law's word: a month, a word before a year or punctuation between
    ("en_GB", "Under the Act: Calls Rise In June 2019", [False]),
    ("en_GB", "Under The Act Calls Rose In 2019; the act, 2019", [False, False]),
    ("en_GB", "In 2019 acts of abuse rose", [False]),
    ("cy_GB", "O dan y Ddeddf: Galwadau yn Codi ym Mehefin 2019", [False]),
])
def test_a_year_in_a_law_s_name_names_the_law(preset: str, text: str, laws: list[bool]) -> None:
    toks = tokens(text)
    vocab = vocabulary(PRESETS[preset])
    found = [i for i in items(text, toks, vocab) if i.kind == "year"]
    assert [names_law(i, text, toks, PRESETS[preset].language.law_words, vocab) for i in found] == laws


@pytest.mark.parametrize(("text", "weekday"), [("Ar Ddydd Llun 4 Medi 2018", "Ddydd Llun"),
                                               ("ar ddydd Mawrth 4 Medi", "ddydd Mawrth"),
                                               ("Dydd Llun 4 Medi 2018", "Dydd Llun")])
def test_a_welsh_weekday_after_a_mutating_word_is_a_weekday(text: str, weekday: str) -> None:
    assert read(text, "cy_GB")[0] == ("weekday", weekday)


def test_a_wrong_welsh_weekday_after_ar_is_a_finding(tmp_path: Path) -> None:
    api.draft(EXAMPLE, tmp_path, areas=["Cheshire"], formats=["md"], locale="cy_GB")
    edited = tmp_path / "cheshire.cy.md"
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("\nDIWEDD\n", "\nAr Ddydd Llun 4 Medi 2018, lansiodd yr elusen yr ymgyrch.\n\n"
                                   "Ar Ddydd Mawrth 4 Medi 2018, diolchodd yr elusen i’r gwirfoddolwyr.\n\nDIWEDD\n"),
                      encoding="utf-8")
    result = api.check(EXAMPLE, [edited], area="Cheshire", locale="cy_GB")
    assert [f.message for f in result.findings] == [
        "'Ddydd Llun' where the date beside it falls on another day: drafter would write 'Dydd Mawrth 4 Medi 2018'"]
