"""Places a sentence names in general words, for the check: "the region", "regionally", Welsh "y rhanbarth" (the
area's region, its parent in areas.csv), "nationally", "in the country" (the top of the campaign's tree, where all
its areas come under one), and a place's adjective ("the Welsh average": Wales), from the language's table of
adjectives and the names areas.csv gives: an adjective names an area only where the table pairs it with one of
that area's names, never by its spelling.

>>> from types import SimpleNamespace as Row
>>> from drafter.style.lang.en import LANGUAGE
>>> areas = (Row(name="Wales", parent=None, in_text="Wales", extra=()),
...          Row(name="Cardiff", parent="Wales", in_text="Cardiff", extra=()))
>>> places = Places(areas, LANGUAGE)
>>> [name for _, _, name in places.spans(["the", "welsh", "average"], "Cardiff")]
['Wales']
>>> [name for _, _, name in places.spans(["across", "the", "region"], "Cardiff")]
['Wales']
>>> places.spans(["across", "the", "region"], "Wales")
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from drafter.model import Area
from drafter.reports.check_words import tokens
from drafter.style.base import Language


def _words(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens(text))


class Places:
    """The general words for places of one language, resolved against one campaign's areas."""

    def __init__(self, areas: Sequence[Area], language: Language) -> None:
        self._parents = {a.name: a.parent for a in areas}
        roots = [a.name for a in areas if not a.parent]
        self.top = roots[0] if len(roots) == 1 else None  # the one area every other comes under, if any
        self._region = [_words(p) for p in language.region_words]
        self._scopes = [_words(p) for p in language.region_scope_words]
        self._national = [_words(p) for p in language.national_words]
        self._adjectives: list[tuple[tuple[str, ...], str]] = []
        for adjective, place in language.area_adjectives:
            for area in areas:
                names = {area.name, area.in_text, *(text for _, text in area.extra)}
                if _words(place) in {_words(n) for n in names}:
                    self._adjectives.append((_words(adjective), area.name))
        # Whether the top is a country (the language's table names it: Wales), so "nationally" is all of it; a
        # region at the top ("North West") is not the country a newsdesk reads "nationally" as.
        self.national = any(name == self.top for _, name in self._adjectives)

    def region(self, area: str) -> str | None:
        """The region an area's release calls "the region": its parent, if it has one."""
        return self._parents.get(area)

    def spans(self, norms: Sequence[str], area: str) -> list[tuple[int, int, str]]:
        """Where a sentence of ``area``'s release names a place in general words: (first, end, area name)."""
        found = [(words, name) for words, name in self._adjectives]
        region = self.region(area)
        if region:
            found += [(words, region) for words in self._region]
        if self.top and self.top != area and self.national:
            found += [(words, self.top) for words in self._national]
        return [(start, start + len(words), name) for start in range(len(norms)) for words, name in found
                if words and tuple(norms[start:start + len(words)]) == words]

    def rank_scopes(self, area: str) -> list[tuple[str, ...]]:
        """The general words that say an area's rank is among its region's areas: "in the region", "in the area"
        and, where the region is the top of the campaign's tree, "nationally" (the check ranks an area among its
        region's areas only); none for an area with no region."""
        region = self.region(area)
        if not region:
            return []
        return self._region + self._scopes + (self._national if region == self.top else [])

    def beyond(self, norms: Sequence[str]) -> str:
        """The words of ``norms`` that rank an area in a country wider than the campaign ("nationally" where the
        top of its tree is a region), or ""."""
        if self.national:
            return ""
        return next((" ".join(words) for start in range(len(norms)) for words in self._national
                     if words and tuple(norms[start:start + len(words)]) == words), "")
