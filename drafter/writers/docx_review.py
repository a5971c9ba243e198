"""The reviewer pack as a Word document, through the releases' fast writer: a landscape table with a row per
release (area and headline, key figures, quotes with their approval, warnings), its heading row repeated on
each page, then a sign-off block. Made row by row, so a pack for 10,000 areas costs no more memory than its
compressed size."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from drafter.document import HEADLINE_STYLE, SECTION_STYLE
from drafter.model import Block, Inline, Release
from drafter.writers.docx import DocxWriter
from drafter.writers.docx_props import WordCount, escape

LANG = "en-GB"
COLUMNS = (("Area and headline", 20),
           ("Key figures: what, when, value, how it was worked out and from which cells", 41),
           ("Quotes and their approval", 19), ("Warnings", 20))  # share of the width, per cent: the warnings
# as wide as the quotes, not an eighth of the page, where a row of two warnings a word a line took a page
SIZE = 18  # half-points: the table's text at 9 pt, so that several areas fit on a page
KEEP_LINES = 30  # a row of at most this many lines is kept on one page; a landscape page holds about 40
CHAR = 95  # twentieths of a point: the width of an average character of the table's 9 pt text
SIGN_OFF = ("Name", "Role", "Date", "Signature")
INTRO = ("Every release in this batch, one row each: check the key figures against their sources and the quotes "
         "against their approval, read the warnings, then sign off below.")
CONFIRM = "I have checked the releases above: their figures, quotes and warnings. They may be issued."
_BORDER = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
_PAGE = re.compile(r'<w:pgSz\b[^>]*?w:w="(\d+)"[^>]*?w:h="(\d+)"[^>]*/>')
_MARGINS = re.compile(r'<w:pgMar\b[^>]*?w:right="(\d+)"[^>]*?w:left="(\d+)"')


@dataclass(frozen=True)
class ReviewTable:
    """One release's row: its figures as (measure, what, when, value, how, the cells it comes from)."""

    area: str
    headline: str
    figures: tuple[tuple[str, str, str, str, str, str], ...]
    quotes: tuple[str, ...]
    warnings: tuple[str, ...]
    file: str = ""  # its file's name, where the batch has each area in two languages ("cheshire.cy")


def lines(width: int, texts: Iterable[str]) -> int:
    """About how many lines ``texts`` take, a paragraph each, in a cell ``width`` twentieths of a point wide.

    >>> lines(1900, ["Cheshire", "x" * 45, ""])
    4
    """
    across = max(1, (width - 160) // CHAR)  # less the cell's margins
    return sum(max(1, -(-len(text) // across)) for text in texts if text)


def landscape(tail: str) -> tuple[str, int]:
    """The document's section turned to landscape, and the width of its text in twentieths of a point.

    >>> landscape('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
    ...           'w:bottom="1417" w:left="1417"/></w:sectPr>')
    ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1417" w:right="1417" \
w:bottom="1417" w:left="1417"/></w:sectPr>', 14004)
    """
    page = _PAGE.search(tail)
    if page is None:
        return tail, 9000
    width, height = sorted((int(page.group(1)), int(page.group(2))), reverse=True)
    tail = tail[:page.start()] + f'<w:pgSz w:w="{width}" w:h="{height}" w:orient="landscape"/>' + tail[page.end():]
    margins = _MARGINS.search(tail)
    return tail, width - (int(margins.group(1)) + int(margins.group(2)) if margins else 2834)


def review_docx(writer: DocxWriter, title: str, organisation: str, day: dt.date,
                rows: Iterable[ReviewTable], attention: tuple[str, ...] = ()) -> bytes:
    """review.docx: the title, a line saying what to do, what needs attention first (``attention``, one line
    each, in bold), the table, the sign-off block."""
    tail, width = landscape(writer.document_tail)
    tally = WordCount()
    style = writer.style_ids

    def para(style_name: str, *inlines: Inline, after: int | None = None) -> str:
        tally.add("".join(i.text for i in inlines))
        if after is None:
            return writer.paragraph_xml(Block("paragraph", style_name, inlines), LANG)
        runs = "".join(
            f'<w:r><w:rPr>{"<w:b/>" if i.bold else ""}{"<w:i/>" if i.italic else ""}'
            f'<w:sz w:val="{SIZE}"/><w:szCs w:val="{SIZE}"/>'
            f'<w:lang w:val="{LANG}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(i.text)}</w:t></w:r>' for i in inlines)
        return (f'<w:p><w:pPr><w:pStyle w:val="{style[style_name]}"/><w:spacing w:before="0" w:after="{after}"/>'
                f'<w:rPr><w:lang w:val="{LANG}"/></w:rPr></w:pPr>{runs}</w:p>')

    def cell(share: int, paragraphs: list[str], shade: bool = False) -> str:
        fill = '<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>' if shade else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width * share // 100}" w:type="dxa"/>{fill}</w:tcPr>'
                f'{"".join(paragraphs) or "<w:p/>"}</w:tc>')

    def table(caption: str, shares: list[int], heading: list[str]) -> str:
        borders = "".join(_BORDER.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        grid = "".join(f'<w:gridCol w:w="{width * share // 100}"/>' for share in shares)
        head = "".join(cell(share, [para("Contact", Inline(text, bold=True), after=0)], shade=True)
                       for share, text in zip(shares, heading, strict=True))
        return (f'<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
                '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" '
                'w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
                '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
                f'w:noHBand="1" w:noVBand="1"/><w:tblCaption w:val="{escape(caption)}"/></w:tblPr>'
                f'<w:tblGrid>{grid}</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{head}</w:tr>')

    def row(item: ReviewTable) -> str:
        shares = [share for _, share in COLUMNS]
        first = [para("Contact", Inline(item.area, bold=True), after=40),
                 *([para("Contact", Inline(item.file, italic=True), after=40)] if item.file else []),
                 para("Contact", Inline(item.headline), after=0)]
        figures: list[str] = []
        said: list[str] = []  # the figures' lines, to measure the row by
        previous = ""
        for measure, what, when, value, how, where in item.figures:  # each measure named once, its figures under it
            if measure != previous:
                figures.append(para("Contact", Inline(measure, bold=True), after=0))
                said.append(measure)
            previous = measure
            label = f"{when} ({what})" if what and when else what or when
            shown = (Inline(f"{label}: "), Inline(value, bold=True), Inline(f" = {how}")) if value else (
                Inline(f"{label}: {how}"),)  # a rank only deciding the wording: "not printed: decides …"
            figures.append(para("Contact", *shown, *([Inline(f" ({where})", italic=True)] if where else []), after=0))
            said.append(f"{label}: {value} = {how} ({where})")
        quotes = [para("Contact", Inline(text), after=60) for text in item.quotes] or [
            para("Contact", Inline("none"), after=0)]
        warnings = [para("Contact", Inline(text), after=60) for text in item.warnings] or [
            para("Contact", Inline("none"), after=0)]
        cells = [cell(share, content) for share, content in zip(shares, (first, figures, quotes, warnings),
                                                                  strict=True)]
        tall = max(lines(width * share // 100, texts) for share, texts in zip(shares, (
            [item.area, item.file, item.headline], said, item.quotes, item.warnings), strict=True))
        keep = "<w:cantSplit/>" if tall <= KEEP_LINES else ""  # a taller row runs on to the next page, not cut off
        return f'<w:tr><w:trPr>{keep}</w:trPr>{"".join(cells)}</w:tr>'

    def body() -> Iterator[str]:
        tally.add(title)
        yield writer.paragraph_xml(Block("heading", HEADLINE_STYLE, (Inline(title),), 1), LANG)
        yield para("Body Text", Inline(INTRO))
        yield from (para("Body Text", Inline(line, bold=True), after=80) for line in attention)
        yield table("Releases to review", [share for _, share in COLUMNS], [name for name, _ in COLUMNS])
        for item in rows:
            yield row(item)
        yield "</w:tbl>"
        tally.add("Sign-off")
        yield writer.paragraph_xml(Block("heading", SECTION_STYLE, (Inline("Sign-off"),), 2), LANG)
        yield para("Body Text", Inline(CONFIRM))
        yield table("Sign-off", [30, 25, 15, 30], list(SIGN_OFF))
        blank = "".join(cell(share, []) for share in (30, 25, 15, 30))
        yield f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="567"/></w:trPr>{blank}</w:tr></w:tbl>'
        yield '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'  # Word ends a body with a paragraph

    release = Release(area="", slug="review", language="en_GB", headline=title, blocks=(), facts=(), quotes_used=(),
                      warnings=(), organisation=organisation, release_date=day, campaign=title, language_tag=LANG)
    return writer.render_body(body(), release, tally, tail)
