"""Writes that last through a power cut, and a write that did not known for drafter's own.

A rename (``os.replace``) puts a whole new file in place of the old one in one step, so a killed process never
leaves half a file. A power cut, or a USB stick pulled out, is another matter: the drive may have recorded the
rename before the file's bytes, leaving a short or zero-filled file under the release's name. So drafter makes a
file's bytes durable (:func:`sync_file`, ``os.fsync``) before it renames the file into place, and the folder's
renames durable (:func:`sync_folder`) before it records them in the manifest, where the system can: Windows
cannot open a folder to flush it (NTFS journals its renames, and a FAT drive set for quick removal writes
through), so there it is skipped.

A file the journal says drafter was putting in place, whose bytes match no hash drafter announced, and which is
not a whole file of its kind (:func:`cut_short`), is drafter's own write cut short: the next run writes it
again rather than calling it a person's edit. A person's edit, saved by Word, LibreOffice or a text editor, is
always a whole file; a file that might be one is never taken for a broken write (an empty file is: it holds
nothing of anyone's).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import time
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from drafter.errors import OutputError
from drafter.fileio import ON_WINDOWS, kind, open_regular, read_bounded
from drafter.model import SourceRef
from drafter.output.opened import RETRY_WAITS, replace
from drafter.output.problems import cannot_write

TEMP_PREFIX = ".drafter-tmp-"
UNSUPPORTED = (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP)  # a file system with nothing to flush (a pipe, some
# network and virtual drives): the write is as durable as that drive makes it
ZIPPED = (".docx",)  # a ZIP package: Word and LibreOffice always save one whole, its directory at the end
TEXT = (".md", ".html", ".txt", ".csv")  # UTF-8 text drafter writes (never a NUL byte in it)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Notepad's "Unicode" saves, whose text is half NUL bytes
FLUSHERS = 8  # files flushed at once (threads that only wait for the drive; drafting stays one plain loop)
MAX_CHECKED_BYTES = 200_000_000  # larger than any release drafter writes, packed or unpacked
MAX_PARTS = 10_000
LEFT_SECONDS = 3600  # a temporary file this old was left by a killed save (a shared drive's clock may be minutes out)


def sync_file(fd: int) -> None:
    """Make the bytes written through ``fd`` durable on the drive (``os.fsync``; ``FlushFileBuffers`` on
    Windows)."""
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in UNSUPPORTED:
            raise


def sync_path(path: Path) -> None:
    """:func:`sync_file` for a file already written and closed (opened for writing, as Windows needs to flush
    it, never truncated)."""
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0)
    for wait in RETRY_WAITS:  # a virus scanner may hold a new file for a moment on Windows, as opened.py says
        try:
            fd = os.open(path, flags)
            break
        except PermissionError:
            time.sleep(wait)
    else:
        fd = os.open(path, flags)
    try:
        sync_file(fd)
    finally:
        os.close(fd)


def sync_paths(paths: Sequence[Path]) -> tuple[Path, OSError] | None:
    """:func:`sync_path` for each of ``paths``, :data:`FLUSHERS` at a time; the first that failed, and why. A
    flush is nearly all waiting for the drive, and flushes that wait together are served together (the file
    system's journal commits them in one go; a network share answers them over one connection), so the batch
    takes a fraction of the time one flush after another would (docs/safety.md has the figures)."""
    def flush(path: Path) -> OSError | None:
        try:
            sync_path(path)
        except OSError as exc:
            return exc
        return None

    with ThreadPoolExecutor(max(1, min(FLUSHERS, len(paths)))) as pool:
        return next(((path, failed) for path, failed in zip(paths, pool.map(flush, paths), strict=True)
                     if failed is not None), None)


def sync_folder(folder: Path) -> None:
    """Make the renames and new names in ``folder`` durable, where the system can flush a folder (not Windows)."""
    if ON_WINDOWS:
        return
    with contextlib.suppress(OSError):  # a drive that cannot flush a folder (some network drives) says so
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def discard_staged(out_dir: Path) -> None:
    """Remove the temporary files and staging folders a killed run left, directly in the output folder and
    in its ``review`` folder: only drafter's own names (``.drafter-tmp-…``), never following a link (a link
    of that name is removed itself)."""
    review = out_dir / "review"
    for folder in (out_dir, review) if kind(review) == "folder" else (out_dir,):
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(TEMP_PREFIX):
                    with contextlib.suppress(OSError):
                        if entry.is_dir(follow_symlinks=False):
                            shutil.rmtree(entry.path)  # removes links inside it, never what they point at
                        else:
                            os.unlink(entry.path)


def discard_temporary(path: Path) -> None:
    """Remove the temporary files :func:`write_atomic` left beside ``path`` when a run was killed mid-write
    (``.drafter-tmp-<name>-<process id>``; a link of that name is removed, never followed), once they are
    :data:`LEFT_SECONDS` old: a younger one may be a colleague's save going on now, on another computer."""
    prefix = f"{TEMP_PREFIX}{path.name}-"
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.name[len(prefix):].isdigit() and \
                    not entry.is_dir(follow_symlinks=False) and \
                    now - entry.stat(follow_symlinks=False).st_mtime > LEFT_SECONDS:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def write_atomic(path: Path, data: bytes | Iterable[bytes], *, mode: int | None = None,
                 outcome: str = "; files written before it are intact") -> None:
    """Write ``data`` (or its pieces, in order) to ``path`` all at once: a new temporary file beside it (never
    through a link), made durable, then a rename, made durable too; ``mode`` gives the file those permissions.
    ``outcome`` ends the problem's words when it fails: what stands."""
    temp = path.with_name(f"{TEMP_PREFIX}{path.name}-{os.getpid()}")
    try:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)  # a killed run's of the same process id
        with open(temp, "xb") as handle:
            handle.writelines([data] if isinstance(data, bytes) else data)
            handle.flush()
            sync_file(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise cannot_write(exc, path, outcome=outcome, tried=temp) from None
    sync_folder(path.parent)


def keep_copy(target: Path, kept: Path) -> None:
    """A copy of the file at ``target`` (never through a link) made as the new file ``kept``, durable, with its dates:
    how ``--force`` keeps a person's edit before the new draft replaces it in one step, so the edit stays under the
    release's name until then, and a run stopped at any point leaves it where the next run finds it and names it
    (moving it aside first would leave it under another name, unannounced). A copy cut short is removed."""
    try:
        with open_regular(target, SourceRef(str(target)), follow=False, error=OutputError) as (fd, _), \
                open(kept, "xb") as copy:
            while chunk := os.read(fd, 1 << 20):
                copy.write(chunk)
            copy.flush()
            sync_file(copy.fileno())
        shutil.copystat(target, kept, follow_symlinks=False)
    except BaseException:
        with contextlib.suppress(OSError):
            kept.unlink()
        raise


def cut_short(path: Path) -> bool:
    """Whether the file at ``path`` is not a whole file of its kind, as a write cut short by a power cut leaves
    one and no program that saves such a file does: empty; a Word document (a ZIP package) whose directory at
    its end is missing or unreadable; a PDF without its ``%%EOF`` line; or drafter's UTF-8 text with NUL bytes
    in it (a drive that recorded the file's length before its bytes reads the rest as zeros). Text cut short at
    a line is not told from a person's edit, so it is left as one."""
    try:
        data = read_bounded(path, SourceRef(str(path)), MAX_CHECKED_BYTES, follow=False, error=OutputError)
    except (OSError, OutputError):
        return False  # what cannot be read is never taken for drafter's
    if not data:
        return True
    suffix = path.suffix.lower()
    if suffix in ZIPPED:
        return _zip_cut_short(data)
    if suffix == ".pdf":
        return b"%%EOF" not in data[-1024:]
    if suffix in TEXT:
        return b"\0" in data and not data.startswith(UTF16_BOMS)
    return False


def _zip_cut_short(data: bytes) -> bool:
    """Whether a ZIP package's directory is missing, or a part's bytes do not match its checksum (a drive that
    wrote the directory but not every part before it)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
            if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_CHECKED_BYTES:
                return False  # more than drafter ever writes (a zip bomb in its place is nobody's broken write)
            return package.testzip() is not None  # zipfile never unpacks a part past the size it declares
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, zlib.error):
        return True
    except (NotImplementedError, RuntimeError):  # packed, or locked with a password, as drafter never writes: a
        return False  # person's save from another program
