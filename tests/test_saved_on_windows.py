"""Figures, areas and media lists as a press officer's Windows laptop saves them: each test builds the bytes as
Excel writes them ("Ynys Môn".encode("cp1252"): Excel's plain "CSV (Comma delimited)"; a byte-order mark for "CSV
UTF-8"; UTF-16 with tabs for "Unicode Text"; semicolons and decimal commas from Excel set to European settings).
What is read, read at the lowest level that owns the rule; one campaign end to end and one command."""

from __future__ import annotations

import codecs
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.figures import Collector
from drafter.load.numbers import from_decimal_comma, parse_figure
from drafter.load.table import Table, read_rows
from drafter.model import Measure, SourceRef

WELSH = 'area,measure,note\r\nYnys Môn,calls,"Council’s total – £1,200"\r\n'  # as typed in Excel on a UK laptop
TABS = "area\tmeasure\tnote\r\nYnys Môn\tcalls\tCouncil’s total – £1,200\r\n"  # Excel's "Unicode Text"
CELLS = {"area": "Ynys Môn", "measure": "calls", "note": "Council’s total – £1,200"}
SAVED = "save it from Excel with File > Save As > 'CSV UTF-8 (Comma delimited)'"


def _read(tmp_path: Path, data: bytes, names: tuple[str, ...] = ("area",), name: str = "figures.csv") -> Table:
    """The file of ``data`` read as figures.csv is (its header the first row naming ``names``), or as the media
    list is (no names: its first row)."""
    (tmp_path / name).write_bytes(data)
    stream = read_rows(tmp_path / name, name, None, names)
    return Table(stream.file, stream.columns, tuple(stream.rows), stream.header_row, stream.separator, stream.notices)


def _refusal(tmp_path: Path, data: bytes) -> str:
    with pytest.raises(InputError) as caught:
        _read(tmp_path, data)
    return str(caught.value)


@pytest.mark.parametrize("data", [
    WELSH.encode("utf-8"),
    WELSH.encode("utf-8-sig"),  # Excel's "CSV UTF-8"
    codecs.BOM_UTF16_LE + TABS.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + WELSH.encode("utf-16-be"),  # UTF-16 with commas, the other way round
], ids=["utf-8", "csv-utf-8-bom", "unicode-text-tabs", "utf-16-be-commas"])
def test_what_excel_saves_as_utf_is_read_without_a_word(tmp_path: Path, data: bytes) -> None:
    table = _read(tmp_path, data)
    assert ([row.cells for row in table.rows], table.notices) == ([CELLS], ())


def test_capitals_before_a_curly_apostrophe_are_not_taken_for_utf_8(tmp_path: Path) -> None:
    """"MÔN’S" in Windows-1252 is the bytes D4 92, which UTF-8 would read as one Cyrillic letter: still Windows'."""
    table = _read(tmp_path, "area,note\r\nYnys Môn,MÔN’S FIGURES\r\n".encode("cp1252"))
    assert (table.rows[0].cells["note"], [w.code for w in table.notices]) == ("MÔN’S FIGURES", ["windows_1252"])


def test_excels_plain_csv_is_read_as_windows_1252_with_a_warning(tmp_path: Path) -> None:
    table = _read(tmp_path, WELSH.encode("cp1252"))
    assert [row.cells for row in table.rows] == [CELLS]
    assert [(w.code, w.message) for w in table.notices] == [(
        "windows_1252", "figures.csv: saved as Excel's plain 'CSV (Comma delimited)', not as UTF-8, so read as Windows "
        f"text (Windows-1252); check that 'Ynys Môn' (row 2) reads as in Excel, and to be sure, {SAVED}")]


EXPECTED = "(expected the file saved from Excel with File > Save As > 'CSV UTF-8 (Comma delimited)'"


@pytest.mark.parametrize(("data", "message"), [
    (b"area,measure\r\nCardiff\x81,x\r\n",
     f"figures.csv:2: is neither UTF-8 nor Windows-1252 text: character 8 is the byte 0x81 {EXPECTED})"),
    ("area,measure\r\nYnys Môn,x\r\n".encode() + "Pen-y-bont ar Ogwr – Bridgend,x\r\n".encode("cp1252"),
     "figures.csv:3: is partly UTF-8 and partly not: character 20 is the byte 0x96, which is not UTF-8 (expected one "
     "kind of text throughout: check that line's names in Excel, then the file saved from Excel with File > Save As "
     "> 'CSV UTF-8 (Comma delimited)')"),
    ("area,measure\r\nYnys Môn,x\r\n".encode("mac_roman"),  # Excel for Mac's plain CSV
     "figures.csv:2: is not UTF-8, and read as Windows text it has 'Ynys M™n', as text saved on a Mac reads "
     f"{EXPECTED}, which Excel on a Mac has too)"),
    ("area,measure\r\n".encode("utf-16-le"), "figures.csv: is UTF-16 text without the mark at its start that says "
     f"so {EXPECTED})"),
    (codecs.BOM_UTF16_LE + "area,measure\r\n".encode("utf-16-le")[:-1], "figures.csv: is UTF-16 text (Excel's 'Unicode "
     f"Text') that is cut short or damaged {EXPECTED})"),
    ("area,measure\r\n".encode("utf-32"), f"figures.csv: is UTF-32 text, which Excel does not read or write {EXPECTED}"
     ", or from Notepad with Encoding: UTF-8)"),
    (b"\x00\x01\x02area" * 20, "figures.csv: has NUL bytes in it, so it is not text: perhaps a program's own file "
     f"under a name ending .csv {EXPECTED})"),
    (b"<!DOCTYPE html>\n<html><body>Sign in</body></html>", "figures.csv: is a web page (HTML) with a name ending "
     ".csv, not CSV text (expected the table itself, downloaded again as CSV or saved from Excel as 'CSV UTF-8')"),
], ids=["not-windows-1252", "partly-utf-8", "mac", "utf-16-without-bom", "utf-16-cut-short", "utf-32", "nul",
        "web-page"])
def test_anything_else_is_refused_saying_what_it_looks_like(tmp_path: Path, data: bytes, message: str) -> None:
    assert _refusal(tmp_path, data) == message


# --- the mark between columns ------------------------------------------------------------------------------------

def test_semicolons_are_read_where_the_header_shows_them_under_a_title(tmp_path: Path) -> None:
    data = "Table 1: calls, 2024;;;\r\narea;measure;before;after\r\nYnys Môn;calls;10,2;1.234,5\r\n".encode("cp1252")
    table = _read(tmp_path, data, ("area", "measure"))
    assert (table.separator, table.header_row, table.columns) == (";", 2, ("area", "measure", "before", "after"))
    assert [row.cells for row in table.rows] == [{"area": "Ynys Môn", "measure": "calls", "before": "10,2",
                                                  "after": "1.234,5"}]


def test_a_header_of_two_rows_under_a_title_with_a_semicolon_keeps_its_commas(tmp_path: Path) -> None:
    data = b"Fly-tipping; England\r\nCode,2022-23,,2023-24,\r\n,Number,%,Number,%\r\nE06000001,1,2,3,4\r\n"
    table = _read(tmp_path, data, ("code", "2023-24 number"))
    assert (table.separator, table.rows[0].cells["2023-24 number"]) == (",", "3")


def test_a_media_list_keeps_commas_when_a_cell_lists_areas_with_semicolons(tmp_path: Path) -> None:
    """With no column it must find, the header is the first row, read with the mark that splits it most."""
    comma = _read(tmp_path, b"outlet,email,areas\r\nDaily Post,news@example.org,Cardiff; Newport\r\n", (), "media.csv")
    semi = _read(tmp_path, b"outlet;email;areas\r\nDaily Post;news@example.org;Cardiff, Newport\r\n", (), "media.csv")
    assert [(t.separator, t.rows[0].cells["areas"]) for t in (comma, semi)] == [
        (",", "Cardiff; Newport"), (";", "Cardiff, Newport")]


def test_a_header_read_alike_with_semicolons_and_with_tabs_is_refused(tmp_path: Path) -> None:
    assert _refusal(tmp_path, b"area\tmeasure;area;measure\r\nCardiff\t1\r\n") == (
        "figures.csv: header: has semicolons and tabs in its header row, which names the columns with either "
        "between them (expected one mark between columns: the file saved from Excel with File > Save As > 'CSV "
        "UTF-8 (Comma delimited)')")


# --- decimal commas ----------------------------------------------------------------------------------------------

REF = SourceRef("figures.csv", row=3, column="after")


@pytest.mark.parametrize(("cell", "kind", "unit", "read"), [
    ("10,2", "rate", "", Decimal("10.2")), ("1.234,5", "rate", "", Decimal("1234.5")),
    ("1\u00a0234,5", "rate", "", Decimal("1234.5")), ("12,5%", "rate", "per cent", Decimal("12.5")),
    ("1.234,50 €", "rate", "EUR", Decimal("1234.50")), ("0,500", "rate", "", Decimal("0.500")),
    ("12.5", "rate", "", Decimal("12.5")), ("1.234.567", "count", "", Decimal(1234567)),
    ("4.120", "count", "", Decimal(4120)), ("1,500", "count", "", Decimal(1500)),  # a count is a whole number
])
def test_a_figure_in_the_laptops_own_format_is_read_the_one_way_it_can_be(cell: str, kind: str, unit: str,
                                                                         read: Decimal) -> None:
    figure = parse_figure(from_decimal_comma(cell, REF, "after", kind, unit), kind, REF, "after", unit)  # type: ignore[arg-type]
    assert (figure, str(figure)) == (read, str(read))


@pytest.mark.parametrize(("cell", "unit", "one_way", "other"), [
    ("1,500", "", "1.5", "1,500"), ("12.250", "", "12.25", "12,250"), ("£1,250", "GBP", "1.25", "1,250")])
def test_a_figure_that_could_be_read_two_ways_is_refused(cell: str, unit: str, one_way: str, other: str) -> None:
    with pytest.raises(InputError) as caught:
        from_decimal_comma(cell, REF, "after", "rate", unit)
    mark = "comma" if "," in cell else "dot"
    assert str(caught.value) == (
        f'figures.csv:3: after: "{cell}" could be read two ways: as {one_way} where its {mark} marks the decimals, or '
        f"as {other} where it marks the thousands (expected the figure written so that it reads one way only, such as "
        "1500 or 1,5 (in Excel, Format Cells > Number, without the thousands separator), or the sheet saved as an "
        "Excel Workbook (.xlsx), which keeps each figure as a number)")


def test_a_figure_refused_after_its_decimal_comma_is_read_is_shown_as_written() -> None:
    collector = Collector(decimal_comma=True)
    calls = Measure("calls", "calls", "calls", "count", SourceRef("campaign.yaml"))
    with pytest.raises(InputError) as caught:
        collector.put(("Cardiff", "calls", "after"), "1,5", REF, "after", calls)
    assert str(caught.value) == ('figures.csv:3: after: "1,5" is not a whole number (expected a whole number of 0 '
                                 "or more, such as 1,747; under the measure in campaign.yaml, money with pence says "
                                 "unit: GBP (its currency's code), and a figure with decimals, such as a rate per "
                                 "100,000 people or a wait in weeks, says kind: rate)")


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_a_rate_written_the_european_way_reads_back_exactly(number: Decimal) -> None:
    """Excel set to German settings writes 1234567.25 as "1.234.567,25": read back, it is the same Decimal."""
    whole, fraction = f"{number:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    assert parse_figure(from_decimal_comma(f"{grouped},{fraction}", REF, "after"), "rate", REF, "after") == number


def test_a_comma_files_figures_are_read_as_before(tmp_path: Path) -> None:
    """In a file with commas between its columns, "1,500" is fifteen hundred, as a UK Excel writes it."""
    assert parse_figure("1,500", "rate", REF, "after") == Decimal(1500)


# --- a campaign, and the command ---------------------------------------------------------------------------------

EUROPEAN = ("area;measure;before;after\r\nNorth West;contacts;1.747;3.549\r\nCheshire;contacts;150;440\r\n"
            "Cumbria;contacts;90;171\r\nGreater Manchester;contacts;620;1.240\r\nLancashire;contacts;410;799\r\n"
            "Merseyside;contacts;477;899\r\n")


def test_a_campaign_saved_by_excel_with_european_settings_reads_the_same_figures(example: Path) -> None:
    expected = {key: value.amount for key, value in load_campaign(example).figures.items()}
    (example / "figures.csv").write_bytes(EUROPEAN.encode("cp1252"))
    (example / "areas.csv").write_bytes((example / "areas.csv").read_text(encoding="utf-8").replace(
        "Cheshire Constabulary", "Heddlu’r Gogledd – Cheshire").encode("cp1252"))
    (example / "media.csv").write_bytes('outlet;email;areas\r\nYr Herald Môn;news@example.org;"Cheshire; Cumbria"\r\n'
                                        .encode("cp1252"))  # an areas cell in quote marks, as Excel writes it
    campaign = load_campaign(example)
    assert {key: value.amount for key, value in campaign.figures.items()} == expected
    assert [w.message.split(":")[0] for w in campaign.notices if w.code.startswith(("windows", "media"))] == [
        "areas.csv", "media.csv", "media.csv"]  # the last: no contact covers the north west, Greater Manchester, …


def test_the_warning_is_shown_when_a_release_is_previewed(example: Path) -> None:
    for name, old, new in (("areas.csv", "Cumbria Constabulary", "Cumbria’s police – all"),
                           ("figures.csv", "Merseyside,contacts,477,899\n", "Merseyside,contacts,477,899\nSource: "
                            "Stop It Now! – helpline records\n")):
        (example / name).write_bytes((example / name).read_text(encoding="utf-8").replace(old, new).encode("cp1252"))
    result = CliRunner().invoke(app, ["preview", str(example), "--area", "Cheshire"])
    assert result.exit_code == 0, result.stderr
    assert ("warning: areas.csv: saved as Excel's plain 'CSV (Comma delimited)', not as UTF-8, so read as Windows "
            f"text (Windows-1252); check that 'Cumbria’s police – all' (row 4) reads as in Excel, and to be sure, "
            f"{SAVED}\n") in result.stderr
    assert "warning: figures.csv: saved as Excel's plain 'CSV (Comma delimited)'" in result.stderr
