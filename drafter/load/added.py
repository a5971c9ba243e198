"""A figure from one cell, or from several added up: a quarter from its months' columns (``value: [2024-07-01,
2024-08-01, 2024-09-01]``), or a period from its months' rows (``rows: {Month: [2024-07, 2024-08, 2024-09]}``).
Each cell is read as a figure of its own; a marker in any makes the sum not available; the sum keeps every cell,
which the fact sheet names ("503 + 367 + 686 = 1556"). A rate is never added up."""

from __future__ import annotations

from decimal import Decimal

from drafter.errors import InputError, how_many, name_list, possessive
from drafter.load.dates import period_span
from drafter.load.figures import Collector
from drafter.load.row_filter import Wanted
from drafter.model import Measure, SourceRef, Unavailable, Value, Warning
from drafter.style.marks import DASHES

Cell = tuple[str, SourceRef, str]  # a cell's text, where it is, and its column as the header spells it


def put_figure(key: tuple[str, str, str], cells: list[Cell], collector: Collector, measure: Measure,
               marks: tuple[str, ...], nil: bool = False, note: str = "") -> None:
    """One figure from its cell, or from several added up (a quarter from its three months' columns): each is
    read as a figure of its own, a marker in any makes the sum not available, and the sum keeps every cell. With
    ``nil`` (campaign.yaml's ``dash_means: nil``), a dash is the figure 0, marked with the dash as written; with
    ``note``, the note of the row of a cell left empty that its figures are withheld (:mod:`drafter.load.withheld`),
    the figure is not available, that note in place of a marker, as a sum with a part withheld is."""
    empty = next(((ref, heading) for cell, ref, heading in cells if not cell.strip()), None)
    if note and empty:
        collector.put(key, "[x]", *empty, measure, marks)  # refuses a second row for the area
        collector.unavailable[key] = Unavailable(note, empty[0])
        return
    dashes = [(cell.strip(), ref) for cell, ref, _ in cells if nil and cell.strip() in DASHES]
    if dashes:
        cells = [("0" if cell.strip() in DASHES else cell, ref, heading) for cell, ref, heading in cells]
        marks = (*marks, *dict.fromkeys(dash for dash, _ in dashes))
        collector.nil += [(key[0], ref) for _, ref in dashes]
    if len(cells) == 1 or measure.kind != "count":  # a rate is never added up: refused when named
        collector.put(key, cells[0][0], cells[0][1], cells[0][2], measure, marks)
        return
    parts = Collector(decimal_comma=collector.decimal_comma, forms=collector.forms)
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


def dash_notices(collector: Collector, found: dict[tuple[str, str, str], SourceRef], nil: bool) -> tuple[Warning, ...]:
    """What became of the dashes written for figures: read as 0 where campaign.yaml says they mean nil, one warning
    naming them; else, where any is read as not available (``found``: their figures and cells), a warning that
    many publishers write a dash for nil, and how to say so."""
    if collector.nil:
        shown = name_list([f"{area} ({ref.cell()})" for area, ref in collector.nil], 6)
        said = how_many(len(collector.nil), "figure written as a dash is", "figures written as a dash are")
        return (Warning("dash_nil", f"{said} read as 0, as dash_means: nil in campaign.yaml says: {shown}; "
                        "check that the publisher's notes say a dash means nil"),)
    if not found or nil:
        return ()
    (area, _measure, _period), ref = next(iter(found.items()))
    said = how_many(len(found), "figure written as a dash is", "figures written as a dash are")
    return (Warning("dash_not_available", f"{said} read as not available, such as {possessive(area)} ({ref.file} row "
                    f"{ref.row}); many publishers (NHS England, the Welsh Government, older ONS tables) write a dash "
                    "for nil, none: where the file's notes say so, write dash_means: nil under each period of "
                    "figures: in campaign.yaml, and each dash is read as 0"),)
