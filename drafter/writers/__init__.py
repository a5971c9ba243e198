"""The output formats, a registry: each turns one rendered release into the bytes of one file.

A format is one module here with a ``build(setup)`` function that returns its writer, and one line in
:data:`FORMATS`; ``draft --format`` takes its choices, help and validation from :data:`FORMATS`. A batch builds
each writer once (the DOCX writer loads the reference document once) and calls it for every release.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from drafter.errors import UsageError
from drafter.writers.setup import Setup, Writer

# File extension → (the module that writes it, what it is).
FORMATS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "docx": ("drafter.writers.docx", "Word document"),
    "md": ("drafter.writers.markdown", "Markdown"),
    "html": ("drafter.writers.html", "HTML for an email"),
    "txt": ("drafter.writers.text", "plain text"),
    "pdf": ("drafter.writers.pdf", "PDF, made by LibreOffice"),
})
DEFAULT_FORMATS = ("docx", "md")

__all__ = ["DEFAULT_FORMATS", "FORMATS", "Writer", "build_writers", "check_formats"]


def check_formats(formats: Sequence[str]) -> None:
    for fmt in formats:
        if fmt not in FORMATS:
            raise UsageError("is not an output format", field="--format", value=fmt,
                             expected="one of " + ", ".join(FORMATS))


def build_writers(formats: Sequence[str], reference: Path, warn: Callable[[str], None] | None = None,
                  label: str = "", labels: tuple[tuple[str, str], ...] = (), paper: str = "") -> list[Writer]:
    """One writer per requested format, in the order of :data:`FORMATS` (``label``: campaign.yaml's, for the
    shipped reference's header; ``labels``: (language tag, label) where another language has its own; ``paper``:
    the shipped reference's page on the house style's paper, "" for a letterhead's own)."""
    check_formats(formats)
    setup = Setup(reference, warn, label, labels, paper)
    writers: list[Writer] = []
    for fmt, (module, _) in FORMATS.items():
        if fmt in formats:
            writers.append(importlib.import_module(module).build(setup))
    return writers
