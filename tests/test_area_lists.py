"""Every list of areas a press officer writes reads names one way: campaign.yaml's ``areas:`` and ``areas_cy:`` and
a quote's ``areas:`` in quotes.yaml. A name is the area and every area in it, ``X only`` that area alone, ``all``
every area; a campaign that named a parent in ``areas:`` for it alone is told what it now drafts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.shipped import shipped_root
from tests.conftest import edit

NORTH_WEST = ("North West", "Cheshire", "Cumbria", "Greater Manchester", "Lancashire", "Merseyside")


def _example(tmp_path: Path, template: str = "helpline-rise") -> Path:
    return Path(shutil.copytree(shipped_root() / template / "example", tmp_path / template))


def _areas(campaign: Path, line: str) -> Path:
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    start = text.index("\nareas: ") + 1
    end = text.index("\n", start)
    (campaign / "campaign.yaml").write_text(text[:start] + line + text[end:], encoding="utf-8")
    return campaign


@pytest.mark.parametrize(("line", "drafted", "warning"), [
    ("areas: all", NORTH_WEST, None),
    ("areas: [Cheshire]", ("Cheshire",), None),
    ("areas: [North West only]", ("North West",), None),
    ("areas: [north west ONLY, Cheshire]", ("North West", "Cheshire"), None),
    ("areas: [North West]", NORTH_WEST,
     "campaign.yaml:29: areas: North West takes in every area in it, so 5 more areas are drafted: Cheshire, Cumbria, "
     "Greater Manchester, Lancashire and Merseyside; to draft its own release alone, write it as North West only (a "
     "name in areas: used to mean that area alone), or, to draft them all without this warning, as North West and "
     "its areas"),
    ("areas: [North West and its areas]", NORTH_WEST, None),
    ("areas: [north west AND ITS AREAS, Cheshire]", NORTH_WEST, None),
    ("areas: [Cumbria, North West]", ("Cumbria", "North West", "Cheshire", "Greater Manchester", "Lancashire",
                                      "Merseyside"),
     "campaign.yaml:29: areas: North West takes in every area in it, so 4 more areas are drafted: Cheshire, Greater "
     "Manchester, Lancashire and Merseyside; to draft its own release alone, write it as North West only (a name in "
     "areas: used to mean that area alone), or, to draft them all without this warning, as North West and its "
     "areas"),
])
def test_a_name_in_areas_drafts_it_and_every_area_in_it_and_says_so_where_it_once_meant_that_area_alone(
        tmp_path: Path, line: str, drafted: tuple[str, ...], warning: str | None) -> None:
    campaign = load_campaign(_areas(_example(tmp_path), line))
    assert campaign.draft_areas == drafted
    assert [w.message for w in campaign.notices if w.code == "areas_take_in"] == ([warning] if warning else [])


@pytest.mark.parametrize(("said", "welsh"), [
    ("[Wales]", ["Wales", "Cardiff", "Swansea", "Ceredigion", "Powys", "Ynys Môn"]),
    ("[Wales only]", ["Wales"]),
    ("[Cardiff, Wales only]", ["Wales", "Cardiff"]),
])
def test_areas_cy_reads_names_as_areas_does(tmp_path: Path, said: str, welsh: list[str]) -> None:
    campaign = _example(tmp_path, "per-head")
    edit(campaign / "campaign.yaml", "# languages: [en_GB, cy_GB]", f"languages: [en_GB, cy_GB]\nareas_cy: {said}")
    assert [name for _, key, name in load_campaign(campaign).translations if key == "area"] == welsh


@pytest.mark.parametrize(("file", "old", "new", "where"), [
    ("campaign.yaml", "\nareas: all ", "\nareas: [Cheshire, Chesire only]", "campaign.yaml:29: areas[1]"),
    ("quotes.yaml", "areas: [Cheshire]", "areas: [Cheshire, Chesire only]", "quotes.yaml:40: quotes[1].areas[1]"),
])
def test_a_slip_in_any_list_of_areas_is_told_in_the_same_words(tmp_path: Path, file: str, old: str, new: str,
                                                              where: str) -> None:
    campaign = _example(tmp_path)
    edit(campaign / file, old, new)
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    assert str(caught.value) == (
        f'{where}: "Chesire only" is not an area in areas.csv (expected an area\'s name or code from areas.csv '
        "(meaning it and every area in it), the name followed by only (its own release only), or all; did you mean "
        "'Cheshire only'?)")
