"""HTML, self-contained, for pasting into an email: the same blocks as the DOCX, one inline style per Word style."""

from __future__ import annotations

import html

from drafter.document import HEADLINE_STYLE, SECTION_STYLE
from drafter.model import Block, Inline, Release, Table
from drafter.writers.setup import Setup
from drafter.writers.unbroken import Whole, kept_whole, last_words_together, unbroken

# One inline style per Word style, so a pasted release keeps its look in any mail client.
CSS = {
    HEADLINE_STYLE: "font-size:22px;font-weight:bold;margin:6px 0 12px;line-height:1.2",
    "Embargo": "font-size:12px;font-weight:bold;color:#c00000;margin:0 0 12px",
    "Dateline": "font-size:12px;font-style:italic;color:#595959;margin:0 0 12px",
    "Body Text": "margin:0 0 10px",
    "Quote": "margin:0 0 10px 28px",
    "Ends": "font-weight:bold;text-align:center;margin:16px 0",
    "Notes Heading": "font-weight:bold;margin:16px 0 6px",
    SECTION_STYLE: "font-weight:bold;margin:16px 0 6px",  # a section's heading, in the Notes Heading's look
    "Notes": "font-size:13px;margin:0 0 6px",
    "Body List": "margin:0 0 6px",
    "Contact": "font-size:13px;margin:0 0 6px",
    "Caption": "font-weight:bold;text-align:left;margin:12px 0 6px",
}
CELL_CSS = "border-bottom:1px solid #bfbfbf;padding:4px 8px"
BODY_CSS = "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#1f1f1f;max-width:680px"


class HtmlWriter:
    extension = "html"

    def render(self, release: Release) -> bytes:
        """The page; each figure the release printed keeps its unit on its line ("193 per cent", with no-break
        spaces, :mod:`drafter.writers.unbroken`), as in the Word file."""
        whole = kept_whole((fact.text for fact in release.facts), release.units)
        body = "\n".join(_html_block(block, whole) for block in release.blocks)
        lang = release.language_tag
        page = (f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8" />\n'
                f"<title>{html.escape(release.headline)}</title>\n</head>\n"
                f'<body style="{BODY_CSS}">\n{body}\n</body>\n</html>\n')
        return page.encode("utf-8")


def _html_block(block: Block, whole: Whole) -> str:
    if block.table is not None:
        return _html_table(block.table, whole)
    if block.chart is not None:  # the chart's title, its figures in words, and its source
        chart = block.chart
        return (f'<figure style="margin:0 0 10px"><figcaption style="{CSS["Caption"]}">{html.escape(chart.title)}'
                f'</figcaption><p style="{CSS["Body Text"]}">{html.escape(chart.alt)}</p>'
                f'<p style="{CSS["Notes"]}">{html.escape(chart.source)}</p></figure>')
    tag = "h1" if block.style == HEADLINE_STYLE else "h2" if block.kind == "heading" else "p"
    marker = html.escape(block.marker) + " " if block.marker else ""
    inner = marker + "".join(_html_inline(run, whole) for run in block.inlines)
    inner = last_words_together(inner) if tag == "h1" else inner  # never a headline's last word alone on its line
    css = CSS.get(block.style, CSS["Body Text"])
    return f'<{tag} style="{css}">{inner}</{tag}>'


def _html_table(table: Table, whole: Whole) -> str:
    """A table with its caption, column headings (``scope="col"``) and each row's area as its heading
    (``scope="row"``); figures aligned right, the release's own area in bold."""
    def cell(tag: str, text: str, column: int, scope: str, bold: bool) -> str:
        right = ";text-align:right" if column and table.numeric and table.numeric[column] else ""
        text = unbroken(text, whole)
        inner = f"<strong>{html.escape(text)}</strong>" if bold and text else html.escape(text)
        return f'<{tag} scope="{scope}" style="{CELL_CSS}{right}">{inner}</{tag}>' if tag == "th" else \
            f'<td style="{CELL_CSS}{right}">{inner}</td>'

    head = "".join(cell("th", text, c, "col", False) for c, text in enumerate(table.header))
    rows = ["<tr>" + "".join(cell("th" if c == 0 else "td", text, c, "row", r in table.bold_rows)
                             for c, text in enumerate(row)) + "</tr>" for r, row in enumerate(table.rows)]
    return (f'<table style="border-collapse:collapse;margin:0 0 12px">\n<caption style="{CSS["Caption"]}">'
            f'{html.escape(table.caption)}</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>")


def _html_inline(run: Inline, whole: Whole) -> str:
    text = html.escape(unbroken(run.text, whole), quote=False)
    if run.bold:
        text = f"<strong>{text}</strong>"
    if run.italic:
        text = f"<em>{text}</em>"
    return text


def build(setup: Setup) -> HtmlWriter:
    return HtmlWriter()
