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


def check_archive(data: bytes, source: SourceRef, what: str, expected: str,
                  error: type[DrafterError] = InputError) -> None:
    """Refuse the ZIP archive ``data`` (an XLSX or DOCX file's bytes) if it is not a ZIP archive or if its
    entries exceed the limits above: ``what`` it should be ("an Excel workbook", "a Word document") and the
    ``expected`` file ("an .xlsx file saved by Excel or LibreOffice").

    >>> check_archive(b"not a zip", SourceRef("a.docx"), "a Word document", "a .docx")
    Traceback (most recent call last):
    drafter.errors.InputError: a.docx: cannot be read as a Word document (File is not a zip file) (expected a .docx)
    """
    end = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - 65_558))
    if end >= 0 and end + 12 <= len(data):  # the entry count, read before zipfile builds a list of them
        count = int.from_bytes(data[end + 10:end + 12], "little")
        if count > MAX_ENTRIES:
            raise _refuse(f"holds {count:,} parts", source, expected, error)
    try:
        entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, NotImplementedError) as exc:
        raise error(f"cannot be read as {what} ({exc})", source=source, expected=expected) from None
    if len(entries) > MAX_ENTRIES:
        raise _refuse(f"holds {len(entries):,} parts", source, expected, error)
    total = 0
    for entry in entries:
        if entry.compress_type not in _UNPACKED:  # a flipped byte: zipfile would stop on it with a traceback
            raise error(f"cannot be read as {what} (part {entry.filename!r} is packed in a way drafter cannot "
                        "unpack)", source=source, expected=expected)
        size = entry.file_size
        if size > MAX_ENTRY_BYTES:
            raise _refuse(f"part {entry.filename!r} unpacks to {size:,} bytes", source, expected, error)
        if size > _RATIO_FROM and size > MAX_RATIO * max(entry.compress_size, 1):
            raise _refuse(f"part {entry.filename!r} unpacks to {size:,} bytes from {entry.compress_size:,}",
                          source, expected, error)
        total += size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(f"unpacks to more than {MAX_TOTAL_BYTES:,} bytes", source, expected, error)


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


def _refuse(problem: str, source: SourceRef, expected: str, error: type[DrafterError]) -> DrafterError:
    return error(f"{problem}, more than drafter unpacks (a zip bomb?)", source=source,
                 expected=f"{expected}, unpacking to at most {MAX_TOTAL_BYTES:,} bytes")
