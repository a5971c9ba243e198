"""Figures exactly as a press officer downloads them and saves them from Excel: a published table with its title
and source above the header and notes under it, Windows line ends and a byte-order mark, one file holding both
periods' columns, a workbook whose percentages are formatted as percentages, whose header is two rows under a
merged heading, and whose cells show fewer decimal places than they hold; the markers and Excel errors such
files hold."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.numbers import parse_figure
from drafter.model import SourceRef
from drafter.render.views import value_formula
from drafter.shipped import shipped_root
from tests.conftest import edit
from tests.helpers import AREAS, FIGURES, TABLE, campaign_with

runner = CliRunner()

@pytest.fixture
def potholes(tmp_path: Path) -> Path:
    campaign = campaign_with(tmp_path)
    (campaign / "potholes.csv").write_bytes(b"\xef\xbb\xbf" + TABLE.replace("\n", "\r\n").encode("utf-8"))
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\n" + FIGURES)
    return campaign


def test_a_published_table_is_read_below_its_title_rows(potholes: Path) -> None:
    campaign = load_campaign(potholes)
    assert campaign.figures[("Ynys Môn", "parcels", "last_year")].amount == Decimal(1234)
    assert campaign.figures[("Ynys Môn", "parcels", "last_year")].sources[0] == \
        SourceRef("potholes.csv", row=5, column="2022-23")
    assert campaign.figures[("Gwynedd", "parcels", "last_year")].amount == Decimal(2010)
    assert campaign.figures[("Wales", "parcels", "this_year")].amount == Decimal(21000)
    assert campaign.unavailable[("Powys", "parcels", "last_year")].marker == "[x]"
    assert campaign.unavailable[("Powys", "parcels", "this_year")].marker == "n/a"


def test_rows_left_out_of_a_file_that_holds_both_periods_are_listed_once(potholes: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["draft", str(potholes), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert ("warning: 2 notes among the figures were left out, as text, not figures: 'Notes:' "
            "(potholes.csv row 11), '[x] not available' (potholes.csv row 12)\n") in result.stderr
    assert ("warning: 2 figures are marked as not available and are worded as such: Powys' emergency food parcels "
            "given out in period 'last_year' (April to September 2023): '[x]', potholes.csv row 8; Powys' emergency "
            "food parcels given out in period 'this_year' (April to September 2024): 'n/a', "
            "potholes.csv row 8") in result.stderr
    release = (tmp_path / "out" / "ynys-mon.md").read_text(encoding="utf-8")
    assert "from 1,234 parcels between April and September 2023 to 1,456 parcels" in release


def test_a_column_the_table_does_not_have_is_named_with_the_header_row_below_the_titles(potholes: Path) -> None:
    edit(potholes / "campaign.yaml", "    value: 2023-24", "    value: 2023-2024")
    with pytest.raises(InputError) as caught:
        load_campaign(potholes)
    assert str(caught.value) == (
        'potholes.csv:4: header: "2023-2024" is not a column of the file (expected one of Area code, Local '
        "authority, 2022-23, 2023-24 (as figures.this_year in campaign.yaml names it); did you mean '2023-24'?)")
    edit(potholes / "campaign.yaml", "    value: 2023-2024", "    value: Apr 2023 to Mar 2024")  # by its dates
    with pytest.raises(InputError) as caught:
        load_campaign(potholes)
    assert str(caught.value).endswith("did you mean '2023-24'?)")


def test_a_file_without_an_area_column_and_no_area_named_says_to_name_it(potholes: Path) -> None:
    """A press officer who leaves out area: (the docs' XLSX examples name it) is told which key names it, not that
    campaign.yaml names "area", which it does not."""
    edit(potholes / "campaign.yaml", "    area: Area Code\n", "")
    with pytest.raises(InputError) as caught:
        load_campaign(potholes)
    assert str(caught.value) == (
        'potholes.csv:4: header: "area" is not a column of the file (expected one of Area code, Local authority, '
        "2022-23, 2023-24; write the one that holds the areas' names or codes as area: under figures.last_year in "
        "campaign.yaml; did you mean 'Area code'?)")


def test_figures_csv_and_areas_csv_may_have_a_title_above_the_header(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text("Our areas\n\n" + AREAS, encoding="utf-8")
    (campaign / "figures.csv").write_text(
        "Parcels given out,,,\narea,measure,last_year,this_year\nYnys Môn,parcels,1,2\nGwynedd,parcels,3,4\n"
        "Rhondda Cynon Taf,parcels,5,6\nPowys,parcels,7,8\n", encoding="utf-8")
    campaign_data = load_campaign(campaign)
    assert campaign_data.areas[0].name == "Wales"
    assert campaign_data.figures[("Wales", "parcels", "this_year")].amount == Decimal(20)
    assert campaign_data.figures[("Powys", "parcels", "this_year")].sources[0].row == 6


def workbook(path: Path) -> None:
    """Table 1 as a statistics office lays it out in Excel: a merged title, a date, a header of two rows under a
    merged heading, shares formatted as percentages to one place, a total row with a formula, and a source."""
    import datetime

    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Contents"
    book.active["A1"] = "This workbook holds one table"
    sheet = book.create_sheet("Table 1")
    sheet["A1"] = "Table 1: share of buses running on electricity"
    sheet.merge_cells("A1:D1")
    sheet["A2"], sheet["B2"] = "Published", datetime.date(2024, 11, 5)
    sheet["B2"].number_format = "dd/mm/yyyy"
    sheet.append(["Area", "Code", "Share", None])
    sheet.merge_cells("C3:D3")
    sheet.append([None, None, "2022-23", "2023-24"])
    for row in [("Wales", "W92000004", 0.102, 0.146), ("Ynys Môn", "W06000001", 0, 0.04),
                ("Gwynedd", "W06000002", 0.18, 0.31549), ("Rhondda Cynon Taf", "W06000016", 0.12, 0.105),
                ("Powys", "W06000023", 0.008, 0.012)]:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row][2:]:
            cell.number_format = "0.0%"
    sheet.append(["Average", None, "=AVERAGE(C5:C9)", "=AVERAGE(D5:D9)"])
    sheet.append(["Source: Welsh Government", None, None, None])
    book.save(path)


def test_a_workbooks_percentages_are_read_as_excel_shows_them(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path, "rate-change")
    workbook(campaign / "buses.xlsx")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         "  last_year: {file: buses.xlsx, sheet: Table 1, area: Area, value: 2022-23}\n"
         "  this_year: {file: buses.xlsx, sheet: Table 1, area: Area, value: 2023-24}\n")
    result = load_campaign(campaign)
    figures = {key[0]: value.amount for key, value in result.figures.items() if key[2] == "this_year"}
    # 0.31549 formatted 0.0% is shown, and read, as 31.5 per cent; never as 0.31549 per cent
    assert figures == {"Wales": Decimal("14.6"), "Ynys Môn": Decimal("4.0"), "Gwynedd": Decimal("31.5"),
                       "Rhondda Cynon Taf": Decimal("10.5"), "Powys": Decimal("1.2")}
    assert result.figures[("Gwynedd", "electric", "last_year")].amount == Decimal("18.0")
    assert result.figures[("Gwynedd", "electric", "last_year")].sources[0].cell().startswith(
        "sheet Table 1 of buses.xlsx, row ")  # a workbook's rows are numbered sheet by sheet: the sheet is named
    drafted = runner.invoke(app, ["preview", str(campaign), "--area", "Gwynedd"])
    assert drafted.exit_code == 0, drafted.stderr
    assert "from 18.0 per cent between April 2022 and March 2023 to 31.5 per cent" in drafted.stdout


def test_a_count_shown_as_a_whole_number_is_read_as_shown(example: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["area", "measure", "before", "after"])
    for area, before, after in [("Cheshire", 150, 440), ("Cumbria", 89.6, 171.2), ("Greater Manchester", 620, 1240),
                                ("Lancashire", 312, 643), ("Merseyside", 485, 874)]:
        sheet.append([area, "contacts", before, after])
        for cell in sheet[sheet.max_row][2:]:
            cell.number_format = "#,##0"
    book.save(example / "figures.xlsx")
    (example / "figures.csv").unlink()
    campaign = load_campaign(example)
    assert campaign.figures[("Cumbria", "contacts", "before")].amount == Decimal(90)
    assert campaign.figures[("Cumbria", "contacts", "after")].amount == Decimal(171)


REF = SourceRef("figures.csv", row=4, column="after")


@pytest.mark.parametrize(("cell", "kind", "amount"), [
    ("12.5%", "rate", "12.5"), ("12.5 %", "rate", "12.5"), ("100%", "rate", "100"), ("1,234", "count", "1234"),
])
def test_a_rate_may_be_written_as_a_percentage(cell: str, kind: str, amount: str) -> None:
    assert parse_figure(cell, kind, REF, "after") == Decimal(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cell", "kind", "message"), [
    ("12%", "count", 'figures.csv:4: after: "12%" is a percentage (expected a whole number of 0 or more, such as '
     "1,747 (a percentage is a measure with kind: rate in campaign.yaml))"),
    ("#DIV/0!", "count", "figures.csv:4: after: is Excel's error #DIV/0!: the formula that gives this figure failed "
     "(expected a number: correct the formula in the spreadsheet, or write [x] where the figure is not available)"),
    ("#n/a", "rate", "figures.csv:4: after: is Excel's error #N/A: the formula that gives this figure failed "
     "(expected a number: correct the formula in the spreadsheet, or write [x] where the figure is not available)"),
    ("<5", "count", 'figures.csv:4: after: "<5" is not a number (expected a whole number of 0 or more, such as '
     "1,747, or a marker such as [x] where the figure is not available)"),
    ("-1.5%", "rate", 'figures.csv:4: after: "-1.5%" is negative (expected a number such as 12.5)'),
])
def test_a_cell_that_is_not_a_figure_is_named_with_what_to_write(cell: str, kind: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_figure(cell, kind, REF, "after")  # type: ignore[arg-type]
    assert str(caught.value) == message


@pytest.mark.parametrize("marker", ["n/a", "N/A", "NA", "z", "—", "[z]", "~", "<5"])
def test_more_markers_of_a_figure_not_available(example: Path, marker: str) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", f"Cumbria,contacts,90,{marker}")
    campaign = load_campaign(example)
    assert campaign.unavailable[("Cumbria", "contacts", "after")].marker == marker


def test_a_figure_with_the_publishers_marks_beside_it_is_read_and_the_marks_are_warned_about(example: Path) -> None:
    """ONS and Home Office tables write a note, a revision or a reliability mark in the figure's own cell."""
    figures = example / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace("Cumbria,contacts,90,171",
                       'Cumbria,contacts,"90 [note 3]",171r').replace("Cheshire,contacts,150,440",
                       "Cheshire,contacts,[u] 150,440"), encoding="utf-8")
    campaign = load_campaign(example)
    assert [campaign.figures[(area, "contacts", period)].amount for area, period in
            (("Cumbria", "before"), ("Cumbria", "after"), ("Cheshire", "before"))] == [90, 171, 150]
    assert value_formula(campaign.figures[("Cumbria", "contacts", "after")]) == \
        "171 as given (the publisher marks it r: revised)"  # in the fact sheet and the reviewer pack
    assert [w.message for w in campaign.notices if w.code == "figures_marked"] == [
        "3 figures carry the publisher's marks, and are read as the number beside them: Cheshire '[u] 150' (low "
        "reliability; figures.csv row 3); Cumbria '90 [note 3]' (a note in the publisher's notes; figures.csv row 4); "
        "Cumbria '171r' (revised; figures.csv row 4); check what each mark means before you publish the figure"]
    edit(figures, "171r", "171 [c]")
    with pytest.raises(InputError, match=r'"171 \[c\]" holds a figure and the marker \[c\], which says it is not '):
        load_campaign(example)


def test_a_template_that_lists_a_change_not_available_says_which_figure(example: Path, tmp_path: Path) -> None:
    """A template of one's own that lists each area's change without asking k.available (the shipped ones ask)."""
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,[x],171")
    (example / "mine").mkdir()
    (example / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}Contacts{% endblock %}\n{% block body %}\n'
        '{% for k in changes("contacts", area.children) %}\n- {{ k.from_to() }}\n{% endfor %}\n{% endblock %}\n',
        encoding="utf-8")
    edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.endswith(
        "mine/release.md.j2:5: template: area 'North West': asks for k.from_to of Cumbria's contacts for period "
        "'before' (July to December 2017), which is not available ('[x]' in figures.csv:4) (expected {% if k.available "
        "%} around it, with words for when it is not there, such as furniture.not_available)\n")
    assert not (tmp_path / "out").exists()


def test_a_name_saved_with_its_accent_apart_or_a_no_break_space_is_the_same_name(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "figures.csv").write_text(
        "area,measure,last_year,this_year\nYnys Mo\u0302n,parcels,1,2\nGwynedd,parcels,3,4\n"
        "Rhondda\u00a0Cynon  Taf,parcels,5,6\nPowys,parcels,7,8\n", encoding="utf-8")
    figures = load_campaign(campaign).figures
    assert figures[("Ynys Môn", "parcels", "this_year")].amount == Decimal(2)
    assert figures[("Rhondda Cynon Taf", "parcels", "this_year")].amount == Decimal(6)


def test_a_population_of_zero_is_refused_at_its_cell(tmp_path: Path) -> None:
    campaign = tmp_path / "per-head"
    shutil.copytree(shipped_root() / "per-head" / "example", campaign)
    edit(campaign / "figures.csv", 'Powys,population,"133,000"', "Powys,population,0")
    result = runner.invoke(app, ["draft", str(campaign), "--out", str(tmp_path / "out")])
    assert (result.exit_code, result.stderr) == (1, (
        'error: figures.csv:10: october: "0" is Powys\' population, and the rate of points per head divides by it '
        "(expected a population above zero, or [x] where it is not known)\n"))
    assert not (tmp_path / "out").exists()


def test_notes_under_a_figures_table_are_left_out_with_a_warning(example: Path, tmp_path: Path) -> None:
    with (example / "figures.csv").open("a", encoding="utf-8") as figures:
        figures.write(",,,\nSource: Stop It Now! helpline records,,,\n\"Note: Cumbria includes calls, texts\",,,\n")
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert ("warning: 2 notes among the figures were left out, as text, not figures: 'Source: Stop It Now! "
            "helpline records' (figures.csv row 9); 'Note: Cumbria includes calls, texts' (figures.csv row 10)\n"
            ) in result.stderr


def test_codes_that_areas_csv_does_not_have_are_named_when_a_figure_is_then_missing(potholes: Path) -> None:
    (potholes / "areas.csv").write_text("\n".join(line.rsplit(",", 1)[0] for line in AREAS.splitlines()) + "\n",
                                        encoding="utf-8")
    result = runner.invoke(app, ["preview", str(potholes), "--area", "Gwynedd"])
    assert (result.exit_code, result.stderr) == (1, (
        "error: potholes.csv: no figure for area 'Ynys Môn', measure 'parcels', period 'last_year' (April to September "
        "2023) (expected one row per area, measure and period; 5 rows were left out where the area cell names no area "
        "in areas.csv, such as 'W06000001' (potholes.csv row 5): name the areas as areas.csv does, or give areas.csv a "
        "code column with the codes the figures use)\n"))


def test_an_area_in_capitals_is_the_area_and_a_measure_in_capitals_says_so(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nYNYS MÔN,parcels,1,2\n"
                                          "gwynedd,parcels,3,4\nRhondda Cynon Taf,parcels,5,6\nPowys,parcels,7,8\n",
                                          encoding="utf-8")
    assert load_campaign(campaign).figures[("Ynys Môn", "parcels", "this_year")].sources[0].row == 2
    edit(campaign / "figures.csv", "Powys,parcels", "Powys,Parcels")
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    assert str(caught.value) == ('figures.csv:5: measure: "Parcels" is not a known measure (expected a measure id '
                                 "from campaign.yaml; did you mean 'parcels'? (they differ only in capitals))")


def test_a_curly_apostrophe_against_a_straight_one_is_the_same_name(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(AREAS.replace("Gwynedd,Wales,Gwynedd", "King's Lynn,Wales,King's Lynn"),
                                        encoding="utf-8")
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nYnys Môn,parcels,1,2\n"
                                          "King’s Lynn,parcels,7,8\nRhondda Cynon Taf,parcels,5,6\n"
                                          "Powys,parcels,7,8\n", encoding="utf-8")
    assert load_campaign(campaign).figures[("King's Lynn", "parcels", "this_year")].sources[0].row == 3


def test_a_column_headed_by_a_date_is_named_by_that_date(tmp_path: Path) -> None:
    import datetime

    from openpyxl import Workbook

    campaign = campaign_with(tmp_path)
    book = Workbook()
    sheet = book.active
    sheet.append(["Code", datetime.datetime(2023, 9, 30), datetime.datetime(2024, 9, 30)])
    for cell in sheet[1][1:]:
        cell.number_format = "d mmm yyyy"
    for code, old, new in [("W06000001", 5, 6), ("W06000002", 7, 8), ("W06000016", 9, 10), ("W06000023", 11, 12)]:
        sheet.append([code, old, new])
    book.save(campaign / "parcels.xlsx")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         "  last_year: {file: parcels.xlsx, area: code, value: 2023-09-30}\n"
         "  this_year: {file: parcels.xlsx, area: code, value: 2024-09-30}\n")
    figures = load_campaign(campaign).figures
    assert figures[("Powys", "parcels", "this_year")].amount == Decimal(12)
    assert figures[("Wales", "parcels", "last_year")].amount == Decimal(32)


def test_a_workbook_saved_beside_figures_csv_is_not_passed_over(example: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    Workbook().save(example / "figures.xlsx")
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert (result.exit_code, result.stderr) == (1, (
        "error: campaign.yaml: figures: the campaign folder has both figures.csv and figures.xlsx (expected figures: "
        "figures.xlsx (or figures.csv) in campaign.yaml to say which holds the figures, or only one of them in the "
        "folder)\n"))
    edit(example / "campaign.yaml", "\nrelease_date:", "\nfigures: figures.csv\nrelease_date:")
    assert load_campaign(example).figures[("Cheshire", "contacts", "after")].amount == Decimal(440)


def test_an_areas_csv_as_downloaded_names_the_columns_it_has(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text("LAD23CD,LAD23NM\nW06000001,Isle of Anglesey\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    assert str(caught.value) == ('areas.csv:1: header: "area" is missing from the header (expected columns area; '
                                 "the header row has LAD23CD, LAD23NM)")


def test_two_areas_with_one_code_are_refused(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(AREAS.replace("Powys,Wales,Powys,W06000023", "Powys,Wales,Powys,w06000002"),
                                        encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    assert str(caught.value) == ('areas.csv:6: code: "w06000002" is also the code of Gwynedd (row 4) (expected each '
                                 "area's own code)")


ONS_TABLE = """\
Table 3: Fires attended by fire and rescue services,,,,,
,,,,,
Area code,Area name,2022-23,,2023-24,
,,Number,%,Number,%
W06000001,Isle of Anglesey,120,2.1,"1,130",2.0
W06000002,Gwynedd,230,4.0,210,3.8
W06000016,Rhondda Cynon Taf,410,7.1,380,6.8
W06000023,Powys,[c],[c],95,1.7
"""


def test_a_two_row_header_with_repeated_names_under_merged_headings(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "fires.csv").write_text(ONS_TABLE, encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         "  last_year: {file: fires.csv, area: Area code, value: 2022-23 Number}\n"
         "  this_year: {file: fires.csv, area: Area code, value: 2023-24 number}\n")
    result = load_campaign(campaign)
    assert result.figures[("Ynys Môn", "parcels", "this_year")].amount == Decimal(1130)
    assert result.figures[("Ynys Môn", "parcels", "this_year")].sources[0] == \
        SourceRef("fires.csv", row=5, column="2023-24 Number")
    assert result.unavailable[("Powys", "parcels", "last_year")].marker == "[c]"
    edit(campaign / "campaign.yaml", "value: 2023-24 number", "value: 2023-24")
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    assert str(caught.value) == ('fires.csv:3: header: "2023-24" is a heading over several columns, in a header of '
                                 "two rows (expected one of its columns, named with the heading: 2023-24 number, "
                                 "2023-24 %)")


def test_a_published_table_may_repeat_or_leave_unnamed_a_column_drafter_does_not_read(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "fires.csv").write_text(
        "Code,Number,%,,Number,%\nW06000001,1,0.5,,2,0.5\nW06000002,3,0.5,,4,0.5\nW06000016,5,0.5,,6,0.5\n"
        "W06000023,7,0.5,,8,0.5\n", encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         "  last_year: {file: fires.csv, area: code, value: number}\n"
         "  this_year: {file: fires.csv, area: code, value: number}\n")
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    assert str(caught.value) == (
        'fires.csv:1: header: "Number" appears twice in the header, as column B and column E (expected the column you '
        "mean named by its letter, column B or column E, as the spreadsheet shows it above the column (one of them "
        "may be hidden))")
    edit(campaign / "campaign.yaml", "  this_year: {file: fires.csv, area: code, value: number}",
         "  this_year: {file: fires.csv, area: code, value: column E}")
    edit(campaign / "campaign.yaml", "value: number}", "value: Column B}")
    assert load_campaign(campaign).figures[("Powys", "parcels", "this_year")].amount == Decimal(8)


@pytest.mark.parametrize("huge", [1e30, float("inf")])
def test_a_number_too_big_for_its_cells_format_is_refused_not_a_traceback(example: Path, huge: float) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["area", "measure", "before", "after"])
    for area in ("Cheshire", "Cumbria", "Greater Manchester", "Lancashire", "Merseyside"):
        sheet.append([area, "contacts", 1, huge])
        sheet[sheet.max_row][3].number_format = "#,##0.00"
    book.save(example / "figures.xlsx")
    (example / "figures.csv").unlink()
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert str(caught.value).startswith("figures.xlsx:2: after: ")
