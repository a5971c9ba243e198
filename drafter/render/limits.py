"""Drafter's limits on what a release template can make the machine do (docs/templates.md): sizes checked before
text or lists grow, numbers that would take too long to compute refused. Each limit hit is one line naming the
template and line (:mod:`drafter.render.environment` finds them).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from drafter.errors import TemplateError
from drafter.model import SourceRef

MAX_TEMPLATE_BYTES = 2_000_000  # a template file: the shipped ones are a few kilobytes
MAX_RELEASE_CHARS = 200_000  # a two-page release is ~6,000; anything near this is a runaway template
MAX_TEXT = MAX_RELEASE_CHARS  # characters in any text (or items in a list) a template builds
MAX_RANGE = 100_000  # numbers in one range()
MAX_LOOP_STEPS = 1_000_000  # turns of every loop in one release, together
MAX_POWER_BITS = 4_096  # a ** b and a * b on whole numbers: about 1,200 digits
SHALLOW_CALLS = 8  # calls nested this deep or less cannot reach Python's recursion limit: the stack is not measured
STACK_HEADROOM = 300  # Python frames kept free below its recursion limit when a template nests calls


class TemplateLimit(Exception):
    """A template went past one of drafter's limits (the message says which)."""


def check_binop(operator: str, left: Any, right: Any) -> None:
    numbers = isinstance(left, int | float | Decimal) and isinstance(right, int | float | Decimal)
    if operator == "%" and isinstance(left, str):
        raise TemplateLimit("formats text with %, which drafter's templates do not do")
    if operator == "**" and numbers and (abs(right) > MAX_POWER_BITS or (
            isinstance(left, int) and abs(left) > 1 and abs(left).bit_length() * abs(right) > MAX_POWER_BITS)):
        raise TemplateLimit(f"raises a number to the power {right!r}, larger than drafter computes")
    if operator == "*" and isinstance(left, int) and isinstance(right, int) and \
            left.bit_length() + right.bit_length() > MAX_POWER_BITS:
        raise TemplateLimit("multiplies numbers larger than drafter computes")
    if operator == "*":
        for sequence, times in ((left, right), (right, left)):
            if isinstance(sequence, str | list | tuple) and isinstance(times, int) and len(sequence) * times > MAX_TEXT:
                raise TemplateLimit(f"repeats a text or list {times:,} times, making more than {MAX_TEXT:,}")
    if operator == "+" and isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple) and \
            len(left) + len(right) > MAX_TEXT:
        raise TemplateLimit(f"joins texts or lists into more than {MAX_TEXT:,}")



def check_size(paths: list[str], template: str) -> None:
    """Refuse a template file larger than any template before it is read (a sparse file may claim terabytes)."""
    for path in paths:
        with contextlib.suppress(OSError):
            if os.stat(path).st_size > MAX_TEMPLATE_BYTES:
                raise TemplateError("is larger than any template", field="template", value=template,
                                    expected=f"a template file of at most {MAX_TEMPLATE_BYTES:,} bytes")


def check_depth() -> None:
    """Refuse a macro call, include or extends that nests within STACK_HEADROOM frames of Python's recursion
    limit. Reaching the limit itself is not safe to recover from: objects finalised as the stack unwinds can
    fail again at the limit, and Python prints those failures to stderr over drafter's one-line error."""
    try:
        sys._getframe(sys.getrecursionlimit() - STACK_HEADROOM)
    except ValueError:  # the stack is not that deep
        return
    raise RecursionError("a template nests calls too deeply")


def concat(parts: list[Any]) -> str:
    texts = [str(part) for part in parts]
    if sum(map(len, texts)) > MAX_TEXT:
        raise TemplateLimit(f"joins texts (~) into more than {MAX_TEXT:,} characters")
    return "".join(texts)


def range_of(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateLimit(f"asks for a range of {len(numbers):,} numbers, more than {MAX_RANGE:,}")
    return numbers


def join(value: Any, separator: object = "") -> str:
    """The ``join`` filter, measured before it joins."""
    texts, between = [str(item) for item in value], str(separator)
    if sum(map(len, texts)) + len(between) * max(len(texts) - 1, 0) > MAX_TEXT:
        raise TemplateLimit(f"joins a list into more than {MAX_TEXT:,} characters")
    return between.join(texts)


def bounded(chunks: Iterator[str], name: str) -> str:
    """Join a template's output, stopping a runaway template before it eats memory."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_RELEASE_CHARS:
            raise TemplateError(f"produced more than {MAX_RELEASE_CHARS:,} characters for one release",
                                source=SourceRef(name), field="template",
                                expected="a press release of a few pages; look for a loop that never ends")
        parts.append(chunk)
    return "".join(parts)

