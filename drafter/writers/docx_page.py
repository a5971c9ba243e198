"""The page a release is drafted on where the campaign has no letterhead of its own: its house style's paper, A4
or, for AP style, US Letter (:func:`set_paper`). A letterhead's own page is never changed."""

from __future__ import annotations

from typing import Any

_EMU = 635  # English Metric Units in a twentieth of a point, Word's unit for a page
# width, height and side margins, in twentieths of a point: A4 with 2.5 cm margins (the shipped reference's), US
# Letter (8.5 by 11 inches) with 1 inch margins
PAPERS = {"A4": (11906, 16838, 1417), "Letter": (12240, 15840, 1440)}


def set_paper(sections: Any, paper: str) -> None:
    """Every section of a document (python-docx's) on ``paper``, one of :data:`PAPERS` ("": as it is), its side
    margins that paper's; its top and bottom margins, header and footer as they were."""
    if not paper:
        return
    width, height, side = PAPERS[paper]
    for section in sections:
        section.page_width, section.page_height = width * _EMU, height * _EMU
        section.left_margin = section.right_margin = side * _EMU
