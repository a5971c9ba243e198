"""Which columns of a published file hold areas.csv's codes and its areas' names: "ONS code" beside "Local
authority", whatever their headings. Where a file has several columns of codes, as tables of councils often give
each row its region's code and name too ("Region code", "Region name", "LA code", "LA name"), the column
campaign.yaml's ``area:`` names is the one, when it holds codes; else the one whose codes name the area the
``area:`` column names on the most rows, then the one with the most of areas.csv's codes."""

from __future__ import annotations

import collections
import dataclasses
import itertools
import re
from collections.abc import Iterator

from drafter.errors import InputError
from drafter.load.area_codes import GSS_CODE, ODS_CODE, is_fips_column
from drafter.load.area_names import AreaNames
from drafter.load.table import Row, RowStream

# A column of codes as publishers head it: Code, Area code, ONS code, Local authority code, LAD24CD, PFA23CD.
_CODE_HEADER = re.compile(r"(.* )?codes?|[a-z]{2,6}[0-9]{2}cd")
_NAME_HEADER = re.compile(r"(.* )?names?|[a-z]{2,6}[0-9]{2}nm")  # Area name, Local authority name, LAD24NM

PEEK = 1000  # rows read to find a file's column of codes (England's 296 councils may come before Wales's)


def is_code_header(column: str) -> bool:
    """Whether a column's name (lower case, as :func:`~drafter.load.table.column_name` gives it) says it holds
    codes.

    >>> [is_code_header(c) for c in ("area code", "lad24cd", "ons code", "code", "postcode", "area name")]
    [True, True, True, True, False, False]
    """
    return _CODE_HEADER.fullmatch(column) is not None


def name_column(columns: tuple[str, ...], area: str, code: str | None) -> str:
    """The column of names beside the column of codes (``Area name``, ``LAD24NM``), when the column campaign.yaml
    names (``area``) is the codes'; else ``area``. Of several, the one whose heading names what the codes' does
    ("ICB Name" for "ICB Code"), then the nearest, after it where two are as near: an NHS file's "ICB Name" beside
    "ICB ONS Code", not the "Region Name" before them.

    >>> columns = ("region code", "region name", "icb code", "icb ons code", "icb name")
    >>> name_column(columns, "icb ons code", "icb ons code"), name_column(columns, "icb code", "icb code")
    ('icb name', 'icb name')
    >>> name_column(("lad24cd", "rgn24nm", "lad24nm"), "lad24cd", "lad24cd")
    'lad24nm'
    """
    if area != code:
        return area
    named = [n for n, c in enumerate(columns) if _NAME_HEADER.fullmatch(c)]
    at = columns.index(code) if code in columns else 0
    return columns[min(named, key=lambda n: (not _what(columns[n]) & _what(code), abs(n - at), n < at))] \
        if named else area


def _what(heading: str) -> set[str]:
    """The words of a heading of codes or names that say what they are of ("icb" of "ICB ONS Code", "lad24" of
    "LAD24CD")."""
    return {re.sub(r"(?<=[0-9])(cd|nm)$", "", word) for word in heading.split()} - {"code", "codes", "name", "names",
                                                                                   "ons", "ods", "gss"}


def find_code_column(table: RowStream, names: AreaNames, candidates: list[str], area: str | None = None
                     ) -> tuple[RowStream, str | None]:
    """The column of ``candidates`` that holds areas.csv's codes in the first rows, and the table with those rows
    still to read; None where areas.csv has no codes or no column holds them. Where several do (a region's beside
    its council's, a country's too), :func:`_choose` chooses: ``area``, the column campaign.yaml names, first.
    All the first rows are looked at, as the first with a code may be a region's total, whose council columns are
    empty (the Department for Education's files give England's and each region's rows first)."""
    if not names.codes or not candidates:
        return table, None
    looked = list(itertools.islice(table.rows, PEEK))
    ordered = sorted(candidates, key=lambda c: (c != area, not is_code_header(c)))
    fips = any(code.isdigit() for code in names.codes)  # areas.csv has FIPS codes: look for a column of them
    coded = [c for c in ordered if _holds_codes(c, looked, names, c == area, fips)]
    found = _choose(looked, names, coded, area) if len(coded) > 1 else next(iter(coded), None)
    return dataclasses.replace(table, rows=itertools.chain(looked, table.rows)), found


def _holds_codes(column: str, rows: list[Row], names: AreaNames, named: bool, fips: bool) -> bool:
    """Whether ``column`` holds areas.csv's codes in ``rows``: a GSS or NHS ODS code on any row, or, where
    areas.csv has FIPS codes (``fips``), FIPS codes in a column of them
    (:func:`~drafter.load.area_codes.is_fips_column`: never a column of counts); ``named``: it is the column
    campaign.yaml names as the area's."""
    cells = [row.cells.get(column, "") for row in rows]
    if any((GSS_CODE.fullmatch(cell) or ODS_CODE.fullmatch(cell.strip())) and names.by_code(cell) for cell in cells):
        return True
    return fips and is_fips_column(column, cells, named) and any(names.by_code(cell) for cell in cells)


def _choose(rows: list[Row], names: AreaNames, coded: list[str], area: str | None) -> str:
    """Of several columns of codes, the one that gives each row its own area: ``area`` where it is one of them
    and holds one of areas.csv's codes; else the one whose code names the area the ``area`` column names on the
    most rows ("Cornwall" beside E06000052, not beside the South West's E12000009), then the one with the most of
    areas.csv's codes (a council's differ from row to row, its region's repeat); the first where they tie."""
    agree: collections.Counter[str] = collections.Counter()
    known: dict[str, set[str]] = {c: set() for c in coded}
    for row in rows:
        named = _names(names, row.cells.get(area, "")) if area is not None and area not in coded else None
        for column in coded:
            found = names.by_code(row.cells.get(column, ""))
            if found is not None:
                known[column].add(found)
                agree[column] += found == named
    if area in coded and known[area]:
        return area
    return max(coded, key=lambda c: (agree[c], len(known[c])))


def find_name_column(table: RowStream, names: AreaNames, code: str, candidates: list[str]
                     ) -> tuple[RowStream, str | None]:
    """The column of ``candidates`` that names the areas the code column gives ("Local authority" beside "ONS
    code", whatever its heading), found in the first rows, and the table with those rows still to read; None
    where no column does. A row with no code (a region's total, "Cardiff Capital Region") is then found by its
    name, as areas.csv leaves it no code."""
    looked: list[Row] = []
    rows: Iterator[Row] = table.rows
    found = None
    for row in itertools.islice(rows, PEEK):
        looked.append(row)
        area = names.by_code(row.cells.get(code, ""))
        if area is not None:
            found = next((c for c in candidates if c != code and _names(names, row.cells.get(c, "")) == area), None)
            if found:
                break
    return dataclasses.replace(table, rows=itertools.chain(looked, rows)), found


def _names(names: AreaNames, text: str) -> str | None:
    try:
        return names.find(text) if text else None
    except InputError:  # a name two areas answer to names neither here
        return None
