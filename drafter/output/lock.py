"""One writer per output folder: the only module that imports filelock.

A run holds an advisory lock on ``.drafter-lock`` in the output folder from before it clears what a killed
run left until its last file is in place, so two people drafting into one folder on a shared drive never mix
their campaigns or remove each other's staging files. A second run waits :data:`WAIT_SECONDS`, then stops
with one line naming the folder and, when it can tell, the run that holds it (``.drafter-lock-owner``).

filelock is the library here because an advisory lock that works the same on Windows (``msvcrt``) and
everywhere else (``flock``), on local and network drives, is its whole job; drafter keeps no ``fcntl`` code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import warnings
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from drafter.errors import OutputError
from drafter.fileio import kind, not_a_file, read_bounded
from drafter.model import SourceRef
from drafter.output.problems import cannot_write

LOCK = ".drafter-lock"
OWNER = ".drafter-lock-owner"  # who holds it: "process 1234 on LAPTOP-7, since 09:41 on 2 December 2026"
WAIT_SECONDS = 5.0


@dataclass
class OutputLock:
    """The lock on one output folder, held between :meth:`take` and :meth:`release`."""

    out_dir: Path
    lock: FileLock

    @classmethod
    def take(cls, out_dir: Path, wait: float | None = None) -> OutputLock:
        """Take the folder's lock, waiting up to ``wait`` seconds (:data:`WAIT_SECONDS`) for another run."""
        path = out_dir / LOCK
        # Anyone who may write in the folder may take the lock: on a shared drive the next run is often someone
        # else's, and a lock file only its maker could open would shut everyone else out after a crash.
        lock = FileLock(str(path), timeout=WAIT_SECONDS if wait is None else wait, mode=0o666)
        try:
            for name in (LOCK, OWNER):
                found = kind(out_dir / name)
                if found not in (None, "file"):
                    raise not_a_file(found, SourceRef(str(out_dir / name)), OutputError,
                                     f"a file drafter keeps while it writes; remove the {found}")
            with warnings.catch_warnings():  # a drive without locks (some network drives seen from a Mac or Linux):
                # filelock falls back to a lock file whose existence is the lock, and says so as a Python warning
                warnings.filterwarnings("ignore", message="flock not supported", category=UserWarning)
                lock.acquire()
        except Timeout:
            holder = _holder(out_dir)
            raise OutputError(
                f"is being written by another drafter run{f' ({holder})' if holder else ''}",
                source=SourceRef(str(out_dir)), field="--out",
                expected=f"one run at a time in a folder: wait for the other run to finish, then run again; if no run "
                         f"is going on there (one stopped part of the way when its computer was switched off or lost "
                         f"the drive), delete {LOCK} in the folder and run again",
            ) from None
        except PermissionError as exc:
            if kind(path) != "file":
                raise cannot_write(exc, out_dir, problem="cannot be written", field="--out",
                                   expected="a folder you can write to", tried=path) from None
            holder = _holder(out_dir)
            raise OutputError(
                f"cannot be opened ({exc.strerror}): another person's drafter run made it"
                f"{f' ({holder})' if holder else ''}", source=SourceRef(str(path)), field="--out",
                expected=f"no other run in the folder: wait for it to finish, then run again; if none is running, "
                         f"delete {LOCK}") from None
        except OSError as exc:
            raise cannot_write(exc, out_dir, problem="cannot be written", field="--out",
                               expected="a folder you can write to", tried=path) from None
        held = cls(out_dir, lock)
        held._announce()
        return held

    def _announce(self) -> None:
        now = dt.datetime.now()
        since = f"{now:%H:%M} on {now.day} {now:%B %Y}"  # the day too: a lock left since yesterday is not a run now
        text = f"process {os.getpid()} on {socket.gethostname() or 'this computer'}, since {since}"
        path = self.out_dir / OWNER
        with contextlib.suppress(OSError):
            os.unlink(path)  # a killed run's; a link is removed, never followed
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)

    def release(self, remove_lock_file: bool = True) -> None:
        """Let the next run in. The lock file goes too, while still held (a run waiting on the removed file
        sees it gone and takes a new one)."""
        with contextlib.suppress(OSError):
            os.unlink(self.out_dir / OWNER)
        if remove_lock_file:
            with contextlib.suppress(OSError):
                os.unlink(self.out_dir / LOCK)
        self.lock.release()


def _holder(out_dir: Path) -> str:
    """Who holds the folder's lock, as its owner file says (empty when it cannot be told)."""
    try:
        text = read_bounded(out_dir / OWNER, SourceRef(OWNER), 200, follow=False, error=OutputError)
    except (OSError, OutputError):
        return ""
    return "".join(c for c in " ".join(text.decode("utf-8", errors="replace").split()) if c.isprintable())  # no
    # control character from a file anyone may write reaches the console (an escape sequence could rewrite it)
