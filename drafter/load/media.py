"""media.csv: the newsdesks each area's release goes to (outlet, name, email, areas, language, attach).

Read like areas.csv (CSV as Excel saves it, XLSX or ODS), or as contact cards (media.vcf, :mod:`drafter.load.vcard`),
with the headings contact lists are exported with (:mod:`drafter.load.media_columns`), and checked in full before
anything is built: an address that is not an e-mail address, an area that is not in areas.csv, a contact listed
twice with two languages, a language or an attachment drafter does not know is one error line naming the file,
row, column, value and what was expected. A contact listed twice otherwise is sent each release once.
Drafting does not use the media list, but an area in it that areas.csv does not have (one taken out of the
campaign) is a warning there already (:func:`unknown_areas`), as nobody would be sent a release for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError
from drafter.fileio import kind
from drafter.load.area_names import AreaNames
from drafter.load.media_columns import (
    COLUMNS,
    MAX_NAMED,
    headings,
    read_media_rows,
    row_addresses,
    tag_names,
    unaddressed_warning,
    untagged_warning,
)
from drafter.load.vcard import read_vcard_rows
from drafter.model import Area, SourceRef, Warning

MEDIA = "media.csv"
WORKBOOKS = ("media.xlsx", "media.ods", "media.vcf")  # the list kept in Excel or LibreOffice Calc, or as contact
# cards, when there is no media.csv
LANGUAGES = {"en": ("en",), "cy": ("cy",), "both": ("en", "cy"),  # and as a press office writes them, in either:
             "english": ("en",), "welsh": ("cy",), "cymraeg": ("cy",), "gymraeg": ("cy",), "chymraeg": ("cy",),
             "saesneg": ("en",), "bilingual": ("en", "cy"), "dwyieithog": ("en", "cy")}
_BETWEEN = re.compile(r"\s*(?:[;,/&+]|\band\b|\ba\b|\bac\b)\s*")  # "English and Welsh", "Saesneg a Chymraeg"
ATTACH = ("docx", "pdf", "body")  # the Word file, its PDF, or the release in the message only


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


def missing(root: Path) -> InputError:
    """The error for a campaign folder with no media list, naming a file there that may be one under another
    name ("Media list.xlsx", "contacts.vcf", "media.xls") and what to call it."""
    taken = {"areas.csv", "figures.csv", MEDIA, *WORKBOOKS}
    near = sorted(path.name for path in root.iterdir() if path.suffix.lower() in (".csv", ".xlsx", ".ods", ".vcf",
                                                                                  ".xls", ".numbers")
                  and path.name.lower() not in taken and not path.name.startswith(("~$", "."))
                  and any(word in path.name.lower() for word in ("media", "contact", "press", "news", "desk")))
    rename = f"; rename {near[0]} to media{Path(near[0]).suffix.lower()}" if near else ""
    if near and Path(near[0]).suffix.lower() in (".xls", ".numbers"):
        rename = f"; open {near[0]} and save it as media.xlsx (or media.csv)"
    return InputError("file not found", source=SourceRef(MEDIA), expected="the media list in the campaign folder: "
                      "outlet, name, email, areas, language, attach (see docs/sending.md)" + rename)


def load_media(path: Path, display: str, areas: tuple[Area, ...], notices: list[Warning] | None = None
               ) -> tuple[MediaContact, ...]:
    """Every contact in media.csv, checked against the campaign's areas; ``notices`` is given the file's own
    warnings (a CSV file read as Windows-1252, not UTF-8), and the contacts who get nothing or are merged."""
    empty = ("lists no newsdesks yet", "a row for each newsdesk under the header: its outlet, email and the areas "
             "it covers (docs/sending.md)")
    table = read_vcard_rows(path, display, empty) if path.suffix.lower() == ".vcf" else \
        read_media_rows(path, display, empty)
    if notices is not None:
        notices.extend(table.notices)
    found = headings(table)
    heading = found.field
    col = {field: table.heading(heading[field]) if field in heading else field  # the list's own heading, as
           for field in COLUMNS}  # it spells it ("E-mail Address"), in error lines
    col["areas"] = table.heading(found.tags) if found.tags else col["areas"]
    names = _Places.of(areas)
    children: dict[str, list[str]] = {}
    for area in areas:
        if area.parent:
            children.setdefault(area.parent, []).append(area.name)
    contacts: dict[str, MediaContact] = {}  # by address, folded: a contact listed twice is sent each release once
    twice: list[str] = []
    unaddressed: list[tuple[int, str]] = []  # rows with no e-mail address: their number, and the contact's name
    untagged: list[tuple[int, str]] = []  # rows whose labels name none of the campaign's areas
    try:
        for row in table.rows:
            cells = {field: row.cells.get(column, "") for field, column in heading.items()}
            if found.name_parts:  # Outlook's export: First Name, Last Name
                cells["name"] = " ".join(row.cells.get(c, "") for c in found.name_parts).strip()
            emails = row_addresses(row, display, [(col["email"], cells.get("email", ""))]
                             + [(table.heading(c), row.cells.get(c, "")) for c in found.extra])
            who = cells.get("name", "") or cells.get("outlet", "")
            if not emails:  # a contact an address book exported with a phone number only: skipped, and said of
                unaddressed.append((row.number, who))
                continue
            ref = row.ref(display, col["areas"])
            covers = _tagged(row.cells.get(found.tags, ""), names, children, ref, col["areas"]) if found.tags \
                else _covers(cells["areas"], names, children, ref, col["areas"])
            if not covers:
                untagged.append((row.number, who or emails[0][0]))
                continue
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
            for email, pasted_name in emails:
                contact = MediaContact(cells.get("outlet", ""), cells.get("name", "") or pasted_name, email, covers,
                                       languages, attach, row.ref(display))
                first = contacts.get(email.lower())
                if first is not None:
                    contacts[email.lower()] = _merged(first, contact, col)
                    twice.append(f"{email} (rows {first.source.row} and {row.number})")
                else:
                    contacts[email.lower()] = contact
    except InputError as fault:
        table.finish()  # a fault in the file itself on a later row is reported first
        if fault.problem == "is not an area in areas.csv" and fault.source and not found.tags:
            _more_unknown(fault, unknown_areas(path, display, areas))
        raise
    if untagged and not contacts:
        raise InputError("names none of the campaign's areas on any row", source=SourceRef(display),
                         field=col["areas"], expected=f"an area from areas.csv in each newsdesk's {col['areas']}")
    if unaddressed and not contacts:
        raise InputError("is empty on every row", source=SourceRef(display), field=col["email"],
                         expected="each newsdesk's e-mail address, e.g. newsdesk@example.org, in that column")
    if notices is not None:
        if unaddressed:
            notices.append(unaddressed_warning(unaddressed, display, col["email"]))
        if untagged:
            notices.append(untagged_warning(untagged, display, col["areas"]))
        if twice:
            more = f" and {len(twice) - MAX_NAMED:,} more" if len(twice) > MAX_NAMED else ""
            notices.append(Warning("media", f"{display}: {', '.join(twice[:MAX_NAMED])}{more} listed twice: each "
                                   "is sent each release once, for the areas of both rows"))
    return tuple(contacts.values())


def _more_unknown(fault: InputError, found: tuple[Warning, ...]) -> None:
    """Name, in the error for the first area not in areas.csv, the other rows with one, so that a long list is put
    right in one go."""
    rows = sorted({int(number) for w in found for number in re.findall(r", row ([0-9]+):", w.message)}
                  - {fault.source.row if fault.source else 0})
    if rows:
        listed = ", ".join(map(str, rows[:10])) + f" and {len(rows) - 10:,} more" if len(rows) > 10 else \
            " and ".join(filter(None, [", ".join(map(str, rows[:-1])), str(rows[-1])]))
        many = len(rows) > 1
        fault.expected = f"{fault.expected}; row{'s' if many else ''} {listed} name{'' if many else 's'} an area " \
            "that is not in areas.csv too"
        fault.args = (fault.line(),)


def _merged(first: MediaContact, again: MediaContact, col: dict[str, str]) -> MediaContact:
    """A contact listed twice (in any capitals), as one: every area of both rows, when they agree on language
    and attachment; refused when they do not, as drafter cannot tell which row is right."""
    for field in ("languages", "attach"):
        if getattr(first, field) != getattr(again, field):
            column = col["language" if field == "languages" else field]
            raise InputError(f"is listed twice (first on row {first.source.row}), with a different {column}",
                             source=SourceRef(again.source.file, row=again.source.row, column=col["email"]),
                             field=col["email"], value=again.email,
                             expected=f"each contact once, with all their areas in one cell separated by ;, "
                             f"or the same {column} on both rows")
    covers = set(first.covers) | set(again.covers)
    order = [*first.covers, *again.covers]
    return MediaContact(first.outlet or again.outlet, first.name or again.name, first.email,
                        tuple(sorted(covers, key=order.index)), first.languages, first.attach, first.source)


def unknown_areas(path: Path, display: str, areas: tuple[Area, ...]) -> tuple[Warning, ...]:
    """A warning for each area a row of the media list names that is not in areas.csv (one taken out of the
    campaign, or a slip), for ``draft`` and ``preview``: nobody would be sent a release for it. Anything else
    wrong with the list, or with the file, is left for ``drafter send`` to refuse."""
    if kind(path) != "file" or path.suffix.lower() == ".vcf":  # a card's labels are not only areas
        return ()
    names = _Places.of(areas)
    found: list[Warning] = []
    try:
        table = read_media_rows(path, display)
        found += table.notices  # a media list read as Windows-1252
        column = headings(table).field.get("areas")  # not Mailchimp's REGION; labels may hold other things
        if column is None:
            return tuple(found)
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


@dataclass(frozen=True)
class _Places:
    """The areas a media list may name: as areas.csv's ``area`` column does, in any form :class:`AreaNames` reads
    (its name in another language too, ``name_cy``: "Swydd Gaer" for Cheshire, as a Welsh desk's list may have
    them), or by its council's name ("Vale of Glamorgan Council")."""

    names: AreaNames

    @classmethod
    def of(cls, areas: tuple[Area, ...]) -> _Places:
        return cls(AreaNames.of(areas))

    def find(self, text: str, ref: SourceRef | None = None, field: str = "areas") -> str | None:
        found = self.names.find(text, ref, field)
        bare = _COUNCIL.sub("", text).strip()  # "City and County of Cardiff", "Vale of Glamorgan Council"
        return found if found is not None or not bare or bare == text.strip() else self.find(bare, ref, field)


# The words of a council's name around its area's, as a list of local newsdesks often names their patch.
_COUNCIL = re.compile(r"^(?:the\s+)?(?:city\s+and\s+county|county\s+borough|city|county|borough)\s+of\s+"
                      r"|\s+(?:city\s+and\s+county\s+|county\s+borough\s+|county\s+|city\s+|borough\s+)?council$",
                      re.IGNORECASE)


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
            near = names.names.near(written)
            raise InputError("is not an area in areas.csv", source=ref, field=field, value=written,
                             expected="area names from areas.csv separated by ;, a parent area, or all"
                             + (f"; did you mean {near!r}?" if near else f"; if the campaign does not cover "
                                f"{written}, take it out of the row"))
        chosen |= _within(name, children)
    return tuple(name for name in order if name in chosen)


def _within(name: str, children: dict[str, list[str]]) -> set[str]:
    """An area and, for a parent, its areas and theirs (areas.csv has no loops: load_areas refuses them)."""
    chosen, todo = set(), [name]
    while todo:
        current = todo.pop()
        chosen.add(current)
        todo.extend(children.get(current, ()))
    return chosen


def _tagged(cell: str, names: _Places, children: dict[str, list[str]], ref: SourceRef, field: str
            ) -> tuple[str, ...]:
    """The areas a cell of labels names (Outlook's Categories, Google's Labels, Mailchimp's TAGS), which may hold
    other labels too ("Media", "VIP"): those are passed over, but a label that looks like a slip of an area's
    name ("Cardif") is refused, so that nobody misses a release for a typing slip."""
    chosen: set[str] = set()
    for written in tag_names(cell):
        name = "all" if written.casefold() == "all" else names.find(written, ref, field)
        if name is None:
            near = names.names.near(written)
            if near:
                raise InputError("is not an area in areas.csv", source=ref, field=field, value=written,
                                 expected=f"an area's name as areas.csv spells it: did you mean {near!r}?")
            continue
        chosen |= set(names.names.rows) if name == "all" else _within(name, children)
    return tuple(name for name in names.names.rows if name in chosen)


def _parts(written: str, names: _Places, ref: SourceRef | None = None, field: str = "areas") -> list[str]:
    """The areas in one name of an areas cell: the name itself, or, when it is no area but the names around a
    ``/``, ``,``, ``|``, ``&`` or ``and`` each are ("Cumbria / Lancashire", as a list typed in Excel often has them),
    those names. A
    name with a ``/`` or ``,`` in it ("Isle of Anglesey / Ynys Môn", "Bristol, City of") stays one name."""
    if written.casefold() == "all" or names.find(written, ref, field) is not None:
        return [written]
    for mark in ("/", ",", "|", "&", " and ", " "):  # "Cardiff & Swansea"; "Cardiff Swansea", typed on two lines
        # of an Excel cell (Alt+Enter), read as one line
        parts = [part.strip() for part in written.split(mark) if part.strip()]
        if len(parts) > 1 and all(part.casefold() == "all" or names.find(part, ref, field) is not None
                                  for part in parts):
            return parts
        if mark == "," and len(parts) > 2 and (grouped := _comma_names(parts, names, ref, field)):
            return grouped  # "Belfast, Newry, Mourne and Down": Belfast and Newry, Mourne and Down
    return [written]


def _comma_names(parts: list[str], names: _Places, ref: SourceRef | None, field: str) -> list[str]:
    """``parts``, split at commas, joined again into areas whose names have commas, longest first; [] if none do."""
    for end in range(len(parts), 0, -1):
        if names.find(", ".join(parts[:end]), ref, field) is not None:
            rest = _comma_names(parts[end:], names, ref, field) if end < len(parts) else []
            if end == len(parts) or rest:
                return [", ".join(parts[:end]), *rest]
    return []


def _written(cell: str) -> list[str]:
    """The names in an areas cell, separated by ``;``."""
    return [name.strip() for name in cell.split(";") if name.strip()]
