"""What a batch's writers are built from: the reference DOCX, where to send warnings, and the one DOCX writer
the formats made from it (DOCX, PDF, the reviewer pack) share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from drafter.model import Release


class Writer(Protocol):
    extension: str

    def render(self, release: Release) -> bytes: ...


@dataclass
class Setup:
    reference: Path
    warn: Callable[[str], None] | None = None
    label: str = ""  # campaign.yaml's label: ("PRESS RELEASE"), in the shipped reference's header
    labels: tuple[tuple[str, str], ...] = ()  # (language tag, label) for another language: label_cy's "DATGANIAD …"
    paper: str = ""  # drafter's own reference's page on this paper ("A4", "Letter"); "": a letterhead's, as it is
    docx: Writer | None = field(default=None, repr=False)  # the batch's DOCX writer, once drafter.writers.docx made it

    @property
    def looks(self) -> tuple[str, tuple[tuple[str, str], ...], str]:
        """What the DOCX writer takes from the campaign besides its reference: the label, the labels, the paper."""
        return self.label, self.labels, self.paper
