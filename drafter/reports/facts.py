"""Facts as a reviewer reads them: a table of every number a release prints, with formula and source cells."""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterable, Sequence

from drafter.model import Fact

FACT_COLUMNS = ("area", "fact", "printed", "exact value", "formula", "source")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a cell a spreadsheet would run
_ENCODE_EVERY = 1 << 16  # characters of CSV text


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe.

    >>> neutralise("=HYPERLINK(1)"), neutralise("1,747"), neutralise("-5")
    ("'=HYPERLINK(1)", '1,747', "'-5")
    """
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def to_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """A CSV that is safe to open in a spreadsheet: UTF-8 with a byte-order mark (so Excel reads it as UTF-8),
    CRLF lines, every cell neutralised (fact sheets and the reviewer pack's review.csv)."""
    data = io.BytesIO(codecs.BOM_UTF8)
    data.seek(0, io.SEEK_END)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    for row in (header, *rows):
        writer.writerow([neutralise(str(cell)) for cell in row])
        if text.tell() > _ENCODE_EVERY:  # encoded a piece at a time: a reviewer pack for 10,000 areas is
            data.write(text.getvalue().encode("utf-8"))  # held once, as bytes, not also as text
            text.seek(0)
            text.truncate()
    data.write(text.getvalue().encode("utf-8"))
    return data.getvalue()


def fact_rows(facts: Sequence[Fact]) -> list[tuple[str, str, str, str, str, str]]:
    return [(f.area, f.name, f.text, format(f.value.normalize(), "f") if f.value == f.value.to_integral_value()
             else format(f.value, "f"), f.formula, "; ".join(s.cell() for s in f.sources)) for f in facts]


def facts_csv(facts: Sequence[Fact]) -> bytes:
    """The fact sheet written beside each release (``<slug>.facts.csv``)."""
    return to_csv(FACT_COLUMNS, fact_rows(facts))


def facts_json(facts: Sequence[Fact]) -> str:
    return json.dumps([
        {"area": f.area, "fact": f.name, "printed": f.text, "value": str(f.value), "formula": f.formula,
         "sources": [{"file": s.file, "row": s.row, "column": s.column} for s in f.sources]}
        for f in facts
    ], indent=2, ensure_ascii=False) + "\n"
