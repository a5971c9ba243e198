"""Figures in words inside quotes, before the unit of a rate whose changes are given in it (``change_in: unit``): "the
wait is now two weeks shorter", "nearly three weeks", Welsh "dwy wythnos yn fyrrach". A person says a change in
weeks or minutes this way, and it is a claim about the data as "2 weeks" is, which
:func:`drafter.quotes.claims.find_claims` (figures in digits) reads. Pure: no locale, no I/O.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from drafter.quotes.claims import Claim

_AFTER = re.compile(r"\s*([^.,;:!?()\[\]\"“”–—/]*)")  # the words after a figure, up to punctuation, as claims reads


def _either(words: tuple[str, ...]) -> str:
    """One alternative of ``words``, longest first, a space matching any run of spaces."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


@lru_cache(maxsize=1024)  # a batch checks the same approved quotes in every release
def unit_claims(text: str, numbers: tuple[tuple[str, int], ...], units: tuple[str, ...],
                qualifiers: tuple[tuple[str, str], ...] = ()) -> tuple[Claim, ...]:
    """Each number in words (``numbers``, with their values, in the quote's language) straight before one of
    ``units`` (a rate's unit and unit_one that changes in it), with a qualifier before it read as claims reads one,
    as a claim of kind "number": its text the number and its unit, as a message quotes it.

    >>> words, units = (("two", 2), ("three", 3)), ("weeks", "week")
    >>> [(c.text, c.value, c.qualifier, c.after) for c in unit_claims("It is two weeks shorter.", words, units)]
    [('two weeks', Decimal('2'), None, 'weeks shorter')]
    >>> [(c.text, c.qualifier) for c in unit_claims("almost three weeks", words, units, (("almost", "nearly"),))]
    [('three weeks', 'nearly')]
    >>> unit_claims("two people waited three days", words, units)
    ()
    """
    if not numbers or not units:
        return ()
    qualifier = rf"(?:({_either(tuple(w for w, _ in qualifiers))})\s+)?" if qualifiers else "()"
    pattern = re.compile(rf"(?<![\w-]){qualifier}({_either(tuple(w for w, _ in numbers))})\s+"
                         rf"({_either(units)})(?![\w-])", re.IGNORECASE)
    values = {" ".join(w.split()).casefold(): v for w, v in numbers}
    meanings = {" ".join(w.split()).casefold(): m for w, m in qualifiers}
    found = []
    for match in pattern.finditer(text):
        after = _AFTER.match(text, match.start(3))
        said = " ".join(match.group(1).split()).casefold() if match.group(1) else ""
        found.append(Claim(f"{match.group(2)} {match.group(3)}", "number", meanings.get(said),
                           Decimal(values[" ".join(match.group(2).split()).casefold()]),
                           after=after.group(1).strip() if after else ""))
    return tuple(found)
