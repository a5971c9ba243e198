"""Writing files safely: atomic renames, a manifest of what drafter wrote, and never overwriting an edit.

A run writes each file under a temporary name in its own staging folder inside the output folder
(:class:`Staging`, ``.drafter-tmp-<random>``) while the batch is still being validated, and renames them into
place only once every area has drafted (:func:`write_files`), so a failed batch leaves nothing and a killed
one leaves every file old or new, never truncated; the next run removes what a killed one left. The manifest
(``drafter-manifest.json``, :mod:`drafter.output.manifest`) records each file's hash; a file whose bytes no
longer match was edited by a person and is skipped unless ``force``; a file drafter did not write is never
touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from drafter.errors import OutputError
from drafter.model import SourceRef
from drafter.output.manifest import JOURNAL, MANIFEST, Manifest, load_manifest, manifest_json

TEMP_PREFIX = ".drafter-tmp-"
DRAFT_FLAG = "unapproved quotes"  # the manifest's mark on a release drafted with --draft-quotes


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
    """A file written in the staging folder, waiting to be renamed into place as ``name``."""

    name: str
    digest: str
    area: str
    draft: bool = False  # a release with unapproved quotes (--draft-quotes): flagged in the manifest


@dataclass(frozen=True)
class Staging:
    """One run's staging folder inside the output folder (:meth:`start`), where :meth:`stage` writes each
    file at its own name (``review/review.csv`` in a ``review`` folder), to be renamed into place from there."""

    out_dir: Path
    folder: Path
    created: bool  # the run made the output folder, so a failed run removes it again

    @classmethod
    def start(cls, out_dir: Path) -> Staging:
        """Create the output folder if need be, remove what a killed run left, and make the staging folder."""
        created = not out_dir.exists()
        folder = out_dir / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            discard_staged(out_dir)
            folder.mkdir()
        except OSError as exc:
            raise OutputError(f"cannot be written ({exc.strerror})", source=SourceRef(str(out_dir)),
                              field="--out", expected="a folder you can write to") from None
        return cls(out_dir, folder, created)

    def stage(self, name: str, data: bytes | Iterable[bytes], area: str, *, draft: bool = False) -> Staged:
        """Write ``data`` (or its pieces, in order, as they come) to the staging folder as ``name``."""
        target = safe_target(self.out_dir, name)
        temp = self.folder / name
        digest = hashlib.sha256()
        try:
            if "/" in name:
                temp.parent.mkdir(exist_ok=True)
            with open(temp, "wb") as handle:  # no fsync: the rename is atomic against a killed process
                for piece in [data] if isinstance(data, bytes) else data:
                    handle.write(piece)
                    digest.update(piece)
        except OSError as exc:
            raise OutputError(f"could not be written ({exc.strerror}); nothing has been changed",
                              source=SourceRef(str(target)), expected="space and permission to write") from None
        return Staged(name, digest.hexdigest(), area, draft)

    def end(self, failed: bool) -> None:
        """Remove the staging folder (and, after a failure, the output folder if this run made it)."""
        shutil.rmtree(self.folder, ignore_errors=True)
        if failed and self.created:
            for folder in (self.out_dir / "review", self.out_dir):
                with contextlib.suppress(OSError):
                    folder.rmdir()


def discard_staged(out_dir: Path) -> None:
    """Remove every temporary file and staging folder in the output folder (a killed run's)."""
    with contextlib.suppress(OSError), os.scandir(out_dir) as entries:
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX):
                with contextlib.suppress(OSError):
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (or its pieces, in order) to ``path`` all at once: a temporary file, then a rename."""
    temp = path.with_name(f"{TEMP_PREFIX}{path.name}-{os.getpid()}")
    try:
        with open(temp, "wb") as handle:  # no fsync: the rename is atomic against a killed process
            handle.writelines([data] if isinstance(data, bytes) else data)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise OutputError(f"could not be written ({exc.strerror}); files written before it are intact",
                          source=SourceRef(str(path)), expected="space and permission to write") from None


def safe_target(out_dir: Path, name: str) -> Path:
    """``out_dir / name``, refusing any name that would land outside the folder. A plain name cannot leave
    the folder, and a symlink in its place is replaced, not followed, so only a subfolder (which could be a
    symlink) is resolved."""
    parts = name.split("/")
    if len(parts) > 2 or any(p in ("", ".", "..") or p.startswith(".") for p in parts):
        raise OutputError("would be written outside the output folder", field="file name", value=name,
                          expected="a plain file name")
    if len(parts) == 1:
        return out_dir / name
    target = (out_dir / name).resolve()
    if not target.is_relative_to(out_dir.resolve()):
        raise OutputError("would be written outside the output folder", field="file name", value=name,
                          expected="a plain file name")
    return target


def write_files(staging: Staging, files: Iterable[Staged], *, force: bool = False,
                on_file: Callable[[str], None] | None = None) -> WriteReport:
    """Rename staged files into the output folder under the manifest's protection, then save the manifest."""
    out_dir = staging.out_dir
    manifest = load_manifest(out_dir)
    report = WriteReport()
    try:
        journal = open(out_dir / JOURNAL, "a", encoding="utf-8")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise OutputError(f"could not be written ({exc.strerror}); nothing has been changed",
                          source=SourceRef(str(out_dir / JOURNAL)), expected="space and permission to write") from None
    with journal:
        for staged in files:
            _put_in_place(staging, staged, manifest, report, journal, force)
            if on_file:
                on_file(staged.name)
    write_atomic(out_dir / MANIFEST, manifest_json(manifest).encode("utf-8"))
    (out_dir / JOURNAL).unlink(missing_ok=True)
    return report


def _put_in_place(staging: Staging, staged: Staged, manifest: Manifest, report: WriteReport, journal: TextIO,
                  force: bool) -> None:
    name, digest = staged.name, staged.digest
    target = safe_target(staging.out_dir, name)
    entry = manifest.get(name)
    if target.exists():
        current = sha256(target.read_bytes())
        ours = entry is not None and current in (entry.get("sha256"), entry.get("pending"))
        if current == digest and ours:
            manifest[name] = _entry(staged)
            report.unchanged.append(name)
            return
        if entry is None:
            report.skipped_foreign.append(name)
            return
        if not ours and not force:
            report.skipped_edited.append(name)
            return
    try:
        target.parent.mkdir(exist_ok=True)
        # Announce the hash before the file exists, so a killed run still knows the file is drafter's.
        journal.write(f"{name} {digest}\n")
        journal.flush()
        os.replace(staging.folder / name, target)
    except OSError as exc:
        raise OutputError(f"could not be written ({exc.strerror}); files written before it are intact",
                          source=SourceRef(str(target)), expected="space and permission to write") from None
    manifest[name] = _entry(staged)
    report.written.append(name)


def _entry(staged: Staged) -> dict[str, str]:
    """A file's manifest entry; a draft release's says so (``"draft": "unapproved quotes"``)."""
    entry = {"sha256": staged.digest, "area": staged.area}
    if staged.draft:
        entry["draft"] = DRAFT_FLAG
    return entry
