"""A Welsh public body's campaign: Welsh first (``locale: cy_GB``, ``languages: [cy_GB, en_GB]``), places mutated
after "yn" as areas.csv gives them, and a mutation undone by a colleague's edit found by ``drafter check``."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from drafter import api
from drafter.errors import InputError
from drafter.load.areas import load_areas
from drafter.load.campaign import load_campaign
from drafter.reports.check import check_files
from drafter.shipped import shipped_root


def welsh_first(tmp_path: Path) -> Path:
    """count-change's example, Welsh first."""
    campaign = tmp_path / "campaign"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    yaml = campaign / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("locale: en_GB", "locale: cy_GB").replace(
        "# languages: [en_GB, cy_GB]", "languages: [cy_GB, en_GB]"), encoding="utf-8")
    return campaign


def test_a_welsh_first_campaign_previews_in_welsh_and_drafts_both_tagged(tmp_path: Path) -> None:
    campaign = welsh_first(tmp_path)
    text, _ = api.preview(campaign, "Cardiff")
    assert "\n# Y parseli bwyd brys a roddwyd yng Nghaerdydd wedi cynyddu 23%\n" in text
    api.draft(campaign, tmp_path / "out", areas=["Cardiff"], formats=["docx"])
    for name, tag in (("cardiff.cy.docx", "cy-GB"), ("cardiff.en.docx", "en-GB")):
        body = docx.Document(str(tmp_path / "out" / name)).element.body
        tags = {e.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
                for e in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang")}
        assert tags == {tag}, name  # every run, so Word proofs each release in its own language


def test_a_yn_cy_cell_left_unmutated_is_warned_about(tmp_path: Path) -> None:
    (tmp_path / "areas.csv").write_text(
        "area,parent,name_cy,yn_cy\nWales,,Cymru,yng Nghymru\nConwy,Wales,Conwy,yn Conwy\nPowys,Wales,Powys,ym Powys\n"
        "Isle of Anglesey,Wales,Ynys Môn,yn Ynys Môn\nFlintshire,Wales,Sir y Fflint,yn Sir y Fflint\n",
        encoding="utf-8")
    _, warnings = load_areas(tmp_path / "areas.csv", "areas.csv")
    assert [w.message for w in warnings] == [
        "areas.csv: yn_cy leaves a place's name unmutated: row 3, Conwy: 'yn Conwy', where Welsh writes 'yng "
        "Nghonwy'; row 4, Powys: 'ym Powys', where Welsh writes 'ym Mhowys'; correct the cell, or leave it where the "
        "place keeps its name as it is"]  # "yn Ynys Môn" is another word than "ar", not a mutation


def test_check_finds_a_place_a_colleague_left_unmutated(tmp_path: Path) -> None:
    campaign = welsh_first(tmp_path)
    api.draft(campaign, tmp_path / "out", areas=["Cardiff"], formats=["md"])
    path = tmp_path / "out" / "cardiff.cy.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("# Y parseli bwyd brys a roddwyd yng Nghaerdydd", "# Y parseli bwyd brys a "
                                 "roddwyd yn Caerdydd").replace("Mae’r parseli", "Gwelwyd yng Nghaerdydd fod y "
                                                                "parseli", 1), encoding="utf-8")
    findings = check_files(campaign, [path]).findings
    assert [(f.kind, f.found, f.expected, f.message) for f in findings] == [
        ("style", "yn Caerdydd", "yng Nghaerdydd", "'yn Caerdydd' where Welsh writes 'yng Nghaerdydd' (the place's "
         "name mutates there)")]


def test_check_leaves_alone_an_unmutated_place_drafter_printed_from_areas_csv(tmp_path: Path) -> None:
    campaign = welsh_first(tmp_path)  # the press officer chose "yn Caerdydd": drafter prints it, and check agrees
    areas = campaign / "areas.csv"
    areas.write_text(areas.read_text(encoding="utf-8").replace("yng Nghaerdydd", "yn Caerdydd"), encoding="utf-8")
    api.draft(campaign, tmp_path / "out", areas=["Cardiff"], formats=["md"])
    path = tmp_path / "out" / "cardiff.cy.md"
    assert "yn Caerdydd" in path.read_text(encoding="utf-8")
    assert check_files(campaign, [path]).findings == ()


def test_dates_typed_in_welsh_are_read(tmp_path: Path) -> None:
    campaign = welsh_first(tmp_path)
    yaml = campaign / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("release_date: 2024-10-15", "release_date: Dydd Mawrth "
                                                             "15 Hydref 2024").replace(
        "embargo: 2024-10-15 00:01", "embargo: 00:01 ddydd Mawrth 15 Hydref 2024").replace(
        "start: 2023-04-01", "start: 1 Ebrill 2023"), encoding="utf-8")
    text, _ = api.preview(campaign, "Cardiff")
    assert text.startswith("EMBARGO TAN 00:01 BST DDYDD MAWRTH 15 HYDREF 2024\n")
    assert "\nCaerdydd, 15 Hydref 2024\n" in text and "rhwng Ebrill a Medi 2023" in text


def test_a_welsh_first_campaign_is_told_of_a_story_sentence_without_its_welsh(tmp_path: Path) -> None:
    from drafter.batch import prepare_languages

    campaign = welsh_first(tmp_path)
    yaml = campaign / "campaign.yaml"
    yaml.write_text("\n".join(line for line in yaml.read_text(encoding="utf-8").splitlines()
                              if not line.startswith("  fall_cy:")) + "\n", encoding="utf-8")
    welsh = prepare_languages(campaign)[0]
    assert welsh.style.name == "cy_GB"
    assert [w.message for w in welsh.warnings if w.code == "text_untranslated"] == [
        "releases in Welsh leave out what campaign.yaml gives in English only (story.fall): add story.fall_cy, the "
        "same text in Welsh"]


def test_a_message_names_a_period_of_a_welsh_campaign_in_english(tmp_path: Path) -> None:
    """drafter's messages are in English: a period is named by its id and its words as en_GB writes them, never
    "Ebrill i Fedi 2023" inside an English sentence."""
    campaign = welsh_first(tmp_path)
    figures = campaign / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace("Powys,parcels,12,31\n", ""),
                       encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == ("figures.csv: no figure for area 'Powys', measure 'parcels', period 'last_year' "
                                  "(April to September 2023) (expected one row per area, measure and period)")
