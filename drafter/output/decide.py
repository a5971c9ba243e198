"""What becomes of each staged file, settled before anything changes, and settled again just before it is put
in place if the file there changed meanwhile.

A file drafter wrote and nobody edited is replaced; an edited one is skipped (or, with ``force``, replaced and
kept beside it); one drafter did not write is never touched. Deciding a whole batch, then flushing it to the
drive, can take seconds on a slow or shared drive, and a colleague may save a release in Word in that time: so
the file's identity (its size, modification time and file number) is noted as it is decided, and a file that
is no longer the one decided about is decided again, from its bytes, before it is replaced, never overwritten
on the strength of what it was a moment ago.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from drafter.errors import OutputError
from drafter.fileio import file_digest, kind, not_a_file
from drafter.model import SourceRef
from drafter.output.durable import cut_short
from drafter.output.manifest import Manifest, plain_name
from drafter.output.opened import refuse_open

PLACED = ("written", "replaced_edited", "repaired", "emptied")  # what decide says of a file to put in place
REWRITTEN = ("written", "repaired", "emptied")  # put in place with nothing kept: nobody's work is in the old file
Identity = tuple[int, int, int] | None  # a file's number, size and modification time; None where there is none


def safe_target(out_dir: Path, name: str) -> Path:
    """``out_dir / name``, refusing any name that would land outside the folder: a plain name, or one in a
    subfolder (``review/``) that is a real folder, not a link."""
    parts = name.split("/")
    if not plain_name(name):
        raise OutputError("would be written outside the output folder", field="file name", value=name,
                          expected="a plain file name")
    if len(parts) == 2:
        found = kind(out_dir / parts[0])
        if found not in (None, "folder"):
            where, expected = SourceRef(str(out_dir / parts[0])), f"a folder drafter writes into; move the {found}"
            if found == "link":
                raise not_a_file(found, where, OutputError, expected.replace("move", "remove"))
            raise OutputError(f"is a {found}, not a folder", source=where, expected=expected + " elsewhere")
        if found == "folder" and not os.access(out_dir / parts[0], os.W_OK | os.X_OK):  # made by someone else
            raise OutputError("is a folder you may not write in", source=SourceRef(str(out_dir / parts[0])),
                              expected="permission to write in it: ask whoever manages the drive, or draft into "
                                       "another folder")
    return out_dir / name


def identity(path: Path) -> Identity:
    """What tells the file at ``path`` from the next one saved under its name, without reading it."""
    try:
        info = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def case_twins(out_dir: Path) -> dict[str, str]:
    """The names in ``out_dir`` and its ``review`` folder, each under its letters in one case: Windows (and a Mac)
    takes ``Cheshire.docx`` and ``cheshire.docx`` for one file, a drive that tells them apart for two."""
    names: dict[str, str] = {}
    for folder, prefix in ((out_dir, ""), (out_dir / "review", "review/")):
        if kind(folder) == "folder":  # one that cannot be listed is met, and named, as its files are written
            with contextlib.suppress(OSError), os.scandir(folder) as entries:
                names.update({f"{prefix}{entry.name}".casefold(): f"{prefix}{entry.name}" for entry in entries})
    return names


def case_twin(name: str, twins: dict[str, str]) -> str | None:
    """The file, or the folder (``Review`` for ``review/review.csv``), whose name differs from ``name``'s in capitals
    only (``twins``, from :func:`case_twins`), or None."""
    folder = name.split("/")[0]
    for part in (name, folder) if folder != name else (name,):
        if twins.get(part.casefold(), part) != part:
            return twins[part.casefold()]
    return None


def decide(out_dir: Path, name: str, digest: str, manifest: Manifest, force: bool,
           twins: dict[str, str] | None = None) -> tuple[str, Identity]:
    """What becomes of the staged file ``name`` (its bytes' SHA-256 ``digest``): the name of the report's list it
    goes in (those in :data:`PLACED` are put in place), and the identity of the file it was decided about. A file
    whose name differs from it in capitals only (``twins``, from :func:`case_twins`) is that file where Windows
    drafts, so it is left alone here too, never given a twin Windows could not tell from it."""
    target = safe_target(out_dir, name)
    entry = manifest.get(name)
    found = kind(target)
    before = identity(target)  # noted before the file is read: a save while it is read shows as a change
    if found is None:
        return "skipped_case" if case_twin(name, twins or {}) else "written", None
    if found != "file":
        raise not_a_file(found, SourceRef(str(target)), OutputError, "a file drafter wrote, or nothing; " + (
            "move the folder elsewhere" if found == "folder" else f"remove the {found}"))
    try:
        current = file_digest(target, SourceRef(str(target)), OutputError)
        locked = read_only(target)
    except FileNotFoundError:  # removed by a person a moment ago
        return "written", None
    if current == digest:  # already as drafted, whoever put it there: recorded as drafter's, not rewritten
        return "unchanged", before
    if entry is None:
        return "skipped_foreign", before
    pending = entry.get("pending", "").split()  # what a run that stopped part of the way was putting in place
    ours = current == entry.get("sha256") or current in pending
    repaired = not ours and bool(pending) and cut_short(target)  # its write cut short (durable.py)
    emptied = not (ours or repaired) and os.lstat(target).st_size == 0  # a sync program's unfinished copy of a
    # release drafter wrote (OneDrive, Dropbox): it holds nothing of anyone's, so it is written again, not kept
    if not (ours or repaired or emptied or force):
        return "skipped_edited", before
    if locked:
        return "skipped_read_only", before
    refuse_open(target)
    return "written" if ours else "repaired" if repaired else "emptied" if emptied else "replaced_edited", before


def decide_again(target: Path, name: str, before: Identity, digest: str, manifest: Manifest) -> str | None:
    """None if the file at ``target`` is still the one decided about (or gone), so it may be replaced; else what
    becomes of the file saved there since: ``unchanged`` if it is the new draft, ``skipped_edited`` or
    ``skipped_foreign`` if it is a person's (a folder or link put there since is left alone too)."""
    if identity(target) in (before, None):
        return None
    entry = manifest.get(name)
    try:
        current = file_digest(target, SourceRef(str(target)), OutputError)
    except FileNotFoundError:
        return None
    except OutputError:  # a folder or link put there since
        return "skipped_foreign"
    if current == digest:
        return "unchanged"
    if entry is not None and (current == entry.get("sha256") or current in entry.get("pending", "").split()):
        return None  # drafter's own bytes, put back (by a sync program, say): nobody's work is in them
    return "skipped_foreign" if entry is None else "skipped_edited"


def read_only(path: Path) -> bool:
    """Whether a person made the file at ``path`` read-only (Windows' read-only attribute is the same bit)."""
    return not os.lstat(path).st_mode & stat.S_IWUSR


def refuse_read_only(path: Path) -> None:
    """Stop, before anything changes, at drafter's own manifest or journal marked read-only: Windows would refuse to
    replace it only once every release was in place, and every run after would stop there again."""
    if kind(path) == "file" and read_only(path):
        raise OutputError("is marked read-only, so drafter could not record the files it writes; nothing has been "
                          "changed", source=SourceRef(str(path)),
                          expected="drafter's own file writable: clear its read-only mark (Properties on Windows), "
                                   "or draft into a new folder")
