"""The facts one release records: each number it prints once, and each rank it looks at only to choose its words
(``top()``), marked as not printed until a template prints it too."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from drafter.model import Fact, SourceRef


class FactLog:
    """A release's facts in the order first recorded, the same fact recorded twice kept as one."""

    def __init__(self) -> None:
        self.facts: list[Fact] = []
        # The key leaves out the source cells (a region's figure can cite thousands), compared only when all else
        # matches: each set of cells with the index of its fact; by its text, and by all but its text (a rank
        # deciding the words as "trydydd" is the one printed in another form, Welsh "yn drydydd").
        self._recorded: dict[tuple[str, str, str, Decimal, str], list[tuple[tuple[SourceRef, ...], int]]] = {}
        self._any_form: dict[tuple[str, str, Decimal, str], list[tuple[tuple[SourceRef, ...], int]]] = {}
        self._named: dict[tuple[str, str], int] = {}  # (area, name) → its fact last recorded

    def add(self, fact: Fact) -> None:
        """Record ``fact``; printed once, it is printed, whatever it decided before (and a fact recorded twice
        to decide the wording keeps both things it decided); one deciding the words and the same printed in
        another form, either way round, are one fact, printed in that form."""
        same = self._recorded.setdefault((fact.area, fact.name, fact.text, fact.value, fact.formula), [])
        index = next((i for sources, i in same if sources == fact.sources), None)
        forms = self._any_form.setdefault((fact.area, fact.name, fact.value, fact.formula), [])
        other = next((i for sources, i in forms if sources == fact.sources), None) if index is None else None
        if other is not None and self.facts[other].printed != fact.printed:
            if fact.printed:
                self.facts[other] = fact
                self._named[(fact.area, fact.name)] = other
            return
        if index is None:
            same.append((fact.sources, len(self.facts)))
            forms.append((fact.sources, len(self.facts)))
            self._named[(fact.area, fact.name)] = len(self.facts)
            self.facts.append(fact)
            return
        earlier = self.facts[index]
        if earlier.printed:
            return
        if fact.printed:
            self.facts[index] = dataclasses.replace(earlier, printed=True, decides="")
        elif fact.decides and fact.decides not in earlier.decides:  # "whether it alone is the highest and …"
            self.facts[index] = dataclasses.replace(earlier, decides=f"{earlier.decides} and {fact.decides}")

    def reword(self, area: str, name: str, like: str) -> None:
        """Give ``area``'s fact ``name`` the printed words of its fact ``like``: a figure that did not change,
        printed once for both periods ("unchanged at 12 per cent" of a rate published as 12.0 and as 12)."""
        index, model = self._named.get((area, name)), self._named.get((area, like))
        if index is not None and model is not None and self.facts[index].text != self.facts[model].text:
            self.facts[index] = dataclasses.replace(self.facts[index], text=self.facts[model].text)
