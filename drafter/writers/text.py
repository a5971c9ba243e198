"""Plain text wrapped at 72 columns, from the same blocks as the DOCX."""

from __future__ import annotations

import textwrap

from drafter.document import HEADLINE_STYLE
from drafter.model import Release, Table
from drafter.writers.setup import Setup


class TextWriter:
    """Plain text at 72 columns; headings underlined, quotes indented, list markers hanging."""

    extension = "txt"
    width = 72

    def render(self, release: Release) -> bytes:
        parts = []
        for block in release.blocks:
            text = "".join(run.text for run in block.inlines)
            if block.table is not None:
                parts.append(_table(block.table))
            elif block.chart is not None:
                parts.extend(textwrap.fill(t, self.width, break_long_words=False, break_on_hyphens=False)
                             for t in (text, block.chart.alt, block.chart.source))
            elif block.style == HEADLINE_STYLE:
                lines = textwrap.wrap(text, self.width, break_long_words=False, break_on_hyphens=False)
                parts.append("\n".join(lines) + "\n" + "=" * min(self.width, max(len(x) for x in lines)))
            elif block.kind == "heading":
                parts.append(text + "\n" + "-" * min(self.width, len(text)))
            elif block.style == "Ends":
                parts.append(text.center(self.width).rstrip())
            else:
                indent = "    " if block.style == "Quote" else ""
                first = indent + (block.marker + " " if block.marker else "")
                rest = indent + (" " * (len(block.marker) + 1) if block.marker else "")
                parts.append(textwrap.fill(text, self.width, initial_indent=first, subsequent_indent=rest,
                                           break_long_words=False, break_on_hyphens=False))
        return ("\n\n".join(parts) + "\n").encode("utf-8")


def _table(table: Table) -> str:
    """The caption, then the table in aligned columns (figures to the right), the emphasised row marked *."""
    rows = [table.header, *table.rows]
    widths = [max(len(row[c]) if c < len(row) else 0 for row in rows) for c in range(len(table.header))]
    numeric = table.numeric or (False,) * len(widths)

    def line(row: tuple[str, ...], mark: str) -> str:
        cells = [(cell.rjust(w) if n and c else cell.ljust(w)) for c, (cell, w, n) in
                 enumerate(zip(row, widths, numeric, strict=False))]
        return (mark + "  ".join(cells)).rstrip()

    out = [table.caption, ""] if table.caption else []
    out.append(line(table.header, "  "))
    out.append("  " + "  ".join("-" * w for w in widths))
    out += [line(row, "* " if r in table.bold_rows else "  ") for r, row in enumerate(table.rows)]
    return "\n".join(out)


def build(setup: Setup) -> TextWriter:
    return TextWriter()
