"""Plain text wrapped at 72 columns, from the same blocks as the DOCX."""

from __future__ import annotations

import textwrap

from drafter.document import HEADLINE_STYLE
from drafter.model import Release
from drafter.writers.setup import Setup


class TextWriter:
    """Plain text at 72 columns; headings underlined, quotes indented, list markers hanging."""

    extension = "txt"
    width = 72

    def render(self, release: Release) -> bytes:
        parts = []
        for block in release.blocks:
            text = "".join(run.text for run in block.inlines)
            if block.style == HEADLINE_STYLE:
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


def build(setup: Setup) -> TextWriter:
    return TextWriter()
