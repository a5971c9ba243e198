"""Copies of a release that a sync program or a person left beside it, which may hold an edit the release does not.

When two computers change a file in a synced folder at once (Jo edits Cheshire's release offline while a colleague
redrafts), the sync program keeps both: one under the file's name, the other as a copy named after the computer
(OneDrive and SharePoint, ``cheshire-LAPTOP-7F3.docx``), the person (Dropbox, ``cheshire (Jo Smith's conflicted copy
2026-11-30).docx``) or a number (``cheshire (1).docx``, as Google Drive, a browser's download or Windows itself
name a second copy; Explorer's ``cheshire - Copy.docx``). drafter never touches such a file, as it did not write it;
but if the edit went to the copy and the release is drafter's, the redraft would say nothing of it, and the edit
would be left where nobody looks. So a copy of a file this run drafts is named at each draft until it is moved away:
as one that may hold a person's edit, or, when its bytes are a draft drafter recorded for that file, as an earlier
draft nobody should send. A copy of the new draft is not named. (The sync program's copy of drafter's own manifest
is read with it: :mod:`drafter.output.manifest`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import OutputError
from drafter.fileio import file_digest, kind
from drafter.model import SourceRef

COPY = re.compile(
    r" \(\d+\)"  # cheshire (1).docx: a second copy, as Windows, a browser or Google Drive names it
    r"| - Copy(?: \(\d+\))?"  # cheshire - Copy.docx: Explorer's copy and paste
    r"|-(?=[^ ]*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"  # cheshire-LAPTOP-7F3.docx: OneDrive's, the computer's name
    # (a capital letter in it: drafter's own names are in lower case, so cheshire-east.docx is never one)
    r"| \([^()]*(?i:conflicted copy)[^()]*(?:\(\d+\))?\)"  # Dropbox: "(Jo Smith's conflicted copy 2026-11-30)",
    # Google Drive: "(Conflicted copy …)"
    r"| \(Case Conflict(?: \d+)?\)")  # Dropbox, for a name that differs from another's in capitals only


def copy_of(name: str, drafted: Mapping[str, str]) -> str | None:
    """The file of ``drafted`` (its names by their letters in one case, as :func:`~drafter.output.decide.case_twins`
    keys them) of which ``name`` is a copy, by the way sync programs and Windows name one, or None."""
    return _copy_of(name, _by_stem(drafted.values()))


def _by_stem(names: Iterable[str]) -> dict[tuple[str, str], str]:
    """File names by their folder and name less the last ending (``review/review``, ``cheshire.facts``) and that
    ending (``.csv``), in one case: a sync program or Windows names a copy by putting words between the two."""
    return {(root.casefold(), f".{ending}".casefold()): name for name in names
            for root, _, ending in [name.rpartition(".")] if root}


def _copy_of(name: str, stems: Mapping[tuple[str, str], str]) -> str | None:
    root, _, ending = name.rpartition(".")
    folder = root.rpartition("/")[0]
    for at in reversed(range(len(folder) + 2 if folder else 1, len(root))):  # the longest name first: a copy of
        # north-west.docx is north-west-LAPTOP-7F3.docx, not one of north.docx
        if root[at] in " -" and COPY.fullmatch(root[at:]) and \
                (found := stems.get((root[:at].casefold(), f".{ending}".casefold()))):
            return found
    return None


@dataclass(frozen=True)
class Copy:
    """A copy of a file drafter drafts, beside it in the output folder, that drafter did not write there."""

    name: str
    of: str  # the file's name
    draft: bool  # it holds an earlier draft drafter wrote (nobody's work, but not to be sent), not what it may be:
    # a person's edit


def copies(out_dir: Path, present: Iterable[str], drafted: Mapping[str, str], manifest: dict[str, dict[str, str]]
           ) -> list[Copy]:
    """Each file in the output folder (``present``: the names there and in ``review``) that is a copy of a file this
    run drafts (``drafted``: each file's name and its new bytes' SHA-256), unless it holds just the new draft; one
    holding bytes drafter recorded for that file (the manifest's, the journal's, a synced copy of the manifest's) is
    an earlier draft. drafter's own files, the files it drafts and other programs' (``~$…``, hidden) are none."""
    stems = _by_stem(drafted)
    ours = {name.casefold() for name in drafted}
    found = []
    for name in present:
        if name in manifest or name.casefold() in ours or name.rpartition("/")[2].startswith((".", "~$")):
            continue
        release = _copy_of(name, stems)
        if release is None or kind(out_dir / name) != "file":
            continue
        entry = manifest.get(release, {})
        try:
            digest = file_digest(out_dir / name, SourceRef(str(out_dir / name)), OutputError)
        except (OSError, OutputError):
            digest = ""  # a copy that cannot be read (a placeholder of a file kept online only) is named all the same
        if digest != drafted[release]:
            found.append(Copy(name, release, digest in {entry.get("sha256"), *entry.get("pending", "").split()}))
    return sorted(found, key=lambda copy: copy.name)
