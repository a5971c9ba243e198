"""A slip of typing in a name, word by word: a letter left out or put in, two neighbours swapped, or one letter
but the first typed for a key beside it or one vowel for another (:mod:`drafter.load.media_areas` tells a slip for an
area's name, "Chesire", from another area's, "Cheshire East", by it)."""

from __future__ import annotations

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_BESIDE = frozenset(frozenset(pair) for r, row in enumerate(_ROWS) for c, key in enumerate(row)
                    for pair in [(key, n) for n in row[c + 1:c + 2]]
                    + [(key, below[d]) for below in _ROWS[r + 1:r + 2] for d in (c - 1, c) if 0 <= d < len(below)])
_VOWELS = frozenset("aeiouy")


def slipped(words: list[str], area: list[str]) -> bool:
    """Whether ``words`` is the area's name with at most one slip in each word (as one word, where a space was
    left out or put in)."""
    if len(words) == len(area):
        return all(slips(a, b) <= 1 for a, b in zip(words, area, strict=True))
    return slips("".join(words), "".join(area)) <= 1


def slips(a: str, b: str) -> int:
    """How many slips of typing turn ``a`` into ``b``: none, one (a letter left out or put in, two neighbours
    swapped, or a letter but the first typed for a key beside it or a vowel for another), or 2 for anything more.

    >>> [slips(a, b) for a, b in (("chesire", "cheshire"), ("cumbira", "cumbria"), ("boston", "bolton"))]
    [1, 1, 2]
    >>> slips("barrow", "harrow"), slips("powis", "powys"), slips("norht", "north"), slips("kent", "kent")
    (2, 1, 1, 0)
    """
    if a == b:
        return 0
    if len(a) > len(b):
        a, b = b, a
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))  # the first difference
    if len(b) - len(a) == 1:
        return 1 if a[at:] == b[at + 1:] else 2  # a letter left out of the shorter
    if len(a) != len(b):
        return 2
    if a[at + 1:] == b[at + 1:]:  # one letter for another
        return 1 if at > 0 and (frozenset((a[at], b[at])) in _BESIDE or {a[at], b[at]} <= _VOWELS) else 2
    swapped = at + 1 < len(a) and a[at] == b[at + 1] and a[at + 1] == b[at] and a[at + 2:] == b[at + 2:]
    return 1 if swapped else 2
