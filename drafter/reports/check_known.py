"""A fact the check knows, as a finding names it: its kind, its text as the house style prints it, what it is in a
press officer's words, and the cells it comes from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from drafter.model import SourceRef


@dataclass(frozen=True)
class Known:
    """One fact: its kind, its text as the house style prints it, and what it is, for a message."""

    area: str
    name: str  # as in the fact sheet: contacts.before, contacts.before-after.percent, contacts.after.rank
    kind: str  # count, money, percent, points, ordinal, band, direction, date, contact
    text: str
    what: str  # "Cheshire's figure for people contacting Stop It Now! for help in July to December 2017"
    sources: tuple[SourceRef, ...]
    value: Decimal | None = None
    band: str = ""
    direction: str = ""
    change: tuple[str, ...] = ()  # (area, measure, old period, new period) for a change's facts
    periods: tuple[str, ...] = ()
    day: dt.date | None = None  # a date's day: the release date, the embargo's

    @property
    def id(self) -> str:
        return f"{self.area} {self.name}".strip()

    def source(self) -> str:
        """The cells behind the fact, by file: "figures.csv, rows 3–7, column after"."""
        by_file: dict[str, list[SourceRef]] = {}
        for ref in self.sources:
            by_file.setdefault(ref.file, []).append(ref)
        parts: list[str] = []
        for file, refs in by_file.items():
            if any(r.row is None for r in refs):
                parts.extend(r.cell() for r in refs[:3])
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
