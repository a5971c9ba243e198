"""campaign.yaml as a press officer edits it: dates written in words, an embargo at "12:01am", yes for true, a
tab, a slip of the keyboard in a key. Each is read as meant, or refused in one line naming the line, the key,
the value and what to write instead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.load import load_campaign
from drafter.reports.warnings import campaign_warnings
from drafter.shipped import shipped_root
from drafter.style.house import PRESETS
from tests.conftest import edit

runner = CliRunner()


def preview(campaign: Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["preview", str(campaign), "--area", "Powys"])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("release_date", "embargo", "dateline", "embargo_line"), [
    ("1 December 2026", "1 December 2026 00:01", "Cardiff, 1 December 2026",
     "EMBARGOED UNTIL 00:01 GMT TUESDAY 1 DECEMBER 2026"),
    ("Tuesday, 1st Dec 2026", "Tuesday 1 December 2026 at 12:01am", "Cardiff, 1 December 2026",
     "EMBARGOED UNTIL 00:01 GMT TUESDAY 1 DECEMBER 2026"),
    ("December 1, 2026", "2026-11-30 5:30pm", "Cardiff, 1 December 2026",
     "EMBARGOED UNTIL 17:30 GMT MONDAY 30 NOVEMBER 2026"),
    ("1st December 2026", "00:01 on 1 December 2026", "Cardiff, 1 December 2026",
     "EMBARGOED UNTIL 00:01 GMT TUESDAY 1 DECEMBER 2026"),
    ("1 December 2026", "1 December 2026 at 10am", "Cardiff, 1 December 2026",
     "EMBARGOED UNTIL 10:00 GMT TUESDAY 1 DECEMBER 2026"),
])
def test_dates_written_in_words_are_read_as_meant(food: Path, release_date: str, embargo: str, dateline: str,
                                                  embargo_line: str) -> None:
    edit(food / "campaign.yaml", "release_date: 2024-10-15", f"release_date: {release_date}")
    edit(food / "campaign.yaml", "embargo: 2024-10-15 00:01", f"embargo: {embargo}")
    code, out, err = preview(food)
    assert code == 0, err
    assert out.splitlines()[0] == embargo_line
    assert dateline in out.splitlines()


def test_dates_that_contradict_each_other_are_warned_about(food: Path) -> None:
    """Figures to 30 September 2024 in a release dated 1 September 2024, embargoed to the next day, went out with
    no word."""
    edit(food / "campaign.yaml", "release_date: 2024-10-15", "release_date: 1st September 2024")
    edit(food / "campaign.yaml", "embargo: 2024-10-15 00:01", "embargo: 2 September 2024 00:01")
    code, _, err = preview(food)
    assert code == 0 and err.splitlines()[:2] == [
        "warning: campaign.yaml:11: release_date: 1 September 2024 is before period 'this_year' (April to September "
        "2024) ends on 30 September 2024: the releases would publish figures for days still to come; check the dates",
        "warning: campaign.yaml:12: embargo: the embargo lifts on 2 September 2024, not on the release date the "
        "dateline gives (1 September 2024)"]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("release_date: 2024-10-15", "release_date: 01/12/2026",
     'campaign.yaml:11: release_date: "01/12/2026" is written with slashes, which read as different dates in '
     "Britain and America (expected a date such as 2018-09-04 or 4 September 2018)"),
    ("release_date: 2024-10-15", "release_date: Monday 1 December 2026",
     'campaign.yaml:11: release_date: "Monday 1 December 2026" names the wrong day of the week: 1 December 2026 '
     "is a Tuesday (expected a date such as 2018-09-04 or 4 September 2018)"),
    ("release_date: 2024-10-15", "release_date: 31 November 2026",
     'campaign.yaml:11: release_date: "31 November 2026" is not a day of November 2026 (expected a date such as '
     "2018-09-04 or 4 September 2018)"),
    ("embargo: 2024-10-15 00:01", "embargo: 15 October 2024 0:01pm",
     'campaign.yaml:12: embargo: "15 October 2024 0:01pm" has the hour 0 with pm (expected a local date and time '
     "such as 2018-09-04 00:01 or 4 September 2018 00:01)"),
    ("    unit: parcels ", "\tunit: parcels ",
     "campaign.yaml:21: has a tab at column 1 (expected spaces: YAML takes spaces, never tabs, before and after "
     "its keys; replace the tab with spaces, as many as the lines around it have)"),
    ("dateline: Cardiff ", 'figures: "C:\\Users\\me\\figures.csv"\ndateline: Cardiff ',
     "campaign.yaml:14: has a backslash inside double quotes, which YAML reads as the start of a special "
     "character (expected a Windows path in single quotes ('data\\figures.csv') or written with / "
     "(data/figures.csv); in other text, a backslash written twice (\\\\))"),
    ("dateline: Cardiff ", 'figures: "data\\figures.csv"\ndateline: Cardiff ',
     "campaign.yaml:14: figures: contains the control character U+000C at position 5 (expected printable text; a "
     "backslash inside double quotes makes one: write a Windows path in single quotes ('data\\figures.csv') or "
     "with / (data/figures.csv))"),
    ("    unit_one: parcel ", "    unit_one: “parcel” ",
     "campaign.yaml:22: measures.parcels.unit_one: “parcel” is inside curly quotation marks, as Word pastes them, "
     "which YAML keeps as part of the value (expected the value without them (parcel), or, to print them, the "
     "whole value in straight single quotes ('“parcel”'))"),
    ("areas: all", "areas: [Cardiff, Ynys Mon, Swanzea]",
     'campaign.yaml:51: areas[2]: "Swanzea" is not an area in areas.csv (expected an area\'s name or code from '
     "areas.csv (meaning it and every area in it), the name followed by only (its own release only), or all; did "
     "you mean 'Swansea'?)"),
    ("  rise: The network says", "  rise: Source: the network says",
     "campaign.yaml:32: has a second colon and space inside the value of rise ('Source: the network says more of the "
     "…') (expected the whole value in quotes (rise: 'Source: the network says more of the …'), or no space after "
     "the colon inside it)"),
    ("    unit_one: parcel ", "   unit_one: parcel ",
     "campaign.yaml:22: is indented differently from the lines above it (expected each key lined up under the "
     "others in its group, with the same number of spaces as the line above it (or, for a key of a new group, two "
     "more than its heading))"),
    ("  rise: The network says", "  rise: We're the #1 network and it says",
     "campaign.yaml:32: has a # inside the value of rise (We're the #1 network and it says more …): YAML reads it "
     "as the start of a note and leaves out the rest of the line (expected the whole value in quotes (rise: "
     "\"We're the #1 network and it says more …\"), or a space after the # if it starts a note (# like this))"),
    ("dateline: Cardiff ", "chart:\n  colours: [#1F4E79, #A6A6A6]   # the latest first\ndateline: Cardiff ",
     "campaign.yaml:15: has a # inside the value of colours ([#1F4E79, #A6A6A6]): YAML reads it as the start of a "
     'note and leaves out the rest of the line (expected each item that starts with # in quotes (colours: '
     '["#1F4E79", "#A6A6A6"]))'),
    ("  rise: ", "  rse: ",
     "campaign.yaml:32: story.rse: is not a known key (did you mean 'rise'?)"),
    ("dateline: Cardiff ", "lable: NEWS RELEASE\ndateline: Cardiff ",
     "campaign.yaml:14: lable: is not a known key (did you mean 'label' or 'table'?)"),
    ("organisation: The", "organisaton: The",
     "campaign.yaml:7: organisaton: is not a known key (did you mean 'organisation'?)"),
    ("    plural: true ", "    plural: maybe ",
     'campaign.yaml:24: measures.parcels.plural: "maybe" is not true or false (expected true ("calls … rise") or '
     'false ("demand … rises"))'),
])
def test_a_slip_in_campaign_yaml_is_one_line_saying_what_to_write(food: Path, old: str, new: str, message: str
                                                                  ) -> None:
    edit(food / "campaign.yaml", old, new)
    code, out, err = preview(food)
    assert (code, out, err) == (1, "", f"error: {message}\n")


@pytest.mark.parametrize("written", ["yes", "Yes", "'true'", "TRUE"])
def test_true_may_be_written_as_a_person_writes_it(food: Path, written: str) -> None:
    edit(food / "campaign.yaml", "    plural: true ", f"    plural: {written} ")
    code, out, err = preview(food)
    assert code == 0, err
    assert "# Emergency food parcels given out in Powys rise from 12 to 31" in out.splitlines()


def one_area_region(campaign: Path) -> None:
    """Powys moved into a region of its own, Mid Wales, inside Wales."""
    edit(campaign / "areas.csv", "Powys,Wales,", "Powys,Mid Wales,")
    edit(campaign / "areas.csv", "Ynys Môn,Wales", "Mid Wales,Wales,Mid Wales,Canolbarth Cymru,yng Nghanolbarth Cymru\n"
         "Ynys Môn,Wales")


@pytest.mark.parametrize("template", ["league-table", "per-head"])
def test_the_only_area_of_a_region_is_not_ranked_first_in_it(tmp_path: Path, template: str) -> None:
    campaign = tmp_path / template
    shutil.copytree(shipped_root() / template / "example", campaign)
    one_area_region(campaign)
    edit(campaign / "campaign.yaml", "# languages:", "languages:")
    result = runner.invoke(app, ["draft", str(campaign), "--out", str(tmp_path / "out"), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    for language in ("en", "cy"):
        release = (tmp_path / "out" / f"powys.{language}.md").read_text(encoding="utf-8")
        assert "Mid Wales" not in release and "Canolbarth" not in release
    english = (tmp_path / "out" / "powys.en.md").read_text(encoding="utf-8")
    assert not {"highest", "lowest", "largest", "most", "fewest"} & set(english.replace(".", " ").split())


def test_a_template_that_ranks_the_only_area_of_a_region_is_told_to_ask_ranked(tmp_path: Path) -> None:
    campaign = tmp_path / "per-head"
    shutil.copytree(shipped_root() / "per-head" / "example", campaign)
    one_area_region(campaign)
    (campaign / "mine.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}{{ area.name }}{% endblock %}\n'
        '{% block body %}{% if area.parent %}Rank: {{ rank("points", by="rate") }}.{% endif %}{% endblock %}\n',
        encoding="utf-8")
    edit(campaign / "campaign.yaml", "template: per-head", "template: mine.md.j2")
    result = runner.invoke(app, ["preview", str(campaign), "--area", "Powys"])
    assert (result.exit_code, result.stderr) == (1, (
        "error: mine.md.j2:3: template: area 'Powys': asks for the rank of Powys among the areas of Mid Wales, but "
        "it is the only one with a figure to rank by rate (expected {% if ranked('points', by='rate') %} around "
        "it: first of one is no rank)\n"))


def test_a_measure_without_a_unit_is_counted_as_people_and_a_draft_says_so(food: Path, tmp_path: Path) -> None:
    """The docs have always said a unit left out is people: a campaign written to them still drafts, and the
    draft warns, so that library loans are not printed as people without a word."""
    edit(food / "campaign.yaml", "    unit: parcels ", "    # unit: parcels ")
    result = runner.invoke(app, ["preview", str(food), "--area", "Cardiff"])
    assert result.exit_code == 0 and "from 4,120 people between" in result.stdout  # as the docs promised
    result = runner.invoke(app, ["draft", str(food), "--out", str(tmp_path / "out"), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert ("warning: measure 'parcels' has no unit in campaign.yaml, so its figures are counted as people "
            '("1,200 people"); add unit: to say what is counted (unit: loans)\n') in result.stderr


def test_a_population_goes_without_a_unit(tmp_path: Path) -> None:
    campaign = tmp_path / "per-head"
    shutil.copytree(shipped_root() / "per-head" / "example", campaign)
    edit(campaign / "campaign.yaml", "    unit: people\n", "")
    code, out, err = preview(campaign)
    assert code == 0, err
    assert "per 100,000 people" in out


def test_a_period_named_by_its_year_is_told_to_start_with_a_letter(food: Path) -> None:
    edit(food / "campaign.yaml", "  last_year:", "  2023:")
    code, out, err = preview(food)
    assert (code, out, err) == (1, "", (
        'error: campaign.yaml:43: periods: "2023" is not a usable period id (expected lower-case letters, digits and '
        "underscores, starting with a letter: y2023, last_year)\n"))


def test_a_required_key_left_out_says_what_it_holds(food: Path) -> None:
    edit(food / "campaign.yaml", "\nabout: >-", "\nabuot: >-")
    code, out, err = preview(food)
    assert (code, out, err) == (1, "", "error: campaign.yaml:60: abuot: is not a known key (did you mean "
                                       "'about'?)\n")
    edit(food / "campaign.yaml", "\nabuot: >-", "\nour_story: >-")
    code, out, err = preview(food)
    assert (code, out, err) == (1, "", "error: campaign.yaml: about: is missing (expected the paragraph about your "
                                       "organisation that ends each release)\n")


@pytest.mark.parametrize(("template", "old", "new", "line"), [
    ("per-head", 'Powys,population,"133,000"', "Powys,population,[x]",
     "In October 2024, Wales had 378 public charging points."),
    ("league-table", 'Powys,population,,"133,000"', "Powys,population,,[x]",
     "Between April 2023 and March 2024, Wales recorded 15,696 fly-tipping incidents."),
])
def test_a_population_not_available_gives_no_rate_and_stops_nothing(tmp_path: Path, template: str, old: str,
                                                                   new: str, line: str) -> None:
    campaign = tmp_path / template
    shutil.copytree(shipped_root() / template / "example", campaign)
    edit(campaign / "figures.csv", old, new)
    edit(campaign / "campaign.yaml", "# languages:", "languages:")
    result = runner.invoke(app, ["draft", str(campaign), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert line in (tmp_path / "out" / "wales.en.md").read_text(encoding="utf-8").splitlines()
    for name in ("wales.en.md", "wales.cy.md", "powys.en.md", "powys.cy.md"):
        release = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert not [row for row in release.splitlines() if "Powys" in row and ("per 1" in row or "fesul" in row)]


def test_a_campaign_yaml_saved_by_notepad_in_windows_encoding_says_how_to_save_it(food: Path) -> None:
    text = (food / "campaign.yaml").read_text(encoding="utf-8").replace("’", "'")
    (food / "campaign.yaml").write_bytes(text.replace("title: Emergency", "title: Ynys Môn emergency")
                                         .encode("cp1252", errors="replace"))
    code, out, err = preview(food)
    assert (code, out, err) == (1, "", (
        "error: campaign.yaml:6: is saved as ANSI (Windows-1252), not UTF-8: character 14 is 'ô' as ANSI writes it "
        "(expected the file saved as UTF-8, in Notepad: File > Save As, Encoding (beside the Save button): UTF-8, "
        "Save, Yes to replace it; ANSI has no ŵ or ŷ, so save from the window you typed them in, or type again each "
        "one Notepad saved as ?, w or y)\n"))


def test_a_letter_notepad_made_a_question_mark_is_warned_of_in_either_file(food: Path) -> None:
    (food / "quotes.yaml").write_text((food / "quotes.yaml").read_text(encoding="utf-8") + "# Yngl?n\n",
                                      encoding="utf-8")
    edit(food / "campaign.yaml", "title: ", "title: D?r ")
    last = len((food / "quotes.yaml").read_text(encoding="utf-8").splitlines())
    assert [w.message.split(" has ")[0] for w in load_campaign(food).notices if w.code == "yaml_lost_letter"] == [
        "campaign.yaml: 'D?r' (line 6)", f"quotes.yaml: 'Yngl?n' (line {last})"]


def test_a_rate_without_a_unit_is_a_percentage_and_a_draft_says_so(tmp_path: Path) -> None:
    campaign = tmp_path / "buses"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "    unit: per cent ", "    # unit: per cent ")
    loaded = load_campaign(campaign)
    assert loaded.measure("electric").unit == "per cent"
    assert [w.message for w in campaign_warnings(loaded, PRESETS["en_GB"]) if w.code == "unit_missing"] == [
        "measure 'electric' has no unit in campaign.yaml, so its figures are percentages (\"18.0 per cent\"), "
        "changing in percentage points; add unit: to say what it is a rate of (unit: offences per 100,000 people)"]
