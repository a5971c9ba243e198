"""`drafter check` on places said in general words, in English and Welsh: "the region", "regionally", "in the
area" (the area's region), "nationally" (the top of the campaign's tree; to check by hand where a rank is true
there and the top is a region, not the country), a place's adjective ("the Welsh average": Wales, from the
language's table and areas.csv), and a superlative that ends a sentence about an area with no place named
("Cheshire saw the smallest rise.": its rank in its region).

One draft per campaign and language; every sentence is checked in one call per draft.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, ROOT
from tests.helpers import checked_sentences

PER_HEAD = ROOT / "templates" / "per-head" / "example"
COUNT_CHANGE = ROOT / "templates" / "count-change" / "example"
CASES: dict[tuple[Path, str, str], dict[str, list[str]]] = {  # sentence: the lines check prints for it
    (EXAMPLE, "Cheshire", "en_GB"): {
        "Cheshire had the most in the area.": [
            "'most' in new text where Cheshire's rank for people contacting Stop It Now! for help in July to "
            "December 2017 among North West's 5 areas is 'fourth' (figures.csv, rows 3–7, column before)"],
        "Cheshire had the highest number in the force area's region.": [
            "'highest' in new text where Cheshire's rank for people contacting Stop It Now! for help in July to "
            "December 2017 among North West's 5 areas is 'fourth' (figures.csv, rows 3–7, column before)"],
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
    (PER_HEAD, "Cardiff", "en_GB"): {
        "The Welsh average was 42.7 per 100,000 people.": [],
        "The Welsh total was 194.": [
            "'194' in new text where Wales's public charging points per 100,000 in October 2024 is '42.7' "
            "(figures.csv, rows 2–11, column october): '194' is Cardiff's figure for public charging points in "
            "October 2024"],
        "The national average was 45.1 per 100,000 people.": [
            "'45.1' in new text where Wales's public charging points per 100,000 in October 2024 is '42.7' "
            "(figures.csv, rows 2–11, column october)"],
        "Spokespeople speak English and Welsh.": [],
        "Cardiff had the most public charging points nationally.": [],  # Wales is the country: checked, and true
    },
    (COUNT_CHANGE, "Cardiff", "cy_GB"): {
        "Cynyddodd y cyfanswm Cymreig o 7,252 i 7,985.": [],
        "Cynyddodd y cyfanswm cenedlaethol o 4,120 i 5,066.": [
            "'4,120' in new text where Wales's figure for emergency food parcels given out in April to September "
            "2023 is '7,252' (figures.csv, rows 2–6, column last_year): '4,120' is Cardiff's figure for emergency "
            "food parcels given out in April to September 2023",
            "'5,066' in new text where Wales's figure for emergency food parcels given out in April to September "
            "2023 is '7,252' (figures.csv, rows 2–6, column last_year): '5,066' is Cardiff's figure for emergency "
            "food parcels given out in April to September 2024"],
    },
}


def test_a_place_in_general_words_is_the_area_it_names(tmp_path_factory: pytest.TempPathFactory,
                                                        example_draft: Path) -> None:
    """Each sentence's findings (as `drafter check` prints them after the file, area and paragraph), the sentence
    added as a paragraph of its own before the closing line."""
    found = checked_sentences(CASES, example_draft, tmp_path_factory.mktemp, EXAMPLE)
    assert found == {sentence: lines for cases in CASES.values() for sentence, lines in cases.items()}
