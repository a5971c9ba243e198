"""What a statistics publisher's mark beside a figure means (the GSS symbols, and a note's number), in the words
the warnings and fact sheets give it: "169.9r" is revised, "44.6 [u]" of low reliability."""

from __future__ import annotations

DASHES = ("-", "\u2013", "\u2014")  # a dash, written for a figure: not available, or nil where the publisher says
MARK_MEANINGS = {"r": "revised", "p": "provisional", "e": "estimated", "u": "low reliability", "f": "forecast",
                 "b": "a break in the series", "d": "affected by disclosure control",
                 "er": "estimated and revised", "pr": "provisional and revised", "w": "none recorded in the survey"}


def mark_meaning(mark: str) -> str:
    """What a mark says: "revised", "a note in the publisher's notes".

    >>> mark_meaning("r"), mark_meaning("[u]"), mark_meaning("[note 3]"), mark_meaning("[k]"), mark_meaning("-")
    ('revised', 'low reliability', "a note in the publisher's notes", "a mark of the publisher's", 'nil, read as 0')
    >>> mark_meaning("[er]"), mark_meaning("[pr]")
    ('estimated and revised', 'provisional and revised')
    """
    inner = mark.strip("[]").strip().lower()
    if inner.startswith("note"):
        return "a note in the publisher's notes"
    if inner in DASHES:  # a dash campaign.yaml says means nil (dash_means: nil), written for the figure 0
        return "nil, read as 0"
    return MARK_MEANINGS.get(inner, "a mark of the publisher's")
