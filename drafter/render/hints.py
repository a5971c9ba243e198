"""What a template writer is told when a template goes wrong: Jinja2's messages in plain words, and "did you
mean" for a variable, helper, attribute, measure key or filter drafter does not have."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any


def plain(message: str | None) -> str:
    """Jinja2's message in a template writer's words: "the area has no attribute 'x'", not a class path."""
    return re.sub(r"'drafter\.[\w.]+\.(\w+)View object'", lambda m: f"the {m.group(1).lower()}", message or "")


def did_you_mean(message: str, variables: dict[str, Any]) -> str:
    """"; did you mean 'force'?" when the unknown name is close to a variable, helper or attribute drafter
    gives (an area's areas.csv columns included); "" when nothing is close."""
    found = re.search(r"'(\w+)' is undefined|has no attribute '(\w+)'", message)
    if found is None:
        return ""
    name = found.group(1) or found.group(2)
    known = set(variables) if found.group(1) else {
        str(attribute) for value in variables.values()
        for attribute in [*dir(value), *getattr(value, "extra", {}), *(value if isinstance(value, dict) else ())]
        if not str(attribute).startswith("_")}
    near = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.75)
    return f"; did you mean {near[0]!r}?" if near else ""


def did_you_mean_filter(message: str | None, filters: tuple[str, ...]) -> str:
    """"; did you mean 'sentence'?" for a filter drafter does not have (``| sentance``)."""
    found = re.search(r"[Nn]o filter named '(\w+)'", message or "")
    if found is None:
        return ""
    near = difflib.get_close_matches(found.group(1), list(filters), n=1, cutoff=0.75)
    return f"; did you mean {near[0]!r}?" if near else "; the filters are " + ", ".join(sorted(set(filters)))


def is_call_mistake(exc: TypeError) -> bool:
    """Whether a TypeError is a template calling a helper with the wrong arguments (``quote()`` without its
    role), raised before the helper ran, rather than a fault inside drafter."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    package = Path(__file__).resolve().parent.parent
    return last is not None and not Path(last).resolve().is_relative_to(package) and "argument" in str(exc)


def call_mistake(exc: TypeError) -> str:
    """"quote() missing 1 required positional argument: 'role'", without the class Python names."""
    return re.sub(r"^\w+\.(?=\w+\()", "", str(exc))
