"""figures.csv / figures.xlsx in long form (area, measure, period, value) or wide form (one column per period),
read row by row (:func:`~drafter.load.table.read_rows`) into a dict of :class:`~drafter.model.Value` by
(area, measure, period)."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping
from decimal import Decimal, Inexact, localcontext
from pathlib import Path

from drafter.errors import InputError
from drafter.load.numbers import parse_figure
from drafter.load.table import Row, RowStream, read_rows, require_columns
from drafter.model import Area, FigureKey, Measure, Period, SourceRef, Value

Figures = dict[FigureKey, Value]


def load_figures(
    path: Path,
    display: str,
    areas: tuple[Area, ...],
    measures: tuple[Measure, ...],
    periods: tuple[Period, ...],
    sheet: str | None = None,
) -> Figures:
    """Every figure, validated, with parents summed from their children where not given."""
    table = read_rows(path, display, sheet)
    try:
        found = _read(table, areas, measures, periods)
    except InputError:
        table.finish()  # a fault in the file itself on a later row (or no data rows) is reported first
        raise
    _add_parent_sums(found, areas, measures, periods)
    _require_complete(found, display, areas, measures, periods)
    return found


def _read(
    table: RowStream, areas: tuple[Area, ...], measures: tuple[Measure, ...], periods: tuple[Period, ...]
) -> Figures:
    """The figures the file gives, each checked, read as its rows are reached."""
    display = table.file
    area_names = dict.fromkeys(a.name for a in areas)  # in file order, quick to test
    measure_by_id = {m.id: m for m in measures}
    period_ids = dict.fromkeys(p.id for p in periods)
    found: Figures = {}
    if "period" in table.columns or "value" in table.columns:
        require_columns(table, ("area", "measure", "period", "value"))
        _refuse_extra(table, ("area", "measure", "period", "value"))
        for row in table.rows:
            area, measure = _ids(table, row, area_names, measure_by_id)
            period = _lookup(table, row, "period", period_ids, "a period id from campaign.yaml")
            _put(found, table, row, (area, measure.id, period), "value", measure)
    else:
        require_columns(table, ("area", "measure"))
        period_columns = [c for c in table.columns if c not in ("area", "measure")]
        if not period_columns:
            raise InputError("has no period columns", source=SourceRef(display, row=1), field="header",
                             expected="area, measure, period, value or area, measure, "
                             + ", ".join(period_ids))
        for column in period_columns:
            if column not in period_ids:
                raise InputError(
                    "is not a period id", source=SourceRef(display, row=1, column=column), field="header",
                    value=column, expected=_hint(column, period_ids, "a period id from campaign.yaml"),
                )
        for row in table.rows:
            area, measure = _ids(table, row, area_names, measure_by_id)
            for column in period_columns:
                _put(found, table, row, (area, measure.id, column), column, measure)
    return found


def _refuse_extra(table: RowStream, allowed: tuple[str, ...]) -> None:
    for column in table.columns:
        if column not in allowed:
            raise InputError("is not a known column", source=SourceRef(table.file, row=1, column=column),
                             field="header", value=column,
                             expected="long form area, measure, period, value")


def _ids(table: RowStream, row: Row, areas: Collection[str],
         measures: Mapping[str, Measure]) -> tuple[str, Measure]:
    """The row's area and measure."""
    area = _lookup(table, row, "area", areas, "an area named in areas.csv")
    measure_id = _lookup(table, row, "measure", measures, "a measure id from campaign.yaml")
    return area, measures[measure_id]


def _lookup(table: RowStream, row: Row, column: str, known: Collection[str], what: str) -> str:
    value = row.cells[column]
    if value in known:
        return value
    problem = "is empty" if not value else f"is not a known {column}"
    raise InputError(problem, source=row.ref(table.file, column), field=column, value=value or None,
                     expected=_hint(value, known, what))


def _hint(value: str, known: Collection[str], what: str) -> str:
    known = list(known)
    near = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    return f"{what}; did you mean {near[0]!r}?" if near else f"{what}: " + ", ".join(known[:12])


def _put(found: Figures, table: RowStream, row: Row, key: FigureKey,
         column: str, measure: Measure) -> None:
    ref = row.ref(table.file, column)
    if key in found:
        first = found[key].sources[0]
        raise InputError(
            f"repeats the figure for area {key[0]!r}, measure {key[1]!r}, period {key[2]!r} "
            f"already given on row {first.row}",
            source=ref, field=column, expected="one row per area, measure and period",
        )
    found[key] = Value(parse_figure(row.cells[column], measure.kind, ref, column), (ref,))


def _add_parent_sums(
    found: Figures, areas: tuple[Area, ...], measures: tuple[Measure, ...], periods: tuple[Period, ...]
) -> None:
    """A parent's count, when not given, is the sum of its children's (deepest parents first)."""
    children: dict[str, list[str]] = {}
    for area in areas:
        if area.parent:
            children.setdefault(area.parent, []).append(area.name)
    parents = {a.name: a.parent for a in areas}
    depth = {a.name: _depth(a.name, parents) for a in areas}
    for parent in sorted(children, key=lambda n: -depth[n]):
        names = tuple(children[parent])
        for measure in measures:
            if measure.kind != "count":
                continue
            for period in periods:
                key = (parent, measure.id, period.id)
                kids = [(c, measure.id, period.id) for c in names]
                if key in found or not all(k in found for k in kids):
                    continue
                with localcontext() as exact:  # 15-digit figures add up exactly; never round a sum quietly
                    exact.traps[Inexact] = True
                    total = sum((found[k].amount for k in kids), Decimal(0))
                found[key] = Value(total, tuple(s for k in kids for s in found[k].sources), names)


def _depth(name: str, parents: dict[str, str | None]) -> int:
    depth, current = 0, parents.get(name)
    while current and depth < len(parents):
        depth, current = depth + 1, parents.get(current)
    return depth


def _require_complete(
    found: Figures, display: str, areas: tuple[Area, ...], measures: tuple[Measure, ...],
    periods: tuple[Period, ...],
) -> None:
    parents = {a.parent for a in areas if a.parent}
    for area in areas:
        for measure in measures:
            for period in periods:
                if (area.name, measure.id, period.id) not in found:
                    summed = area.name in parents and measure.kind == "count"
                    raise InputError(
                        f"no figure for area {area.name!r}, measure {measure.id!r}, period {period.id!r}",
                        source=SourceRef(display),
                        expected="one row per area, measure and period"
                        + (", or figures for all of its areas to add up" if summed else ""),
                    )
