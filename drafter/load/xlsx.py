"""XLSX reading: the only module that imports openpyxl. Cells come back as text for one parser."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from drafter.errors import InputError
from drafter.model import SourceRef


def read_xlsx_rows(path: Path, display: str, sheet: str | None, limit: int) -> list[list[str]]:
    """Rows of one sheet as text. Several sheets need ``sheet``; formulas without a saved value are errors."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("file not found", source=SourceRef(display), expected="the file to exist") from None
    if size > limit:
        raise InputError(f"file is too large ({size:,} bytes)", source=SourceRef(display),
                         expected=f"at most {limit:,} bytes")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InputError(f"cannot be read as an Excel workbook ({exc})", source=SourceRef(display),
                         expected="an .xlsx file saved by Excel or LibreOffice") from None
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
        # repr gives the shortest text that round-trips; the Decimal is built from that text.
        return format(Decimal(repr(value)).normalize(), "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)
