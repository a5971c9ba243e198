"""A US campaign's areas.csv with FIPS codes: figures matched by them in each form a download writes them, and two
counties of one name (there are 18 Clay Counties) told apart by their states."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.areas import load_areas
from tests.conftest import edit
from tests.helpers import campaign_with, financial_years

# As a press officer writes it, some codes as Excel saved them: Alabama's 01 as 1, Autauga County's 01001 as 1001.
AREAS = """\
area,parent,in_text,code
Alabama,,Alabama,1
Autauga County,Alabama,,1001
Missouri,,Missouri,29
Clay County,Missouri,,29-047
Jackson County,Missouri,,29095
Kansas,,Kansas,20
Clay County,KANSAS,,20027
"""
# A county download: the state and county apart, the FIPS code with its leading zero lost, and a column of counts
# whose figures are other counties' codes, never read as codes.
DOWNLOAD = """\
State,County,County FIPS,Population,2022-23,2023-24
Alabama,Autauga County,1001,20027,5,6
Missouri,Clay County,29047,1001,10,20
Missouri,Jackson County,29095,20,30,40
Kansas,Clay County,20027,29047,7,8
"""
FIGURES = """
figures:
  last_year:
    file: counties.csv
    area: County
    value: 2022-23
  this_year:
    file: counties.csv
    area: County
    value: 2023-24
"""


def us_campaign(tmp_path: Path, download: str = DOWNLOAD) -> Path:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(AREAS, encoding="utf-8")
    (campaign / "counties.csv").write_text(download, encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\n" + FIGURES)
    financial_years(campaign)
    return campaign


def this_year(campaign: Path) -> dict[str, object]:
    return {area: value.amount for (area, _, period), value in load_campaign(campaign).figures.items()
            if period == "this_year"}


def test_two_counties_of_one_name_are_told_apart_by_their_states_and_matched_by_fips_code(tmp_path: Path) -> None:
    campaign = us_campaign(tmp_path)
    loaded = load_campaign(campaign)
    assert [(a.name, a.slug, a.parent, a.in_text, dict(a.extra)["code"]) for a in loaded.areas] == [
        ("Alabama", "alabama", None, "Alabama", "01"),
        ("Autauga County", "autauga-county", "Alabama", "Autauga County", "01001"),
        ("Missouri", "missouri", None, "Missouri", "29"),
        ("Clay County, Missouri", "clay-county-missouri", "Missouri", "Clay County", "29047"),
        ("Jackson County", "jackson-county", "Missouri", "Jackson County", "29095"),
        ("Kansas", "kansas", None, "Kansas", "20"),
        ("Clay County, Kansas", "clay-county-kansas", "Kansas", "Clay County", "20027")]
    assert this_year(campaign) == {"Autauga County": 6, "Clay County, Missouri": 20, "Jackson County": 40,
                                   "Clay County, Kansas": 8, "Alabama": 6, "Missouri": 60, "Kansas": 8}
    result = api.draft(campaign, tmp_path / "out", formats=["md"], areas=["Clay County, Missouri"])
    assert [f for f in result.report.written if f.endswith(".md")] == ["clay-county-missouri.md"]
    release = (tmp_path / "out" / "clay-county-missouri.md").read_text(encoding="utf-8")
    assert "# Emergency food parcels given out in Clay County rise from 10 to 20\n" in release


@pytest.mark.parametrize(("heading", "cells"), [
    ("fips", ("01001", "29047", "29095", "20027")),  # as the Census Bureau writes them, in the column area: names
    ("GEO_ID", ("0500000US01001", "0500000US29047", "0500000US29095", "0500000US20027")),
    ("FIPS Code", ("01-001", "29-047", "29-095", "20-027"))])
def test_a_column_of_fips_codes_is_read_in_each_form_a_download_writes_them(
        tmp_path: Path, heading: str, cells: tuple[str, ...]) -> None:
    rows = DOWNLOAD.splitlines()
    download = "\n".join([rows[0].replace("County FIPS", heading)] + [
        row.replace(row.split(",")[2], code, 1) for row, code in zip(rows[1:], cells, strict=True)]) + "\n"
    campaign = us_campaign(tmp_path, download)
    if heading == "fips":
        edit(campaign / "campaign.yaml", "area: County", "area: fips")
    assert this_year(campaign)["Clay County, Kansas"] == 8


def test_a_column_of_counts_is_never_read_as_codes_and_a_name_two_counties_share_is_refused(tmp_path: Path) -> None:
    campaign = us_campaign(tmp_path, "\n".join(",".join(r.split(",")[:2] + r.split(",")[3:])
                                               for r in DOWNLOAD.splitlines()) + "\n")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == (
        "counties.csv:3: County: \"Clay County\" could name 'Clay County, Missouri' (areas.csv row 5) and 'Clay "
        "County, Kansas' (areas.csv row 8) (expected a name only one area answers to: 'Clay County, Missouri' or "
        "'Clay County, Kansas' (areas.csv gives them one name, told apart by their parents or codes), or give "
        "areas.csv a code column with the codes the file uses)")
    for state, county in (("Alabama", "Autauga County"), ("Missouri", "Clay County"), ("Missouri", "Jackson County"),
                          ("Kansas", "Clay County")):  # as the Census Bureau's NAME column writes each county
        edit(campaign / "counties.csv", f"{state},{county},", f'{state},"{county}, {state}",')
    assert this_year(campaign) == {"Autauga County": 6, "Clay County, Missouri": 20, "Jackson County": 40,
                                   "Clay County, Kansas": 8, "Alabama": 6, "Missouri": 60, "Kansas": 8}


@pytest.mark.parametrize(("typed", "code", "out"), [
    ("Clay County, Missouri", 0, "Emergency food parcels given out in Clay County have risen from 10 parcels"),
    ("clay-county-kansas", 0, "Emergency food parcels given out in Clay County have risen from seven parcels"),
    ("29047", 0, "Emergency food parcels given out in Clay County have risen from 10 parcels"),
    ("Clay County", 2,
     "error: --area: \"Clay County\" could name 'Clay County, Missouri' (areas.csv row 5) and 'Clay County, Kansas' "
     "(areas.csv row 8) (expected a name only one area answers to: 'Clay County, Missouri' or 'Clay County, "
     "Kansas', as drafter names areas that areas.csv gives one name)\n")])
def test_area_names_a_county_with_its_state_its_file_name_or_its_code(
        tmp_path: Path, typed: str, code: int, out: str) -> None:
    result = CliRunner().invoke(app, ["preview", str(us_campaign(tmp_path)), "--area", typed])
    assert result.exit_code == code
    assert out in result.stdout if code == 0 else result.stderr == out


def test_two_places_of_one_name_and_one_parent_are_told_apart_by_their_codes(tmp_path: Path) -> None:
    (tmp_path / "areas.csv").write_text("area,parent,code\nMidwest,,\nClay County,Midwest,29047\n"
                                        "Clay County,Midwest,20027\n", encoding="utf-8")
    areas, _ = load_areas(tmp_path / "areas.csv", "areas.csv")
    assert [(a.name, a.slug) for a in areas if a.in_text == "Clay County"] == [
        ("Clay County (29047)", "clay-county-29047"), ("Clay County (20027)", "clay-county-20027")]


def test_a_code_excel_saved_without_its_leading_zero_is_the_same_code(tmp_path: Path) -> None:
    campaign = us_campaign(tmp_path)
    edit(campaign / "areas.csv", "Jackson County,Missouri,,29095", "Jackson County,Alabama,,01001")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == (
        'areas.csv:6: code: "01001" is also the code of Autauga County (row 3) (expected each area\'s own code)')


def test_a_county_whose_code_is_another_states_is_refused(tmp_path: Path) -> None:
    areas = AREAS.replace("Jackson County,Missouri,,29095", "Jackson County,Missouri,,20095")
    (tmp_path / "areas.csv").write_text(areas, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_areas(tmp_path / "areas.csv", "areas.csv")
    assert str(refused.value) == (
        'areas.csv:6: code: "20095" is a county in the state whose code is 20, but its parent Missouri\'s code is 29 '
        "(expected Jackson County's own code, which starts with its state's, 29: copy it again from the download)")


def test_campaign_yaml_names_a_county_with_its_state_in_quotes(tmp_path: Path) -> None:
    campaign = us_campaign(tmp_path)
    edit(campaign / "campaign.yaml", "\nareas: all\n", '\nareas: [Missouri only, "Clay County, Kansas"]\n')
    assert load_campaign(campaign).draft_areas == ("Missouri", "Clay County, Kansas")
    edit(campaign / "campaign.yaml", '"Clay County, Kansas"', "Clay County, Kansas")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == (
        "campaign.yaml:50: areas[1]: \"Clay County\" could name 'Clay County, Missouri' (areas.csv row 5) and 'Clay "
        "County, Kansas' (areas.csv row 8) (expected a name only one area answers to: 'Clay County, Missouri' or "
        "'Clay County, Kansas' (areas.csv gives them one name, told apart by their parents or codes), or give "
        "areas.csv a code column with the codes the file uses; a name with a comma in it goes in quotes, or YAML "
        'reads it as two: ["Clay County, Kansas"])')
