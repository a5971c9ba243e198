"""Spreadsheets as publishers ship them and press officers save them, read at the lowest level that owns each
rule: a CSV file from a European Excel (semicolons and decimal commas), files under another kind's name (an .xls
or an .ods renamed .xlsx, a workbook renamed .csv, a workbook saved with a password), a workbook with macros."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import InputError
from drafter.load.table import read_rows, read_table


def _refusal(path: Path, names: tuple[str, ...] = ("area", "measure")) -> str:
    with pytest.raises(InputError) as caught:
        list(read_rows(path, path.name, None, names).rows)
    return str(caught.value)


def test_a_european_csv_with_decimal_commas_is_told_its_separator(tmp_path: Path) -> None:
    # Its decimal commas split each data row into more cells than the header, which has none.
    path = tmp_path / "figures.csv"
    path.write_text("Table 1;;;\r\narea;measure;before;after\r\nCardiff;rate;10,2;14,6\r\n", encoding="utf-8-sig")
    assert _refusal(path) == ("figures.csv:2: header: has its columns separated by semicolons, not commas "
                              "(expected a CSV file with commas between columns; in Excel use Save As 'CSV UTF-8')")


def _ods_bytes() -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", "<office:document-content/>")
    return data.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


@pytest.mark.parametrize(("name", "data", "message"), [
    ("figures.xlsx", OLE + b"Workbook".ljust(64, b"\0"),
     "figures.xlsx: is an older Excel workbook (.xls) with a name ending .xlsx (expected the file opened in Excel or "
     "LibreOffice Calc and saved as 'Excel Workbook (.xlsx)')"),
    ("figures.xlsx", OLE + "EncryptionInfo".encode("utf-16-le"),
     "figures.xlsx: is protected with a password, so its figures cannot be read (expected the workbook saved without "
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
