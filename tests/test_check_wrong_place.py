"""Figures a colleague types in the wrong place, as `drafter check` words them: a gap in points that no two places'
figures give (the finding names the gap typed and the true one), a figure beside a period it is not of ("from 440 in
July to December 2017 to 150 in …", "from 5,066 in 2023"; "3,549 …, compared with 1,747 in July to December 2017" is
true, the period being the 1,747's), a number in words after "from" ("up from one hundred and sixty"), and a law's
name typed in lower case ("the children act 1989"), whose year names no period ("Since the Children and Social Work
Act 2017, 440 people …" is not said of 2017), while a wrong year with a law's word a few capitalised words before it
is still one.

Each sentence is added to the drafted release before its closing line and checked (tests.helpers.checked_sentences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, ROOT
from tests.helpers import checked_sentences

RATE_CHANGE = ROOT / "templates" / "rate-change" / "example"
COUNT_CHANGE = ROOT / "templates" / "count-change" / "example"
NW_RISE = ("North West's ('103 per cent') is '90 percentage points' (figures.csv, rows 2–3, columns before and "
           "after)")
CHANGE = "Cheshire's change in people contacting Stop It Now! for help in January to June 2018 compared with July to " \
         "December 2017"
BEFORE = "Cheshire's figure for people contacting Stop It Now! for help in July to December 2017 is '150' " \
         "(figures.csv, row 3, column before)"
AFTER = "Cheshire's figure for people contacting Stop It Now! for help in January to June 2018 is '440' " \
        "(figures.csv, row 3, column after)"
OF_AFTER = ": '440' is Cheshire's figure for people contacting Stop It Now! for help in January to June 2018"
OF_BEFORE = ": '150' is Cheshire's figure for people contacting Stop It Now! for help in July to December 2017"
YEARS = "is not a year of the campaign's periods, release date or embargo (2017, 2018)"
CASES: dict[tuple[Path, str, str], dict[str, list[str]]] = {  # sentence: the lines check prints for it
    (EXAMPLE, "Cheshire", "en_GB"): {
        # a gap no two places give: named as typed, with the gap the figures give (not Cheshire's '150')
        "The north west's rise was 3.5 points lower than Cheshire's.": [
            f"'3.5 points' in new text where the gap between {CHANGE} ('193 per cent') and {NW_RISE}"],
        "The north west's rise was 90 points lower than Cheshire's.": [],
        # each figure with a period straight after it is held against that period's figure
        "In Cheshire, the number went from 440 in July to December 2017 to 150 in January to June 2018.": [
            f"'440' in new text where {BEFORE}{OF_AFTER}", f"'150' in new text where {AFTER}{OF_BEFORE}"],
        "In Cheshire, the number went from 440 in 2017 to 150 in 2018.": [
            f"'440' in new text where {BEFORE}{OF_AFTER}", f"'150' in new text where {AFTER}{OF_BEFORE}"],
        "In Cheshire, the number went from 150 in 2017 to 440 in 2018.": [],
        "Between January and June 2018, 440 people contacted the helpline in Cheshire, up from 150 in January to June "
        "2018.": [f"'150' in new text where {AFTER}{OF_BEFORE}"],
        "Between January and June 2018, 440 people contacted the helpline compared with July to December 2017, when "
        "150 did.": [],  # the figure's period before it, the other's after a verb: not its own
        "In Cheshire, 440 people contacted the helpline between January and June 2018, up 290 on July to December "
        "2017.": [],  # a difference from the period after it
        # a period that is another figure's own, or after "than", is not said of the figures beside it
        "In the north west, 3,549 people contacted the helpline, compared with 1,747 in July to December 2017.": [],
        "The north west's figure of 3,549 was 1,802 more than in July to December 2017.": [],
        "In the north west, 1,747 people contacted the helpline, compared with 3,549 in July to December 2017.": [
            "'3,549' in new text where North West's figure for people contacting Stop It Now! for help in July to "
            "December 2017 is '1,747' (figures.csv, row 2, column before): '3,549' is North West's figure for people "
            "contacting Stop It Now! for help in January to June 2018"],
        # a number in words after "from" or "to" in a sentence about the data; not an idiom
        "In Cheshire, 440 people contacted the helpline between January and June 2018, up from one hundred and "
        "sixty.": [f"'one hundred and sixty' in new text where {BEFORE}"],
        "In Cheshire, volunteers pass calls from one to the next, from two to three a day.": [],
        "In Cheshire, replies take from 24 to 48 hours.": [  # a range's start counts what its end counts
            "to check by hand: '24 to 48 hours' in new text counts hours, not what the campaign measures (people "
            "contacting Stop It Now! for help): drafter cannot check it against the data",
            "to check by hand: '48 hours' in new text counts hours, not what the campaign measures (people "
            "contacting Stop It Now! for help): drafter cannot check it against the data"],
        # a law's year, whatever the capitals; a wrong year after a month is a year, whatever words come before
        "Under the children act 1989 and the Children and Social Work act 2017, 440 people in Cheshire contacted the "
        "helpline between January and June 2018.": [],
        "Since the Children and Social Work Act 2017, 440 people in Cheshire have contacted the helpline.": [],  # no
        # period of 2017: a law's year
        "Helpline Hears From 440 People In Cheshire Under The Act In June 2019": [f"'2019' in new text {YEARS}"],
    },
    (EXAMPLE, "Cheshire", "cy_GB"): {
        "Roedd cynnydd gogledd-orllewin Lloegr 3.5 pwynt yn is na chynnydd Swydd Gaer.": [
            f"'3.5 pwynt' in new text where the gap between {CHANGE} ('193%') and North West's ('103%') is '90 pwynt "
            "canran' (figures.csv, rows 2–3, columns before and after)"],
        "Yn Swydd Gaer, aeth y nifer o 440 rhwng Gorffennaf a Rhagfyr 2017 i 150 rhwng Ionawr a Mehefin 2018.": [
            f"'440' in new text where {BEFORE}{OF_AFTER}", f"'150' in new text where {AFTER}{OF_BEFORE}"],
        "O dan ddeddf plant 1989, cysylltodd 440 o bobl o Swydd Gaer â’r llinell gymorth rhwng Ionawr a Mehefin "
        "2018.": [],
        "Mae’n drosedd o dan Ddeddf Plant 1989 a deddf troseddau rhywiol 2003.": [],
        "Ers Deddf Plant a Gwaith Cymdeithasol 2017, mae 440 o bobl o Swydd Gaer wedi cysylltu â’r llinell "
        "gymorth.": [],
    },
    (RATE_CHANGE, "Cardiff", "en_GB"): {  # a gap between two rates, and between two changes in points
        "Cardiff's share was 3.5 points higher than Wales'.": [
            "'3.5 points' in new text where the gap between Cardiff's figure for share of buses running on electricity "
            "in April 2023 to March 2024 ('31.5 per cent') and Wales' ('14.6 per cent') is '16.9 percentage points' "
            "(figures.csv, rows 2–3, column this_year)"],
        "Cardiff's rise was 3.5 points higher than Wales'.": [
            "'3.5 points' in new text where the gap between Cardiff's change in share of buses running on electricity "
            "in April 2023 to March 2024 compared with April 2022 to March 2023 ('13.5 percentage points') and "
            "Wales' ('4.4 percentage points') is '9.1 percentage points' (figures.csv, rows 2–3, columns last_year "
            "and this_year)"],
        "Cardiff's share was 16.9 points higher than Wales', and its rise 9.1 points higher.": [],
        # a sentence naming no place, in Cardiff's release: Cardiff's figure, not the nearest of Wales' (14.6)
        "Between April 2023 and March 2024, 15.5 per cent of buses ran on electricity.": [
            "'15.5 per cent' in new text where Cardiff's figure for share of buses running on electricity in April "
            "2023 to March 2024 is '31.5 per cent' (figures.csv, row 3, column this_year)"],
    },
    (COUNT_CHANGE, "Cardiff", "en_GB"): {
        "In Cardiff, the number went from 5,066 in 2023 to 4,120 in 2024.": [
            "'5,066' in new text where Cardiff's figure for emergency food parcels given out in April to September "
            "2023 is '4,120' (figures.csv, row 2, column last_year): '5,066' is Cardiff's figure for emergency food "
            "parcels given out in April to September 2024",
            "'4,120' in new text where Cardiff's figure for emergency food parcels given out in April to September "
            "2024 is '5,066' (figures.csv, row 2, column this_year): '4,120' is Cardiff's figure for emergency food "
            "parcels given out in April to September 2023"],
        "In Cardiff, the number went from 4,120 in 2023 to 5,066 in 2024.": [],
    },
}


def test_a_figure_in_the_wrong_place_is_named_with_the_figure_it_should_be(
        tmp_path_factory: pytest.TempPathFactory, example_draft: Path) -> None:
    found = checked_sentences(CASES, example_draft, tmp_path_factory.mktemp, EXAMPLE)
    assert found == {sentence: lines for cases in CASES.values() for sentence, lines in cases.items()}
