"""What a redraft leaves behind in the output folder that a press officer must know about: a release a person
edited that is now older than the draft (skipped, so it still says what the earlier draft said), and releases
of an earlier draft that this one no longer writes (an area gone from the campaign; a release now written under
another name, as when a campaign starts publishing in Welsh and ``cheshire.docx`` becomes ``cheshire.en.docx``).

drafter never deletes a release, so these stay in the folder; the draft command names them so that nobody
sends one by mistake, and says which of them hold a person's edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import OutputError
from drafter.fileio import file_digest, kind
from drafter.model import SourceRef
from drafter.output.manifest import Manifest


@dataclass(frozen=True)
class Leftover:
    """One release file of an earlier draft that this draft did not write."""

    name: str
    area: str
    gone: bool  # its area is no longer in the campaign
    edited: bool  # a person edited it since drafter wrote it


@dataclass(frozen=True)
class Leftovers:
    behind: tuple[str, ...] = ()  # skipped as edited, and the draft has changed since the one the person edited
    old: tuple[Leftover, ...] = ()


def format_of(name: str) -> str:
    """A release file's format as its name ends: ``facts.csv`` for a fact sheet, else its last extension."""
    return "facts.csv" if name.endswith(".facts.csv") else name.rpartition(".")[2]


def find_leftovers(out_dir: Path, manifest: Manifest, staged: Sequence[tuple[str, str, str]],
                   skipped_edited: Sequence[str], campaign_areas: Iterable[str]) -> Leftovers:
    """``manifest`` as the run found it (with the hashes a killed run's journal announced), so each file's
    entry is the draft a person edited; ``staged`` is every file this run drafted as (name, area, SHA-256).

    A file of an earlier draft is named when its area is no longer in the campaign, or when this run drafted
    its area in its format under another name; a file of an area this run did not draft (``--area``), or of a
    format it did not write (``--format``), is not.
    """
    drafted = {name: digest for name, _, digest in staged}
    behind = tuple(name for name in skipped_edited if name in manifest and drafted.get(name) not in {
        manifest[name].get("sha256"), *manifest[name].get("pending", "").split()})
    formats_of: dict[str, set[str]] = {}
    for name, area, _ in staged:
        if area:
            formats_of.setdefault(area, set()).add(format_of(name))
    known = set(campaign_areas)
    old = []
    for name, entry in sorted(manifest.items()):
        area = entry.get("area", "")
        if not area or name in drafted or "/" in name or kind(out_dir / name) != "file":
            continue
        gone = area not in known
        if gone or format_of(name) in formats_of.get(area, ()):
            old.append(Leftover(name, area, gone, _edited(out_dir / name, entry)))
    return Leftovers(behind, tuple(old))


def _edited(path: Path, entry: dict[str, str]) -> bool:
    try:
        return file_digest(path, SourceRef(str(path)), OutputError) != entry.get("sha256")
    except (OutputError, OSError):
        return False
