"""A figure from one cell, or from several added up: a quarter from its months' columns (``value: [2024-07-01,
2024-08-01, 2024-09-01]``), or a period from its months' rows (``rows: {Month: [2024-07, 2024-08, 2024-09]}``).
Each cell is read as a figure of its own; a marker in any makes the sum not available; the sum keeps every cell,
which the fact sheet names ("503 + 367 + 686 = 1556"). A rate is never added up."""

from __future__ import annotations

from decimal import Decimal

from drafter.errors import InputError
from drafter.load.dates import period_span
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


def refuse_whole_years(summed: Wanted) -> None:
    """A list in ``rows:`` adds up the rows of a period's parts (its months or quarters): a list of whole years, or
    of periods that overlap (``Year: [2022-23, 2023-24]``, written for both periods at once), is refused, as their
    sum would be printed as one period's figure."""
    spans = sorted(span for span in map(period_span, summed.values) if span)
    if len(spans) == len(summed.values) and any((end - start).days >= 364 or (n and start <= spans[n - 1][1])
                                                for n, (start, end) in enumerate(spans)):
        raise InputError("lists whole years, or periods that overlap, whose rows would be added up as one period's",
                         source=summed.ref, field=summed.key, value=summed.value, expected=f"one value for each "
                         f"period ({summed.column}: 2022-23 under one period, {summed.column}: 2023-24 under the "
                         "other); a list adds up the rows of a period's parts, such as its quarters or months")
