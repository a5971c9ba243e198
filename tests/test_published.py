"""Figures as statisticians publish them: one file per period, areas by code, rows that are not areas, ONS
suppression markers, totals that miss their areas' sum by a little, and measures given for some areas only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.render.views import value_formula
from drafter.shipped import shipped_root
from tests.conftest import edit
from tests.helpers import checked_sentences

runner = CliRunner()

AREAS = """\
area,parent,in_text,code
North East,,the north east,E12000001
Durham,North East,County Durham,E06000047
Gateshead,North East,Gateshead,E08000037
Newcastle,North East,Newcastle,E08000021
Sunderland,North East,Sunderland,E08000024
Northumberland,North East,Northumberland,E06000057
"""
LAST_YEAR = """\
Area code,Area name,Incidents,Population
K04000001,England and Wales,"563,210","60,000,000"
E92000001,England,"520,340","57,000,000"
E12000001,North East,"25,412","1,633,000"
E06000047,County Durham,"6,120","530,000"
E08000037,Gateshead,"3,210","197,000"
e08000021,Newcastle upon Tyne,"6,870","307,000"
E08000024,Sunderland,"5,160","277,000"
E06000057,Northumberland,"4,050","322,000"
E10000009,Some County,"1,000",
Source: Home Office fire statistics,,,
"""
THIS_YEAR = """\
Area code,Area name,Incidents
K04000001,England and Wales,"570,100"
E12000001,North East,"26,050"
E06000047,County Durham,"6,540"
E08000037,Gateshead,..
E08000021,Newcastle upon Tyne,"7,020"
E08000024,Sunderland,[c]
E06000057,Northumberland,"4,050"
Note: figures for 2023-24 are provisional,,
"""
FIGURES = """\
figures:
  last_year:
    file: incidents-2022-23.csv
    area: Area code
    values:
      parcels: Incidents
      population: Population
  this_year:
    file: incidents-2023-24.csv
    area: Area code
    value: Incidents
sum_tolerance: 5
"""


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """count-change's example, its figures replaced by two files as a statistics office publishes them."""
    campaign = tmp_path / "campaign"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    (campaign / "quotes.yaml").unlink()
    (campaign / "figures.csv").unlink()
    (campaign / "areas.csv").write_text(AREAS, encoding="utf-8")
    (campaign / "incidents-2022-23.csv").write_text(LAST_YEAR, encoding="utf-8")
    (campaign / "incidents-2023-24.csv").write_text(THIS_YEAR, encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\n" + FIGURES)
    edit(campaign / "campaign.yaml", "    subject_cy: y parseli bwyd brys a roddwyd {yn_cy}", "")  # no yn_cy column
    edit(campaign / "campaign.yaml", "    kind: count\n", "    kind: count\n  population:\n    label: residents\n"
         "    unit: people\n    required: false          # given for last year only\n")
    return campaign


def test_two_published_files_draft_with_one_warning_per_kind_of_thing_left_out(published: Path,
                                                                              tmp_path: Path) -> None:
    result = runner.invoke(app, ["draft", str(published), "--out", str(tmp_path / "out"), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        "warning: 4 rows of the figures were left out, naming no area in areas.csv: 'England and Wales "
        "(K04000001)' (incidents-2022-23.csv row 2), 'England (E92000001)' (incidents-2022-23.csv row 3), "
        "'Some County (E10000009)' (incidents-2022-23.csv row 10), 'England and Wales (K04000001)' "
        "(incidents-2023-24.csv row 2)",
        "warning: 2 notes among the figures were left out, as text, not figures: 'Source: Home Office fire "
        "statistics' (incidents-2022-23.csv row 11), 'Note: figures for 2023-24 are provisional' "
        "(incidents-2023-24.csv row 9)",
        "warning: 2 figures are marked as not available and are worded as such: Gateshead's emergency food parcels "
        "given out in period 'this_year' (April to September 2024): '..', incidents-2023-24.csv row 5; Sunderland's "
        "emergency food parcels given out in period 'this_year' (April to September 2024): '[c]', "
        "incidents-2023-24.csv row 7",
        "warning: 1 parent figure differs from the sum of its areas by no more than sum_tolerance (5); the given total "
        "is printed: North East's parcels in period 'last_year' (April to September 2023): 25,412 given, 25,410 summed",
        "warning: no release prints measure 'population' (residents): the template 'count-change' does not give it "
        "(several-measures gives several; or take it out of campaign.yaml)",  # read for no rate: said so
    ]
    out = tmp_path / "out"
    sunderland = (out / "sunderland.md").read_text(encoding="utf-8")
    assert "# Emergency food parcels given out in Sunderland: figures not available for April to September 2024\n" \
        in sunderland
    assert "Figures for Sunderland are not available for April to September 2024, so there is no comparison " \
           "to give." in sunderland
    region = (out / "north-east.md").read_text(encoding="utf-8")
    assert ("- Gateshead: 3,210 between April and September 2023 (not available between April and September "
            "2024)\n") in region and "- Sunderland: 5,160 between April and September 2023 (not" in region
    assert "- County Durham" not in region and "- Durham: from 6,120 to 6,540, a rise of 6.9 per cent\n" in region
    assert "have risen by 2.5 per cent, from 25,412 parcels" in region  # the published total, as given
    durham = (out / "durham.md").read_text(encoding="utf-8")
    assert "Emergency food parcels given out in County Durham have risen by 6.9 per cent" in durham


def test_areas_are_matched_by_code_whatever_its_case_or_by_name(published: Path) -> None:
    campaign = load_campaign(published)
    assert campaign.figures[("Newcastle", "parcels", "last_year")].amount == 6870  # "e08000021" in the file
    assert campaign.figures[("Durham", "population", "last_year")].amount == 530_000
    assert ("Durham", "population", "this_year") not in campaign.figures  # not required: not given that year
    assert campaign.unavailable[("Sunderland", "parcels", "this_year")].marker == "[c]"


def test_fact_sheets_and_errors_name_a_column_as_the_files_header_spells_it(published: Path) -> None:
    edit(published / "incidents-2022-23.csv", "Area code,Area name,Incidents,", "Area code,Area name,Total incidents "
         "2022-23 [note 3],")
    edit(published / "campaign.yaml", "      parcels: Incidents", "      parcels: total incidents 2022-23")
    source = load_campaign(published).figures[("Durham", "parcels", "last_year")].sources[0]
    assert source.cell() == "incidents-2022-23.csv, row 5, column Total incidents 2022-23 [note 3]"
    edit(published / "incidents-2022-23.csv", '"6,120"', "6.120.0")
    with pytest.raises(InputError) as raised:
        load_campaign(published)
    assert str(raised.value) == 'incidents-2022-23.csv:5: Total incidents 2022-23 [note 3]: "6.120.0" is not a ' \
        "number (expected a whole number of 0 or more, such as 1,747, or a marker such as [x] where the figure is " \
        "not available)"


def test_a_column_the_file_does_not_have_is_named(published: Path) -> None:
    edit(published / "campaign.yaml", "    value: Incidents", "    value: Incidents attended")
    result = runner.invoke(app, ["preview", str(published), "--area", "Durham"])
    assert result.exit_code == 1
    assert result.stderr == ('error: incidents-2023-24.csv:1: header: "Incidents attended" is not a column of the '
                             "file (expected one of Area code, Area name, Incidents (as figures.this_year in "
                             "campaign.yaml names it); did you mean 'Incidents'?)\n")


def test_a_period_without_a_file_is_named(published: Path) -> None:
    text = (published / "campaign.yaml").read_text(encoding="utf-8")
    start = text.index("  this_year:\n    file:")
    (published / "campaign.yaml").write_text(text[:start] + text[text.index("sum_tolerance"):], encoding="utf-8")
    result = runner.invoke(app, ["preview", str(published), "--area", "Durham"])
    assert result.exit_code == 1
    assert result.stderr.endswith("figures: names no file for period 'this_year' (April to September 2024) (expected a "
                                  "file for every period: last_year, this_year)\n")


def test_a_measure_given_for_some_areas_only_is_asked_about_with_has(published: Path) -> None:
    (published / "mine").mkdir()
    (published / "mine" / "release.md.j2").write_text(
        '{% extends "count-change/release.md.j2" %}\n{% block headline %}{% if has("population", "last_year") %}'
        '{{ per_head("parcels", "last_year") }}{% else %}no population{% endif %}{% endblock %}\n',
        encoding="utf-8")
    edit(published / "campaign.yaml", "template: count-change", "template: mine")
    edit(published / "campaign.yaml", "    kind: count\n  population:", "    kind: count\n    population: population\n"
         "    per: 1000\n  population:")
    edit(published / "incidents-2022-23.csv", '"4,050","322,000"', '"4,050",')
    release = api.preview(published, "Durham")[1]
    assert release.headline == "11.5 parcels per 1,000 people"
    assert [(f.name, f.formula) for f in release.facts if "per_" in f.name] == [
        ("parcels.last_year.per_1000", "6120 ÷ 530000 × 1000 = 11.5472… → 11.5")]
    assert api.preview(published, "Northumberland")[1].headline == "no population"


def test_asking_for_a_figure_that_is_not_available_says_why_and_what_to_do(published: Path) -> None:
    (published / "mine").mkdir()
    (published / "mine" / "release.md.j2").write_text(
        '{% extends "count-change/release.md.j2" %}\n{% block headline %}{{ count("parcels") }}{% endblock %}\n',
        encoding="utf-8")
    edit(published / "campaign.yaml", "template: count-change", "template: mine")
    result = runner.invoke(app, ["preview", str(published), "--area", "Sunderland"])
    assert result.exit_code == 1
    assert result.stderr == ("error: mine/release.md.j2:2: template: area 'Sunderland': asks for Sunderland's parcels "
                             "for period 'this_year' (April to September 2024), which is not available ('[c]' in "
                             "incidents-2023-24.csv:7) (expected {% if has('parcels') %} around it, with words for "
                             "when it is not there)\n")


def test_a_total_a_withheld_district_hides_is_warned_about_saying_why_and_what_to_do(published: Path) -> None:
    edit(published / "incidents-2023-24.csv", 'E12000001,North East,"26,050"\n', "")  # no published total
    campaign = load_campaign(published)
    assert ("North East", "parcels", "this_year") in campaign.unavailable
    assert [w.message for w in campaign.notices if w.code == "total_not_available"] == [
        "1 total cannot be worked out, as the figure of an area in it is not available, and a total without it would "
        "be wrong: North East's emergency food parcels given out in period 'this_year' (April to September 2024) (it "
        "is the sum of its areas, and Gateshead's and Sunderland's are not available). Those releases say the figures "
        "are not available, and ranks among those areas that the hidden figure could change are left out; where the "
        "publisher gives the total itself, add it to the figures as that area's own row"]


def test_a_publishers_total_row_left_out_says_to_name_it_as_the_area_it_is_the_total_of(published: Path) -> None:
    """A council's download ends with a 'Total' row: it names no area, so it is left out, and the one area at the
    top of areas.csv is told as the area it may be the total of, with what to write in its cell."""
    edit(published / "incidents-2023-24.csv", 'E12000001,North East,"26,050"', ',Total,"26,050"')
    campaign = load_campaign(published)
    assert ("North East", "parcels", "this_year") in campaign.unavailable
    assert [w.message for w in campaign.notices if w.code == "total_row_left_out"] == [
        "'Total' (incidents-2023-24.csv row 3) was left out: if it is North East's total, write North East in its "
        "area cell (and its code, E12000001, in the file's column of codes), and its figures are used as given "
        "(else North East's figures are the sum of its areas', and not available where one of theirs is not)"]
    edit(published / "incidents-2023-24.csv", ',Total,"26,050"', 'E12000001,North East,"26,050"')  # as it says
    assert ("North East", "parcels", "this_year") in load_campaign(published).figures


def test_check_says_why_a_district_has_no_rank_where_another_districts_figure_is_withheld(published: Path,
                                                                                           tmp_path: Path) -> None:
    edit(published / "incidents-2022-23.csv", 'Sunderland,"5,160"', "Sunderland,[c]")  # withheld in both years
    edit(published / "campaign.yaml", "      population: Population\n", "")  # parcels is the only measure ranked
    edit(published / "campaign.yaml", "  population:\n    label: residents\n    unit: people\n", "  other:\n"
         "    label: residents\n    unit: people\n")
    sentence = "County Durham had the second highest number of parcels in the north east."
    found = checked_sentences({(published, "Durham", "en_GB"): [sentence]}, tmp_path, lambda name: tmp_path / name,
                              example=tmp_path / "not the shipped example")
    assert found[sentence] == [
        "'second' in new text matches no rank of Durham: an area is ranked among its parent's areas only when "
        "areas.csv lists them all and each figure is known (one not available, such as [c], could lie above or below "
        "it); take the rank out, or check it by hand against the publisher's own ranking"]



def test_a_rank_said_of_a_year_a_hidden_figure_leaves_unknown_is_no_rank_not_another_years(published: Path,
                                                                                            tmp_path: Path) -> None:
    """Durham was second in 2023; in 2024 Gateshead's and Sunderland's counts are withheld, so its rank then cannot
    be known: said of 2024 it is a finding, said of 2023 it is true, said of neither it is true of one."""
    sentences = [f"Between April and September {year}, County Durham had the second highest number of parcels in "
                 "the north east." for year in (2024, 2023)] + ["County Durham had the second highest number of "
                                                                "parcels in the north east."]
    found = checked_sentences({(published, "Durham", "en_GB"): sentences}, tmp_path, lambda name: tmp_path / name,
                              example=tmp_path / "not the shipped example")
    assert [len(found[s]) for s in sentences] == [1, 0, 0]
    assert found[sentences[0]][0].startswith("'second' in new text matches no rank of Durham: ")

def test_a_period_may_take_its_measures_from_several_files(published: Path) -> None:
    """The counts from one publisher, the population from another, whose names are its own ("Newcastle upon
    Tyne", in capitals) and which has no codes."""
    (published / "population-2023.csv").write_text(
        "Mid-2023 population estimates\nName,All ages\nNORTH EAST,\"1,640,000\"\nCOUNTY DURHAM,\"531,000\"\n"
        "GATESHEAD,\"198,000\"\nNEWCASTLE,\"308,000\"\nSUNDERLAND,\"278,000\"\nNORTHUMBERLAND,\"325,000\"\n",
        encoding="utf-8")
    edit(published / "campaign.yaml", "  this_year:\n    file: incidents-2023-24.csv\n    area: Area code\n"
         "    value: Incidents\n", "  this_year:\n    - file: incidents-2023-24.csv\n      area: Area code\n"
         "      value: Incidents\n    - file: population-2023.csv\n      area: Name\n      values:\n"
         "        population: All ages\n")
    campaign = load_campaign(published)
    assert campaign.figures[("Newcastle", "population", "this_year")].amount == 308000
    assert campaign.figures[("Newcastle", "parcels", "this_year")].amount == 7020


def test_a_quarter_is_the_sum_of_its_months_columns_and_not_available_where_one_month_is_not(published: Path
                                                                                              ) -> None:
    """A charity's download has a column per month, headed by its date (shown as Jul-24): a period that is a
    quarter lists its three months' columns under value:, and its figure is their sum; a month withheld ("*") makes
    the quarter not available; the fact says which cells it adds up; a rate is never added up."""
    import datetime as dt

    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["Calls answered by month"])
    sheet.append(["Region", *(dt.datetime(2024, month, 1) for month in (7, 8, 9))])
    for name, months in (("Durham", (10, 20, 30)), ("Gateshead", (5, "*", 5)), ("Newcastle", (1, 2, 3)),
                         ("Sunderland", (0, 0, 0)), ("Northumberland", (7, 7, 7))):
        sheet.append([name, *months])
    for row in sheet.iter_rows(min_row=2, max_row=2, min_col=2):
        for cell in row:
            cell.number_format = "mmm-yy"
    book.save(published / "calls.xlsx")
    edit(published / "campaign.yaml", "    file: incidents-2023-24.csv\n    area: Area code\n    value: Incidents\n",
         "    file: calls.xlsx\n    area: Region\n    value: [2024-07-01, 2024-08-01, 2024-09-01]\n")
    campaign = load_campaign(published)
    assert campaign.figures[("Durham", "parcels", "this_year")].amount == 60
    assert ("Gateshead", "parcels", "this_year") in campaign.unavailable
    release = api.preview(published, "Durham")[1]
    assert [(f.formula, f.sources[0].cell()) for f in release.facts if f.name == "parcels.this_year"] == [
        ("10 + 20 + 30 = 60", "calls.xlsx, row 3, column 2024-07-01")]
    edit(published / "campaign.yaml", "value: [2024-07-01,", "value: [Jul-24,")  # as the sheet shows it: the month
    assert load_campaign(published).figures[("Durham", "parcels", "this_year")].amount == 60
    edit(published / "campaign.yaml", "value: [Jul-24,", "value: [2024-07-01,")
    edit(published / "campaign.yaml", "    kind: count\n  population:", "    kind: rate\n  population:")
    with pytest.raises(InputError) as caught:
        load_campaign(published)
    assert caught.value.line().endswith("figures.this_year.value: lists columns to add up (expected one column for a "
                                        "rate, which cannot be added up over columns)")


def test_a_month_named_year_first_finds_its_column_in_a_csv_file_which_spells_it_as_the_sheet_showed_it(
        published: Path) -> None:
    """Excel's CSV keeps a date heading as the sheet shows it ("Jul-24"); figures-as-published.md names a month's
    column by its date written year first whatever the sheet shows, and that named nothing in a CSV file."""
    (published / "calls.csv").write_text("Region,Jul-24,Aug-24,Sep-24,Oct-24\nDurham,10,20,30,40\nGateshead,5,5,5,5\n"
                                         "Newcastle,1,2,3,4\nSunderland,0,0,0,0\nNorthumberland,7,7,7,7\n",
                                         encoding="utf-8")
    edit(published / "campaign.yaml", "    file: incidents-2023-24.csv\n    area: Area code\n    value: Incidents\n",
         "    file: calls.csv\n    area: Region\n    value: [2024-07-01, 2024-08-01, 2024-09-01]\n")
    campaign = load_campaign(published)
    assert campaign.figures[("Durham", "parcels", "this_year")].amount == 60
    assert campaign.figures[("Durham", "parcels", "this_year")].sources[0].cell() == \
        "calls.csv, row 2, column Jul-24"


def test_a_column_headed_in_thousands_is_refused_until_figures_in_says_so_and_then_multiplied(published: Path
                                                                                                ) -> None:
    """A publisher's "Population (thousands)" or "Funding (£m)" holds 530.0 for 530,000: read as it stands, the
    releases would print it a thousand times too small, so the heading is refused until the measure says
    figures_in: thousands, and then each figure is multiplied, its fact saying so."""
    edit(published / "incidents-2022-23.csv", "Area code,Area name,Incidents,Population",
         "Area code,Area name,Incidents,Population (thousands)")
    edit(published / "incidents-2022-23.csv", '"530,000"', "530.4")
    edit(published / "campaign.yaml", "      population: Population\n", "      population: Population (thousands)\n")
    with pytest.raises(InputError) as caught:
        load_campaign(published)
    assert caught.value.line() == (
        'incidents-2022-23.csv:1: header: "Population (thousands)" says its figures are in thousands, which '
        "campaign.yaml does not say of measure 'population', so 1.2 would be read as 1.2 (expected figures_in: "
        "thousands under measures: population: in campaign.yaml, so that 1.2 is read as 1,200)")
    edit(published / "campaign.yaml", "    required: false          # given for last year only\n",
         "    required: false          # given for last year only\n    figures_in: thousands\n")
    edit(published / "incidents-2022-23.csv", '"1,633,000"', '"1,633.4"')
    for thousands, figure in (('"197,000"', "197"), ('"307,000"', "307"), ('"277,000"', "277"), ('"322,000"', "322")):
        edit(published / "incidents-2022-23.csv", thousands, figure)
    campaign = load_campaign(published)
    assert campaign.figures[("Durham", "population", "last_year")].amount == 530400
    api.preview(published, "Durham")  # drafts
    assert value_formula(campaign.figures[("Durham", "population", "last_year")]) == \
        "530.4 × 1,000 = 530400 (given in thousands: figures_in)"


def test_a_figure_typed_in_full_in_a_column_given_in_thousands_is_named_with_what_it_is_read_as(published: Path
                                                                                                ) -> None:
    """Under figures_in: thousands, "307,000" typed in full among 197 and 277 would print 307,000,000: a figure at
    least half the scale times the column's middle figure is named in a warning, with how to write it; the
    region's total, a few times its areas', is not."""
    edit(published / "incidents-2022-23.csv", "Area code,Area name,Incidents,Population",
         "Area code,Area name,Incidents,Population (thousands)")
    edit(published / "campaign.yaml", "      population: Population\n", "      population: Population (thousands)\n")
    edit(published / "campaign.yaml", "    required: false          # given for last year only\n",
         "    required: false          # given for last year only\n    figures_in: thousands\n")
    for thousands, figure in (('"530,000"', "530.4"), ('"1,633,000"', '"1,633.4"'), ('"197,000"', "197"),
                              ('"277,000"', "277"), ('"322,000"', "322")):
        edit(published / "incidents-2022-23.csv", thousands, figure)
    campaign = load_campaign(published)
    assert [w.message for w in campaign.notices if w.code == "typed_in_full"] == [
        "1 figure for population is at least 500 times the column's middle figure (530.4), where figures_in: "
        "thousands multiplies each by 1,000: Newcastle '307,000' as 307,000,000 (incidents-2022-23.csv, row 7, "
        "column Population (thousands)); if it is typed in full, write it in thousands as the column's others are, "
        "such as 307 for 307,000"]
    edit(published / "incidents-2022-23.csv", '"307,000"', "307")
    assert not [w for w in load_campaign(published).notices if w.code == "typed_in_full"]


def test_a_period_lists_the_values_of_its_rows_whose_figures_are_added_up(published: Path) -> None:
    """A download of a row per area and month ("monthly figures summed into half-years") had no way to add months up:
    rows: {Month: [...]} takes each area's row of each month and adds them, as value: [...] adds up columns; an area
    without a month's row, a month no row holds and a rate are refused, a withheld month makes the sum not available."""
    months = [f"2024-0{m}" for m in (4, 5, 6)]
    lines = ["Area,Month,Parcels"] + [f"{area},{month},{n}" for area, n in (
        ("Durham", 10), ("Gateshead", 5), ("Newcastle", 1), ("Sunderland", 0), ("Northumberland", 7))
        for month in [*months, "2024-07"]]
    (published / "monthly.csv").write_text("\n".join(lines).replace("Gateshead,2024-05,5", "Gateshead,2024-05,[x]")
                                           + "\n", encoding="utf-8")
    edit(published / "campaign.yaml", "    file: incidents-2023-24.csv\n    area: Area code\n    value: Incidents\n",
         "    file: monthly.csv\n    area: Area\n    rows: {Month: [2024-04, 2024-05, 2024-06]}\n    value: Parcels\n")
    campaign = load_campaign(published)
    assert campaign.figures[("Durham", "parcels", "this_year")].amount == 30
    assert value_formula(campaign.figures[("Durham", "parcels", "this_year")]) == "10 + 10 + 10 = 30"
    assert ("Gateshead", "parcels", "this_year") in campaign.unavailable
    edit(published / "monthly.csv", "Sunderland,2024-06,0\n", "")
    with pytest.raises(InputError) as caught:
        load_campaign(published)
    assert caught.value.line() == (
        "campaign.yaml:66: figures.this_year.rows.Month: \"2024-06\" is in no row of Sunderland's in monthly.csv "
        "(expected a row for each value rows: lists, which are added up: add the row, with a marker such as [x] where "
        "its figure is not available)")
    edit(published / "campaign.yaml", "2024-06]}", "2024-09]}")
    with pytest.raises(InputError) as caught:
        load_campaign(published)
    assert caught.value.line() == (
        "campaign.yaml:66: figures.this_year.rows.Month: \"2024-09\" is in no row of monthly.csv (expected a value the "
        "column 'Month' holds: '2024-07', '2024-06', '2024-05', '2024-04')")
    edit(published / "campaign.yaml", "    kind: count\n  population:", "    kind: rate\n  population:")
    with pytest.raises(InputError) as caught:
        load_campaign(published)
    assert caught.value.line().endswith("figures.this_year.rows.Month: lists values whose rows would be added up "
                                        "(expected one value for a rate, which cannot be added up over rows)")
