"""A table of figures (or a chart) as WordprocessingML, for :class:`drafter.writers.docx.DocxWriter`.

A table is a real Word table in the reference DOCX's table style (``Figures Table``): its caption a ``Caption``
paragraph kept with it, its header row repeated on every page (``w:tblHeader``), no row split across a page
(``w:cantSplit``), figures aligned right, the release's own area in bold. A chart is its title (``Caption``), the
chart itself (:mod:`drafter.writers.docx_chart`) and its source line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from drafter.exhibits import Table
from drafter.model import Block
from drafter.writers import docx_chart
from drafter.writers.docx_props import escape, escape_attribute

WIDTH = 9070  # twentieths of a point: the text width of an A4 page with 2.5 cm margins (the letterhead's own, given)
CHARACTER = 150  # twentieths of a point a character of 10-point text may take in a wide font (bold digits, %)
MARGINS = 300  # a cell's left and right margins in the table styles Word and LibreOffice give, and a little more
FIRST_AT_LEAST = 2000  # the area column's least width (3.5 cm) before the columns are shared in proportion
NAME_AT_LEAST = 1200  # the area column's width when nothing else can give way: "Gloucestershire" breaks, no figure
_WORD = re.compile(r"\s+|(?<=-)")  # where a line may break



def exhibit_xml(block: Block, number: int, style_ids: Mapping[str, str], table_style: str, width: int = WIDTH
                ) -> str:
    """The XML of a table or chart block, at most ``width`` wide (the text's width between the letterhead's
    margins, in twentieths of a point); ``number`` counts the release's charts from 1."""
    caption = _paragraph(block.text, style_ids.get("Caption", ""), keep=True) if block.text else ""
    if block.table is not None:  # the paragraph after it has space before it (DocxWriter.paragraph_xml)
        return caption + table_xml(block.table, table_style, width)
    assert block.chart is not None
    return caption + docx_chart.drawing_xml(block.chart, number, width) + \
        _paragraph(block.chart.source, style_ids.get("Notes", ""), keep=False)


def _paragraph(text: str, style: str, *, keep: bool) -> str:
    ppr = (f'<w:pStyle w:val="{escape_attribute(style)}"/>' if style else "") + ("<w:keepNext/>" if keep else "")
    run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>"


def table_xml(table: Table, style: str, width: int = WIDTH) -> str:
    columns = len(table.header)
    widths = _widths(table, columns, width)
    numeric = table.numeric or (False,) * columns
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    rows = [_row(table.header, widths, numeric, header=True, bold=False)]
    rows += [_row(row, widths, numeric, header=False, bold=r in table.bold_rows) for r, row in enumerate(table.rows)]
    return ('<w:tbl><w:tblPr>' + (f'<w:tblStyle w:val="{escape_attribute(style)}"/>' if style else "") +
            f'<w:tblW w:w="{width}" w:type="dxa"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>' + "".join(rows) + "</w:tbl>")


def _widths(table: Table, columns: int, width: int) -> list[int]:
    """Each column as wide as its longest cell needs, its cell margins included: a figure never wraps ("+19" over
    "3%"), a heading wraps onto two lines between its words (onto more, where the page is too narrow for two).
    The first column (the areas' names) takes what is left, and may wrap; where the headings must wrap a word a
    line, what it can spare (down to its longest word) goes to the headings that would take two, so that no
    heading stands four lines high beside its neighbour on two. Where the page is too narrow for that
    (many columns, long cells: "gostyngiad o 1.5 pwynt canran", "£658,431.93"), each column first gets its
    longest word ("£658,431.93", "September", "pedwerydd"), so that no word or figure is broken, and the width
    left is shared in proportion to what each column lacks. Where even the longest words do not fit (a narrow
    letterhead), the figures keep theirs and a long name breaks; only where that too fails are the widths shared
    in proportion to the longest words."""
    cells = [max([len(row[c]) for row in table.rows if c < len(row)] + [4]) for c in range(columns)]
    words = [max([len(word) for row in (table.header, *table.rows) if c < len(row) for word in _WORD.split(row[c])]
                 + [0]) for c in range(columns)]  # a line may break after a hyphen too: "Stockton-on-Tees"
    two = [_two_lines(table.header[c]) for c in range(columns)]
    for heading in (two, words):  # two lines, else a word a line
        need = [max(cells[c], heading[c], words[c]) * CHARACTER + MARGINS for c in range(columns)]
        rest = width - sum(need[1:])
        floor = max(min(need[0], FIRST_AT_LEAST), words[0] * CHARACTER + MARGINS)
        if columns > 1 and rest >= floor:
            for c in range(1, columns):  # what the names can spare, to headings that would take two lines
                more = min(rest - floor, max(cells[c], two[c], words[c]) * CHARACTER + MARGINS - need[c])
                need[c], rest = need[c] + more, rest - more
            return [rest, *need[1:]]
    least = [w * CHARACTER + MARGINS for w in words]
    spare = width - sum(least)
    if spare < 0 and width - sum(least[1:]) >= NAME_AT_LEAST:  # a long name breaks, and no figure
        return [width - sum(least[1:]), *least[1:]]
    if spare < 0:
        widths = [width * n // sum(words) for n in words]
        return [widths[0] + width - sum(widths), *widths[1:]]
    wants = [max(cells[0] * CHARACTER + MARGINS, least[0]) - least[0],
             *(max(cells[c], _two_lines(table.header[c])) * CHARACTER + MARGINS - least[c] for c in range(1, columns))]
    widths = [least[c] + spare * wants[c] // max(sum(wants), 1) for c in range(columns)]
    return [widths[0] + width - sum(widths), *widths[1:]]


def _two_lines(text: str) -> int:
    """The characters of the longer line of a heading broken onto two between its words, as evenly as it goes:
    "April to / September 2023" is 14, where half of it is 11 and "September 2023" would not fit.

    >>> _two_lines("April to September 2023"), _two_lines("Rank")
    (14, 4)
    """
    words = text.split()
    return min((max(len(" ".join(words[:i])), len(" ".join(words[i:]))) for i in range(1, len(words))),
               default=len(text))


def _row(cells: tuple[str, ...], widths: list[int], numeric: tuple[bool, ...], *, header: bool, bold: bool) -> str:
    trpr = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    out = [f"<w:tr><w:trPr>{trpr}</w:trPr>"]
    for c, width in enumerate(widths):
        text = cells[c] if c < len(cells) else ""
        jc = '<w:jc w:val="right"/>' if c and c < len(numeric) and numeric[c] else ""
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
