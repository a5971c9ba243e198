"""The manifest, ``drafter-manifest.json``: every file drafter wrote in a folder, with its SHA-256 and area, and
the campaign whose folder it is (:mod:`drafter.output.owner`).

Each entry is a plain dict, ``{"sha256": …, "area": …}``; while a run is renaming files into place, the
journal (``.drafter-journal``) announces each file's hash first, so a run that was killed part of the way
through still knows which files are drafter's (read back as the entry's ``pending`` hashes, separated by
spaces: every hash the journal announced for the file). The same goes for the hashes in a sync program's conflict
copy of the manifest (``drafter-manifest-LAPTOP-7F3.json``, kept when two laptops drafted into a synced folder at
once) of the same campaign: the other laptop's drafts are drafter's too, never a person's edit.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from drafter.errors import OutputError
from drafter.fileio import kind, not_a_file, read_bounded, unreadable
from drafter.model import SourceRef
from drafter.output.copies import copy_of
from drafter.output.owner import Owner

MANIFEST = "drafter-manifest.json"
JOURNAL = ".drafter-journal"  # hashes about to be written; read back if a run was killed

Manifest = dict[str, dict[str, str]]  # file name → {"sha256": …, "area": …} (and "pending": "… …" from a journal)


VERSION = 1  # a manifest from a newer drafter is refused, never rewritten as this version
MAX_MANIFEST_BYTES = 200_000_000  # a manifest of a million files is about 150 MB


def load_manifest(out_dir: Path) -> Manifest:
    """The manifest, with any hashes a killed run had announced in its journal as ``pending``. Both are read
    only if they are regular files (a link, FIFO or device in their place is refused, never followed)."""
    document = _read_document(out_dir)
    manifest = _files(document)
    journal = read_own(out_dir / JOURNAL)
    announced = [line.rpartition(" ")[::2] for line in journal.decode("utf-8", errors="replace").splitlines()
                 ] if journal is not None else []
    synced = [(name, entry.get("sha256", "")) for copy in _synced_copies(out_dir, Owner.read(document.get(
        "campaign"))) for name, entry in _files(copy).items()]  # another laptop's draft: its files are drafter's too
    for journalled, (name, digest) in [*((True, line) for line in announced), *((False, pair) for pair in synced)]:
        if plain_name(name) and len(digest) == 64:  # a line cut short, or edited into a path, is not drafter's
            entry = manifest.setdefault(name, {"sha256": "", "area": ""})
            if journalled or digest not in {entry["sha256"], *entry.get("pending", "").split()}:
                entry["pending"] = f"{entry.get('pending', '')} {digest}".lstrip()  # every one, in case two runs
                # in a row were killed (the second before its rename)
    return manifest


def _synced_copies(out_dir: Path, owner: Owner | None) -> list[dict[str, Any]]:
    """The manifests a sync program (OneDrive, Dropbox) kept as conflict copies beside this one, as when two laptops
    drafted into the folder at once (``drafter-manifest-LAPTOP-7F3.json``), of this folder's campaign: every file
    either draft wrote is drafter's, nobody's work. Only regular files are read; one unreadable is passed over."""
    found = []
    with contextlib.suppress(OSError), os.scandir(out_dir) as entries:
        for entry in entries:
            if entry.name != MANIFEST and copy_of(entry.name, {MANIFEST: MANIFEST}) and \
                    entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError, OutputError):
                    document = _parse(read_own(out_dir / entry.name) or b"")[1]
                    theirs = Owner.read(document.get("campaign")) if document else None
                    if document and (owner is None or theirs is None or owner.same(theirs)):
                        found.append(document)
    return found


def plain_name(name: str) -> bool:
    """Whether ``name`` is one drafter writes in an output folder: a plain file name, or one in a subfolder
    (``review/review.csv``); never hidden, never ``..`` or a path leading elsewhere, nor a drive (``C:``) or a
    file's hidden stream (``a.md:stream``), which Windows reads as a path to elsewhere."""
    parts = name.split("/")
    return len(parts) <= 2 and not any(p in ("", ".", "..") or p.startswith(".") or "\\" in p or ":" in p
                                       for p in parts)


def refuse_special(path: Path) -> None:
    """Refuse a link, FIFO, device or folder where drafter keeps its own file, saying what to do."""
    found = kind(path)
    if found not in (None, "file"):
        raise not_a_file(found, SourceRef(str(path)), OutputError,
                         f"drafter's own file, or nothing: remove the {found}, or draft into a new folder")


def read_own(path: Path) -> bytes | None:
    """The bytes of drafter's own file at ``path`` (None if there is none), never through a link."""
    refuse_special(path)
    try:
        size = path.stat().st_size if kind(path) == "file" else 0
        if size > MAX_MANIFEST_BYTES:
            raise OutputError(f"is too large to be drafter's ({size:,} bytes)", source=SourceRef(str(path)),
                              expected=f"at most {MAX_MANIFEST_BYTES:,} bytes, as drafter writes it: put back a "
                                       "good copy, or draft into a new folder")
        return read_bounded(path, SourceRef(str(path)), MAX_MANIFEST_BYTES, follow=False, error=OutputError)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise unreadable(exc, SourceRef(str(path)), OutputError) from None


def _files(document: dict[str, Any]) -> Manifest:
    files: Manifest = document.get("files", {})
    return {name: dict(entry) for name, entry in files.items() if plain_name(name)}  # an entry edited into a path:
    # dropped


def read_campaign(out_dir: Path) -> dict[str, str] | None:
    """The manifest's record of the campaign whose folder this is (``{"title": …, "folder": …}``), or None when
    there is no manifest, or it is from a drafter that did not record one."""
    campaign: dict[str, str] | None = _read_document(out_dir).get("campaign")
    return campaign


def _read_document(out_dir: Path) -> dict[str, Any]:
    path = out_dir / MANIFEST
    data = read_own(path)
    if data is None:
        return {}
    version, document = _parse(data)
    if isinstance(version, int) and version > VERSION:
        raise OutputError(f"was written by a newer drafter (manifest version {version})", source=SourceRef(str(path)),
                          expected=f"version {VERSION}, which this drafter reads: update drafter, or draft into a "
                                   "new folder")
    if document is not None:
        return document
    if kind(out_dir / JOURNAL) == "file" and _cut_short(data):  # drafter's own write of it cut short by a power
        return {}  # cut: the journal beside it names every file that run put in place
    raise OutputError("is not a manifest drafter can read, so it cannot tell which files here a person has edited",
                      source=SourceRef(str(path)),
                      expected="the JSON file drafter writes: put back a good copy, or draft into a new folder")


def _parse(data: bytes) -> tuple[object, dict[str, Any] | None]:
    """The version a manifest in ``data`` says it is (None if it says none it can), and the manifest, if it is one
    this drafter writes, each entry's values text (else None)."""
    try:
        document = json.loads(_text(data))
        version = document.get("version", VERSION)
    except (ValueError, AttributeError, RecursionError):  # RecursionError: nested deep
        return None, None
    try:
        files, campaign = document["files"], document.get("campaign", {})
        if version != VERSION or not isinstance(files, dict) or not all(
                isinstance(entry, dict) and all(isinstance(value, str) for value in entry.values())
                for entry in [*files.values(), campaign]):
            return version, None
        return version, dict(document)
    except (KeyError, TypeError, AttributeError):
        return version, None


def _text(data: bytes) -> str:
    """The manifest's text as Notepad may have saved it: UTF-8 (with a byte-order mark or without), "Unicode"
    (UTF-16, which starts with its byte-order mark), or "ANSI" (Windows-1252) when an accented area or title is
    in it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _cut_short(data: bytes) -> bool:
    """Whether ``data`` is a JSON text that stops before its end, or ends in zeros, as a power cut leaves a file
    (a manifest a person edited into something else goes wrong part of the way through, not at its end)."""
    text = data.rstrip(b"\0")
    try:
        json.loads(text.decode("utf-8-sig"))
    except RecursionError:
        return False
    except UnicodeDecodeError:
        return True  # cut part of the way through a character
    except ValueError as exc:
        ended = getattr(exc, "pos", -1) >= len(text.decode("utf-8-sig").rstrip()) or str(exc).startswith(
            "Unterminated string")  # a string that runs to the end of the text
        return len(text) < len(data) or ended
    return len(text) < len(data)


def manifest_json(manifest: Manifest, campaign: dict[str, str] | None = None) -> str:
    """The manifest file's text: the campaign whose folder it is, if known, then its entries in file-name order."""
    files = {name: manifest[name] for name in sorted(manifest)}
    document = {"version": VERSION, **({"campaign": campaign} if campaign else {}), "files": files}
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
