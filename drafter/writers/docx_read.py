"""Reading a Word document back, all of it: the second module that imports python-docx (``writers/docx.py`` writes).

:func:`read_docx` gives the body's paragraphs and the properties, as the tests and the reviewer read a draft.
:func:`read_document` reads everything a person may have typed into an edited release, in reading order: body
paragraphs and tables (each cell with its row and column header as context), text boxes, then headers and
footers, footnotes, endnotes and comments, as they print: tracked insertions count as text and tracked deletions
do not (the text with every change accepted), and a paragraph still holding a tracked change says so (``pending``);
text in Word's hidden font is not read but kept apart (``hidden``), and so is text struck through by hand
(``struck``: strikethrough, not a tracked deletion, which prints with a line through it); a superscript digit (a
note's marker after a figure, "440¹") is read as the superscript character it prints as, and a line break (Shift+Enter)
as :data:`LINE_BREAK`, Unicode's line separator, which is white space. A chart (a DrawingML chart
part, as ``writers/docx_chart.py`` writes and Word or LibreOffice save it) is one more paragraph where it stands,
holding the figures the chart draws: each series' name and, by category, its cached values (``c:strCache``,
``c:numCache``), which are what every reader draws; whether the chart carries a data sheet of its own (an
embedded workbook, ``c:externalData``) is noted, the sheet is not read.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml

from drafter.writers.docx_chart_read import C, DocChart, read_chart
from drafter.writers.docx_faults import told_unreadable
from drafter.writers.docx_package import as_document, core_properties

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_SKIP = {f"{W}delText", f"{W}pPr", f"{W}rPr", f"{W}tblPr", f"{W}trPr",
         f"{W}tcPr", f"{MC}Fallback", f"{W}commentReference", f"{W}footnoteReference", f"{W}endnoteReference"}
_REMOVED = {f"{W}del": "deletion", f"{W}moveFrom": "move"}
_ADDED = {f"{W}ins": "insertion", f"{W}moveTo": "move"}
_FORMAT_CHANGES = {f"{W}rPrChange", f"{W}pPrChange", f"{W}sectPrChange", f"{W}tblPrChange", f"{W}tcPrChange",
                   f"{W}trPrChange", f"{W}numberingChange"}
_PARTS = re.compile(r"/word/(header|footer|footnotes|endnotes|comments)\d*\.xml")
_ORDER = ("header", "footer", "footnotes", "endnotes", "comments")
_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}

LINE_BREAK = "\u2028"  # a line break in a paragraph (Word's Shift+Enter)


class ReadBack:
    def __init__(self, paragraphs: tuple[tuple[str, str], ...], title: str, author: str, area: str,
                 created: dt.datetime | None) -> None:
        self.paragraphs = paragraphs
        self.title = title
        self.author = author
        self.area = area
        self.created = created


def read_docx(data: bytes | Path) -> ReadBack:
    """Read a DOCX back (for the tests): the body's paragraphs with their style names, and the properties."""
    source = io.BytesIO(data) if isinstance(data, bytes) else str(data)
    document = docx.Document(source)
    paragraphs = tuple((p.style.name if p.style is not None else "", p.text) for p in document.paragraphs)
    props = document.core_properties
    return ReadBack(paragraphs, props.title or "", props.author or "", props.category or "",
                    props.created)


@dataclass(frozen=True)
class DocParagraph:
    """One paragraph as a reader sees it, wherever it stands in the document."""

    text: str
    style: str = ""
    where: str = ""  # "" in the body; "table 1, row 2, column 3", "text box", "header", "footnote 1", "comment 1"
    context: str = ""  # a table cell's row and column heading, which say what its figure is
    pending: tuple[str, ...] = ()  # tracked changes not yet accepted or rejected, described
    comment: bool = False
    comments: tuple[str, ...] = ()  # the ids of the comments anchored in this paragraph
    anchor: str = ""  # a comment's paragraph: the comment's id
    chart: DocChart | None = None  # a chart: its text is its name ("Chart 1", or the title drafter gave it)
    hidden: tuple[str, ...] = ()  # text in Word's hidden font, which does not print
    struck: tuple[str, ...] = ()  # text struck through by hand, which prints with a line through it
    picture: bool = False  # a picture or an object pasted from another program: its text is its name


@dataclass(frozen=True)
class ReadDocument:
    paragraphs: tuple[DocParagraph, ...]
    area: str  # the document property drafter writes the area into (category)
    language: str  # dc:language, "en-GB"
    title: str


@dataclass
class _Walk:
    styles: dict[str, str]
    charts: dict[str, bytes] = field(default_factory=dict)  # the body's chart parts, by relationship id
    tables: int = 0
    drawn: int = 0  # charts read so far
    pictures: int = 0  # pictures and objects found so far
    found: list[DocParagraph] = field(default_factory=list)


def read_document(source: bytes | Path) -> ReadDocument:
    """Everything a person can read in a DOCX, paragraph by paragraph; :class:`UnreadableDocx` if it is not one."""
    return _read_document(source if isinstance(source, bytes) else source.read_bytes())


@functools.lru_cache(maxsize=32)  # the same bytes read once in a process: a release checked, then checked to be sent
def _read_document(data: bytes) -> ReadDocument:
    with told_unreadable(data):  # python-docx and lxml raise many types for a damaged package
        document = docx.Document(io.BytesIO(as_document(data)))
        parts = [(match.group(1), str(part.partname), parse_xml(part.blob))
                 for part in document.part.package.iter_parts() if (match := _PARTS.fullmatch(str(part.partname)))]
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            props = core_properties(package)
        # parts python-docx finds only when asked: a styles part made an external link is found broken here
        styles = {s.get(f"{W}styleId"): n.get(f"{W}val") for s in document.styles.element.iterchildren(f"{W}style")
                  for n in s.iterchildren(f"{W}name")}
        charts = {r_id: rel.target_part.blob for r_id, rel in document.part.rels.items()
                  if rel.reltype == CHART_REL and not rel.is_external}
        body = document.element.body  # a document part whose root is not Word's <w:document> has none
        if body is None:
            raise ValueError("no body")
    walk = _Walk(styles, charts)
    _container(body, walk, "")
    for kind, _, root in sorted(parts, key=lambda p: (_ORDER.index(p[0]), p[1])):
        _part(root, kind, walk)
    return ReadDocument(tuple(walk.found), props.get("area", ""), props.get("language", ""), props.get("title", ""))


def _part(root: Any, kind: str, walk: _Walk) -> None:
    if kind in ("header", "footer"):
        _container(root, walk, kind)
        return
    tag = {"footnotes": "footnote", "endnotes": "endnote", "comments": "comment"}[kind]
    for number, note in enumerate((n for n in root if n.tag == f"{W}{tag}"
                                   and n.get(f"{W}type") not in _SEPARATORS), 1):
        author = note.get(f"{W}author")
        where = f"{tag} {number}" + (f" by {author}" if author else "")
        start = len(walk.found)
        _container(note, walk, where, comment=kind == "comments")
        if kind == "comments":
            walk.found[start:] = [replace(p, anchor=note.get(f"{W}id") or "") for p in walk.found[start:]]


def _container(element: Any, walk: _Walk, where: str, context: str = "", comment: bool = False) -> None:
    """Paragraphs and tables in document order (content controls and custom XML looked through)."""
    for child in element:
        if child.tag == f"{W}p":
            _paragraph(child, walk, where, context, comment)
        elif child.tag == f"{W}tbl":
            _table(child, walk, where, comment)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            _container(child, walk, where, context, comment)


def _paragraph(p: Any, walk: _Walk, where: str, context: str, comment: bool) -> None:
    found = _Text()
    _collect(p, found)
    style_id = next((s.get(f"{W}val") for s in p.iter(f"{W}pStyle")), None)
    text = "".join(found.parts)
    if text.strip() or found.pending or found.comments or found.hidden or found.struck:
        walk.found.append(DocParagraph(text, walk.styles.get(style_id or "", ""), where, context,
                                       tuple(found.pending), comment, tuple(found.comments),
                                       hidden=tuple(found.hidden), struck=tuple(found.struck)))
    for name, r_id in found.charts:
        if r_id in walk.charts and not where:  # a chart in the body
            walk.drawn += 1
            chart = read_chart(walk.charts[r_id], walk.drawn)
            caption = next((p.text for p in reversed(walk.found[-1:]) if p.style == "Caption" and not p.where), "")
            walk.found.append(DocParagraph(" ".join((name if name.strip() and not name.startswith("Object") else
                                                     caption or f"Chart {walk.drawn}").split()),
                                           "", f"chart {walk.drawn}", chart=chart))
    for name in found.pictures if not where.startswith(("header", "footer")) else ():  # not the letterhead's logo
        walk.pictures += 1
        place = f"picture {walk.pictures}"
        walk.found.append(DocParagraph(name, "", f"{where}, {place}" if where else place, context, picture=True))
    for box in found.boxes:
        _container(box, walk, "text box" if not where else f"{where}, text box", context, comment)


@dataclass
class _Text:
    """What one paragraph says, as it is collected run by run."""

    parts: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    boxes: list[Any] = field(default_factory=list)  # text boxes anchored in it, read after it
    comments: list[str] = field(default_factory=list)  # the ids of the comments anchored in it
    charts: list[tuple[str, str]] = field(default_factory=list)  # charts drawn in it: (name, relationship id)
    pictures: list[str] = field(default_factory=list)  # the names of pictures and objects in it
    drawing: str = ""  # the name of the drawing being read (its wp:docPr)
    instruction: str = ""  # the field being read ("PAGE")
    numbering: bool = False  # inside a page-number field's result, which is numbering, not text
    superscript: bool = False  # inside a superscript run
    hidden: list[str] = field(default_factory=list)  # the text of runs in the hidden font
    struck: list[str] = field(default_factory=list)  # the text of runs struck through


def _numbering(instruction: str) -> bool:
    return instruction.split()[:1] in (["PAGE"], ["NUMPAGES"], ["SECTIONPAGES"], ["SEQ"], ["LISTNUM"])


def _collect(element: Any, out: _Text) -> None:
    for child in element:
        tag = child.tag
        if tag == f"{W}t":
            if not out.numbering:
                marker = out.superscript and "".join(out.parts[-2:])[-1:].strip()  # raised straight after a word
                out.parts.append((child.text or "").translate(_SUPERSCRIPT) if marker else child.text or "")
        elif tag == f"{W}r" and (look := _look(child)):
            if look in ("hidden", "struck"):
                text = "".join(t.text or "" for t in child.iter(f"{W}t")).strip()
                (out.hidden if look == "hidden" else out.struck).extend([text] if text else [])
            else:
                out.superscript = True
                _collect(child, out)
                out.superscript = False
        elif tag == f"{W}tab":
            out.parts.append(" ")
        elif tag in (f"{W}br", f"{W}cr"):  # a line break (Shift+Enter): a space to every reader of the text
            out.parts.append(LINE_BREAK)
        elif tag == f"{W}noBreakHyphen":
            out.parts.append("-")
        elif tag == f"{W}txbxContent":
            out.boxes.append(child)
        elif tag == f"{WP}docPr":
            out.drawing = child.get("title") or child.get("name") or ""
        elif tag == f"{C}chart":
            out.charts.append((out.drawing, child.get(f"{R}id") or ""))
        elif (tag == f"{A}graphicData" and (child.get("uri") or "").endswith("/picture")) or tag == f"{W}object":
            out.pictures.append(out.drawing if tag != f"{W}object" else "an object")
        elif tag in (f"{W}commentRangeStart", f"{W}commentReference"):
            out.comments.append(child.get(f"{W}id") or "")
        elif tag == f"{W}instrText":
            out.instruction += child.text or ""
        elif tag == f"{W}fldChar":
            kind = child.get(f"{W}fldCharType")
            out.instruction = "" if kind == "begin" else out.instruction
            out.numbering = kind == "separate" and _numbering(out.instruction)
        elif tag == f"{W}fldSimple" and _numbering(child.get(f"{W}instr") or ""):
            continue
        elif tag in _REMOVED:
            out.pending.append(_change(child, _REMOVED[tag], removed=True))
        elif tag in _ADDED:
            out.pending.append(_change(child, _ADDED[tag], removed=False))
            _collect(child, out)
        elif tag in (f"{W}pPr", f"{W}rPr"):  # a formatting change, or a paragraph break added or removed
            for inner in child.iter():
                if inner.tag in _FORMAT_CHANGES:
                    out.pending.append(_change(inner, "formatting change", removed=False))
                elif inner.tag in _ADDED or inner.tag in _REMOVED:
                    out.pending.append(_change(inner, "paragraph break", removed=False))
        elif isinstance(tag, str) and tag not in _SKIP:  # runs, hyperlinks, fields, smart tags, drawings
            _collect(child, out)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_OFF = ("0", "false", "off")


def _look(run: Any) -> str:
    """"hidden" for a run in Word's hidden font, "struck" for one struck through (once or twice), "superscript" for
    one raised as a note's marker, else ""."""
    props = run.find(f"{W}rPr")
    for tag, look in (("vanish", "hidden"), ("strike", "struck"), ("dstrike", "struck")):
        mark = None if props is None else props.find(f"{W}{tag}")
        if mark is not None and mark.get(f"{W}val") not in _OFF:
            return look
    raised = None if props is None else props.find(f"{W}vertAlign")
    return "superscript" if raised is not None and raised.get(f"{W}val") == "superscript" else ""


def _change(element: Any, what: str, *, removed: bool) -> str:
    """A tracked change, described: "inserted '160' by Jo Bloggs", "formatting changed"."""
    author = element.get(f"{W}author")
    by = f" by {author}" if author else ""
    if what in ("formatting change", "paragraph break"):
        return ("formatting changed" if what == "formatting change" else "paragraph break added or removed") + by
    texts = element.iter(f"{W}delText", f"{W}t") if removed else element.iter(f"{W}t")
    text = " ".join("".join(t.text or "" for t in texts).split())
    verb = ("moved away" if removed else "moved here") if what == "move" else "deleted" if removed else "inserted"
    return f"{verb} {text!r}{by}"


def _table(tbl: Any, walk: _Walk, where: str, comment: bool) -> None:
    walk.tables += 1
    number = walk.tables
    rows = [[cell for cell in _cells(row)] for row in tbl if row.tag == f"{W}tr"]
    texts = [[_cell_text(cell) for cell in row] for row in rows]
    header = texts[0] if texts else []
    for r, (row, row_texts) in enumerate(zip(rows, texts, strict=True), 1):
        line = " | ".join(row_texts)
        for c, cell in enumerate(row, 1):
            heading = header[c - 1] if r > 1 and c <= len(header) else ""
            place = f"table {number}, row {r}, column {c}"
            if r > 1 and row_texts and heading:  # named as a reader would: by its area and its heading
                place = f"table {number}, row {r} ({row_texts[0]}), column {c} ({heading})"
            _container(cell, walk, f"{where}, {place}" if where else place,
                       f"{line} | {heading}" if heading else line, comment)


def _cells(row: Any) -> Iterator[Any]:
    for child in row:
        if child.tag == f"{W}tc":
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _cells(child)


def _cell_text(cell: Any) -> str:
    found = _Text()
    for p in cell.iter(f"{W}p"):
        _collect(p, found)
        found.parts.append(" ")
    return " ".join("".join(found.parts).split())
