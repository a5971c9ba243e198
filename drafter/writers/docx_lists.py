"""Word lists for the DOCX writer: drafter's two numbering definitions (bullets and "1."), and one ``w:num`` per
list in a release, so each list restarts where it begins and Word renumbers it when a note is deleted.

The numbering part is handled as text, as the writer handles ``document.xml``: the reference's own definitions
are kept as they are (a letterhead's "List Bullet" style may use them), and drafter's are added once per batch
under ids above the letterhead's, with a pool of ``w:num`` entries that start at 1 (:data:`POOL` of each kind),
so a release whose lists all start at 1 uses the batch's numbering part as it is; any other list gets a
``w:num`` of its own in the release's copy of the part.

>>> lists = ListNumbering(Definitions(with_definitions(EMPTY_NUMBERING)))
>>> [lists.num_id(kind, start) for kind, start in (("bullet", 1), ("bullet", 1), (None, 0), ("number", 3))]
[1, 1, None, 17]
>>> lists.nums_xml().count("<w:num "), 'w:startOverride w:val="3"' in lists.nums_xml()
(1, True)
"""

from __future__ import annotations

import re

from drafter.document import STYLE_FOR_CLASS
from drafter.model import Block

NUMBERING_PART = "word/numbering.xml"
CONTACT = STYLE_FOR_CLASS["contact"]  # the media contact's lines, kept together on one page
POOL = 8  # lists of each kind, starting at 1, that a release can have before its numbering part is its own
BULLETS, NUMBERS = "drafter bullets", "drafter numbers"
KINDS = ("bullet", "number")
# A hanging indent of 0.63 cm (357 twips, Word's own) from the paragraph's left edge: a wrapped line starts
# under the text, not under the bullet.
_INDENT = '<w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr>'
_LEVELS = {
    BULLETS: ('<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>',
              '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:hint="default"/></w:rPr>'),
    NUMBERS: ('<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>', ""),
}
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EMPTY_NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<w:numbering xmlns:w="{W_NS}"></w:numbering>')
_ABSTRACT_ID = re.compile(r'<w:abstractNum\b[^>]*\bw:abstractNumId="(\d+)"')
_NUM_ID = re.compile(r'<w:num\b[^>]*\bw:numId="(\d+)"')
_NAMED = re.compile(r'<w:abstractNum\b[^>]*\bw:abstractNumId="(\d+)"[^>]*>(?:(?!</w:abstractNum>).)*?'
                    r'<w:name w:val="([^"]*)"', re.DOTALL)


def abstract_num_xml(abstract_id: int, name: str) -> str:
    """One of drafter's list definitions, one level, found again by its ``w:name``."""
    fmt, rpr = _LEVELS[name]
    return (f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:name w:val="{name}"/><w:lvl w:ilvl="0"><w:start w:val="1"/>{fmt}<w:suff w:val="tab"/>'
            f'<w:lvlJc w:val="left"/>{_INDENT}{rpr}</w:lvl></w:abstractNum>')


def with_definitions(numbering: str) -> str:
    """The numbering part with drafter's two definitions in it (added after the reference's own, under new ids,
    when the reference lacks them)."""
    named = {name for _, name in _NAMED.findall(numbering)}
    missing = [name for name in (BULLETS, NUMBERS) if name not in named]
    if not missing:
        return numbering
    next_id = max((int(i) for i in _ABSTRACT_ID.findall(numbering)), default=-1) + 1
    added = "".join(abstract_num_xml(next_id + i, name) for i, name in enumerate(missing))
    cut = _first_num(numbering)
    return numbering[:cut] + added + numbering[cut:]


def _first_num(numbering: str) -> int:
    """Where the ``w:num`` entries start: abstract definitions must all come before them."""
    found = re.search(r"<w:num\b|<w:numIdMacAtCleanup\b|</w:numbering>", numbering)
    assert found is not None, "a numbering part ends with </w:numbering>"
    return found.start()


class Definitions:
    """A reference's numbering part, read once per batch: drafter's two definitions, the pooled ``w:num``
    entries, and the part cut where a release's own entries go (:attr:`xml` is the part with the pool)."""

    def __init__(self, numbering: str) -> None:
        self.abstract = {name: int(i) for i, name in _NAMED.findall(numbering)}
        first = max((int(i) for i in _NUM_ID.findall(numbering)), default=0) + 1
        self.pool = {kind: range(first + k * POOL, first + (k + 1) * POOL) for k, kind in enumerate(KINDS)}
        self.next_id = first + len(KINDS) * POOL
        cut = re.search(r"<w:numIdMacAtCleanup\b|</w:numbering>", numbering)
        assert cut is not None, "a numbering part ends with </w:numbering>"
        pooled = "".join(self.num_xml(num_id, kind, 1) for kind, ids in self.pool.items() for num_id in ids)
        self.head, self.tail = numbering[:cut.start()] + pooled, numbering[cut.start():]
        self.xml = self.head + self.tail

    def num_xml(self, num_id: int, kind: str, start: int) -> str:
        abstract = self.abstract[BULLETS if kind == "bullet" else NUMBERS]
        return (f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>')


class ListNumbering:
    """The numbering of one release: each list met gets a ``w:num`` of its own, restarting at its first number."""

    def __init__(self, definitions: Definitions) -> None:
        self.definitions = definitions
        self.nums: list[str] = []  # entries of this release's own, beyond the pool
        self.used = dict.fromkeys(KINDS, 0)
        self.current: tuple[str, int] | None = None  # the list being written: (kind, its num id)

    def num_id(self, kind: str | None, start: int) -> int | None:
        """The num id of a list item of ``kind`` ("bullet" or "number"; None for a paragraph that is not one): a
        new list starts after anything that is not an item of the same kind."""
        if kind is None:
            self.current = None
            return None
        if self.current is not None and self.current[0] == kind:
            return self.current[1]
        pool = self.definitions.pool[kind]
        if start == 1 and self.used[kind] < len(pool):
            num_id = pool[self.used[kind]]
            self.used[kind] += 1
        else:
            num_id = self.definitions.next_id + len(self.nums)
            self.nums.append(self.definitions.num_xml(num_id, kind, start))
        self.current = (kind, num_id)
        return num_id

    def nums_xml(self) -> str:
        """This release's own ``w:num`` entries, which go between the definitions' head and tail."""
        return "".join(self.nums)


def list_kind(marker: str) -> tuple[str | None, int]:
    """A list item's kind and number from its marker: "•" → ("bullet", 1), "3." → ("number", 3).

    >>> list_kind("•"), list_kind("3."), list_kind("")
    (('bullet', 1), ('number', 3), (None, 0))
    """
    if not marker:
        return None, 0
    if marker[:-1].isdigit():
        return "number", int(marker[:-1])
    return "bullet", 1


def kept_with_next(block: Block, following: Block | None) -> bool:
    """Whether a paragraph stays on the page of the one after it (Word's "keep with next"): a list's lead-in
    ("The areas of Wales, highest first:") with the list's first item, and a line of the media contact with the
    next ("Out of hours:" never alone at the top of a page).

    >>> from drafter.model import Inline
    >>> lead, item = Block("paragraph", "Body Text", ()), Block("list_item", "Body List", (), marker="-")
    >>> kept_with_next(Block("paragraph", "Body Text", (Inline("By area:"),)), item), kept_with_next(lead, item)
    (True, False)
    """
    if following is None or block.marker or block.table is not None or block.chart is not None:
        return False
    lead_in = bool(following.marker) and block.text.rstrip().endswith(":")
    return lead_in or block.style == following.style == CONTACT
