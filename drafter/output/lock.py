"""One writer per output folder, and one editor per file drafter edits in place: the only module that imports
filelock.

A run holds an advisory lock on ``.drafter-lock`` in the output folder from before it clears what a killed
run left until its last file is in place, so two people drafting into one folder on a shared drive never mix
their campaigns or remove each other's staging files. A second run waits :data:`WAIT_SECONDS`, then stops
with one line naming the folder and, when it can tell, the run that holds it (``.drafter-lock-owner``).
``quotes approve`` and ``quotes withdraw`` hold the same kind of lock on quotes.yaml (``.quotes.yaml.drafter-lock``
beside it) from before they read it until the edited file is in place, so two people approving quotes at once on a
shared drive each wait their turn, and neither approval is lost.

filelock is the library here because an advisory lock that works the same on Windows (``msvcrt``) and
everywhere else (``flock``), on local and network drives, is its whole job; drafter keeps no ``fcntl`` code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import warnings
from collections.abc import Iterator
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


@dataclass(frozen=True)
class Locked:
    """What a lock guards, as its messages name it: the output folder (``--out``), or a file edited in place."""

    source: SourceRef
    field: str | None
    busy: str  # "is being written by another drafter run"
    one_at_a_time: str  # "one run at a time in a folder"
    lock: str = LOCK
    owner: str = OWNER
    where: str = "in the folder"  # where the lock file is, for the person told to delete it


@dataclass
class OutputLock:
    """The lock on one output folder (or on a file drafter edits in place), held between :meth:`take` and
    :meth:`release`."""

    out_dir: Path
    lock: FileLock
    names: tuple[str, str] = (LOCK, OWNER)

    @classmethod
    def take(cls, out_dir: Path, wait: float | None = None) -> OutputLock:
        """Take the folder's lock, waiting up to ``wait`` seconds (:data:`WAIT_SECONDS`) for another run."""
        return cls._take(out_dir, wait, Locked(SourceRef(str(out_dir)), "--out", "is being written by another "
                                               "drafter run", "one run at a time in a folder"))

    @classmethod
    @contextlib.contextmanager
    def editing(cls, path: Path, display: str, wait: float | None = None) -> Iterator[None]:
        """Hold the lock on the file ``path`` (quotes.yaml, named ``display`` in messages) for the ``with`` block:
        a lock file beside it, ``.<name>.drafter-lock``, in the folder of the file a link leads to, so that two
        campaigns sharing one file share its lock too. Another command editing it is waited for, as a run is."""
        target = path.resolve()
        words = Locked(SourceRef(display), None, "is being edited by another drafter command",
                       f"one edit of {display} at a time", f".{target.name}{LOCK}", f".{target.name}{OWNER}",
                       f"beside {display}")
        held = cls._take(target.parent, wait, words)
        try:
            yield
        finally:
            held.release()

    @classmethod
    def _take(cls, out_dir: Path, wait: float | None, words: Locked) -> OutputLock:
        path = out_dir / words.lock
        # Anyone who may write in the folder may take the lock: on a shared drive the next run is often someone
        # else's, and a lock file only its maker could open would shut everyone else out after a crash.
        lock = FileLock(str(path), timeout=WAIT_SECONDS if wait is None else wait, mode=0o666)
        try:
            for name in (words.lock, words.owner):
                found = kind(out_dir / name)
                if found not in (None, "file"):
                    raise not_a_file(found, SourceRef(str(out_dir / name)), OutputError,
                                     f"a file drafter keeps while it writes; remove the {found}")
            with warnings.catch_warnings():  # a drive without locks (some network drives seen from a Mac or Linux):
                # filelock falls back to a lock file whose existence is the lock, and says so as a Python warning
                warnings.filterwarnings("ignore", message="flock not supported", category=UserWarning)
                lock.acquire()
        except Timeout:
            holder = _holder(out_dir, words.owner)
            raise OutputError(
                f"{words.busy}{f' ({holder})' if holder else ''}", source=words.source, field=words.field,
                expected=f"{words.one_at_a_time}: wait for the other run to finish, then run again; if no run "
                         f"is going on there (one stopped part of the way when its computer was switched off or lost "
                         f"the drive), delete {words.lock} {words.where} and run again",
            ) from None
        except PermissionError as exc:
            if kind(path) != "file":
                raise cannot_write(exc, out_dir, problem="cannot be written", field=words.field,
                                   expected="a folder you can write to", tried=path) from None
            holder = _holder(out_dir, words.owner)
            raise OutputError(
                f"cannot be opened ({exc.strerror}): another person's drafter run made it"
                f"{f' ({holder})' if holder else ''}", source=SourceRef(str(path)), field=words.field,
                expected=f"no other run in the folder: wait for it to finish, then run again; if none is running, "
                         f"delete {words.lock}") from None
        except OSError as exc:
            raise cannot_write(exc, out_dir, problem="cannot be written", field=words.field,
                               expected="a folder you can write to", tried=path) from None
        held = cls(out_dir, lock, (words.lock, words.owner))
        held._announce()
        return held

    def _announce(self) -> None:
        now = dt.datetime.now()
        since = f"{now:%H:%M} on {now.day} {now:%B %Y}"  # the day too: a lock left since yesterday is not a run now
        text = f"process {os.getpid()} on {socket.gethostname() or 'this computer'}, since {since}"
        path = self.out_dir / self.names[1]
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
            os.unlink(self.out_dir / self.names[1])
        if remove_lock_file:
            with contextlib.suppress(OSError):
                os.unlink(self.out_dir / self.names[0])
        self.lock.release()


def _holder(out_dir: Path, owner: str = OWNER) -> str:
    """Who holds the folder's lock, as its owner file says (empty when it cannot be told)."""
    try:
        text = read_bounded(out_dir / owner, SourceRef(owner), 200, follow=False, error=OutputError)
    except (OSError, OutputError):
        return ""
    return "".join(c for c in " ".join(text.decode("utf-8", errors="replace").split()) if c.isprintable())  # no
    # control character from a file anyone may write reaches the console (an escape sequence could rewrite it)
