"""areas.csv: area, parent, in_text, and any extra columns for templates."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from drafter.errors import InputError, name_list, possessive
from drafter.load.area_codes import FIPS_CODE, area_code, is_area_code
from drafter.load.area_names import AreaNames
from drafter.load.name_forms import name_forms, reading_name
from drafter.load.table import Row, read_rows, require_columns
from drafter.load.text import unique_slugs
from drafter.model import Area, SourceRef, Warning

_QUALIFIED = re.compile(r",\s*(city|county) of\s*$", re.IGNORECASE)  # "Edinburgh, City of"
READ = ("area", "parent", "in_text", "areas_listed", "code", "other_names")  # the columns drafter itself reads
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
    for column in (c for c in table.columns if c not in READ):  # "parnt": every area would have no parent
        near = difflib.get_close_matches(column, [c for c in READ if c not in table.columns], n=1, cutoff=0.8)
        if near:
            raise InputError(f"is spelt like {near[0]}, a column drafter reads, which is not in the file",
                             source=table.header_ref(column), field="header", value=table.heading(column),
                             expected=f"the column named {near[0]}")
    extras = [c for c in table.columns if c not in ("area", "parent", "in_text", "areas_listed")]
    seen: dict[str, int] = {}
    forms: dict[str, list[tuple[str, int, str]]] = {}  # each name as files may write it → areas, rows, codes
    rows: list[tuple[str, str, str, tuple[tuple[str, str], ...], int]] = []
    some: dict[str, int] = {}  # a parent whose areas are only some of its areas → its row
    written: dict[str, str] = {}  # an area's name, told apart by its parent or code, → the name as written
    try:
        listed = list(table.rows)
        told = told_apart(listed)
        for row in listed:
            name = told.get(row.number, row.cells["area"])
            if not name:
                raise InputError("is empty", source=row.ref(display, "area"), field="area",
                                 expected="the area's name")
            if name != row.cells["area"]:
                written[name] = row.cells["area"]
            _refuse_same_name(name, row.cells.get("parent", ""), row.cells.get("code", ""), forms,
                              row.ref(display, "area"))
            seen[name] = row.number
            _check_code(row.cells.get("code", ""), row.ref(display, "code"))
            if _areas_listed(row.cells.get("areas_listed", ""), row.ref(display, "areas_listed")):
                some[name] = row.number
            rows.append((name, row.cells.get("parent", ""), row.cells.get("in_text", "") or reading_name(
                         written.get(name, name)),
                         tuple((c, _kept(row.cells[c]) if c == "code" else row.cells[c]) for c in extras),
                         row.number))
    except InputError:
        table.finish()  # a fault in the file itself on a later row (or no data rows) is reported first
        raise
    _refuse_repeated_codes(rows, display)
    slugs = unique_slugs(list(seen))
    areas = [Area(name=name, slug=slugs[name], parent=parent or None, in_text=in_text, extra=extra,
                  source=SourceRef(display, row=number), some_areas=name in some, written=written.get(name, ""))
             for name, parent, in_text, extra, number in rows]
    areas = _parents_found(areas, display)
    _refuse_cycles(areas, display)
    _refuse_other_states(areas, display)
    parents = {a.parent for a in areas}
    for name, number in some.items():
        if name not in parents:
            raise InputError(f"is some, but no area in this file has {name} as its parent",
                             source=SourceRef(display, row=number, column="areas_listed"), field="areas_listed",
                             value="some", expected="some only on the row of a parent whose areas this file lists "
                             "only some of (the rows naming it as their parent), else empty")
    return tuple(areas), table.notices + _unmutated(areas, display)


def _unmutated(areas: list[Area], display: str) -> tuple[Warning, ...]:
    """One warning naming each area whose ``yn_cy`` (in any language's ``yn_`` column) leaves its ``name_cy``
    unmutated after "yn" ("yn Conwy"), where that language mutates it ("yng Nghonwy"): a slip, or a place whose
    name stays as it is, which the press officer knows and drafter does not."""
    from drafter.style.lang import languages

    slips, columns = [], []
    for code, language in languages().items():
        for area in areas:
            extra = dict(area.extra)
            given, name = extra.get(f"yn_{code}", ""), extra.get(f"name_{code}", "")
            if given and name and (own := dict(language.unmutated(name)).get(given.strip(), "")):
                columns.append(f"yn_{code}")
                slips.append(f"row {area.source.row}, {area.name}: '{given}', where {language.english} writes "
                             f"'{own}'")
    if not slips:
        return ()
    return (Warning("place_unmutated", f"{display}: {columns[0]} leaves a place's name unmutated: "
                    + name_list(slips, 6) + "; correct the cell, or leave it where the place keeps its name "
                    "as it is"),)


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


def told_apart(rows: list[Row]) -> dict[int, str]:
    """The rows of areas.csv that give one area's name (18 counties are Clay County), each with a name its parent
    or code tells apart from the others': "Clay County, Missouri" where each row's parent differs, else "Clay County
    (29047)" where each row's code does. Rows that neither tells apart keep their name, and are refused."""
    named: dict[str, list[Row]] = {}
    for row in rows:
        if row.cells.get("area"):
            named.setdefault(row.cells["area"], []).append(row)
    told: dict[int, str] = {}
    rows_named = {name_forms(name)[1]: name for name in named}  # a parent as its own row writes it: "Missouri"
    for name, same in named.items():
        if len(same) < 2:
            continue
        for key, form in (("parent", "{name}, {key}"), ("code", "{name} ({key})")):
            keys = [_kept(cell) if key == "code" else rows_named.get(name_forms(cell)[1], cell)
                    for row in same for cell in [row.cells.get(key, "").strip()]]
            if all(keys) and len({k.casefold() for k in keys}) == len(keys):
                told |= {row.number: form.format(name=name, key=k) for row, k in zip(same, keys, strict=True)}
                break
    return told


def _kept(code: str) -> str:
    """An area's code as drafter keeps it: a FIPS code as its digits ("01001" for "1001" or "01-001"), a GSS code
    as written."""
    return fips if FIPS_CODE.fullmatch(fips := area_code(code)) else code


def _check_code(code: str, ref: SourceRef) -> None:
    """An area's code, where areas.csv gives one, is a GSS code as publishers print it beside the area's name, an
    NHS organisation's ODS code (Y62, QYG), or a US FIPS code, in any form
    :func:`~drafter.load.area_codes.area_code` reads ("29-047"; "1001", its leading zero dropped by Excel)."""
    if not code or is_area_code(code):
        return
    if code.strip()[:1].isdigit():
        raise InputError("is not an area code", source=ref, field="code", value=code,
                         expected="a US FIPS code as the Census Bureau publishes it: 2 digits for a state, such as "
                         "29 for Missouri, or 5 for a county, its state's 2 and 3 more, such as 29095 for Jackson "
                         "County, Missouri; a GSS code, a capital letter and eight digits, such as E06000023; or an "
                         "empty cell")
    raise InputError("is not an area code", source=ref, field="code", value=code,
                     expected="a GSS code as ONS, the Home Office and the Welsh Government publish it: a capital "
                     "letter and eight digits, such as E06000023, W06000015 or E23000006; an NHS organisation's ODS "
                     "code, such as Y62, QYG or 01X; or an empty cell")


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


def _refuse_same_name(name: str, parent: str, code: str, seen: dict[str, list[tuple[str, int, str]]],
                      ref: SourceRef) -> None:
    """Each area once, and no two whose names differ only in capitals, spacing, accents or punctuation (``St
    Helens`` and ``St. Helens``, ``Richmond`` and ``RICHMOND``): files name areas whatever those (CARDIFF is
    Cardiff, Dyfed Powys is Dyfed-Powys), so a figure for one could not be told from the other's. Two places whose
    names differ in accents or punctuation are told apart by their codes, where both rows give one; one place
    written two ways (``Edinburgh, City of`` and ``City of Edinburgh``) is one area, whatever its codes. ``seen``:
    each earlier area's name, in the form compared, → its name, row and code."""
    form = name_forms(name)[1]
    for other, row, other_code in seen.get(form, []):
        how = _how_alike(name, other, row)
        apart = f"tell them apart in the area column, such as {name} ({parent or 'its county'}), with the name " \
            "releases print in in_text"
        if how.endswith(("accents", "punctuation")):
            if code and other_code:
                continue  # two places, each known by its code in the figures
            apart = "give each its code in a code column, as published beside its figures, or " + apart
        elif how.endswith("as publishers write it"):
            raise InputError(how, source=ref, field="area", value=name, expected=f"each area once: delete this "
                             f"row; drafter reads {name!r} in the figures as {other} already")
        elif how.startswith("is listed twice"):
            raise InputError(how, source=ref, field="area", value=name, expected="each area once; two places of "
                             "one name told apart by a different parent or a different code on each row, or in the "
                             "area column, such as " + apart.removeprefix(
                                 "tell them apart in the area column, such as "))
        raise InputError(how, source=ref, field="area", value=name, expected="each area once: if the two rows are "
                         f"one place written two ways, delete this row; if they are two places, {apart}")
    seen.setdefault(form, []).append((name, ref.row or 0, code))


def _how_alike(name: str, other: str, row: int) -> str:
    """How ``name`` is like ``other``, an earlier area's name on ``row``."""
    if unicodedata.normalize("NFC", name) == unicodedata.normalize("NFC", other):
        return f"is listed twice (first on row {row})"
    if any(_QUALIFIED.search(written) for written in (name, other)):
        return f"is {other!r} (row {row}) written another way, as publishers write it"
    if name_forms(name)[0] == name_forms(other)[0]:
        return f"differs from {other!r} (row {row}) only in capitals or spacing"
    bare = ["".join(c for c in unicodedata.normalize("NFD", w.casefold()) if not unicodedata.combining(c))
            for w in (name, other)]
    return f"differs from {other!r} (row {row}) only in " + ("accents" if bare[0] == bare[1] else "punctuation")


def _parents_found(areas: list[Area], display: str) -> list[Area]:
    """Each area's parent as another row names it, read as any area cell is (``north west`` is North West); a
    slip is refused with "did you mean"."""
    names = AreaNames.of(tuple(areas))
    found = []
    for area in areas:
        ref = SourceRef(display, row=area.source.row, column="parent")
        parent = names.find(area.parent, ref, "parent") if area.parent else None
        if area.parent and parent is None:
            slip = f"; did you mean {near!r}?" if (near := names.near(area.parent)) else ""
            raise InputError("is not an area in this file", source=ref, field="parent", value=area.parent,
                             expected="the name of another row's area, or empty" + slip)
        if parent == area.name:
            raise InputError("is the area itself", source=ref, field="parent", value=area.parent,
                             expected="a different area, or empty")
        found.append(replace(area, parent=parent))
    return found


def _refuse_other_states(areas: list[Area], display: str) -> None:
    """A county's FIPS code starts with its state's: a county whose parent has a state's code (2 digits) and whose
    own code starts with another state's is on the wrong row, and its figures would be another county's."""
    codes = {a.name: dict(a.extra).get("code", "") for a in areas}
    for area in areas:
        code, state = codes[area.name], codes.get(area.parent or "", "")
        if len(code) == 5 and code.isdigit() and len(state) == 2 and state.isdigit() and code[:2] != state:
            parent = possessive(area.parent or "")
            raise InputError(f"is a county in the state whose code is {code[:2]}, but its parent {parent} code is "
                             f"{state}", source=SourceRef(display, row=area.source.row, column="code"),
                             field="code", value=code, expected=f"{possessive(area.name)} own code, which starts "
                             f"with its state's, {state}: copy it again from the download")


def _refuse_cycles(areas: list[Area], display: str) -> None:
    parents = {a.name: a.parent for a in areas}
    for area in areas:
        path = [area.name]
        current = area.parent
        while current:
            if current in path:
                loop = " → ".join([*path[path.index(current):], current])
                raise InputError(f"is part of a loop of parents ({loop})", source=area.source, field="parent",
                                 value=area.parent, expected="parents that end at a top-level area: an empty parent "
                                 "on the row of the area the others are in")
            path.append(current)
            current = parents[current]
