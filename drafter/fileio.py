"""Opening files as drafter does: regular files only, reads bounded, links not followed where drafter keeps its
own files.

Every file drafter reads (the campaign's inputs and its own bookkeeping in the output folder) must be a regular
file: a FIFO, a device (``/dev/zero``, ``/dev/urandom``), a socket or a folder where a file should be is refused
with one line, before a byte is read, so a run can neither hang nor fill memory. A read stops one byte past
its limit, so the size limit holds whatever the file system says the size is. Inputs may be links (a
``quotes.yaml`` shared between campaigns); drafter's own files in the output folder (the manifest, the
journal, fact sheets, releases) may not, so a link planted there can never make drafter read or write
elsewhere.

A shared piece like :mod:`drafter.model`: any stage may use it.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from drafter.errors import DrafterError, InputError, name_list
from drafter.model import SourceRef

_CHUNK = 1 << 20
MAX_ALIKE = 5  # the files of a missing file's name with another ending that its error names
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # not on Windows, where links are refused by the lstat beforehand
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
ON_WINDOWS = os.name == "nt"
JUNCTION = 0xA0000003  # IO_REPARSE_TAG_MOUNT_POINT: a Windows junction's reparse tag (the stat module has it on
# Windows only)

# Names Windows refuses for a file or folder whatever its extension ("con.docx" too), on any drive; and the
# characters it refuses in a name (besides \ and / between folders, and control characters). A FAT or exFAT
# stick or a Windows share refuses them too, whichever system writes to it.
WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$",
                              *(f"{port}{i}" for port in ("com", "lpt") for i in "0123456789\u00b9\u00b2\u00b3")})
# (the superscript digits ¹ ² ³ too, as Windows reads them as 1, 2 and 3 there)
WINDOWS_REFUSES = '<>:"|?*'
# Windows' errors for a file kept online only (OneDrive's Files On-Demand, and other sync programs through the same
# cloud files API) that could not be downloaded as it was read: the provider not running (362), failing to sign in
# (386), short of resources (387), offline (388), failing (389), the download aborted, cancelled or timed out (393,
# 398, 426), the provider stopped (404)
CLOUD_UNAVAILABLE = frozenset({362, 386, 387, 388, 389, 393, 398, 404, 426})


def windows_refuses(name: str) -> str:
    """Why Windows cannot hold a file or folder called ``name`` ("" if it can).

    >>> windows_refuses("releases.")
    'ends in a dot, which Windows drops from a name'
    >>> windows_refuses("Q3: fires")
    "holds ':', which Windows does not allow in a name"
    """
    if "\\" in name:  # never in a name on Windows, where it is the line between folders
        return "holds \\, which Windows takes for the line between two folders (this computer writes / between them)"
    if name.endswith((".", " ")) and name not in (".", ".."):
        return f"ends in a {'dot' if name.endswith('.') else 'space'}, which Windows drops from a name"
    refused = "".join(sorted({c for c in name if c in WINDOWS_REFUSES or ord(c) < 32}))
    if refused:
        return f"holds {', '.join(map(repr, refused))}, which Windows does not allow in a name"
    if name.split(".")[0].rstrip(" ").lower() in WINDOWS_RESERVED:
        return "is a name Windows keeps for a device"
    return ""


def kind(path: Path) -> str | None:
    """What is at ``path`` without following a link: ``None`` when nothing is, else "file", "link" (a
    Windows junction too), "folder", "FIFO", "device" or "socket"."""
    try:
        info = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    if getattr(info, "st_reparse_tag", 0) == JUNCTION:
        return "link"  # a Windows junction (mklink /J), which lstat calls a folder: it leads elsewhere like a link
    return _kind(info.st_mode)


def _kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device"


def holding_program(path: Path) -> str:
    """The program that most likely has the file at ``path`` open, as a person would close it: " in Word"."""
    return {".docx": " in Word", ".dotx": " in Word", ".csv": " in Excel", ".xlsx": " in Excel", ".xlsm": " in Excel",
            ".ods": " in LibreOffice", ".pdf": " in the PDF reader"}.get(path.suffix.lower(), "")


def real_path(path: Path) -> Path:
    """Where ``path`` leads, links followed as far as they go: pathlib's ``resolve`` raises on a link that leads
    round in a loop (``figures.csv`` pointing at itself), where this returns the path at the loop, for the open
    that follows to refuse with one line."""
    return Path(os.path.realpath(path))


def loops(path: Path) -> bool:
    """Whether the link at ``path`` leads round in a loop (to itself, or through others back to itself)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def not_found(path: Path, display: str) -> InputError:
    """The one line for a campaign's file that is not there, naming the files of the same name with another ending
    beside it (``figures.csv.csv``, ``areas.xlsx``): Windows hides a name's ending, so a file saved as a workbook,
    or named with its ending typed again, looks right in the folder."""
    try:
        others = sorted(p.name for p in path.parent.glob(glob.escape(path.stem) + ".*")
                        if p.name != path.name and p.is_file())[:MAX_ALIKE]
    except OSError:
        others = []
    twice = [name for name in others if name.startswith(path.name + ".")]  # figures.csv.csv, figures.csv.txt
    kind_of = "a CSV UTF-8" if path.suffix.lower() == ".csv" else f"an {path.suffix}"
    alike = capitals_hint(path) or (
        f"; the folder has {twice[0]} (its ending typed twice, as Windows hides it): rename it {path.name}"
        if twice else f"; the folder has {name_list(others, and_word='and')}, of another kind: save it as "
        f"{kind_of} file named {path.name}" if others else "")
    return InputError("file not found", source=SourceRef(display), expected=f"{display} in the campaign folder{alike}")


def capitals_hint(path: Path, key: str = "") -> str:
    """For a file that is not at ``path``, what to do about one beside it whose name differs only in capitals
    (``Figures.CSV`` for ``figures.csv``): Windows and a Mac find it under either name, Linux does not, so the same
    folder would draft on one computer and not on another; "" where there is none. ``key``: campaign.yaml's key
    that names the file, which may be corrected instead.

    >>> capitals_hint(Path("/nowhere/figures.csv"))
    ''
    """
    gone = next((part for part in [*reversed(path.parents), path] if not os.path.lexists(part)), None)
    try:  # the first name on the way that is not there: a folder (Data\figures.csv for data) or the file
        alike = sorted(entry.name for entry in os.scandir(gone.parent) if entry.name != gone.name and
                       entry.name.casefold() == gone.name.casefold()) if gone is not None else []
    except OSError:
        return ""
    if not alike or gone is None:
        return ""
    return (f"; the folder has {name_list(alike, and_word='and')}, a name that differs only in capitals, which "
            f"Windows and a Mac take for {gone.name} but this computer does not: rename it {gone.name}" +
            (f", or write it {alike[0]} in campaign.yaml's {key}:" if key else ""))


def unreadable(exc: OSError, source: SourceRef, error: type[DrafterError] = InputError,
               path: Path | None = None) -> DrafterError:
    """The one line for a file the system would not let drafter read: on Windows, most often one open in a program
    that locks it (Excel locks a CSV file or a workbook it has open), or on a shared drive the account may not read."""
    if isinstance(exc, PermissionError):
        program = (holding_program(path) if path is not None else "") or " in every program"
        return error("cannot be read: another program has it open and locked, or your account may not read it",
                     source=source, expected=f"the file closed{program}, then the command run again; on a shared "
                     "drive, permission to read it from whoever looks after the drive")
    if getattr(exc, "winerror", None) in CLOUD_UNAVAILABLE:
        return error(f"cannot be read ({exc.strerror}): it is kept online only, by OneDrive or another sync program, "
                     "which could not download it", source=source,
                     expected="the file on this computer: in File Explorer, right-click it and choose Always keep on "
                              "this device, with OneDrive running and online, then run the command again")
    return error(f"cannot be read ({exc.strerror})", source=source, expected="a file you can read")


def not_a_file(found: str, source: SourceRef, error: type[DrafterError] = InputError,
               expected: str = "a regular file") -> DrafterError:
    """The one line for a link, FIFO, device, socket or folder where a file should be."""
    problem = "is a link, which drafter does not follow here" if found == "link" else f"is a {found}, not a file"
    return error(problem, source=source, expected=expected)


@contextlib.contextmanager
def open_regular(path: Path, source: SourceRef, *, follow: bool = True,
                 error: type[DrafterError] = InputError) -> Iterator[tuple[int, int]]:
    """An open descriptor of the regular file at ``path`` and its size, for reading; anything else is refused
    with one line (``follow=False`` refuses a link too). A missing file is :class:`FileNotFoundError`."""
    if not follow and kind(path) == "link":
        raise not_a_file("link", source, error)
    flags = os.O_RDONLY | _BINARY | _NONBLOCK | (0 if follow else _NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise not_a_file("folder", source, error) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise (not_a_file("link", source, error) if not follow else error(
                "is a link that leads round in a loop, never to a file", source=source,
                expected="a link to a file, or the file itself: delete the link and put the file there")) from None
        if exc.errno == errno.EACCES and path.is_dir():  # Windows opens no folder
            raise not_a_file("folder", source, error) from None
        if isinstance(exc, FileNotFoundError):
            raise
        raise unreadable(exc, source, error, path) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise not_a_file(_kind(info.st_mode), source, error)
        yield fd, info.st_size
    finally:
        os.close(fd)


def read_bounded(path: Path, source: SourceRef, limit: int, *, follow: bool = True,
                 error: type[DrafterError] = InputError) -> bytes:
    """The bytes of the regular file at ``path``, refusing it once more than ``limit`` bytes have been read
    (whatever its size claims). A missing file is :class:`FileNotFoundError`."""
    with open_regular(path, source, follow=follow, error=error) as (fd, size):
        chunks: list[bytes] = []
        total = 0
        while True:
            try:
                chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            except OSError as exc:
                raise unreadable(exc, source, error, path) from None
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise error(f"file is too large ({max(size, total):,} bytes)", source=source,
                            expected=f"at most {limit:,} bytes")


def file_digest(path: Path, source: SourceRef, error: type[DrafterError]) -> str:
    """The SHA-256 of the regular file at ``path``, read without following a link."""
    digest = hashlib.sha256()
    with open_regular(path, source, follow=False, error=error) as (fd, _):
        try:
            while chunk := os.read(fd, _CHUNK):
                digest.update(chunk)
        except OSError as exc:  # a file kept online only that cannot be downloaded, a network share lost
            raise unreadable(exc, source, error, path) from None
    return digest.hexdigest()


def open_for_append(path: Path, source: SourceRef, error: type[DrafterError]) -> int:
    """A descriptor appending to the regular file at ``path`` (created if need be), never through a link."""
    found = kind(path)
    if found not in (None, "file"):
        raise not_a_file(found, source, error)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _BINARY | _NOFOLLOW | _NONBLOCK, 0o644)
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # pragma: no cover - replaced between the lstat and the open
        os.close(fd)
        raise not_a_file("special file", source, error)
    return fd
