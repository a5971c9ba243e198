"""A CSV file's bytes as a Windows laptop saves them, read into text, and the mark between its columns.

What Excel and Notepad write is read without guessing (docs/figures.md, "How a CSV file is read"):

- UTF-8, with the byte-order mark Excel's "CSV UTF-8" writes or without it;
- UTF-16 with its byte-order mark: Excel's "Unicode Text" (tabs between columns), or Notepad's "Unicode";
- a file that is not UTF-8 but is Windows-1252, as Excel's plain "CSV (Comma delimited)" writes it on a Windows
  laptop in the UK (a "£", the "ô" of Ynys Môn, a curly apostrophe or an en dash as one byte each): read as
  Windows-1252, with a warning naming the file and saying how to save it as "CSV UTF-8" to be sure.

Windows-1252, not Latin-1: Latin-1 reads any bytes at all, so it could never refuse a file that is something else,
and reads Excel's curly apostrophe and en dash (0x92, 0x96) as invisible control characters. Not a detector
library: on a short file such as an areas.csv with one "Ynys Môn" a detector guesses from too few letters (one
read it as Big5, "Ynys M獼"). A file UTF-8 in part and something else in part, one that reads as Windows-1252
only as a Mac's text would ("M™n"), and anything else is refused, naming what it looks like.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import PurePath

from drafter.errors import InputError
from drafter.load.sheets import MAX_COLUMNS
from drafter.model import SourceRef, Warning

SAVE_AS = "File > Save As > 'CSV UTF-8 (Comma delimited)'"  # Excel's words, in every Excel since 2016
SAVE_UTF8 = f"the file saved from Excel with {SAVE_AS}"
SEPARATORS = {",": "commas", ";": "semicolons", "\t": "tabs"}
CHECK_FILE = "check this is the file you mean, or save it again from the spreadsheet"
MAX_ROW_CHARACTERS = 2_000_000  # longer than any table's row (16,384 cells of 100 characters are 1.6 million)
_FILES = ((b"PK\x03\x04", "a workbook"), (b"\xd0\xcf\x11\xe0", "an older Excel workbook (.xls)"),
          (b"%PDF", "a PDF document"), (b"{\\rtf", "a Word document saved as Rich Text (.rtf)"))
_WEB_PAGE = re.compile(rb"\s*<(!doctype html|html|\?xml)", re.IGNORECASE)
# Bytes a Windows-1252 reading gives between two letters only when the text is a Mac's (Mac Roman's ô is 0x99,
# Windows-1252's trade mark sign): "Ynys M™n" is never a name.
# So is a Mac's curly apostrophe (0xd5) in "People’s", "don’t", read "PeopleÕs", and its en dash (0xd0) between
# spaces, read " Ð ", as Excel's "CSV (Macintosh)" writes them.
_MAC_ROMAN = re.compile(r"(?<=[^\W\d_])[™‰†‡•ƒˆ˜](?=[^\W\d_])|(?<=[a-z])Õ(?=(?:s|t|ll|d|re|ve|m)\b)|(?<= )Ð(?= )")
# UTF-8's own bytes for the letters and marks of English and Welsh text (é, ô, £, ŵ, ŷ, ’, –, €): in a file that is
# not UTF-8 they show that part of it is, where in Windows-1252 they would be "Ã©", "Å´" or "â€™", never written.
DOS_END = b"\x1a"  # Ctrl-Z, which some Windows programs still write as a file's last byte
UTF8_TEXT = re.compile(rb"[\xc2\xc3][\x80-\xbf]|\xc5[\xb4-\xb7]|\xe2\x80[\x90-\xbf]|\xe2\x82\xac")


def decode_csv(data: bytes, display: str) -> tuple[str, tuple[Warning, ...]]:
    """The text of a CSV file's bytes, and the warning when it was read as Windows-1252; refused when it cannot be
    read without guessing.

    >>> decode_csv("area\\nYnys Môn\\n".encode("utf-8-sig"), "areas.csv")
    ('area\\nYnys Môn\\n', ())
    >>> decode_csv("area\\nYnys Môn\\n".encode("utf-16"), "areas.csv")
    ('area\\nYnys Môn\\n', ())
    >>> decode_csv("area\\nYnys Môn\\n".encode("cp1252"), "areas.csv")[1][0].code
    'windows_1252'
    """
    data = data.removesuffix(DOS_END)  # the end-of-file mark older Windows programs (and ``copy /a``) add
    _refuse_other_files(data, display)
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError("is UTF-32 text, which Excel does not read or write", source=SourceRef(display),
                         expected=f"{SAVE_UTF8}, or from Notepad with Encoding: UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            raise InputError("is UTF-16 text (Excel's 'Unicode Text') that is cut short or damaged",
                             source=SourceRef(display), expected=SAVE_UTF8) from None
    if b"\0" in data[:4096]:
        even, odd = sorted((data[:4096:2].count(0), data[1:4096:2].count(0)))  # UTF-16: NULs on one side only
        halves = odd > len(data[:4096]) // 4 and even <= odd // 10  # (a program's file has them on both)
        raise InputError("is UTF-16 text without the mark at its start that says so" if halves else
                         "has NUL bytes in it, so it is not text: perhaps a program's own file under a name ending "
                         ".csv", source=SourceRef(display), expected=SAVE_UTF8)
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as fault:
        bad = fault.start
    where = _where(data, bad)
    if data.startswith(codecs.BOM_UTF8) or UTF8_TEXT.search(data):
        raise InputError(f"is partly UTF-8 and partly not: character {where[1]} is the byte 0x{data[bad]:02x}, which "
                         "is not UTF-8", source=SourceRef(display, line=where[0]),
                         expected=f"one kind of text throughout: check that line's names in Excel, then {SAVE_UTF8}")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as fault:
        where = _where(data, fault.start)
        raise InputError(f"is neither UTF-8 nor Windows-1252 text: character {where[1]} is the byte "
                         f"0x{data[fault.start]:02x}", source=SourceRef(display, line=where[0]),
                         expected=SAVE_UTF8) from None
    mac = _MAC_ROMAN.search(text)
    if mac:
        line = text.count(_break(text), 0, mac.start()) + 1
        raise InputError(f"is not UTF-8, and read as Windows text it has {_word(text, mac.start())!r}, as text "
                         "saved on a Mac reads", source=SourceRef(display, line=line),
                         expected=f"{SAVE_UTF8}, which Excel on a Mac has too")
    row = sum(part.count(_break(text)) for part in text[:bad].split('"')[::2]) + 1  # a break in quotes starts no row
    return text, (Warning("windows_1252", f"{display}: saved as Excel's plain 'CSV (Comma delimited)', not as UTF-8, "
                          f"so read as Windows text (Windows-1252); check that {_word(text, bad)!r} (row {row}) reads "
                          f"as in Excel, and to be sure, save it from Excel with {SAVE_AS}"),)


def _break(text: str) -> str:
    """What ends a line of the file: a line feed (Windows's and Linux's), or a carriage return alone, as Excel's
    "CSV (Macintosh)" ends its lines."""
    return "\n" if "\n" in text or "\r" not in text else "\r"


def _refuse_other_files(data: bytes, display: str) -> None:
    """A workbook, a PDF, a web page or a Word document saved, renamed or downloaded under a name ending .csv."""
    kind = next((what for start, what in _FILES if data.startswith(start)), None)
    ending = PurePath(display).suffix or ".csv"  # "figures.txt", for Excel's "Unicode Text" as it names it
    if kind == "a workbook":
        suffix = ".ods" if b"opendocument.spreadsheet" in data[:200] else ".xlsx"
        kind = {".ods": "an OpenDocument spreadsheet", ".xlsx": "an Excel workbook"}[suffix] + f" ({suffix})"
        raise InputError(f"is {kind} with a name ending {ending}, not CSV text", source=SourceRef(display),
                         expected=f"the file renamed to end {suffix}, which drafter reads too, or saved from Excel "
                         "as 'CSV UTF-8'")
    if kind is None and _WEB_PAGE.match(data[:200]):
        kind = "a web page (HTML)"
    if kind is not None:
        raise InputError(f"is {kind} with a name ending {ending}, not CSV text", source=SourceRef(display),
                         expected="the file opened in Excel and saved as 'CSV UTF-8'" if "workbook" in kind else
                         "the table itself, downloaded again as CSV or saved from Excel as 'CSV UTF-8'")


def _where(data: bytes, index: int) -> tuple[int, int]:
    """The line (1-based) of the byte at ``index``, and which character of its line it is."""
    start = data.rfind(b"\n", 0, index) + 1
    return data.count(b"\n", 0, index) + 1, len(data[start:index].decode("cp1252", "replace")) + 1


def _word(text: str, index: int) -> str:
    """The cell around ``text[index]``, as a person finds it: "Ynys Môn" for the ô of its name; of a longer cell,
    such as a note under the table, the 40 characters around it.

    >>> _word("area\\nYnys Môn\\n", 10), _word("1. Figures for Cornwall were not supplied – see the notes,", 42)
    ('Ynys Môn', '…were not supplied – see the notes')
    """
    start = max(text.rfind(mark, 0, index) for mark in ",;\t\r\n\"") + 1
    ends = [end for end in (text.find(mark, index) for mark in ",;\t\r\n\"") if end != -1]
    cell = text[start:min(ends, default=len(text))]
    first = max(0, min(index - start - 20, len(cell) - 40))
    first = (cell.find(" ", first, index - start) + 1 or first) if first else 0  # from the start of a word
    shown = cell[first:first + 40].strip()
    return ("…" if first else "") + shown + ("…" if first + 40 < len(cell.rstrip()) else "")


def find_separator(text: str, display: str, finds_header: Callable[[list[list[str]]], bool] | None,
                   search: int) -> str:
    """The mark between a CSV file's columns: a comma, or semicolons (Excel set to European settings) or tabs
    (Excel's "Unicode Text") where the header row shows it. With ``finds_header`` (whether rows hold the header
    of the columns drafter needs), the file's first ``search`` rows are read with each mark: a comma is kept where
    they hold the header read with commas, and a header found with both semicolons and tabs is refused. Otherwise
    the mark that splits the first row into the most columns, a comma where it splits as many."""
    finding = (mark for mark in SEPARATORS if finds_header is not None and finds_header(
        list(_first_rows(text, mark, search))))
    found = [first] if (first := next(finding, None)) is not None else []
    if found == [","]:  # read with commas: the others are never tried
        return ","
    found += finding
    if len(found) > 1:
        raise InputError("has semicolons and tabs in its header row, which names the columns with either between them",
                         source=SourceRef(display), field="header",
                         expected=f"one mark between columns: {SAVE_UTF8}")
    if found:
        return found[0]
    counts = {mark: sum(bool(cell.strip()) for cell in next(_first_rows(text, mark, 1), [])) for mark in SEPARATORS}
    return max(SEPARATORS, key=lambda mark: counts[mark])  # the first of the most: commas before the others


def _first_rows(text: str, mark: str, count: int) -> Iterator[list[str]]:
    """The first ``count`` rows with a cell of text, read with ``mark`` between the columns."""
    reader = csv.reader(io.StringIO(text[:1_000_000], newline=""), delimiter=mark)
    try:
        yield from itertools.islice((row for row in reader if any(cell.strip() for cell in row)), count)
    except csv.Error:  # a fault in the file is reported when it is read with the mark chosen
        return


class _RowTooLong(Exception):
    """A row longer than :data:`MAX_ROW_CHARACTERS`, met as the reader takes its lines."""


def csv_rows(text: str, display: str, separator: str = ",") -> Iterator[list[str]]:
    """A CSV file's rows, read strictly: a quote mark that opens a cell and never closes it would otherwise take
    the rest of the file into that cell, and its rows would be lost without a word. A row longer than any table's
    is refused before the csv module splits it into cells: one line of 45 MB made 15 million of them, over a
    gigabyte in memory, before its width could be refused."""
    taken = [0]  # the characters of the row being read, counted as the reader takes its lines

    def lines() -> Iterator[str]:
        for piece in io.StringIO(text, newline=""):
            taken[0] += len(piece)
            if taken[0] > MAX_ROW_CHARACTERS:
                raise _RowTooLong
            yield piece

    reader = csv.reader(lines(), delimiter=separator, strict=True)
    between = SEPARATORS[separator][:-1]
    while True:
        line = reader.line_num + 1  # where the row begins
        taken[0] = 0
        try:
            row = next(reader, None)
        except _RowTooLong:
            raise InputError(f"has a row of more than {MAX_ROW_CHARACTERS:,} characters", source=SourceRef(
                display, line=line), expected=f"a table as Excel or LibreOffice saves it, rows of at most "
                f"{MAX_COLUMNS:,} cells and {MAX_ROW_CHARACTERS:,} characters: {CHECK_FILE}") from None
        except csv.Error as exc:
            problem = "has a quote mark that opens a cell and never closes it" if "end of data" in str(exc) else \
                f"has a cell of more than {csv.field_size_limit():,} characters, as where a quote mark opens a cell " \
                "and never closes it" if "field limit" in str(exc) else \
                "has text after the quote mark that closes a cell"
            raise InputError(problem, source=SourceRef(display, line=line),
                             expected=f'a cell in quote marks ("1,747") closed before the next {between}; a quote mark '
                             'inside a cell doubled ("5"" screen")') from None
        if row is None:
            return
        if len(row) > MAX_COLUMNS:  # no spreadsheet saves one: each cell of a million would be read and checked
            raise InputError(f"has a row of {len(row):,} cells, more than the {MAX_COLUMNS:,} columns a spreadsheet "
                             "has", source=SourceRef(display, line=line),
                             expected=f"a table of at most {MAX_COLUMNS:,} columns, as Excel or LibreOffice saves it: "
                             f"{CHECK_FILE}")
        yield row
