"""Writing files safely: atomic renames, a manifest of what drafter wrote, and never overwriting an edit.

Each file goes to a temporary name in the output folder and is renamed into place, so a killed batch leaves
every file old or new, never truncated. The manifest (``drafter-manifest.json``) records each file's hash; a
file whose bytes no longer match was edited by a person and is skipped unless ``force``; a file drafter did
not write is never touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from drafter.errors import OutputError
from drafter.model import SourceRef

MANIFEST = "drafter-manifest.json"
JOURNAL = ".drafter-journal"  # hashes about to be written; read back if a run was killed
TEMP_PREFIX = ".drafter-tmp-"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped_edited: list[str] = field(default_factory=list)
    skipped_foreign: list[str] = field(default_factory=list)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_manifest(out_dir: Path) -> dict[str, dict[str, str]]:
    """The manifest, with any hashes a killed run had announced in its journal as ``pending``."""
    manifest = _read_manifest(out_dir)
    journal = out_dir / JOURNAL
    if journal.is_file():
        for line in journal.read_text("utf-8", errors="replace").splitlines():
            name, _, digest = line.rpartition(" ")
            if name and len(digest) == 64:
                manifest.setdefault(name, {"sha256": "", "area": ""})["pending"] = digest
    return manifest


def _read_manifest(out_dir: Path) -> dict[str, dict[str, str]]:
    path = out_dir / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
        files = data["files"]
        if not isinstance(files, dict):
            raise TypeError
        return {str(k): dict(v) for k, v in files.items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise OutputError("is not a drafter manifest", source=SourceRef(str(path)),
                          expected="the JSON file drafter writes; delete it to start afresh") from None


def prepare_folder(out_dir: Path) -> None:
    """Create the folder and remove temporary files a killed run left behind."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f"{TEMP_PREFIX}probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"cannot be written ({exc.strerror})", source=SourceRef(str(out_dir)),
                          field="--out", expected="a folder you can write to") from None
    for stale in out_dir.glob(TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            stale.unlink()


def write_atomic(path: Path, data: bytes) -> None:
    temp = path.with_name(f"{TEMP_PREFIX}{path.name}-{os.getpid()}")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)  # no fsync: rename is atomic against a killed process, and fsync per file is slow
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise OutputError(f"could not be written ({exc.strerror}); files written before it are intact",
                          source=SourceRef(str(path)), expected="space and permission to write") from None


def safe_target(out_dir: Path, name: str) -> Path:
    """``out_dir / name``, refusing any name that would land outside the folder."""
    parts = name.split("/")
    target = (out_dir / name).resolve()
    if (len(parts) > 2 or any(p in ("", ".", "..") or p.startswith(".") for p in parts)
            or not target.is_relative_to(out_dir.resolve())):
        raise OutputError("would be written outside the output folder", field="file name", value=name,
                          expected="a plain file name")
    if len(parts) == 2:
        target.parent.mkdir(exist_ok=True)
    return target


def write_files(
    out_dir: Path,
    files: Iterable[tuple[str, bytes, str]],
    *,
    force: bool = False,
    on_file: Callable[[str], None] | None = None,
) -> WriteReport:
    """Write ``(name, bytes, area)`` triples into ``out_dir`` under the manifest's protection."""
    prepare_folder(out_dir)
    manifest = load_manifest(out_dir)
    report = WriteReport()
    journal = open(out_dir / JOURNAL, "a", encoding="utf-8")  # noqa: SIM115 - closed in finally below
    try:
        _write_all(out_dir, files, manifest, report, journal, force, on_file)
    finally:
        journal.close()
    _save_manifest(out_dir, manifest)
    (out_dir / JOURNAL).unlink(missing_ok=True)
    return report


def _write_all(out_dir: Path, files: Iterable[tuple[str, bytes, str]], manifest: dict[str, dict[str, str]],
               report: WriteReport, journal: TextIO, force: bool, on_file: Callable[[str], None] | None) -> None:
    for name, data, area in files:
        target = safe_target(out_dir, name)
        digest = sha256(data)
        entry = manifest.get(name)
        if target.exists():
            current = sha256(target.read_bytes())
            ours = entry is not None and current in (entry.get("sha256"), entry.get("pending"))
            if current == digest and ours:
                report.unchanged.append(name)
                manifest[name] = {"sha256": digest, "area": area}
                if on_file:
                    on_file(name)
                continue
            if entry is None:
                report.skipped_foreign.append(name)
                if on_file:
                    on_file(name)
                continue
            if not ours and not force:
                report.skipped_edited.append(name)
                if on_file:
                    on_file(name)
                continue
        # Announce the hash before the file exists, so a killed run still knows the file is drafter's.
        journal.write(f"{name} {digest}\n")
        journal.flush()
        write_atomic(target, data)
        manifest[name] = {"sha256": digest, "area": area}
        report.written.append(name)
        if on_file:
            on_file(name)


def _save_manifest(out_dir: Path, manifest: dict[str, dict[str, str]]) -> None:
    text = json.dumps({"version": 1, "files": dict(sorted(manifest.items()))}, indent=1, ensure_ascii=False)
    write_atomic(out_dir / MANIFEST, text.encode("utf-8") + b"\n")
