"""Plain text wrapped at 72 columns, from the same blocks as the DOCX: no line ends inside a figure and its unit
("193 per cent", :mod:`drafter.writers.unbroken`) or between two groups of digits (a phone number, "01632 960 001"),
though each keeps its ordinary spaces, for a newsdesk that pastes the text of a message."""

from __future__ import annotations

import re
import textwrap
from typing import Any

from drafter.document import HEADLINE_STYLE
from drafter.model import Release, Table
from drafter.writers.setup import Setup
from drafter.writers.unbroken import Whole, kept_whole, unbroken

_KEPT = "\x00"  # a space no line may end at, while wrapping (no release holds this character: Word cannot)
_DIGITS = re.compile(r"(?<=\d) (?=\d)")  # "01632 960 001"


class TextWriter:
    """Plain text at 72 columns; headings underlined, quotes indented, list markers hanging."""

    extension = "txt"
    width = 72

    def render(self, release: Release) -> bytes:
        parts = []
        whole = kept_whole((fact.text for fact in release.facts), release.units)

        def fill(text: str, **options: Any) -> str:
            return "\n".join(wrap(text, whole, self.width, **options))

        for block in release.blocks:
            text = "".join(run.text for run in block.inlines)
            if block.table is not None:
                parts.append(_table(block.table))
            elif block.chart is not None:
                parts.extend(fill(t) for t in (text, block.chart.alt, block.chart.source))
            elif block.style == HEADLINE_STYLE:
                lines = wrap(text, whole, self.width)
                parts.append("\n".join(lines) + "\n" + "=" * min(self.width, max(len(x) for x in lines)))
            elif block.kind == "heading":
                parts.append(text + "\n" + "-" * min(self.width, len(text)))
            elif block.style == "Ends":
                parts.append(text.center(self.width).rstrip())
            else:
                indent = "    " if block.style == "Quote" else ""
                first = indent + (block.marker + " " if block.marker else "")
                rest = indent + (" " * (len(block.marker) + 1) if block.marker else "")
                parts.append(fill(text, initial_indent=first, subsequent_indent=rest))
        return ("\n\n".join(parts) + "\n").encode("utf-8")


def wrap(text: str, whole: Whole, width: int, **options: Any) -> list[str]:
    """``text``'s lines at ``width``, none ending inside a figure ``whole`` finds or between groups of digits."""
    kept = _DIGITS.sub(_KEPT, unbroken(text, whole, _KEPT))
    return [line.replace(_KEPT, " ") for line in textwrap.wrap(kept, width, break_long_words=False,
                                                                break_on_hyphens=False, **options)]


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
