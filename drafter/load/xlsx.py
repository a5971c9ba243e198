"""XLSX reading: the only module that imports openpyxl. Cells come back as text for one parser."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from drafter.errors import InputError
from drafter.fileio import read_bounded
from drafter.load.archive import check_archive
from drafter.model import SourceRef


def read_xlsx_rows(path: Path, display: str, sheet: str | None, limit: int) -> list[list[str]]:
    """Rows of one sheet as text. Several sheets need ``sheet``; formulas without a saved value are errors."""
    expected = "an .xlsx file saved by Excel or LibreOffice"
    try:
        data = read_bounded(path, SourceRef(display), limit)
    except FileNotFoundError:
        raise InputError("file not found", source=SourceRef(display), expected="the file to exist") from None
    check_archive(data, SourceRef(display), "an Excel workbook", expected)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InputError(f"cannot be read as an Excel workbook ({exc})", source=SourceRef(display),
                         expected=expected) from None
    try:
        names = book.sheetnames
        if sheet is None:
            if len(names) > 1:
                raise InputError(
                    f"has {len(names)} sheets ({', '.join(names)})", source=SourceRef(display),
                    expected="figures_sheet: <name> in campaign.yaml to choose one",
                )
            sheet = names[0]
        if sheet not in names:
            raise InputError(f"has no sheet named {sheet!r}", source=SourceRef(display),
                             expected="one of " + ", ".join(names))
        rows: list[list[str]] = []
        for row in book[sheet].iter_rows(values_only=True):
            rows.append([_cell_text(v) for v in row])
        return rows
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Excel keeps 15 significant digits and shows a cell to them (0.1 + 0.2 is 0.3); the Decimal is built
        # from that text.
        return format(Decimal(format(value, ".15g")).normalize(), "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)
