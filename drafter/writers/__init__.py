"""The output formats: each turns one rendered release into the bytes of one file.

``draft --format`` chooses among :data:`FORMATS`; a writer is built once per batch (the DOCX writer loads the
reference document once) and then called for every release.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from drafter.document import STYLES_USED, to_markdown
from drafter.errors import UsageError
from drafter.model import Release

FORMATS = ("docx", "md", "html", "txt", "pdf")
DEFAULT_FORMATS = ("docx", "md")


class Writer(Protocol):
    extension: str

    def render(self, release: Release) -> bytes: ...


class MarkdownWriter:
    extension = "md"

    def render(self, release: Release) -> bytes:
        return to_markdown(release.blocks).encode("utf-8")


def check_formats(formats: Sequence[str]) -> None:
    for fmt in formats:
        if fmt not in FORMATS:
            raise UsageError("is not an output format", field="--format", value=fmt,
                             expected="one of " + ", ".join(FORMATS))


def build_writers(formats: Sequence[str], reference: Path, warn: Callable[[str], None] | None = None
                  ) -> list[Writer]:
    """One writer per requested format, in the order of :data:`FORMATS`."""
    check_formats(formats)
    writers: list[Writer] = []
    docx_writer = None
    if "docx" in formats or "pdf" in formats:
        from drafter.writers.docx import DocxWriter

        docx_writer = DocxWriter(reference, STYLES_USED, warn=warn)
    for fmt in FORMATS:
        if fmt not in formats:
            continue
        if fmt == "docx" and docx_writer is not None:
            writers.append(docx_writer)
        elif fmt == "md":
            writers.append(MarkdownWriter())
        elif fmt == "html":
            from drafter.writers.plain import HtmlWriter

            writers.append(HtmlWriter())
        elif fmt == "txt":
            from drafter.writers.plain import TextWriter

            writers.append(TextWriter())
        elif fmt == "pdf":
            from drafter.writers.pdf import PdfWriter

            writers.append(PdfWriter(docx_writer))
    return writers
