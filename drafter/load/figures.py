"""figures.csv / .xlsx / .ods in long form (area, measure, period, value) or wide form (one column per period),
read row by row (:func:`~drafter.load.table.read_rows`) into :class:`~drafter.model.Value` by (area, measure,
period). Files as published, one per period, are read by :mod:`drafter.load.published` into a :class:`Collector`.

A cell holding a statistician's marker ("[c]", "[x]", "..", "*", "-") is a figure that is not available: it
becomes an :class:`~drafter.model.Unavailable`, which templates word honestly, never a number. A measure
campaign.yaml marks ``required: false`` may be missing (an empty cell, or no row) for some areas."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import InputError, how_many, name_list, period_named, possessive
from drafter.load.area_codes import is_area_code
from drafter.load.area_names import AreaColumn, AreaNames
from drafter.load.cell_forms import CellForms, refuse_pence
from drafter.load.cells import is_figure
from drafter.load.code_columns import find_code_column
from drafter.load.numbers import fewer_than, from_decimal_comma, is_marker, split_marks
from drafter.load.parent_sums import add_parent_sums, blank_totals, summable_parents
from drafter.load.required import refuse_empty_populations, require_complete
from drafter.load.table import Row, RowStream, read_rows, require_columns
from drafter.load.text import unlike
from drafter.model import Area, FigureKey, Measure, Period, SourceRef, Unavailable, Value, Warning
from drafter.style.marks import mark_meaning

Figures = dict[FigureKey, Value]
NOT_COVERED = "; delete the row of an area the campaign does not cover, or of one since merged into an area it does; " \
    "if it is one of them written another way, add this name to an other_names column of areas.csv, on its row"
TOTAL_ROW = "the area the total is for, as areas.csv names it, or the row deleted; the areas are"


@dataclass(frozen=True)
class FigureSet:
    """Every figure of a campaign, the figures marked as not available, and one warning per kind of thing left out."""

    figures: Figures
    unavailable: dict[FigureKey, Unavailable]
    notices: tuple[Warning, ...]


@dataclass
class Collector:
    """The figures found so far, from one file or several (one per period)."""

    found: Figures = field(default_factory=dict)
    unavailable: dict[FigureKey, Unavailable] = field(default_factory=dict)
    ignored: list[tuple[str, int, str]] = field(default_factory=list)  # (file, row, what the area cell said)
    notes: list[tuple[str, int, str]] = field(default_factory=list)  # (file, row, the note): "Source: ONS"
    labels: dict[str, str] = field(default_factory=dict)  # measure id → its label, for the warnings
    area_columns: list[AreaColumn] = field(default_factory=list)  # how each file named its areas
    marked: list[tuple[str, str, SourceRef]] = field(default_factory=list)  # (area, cell, ref): "169.9r"
    read: list[Warning] = field(default_factory=list)  # how each file was read: a CSV file read as Windows-1252
    decimal_comma: bool = False  # the file now read has semicolons or tabs between its columns (from_decimal_comma)
    parents: frozenset[str] = frozenset()  # a count of these left blank is summed from their areas' (blank_totals)
    blank: dict[FigureKey, SourceRef] = field(default_factory=dict)  # their cells left blank
    nil: list[tuple[str, SourceRef]] = field(default_factory=list)  # (area, cell): a dash read as 0 (dash_means)
    forms: CellForms = field(default_factory=CellForms)  # "£1.2m"; a percentage column's cell not shown as one
    periods: tuple[Period, ...] = ()  # campaign.yaml's, for messages naming them
    beside: dict[str, tuple[str, int, str, str]] = field(default_factory=dict)  # area → (file, row, the column that
    # names it, the empty area column) in a row left out (Collector._beside)

    def put(self, key: FigureKey, cell: str, ref: SourceRef, column: str, measure: Measure,
            row_marks: tuple[str, ...] = ()) -> None:  # row_marks: its row's year's ("2023-24 [p]")
        """One figure from a cell: a number, a marker (not available), or for a measure not required for
        every area, nothing when the cell is empty."""
        self.labels[measure.id] = measure.label
        if key in self.found or key in self.unavailable:
            first = self.found[key].sources[0] if key in self.found else self.unavailable[key].source
            raise InputError(
                f"repeats the figure for area {key[0]!r}, measure {key[1]!r}, {period_named(key[2], self.periods)} "
                f"already given on row {first.row}" + (f" of {first.file}" if first.file != ref.file else ""),
                source=ref, field=column, expected="one row per area, measure and period")
        text = cell.strip()
        figure, marks = split_marks(text)
        refuse_pence(text, marks, ref, column, measure)  # "50p": £0.50, or £50 marked provisional
        # [u]: low reliability; "*" after a figure ("2,391*") points to a footnote, as "*" alone withholds one
        withheld = [m for m in marks if is_marker(m) and m.lower() not in ("[u]", "u", "*")]
        if withheld:  # "12 [c]": a figure the publisher also says is not to be given
            raise InputError(f"holds a figure and the marker {withheld[0]}, which says it is not available",
                             source=ref, field=column, value=text,
                             expected="a figure, or a marker such as [x] alone: check the cell in the publisher's file")
        if not text and measure.kind == "count" and key[0] in self.parents:
            self.blank[key] = ref
        elif is_marker(text):
            self.unavailable[key] = Unavailable(text, ref, below=fewer_than(text))  # "<5": below 5
        elif text or measure.required:
            read = from_decimal_comma(figure, ref, column, measure.kind, measure.unit) if self.decimal_comma else figure
            amount = self.forms.figure(read, figure, key, ref, column, measure)  # "1,5" shown as written; "£1.2m"
            self.found[key] = Value(amount, (ref,), marks=tuple(dict.fromkeys((*marks, *row_marks))),
                                    scale=measure.scale)
            if marks:
                self.marked.append((key[0], text, ref))

    def leave_out(self, file: str, row: Row, cell: str, names: AreaColumn | None = None) -> None:
        """Leave out a row that names no area in areas.csv: a note ("Source: ONS", "[x] not available"), the one
        cell of its row, in the column of areas or another (an NHS file's notes are in its first column, its areas'
        codes in its fifth), or a row of figures for an area the campaign does not cover ("England (E92000001)")."""
        filled = [text.strip() for text in row.cells.values() if text.strip()]
        if len(filled) == 1 and (filled[0] == cell.strip() or not (cell.strip() or is_figure(filled[0]))):
            self.notes.append((file, row.number, filled[0]))
        else:  # a row with no area, such as the units under a header ("Number", "Rate", "%"), says what it holds
            self.ignored.append((file, row.number, cell if cell.strip() else f"no area: {', '.join(filled)[:60]}"))
        if names is not None and not row.cells.get(names.name, "").strip() and not row.cells.get(names.code or "", ""):
            self._beside(file, row, names)

    def _beside(self, file: str, row: Row, names: AreaColumn) -> None:
        """Note an area of areas.csv named in another column of a row left out with its area cell empty, as a tidy
        file's region's own row is ("North East" in region_name, la_name empty), for the error if that area has no
        figure: it is in that row, read by a second entry naming that column."""
        for column, text in row.cells.items():
            try:
                area = names.names.find(text.strip()) if text.strip() and not is_figure(text) else None
            except InputError:
                area = None
            if area is not None:
                self.beside.setdefault(area, (file, row.number, column, names.heading or names.name))
                return

    def finish(self, display: str, areas: tuple[Area, ...], measures: tuple[Measure, ...],
               periods: tuple[Period, ...]) -> FigureSet:
        """Parents summed where not given, every required figure present, and the notices."""
        blank = {key: ref for key, ref in self.blank.items() if key not in self.found and key not in self.unavailable}
        add_parent_sums(self.found, self.unavailable, areas, measures, periods)
        summed = blank_totals(self.found, blank, periods)
        coded = any(code for a in areas for column, code in a.extra if column == "code")
        require_complete(self.found, self.unavailable, display, areas, measures, periods,
                          lambda area: self._left_out(area, coded))
        refuse_empty_populations(self.found, measures)
        return FigureSet(self.found, self.unavailable, self._notices() + summed + self.forms.finish())

    def _left_out(self, area: str, coded: bool = False) -> str:
        """Why an area's figure may be missing: the rows left out, the one with every word of its name ("Kingston
        upon Hull, City of" for Hull), then the most like it, first, and what would bring them in (``coded``:
        areas.csv has codes already)."""
        if area in self.beside:
            file, row, column, empty = self.beside[area]
            return (f"; {file} row {row} names {area} in its column {column!r}, with {empty!r} empty: to read that "
                    f"row, give the period a second entry, with area: {column} and rows: that take that row (as "
                    "figures-as-published.md shows for the Department for Education)")
        if not (ignored := [out for out in dict.fromkeys(self.ignored) if out[2] and out[2][:9] != "no area: "]):
            return ""
        def likeness(left: tuple[str, int, str]) -> tuple[bool, float]:  # either name has every word of the other's:
            words, cell = set(area.lower().split()), set(left[2].lower().replace(",", " ").split())  # "Avon" for
            return (words <= cell or (bool(cell) and cell <= words),  # "Avon Fire and Rescue Service" too
                    difflib.SequenceMatcher(None, left[2].lower(), area.lower()).ratio())
        codes = [] if coded else [out for out in ignored if is_area_code(out[2])]
        # a code, where areas.csv has none, says why; a name row below it ("British Transport Police") would not
        file, row, cell = codes[0] if codes else max(ignored, key=likeness)
        code = is_area_code(cell)
        if not code and not likeness((file, row, cell))[0] and likeness((file, row, cell))[1] < _LIKE:
            return ""  # "Action Fraud" is no clue to British Transport Police's figures
        what = "name the areas as areas.csv does, or give areas.csv a code column with the codes the figures use" \
            if code else "if that is " + area + ", add the name as the file writes it to an " \
            f"other_names column of areas.csv, on {possessive(area)} row: {cell.strip()}"
        return (f"; {how_many(len(ignored), 'row was', 'rows were')} left out where the area cell names no area in "
                f"areas.csv, such as {cell!r} ({file} row {row}): {what}")

    def _notices(self) -> tuple[Warning, ...]:
        notices = []
        ignored = list(dict.fromkeys(self.ignored))  # one file may hold several periods: each row once
        if ignored:
            rows: dict[tuple[str, str], list[str]] = {}  # a row per area and year: each area once, with its rows
            for file, row, cell in ignored:
                rows.setdefault((file, cell), []).append(str(row))
            shown = name_list([f"{cell or 'an empty row'!r} ({file} row{'s' * (len(at) > 1)} {name_list(at)})"
                               for (file, cell), at in rows.items()], 6)
            said = how_many(len(ignored), "row of the figures was", "rows of the figures were")
            notices.append(Warning("rows_ignored", f"{said} left out, naming no area in areas.csv: {shown}"))
        notes = list(dict.fromkeys(self.notes))
        if notes:
            shown = name_list([f"{cell!r} ({file} row {row})" for file, row, cell in notes], 6)
            said = how_many(len(notes), "note among the figures was left out, as text, not a figure",
                           "notes among the figures were left out, as text, not figures")
            notices.append(Warning("notes_left_out", f"{said}: {shown}"))
        if self.marked:
            shown = name_list([f"{area} {cell!r} ({', '.join(mark_meaning(m) for m in split_marks(cell)[1])}; "
                               f"{ref.file} row {ref.row})" for area, cell, ref in self.marked], 6)
            said = how_many(len(self.marked), "figure carries the publisher's marks, and is read",
                           "figures carry the publisher's marks, and are read")
            notices.append(Warning("figures_marked", f"{said} as the number beside them: {shown}; check what "
                                   "each mark means before you publish the figure"))
        given = [(key, u) for key, u in self.unavailable.items() if not u.because]
        if given:
            shown = name_list([f"{possessive(k[0])} {self.labels.get(k[1], k[1])} in {period_named(k[2], self.periods)}"
                               f": {u.marker!r}, {u.source.file} row {u.source.row}" for k, u in given], 6)
            said = how_many(len(given), "figure is marked as not available and is worded",
                           "figures are marked as not available and are worded")
            notices.append(Warning("not_available", f"{said} as such: {shown}"))
        summed = [(key, u) for key, u in self.unavailable.items() if u.because]
        if summed:
            shown = name_list([f"{possessive(k[0])} {self.labels.get(k[1], k[1])} in {period_named(k[2], self.periods)}"
                               f" ({u.because})" for k, u in summed], 6)
            said = how_many(len(summed), "total cannot be worked out, as the figure of an area in it",
                           "totals cannot be worked out, as the figure of an area in them")
            notices.append(Warning("total_not_available", f"{said} is not available, and a total without it would be "
                                   f"wrong: {shown}. Those releases say the figures are not available, and ranks "
                                   "among those areas that the hidden figure could change are left out; where the "
                                   "publisher gives the total itself, add it to the figures as that area's own row"))
        return tuple(dict.fromkeys(self.read)) + tuple(notices) + tuple(dict.fromkeys(
            n for column in self.area_columns for n in column.notices()))


def load_figures(path: Path, display: str, areas: tuple[Area, ...], measures: tuple[Measure, ...],
                 periods: tuple[Period, ...], sheet: str | None = None) -> FigureSet:
    """Every figure, validated, with parents summed from their children where not given."""
    table = read_rows(path, display, sheet, ("area", "measure"))
    collector = Collector(read=list(table.notices), decimal_comma=table.separator != ",",
                          parents=summable_parents(areas), periods=periods)
    try:
        _read(table, areas, measures, periods, collector)
    except InputError:
        table.finish()  # a fault in the file itself on a later row (or no data rows) is reported first
        raise
    return collector.finish(display, areas, measures, periods)


def _read(
    table: RowStream, areas: tuple[Area, ...], measures: tuple[Measure, ...], periods: tuple[Period, ...],
    collector: Collector,
) -> None:
    """The figures the file gives, each checked, read as its rows are reached; a row's area is its code's where
    areas.csv has codes and a column of the file holds them (:mod:`drafter.load.area_names`)."""
    display = table.file
    names = AreaNames.of(areas)
    measure_by_id = {m.id: m for m in measures}
    period_ids = dict.fromkeys(p.id for p in periods)
    long = "period" in table.columns or "value" in table.columns
    given = ("area", "measure", "period", "value") if long else ("area", "measure", *period_ids)
    require_columns(table, given if long else ("area", "measure"))
    table, code = find_code_column(table, names, [c for c in table.columns if c not in given[1:]], "area")
    spelled = dict(zip(table.columns, table.headings, strict=False))  # each column as the header spells it
    column = AreaColumn(names, display, "area", code, heading=spelled.get("area", ""))
    collector.area_columns.append(column)
    if long:
        _refuse_extra(table, (*given, *([code] if code else [])))
        value = spelled.get("value") or "value"
        for row, area in _data_rows(table, column, collector):
            measure = _measure(table, row, measure_by_id)
            period = _lookup(table, row, "period", period_ids, "a period id from campaign.yaml")
            collector.put((area, measure.id, period), row.cells["value"], row.ref(display, value), value, measure)
    else:
        period_columns = [c for c in table.columns if c not in ("area", "measure", code)]
        if not period_columns:
            raise InputError("has no period columns", source=table.header_ref(), field="header",
                             expected="area, measure, period, value or area, measure, "
                             + ", ".join(period_ids))
        for column_name in period_columns:
            if column_name not in period_ids:
                raise InputError(
                    "is not a period id", source=table.header_ref(column_name), field="header",
                    value=table.heading(column_name),
                    expected=_hint(column_name, period_ids, "a period id from campaign.yaml")
                    + ("" if "did you mean" in _hint(column_name, period_ids, "") else
                       "; in this form every column but area and measure holds one period's figures: delete a "
                       "column that does not; a column of area codes is read when areas.csv has a code column "
                       "with them"),
                )
        if (missing := [p for p in period_ids if p not in period_columns]) and any(m.required for m in measures):
            raise InputError(f"has no column for {period_named(missing[0], periods)}", source=table.header_ref(),
                             field="header", expected=f"a column {missing[0]} with each area's figures for that "
                             f"period, as campaign.yaml's periods: name it; the header row has "
                             f"{name_list(list(table.headings))}")
        for row, area in _data_rows(table, column, collector):
            measure = _measure(table, row, measure_by_id)
            for period_column in period_columns:
                heading = spelled.get(period_column) or period_column
                collector.put((area, measure.id, period_column), row.cells[period_column],
                              row.ref(display, heading), heading, measure)


def _data_rows(table: RowStream, column: AreaColumn, collector: Collector) -> Iterator[tuple[Row, str]]:
    """The table's rows with their areas. A row whose code is not in areas.csv is left out, as are notes under
    the table: a row whose only cell is its first ("Source: ONS", "Total includes estimates") and names no area;
    the warning lists them. Any other row must name an area of areas.csv."""
    for row in table.rows:
        area, cell = column.area(row)
        if area is None and (column.code is not None or
                             not any(text for name, text in row.cells.items() if name != "area")):
            collector.leave_out(table.file, row, cell)
            continue
        if area is None:  # a slip is told "did you mean"; an area the campaign does not cover, what to do with it
            near, known = (cell := row.cells["area"]) and column.names.near(cell), name_list([*column.names.rows], 12)
            expected = f"an area named in areas.csv; did you mean {near!r}?{unlike(cell, near)}" if near else \
                f"an area named in areas.csv: {known}{NOT_COVERED * bool(cell)}"
            if cell.casefold() in ("total", "grand total", "all areas"):  # a publisher's total row
                expected = f"{TOTAL_ROW}: {known}"
            raise InputError("is not a known area" if cell else "is empty", source=row.ref(table.file, "area"),
                             field="area", value=cell or None, expected=expected)
        yield row, area


def _refuse_extra(table: RowStream, allowed: tuple[str, ...]) -> None:
    for column in table.columns:
        if column not in allowed:
            raise InputError("is not a known column", source=table.header_ref(column),
                             field="header", value=table.heading(column),
                             expected="long form area, measure, period, value")


def _measure(table: RowStream, row: Row, measures: Mapping[str, Measure]) -> Measure:
    return measures[_lookup(table, row, "measure", measures, "a measure id from campaign.yaml")]


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
    return f"{what}; did you mean {near[0]!r}?{unlike(value, near[0])}" if near else \
        f"{what}: " + name_list(known, 12)


_LIKE = 0.6  # how like an area's name a row left out must be to be named as perhaps its
