"""Bounded decompression: an XLSX or ODS workbook or a DOCX document (all ZIP archives) is refused before any
part of it is parsed when its entries claim more than drafter will ever need, so a small file cannot unpack into
gigabytes (a "zip bomb").

Python's ``zipfile`` never inflates an entry past the size its directory declares (the CRC check fails first),
so bounding the declared sizes bounds the work. The limits, in the docs (docs/safety.md):

- at most :data:`MAX_ENTRIES` entries;
- no entry over :data:`MAX_ENTRY_BYTES` unpacked, and :data:`MAX_TOTAL_BYTES` in all;
- no entry over a megabyte unpacking to more than :data:`MAX_RATIO` times its packed size.

A workbook of figures for 10,000 areas, or a two-page release, is far inside each.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from xml.etree import ElementTree

from drafter.errors import DrafterError, InputError
from drafter.model import SourceRef

MAX_ENTRIES = 10_000
MAX_ENTRY_BYTES = 50_000_000
MAX_TOTAL_BYTES = 100_000_000
MAX_RATIO = 100
_RATIO_FROM = 1_000_000  # small entries may compress as well as they like
_END_OF_DIRECTORY = b"PK\x05\x06"
_SMALL = 1_000_000  # a part listing a package's links is a few kilobytes
_UNPACKED = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_OLE = b"\xd0\xcf\x11\xe0"  # an .xls or .doc, or an Office file saved with a password, which is kept in one
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")  # the stream of a password-protected Office file
_Fail = Callable[[str, str], DrafterError]  # a problem and what was expected, made the caller's error


@dataclass(frozen=True)
class Office:
    """A kind of file drafter opens that is a ZIP archive, in a press officer's words: what it is, the program that
    saves it and its 'Save as type', what it is when it is an older file renamed, and how its password is taken off."""

    what: str
    suffix: str
    program: str
    save_as: str
    older: str
    unlock: str
    expected: str

    def resaved(self, lead: str = "the file") -> str:
        """What to do with a file of this kind that drafter cannot open, in the words of an ``expected``."""
        return f"{lead} opened in {self.program} and saved again as {self.save_as}"


XLSX = Office("an Excel workbook", ".xlsx", "Excel", "'Excel Workbook (.xlsx)'", "an older Excel workbook (.xls)",
              "in Excel, File > Info > Protect Workbook > Encrypt with Password, delete the password, and save",
              "an .xlsx file saved by Excel or LibreOffice")
ODS = Office("an OpenDocument spreadsheet", ".ods", "LibreOffice Calc", "'ODF Spreadsheet (.ods)'",
             "an older Excel workbook (.xls)", "open it in LibreOffice Calc, File > Save As, and untick 'Save with "
             "password'", "an .ods file as LibreOffice Calc, Excel or a statistics office saves it")
DOCX = Office("a Word document", ".docx", "Word", "'Word Document (.docx)'", "an older Word document (.doc)",
              "in Word, File > Info > Protect Document > Encrypt with Password, delete the password, and save",
              "a .docx file saved by Word or LibreOffice")
LETTERHEAD = Office(**{**DOCX.__dict__, "expected": "a .docx or .dotx letterhead saved by Word or LibreOffice"})


def check_archive(data: bytes, source: SourceRef, office: Office, error: type[DrafterError] = InputError,
                  name: str | None = None, field: str | None = None) -> None:
    """Refuse ``data``, the bytes of ``office``'s kind of file, before any part of it is parsed: when it is not a
    ZIP archive (an empty file, an older or password-protected Office file, a web page saved under its name, a file
    cut short), when a part is packed in a way Python cannot unpack or is damaged, or when its entries exceed the
    limits above. Each is said in words a press officer acts on. ``name``, the file's name as the person gave it,
    goes in the message where ``source`` is where they gave it (campaign.yaml's ``field``, reference:).

    >>> try:
    ...     check_archive(b"<!DOCTYPE html><title>Sign in</title>", SourceRef("a.docx"), DOCX)
    ... except InputError as error:
    ...     print(error.problem[:46])
    is a web page (HTML) with a name ending .docx,
    """
    def fail(problem: str, expected: str) -> DrafterError:
        return error(problem, source=source, field=field, value=name, expected=expected)

    _check_kind(data, office, PurePath(name or source.file).suffix, fail)
    end = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - 65_558))
    if end >= 0 and end + 12 <= len(data):  # the entry count, read before zipfile builds a list of them
        count = int.from_bytes(data[end + 10:end + 12], "little")
        if count > MAX_ENTRIES:
            raise _refuse(f"holds {count:,} parts", office, fail)
    unreadable = f"cannot be read as {office.what}"
    again = f"the file downloaded or copied again; or, if it opens in {office.program}, saved again from there as " \
        f"{office.save_as}"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise _refuse(f"holds {len(entries):,} parts", office, fail)
            _check_entries(entries, office, fail)
            for entry in entries:  # every part unpacked once, its checksum compared: a damaged part is found now
                try:
                    with archive.open(entry) as part:
                        while part.read(1 << 20):
                            pass
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
                    raise fail(f"{unreadable}: its part {entry.filename!r} is damaged, as when a download or a copy "
                               "goes wrong", again) from None
    except NotImplementedError:  # a part asks for a newer zip version than Python's ("zip file version 14.8")
        raise fail(f"{unreadable}: one of its parts is packed in a way drafter cannot unpack, as some programs other "
                   f"than {office.program} save a file", office.resaved()) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise fail(f"{unreadable}: it is cut short or damaged, as when a download or a copy from a shared drive "
                   "stops part of the way", again) from None


def _check_kind(data: bytes, office: Office, suffix: str, fail: _Fail) -> None:
    """A file that is not a ZIP archive at all, told what it is (and its name's ending, ``suffix``, where it has one:
    a letterhead given as ``/etc/passwd`` was said to have a name ending .docx)."""
    ending = f" with a name ending {suffix}" if suffix else ""
    if not data:
        raise fail("is empty (0 bytes), so it was not saved, copied or downloaded in full",
                   f"the file saved again from {office.program} as {office.save_as}, or copied or downloaded again")
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise fail("is protected with a password, so drafter cannot open it",
                       f"the file saved without a password: {office.unlock}")
        raise fail(f"is {office.older}{ending}", office.resaved())
    start = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<") and b"<html" in start):
        raise fail(f"is a web page (HTML){ending}, not {office.what}: a download that gave a "
                   "sign-in or error page in place of the file, or a page saved from a browser",
                   office.resaved("the file downloaded again from its link (signed in), or"))
    if not data.startswith(b"PK"):
        raise fail(f"is not {office.what}, though its name ends {suffix}: it is a file of another kind, renamed"
                   if suffix else f"is not {office.what}: it is a file of another kind", office.resaved())


def _check_entries(entries: list[zipfile.ZipInfo], office: Office, fail: _Fail) -> None:
    total = 0
    for entry in entries:
        if entry.flag_bits & 0x1:  # a part locked with a zip program's password
            raise fail(f"is protected with a password (its part {entry.filename!r} is locked), so drafter cannot "
                       "open it", office.resaved("the file without a password,"))
        if entry.compress_type not in _UNPACKED:  # a flipped byte: zipfile would stop on it with a traceback
            raise fail(f"cannot be read as {office.what}: its part {entry.filename!r} is packed in a way drafter "
                       f"cannot unpack, as some programs other than {office.program} save a file", office.resaved())
        size = entry.file_size
        if size > MAX_ENTRY_BYTES:
            raise _refuse(f"part {entry.filename!r} unpacks to {size:,} bytes", office, fail)
        if size > _RATIO_FROM and size > MAX_RATIO * max(entry.compress_size, 1):
            raise _refuse(f"part {entry.filename!r} unpacks to {size:,} bytes from {entry.compress_size:,}",
                          office, fail)
        total += size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(f"unpacks to more than {MAX_TOTAL_BYTES:,} bytes", office, fail)


def refuse_outside_links(data: bytes, source: SourceRef) -> None:
    """Refuse a letterhead (a Word file's bytes) with a part that is a link to a file outside it (a picture
    inserted with Link to File, a template attached from a server): every release would carry the link, and Word
    fetches it when a newsdesk opens the release (from an address that may log who opened it), or shows it
    broken. A hyperlink, followed only when clicked, is the one kind of link left as it is."""
    links: list[tuple[str, str, str]] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for name in package.namelist():
                if name.endswith(".rels") and package.getinfo(name).file_size < _SMALL:
                    links += [(name, rel.get("Type", "").rpartition("/")[2], rel.get("Target", ""))
                              for rel in ElementTree.fromstring(package.read(name))
                              if rel.get("TargetMode") == "External"]
    except (zipfile.BadZipFile, KeyError, ValueError, ElementTree.ParseError):
        return  # a damaged package: python-docx says what is wrong with it, as it opens it
    outside = [(name, kind, target) for name, kind, target in links if kind != "hyperlink"]
    if outside:
        name, kind, target = outside[0]
        part = name.replace("_rels/", "").removesuffix(".rels") or "the package"
        raise InputError(f"links to {target[:200]!r}, outside the file (the {kind} of {part}), which every release "
                         "would carry: Word would fetch it when a newsdesk opens a release, or show it broken",
                         source=source, field="reference",
                         expected="a letterhead holding its pictures and template itself: insert the logo as a "
                                  "picture, not with Link to File, attach no template (Developer, Document Template), "
                                  "and save it again")


def _refuse(problem: str, office: Office, fail: _Fail) -> DrafterError:
    return fail(f"{problem}, more than drafter unpacks (a zip bomb?)",
                f"{office.expected}, unpacking to at most {MAX_TOTAL_BYTES:,} bytes")
