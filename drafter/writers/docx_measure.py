"""How wide a line of text is in a table's cell, so that each column of a table is as wide as its text needs.

Widths are Helvetica's (Adobe's published font metrics, in thousandths of the font size), which Arial and
LibreOffice's Liberation Sans share letter for letter; a letterhead in a font known to be wider (Verdana,
Georgia) has its widths scaled up, one in a font drafter does not know a little, so that a figure measured to fit
still fits. An accented letter ("ŵ", "ô") is as wide as its letter.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

# Helvetica's widths of the printable ASCII characters, from the space (32) to the tilde (126)
_REGULAR = (278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, *(556,) * 10, 278, 278,
            584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667,
            778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556,
            278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,
            334, 260, 334, 584)
_BOLD = (278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, *(556,) * 10, 333, 333,
         584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667,
         778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556,
         333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500,
         389, 280, 389, 584)
_OTHER = {"\u00a0": 278, "£": 556, "€": 556, "−": 584, "–": 556, "—": 1000, "‘": 222, "’": 222, "“": 333, "”": 333,
          "…": 1000, "×": 584, "°": 400}
_WIDE = 1000  # a character Helvetica has no width for here (a CJK one): as wide as the font size
# Fonts wider than Helvetica, letter for letter (their digits and lower case, roughly): widths are scaled up
_SCALE = {"arial": 1.0, "helvetica": 1.0, "liberation sans": 1.0, "arimo": 1.0, "calibri": 1.0, "carlito": 1.0,
          "times new roman": 1.0, "cambria": 1.0, "aptos": 1.05, "segoe ui": 1.05, "trebuchet ms": 1.05,
          "tahoma": 1.1, "georgia": 1.1, "century gothic": 1.15, "verdana": 1.2}
_UNKNOWN = 1.1  # a font drafter knows nothing of: a little wider than Helvetica, to be safe


@dataclass(frozen=True)
class Measure:
    """Text widths in a table, in twentieths of a point: ``font`` the letterhead's (its body text's), ``points``
    the table text's size."""

    font: str = ""
    points: float = 10

    def __call__(self, text: str, bold: bool = False) -> int:
        """The width of ``text`` on one line.

        >>> Measure()("+193 per cent"), Measure()("+193 per cent", bold=True), Measure("Verdana")("1")
        (1229, 1284, 134)
        """
        table = _BOLD if bold else _REGULAR
        units = sum(_width(char, table, bold) for char in text)
        scale = _SCALE.get(self.font.strip().lower(), _UNKNOWN) if self.font else 1.0
        return math.ceil(units * self.points * 20 * scale / 1000)


def _width(char: str, table: tuple[int, ...], bold: bool) -> int:
    if " " <= char <= "~":
        return table[ord(char) - 32]
    if char in _OTHER:
        return _OTHER[char] + (56 if bold and char in "’‘“”" else 0)
    base = unicodedata.normalize("NFD", char)[0]  # "ŵ" as "w", "Ô" as "O"
    if " " <= base <= "~":
        return table[ord(base) - 32]
    return _WIDE if unicodedata.east_asian_width(char) in "WF" else table[ord("n") - 32]


# The shipped letterhead's tables: Arial, in Figures Table's 10 points, which the Normal style's 11 outweighs in a
# cell's paragraph as LibreOffice lays it out (and as Word may): measured at 11, a table fits either way.
ARIAL = Measure("Arial", 11)
