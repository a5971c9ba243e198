"""What a template writer is told when a template goes wrong: Jinja2's messages in plain words, and "did you
mean" for a variable, helper, attribute, measure key or filter drafter does not have."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drafter.model import SourceRef


def plain(message: str | None) -> str:
    """Jinja2's message in a template writer's words: "the area has no attribute 'x'", not a class path; a measure,
    the campaign or the periods (``measures[m].subjct``) is "the value", not "'types.SimpleNamespace object'"."""
    return re.sub(r"'drafter\.[\w.]+\.(\w+)View object'", lambda m: f"the {m.group(1).lower()}", message or ""
                  ).replace("'types.SimpleNamespace object'", "the value")


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
    near = difflib.get_close_matches(name, sorted(known - {name}), n=1, cutoff=0.75)  # never the name itself
    return f"; did you mean {near[0]!r}?" if near else ""


def did_you_mean_filter(message: str | None, filters: tuple[str, ...]) -> str:
    """"; did you mean 'sentence'?" for a filter drafter does not have (``| sentance``)."""
    found = re.search(r"[Nn]o filter named '(\w+)'", message or "")
    if found is None:
        return ""
    near = difflib.get_close_matches(found.group(1), list(filters), n=1, cutoff=0.75)
    return f"; did you mean {near[0]!r}?" if near else "; the filters are " + ", ".join(sorted(set(filters)))


SANDBOX = ("environment.py", "limits.py", "arguments.py")  # drafter's sandbox itself, in render/


def is_template_mistake(exc: BaseException) -> bool:
    """Whether an error is the template's own mistake (``"a" - 1``, ``area.name.split("")``, ``range(1, 5, 0)``, a
    helper called without its arguments): raised in the template, by Jinja2 or by Python's builtins it called,
    never inside one of drafter's helpers after the template called it (that is a bug in drafter)."""
    package = Path(__file__).resolve().parent.parent
    frames: list[Path] = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append(Path(tb.tb_frame.f_code.co_filename))
        tb = tb.tb_next
    templates = [i for i, frame in enumerate(frames) if frame.suffix == ".j2"]
    return bool(templates) and not any(
        frame.suffix != ".j2" and frame.resolve().is_relative_to(package) and not (
            frame.parent.name == "render" and frame.name in SANDBOX) for frame in frames[templates[-1]:])


def mistake(exc: BaseException) -> tuple[str, str]:
    """A template's mistake in a template writer's words ("quote() missing 1 required positional argument:
    'role'", without the class Python names), and what was expected."""
    if isinstance(exc, TypeError) and "argument" in str(exc):
        return re.sub(r"^\w+\.(?=\w+\()", "", str(exc)), "the helper's arguments as docs/templates.md lists them"
    return f"cannot be worked out ({exc})", ("an expression that works for every area, with text where text is "
                                             "wanted and a list where a loop is (docs/templates.md)")


def template_line(exc: BaseException, shown: Callable[[str], str]) -> SourceRef | None:
    """The template file and line an error happened at (Jinja2 rewrites tracebacks to template lines): the
    innermost template frame, its file as ``shown`` names it."""
    tb = exc.__traceback__
    found: SourceRef | None = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = SourceRef(shown(filename), line=tb.tb_lineno)
        tb = tb.tb_next
    return found


def template_file(filename: str | None, name: str, root: Path | None) -> str:
    """A template file as an error names it: relative to the campaign folder ``root`` when it is in it
    ("count-change/release.md.j2", as campaign.yaml is named), else in full (a shipped template); ``name`` when
    Jinja2 gives no file."""
    if not filename:
        return name
    path = Path(filename).resolve()
    if root is not None and path.is_relative_to(root.resolve()):
        return str(path.relative_to(root.resolve()))
    return str(path)
