"""Reading a CSV file, or an XLSX or ODS sheet, into rows of text cells, each with its file and row number.

:func:`read_table` holds every row; :func:`read_rows` checks the header at once and gives the rows one at a
time, so a large sheet (figures at 10,000 areas) never has all its rows' cells in memory together. Both make
the same checks with the same messages.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError, how_many
from drafter.load.columns import column_letter, column_name, find_column, lettered
from drafter.load.csv_text import csv_rows, decode_csv, find_separator
from drafter.load.header_rows import HEADER_SEARCH, find_header, stacked
from drafter.load.sheets import CHOOSE
from drafter.load.split_figures import SPLIT, split_hint
from drafter.load.text import check_text
from drafter.load.titled import titled_rows
from drafter.load.yamlio import read_bytes
from drafter.model import SourceRef, Warning

MAX_TABLE_BYTES = 50_000_000
_NOT_READ = {".xls": "an older Excel workbook (.xls)", ".xlsb": "an Excel binary workbook (.xlsb)",
             ".numbers": "a Numbers spreadsheet"}  # spreadsheets drafter cannot read, told how to save one it can


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
    header_row: int = 1
    separator: str = ","
    notices: tuple[Warning, ...] = ()
    headings: tuple[str, ...] = ()

    def header_ref(self, column: str | None = None) -> SourceRef:
        return SourceRef(self.file, row=self.header_row, column=column)

    def heading(self, column: str) -> str:
        return spelled(self, column)


def spelled(table: Table | RowStream, column: str) -> str:
    """A column as the file's header spells it ("E-mail Address", not "e-mail address"), for messages."""
    return dict(zip(table.columns, table.headings, strict=False)).get(column) or column


NO_ROWS = ("has a header but no data rows", "at least one data row")  # what a table of no rows is told


@dataclass(frozen=True)
class RowStream:
    """A table whose header has been read and checked, and whose rows are read as ``rows`` is iterated.

    Each row is checked as it is reached, and ``rows`` ends by refusing a file with no data rows, so
    iterating it to the end makes every check :func:`read_table` makes. It can be iterated once.
    """

    file: str
    columns: tuple[str, ...]
    rows: Iterator[Row]
    header_row: int = 1
    separator: str = ","  # between a CSV file's columns: ";" or a tab, where Excel may have written decimal commas
    notices: tuple[Warning, ...] = ()  # a CSV file read as Windows-1252
    headings: tuple[str, ...] = ()  # each column's heading as the file spells it ("Year"), for messages
    above: tuple[tuple[int, str], ...] = ()  # the rows above the header, each its number and text ("£ thousands")

    def header_ref(self, column: str | None = None) -> SourceRef:
        return SourceRef(self.file, row=self.header_row, column=column)

    def heading(self, column: str) -> str:
        return spelled(self, column)

    def finish(self) -> None:
        """Read (and check) the rows not yet read. A caller that finds a fault in a row calls this before
        reporting it, so that a fault in the file itself on a later row, or a file with no data rows, is
        reported first, as when the whole file is read before its rows are used."""
        try:
            for _ in self.rows:
                pass
        except InputError as fault:
            raise fault from None  # not "during handling of" the caller's fault: this one replaces it


def read_table(path: Path, display: str, sheet: str | None = None) -> Table:
    """Read ``path`` (CSV, XLSX or ODS) with a header row; cells are stripped text."""
    stream = read_rows(path, display, sheet)
    return Table(stream.file, stream.columns, tuple(stream.rows), stream.header_row, stream.separator,
                 stream.notices, stream.headings)


def read_rows(path: Path, display: str, sheet: str | None = None, names: tuple[str, ...] = (),
              only_names: bool = False, empty: tuple[str, str] = NO_ROWS, choose: str = CHOOSE,
              title: str = "") -> RowStream:
    """Read ``path`` (CSV, XLSX or ODS) with a header row, checking the header now and each row when it is reached.

    The header is the first row, unless ``names`` (column names, as :func:`column_name` gives them) are
    given: then it is the first of the sheet's first rows that names them all, and the rows above it (a
    table's title, its source, a blank line) are left out, as a table is published. A header of two rows, a
    merged heading over the periods' own names, is read as one (:func:`_stacked`). Where no row names them
    all, the header is the row naming most of them, so the error for a missing column lists that row's
    columns. With ``only_names`` only those columns are read, so others may be unnamed or named twice. A
    workbook of several sheets needs ``sheet``, as ``choose`` tells; its rows are named with their sheet
    ("sheet Table 1 of fly-tipping.xlsx, row 10"), since each sheet numbers its rows from 1. With ``title``, only
    the rows of the table with that title are read (:func:`~drafter.load.titled.titled_rows`).

    A CSV file's rows are parsed one at a time from its text, as a Windows laptop saves it (UTF-8, UTF-16 or
    Windows-1252; commas, or semicolons or tabs where its header shows them: :mod:`drafter.load.csv_text`); an
    XLSX or ODS sheet is read whole (by its reader) and its rows turned into :class:`Row` one at a time.
    """
    raw: Iterable[list[str]]
    separator, notices, finds = ",", tuple[Warning, ...](), _naming(names) if names else None
    if path.suffix.lower() in (".xlsx", ".xlsm"):  # a workbook with macros is read as one without: none runs
        from drafter.load.xlsx import read_xlsx_rows

        raw = sheet_rows = read_xlsx_rows(path, display, sheet, MAX_TABLE_BYTES, choose, finds)
        sheet = sheet_rows.name if sheet or sheet_rows.notices else None  # "Table 1" for "table_1"; or the one found
        notices = sheet_rows.notices
    elif path.suffix.lower() in (".ods", ".fods"):  # a .fods is told to save it as .ods
        from drafter.load.ods import read_ods_rows

        raw = sheet_rows = read_ods_rows(path, display, sheet, MAX_TABLE_BYTES, choose, finds)
        sheet, notices = sheet_rows.name if sheet or sheet_rows.notices else None, sheet_rows.notices
    elif path.suffix.lower() in _NOT_READ:
        raise InputError(f"is {_NOT_READ[path.suffix.lower()]}, which drafter does not read", source=SourceRef(display),
                         expected="a CSV, .xlsx or .ods file: open it in Excel or LibreOffice Calc and save it as one")
    else:
        text, notices = decode_csv(read_bytes(path, display, MAX_TABLE_BYTES), display)
        separator = find_separator(text, display, finds, HEADER_SEARCH)
        raw = csv_rows(text, display, separator)
    workbook = path.suffix.lower() in (".xlsx", ".xlsm", ".ods")
    display = f"sheet {sheet} of {display}" if sheet and workbook else display
    numbered: Iterator[tuple[int, list[str]]] = (
        (number, row) for number, row in enumerate(raw, start=1) if not _blank(row))
    if title:  # one of several tables on the sheet: "Table 1b" (drafter.load.titled)
        numbered = titled_rows(numbered, title, display)
    first = next(numbered, None)
    if first is None:
        raise InputError("is empty", source=SourceRef(display), expected="a header row and data rows")
    above: tuple[tuple[int, str], ...] = ()  # a published table's title and notes above its header
    if names:
        first, numbered, above = find_header(first, numbered, names, display)
    columns = _header(*first, display, names if only_names else None)
    # A workbook's cells cannot slip into the next column as a CSV file's do at an unquoted "1,747": where only
    # the named columns are read, a cell beyond the header (a mark such as "r" in a column with no heading) is
    # in a column drafter does not read.
    rows = _rows(numbered, columns, display, empty, beyond=only_names and workbook)
    headings = tuple(" ".join(cell.split()) or f"column {column_letter(index).upper()}"  # as the sheet shows it
                     for index, cell in enumerate((*first[1], *[""] * len(columns))[:len(columns)]))
    return RowStream(display, columns, rows, first[0], separator, notices, headings, above)


_RULE = re.compile(r"[-\u2013\u2014=_]+")  # a line drawn across a table in dashes, as text exports draw one


def _naming(names: tuple[str, ...]) -> Callable[[list[list[str]]], bool]:
    """Whether the first rows of a file hold a header naming every one of ``names``, in one row or two."""
    names = tuple(name for name in names if not lettered(name)) or names
    def finds(rows: list[list[str]]) -> bool:
        headers = itertools.chain(rows, (stacked(upper, lower, names) for upper, lower in itertools.pairwise(rows)))
        return any(all(find_column(name, [column_name(cell) for cell in header]) is not None for name in names)
                   for header in headers)
    return finds


def _blank(row: list[str]) -> bool:
    """Whether a row is empty, or a line of dashes drawn under a header or above a total ("-----", "=====").

    >>> _blank(["", " "]), _blank(["-----", "---", ""]), _blank(["Powys", "-", "-"]), _blank(["", "-", ""])
    (True, True, False, True)
    """
    return all(not cell.strip() or _RULE.fullmatch(cell.strip()) for cell in row)


def _header(header_no: int, header: list[str], display: str, used: tuple[str, ...] | None = None
            ) -> tuple[str, ...]:
    """The column names (as :func:`column_name` gives them; empty trailing cells dropped), each named once;
    where only the ``used`` columns are read, only they must be."""
    columns = [column_name(cell) for cell in header]
    while columns and not columns[-1]:
        columns.pop()
    if used is not None:  # a column left unheaded, as publishers leave the codes and names, is named by its letter
        columns = [name or f"column {column_letter(index)}" for index, name in enumerate(columns)]
    seen: dict[str, str] = {}  # each column, and its heading as the file spells it
    for index, name in enumerate(columns):
        ref = SourceRef(display, row=header_no, column=name or f"#{index + 1}")
        written = " ".join(header[index].split()) if index < len(header) else name  # for messages: "Before"
        if used is not None and find_column(name, used) is None:
            check_text(written, ref, "header")
            continue
        if not name:
            raise InputError(f"column {index + 1} has no name", source=ref, field="header",
                             expected="a name for every column")
        if name in seen and used is not None:  # a column campaign.yaml names: it may name the one it means
            first, second = (f"column {column_letter(i).upper()}" for i in (columns.index(name), index))
            raise InputError(f"appears twice in the header, as {first} and {second}", source=ref, field="header",
                             value=written, expected=f"the column you mean named by its letter, {first} or {second}, "
                             "as the spreadsheet shows it above the column (one of them may be hidden)")
        if name in seen:
            again = "" if seen[name] == written else f" (first as {seen[name]!r})"
            raise InputError(f"appears twice in the header{again}", source=ref, field="header", value=written,
                             expected="each column once")
        check_text(written, ref, "header")
        seen[name] = written
    return tuple(columns)


def _rows(numbered: Iterator[tuple[int, list[str]]], columns: tuple[str, ...], display: str,
          refusal: tuple[str, str] = NO_ROWS, beyond: bool = False) -> Iterator[Row]:
    """Each data row, checked: no cells beyond the header's columns (unless ``beyond``), printable text; then,
    at the end, a refusal if there were none (``refusal``: what is wrong, and what was expected)."""
    empty = True
    for number, row in numbered:
        extra = [] if beyond else [c for c in row[len(columns):] if c.strip()]
        if extra:
            hint = split_hint(row, len(columns))  # "14,500" without quote marks: two cells, "14" and "500"
            raise InputError(f"has {how_many(len(row), 'cell')} but the header has {how_many(len(columns), 'column')}"
                             + hint, source=SourceRef(display, row=number), field="row", expected=(SPLIT if hint else
                             "one cell per column"))
        cells = {name: (_cell(row[i]) if i < len(row) else "") for i, name in enumerate(columns)}
        for name, cell in cells.items():
            check_text(cell, SourceRef(display, row=number, column=name), name)
        empty = False
        yield Row(number, cells)
    if empty:
        raise InputError(refusal[0], source=SourceRef(display), expected=refusal[1])


def _cell(text: str) -> str:
    r"""A cell as drafter compares it: stripped, with each run of spaces (a no-break space pasted from a web page,
    a line break) as one space, and its accents composed (NFC), so that "Ynys Môn" saved by a Mac, with the
    accent as a separate character, is the same name as "Ynys Môn" typed in areas.csv.

    >>> _cell(" Rhondda\u00a0Cynon  Taf ") == "Rhondda Cynon Taf", _cell("Ynys Mo\u0302n") == "Ynys M\u00f4n"
    (True, True)
    """
    return unicodedata.normalize("NFC", " ".join(text.split()))


def require_columns(table: Table | RowStream, required: tuple[str, ...]) -> None:
    """Refuse a header without each of ``required``; a figures file with neither area nor measure is most likely
    a table as a publisher gives it, which campaign.yaml's figures: reads as it is."""
    published = "measure" in required and not any(name in table.columns for name in required)
    for name in required:
        if name not in table.columns:
            raise InputError(
                "is missing from the header", source=table.header_ref(), field="header",
                value=name, expected="columns " + ", ".join(required) + "; the header row has "
                + ", ".join(map(table.heading, table.columns)) + (
                    "; for a table as a statistics office publishes it, leave the file as it is and name its columns "
                    "in campaign.yaml instead, under figures: (file:, area: and value: for each period, as 'Figures "
                    "as published' in docs/figures.md shows)" if published else ""),
            )
