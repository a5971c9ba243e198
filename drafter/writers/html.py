"""HTML, self-contained, for pasting into an email: the same blocks as the DOCX, one inline style per Word style."""

from __future__ import annotations

import html

from drafter.document import HEADLINE_STYLE
from drafter.model import Block, Inline, Release
from drafter.writers.setup import Setup

# One inline style per Word style, so a pasted release keeps its look in any mail client.
CSS = {
    HEADLINE_STYLE: "font-size:22px;font-weight:bold;margin:6px 0 12px;line-height:1.2",
    "Embargo": "font-size:12px;font-weight:bold;color:#c00000;margin:0 0 12px",
    "Dateline": "font-size:12px;font-style:italic;color:#595959;margin:0 0 12px",
    "Body Text": "margin:0 0 10px",
    "Quote": "margin:0 0 10px 28px",
    "Ends": "font-weight:bold;text-align:center;margin:16px 0",
    "Notes Heading": "font-weight:bold;margin:16px 0 6px",
    "Notes": "font-size:13px;margin:0 0 6px",
    "Body List": "margin:0 0 6px",
    "Contact": "font-size:13px;margin:0 0 6px",
}
BODY_CSS = "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#1f1f1f;max-width:680px"


class HtmlWriter:
    extension = "html"

    def render(self, release: Release) -> bytes:
        body = "\n".join(_html_block(block) for block in release.blocks)
        lang = release.language_tag
        page = (f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8" />\n'
                f"<title>{html.escape(release.headline)}</title>\n</head>\n"
                f'<body style="{BODY_CSS}">\n{body}\n</body>\n</html>\n')
        return page.encode("utf-8")


def _html_block(block: Block) -> str:
    tag = "h1" if block.style == HEADLINE_STYLE else "h2" if block.kind == "heading" else "p"
    marker = html.escape(block.marker) + " " if block.marker else ""
    inner = marker + "".join(_html_inline(run) for run in block.inlines)
    css = CSS.get(block.style, CSS["Body Text"])
    return f'<{tag} style="{css}">{inner}</{tag}>'


def _html_inline(run: Inline) -> str:
    text = html.escape(run.text, quote=False)
    if run.bold:
        text = f"<strong>{text}</strong>"
    if run.italic:
        text = f"<em>{text}</em>"
    return text


def build(setup: Setup) -> HtmlWriter:
    return HtmlWriter()
