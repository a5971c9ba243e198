"""campaign.yaml names the kind of place its areas are once (``area_word: council area``), and every generic
"area" the shipped templates and the house style print about those places says it instead, in en_GB, en_US and
Welsh; without it, every release reads as before (the golden files)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.render.area_words import AreaWords
from drafter.shipped import shipped_root
from drafter.style.house import PRESETS
from tests.conftest import edit

COUNCILS = ("languages: [en_GB, cy_GB]\narea_word: council area\narea_word_cy: ardal cyngor\n"
            "area_words_cy: ardaloedd cyngor\nhouse_style: {list_areas: 2}\ntable: true")


def _per_head(tmp_path: Path, lines: str = COUNCILS) -> Path:
    campaign = Path(shutil.copytree(shipped_root() / "per-head" / "example", tmp_path / "per-head"))
    edit(campaign / "campaign.yaml", "# languages: [en_GB, cy_GB]", lines)
    return campaign


@pytest.mark.parametrize(("locale", "area", "sentences"), [
    ("en_GB", "Cardiff", ["52.2 per 100,000 people – the third highest rate among the council areas of Wales.",
                          "That is 51 per cent of the total for Wales, the highest number of any council area.",
                          "Public charging points, by council area", "| Council area |"]),
    ("en_GB", "Wales", ["The council areas of Wales, highest rate first:",
                        "The other three council areas are in the table in the notes to editors."]),
    ("en_US", "Wales", ["The other three council areas are in the table under Background."]),
    ("cy_GB", "Cardiff", ["Mae Caerdydd yn drydydd o blith ardaloedd cyngor Cymru o ran y gyfradd hon.",
                          "y nifer mwyaf o blith yr ardaloedd cyngor.", "| Ardal cyngor |"]),
    ("cy_GB", "Wales", ["Ardaloedd cyngor Cymru, y gyfradd uchaf yn gyntaf:",
                        "Mae’r 3 ardal cyngor arall yn y tabl yn y nodiadau i olygyddion."]),
])
def test_the_kind_of_place_campaign_yaml_names_is_printed_wherever_a_release_said_area(
        tmp_path: Path, locale: str, area: str, sentences: list[str]) -> None:
    markdown = api.preview(_per_head(tmp_path), area, locale=locale, escape=False)[0]
    assert [s for s in sentences if s not in markdown] == []
    assert " areas of Wales" not in markdown.replace("council areas of Wales", "")


def test_a_welsh_kind_of_place_is_mutated_and_takes_its_article_as_welsh_asks(tmp_path: Path) -> None:
    campaign = load_campaign(_per_head(tmp_path, "languages: [en_GB, cy_GB]\narea_word: health board\n"
                                                 "area_word_cy: bwrdd iechyd\narea_words_cy: byrddau iechyd"))
    welsh, english = AreaWords(campaign, PRESETS["cy_GB"]), AreaWords(campaign, PRESETS["en_GB"])
    assert (welsh.after("o"), welsh.the_many, welsh.one) == ("o fyrddau iechyd", "y byrddau iechyd", "bwrdd iechyd")
    assert (english.after("of"), english.the_many, english.many) == ("of health boards", "the health boards",
                                                                     "health boards")


@pytest.mark.parametrize(("lines", "message"), [
    ("languages: [en_GB, cy_GB]\narea_word: force area",
     "campaign.yaml: area_word_cy: is missing (expected the words for 'force area' in the releases in that language "
     "(area_word_cy: ardal heddlu, area_words_cy: ardaloedd heddlu))"),
    ("area_word: force area\narea_word_cy: ardal heddlu",
     "campaign.yaml: area_words_cy: is missing (expected the plural of 'ardal heddlu' (area_words_cy: ardaloedd "
     "heddlu for ardal heddlu))"),
    ("area_words: force areas",
     'campaign.yaml:12: area_words: "force areas" is given without area_word (expected area_word: the word after '
     "one, as well)"),
])
def test_a_kind_of_place_without_its_welsh_or_its_plural_is_refused_naming_the_key(tmp_path: Path, lines: str,
                                                                                 message: str) -> None:
    with pytest.raises(InputError) as caught:
        load_campaign(_per_head(tmp_path, lines))
    assert str(caught.value) == message


@pytest.mark.parametrize(("locale", "sentence"), [
    ("en_GB", "Lifeboat launches in the counties of Wales, by their latest figures, highest first:"),
    ("cy_GB", "Lansiadau’r badau achub, fesul sir, yn ôl y ffigurau diweddaraf, yr uchaf yn gyntaf:"),
])
def test_a_list_of_several_measures_goes_through_the_kind_of_place_one_by_one(tmp_path: Path, locale: str,
                                                                             sentence: str) -> None:
    campaign = Path(shutil.copytree(shipped_root() / "several-measures" / "example", tmp_path / "lifeboats"))
    edit(campaign / "campaign.yaml", "# languages: [en_GB, cy_GB]", "languages: [en_GB, cy_GB]\narea_word: county\n"
         "area_words: counties\narea_word_cy: sir\narea_words_cy: siroedd")
    assert sentence in api.preview(campaign, "Wales", locale=locale, escape=False)[0]
