"""Facts as a reviewer reads them: a table of every number a release prints, with formula and source cells."""

from __future__ import annotations

import json
from collections.abc import Sequence

from drafter.model import Fact
from drafter.output.csvsafe import to_csv

HEADER = ("area", "fact", "printed", "exact value", "formula", "source")


def fact_rows(facts: Sequence[Fact]) -> list[tuple[str, str, str, str, str, str]]:
    return [(f.area, f.name, f.text, format(f.value.normalize(), "f") if f.value == f.value.to_integral_value()
             else format(f.value, "f"), f.formula, "; ".join(s.cell() for s in f.sources)) for f in facts]


def facts_csv(facts: Sequence[Fact]) -> bytes:
    """The fact sheet written beside each release (``<slug>.facts.csv``)."""
    return to_csv(HEADER, fact_rows(facts))


def facts_json(facts: Sequence[Fact]) -> str:
    return json.dumps([
        {"area": f.area, "fact": f.name, "printed": f.text, "value": str(f.value), "formula": f.formula,
         "sources": [{"file": s.file, "row": s.row, "column": s.column} for s in f.sources]}
        for f in facts
    ], indent=2, ensure_ascii=False) + "\n"
