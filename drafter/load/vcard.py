"""A media list kept as contact cards: media.vcf, as Apple Contacts, Outlook or Google Contacts export them.

Each card is one contact, read into the same row a media.csv gives (:mod:`drafter.load.media`): its ``ORG`` is the
outlet, ``FN`` (else ``N``) the name, each ``EMAIL`` an address, and ``CATEGORIES`` (Outlook's and Google's labels)
its areas, among other labels. Apple Contacts exports no groups, so a card without categories may say its areas in
its note, on a line of their own: ``Areas: Cardiff; Vale of Glamorgan`` (and ``Language: Welsh``). Cards of vCard
2.1, 3.0 and 4.0 are read: lines folded onto the next, quoted-printable text in its character set, escaped commas;
a photo is passed over. A card's row is the line of its ``BEGIN:VCARD``, so an error names the line to look at.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from pathlib import Path

from drafter.errors import InputError
from drafter.load.table import Row, RowStream
from drafter.load.text import check_text
from drafter.load.yamlio import read_bytes
from drafter.model import SourceRef

MAX_VCARD_BYTES = 50_000_000  # photos make a card file large
COLUMNS = ("outlet", "name", "email", "categories", "language")
HEADINGS = ("ORG", "FN", "EMAIL", "CATEGORIES", "language in NOTE")
_PROPERTY = re.compile(r"(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)", re.DOTALL)
_HEAD = 1000  # a property's name and parameters, before its value, are a few dozen characters
_NOTE_LINE = re.compile(r"^\s*(areas?|ardal(?:oedd)?|language|iaith)\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def read_vcard_rows(path: Path, display: str, empty: tuple[str, str]) -> RowStream:
    """Every card of ``path`` as a row of :data:`COLUMNS`; a file with no card is refused with ``empty``."""
    data = read_bytes(path, display, MAX_VCARD_BYTES)
    try:
        text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # an older Outlook's card, in Windows text
    if "BEGIN:VCARD" not in text.upper():
        raise InputError("is not a file of contact cards (vCard)", source=SourceRef(display),
                         expected="contacts exported as vCard (.vcf): in Apple Contacts, select them and choose "
                         "File > Export > Export vCard")
    rows = list(_cards(_lines(text), display))
    if not rows:
        raise InputError(empty[0], source=SourceRef(display), expected=empty[1])
    return RowStream(display, COLUMNS, iter(rows), 1, ",", (), HEADINGS)


def _lines(text: str) -> list[tuple[int, str]]:
    """The file's logical lines with the number of the line each starts on: a line folded onto the next (the next
    starting with a space or tab) joined, and a quoted-printable value's soft line breaks (a line ending ``=``). Each
    line's pieces are joined once, at the end: a photo folded over 50,000 lines, joined a line at a time, took
    minutes (each line copied all before it)."""
    lines: list[tuple[int, list[str]]] = []  # each line's pieces, none empty
    head = ""  # the line being joined up to its first colon (its name and parameters)
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        pieces = lines[-1][1] if lines else []
        if pieces and line[:1] in (" ", "\t"):
            piece = line[1:]
        elif pieces and pieces[-1].endswith("=") and "QUOTED-PRINTABLE" in head.split(":", 1)[0].upper():
            pieces[-1], piece = pieces[-1][:-1], line  # the "=" of a soft line break is no text
        elif line.strip():
            lines.append((number, [line]))
            head = line[:_HEAD]
            continue
        else:
            continue
        if piece:
            pieces.append(piece)
            if ":" not in head and len(head) < _HEAD:  # parameters folded onto the next line
                head = (head + piece)[:_HEAD]
    return [(number, "".join(pieces)) for number, pieces in lines]


def _cards(lines: list[tuple[int, str]], display: str) -> Iterator[Row]:
    card: dict[str, list[str]] | None = None
    start = 0
    for number, line in lines:
        found = _PROPERTY.fullmatch(line)
        if found is None:
            continue
        name, params, value = found[1].upper(), found[2], found[3]
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card, start = {}, number
        elif name == "END" and card is not None:
            yield _row(card, start, display)
            card = None
        elif card is not None and name in ("FN", "N", "ORG", "EMAIL", "CATEGORIES", "NOTE"):
            card.setdefault(name, []).append(_value(value, params))


def _value(value: str, params: str) -> str:
    """A property's text: quoted-printable decoded in its character set, vCard's escapes undone (a ``\\,`` kept
    for the caller to split on: it is returned as a comma only where the property is not a list)."""
    upper = params.upper()
    if "QUOTED-PRINTABLE" in upper:
        charset = re.search(r"CHARSET=([A-Za-z0-9_-]+)", params, re.IGNORECASE)
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        try:
            value = raw.decode(charset[1] if charset else "utf-8")
        except (LookupError, UnicodeDecodeError):
            value = raw.decode("cp1252", errors="replace")
    return value.replace("\\n", "\n").replace("\\N", "\n").replace("\\;", "\x00").replace("\\\\", "\\")


def _parts(value: str, mark: str) -> list[str]:
    return [part.replace("\\,", ",").replace("\x00", ";").strip() for part in re.split(r"(?<!\\)" + mark, value)]


def _row(card: dict[str, list[str]], number: int, display: str) -> Row:
    name = next((v for v in card.get("FN", []) if v.strip()), "")
    if not name and card.get("N"):
        family, given = [*_parts(card["N"][0], ";"), "", ""][:2]
        name = f"{given} {family}".strip()
    outlet = _parts(card["ORG"][0], ";")[0] if card.get("ORG") else ""
    emails = "; ".join(_parts(v, ";")[0] for v in card.get("EMAIL", []) if v.strip())
    categories = "; ".join(part for v in card.get("CATEGORIES", []) for part in _parts(v, ",") if part)
    notes = {key.lower()[:4]: said for note in card.get("NOTE", []) for key, said in _NOTE_LINE.findall(
        note.replace("\\,", ",").replace("\x00", ";"))}
    categories = categories or notes.get("area", "") or notes.get("arda", "")
    language = notes.get("lang", "") or notes.get("iait", "")
    cells = {"outlet": outlet, "name": name, "email": emails, "categories": categories, "language": language}
    for column, cell in cells.items():
        cells[column] = check_text(" ".join(cell.split()), SourceRef(display, row=number, column=column), column)
    return Row(number, cells)
