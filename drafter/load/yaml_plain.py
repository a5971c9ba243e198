"""What a YAML value means: a plain (unquoted) value by the YAML 1.2 core schema, and a value with one of YAML's
standard tags (``!!int 12``). No YAML library here: :mod:`drafter.load.yamlio` reads the text, this module says
what each value is.

YAML 1.2, not 1.1: ``yes``, ``no``, ``on``, ``off`` stay words and ``012`` is twelve. The patterns and their
order are ruamel.yaml's, which read campaign.yaml before, so a file means what it meant.

>>> [construct(resolve(text), text) for text in ("yes", "012", "0o12", "1_000", "1.10", "~")]
['yes', 12, 10, 1000, 1.1, None]
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

TAG = "tag:yaml.org,2002:"
STR = TAG + "str"
STANDARD_TAGS = frozenset(TAG + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp",
                                            "omap", "set", "binary"))


def _int(text: str) -> int:
    text = text.replace("_", "")
    sign, digits = (-1, text[1:]) if text[:1] == "-" else (1, text.lstrip("+"))
    base = {"0b": 2, "0o": 8, "0x": 16}.get(digits[:2], 10)
    return sign * int(digits if base == 10 else digits[2:], base)


def _float(text: str) -> float:
    return float(text.replace("_", "").lower().replace(".inf", "inf").replace(".nan", "nan"))


def _bool(text: str) -> bool:
    """``!!bool`` takes YAML 1.1's words too (``!!bool yes``); a plain yes is text."""
    return {"true": True, "yes": True, "on": True, "y": True, "false": False, "no": False, "off": False,
            "n": False}[text.lower()]


_TIMESTAMP = re.compile(r"([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9]{2}):([0-9]{2})"
                        r"(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9]{2}))?))?)?")


def _timestamp(text: str) -> dt.date:
    match = _TIMESTAMP.fullmatch(text)
    if match is None:
        raise ValueError(text)
    dt.date.fromisoformat(text[:10])  # 2018-9-4 is not a date to drafter, which writes 2018-09-04
    y, mo, d, h, mi, s, fraction, zone, sign, zh, zm = match.groups()
    if h is None:
        return dt.date(int(y), int(mo), int(d))
    tz = None
    if zone:
        offset = dt.timedelta(hours=int(zh or 0), minutes=int(zm or 0))
        tz = dt.timezone(-offset if sign == "-" else offset)
    return dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), int((fraction or "")[:6].ljust(6, "0")),
                       tzinfo=tz)


def _binary(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


# A plain value is the first of these whose first character and pattern it matches, else text. '<<' (a merge)
# and '=' resolve to tags that are not standard, so they are refused as any other tag is.
_PLAIN: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("bool", "tTfF", re.compile("true|True|TRUE|false|False|FALSE")),
    ("float", "-+0123456789.", re.compile(r"""[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        | [-+]?[0-9][0-9_]*[eE][-+]?[0-9]+ | [-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
        | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)""", re.X)),
    ("int", "-+0123456789", re.compile("[-+]?0b[01_]+ | [-+]?0o?[0-7_]+ | [-+]?[0-9_]+ | [-+]?0x[0-9a-fA-F_]+",
                                       re.X)),
    ("merge", "<", re.compile("<<")),
    ("null", "~nN", re.compile("~|null|Null|NULL|")),
    ("timestamp", "0123456789", re.compile(r"""[0-9]{4}-[0-9]{2}-[0-9]{2}
        | [0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?
          (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9]{2})?))?""", re.X)),
    ("value", "=", re.compile("=")),
)
_MAKE: dict[str, Callable[[str], Any]] = {
    TAG + "str": str, TAG + "int": _int, TAG + "float": _float, TAG + "bool": _bool,
    TAG + "null": lambda _: None, TAG + "timestamp": _timestamp, TAG + "binary": _binary,
}


def curly_quoted(text: str) -> bool:
    """Whether a plain value is wholly inside the curly quotation marks Word pastes, which YAML keeps as part of
    it (“per cent” is a unit of nine characters, not of seven): straight quotes are YAML's.

    >>> curly_quoted("“per cent”"), curly_quoted("‘people’"), curly_quoted("“Busy,” it says."), curly_quoted("a “b” c")
    (True, True, False, False)
    """
    return len(text) > 1 and (((text[0], text[-1]) == ("“", "”") and not any(q in text[1:-1] for q in "“”"))
                              or ((text[0], text[-1]) == ("‘", "’") and "‘" not in text[1:-1]))


def resolve(text: str) -> str:
    """The tag of a plain value: ``tag:yaml.org,2002:int`` for ``12``, ``…:str`` for ``yes``."""
    first = text[:1]
    for name, starts, pattern in _PLAIN:
        if first in starts and pattern.fullmatch(text):
            return TAG + name
    return STR


class TypedInt(int):
    """A plain whole number that keeps the text it was typed as, for a key read as text: a phone number
    ``01632960001`` is printed with its 0, not as 1632960001."""

    typed: str


class TypedFloat(float):
    """A plain number with a point, ``.inf`` or ``.nan`` that keeps its text, for a key read as text: ``1.10`` is
    printed as typed, never as Python's 1.1, inf or nan."""

    typed: str


def as_typed(value: object) -> str:
    """A scalar as text: a plain number as it was typed in the file, anything else as Python writes it.

    >>> as_typed(construct(resolve("0.10"), "0.10")), as_typed(construct(resolve("-.inf"), "-.inf")), as_typed(12)
    ('0.10', '-.inf', '12')
    """
    return getattr(value, "typed", None) or str(value)


def construct(tag: str, text: str) -> Any:
    """The value of ``text`` with a standard scalar tag; ValueError where the text is not one (``!!int x``, a
    date that is not a day, ``!!map x``)."""
    make = _MAKE.get(tag)
    if make is None:
        raise ValueError(f"{tag} is not a scalar's tag")
    try:
        value = make(text)
    except KeyError:
        raise ValueError(text) from None
    if type(value) in (int, float):
        value = (TypedInt if isinstance(value, int) else TypedFloat)(value)
        value.typed = text
    return value
