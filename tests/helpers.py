"""Plain helpers that several test modules share (no fixtures and no tests here; fixtures are in conftest.py)."""

from __future__ import annotations

from decimal import Decimal

from drafter.compute.changes import compute_change
from drafter.model import Change, SourceRef, Value

SOURCE = (SourceRef("figures.csv", row=2, column="value"),)


def change(old: int | str, new: int | str, kind: str = "count") -> Change:
    """Cheshire's contacts going from ``old`` to ``new``, computed as drafter computes every change."""
    return compute_change("Cheshire", "contacts", kind, "before", "after",  # type: ignore[arg-type]
                          Value(Decimal(old), SOURCE), Value(Decimal(new), SOURCE))
