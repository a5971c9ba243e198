"""Editing a YAML file in place (``quotes add``, ``quotes approve``, ``quotes withdraw``): the only module that imports
ruamel.yaml, whose round trip keeps the file's comments, key order, quoting and indentation.

Reading for any other purpose is :mod:`drafter.load.yamlio` (PyYAML, many times faster); ruamel.yaml is imported
only when a file is edited. Loading is as safe: the document is composed first, and anchors, aliases and
non-standard tags are refused, in the same words, before anything is constructed.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.errors import InputError
from drafter.load.yaml_plain import STANDARD_TAGS, TAG
from drafter.load.yamlio import read_text, refuse_control_characters, syntax_error
from drafter.model import SourceRef

if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.nodes import Node


def _yaml(indent: tuple[int, int, int] = (2, 4, 2)) -> YAML:
    from ruamel.yaml import YAML

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


def load_roundtrip(path: Path, display: str) -> Any:
    """Load for editing in place (comments, order and quoting kept): ruamel.yaml's commented maps."""
    from ruamel.yaml.error import MarkedYAMLError, ReusedAnchorWarning, YAMLError

    text = read_text(path, display)
    refuse_control_characters(text, display)
    constructor, parser = _yaml().get_constructor_parser(io.StringIO(text))
    try:
        with warnings.catch_warnings():  # a reused anchor is refused below, in one line, like every anchor
            warnings.simplefilter("ignore", ReusedAnchorWarning)
            root = constructor.composer.get_single_node()  # composed, and checked, before anything is constructed
    except MarkedYAMLError as exc:
        raise syntax_error(exc, display) from None
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


def _refuse_unsafe(node: Node, display: str, seen: set[int]) -> None:
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    line = node.start_mark.line + 1
    if id(node) in seen or getattr(node, "anchor", None):
        raise InputError("anchors and aliases (& and *) are not allowed", source=SourceRef(display, line=line),
                         expected="each value written out in full")
    seen.add(id(node))
    if node.tag not in STANDARD_TAGS:
        raise InputError(f"the tag {node.tag!r} is not allowed", source=SourceRef(display, line=line),
                         expected="plain YAML values without ! tags")
    if node.tag == TAG + "timestamp":
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


def dump_roundtrip(data: Any, like: str | None = None) -> str:
    """Serialise data loaded by :func:`load_roundtrip`, keeping its comments and order, and the indentation and
    line endings of the text ``like`` (the file as it was: a file saved on Windows keeps "\\r\\n" on every line,
    where ruamel.yaml would keep it only on comment lines)."""
    stream = io.StringIO()
    _yaml(guess_indent(like) if like is not None else (2, 4, 2)).dump(data, stream)
    text = stream.getvalue().replace("\r\n", "\n")
    return text.replace("\n", "\r\n") if like is not None and "\r\n" in like else text


def new_mapping(pairs: dict[str, Any]) -> Any:
    """A mapping to add to a file loaded by :func:`load_roundtrip`, its keys in the order given; text with a line
    break in it (a quote's paragraphs) is written as a block (``text: |``), as a person would type it."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString

    def written(value: Any) -> Any:
        if isinstance(value, list) and all(isinstance(item, str) for item in value) and value:  # on one line,
            # as quotes.md writes them: areas: [Cheshire, Cumbria]
            listed = CommentedSeq(value)
            listed.fa.set_flow_style()
            return listed
        return LiteralScalarString(value) if isinstance(value, str) and "\n" in value else value

    return CommentedMap((key, written(value)) for key, value in pairs.items())
