"""media.csv: the newsdesks each area's release goes to (outlet, name, email, areas, language, attach).

Read like areas.csv (CSV as Excel saves it, XLSX or ODS), or as contact cards (media.vcf, :mod:`drafter.load.vcard`),
with the headings contact lists are exported with (:mod:`drafter.load.media_columns`), and checked in full before
anything is built: an address that is not an e-mail address, a slip for an area's name, a contact listed twice
with two languages, a language or an attachment drafter does not know is one error line naming the file, row,
column, value and what was expected. A contact listed twice otherwise is sent each release once. One list serves
every campaign: a contact for areas this campaign does not cover is left out, said once
(:mod:`drafter.load.media_areas`). Drafting does not use the media list, but warns of those contacts and of each
slip there already (:func:`unknown_areas`), as ``drafter send`` would.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError, name_list
from drafter.fileio import kind
from drafter.load.media_areas import LeftOut, Places, covers, left_once, left_out_warning, tagged
from drafter.load.media_columns import (
    COLUMNS,
    MAX_NAMED,
    OPT_IN,
    addresses,
    headings,
    read_media_rows,
    row_addresses,
    unaddressed_warning,
    untagged_warning,
)
from drafter.load.media_places import located, opted_out, opted_warning, placed_warnings
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
                      "outlet, name, email, areas, language, attach (see docs/sending.md)" + rename)


def load_media(path: Path, display: str, areas: tuple[Area, ...], notices: list[Warning] | None = None,
               left_out: list[LeftOut] | None = None) -> tuple[MediaContact, ...]:
    """Every contact in media.csv, checked against the campaign's areas; ``notices`` is given the file's own
    warnings (a CSV file read as Windows-1252, not UTF-8), and the contacts who get nothing or are merged;
    ``left_out`` the contacts for areas the campaign does not cover (:mod:`drafter.load.media_areas`)."""
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
            given = [(col["email"], cells.get("email", "")), *((table.heading(c), row.cells.get(c, ""))
                                                               for c in found.extra)]
            if found.outlet_email and not any(cell.strip() for _, cell in given):  # the outlet's own newsdesk row
                given.append((table.heading(found.outlet_email), row.cells.get(found.outlet_email, "")))
            emails = row_addresses(row, display, given)
            who = cells.get("name", "") or cells.get("outlet", "")
            if not emails:  # a contact an address book exported with a phone number only: skipped, and said of
                unaddressed.append((row.number, who))
                continue
            if found.opt_out and opted_out(row.cells.get(found.opt_out, ""), OPT_IN):
                opted.append(LeftOut(row.number, cells.get("outlet", ""), who, tuple(e for e, _ in emails),
                                     reason=f"{table.heading(found.opt_out)} is marked on row {row.number}"))
                continue
            ref, why, outside = row.ref(display, col["areas"]), "", tuple[str, ...]()
            covered = tagged(row.cells.get(found.tags, ""), places, ref, col["areas"]) if found.tags else ()
            if found.tags and (covered or not found.places):
                pass
            elif found.places and not cells.get("areas", "").strip():  # a media database's City, County, Region,
                # or an address book's Business City (Outlook's, whose Categories name no area of this campaign)
                covered, outside, why = located(row, found.places, places, display,
                                                {c: table.heading(c) for c in found.places})
            else:
                covered, outside = covers(cells["areas"], places, ref, col["areas"])
            if outside and not covered:
                left.append(LeftOut(row.number, cells.get("outlet", ""), who, tuple(e for e, _ in emails), outside))
                continue
            if not covered:
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
                contact = MediaContact(cells.get("outlet", ""), cells.get("name", "") or pasted_name, email, covered,
                                       languages, attach, row.ref(display), why)
                first = contacts.get(email.lower())
                if first is not None:
                    contacts[email.lower()] = _merged(first, contact, col)
                    twice.append(f"{email} (rows {first.source.row} and {row.number})")
                else:
                    contacts[email.lower()] = contact
    except InputError as fault:
        table.finish()  # a fault in the file itself on a later row is reported first
        if fault.problem.startswith("is not an area in areas.csv but") and fault.source and not found.tags:
            _more_slips(fault, _scan(path, display, places)[1])
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
            notices.append(Warning("media", f"{display}: {name_list(twice, MAX_NAMED)} listed twice: each "
                                   "is sent each release once, for the areas of both rows"))
    if left_out is not None:
        left_out.extend([*left, *opted])
    return tuple(contacts.values())


def _more_slips(fault: InputError, slips: list[tuple[int, str, str]]) -> None:
    """Name, in the error for the first slip for an area's name, the other rows with one, so that a long list is
    put right in one go."""
    rows = sorted({row for row, _, _ in slips} - {fault.source.row if fault.source else 0})
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
            raise InputError(f"is listed twice (first on row {first.source.row}), with a different {column}",
                             source=SourceRef(again.source.file, row=again.source.row, column=col["email"]),
                             field=col["email"], value=again.email,
                             expected=f"each contact once, with all their areas in one cell separated by ;, "
                             f"or the same {column} on both rows")
    covers = set(first.covers) | set(again.covers)
    order = [*first.covers, *again.covers]
    why = "; ".join(dict.fromkeys(w for w in (first.why, again.why) if w))
    return MediaContact(first.outlet or again.outlet, first.name or again.name, first.email,
                        tuple(sorted(covers, key=order.index)), first.languages, first.attach, first.source, why)


def nobody_covers(covered: Collection[str], areas: tuple[str, ...], display: str) -> list[Warning]:
    """A warning naming the areas of ``areas`` (the releases to send) that no contact covers (``covered``: the
    areas some contact does), whose releases therefore go to nobody."""
    alone = [area for area in areas if area not in covered]
    if not alone:
        return []
    many, named = len(alone) > 1, name_list(alone, MAX_NAMED, and_word="and")
    return [Warning("media_uncovered", f"{display}: no contact covers {named}, so "
                    f"{'their releases are' if many else 'its release is'} sent to nobody; to send "
                    f"{'them' if many else 'it'}, add {'each area' if many else 'the area'} to the rows of "
                    "the newsdesks that should have it")]


def unknown_areas(path: Path, display: str, areas: tuple[Area, ...], chosen: tuple[str, ...] | None = None
                  ) -> tuple[Warning, ...]:
    """For ``draft`` and ``preview``: a warning for each name in the media list that looks like a slip for an
    area's (which ``drafter send`` refuses), one for the contacts left out as their areas are not the campaign's,
    one for those whose areas campaign.yaml's ``areas:`` does not choose (``chosen``), and one for the chosen areas
    no contact covers, as ``drafter send`` words them. Anything else wrong with the list, or with the file, is left
    for ``drafter send`` to refuse."""
    if kind(path) != "file" or path.suffix.lower() == ".vcf":  # a card's labels are not only areas
        return ()
    found, slips, left, rows = _scan(path, display, Places.of(areas))
    for row, written, area in slips:
        found.append(Warning("media_unknown_area", f"{display}, row {row}: areas: {written!r} is not in areas.csv "
                             f"but looks like a slip for {area}, an area of this campaign; correct it (did you "
                             f"mean {area!r}?), as drafter send refuses the list until then"))
    if left:
        found.append(left_out_warning(left, display, Places.of(areas)))
    if rows and chosen is not None:
        found += not_chosen(rows, chosen, display)
        found += nobody_covers({area for _, covered in rows for area in covered}, chosen, display)
    return tuple(found)


def not_chosen(contacts: Iterable[tuple[str, Collection[str]]], chosen: Collection[str], display: str
               ) -> list[Warning]:
    """One warning for the contacts (each its address and the areas it covers) whose areas are all in areas.csv
    but none chosen by campaign.yaml's ``areas:``, who are sent nothing: the areas, and what to do."""
    contacts, wanted = list(contacts), set(chosen)
    sent = {who for who, covered in contacts if not wanted.isdisjoint(covered)}
    left: dict[str, list[str]] = {}  # each contact left out, once, and its areas
    for who, covered in contacts:
        if covered and who not in sent:
            left.setdefault(who, list(covered))
    if not left:
        return []
    many, areas = len(left) > 1, list(dict.fromkeys(area for covered in left.values() for area in covered))
    several = len(areas) > 1
    whose = "those areas' releases" if several else "that area's release"
    return [Warning("media_not_chosen", f"{display}: {len(left):,} contact{'s are' if many else ' is'} for "
                    f"{'areas that are' if several else 'an area that is'} in areas.csv but not chosen for this "
                    f"campaign in campaign.yaml's areas:, so {'they are' if many else 'it is'} sent nothing: "
                    f"{name_list(areas, MAX_NAMED, and_word='and')} (to send {'them' if many else 'it'} "
                    f"{whose}, add {'them' if several else 'it'} to "
                    "areas: in campaign.yaml and draft again)")]


def _scan(path: Path, display: str, places: Places) -> tuple[list[Warning], list[tuple[int, str, str]],
                                                               list[LeftOut], list[tuple[str, tuple[str, ...]]]]:
    """The list's own warnings (read as Windows-1252), each row's slips for an area's name (its number, the name
    and the area), the contacts left out, and each address with the areas of areas.csv its row covers, reading only
    the areas column (and whether a row has an address)."""
    found: list[Warning] = []
    slips: list[tuple[int, str, str]] = []
    left: list[LeftOut] = []
    rows: list[tuple[str, tuple[str, ...]]] = []
    order = {area: index for index, area in enumerate(places.order)}  # areas.csv's, for each row's areas
    sent: set[str] = set()  # the addresses of rows for the campaign's areas
    try:
        table = read_media_rows(path, display)
        found += table.notices  # a media list read as Windows-1252
        heading = headings(table)
        column = heading.field.get("areas")  # not Mailchimp's REGION; labels may hold other things
        if column is None:
            return found, slips, left, rows
        columns = [c for c in (heading.field.get("email", ""), *heading.extra) if c]
        for row in table.rows:
            emails = tuple(e.lower() for c in columns for e, _ in addresses(row.cells.get(c, ""))[0])
            mine: list[tuple[str, str]] = []
            try:
                covered, outside = covers(row.cells.get(column, ""), places, row.ref(display, column), column, mine)
            except InputError:  # an empty cell: drafter send says
                continue
            slips += [(row.number, written, area) for written, area in mine]
            if outside and not covered and not mine and emails:
                left.append(LeftOut(row.number, "", "", emails, outside))
            elif covered:
                sent.update(emails)
            rows += [(email, tuple(sorted(covered, key=order.__getitem__))) for email in emails if covered]
    except InputError:  # an area two of areas.csv's answer to, or a fault in the file: drafter send says
        pass
    return found, slips, left_once(left, sent), rows


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
