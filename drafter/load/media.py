"""media.csv: the newsdesks each area's release goes to (outlet, name, email, areas, language, attach).

Read like areas.csv (CSV as Excel saves it, or XLSX) and checked in full before anything is built: an address
that is not an e-mail address, an area that is not in areas.csv, a contact listed twice, a language or an
attachment drafter does not know is one error line naming the file, row, column, value and what was expected.
Drafting does not use the media list, but an area in it that areas.csv does not have (one taken out of the
campaign) is a warning there already (:func:`unknown_areas`), as nobody would be sent a release for it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path

from drafter.errors import InputError
from drafter.fileio import kind
from drafter.load.area_names import AreaNames, name_forms
from drafter.load.table import RowStream, read_rows
from drafter.model import Area, SourceRef, Warning

MEDIA = "media.csv"
WORKBOOKS = ("media.xlsx", "media.ods")  # the list kept in Excel or LibreOffice Calc, when there is no media.csv
COLUMNS = ("outlet", "name", "email", "areas", "language", "attach")
LANGUAGES = {"en": ("en",), "cy": ("cy",), "both": ("en", "cy"),  # and as a press office writes them, in either:
             "english": ("en",), "welsh": ("cy",), "cymraeg": ("cy",), "gymraeg": ("cy",), "chymraeg": ("cy",),
             "saesneg": ("en",), "bilingual": ("en", "cy"), "dwyieithog": ("en", "cy")}
_BETWEEN = re.compile(r"\s*(?:[;,/&+]|\band\b|\ba\b|\bac\b)\s*")  # "English and Welsh", "Saesneg a Chymraeg"
# The headings contact lists exported from Outlook, Google Contacts or a media database give drafter's columns.
ALIASES = {"outlet": ("company", "organisation", "organization", "organization name", "organization 1 - name",
                      "publication", "media outlet", "outlet name"),
           "name": ("full name", "display name", "contact", "contact name"),
           "email": ("e-mail", "e-mail address", "email address", "e-mail 1 - value", "email 1 - value",
                     "e-mail 1 address"),
           "areas": ("area", "region", "regions", "patch"),
           "language": ("languages",), "attach": ("attachment",)}
ATTACH = ("docx", "pdf", "body")  # the Word file, its PDF, or the release in the message only
# An address as newsdesks have them: letters, digits and the usual signs before the @; a domain with a dot.
_ADDRESS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                      r"@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+")




@dataclass(frozen=True)
class MediaContact:
    """One row of media.csv, checked: ``covers`` is every area it gets, a parent's areas included."""

    outlet: str
    name: str
    email: str
    covers: tuple[str, ...]  # area names, in areas.csv's order
    languages: tuple[str, ...]  # "en", "cy"; empty: every language the campaign is published in
    attach: str  # "docx", "pdf" or "body"
    source: SourceRef


def media_name(root: Path, strict: bool = True) -> str:
    """The media list's file in the campaign folder: media.csv, or media.xlsx or media.ods when that is the only
    one there (a workbook beside a media.csv is refused, so that neither is passed over without a word)."""
    present = [name for name in (MEDIA, *WORKBOOKS) if kind(root / name) is not None]
    if len(present) > 1 and strict:
        raise InputError(f"the campaign folder has both {present[0]} and {present[1]}", source=SourceRef(present[1]),
                         expected="one media list: take the other out of the folder")
    return present[0] if present else MEDIA


def load_media(path: Path, display: str, areas: tuple[Area, ...], notices: list[Warning] | None = None
               ) -> tuple[MediaContact, ...]:
    """Every contact in media.csv, checked against the campaign's areas; ``notices`` is given the file's own
    warnings (a CSV file read as Windows-1252, not UTF-8)."""
    table = read_rows(path, display, empty=("lists no newsdesks yet", "a row for each newsdesk under the header: "
                                            "its outlet, email and the areas it covers (docs/sending.md)"))
    if notices is not None:
        notices.extend(table.notices)
    heading = _headings(table, display)
    col = {field: table.heading(heading[field]) if field in heading else field  # the list's own heading, as
           for field in COLUMNS}  # it spells it ("E-mail Address"), in error lines
    names = _Places.of(areas)
    children: dict[str, list[str]] = {}
    for area in areas:
        if area.parent:
            children.setdefault(area.parent, []).append(area.name)
    seen: dict[str, int] = {}
    contacts = []
    unaddressed: list[tuple[int, str]] = []  # rows with no e-mail address: their number, and the contact's name
    try:
        for row in table.rows:
            cells = {field: row.cells.get(column, "") for field, column in heading.items()}
            if "name" not in heading:  # Outlook's export: First Name, Last Name
                cells["name"] = " ".join(row.cells.get(c, "") for c in ("first name", "last name")).strip()
            email, pasted_name = _address(cells["email"])
            if not email:  # a contact an address book exported with a phone number only: skipped, and said of
                unaddressed.append((row.number, cells.get("name", "") or cells["outlet"]))
                continue
            if not is_address(email):
                several = email.count("@") > 1  # a CRM's cell of every address the outlet has
                raise InputError("holds several addresses" if several else "is not an e-mail address",
                                 source=row.ref(display, col["email"]), field=col["email"], value=email,
                                 expected=("one address per row: give each its own row, with the same outlet and "
                                           "areas") if several else "an address such as newsdesk@example.org")
            key = email.lower()
            if key in seen:
                raise InputError(f"is listed twice (first on row {seen[key]})", source=row.ref(display, col["email"]),
                                 field=col["email"], value=email,
                                 expected="each contact once, with all their areas in one cell separated by ;")
            seen[key] = row.number
            if not cells["outlet"]:
                raise InputError("is empty", source=row.ref(display, col["outlet"]), field=col["outlet"],
                                 expected="the newspaper, station or website, e.g. Cheshire Echo")
            covers = _covers(cells["areas"], names, children, row.ref(display, col["areas"]), col["areas"])
            languages = languages_of(cells.get("language", ""))
            if languages is None:
                raise InputError("is not a language drafter sends in", source=row.ref(display, col["language"]),
                                 field=col["language"], value=cells["language"],
                                 expected="en (or English), cy (or Welsh), both, or empty")
            attach = cells.get("attach", "").lower() or "docx"
            if attach not in ATTACH:
                raise InputError("is not a way to send the release", source=row.ref(display, col["attach"]),
                                 field=col["attach"], value=cells["attach"],
                                 expected="docx, pdf or body (the release in the message only)")
            contacts.append(MediaContact(cells["outlet"], cells.get("name", "") or pasted_name, email, covers,
                                         languages, attach, row.ref(display)))
    except InputError:
        table.finish()  # a fault in the file itself on a later row is reported first
        raise
    if unaddressed and not contacts:
        raise InputError("is empty on every row", source=SourceRef(display), field=col["email"],
                         expected="each newsdesk's e-mail address, e.g. newsdesk@example.org, in that column")
    if unaddressed and notices is not None:
        notices.append(_unaddressed(unaddressed, display, col["email"]))
    return tuple(contacts)


def _unaddressed(rows: list[tuple[int, str]], display: str, column: str) -> Warning:
    """One warning for every contact without an e-mail address (an address book's export has them), who is sent
    nothing: their rows and names (or outlets), and what to do."""
    many = len(rows) > 1
    numbers = ", ".join(str(number) for number, _ in rows[:10]) + ", …" if len(rows) > 10 else \
        " and ".join([", ".join(str(number) for number, _ in rows[:-1]), str(rows[-1][0])]) if many else str(rows[0][0])
    names = [name or f"the contact on row {number}" for number, name in rows]
    named = ", ".join(names[:5]) + f" and {len(names) - 5:,} more" if len(names) > 5 else \
        " and ".join([", ".join(names[:-1]), names[-1]]) if many else names[0]
    return Warning("media", f"{display}, row{'s' if many else ''} {numbers}: {column} is empty, so {named} "
                   f"{'are' if many else 'is'} sent nothing; add {'their' if many else 'the'} e-mail "
                   f"address{'es' if many else ''}, or take {'those rows' if many else 'the row'} out of {display}")


def _headings(table: RowStream, display: str) -> dict[str, str]:
    """Which column of the list holds each of drafter's: its own name or a contact export's heading for it
    ("E-mail Address"). Other columns (a phone number, notes) are left unread, unless one looks like a slip of
    a column drafter reads that the list lacks ("langauge"), which would otherwise be left unread unnoticed."""
    heading: dict[str, str] = {}
    for column in table.columns:
        field = next((f for f in COLUMNS if column == f or column in ALIASES[f]), None)
        if field is None:
            continue
        if field in heading:
            raise InputError(f"and {table.heading(heading[field])!r} both give the contact's {field}",
                             source=table.header_ref(column), field="header", value=table.heading(column),
                             expected="one column for each: take one out or rename it")
        heading[field] = column
    for column in table.columns:
        if column not in heading.values():
            slip = difflib.get_close_matches(column, [f for f in COLUMNS if f not in heading], n=1, cutoff=0.75)
            if slip:
                raise InputError("is not a media list column", source=table.header_ref(column), field="header",
                                 value=table.heading(column), expected=f"did you mean {slip[0]!r}?")
    for field in ("outlet", "email", "areas"):
        if field not in heading:
            raise InputError("is missing from the header", source=table.header_ref(), field="header", value=field,
                             expected=f"a column {field} (or {', '.join(ALIASES[field][:3])}); the header row has "
                             + ", ".join(table.heading(column) for column in table.columns))
    return heading


def unknown_areas(path: Path, display: str, areas: tuple[Area, ...]) -> tuple[Warning, ...]:
    """A warning for each area a row of the media list names that is not in areas.csv (one taken out of the
    campaign, or a slip), for ``draft`` and ``preview``: nobody would be sent a release for it. Anything else
    wrong with the list, or with the file, is left for ``drafter send`` to refuse."""
    if kind(path) != "file":
        return ()
    names = _Places.of(areas)
    found: list[Warning] = []
    try:
        table = read_rows(path, display)
        found += table.notices  # a media list read as Windows-1252
        column = next((c for c in table.columns if c == "areas" or c in ALIASES["areas"]), None)
        if column is None:
            return ()
        for row in table.rows:
            for written in (part for name in _written(row.cells.get(column, "")) for part in _parts(name, names)):
                if written.casefold() != "all" and names.find(written) is None:
                    near = names.names.near(written)
                    fix = f"correct it (did you mean {near!r}?)" if near else "correct it"
                    found.append(Warning("media_unknown_area", f"{display}, row {row.number}: areas: {written!r} is "
                                         f"not in areas.csv, so nobody will be sent a release for it; {fix} or take "
                                         "it out of the row (drafter send refuses the list until then)"))
    except InputError:  # an area two of areas.csv's answer to, or a fault in the file: drafter send says
        pass
    return tuple(found)


def languages_of(cell: str) -> tuple[str, ...] | None:
    """The languages a ``language`` cell asks for, in either language's words and as a locale, or None when it
    names one drafter does not send in; empty for an empty cell (every language the campaign is published in).

    >>> [languages_of(t) for t in ("", "Cymraeg", "Saesneg a Chymraeg", "cy_GB", "Welsh only", "en; cy", "French")]
    [(), ('cy',), ('en', 'cy'), ('cy',), ('cy',), ('en', 'cy'), None]
    """
    text = re.sub(r"\b(?:only|yn unig)\b", " ", cell.casefold())
    if not text.strip():
        return () if not cell.strip() else None
    found: set[str] = set()
    for part in _BETWEEN.split(text.strip()):
        word = re.sub(r"^([a-z]{2})[-_][a-z]{2}$", r"\1", part.strip())  # cy_GB, en-GB: a locale
        if word not in LANGUAGES:
            return None
        found.update(LANGUAGES[word])
    return tuple(code for code in ("en", "cy") if code in found)


def is_address(text: str) -> bool:
    """Whether ``text`` is an e-mail address drafter sends to (or from).

    >>> is_address("newsdesk@example.org"), is_address("newsdesk@example"), is_address("a b@example.org")
    (True, False, False)
    """
    return len(text) <= 254 and _ADDRESS.fullmatch(text) is not None


def _address(cell: str) -> tuple[str, str]:
    """The address in an e-mail cell, and the name pasted with it: Outlook copies a contact as
    ``Newsdesk <newsdesk@example.org>`` (with a ``;`` after it from a To line), an older Outlook as
    ``Newsdesk [mailto:newsdesk@example.org]``. A cell that is not in such a form is the address as written.

    >>> _address("Cheshire Echo Newsdesk <newsdesk@example.org>;"), _address("mailto:newsdesk@example.org")
    (('newsdesk@example.org', 'Cheshire Echo Newsdesk'), ('newsdesk@example.org', ''))
    >>> _address("Jo Bloggs [mailto:jo@example.org]"), _address("jo@example.org (Jo Bloggs)")
    (('jo@example.org', 'Jo Bloggs'), ('jo@example.org', 'Jo Bloggs'))
    """
    text = re.sub(r"^mailto:", "", cell.strip().rstrip(";,").strip(), flags=re.IGNORECASE)  # a link copied
    text = re.sub(r"\[mailto:([^\]]*)\]$", r"<\1>", text, flags=re.IGNORECASE)
    if text.endswith((">", ")")) and ("<" in text or "(" in text):
        name, address = parseaddr(text)
        if address and is_address(address):
            return address, name.strip()
    return text, ""


@dataclass(frozen=True)
class _Places:
    """The areas a media list may name: as areas.csv's ``area`` column does, in any form :class:`AreaNames` reads,
    or by the area's name in another language (``name_cy``: "Swydd Gaer" for Cheshire), as a Welsh desk's list
    may have them."""

    names: AreaNames
    other: dict[str, str]  # an area's name in another language, folded, and the area

    @classmethod
    def of(cls, areas: tuple[Area, ...]) -> _Places:
        other = {name_forms(cell)[0]: area.name for area in areas for column, cell in area.extra
                 if column.startswith("name_") and cell.strip()}
        return cls(AreaNames.of(areas), other)

    def find(self, text: str, ref: SourceRef | None = None, field: str = "areas") -> str | None:
        found = self.names.find(text, ref, field)
        return found if found is not None else self.other.get(name_forms(text)[0])


def _covers(cell: str, names: _Places, children: dict[str, list[str]], ref: SourceRef, field: str = "areas"
            ) -> tuple[str, ...]:
    """The areas a cell names (separated by ;, or by / or , where the name is no area but each part is): an
    area, a parent (itself and all its areas), or ``all``."""
    written_names = _written(cell)
    if not written_names:
        raise InputError("is empty", source=ref, field=field,
                         expected="area names from areas.csv separated by ;, a parent area, or all")
    chosen: set[str] = set()
    order = list(names.names.rows)
    for written in (part for cell_name in written_names for part in _parts(cell_name, names, ref, field)):
        if written.casefold() == "all":
            chosen.update(order)
            continue
        name = names.find(written, ref, field)  # "CHESHIRE" is Cheshire, as in figures.csv
        if name is None:
            raise InputError("is not an area in areas.csv", source=ref, field=field, value=written,
                             expected="area names from areas.csv separated by ;, a parent area, or all"
                             + (f"; did you mean {near!r}?" if (near := names.names.near(written)) else ""))
        todo = [name]
        while todo:  # a parent's areas, and theirs (areas.csv has no loops: load_areas refuses them)
            current = todo.pop()
            chosen.add(current)
            todo.extend(children.get(current, ()))
    return tuple(name for name in order if name in chosen)


def _parts(written: str, names: _Places, ref: SourceRef | None = None, field: str = "areas") -> list[str]:
    """The areas in one name of an areas cell: the name itself, or, when it is no area but the names around a
    ``/`` or ``,`` each are ("Cumbria / Lancashire", as a list typed in Excel often has them), those names. A
    name with a ``/`` or ``,`` in it ("Isle of Anglesey / Ynys Môn", "Bristol, City of") stays one name."""
    if written.casefold() == "all" or names.find(written, ref, field) is not None:
        return [written]
    for mark in ("/", ","):
        parts = [part.strip() for part in written.split(mark) if part.strip()]
        if len(parts) > 1 and all(part.casefold() == "all" or names.find(part, ref, field) is not None
                                  for part in parts):
            return parts
    return [written]


def _written(cell: str) -> list[str]:
    """The names in an areas cell, separated by ``;``."""
    return [name.strip() for name in cell.split(";") if name.strip()]
