"""The manifest, ``drafter-manifest.json``: every file drafter wrote in a folder, with its SHA-256 and area.

A plain entry (``{"sha256": …, "area": …}``) is held as one bytes object (:func:`pack`), also as the file is
parsed; anything else as the dict read. It is written entry by entry (:func:`manifest_text`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from drafter.errors import OutputError
from drafter.model import SourceRef

MANIFEST = "drafter-manifest.json"
JOURNAL = ".drafter-journal"  # hashes about to be written; read back if a run was killed

Packed = bytes  # a plain entry held compactly: the raw SHA-256 (32 bytes), then the area's name in UTF-8
Manifest = dict[str, "Packed | dict[str, str]"]  # file name → its entry: packed, or as read when it is not plain
_PLAIN_KEYS = ("sha256", "area")


def pack(digest: str, area: str) -> Packed:
    """The entry ``{"sha256": digest, "area": area}`` as one bytes object. A batch holds one entry per file,
    old and new, and as dicts (or tuples of a bytes and a str) they were most of what saving a 10,000-area
    batch added to its memory."""
    return bytes.fromhex(digest) + area.encode("utf-8")


def entry_json(entry: Packed | dict[str, str]) -> dict[str, str]:
    """An entry as it is written in the manifest file."""
    if isinstance(entry, bytes):
        return {"sha256": entry[:32].hex(), "area": entry[32:].decode("utf-8")}
    return entry


def _packed_or_dict(pairs: list[tuple[str, object]]) -> object:
    """json's hook for each object as it is parsed: a plain entry comes out packed (so the file's entries are
    never held as dicts), anything else as a dict."""
    if (len(pairs) == 2 and (pairs[0][0], pairs[1][0]) == _PLAIN_KEYS
            and isinstance(pairs[0][1], str) and isinstance(pairs[1][1], str) and _is_digest(pairs[0][1])):
        return pack(pairs[0][1], pairs[1][1])
    return dict(pairs)


def _is_digest(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def load_manifest(out_dir: Path) -> Manifest:
    """The manifest, with any hashes a killed run had announced in its journal as ``pending``."""
    manifest = _read_manifest(out_dir)
    journal = out_dir / JOURNAL
    if journal.is_file():
        for line in journal.read_text("utf-8", errors="replace").splitlines():
            name, _, digest = line.rpartition(" ")
            if name and len(digest) == 64:
                found = manifest.get(name)
                entry = dict(entry_json(found)) if found is not None else {"sha256": "", "area": ""}
                entry["pending"] = digest
                manifest[name] = entry
    return manifest


def _read_manifest(out_dir: Path) -> Manifest:
    path = out_dir / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"), object_pairs_hook=_packed_or_dict)
        files = data["files"]
        if not isinstance(files, dict):
            raise TypeError
        for entry in files.values():
            if not isinstance(entry, bytes) and not all(isinstance(v, str) for v in dict(entry).values()):
                raise TypeError
        return files
    except (ValueError, KeyError, TypeError, AttributeError):
        raise OutputError("is not a drafter manifest", source=SourceRef(str(path)),
                          expected="the JSON file drafter writes; delete it to start afresh") from None


def manifest_text(manifest: Manifest) -> Iterator[str]:
    """``json.dumps({"version": 1, "files": <sorted manifest>}, indent=1)`` and a newline (a test holds them
    equal), entry by entry: at 10,000 areas json.dumps's own pieces of the whole would be the largest thing
    drafting ever holds. An entry written now is laid out here (json's indenting encoder is pure Python and
    was most of the time a batch spent saving its manifest); only its strings go through json."""
    dumps = json.JSONEncoder(ensure_ascii=False).encode  # no indent: the C encoder
    yield '{\n "version": 1,\n "files": {'
    for index, name in enumerate(sorted(manifest)):
        value = manifest[name]
        if isinstance(value, bytes):
            entry = f'{{\n   "sha256": "{value[:32].hex()}",\n   "area": {dumps(value[32:].decode("utf-8"))}\n  }}'
        else:
            entry = json.dumps(value, indent=1, ensure_ascii=False).replace("\n", "\n  ")
        yield f'{"," if index else ""}\n  {dumps(name)}: {entry}'
    yield "\n }\n}\n" if manifest else "}\n}\n"
