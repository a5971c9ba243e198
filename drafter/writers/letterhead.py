"""The starter letterhead's own pieces that are not Word's: the logo placeholder (a PNG the user swaps for their
logo in Word with Change Picture) and the words on its page, which tell them what to do and show each style.
:func:`drafter.writers.docx.letterhead_docx` puts them together with the shipped reference.

>>> png = placeholder_logo()
>>> png[:8] == b"\\x89PNG\\r\\n\\x1a\\n", len(png) < 2000
(True, True)
"""

from __future__ import annotations

import functools
import struct
import zlib

LETTERHEAD_FILE = "letterhead.docx"
LOGO_SIZE = (480, 160)  # pixels; shown 4.5 cm wide
LOGO_ALT = "Logo placeholder: right-click it and choose Change Picture to put your logo here"

# What the letterhead's page says (drafter never copies a letterhead's page into a release), then one sample
# paragraph in each of drafter's styles, so restyling one in Word ("Update to match selection") is in reach.
INSTRUCTIONS = (
    "This is your letterhead for drafter. Nothing on this page appears in a release: drafter takes this file’s "
    "header, footer, page set-up and styles.",
    "1. Double-click the header. Right-click the grey logo box, choose Change Picture and pick your logo.",
    "2. Check your organisation’s name beside it. Add your address or charity number to the footer if you "
    "like; keep the page number.",
    "3. To change how releases look, change the styles below (Home, Styles): right-click a style, Modify.",
    "4. Save, keeping the name letterhead.docx (or Word Template, .dotx), and add this line to campaign.yaml: "
    "reference: letterhead.docx",
)
SAMPLES = (
    ("Embargo", "EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018 (the Embargo style)"),
    ("Headline", "The headline of every release (the Headline style)"),
    ("Dateline", "4 September 2018 (the Dateline style)"),
    ("Body Text", "The story, paragraph by paragraph (the Body Text style)."),
    ("Body List", "A list in the story (the Body List style)"),
    ("Quote", "“A spokesperson’s quote, indented (the Quote style).”"),
    ("Ends", "ENDS (the Ends style)"),
    ("Notes Heading", "Notes to editors (the Notes Heading style)"),
    ("Notes", "A note to editors (the Notes style)"),
    ("Contact", "Media contact: a name, a telephone number and an email address (the Contact style)"),
)


@functools.cache  # the same bytes every time: drawn once a process (each of its 76,800 pixels in Python)
def placeholder_logo() -> bytes:
    """A light grey box with a border and a cross, as Word users know a picture placeholder, as a PNG."""
    width, height = LOGO_SIZE
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            edge = x < 4 or y < 4 or x >= width - 4 or y >= height - 4
            cross = abs(x * height - y * width) < 2 * width or abs(x * height - (height - 1 - y) * width) < 2 * width
            row.append(0x99 if edge or cross else 0xEE)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))
