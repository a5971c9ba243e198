"""ODS reading: OpenDocument spreadsheets, as LibreOffice saves them and as many public bodies publish figures.
Cells come back as text, as :mod:`drafter.load.xlsx` gives them, for the one parser after them.

An .ods file is a ZIP archive whose sheets are in one XML part, ``content.xml``. It is read with the standard
library's streaming XML parser (``xml.etree.ElementTree.XMLPullParser``), a row at a time, each row dropped once
read: no new dependency, and a sheet of 10,000 areas never held as a tree. (odfpy, which pandas' .ods reader
uses, builds the whole document in memory, and pandas reads numbers as binary floats; drafter would still need
the rules below.) The archive is bounded as an .xlsx is (:mod:`drafter.load.archive`), and a document type
declaration, the only way XML can declare entities, is refused before parsing.

A cell is read as shown: a number from its exact decimal ``office:value`` (never a binary float), to the decimal
places its format shows, and a percentage as that percentage ("18.0%" for 0.18 shown so), but a number its format
shows as words with no digit ("[c]" for a count under 5 the publisher withholds) as those words; a date as 2024-11-05;
text with its spaces, tabs and line breaks; a comment left out; a formula as the value the spreadsheet saved, and
an error value (``#DIV/0!``, ``Err:502``) as shown, for the figure's parser to refuse. Cells a merged cell covers
are empty, as in Excel. Repeated rows and cells (LibreOffice writes the empty rest of a sheet as a million empty
rows) are counted, never expanded where empty, and bounded where not. Hidden rows and columns are read, as a CSV
saved from the sheet holds them. A cell merged down over several rows (``table:number-rows-spanned``: an area's
name over its row of numbers and its row of rates) is each row's: its covered cells below it read as it does, in
rows that hold anything else.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from drafter.errors import InputError
from drafter.fileio import not_found, read_bounded
from drafter.load.archive import ODS, check_archive
from drafter.load.ods_cells import NUMERIC, OFFICE, TABLE, Styles, cell_text
from drafter.load.sheets import (
    CHOOSE,
    MAX_COLUMNS,
    MAX_ROWS,
    PEEK,
    FindsHeader,
    SheetRows,
    choose_sheet,
    refuse_large,
    sheet_with_header,
)
from drafter.load.sheets import LIMITS as _LIMITS
from drafter.model import SourceRef, Warning

_CELLS = (TABLE + "table-cell", TABLE + "covered-table-cell")
_DROPPED = (TABLE + "table-row", TABLE + "table-column", TABLE + "table")  # once read: the rest is small

EXPECTED = "an .ods file as LibreOffice Calc, Excel or a statistics office saves it"
MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_PROLOG = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s+|<\?[^>]*\?>|<!--.*?-->)*(?=<[A-Za-z_])", re.DOTALL)


def read_ods_rows(path: Path, display: str, sheet: str | None, limit: int, choose: str = CHOOSE,
                  finds: FindsHeader | None = None) -> SheetRows:
    """Rows of one sheet as text, trailing empty rows and cells left out. Several sheets a person can see need
    ``sheet`` (:func:`~drafter.load.sheets.choose_sheet`), or the one whose header ``finds``
    (:func:`~drafter.load.sheets.sheet_with_header`: every sheet's first rows are read, and the one chosen read
    again in full unless it was the first)."""
    source = SourceRef(display)
    try:
        data = read_bounded(path, source, limit)
    except FileNotFoundError:
        raise not_found(path, display) from None
    _check_kind(data, source)
    check_archive(data, source, ODS)
    reader = _parse(data, source, _Sheets(sheet, display, PEEK if sheet is None and finds else 0))
    notices: tuple[Warning, ...] = ()
    shown = [name for name in reader.names if name not in reader.hidden]
    if sheet is None and finds is not None and len(shown) > 1:
        sheet, notice = sheet_with_header(shown, display, choose, lambda name: reader.rows.get(name, []), finds)
        notices = (notice,)
        if sheet not in reader.full:
            reader = _parse(data, source, _Sheets(sheet, display))
    chosen = choose_sheet(reader.names, reader.hidden, sheet, display, choose)
    return SheetRows(reader.rows.get(chosen, []), chosen, notices)


def _parse(data: bytes, source: SourceRef, reader: _Sheets) -> _Sheets:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_package(archive, source)
            if "styles.xml" in archive.namelist():
                for _event, element, _parent in _elements(archive, "styles.xml", source):
                    reader.styles.take(element)
            for event, element, parent in _elements(archive, "content.xml", source):
                reader.take(event, element, parent)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:  # a damaged part, or one encrypted
        raise InputError(f"cannot be read as an OpenDocument spreadsheet ({exc})", source=source,
                         expected=EXPECTED + "; download it again") from None
    return reader


def _check_kind(data: bytes, source: SourceRef) -> None:
    """Files that are not an .ods under its name, told what they are and what to do."""
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"," in start and b"\0" not in start and not start.startswith((b"PK", b"<")):
        raise InputError("is a CSV file (text with commas) with a name ending .ods", source=source,
                         expected="the file renamed to end .csv, which drafter reads too")
    if start.startswith((b"<?xml", b"<office:document")):
        raise InputError("is a flat OpenDocument spreadsheet (.fods), saved as one XML file", source=source,
                         expected="an .ods file: open it in LibreOffice Calc and use File > Save As, "
                         "'ODF Spreadsheet (.ods)'")


def _check_package(archive: zipfile.ZipFile, source: SourceRef) -> None:
    names = set(archive.namelist())
    if "mimetype" not in names and "xl/workbook.xml" in names:
        raise InputError("is an Excel workbook (.xlsx) with a name ending .ods", source=source,
                         expected="the file renamed to end .xlsx, which drafter reads too, or saved from Excel "
                         "as 'OpenDocument Spreadsheet (.ods)'")
    manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
    kind = archive.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else \
        MIMETYPE if MIMETYPE.encode() in manifest else ""  # a writer that left out the mimetype part
    if not kind.startswith(MIMETYPE) or "content.xml" not in names:
        what = f" ({kind})" if kind else ""
        raise InputError(f"is not an OpenDocument spreadsheet{what}", source=source, expected=EXPECTED)
    if b"encryption-data" in manifest:
        raise InputError("is protected with a password, so its figures cannot be read", source=source,
                         expected="the file saved without a password: open it in LibreOffice Calc, File > Save "
                         "As, and untick 'Save with password'")


def _elements(archive: zipfile.ZipFile, part: str, source: SourceRef) -> Iterator[tuple[str, Element, Element]]:
    """Each element of ``part`` as it starts and ends, with its parent; an element that has ended is dropped from
    its parent once the caller has it, so that only the rows being read are held."""
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    stack: list[Element] = []
    with archive.open(part) as stream:
        first = True
        while chunk := stream.read(1 << 20):
            if first and not _PROLOG.match(chunk):
                raise InputError(f"holds a {part} that drafter does not read: XML with a document type "
                                 "declaration or not in UTF-8", source=source, expected=EXPECTED)
            first = False
            try:
                parser.feed(chunk)
                events = list(parser.read_events())
            except ParseError as exc:
                raise InputError(f"cannot be read as an OpenDocument spreadsheet: its {part} is damaged ({exc})",
                                 source=source, expected=EXPECTED + "; download it again") from None
            for item in events:
                event, element = item[0], item[-1]  # ("start" or "end", the element): the events asked for
                assert isinstance(element, Element)
                if event == "start":
                    yield event, element, stack[-1] if stack else element
                    stack.append(element)
                    continue
                stack.pop()
                parent = stack[-1] if stack else element
                yield event, element, parent
                if parent is not element and element.tag in _DROPPED:
                    parent.remove(element)
    try:
        parser.close()
    except ParseError as exc:
        raise InputError(f"cannot be read as an OpenDocument spreadsheet: its {part} is cut short ({exc})",
                         source=source, expected=EXPECTED + "; download it again") from None


class _Sheets:
    """Each sheet's name and whether it is hidden, and the rows of the sheet to read (``sheet``, or with none
    named, the first sheet shown and the first sheet: which one is read is known only at the end)."""

    def __init__(self, sheet: str | None, display: str, peek: int = 0) -> None:
        self.styles, self.sheet, self.display, self.peek = Styles(), sheet, display, peek
        self.full: set[str] = set()  # the sheets read in full; with ``peek``, the others' first rows only
        self.limit: int | None = None  # the rows kept of the sheet being read
        self.names: list[str] = []
        self.hidden: list[str] = []
        self.rows: dict[str, list[list[str]]] = {}
        self.depth = 0  # table:table elements open (a table in a cell is not a sheet)
        self.reading: list[list[str]] | None = None
        self.columns: list[tuple[int, str]] = []  # (last column of a run, its cells' default style)
        self.empty = 0  # empty rows not yet placed: placed only when a row below them has a cell
        self.count = 0  # cells read from the sheet, repeats counted
        self.spans: dict[int, tuple[str, int]] = {}  # column → a cell merged down: its text, rows below it covers

    def take(self, event: str, element: Element, parent: Element) -> None:
        tag = element.tag
        if event == "end" and self.depth == 0:
            self.styles.take(element)
        elif tag == TABLE + "table":
            self.depth += 1 if event == "start" else -1
            if event == "start" and self.depth == 1:
                self._start(element)
        elif event == "end" and self.depth == 1 and self.reading is not None:
            if tag == TABLE + "table-column":
                last = (self.columns[-1][0] if self.columns else -1) + _count(element, "columns")
                self.columns.append((last, element.get(TABLE + "default-cell-style-name", "")))
            elif tag == TABLE + "table-row":
                self._row(element)

    def _start(self, element: Element) -> None:
        name = element.get(TABLE + "name", f"Sheet{len(self.names) + 1}")
        hidden = element.get(TABLE + "style-name", "") in self.styles.hidden
        self.names.append(name)
        if hidden:
            self.hidden.append(name)
        wanted = name == self.sheet if self.sheet is not None else \
            not self.rows or (not hidden and len(self.names) - len(self.hidden) == 1)
        self.full.update([name] if wanted else [])
        self.limit = None if wanted else self.peek
        self.reading = self.rows.setdefault(name, []) if wanted or self.peek else None
        self.columns, self.empty, self.count, self.spans = [], 0, 0, {}

    def _row(self, row: Element) -> None:
        assert self.reading is not None
        if self.limit is not None and len(self.reading) >= self.limit:
            return  # a sheet looked at for its header only
        repeat = _count(row, "rows")
        cells = self._cells(row)
        if not cells:
            self.empty += repeat
            return
        number = len(self.reading) + self.empty + repeat
        self.count += len(cells) * repeat
        refuse_large(number, self.count, self.display)
        self.reading.extend([[]] * self.empty)
        self.reading.extend([cells] * repeat)
        self.empty = 0

    def _cells(self, row: Element) -> list[str]:
        cells: list[str] = []
        empty, own = 0, False  # own: a cell of the row's own, not one merged down from above, has text
        row_style = row.get(TABLE + "default-cell-style-name", "")
        for cell in row:
            if cell.tag not in _CELLS:
                continue
            repeat = _count(cell, "columns")
            numeric = cell.get(OFFICE + "value-type") in NUMERIC
            if cell.tag != _CELLS[0]:  # covered by a merged cell: empty, unless merged down from the row above
                end = len(cells) + empty + repeat
                for column, text in self._covered(len(cells) + empty, repeat):
                    cells.extend([""] * (column - len(cells)) + [text])
                empty = end - len(cells)
                continue
            text = cell_text(cell, self._style(cell, row_style, len(cells) + empty) if numeric else (None, False, "1"))
            spanned = _count(cell, "rows", "spanned")
            if spanned > 1 and text:  # merged down over rows below: its text is each one's (a name over its rows)
                self.spans[len(cells) + empty] = (text, spanned - 1)
            if not text:
                empty += repeat
                continue
            if len(cells) + empty + repeat > MAX_COLUMNS:
                raise InputError(f"has a cell beyond column {MAX_COLUMNS:,}",
                                 source=SourceRef(self.display, row=len(self.reading or ()) + self.empty + 1),
                                 expected=_LIMITS)
            cells.extend([""] * empty + [text] * repeat)
            empty, own = 0, True
        return cells if own else []  # a blank row stays blank, under a cell merged down past the table

    def _covered(self, first: int, repeat: int) -> list[tuple[int, str]]:
        """The covered cells from column ``first`` (``repeat`` of them) that a cell merged down from a row above
        covers, each with that cell's text: a merged cell's value applies to every row it covers."""
        found = []
        for column in sorted(c for c in self.spans if first <= c < first + repeat):
            text, left = self.spans[column]
            found.append((column, text))
            if left > 1:
                self.spans[column] = (text, left - 1)
            else:
                del self.spans[column]
        return found

    def _style(self, cell: Element, row_style: str, column: int) -> tuple[int | None, bool, str]:
        name = cell.get(TABLE + "style-name") or row_style or \
            next((style for last, style in self.columns if column <= last), "") or "Default"
        return self.styles.shown(name)


def _count(element: Element, what: str, how: str = "repeated") -> int:
    """table:number-rows-repeated or -columns-repeated: how many times the row or cell stands; with ``how``
    "spanned", how many rows or columns a merged cell spans."""
    text = element.get(f"{TABLE}number-{what}-{how}", "1")
    if not (text.isascii() and text.isdigit()):
        return 1  # not a count: the cell stands once
    return max(int(text), 1) if len(text) < 10 else MAX_ROWS + 1
