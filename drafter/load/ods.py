"""ODS reading: OpenDocument spreadsheets, as LibreOffice saves them and as many public bodies publish figures.
Cells come back as text, as :mod:`drafter.load.xlsx` gives them, for the one parser after them.

An .ods file is a ZIP archive whose sheets are in one XML part, ``content.xml``. It is read with the standard
library's streaming XML parser (``xml.etree.ElementTree.XMLPullParser``), a row at a time, each row dropped once
read: no new dependency, and a sheet of 10,000 areas never held as a tree. (The libraries that read .ods, such as
odfpy or pandas' reader, build the whole document in memory and expand repeated cells, and would still need the
rules below.) The archive is bounded as an .xlsx is (:mod:`drafter.load.archive`), and a document type declaration,
the only way XML can declare entities, is refused before parsing.

A cell is read as shown: a number from its exact decimal ``office:value`` (never a binary float), to the decimal
places its format shows, and a percentage as that percentage ("18.0%" for 0.18 shown so); a date as 2024-11-05;
text with its spaces, tabs and line breaks; a comment left out; a formula as the value the spreadsheet saved, and
an error value (``#DIV/0!``, ``Err:502``) as shown, for the figure's parser to refuse. Cells a merged cell covers
are empty, as in Excel. Repeated rows and cells (LibreOffice writes the empty rest of a sheet as a million empty
rows) are counted, never expanded where empty, and bounded where not. Hidden rows and columns are read, as a CSV
saved from the sheet holds them.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from drafter.errors import InputError
from drafter.fileio import read_bounded
from drafter.load.archive import check_archive
from drafter.load.sheets import choose_sheet
from drafter.model import SourceRef

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_NUMBER = "{urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_CELLS = (_TABLE + "table-cell", _TABLE + "covered-table-cell")
_DROPPED = (_TABLE + "table-row", _TABLE + "table-column", _TABLE + "table")  # once read: the rest is small
_NUMBER_STYLES = (_NUMBER + "number-style", _NUMBER + "percentage-style", _NUMBER + "currency-style")

EXPECTED = "an .ods file as LibreOffice Calc, Excel or a statistics office saves it"
MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
MAX_COLUMNS = 16_384  # as LibreOffice and Excel
MAX_ROWS = 1_048_576
MAX_CELLS = 5_000_000  # cells read from one sheet, repeats counted: far above 10,000 areas' figures
_LIMITS = f"a sheet of at most {MAX_COLUMNS:,} columns, {MAX_ROWS:,} rows and {MAX_CELLS:,} cells"
_PROLOG = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s+|<\?[^>]*\?>|<!--.*?-->)*(?=<[A-Za-z_])", re.DOTALL)
_MIDNIGHT = re.compile(r"T00:00(:00(\.0*)?)?$")
_DURATION = re.compile(r"^-?PT(\d+)H(\d+)M(\d+)(?:\.\d*)?S$")


def read_ods_rows(path: Path, display: str, sheet: str | None, limit: int) -> list[list[str]]:
    """Rows of one sheet as text, trailing empty rows and cells left out. Several sheets a person can see need
    ``sheet`` (:func:`~drafter.load.sheets.choose_sheet`)."""
    source = SourceRef(display)
    try:
        data = read_bounded(path, source, limit)
    except FileNotFoundError:
        raise InputError("file not found", source=source, expected="the file to exist") from None
    _check_kind(data, source)
    check_archive(data, source, "an OpenDocument spreadsheet", EXPECTED)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_package(archive, source)
            styles = _Styles()
            if "styles.xml" in archive.namelist():
                for _event, element, _parent in _elements(archive, "styles.xml", source):
                    styles.take(element)
            reader = _Sheets(styles, sheet, display)
            for event, element, parent in _elements(archive, "content.xml", source):
                reader.take(event, element, parent)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:  # a damaged part, or one encrypted
        raise InputError(f"cannot be read as an OpenDocument spreadsheet ({exc})", source=source,
                         expected=EXPECTED + "; download it again") from None
    chosen = choose_sheet(reader.names, reader.hidden, sheet, display)
    return reader.rows.get(chosen, [])


def _check_kind(data: bytes, source: SourceRef) -> None:
    """Files that are not an .ods under its name, told what they are and what to do."""
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError("is an older Excel workbook (.xls) or a password-protected file, not an .ods",
                         source=source, expected="an .ods file: open it and save it as 'ODF Spreadsheet (.ods)' "
                         "without a password")
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
    kind = archive.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    if not kind.startswith(MIMETYPE) or "content.xml" not in names:
        what = f" ({kind})" if kind else ""
        raise InputError(f"is not an OpenDocument spreadsheet{what}", source=source, expected=EXPECTED)
    manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
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


class _Styles:
    """What the cell formats say about numbers: each number format's decimal places and whether it shows a
    percentage, each cell style's number format (or its parent's), and the styles of hidden sheets."""

    def __init__(self) -> None:
        self.numbers: dict[str, tuple[int | None, bool, str]] = {}  # format → places, percent, format it maps to
        self.cells: dict[str, tuple[str, str]] = {}  # cell style → number format, parent style
        self.hidden: set[str] = set()  # styles of sheets not shown

    def take(self, element: Element) -> None:
        name = element.get(_STYLE + "name", "")
        if element.tag in _NUMBER_STYLES:
            number = element.find(_NUMBER + "number")
            places = number.get(_NUMBER + "decimal-places") if number is not None else None
            mapped = next((m.get(_STYLE + "apply-style-name", "") for m in element.findall(_STYLE + "map")
                           if ">=0" in m.get(_STYLE + "condition", "").replace(" ", "")), "")
            self.numbers[name] = (min(int(places), 20) if places and places.isdigit() else None,
                                  element.tag == _NUMBER + "percentage-style", mapped)
        elif element.tag == _STYLE + "style" and element.get(_STYLE + "family") == "table-cell":
            self.cells[name] = (element.get(_STYLE + "data-style-name", ""),
                                element.get(_STYLE + "parent-style-name", ""))
        elif element.tag == _STYLE + "style" and element.get(_STYLE + "family") == "table":
            properties = element.find(_STYLE + "table-properties")
            if properties is not None and properties.get(_TABLE + "display") == "false":
                self.hidden.add(name)

    def shown(self, cell_style: str) -> tuple[int | None, bool]:
        """The decimal places (None: as many as the number has) and percentage of a cell style's format."""
        for _ in range(10):  # a parent style's format, where the style has none
            data, parent = self.cells.get(cell_style, ("", ""))
            if data or not parent:
                break
            cell_style = parent
        for _ in range(3):  # a format for negatives maps positives to another
            places, percent, mapped = self.numbers.get(data, (None, False, ""))
            if places is not None or not mapped:
                return places, percent
            data = mapped
        return None, False


class _Sheets:
    """Each sheet's name and whether it is hidden, and the rows of the sheet to read (``sheet``, or with none
    named, the first sheet shown and the first sheet: which one is read is known only at the end)."""

    def __init__(self, styles: _Styles, sheet: str | None, display: str) -> None:
        self.styles, self.sheet, self.display = styles, sheet, display
        self.names: list[str] = []
        self.hidden: list[str] = []
        self.rows: dict[str, list[list[str]]] = {}
        self.depth = 0  # table:table elements open (a table in a cell is not a sheet)
        self.reading: list[list[str]] | None = None
        self.columns: list[tuple[int, str]] = []  # (last column of a run, its cells' default style)
        self.empty = 0  # empty rows not yet placed: placed only when a row below them has a cell
        self.count = 0  # cells read from the sheet, repeats counted

    def take(self, event: str, element: Element, parent: Element) -> None:
        tag = element.tag
        if event == "end" and self.depth == 0:
            self.styles.take(element)
        elif tag == _TABLE + "table":
            self.depth += 1 if event == "start" else -1
            if event == "start" and self.depth == 1:
                self._start(element)
        elif event == "end" and self.depth == 1 and self.reading is not None:
            if tag == _TABLE + "table-column":
                last = (self.columns[-1][0] if self.columns else -1) + _count(element, "columns")
                self.columns.append((last, element.get(_TABLE + "default-cell-style-name", "")))
            elif tag == _TABLE + "table-row":
                self._row(element)

    def _start(self, element: Element) -> None:
        name = element.get(_TABLE + "name", f"Sheet{len(self.names) + 1}")
        hidden = element.get(_TABLE + "style-name", "") in self.styles.hidden
        self.names.append(name)
        if hidden:
            self.hidden.append(name)
        wanted = name == self.sheet if self.sheet is not None else \
            not self.rows or (not hidden and len(self.names) - len(self.hidden) == 1)
        self.reading = self.rows.setdefault(name, []) if wanted else None
        self.columns, self.empty, self.count = [], 0, 0

    def _row(self, row: Element) -> None:
        assert self.reading is not None
        repeat = _count(row, "rows")
        cells = self._cells(row)
        if not cells:
            self.empty += repeat
            return
        number = len(self.reading) + self.empty + repeat
        self.count += len(cells) * repeat
        if number > MAX_ROWS or self.count > MAX_CELLS:
            raise InputError(f"has more rows or cells than drafter reads (row {number:,})",
                             source=SourceRef(self.display, row=min(number, MAX_ROWS)), expected=_LIMITS)
        self.reading.extend([[]] * self.empty)
        self.reading.extend([cells] * repeat)
        self.empty = 0

    def _cells(self, row: Element) -> list[str]:
        cells: list[str] = []
        empty = 0
        row_style = row.get(_TABLE + "default-cell-style-name", "")
        for cell in row:
            if cell.tag not in _CELLS:
                continue
            repeat = _count(cell, "columns")
            text = _cell_text(cell, self._style(cell, row_style, len(cells) + empty)) \
                if cell.tag == _CELLS[0] else ""
            if not text:
                empty += repeat
                continue
            if len(cells) + empty + repeat > MAX_COLUMNS:
                raise InputError(f"has a cell beyond column {MAX_COLUMNS:,}",
                                 source=SourceRef(self.display, row=len(self.reading or ()) + self.empty + 1),
                                 expected=_LIMITS)
            cells.extend([""] * empty + [text] * repeat)
            empty = 0
        return cells

    def _style(self, cell: Element, row_style: str, column: int) -> tuple[int | None, bool]:
        name = cell.get(_TABLE + "style-name") or row_style or \
            next((style for last, style in self.columns if column <= last), "") or "Default"
        return self.styles.shown(name)


def _count(element: Element, what: str) -> int:
    """table:number-rows-repeated or -columns-repeated: how many times the row or cell stands."""
    text = element.get(f"{_TABLE}number-{what}-repeated", "1")
    return max(int(text), 1) if text.isdigit() and len(text) < 10 else MAX_ROWS + 1


def _cell_text(cell: Element, shown: tuple[int | None, bool]) -> str:
    """A cell's value as the spreadsheet shows it (see the module's docstring)."""
    kind = cell.get(_OFFICE + "value-type")
    if cell.get(_CALCEXT + "value-type") == "error":
        return _text(cell)
    if kind in ("float", "percentage", "currency"):
        number = _number(cell.get(_OFFICE + "value", ""), shown[0], kind == "percentage" or shown[1])
        return number if number is not None else _text(cell)
    if kind == "date":
        return _MIDNIGHT.sub("", cell.get(_OFFICE + "date-value", "")) or _text(cell)
    if kind == "time":
        duration = _DURATION.match(cell.get(_OFFICE + "time-value", ""))
        return ":".join(part.zfill(2) for part in duration.groups()) if duration else _text(cell)
    if kind == "boolean":
        return str(cell.get(_OFFICE + "boolean-value", "").strip().lower() in ("true", "1"))
    formula = cell.get(_TABLE + "formula", "")
    if kind is None and formula:  # saved without its value, by a program that does not calculate
        return "=" + formula.partition(":=")[2] if ":=" in formula else formula
    text = _text(cell)
    return text if text or kind != "string" else cell.get(_OFFICE + "string-value", "")


def _number(value: str, places: int | None, percent: bool) -> str | None:
    """An exact decimal as shown: to 15 significant digits as a spreadsheet keeps, times 100 as a percentage,
    then to the format's decimal places (half up).

    >>> _number("0.18", 1, True), _number("1234.56", 0, False), _number("0.30000000000000004", None, False)
    ('18.0%', '1235', '0.3')
    """
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    with localcontext() as context:
        context.prec, context.rounding = 15, ROUND_HALF_UP
        number = +number
        context.prec = 60
        if percent:
            number = number.scaleb(2)
        if places is None or number.adjusted() >= 15:
            text = format(number.normalize(), "f")
        else:
            text = format(number.quantize(Decimal(1).scaleb(-places)), "f")
    return text + ("%" if percent else "")


def _text(element: Element) -> str:
    """The text of a cell's paragraphs, a line each; a comment (office:annotation) is not among them."""
    return "\n".join(_inline(p) for p in element if p.tag in (_TEXT + "p", _TEXT + "h"))


def _inline(element: Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == _TEXT + "s":
            count = child.get(_TEXT + "c", "1")
            parts.append(" " * (min(int(count), 64) if count.isdigit() else 1))
        elif child.tag == _TEXT + "tab":
            parts.append("\t")
        elif child.tag == _TEXT + "line-break":
            parts.append("\n")
        elif child.tag.startswith(_TEXT) and child.tag != _TEXT + "note":
            parts.append(_inline(child))  # a span of styled text, a link
        parts.append(child.tail or "")
    return "".join(parts)
