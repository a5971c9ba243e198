"""A figure a press officer types into campaign.yaml's story sentences is held against the release's data, as a
quote's is: a figure the data supports passes, a figure of another source or of something else is warned of, to
check by hand, and any other in a sentence printed by what the figures did (rise, fall, unchanged) is refused,
naming the key, in English and Welsh; in one printed whatever they did (background) it is warned of."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from tests.conftest import edit

RISE = "  rise: The network says more of the families asking for help are in work, and that rising rents are the " \
    "reason most often given."
BACKGROUND = "  background: The Cwtch Food Network supports food banks across Wales, each run by volunteers from " \
    "local churches and community groups."
RISE_CY = "  rise_cy: Dywed y rhwydwaith fod mwy o’r teuluoedd sy’n gofyn am help mewn gwaith, a mai rhenti uwch " \
    "yw’r rheswm a roddir amlaf."


def said(campaign: Path, area: str, locale: str | None = None) -> tuple[str, list[str]]:
    text, release = api.preview(campaign, area, locale=locale, escape=False)
    return text, [w.message for w in release.warnings if w.code == "story_unchecked"]


@pytest.mark.parametrize(("old", "new", "locale", "words"), [
    (RISE, "  rise: That is a rise of 23 per cent on last year.", None, "23 per cent"),
    (RISE_CY, "  rise_cy: Mae hynny’n gynnydd o 23 y cant ar y llynedd.", "cy_GB", "23 y cant"),
])
def test_a_figure_typed_into_a_story_sentence_passes_where_true_and_is_refused_where_not(
        food: Path, old: str, new: str, locale: str | None, words: str) -> None:
    edit(food / "campaign.yaml", old, new)
    text, warned = said(food, "Cardiff", locale)  # Cardiff's parcels rose 23 per cent
    assert new.split(": ", 1)[1].replace("23 y cant", "23%") in text.replace("23 y cant", "23%") and warned == []
    with pytest.raises(InputError) as caught:
        said(food, "Powys", locale)  # Powys's rose from 12 to 31: the same sentence would be false there
    key = "story.rise" + ("_cy" if locale else "")
    assert str(caught.value) == (
        f"campaign.yaml: {key}: area 'Powys': says '{words}', a figure typed in, which this release's figures do "
        "not support (expected the sentence without the figure (drafter prints each area's figures itself, worked "
        f"out), or, for a figure from elsewhere, the sentence saying whose it is "
        f"({'yn ôl' if locale else 'according to'} …))")


BACKGROUND_CY = "  background_cy: Mae Rhwydwaith Bwyd Cwtch yn cefnogi banciau bwyd ledled Cymru, pob un yn cael ei " \
    "redeg gan wirfoddolwyr o eglwysi a grwpiau cymunedol lleol."


@pytest.mark.parametrize(("old", "key", "sentence", "locale", "words"), [
    (BACKGROUND, "background", "Across the UK, 3.1 million emergency food parcels were given out last year, "
     "according to the Trussell Trust.", None, "3.1 million"),
    (BACKGROUND_CY, "background_cy", "Ar draws y DU, rhoddwyd 3.1 miliwn o barseli bwyd brys y llynedd, yn ôl "
     "Ymddiriedolaeth Trussell.", "cy_GB", "3.1 miliwn"),
    # context printed whatever the figures did, its source said another way or not at all: never refused
    (BACKGROUND, "background", "Since 2015 the network has given out more than 250,000 parcels.", None,
     "more than 250,000"),
    (BACKGROUND, "background", "Food bank use has risen by 37 per cent since 2019, the Trussell Trust says.", None,
     "37 per cent"),
])
def test_a_national_figure_that_says_whose_it_is_is_printed_and_left_to_check_by_hand(
        food: Path, old: str, key: str, sentence: str, locale: str | None, words: str) -> None:
    edit(food / "campaign.yaml", old, f"  {key}: {sentence}")
    text, warned = said(food, "Cardiff", locale)
    assert sentence in text
    assert warned == [f"campaign.yaml's story.{key} says '{words}', a figure from elsewhere: drafter cannot check it "
                      "against the data, so check it by hand"]


def test_a_phone_number_and_a_web_address_in_a_story_sentence_are_no_figures(food: Path) -> None:
    sentence = "Anyone who needs a food parcel can call 0800 123 4567 or visit www.example.org/help2024."
    edit(food / "campaign.yaml", BACKGROUND, f"  background: {sentence}")
    text, warned = said(food, "Cardiff")
    assert sentence in text and warned == []


@pytest.mark.parametrize(("old", "sentence", "locale"), [
    (RISE, "For advice, call NHS 24 on 111 or ring the helpline on 111.", None),
    (RISE_CY, "Am gyngor, ffoniwch GIG 24 ar 111.", "cy_GB")])
def test_a_number_to_ring_after_whom_to_ring_is_no_figure_in_a_draft_or_a_check(
        food: Path, tmp_path: Path, old: str, sentence: str, locale: str | None) -> None:
    """'call NHS 24 on 111': the number after whom to ring stopped every draft as a figure typed in ('111'), and
    the same words typed into a release were two findings in check ('24' and '111' held against the figures)."""
    edit(food / "campaign.yaml", old, old.split(": ", 1)[0] + ": " + sentence)
    assert sentence in said(food, "Cardiff", locale)[0]
    edit(food / "campaign.yaml", old.split(": ", 1)[0] + ": " + sentence, old)
    out = tmp_path / "out"
    api.draft(food, out, areas=["Cardiff"], formats=["md"], locale=locale)
    release = next(out.glob("cardiff*.md"))
    drafted = release.read_text(encoding="utf-8")
    anchor = old.split(": ", 1)[1]
    assert anchor in drafted
    release.write_text(drafted.replace(anchor, f"{sentence} {anchor}"), encoding="utf-8")
    assert api.check(food, [release], area="Cardiff").findings == ()


@pytest.mark.parametrize(("sentence", "warned"), [
    # a target beside the area's own figure is still a target, never Cardiff's figure: warned in every release
    ("The network has set a target of 5,066 parcels a year.", ["campaign.yaml's story.background says '5,066', "
     "a target or standard, not a figure of the data: drafter cannot check it against the data, so check it by hand"]),
    # a number that is part of a name is no figure: "Category 1", "Key Stage 2", "Year 6"
    ("Most Category 1 and Year 6 families were referred by Key Stage 2 teachers.", []),
])
def test_a_target_is_warned_of_as_one_and_a_number_in_a_name_is_no_figure(food: Path, sentence: str,
                                                                          warned: list[str]) -> None:
    edit(food / "campaign.yaml", BACKGROUND, f"  background: {sentence}")
    text, found = said(food, "Cardiff")
    assert sentence in text and found == warned


def test_a_number_in_an_organisations_name_in_a_rise_sentence_is_no_figure(food: Path) -> None:
    # Scotland's NHS 24 and BBC 2 are names: a rise sentence naming one was refused as a figure typed in
    sentence = "Staff are asking people to call NHS 24 first, as BBC 2 reported."
    edit(food / "campaign.yaml", RISE, f"  rise: {sentence}")
    text, warned = said(food, "Cardiff")
    assert sentence in text and warned == []
