"""The output folder, and the folders drafter makes in it (``review``, a run's staging folder), and a new
campaign's folder (``drafter new``).

The output folder is made if it is not there, and anything else in its place is refused naming what is wrong;
a folder drafter makes in it is as open as the output folder, so that on a shared drive a colleague's run can
write in it, or clear it after a crash.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

from drafter.errors import OutputError, UsageError
from drafter.fileio import kind, loops, real_path, windows_refuses
from drafter.model import SourceRef
from drafter.output.problems import cannot_write


def make_output_folder(out_dir: Path) -> bool:
    """Make the output folder if it is not there (whether this run made it); refuse anything else in its place,
    naming what is wrong: a file, a link to nothing or to a file, a file where a folder above it should be, or
    a folder to make whose name Windows cannot hold (on a shared drive or a USB stick, whichever system drafts)."""
    problem, expected = None, "a folder for the releases: give another --out"
    try:
        found = kind(out_dir)
        if found == "link" and not out_dir.is_dir():  # a link to a folder is the user's own choice of folder
            leads = "a file" if out_dir.exists() else "itself, round in a loop" if loops(out_dir) else "nothing"
            problem = f"is a link to {leads}, not to a folder"
        elif found not in (None, "folder", "link"):
            problem = f"is a {found}, not a folder"
        elif found is None:
            above = next((parent for parent in out_dir.parents if kind(parent) is not None), Path("."))
            refused = unopenable_folder(out_dir)
            if not above.is_dir():
                problem = f"cannot be made, as {above} is a {kind(above)}, not a folder"
            elif refused:  # on a shared drive or a USB stick, it would be another folder, or one nobody can open
                problem, expected = refused, f"{UNOPENABLE}: give another --out"
            else:
                out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(exc, out_dir, problem="cannot be written", field="--out",
                           expected="a folder you can write to") from None
    if problem:
        raise OutputError(problem, source=SourceRef(str(out_dir)), field="--out", expected=expected)
    return found is None


UNOPENABLE = "a folder name without a dot or a space at its end, any of <>:\"|?*, or a name Windows keeps for a " \
    "device (con, nul, com1 and the like)"


def unopenable_folder(folder: Path) -> str | None:
    """Why a folder to be made at ``folder`` (or one above it, not there yet) is one Windows cannot open, whichever
    system makes it: on a shared drive or a USB stick it would be another folder, or one nobody there can open."""
    refused = next(((part.name, why) for part in [folder, *folder.parents][:len(folder.parents)]
                    if kind(part) is None and (why := windows_refuses(part.name))), None)
    return f'would be a folder Windows cannot open: "{refused[0]}" {refused[1]}' if refused else None


def refuse_inputs_folder(out_dir: Path, campaign_dir: Path, templates: Path) -> None:
    """Refuse an output folder that is the campaign folder, or inside drafter's own templates folder: the releases,
    the manifest and ``review`` would be mixed in with campaign.yaml and its figures, or replaced with the
    templates when drafter is updated (``templates``: the shipped templates folder). Checked before anything is
    made."""
    out = real_path(out_dir)
    suggestion = f"such as {campaign_dir / 'out'}"
    if _same_folder(out, campaign_dir):
        problem = "is the campaign folder itself, so the releases would be mixed in with campaign.yaml and its figures"
    elif any(_same_folder(folder, templates) for folder in (out, *out.parents)):
        problem = (f"is inside drafter's own templates folder ({templates}), which a new version of drafter "
                   "replaces, releases and all")
        suggestion = "outside drafter's templates folder"
    else:
        return
    raise OutputError(f"{problem}; nothing has been changed", source=SourceRef(str(out_dir)), field="--out",
                      expected=f"a folder of its own for the releases, {suggestion}: give another --out")


def _same_folder(one: Path, other: Path) -> bool:
    """Whether two paths are one folder as the drive holds them: ``Helpline`` and ``helpline`` are one on a drive
    that ignores case (Windows', a Mac's, a USB stick's) and two on one that does not, which only the drive can tell
    (``os.path.samefile``); where either is not there, their names are compared as the system compares them
    (``os.path.normcase``: case ignored on Windows), links followed."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return os.path.normcase(real_path(one)) == os.path.normcase(real_path(other))


def make_folder_like(folder: Path, out_dir: Path) -> None:
    """Make ``folder`` (``review``, or a staging folder) as open as the output folder, whatever this person's
    umask: on a shared drive a colleague's run must be able to write in it, or clear it after a crash."""
    folder.mkdir()
    with contextlib.suppress(OSError):
        os.chmod(folder, stat.S_IMODE(os.stat(out_dir).st_mode))


def make_new_folder(target: Path) -> None:
    """Make ``target``, the folder of a new campaign: a folder not there yet, or one there and empty; a file, a
    FIFO or a link to no folder in its place, or a folder with anything in it, is refused naming it."""
    found = kind(target)
    if found is not None and not target.is_dir():
        raise UsageError(f"is a {found}, not a folder" if found != "link" else "is a link to no folder",
                         value=str(target), expected="a new or empty folder: give another name")
    if found is None and (refused := unopenable_folder(target)):
        raise UsageError(refused, value=str(target), expected=f"{UNOPENABLE}: give another name")
    if found is not None and any(target.iterdir()):
        raise UsageError("already exists and is not empty", value=str(target),
                         expected="a new or empty folder: give another name, or empty this one")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(exc, target, problem="cannot be made", expected="a folder you can write to") from None


@contextlib.contextmanager
def filling_new_folder(target: Path) -> Iterator[None]:
    """Make ``target`` as :func:`make_new_folder` does, for the ``with`` block to fill: a drive that fails part of
    the way (full, gone, refusing a file) leaves no half-made campaign behind, and one line says so."""
    existed = target.is_dir()
    make_new_folder(target)
    try:
        yield
    except OSError as exc:
        for child in list(target.iterdir()) if existed else ():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
        if not existed:
            shutil.rmtree(target, ignore_errors=True)
        raise cannot_write(exc, target, problem="could not be made in full",
                           outcome=", so nothing was kept in it", expected="a folder you can write to") from None
