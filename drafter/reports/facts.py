"""Facts as a reviewer reads them: a table of every number a release prints, with formula and source cells."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterable, Sequence

from drafter.model import Fact, SourceRef

FACT_COLUMNS = ("area", "fact", "printed", "exact value", "formula", "source")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a cell a spreadsheet would run
_NEGATIVE = re.compile(r"-[0-9]+(\.[0-9]+)?")  # a negative number, and nothing else
_ENCODE_EVERY = 1 << 16  # characters of CSV text


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe. A negative number alone (a fall's
    exact value, -5.263…) runs nothing, and is left a number: with the apostrophe, Excel showed it as text.

    >>> neutralise("=HYPERLINK(1)"), neutralise("1,747"), neutralise("-5.26"), neutralise("-5+cmd")
    ("'=HYPERLINK(1)", '1,747', '-5.26', "'-5+cmd")
    """
    return "'" + cell if cell.startswith(FORMULA_START) and not _NEGATIVE.fullmatch(cell) else cell


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


def cells_text(sources: Iterable[SourceRef]) -> str:
    """The cells behind a figure, by file, as a reviewer looks them up: "figures.csv, row 3, columns before and
    after"; "figures.csv, rows 2–6, column october" (the reviewer pack, and the check's findings).

    >>> cells_text([SourceRef("figures.csv", 3, "before"), SourceRef("figures.csv", 3, "after")])
    'figures.csv, row 3, columns before and after'
    >>> cells_text([SourceRef("a.xlsx", 3, "points"), SourceRef("pop.csv", 2, "all ages"),
    ...             SourceRef("a.xlsx", 4, "points")])
    'a.xlsx, rows 3–4, column points; pop.csv, row 2, column all ages'
    """
    by_file: dict[str, list[SourceRef]] = {}
    for ref in sources:
        by_file.setdefault(ref.file, []).append(ref)
    parts: list[str] = []
    for file, refs in by_file.items():
        if any(r.row is None for r in refs):
            parts.extend(r.cell() for r in list(dict.fromkeys(refs))[:3])
            continue
        rows = sorted({r.row for r in refs if r.row is not None})
        columns = list(dict.fromkeys(r.column for r in refs if r.column))
        span = f"row {rows[0]}" if len(rows) == 1 else f"rows {rows[0]}–{rows[-1]}" \
            if rows[-1] - rows[0] == len(rows) - 1 else "rows " + ", ".join(map(str, rows[:10])) + (
                ", …" if len(rows) > 10 else "")
        what = (f", column {columns[0]}" if len(columns) == 1 else
                ", columns " + " and ".join(columns) if columns else "")
        parts.append(f"{file}, {span}{what}")
    return "; ".join(parts)


def printed(fact: Fact) -> str:
    """What the release prints for ``fact``: nothing for a fact only deciding the wording (a rank ``top()``
    looked at to say "the lowest"), which the release never shows."""
    return fact.text if fact.printed else ""


def formula(fact: Fact) -> str:
    """``fact``'s formula as a reviewer reads it; for a fact only deciding the wording, what it decides first:
    "not printed: decides whether it alone is the lowest; rank 1 of 5 areas in Wales, by rate, lowest first"."""
    return fact.formula if fact.printed else f"not printed: decides {fact.decides}; {fact.formula}"


def fact_rows(facts: Sequence[Fact]) -> list[tuple[str, str, str, str, str, str]]:
    """A fact sheet's rows: each source cell named once (a share's own cell is also one of its whole's)."""
    return [(f.area, f.name, printed(f), format(f.value.normalize(), "f") if f.value == f.value.to_integral_value()
             else format(f.value, "f"), formula(f), "; ".join(s.cell() for s in dict.fromkeys(f.sources)))
            for f in facts]


def facts_csv(facts: Sequence[Fact]) -> bytes:
    """The fact sheet written beside each release (``<slug>.facts.csv``)."""
    return to_csv(FACT_COLUMNS, fact_rows(facts))


def facts_json(facts: Sequence[Fact]) -> str:
    """The fact sheet as JSON (``drafter facts --json``), its printed and formula as the CSV has them."""
    return json.dumps([
        {"area": f.area, "fact": f.name, "printed": printed(f), "value": str(f.value), "formula": formula(f),
         "sources": [{"file": s.file, "row": s.row, "column": s.column} for s in f.sources]}
        for f in facts
    ], indent=2, ensure_ascii=False) + "\n"
