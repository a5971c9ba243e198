"""Inputs made to hurt: a few kilobytes of workbook that would take minutes and gigabytes to read are refused
with one line, after a bounded amount of work. (The limits are made small here, so each test reads a tiny
file; test_bad_inputs.py has the line as the command prints it.)"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.load.xlsx import read_xlsx_rows

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
