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
        # matches: each set of cells with the index of its fact.
        self._recorded: dict[tuple[str, str, str, Decimal, str], list[tuple[tuple[SourceRef, ...], int]]] = {}
        # each fact's first record, by all but its text: the form it is printed in may differ from the words'
        self._any_form: dict[tuple[str, str, Decimal, str, tuple[SourceRef, ...]], int] = {}

    def add(self, fact: Fact) -> None:
        """Record ``fact``; printed once, it is printed, whatever it decided before (and a fact recorded twice
        to decide the wording keeps both things it decided)."""
        same = self._recorded.setdefault((fact.area, fact.name, fact.text, fact.value, fact.formula), [])
        index = next((i for sources, i in same if sources == fact.sources), None)
        if index is None:  # a fact deciding the words, and the same printed in another form, either way round
            other = self._any_form.get((fact.area, fact.name, fact.value, fact.formula, fact.sources))  # "trydydd",
            if other is not None and self.facts[other].printed != fact.printed:  # Welsh "yn drydydd"
                if fact.printed:
                    self.facts[other] = fact
                return
        if index is None:
            same.append((fact.sources, len(self.facts)))
            self._any_form.setdefault((fact.area, fact.name, fact.value, fact.formula, fact.sources), len(self.facts))
            self.facts.append(fact)
            return
        earlier = self.facts[index]
        if earlier.printed:
            return
        if fact.printed:
            self.facts[index] = dataclasses.replace(earlier, printed=True, decides="")
        elif fact.decides and fact.decides not in earlier.decides:  # "whether it alone is the highest and …"
            self.facts[index] = dataclasses.replace(earlier, decides=f"{earlier.decides} and {fact.decides}")
