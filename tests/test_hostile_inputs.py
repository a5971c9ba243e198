"""Inputs made to hurt, or damaged by bad luck: a few kilobytes of workbook that would take minutes and gigabytes
to read, and Word files whose parts lead outside them or nowhere, are refused with one line after a bounded amount
of work, never a traceback. (Limits are made small here, so each test reads a tiny file.)"""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

from drafter import api
from drafter.document import STYLES_USED
from drafter.errors import InputError, TemplateError
from drafter.load import load_campaign
from drafter.load.csv_text import decode_csv
from drafter.load.xlsx import read_xlsx_rows
from drafter.reports.check_read import Unreadable, read_edited
from drafter.writers.docx import DocxWriter
from drafter.writers.docx_faults import UnreadableDocx
from drafter.writers.docx_read import read_document
from tests.conftest import EXAMPLE, edit

FIGURES = [["area", "measure", "before", "after"], ["North West", "contacts", 1747, 3549],
           ["Cheshire", "contacts", 150, 440]]


def workbook(path: Path, extra_rows: str) -> Path:
    """A workbook of FIGURES as Excel saves it, with ``extra_rows`` (sheet XML) after its rows."""
    from openpyxl import Workbook

    book = Workbook()
    for row in FIGURES:
        book.active.append(row)
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", extra_rows.encode() + b"</sheetData>")
            target.writestr(item, data)
    return path


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_xlsx_rows(path, path.name, None, 10_000_000)
    return caught.value.line()


def test_a_cell_far_down_a_sheet_is_refused_past_the_last_row_excel_has(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # One cell in row 30,000,000 (Excel's last is 1,048,576) took 50 s and 2 GB: every empty row before it was built.
    monkeypatch.setattr("drafter.load.sheets.MAX_ROWS", 50)
    path = workbook(tmp_path / "figures.xlsx", '<row r="30000000"><c r="A30000000"><v>1</v></c></row>')
    assert refusal(path) == ("figures.xlsx:50: has more rows or cells than drafter reads (row 51) (expected a sheet "
                             "of at most 16,384 columns, 1,048,576 rows and 5,000,000 cells)")


def test_cells_far_across_every_row_are_refused_past_the_cells_drafter_reads(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # A cell in column XFD of each of 200,000 rows (a 1 MB file) makes 16,384 cells a row: hours and terabytes.
    monkeypatch.setattr("drafter.load.sheets.MAX_CELLS", 50_000)
    rows = "".join(f'<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>' for n in range(4, 10))
    assert refusal(workbook(tmp_path / "figures.xlsx", rows)) == (
        "figures.xlsx:7: has more rows or cells than drafter reads (row 7) (expected a sheet of at most 16,384 "
        "columns, 1,048,576 rows and 5,000,000 cells)")


def test_a_workbook_within_the_limits_is_read_as_before(tmp_path: Path) -> None:
    assert read_xlsx_rows(workbook(tmp_path / "figures.xlsx", ""), "figures.xlsx", None, 10_000_000) == [
        [str(cell) for cell in row] for row in FIGURES]


def relinked(path: Path, part: str, target: str, new: str) -> Path:
    """drafter's reference.docx with one relationship's target in ``part`` changed to ``new``."""
    shipped = Path(__file__).resolve().parent.parent / "templates" / "reference.docx"
    with zipfile.ZipFile(shipped) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == part:
                assert f'Target="{target}"'.encode() in data
                data = data.replace(f'Target="{target}"'.encode(), new.encode())
            copy.writestr(item, data)
    return path


EXTERNAL = 'Target="http://example.invalid/t.dotx" TargetMode="External"'


def test_a_letterhead_linking_to_a_file_outside_it_is_refused_before_anything_is_drafted(example: Path) -> None:
    # A header, or a template attached from a server, kept outside the letterhead: every release carried the link.
    relinked(example / "letterhead.docx", "word/_rels/document.xml.rels", "settings.xml", EXTERNAL)
    edit(example / "campaign.yaml", "areas: all", "areas: all\nreference: letterhead.docx")
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert caught.value.line() == (
        "letterhead.docx: reference: links to 'http://example.invalid/t.dotx', outside the file (the settings of "
        "word/document.xml), which every release would carry: Word would fetch it when a newsdesk opens a release, "
        "or show it broken (expected a letterhead holding its pictures and template itself: insert the logo as a "
        "picture, not with Link to File, attach no template (Developer, Document Template), and save it again)")


def test_a_letterhead_whose_styles_part_cannot_be_found_is_one_line(tmp_path: Path) -> None:
    # python-docx finds the styles part only when asked: made a link to the document itself, it recursed forever.
    path = relinked(tmp_path / "letterhead.docx", "word/_rels/document.xml.rels", "styles.xml",
                    'Target="document.xml"')
    with pytest.raises(TemplateError) as caught:
        DocxWriter(path, STYLES_USED)
    assert caught.value.line() == (
        f"{path}: reference: cannot be opened as a Word document: its parts lead to one another round in a loop, "
        "which Word never saves (expected the file opened in Word (which repairs what it can) and saved again as "
        "'Word Document (.docx)'; if Word cannot open it either, a copy from before it was damaged)")


def test_a_word_file_to_check_whose_styles_are_a_link_is_skipped_as_unreadable(tmp_path: Path) -> None:
    path = relinked(tmp_path / "cheshire.docx", "word/_rels/document.xml.rels", "styles.xml", EXTERNAL)
    with pytest.raises(UnreadableDocx) as caught:
        read_document(path.read_bytes())
    assert str(caught.value) == "its styles are in another file it links to, not in itself (expected the file " \
                                "opened in Word and saved again as 'Word Document (.docx)', which keeps them in it)"


@pytest.mark.skipif(os.name == "nt", reason="making links needs privileges on Windows")
def test_a_file_to_check_that_is_a_link_round_in_a_loop_is_skipped_saying_so(tmp_path: Path) -> None:
    loop = tmp_path / "cheshire.md"
    loop.symlink_to("cheshire.md")  # a link to itself: "does not exist" sent the reader looking for a lost file
    result = api.check(EXAMPLE, [loop], area="Cheshire")
    assert result.skipped == ((str(loop), "is a link that leads round in a loop, never to a file"),)


def test_a_programs_file_under_a_csv_name_is_not_called_utf16_text() -> None:
    # NUL bytes on both sides of each pair, as a program's file has them (here an ELF header), were called UTF-16.
    program = b"\x7fELF\x02\x01\x01" + bytes(600) + bytes(range(1, 256)) * 2  # a third of it zeros, either side
    with pytest.raises(InputError) as caught:
        decode_csv(program, "figures.csv")
    assert caught.value.line() == (
        "figures.csv: has NUL bytes in it, so it is not text: perhaps a program's own file under a name ending .csv "
        "(expected the file saved from Excel with File > Save As > 'CSV UTF-8 (Comma delimited)')")


def test_a_markdown_table_larger_than_any_release_has_is_read_as_plain_text(tmp_path: Path) -> None:
    # A 2 MB Markdown table of a million cells kept `drafter check` busy for minutes in Markdown's parser.
    path = tmp_path / "cheshire.md"
    path.write_text("|a" * 1000 + "|\n" + "|-" * 1000 + "|\n" + ("| " * 1000 + "|\n") * 60, encoding="utf-8")  # (60,000
    # cells of figures would be more figures than any release has, and skipped for that: tests above)
    start = time.process_time()
    paragraphs = read_edited(path).paragraphs
    assert time.process_time() - start < 1  # several seconds through Markdown's parser
    assert [p.text[:6] for p in paragraphs] == ["|a|a|a"]  # one paragraph of text, checked as a person wrote it


def test_a_file_to_check_with_more_paragraphs_than_any_release_is_skipped(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # A 600 KB Word file of 100,000 table cells took three minutes to check, a millisecond or two a cell.
    monkeypatch.setattr("drafter.reports.check_read.MAX_PARAGRAPHS", 10)
    path = tmp_path / "cheshire.txt"
    path.write_text("\n\n".join(f"Paragraph {n}." for n in range(11)), encoding="utf-8")
    with pytest.raises(Unreadable) as caught:
        read_edited(path)
    assert str(caught.value) == ("has 11 paragraphs and table cells, more than any release drafter drafts (at most 10 "
                                 "are checked)")


@pytest.mark.parametrize(("limit", "text", "told"), [
    # A 10 MB paragraph of five million figures ("9 9 9 …") was judged a figure at a time, for hours.
    ("MAX_FIGURES", "9 " * 11, "has 11 figures"),
    # A word that may start a phrase drafter reads ("a third") takes half a millisecond: 300 KB of "*a *a …" a minute.
    ("MAX_WORDS", "*a " * 11, "has 11 words")])
def test_a_file_to_check_with_more_figures_or_words_than_any_release_is_skipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, text: str, told: str) -> None:
    monkeypatch.setattr(f"drafter.reports.check_read.{limit}", 10)
    path = tmp_path / "cheshire.md"
    path.write_text("Calls rose to " + "1," * 1000 + "\n\nSee page 9.", encoding="utf-8")  # one long figure is one
    assert len(read_edited(path).paragraphs) == 2
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Unreadable) as caught:
        read_edited(path)
    assert str(caught.value) == f"{told}, more than any release drafter drafts (at most 10 are checked)"


def rewritten(path: Path, part: str, old: str, new: str) -> Path:
    """The workbook at ``path`` with ``old`` in its ``part`` made ``new``."""
    with zipfile.ZipFile(path) as source:
        parts = {item.filename: source.read(item.filename) for item in source.infolist()}
    assert old.encode() in parts[part]
    parts[part] = parts[part].replace(old.encode(), new.encode(), 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


WRONGLY_WRITTEN = ("figures.xlsx: cannot be read as an Excel workbook: a cell refers to text or a style the workbook "
                   "does not hold, or its styles are not as Excel writes them, as when a program other than Excel "
                   "writes the file wrongly (expected an .xlsx file saved by Excel or LibreOffice; open it in Excel "
                   "(which repairs what it can) and save it again)")


@pytest.mark.parametrize("cell", [
    '<c r="A4" t="s"><v>9999</v></c>',  # text past the end of the workbook's shared strings: an IndexError traceback
    '<c r="A4" t="s"><v>99999999999999999999999</v></c>',  # and past any index Python has
    '<c r="A4" s="99"><v>1</v></c>',  # a style past the end of its styles
])
def test_a_cell_naming_text_or_a_style_the_workbook_does_not_hold_is_one_line(tmp_path: Path, cell: str) -> None:
    path = workbook(tmp_path / "figures.xlsx", f'<row r="4">{cell}</row>')
    assert refusal(path) == WRONGLY_WRITTEN


def test_a_cell_naming_shared_text_by_a_negative_number_is_one_line_not_the_last_text_read_in_its_place(
        tmp_path: Path) -> None:
    # openpyxl counts a negative index from the end of the workbook's shared text: Cheshire was read in row 4.
    path = workbook(tmp_path / "figures.xlsx", '<row r="4"><c r="A4" t="s"><v>-1</v></c><c r="B4" t="s"><v>0</v></c>'
                    '<c r="C4"><v>1</v></c><c r="D4"><v>2</v></c></row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rewritten(path, "[Content_Types].xml", "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="'
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rewritten(path, "xl/_rels/workbook.xml.rels", "</Relationships>", '<Relationship Id="rId99" Type="http://schemas.'
              'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              "</Relationships>")
    with zipfile.ZipFile(path, "a") as book:
        book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}"><si><t>contacts</t></si><si><t>Cheshire</t></si>'
                      "</sst>")
    assert refusal(path) == WRONGLY_WRITTEN
    rewritten(path, "xl/worksheets/sheet1.xml", "<v>-1</v>", "<v>1</v>")
    assert read_xlsx_rows(path, path.name, None, 10_000_000)[3] == ["Cheshire", "contacts", "1", "2"]


def test_a_workbook_whose_styles_are_not_as_excel_writes_them_is_one_line(tmp_path: Path) -> None:
    # A fill with nothing in it: openpyxl stopped with "TypeError: expected <class 'openpyxl.styles.fills.Fill'>".
    path = workbook(tmp_path / "figures.xlsx", "")
    assert refusal(rewritten(path, "xl/styles.xml", '<fill><patternFill/></fill>', "<fill/>")) == WRONGLY_WRITTEN


def test_a_number_format_of_thousands_of_sections_is_read_in_time_linear_in_its_length(tmp_path: Path) -> None:
    # Each semicolon looked ahead to the end of the format for quote marks: 20,000 of them took half a second a cell,
    # and a format of a megabyte, on every cell of a sheet, would never finish. Read as the same format of three
    # sections.
    from openpyxl import Workbook

    def saved(number_format: str) -> Path:
        book = Workbook()
        for row in FIGURES:
            book.active.append(row)
        for cell in ("C2", "D2", "C3", "D3"):
            book.active[cell].number_format = number_format
        book.save(path := tmp_path / f"figures-{len(number_format)}.xlsx")
        return path

    start = time.perf_counter()
    rows = read_xlsx_rows(saved(";" * 20_000), "figures.xlsx", None, 10_000_000)
    assert time.perf_counter() - start < 0.5  # 2.4 s before
    assert rows == read_xlsx_rows(saved(";;;"), "figures.xlsx", None, 10_000_000)
    assert rows[1][2].startswith("1747 ")  # a figure the format hides, refused by the figure's parser as such
