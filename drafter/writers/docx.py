"""Block tree → DOCX, with python-docx (which only this module and :mod:`drafter.writers.docx_read` import).

python-docx opens the reference DOCX once per batch (once per process for the same file, :func:`build`) and is the
source of truth for its package: every part, relationship and style. Each release then only needs its own
``word/document.xml`` (paragraphs in named styles, each paragraph and run tagged with the release's language),
``word/numbering.xml`` (a Word list per list, :mod:`drafter.writers.docx_lists`) and properties
(:mod:`drafter.writers.docx_props`); all other parts are copied as the reference has them. Entries get a fixed
timestamp (the release date), so the same inputs always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Cm, Inches, Pt

from drafter.document import HEADING_LOOKS, HEADLINE_STYLE, STYLES_USED, TABLE_STYLE
from drafter.errors import TemplateError
from drafter.model import Block, Inline, Release, SourceRef
from drafter.writers._zip import Entry, build_zip, deflate, deflate_chunks, dos_stamp
from drafter.writers.docx_chart import chart_parts
from drafter.writers.docx_faults import UnreadableDocx, told_unreadable
from drafter.writers.docx_lists import (
    EMPTY_NUMBERING,
    NUMBERING_PART,
    Definitions,
    ListNumbering,
    kept_with_next,
    list_kind,
    with_definitions,
)
from drafter.writers.docx_measure import Measure
from drafter.writers.docx_package import (
    as_document,
    copy_styles,
    detach_heading,
    has_pictures,
    inherit_headers,
    run_xml,
    with_label,
)
from drafter.writers.docx_page import set_paper
from drafter.writers.docx_props import (
    APP_PART,
    CORE_PART,
    WordCount,
    app_properties_xml,
    core_properties_xml,
    counts,
    escape,
    own_text,
    with_app_part,
)
from drafter.writers.docx_table import exhibit_xml, text_box, with_language
from drafter.writers.setup import Setup
from drafter.writers.unbroken import Whole, kept_whole, last_words_together, unbroken

__all__ = ["DocxWriter", "build", "core_properties_xml", "letterhead_docx"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
DOCUMENT_PART = "word/document.xml"


class DocxWriter:
    """Writes releases as DOCX using the styles, page set-up, header and footer of one reference DOCX."""

    extension = "docx"

    def __init__(self, reference: Path, styles: tuple[str, ...], warn: Callable[[str], None] | None = None,
                 label: str = "", labels: tuple[tuple[str, str], ...] = (), paper: str = "",
                 data: bytes | None = None) -> None:
        self.reference = reference  # ``data``: its bytes, when the caller has read them
        data = reference.read_bytes() if data is None else data
        try:
            with told_unreadable(data):  # a Word template (.dotx) is read as the document it makes
                document = docx.Document(io.BytesIO(as_document(data)))
                named, _ = _by_name(document), document.core_properties  # parts found only when asked: a broken one
        except UnreadableDocx as exc:
            raise TemplateError(f"cannot be opened as a Word document: {exc.why}", source=SourceRef(str(reference)),
                                field="reference", expected=exc.expected) from None
        set_paper(document.sections, paper)  # drafter's own reference on the house style's paper (AP: Letter)
        added = _merge_styles(document, styles, named)
        named = named if added is None else _by_name(document)  # styles copied in: list them again
        if added and warn is not None:
            warn(f"{reference.name} has no style {', '.join(repr(m) for m in added)}; drafter added its own "
                 "(in the letterhead's font); add them to the letterhead to control their look")
        style_ids = {}
        for name in styles:
            style = named[name]
            if style.type != WD_STYLE_TYPE.PARAGRAPH:
                kind = style.type.name.lower()  # "character", "table" or "list"
                raise TemplateError(f"its style {name!r} is a {kind} style, not a paragraph style",
                                    source=SourceRef(str(reference)), field="reference",
                                    expected="a paragraph style by that name: rename or delete that style in the "
                                    "letterhead (Home, Styles), and drafter adds its own")
            style_ids[name] = style.style_id
        self.style_ids: Mapping[str, str] = MappingProxyType(style_ids)  # read only: build() shares writers
        if TABLE_STYLE not in named:  # tables of figures (writers/docx_table.py)
            _add_styles(document, [TABLE_STYLE])
            named = _by_name(document)
        self.table_style = named[TABLE_STYLE].style_id
        self.text_width, self.text_height = text_box(document.sections[-1])  # tables and charts fit in the margins
        body = named["Body Text"]  # a chart's text in the body text's font (python-docx: its w:ascii)
        while body is not None and not body.font.name:
            body = body.base_style
        self.font = body.font.name if body is not None else ""
        sizes = [style.font.size.pt for style in (named[TABLE_STYLE], named.get("Normal")) if style and style.font.size]
        self.measure = Measure(self.font, max(sizes, default=11))  # Normal's 11 points where it beats the table's 10
        document.core_properties.title = ""  # make sure the core-properties part exists
        _ensure_numbering(document)
        body = document.element.body
        inherit_headers(body)
        typed = [child for child in body if child.tag != f"{{{W_NS}}}sectPr"]
        if warn is not None and has_pictures(typed):
            warn(f"{reference.name} has a picture on its page, which drafter leaves out as it leaves out the page's "
                 "text; put a logo in the letterhead's header (double-click the top of the page) to have it in "
                 "every release")
        for child in typed:
            body.remove(child)
        document.save(buffer := io.BytesIO())
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as package:
            parts = with_app_part({info.filename: package.read(info.filename) for info in package.infolist()})
        if DOCUMENT_PART not in parts or CORE_PART not in parts:
            raise TemplateError("lacks the main document or core-properties part", source=SourceRef(str(reference)),
                                field="reference", expected="a standard .docx package")
        self.lists = Definitions(with_definitions(parts.get(NUMBERING_PART, b"").decode("utf-8") or EMPTY_NUMBERING))
        parts[NUMBERING_PART] = self.lists.xml.encode("utf-8")
        relabelled = {}  # language tag → its headers with its own label
        for tag, text in labels:
            if text and text != label:  # tagged with its language: Word checks "DATGANIAD I’R WASG" as Welsh
                own = with_label(parts, text, tag)
                relabelled[tag] = {name: deflate(name, data) for name, data in own.items() if parts[name] != data}
        self.relabelled: Mapping[str, Mapping[str, Entry]] = MappingProxyType(relabelled)  # read only, as all here
        labelled = with_label(parts, label) if label else parts
        self.unlabelled: Mapping[str, Entry] = MappingProxyType({  # the headers without the label, for the pack
            name: deflate(name, data) for name, data in parts.items() if labelled[name] != data})
        self.parts = tuple(labelled.items())
        self.static: Mapping[str, Entry] = MappingProxyType({name: deflate(name, data) for name, data in self.parts
                                                             if name not in (DOCUMENT_PART, CORE_PART, APP_PART)})
        template = parts[DOCUMENT_PART].decode("utf-8")
        cut = template.index("<w:sectPr") if "<w:sectPr" in template else template.index("</w:body>")
        self.document_head, self.document_tail = template[:cut], template[cut:]

    def render(self, release: Release) -> bytes:
        """The DOCX bytes for one release."""
        lists = ListNumbering(self.lists)
        lang = release.language_tag
        charts = itertools.count(1)  # a chart's number, for its part and relationship (writers/docx_chart.py)
        blocks = release.blocks
        whole = kept_whole((fact.text for fact in release.facts), release.units)  # "3.6 per cent" on one line
        body = "".join(self.paragraph_xml(block, lang, lists.num_id(*list_kind(block.marker)),
                                          next(charts) if block.chart else 0,
                                          after_table=i > 0 and blocks[i - 1].table is not None,
                                          keep=kept_with_next(block, blocks[i + 1] if i + 1 < len(blocks) else None),
                                          whole=whole) for i, block in enumerate(blocks))
        if blocks and blocks[-1].table is not None:  # Word ends a document with a paragraph, never a table
            body += f'<w:p><w:pPr><w:pStyle w:val="{escape(self.style_ids["Body Text"])}"/></w:pPr></w:p>'
        document = (self.document_head + body + self.document_tail).encode("utf-8")
        extra = chart_parts(release, dict(self.parts), self.font) if any(b.chart for b in release.blocks) else {}
        if lists.nums:
            extra[NUMBERING_PART] = (self.lists.head + lists.nums_xml() + self.lists.tail).encode("utf-8")
        return self._package(deflate(DOCUMENT_PART, document), release, extra,
                             counts(own_text(block) for block in release.blocks),
                             self.relabelled.get(release.language_tag))

    def render_body(self, chunks: Iterable[str], release: Release, tally: WordCount, tail: str | None = None
                    ) -> bytes:
        """A document whose body XML comes piece by piece (the reviewer pack's table, row by row), compressed as
        it is made, never held whole; ``release`` gives the properties, ``tally`` (filled in as the chunks are
        made) the word count, ``tail`` another section set-up (the pack's landscape page). The header has no
        release label ("PRESS RELEASE"): this is not one."""
        pieces = itertools.chain([self.document_head], chunks, [self.document_tail if tail is None else tail])
        document = deflate_chunks(DOCUMENT_PART, (piece.encode("utf-8") for piece in pieces))
        return self._package(document, release, {}, tally.totals(), self.unlabelled)

    def _package(self, document: Entry, release: Release, extra: dict[str, bytes],
                 counted: tuple[int, int, int, int], instead: Mapping[str, Entry] | None = None) -> bytes:
        """The package: the release's own parts (document, properties; ``extra``: its lists' numbering, a
        chart's parts, each replacing the reference's or added) and the reference's, compressed once."""
        core = core_properties_xml(release).encode("utf-8")
        app = app_properties_xml(*counted, release.organisation).encode("utf-8")
        day = release.release_date
        entries = []
        for name, _ in self.parts:
            if name == DOCUMENT_PART:
                entries.append(document)
            elif name == CORE_PART:
                entries.append(deflate(name, core))
            elif name == APP_PART:
                entries.append(deflate(name, app))
            elif name in extra:
                entries.append(deflate(name, extra.pop(name)))
            elif instead and name in instead:
                entries.append(instead[name])
            else:
                entries.append(self.static[name])
        entries += [deflate(name, data) for name, data in extra.items()]  # a chart's own part
        return build_zip(entries, dos_stamp(day.year, day.month, day.day))

    def paragraph_xml(self, block: Block, lang: str = "en-GB", num_id: int | None = None, chart: int = 0,
                      after_table: bool = False, keep: bool = False, whole: Whole = None) -> str:
        """One paragraph: its style, a Word list's numbering for a list item (its marker is Word's, not
        text), and the language on the paragraph mark and every run; a table or chart, as
        :mod:`drafter.writers.docx_table` writes it, with the language put on its text. Word puts no space after
        a table, so the paragraph ``after_table`` has a line's space before it (not an empty paragraph, which a
        screen reader reads out as "blank"). A paragraph ``keep`` stays on the page of the next
        (:func:`drafter.writers.docx_lists.kept_with_next`); a figure in ``whole`` never breaks from its unit."""
        if block.table is not None or block.chart is not None:
            return with_language(exhibit_xml(block, chart, self.style_ids, self.table_style, self.text_width,
                                             self.measure, whole, self.text_height), lang)
        style = self.style_ids[block.style]
        breaks = ("<w:keepNext/>" if keep else "") + ("<w:pageBreakBefore/>" if block.page_break else "")
        numbered = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>' if num_id else ""
        if num_id is None and block.marker:  # a list item outside a Word list (never in a release)
            block = Block(block.kind, block.style, (Inline(block.marker + " "), *block.inlines))
        language = f'<w:lang w:val="{lang}"/>'
        texts = [unbroken(run.text, whole) for run in block.inlines]
        if block.style == HEADLINE_STYLE and texts:  # never a headline's last word alone on its line
            texts[-1] = last_words_together(texts[-1])
        runs = "".join(run_xml(text, run.bold, run.italic, language)
                       for text, run in zip(texts, block.inlines, strict=True))
        space = '<w:spacing w:before="240"/>' if after_table else ""
        return (f'<w:p><w:pPr><w:pStyle w:val="{escape(style)}"/>{breaks}{numbered}{space}<w:rPr>{language}</w:rPr>'
                f"</w:pPr>{runs}</w:p>")


def _ensure_numbering(document: Any) -> None:
    """Give a letterhead that has no list definitions a numbering part (drafter's are added to it as text)."""
    part = document.part
    if not any(rel.reltype == RELATIONSHIP_TYPE.NUMBERING for rel in part.rels.values()):
        numbering = Part(PackURI("/word/numbering.xml"), CONTENT_TYPE.WML_NUMBERING,
                         EMPTY_NUMBERING.encode("utf-8"), part.package)
        part.relate_to(numbering, RELATIONSHIP_TYPE.NUMBERING)


def _add_styles(document: Any, names: list[str]) -> None:
    """Copy the shipped reference's definitions of ``names`` into ``document``, without their fonts."""
    from drafter.shipped import reference_docx

    copy_styles(document, docx.Document(str(reference_docx())), names)


def _merge_styles(document: Any, styles: tuple[str, ...], named: dict[str, Any]) -> list[str] | None:
    """Give a letterhead drafter's styles (in memory only: the user's file is never changed) and return the names
    added (``None``: nothing changed; ``named``: its styles by name). A style the letterhead defines by drafter's
    name is the letterhead's; any other keeps drafter's look, without its font, so it takes the letterhead's. The
    headline is Word's Heading 1 and a section's heading ("Notes to editors") Word's Heading 2, so that screen
    readers, Word's navigation pane and converters see headings: drafter's (based on "Headline" and "Notes Heading",
    with no look of their own) replace the letterhead's; those two give the look, the letterhead's if it has them."""
    from drafter.shipped import reference_docx

    pairs = [(heading, look) for heading, look in HEADING_LOOKS if heading in styles]
    missing = sorted(n for n in {*styles, *(look for _, look in pairs)} - {h for h, _ in pairs} if n not in named)
    replace = [(heading, look) for heading, look in pairs  # the letterhead's heading, not drafter's
               if getattr(getattr(named.get(heading), "base_style", None), "name", None) != look]
    if not missing and not replace:
        return None  # the shipped reference, or a letterhead made from it: nothing to load
    shipped = docx.Document(str(reference_docx()))
    for heading, look in replace:
        if heading in named:
            detach_heading(document.styles.element, named[heading].element, look)
        copy_styles(document, shipped, [heading])
    return copy_styles(document, shipped, missing)


def _by_name(document: Any) -> dict[str, Any]:
    """The document's styles by name as python-docx lists them. Not ``document.styles[name]``, which looks Word's
    built-in names up in lower case ("heading 1"): LibreOffice writes them as shown ("Heading 1"), so that fails."""
    return {style.name: style for style in reversed(list(document.styles))}  # a name given twice: the first


def letterhead_docx(organisation: str, paper: str = "A4") -> bytes:
    """A starter letterhead on ``paper`` (A4; AP's US Letter): the shipped reference (its styles, label line and page
    number) with a header holding a logo placeholder and the organisation's name, and a page saying what to do, with
    a sample of each style. The same organisation gives the same bytes."""
    from drafter.shipped import reference_docx
    from drafter.writers.letterhead import INSTRUCTIONS, LOGO_ALT, SAMPLES, placeholder_logo

    document = docx.Document(str(reference_docx()))
    set_paper(document.sections, paper)
    section = document.sections[0]
    top = section.header.paragraphs[0].insert_paragraph_before(style="Header")
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    for position in (3.25, 6.5):  # the Header style's tabs for US Letter, cleared for the page's own width
        top.paragraph_format.tab_stops.add_tab_stop(Inches(position), WD_TAB_ALIGNMENT.CLEAR)
    top.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    top.add_run().add_picture(io.BytesIO(placeholder_logo()), width=Cm(4.5))
    for described in top._p.iter(f"{{{WP_NS}}}docPr"):
        described.set("name", "Logo")
        described.set("descr", LOGO_ALT)
    name = top.add_run("\t" + organisation)
    name.bold, name.font.size = True, Pt(14)
    for text in INSTRUCTIONS:
        document.add_paragraph(text, style="Body Text")
    for style, text in SAMPLES:
        document.add_paragraph(text, style=style)
    props = document.core_properties
    props.title, props.author, props.last_modified_by, props.comments = "Letterhead", organisation, "drafter", ""
    props.created = props.modified = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    props.revision = 1
    document.save(buffer := io.BytesIO())
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as package:
        entries = [deflate(info.filename, package.read(info.filename)) for info in package.infolist()]
    return build_zip(entries, dos_stamp(1980, 1, 1))


def build(setup: Setup) -> DocxWriter:
    """The batch's DOCX writer, made once and shared with the formats made from it: PDF and the reviewer pack. A
    reference loaded before in this process, byte for byte, is not loaded again; its warnings are given again."""
    if not isinstance(setup.docx, DocxWriter):
        try:
            setup.docx, warnings = _writer(setup.reference.read_bytes(), setup.reference, *setup.looks)
        except OSError:  # unread: DocxWriter reads it again, and says what is wrong
            setup.docx, warnings = DocxWriter(setup.reference, STYLES_USED, setup.warn, *setup.looks), ()
        for warning in warnings:
            if setup.warn is not None:
                setup.warn(warning)
    return setup.docx


@functools.lru_cache(maxsize=4)
def _writer(data: bytes, reference: Path, label: str, labels: tuple[tuple[str, str], ...], paper: str
            ) -> tuple[DocxWriter, tuple[str, ...]]:
    warnings: list[str] = []
    return DocxWriter(reference, STYLES_USED, warnings.append, label, labels, paper, data), tuple(warnings)
