"""Figures in words inside quotes, before the unit of a rate whose changes are given in it (``change_in: unit``): "the
wait is now two weeks shorter", "nearly three weeks", Welsh "dwy wythnos yn fyrrach". A person says a change in
weeks or minutes this way, and it is a claim about the data as "2 weeks" is, which
:func:`drafter.quotes.claims.find_claims` (figures in digits) reads. And such a figure, in words or digits, said as a
change ("three weeks shorter", "fell by 2.2 weeks"), which is held against the release's changes in that unit only
(:func:`unit_change`), as a change word is against its changes; and the numbers a quote may say that are no figures
of the data (:func:`free_numbers`: "999 calls", "within 10 seconds"). Pure: no locale, no I/O.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import lru_cache

from drafter.errors import name_list, possessive
from drafter.model import Change, Measure
from drafter.quotes.claims import Claim, words_before
from drafter.style.bands import is_whole_one
from drafter.style.base import HouseStyle, in_unit

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
                           after=after.group(1).strip() if after else "", before=words_before(text, match.start())))
    return tuple(found)


def unit_change(claim: Claim, units: tuple[str, ...], leads: tuple[tuple[str, str], ...],
                comparatives: tuple[tuple[str, str], ...]) -> Claim:
    """``claim`` as a change in a rate's unit (kind "unit_change", its band the way it went, "up" or "down") where
    one of ``units`` follows its number (the words the language puts between them aside: Welsh "2.2 o wythnosau")
    and either one of ``leads`` ends the words before it ("fell by", "a fall of", Welsh "wedi gostwng") or one of
    ``comparatives`` follows the unit ("shorter", Welsh "yn fyrrach"), each with its way; else ``claim`` as it is.

    >>> from drafter.quotes.claims import find_claims
    >>> leads, more = (("fell by", "down"), ("rose by", "up")), (("shorter", "down"), ("longer", "up"))
    >>> [(c.kind, c.band) for t in ("It fell by 3 weeks", "3 weeks shorter", "It is 3 weeks")
    ...  for c in (unit_change(x, ("weeks",), leads, more) for x in find_claims(t))]
    [('unit_change', 'down'), ('unit_change', 'down'), ('number', None)]
    """
    if claim.kind != "number" or not units:
        return claim
    after = claim.after.casefold().split()
    taken = next((len(u.split()) + skip for u in units for skip in (0, 1)
                  if after[skip:skip + len(u.split())] == u.casefold().split()), 0)  # "o wythnosau": one word between
    if not taken:
        return claim
    rest, before = " ".join(after[taken:]), claim.before.casefold()
    way = next((w for words, w in leads if before == words or before.endswith(" " + words)), None) or next(
        (w for words, w in comparatives if rest == words or rest.startswith(words + " ")), None)
    return dataclasses.replace(claim, kind="unit_change", band=way) if way else claim


def as_goal(claim: Claim, goals: tuple[str, ...]) -> Claim:
    """``claim``, a number (in figures or words) just after a goal word, as a "goal": "a target of seven minutes",
    "a standard of 18 weeks" name no figure of the data, however near one of the area's it happens to be.

    >>> from drafter.quotes.claims import find_claims
    >>> [as_goal(c, ("target",)).kind for c in find_claims("a target of 7 minutes, 7 minutes since")]
    ['goal', 'number']
    """
    words = claim.before.casefold().split()[-2:]
    named = bool(words) and (words[-1] in goals or (len(words) == 2 and words[0] in goals))
    return dataclasses.replace(claim, kind="goal") if claim.kind == "number" and named else claim


def changes_said(claim: Claim, changes: Sequence[Change], printed: Mapping[Decimal, str], measures: Sequence[Measure],
                 area: str = "") -> str | None:
    """The changes in a rate's own unit that ``claim``, a change in that unit ("three weeks shorter"), is held
    against, those that went its way, as a message names them: each unit's sizes together, smallest first, as the
    release prints them (``printed``), "falls of 0.1, 1.0 and 2.2 weeks"; after a whole 1 the measure's
    ``unit_one``, "a rise of 1 week". None for any other claim, or where no change went its way. With ``area``,
    the release's own, whose own change went the other way, that too: "a fall of 0.3 minutes; Northumberland's own
    figure went the other way, a rise of 2.2 minutes", so that the region's fall is not read as the area's.

    >>> from drafter.compute.changes import compute_change
    >>> from drafter.model import SourceRef, Value
    >>> def c(old, new):
    ...     v = lambda x: Value(Decimal(x), (SourceRef("figures.csv"),))
    ...     return compute_change("A", "wait", "rate", "a", "b", v(old), v(new), "weeks", "unit")
    >>> wait = Measure("wait", "median wait", "weeks", "rate", SourceRef("campaign.yaml"), unit_one="week",
    ...                change_in="unit")
    >>> down, up = (Claim("3 weeks", "unit_change", None, Decimal(3), band=way) for way in ("down", "up"))
    >>> shown = {Decimal("0.1"): "0.1", Decimal("1.0"): "1.0", Decimal("2.2"): "2.2"}
    >>> changes_said(down, [c("14.6", "12.4"), c("5.2", "5.1"), c("4.0", "3.0"), c("3", "4")], shown, [wait])
    'falls of 0.1, 1.0 and 2.2 weeks'
    >>> changes_said(up, [c("14.6", "12.4"), c("3", "4")], {Decimal(1): "1"}, [wait]), changes_said(up, [], {}, [])
    ('a rise of 1 week', None)
    """
    found = _sizes(claim, changes, printed, measures, claim.band)
    if not area or claim.kind != "unit_change":
        return found
    other = _sizes(claim, [c for c in changes if c.area == area], printed, measures,
                   "up" if claim.band == "down" else "down")  # the area's own went the other way: say so
    return f"{found or 'none'}; {possessive(area)} own figure went the other way, {other}" if other else found


def _sizes(claim: Claim, changes: Sequence[Change], printed: Mapping[Decimal, str], measures: Sequence[Measure],
           band: str | None) -> str | None:
    sizes: dict[str, set[Decimal]] = {}
    for change in changes:
        if claim.kind == "unit_change" and in_unit(change) and change.direction == band:
            sizes.setdefault(change.unit, set()).add(abs(change.difference))
    if not sizes:
        return None
    ones = {m.unit: m.unit_one for m in measures if m.change_in == "unit" and m.unit_one}
    each = [(unit, sorted(found)) for unit, found in sizes.items()]
    said = [f"{name_list([printed.get(s, str(s)) for s in found], and_word='and')} "
            f"{ones.get(unit) or unit if len(found) == 1 and is_whole_one(found[0]) else unit}" for unit, found in each]
    way = "fall" if band == "down" else "rise"
    many = sum(len(found) for _, found in each) > 1
    return f"{way}s of " + ", and of ".join(said) if many else f"a {way} of {said[0]}"


_NAMED = re.compile(r"\b((?:[^\W\d]+\s+){0,2})(\d[\d,]*(?:\.\d+)?)\s+(\w+)")  # "less than 18 weeks": the words before


def free_numbers(measures: Sequence[Measure], style: HouseStyle) -> tuple[str, ...]:
    """The numbers a quote may say that are no figures of the data, each with the word after it: the emergency
    number before a word for calling ("999 calls", not "launched 999 times"), and each number a measure's own name
    gives ("10 seconds" in "999 calls answered within 10 seconds",
    "65 and" in "people aged 65 and over"; and with the words before it, "less than 18 weeks", which a quote may say
    too), in the release's language and English."""
    texts = (m.words(key, code) for m in measures for code in dict.fromkeys((style.language.code, "en"))
             for key in ("label", "subject"))
    found = [(" ".join(before.split()).casefold(), n, w.casefold()) for text in texts
             for before, n, w in _NAMED.findall(text)]
    named = [f"{n} {w}" for _, n, w in found] + [f"{before} {n} {w}" for before, n, w in found if before]
    ringing = (f"{style.emergency_number} {w}" for w in style.language.emergency_words)
    return tuple(dict.fromkeys((*ringing, *named)))
