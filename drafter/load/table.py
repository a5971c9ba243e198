"""Reading a CSV or XLSX sheet into rows of text cells, each with its file and row number."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError
from drafter.model import SourceRef
from drafter.text import check_text
from drafter.yamlio import read_text

MAX_TABLE_BYTES = 50_000_000


@dataclass(frozen=True)
class Row:
    number: int  # 1-based; the header is row 1
    cells: dict[str, str]

    def ref(self, file: str, column: str | None = None) -> SourceRef:
        return SourceRef(file, row=self.number, column=column)


@dataclass(frozen=True)
class Table:
    file: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


def read_table(path: Path, display: str, sheet: str | None = None) -> Table:
    """Read ``path`` (CSV or XLSX) with a header row; cells are stripped text."""
    if path.suffix.lower() == ".xlsx":
        from drafter.load.xlsx import read_xlsx_rows

        raw = read_xlsx_rows(path, display, sheet, MAX_TABLE_BYTES)
    else:
        text = read_text(path, display, MAX_TABLE_BYTES)
        raw = list(csv.reader(io.StringIO(text, newline="")))
    return _to_table(raw, display)


def _to_table(raw: list[list[str]], display: str) -> Table:
    numbered = [(i + 1, row) for i, row in enumerate(raw) if any(cell.strip() for cell in row)]
    if not numbered:
        raise InputError("is empty", source=SourceRef(display), expected="a header row and data rows")
    header_no, header = numbered[0]
    columns = [cell.strip().lower() for cell in header]
    while columns and not columns[-1]:
        columns.pop()
    seen: set[str] = set()
    for index, name in enumerate(columns):
        ref = SourceRef(display, row=header_no, column=name or f"#{index + 1}")
        if not name:
            raise InputError(f"column {index + 1} has no name", source=ref, field="header",
                             expected="a name for every column")
        if name in seen:
            raise InputError("appears twice in the header", source=ref, field="header", value=name,
                             expected="each column once")
        check_text(name, ref, "header")
        seen.add(name)
    rows = []
    for number, row in numbered[1:]:
        extra = [c for c in row[len(columns):] if c.strip()]
        if extra:
            raise InputError(
                f"has {len(row)} cells but the header has {len(columns)} columns",
                source=SourceRef(display, row=number), field="row", expected="one cell per column",
            )
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(columns)}
        for name, cell in cells.items():
            check_text(cell, SourceRef(display, row=number, column=name), name)
        rows.append(Row(number, cells))
    if not rows:
        raise InputError("has a header but no data rows", source=SourceRef(display),
                         expected="at least one data row")
    return Table(display, tuple(columns), tuple(rows))


def require_columns(table: Table, required: tuple[str, ...]) -> None:
    for name in required:
        if name not in table.columns:
            raise InputError(
                "is missing from the header", source=SourceRef(table.file, row=1), field="header",
                value=name, expected="columns " + ", ".join(required),
            )
