"""Figures in an OpenDocument spreadsheet (.ods) as downloaded: read as the spreadsheet shows them, exactly as the
same figures in a CSV file or an .xlsx workbook; files that are not one, told what they are and what to do.

Small .ods files are built here (a ZIP archive: ``mimetype`` first, ``content.xml``, ``META-INF/manifest.xml``);
the files in tests/data/libreoffice were saved by LibreOffice Calc itself."""

from __future__ import annotations

import io
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.numbers import parse_figure
from drafter.load.ods import read_ods_rows
from drafter.model import SourceRef
from tests.conftest import edit
from tests.helpers import FIGURES, TABLE, campaign_with

LIBREOFFICE = Path(__file__).parent / "data" / "libreoffice"
MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
NAMESPACES = " ".join(f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}"' for prefix, name in [
    ("office", "office:1.0"), ("table", "table:1.0"), ("text", "text:1.0"), ("style", "style:1.0"),
    ("number", "datastyle:1.0")]) + ' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:' \
    'calcext:1.0"'


def ods(body: str, styles: str = "", *, doctype: str = "", manifest: str = "", mimetype: str = MIMETYPE) -> bytes:
    """An .ods file's bytes, with ``body`` (table:table elements) and ``styles`` (automatic styles) as its content."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content {NAMESPACES}>'
               f"<office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet>"
               f"{body}</office:spreadsheet></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                         f'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
                         f'manifest:media-type="{mimetype}"/>{manifest}</manifest:manifest>')
    return buffer.getvalue()


def sheet(name: str, *rows: str, style: str = "") -> str:
    return f'<table:table table:name="{name}" table:style-name="{style}">{"".join(rows)}</table:table>'


def row(*cells: str, repeated: int = 1) -> str:
    return f'<table:table-row table:number-rows-repeated="{repeated}">{"".join(cells)}</table:table-row>'


def text(value: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def number(value: str, kind: str = "float", style: str = "", shown: str = "") -> str:
    return (f'<table:table-cell table:style-name="{style}" office:value-type="{kind}" office:value="{value}">'
            f"<text:p>{shown or value}</text:p></table:table-cell>")


def rows_of(tmp_path: Path, data: bytes, sheet_name: str | None = None, name: str = "figures.ods") -> list[list[str]]:
    path = tmp_path / name
    path.write_bytes(data)
    return read_ods_rows(path, name, sheet_name, 50_000_000)


def refusal(tmp_path: Path, data: bytes, name: str = "figures.ods", sheet_name: str | None = None) -> str:
    with pytest.raises(InputError) as caught:
        rows_of(tmp_path, data, sheet_name, name)
    return str(caught.value)


def test_a_workbook_libreoffice_saved_is_read_as_it_shows_it() -> None:
    assert read_ods_rows(LIBREOFFICE / "features.ods", "features.ods", None, 50_000_000) == [
        ["Police recorded crime, 2023"],
        [],
        ["Area code", "Area", "2022-23", "2023-24", "Share", "Money"],
        # 1234.56 shown as 1,235; a formula's saved value; 0.18 shown as 18.0%; £1,234.50 as the amount
        ["W06000001", "Ynys Môn", "1235", "2469.12", "18.0%", "1234.50"],
        ["W06000002", "Gwynedd", "[x]", "#DIV/0!", "13%", "#VALUE!"],  # errors as shown; 12.5% shown as 13%
        [],
        ["Source: Home Office"],  # merged over three cells: the covered two are empty
        ["line1\nline2   spaced"],
    ]  # the million empty rows LibreOffice writes below, and the hidden sheet, are not read


def figures_of(campaign: Path) -> dict[tuple[str, str, str], Decimal]:
    return {key: value.amount for key, value in load_campaign(campaign).figures.items()}


def test_the_example_as_ods_and_as_xlsx_gives_the_figures_of_its_csv(example: Path) -> None:
    from_csv = figures_of(example)
    (example / "figures.csv").unlink()
    shutil.copyfile(LIBREOFFICE / "figures.ods", example / "figures.ods")  # found as figures.csv would be
    assert figures_of(example) == from_csv
    assert load_campaign(example).figures[("Cheshire", "contacts", "after")].sources[0] == \
        SourceRef("figures.ods", row=3, column="after")
    (example / "figures.ods").rename(example / "figures.xlsx")
    shutil.copyfile(LIBREOFFICE / "figures.xlsx", example / "figures.xlsx")
    assert figures_of(example) == from_csv


def test_a_published_table_saved_by_libreoffice_gives_the_figures_of_its_csv(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    published = FIGURES.replace("potholes.csv", "potholes.ods")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\n" + published)
    shutil.copyfile(LIBREOFFICE / "potholes.ods", campaign / "potholes.ods")
    from_ods = load_campaign(campaign)
    (campaign / "potholes.csv").write_text(TABLE, encoding="utf-8")
    yaml = campaign / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("potholes.ods", "potholes.csv"), encoding="utf-8")
    from_csv = load_campaign(campaign)
    assert {k: v.amount for k, v in from_ods.figures.items()} == {k: v.amount for k, v in from_csv.figures.items()}
    assert from_ods.unavailable.keys() == from_csv.unavailable.keys()  # Powys's [x] and n/a
    assert [w.message.replace(".ods", ".csv") for w in from_ods.notices] == [w.message for w in from_csv.notices]


def test_libreoffices_percentages_and_two_row_header_read_as_the_xlsx(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path, "rate-change")
    shutil.copyfile(LIBREOFFICE / "buses.ods", campaign / "buses.ods")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         "  last_year: {file: buses.ods, sheet: Table 1, area: Area, value: 2022-23}\n"
         "  this_year: {file: buses.ods, sheet: Table 1, area: Area, value: 2023-24}\n")
    figures = {key[0]: value.amount for key, value in load_campaign(campaign).figures.items() if key[2] == "this_year"}
    assert figures == {"Wales": Decimal("14.6"), "Ynys Môn": Decimal("4.0"), "Gwynedd": Decimal("31.5"),
                       "Rhondda Cynon Taf": Decimal("10.5"), "Powys": Decimal("1.2")}  # as the .xlsx gives them


STYLES = """
<number:number-style style:name="N1"><number:number number:decimal-places="1"/></number:number-style>
<number:percentage-style style:name="P2"><number:number number:decimal-places="2"/><number:text>%</number:text>
</number:percentage-style>
<number:currency-style style:name="C0P0"><number:currency-symbol>£</number:currency-symbol>
<number:number number:decimal-places="2" number:grouping="true"/></number:currency-style>
<number:currency-style style:name="C0"><number:text>-</number:text><number:currency-symbol>£</number:currency-symbol>
<style:map style:condition="value()&gt;=0" style:apply-style-name="C0P0"/></number:currency-style>
<style:style style:name="one" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="child" style:family="table-cell" style:parent-style-name="one"/>
<style:style style:name="pct" style:family="table-cell" style:data-style-name="P2"/>
<style:style style:name="money" style:family="table-cell" style:data-style-name="C0"/>
<style:style style:name="gone" style:family="table"><style:table-properties table:display="false"/></style:style>
"""


def test_each_kind_of_cell_is_read_as_shown(tmp_path: Path) -> None:
    body = sheet(
        "Figures",
        '<table:table-column table:number-columns-repeated="2"/>'
        '<table:table-column table:default-cell-style-name="one"/>',
        row(number("12.345", style="one"), number("12.35", style="child"), number("7.25"), number("0.18", "percentage"),
            number("0.123456", "percentage", "pct"), number("1234.5", "currency", "money", "£1,234.50"),
            number("0.30000000000000004"), number("2.5e3"), number("NaN", shown="n/a"),
            number("1e999999999", shown="1E+999999999"), number("1e20")),
        row('<table:table-cell office:value-type="date" office:date-value="2024-11-05T00:00:00"/>',
            '<table:table-cell office:value-type="date" office:date-value="2024-11-05T10:30:00"/>',
            '<table:table-cell office:value-type="time" office:time-value="PT09H05M00S"/>',
            '<table:table-cell office:value-type="boolean" office:boolean-value="true"/>'),
        row('<table:table-cell office:value-type="string"><text:p>Rhondda<text:s text:c="3"/>Cynon<text:tab/>Taf'
            '<text:line-break/><text:span>Bro</text:span> <text:a>Morgannwg</text:a></text:p><text:p>(2)</text:p>'
            '</table:table-cell>',
            '<table:table-cell office:value-type="string"><office:annotation><text:p>check this</text:p>'
            "</office:annotation><text:p>[c]</text:p></table:table-cell>",
            '<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>merged</text:p>'
            '</table:table-cell><table:covered-table-cell office:value-type="string"><text:p>hidden</text:p>'
            "</table:covered-table-cell>"),
        row('<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" '
            'calcext:value-type="error"><text:p>Err:502</text:p></table:table-cell>',
            '<table:table-cell table:formula="of:=SUM([.A1:.A2])"/>',
            '<table:table-cell table:formula="of:=[.A1]*2" office:value-type="float" office:value="24.69"/>'),
    )
    assert rows_of(tmp_path, ods(body, STYLES)) == [
        # a format's places (and its parent style's; a column's default style), a percentage to its places or as
        # it is, an amount of money (its positive format), 15 significant digits, a number written 2.5e3, NaN
        ["12.3", "12.4", "7.3", "18%", "12.35%", "1234.50", "0.3", "2500", "n/a", "1E+999999999",
         "100000000000000000000"],  # too big for any figure: refused by its parser
        ["2024-11-05", "2024-11-05T10:30:00", "09:05:00", "True"],
        ["Rhondda   Cynon\tTaf\nBro Morgannwg\n(2)", "[c]", "merged"],  # a comment left out; a covered cell empty
        ["Err:502", "=SUM([.A1:.A2])", "24.7"],  # a formula's value, in its column's format
    ]


def test_repeated_rows_and_cells_are_counted_not_expanded_and_bounded(tmp_path: Path) -> None:
    empty_rest = row('<table:table-cell table:number-columns-repeated="16384"/>', repeated=1_048_000)
    body = sheet("Figures", row(text("area"), '<table:table-cell table:number-columns-repeated="16383"/>'),
                 empty_rest, row(text("Cheshire"), number("150", shown="150"), repeated=2), empty_rest)
    rows = rows_of(tmp_path, ods(body))
    assert len(rows) == 1_048_003 and rows[-1] == ["Cheshire", "150"] and rows[1] == []
    too_wide = sheet("Figures", row('<table:table-cell table:number-columns-repeated="20000"/>', text("x")))
    assert refusal(tmp_path, ods(too_wide)) == (
        "figures.ods:1: has a cell beyond column 16,384 (expected a sheet of at most 16,384 columns, 1,048,576 rows "
        "and 5,000,000 cells)")
    too_tall = sheet("Figures", row(text("x"), repeated=2_000_000))
    assert refusal(tmp_path, ods(too_tall)).startswith("figures.ods:1048576: has more rows or cells than drafter "
                                                       "reads (row 2,000,000) (expected a sheet of at most")
    too_many = sheet("Figures", row('<table:table-cell table:number-columns-repeated="16384" '
                                    'office:value-type="float" office:value="1"/>', repeated=400))
    assert "has more rows or cells than drafter reads" in refusal(tmp_path, ods(too_many))


def test_a_count_that_is_not_a_plain_number_is_read_as_once(tmp_path: Path) -> None:
    odd = ('<table:table-cell table:number-columns-repeated="\u00b2" office:value-type="float" office:value="7"/>'
           '<table:table-cell table:number-columns-repeated="x" office:value-type="string"><text:p>a<text:s text:c="'
           '\u00b2"/>b</text:p></table:table-cell>')
    styles = '<number:number-style style:name="N"><number:number number:decimal-places="\u00b2"/>' \
        '</number:number-style><style:style style:name="odd" style:family="table-cell" style:data-style-name="N"/>'
    deep = '<table:table-cell office:value-type="string"><text:p>' + "<text:span>" * 2000 + "deep" + \
        "</text:span>" * 2000 + "</text:p></table:table-cell>"
    assert rows_of(tmp_path, ods(sheet("Figures", row(odd, number("1.25", style="odd"), deep)), styles)) == \
        [["7", "a b", "1.25"]]  # spans nested thousands deep: not read, and no crash


def test_the_sheet_a_person_sees_is_read_and_a_name_not_there_is_told_the_nearest(tmp_path: Path) -> None:
    book = ods(sheet("Codes", row(text("lookup")), style="gone") + sheet("Table 1", row(text("area"))), STYLES)
    assert rows_of(tmp_path, book) == [["area"]]  # the hidden lookup sheet is not one to choose between
    assert rows_of(tmp_path, book, "Codes") == [["lookup"]]
    assert refusal(tmp_path, book, sheet_name="table1") == (
        "figures.ods: has no sheet named 'table1' (expected one of Codes (hidden), Table 1; did you mean 'Table 1'?)")
    two = ods(sheet("Notes", row(text("x"))) + sheet("Table 1", row(text("area"))))
    assert refusal(tmp_path, two) == (
        "figures.ods: has 2 sheets (Notes, Table 1) (expected figures_sheet: <name> in campaign.yaml to choose one)")


def test_a_workbooks_hidden_sheet_is_not_one_to_choose_between(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from drafter.load.xlsx import read_xlsx_rows

    book = Workbook()
    book.active.title = "Codes"
    book.active.sheet_state = "hidden"
    book.create_sheet("Table 1")["A1"] = "area"
    book.save(tmp_path / "figures.xlsx")
    assert read_xlsx_rows(tmp_path / "figures.xlsx", "figures.xlsx", None, 50_000_000) == [["area"]]


def _renamed_xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "name", "message"), [
    (b'<?xml version="1.0"?><office:document office:mimetype="' + MIMETYPE.encode() + b'"/>', "figures.fods",
     "figures.fods: is a flat OpenDocument spreadsheet (.fods), saved as one XML file (expected an .ods file: open "
     "it in LibreOffice Calc and use File > Save As, 'ODF Spreadsheet (.ods)')"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "figures.ods",
     "figures.ods: is an older Excel workbook (.xls) with a name ending .ods (expected the file opened in LibreOffice "
     "Calc and saved again as 'ODF Spreadsheet (.ods)')"),
    (_renamed_xlsx(), "figures.ods",
     "figures.ods: is an Excel workbook (.xlsx) with a name ending .ods (expected the file renamed to end .xlsx, "
     "which drafter reads too, or saved from Excel as 'OpenDocument Spreadsheet (.ods)')"),
    (ods("", mimetype="application/vnd.oasis.opendocument.text"), "figures.ods",
     "figures.ods: is not an OpenDocument spreadsheet (application/vnd.oasis.opendocument.text) (expected an .ods "
     "file as LibreOffice Calc, Excel or a statistics office saves it)"),
    (ods(sheet("Figures", row(text("x"))), manifest='<manifest:file-entry manifest:full-path="content.xml">'
         "<manifest:encryption-data/></manifest:file-entry>"), "figures.ods",
     "figures.ods: is protected with a password, so its figures cannot be read (expected the file saved without a "
     "password: open it in LibreOffice Calc, File > Save As, and untick 'Save with password')"),
    (ods(sheet("Figures", row(text("x"))))[:300], "figures.ods",
     "figures.ods: cannot be read as an OpenDocument spreadsheet: it is cut short or damaged, as when a download or "
     "a copy from a shared drive stops part of the way (expected the file downloaded or copied again; or, if it opens "
     "in LibreOffice Calc, saved again from there as 'ODF Spreadsheet (.ods)')"),
    (ods(sheet("Figures", row(text("&lol;"))), doctype='<!DOCTYPE d [<!ENTITY lol "lol">]>'), "figures.ods",
     "figures.ods: holds a content.xml that drafter does not read: XML with a document type declaration or not in "
     "UTF-8 (expected an .ods file as LibreOffice Calc, Excel or a statistics office saves it)"),
    (ods(sheet("Figures", row(text("x &amp y")))), "figures.ods",
     "figures.ods: cannot be read as an OpenDocument spreadsheet: its content.xml is damaged (not well-formed "
     "(invalid token): line 1, column 708) (expected an .ods file as LibreOffice Calc, Excel or a statistics office "
     "saves it; download it again)"),
    (b"area,measure,before,after\r\nCheshire,contacts,150,440\r\n", "figures.ods",
     "figures.ods: is a CSV file (text with commas) with a name ending .ods (expected the file renamed to end .csv, "
     "which drafter reads too)"),
], ids=["fods", "xls", "xlsx renamed", "odt", "password", "cut short", "doctype", "damaged", "csv renamed"])
def test_a_file_that_is_not_an_ods_is_told_what_it_is(tmp_path: Path, data: bytes, name: str, message: str) -> None:
    assert refusal(tmp_path, data, name) == message


def test_a_file_without_its_mimetype_part_is_read_when_its_manifest_says_it_is_a_spreadsheet(tmp_path: Path) -> None:
    book = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(ods(sheet("Figures", row(text("area")))))) as source, \
            zipfile.ZipFile(book, "w") as copy:
        for name in ("content.xml", "META-INF/manifest.xml"):
            copy.writestr(name, source.read(name))
    assert rows_of(tmp_path, book.getvalue()) == [["area"]]


def test_figures_ods_beside_figures_csv_is_not_passed_over(example: Path) -> None:
    shutil.copyfile(LIBREOFFICE / "figures.ods", example / "figures.ods")
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert str(caught.value) == (
        "campaign.yaml: figures: the campaign folder has both figures.csv and figures.ods (expected figures: "
        "figures.ods (or figures.csv) in campaign.yaml to say which holds the figures, or only one of them in the "
        "folder)")


def test_a_spreadsheet_drafter_does_not_read_is_told_the_kinds_it_does(tmp_path: Path) -> None:
    from drafter.load.table import read_table

    (tmp_path / "figures.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError) as caught:
        read_table(tmp_path / "figures.xls", "figures.xls")
    assert str(caught.value) == ("figures.xls: is an older Excel workbook (.xls), which drafter does not read "
                                 "(expected a CSV, .xlsx or .ods file: open it in Excel or LibreOffice Calc and save "
                                 "it as one)")


def test_a_formula_error_or_a_formula_without_its_value_is_refused_as_for_xlsx() -> None:
    where = SourceRef("figures.ods", row=4, column="after")
    with pytest.raises(InputError) as caught:
        parse_figure("Err:502", "count", where, "after")
    assert str(caught.value) == ("figures.ods:4: after: is LibreOffice's error Err:502: the formula that gives this "
                                 "figure failed (expected a number: correct the formula in the spreadsheet, or "
                                 "write [x] where the figure is not available)")
    with pytest.raises(InputError) as caught:
        parse_figure("=SUM([.D4:.D8])", "count", where, "after")
    assert str(caught.value).endswith("is a formula that has not been calculated: the program that saved the "
                                      "workbook kept the formula but not its value (expected the figure: open the "
                                      "file in LibreOffice Calc and save it, so that the value is saved with the "
                                      "formula)")


def test_a_libreoffice_error_in_a_figure_is_named_at_its_cell(example: Path) -> None:
    error = ('<table:table-cell table:formula="of:=[.C3]/0" office:value-type="string" office:string-value="" '
             'calcext:value-type="error"><text:p>Err:502</text:p></table:table-cell>')
    rows = [row(*map(text, ["area", "measure", "before", "after"]))] + [
        row(text(area), text("contacts"), number("5"), error if area == "Cumbria" else number("7"))
        for area in ("North West", "Cheshire", "Cumbria")]
    (example / "figures.csv").unlink()
    (example / "figures.ods").write_bytes(ods(sheet("Figures", *rows)))
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert str(caught.value).startswith("figures.ods:4: after: is LibreOffice's error Err:502: the formula that gives")


def test_a_password_protected_ods_stops_the_draft_with_one_line(example: Path) -> None:
    (example / "figures.csv").unlink()
    (example / "figures.ods").write_bytes(ods("", manifest="<manifest:encryption-data/>"))
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(example / "out")])
    assert result.exit_code == 1
    assert result.stderr == ("error: figures.ods: is protected with a password, so its figures cannot be read "
                             "(expected the file saved without a password: open it in LibreOffice Calc, File > "
                             "Save As, and untick 'Save with password')\n")
    assert not (example / "out").exists()


@given(st.decimals(min_value=0, max_value=Decimal("1e12"), places=3, allow_nan=False, allow_infinity=False),
       st.booleans())
def test_an_exact_decimal_is_read_back_exactly(tmp_path_factory: pytest.TempPathFactory, amount: Decimal,
                                               percent: bool) -> None:
    stored = format(amount / 100 if percent else amount, "f")
    cell = number(stored, "percentage" if percent else "float", shown="0.0")  # the text rounds it: the value is exact
    folder = tmp_path_factory.mktemp("exact", numbered=True)
    [[read]] = rows_of(folder, ods(sheet("Figures", row(cell))))
    assert parse_figure(read, "rate", SourceRef("figures.ods", row=1)) == amount


def test_a_cell_an_ods_merges_down_is_each_rows_it_covers(tmp_path: Path) -> None:
    spanned = '<table:table-cell table:number-rows-spanned="3" office:value-type="string"><text:p>Cardiff</text:p>' \
        "</table:table-cell>"
    covered = "<table:covered-table-cell/>"
    across = '<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Rates</text:p>' \
        '</table:table-cell><table:covered-table-cell table:number-columns-repeated="1"/>'
    (tmp_path / "t.ods").write_bytes(ods(sheet("S", row(text("Area"), across), row(spanned, text("Number"),
                                                                                    number("120")),
                                               row(covered, text("Rate"), number("4.1")), row(covered),
                                               row(text("Powys"), text("Number"), number("5")))))
    assert read_ods_rows(tmp_path / "t.ods", "t.ods", None, 10**7) == [  # a row of nothing else stays blank
        ["Area", "Rates"], ["Cardiff", "Number", "120"], ["Cardiff", "Rate", "4.1"], [], ["Powys", "Number", "5"]]


def test_the_one_sheet_with_the_columns_is_read_in_full_where_none_is_named(tmp_path: Path) -> None:
    """Every sheet's first rows are read for the header; the one that has it, not the first, is read again whole."""
    from drafter.load.table import _naming

    book = ods(sheet("Cover", row(text("Food parcels"))) + sheet("Notes", row(text("Note 1"))) + sheet(
        "Table 1", row(text("Rates")), row(text("area"), text("2023-24")), row(text("Powys"), number("7"), repeated=40),
        row(text("Gwynedd"), number("9"))))
    (tmp_path / "figures.ods").write_bytes(book)
    rows = read_ods_rows(tmp_path / "figures.ods", "figures.ods", None, 50_000_000, finds=_naming(("2023-24",)))
    assert (rows.name, len(rows), rows[-1]) == ("Table 1", 43, ["Gwynedd", "9"])
    assert [n.message for n in rows.notices] == [
        "figures.ods has 3 sheets (Cover, Notes, Table 1) and campaign.yaml names none: sheet 'Table 1' is read, the "
        "only one whose header has the columns to read; to be sure, write figures_sheet: Table 1 in campaign.yaml"]


def test_a_count_whose_format_shows_a_marker_is_read_as_shown(tmp_path: Path) -> None:
    """A count under 5 a number format shows as [c] is withheld, though the file holds it; a zero shown "-" is 0."""
    data = ods(sheet("Table 1", row(text("Area"), text("2023-24")), row(text("Powys"), number("3", shown="[c]")),
                     row(text("Gwynedd"), number("0", shown="-")), row(text("Ynys Môn"), number("12", shown="12"))))
    assert rows_of(tmp_path, data) == [["Area", "2023-24"], ["Powys", "[c]"], ["Gwynedd", "0"],
                                       ["Ynys Môn", "12"]]
