"""What a statistics publisher's mark beside a figure means (the GSS symbols, and a note's number), in the words
the warnings and fact sheets give it: "169.9r" is revised, "44.6 [u]" of low reliability."""

from __future__ import annotations

MARK_MEANINGS = {"r": "revised", "p": "provisional", "e": "estimated", "u": "low reliability", "f": "forecast",
                 "b": "a break in the series", "d": "affected by disclosure control"}


def mark_meaning(mark: str) -> str:
    """What a mark says: "revised", "a note in the publisher's notes".

    >>> mark_meaning("r"), mark_meaning("[u]"), mark_meaning("[note 3]"), mark_meaning("[k]")
    ('revised', 'low reliability', "a note in the publisher's notes", "a mark of the publisher's")
    """
    inner = mark.strip("[]").strip().lower()
    if inner.startswith("note"):
        return "a note in the publisher's notes"
    return MARK_MEANINGS.get(inner, "a mark of the publisher's")
