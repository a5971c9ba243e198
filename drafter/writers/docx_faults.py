"""A Word document that passed the archive check (``load/archive.py``: a whole ZIP archive, each part unpacked) but
that python-docx or lxml cannot read, said in a press officer's words: what is wrong with the file, and what to do,
never the library's own words ("XMLSyntaxError", "maximum recursion depth exceeded"). The one translation, for each
place that opens a Word document: the letterhead (``writers/docx.py``) and a release to check
(``writers/docx_read.py``).
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

RESAVED = "the file opened in Word and saved again as 'Word Document (.docx)'"
REPAIRED = ("the file opened in Word (which repairs what it can) and saved again as 'Word Document (.docx)'; if Word "
            "cannot open it either, a copy from before it was damaged")
_LARGEST_PART = 50_000_000  # as load/archive.py's bound on a part unpacked


class UnreadableDocx(Exception):
    """A Word document drafter cannot read: what is wrong with it (``why``) and what to do (``expected``)."""

    def __init__(self, why: str, expected: str) -> None:
        super().__init__(f"{why} (expected {expected})")
        self.why = why
        self.expected = expected


@contextlib.contextmanager
def told_unreadable(data: bytes) -> Iterator[None]:
    """Around the opening of ``data`` with python-docx, and the reading of parts it finds only when asked: any
    error from python-docx or lxml (they raise many types for a damaged package, RecursionError too) becomes
    :class:`UnreadableDocx` in a press officer's words."""
    try:
        yield
    except UnreadableDocx:
        raise
    except Exception as exc:
        raise UnreadableDocx(*fault(exc, data)) from None


def fault(exc: Exception, data: bytes) -> tuple[str, str]:
    """What is wrong with the document ``data`` that raised ``exc``, and what to do.

    >>> fault(RecursionError("maximum recursion depth exceeded"), b"")[0]
    'its parts lead to one another round in a loop, which Word never saves'
    >>> fault(ValueError("it is macro-enabled, a .docm or .dotm file"), b"")[1]
    "the file saved from Word as 'Word Document (.docx)' or 'Word Template (.dotx)', which leaves its macros out"
    """
    said = str(exc)
    if isinstance(exc, RecursionError):  # a part whose link leads back to itself: python-docx follows it forever
        return "its parts lead to one another round in a loop, which Word never saves", REPAIRED
    if isinstance(exc, SyntaxError):  # lxml's XMLSyntaxError is one
        if "depth" in said.lower():
            return ("its contents are nested deeper than in any document Word saves (hundreds of tables or boxes, "
                    "one inside another)", REPAIRED)
        part = _broken_part(data)
        return (f"{f'its part {part!r}' if part else 'one of its parts'} is damaged inside or cut short, as when a "
                "program other than Word writes the file wrongly, or it is edited by hand", REPAIRED)
    if isinstance(exc, KeyError):  # "There is no item named 'word/document.xml' in the archive"
        named = re.search(r"named '([^']+)'", said)
        return (f"{f'its part {named[1]!r}, which' if named else 'a part'} every Word document has, is missing, as "
                "when a program other than Word writes the file wrongly", REPAIRED)
    if "External" in said:  # a styles or numbering part that is a link to another file
        return "its styles are in another file it links to, not in itself", f"{RESAVED}, which keeps them in it"
    if said.startswith("it is macro-enabled"):  # writers/docx_package.py's own words
        return said, ("the file saved from Word as 'Word Document (.docx)' or 'Word Template (.dotx)', which leaves "
                      "its macros out")
    if said.startswith("it is another kind of Office file"):
        return said, "a Word document, saved from Word as 'Word Document (.docx)'"
    return "it is not laid out inside as Word lays out a document, as when another program writes it wrongly", REPAIRED


def _broken_part(data: bytes) -> str | None:
    """The first XML part of ``data`` that is not well-formed, to name it (asked only when one is)."""
    with contextlib.suppress(zipfile.BadZipFile, OSError, ValueError), zipfile.ZipFile(io.BytesIO(data)) as package:
        for info in package.infolist():
            if info.filename.endswith((".xml", ".rels")) and info.file_size <= _LARGEST_PART:
                try:
                    ElementTree.fromstring(package.read(info))
                except ElementTree.ParseError:
                    return info.filename
    return None
