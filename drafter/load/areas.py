"""areas.csv: area, parent, in_text, and any extra columns for templates."""

from __future__ import annotations

from pathlib import Path

from drafter.errors import InputError
from drafter.load.area_names import GSS_CODE, reading_name
from drafter.load.table import read_rows, require_columns
from drafter.load.text import unique_slugs
from drafter.model import Area, SourceRef, Warning

_IDENT_OK = set("abcdefghijklmnopqrstuvwxyz0123456789_")


def load_areas(path: Path, display: str) -> tuple[tuple[Area, ...], tuple[Warning, ...]]:
    """Every area, checked (a parent may come later in the file than its areas), and how the file was read (a
    warning where a CSV file was read as Windows-1252)."""
    table = read_rows(path, display, names=("area",))
    require_columns(table, ("area",))
    for column in table.columns:
        if not set(column) <= _IDENT_OK or column[0].isdigit():
            raise InputError("is not a usable column name", source=table.header_ref(column),
                             field="header", value=table.heading(column),
                             expected="lower-case letters, digits and underscores, e.g. force_name")
    extras = [c for c in table.columns if c not in ("area", "parent", "in_text", "areas_listed")]
    seen: dict[str, int] = {}
    rows: list[tuple[str, str, str, tuple[tuple[str, str], ...], int]] = []
    some: dict[str, int] = {}  # a parent whose areas are only some of its areas → its row
    try:
        for row in table.rows:
            name = row.cells["area"]
            if not name:
                raise InputError("is empty", source=row.ref(display, "area"), field="area",
                                 expected="the area's name")
            if name in seen:
                raise InputError(f"is listed twice (first on row {seen[name]})", source=row.ref(display, "area"),
                                 field="area", value=name, expected="each area once")
            seen[name] = row.number
            _check_code(row.cells.get("code", ""), row.ref(display, "code"))
            if _areas_listed(row.cells.get("areas_listed", ""), row.ref(display, "areas_listed")):
                some[name] = row.number
            rows.append((name, row.cells.get("parent", ""), row.cells.get("in_text", "") or reading_name(name),
                         tuple((c, row.cells[c]) for c in extras), row.number))
    except InputError:
        table.finish()  # a fault in the file itself on a later row (or no data rows) is reported first
        raise
    _refuse_repeated_codes(rows, display)
    slugs = unique_slugs(list(seen))
    areas = []
    for name, parent, in_text, extra, number in rows:
        ref = SourceRef(display, row=number, column="parent")
        if parent and parent not in seen:
            raise InputError("is not an area in this file", source=ref, field="parent", value=parent,
                             expected="the name of another row's area, or empty")
        if parent == name:
            raise InputError("is the area itself", source=ref, field="parent", value=parent,
                             expected="a different area, or empty")
        areas.append(Area(name=name, slug=slugs[name], parent=parent or None, in_text=in_text, extra=extra,
                          source=SourceRef(display, row=number), some_areas=name in some))
    _refuse_cycles(areas, display)
    parents = {a.parent for a in areas}
    for name, number in some.items():
        if name not in parents:
            raise InputError(f"is some, but no area in this file has {name} as its parent",
                             source=SourceRef(display, row=number, column="areas_listed"), field="areas_listed",
                             value="some", expected="some only on the row of a parent whose areas this file lists "
                             "only some of (the rows naming it as their parent), else empty")
    return tuple(areas), table.notices


def _areas_listed(cell: str, ref: SourceRef) -> bool:
    """Whether a row's ``areas_listed`` says the file lists only some of the area's own areas (a charity working
    in five of a region's ten councils): then its figures are its own published totals, never their sum."""
    if cell.casefold() in ("", "all"):
        return False
    if cell.casefold() == "some":
        return True
    raise InputError("is not all or some", source=ref, field="areas_listed", value=cell,
                     expected="some where this file lists only some of the area's own areas (its figures are then "
                     "its own published totals, not their sum); all or empty where it lists every one")


def _check_code(code: str, ref: SourceRef) -> None:
    """An area's code, where areas.csv gives one, is a GSS code as publishers print it beside the area's name."""
    if code and not GSS_CODE.fullmatch(code):
        raise InputError("is not an area code", source=ref, field="code", value=code,
                         expected="a GSS code as ONS, the Home Office and the Welsh Government publish it: a capital "
                         "letter and eight digits, such as E06000023, W06000015 or E23000006; or an empty cell")


def _refuse_repeated_codes(rows: list[tuple[str, str, str, tuple[tuple[str, str], ...], int]], display: str) -> None:
    """An area's code (the ``code`` column, matched whatever its case) names one area: two areas with one code
    would each take the other's figures from a file as published."""
    first: dict[str, tuple[str, int]] = {}
    for name, _, _, extra, number in rows:
        code = dict(extra).get("code", "")
        if not code:
            continue
        if code.casefold() in first:
            other, row = first[code.casefold()]
            raise InputError(f"is also the code of {other} (row {row})", source=SourceRef(display, row=number,
                             column="code"), field="code", value=code, expected="each area's own code")
        first[code.casefold()] = (name, number)


def _refuse_cycles(areas: list[Area], display: str) -> None:
    parents = {a.name: a.parent for a in areas}
    for area in areas:
        seen = {area.name}
        current = area.parent
        while current:
            if current in seen:
                raise InputError("is part of a loop of parents", source=area.source, field="parent",
                                 value=area.parent, expected="parents that end at a top-level area")
            seen.add(current)
            current = parents[current]
