"""A table of figures (or a chart) as WordprocessingML, for :class:`drafter.writers.docx.DocxWriter`.

A table is a real Word table in the reference DOCX's table style (``Figures Table``): its caption a ``Caption``
paragraph kept with it, a table of up to ``KEPT_WHOLE`` rows kept on one page (each row but the last kept with the
next), a longer one with its header row repeated on every page (``w:tblHeader``), no row split across a page
(``w:cantSplit``), figures aligned right, the release's own area in bold. A chart is its title (``Caption``), the
chart itself (:mod:`drafter.writers.docx_chart`) and its source line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from drafter.exhibits import Table
from drafter.model import Block
from drafter.writers import docx_chart
from drafter.writers.docx_measure import ARIAL, Measure
from drafter.writers.docx_props import escape, escape_attribute
from drafter.writers.unbroken import NO_BREAK, Whole, unbroken

WIDTH = 9070  # twentieths of a point: the text width of an A4 page with 2.5 cm margins (the letterhead's own, given)
HEIGHT = 14003  # … and its text height (24.7 cm)
# A chart's title and source line, with their spaces, and the chart paragraph's line: left free on a page, so that
# the title, the chart and its source, kept together, always fit on one (else Word and LibreOffice part them)
CHART_TEXT = 1700
PAD = 260  # a cell's left and right margins (85 each in Figures Table, 108 in Word's plain tables), and a little more
FIRST_AT_LEAST = 2000  # the area column's least width (3.5 cm) before the columns are shared in proportion
NAME_AT_LEAST = 1200  # the area column's width when nothing else can give way: "Gloucestershire" breaks, no figure
KEPT_WHOLE = 20  # a table of this many rows or fewer is kept on one page, never split with a row or two over the page
_WORD = re.compile(rf"[^\S{NO_BREAK}]+|(?<=-)")  # where a line may break: not at a no-break space



def exhibit_xml(block: Block, number: int, style_ids: Mapping[str, str], table_style: str, width: int = WIDTH,
                measure: Measure = ARIAL, whole: Whole = None, height: int = HEIGHT) -> str:
    """The XML of a table or chart block, at most ``width`` wide (the text's width between the letterhead's
    margins, in twentieths of a point; ``height`` the text's height between its top and bottom margins); ``number``
    counts the release's charts from 1; ``measure`` gives the width of a table's text in the letterhead's font; a
    figure in ``whole`` ("+193 per cent") is not broken from its unit."""
    caption = _paragraph(block.text, style_ids.get("Caption", ""), keep=True) if block.text else ""
    if block.table is not None:  # the paragraph after it has space before it (DocxWriter.paragraph_xml)
        table = block.table if whole is None else dataclasses.replace(block.table, rows=tuple(
            tuple(unbroken(cell, whole) for cell in row) for row in block.table.rows))
        return caption + table_xml(table, table_style, width, measure)
    assert block.chart is not None  # its title kept whole with the chart, never alone at the foot of a page
    return caption.replace("<w:keepNext/>", "<w:keepNext/><w:keepLines/>") + docx_chart.drawing_xml(
        block.chart, number, width, height - CHART_TEXT) + _paragraph(block.chart.source, style_ids.get("Notes", ""),
                                                                      keep=False)


def text_box(section: Any) -> tuple[int, int]:
    """The width and height of the text between a page's margins (a python-docx section), in twentieths of a
    point; a page with margins no page has (under an inch of text) as drafter's own A4 page."""
    def inside(size: Any, margins: tuple[Any, ...], default: int) -> int:
        found = size.twips - sum(m.twips for m in margins if m) if size else default
        return found if found > 1440 else default

    return (inside(section.page_width, (section.left_margin, section.right_margin, section.gutter), WIDTH),
            inside(section.page_height, (section.top_margin, section.bottom_margin), HEIGHT))


def _paragraph(text: str, style: str, *, keep: bool) -> str:
    ppr = (f'<w:pStyle w:val="{escape_attribute(style)}"/>' if style else "") + ("<w:keepNext/>" if keep else "")
    run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>"


def table_xml(table: Table, style: str, width: int = WIDTH, measure: Measure = ARIAL) -> str:
    columns = len(table.header)
    widths = _widths(table, columns, width, measure)
    numeric = table.numeric or (False,) * columns
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    whole = len(table.rows) <= KEPT_WHOLE  # every row but the last kept with the next: Word's way to keep a table whole
    rows = [_row(table.header, widths, numeric, header=True, bold=False, keep=whole and bool(table.rows))]
    rows += [_row(row, widths, numeric, header=False, bold=r in table.bold_rows, keep=whole and r < len(table.rows) - 1)
             for r, row in enumerate(table.rows)]
    return ('<w:tbl><w:tblPr>' + (f'<w:tblStyle w:val="{escape_attribute(style)}"/>' if style else "") +
            f'<w:tblW w:w="{width}" w:type="dxa"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>' + "".join(rows) + "</w:tbl>")


def needs(text: str, measure: Measure = ARIAL, bold: bool = False) -> int:
    """The width a cell needs for its longest word (a line may break after a hyphen too: "Stockton-on-Tees")."""
    return max((measure(word, bold) for word in _WORD.split(text)), default=0) + PAD


def _widths(table: Table, columns: int, width: int, measure: Measure = ARIAL) -> list[int]:
    """Each column as wide as its longest cell needs in the letterhead's font (:mod:`drafter.writers.docx_measure`),
    its cell margins included: a figure never wraps ("+19" over "3%"), a heading (in bold) is on one line where every
    heading and name can be, else wraps onto two lines between its words (onto more, where the page is too narrow
    for two). The first column (the areas' names) takes
    what is left, and may wrap; where the headings must wrap a word a line, what it can spare (down to its longest
    word) goes to the headings that would take two, so that no heading stands four lines high beside its neighbour
    on two. Where the page is too narrow for that (many columns, long cells: "gostyngiad o 1.5 pwynt canran",
    "£658,431.93"), each column first gets its longest word ("£658,431.93", "September", "pedwerydd"), so that no
    word or figure is broken, and the width left is shared in proportion to what each column lacks. Where even the
    longest words do not fit (a narrow letterhead), the figures keep theirs and a long name breaks; only where that
    too fails are the widths shared in proportion to the longest words."""
    bold = set(table.bold_rows)
    cells = [max([measure(row[c], r in bold) for r, row in enumerate(table.rows) if c < len(row)] + [0]) + PAD
             for c in range(columns)]
    words = [max([needs(table.header[c], measure, True)] + [needs(row[c], measure, r in bold)
                  for r, row in enumerate(table.rows) if c < len(row)]) for c in range(columns)]
    two = [_two_lines(table.header[c], measure) + PAD for c in range(columns)]
    one = [measure(table.header[c], True) + PAD for c in range(columns)]
    if sum(max(cells[c], one[c], words[c]) for c in range(columns)) <= width:  # every heading and name on a line
        need = [max(cells[c], one[c], words[c]) for c in range(columns)]
        return [width - sum(need[1:]), *need[1:]]
    for heading in (two, words):  # two lines, else a word a line
        need = [max(cells[c], heading[c], words[c]) for c in range(columns)]
        rest = width - sum(need[1:])
        floor = max(min(need[0], FIRST_AT_LEAST), words[0])
        if columns > 1 and rest >= floor:  # what the names can spare, shared by headings that would take two lines
            more = _share(rest - words[0], [max(cells[c], two[c], words[c]) - need[c] for c in range(1, columns)])
            return [rest - sum(more), *(need[c] + more[c - 1] for c in range(1, columns))]
    spare = width - sum(words)
    if spare < 0 and width - sum(words[1:]) >= NAME_AT_LEAST:  # a long name breaks, and no figure
        return [width - sum(words[1:]), *words[1:]]
    if spare < 0:
        widths = [width * n // sum(words) for n in words]
        return [widths[0] + width - sum(widths), *widths[1:]]
    wants = [max(cells[0], words[0]) - words[0], *(max(cells[c], two[c]) - words[c] for c in range(1, columns))]
    widths = [words[c] + spare * wants[c] // max(sum(wants), 1) for c in range(columns)]
    return [widths[0] + width - sum(widths), *widths[1:]]


def _share(spare: int, wants: list[int]) -> list[int]:
    """``spare`` shared out evenly, none given more than it ``wants``.

    >>> _share(100, [10, 200, 200]), _share(100, [0, 0])
    ([10, 45, 45], [0, 0])
    """
    given = [0] * len(wants)
    while spare > 0 and (short := [i for i, w in enumerate(wants) if given[i] < w]):
        each = max(spare // len(short), 1)
        for i in short:
            more = min(each, wants[i] - given[i], spare)
            given[i], spare = given[i] + more, spare - more
    return given


def _two_lines(text: str, measure: Measure = ARIAL) -> int:
    """The width of the longer line of a heading (in bold) broken onto two between its words, as evenly as it
    goes: "April to / September 2023", where "April to September / 2023" would take more.

    >>> _two_lines("April to September 2023") == ARIAL("September 2023", bold=True)
    True
    """
    words = text.split()
    return min((max(measure(" ".join(words[:i]), True), measure(" ".join(words[i:]), True))
                for i in range(1, len(words))), default=measure(text, True))


def _row(cells: tuple[str, ...], widths: list[int], numeric: tuple[bool, ...], *, header: bool, bold: bool,
         keep: bool = False) -> str:
    trpr = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    out = [f"<w:tr><w:trPr>{trpr}</w:trPr>"]
    for c, width in enumerate(widths):
        text = cells[c] if c < len(cells) else ""
        right = c and c < len(numeric) and numeric[c]
        jc = ("<w:keepNext/>" if keep else "") + ('<w:jc w:val="right"/>' if right else "")
        run = f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' \
            if text else ""
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:pPr>{jc}</w:pPr>{run}</w:p>'
                   "</w:tc>")
    out.append("</w:tr>")
    return "".join(out)


def with_language(xml: str, lang: str) -> str:
    """Paragraphs and runs of text written elsewhere (a table, a chart's caption) tagged with the language.

    >>> with_language('<w:p><w:pPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>1</w:t></w:r>', "cy")  # doctest: +ELLIPSIS
    '<w:p><w:pPr><w:rPr><w:lang w:val="cy"/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:lang w:val="cy"/></w:rPr><w:t>1...'
    """
    tag = f'<w:lang w:val="{lang}"/>'
    return (xml.replace("</w:rPr><w:t", f"{tag}</w:rPr><w:t").replace("<w:r><w:t", f"<w:r><w:rPr>{tag}</w:rPr><w:t")
            .replace("</w:pPr>", f"<w:rPr>{tag}</w:rPr></w:pPr>"))
