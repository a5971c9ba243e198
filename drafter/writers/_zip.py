"""A minimal, deterministic ZIP writer for DOCX packages whose unchanging parts are compressed only once.

Each release's package differs from the reference only in two small parts, so the other parts' deflated
bytes and CRCs are computed once per batch and copied; the result is an ordinary ZIP (DEFLATE, fixed
timestamps) that python-docx, Word and LibreOffice read.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    name: bytes
    crc: int
    size: int
    data: bytes  # deflated


def deflate(name: str, data: bytes) -> Entry:
    """One part, deflated; a small one (a release's properties) with a window and hash table its size, as
    setting up zlib's full 32 KB ones costs more than compressing it."""
    bits = 15 if len(data) >= 4096 else max(9, len(data).bit_length())
    compressor = zlib.compressobj(6, zlib.DEFLATED, -bits, 8 if bits == 15 else max(1, bits - 8))
    packed = compressor.compress(data) + compressor.flush()
    return Entry(name.encode("utf-8"), zlib.crc32(data), len(data), packed)


def deflate_chunks(name: str, chunks: Iterable[bytes]) -> Entry:
    """:func:`deflate` for a part made piece by piece, so a large one (the reviewer pack's document for
    thousands of areas) is never held whole and uncompressed in memory."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed, crc, size = bytearray(), 0, 0
    for chunk in chunks:
        crc, size = zlib.crc32(chunk, crc), size + len(chunk)
        packed += compressor.compress(chunk)
    packed += compressor.flush()
    return Entry(name.encode("utf-8"), crc, size, bytes(packed))


def dos_stamp(year: int, month: int, day: int) -> tuple[int, int]:
    """(time, date) in MS-DOS format for midnight on the given day. Its seven bits of year hold 1980 to 2107: a year
    before is 1980, and one after (a release_date typed 9999-12-31) 2107, where packing it stopped with a traceback.

    >>> dos_stamp(2018, 9, 4), dos_stamp(1970, 1, 1) == dos_stamp(1980, 1, 1), dos_stamp(9999, 12, 31)[1] >> 9
    ((0, 19748), True, 127)
    """
    year = min(max(year, 1980), 2107)
    return 0, ((year - 1980) << 9) | (month << 5) | day


def build_zip(entries: list[Entry], stamp: tuple[int, int]) -> bytes:
    """A ZIP archive of pre-deflated entries, in order, every entry with the same timestamp."""
    time, date = stamp
    out = bytearray()
    central = bytearray()
    for entry in entries:
        offset = len(out)
        flags = 0 if entry.name.isascii() else 0x800  # bit 11: the name is UTF-8
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, time, date, entry.crc, len(entry.data),
                           entry.size, len(entry.name), 0)
        out += entry.name
        out += entry.data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, time, date, entry.crc,
                               len(entry.data), entry.size, len(entry.name), 0, 0, 0, 0, 0, offset)
        central += entry.name
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)
