"""A figure from several cells added up: a quarter from its months' columns (``value: [2024-07-01, 2024-08-01,
2024-09-01]``), or a year from its quarters' rows (``rows: {Financial Year: 2023/24, Financial Quarter: [1, 2, 3,
4]}``, as the Home Office's open data tables give a row per force, quarter and offence). Each cell is read as a
figure of its own; a marker in any makes the sum not available; the sum keeps every cell, which the fact sheet
names ("503 + 367 + 686 = 1556"). A rate is never added up."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from drafter.errors import InputError
from drafter.load.figures import Collector
from drafter.load.row_filter import Wanted
from drafter.model import Measure, SourceRef, Value

Cell = tuple[str, SourceRef, str]  # a cell's text, where it is, and its column as the header spells it


def put_figure(key: tuple[str, str, str], cells: list[Cell], collector: Collector, measure: Measure,
               marks: tuple[str, ...]) -> None:
    """One figure from its cell, or from several added up (a quarter from its three months' columns): each is
    read as a figure of its own, a marker in any makes the sum not available, and the sum keeps every cell."""
    if len(cells) == 1 or measure.kind != "count":  # a rate is never added up: refused when named
        collector.put(key, cells[0][0], cells[0][1], cells[0][2], measure, marks)
        return
    parts = Collector(decimal_comma=collector.decimal_comma)
    for n, (cell, ref, heading) in enumerate(cells):
        parts.put((*key[:2], f"{key[2]}#{n}"), cell, ref, heading, measure, marks)
    collector.marked += parts.marked
    withheld = next(iter(parts.unavailable), None)
    first = cells[int(withheld[2].split("#")[1])] if withheld else cells[0]
    collector.put(key, first[0], first[1], first[2], measure, marks)  # refuses a second row for the area
    if key in collector.found and not withheld:
        values = list(parts.found.values())
        marked = tuple(dict.fromkeys(m for v in values for m in v.marks))
        collector.found[key] = Value(sum((v.amount for v in values), Decimal(0)),
                                     tuple(s for v in values for s in v.sources), marks=marked,
                                     parts=tuple(v.amount for v in values))


def refuse_rates(adding: Wanted, measures: list[Measure]) -> None:
    """A list of values in ``rows:`` adds up each area's rows: refused where a measure read is a rate."""
    rate = next((m for m in measures if m.kind != "count"), None)
    if rate is not None:
        raise InputError(f"lists values whose rows are added up, but {rate.id} is a rate, which cannot be added up",
                         source=adding.ref, field=adding.key, value=adding.value,
                         expected="one value, for the rows of the rate the publisher gives for the whole period")


@dataclass
class RowSums:
    """Each area's rows of the values a ``rows:`` list names, kept as the file is read, then added up."""

    adding: Wanted
    heading: str  # the list's column as the file spells it
    cells: dict[tuple[str, str], dict[str, list[Cell]]] = field(default_factory=dict)  # (area, measure) → value →
    marks: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    first: dict[str, SourceRef] = field(default_factory=dict)  # each area's first row taken

    def add(self, area: str, measure: str, part: str, cells: list[Cell], marks: tuple[str, ...],
            ref: SourceRef) -> None:
        self.cells.setdefault((area, measure), {})[part] = cells
        self.marks[(area, measure)] = tuple(dict.fromkeys((*self.marks.get((area, measure), ()), *marks)))
        self.first.setdefault(area, ref)

    def put_all(self, period: str, collector: Collector, measures: dict[str, Measure]) -> None:
        """Each area's sum into ``collector``: refused where an area lacks a row of a listed value."""
        for (area, measure), parts in self.cells.items():
            missing = [value for value in self.adding.values if value not in parts]
            if missing:
                raise InputError(f"has no row of {area}'s with {self.heading} {missing[0]}, only with "
                                 + ", ".join(v for v in self.adding.values if v in parts),
                                 source=self.first[area], field=self.heading, expected=f"a row of each of "
                                 f"{self.adding.value} for every area, as rows: lists them to add up: check the "
                                 "file, or list only the values it has for every area")
            put_figure((area, measure, period), [cell for value in self.adding.values for cell in parts[value]],
                       collector, measures[measure], self.marks[(area, measure)])
