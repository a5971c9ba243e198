"""media.csv: the newsdesks each area's release goes to (outlet, name, email, areas, language, attach).

Read like areas.csv (CSV as Excel saves it, XLSX or ODS), or as contact cards (media.vcf, :mod:`drafter.load.vcard`),
with the headings contact lists are exported with (:mod:`drafter.load.media_columns`), and checked in full before
anything is built: an address that is not an e-mail address, a slip for an area's name, a contact listed twice
with two languages, a language or an attachment drafter does not know is one error line naming the file, row,
column, value and what was expected. A contact listed twice otherwise is sent each release once. One list serves
every campaign: a contact for areas this campaign does not cover is left out, said once
(:mod:`drafter.load.media_areas`). Drafting does not use the media list, but reads it with :func:`load_media` too,
to warn of those contacts and of each slip there already (:mod:`drafter.load.media_warnings`).
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError, name_list
from drafter.fileio import capitals_hint, kind
from drafter.load.media_areas import LeftOut, Places, covers, left_once, left_out_warning, tagged
from drafter.load.media_columns import (
    COLUMNS,
    MAX_NAMED,
    OPT_IN,
    Headings,
    headings,
    read_media_rows,
    row_addresses,
    row_word,
    unaddressed_warning,
    untagged_warning,
)
from drafter.load.media_places import located, opted_out, opted_warning, placed_warnings
from drafter.load.table import Row, RowStream
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
    why: str = ""  # for a contact sent by where a media database says it is: "its County is Cheshire"


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
                      "outlet, name, email, areas, language, attach (see docs/sending.md)" +
                      (capitals_hint(root / MEDIA) or rename))


def load_media(path: Path, display: str, areas: tuple[Area, ...], notices: list[Warning] | None = None,
               left_out: list[LeftOut] | None = None, slips: list[tuple[int, str, str, str]] | None = None
               ) -> tuple[MediaContact, ...]:
    """Every contact in media.csv, checked against the campaign's areas; ``notices`` is given the file's own
    warnings (a CSV file read as Windows-1252, not UTF-8), and the contacts who get nothing or are merged;
    ``left_out`` the contacts for areas the campaign does not cover (:mod:`drafter.load.media_areas`).

    Given ``slips``, the list is read as ``drafter draft`` reads it, to warn before anything is sent: a slip for an
    area's name is added there (its row, column, the name and the area) and warned of, not refused, and a row with
    another fault (a language drafter does not send in) is passed over, for ``drafter send`` to refuse."""
    empty = ("lists no newsdesks yet", "a row for each newsdesk under the header: its outlet, email and the areas "
             "it covers (docs/sending.md)")
    if path.suffix.lower() == ".vcf":  # contact cards, whose reader is imported only for them (ARCHITECTURE.md)
        from drafter.load.vcard import read_vcard_rows

        table = read_vcard_rows(path, display, empty)
    else:
        table = read_media_rows(path, display, empty)
    if notices is not None:
        notices.extend(table.notices)
    found = headings(table)
    heading = found.field
    col = {field: table.heading(heading[field]) if field in heading else field  # the list's own heading, as
           for field in COLUMNS}  # it spells it ("E-mail Address"), in error lines
    col["areas"] = table.heading(found.tags) if found.tags else col["areas"]
    places = Places.of(areas)
    contacts: dict[str, MediaContact] = {}  # by address, folded: a contact listed twice is sent each release once
    twice: list[str] = []
    unaddressed: list[tuple[int, str]] = []  # rows with no e-mail address: their number, and the contact's name
    untagged: list[tuple[int, str]] = []  # rows whose labels name none of the campaign's areas
    left: list[LeftOut] = []  # rows for areas the campaign does not cover
    opted: list[LeftOut] = []  # rows marked "Do Not Contact": their addresses are sent nothing on any row
    try:
        for row in table.rows:
            cells = {field: row.cells.get(column, "") for field, column in heading.items()}
            if found.name_parts:  # Outlook's export: First Name, Last Name
                cells["name"] = " ".join(row.cells.get(c, "") for c in found.name_parts).strip()
            try:
                emails = _row_emails(row, cells, found, table, display, col)
                if not emails:  # a contact an address book exported with a phone number only: skipped, and said of
                    unaddressed.append((row.number, cells.get("name", "") or cells.get("outlet", "")))
                    continue
                who = cells.get("name", "") or cells.get("outlet", "")
                marked = next((c for c in found.opt_out if opted_out(row.cells.get(c, ""), OPT_IN)), None)
                if marked is not None:
                    opted.append(LeftOut(row.number, cells.get("outlet", ""), who, tuple(e for e, _ in emails),
                                         reason=f"{table.heading(marked)} is marked on row {row.number}"))
                    continue
                mine: list[tuple[str, str, str]] | None = [] if slips is not None else None
                covered, outside, why = _row_areas(row, cells, found, places, table, display, col, mine)
                if slips is not None and mine:
                    slips.extend((row.number, *slip) for slip in mine)
                    if not covered:
                        continue  # drafter send refuses the row: not also said to be sent nothing
                if outside and not covered:
                    left.append(LeftOut(row.number, cells.get("outlet", ""), who, tuple(e for e, _ in emails), outside))
                    continue
                if not covered:
                    untagged.append((row.number, who or emails[0][0]))
                    continue
                languages, attach = _sent_as(row, cells, display, col)
                for email, pasted_name in emails:
                    contact = MediaContact(cells.get("outlet", ""), cells.get("name", "") or pasted_name, email,
                                           covered, languages, attach, row.ref(display), why)
                    first = contacts.get(email.lower())
                    if first is not None:
                        contacts[email.lower()] = _merged(first, contact, col)
                        twice.append(f"{email} ({row_word(display)}s {first.source.row} and {row.number})")
                    else:
                        contacts[email.lower()] = contact
            except InputError:
                if slips is None:
                    raise  # drafting passes over a row drafter send refuses, and reads on
    except InputError as fault:
        table.finish()  # a fault in the file itself on a later row is reported first
        if fault.problem.startswith("is not an area in areas.csv but") and fault.source:
            more: list[tuple[int, str, str, str]] = []
            with suppress(InputError):
                load_media(path, display, areas, slips=more)
            _more_slips(fault, more)
        raise
    barred = {e.lower() for gone in opted for e in gone.emails}  # opted out on one row: on none sent anything
    contacts = {key: contact for key, contact in contacts.items() if key not in barred}
    twice = [entry for entry in twice if entry.split(" (")[0].lower() not in barred]
    left = left_once([gone for gone in left if not barred.issuperset(e.lower() for e in gone.emails)],
                     set(contacts))  # not a contact sent a release on another row, nor one twice
    if (untagged or left or opted) and not contacts:
        raise InputError("names none of the campaign's areas on any row", source=SourceRef(display),
                         field=col["areas"], expected=f"an area from areas.csv in each newsdesk's {col['areas']}")
    if unaddressed and not contacts:
        raise InputError("is empty on every row", source=SourceRef(display), field=col["email"],
                         expected="each newsdesk's e-mail address, e.g. newsdesk@example.org, in that column")
    if notices is not None:
        notices.extend(slip_warning(slip, display) for slip in slips or ())
        if unaddressed:
            notices.append(unaddressed_warning(unaddressed, display, col["email"]))
        if untagged and not found.places:
            notices.append(untagged_warning(untagged, display, col["areas"]))
        if left and not found.places:
            notices.append(left_out_warning(left, display, places))
        if found.places:
            notices.extend(placed_warnings(untagged, left_out_warning(left, display, places, "place") if left else None,
                                           display, [table.heading(c) for c in found.places]))
        if opted:
            notices.append(opted_warning(opted, display))
        if twice:
            both = "cards" if row_word(display) == "line" else "rows"
            notices.append(Warning("media", f"{display}: {name_list(twice, MAX_NAMED)} listed twice: each "
                                   f"is sent each release once, for the areas of both {both}"))
    if left_out is not None:
        left_out.extend([*left, *opted])
    return tuple(contacts.values())


def _row_emails(row: Row, cells: dict[str, str], found: Headings, table: RowStream, display: str,
                col: dict[str, str]) -> list[tuple[str, str]]:
    """Each address of a row, with the name pasted with it: its e-mail cells', or, where they are empty, its outlet's
    (Vuelio's Outlet Email, on a newsdesk's own row)."""
    given = [(col["email"], cells.get("email", "")), *((table.heading(c), row.cells.get(c, "")) for c in found.extra)]
    if found.outlet_email and not any(cell.strip() for _, cell in given):
        given.append((table.heading(found.outlet_email), row.cells.get(found.outlet_email, "")))
    return row_addresses(row, display, given)


def _row_areas(row: Row, cells: dict[str, str], found: Headings, places: Places, table: RowStream, display: str,
               col: dict[str, str], slips: list[tuple[str, str, str]] | None
               ) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """The areas a row is sent, the names in it of areas the campaign does not cover, and why, when it is sent by
    where the contact is: its labels (Outlook's Categories) where they name an area, else its areas cell, else, where
    that is empty or missing, its place columns (a media database's County, Outlook's Business City)."""
    ref = row.ref(display, col["areas"])
    covered = tagged(row.cells.get(found.tags, ""), places, ref, col["areas"], slips) if found.tags else ()
    if found.tags and (covered or not found.places):
        return covered, (), ""
    if found.places and not cells.get("areas", "").strip():
        return located(row, found.places, places, display, {c: table.heading(c) for c in found.places}, slips)
    return (*covers(cells["areas"], places, ref, col["areas"], slips), "")


def _sent_as(row: Row, cells: dict[str, str], display: str, col: dict[str, str]) -> tuple[tuple[str, ...], str]:
    """The languages a row's contact is sent and how the release is attached, or an error naming the cell."""
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
    return languages, attach


def slip_warning(slip: tuple[int, str, str, str], display: str) -> Warning:
    """The warning ``drafter draft`` gives of a slip for an area's name (its row, column, the name and the area),
    which ``drafter send`` refuses."""
    row, column, written, area = slip
    return Warning("media_unknown_area", f"{display}, {row_word(display)} {row}: {column}: {written!r} is not in "
                   f"areas.csv but looks like a slip for {area}, an area of this campaign; correct it (did you mean "
                   f"{area!r}?), as drafter send refuses the list until then")


def _more_slips(fault: InputError, slips: list[tuple[int, str, str, str]]) -> None:
    """Name, in the error for the first slip for an area's name, the other rows with one, so that a long list is
    put right in one go."""
    rows = sorted({slip[0] for slip in slips} - {fault.source.row if fault.source else 0})
    if rows:
        many = len(rows) > 1
        named = name_list([str(r) for r in rows], 10, and_word="and")
        fault.expected = f"{fault.expected}; row{'s' if many else ''} {named} " \
            f"{'have' if many else 'has'} a slip for an area's name too"
        fault.args = (fault.line(),)


def _merged(first: MediaContact, again: MediaContact, col: dict[str, str]) -> MediaContact:
    """A contact listed twice (in any capitals), as one: every area of both rows, when they agree on language
    and attachment; refused when they do not, as drafter cannot tell which row is right."""
    for field in ("languages", "attach"):
        if getattr(first, field) != getattr(again, field):
            column = col["language" if field == "languages" else field]
            raise InputError(f"is listed twice (first on {row_word(again.source.file)} {first.source.row}), with a "
                             f"different {column}",
                             source=SourceRef(again.source.file, row=again.source.row, column=col["email"]),
                             field=col["email"], value=again.email,
                             expected=f"each contact once, with all their areas in one cell separated by ;, "
                             f"or the same {column} on both rows")
    covers = set(first.covers) | set(again.covers)
    order = [*first.covers, *again.covers]
    why = "; ".join(dict.fromkeys(w for w in (first.why, again.why) if w))
    return MediaContact(first.outlet or again.outlet, first.name or again.name, first.email,
                        tuple(sorted(covers, key=order.index)), first.languages, first.attach, first.source, why)


def languages_of(cell: str) -> tuple[str, ...] | None:
    """The languages a ``language`` cell asks for, in either language's words and as a locale, or None when it
    names one drafter does not send in; empty for an empty cell (every language the campaign is published in).

    >>> [languages_of(t) for t in ("", "Cymraeg", "Saesneg a Chymraeg", "cy_GB", "Welsh only", "en; cy", "French")]
    [(), ('cy',), ('en', 'cy'), ('cy',), ('cy',), ('en', 'cy'), None]
    """
    from drafter.style.lang import languages  # as area_scope.without_only: each language's word for "only"

    only = "|".join(re.escape(word) for language in languages().values() for word in language.only_words)
    text = re.sub(rf"\b(?:{only})\b", " ", cell.casefold())
    if not text.strip():
        return () if not cell.strip() else None
    found: set[str] = set()
    for part in _BETWEEN.split(text.strip()):
        word = re.sub(r"^([a-z]{2})[-_][a-z]{2}$", r"\1", part.strip())  # cy_GB, en-GB: a locale
        if word not in LANGUAGES:
            return None
        found.update(LANGUAGES[word])
    return tuple(code for code in ("en", "cy") if code in found)
