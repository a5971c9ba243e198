"""The send log, ``sent.csv`` in the output folder: one row for each message a mail server accepted.

It is rewritten atomically after each accepted message (a killed run leaves it old or new, never torn), so a
rerun knows who already has what and sends nothing twice. Beside it, ``sent/<version>/`` keeps each release as
it was first sent (its Markdown and fact sheet), so that a correction can say what changed since.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from drafter.errors import OutputError, how_many
from drafter.fileio import kind, read_bounded
from drafter.model import SourceRef
from drafter.output.durable import write_atomic

LOG = "sent.csv"
VERSIONS = "sent"  # the folder of releases as sent, one folder per version
MAX_LOG_BYTES = 100_000_000


@dataclass(frozen=True)
class Sent:
    """One accepted message."""

    time: str  # when the server accepted it, ISO 8601 in UTC
    email: str
    name: str
    outlet: str
    area: str
    language: str  # "en", "cy"
    kind: str  # "release" or "correction"
    file: str  # the file attached, or "" when the release was in the message only
    sha256: str  # the attached file's (or, with no attachment, the message body's) SHA-256
    version: str  # the release's version: the SHA-256 of its Markdown as drafted
    message_id: str

    @property
    def key(self) -> tuple[str, str, str]:
        return self.email.lower(), self.area, self.language


COLUMNS = tuple(f.name for f in fields(Sent))


def read_log(out_dir: Path) -> list[Sent]:
    """Every row of the send log, oldest first (an empty list when nothing has been sent from this folder)."""
    path = out_dir / LOG
    try:
        data = read_bounded(path, SourceRef(str(path)), MAX_LOG_BYTES, follow=False, error=OutputError)
    except FileNotFoundError:
        return []
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig", errors="replace"), newline="")))
    if not rows or tuple(rows[0]) != COLUMNS:
        raise OutputError("is not drafter's send log", source=SourceRef(str(path), row=1), field="header",
                          expected="the file drafter send writes, columns " + ", ".join(COLUMNS))
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(COLUMNS):
            raise OutputError(f"has {how_many(len(row), 'cell')}", source=SourceRef(str(path), row=number), field="row",
                              expected=f"{len(COLUMNS)} cells, as drafter send writes them")
    return [Sent(*row) for row in rows[1:]]


def latest(log: Iterable[Sent]) -> dict[tuple[str, str, str], Sent]:
    """The last message each recipient had for each area and language."""
    return {entry.key: entry for entry in log}


def write_log(out_dir: Path, log: Iterable[Sent]) -> None:
    """The whole log, written atomically (the caller holds the output folder's lock)."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(astuple(entry) for entry in log)
    write_atomic(out_dir / LOG, text.getvalue().encode("utf-8"))


def version_folder(out_dir: Path, version: str) -> Path:
    """Where a release version is kept as sent: ``sent/<first 16 hex digits of its version>``."""
    return out_dir / VERSIONS / version[:16]


def keep_version(out_dir: Path, version: str, files: dict[str, bytes]) -> None:
    """Keep a release as sent (its Markdown and fact sheet, by their drafted names), once per version."""
    folder = version_folder(out_dir, version)
    for path in (out_dir / VERSIONS, folder):
        found = kind(path)
        if found not in (None, "folder"):
            raise OutputError(f"is a {found}, not a folder", source=SourceRef(str(path)),
                              expected="the folder drafter send keeps the releases it sent in")
        try:
            path.mkdir(exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot be written ({exc.strerror})", source=SourceRef(str(path)),
                              expected="a folder you can write to") from None
    for name, data in files.items():
        if kind(folder / name) is None:
            write_atomic(folder / name, data)
