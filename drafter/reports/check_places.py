"""Places a sentence names in general words, for the check: "the region", "regionally", Welsh "y rhanbarth" (the
area's region, its parent in areas.csv), "nationally", "in the country" (the top of the campaign's tree above the
area, where a country is there: England above the North West above Cheshire, in a tree of three levels or more, or
of several countries), and a place's adjective ("the Welsh average": Wales), from the language's table of
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
>>> areas += (Row(name="England", parent=None, in_text="England", extra=()),
...           Row(name="North West", parent="England", in_text="the north west", extra=()),
...           Row(name="Cheshire", parent="North West", in_text="Cheshire", extra=()))
>>> places = Places(areas, LANGUAGE)
>>> [(name, places.top_of(name)) for name in ("Cardiff", "Cheshire", "North West", "England")]
[('Cardiff', 'Wales'), ('Cheshire', 'England'), ('North West', 'England'), ('England', 'England')]
>>> [[name for _, _, name in places.spans(["nationally"], area)] for area in ("Cardiff", "Cheshire", "England")]
[['Wales'], ['England'], []]
>>> places.beyond(["nationally"], "Cheshire"), places.beyond(["nationally"], "Cardiff")
(('nationally', 'England'), ('', ''))
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
        self._region = [_words(p) for p in language.region_words]
        self._scopes = [_words(p) for p in language.region_scope_words]
        self._national = [_words(p) for p in language.national_words]
        self._adjectives: list[tuple[tuple[str, ...], str]] = []
        for adjective, place in language.area_adjectives:
            for area in areas:
                names = {area.name, area.in_text, *(text for _, text in area.extra)}
                if _words(place) in {_words(n) for n in names}:
                    self._adjectives.append((_words(adjective), area.name))
        # The areas that are countries (the language's table names them: Wales, England), so "nationally" is all
        # of one; a region at the top ("North West") is not the country a newsdesk reads "nationally" as.
        self._countries = frozenset(name for _, name in self._adjectives)

    def region(self, area: str) -> str | None:
        """The region an area's release calls "the region": its parent, if it has one."""
        return self._parents.get(area)

    def top_of(self, area: str) -> str | None:
        """The area at the top of areas.csv's tree above ``area`` (itself at the top; None for no area of it)."""
        seen: set[str] = set()
        while area in self._parents and area not in seen:
            seen.add(area)
            parent = self._parents[area]
            if not parent:
                return area
            area = parent
        return None

    def ancestors(self, area: str) -> list[str]:
        """The areas above ``area`` in areas.csv's tree, nearest first."""
        found: list[str] = []
        while (area := self._parents.get(area) or "") and area not in found:
            found.append(area)
        return found

    def country(self, area: str) -> str | None:
        """The country "nationally" names in ``area``'s release: the top of the tree above it, where that is a
        country (not the area itself); else None."""
        top = self.top_of(area)
        return top if top and top != area and top in self._countries else None

    def national(self, area: str) -> bool:
        """Whether "nationally" in ``area``'s release names one of the campaign's areas: a country at the top of
        areas.csv's tree above it, or the area itself."""
        return self.top_of(area) in self._countries

    def spans(self, norms: Sequence[str], area: str) -> list[tuple[int, int, str]]:
        """Where a sentence of ``area``'s release names a place in general words: (first, end, area name)."""
        found = [(words, name) for words, name in self._adjectives]
        region = self.region(area)
        if region:
            found += [(words, region) for words in self._region]
        country = self.country(area)
        if country:
            found += [(words, country) for words in self._national]
        return [(start, start + len(words), name) for start in range(len(norms)) for words, name in found
                if words and tuple(norms[start:start + len(words)]) == words]

    def rank_scopes(self, area: str) -> list[tuple[str, ...]]:
        """The general words that say where an area's rank is: "in the region", "in the area" (its region's areas)
        and "nationally" (the check ranks an area among its region's areas only: where the country is wider, a
        rank true there is to check by hand, :meth:`beyond`); none for an area with no region."""
        return self._region + self._scopes + self._national if self.region(area) else []

    def beyond(self, norms: Sequence[str], area: str) -> tuple[str, str]:
        """The words of ``norms`` that rank ``area`` in a country wider than its region, and that country: a
        country above the region in areas.csv ("nationally": England, above the North West), or "" where the top
        of the tree is a region, the campaign's figures covering only it; ("", "") where they say no such
        thing, or the region is the country ("nationally" for Cardiff, in Wales)."""
        said = next((" ".join(words) for start in range(len(norms)) for words in self._national
                     if words and tuple(norms[start:start + len(words)]) == words), "")
        top = self.top_of(area)
        if not said or not top or top == area or (top == self.region(area) and top in self._countries):
            return "", ""
        return said, top if top in self._countries else ""
