"""Reading YAML: the only module that imports PyYAML.

PyYAML's parser (libyaml's, in C, where installed) and a small builder of plain values from its events, which
makes reading safe by construction: anchors and aliases (the "billion laughs" bomb), tags outside YAML's
standard ones (``!!python/object``) and keys given twice are refused, at their lines, before any value is used.
Plain values mean what YAML 1.2's core schema says (:mod:`drafter.load.yaml_plain`: ``yes`` is a word, ``012``
is twelve). Mappings and lists keep their lines, for error messages. Editing a file in place, keeping its
comments, is :mod:`drafter.load.yaml_edit` (ruamel.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from drafter.errors import InputError
from drafter.fileio import not_found, read_bounded
from drafter.load.text import ILLEGAL_CHARACTERS
from drafter.load.yaml_faults import hidden_hash, odd_indent, plain_fault, unclosed_quote
from drafter.load.yaml_plain import STANDARD_TAGS, STR, TAG, construct, curly_quoted, resolve
from drafter.load.yaml_text import decode_yaml, lost_letters
from drafter.model import SourceRef, Warning

MAX_YAML_BYTES = 2_000_000
_BRACKETS = re.compile(r"[\[\]{}]")
MAX_DEPTH = 100  # lists and mappings within each other: a campaign file goes a few levels deep
_FAST = getattr(yaml, "CSafeLoader", None)  # libyaml's parser, where PyYAML was built with it


class YamlMap(dict[Any, Any]):
    """A mapping as read, with its lines (1-based): its own (``line``) and each key's (``key_lines``)."""

    __slots__ = ("key_lines", "line")

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[Any, int] = {}


class YamlList(list[Any]):
    """A sequence as read, with its lines (1-based): its own (``line``) and each item's (``item_lines``)."""

    __slots__ = ("item_lines", "line")

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []


def _scalar(event: yaml.ScalarEvent, line: int, display: str, parent: _Open | None = None,
            marks_kept: re.Pattern[str] | None = None) -> Any:
    """The value of a scalar: text when quoted, else as the YAML 1.2 core schema reads it or its tag says. A plain
    value inside curly quotation marks is refused, naming its key (in ``parent``), unless ``marks_kept`` matches
    the key (a quote's text, whose reader leaves such marks out)."""
    text, tag = event.value, event.tag
    implicit = tag is None or tag == "!"
    if implicit:
        if not event.implicit[0]:
            return text  # quoted, or a block (| or >): always text
        tag = resolve(text)
        field = (_child_path(parent) if parent else "") if tag == STR and curly_quoted(text) else None
        if field is not None and not (marks_kept and marks_kept.fullmatch(field)):
            raise InputError(f"{text} is inside curly quotation marks, as Word pastes them, which YAML keeps as part "
                             "of the value", source=SourceRef(display, line=line), field=field or None,
                             expected=f"the value without them ({text[1:-1]}), or, to print them, the whole value in "
                             f"straight single quotes ('{text}')")
        if tag == STR:
            return text
    if tag not in STANDARD_TAGS:
        raise InputError(f"the tag {tag!r} is not allowed", source=SourceRef(display, line=line),
                         expected="plain YAML values without ! tags")
    try:
        return construct(tag, text)
    except ValueError:
        where = SourceRef(display, line=line)
        if tag == TAG + "timestamp":
            raise InputError("is not a date", source=where, field=_child_path(parent) if parent else None,
                             value=text, expected="a date such as 2018-09-04") from None
        if implicit:
            return text  # '-_' or '0x_': a number's pattern with no digits is text
        raise InputError(f"does not fit its tag {tag!r}", source=where, value=text,
                         expected="plain YAML values without ! tags") from None


def load_yaml(path: Path, display: str, notices: list[Warning] | None = None,
              marks_kept: re.Pattern[str] | None = None) -> Any:
    """Read a YAML file into plain Python values (:class:`YamlMap` and :class:`YamlList`, which keep lines);
    ``notices`` is given a warning for each word that looks as if saving the file as ANSI lost a letter of it;
    ``marks_kept`` matches the keys whose values may be wholly inside curly quotation marks."""
    text = read_text(path, display)
    if notices is not None:
        notices.extend(lost_letters(text, display))
    refuse_control_characters(text, display)
    if hashed := hidden_hash(text):
        raise InputError(hashed[1], source=SourceRef(display, line=hashed[0]), expected=hashed[2])
    return parse_yaml(text, display, marks_kept=marks_kept)


def parse_yaml(text: str, display: str, *, fast: bool = True, marks_kept: re.Pattern[str] | None = None) -> Any:
    """YAML text as plain values. libyaml's parser where installed (``fast``), for a file without tabs; else, and
    whenever libyaml finds a fault, PyYAML's own parser, whose verdict and words are reported whichever parser
    runs (libyaml's words differ, and it takes tabs where PyYAML's parser and ruamel.yaml refuse them)."""
    if line := _too_deep_at(text):  # both parsers take time as the square of "[[[[…" before they yield
        raise too_deep(display, line)
    if fast and _FAST is not None and "\t" not in text:
        try:
            events = list(yaml.parse(text, Loader=_FAST))
        except yaml.YAMLError:
            return parse_yaml(text, display, fast=False, marks_kept=marks_kept)
        return _build(events, display, marks_kept)
    try:
        return _build(yaml.parse(text, Loader=yaml.SafeLoader), display, marks_kept)
    except yaml.MarkedYAMLError as exc:
        raise syntax_error(exc, display) from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", source=SourceRef(display)) from None


def too_deep(display: str, at: Any) -> InputError:
    """Lists and mappings nested too deep, at a parser's mark or a line."""
    line = at if isinstance(at, int) else at.line + 1 if at is not None else None
    return InputError(f"has lists or mappings nested more than {MAX_DEPTH} levels deep",
                      source=SourceRef(display, line=line),
                      expected="keys, lists and text a few levels deep, as docs/campaign-yaml.md and "
                               "docs/quotes.md show")


def _too_deep_at(text: str) -> int:
    """The line where "[" and "{" first open more than MAX_DEPTH deep within each other, counted as characters
    (quotes aside: an upper bound), or 0."""
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_DEPTH:
            return text.count("\n", 0, match.start()) + 1
    return 0


def syntax_error(exc: Any, display: str) -> InputError:
    """A YAML syntax error, PyYAML's or ruamel's (the same words and marks), as one line: in plain words for the
    slips people make by hand (:mod:`drafter.load.yaml_faults`), else in the parser's."""
    mark = exc.problem_mark or exc.context_mark
    problem = (exc.problem or exc.context or "is not valid YAML").strip()
    lines = str(getattr(mark, "buffer", None) or "").split("\n")
    for slip in (odd_indent, unclosed_quote):  # a no-break space before a key, a quotation never closed
        if mark and (found := slip("\n".join(lines[:mark.line + 1]))):
            return InputError(found[1], source=SourceRef(display, line=found[0]), expected=found[2])
    fault = plain_fault(problem, lines[mark.line] if mark and mark.line < len(lines) else "",
                        mark.column + 1 if mark else 1)
    if fault is not None:
        what, expected, before = fault
        at = exc.context_mark if before and exc.context_mark else mark
        return InputError(what, source=SourceRef(display, line=at.line + 1) if at else SourceRef(display),
                          expected=expected)
    where = SourceRef(display, line=mark.line + 1) if mark else SourceRef(display)
    column = f", column {mark.column + 1}" if mark else ""
    return InputError(f"YAML syntax error{column}: {problem}", source=where, expected="valid YAML")


class _Open:
    """A mapping or sequence being built, and for a mapping the key read whose value comes next."""

    __slots__ = ("key", "node", "path", "tag")

    def __init__(self, node: YamlMap | YamlList, path: str, tag: str | None) -> None:
        self.node, self.path, self.tag, self.key = node, path, tag, _NO_KEY


_NO_KEY = object()


def _build(events: Iterable[Any], display: str, marks_kept: re.Pattern[str] | None = None) -> Any:
    """Plain values from a parsed stream of one document, refusing anchors, aliases, unknown tags and keys
    given twice, each at its line."""
    root: Any = None
    documents = 0
    stack: list[_Open] = []
    for event in events:
        kind = type(event)
        line = event.start_mark.line + 1
        if kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise syntax_error(yaml.MarkedYAMLError(problem="but found another document",
                                                         problem_mark=event.start_mark), display)
            continue
        if kind is yaml.AliasEvent or getattr(event, "anchor", None) is not None:
            raise InputError("anchors and aliases (& and *) are not allowed", source=SourceRef(display, line=line),
                             expected="each value written out in full")
        if kind is yaml.ScalarEvent:
            value = _scalar(event, line, display, stack[-1] if stack else None, marks_kept)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            tag = None if event.tag in (None, "!") else event.tag
            if tag is not None and tag not in STANDARD_TAGS:
                raise InputError(f"the tag {tag!r} is not allowed", source=SourceRef(display, line=line),
                                 expected="plain YAML values without ! tags")
            if len(stack) >= MAX_DEPTH:
                raise too_deep(display, event.start_mark)
            path = _child_path(stack[-1]) if stack else ""
            stack.append(_Open(YamlMap(line) if kind is yaml.MappingStartEvent else YamlList(line), path, tag))
            continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            done = stack.pop()
            value, line = _finish(done), done.node.line
        else:
            continue  # the stream's and the document's start and end
        if stack:
            _place(stack[-1], value, line, display)
        else:
            root = value
    return root


def _child_path(parent: _Open) -> str:
    if isinstance(parent.node, YamlList):
        return f"{parent.path}[{len(parent.node)}]"
    if parent.key is _NO_KEY:
        return ""  # a mapping or list as a key
    return f"{parent.path}.{parent.key}" if parent.path else str(parent.key)


def _place(parent: _Open, value: Any, line: int, display: str) -> None:
    node = parent.node
    if isinstance(node, YamlList):
        node.append(value)
        node.item_lines.append(line)
    elif parent.key is _NO_KEY:
        if value is None or isinstance(value, list | dict | set):  # "~: 1", ": 1", "[a, b]: 1": was shown as Python
            raise InputError(  # writes it, None or ('a', 'b'), in the line that said it was not a known key
                f"has a key that is {'empty' if value is None else 'a list or mapping, not a word'}",
                source=SourceRef(display, line=line), field=parent.path or None,
                expected="a word before each colon, such as title:, one a line")
        key = value
        if isinstance(key, str) and (odd := odd_indent(key)):  # "\u00a0\u00a0speaker", at the start of a line
            raise InputError(odd[1], source=SourceRef(display, line=line), expected=odd[2])
        if key in node.key_lines:
            raise InputError("is given twice", source=SourceRef(display, line=line),
                             field=f"{parent.path}.{key}" if parent.path else str(key),
                             expected=f"each key once; it is first on line {node.key_lines[key]}")
        node.key_lines[key] = line
        parent.key = key
    else:
        node[parent.key] = value
        parent.key = _NO_KEY


def _finish(done: _Open) -> Any:
    """The value of a finished mapping or sequence, as its tag says (``!!set``, ``!!omap``)."""
    node = done.node
    if done.tag == TAG + "set" and isinstance(node, YamlMap):
        return set(node)
    if done.tag == TAG + "omap" and isinstance(node, YamlList):
        ordered = YamlMap(node.line)
        for item in node:
            if isinstance(item, YamlMap):
                ordered.update(item)
                ordered.key_lines.update(item.key_lines)
        return ordered
    return node


def refuse_control_characters(text: str, display: str) -> None:
    match = ILLEGAL_CHARACTERS.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        raise InputError(
            f"contains the control character U+{ord(match.group()):04X} at column {column}",
            source=SourceRef(display, line=line), expected="printable text")

def read_bytes(path: Path, display: str, limit: int) -> bytes:
    """The bytes of a file of the campaign, refusing one that is missing, is not a regular file (a FIFO, a device,
    a folder) or is larger than ``limit`` bytes."""
    try:
        return read_bounded(path, SourceRef(display), limit)
    except FileNotFoundError:
        raise not_found(path, display) from None


def read_text(path: Path, display: str, limit: int = MAX_YAML_BYTES) -> str:
    """Read a YAML file as Notepad saves it (:mod:`drafter.load.yaml_text`: UTF-8 or UTF-16; "ANSI" refused, saying
    how to save it as UTF-8), with clear errors for missing or huge files and for anything that is not a regular
    file. At most ``limit`` bytes are read. (A CSV file is read as Excel saves it: :mod:`drafter.load.csv_text`.)"""
    return decode_yaml(read_bytes(path, display, limit), display)


def key_line(mapping: Any, key: object) -> int | None:
    """1-based line of ``key`` in a loaded mapping, when known."""
    return mapping.key_lines.get(key) if isinstance(mapping, YamlMap) else None


def item_line(sequence: Any, index: int) -> int | None:
    """1-based line of item ``index`` in a loaded sequence, when known."""
    if isinstance(sequence, YamlList) and 0 <= index < len(sequence.item_lines):
        return sequence.item_lines[index]
    return None


def node_line(node: Any) -> int | None:
    """1-based line a loaded mapping or sequence starts on, when known."""
    return node.line if isinstance(node, YamlMap | YamlList) else None
