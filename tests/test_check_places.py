"""`drafter check` on places said in general words, in English and Welsh: "the region", "regionally", "in the
area" (the area's region), "nationally" (the top of the campaign's tree; to check by hand where a rank is true
there and the top is a region, not the country), a place's adjective ("the Welsh average": Wales, from the
language's table and areas.csv), and a superlative that ends a sentence about an area with no place named
("Cheshire saw the smallest rise.": its rank in its region). Beside them, two readings of places' figures: a list
turned into prose ("Cumbria from 90 to 171"), a wrong figure after "to" held against the later period's; and the gap
between two places' rises with a comparative ("90 percentage points lower than Cheshire's", Welsh "yn is na").

One draft per campaign and language; every sentence is checked in one call per draft.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from drafter.reports.check_places import Places
from drafter.style.lang.cy import LANGUAGE as WELSH
from drafter.style.lang.en import LANGUAGE as ENGLISH
from tests.conftest import EXAMPLE, ROOT
from tests.helpers import checked_sentences

PER_HEAD = ROOT / "templates" / "per-head" / "example"
COUNT_CHANGE = ROOT / "templates" / "count-change" / "example"
CASES: dict[tuple[Path, str, str], dict[str, list[str]]] = {  # sentence: the lines check prints for it
    (EXAMPLE, "Cheshire", "en_GB"): {
        "Cheshire rose from 150 to 440, Cumbria from 90 to 171 and Greater Manchester from 620 to 1,240.": [],
        "Cheshire rose from 150 to 440, Cumbria from 90 to 117 and Greater Manchester from 620 to 1,240.": [
            "'117' in new text where Cumbria's figure for people contacting Stop It Now! for help in January to June "
            "2018 is '171' (figures.csv, row 4, column after)"],  # after "to": the later period's
        "The north west’s rise was 90 percentage points lower than Cheshire’s.": [],
        "The north west’s rise was 90 points above Cheshire’s.": [
            "'above Cheshire’s' in new text where North West's change in people contacting Stop It Now! for help in "
            "January to June 2018 compared with July to December 2017 is '103 per cent' and Cheshire's change in "
            "people contacting Stop It Now! for help in January to June 2018 compared with July to December 2017 is "
            "'193 per cent' (figures.csv, row 2, columns before and after; figures.csv, row 3, columns before and "
            "after)"],
        "Cheshire had the most in the area.": [
            "'most' in new text where Cheshire's rank for people contacting Stop It Now! for help in January to "
            "June 2018 among North West\'s 5 areas is \'fourth\' (figures.csv, rows 3–7, column after)"],
        "Cheshire had the highest number in the force area's region.": [
            "'highest' in new text where Cheshire's rank for people contacting Stop It Now! for help in January to "
            "June 2018 among North West\'s 5 areas is \'fourth\' (figures.csv, rows 3–7, column after)"],
        "Cheshire had the highest number ever.": [],
        "Cumbria had the lowest number nationally.": [  # the example's top is a region, not the country
            "to check by hand: 'lowest' in new text ranks Cumbria in the country ('nationally'), and the campaign's "
            "figures cover only North West, where it is true: drafter cannot check it against the data"],
        "Cheshire Constabulary has the largest team.": [],
        "The rise in Cheshire was the biggest. Cheshire is the biggest. Cheshire now has the most.": [],  # of what?
        "Cheshire's rise of 193 per cent compares with 103 per cent regionally.": [],  # each its own place's
        "Across the region, 440 people contacted the helpline between January and June 2018.": [
            "'440' in new text where North West's figure for people contacting Stop It Now! for help in January to "
            "June 2018 is '3,549' (figures.csv, row 2, column after): '440' is Cheshire's figure for people "
            "contacting Stop It Now! for help in January to June 2018"],
    },
    (EXAMPLE, "Cheshire", "cy_GB"): {
        "Roedd cynnydd gogledd-orllewin Lloegr 90 pwynt canran yn is na chynnydd Swydd Gaer.": [],
        "Roedd cynnydd gogledd-orllewin Lloegr 90 pwynt canran yn uwch na chynnydd Swydd Gaer.": [
            "'uwch na chynnydd Swydd Gaer' in new text where North West's change in people contacting Stop It Now! "
            "for help in January to June 2018 compared with July to December 2017 is '103%' and Cheshire's change in "
            "people contacting Stop It Now! for help in January to June 2018 compared with July to December 2017 is "
            "'193%' (figures.csv, row 2, columns before and after; figures.csv, row 3, columns before and after)"],
    },
    (PER_HEAD, "Cardiff", "en_GB"): {
        "The Welsh average was 42.7 per 100,000 people.": [],
        "The Welsh total was 194.": [
            "'194' in new text where Wales' public charging points per 100,000 in October 2024 is '42.7' "
            "(figures.csv, rows 2–11, column october): '194' is Cardiff's figure for public charging points in "
            "October 2024"],
        "The national average was 45.1 per 100,000 people.": [
            "'45.1' in new text where Wales' public charging points per 100,000 in October 2024 is '42.7' "
            "(figures.csv, rows 2–11, column october)"],
        "Spokespeople speak English and Welsh.": [],
        "Cardiff had the most public charging points nationally.": [],  # Wales is the country: checked, and true
    },
    (COUNT_CHANGE, "Cardiff", "cy_GB"): {
        "Cynyddodd y cyfanswm Cymreig o 7,252 i 7,985.": [],
        "Cynyddodd y cyfanswm cenedlaethol o 4,120 i 5,066.": [
            "'4,120' in new text where Wales' figure for emergency food parcels given out in April to September "
            "2023 is '7,252' (figures.csv, rows 2–6, column last_year): '4,120' is Cardiff's figure for emergency "
            "food parcels given out in April to September 2023",
            "'5,066' in new text where Wales' figure for emergency food parcels given out in April to September "
            "2024 is '7,985' (figures.csv, rows 2–6, column this_year): '5,066' is Cardiff's figure for emergency "
            "food parcels given out in April to September 2024"],  # after "i" (to): the later period's
    },
}


def test_a_place_in_general_words_is_the_area_it_names(tmp_path_factory: pytest.TempPathFactory,
                                                        example_draft: Path) -> None:
    """Each sentence's findings (as `drafter check` prints them after the file, area and paragraph), the sentence
    added as a paragraph of its own before the closing line."""
    found = checked_sentences(CASES, example_draft, tmp_path_factory.mktemp, EXAMPLE)
    assert found == {sentence: lines for cases in CASES.values() for sentence, lines in cases.items()}


def _area(name: str, parent: str | None, in_text: str = "", welsh: str = "") -> SimpleNamespace:
    return SimpleNamespace(name=name, parent=parent, in_text=in_text or name, extra=(("name_cy", welsh or name),))


# Two countries, each the top of a tree of three levels: country, region, area.
TREES = (_area("England", None, welsh="Lloegr"), _area("North West", "England", "the north west"),
         _area("Cheshire", "North West"), _area("Wales", None, welsh="Cymru"), _area("North Wales", "Wales"),
         _area("Gwynedd", "North Wales"))


@pytest.mark.parametrize(("language", "words", "area", "named", "beyond"), [
    (ENGLISH, "nationally", "Cheshire", ["England"], ("nationally", "England")),
    (ENGLISH, "nationally", "Gwynedd", ["Wales"], ("nationally", "Wales")),
    (ENGLISH, "the national average", "North West", ["England"], ("", "")),  # its region: checked
    (ENGLISH, "nationally", "England", [], ("", "")),  # the country's own release
    (ENGLISH, "in the region", "Cheshire", ["North West"], ("", "")),
    (WELSH, "yn genedlaethol", "Gwynedd", ["Wales"], ("yn genedlaethol", "Wales")),
])
def test_nationally_is_the_country_at_the_top_of_the_tree_above_the_area(
        language: object, words: str, area: str, named: list[str], beyond: tuple[str, str]) -> None:
    places = Places(TREES, language)  # type: ignore[arg-type]
    norms = words.split()
    assert sorted({name for _, _, name in places.spans(norms, area)}) == named
    assert places.beyond(norms, area) == beyond


def three_levels(folder: Path) -> Path:
    """The shipped example with England above the North West in areas.csv (England's figures as published: its
    other regions are not listed)."""
    campaign = folder / "three-levels"
    shutil.copytree(EXAMPLE, campaign)
    rows = (campaign / "areas.csv").read_text(encoding="utf-8").splitlines()
    rows = [rows[0] + ",areas_listed", "England,,England,,Lloegr,yn Lloegr,o Loegr,,some",
            *(row.replace("North West,,", "North West,England,", 1) + "," for row in rows[1:])]
    (campaign / "areas.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    figures = (campaign / "figures.csv").read_text(encoding="utf-8").splitlines()
    figures.insert(1, 'England,contacts,"20,000","31,000"')
    (campaign / "figures.csv").write_text("\n".join(figures) + "\n", encoding="utf-8")
    return campaign


def test_nationally_in_a_tree_of_three_levels_is_the_country_above_the_region(
        tmp_path_factory: pytest.TempPathFactory, example_draft: Path) -> None:
    """England above the North West above Cheshire: "nationally", "in England" name England. A figure said so is
    England's; a rank false in the North West is false in England too, and a true one is listed to check by hand
    (drafter ranks an area among its region's areas only)."""
    campaign = three_levels(tmp_path_factory.mktemp("three-levels"))
    by_hand = ("to check by hand: 'highest' in new text ranks Greater Manchester in {}, and drafter ranks it only "
               "among North West's areas, where it is true: drafter cannot check it against the data")
    cases = {
        (campaign, "Cheshire", "en_GB"): {
            "Nationally, 3,549 people contacted the helpline between January and June 2018.": [
                "'3,549' in new text where England's figure for people contacting Stop It Now! for help in January "
                "to June 2018 is '31,000' (figures.csv, row 2, column after): '3,549' is North West's figure for "
                "people contacting Stop It Now! for help in January to June 2018"],
            "Nationally, 31,000 people contacted the helpline between January and June 2018.": [],
            "Cheshire had the highest number nationally.": [
                "'highest' in new text where Cheshire's rank for people contacting Stop It Now! for help in January to "
                "June 2018 among North West\'s 5 areas is \'fourth\' (figures.csv, rows 4–8, column after)"],
            "Greater Manchester had the highest number nationally.": [by_hand.format("England ('nationally')")],
            "Greater Manchester had the highest number in England.": [by_hand.format("England")],
        },
        (campaign, "Cheshire", "cy_GB"): {
            "Manceinion Fwyaf oedd â’r nifer uchaf yn genedlaethol.": [
                by_hand.format("England ('yn genedlaethol')").replace("'highest'", "'uchaf'")],
        },
    }
    found = checked_sentences(cases, example_draft, tmp_path_factory.mktemp, EXAMPLE)
    assert found == {sentence: lines for sentences in cases.values() for sentence, lines in sentences.items()}
