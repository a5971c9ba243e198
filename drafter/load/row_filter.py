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
and a warning names it; or when both name one month or day, however written (:mod:`drafter.load.row_dates`). A cell
is never read as a value it merely contains ("2022-23 to 2023-24" is not 2023-24).
A value that no row holds is refused with the values its column does hold, the nearest first; two rows for one
area among the rows taken, naming both.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from drafter.errors import InputError, how_many, name_list, possessive
from drafter.load.cells import is_word
from drafter.load.columns import column_name, note_free, note_marks
from drafter.load.dates import period_span
from drafter.load.name_forms import name_forms
from drafter.load.numbers import split_marks
from drafter.load.row_apart import as_written, differing
from drafter.load.row_dates import refuse_misread, same_date
from drafter.load.schema import Mapping
from drafter.load.table import Row
from drafter.load.text import check_text
from drafter.model import SourceRef, Warning
from drafter.style.marks import MARK_MEANINGS, mark_meaning

KEPT = 5000  # distinct values kept of each column, for the error that lists them (a year column has a few)
SHOWN = 8  # values an error lists, the nearest first


@functools.lru_cache(maxsize=4096)  # a column of years or measures holds a few values, on every row
def tidy(text: str) -> str:
    r"""A cell or a value of ``rows:`` as they are compared: as an area's name is (its case, spacing, accents typed
    apart, curly apostrophes and note marks do not count), and a number as its value.

    >>> tidy(" 2023-24 [note 1]"), tidy("Primary\u00a0 FIRES"), tidy("2023.0"), tidy("2023") == tidy("2023.00")
    ('2023-24', 'primary fires', '2023', True)
    """
    typed = name_forms(text)[0]
    try:
        number = Decimal(typed)
    except InvalidOperation:
        return typed
    return format(number.normalize(), "f") if number.is_finite() else typed


@functools.lru_cache(maxsize=4096)
def unmarked(cell: str) -> tuple[str, tuple[str, ...]]:
    """A cell without the publisher's marks after it, and the marks: a note, a GSS symbol in square or round brackets
    or straight after a figure, a footnote symbol. A bracketed word that is no mark ("[x]", "[all ages]") stays.

    >>> unmarked("2023-24 [p]"), unmarked("2023-24 (r)"), unmarked("2023-24 [note 2]"), unmarked("2023-24\u00b3")
    (('2023-24', ('[p]',)), ('2023-24', ('[r]',)), ('2023-24', ('[note 2]',)), ('2023-24', ('\u00b3',)))
    >>> unmarked("2023-24p"), unmarked("2023-24 [x]"), unmarked("Fires [all ages]"), unmarked("2022-23 to 2023-24")
    (('2023-24', ('p',)), ('2023-24 [x]', ()), ('Fires [all ages]', ()), ('2022-23 to 2023-24', ()))
    """
    plain, marks = note_free(cell), note_marks(cell)
    figure, more = split_marks(plain)
    if more and all(mark.strip("[]").lower() in MARK_MEANINGS for mark in more):
        plain, marks = figure, (*marks, *more)
    return plain, marks


def _meets(cell: str, value: str) -> bool:
    """Whether a cell matches a value of ``rows:``: the two the same, as :func:`tidy` compares them, or the cell the
    value with the publisher's marks after it (where the value carries none of its own)."""
    return tidy(cell) == tidy(value) or (not unmarked(value)[1] and tidy(unmarked(cell)[0]) == tidy(value)) \
        or same_date(cell, value)  # "Mar-23" is the date 2023-03-01 a workbook holds (drafter.load.row_dates)


@dataclass(frozen=True)
class Wanted:
    """One condition of ``rows:``: the column (as campaign.yaml names it), the value as written, and where."""

    column: str
    value: str
    ref: SourceRef
    key: str  # "figures.last_year.rows.Year"
    values: tuple[str, ...] = ()  # a list, rows: {Month: [2024-07, 2024-08]}: rows of any, each area's added up

    def meets(self, cell: str) -> str | None:
        """The value (of a list: the one) ``cell`` matches, or None."""
        return next((v for v in self.values or (self.value,) if _meets(cell, v)), None)

    def words(self, column: str = "") -> str:
        """"Year 2022-23": the column as ``column`` spells it (the file's heading), else as campaign.yaml does."""
        return f"{column or self.column} {self.value}"


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
        return any(not cell for cell, _ in cells) and all(w.meets(cell) for cell, w in cells if cell)

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
            raise InputError(f"is empty in a row of {possessive(area)}, and no row with "
                             f"{' and '.join(self._said(w) for w in self.wanted)} names {area}",
                             source=row.ref(file, self.columns[wanted.column]), field=self.heading(wanted.column),
                             expected=f"the {self.heading(wanted.column)} in every row: where the file writes it "
                             "once above its rows, as in merged cells, write it in each row")

    def take(self, row: Row) -> bool:
        """Whether the row meets every condition, noting the values it holds for :meth:`refuse_none_taken`."""
        if not self.wanted:
            return True
        cells = [row.cells.get(self.columns[w.column], "") for w in self.wanted]
        meets = [w.meets(cell) is not None for cell, w in zip(cells, self.wanted, strict=True)]
        for index, (wanted, cell) in enumerate(zip(self.wanted, cells, strict=True)):
            _note(self.held.setdefault(wanted.column, {}), cell)
            if meets[index]:
                self.met.add(wanted.column)
            if all(meets[:index] + meets[index + 1:]):
                _note(self.beside.setdefault(wanted.column, {}), cell)
        if all(meets):
            self.taken += 1
            for wanted, cell in zip(self.wanted, cells, strict=True):
                if unmarked(cell)[1]:
                    self.marked.setdefault((wanted.column, cell), []).append(row.number)
        return all(meets)

    @property
    def summed(self) -> Wanted | None:
        """The condition that lists values, whose rows are added up for each area (None: one row per area)."""
        return next((w for w in self.wanted if w.values), None)

    def listed(self, row: Row) -> str:
        """Which of the listed values a row :meth:`take` took holds."""
        wanted = self.summed
        return (wanted.meets(row.cells.get(self.columns[wanted.column], "")) or "") if wanted else ""

    def refuse_incomplete(self, file: str, kept: dict[str, dict[str, Row]]) -> None:
        """A listed value no row holds, or an area without a row for each: a sum of some of its parts is no figure."""
        wanted = self.summed
        if wanted is None:
            return
        for value in wanted.values:
            if not any(value in rows for rows in kept.values()):
                raise InputError(f"is in no row of {file}", source=wanted.ref, field=wanted.key, value=value,
                                 expected=f"a value the column {self.heading(wanted.column)!r} holds: "
                                 + _nearest(value, self.held.get(wanted.column, {})))
        for area, rows in kept.items():
            if missing := [v for v in wanted.values if v not in rows]:
                raise InputError(f"is in no row of {possessive(area)} in {file}",
                                 source=wanted.ref, field=wanted.key, value=missing[0], expected="a row for each "
                                 "value rows: lists, which are added up: add the row, with a marker such as [x] "
                                 "where its figure is not available")

    def marks(self, row: Row) -> tuple[str, ...]:
        """The publisher's marks on the cells of a row :meth:`take` took ("2023-24 [p]": provisional), which its
        figures carry."""
        return tuple(mark for w in self.wanted for mark in unmarked(row.cells.get(self.columns[w.column], ""))[1])

    def notices(self, file: str) -> tuple[Warning, ...]:
        """One warning for the marked cells of the rows taken: the mark, what it means, and the rows."""
        if not self.marked:
            return ()
        shown = name_list([
            f"{self.heading(column)} {cell!r} ({', '.join(mark_meaning(m) for m in unmarked(cell)[1])}; "
            + (f"row {rows[0]})" if len(rows) == 1 else f"{how_many(len(rows), 'row')} from row {rows[0]})")
            for (column, cell), rows in self.marked.items()], 6)
        said = " and ".join(self._said(w) for w in self.wanted)
        return (Warning("rows_marked", f"{file}: the rows taken for {said} carry the publisher's marks, and are read "
                        f"as that value's: {shown}; their figures carry the mark too: check what each mark "
                        "means before you publish the figures"),)

    def refuse_none_taken(self, file: str) -> None:
        """No row met the conditions: name the first value its column never holds (or, where each is held but never
        together, the one never held beside the others), with the values the column does hold, the nearest first."""
        for wanted in self.wanted:  # a month where the column holds days; 01/03/2023 in a file of 03/13/2023
            refuse_misread(wanted.values or (wanted.value,), self.held.get(wanted.column, {}).values(),
                           self.heading(wanted.column), wanted.ref, wanted.key, bool(self.taken))
        if not self.wanted or self.taken:
            return
        for wanted in self.wanted:
            if wanted.column not in self.met:
                raise InputError(f"is in no row of {file}", source=wanted.ref, field=wanted.key, value=wanted.value,
                                 expected=f"a value the column {self.heading(wanted.column)!r} holds: "
                                 + _nearest(wanted.value, self.held.get(wanted.column, {})))
        # Each is in some row, but never all in one: the values held in the rows that meet the other conditions.
        wanted = next((w for w in self.wanted if self.beside.get(w.column)), self.wanted[0])
        others = " and ".join(self._said(w) for w in self.wanted if w is not wanted)
        holds = self.beside.get(wanted.column, {})
        raise InputError(f"is in no row of {file} with {others}", source=wanted.ref, field=wanted.key,
                         value=wanted.value, expected=f"a value the column {self.heading(wanted.column)!r} holds in "
                         f"the rows with {others}: " + _nearest(wanted.value, holds) if holds else
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
        kept = self.first_row(again, read).cells  # in the file's order: the second row holds every column
        differ = differing(first, again, [c for c in again.cells if c in first.cells or c in kept], tidy,
                           bool(self.wanted))
        among = f" among the rows with {' and '.join(self._said(w) for w in self.wanted)}" if self.wanted else ""
        if differ:
            column, mine, _ = differ[0]
            shown = name_list([f"{self.heading(c)}: {a!r} on row {first.number}, {b!r} here" for c, a, b in differ], 3)
            example = ", ".join([*(f"{self.heading(w.column)}: {w.value}" for w in self.wanted
                                   if self.columns.get(w.column) != column),  # "2023-24 [p]" and "[r]": which
                                 f"{self.heading(column)}: {as_written(mine)}"])
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
    wanted = []
    for key, raw in rows.data.items():
        rows.seen.add(str(key))
        ref = rows.ref(str(key))
        listed = tuple(v.isoformat() if isinstance(v, dt.date) else str(v).strip() for v in raw) \
            if isinstance(raw, list) and len(raw) > 1 and all(isinstance(v, str | int | dt.date) for v in raw) else ()
        for text in listed:
            check_text(text, ref, rows.key(str(key)))
        if listed:
            wanted.append(Wanted(str(key).strip(), ", ".join(listed), ref, rows.key(str(key)), listed))
            continue
        if isinstance(raw, dict | list | bool) or raw is None:
            problem = "is empty" if raw is None else "is a list" if isinstance(raw, list) else \
                "is a mapping" if isinstance(raw, dict) else "is a true/false value"
            raise InputError(problem, source=ref, field=rows.key(str(key)),
                             value=None if isinstance(raw, dict | list) else raw,
                             expected=f"one value, as the file writes it: {key}: 2023-24 ({key}: '' for the "
                             "rows where it is empty; true or false in quotes), or a list of two or more")
        value = raw.isoformat() if isinstance(raw, dt.date) else str(raw).strip()
        check_text(value, ref, rows.key(str(key)))
        wanted.append(Wanted(str(key).strip(), value, ref, rows.key(str(key))))
    return RowFilter(tuple(wanted))


def _note(values: dict[str, str], cell: str) -> None:
    if len(values) < KEPT:
        values.setdefault(tidy(cell), cell)


def _nearest(value: str, held: dict[str, str]) -> str:
    """The values a column holds, the nearest to ``value`` first: "'2022/23', '2023/24', … and 4 more". Where
    ``value`` and cells name periods ("2022-23", "Apr 2022 to Mar 2023"), the nearest are those nearest in time,
    however they are spelt; the rest follow, the most alike in spelling first."""
    shown = [cell for cell in held.values() if cell]
    if not shown:
        return "none: its cells are empty"
    wanted = period_span(value)

    def distance(cell: str) -> tuple[int, float]:
        span = period_span(cell) if wanted else None
        if wanted and span:
            return 0, abs((span[0] - wanted[0]).days) + abs((span[1] - wanted[1]).days)
        return 1, -difflib.SequenceMatcher(None, tidy(value), tidy(cell)).ratio()

    near = sorted(shown, key=distance)
    return name_list([repr(cell) for cell in near], SHOWN)
