"""Block tree → DOCX, with python-docx (which only this module and :mod:`drafter.writers.docx_read` import).

python-docx opens the reference DOCX once per batch and is the source of truth for its package: every part,
relationship and style. Each release then only needs its own ``word/document.xml`` (paragraphs in named
styles) and ``docProps/core.xml``; all other parts are copied as the reference has them. Entries get a fixed
timestamp (the release date), so the same inputs always give the same bytes.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import itertools
import zipfile
from collections.abc import Callable, Iterable, Iterator
from html import escape as _html_escape
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE

from drafter.document import STYLES_USED, TABLE_STYLE
from drafter.errors import TemplateError
from drafter.model import Block, Inline, Release, SourceRef
from drafter.writers._zip import Entry, build_zip, deflate, deflate_chunks, dos_stamp
from drafter.writers.docx_chart import chart_parts
from drafter.writers.docx_read import ReadBack, read_docx
from drafter.writers.docx_table import exhibit_xml
from drafter.writers.setup import Setup

__all__ = ["DocxWriter", "ReadBack", "build", "core_properties_xml", "read_docx", "review_docx"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_PART = "word/document.xml"
CORE_PART = "docProps/core.xml"


class DocxWriter:
    """Writes releases as DOCX using the styles, page set-up, header and footer of one reference DOCX."""

    extension = "docx"

    def __init__(self, reference: Path, styles: tuple[str, ...], warn: Callable[[str], None] | None = None) -> None:
        self.reference = reference
        try:
            document = docx.Document(str(reference))
        except Exception as exc:  # python-docx raises several types for a broken package
            raise TemplateError(f"cannot be opened as a Word document ({exc})", source=SourceRef(str(reference)),
                                field="reference", expected="a .docx file") from None
        known = {style.name for style in document.styles}
        missing = [name for name in styles if name not in known]
        if missing:
            _add_styles(document, missing)
            if warn is not None:
                warn(f"{reference.name} has no style {', '.join(repr(m) for m in missing)}; drafter added its own "
                     "(in the letterhead's font); add them to the letterhead to control their look")
        self.style_ids = {}
        for name in styles:
            style = document.styles[name]
            if style.type != WD_STYLE_TYPE.PARAGRAPH:
                raise TemplateError(f"style {name!r} is not a paragraph style", source=SourceRef(str(reference)),
                                    field="reference", expected="a paragraph style")
            self.style_ids[name] = style.style_id
        if TABLE_STYLE not in {s.name for s in document.styles}:  # tables of figures (writers/docx_table.py)
            _add_styles(document, [TABLE_STYLE])
        self.table_style = document.styles[TABLE_STYLE].style_id
        document.core_properties.title = ""  # make sure the core-properties part exists
        body = document.element.body
        for child in list(body):
            if child.tag != f"{{{W_NS}}}sectPr":
                body.remove(child)
        buffer = io.BytesIO()
        document.save(buffer)
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as package:
            self.parts = [(info.filename, package.read(info.filename)) for info in package.infolist()]
        names = [name for name, _ in self.parts]
        if DOCUMENT_PART not in names or CORE_PART not in names:
            raise TemplateError("lacks the main document or core-properties part",
                                source=SourceRef(str(reference)), field="reference",
                                expected="a standard .docx package")
        self.static = {name: deflate(name, data) for name, data in self.parts
                       if name not in (DOCUMENT_PART, CORE_PART)}
        template = dict(self.parts)[DOCUMENT_PART].decode("utf-8")
        cut = template.index("<w:sectPr") if "<w:sectPr" in template else template.index("</w:body>")
        self.document_head, self.document_tail = template[:cut], template[cut:]

    def render(self, release: Release) -> bytes:
        """The DOCX bytes for one release."""
        charts = itertools.count(1)  # a chart's number, for its part and relationship (writers/docx_chart.py)
        body = "".join(self.paragraph_xml(block, next(charts) if block.chart else 0) for block in release.blocks)
        document = (self.document_head + body + self.document_tail).encode("utf-8")
        extra = chart_parts(release, dict(self.parts)) if any(b.chart for b in release.blocks) else None
        return self._package(deflate(DOCUMENT_PART, document), release, extra)

    def render_streamed(self, blocks: Iterable[Block], release: Release) -> bytes:
        """:meth:`render` for a long document whose blocks come one by one (``release`` gives the
        properties): its XML is compressed as it is made, never held whole."""
        chunks = itertools.chain([self.document_head], (self.paragraph_xml(b) for b in blocks),
                                 [self.document_tail])
        return self._package(deflate_chunks(DOCUMENT_PART, (c.encode("utf-8") for c in chunks)), release)

    def _package(self, document: Entry, release: Release, extra: dict[str, bytes] | None = None) -> bytes:
        core = core_properties_xml(release).encode("utf-8")
        day = release.release_date
        extra = extra or {}
        entries = []
        for name, _ in self.parts:
            if name == DOCUMENT_PART:
                entries.append(document)
            elif name == CORE_PART:
                entries.append(deflate(name, core))
            else:
                entries.append(deflate(name, extra.pop(name)) if name in extra else self.static[name])
        entries += [deflate(name, data) for name, data in extra.items()]  # a chart's own part
        return build_zip(entries, dos_stamp(day.year, day.month, day.day))

    def paragraph_xml(self, block: Block, chart: int = 0) -> str:
        if block.table is not None or block.chart is not None:
            return exhibit_xml(block, chart, self.style_ids, self.table_style)
        style = self.style_ids[block.style]
        breaks = "<w:pageBreakBefore/>" if block.page_break else ""
        runs = []
        if block.marker:
            runs.append(_run(block.marker + " ", False, False))
        for inline in block.inlines:
            runs.append(_run(inline.text, inline.bold, inline.italic))
        return f'<w:p><w:pPr><w:pStyle w:val="{escape(style)}"/>{breaks}</w:pPr>{"".join(runs)}</w:p>'


def escape(text: str) -> str:
    """Text for XML content: &, < and > escaped (html's escape without quotes; xml.sax.saxutils's import of
    urllib costs a run's start-up more than everything else here)."""
    return _html_escape(text, quote=False)


def _add_styles(document: Any, names: list[str]) -> None:
    """Copy the shipped reference's definitions of ``names`` into ``document`` (in memory only: the user's file
    is never changed), without their fonts, so they take the letterhead's own font."""
    from drafter.shipped import reference_docx

    shipped = docx.Document(str(reference_docx()))
    target = document.styles.element
    for name in names:
        element = copy.deepcopy(shipped.styles[name].element)
        for fonts in element.findall(f".//{{{W_NS}}}rFonts"):
            fonts.getparent().remove(fonts)
        target.append(element)


def _run(text: str, bold: bool, italic: bool) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def core_properties_xml(release: Release) -> str:
    """Document properties: the headline as title, the organisation as author, the release date as created."""
    stamp = dt.datetime.combine(release.release_date, dt.time()).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(release.headline)}</dc:title>"
        f"<dc:subject>{escape(release.area)}</dc:subject>"
        f"<dc:creator>{escape(release.organisation)}</dc:creator>"
        f"<cp:keywords>drafter</cp:keywords>"
        f"<cp:category>{escape(release.area)}</cp:category>"
        f"<dc:language>{escape(release.language.replace('_', '-'))}</dc:language>"
        "<cp:lastModifiedBy>drafter</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def review_docx(writer: DocxWriter, title: str, organisation: str, day: dt.date,
                rows: Iterable[tuple[str, str, list[tuple[str, str]]]]) -> bytes:
    """The reviewer pack as a Word document through the same fast writer as the releases: per area a heading
    on a new page, the headline, then labelled lines (figures, quotes, warnings). Made block by block, so a
    pack for 10,000 areas costs no more memory than its compressed size."""
    def blocks() -> Iterator[Block]:
        yield Block("heading", "Title", (Inline(title),), 1)
        for index, (area, headline, lines) in enumerate(rows):
            yield Block("heading", "Notes Heading", (Inline(area),), 2, page_break=index > 0)
            yield Block("paragraph", "Body Text", (Inline(headline),))
            for label, text in lines:
                yield Block("paragraph", "Notes", (Inline(f"{label}: ", bold=True), Inline(text)))

    release = Release(area="", slug="review", language="en_GB", headline=title, blocks=(), facts=(),
                      quotes_used=(), warnings=(), organisation=organisation, release_date=day)
    return writer.render_streamed(blocks(), release)


def build(setup: Setup) -> DocxWriter:
    """The batch's DOCX writer, made once (loading the reference document is the costly part) and shared with
    the formats made from it: PDF and the reviewer pack."""
    if not isinstance(setup.docx, DocxWriter):
        setup.docx = DocxWriter(setup.reference, STYLES_USED, warn=setup.warn)
    return setup.docx
