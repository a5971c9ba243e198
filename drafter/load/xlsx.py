"""XLSX reading: the only module that imports openpyxl. Cells come back as text for one parser."""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import re
import warnings
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.read_only import EmptyCell

from drafter.errors import InputError
from drafter.fileio import not_found, read_bounded
from drafter.load.archive import XLSX, check_archive
from drafter.load.columns import column_index
from drafter.load.numbers import HIDDEN, SHOWN_IN
from drafter.load.sheets import CHOOSE, PEEK, FindsHeader, SheetRows, choose_sheet, refuse_large, sheet_with_header
from drafter.model import SourceRef, Warning


def read_xlsx_rows(path: Path, display: str, sheet: str | None, limit: int, choose: str = CHOOSE,
                   finds: FindsHeader | None = None) -> SheetRows:
    """Rows of one sheet as text. Several sheets need ``sheet``, or the one whose header ``finds``; a formula
    without a saved value is its text."""
    expected = "an .xlsx file saved by Excel or LibreOffice"
    try:
        data = read_bounded(path, SourceRef(display), limit)
    except FileNotFoundError:
        raise not_found(path, display) from None
    _check_kind(data, SourceRef(display))
    check_archive(data, SourceRef(display), XLSX)
    _check_strict(data, SourceRef(display))
    # openpyxl warns of parts of a workbook it leaves out (data validation, conditional formats, a missing default
    # style): none holds a figure, and a press officer is not shown a program's warning about them.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        try:
            return _read(data, display, sheet, choose, finds)
        except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError, SyntaxError) as exc:  # a damaged part
            # (XML that does not parse, lxml's and the standard library's errors both being SyntaxErrors, a cell
            # whose value or place is not a number)
            raise InputError(f"cannot be read as an Excel workbook ({exc})", source=SourceRef(display),
                             expected=expected + "; download it again, or open it in Excel and save it again") from None
        except (IndexError, TypeError):  # a cell naming text or a style past the end of the workbook's lists of them
            # (sharedStrings, styles), or a style that is not what its kind holds: openpyxl stops with a traceback
            raise InputError("cannot be read as an Excel workbook: a cell refers to text or a style the workbook does "
                             "not hold, or its styles are not as Excel writes them, as when a program other than "
                             "Excel writes the file wrongly", source=SourceRef(display),
                             expected=expected + "; open it in Excel (which repairs what it can) and save it again") \
                from None


def _read(data: bytes, display: str, sheet: str | None, choose: str, finds: FindsHeader | None) -> SheetRows:
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    notices: tuple[Warning, ...] = ()
    try:
        names = book.sheetnames
        charts = [chart.title for chart in book.chartsheets]  # a sheet that is a chart alone, with no cells
        hidden = [name for name in names if name in charts or book[name].sheet_state != "visible"]
        if sheet is None and finds is not None and len(shown := [n for n in names if n not in hidden]) > 1:
            sheet, notice = sheet_with_header(shown, display, choose, lambda name: _first_rows(book, name), finds)
            notices = (notice,)
        sheet = choose_sheet(names, hidden, sheet, display, choose)
        if sheet in charts:
            raise InputError(f"sheet {sheet!r} is a chart, with no cells of figures", source=SourceRef(display),
                             expected="the sheet that holds the figures: "
                             + ", ".join(name for name in names if name not in charts))
        rows: list[list[str]] = []
        # Cells in the file with no value: empty but formatted, or a formula saved without its value. (A formula
        # Excel worked out as empty text is saved as text, "str", and is an empty cell.)
        unsaved: set[tuple[int, int]] = set()
        # The sheet's own note of its size (its "dimension") is not trusted: some programs write "A1" whatever the
        # sheet holds, and the rows past it would be lost without a word.
        book[sheet].reset_dimensions()
        part = getattr(book[sheet], "_worksheet_path", "")  # the sheet's XML in the archive, for its merged cells
        _refuse_negative_text(data, part)
        cells = 0
        for number, row in enumerate(book[sheet].iter_rows(), start=1):
            cells += len(row)
            refuse_large(number, cells, display)
            rows.append([_cell_text(cell.value, getattr(cell, "number_format", None)) for cell in row])
            unsaved.update((number, column) for column, cell in enumerate(row) if cell.value is None
                           and not isinstance(cell, EmptyCell) and cell.data_type != "str")
    finally:
        book.close()
    for (number, column), formula in _formulas(data, sheet, unsaved).items():
        rows[number - 1][column] = formula
    _merged_down(data, part, rows)
    return SheetRows(rows, sheet, notices)


def _first_rows(book: Workbook, name: str) -> list[list[str]]:
    """A sheet's first rows as text, for the header of the columns campaign.yaml names (:func:`sheet_with_header`)."""
    book[name].reset_dimensions()
    return [[_cell_text(cell.value, getattr(cell, "number_format", None)) for cell in row]
            for row in itertools.islice(book[name].iter_rows(), PEEK)]


_NEGATIVE_TEXT = re.compile(rb'<(?:\w+:)?c\b[^>]*\bt="s"[^>]*>\s*<(?:\w+:)?v>\s*-')


def _refuse_negative_text(data: bytes, part: str) -> None:
    """A cell naming the workbook's shared text by a negative number (``<c t="s"><v>-1</v>``), which openpyxl
    counts from the end of the list, so that the workbook's last text was read in its place without a word: refused,
    as one past the end is (an IndexError, which :func:`read_xlsx_rows` says in words)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if part in archive.namelist() and _NEGATIVE_TEXT.search(archive.read(part)):
            raise IndexError(part)


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)"')


def _merged_down(data: bytes, part: str, rows: list[list[str]]) -> None:
    """Cells merged down over several rows (an area's name over its row of numbers and its row of rates) read as
    the merged cell does in each row it covers, as a person sees the sheet; a merge across columns only keeps its
    value in its first cell, as Excel does. openpyxl's read-only reader does not give a sheet's merged cells, so
    they are read from the sheet's ``mergeCell`` elements. A row with nothing else in it stays blank."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read(part) if part in archive.namelist() else b""  # after the cells: <mergeCells>
    for first, top, _last, bottom in _MERGE.findall(xml[max(xml.rfind(b"sheetData>"), 0):]):
        column = column_index(first.decode("ascii").lower())
        top_row, bottom_row = int(top), min(int(bottom), len(rows))
        value = rows[top_row - 1][column] if top_row <= len(rows) and column < len(rows[top_row - 1]) else ""
        for number in range(top_row + 1, bottom_row + 1) if value else ():
            row = rows[number - 1]
            if not any(cell.strip() for cell in row):  # a blank row stays blank: the merge runs on past the table
                continue
            row.extend([""] * (column + 1 - len(row)))
            row[column] = row[column] or value


def _check_kind(data: bytes, source: SourceRef) -> None:
    """An OpenDocument spreadsheet renamed .xlsx, told what it is and what to do (what is no ZIP archive at all, an
    older workbook renamed, one saved with a password, a web page, is told by :func:`check_archive`)."""
    if data.startswith(b"PK") and b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet" in data[:200]:
        raise InputError("is an OpenDocument spreadsheet (.ods) with a name ending .xlsx", source=source,
                         expected="the file renamed to end .ods, which drafter reads too")


def _check_strict(data: bytes, source: SourceRef) -> None:
    """A workbook Excel saved as "Strict Open XML Spreadsheet", whose parts openpyxl does not find."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        part = archive.read("xl/workbook.xml")[:2000] if "xl/workbook.xml" in names else b""
    if b"purl.oclc.org/ooxml/spreadsheetml" in part:
        raise InputError("is saved as a 'Strict Open XML Spreadsheet', which drafter does not read", source=source,
                         expected="the file saved from Excel as 'Excel Workbook (.xlsx)'")


def _formulas(data: bytes, sheet: str, cells: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The formulas among ``cells`` (row from 1, column from 0) that have no saved value: a workbook written by
    a program that does not calculate (a script, some exports) keeps the formula alone. Their text ("=SUM(…)")
    stands for them, so that the figure is refused as a formula nobody has calculated rather than read as
    empty. The workbook is read a second time, for its formulas, only where such a cell is found."""
    if not cells:
        return {}
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    found: dict[tuple[int, int], str] = {}
    try:
        first, last = min(r for r, _ in cells), max(r for r, _ in cells)
        book[sheet].reset_dimensions()
        for number, row in enumerate(book[sheet].iter_rows(min_row=first, max_row=last), start=first):
            for column, cell in enumerate(row):
                value = getattr(cell.value, "text", cell.value)  # an array formula keeps its text in .text
                if (number, column) in cells and isinstance(value, str) and value.startswith("="):
                    found[(number, column)] = value
    finally:
        book.close()
    return found


def _cell_text(value: object, number_format: str | None = None) -> str:
    """A cell as text, as Excel shows its value: to the decimal places its number format shows (a count
    stored as 1234.56 and shown as 1,235 is 1235, a rate shown as 18.0 is 18.0), and a number formatted as a
    percentage (stored as 0.125, shown as 12.5%) as ``"12.5%"``, so that it is read as 12.5 per cent and
    never as 0.125. A date alone, without a time, is ``"2024-11-05"``.

    >>> _cell_text(0.18, "0.0%"), _cell_text(1234.56, "#,##0"), _cell_text(0.1 + 0.2), _cell_text(7, "0.0")
    ('18.0%', '1235', '0.3', '7.0')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        shown_text = _text_only(value, number_format or "General")
        if shown_text == "":  # ";;;": refused by the figure's parser, as the sheet shows no figure
            return f"{format(Decimal(format(value, '.15g')).normalize(), 'f')} {HIDDEN}"
        if shown_text is not None:  # "[<5]\"[c]\";#,##0": a figure the publisher hid behind "[c]" is never read
            return shown_text
        # Excel keeps 15 significant digits and shows a cell to them (0.1 + 0.2 is 0.3); the Decimal is built
        # from that text.
        number = Decimal(format(value, ".15g"))
        scale = _scale(number_format or "General")
        if scale:  # "#,##0," shows 1234567 as 1,235: refused as such by the figure's parser
            return f"{format(number.normalize(), 'f')} {SHOWN_IN} {scale}"
        shown = _shown(number_format or "General")
        if shown is None or not number.is_finite() or number.adjusted() >= 15:  # too big to show: refused as such
            return str(value) if isinstance(value, int) else format(number.normalize(), "f")
        places, percent = shown
        if percent:
            number *= 100
        number = number.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)  # Excel shows halves away from 0
        return format(number, "f") + ("%" if percent else "")
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


# Words in quotes, a character escaped, a colour or condition in brackets, a width or a fill: none a digit's place. (An
# unclosed quote or bracket runs to the end, so that no text makes the search go back over it: linear in its length.)
_LITERALS = re.compile(r'"[^"]*(?:"|$)|\\.|\[[^]]*(?:\]|$)|[_*].')


@functools.lru_cache(maxsize=64)
def _scale(number_format: str) -> str:
    """What an Excel number format divides a number by to show it, in words, or "": a comma after the last digit
    of the format ("#,##0,") shows thousands, two ("#,##0,,") millions.

    >>> _scale("#,##0,"), _scale('0.0,,"m"'), _scale("#,##0"), _scale("General"), _scale("#,##0;(#,##0,)")
    ('thousands', 'millions', '', '', '')
    """
    section = _LITERALS.sub("", number_format.split(";")[0])
    scaled = re.search(r"[0#?](,+)[^0#?]*$", section)
    return {1: "thousands", 2: "millions", 3: "billions"}.get(len(scaled[1]), "") if scaled else ""


@functools.lru_cache(maxsize=64)
def _shown(number_format: str) -> tuple[int, bool] | None:
    """How an Excel number format shows a positive number: its decimal places and whether as a percentage;
    None for General and for formats that are not plain decimals (dates, fractions, scientific).

    >>> _shown("0.0%"), _shown('#,##0.00" per cent"'), _shown("[$£-809]#,##0"), _shown("General"), _shown("0.0E+00")
    ((1, True), (2, False), (0, False), None, None)
    """
    section = _LITERALS.sub("", number_format.split(";")[0])
    if not re.search(r"[0#?]", section) or re.search(r"[eE][+-]|/|[a-zA-Z]", section):
        return None
    decimals = re.search(r"\.([0#?]*)", section)
    return (len(decimals.group(1)) if decimals else 0), "%" in section


_CONDITION = re.compile(r"\[(<=|>=|<>|<|>|=)\s*(-?[0-9]+(?:\.[0-9]+)?)\]")
_SECTION = re.compile(r'(?:"[^"]*(?:"|$)|[^";])*')  # a section: up to a semicolon outside quotes, in linear time


@functools.lru_cache(maxsize=64)
def _sections(number_format: str) -> tuple[tuple[str, ...], tuple[re.Match[str] | None, ...]]:
    """A number format's sections, split at each semicolon outside quotes, and each one's condition ("[<5]"), worked
    out once for every cell of the format, each in time linear in its length: a format of a few kilobytes took
    seconds a cell when each semicolon looked ahead to the end for quotes.

    >>> _sections('[<5]"[c]";#,##0')[0], _sections('0;"a;b";0')[0], _sections("")[0]
    (('[<5]"[c]"', '#,##0'), ('0', '"a;b"', '0'), ('',))
    """
    sections: list[str] = []
    at = 0
    while at <= len(number_format):
        section = _SECTION.match(number_format, at)
        assert section is not None  # it matches an empty section too
        sections.append(section[0])
        at = section.end() + 1
    return tuple(sections), tuple(_CONDITION.search(section) for section in sections)


def _section(value: float, number_format: str) -> str:
    """The section of an Excel number format that shows ``value``: positive;negative;zero, or the first whose
    condition it meets ("[<5]" …), as Excel chooses it."""
    sections, conditions = _sections(number_format)
    if conditions[0]:  # the first section whose condition the value meets, else the one after them
        for section, condition in zip(sections[:2], conditions[:2], strict=False):
            if condition and _meets(value, condition[1], Decimal(condition[2])):
                return section
        after = 2 if len(sections) > 1 and conditions[1] else 1
        return sections[min(after, len(sections) - 1)]
    index = 0 if value > 0 or len(sections) == 1 else 1 if value < 0 else 2 if len(sections) > 2 else 0
    return sections[index]


def _meets(value: float, operator: str, bound: Decimal) -> bool:
    number = Decimal(format(value, ".15g"))
    return {"<": number < bound, "<=": number <= bound, ">": number > bound, ">=": number >= bound,
            "=": number == bound, "<>": number != bound}[operator]


def _text_only(value: float, number_format: str) -> str | None:
    """What a cell shows where its number format shows words, not its number: a publisher's format that hides a
    small count behind "[c]" or "*" ("[<5]\"[c]\";#,##0"), or hides it altogether (";;;"). A zero stays a figure:
    Excel's Comma style shows 0 as "-", and it is 0. None where the format shows the number.

    >>> _text_only(3, '[<5]"[c]";#,##0'), _text_only(12, '[<5]"[c]";#,##0'), _text_only(3, ";;;")
    ('[c]', None, '')
    >>> _text_only(0, '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-'), _text_only(7, '"*"'), _text_only(7, "General")
    (None, '*', None)
    """
    return None if value == 0 else _words(_section(value, number_format))


@functools.lru_cache(maxsize=64)
def _words(section: str) -> str | None:
    """The words a section of a number format shows, or None where it shows the number (:func:`_text_only`), read
    once for every cell of the format."""
    shown: list[str] = []
    at = 0
    while at < len(section):
        character = section[at]
        if character in '"[':  # words in quotes; its colour or condition in brackets
            end = section.find('"' if character == '"' else "]", at + 1)
            end = len(section) if end < 0 else end
            shown.append(section[at + 1:end] if character == '"' else "")
            at = end + 1
            continue
        if character in "_*\\":  # the width of a character, a fill, a character as itself
            shown.append(section[at + 1:at + 2] if character == "\\" else "")
            at += 2
            continue
        if character in "0#?@" or (character.isascii() and character.isalpha()):  # the number, a date, General
            return None
        shown.append(character)
        at += 1
    return "".join(shown).strip()
