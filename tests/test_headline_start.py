"""``story: headline_start:``: the words a headline saying what changed starts with, in an organisation's own form
("New figures show …"), in English and Welsh; a headline of figures not available is not led."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from tests.conftest import edit


@pytest.fixture
def started(food: Path) -> Path:
    edit(food / "campaign.yaml", "  measure: parcels ", "  headline_start: New figures show\n  headline_start_cy: "
         "Mae ffigurau newydd yn dangos bod\n  measure: parcels ")
    return food


def headline(campaign: Path, area: str, locale: str | None = None) -> str:
    text = api.preview(campaign, area, locale=locale, escape=False)[0]
    return next(line[2:] for line in text.splitlines() if line.startswith("# "))


@pytest.mark.parametrize(("area", "locale", "expected"), [
    ("Cardiff", None, "New figures show emergency food parcels given out in Cardiff rise 23 per cent"),
    ("Powys", None, "New figures show emergency food parcels given out in Powys rise from 12 to 31"),
    ("Cardiff", "cy_GB", "Mae ffigurau newydd yn dangos bod y parseli bwyd brys a roddwyd yng Nghaerdydd wedi "
     "cynyddu 23%"),
])
def test_a_headline_saying_what_changed_starts_with_the_organisations_words(
        started: Path, area: str, locale: str | None, expected: str) -> None:
    assert headline(started, area, locale) == expected


def test_a_headline_of_figures_not_available_is_not_led(started: Path) -> None:
    edit(started / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,12,[x]")
    assert headline(started, "Powys") == ("Emergency food parcels given out in Powys: figures not available for April "
                                       "to September 2024")


def test_a_figure_typed_into_the_headline_start_is_refused(started: Path) -> None:
    edit(started / "campaign.yaml", "headline_start: New figures show", "headline_start: After a 96% rise,")
    with pytest.raises(InputError) as caught:
        headline(started, "Cardiff")
    assert str(caught.value) == (
        "campaign.yaml: story.headline_start: area 'Cardiff': says '96%', a figure typed in, which this release's "
        "figures do not support (expected the sentence without the figure (drafter prints each area's figures itself, "
        "worked out), or, for a figure from elsewhere, the sentence saying whose it is (according to …))")
