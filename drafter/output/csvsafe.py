"""CSV exports that are safe to open in a spreadsheet: cells that would run as formulas are neutralised."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator, Sequence

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe.

    >>> neutralise("=HYPERLINK(1)"), neutralise("1,747"), neutralise("-5")
    ("'=HYPERLINK(1)", '1,747', "'-5")
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def to_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 CSV with a byte-order mark (so Excel reads it as UTF-8), every cell neutralised: what the
    standard csv writer writes (minimal quoting, CRLF lines; a property test holds the two equal), written
    by hand because a batch writes one fact sheet per release."""
    return b"".join(csv_chunks(header, rows))


def csv_chunks(header: Sequence[str], rows: Iterable[Sequence[str]]) -> Iterator[bytes]:
    """:func:`to_csv` row by row, as the rows come (the reviewer pack's CSV is never held whole)."""
    yield codecs.BOM_UTF8 + (_line(header) + "\r\n").encode()
    for row in rows:
        yield (_line(row) + "\r\n").encode()


def _line(row: Sequence[str]) -> str:
    if len(row) == 1 and row[0] == "":
        return '""'  # as csv does: a row of one empty cell is not a blank line
    return ",".join(_cell(neutralise(str(cell))) for cell in row)


def _cell(text: str) -> str:
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text
