"""YAML in and out: the only module that imports ruamel.yaml.

Loading is safe by construction: the document is composed first, and anchors/aliases (the "billion
laughs" bomb) and non-standard tags (``!!python/object``) are refused before anything is constructed.
Round-trip dumping keeps comments and key order, for commands that edit a user's file in place.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, ReusedAnchorWarning, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from drafter.errors import InputError
from drafter.fileio import read_bounded
from drafter.load.text import ILLEGAL_CHARACTERS
from drafter.model import SourceRef

MAX_YAML_BYTES = 2_000_000

_STANDARD_TAGS = {
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "omap", "set", "binary")
}


def _yaml(indent: tuple[int, int, int] = (2, 4, 2)) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    mapping, sequence, offset = indent
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def guess_indent(text: str) -> tuple[int, int, int]:
    """The file's own indentation (mapping, sequence, dash offset), so an edit keeps it: the first nested
    mapping and the first list item under a key tell. drafter's own style where the file does not say.

    >>> guess_indent("quotes:\\n- id: a\\n  role: b\\nspeakers:\\n    x:\\n        name: c\\n")
    (4, 2, 0)
    """
    mapping = sequence = offset = None
    parent: int | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        spaces = len(line) - len(line.lstrip(" "))
        if parent is not None and stripped.startswith("- ") and spaces >= parent and sequence is None:
            offset = spaces - parent  # a list may sit at its key's own indentation
            sequence = offset + len(stripped) - len(stripped[1:].lstrip(" "))
        elif parent is not None and spaces > parent and not stripped.startswith("-") and mapping is None:
            mapping = spaces - parent
        parent = spaces if stripped.endswith(":") and not stripped.startswith("- ") else None
    return (mapping or 2, sequence or 4, 2 if offset is None else offset)


def load_yaml(path: Path, display: str) -> Any:
    """Read a YAML file into plain-ish Python data (ruamel's commented maps, which keep line numbers)."""
    text = read_text(path, display)
    _refuse_control_characters(text, display)
    constructor, parser = _yaml().get_constructor_parser(io.StringIO(text))
    try:
        with warnings.catch_warnings():  # a reused anchor is refused below, in one line, like every anchor
            warnings.simplefilter("ignore", ReusedAnchorWarning)
            root = constructor.composer.get_single_node()  # composed, and checked, before anything is constructed
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = SourceRef(display, line=mark.line + 1) if mark else SourceRef(display)
        column = f", column {mark.column + 1}" if mark else ""
        problem = (exc.problem or exc.context or "is not valid YAML").strip()
        if "'\\t'" in problem or "\t" in problem:  # ruamel: found character '\t' that cannot start any token
            raise InputError(f"has a tab at column {mark.column + 1 if mark else 1}", source=where,
                             expected="spaces: YAML takes spaces, never tabs, before and after its keys; "
                             "replace the tab with spaces, as many as the lines around it have") from None
        raise InputError(
            f"YAML syntax error{column}: {problem}", source=where, expected="valid YAML"
        ) from None
    except YAMLError as exc:
        raise InputError(f"YAML error: {exc}", source=SourceRef(display)) from None
    finally:
        parser.dispose()
    if root is None:
        return None
    _refuse_unsafe(root, display, set())
    try:
        return constructor.construct_document(root)
    except YAMLError as exc:
        raise InputError(f"YAML error: {exc}", source=SourceRef(display)) from None


def _refuse_control_characters(text: str, display: str) -> None:
    match = ILLEGAL_CHARACTERS.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        raise InputError(
            f"contains the control character U+{ord(match.group()):04X} at column {column}",
            source=SourceRef(display, line=line), expected="printable text")


def _refuse_unsafe(node: Node, display: str, seen: set[int]) -> None:
    line = node.start_mark.line + 1
    if id(node) in seen or getattr(node, "anchor", None):
        raise InputError(
            "anchors and aliases (& and *) are not allowed",
            source=SourceRef(display, line=line),
            expected="each value written out in full",
        )
    seen.add(id(node))
    if node.tag not in _STANDARD_TAGS:
        raise InputError(
            f"the tag {node.tag!r} is not allowed",
            source=SourceRef(display, line=line),
            expected="plain YAML values without ! tags",
        )
    if node.tag == "tag:yaml.org,2002:timestamp":
        try:
            dt.date.fromisoformat(str(node.value)[:10])
        except ValueError:
            raise InputError("is not a date", source=SourceRef(display, line=line), value=node.value,
                             expected="a date such as 2018-09-04") from None
    if isinstance(node, MappingNode):
        for key, value in node.value:
            _refuse_unsafe(key, display, seen)
            _refuse_unsafe(value, display, seen)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _refuse_unsafe(item, display, seen)
    elif not isinstance(node, ScalarNode):  # pragma: no cover - ruamel has only these three
        raise InputError("unexpected YAML node", source=SourceRef(display, line=line))


def read_text(path: Path, display: str, limit: int = MAX_YAML_BYTES) -> str:
    """Read a UTF-8 text file (a BOM is fine), with clear errors for missing, huge or non-UTF-8 files and for
    anything that is not a regular file (a FIFO, a device, a folder). At most ``limit`` bytes are read."""
    try:
        data = read_bounded(path, SourceRef(display), limit)
    except FileNotFoundError:
        raise InputError("file not found", source=SourceRef(display), expected="the file to exist") from None
    spreadsheet = path.suffix.lower() == ".csv"
    advice = "a UTF-8 file; " + ("in Excel use Save As 'CSV UTF-8'" if spreadsheet else
                                 "in Notepad use Save As with Encoding: UTF-8")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("is UTF-16 text" + (" (Excel's 'Unicode Text')" if spreadsheet else ""),
                         source=SourceRef(display), expected=advice)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        try:  # what Windows' own encoding (Excel's plain "CSV (Comma delimited)", Notepad's ANSI) means by it
            meant = f", which is {bytes([byte]).decode('cp1252')!r} as " + \
                ("Excel's plain CSV on Windows writes it" if spreadsheet else "Windows writes it")
        except UnicodeDecodeError:
            meant = ""
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        raise InputError(
            f"character {exc.start - line_start + 1} is not UTF-8: the byte 0x{byte:02x}{meant}",
            source=SourceRef(display, line=data.count(b"\n", 0, exc.start) + 1), expected=advice,
        ) from None


def key_line(mapping: Any, key: str) -> int | None:
    """1-based line of ``key`` in a loaded mapping, when known."""
    return _line(mapping, "key", key)


def item_line(sequence: Any, index: int) -> int | None:
    """1-based line of item ``index`` in a loaded sequence, when known."""
    return _line(sequence, "item", index)


def _line(loaded: Any, kind: str, at: object) -> int | None:
    """ruamel's line of a key or item (0-based in ruamel, so + 1), or None for data with no position."""
    lc = getattr(loaded, "lc", None)
    try:
        return None if lc is None else int(getattr(lc, kind)(at)[0]) + 1
    except (KeyError, TypeError, AttributeError, IndexError):
        return None


def node_line(node: Any) -> int | None:
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    return int(lc.line) + 1


def load_roundtrip(path: Path, display: str) -> Any:
    """Load for editing in place (comments, order and quoting kept)."""
    return load_yaml(path, display)


def dump_roundtrip(data: Any, like: str | None = None) -> str:
    """Serialise data loaded by :func:`load_roundtrip`, keeping its comments and order, and the indentation
    of the text ``like`` (the file as it was)."""
    stream = io.StringIO()
    _yaml(guess_indent(like) if like is not None else (2, 4, 2)).dump(data, stream)
    return stream.getvalue()
