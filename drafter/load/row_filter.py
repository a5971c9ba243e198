"""The rows of a file as published that hold one period's figures, where the publisher gives a row per area per
year (and often per measure): ``rows:`` under a period's entry in campaign.yaml::

    figures:
      last_year:
        file: fires-by-district.csv
        area: Area code
        rows: {Year: 2022-23, Measure: Primary fires}   # only the rows whose Year is 2022-23 and Measure is …
        values: {fires: Value}

A cell matches a value when the two are the same after the tidying drafter gives headers and area names (case,
spacing, curly apostrophes, the publisher's note marks such as "[note 1]"), or are the same number (a year a
workbook holds as the number 2023, written 2023 in campaign.yaml), or when the cell is the value with the
publisher's mark after it ("2023-24 [p]", "2023-24 (r)", "2023-24\u00b3"): the rows' figures then carry the mark,
and a warning names it. A cell is never read as a value it merely contains ("2022-23 to 2023-24" is not 2023-24).
A value that no row holds is refused with the values its column does hold, the nearest first; two rows for one
area among the rows taken, naming both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field

from drafter.errors import InputError
from drafter.load.columns import column_name
from drafter.load.dates import period_span
from drafter.load.row_cells import is_word, matches, nearest, note, tidy, unmarked
from drafter.load.schema import Mapping
from drafter.load.table import Row
from drafter.load.text import check_text
from drafter.model import SourceRef, Warning
from drafter.style.marks import mark_meaning


@dataclass(frozen=True)
class Wanted:
    """One condition of ``rows:``: the column (as campaign.yaml names it), the value as written, and where."""

    column: str
    value: str  # as written; a list as YAML writes one, "[1, 2, 3, 4]"
    ref: SourceRef
    key: str  # "figures.last_year.rows.Year"
    values: tuple[str, ...] = ()  # a list's values, each row of which is taken, and their figures added up

    def words(self, column: str = "") -> str:
        """"Year 2022-23": the column as ``column`` spells it (the file's heading), else as campaign.yaml does."""
        return f"{column or self.column} {self.value}"

    def holds(self, cell: str) -> bool:
        """Whether a cell meets the condition: it is the value, or one of the list's."""
        return any(matches(cell, value) for value in self.values) if self.values else matches(cell, self.value)


@dataclass
class RowFilter:
    """The conditions of one entry's ``rows:`` (none: every row is taken), and what the rows read so far held."""

    wanted: tuple[Wanted, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)  # condition's column → the file's column
    held: dict[str, dict[str, str]] = field(default_factory=dict)  # column → each value it holds (tidied → as read)
    beside: dict[str, dict[str, str]] = field(default_factory=dict)  # the same, in rows meeting the other conditions
    taken: int = 0
    met: set[str] = field(default_factory=set)  # the conditions' columns a row has met
    unmarked: dict[str, Row] = field(default_factory=dict)  # area → its first row leaving one empty
    spelled: dict[str, str] = field(default_factory=dict)  # a column (as column_name gives it) → its heading
    marked: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (condition's column, cell) → rows

    @property
    def names(self) -> tuple[str, ...]:
        """The columns the conditions name, for the header to be found by."""
        return tuple(column_name(w.column) for w in self.wanted)

    def use_columns(self, found: dict[str, str], spelled: dict[str, str] | None = None) -> None:
        """The file's column for each condition's (``found``: as campaign.yaml names it → the header's), and each
        column's heading as the file spells it (``spelled``), which messages print ("Year", not "year")."""
        self.columns = {w.column: found[column_name(w.column)] for w in self.wanted}
        self.spelled = spelled or {}

    def heading(self, column: str) -> str:
        """A column as the file's header spells it: the file's column, or a condition's (as campaign.yaml names
        it) by the file's column it found."""
        return self.spelled.get(self.columns.get(column, column), "") or self.spelled.get(column_name(column), "") \
            or column

    def _said(self, wanted: Wanted) -> str:
        return wanted.words(self.heading(wanted.column))

    def blank(self, row: Row) -> bool:
        """Whether the row leaves a column the conditions name empty, and meets those whose columns it fills: a note
        under the table, or a row whose year is written once above it, as in merged cells (:meth:`unmarked_row`)."""
        cells = [(row.cells.get(self.columns[w.column], ""), w) for w in self.wanted]
        return any(not cell for cell, _ in cells) and all(w.holds(cell) for cell, w in cells if cell)

    def unmarked_row(self, area: str, row: Row) -> None:
        """An area's row that :meth:`blank` says leaves a condition's column empty: left out, but kept to name
        should the area have no row that meets the conditions (:meth:`refuse_unmarked`)."""
        self.unmarked.setdefault(area, row)

    def refuse_unmarked(self, file: str, taken: Collection[str]) -> None:
        """An area no row of which meets the conditions, while one of its rows leaves a condition's column empty:
        a year written once above its rows (merged cells) is not read as the year of the rows under it."""
        for area, row in self.unmarked.items():
            if area in taken:
                continue
            wanted = next(w for w in self.wanted if not row.cells.get(self.columns[w.column], ""))
            raise InputError(f"is empty in a row of {area}'s, and no row with "
                             f"{' and '.join(self._said(w) for w in self.wanted)} names {area}",
                             source=row.ref(file, self.columns[wanted.column]), field=self.heading(wanted.column),
                             expected=f"the {self.heading(wanted.column)} in every row: where the file writes it "
                             "once above its rows, as in merged cells, write it in each row")

    def take(self, row: Row) -> bool:
        """Whether the row meets every condition, noting the values it holds for :meth:`refuse_none_taken`."""
        if not self.wanted:
            return True
        cells = [row.cells.get(self.columns[w.column], "") for w in self.wanted]
        meets = [w.holds(cell) for cell, w in zip(cells, self.wanted, strict=True)]
        for index, (wanted, cell) in enumerate(zip(self.wanted, cells, strict=True)):
            note(self.held.setdefault(wanted.column, {}), cell)
            if meets[index]:
                self.met.add(wanted.column)
            if all(meets[:index] + meets[index + 1:]):
                note(self.beside.setdefault(wanted.column, {}), cell)
        if all(meets):
            self.taken += 1
            for wanted, cell in zip(self.wanted, cells, strict=True):
                if unmarked(cell)[1]:
                    self.marked.setdefault((wanted.column, cell), []).append(row.number)
        return all(meets)

    @property
    def adding(self) -> Wanted | None:
        """The condition that lists values whose rows are added up (``Financial Quarter: [1, 2, 3, 4]``), if any."""
        return next((w for w in self.wanted if w.values), None)

    def part(self, row: Row) -> str:
        """The listed value a taken row holds ("2" of ``Financial Quarter: [1, 2, 3, 4]``); "" without a list."""
        adding = self.adding
        cell = row.cells.get(self.columns[adding.column], "") if adding else ""
        return next((value for value in adding.values if matches(cell, value)), "") if adding else ""

    def marks(self, row: Row) -> tuple[str, ...]:
        """The publisher's marks on the cells of a row :meth:`take` took ("2023-24 [p]": provisional), which its
        figures carry."""
        return tuple(mark for w in self.wanted for mark in unmarked(row.cells.get(self.columns[w.column], ""))[1])

    def notices(self, file: str) -> tuple[Warning, ...]:
        """One warning for the marked cells of the rows taken: the mark, what it means, and the rows."""
        if not self.marked:
            return ()
        shown = "; ".join(
            f"{self.heading(column)} {cell!r} ({', '.join(mark_meaning(m) for m in unmarked(cell)[1])}; "
            f"{len(rows)} row(s) from row {rows[0]})" for (column, cell), rows in list(self.marked.items())[:6])
        more = f" and {len(self.marked) - 6} more" if len(self.marked) > 6 else ""
        said = " and ".join(self._said(w) for w in self.wanted)
        return (Warning("rows_marked", f"{file}: the rows taken for {said} carry the publisher's marks, and are read "
                        f"as that value's: {shown}{more}; their figures carry the mark too: check what each mark "
                        "means before you publish the figures"),)

    def refuse_none_taken(self, file: str) -> None:
        """No row met the conditions: name the first value its column never holds (or, where each is held but never
        together, the one never held beside the others), with the values the column does hold, the nearest first."""
        for wanted in self.wanted:  # a listed value no row holds, whether or not the others are held
            held = self.held.get(wanted.column, {})
            for value in (v for v in wanted.values if not any(matches(cell, v) for cell in held.values())):
                raise InputError(f"is in no row of {file}", source=wanted.ref, field=wanted.key, value=value,
                                 expected=f"a value the column {self.heading(wanted.column)!r} holds: "
                                 + nearest(value, held))
        if not self.wanted or self.taken:
            return
        for wanted in self.wanted:
            if wanted.column not in self.met:
                raise InputError(f"is in no row of {file}", source=wanted.ref, field=wanted.key, value=wanted.value,
                                 expected=f"a value the column {self.heading(wanted.column)!r} holds: "
                                 + nearest(wanted.value, self.held.get(wanted.column, {})))
        # Each is in some row, but never all in one: the values held in the rows that meet the other conditions.
        wanted = next((w for w in self.wanted if self.beside.get(w.column)), self.wanted[0])
        others = " and ".join(self._said(w) for w in self.wanted if w is not wanted)
        holds = self.beside.get(wanted.column, {})
        raise InputError(f"is in no row of {file} with {others}", source=wanted.ref, field=wanted.key,
                         value=wanted.value, expected=f"a value the column {self.heading(wanted.column)!r} holds in "
                         f"the rows with {others}: " + nearest(wanted.value, holds) if holds else
                         f"conditions that rows of the file meet together: no row has {others}")

    def first_row(self, row: Row, read: Collection[str]) -> Row:
        """What :meth:`refuse_repeat` needs of an area's first row: its number, and the cells of the columns not
        ``read`` that could tell it from another (with no conditions, words only), and a condition's cell with the
        publisher's mark ("2023-24 [p]" beside "2023-24 [r]"), so that a large file's rows are not all kept."""
        marked = {self.columns[w.column] for w in self.wanted
                  if unmarked(row.cells.get(self.columns[w.column], ""))[1]}
        return Row(row.number, {column: cell for column, cell in row.cells.items() if column and cell and (
            column in marked or (column not in read and (self.wanted or is_word(cell))))})

    def refuse_repeat(self, area: str, first: Row, again: Row, file: str, read: set[str], area_column: str) -> None:
        """A second row for ``area`` among the rows taken (``first`` as :meth:`first_row` kept it). Where the two
        differ in a column not read (a Year, Sex or Age column), that column says which to take; where the
        conditions took both and they differ in nothing else, the file repeats the row. Without conditions, only a
        column of words tells rows apart (two tables one above the other differ in their figures and codes: the
        caller refuses them as such)."""
        columns = dict.fromkeys([*first.cells, *self.first_row(again, read).cells])
        differ = [(c, first.cells.get(c, ""), again.cells.get(c, "")) for c in columns
                  if tidy(first.cells.get(c, "")) != tidy(again.cells.get(c, ""))]
        words = [(c, a, b) for c, a, b in differ if is_word(a) and is_word(b)]
        differ = words + [d for d in differ if d not in words] if self.wanted else words
        among = f" among the rows with {' and '.join(self._said(w) for w in self.wanted)}" if self.wanted else ""
        if differ:
            column, mine, _ = differ[0]
            shown = "; ".join(f"{self.heading(c)}: {a!r} on row {first.number}, {b!r} here" for c, a, b in differ[:3])
            example = ", ".join([*(f"{self.heading(w.column)}: {w.value}" for w in self.wanted
                                   if self.columns.get(w.column) != column),  # "2023-24 [p]" and "[r]": which
                                 f"{self.heading(column)}: {mine}"])
            problem, expected = f" ({shown})", ("one row per area: add the column that tells them apart to rows: "
                                                f"under the period in campaign.yaml, such as rows: {{{example}}}")
        elif self.wanted:
            problem, expected = "", (f"one row per area among the rows rows: takes: delete one of rows {first.number} "
                                     f"and {again.number}, or add a condition to rows:")
        else:
            return
        raise InputError(f"names {area} again{among}, as row {first.number} does{problem}",
                         source=again.ref(file, area_column), field="area",
                         value=again.cells.get(area_column) or None, expected=expected)


_EXAMPLE = "each column and the value of the rows to take, such as rows: {Year: 2023-24, Measure: Fires}"


def read_filter(entry: Mapping) -> RowFilter:
    """An entry's ``rows:``: a mapping of column → value (``rows: {Year: 2023-24}``), or no conditions."""
    if "rows" in entry.data and entry.raw("rows") is None:  # "rows:" and nothing after it
        raise entry.fail("rows", "is empty", None, _EXAMPLE)
    if entry.has("rows") and not isinstance(entry.raw("rows"), dict):
        raise entry.fail("rows", "is not a column and a value", entry.raw("rows"), _EXAMPLE)
    rows = entry.mapping("rows", required=False)
    if rows is None:
        return RowFilter()
    if not rows.data:
        raise entry.fail("rows", "is empty", None, _EXAMPLE)
    wanted: list[Wanted] = []
    for key, raw in rows.data.items():
        rows.seen.add(str(key))
        ref = rows.ref(str(key))
        if isinstance(raw, list) and raw and not any(isinstance(item, dict | list | bool) or item is None
                                                     for item in raw):
            wanted.append(_listed(str(key), raw, ref, rows.key(str(key)), wanted))
            continue
        if isinstance(raw, dict | list | bool) or raw is None:
            problem = "is empty" if raw is None else "is a list" if isinstance(raw, list) else \
                "is a mapping" if isinstance(raw, dict) else "is a true/false value"
            raise InputError(problem, source=ref, field=rows.key(str(key)),
                             value=None if isinstance(raw, dict | list) else raw,
                             expected=f"one value, as the file writes it: {key}: 2023-24 ({key}: '' for the "
                             "rows where it is empty; true or false in quotes), or a list of values whose rows are "
                             f"added up: {key}: [1, 2, 3, 4]")
        value = raw.isoformat() if isinstance(raw, dt.date) else str(raw).strip()
        check_text(value, ref, rows.key(str(key)))
        wanted.append(Wanted(str(key).strip(), value, ref, rows.key(str(key))))
    return RowFilter(tuple(wanted))


def _listed(column: str, raw: list[object], ref: SourceRef, key: str, wanted: list[Wanted]) -> Wanted:
    """A condition listing values (``Financial Quarter: [1, 2, 3, 4]``): each area's rows of those values are taken,
    one of each, and their figures added up. One list in ``rows:``, of values each given once."""
    values = tuple(item.isoformat() if isinstance(item, dt.date) else str(item).strip() for item in raw)
    for value in values:
        check_text(value, ref, key)
    spans = sorted(span for span in map(period_span, values) if span)
    if len(spans) > 1 and len(spans) == len(values) and any(
            (end - start).days >= 364 or (n and start <= spans[n - 1][1]) for n, (start, end) in enumerate(spans)):
        raise InputError("lists whole years, or periods that overlap, whose rows would be added up as one period's",
                         source=ref, field=key, value="[" + ", ".join(values) + "]", expected=f"one value for each "
                         f"period ({column}: 2022-23 under one period, {column}: 2023-24 under the other); a list adds "
                         "up the rows of a period's parts, such as its quarters or months")
    again = next((v for n, v in enumerate(values) if any(tidy(v) == tidy(w) for w in values[:n])), None)
    if again is not None or any(w.values for w in wanted):
        raise InputError("lists a value twice" if again is not None else "is a second list of values to add up",
                         source=ref, field=key, value=again, expected="each value once, in one list in rows: (the "
                         "rows of each are added up), and one value for every other column")
    return Wanted(column.strip(), "[" + ", ".join(values) + "]", ref, key, values)
