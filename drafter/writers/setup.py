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
    docx: Writer | None = field(default=None, repr=False)  # the batch's DOCX writer, once drafter.writers.docx made it
