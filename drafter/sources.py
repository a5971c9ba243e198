"""Where a value came from, between the stages: :class:`SourceRef`, a plain frozen dataclass like those of
:mod:`drafter.model` (which re-exports it), kept here so that the model stays one screenful per idea."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True, slots=True)
class SourceRef:
    """Where a value came from: a file, and a row (CSV/XLSX, 1-based, header 1) or key path (YAML)."""

    file: str
    row: int | None = None
    column: str | None = None
    key: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        """``figures.csv:3`` (a row) or ``campaign.yaml:12`` (a line), as an error line starts."""
        return self.file if (place := self.line if self.row is None else self.row) is None else f"{self.file}:{place}"

    def cell(self) -> str:
        """The place as a reviewer reads it: ``figures.csv, row 3, column value``."""
        return self.file + (f", row {self.row}" if self.row is not None else "") + (f", column {self.column}" if
                            self.column is not None else "") + (f", key {self.key}" if self.key is not None else "")
