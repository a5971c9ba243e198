"""Figures as a statistics office publishes them: one file per period, a column naming the area (by name or
by code, such as the GSS code E06000049) and a column per measure, with rows that are not areas (the country,
a county, a source note) among them. campaign.yaml says which file and columns::

    figures:
      last_year:
        file: incidents-2022-23.csv
        area: Area code             # the column naming each area, by its name or its code in areas.csv
        values:
          incidents: Total incidents   # measure id: the column holding it
      this_year:
        file: incidents-2023-24.xlsx
        sheet: Table 2
        area: Area code
        value: Total incidents      # with one measure, the column holding it

A file that gives a row per area per year (and often per measure), as most downloads do, names the rows each
period takes with ``rows:`` (:mod:`drafter.load.row_filter`)::

      last_year:
        file: fires-by-district.csv
        area: Area code
        rows: {Year: 2022-23, Measure: Primary fires}
        values: {fires: Value}

A period whose measures come from several files (the counts from one publisher, the population from another)
lists them, each with its own ``file``, ``area`` and ``values``.

Where areas.csv has codes and a column of the file holds them, a row's area is its code's, whichever column
``area:`` names; else the ``area:`` column's names are matched as :mod:`drafter.load.area_names` says ("Bristol,
City of" is Bristol). Rows whose area cell names no area in areas.csv are left out, with one warning for them all;
markers such as "[c]" are figures that are not available (:mod:`drafter.load.figures`).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable
from pathlib import Path

from drafter.errors import InputError, how_many, name_list, period_named, possessive
from drafter.load.added import dash_notices, put_figure, refuse_whole_years
from drafter.load.area_names import AreaColumn, AreaNames
from drafter.load.code_columns import find_code_column, find_name_column, name_column
from drafter.load.column_hints import expected_column
from drafter.load.columns import column_name, find_column, status_mark
from drafter.load.figures import Collector, FigureSet
from drafter.load.numbers import is_marker
from drafter.load.parent_sums import summable_parents
from drafter.load.period_names import named_periods, period_name_notices
from drafter.load.row_filter import read_filter
from drafter.load.scales import check_scales, check_unit_cell, units_column
from drafter.load.schema import Mapping
from drafter.load.table import Row, read_rows
from drafter.load.titled import table_name
from drafter.load.withheld import withheld_note
from drafter.model import Area, Measure, Period, SourceRef, Warning
from drafter.style.marks import DASHES, mark_meaning


def load_published(top: Mapping, areas: tuple[Area, ...], measures: tuple[Measure, ...],
                   periods: tuple[Period, ...], path_of: Callable[[str, SourceRef], Path]) -> FigureSet:
    """Every period's file (``figures:`` in campaign.yaml, ``top``) read into one set of figures; ``path_of``
    finds a file campaign.yaml names (relative to the campaign folder, in either kind of slash)."""
    period_ids = [p.id for p in periods]
    names = AreaNames.of(areas)
    collector = Collector(parents=summable_parents(areas), periods=periods)
    files, nils = [], []
    seen = []
    parents = frozenset(area.parent for area in areas if area.parent)
    headings: list[str] = []  # rows naming a parent and giving no figures: headings over its areas' rows
    for period_id, entry in top.items("figures", lists=True):
        if period_id not in period_ids:
            raise InputError("is not a period in campaign.yaml", source=entry.ref(), field=entry.path,
                             expected="a period id (" + ", ".join(period_ids) + ") and the file of its figures")
        seen.append(period_id)
        file, nil = _read_period(path_of, period_id, entry, measures, names, collector, (parents, headings),
                                 next(p for p in periods if p.id == period_id))
        files.append(file)
        nils.append(nil)
    for period_id in period_ids:
        if period_id not in seen:
            raise InputError(f"names no file for {period_named(period_id, periods)}", source=top.ref("figures"),
                             field="figures", expected="a file for every period: "
                             + ", ".join(period_ids))
    found = collector.finish(", ".join(dict.fromkeys(files)), areas, measures, periods)
    given = {(k[0], v.sources[0].file) for k, v in found.figures.items() if not v.derived_from} | {
        (k[0], u.source.file) for k, u in found.unavailable.items() if not u.because}  # areas with a row in a file
    dashes = {k: u.source for k, u in found.unavailable.items() if u.marker.strip() in DASHES and not u.because}
    found = dataclasses.replace(found, notices=(*found.notices, *_total_rows(collector.ignored, areas, given, {
        c.file for c in collector.area_columns if c.code}), *dash_notices(collector, dashes, any(nils))))
    if not headings:
        return found
    shown = name_list(list(dict.fromkeys(headings)), 6)
    return dataclasses.replace(found, notices=(*found.notices, Warning(
        "headings_left_out", f"{how_many(len(set(headings)), 'row was', 'rows were')} passed over, naming an area with "
        f"no figures beside it (a heading over its areas' rows, or a total left empty): {shown}; each such area's "
        "figures are the sum of its areas', unless the file gives them on another row")))


def _total_rows(ignored: list[tuple[str, int, str]], areas: tuple[Area, ...], given: set[tuple[str, str]],
                coded: set[str]) -> tuple[Warning, ...]:
    """A publisher's total row ("Total", "Grand total", "All wards") left out, as areas.csv has no area of that
    name, said with what to do where the campaign has one area at the top of areas.csv to be its total: the
    figures of that area are otherwise its areas' sum, or not available where one of them is not.

    >>> top = tuple(Area(name, name.lower(), parent, name, (), SourceRef("areas.csv")) for name, parent in
    ...             (("Powys", None), ("Hay", "Powys")))
    >>> said = _total_rows([("sheet Wards of bins.xlsx", 46, "Total")], top, set(), set())
    >>> print(said[0].message)  # doctest: +ELLIPSIS
    'Total' (sheet Wards of bins.xlsx row 46) was left out: if it is Powys' total, write Powys in its area cell, ...
    """
    tops = [area.name for area in areas if area.parent is None and any(a.parent == area.name for a in areas)]
    totals = [(file, row, cell) for file, row, cell in dict.fromkeys(ignored)
              if re.search(r"\btotal\b|^all\b", cell, re.IGNORECASE)]
    if len(tops) != 1 or not totals or (tops[0], totals[0][0]) in given:
        return ()
    (file, row, cell), top = totals[0], next(area for area in areas if area.name == tops[0])
    code = f" (and its code, {dict(top.extra)['code']}, in the file's column of codes)" \
        if dict(top.extra).get("code") and file in coded else ""
    return (Warning("total_row_left_out", f"{cell!r} ({file} row {row}) was left out: if it is "
                    f"{possessive(top.name)} total, write {top.name} in its area cell{code}, and its figures are used "
                    f"as given (else {possessive(top.name)} figures are the sum of its areas', and not available where "
                    "one of theirs is not)"),)


def _read_period(path_of: Callable[[str, SourceRef], Path], period: str, entry: Mapping,
                 measures: tuple[Measure, ...], areas: AreaNames, collector: Collector,
                 headed: tuple[frozenset[str | None], list[str]], dates: Period) -> tuple[str, bool]:
    name = entry.text("file")
    nil = _dash_means(entry)
    path = path_of(name, entry.ref("file"))
    _refuse_missing(path, name, entry.ref("file"))
    sheet = entry.text("sheet", "") or None
    title = entry.text("table", "")  # one of several tables on the sheet: "Table 1b"
    area_text = entry.text("area", "area")
    values = _value_columns(entry, measures)
    chosen = read_filter(entry)
    written = {column_name(t): t for t in (area_text, *_flat(values), *(w.column for w in chosen.wanted))}
    area_column = column_name(area_text)
    columns = {measure: tuple(column_name(text) for text in texts) for measure, texts in values.items()}
    entry.done()
    collector.read += period_name_notices(dates, named_periods(values, sheet, chosen, measures), entry.ref())
    table = read_rows(path, name, sheet, tuple(dict.fromkeys((area_column, *_flat(columns), *chosen.names))),
                      only_names=True, choose=f"sheet: <name> under figures.{period} in campaign.yaml", title=title)
    collector.read += table.notices
    collector.decimal_comma = table.separator != ","
    area_column = find_column(area_column, table.columns) or area_column  # "2023-24" names "2023-24 [note 1]"
    columns = {measure: tuple(find_column(c, table.columns) or c for c in cs) for measure, cs in columns.items()}
    conditions = {column: find_column(column, table.columns) or column for column in chosen.names}
    for column in [area_column, *_flat(columns), *conditions.values()]:
        if column not in table.columns:
            raise InputError("is not a column of the file", source=table.header_ref(), field="header",
                             value=written.get(column, column),
                             expected=expected_column(column, table, period, unnamed=column == area_column == "area"))
    by_id = {m.id: m for m in measures}
    check_scales(columns, by_id, table)
    if (summed := chosen.summed) and any(by_id[m].kind != "count" for m in columns):
        raise InputError("lists values whose rows would be added up", source=summed.ref, field=summed.key,
                         expected="one value for a rate, which cannot be added up over rows")
    if summed:
        refuse_whole_years(summed)
    shown = table.file  # a workbook's rows are named with their sheet ("sheet Table 1 of fly-tipping.xlsx")
    try:
        others = [c for c in table.columns if c not in _flat(columns)]
        table, code = find_code_column(table, areas, others, area_column)
        named = None
        if code is not None and code == area_column:  # area: names the codes; which column holds the names?
            table, named = find_name_column(table, areas, code, others)
        spelled = dict(zip(table.columns, table.headings, strict=False))  # each column as the header spells it
        names_column = named or name_column(table.columns, area_column, code)
        area_names = AreaColumn(areas, shown, names_column, code, heading=spelled.get(names_column, ""))
        collector.area_columns.append(area_names)
        chosen.use_columns(conditions, spelled)
        read = {area_column, *_flat(columns), *conditions.values(), area_names.name, *([code] if code else [])}
        seen: dict[str, Row] = {}  # each area's first row (what tells it apart), and the rows left out
        marked = {m: tuple(dict.fromkeys(filter(None, map(status_mark, cs)))) for m, cs in columns.items()}
        listed: dict[str, dict[str, Row]] = {}  # each area's rows of the values a list in rows: gives
        left: list[tuple[int, str]] = []
        units = units_column(table)
        for row in table.rows:
            taken = chosen.take(row)  # every row, where rows: is not given
            area_names.refuse_blank(row, [row.cells[c] for c in _flat(columns)] if taken else [])
            if not taken and not chosen.blank(row):
                continue  # another period's row, or another measure's
            area, cell = area_names.area(row)
            if area is None:
                collector.leave_out(shown, row, cell, area_names)
                left.append((row.number, cell or next(iter(filter(None, row.cells.values())), "")))
                continue
            if area in headed[0] and _heading(row, {area_names.name, code}):
                headed[1].append(f"{area} ({shown} row {row.number})")  # "Kent" above its districts' rows
                continue
            if not taken:  # an area's row with no year (or measure) in it is no row of this period's
                chosen.unmarked_row(area, row)
                continue
            if chosen.summed is not None:  # rows: {Month: [2024-07, 2024-08, …]}: each area's rows added up
                kept = listed.setdefault(area, {})
                if (value := chosen.listed(row)) in kept:
                    chosen.refuse_repeat(area, chosen.first_row(kept[value], read), row, shown, read, area_column)
                kept[value] = row
                check_unit_cell(row, units, [by_id[m] for m in columns], shown)
                continue
            if area in seen and not any(row.cells[c].strip() for c in _flat(columns)):  # a footnote naming it
                collector.notes.append((shown, row.number, ": ".join(c for c in row.cells.values() if c.strip())))
                continue
            if area in seen:
                chosen.refuse_repeat(area, seen[area], row, shown, read, area_column)
                _refuse_second_table(area, row.ref(shown, area_column), seen[area].number, left, period)
            else:
                seen[area] = chosen.first_row(row, read)
            check_unit_cell(row, units, [by_id[m] for m in columns], shown)  # "GBP Thousand" beside the figures
            for measure_id, cs in columns.items():
                cells = [(row.cells[c], row.ref(shown, spelled.get(c) or c), spelled.get(c) or c) for c in cs]
                put_figure((area, measure_id, period), cells, collector, by_id[measure_id],
                           (*chosen.marks(row), *area_names.marks(row), *marked[measure_id]), nil,
                           withheld_note(row, read, spelled, cs))
        chosen.refuse_none_taken(shown)
        chosen.refuse_incomplete(shown, listed)
        for area, kept in listed.items():
            marks = tuple(dict.fromkeys(mark for row in kept.values()
                                        for mark in (*chosen.marks(row), *area_names.marks(row))))
            for measure_id, cs in columns.items():
                cells = [(row.cells[c], row.ref(shown, spelled.get(c) or c), spelled.get(c) or c)
                         for row in kept.values() for c in cs]
                note = next((withheld_note(row, read, spelled, cs) for row in kept.values()  # a month withheld
                             if not all(row.cells[c].strip() for c in cs)), "")
                put_figure((area, measure_id, period), cells, collector, by_id[measure_id],
                           (*marks, *marked[measure_id]), nil, note)
        chosen.refuse_unmarked(shown, {**seen, **listed})
        collector.read += (*chosen.notices(shown), *_marked_columns(shown, marked, spelled, columns))
    except InputError:
        table.finish()
        raise
    return name, nil


def _dash_means(entry: Mapping) -> bool:
    """Whether a dash written for a figure is nil, the figure 0 (``dash_means: nil``, as the publisher's notes say
    "- = nil"), rather than not available, the default."""
    said = entry.text("dash_means", "not available")
    if said.casefold() not in ("nil", "not available"):
        raise entry.fail("dash_means", "is not what a dash can mean", said, "nil, where the publisher's notes say a "
                         "dash means nil (none), or not available")
    return said.casefold() == "nil"


def _marked_columns(file: str, marked: dict[str, tuple[str, ...]], spelled: dict[str, str],
                    columns: dict[str, tuple[str, ...]]) -> tuple[Warning, ...]:
    """One warning for the columns named whose heading carries the publisher's mark on all their figures ("2023-24
    [p]": provisional), which each figure carries into the fact sheet."""
    said = list(dict.fromkeys(f"{spelled.get(c) or c!r} ({mark_meaning(status_mark(c))})" for m, cs in columns.items()
                              if marked[m] for c in cs if status_mark(c)))
    if not said:
        return ()
    named = name_list(said, and_word="and")
    carry = "column {} carries the publisher's mark in its heading, and so does each of its figures" if len(said) == 1 \
        else "columns {} carry the publisher's mark in their headings, and so does each of their figures"
    return (Warning("columns_marked", f"{file}: the {carry.format(named)} in the fact sheet: check what it means "
                    "before you publish the figures"),)


def _refuse_missing(path: Path, name: str, ref: SourceRef) -> None:
    """A file campaign.yaml names that is not there, told the file it most likely means: the name in other
    capitals, or with the ending Windows hides ("fly-tipping-2023-24" for fly-tipping-2023-24.xlsx)."""
    if path.exists():
        return
    try:
        present = sorted(p.name for p in path.parent.iterdir() if p.is_file())
    except OSError:  # no such folder either
        present = []
    wanted = path.name.casefold()
    near = [n for n in present if wanted in (n.casefold(), Path(n).stem.casefold())] \
        or difflib.get_close_matches(path.name, present, n=1, cutoff=0.8)
    raise InputError("was not found", source=ref, field=ref.key, value=name,
                     expected="the name of a file in the campaign folder, with its ending (.csv, .xlsx or .ods)"
                     + (f"; did you mean {near[0]!r}?" if near else ""))


def _heading(row: Row, naming: set[str | None]) -> bool:
    """Whether a row names an area and gives nothing else that could be a figure, a year or a marker, as a
    heading over its areas' rows does ("Kent", alone or beside its code and region, above Kent's districts)."""
    return not any(any(c.isdigit() for c in cell) or is_marker(cell)
                   for column, cell in row.cells.items() if column not in naming and cell.strip())


def _refuse_second_table(area: str, ref: SourceRef, first: int, left: list[tuple[int, str]], period: str) -> None:
    """An area's row again, after rows that are no area's: a second table below the first, on the same sheet
    (ONS's "Table 1a" of numbers above "Table 1b" of rates, each with the same headings), told to name the table
    meant by its title (``table:``) where the second has one."""
    between = [(number, cell) for number, cell in left if first < number < (ref.row or 0)]
    named = next((table_name(cell) for _, cell in between if table_name(cell)), "")
    if between:
        raise InputError(f"names {area} again, whose figures are on row {first}: rows {between[0][0]} to "
                         f"{between[-1][0]} ({between[0][1]!r} …) begin a second table below the first", source=ref,
                         field="area", expected=f"the table you mean named by its title under figures.{period} in "
                         f"campaign.yaml: table: {named} for the one below, or table: with the title above the first"
                         if named else "one table in the file: copy the table you mean to a file of its own, or to "
                         "a sheet of its own and name that sheet with sheet: in campaign.yaml")


def _flat(columns: dict[str, tuple[str, ...]]) -> list[str]:
    return [c for cs in columns.values() for c in cs]


def _listed(mapping: Mapping, key: str, measure: Measure) -> tuple[str, ...]:
    """A measure's column, or the columns it is the sum of: ``value: [2024-07-01, 2024-08-01, 2024-09-01]`` (a
    heading shown as Jul-24 is named by its date, year first), counts only."""
    raw = mapping.raw(key)
    if not isinstance(raw, list):
        return (mapping.text(key),)
    if measure.kind != "count" or not raw:
        raise mapping.fail(key, "lists columns to add up" if raw else "is an empty list", None,
                           "one column for a rate, which cannot be added up over columns"
                           if raw else "a column, or a list of the columns of counts to add up")
    return tuple(Mapping({key: item}, mapping.file, mapping.path, mapping.line).text(key) for item in raw)


def _value_columns(entry: Mapping, measures: tuple[Measure, ...]) -> dict[str, tuple[str, ...]]:
    """Measure id → the column holding it (or the columns adding up to it), as campaign.yaml writes it:
    ``values:`` as a mapping, or ``value:`` for the first measure."""
    ids = [m.id for m in measures]
    if entry.has("value"):
        return {ids[0]: _listed(entry, "value", measures[0])}
    values = entry.mapping("values")
    assert values is not None
    found: dict[str, tuple[str, ...]] = {}
    for measure_id in [str(k) for k in values.data]:
        if measure_id not in ids:
            raise values.fail(measure_id, "is not a measure in campaign.yaml", measure_id, "one of " + ", ".join(ids))
        found[measure_id] = _listed(values, measure_id, measures[ids.index(measure_id)])
    values.done()
    return found

