"""What went wrong writing in the output folder, as one line a press officer can act on.

Every ``OSError`` drafter meets while writing its files becomes an :class:`~drafter.errors.OutputError` here,
naming the file, the reason and what to do. A path too long for the drive gets its own words (Linux says
"File name too long"; Windows, without long paths turned on, says a folder "cannot be found" past 260
characters), since "space and permission to write" would send the reader looking in the wrong place.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from drafter.errors import OutputError
from drafter.fileio import ON_WINDOWS
from drafter.model import SourceRef

WINDOWS_MAX_PATH = 260  # Windows' limit on a path when long paths are not turned on
_WINDOWS_TOO_LONG = 206  # ERROR_FILENAME_EXCED_RANGE
SPACE = "space and permission to write"  # what is expected when the system's reason says nothing more
FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}  # the drive full, or this person's share of it
LOST = {getattr(errno, name) for name in ("EIO", "ESTALE", "ENXIO", "ENODEV", "ENOTCONN", "ENETDOWN", "ENETUNREACH",
                                          "EHOSTDOWN", "EHOSTUNREACH", "ECONNRESET", "ECONNABORTED", "ETIMEDOUT")
        if hasattr(errno, name)}  # the drive stopped answering: a network share lost, a USB stick pulled out
_WINDOWS_LOST = {21, 53, 59, 64, 67, 121, 1231}  # not ready, network path or name gone, network error, timed out
BACK = "the drive back: once the network share or USB stick answers again, run the same command again (drafter " \
    "knows which files it wrote), or draft into a folder on another drive"
SHORTER = "a shorter path: an output folder nearer the top of the drive, or with a shorter name"


def path_too_long(exc: OSError, path: Path) -> bool:
    """Whether ``exc`` says the path is too long for the drive, however the system puts it."""
    if exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == _WINDOWS_TOO_LONG:
        return True
    return ON_WINDOWS and isinstance(exc, FileNotFoundError) and len(str(path)) >= WINDOWS_MAX_PATH


def cannot_write(exc: OSError, path: Path, *, problem: str = "could not be written", outcome: str = "",
                 field: str | None = None, expected: str = SPACE,
                 tried: Path | None = None) -> OutputError:
    """The one line for ``exc`` met writing ``path`` (through the temporary file ``tried``, whose longer path
    is the one the drive refused): ``problem (reason)outcome (expected …)``."""
    tried = tried or path
    if path_too_long(exc, tried):
        return OutputError(f"{problem} (its path is {len(str(tried)):,} characters long, too long for the drive)"
                           f"{outcome}", source=SourceRef(str(path)), field=field, expected=SHORTER)
    if exc.errno in FULL:  # whatever was expected, what to do is to make room
        expected = "space on the drive: delete files you no longer need, or draft into a folder on another drive"
    elif exc.errno in LOST or getattr(exc, "winerror", None) in _WINDOWS_LOST:
        expected = BACK
    elif exc.errno == errno.EROFS:
        expected = "a drive that can be written to, not a read-only one such as a locked USB stick or a read-only share"
    return OutputError(f"{problem} ({exc.strerror}){outcome}", source=SourceRef(str(path)), field=field,
                       expected=expected)


def moved_away(exc: OSError, out_dir: Path, written: int) -> OutputError | None:
    """The one line for an output folder moved, renamed or deleted while a run wrote in it (a colleague tidying the
    shared drive, a sync program), which the system reports only as a file not found, after ``written`` files were
    put in place in it; None if the folder is there, or the drive itself is gone (:func:`cannot_write` says so)."""
    if not isinstance(exc, FileNotFoundError) or getattr(exc, "winerror", None) in _WINDOWS_LOST or \
            os.path.isdir(out_dir) or not os.path.isdir(out_dir.parent):
        return None
    stands = "nothing in it has been changed" if not written else (
        f"{'1 file in it is' if written == 1 else f'{written:,} files in it are'} the new draft, the rest are as they "
        "were, and none is half-written")
    return OutputError(f"was moved, renamed or deleted while drafter wrote in it (by a person, or a sync program); "
                       f"{stands}", source=SourceRef(str(out_dir)), field="--out",
                       expected="the folder left where it is while drafter drafts: put it back and run the same "
                                "command again, or draft into a new folder")
