"""CSV exports that are safe to open in a spreadsheet: cells that would run as formulas are neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe.

    >>> neutralise("=HYPERLINK(1)"), neutralise("1,747"), neutralise("-5")
    ("'=HYPERLINK(1)", '1,747', "'-5")
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def to_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 CSV with a byte-order mark (so Excel reads it as UTF-8), every cell neutralised."""
    raw = io.BytesIO()
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")  # encoded as written: one copy in memory
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(str(cell)) for cell in row])
    text.flush()
    return raw.getvalue()
