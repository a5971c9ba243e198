"""``story: area_paragraph:`` names a column of areas.csv holding a paragraph of an area's own (a case study, a
local service): printed after the background in the releases of the areas whose cell is filled, in Welsh from the
column with ``_cy``, its figures checked as a story sentence's."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from tests.conftest import edit

BACKGROUND = ("The Cwtch Food Network supports food banks across Wales, each run by volunteers from local churches "
              "and community groups.")
BACKGROUND_CY = ("Mae Rhwydwaith Bwyd Cwtch yn cefnogi banciau bwyd ledled Cymru, pob un yn cael ei redeg gan "
                 "wirfoddolwyr o eglwysi a grwpiau cymunedol lleol.")
POWYS = "Volunteers in Llandrindod Wells now deliver parcels to farms."
POWYS_CY = "Mae gwirfoddolwyr yn Llandrindod bellach yn danfon parseli i ffermydd."
CARDIFF = "Rhian, a nurse in Splott, says her family first needed a parcel last winter."


@pytest.fixture
def studied(food: Path) -> Path:
    """count-change's example, with a case study for Cardiff (in English only) and Powys (in both languages)."""
    target = food
    edit(target / "areas.csv", "area,parent,in_text,name_cy,yn_cy", "area,parent,in_text,name_cy,yn_cy,case_study,"
         "case_study_cy")
    for area, cells in (("Wales,,Wales,Cymru,yng Nghymru", ",,"), ("Cardiff,Wales,Cardiff,Caerdydd,yng Nghaerdydd",
                        f',"{CARDIFF}",'), ("Swansea,Wales,Swansea,Abertawe,yn Abertawe", ",,"),
                        ("Ceredigion,Wales,Ceredigion,Ceredigion,yng Ngheredigion", ",,"),
                        ("Powys,Wales,Powys,Powys,ym Mhowys", f",{POWYS},{POWYS_CY}"),
                        ("Ynys Môn,Wales,Ynys Môn,Ynys Môn,ar Ynys Môn", ",,")):
        edit(target / "areas.csv", area + "\n", area + cells + "\n")
    edit(target / "campaign.yaml", "  measure: parcels ", "  area_paragraph: case_study\n  measure: parcels ")
    return target


def body(campaign: Path, area: str, locale: str | None = None) -> tuple[list[str], list[str]]:
    text, release = api.preview(campaign, area, locale=locale, escape=False)
    return text.split("\n\n"), [w.message for w in release.warnings if w.code == "area_paragraph_untranslated"]


@pytest.mark.parametrize(("area", "locale", "background", "own", "warned"), [
    ("Powys", None, BACKGROUND, POWYS, []),
    ("Cardiff", None, BACKGROUND, CARDIFF, []),
    ("Powys", "cy_GB", BACKGROUND_CY, POWYS_CY, []),
    ("Cardiff", "cy_GB", BACKGROUND_CY, None, [
        "areas.csv gives these areas a case_study paragraph in English only, so their releases in Welsh go without "
        "it: fill in each one's cell of a case_study_cy column with the same paragraph in Welsh"]),
    ("Swansea", None, BACKGROUND, None, []),
])
def test_an_areas_own_paragraph_follows_the_background_where_its_cell_is_filled(
        studied: Path, area: str, locale: str | None, background: str, own: str | None, warned: list[str]) -> None:
    paragraphs, warnings = body(studied, area, locale)
    after = paragraphs[paragraphs.index(background) + 1]
    assert (after == own) if own else after.startswith(("Chief Executive", "Dywedodd"))
    assert warnings == warned


def test_an_areas_own_paragraph_with_a_figure_the_data_does_not_give_is_printed_and_left_to_check_by_hand(
        studied: Path) -> None:
    """A case study is context, printed whatever the figures did: "now deliver 400 parcels" is not Powys's count of
    the campaign's periods (12, then 31), so it is warned of, to check by hand, not refused (a whole batch refused
    for a case study's figure would cost a press officer every release)."""
    edit(studied / "areas.csv", "now deliver parcels", "now deliver 400 parcels")
    text, release = api.preview(studied, "Powys", escape=False)
    assert "\n\nVolunteers in Llandrindod Wells now deliver 400 parcels to farms.\n\n" in text
    assert [w.message for w in release.warnings if w.code == "story_unchecked"] == [
        "areas.csv's case_study says '400', a figure from elsewhere: drafter cannot check it against the data, so "
        "check it by hand"]


def test_an_area_paragraph_naming_no_column_of_areas_csv_says_which_it_may_mean(studied: Path) -> None:
    edit(studied / "campaign.yaml", "area_paragraph: case_study", "area_paragraph: case_studies")
    with pytest.raises(InputError) as caught:
        body(studied, "Powys")
    assert str(caught.value) == ('campaign.yaml:31: story.area_paragraph: "case_studies" is not a column of '
                                 "areas.csv (did you mean 'case_study'?)")


NOTE = "  - Spokespeople are available for interview in English and Welsh.\n"
NOTE_CY = "  - Mae llefarwyr ar gael i’w cyfweld yn Gymraeg ac yn Saesneg.\n"


@pytest.mark.parametrize(("area", "locale", "notes"), [
    ("Powys", None, [f"{POWYS} The family can be interviewed.", "Food banks in Powys: www.example.org/Powys"]),
    ("Swansea", None, ["Food banks in Swansea: www.example.org/Swansea"]),
    ("Powys", "cy_GB", [f"{POWYS_CY} Gellir cyfweld â’r teulu.", "Banciau bwyd ym Mhowys: www.example.org/Powys"]),
    ("Cardiff", "cy_GB", ["Banciau bwyd yng Nghaerdydd: www.example.org/Caerdydd"]),  # {area}: its Welsh name
])
def test_a_note_to_editors_is_filled_in_for_each_area_and_left_out_where_its_column_is_empty(
        studied: Path, area: str, locale: str | None, notes: list[str]) -> None:
    edit(studied / "campaign.yaml", NOTE, NOTE + '  - "{case_study} The family can be interviewed."\n'
         "  - 'Food banks in {area}: www.example.org/{area}'\n")
    edit(studied / "campaign.yaml", NOTE_CY, NOTE_CY + '  - "{case_study_cy} Gellir cyfweld â’r teulu."\n'
         "  - 'Banciau bwyd {yn_cy}: www.example.org/{area}'\n")
    text = api.preview(studied, area, locale=locale, escape=False)[0]
    listed = text.split("\n\n")[[p.startswith("## ") for p in text.split("\n\n")].index(True) + 1].splitlines()
    assert [line.split(". ", 1)[1] for line in listed[2:]] == notes


def test_a_note_to_editors_naming_no_column_of_areas_csv_says_which_it_may_mean(studied: Path) -> None:
    edit(studied / "campaign.yaml", NOTE, NOTE + "  - '{case_studdy}'\n")
    with pytest.raises(InputError) as caught:
        body(studied, "Powys")
    assert str(caught.value) == ("campaign.yaml:71: notes_to_editors[1]: names {case_studdy}, which is not a place "
                                 "drafter fills (did you mean {case_study}?)")
