"""A printed figure kept on one line with its unit: no line of a release ends inside "193 per cent" or "3.6
percentage points", in the Word file (:mod:`drafter.writers.docx`, its tables :mod:`drafter.writers.docx_table`) or
in the HTML of a message (:mod:`drafter.writers.html`). The figures are the release's facts as it printed them; the
plain text and the Markdown keep plain spaces, as a person types and searches them."""

from __future__ import annotations

import re
from collections.abc import Iterable

NO_BREAK = "\u00a0"  # a no-break space: Word and LibreOffice never end a line there
_DIGIT = re.compile(r"\d")


def kept_whole(printed: Iterable[str]) -> tuple[str, ...]:
    """The figures a release printed with a word after them ("193 per cent", "3.6 percentage points", "1.2
    million"), each from its first digit on, longest first: no line may end inside one ("3.6 / per cent").

    >>> kept_whole(["nearly 200 per cent", "440", "fewer than five", "3.6 per cent"])
    ('200 per cent', '3.6 per cent')
    """
    found = {text[m.start():] for text in printed if (m := _DIGIT.search(text)) and " " in text[m.start():]}
    return tuple(sorted(found, key=lambda text: (-len(text), text)))


def unbroken(text: str, whole: tuple[str, ...]) -> str:
    """``text`` with a no-break space for each space inside the figures ``whole`` (:func:`kept_whole`) gives.

    >>> unbroken("It rose by 3.6 per cent, to 440.", ("3.6 per cent",)) == "It rose by 3.6\u00a0per\u00a0cent, to 440."
    True
    """
    for figure in whole:
        if figure in text:
            text = text.replace(figure, figure.replace(" ", NO_BREAK))
    return text
