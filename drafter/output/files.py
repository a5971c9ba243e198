"""Writing files safely: atomic renames, a manifest of what drafter wrote, and never overwriting an edit.

Each file goes to a temporary name in the output folder (:func:`stage`, which worker processes call while
the batch is still being validated) and is renamed into place only once every area has drafted
(:func:`write_files`), so a failed batch leaves nothing and a killed one leaves every file old or new, never
truncated; leftover temporary files are removed by the next run. The manifest (``drafter-manifest.json``,
:mod:`drafter.manifest`) records each file's hash; a file whose bytes no longer match was edited by a person
and is skipped unless ``force``; a file drafter did not write is never touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from drafter.errors import OutputError
from drafter.model import SourceRef
from drafter.output.manifest import JOURNAL, MANIFEST, Manifest, entry_json, load_manifest, manifest_text, pack

TEMP_PREFIX = ".drafter-tmp-"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped_edited: list[str] = field(default_factory=list)
    skipped_foreign: list[str] = field(default_factory=list)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Staged:
    """A file written under a temporary name in the output folder, waiting to be renamed into place."""

    name: str
    digest: str
    area: str
    temp: str  # a path (a str, not a Path: see target_path)


def stage(root: Path, name: str, data: bytes | Iterable[bytes], area: str) -> Staged:
    """Write ``data`` (or its pieces, in order, as they come) under a temporary name in ``root`` (the output
    folder, resolved); :func:`write_files` later renames it into place or removes it.

    A plain name is written in this process's own staging folder inside ``root`` (:func:`_staging_folder`):
    worker processes creating files in one folder at the same time queue for it, and were then slower
    together than one process alone. A name in a subfolder (the reviewer pack's) is written beside its
    target, so its rename never crosses a mount point."""
    target = target_path(root, name)
    folder, file_name = os.path.split(target)
    plain = folder == str(root)
    temp = None
    digest = hashlib.sha256()
    try:
        if plain:
            try:
                handle = open(temp := os.path.join(_staging_folder(root), file_name), "wb")  # noqa: SIM115
            except FileNotFoundError:  # the staging folder was removed (an earlier batch's end, in this process)
                _STAGING.clear()
                handle = open(temp := os.path.join(_staging_folder(root), file_name), "wb")  # noqa: SIM115
        else:
            handle = open(temp := os.path.join(folder, f"{TEMP_PREFIX}{file_name}-{os.getpid()}"), "wb")  # noqa: SIM115
        with handle:
            # no fsync: rename is atomic against a killed process, and fsync per file is slow
            for piece in [data] if isinstance(data, bytes) else data:
                handle.write(piece)
                digest.update(piece)
    except OSError as exc:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        raise OutputError(f"could not be written ({exc.strerror}); nothing has been changed",
                          source=SourceRef(target), expected="space and permission to write") from None
    return Staged(name, digest.hexdigest(), area, temp)


_STAGING: dict[tuple[str, int], str] = {}  # (output folder, process id) → that process's staging folder


def _staging_folder(root: Path) -> str:
    """``root/.drafter-tmp-stage-<process id>``, made on first use in each process."""
    key = (str(root), os.getpid())
    folder = _STAGING.get(key)
    if folder is None:
        folder = os.path.join(root, f"{TEMP_PREFIX}stage-{os.getpid()}")
        os.makedirs(folder, exist_ok=True)
        _STAGING[key] = folder
    return folder


def discard_staged(out_dir: Path) -> None:
    """Remove every temporary file in the folder and its subfolders, and every staging folder (a finished
    batch's, now empty, or a failed or killed one's). The folder is read entry by entry: it may hold tens of
    thousands of files, and a list of them all was the largest thing a batch held at its end."""
    _STAGING.clear()
    with contextlib.suppress(OSError), os.scandir(out_dir) as entries:
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX):
                _remove(entry)
            elif entry.is_dir():
                with contextlib.suppress(OSError), os.scandir(entry.path) as inner:
                    for stale in inner:
                        if stale.name.startswith(TEMP_PREFIX):
                            _remove(stale)


def _remove(entry: os.DirEntry[str]) -> None:
    with contextlib.suppress(OSError):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)
        else:
            os.unlink(entry.path)


def prepare_folder(out_dir: Path) -> bool:
    """Create the folder and remove temporary files a killed run left behind; True if it was created."""
    created = not out_dir.exists()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f"{TEMP_PREFIX}probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"cannot be written ({exc.strerror})", source=SourceRef(str(out_dir)),
                          field="--out", expected="a folder you can write to") from None
    discard_staged(out_dir)
    return created


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (or its pieces, in order) to ``path`` all at once: a temporary file, then a rename."""
    temp = path.with_name(f"{TEMP_PREFIX}{path.name}-{os.getpid()}")
    try:
        with open(temp, "wb") as handle:
            # no fsync: rename is atomic against a killed process, and fsync per file is slow
            handle.writelines([data] if isinstance(data, bytes) else data)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise OutputError(f"could not be written ({exc.strerror}); files written before it are intact",
                          source=SourceRef(str(path)), expected="space and permission to write") from None


def target_path(root: Path, name: str) -> str:
    """:func:`safe_target` in ``root`` (the output folder, resolved) as a str. A batch names thousands of
    files once each, and pathlib keeps every part of every path it parses for good (it interns them)."""
    if "/" not in name and name not in ("", ".", "..") and not name.startswith("."):
        return os.path.join(root, name)
    return str(safe_target(root, name, root))


def safe_target(out_dir: Path, name: str, root: Path | None = None) -> Path:
    """``out_dir / name``, refusing any name that would land outside the folder (``root``: ``out_dir``
    resolved, when the caller has it). A plain name cannot leave the folder, and a symlink in its place is
    replaced, not followed, so only a subfolder (which could be a symlink) is resolved."""
    parts = name.split("/")
    if len(parts) > 2 or any(p in ("", ".", "..") or p.startswith(".") for p in parts):
        raise OutputError("would be written outside the output folder", field="file name", value=name,
                          expected="a plain file name")
    if len(parts) == 1:
        return out_dir / name
    target = (out_dir / name).resolve()
    if not target.is_relative_to(root or out_dir.resolve()):
        raise OutputError("would be written outside the output folder", field="file name", value=name,
                          expected="a plain file name")
    target.parent.mkdir(exist_ok=True)
    return target


def write_files(
    out_dir: Path,
    files: Iterable[Staged | tuple[str, bytes | Iterable[bytes], str]],
    *,
    force: bool = False,
    on_file: Callable[[str], None] | None = None,
    prepare: bool = True,
) -> WriteReport:
    """Put staged files, and ``(name, bytes, area)`` triples, into ``out_dir`` under the manifest's
    protection. ``prepare=False`` when the caller prepared the folder and staged files in it already."""
    if prepare:
        prepare_folder(out_dir)
    manifest = load_manifest(out_dir)
    report = WriteReport()
    journal = open(out_dir / JOURNAL, "a", encoding="utf-8")  # noqa: SIM115 - closed in finally below
    try:
        _write_all(out_dir, files, manifest, report, journal, force, on_file)
    except BaseException:
        discard_staged(out_dir)  # what was not renamed into place yet
        raise
    finally:
        journal.close()
    _save_manifest(out_dir, manifest)
    (out_dir / JOURNAL).unlink(missing_ok=True)
    discard_staged(out_dir)  # the staging folders, empty now
    return report


def _write_all(out_dir: Path, files: Iterable[Staged | tuple[str, bytes | Iterable[bytes], str]],
               manifest: Manifest, report: WriteReport, journal: TextIO, force: bool,
               on_file: Callable[[str], None] | None) -> None:
    root = out_dir.resolve()
    for item in files:
        staged = item if isinstance(item, Staged) else stage(root, *item)
        name, digest, area = staged.name, staged.digest, staged.area
        target = target_path(root, name)
        found = manifest.get(name)
        if os.path.exists(target):
            entry = entry_json(found) if found is not None else None
            with open(target, "rb") as handle:
                current = sha256(handle.read())
            ours = entry is not None and current in (entry.get("sha256"), entry.get("pending"))
            kept = None
            if current == digest and ours:
                kept = report.unchanged
                manifest[name] = pack(digest, area)
            elif entry is None:
                kept = report.skipped_foreign
            elif not ours and not force:
                kept = report.skipped_edited
            if kept is not None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(staged.temp)
                kept.append(name)
                if on_file:
                    on_file(name)
                continue
        # Announce the hash before the file exists, so a killed run still knows the file is drafter's.
        journal.write(f"{name} {digest}\n")
        journal.flush()
        try:
            os.replace(staged.temp, target)
        except OSError as exc:
            raise OutputError(f"could not be written ({exc.strerror}); files written before it are intact",
                              source=SourceRef(str(target)), expected="space and permission to write") from None
        manifest[name] = pack(digest, area)
        report.written.append(name)
        if on_file:
            on_file(name)


def _save_manifest(out_dir: Path, manifest: Manifest) -> None:
    write_atomic(out_dir / MANIFEST, (text.encode("utf-8") for text in manifest_text(manifest)))
