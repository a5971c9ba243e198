"""Typed reading of YAML mappings with errors that name the file, line, key path, value and expectation."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator
from typing import Any

from drafter.errors import InputError
from drafter.load.dates import DATE_EXPECTED, NotADate, parse_date, parse_datetime
from drafter.load.text import check_text
from drafter.load.yaml_plain import as_typed
from drafter.load.yamlio import item_line, key_line, node_line
from drafter.model import SourceRef

_FLAGS = {"true": True, "yes": True, "false": False, "no": False}


class Mapping:
    """A YAML mapping being read: every key must be read or is reported as unknown by :meth:`done`."""

    def __init__(self, data: Any, file: str, path: str = "", line: int | None = None) -> None:
        self.file = file
        self.path = path
        self.line = line if line is not None else node_line(data)
        if data is None and not path:  # the whole file: nothing in it but notes, or nothing at all
            raise InputError("is empty", source=SourceRef(file), expected="its keys, one a line, such as title: …; "
                             "drafter new makes a campaign folder with every file filled in, to start from")
        if not isinstance(data, dict):
            raise InputError(
                f"is a {_kind(data)}",
                source=SourceRef(file, line=self.line, key=path or None),
                field=path or "(top level)",
                expected="a mapping of keys to values",
            )
        self.data = data
        self.seen: set[str] = set()

    def ref(self, key: str | None = None) -> SourceRef:
        line = key_line(self.data, key) if key is not None else None
        if line is None and self.path:
            line = self.line  # a nested mapping: point at its own line
        return SourceRef(self.file, line=line, key=self.key(key) if key else self.path or None)

    def key(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        """Whether ``key`` is given; asking makes it a key this mapping knows, so that a misspelling of it is
        told "did you mean" it even where it is not given."""
        self.seen.add(key)
        return key in self.data and self.data[key] is not None

    def raw(self, key: str) -> Any:
        self.seen.add(key)
        return self.data.get(key)

    def fail(self, key: str, problem: str, value: object, expected: str) -> InputError:
        return InputError(problem, source=self.ref(key), field=self.key(key), value=value, expected=expected)

    def missing(self, key: str, expected: str) -> InputError:
        """A required key not given; where a key this mapping does not know is a near spelling of it
        ("organisaton"), that key is the error, on its own line."""
        unknown = [str(k) for k in self.data  # not read yet, and not the key in another language (title_cy)
                   if str(k) not in self.seen and str(k) != key and not str(k).startswith(key + "_")]
        near = difflib.get_close_matches(key, unknown, n=1, cutoff=0.75)
        if near:
            return InputError("is not a known key", source=self.ref(near[0]), field=self.key(near[0]),
                              expected=f"did you mean {key!r}?", show_value=False)
        return InputError(
            "is missing", source=self.ref(), field=self.key(key), expected=expected
        )

    def text(self, key: str, default: str | None = None, *, expected: str = "text") -> str:
        value = self.raw(key)
        if value is None:
            if default is None:
                raise self.missing(key, expected)
            return default
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            value = value.isoformat()  # a column headed by a date, as drafter reads it from a workbook: 2024-03-31
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            shown = value if isinstance(value, bool | dt.date) else None
            raise self.fail(key, f"is a {_kind(value)}", shown, expected)
        text = as_typed(value).strip()  # a phone number 01632960001 keeps its 0, an organisation 1.10 its 0
        check_text(text, self.ref(key), self.key(key))
        if not text and default is None:
            raise self.fail(key, "is empty", value, expected)
        return text

    def date(self, key: str, default: dt.date | None = None) -> dt.date:
        value = self.raw(key)
        if value is None:
            if default is None:
                raise self.missing(key, DATE_EXPECTED)
            return default
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, dict | list):
            raise self.fail(key, f"is a {_kind(value)}", None, DATE_EXPECTED)
        try:
            return parse_date(as_typed(value))
        except NotADate as problem:
            raise self.fail(key, problem.why or "is not a date", value, DATE_EXPECTED) from None

    def flag(self, key: str, problem: str, expected: str) -> bool | None:
        """A true/false value, or None when not given: YAML's true and false, and also yes, no, "true" and
        "false" as text (whatever their case), as a person writes them."""
        value = self.raw(key)
        if isinstance(value, str) and value.strip().lower() in _FLAGS:
            return _FLAGS[value.strip().lower()]
        if value is not None and not isinstance(value, bool):
            raise self.fail(key, problem, value, expected)
        return value

    def datetime(self, key: str) -> dt.datetime | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=None)
        expected = "a local date and time such as 2018-09-04 00:01 or 4 September 2018 00:01"
        if isinstance(value, dict | list):
            raise self.fail(key, f"is a {_kind(value)}", None, expected)
        try:
            parsed = parse_datetime(as_typed(value))
        except NotADate as problem:
            raise self.fail(key, problem.why or "is not a date and time", value, expected) from None
        return parsed.replace(tzinfo=None)

    def choice(self, key: str, choices: tuple[str, ...], default: str | None = None) -> str:
        text = self.text(key, default, expected=" or ".join(choices))
        if text not in choices:
            raise self.fail(key, "is not allowed", text, "one of " + ", ".join(choices))
        return text

    def mapping(self, key: str, *, required: bool = True) -> Mapping | None:
        value = self.raw(key)
        if value is None:
            if required:
                raise self.missing(key, "a mapping")
            return None
        return Mapping(value, self.file, self.key(key), key_line(self.data, key))

    def items(self, key: str, *, required: bool = True, lists: bool = False) -> Iterator[tuple[str, Mapping]]:
        """Each entry of a mapping of ids to mappings, as (id, Mapping); with ``lists``, an id may hold a list of
        mappings, each given with that id in turn."""
        outer = self.mapping(key, required=required)
        if outer is None:
            return
        if not outer.data and required:
            raise self.fail(key, "is empty", "", "at least one entry")
        for item_key in outer.data:
            outer.seen.add(str(item_key))
            value = outer.data[item_key]
            if lists and isinstance(value, list) and value:
                for item, ref in outer.sequence(str(item_key)):
                    yield str(item_key), Mapping(item, self.file, ref.key or "", ref.line)
                continue
            yield str(item_key), Mapping(value, self.file, outer.key(str(item_key)), key_line(outer.data, item_key))

    def sequence(self, key: str, *, required: bool = False) -> list[tuple[Any, SourceRef]]:
        value = self.raw(key)
        if value is None:
            if required:
                raise self.missing(key, "a list")
            return []
        if isinstance(value, str):  # one item written without brackets: its key's line and name
            return [(value, self.ref(key))]
        if not isinstance(value, list):
            raise self.fail(key, f"is a {_kind(value)}", value, "a list")
        return [
            (item, SourceRef(self.file, line=item_line(value, i) or self.line, key=f"{self.key(key)}[{i}]"))
            for i, item in enumerate(value)
        ]

    def done(self, allowed_extra: tuple[str, ...] = ()) -> None:
        known = sorted(self.seen | set(allowed_extra))
        for key in self.data:
            if str(key) not in self.seen and str(key) not in allowed_extra:
                hint = _did_you_mean(str(key), known) or "one of " + ", ".join(known)
                raise InputError(
                    "is not a known key",
                    source=self.ref(str(key)),
                    field=self.key(str(key)),
                    expected=hint,
                    show_value=False,
                )


def _did_you_mean(key: str, known: list[str]) -> str:
    """"did you mean 'label'?", or each of the keys as near as the nearest ("did you mean 'label' or 'table'?"
    for "lable"); empty when none is near.

    >>> _did_you_mean("lable", ["label", "table", "title"])
    "did you mean 'label' or 'table'?"
    """
    near = difflib.get_close_matches(key, known, n=3)
    if not near:
        return ""
    def score(name: str) -> float:
        return difflib.SequenceMatcher(None, key, name).ratio()
    best = sorted(name for name in near if score(name) == score(near[0]))
    return "did you mean " + " or ".join(repr(name) for name in best) + "?"


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list):
        return "list"
    if isinstance(value, bool):
        return "true/false value"
    if value is None:
        return "empty value"
    if isinstance(value, int | float):
        return "number"
    return "text value" if isinstance(value, str) else type(value).__name__
