"""Spreadsheets as publishers ship them and press officers save them, read at the lowest level that owns each
rule: files under another kind's name (an .xls or an .ods renamed .xlsx, a workbook renamed .csv, a workbook saved
with a password), a workbook with macros. (A CSV file from a European Excel, semicolons and decimal commas, is in
test_saved_on_windows.py.)"""

from __future__ import annotations

import io
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.numbers import parse_figure
from drafter.load.sheets import choose_sheet
from drafter.load.table import find_column, read_rows, read_table
from drafter.load.xlsx import _cell_text
from drafter.model import SourceRef
from drafter.reports.warnings import campaign_warnings
from drafter.style.house import PRESETS
from tests.conftest import edit
from tests.helpers import campaign_with


def _refusal(path: Path, names: tuple[str, ...] = ("area", "measure")) -> str:
    with pytest.raises(InputError) as caught:
        list(read_rows(path, path.name, None, names).rows)
    return str(caught.value)


def _ods_bytes() -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", "<office:document-content/>")
    return data.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


@pytest.mark.parametrize(("name", "data", "message"), [
    ("figures.xlsx", OLE + b"Workbook".ljust(64, b"\0"),
     "figures.xlsx: is an older Excel workbook (.xls) with a name ending .xlsx (expected the file opened in Excel and "
     "saved again as 'Excel Workbook (.xlsx)')"),
    ("figures.xlsx", OLE + "EncryptionInfo".encode("utf-16-le"),
     "figures.xlsx: is protected with a password, so drafter cannot open it (expected the file saved without "
     "a password: in Excel, File > Info > Protect Workbook > Encrypt with Password, delete the password, and save)"),
    ("figures.xlsx", _ods_bytes(), "figures.xlsx: is an OpenDocument spreadsheet (.ods) with a name ending .xlsx "
     "(expected the file renamed to end .ods, which drafter reads too)"),
    ("figures.csv", _ods_bytes(), "figures.csv: is an OpenDocument spreadsheet (.ods) with a name ending .csv, not "
     "CSV text (expected the file renamed to end .ods, which drafter reads too, or saved from Excel as 'CSV UTF-8')"),
    ("figures.csv", OLE, "figures.csv: is an older Excel workbook (.xls) with a name ending .csv, not CSV text "
     "(expected the file opened in Excel and saved as 'CSV UTF-8')"),
])
def test_a_file_under_another_kinds_name_is_told_what_it_is(tmp_path: Path, name: str, data: bytes,
                                                             message: str) -> None:
    (tmp_path / name).write_bytes(data)
    assert _refusal(tmp_path / name) == message


def test_a_workbook_with_macros_is_read_as_a_workbook(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["area", "measure", "before"])
    book.active.append(["Cardiff", "parcels", 4120])
    book.save(tmp_path / "figures.xlsm")
    assert read_table(tmp_path / "figures.xlsm", "figures.xlsm").rows[0].cells["before"] == "4120"


def test_an_xls_alone_in_the_campaign_folder_is_told_to_be_saved_as_one_drafter_reads(example: Path,
                                                                                      tmp_path: Path) -> None:
    (example / "figures.csv").unlink()
    (example / "figures.xls").write_bytes(OLE)
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert (result.exit_code, result.stderr) == (1, (
        "error: figures.xls: is an older Excel workbook (.xls), which drafter does not read (expected a CSV, .xlsx or "
        ".ods file: open it in Excel or LibreOffice Calc and save it as one)\n"))
    assert not (tmp_path / "out").exists()


def _ons_workbook(path: Path) -> None:
    """A workbook as ONS and the Welsh Government publish one: a cover, contents and notes before the table, a
    title and a source line above its header, note marks and a qualifier in the header."""
    book = Workbook()
    book.active.title = "Cover"
    book.active.append(["Emergency food parcels, Wales"])
    book.create_sheet("Contents").append(["Table_1", "Parcels by local authority"])
    book.create_sheet("Notes").append(["note 2", "Revised."])
    table = book.create_sheet("Table_1")
    table.append(["Table 1: Emergency food parcels by local authority"])
    table.append(["Source: The Cwtch Food Network"])
    table.append(["Area code", "Area name", "2022-23 [note 2]", "2023-24 (provisional)"])
    for code, name, old, new in [("W92000004", "Wales", 48, 60), ("W06000001", "Isle of Anglesey", 5, 6),
                                 ("W06000002", "Gwynedd", 7, 8), ("W06000016", "Rhondda Cynon Taf", 9, 10),
                                 ("W06000023", "Powys", 27, 36)]:
        table.append([code, name, old, new])
    book.save(path)


def _published(tmp_path: Path, last: str, this: str, sheet: str = "\n    sheet: Table_1") -> Path:
    campaign = campaign_with(tmp_path)
    _ons_workbook(campaign / "parcels.xlsx")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n" + "".join(
        f"  {period}:\n    file: parcels.xlsx{sheet}\n    area: Area code\n    value: {column}\n"
        for period, column in (("last_year", last), ("this_year", this))))
    return campaign


def test_a_column_is_named_with_or_without_its_note_marks(tmp_path: Path) -> None:
    assert find_column("2023-24", ("area code", "2023-24 [note 1]")) == "2023-24 [note 1]"
    assert find_column("count [note 2]", ("count",)) == "count"
    assert find_column("count", ("count [note 1]", "count [note 2]")) is None  # which one?
    figures = load_campaign(_published(tmp_path, "2022-23", "2023-24 (provisional)")).figures
    assert figures[("Gwynedd", "parcels", "last_year")].amount == Decimal(7)
    assert figures[("Gwynedd", "parcels", "last_year")].sources[0] == \
        SourceRef("sheet Table_1 of parcels.xlsx", row=6, column="2022-23 [note 2]")


@pytest.mark.parametrize(("last", "this", "sheet", "message"), [
    ("2022-23", "2023-24", "\n    sheet: Table_1", 'sheet Table_1 of parcels.xlsx:3: header: "2023-24" is not a '
     "column of the file (expected one of Area code, Area name, 2022-23 [note 2], 2023-24 (provisional) (as "
     "figures.this_year in campaign.yaml names it); did you mean '2023-24 (provisional)'?)"),
])
def test_a_published_workbook_is_told_where_its_figures_are(tmp_path: Path, last: str, this: str, sheet: str,
                                                             message: str) -> None:
    with pytest.raises(InputError) as caught:
        load_campaign(_published(tmp_path, last, this, sheet))
    assert str(caught.value) == message


def test_a_mark_beside_a_published_table_in_a_column_with_no_heading_is_left_unread(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    campaign = _published(tmp_path, "2022-23", "2023-24 (provisional)")
    book = load_workbook(campaign / "parcels.xlsx")
    book["Table_1"]["F6"] = "r"  # beside Gwynedd's figures, two columns to the right of the table
    book.save(campaign / "parcels.xlsx")
    assert load_campaign(campaign).figures[("Gwynedd", "parcels", "this_year")].amount == Decimal(8)


def test_a_second_table_below_the_first_on_one_sheet_is_refused_naming_its_rows(tmp_path: Path) -> None:
    campaign = _published(tmp_path, "2022-23", "2023-24", sheet="")
    rows = ("W06000001,Isle of Anglesey,5,6\nW06000002,Gwynedd,7,8\nW06000016,Rhondda Cynon Taf,9,10\n"
            "W06000023,Powys,27,36\n")
    second = '"Table 1b: Parcels per 1,000 people"\nArea code,Area name,2022-23,2023-24\n'
    (campaign / "parcels.csv").write_text("Table 1a: Parcels\nArea code,Area name,2022-23,2023-24\n" + rows + ",,,\n"
                                          + second + rows, encoding="utf-8")
    edit(campaign / "campaign.yaml", "file: parcels.xlsx", "file: parcels.csv")
    edit(campaign / "campaign.yaml", "file: parcels.xlsx", "file: parcels.csv")
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    assert str(caught.value) == (
        "parcels.csv:10: area: names Ynys Môn again, whose figures are on row 3: rows 8 to 9 ('Table 1b: Parcels "
        "per 1,000 people' …) begin a second table below the first (expected the table you mean named by its title "
        "under figures.last_year in campaign.yaml: table: Table 1b for the one below, or table: with the title "
        "above the first)")


def test_a_line_of_dashes_under_the_header_is_no_row(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_text("area,measure,before\n-----,-------,------\nCardiff,parcels,4120\n=====,,\n", encoding="utf-8")
    assert [(row.number, row.cells["area"]) for row in read_table(path, "figures.csv").rows] == [(3, "Cardiff")]


def test_a_workbook_that_misstates_its_size_is_read_to_its_last_row(tmp_path: Path) -> None:
    # Some programs write the sheet's size as "A1" whatever it holds; openpyxl would stop there.
    book = Workbook()
    for row in (["area", "measure", "before"], ["Cardiff", "parcels", 4120], ["Swansea", "parcels", 2480]):
        book.active.append(row)
    book.save(tmp_path / "written.xlsx")
    with zipfile.ZipFile(tmp_path / "written.xlsx") as source, \
            zipfile.ZipFile(tmp_path / "figures.xlsx", "w") as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            target.writestr(entry, data.replace(b'<dimension ref="A1:C3"/>', b'<dimension ref="A1"/>'))
    assert b'<dimension ref="A1"/>' in zipfile.ZipFile(tmp_path / "figures.xlsx").read("xl/worksheets/sheet1.xml")
    rows = read_table(tmp_path / "figures.xlsx", "figures.xlsx").rows
    assert [(row.cells["area"], row.cells["before"]) for row in rows] == [("Cardiff", "4120"), ("Swansea", "2480")]


def test_an_area_named_with_a_note_mark_is_that_area_and_the_note_is_warned_about(tmp_path: Path) -> None:
    campaign = _published(tmp_path, "2022-23", "2023-24", sheet="")
    (campaign / "parcels.csv").write_text(
        "Area name,2022-23,2023-24\nYnys Môn,5,6\nGwynedd [note 3],7,8\nRhondda Cynon Taf,9,10\n"
        "Powys,27,36\n", encoding="utf-8")
    for _ in range(2):
        edit(campaign / "campaign.yaml", "file: parcels.xlsx\n    area: Area code",
             "file: parcels.csv\n    area: Area name")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Gwynedd", "parcels", "this_year")].amount == Decimal(8)
    assert [n.message for n in loaded.notices if n.code == "area_noted"] == [
        "parcels.csv marks 1 area name with a note: 'Gwynedd [note 3]' (row 3); read what each note says before "
        "you publish the area's figures"]


def test_a_sheet_is_named_whatever_its_capitals_and_spaces_where_that_names_one() -> None:
    assert choose_sheet(["Cover", "Table 1 "], [], "table 1", "parcels.xlsx") == "Table 1 "
    with pytest.raises(InputError, match="has no sheet named 'table 1'"):
        choose_sheet(["Table 1", "TABLE 1"], [], "table 1", "parcels.xlsx")


@pytest.mark.parametrize(("name", "data", "message"), [
    ("figures.xlsx", OLE, "figures.xlsx: is an older Excel workbook (.xls) with a name ending .xlsx (expected the file "
     "opened in Excel and saved again as 'Excel Workbook (.xlsx)')"),
    ("figures.csv", _ods_bytes(), "figures.csv: is an OpenDocument spreadsheet (.ods) with a name ending .csv, not "
     "CSV text (expected the file renamed to end .ods, which drafter reads too, or saved from Excel as 'CSV UTF-8')"),
])
def test_the_command_line_tells_a_file_under_another_kinds_name_and_writes_nothing(
        example: Path, tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (example / "figures.csv").unlink()
    (example / name).write_bytes(data)
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert (result.exit_code, result.stderr) == (1, f"error: {message}\n")
    assert not (tmp_path / "out").exists()


def test_the_command_line_names_an_areas_note_and_a_second_table(tmp_path: Path) -> None:
    campaign = _published(tmp_path, "2022-23", "2023-24", sheet="")
    (campaign / "parcels.csv").write_text("Area name,2022-23,2023-24\nYnys Môn,5,6\nGwynedd [note 3],7,8\n"
                                          "Rhondda Cynon Taf,9,10\nPowys,27,36\n", encoding="utf-8")
    for _ in range(2):
        edit(campaign / "campaign.yaml", "file: parcels.xlsx\n    area: Area code",
             "file: parcels.csv\n    area: Area name")
    result = CliRunner().invoke(app, ["preview", str(campaign), "--area", "Gwynedd"])
    assert result.exit_code == 0, result.stderr
    assert ("warning: parcels.csv marks 1 area name with a note: 'Gwynedd [note 3]' (row 3); read what each note "
            "says before you publish the area's figures\n") in result.stderr
    with (campaign / "parcels.csv").open("a", encoding="utf-8") as more:
        more.write("\nTable 1b: rates\nArea name,2022-23,2023-24\nYnys Môn,1.5,1.6\n")
    result = CliRunner().invoke(app, ["preview", str(campaign), "--area", "Gwynedd"])
    assert (result.exit_code, result.stderr) == (1, (
        "error: parcels.csv:9: area: names Ynys Môn again, whose figures are on row 2: rows 7 to 8 ('Table 1b: "
        "rates' …) begin a second table below the first (expected the table you mean named by its title under "
        "figures.last_year in campaign.yaml: table: Table 1b for the one below, or table: with the title above the "
        "first)\n"))


@given(st.integers(min_value=0, max_value=10**15 - 1), st.integers(min_value=-12, max_value=0),
       st.integers(min_value=0, max_value=4))
def test_an_excel_number_is_read_exactly_as_excel_shows_it(digits: int, exponent: int, places: int) -> None:
    # Excel keeps 15 significant digits: the binary float openpyxl gives (0.30000000000000004, 12.300000000000001)
    # is the decimal Excel shows, and a format's decimal places round it half away from zero, as Excel does.
    shown = Decimal(digits).scaleb(exponent)
    assert Decimal(_cell_text(float(shown))) == shown
    assert _cell_text(float(shown), "#,##0." + "0" * places if places else "#,##0") == \
        format(shown.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP), "f")
    assert _cell_text(float(shown.scaleb(-2)), "0." + "0" * places + "%" if places else "0%") == \
        format(shown.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP), "f") + "%"


def _rewritten(source: Path, target: Path, part: str, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(target, "w") as copy:
        for entry in package.infolist():
            data = package.read(entry.filename)
            if entry.filename == part:
                assert old in data, old
                data = data.replace(old, new)
            copy.writestr(entry, data)


def test_a_workbook_saved_as_strict_open_xml_is_told_to_be_saved_as_a_workbook(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["area", "measure", "before"])
    book.save(tmp_path / "normal.xlsx")
    _rewritten(tmp_path / "normal.xlsx", tmp_path / "figures.xlsx", "xl/workbook.xml",
               b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
               b"http://purl.oclc.org/ooxml/spreadsheetml/main")
    assert _refusal(tmp_path / "figures.xlsx") == (
        "figures.xlsx: is saved as a 'Strict Open XML Spreadsheet', which drafter does not read (expected the file "
        "saved from Excel as 'Excel Workbook (.xlsx)')")


def test_openpyxls_warnings_about_parts_drafter_does_not_read_are_not_shown(tmp_path: Path) -> None:
    # A print area named for a sheet the workbook no longer has: openpyxl warns, and the tests make warnings errors.
    book = Workbook()
    book.active.append(["area", "measure", "before"])
    book.active.append(["Cardiff", "parcels", 4120])
    book.save(tmp_path / "normal.xlsx")
    _rewritten(tmp_path / "normal.xlsx", tmp_path / "figures.xlsx", "xl/workbook.xml", b"<definedNames/>",
               b'<definedNames><definedName name="_xlnm.Print_Area" localSheetId="7">Gone!$A$1:$C$2'
               b"</definedName></definedNames>")
    assert read_table(tmp_path / "figures.xlsx", "figures.xlsx").rows[0].cells["before"] == "4120"


def test_a_chart_sheet_is_not_a_sheet_of_figures(tmp_path: Path) -> None:
    from openpyxl.chart import BarChart, Reference

    book = Workbook()
    book.active.title = "Data"
    for row in (["area", "measure", "before"], ["Cardiff", "parcels", 4120]):
        book.active.append(row)
    chart = BarChart()
    chart.add_data(Reference(book.active, min_col=3, min_row=1, max_row=2), titles_from_data=True)
    book.create_chartsheet("Chart1", 0).add_chart(chart)
    book.save(tmp_path / "figures.xlsx")
    assert read_table(tmp_path / "figures.xlsx", "figures.xlsx").rows[0].cells["before"] == "4120"
    with pytest.raises(InputError) as caught:
        read_table(tmp_path / "figures.xlsx", "figures.xlsx", "Chart1")
    assert str(caught.value) == ("figures.xlsx: sheet 'Chart1' is a chart, with no cells of figures (expected the "
                                 "sheet that holds the figures: Data)")


@pytest.mark.parametrize(("old", "new", "problem"), [
    (b"</sheetData>", b"</sheetDat>", "mismatched tag"),
    (b"<v>4120</v>", b"<v>4,120</v>", "invalid literal for int() with base 10: '4,120'"),
])
def test_a_damaged_workbook_is_refused_in_one_line(tmp_path: Path, old: bytes, new: bytes, problem: str) -> None:
    book = Workbook()
    for row in (["area", "measure", "before"], ["Cardiff", "parcels", 4120]):
        book.active.append(row)
    book.save(tmp_path / "normal.xlsx")
    _rewritten(tmp_path / "normal.xlsx", tmp_path / "figures.xlsx", "xl/worksheets/sheet1.xml", old, new)
    message = _refusal(tmp_path / "figures.xlsx")
    assert message.startswith(f"figures.xlsx: cannot be read as an Excel workbook ({problem}")
    assert message.endswith("(expected an .xlsx file saved by Excel or LibreOffice; download it again, or open it "
                            "in Excel and save it again)")


@pytest.mark.parametrize(("row", "problem"), [
    ('"Powys,parcels,12,31', "figures.csv:3: has a quote mark that opens a cell and never closes it"),
    ('"Powys" County,parcels,12,31', "figures.csv:3: has text after the quote mark that closes a cell"),
])
def test_a_quote_mark_that_would_swallow_rows_is_refused_at_its_line(tmp_path: Path, row: str, problem: str) -> None:
    path = tmp_path / "figures.csv"
    path.write_text(f"area,measure,before,after\nCardiff,parcels,1,2\n{row}\nSwansea,parcels,3,4\n", encoding="utf-8")
    assert _refusal(path) == problem + (' (expected a cell in quote marks ("1,747") closed before the next comma; '
                                        'a quote mark inside a cell doubled ("5"" screen"))')


def test_a_percentage_is_read_only_for_a_measure_in_per_cent() -> None:
    ref = SourceRef("figures.xlsx", row=2, column="after")
    assert parse_figure("1.2%", "rate", ref, "after", "per cent") == Decimal("1.2")
    assert parse_figure("1.2%", "rate", ref, "after") == Decimal("1.2")  # no unit: a rate is a percentage
    with pytest.raises(InputError) as caught:  # 0.012 shown as 1.2% is 12 per 1,000, not 1.2
        parse_figure("1.2%", "rate", ref, "after", "offences per 1,000 people")
    assert str(caught.value) == (
        'figures.xlsx:2: after: "1.2%" is a percentage (expected a number such as 12.5 in offences per 1,000 people, '
        "without a % sign: format the cell as a number in the spreadsheet, or give the measure unit: per cent in "
        "campaign.yaml if it is a percentage)")


def test_percentages_that_are_all_below_one_may_be_fractions_and_are_warned_about(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path, "rate-change")
    (campaign / "figures.csv").write_text(
        "area,measure,last_year,this_year\nYnys Môn,electric,0.18,0.315\nGwynedd,electric,0.05,0.05\n"
        "Rhondda Cynon Taf,electric,0,0.04\nPowys,electric,0.008,0.012\nWales,electric,0.102,0.146\n",
        encoding="utf-8")
    assert [w.message for w in campaign_warnings(load_campaign(campaign), PRESETS["en_GB"])
            if w.code == "percent_fractions"] == [
        "every figure of 'electric' is below 1 per cent (such as 0.18 in figures.csv row 2): if they are fractions "
        "(0.18 for 18 per cent), format those cells as percentages in the spreadsheet"]
    edit(campaign / "figures.csv", "0.102,0.146", "10.2,14.6")
    assert not [w for w in campaign_warnings(load_campaign(campaign), PRESETS["en_GB"])
                if w.code == "percent_fractions"]


def test_a_total_row_in_figures_csv_is_told_to_name_its_area(example: Path) -> None:
    with (example / "figures.csv").open("a", encoding="utf-8") as figures:
        figures.write("Total,contacts,1,2\n")
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert "\"Total\" is not a known area (expected the area the total is for, as areas.csv names it, or the row " \
        "deleted; the areas are: " in str(caught.value)
