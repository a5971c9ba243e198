"""A list of names as a person reads it in a message, a warning, the reviewer pack or ``drafter send``'s lines.

Some areas' names have a comma in them: "Armagh City, Banbridge and Craigavon", "Newry, Mourne and Down" (Northern
Ireland's districts), "Edinburgh, City of" (as the ONS lists it). Joined with commas, "Belfast, Armagh City,
Banbridge and Craigavon" reads as four areas. So a list with such a name in it has semicolons between its names,
and before its last "and": "Belfast; Armagh City, Banbridge and Craigavon". Every list of areas drafter shows in a
message, a warning, the reviewer pack or ``drafter send``'s lines goes through :func:`name_list`, whatever the
language of the releases (the messages are in English; the word for "and" is the caller's).
"""

from __future__ import annotations

from collections.abc import Sequence


def name_list(names: Sequence[str], most: int | None = None, *, and_word: str | None = None) -> str:
    """``names`` joined with commas, or with semicolons when a name shown has a comma in it. With ``and_word``
    the last name follows it ("Cheshire, Cumbria and Lancashire"); past ``most`` names, the rest are counted
    ("Cheshire, Cumbria and 3 more"), so a list of 300 never looks whole.

    >>> name_list(["Cheshire", "Cumbria"]), name_list(["Cheshire", "Cumbria", "Lancashire"], and_word="and")
    ('Cheshire, Cumbria', 'Cheshire, Cumbria and Lancashire')
    >>> name_list([f"A{n}" for n in range(1, 16)], most=3)
    'A1, A2, A3 and 12 more'
    >>> name_list(["Belfast", "Armagh City, Banbridge and Craigavon"])
    'Belfast; Armagh City, Banbridge and Craigavon'
    >>> name_list(["Armagh City, Banbridge and Craigavon", "Newry, Mourne and Down"], and_word="and")
    'Armagh City, Banbridge and Craigavon; and Newry, Mourne and Down'
    >>> name_list(["Edinburgh, City of", "Fife", "Angus"], most=2, and_word="and")
    'Edinburgh, City of; Fife; and 1 more'
    >>> name_list(["Cheshire"], and_word="and"), name_list([])
    ('Cheshire', '')
    """
    shown = list(names if most is None else names[:most])
    between = "; " if any("," in name for name in shown) else ", "
    last = ";" if between == "; " else ""
    word = and_word or "and"
    if len(shown) < len(names):
        return between.join(shown) + f"{last} {word} {len(names) - len(shown):,} more"
    if and_word is None or len(shown) < 2:
        return between.join(shown)
    return between.join(shown[:-1]) + f"{last} {and_word} {shown[-1]}"
