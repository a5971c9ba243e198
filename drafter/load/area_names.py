"""An area as a file names it, found in areas.csv: the one way drafter reads an area cell, in figures, files as
published, media.csv, quotes.yaml and campaign.yaml.

Where areas.csv gives codes (its ``code`` column: GSS codes such as E06000023) and a file has a column of them,
a row's area is its code's, whatever the file calls it: codes are the publisher's key, names its decoration.
Otherwise a name is matched in the closest of these forms that finds an area, and never by a guess between two:

1. as areas.csv writes it;
2. whatever its capitals, spacing, accents typed apart or curly apostrophes (CARDIFF, King’s Lynn);
3. in a publisher's official form: ``&`` for ``and``, a hyphen for a space, a full stop or a comma, a leading
   ``The``, no accents or apostrophes (Ynys Mon, Kings Lynn), and
   ``Bristol, City of`` for ``City of Bristol`` (Devon & Cornwall, Dyfed-Powys, St. Helens, The Vale of Glamorgan);
4. without a qualifier that names no other place: ``Bristol, City of`` or ``Herefordshire, County of`` for
   Bristol or Herefordshire, ``Metropolitan Police`` (or ``Met Police``) for Metropolitan. Not ``London, City of``
   for London: the City of London is not London.

In a figures file, failing those, a name with its parent's after a comma, as the Census Bureau names a county
("Autauga County, Alabama"), is the one area of that name under that parent.

A name in Welsh and English with a slash between (``Caerdydd / Cardiff``, ``Isle of Anglesey / Ynys Môn``), as
StatsWales writes one, is the area whose names both halves are (its name and its ``name_cy`` or ``other_names``);
a half that names no area, or another area, leaves the name unmatched: "Cheshire / Merseyside" is not Cheshire.

Failing those, a name with the publisher's type after it in brackets, a short code in capitals or a word such
as County (``Dartford (B)``, ``Cardiff (UA)``, ``Kent (County)``, ``Met Police (MPS)``), is the area its name
without the type is, unless the type with the name (``Durham (County)``: County Durham) or the type alone
(``London (Met)``) names another of areas.csv's areas: then both are named and neither taken.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import NoReturn

from drafter.errors import InputError, how_many, name_list, possessive
from drafter.load.area_codes import area_code
from drafter.load.columns import note_free
from drafter.load.name_forms import name_forms
from drafter.load.numbers import is_marker
from drafter.load.table import Row
from drafter.load.total_rows import total_of
from drafter.model import Area, SourceRef, Warning
from drafter.style.marks import mark_meaning

# A publisher's type after a name: a short code in capitals, "Dartford (B)", "Cardiff (UA)", "Met Police (MPS)",
# or a word for the kind of area, "Kent (County)".
_TYPED = re.compile(r"(.*\S)\s*\(\s*([A-Z]{1,5}|(?i:county|city|borough|district|unitary|met|metropolitan))\s*\)")
# A name in two languages, as StatsWales and the Welsh Government write one: "Caerdydd / Cardiff".
_BILINGUAL = re.compile(r"([^/]*[^/\s])\s*/\s*([^/\s][^/]*)")
# An area's name in another language (name_cy), or other names publishers give it (other_names: "Eilean Siar;
# Comhairle nan Eilean Siar"), each read as its name.
_OTHER_NAME = re.compile(r"name_[a-z]{2}|other_names")
_ROW_MARK = re.compile(r"\s*\[\s*([rpe])\s*\]\s*$", re.IGNORECASE)  # "Gwynedd [r]": its row's figures revised
NEAR = 0.85  # how like an area's name a name must be for "did you mean": a slip ("Chesire"), not another
NEAR_WORD = 0.8  # area ("Cheshire East" is not Cheshire); and so each word ("North East" is not North West)


@dataclass(frozen=True)
class AreaNames:
    """areas.csv's areas as files name them: by name in each form, and by code."""

    rows: dict[str, int]  # name → its row in areas.csv, in file order
    forms: tuple[dict[str, tuple[str, ...]], ...]  # for each form, its text → the areas written so
    codes: dict[str, str]  # code in capitals → name
    coded: frozenset[str]  # the areas that have a code
    slugs: dict[str, str]  # its files' name ("north-west") → name
    other: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # name → (column, its name in
    # another language): name_cy "Caerdydd", as a table published in Welsh names it
    said: dict[str, tuple[str, ...]] = field(default_factory=dict)  # in_text's form ("north west") → its areas
    parents: dict[str, str] = field(default_factory=dict)  # name → its parent as areas.csv writes it, or ""
    parted: dict[str, str] = field(default_factory=dict)  # an area areas.csv gives another's name, told apart by
    # its parent or code ("Clay County, Missouri") → the name as areas.csv writes it ("Clay County")

    @classmethod
    def of(cls, areas: tuple[Area, ...]) -> AreaNames:
        forms: tuple[dict[str, tuple[str, ...]], ...] = ({}, {}, {})
        other = {a.name: tuple((column, name.strip()) for column, cell in a.extra if _OTHER_NAME.fullmatch(column)
                               for name in cell.split(";") if name.strip()) for a in areas}
        for area in areas:  # "Clay County", as areas.csv writes two areas drafter names "Clay County, Missouri" …
            for written in (area.name, *(cell for _column, cell in other[area.name]), *filter(None, [area.written])):
                for index, form in enumerate(name_forms(written)):
                    if area.name not in forms[index].get(form, ()):
                        forms[index][form] = (*forms[index].get(form, ()), area.name)
        codes = {area_code(code): a.name for a in areas if (code := dict(a.extra).get("code", "").strip())}
        said: dict[str, tuple[str, ...]] = {}
        for area in areas:  # as its releases print it: "the north west"
            said[form] = (*said.get(form := name_forms(area.in_text)[1], ()), area.name)
        return cls({a.name: a.source.row or 0 for a in areas}, forms, codes, frozenset(codes.values()),
                   {a.slug.casefold(): a.name for a in areas}, {name: cells for name, cells in other.items() if cells},
                   said, {a.name: a.parent or "" for a in areas}, {a.name: a.written for a in areas if a.written})

    def find(self, text: str, ref: SourceRef | None = None, field: str = "area") -> str | None:
        """The area ``text`` names, or None; a name that two areas answer to is refused, naming both. A name with
        the publisher's type after it ("Dartford (B)") is found as the module says."""
        if text in self.rows and len(self.forms[0].get(name_forms(text)[0], ())) < 2:
            return text
        if row_mark(text):  # "Gwynedd [r]": the area, its row's figures marked (AreaColumn.marks)
            return self.find(_ROW_MARK.sub("", note_free(text)), ref, field)
        found = self._forms(text, ref, field, text)
        sides = _BILINGUAL.fullmatch(note_free(text)) if found is None else None
        if sides is not None:  # "Caerdydd / Cardiff": both names of one area, as StatsWales writes them
            both = {self._forms(side, ref, field, text) for side in sides.groups()}
            if len(both) == 1 and None not in both:
                return both.pop()
        typed = _TYPED.fullmatch(note_free(text)) if found is None else None
        if typed is None:
            return found
        name, kind = typed[1], typed[2]
        found = self._forms(name, ref, field, text)
        others = {self._forms(other, ref, field, text) for other in (kind, f"{kind} police", f"{kind} {name}",
                                                                      f"{name} {kind}", f"{name}, {kind} of")}
        others -= {None, found}
        if found is not None and others:
            self._refuse((found, *sorted(o for o in others if o)), ref, field, text)
        return found

    def _forms(self, text: str, ref: SourceRef | None, field: str, written: str) -> str | None:
        """The area ``text`` names in the closest form (see the module), or None; refused where two answer."""
        found = self._answering(text)
        if len(found) > 1:
            self._refuse(found, ref, field, written)
        return found[0] if found else None

    def _answering(self, text: str) -> tuple[str, ...]:
        """The areas ``text`` names in the closest form that names any."""
        return next((found for index, form in enumerate(name_forms(text))
                     if form and (found := self.forms[index].get(form, ()))), ())

    def with_parent(self, text: str) -> str | None:
        """The area named before a comma whose parent is named after it, as the Census Bureau names a county
        ("Autauga County, Alabama"), or None: read in a figures file's area cell only, where a cell names one
        area (media.csv's "Cheshire, North West" names two)."""
        head, _, tail = note_free(text).rpartition(",")
        parents = {name_forms(parent)[1] for parent in self._answering(tail)} if head.strip() else set()
        found = [name for name in self._answering(head) if name_forms(self.parents.get(name, ""))[1] in parents]
        return found[0] if len(found) == 1 else None

    def _refuse(self, found: tuple[str, ...], ref: SourceRef | None, field: str, written: str) -> NoReturn:
        both = " and ".join(f"{name!r} (areas.csv row {self.rows[name]}{self._as(name, written)})"
                            for name in found[:2])
        parted = " or ".join(repr(name) for name in found[:2] if name in self.parted)  # "Clay County, Missouri"
        raise InputError(f"could name {both}", source=ref, field=field, value=written,
                         expected="a name only one area answers to: " + (f"{parted} (areas.csv gives them one "
                         "name, told apart by their parents or codes), " if parted else "name the area as areas.csv "
                         "does, ") + "or give areas.csv a code column with the codes the file uses")

    def _as(self, name: str, written: str) -> str:
        """How ``written`` names the area where it is the area's name in another language: ", its name_cy"."""
        forms = set(name_forms(written)) - {""}
        if forms & set(name_forms(name)) or forms & set(name_forms(self.parted.get(name, ""))):
            return ""
        return next((f", its {column} {cell!r}" for column, cell in self.other.get(name, ())
                     if forms & set(name_forms(cell))), ", its in_text" if name in self.said.get(
                         name_forms(written)[1], ()) else "")

    def by_code(self, code: str) -> str | None:
        """The area whose code a cell of codes gives, in any form :func:`~drafter.load.area_codes.area_code`
        reads ("29-047", "1001" for 01001): only ever asked of a column of codes, never of a figure."""
        return self.codes.get(area_code(code)) if code.strip() else None

    def named(self, text: str, ref: SourceRef | None = None, field: str = "area") -> str | None:
        """The area a person names in a YAML file (quotes.yaml's ``areas:``): by its name in any form :meth:`find`
        reads, by its code (``E12000002``) or as its files are named (``north-west``); a name is never taken for
        another area's code or file name."""
        found = self.find(text, ref, field)
        return found if found is not None else self.by_code(text) or self.slugs.get(name_forms(text)[0])

    def typed(self, text: str, field: str) -> str | None:
        """The area a press officer names (``--area``): as :meth:`named` reads it, else as its releases print it,
        areas.csv's ``in_text`` ("the north west"); a name two areas print is refused, naming both."""
        found = self.named(text, None, field)
        said = () if found is not None or not name_forms(text)[1] else self.said.get(name_forms(text)[1], ())
        if len(said) > 1:
            self._refuse(said, None, field, text)
        return found or (said[0] if said else None)

    def near(self, written: str) -> str | None:
        """The area whose name ``written`` is close to (:data:`NEAR`): a slip, to ask "did you mean" about.

        >>> area = lambda name, slug: Area(name, slug, None, name, (), SourceRef("areas.csv"))
        >>> names = AreaNames.of((area("North West", "north-west"), area("Cheshire", "cheshire")))
        >>> [names.near(t) for t in ("Chesire", "Norht West", "North East", "Cheshire East")]
        ['Cheshire', 'North West', None, None]
        """
        known = self.spellings()
        form = name_forms(written)[0]
        near = (m for m in difflib.get_close_matches(form, known, n=3, cutoff=NEAR) if _slip(form.split(), m.split()))
        found = next(near, None)
        return known[found] if found else None

    def spellings(self) -> dict[str, str]:
        """Every form of every area's name, its code and its files' name, as :func:`name_forms` writes them → the
        area: what a slip is compared with, for "did you mean"."""
        found = dict(self.slugs) | {code.casefold(): name for code, name in self.codes.items()}
        for forms in reversed(self.forms):  # the name as written wins over a code or another form
            found |= {form: names[0] for form, names in forms.items() if form}
        return found


@dataclass
class AreaColumn:
    """How one file's rows name their area: the column of codes areas.csv's codes are in, if there is one, else
    the column of names (``name``). A row whose code names one area of areas.csv and whose name another is
    noted in ``mismatched`` (areas.csv's codes may be on the wrong rows); a name carrying the publisher's note
    mark ("Powys [note 3]") in ``noted``, for the note to be read before the figures are published."""

    names: AreaNames
    file: str
    name: str
    code: str | None = None
    mismatched: list[str] = field(default_factory=list)
    noted: list[str] = field(default_factory=list)
    heading: str = ""  # the column of names as the file's header spells it ("Area name"), for errors
    above: tuple[int, int, str, str] = (0, 0, "", "")  # the last row read, and the number, name and code of the
    # nearest row over it that has them, where the rows between leave them blank
    blank: InputError | None = None  # the first row of figures left blank under an area's, refused if one follows
    above_cells: dict[str, str] = field(default_factory=dict)  # the cells of the last row naming an area

    def refuse_blank(self, row: Row, figures: list[str]) -> None:
        """Refuse a row that gives ``figures`` (the cells of the columns read) and leaves its area blank, under a
        row of one of areas.csv's areas, as a publisher writes an area once over its rows ("Cardiff | Number |
        120", then " | Rate | 4.1"): it is most likely that area's, but drafter does not guess. It is refused once
        a later row names an area: a row left blank only under the table's last area is its total or a note, as
        unlabelled totals are, and is left out as any row naming no area is. (Cells a workbook merges down over
        such rows are each row's: :mod:`~drafter.load.xlsx`, :mod:`~drafter.load.ods`.) Every row is passed here,
        with ``figures`` empty for rows that are not read, so that a run of blank rows is followed to the row
        above it."""
        name, code = row.cells.get(self.name, ""), row.cells.get(self.code, "") if self.code else ""
        last, named, above_name, above_code = self.above
        if name or code or last != row.number - 1 or self._own_row(row):
            if self.blank is not None and (name or code) and self._names_area(name, code):
                raise self.blank
            self.above = (row.number, row.number, name, code)
            self.above_cells = row.cells
            return
        self.above = (row.number, named, above_name, above_code)
        if self.blank is not None or not any(any(c.isdigit() for c in cell) or is_marker(cell) for cell in figures):
            return
        if (area := self._names_area(above_name, above_code)) is not None:
            column = self.heading or self.name
            self.blank = InputError(f"is empty in a row of figures under {possessive(area)} (row {named})",
                                    source=row.ref(self.file, column), field=column,
                                    expected=f"the area in each row of its own: write {area} in this cell if the row "
                                    f"is {possessive(area)} (drafter does not take an empty cell as the area above it; "
                                    f"cells merged down over the rows in a workbook are read as each row's), or delete "
                                    "the row; a PivotTable leaves it empty unless, in Excel, PivotTable Design > "
                                    "Report Layout > Repeat All Item Labels is chosen before the sheet is saved")

    def _own_row(self, row: Row) -> bool:
        """Whether a row leaving its area cell empty is a row of its own, not one under the area above: a cell
        before the area's column says otherwise than the area's row does, as a tidy file's national and regional
        rows leave the local authority's name empty ("National" in geographic_level, where the rows above say
        "Local authority"). A row under an area leaves such cells empty, or repeats them."""
        before = list(row.cells)[:list(row.cells).index(self.name)] if self.name in row.cells else []
        return any(row.cells[c] and row.cells[c] != self.above_cells.get(c, "") for c in before)

    def _names_area(self, name: str, code: str) -> str | None:
        try:
            return self.names.by_code(code) if code else self.names.find(name)
        except InputError:
            return None

    def area(self, row: Row) -> tuple[str | None, str]:
        """The row's area and the cell that named it, as :meth:`_area` finds them, noting a note mark beside it."""
        area, shown = self._area(row)
        written = row.cells.get(self.name, "")
        mark = row_mark(written)
        if area is not None and (note_free(written) != written or mark):
            self.noted.append(f"{written!r} (row {row.number}{': ' + mark_meaning(mark) if mark else ''})")
        return area, shown

    def marks(self, row: Row) -> tuple[str, ...]:
        """The publisher's mark after the row's area name, for each of its figures: "Gwynedd [r]" is revised."""
        return tuple(filter(None, [row_mark(row.cells.get(self.name, ""))]))

    def _area(self, row: Row) -> tuple[str | None, str]:
        """The row's area (None where it names none in areas.csv), and the cell that named it or failed to (a
        note's first cell where the row has no area cell: "Notes", "[note 1] Figures are provisional"; a code
        areas.csv does not have with the name beside it: "England and Wales (K04000001)")."""
        written = row.cells.get(self.name, "")
        if self.code is None:
            shown = written or next((cell for cell in row.cells.values() if cell), "")
            return self.names.find(written, row.ref(self.file, self.heading or self.name), self.heading or self.name) \
                or self.names.with_parent(written) or total_of(written, self.names.find), shown  # "Calderdale total"
        code = row.cells.get(self.code, "")
        area = self.names.by_code(code)
        if area is None and written and self.code != self.name:  # an area areas.csv gives no code is named
            named = self.names.find(written, row.ref(self.file, self.heading or self.name), self.heading or self.name)
            area = named if named is not None and named not in self.names.coded else None
        if area is not None and written and self.code != self.name:
            try:
                named = self.names.find(written)
            except InputError:
                named = None
            if named is not None and named != area:
                self.mismatched.append(f"row {row.number}: {code} is {possessive(area)} code in areas.csv, but the "
                                       f"file names it {written!r}")
        return area, f"{written} ({code})" if area is None and code and written and written != code else code or written

    def notices(self) -> tuple[Warning, ...]:
        noted = list(dict.fromkeys(self.noted))
        what = "note or mark" if any(": " in n for n in noted) else "note"  # "'Gwynedd [r]' (row 8: revised)"
        marks = f"{self.file} marks {how_many(len(noted), 'area name')} with a {what}: {name_list(noted, 6)}"
        warned = () if not noted else (Warning("area_noted", f"{marks}; read what each {what} says before you "
                                                   "publish the area's figures"),)
        if not self.mismatched:
            return warned
        return (*warned, Warning("code_name_differs", f"{self.file} names another area of areas.csv than the code "
                                 f"beside it ({name_list(self.mismatched, 3)}); figures follow the codes: check "
                                "the codes in areas.csv"))


def _slip(words: list[str], area: list[str]) -> bool:
    """Whether each word is a slip of the area's word in its place (when there are as many of each)."""
    return len(words) != len(area) or all(difflib.SequenceMatcher(None, a, b).ratio() >= NEAR_WORD
                                          for a, b in zip(words, area, strict=True))


def row_mark(name: str) -> str:
    """The publisher's mark in square brackets after an area's name, for its row's figures ("[r]": revised), or
    "". One in round brackets is no mark: "Dartford (B)" is a borough, and "Kent (r)" no area.

    >>> row_mark("Gwynedd [r]"), row_mark("Powys [P] [note 2]"), row_mark("Dartford (B)"), row_mark("Kent (r)")
    ('[r]', '[p]', '', '')
    """
    found = _ROW_MARK.search(note_free(name))
    return f"[{found[1].lower()}]" if found else ""
