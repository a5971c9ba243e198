"""The slow reference path: a release built through python-docx's own API, the way a user of the library would
(open the reference, add paragraphs in named styles, save). The fast writer must give the same document."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import docx

from drafter.model import Release
from drafter.shipped import reference_docx


def empty_reference() -> Any:
    """The shipped reference DOCX opened with python-docx, its body emptied but for the page set-up."""
    document = docx.Document(str(reference_docx()))
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document


def slow_docx(release: Release) -> bytes:
    document = empty_reference()
    for block in release.blocks:
        paragraph = document.add_paragraph(style=block.style)  # a list item's marker is Word's (test_word.py)
        for inline in block.inlines:
            run = paragraph.add_run(inline.text)
            run.bold = inline.bold or None
            run.italic = inline.italic or None
    props = document.core_properties
    props.title, props.author, props.category = release.headline, release.organisation, release.area
    props.created = dt.datetime.combine(release.release_date, dt.time())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
