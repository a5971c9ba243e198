"""`drafter check` on two kinds of figure in new text, in English and Welsh:

- a figure with words that are not the measure's ("450 calls" where the campaign counts people): a finding when
  it is close to one of the area's figures in a sentence about the area or the measure; to check by hand when it
  counts something else ("12 trained call handlers"), or names the area only inside an organisation's name;
- a rate: its base ("per 1,000 people", "fesul 1,000 o bobl") is no figure claim; the rate beside it is held
  against the campaign's rates, and one per a base the campaign has no rates for is to check by hand.

One draft per campaign and language; every sentence is checked in one call per draft.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, ROOT
from tests.helpers import checked_sentences

PER_HEAD = ROOT / "templates" / "per-head" / "example"
CASES = {  # (campaign, area, locale): {sentence: the lines check prints for it, after the paragraph}
    (EXAMPLE, "Cheshire", "en_GB"): {
        "Since then, the helpline has taken 450 calls from Cheshire.": [
            "'450 calls' in new text where Cheshire's figure for people contacting Stop It Now! for help in January "
            "to June 2018 is '440' (figures.csv, "
            "row 3, column after): a figure close to it, in a sentence about Cheshire"],
        "The helpline took 3,600 calls from people worried about their behaviour.": [
            "'3,600 calls' in new text where North West's figure for people contacting Stop It Now! for help in "
            "January to June 2018 is '3,549' "
            "(figures.csv, row 2, column after): a figure close to it, in a sentence about what the campaign "
            "measures"],
        "Cheshire Constabulary has 430 officers trained in online safety.": [
            "to check by hand: '430 officers' in new text counts officers, not what the campaign measures (people "
            "contacting Stop It Now! for help): drafter cannot check it against the data"],
        "The service has 24 stations offering free Safe Drive courses, and 5 children attend each.": [
            "to check by hand: '24 stations' in new text counts stations, not what the campaign measures (people "
            "contacting Stop It Now! for help): drafter cannot check it against the data",
            "to check by hand: '5 children' in new text counts children, not what the campaign measures (people "
            "contacting Stop It Now! for help): drafter cannot check it against the data"],
        "The helpline took 450 calls last year.": [
            "to check by hand: '450 calls' in new text counts calls, not what the campaign measures (people "
            "contacting Stop It Now! for help): drafter cannot check it against the data"],
        "The charity does not publish figures per 1,000 people.": [],
        "That is 12.5 per 1,000 people.": [
            "to check by hand: '12.5 per 1,000 people' in new text is a rate per 1,000, and the campaign's figures "
            "give no rate per that many: drafter cannot check it against the data"],
    },
    (EXAMPLE, "Cheshire", "cy_GB"): {
        "Ers hynny, mae’r llinell gymorth wedi cael 450 o alwadau o Swydd Gaer.": [
            "'450 o alwadau' in new text where Cheshire's figure for people contacting Stop It Now! for help in "
            "January to June 2018 is '440' "
            "(figures.csv, row 3, column after): a figure close to it, in a sentence about Cheshire"],
        "Mae gan Heddlu Swydd Gaer 430 o swyddogion.": [
            "to check by hand: '430 o swyddogion' in new text counts 'swyddogion', not what the campaign measures "
            "(people contacting Stop It Now! for help): drafter cannot check it against the data"],
        "Mae gan y gwasanaeth 24 o orsafoedd sy’n cynnig cyrsiau Safe Drive am ddim.": [
            "to check by hand: '24 o orsafoedd' in new text counts 'orsafoedd', not what the campaign measures (people "
            "contacting Stop It Now! for help): drafter cannot check it against the data"],
        "Nid yw’r elusen yn cyhoeddi ffigurau fesul 1,000 o bobl.": [],
    },
    (PER_HEAD, "Cardiff", "en_GB"): {
        "Cardiff had 45.1 public charging points per 100,000 people.": [
            "'45.1' in new text where Cardiff's public charging points per 100,000 in October 2024 is "
            "'52.2' (figures.csv, rows 2, 7, column october)"],
        "The rate in Cardiff was 52.2 per 100,000 people, well above the average per 1,000 households.": [],
        "Swansea had 30.0 per 100,000 people.": [
            "'30.0' in new text where Swansea's public charging points per 100,000 in October 2024 is "
            "'59.3' (figures.csv, rows 3, 8, column october)"],
        "There are 5.2 per 10,000 households.": [
            "to check by hand: '5.2 per 10,000 households' in new text is a rate per 10,000, and the campaign's "
            "figures give no rate per that many: drafter cannot check it against the data"],
    },
    (PER_HEAD, "Cardiff", "cy_GB"): {
        "Roedd 60.1 fesul 100,000 o bobl yng Nghaerdydd.": [
            "'60.1' in new text where Cardiff's public charging points per 100,000 in October 2024 is "
            "'52.2' (figures.csv, rows 2, 7, column october)"],
        "Mae hynny’n uwch na’r cyfartaledd fesul 1,000 o bobl.": [],
        "Roedd cyfradd Caerdydd uwchlaw cyfradd Abertawe.": [  # "above", Welsh "uwchlaw": no "than" ("na")
            "'uwchlaw cyfradd Abertawe' in new text where Cardiff's public charging points per 100,000 in October "
            "2024 is '52.2' and Swansea's public charging points per 100,000 in October 2024 is '59.3' (figures.csv, "
            "rows 2, 7, column october; figures.csv, rows 3, 8, column october)"],
        "Roedd cyfradd Caerdydd islaw cyfradd Abertawe.": [],
    },
}


def test_each_new_figure_is_a_finding_to_check_by_hand_or_neither(tmp_path_factory: pytest.TempPathFactory,
                                                                    example_draft: Path) -> None:
    """Each sentence's findings and what is to check by hand (their messages, as `drafter check` prints them after
    the file, area and paragraph), the sentence added as a paragraph of its own before the closing line. One
    test, so that the drafts are made once however the tests are shared between processes."""
    found = checked_sentences(CASES, example_draft, tmp_path_factory.mktemp, EXAMPLE)
    assert found == {sentence: lines for cases in CASES.values() for sentence, lines in cases.items()}
