"""A national statistics workbook as downloaded, marked the way older and NHS tables mark their notes: "(note 3)"
and a superscript ³ in a heading, a dagger or an asterisk after an area's name or a figure, "(r)" for revised,
"n.a." for a figure not given; a table whose two rows for one area differ only in a percentage column; and a
table whose codes and names have no heading, named by their column's letter."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.columns import column_letter, find_column, note_free
from drafter.load.name_forms import name_forms
from drafter.load.numbers import is_marker, split_marks
from drafter.load.row_filter import RowFilter
from drafter.load.table import Row
from drafter.model import SourceRef
from tests.conftest import edit
from tests.helpers import campaign_with


def by_year(campaign: Path, file: str, area: str, before: str = "", sheet: str = "") -> None:
    """campaign.yaml's figures: one published file (and ``sheet``) for both periods, its area column named
    ``area`` and each period's figures in the column ``before`` + its year ("2022-23", "Incidents 2023-24")."""
    at = f"    sheet: {sheet}\n" if sheet else ""
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n" + "".join(
        f"  {period}:\n    file: {file}\n{at}    area: {area}\n    value: {before}{year}\n"
        for period, year in (("last_year", "2022-23"), ("this_year", "2023-24"))))


def test_a_heading_is_named_without_its_note_in_round_brackets_or_its_footnote_symbol() -> None:
    columns = ("area name", "incidents 2022-23 (note 3)", "incidents 2023-24\u00b3", "rate*")
    assert find_column("incidents 2022-23", columns) == "incidents 2022-23 (note 3)"
    assert find_column("incidents 2023-24", columns) == "incidents 2023-24\u00b3"
    assert find_column("rate", columns) == "rate*"
    assert note_free("2023-24 (provisional)") == "2023-24 (provisional)"  # a qualifier, not a note
    assert note_free("*") == "*"  # a marker alone is no name with a mark


def test_an_area_name_with_a_footnote_symbol_is_the_area() -> None:
    assert name_forms("Gwynedd\u2020") == name_forms("Gwynedd") == name_forms("Gwynedd*") == name_forms("Gwynedd\u00b9")
    assert name_forms("Folkestone & Hythe (note 4)")[1] == "folkestone and hythe"


@pytest.mark.parametrize(("cell", "figure", "marks"), [
    ("2,391*", "2,391", ("*",)), ("2391\u2020", "2391", ("\u2020",)), ("2,391\u00b9", "2,391", ("\u00b9",)),
    ("2,391 (r)", "2,391", ("[r]",)), ("15,016 (note 3)", "15,016", ("[note 3]",)), ("(2,391)", "(2,391)", ()),
])
def test_a_figure_is_read_beside_its_mark_in_round_brackets_or_as_a_symbol(cell: str, figure: str,
                                                                           marks: tuple[str, ...]) -> None:
    assert split_marks(cell) == (figure, marks)


def test_n_a_with_full_stops_marks_a_figure_not_available() -> None:
    assert is_marker("n.a.") and is_marker("N.A.") and is_marker("n.a")


def test_two_rows_of_one_area_that_differ_only_in_a_percentage_are_not_told_apart_by_it() -> None:
    first = Row(10, {"area": "Dartford", "change (%)": "21.5%"})
    again = Row(11, {"area": "Dartford", "change (%)": "-4.8%"})
    # no column of words tells them apart: the caller refuses the repeated figure, naming both rows
    assert RowFilter().refuse_repeat("Dartford", RowFilter().first_row(first, {"area"}), again, "f.csv",
                                     {"area"}, "area") is None


def _fly_tipping(path: Path) -> None:
    """Defra's fly-tipping table as downloaded: cover and notes sheets, a title, a source and a blank row above
    the header, note marks in round brackets and as a superscript, England's row, a marked name, a marked figure,
    a suppressed cell, a total and a footnotes block under the table."""
    book = Workbook()
    book.active.title = "Cover"
    book.active.append(["Fly-tipping statistics for England"])
    book.create_sheet("Notes").append(["note 3", "Incidents reported to WasteDataFlow."])
    table = book.create_sheet("Table_1")
    table.append(["Table 1: Fly-tipping incidents by local authority (note 3)"])
    table.append(["Source: WasteDataFlow, Defra"])
    table.append([])
    table.append(["ONS code", "Local authority", "Incidents 2022-23 (note 3)", "Incidents 2023-24\u00b3"])
    for row in [("E92000001", "England", 1081546, 1149127), ("W06000001", "Isle of Anglesey", 1012, "1,230*"),
                ("W06000002", "Gwynedd\u2020", 1843, "1,622 (r)"), ("W06000016", "Rhondda Cynon Taf", 2104, "n.a."),
                ("W06000023", "Powys", 804, 990), ("", "Total", "=SUM(C6:C9)", "=SUM(D6:D9)")]:
        table.append(list(row))
    table.append([])
    table.append(["* Includes incidents on private land reported to the council."])
    table.append(["\u2020 Gwynedd changed its recording system in 2023."])
    book.save(path)


def test_a_workbook_as_downloaded_with_footnote_marks_is_read_and_its_marks_are_warned_of(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    _fly_tipping(campaign / "fly-tipping.xlsx")
    by_year(campaign, "fly-tipping.xlsx", "Local authority", "Incidents ", sheet="Table_1")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Ynys Môn", "parcels", "this_year")].amount == Decimal(1230)
    assert loaded.figures[("Gwynedd", "parcels", "this_year")].amount == Decimal(1622)
    assert loaded.unavailable[("Rhondda Cynon Taf", "parcels", "this_year")].marker == "n.a."
    said = "\n".join(warning.message for warning in loaded.notices)
    assert ("marks 1 area name with a note: 'Gwynedd\u2020' (row 7); read what each note says before you "
            "publish the area's figures") in said
    assert ("2 figures carry the publisher's marks, and are read as the number beside them: Ynys Môn '1,230*' "
            "(a mark of the publisher's; sheet Table_1 of fly-tipping.xlsx row 6); Gwynedd '1,622 (r)' (revised; "
            "sheet Table_1 of fly-tipping.xlsx row 7)") in said


def test_a_figure_with_a_footnote_symbol_and_a_withholding_marker_is_still_refused(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nWales,parcels,10,12\n"
                                          "Ynys Môn,parcels,1,2\nGwynedd,parcels,3 [c],4\n"
                                          "Rhondda Cynon Taf,parcels,5,6\nPowys,parcels,1,0\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"holds a figure and the marker \[c\]"):
        load_campaign(campaign)


def test_a_column_is_named_by_its_letter_as_a_spreadsheet_shows_it() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 701, 702)] == ["a", "b", "z", "aa", "zz", "aaa"]
    columns = ("column a", "column b", "2022-23", "2023-24")  # as drafter names a header that leaves A and B empty
    assert find_column("column b", columns) == "column b"
    assert find_column("column c", ("code", "name", "2022-23")) == "2022-23"  # a headed column, by its letter too
    assert find_column("column e", columns) is None


UNHEADED = """\
Pothole reports made to local authorities, Wales,,,
,,,
,,2022-23,2023-24
W06000001,Isle of Anglesey,"1,234","1,456"
W06000002,Gwynedd,"2,010","1,980"
W06000016,Rhondda Cynon Taf,"3,400","3,400"
W06000023,Powys,12,14
"""


def published(tmp_path: Path, name: str, text: str, area: str) -> Path:
    """A campaign whose figures are one file as published (``text``), its area column named ``area``."""
    campaign = campaign_with(tmp_path)
    (campaign / name).write_text(text, encoding="utf-8")
    by_year(campaign, name, area)
    return campaign


def refusal(campaign: Path) -> str:
    """The one-line message loading the campaign is refused with."""
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    return str(refused.value)


def test_a_table_whose_names_have_no_heading_is_read_by_the_column_letter_and_told_so(tmp_path: Path) -> None:
    campaign = published(tmp_path, "potholes.csv", UNHEADED, "Local authority")
    assert refusal(campaign) == (
        'potholes.csv:3: header: "Local authority" is not a column of the file (expected one of column A, column B, '
        "2022-23, 2023-24 (as figures.last_year in campaign.yaml names it); a column with no heading is named by "
        "its letter as the spreadsheet shows it, such as 'column A')")
    (campaign / "campaign.yaml").write_text((campaign / "campaign.yaml").read_text(encoding="utf-8").replace(
        "area: Local authority", "area: Column B"), encoding="utf-8")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Ynys Môn", "parcels", "last_year")].amount == Decimal(1234)  # by its code in column A
    assert loaded.figures[("Powys", "parcels", "this_year")].sources[0] == \
        SourceRef("potholes.csv", row=7, column="2023-24")


GROUPED = """\
Area code,Local authority,Region,2022-23,2023-24
W92000004,Wales,Wales,,
W06000001,Isle of Anglesey,Wales,"1,234","1,456"
W06000002,Gwynedd,Wales,"2,010","1,980"
W06000016,Rhondda Cynon Taf,Wales,"3,400","3,400"
W06000023,Powys,Wales,12,14
"""


def _grouped(tmp_path: Path, table: str) -> Path:
    campaign = campaign_with(tmp_path)
    (campaign / "potholes.csv").write_text(table, encoding="utf-8")
    by_year(campaign, "potholes.csv", "Area code")
    return campaign


def test_a_row_naming_a_parent_with_no_figures_is_a_heading_and_the_parent_is_its_areas_sum(tmp_path: Path) -> None:
    loaded = load_campaign(_grouped(tmp_path, GROUPED))
    assert loaded.figures[("Wales", "parcels", "last_year")].amount == Decimal(1234 + 2010 + 3400 + 12)
    assert [w.message for w in loaded.notices if w.code == "headings_left_out"] == [
        "1 row was passed over, naming an area with no figures beside it (a heading over its areas' rows, or a total "
        "left empty): Wales (potholes.csv row 2); each such area's figures are the sum of its areas', "
        "unless the file gives them on another row"]


def test_a_parent_s_row_with_one_figure_of_two_is_no_heading_and_its_empty_cell_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^potholes.csv:2: 2022-23: is empty, and Wales' figure for period "
                                         r"'this_year' \(April to September 2024\) \(21,000\)"
                       r" is not the sum of its areas' \(6,850\)"):
        load_campaign(_grouped(tmp_path, GROUPED.replace("Wales,Wales,,", "Wales,Wales,,21000")))


def test_a_published_table_saved_as_figures_csv_is_pointed_to_figures_as_published(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "figures.csv").write_text(GROUPED, encoding="utf-8")
    assert refusal(campaign) == (
        'figures.csv:1: header: "area" is missing from the header (expected columns area, measure; the header row '
        "has Area code, Local authority, Region, 2022-23, 2023-24; for a table as a statistics office publishes it, "
        "leave the file as it is and name its columns in campaign.yaml instead, under figures: (file:, area: and "
        "value: for each period, as 'Figures as published' in docs/figures.md shows))")


TWO_HEADINGS = """\
Deliberate fires by local authority,,,,,
,,Deliberate fires [note 2],,Of which: secondary,
,,2022-23,2023-24,2022-23,2023-24
W06000001,Isle of Anglesey,112,98,56,49
W06000002,Gwynedd,143,160,71,80
W06000016,Rhondda Cynon Taf,210,239,105,119
W06000023,Powys,80,77,40,38
"""


def test_a_year_under_two_headings_with_unheaded_names_is_told_the_columns_it_could_be(tmp_path: Path) -> None:
    campaign = published(tmp_path, "fires.csv", TWO_HEADINGS, "column B")
    assert refusal(campaign) == (  # the header found, not the first row of figures under it
        'fires.csv:3: header: "2022-23" is not a column of the file (expected one of column A, column B, Deliberate '
        "fires [note 2] 2022-23, Deliberate fires [note 2] 2023-24, Of which: secondary 2022-23, Of which: secondary "
        "2023-24 (as figures.last_year in campaign.yaml names it); did you mean 'Deliberate fires 2022-23' or 'Of "
        "which: secondary 2022-23'?)")
    (campaign / "campaign.yaml").write_text((campaign / "campaign.yaml").read_text(encoding="utf-8").replace(
        "value: 20", "value: Deliberate fires 20"), encoding="utf-8")
    assert load_campaign(campaign).figures[("Gwynedd", "parcels", "this_year")].amount == Decimal(160)
