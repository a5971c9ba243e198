"""The Jinja2 sandbox a release template runs in: the only module that imports Jinja2.

Templates run in Jinja2's :class:`~jinja2.sandbox.SandboxedEnvironment` with ``StrictUndefined``, loaded from
the campaign template's folder and then drafter's shipped templates. A template may print no number of its
own (:meth:`ReleaseTemplate.refuse_literal_numbers`); plain text from data is Markdown-escaped on output,
helper output (:class:`Md`) is not. Jinja2's errors come back as :class:`~drafter.errors.TemplateError` in a
template writer's words, with the template file and line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.exceptions import TemplateError as JinjaTemplateError
from jinja2.sandbox import SandboxedEnvironment

from drafter.document import escape_markdown
from drafter.errors import DrafterError, TemplateError
from drafter.model import SourceRef
from drafter.shipped import shipped_root

_DIGITS = re.compile(r"\d+")
_LIST_MARKER = re.compile(r"^\s*\d+\.(?=\s)")
MAX_RELEASE_CHARS = 200_000  # a two-page release is ~6,000; anything near this is a runaway template
_NUMBERS_AS_FACTS = "numbers printed through figure(), change() and the date helpers, so each is a fact"


class Md(str):
    """Markdown written by a helper; printed as is (plain strings are escaped)."""

    __slots__ = ()


def _finalize(value: object) -> str:
    if isinstance(value, Md):
        return str(value)
    if isinstance(value, bool | int | float | Decimal):
        raise TemplateError(
            f"prints the raw number {value!r}", field="template",
            expected="numbers printed through figure(), change() and the other helpers",
        )
    return escape_markdown(str(value))


def _sentence(text: object) -> Md:
    """The ``sentence`` filter: the text with its first letter capitalised."""
    text = str(text)
    return Md(text[:1].upper() + text[1:])


class ReleaseTemplate:
    """A release template compiled once per batch, checked for numbers typed into it."""

    def __init__(self, template_path: Path) -> None:
        self.name = template_path.name
        self.env = SandboxedEnvironment(
            loader=FileSystemLoader([str(template_path.parent), str(shipped_root())]),
            undefined=StrictUndefined,
            autoescape=False,
            finalize=_finalize,
            trim_blocks=False,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
        )
        self.env.filters["sentence"] = _sentence
        try:
            self.refuse_literal_numbers(self.name, set())
            self.template = self.env.get_template(self.name)
        except TemplateSyntaxError as exc:
            raise TemplateError(f"syntax error: {exc.message}", source=SourceRef(_name(exc.filename), line=exc.lineno),
                                field="template", expected="valid Jinja2") from None
        except TemplateNotFound as exc:
            raise TemplateError("is not found", field="template", value=exc.name,
                                expected="a template beside the campaign template or a shipped one") from None

    def refuse_literal_numbers(self, name: str, seen: set[str]) -> None:
        """A release may print no number that is not a fact: digits typed into a template (or one it extends or
        includes) are refused, ordered-list markers such as "1." at the start of a line aside."""
        if name in seen:
            return
        seen.add(name)
        assert self.env.loader is not None
        source, filename, _ = self.env.loader.get_source(self.env, name)
        tree = self.env.parse(source, name, filename)
        for node in tree.find_all(nodes.TemplateData):
            for offset, line in enumerate(node.data.split("\n")):
                match = _DIGITS.search(_LIST_MARKER.sub("", line))
                if match:
                    raise TemplateError(
                        f"types the number {match.group()!r} into the template", field="template",
                        source=SourceRef(Path(filename or name).name, line=node.lineno + offset),
                        expected=_NUMBERS_AS_FACTS)
        for output in tree.find_all(nodes.Output):
            for child in output.nodes:
                if isinstance(child, nodes.Const) and _DIGITS.search(str(child.value)):
                    raise TemplateError(
                        f"prints the literal {child.value!r}", field="template",
                        source=SourceRef(Path(filename or name).name, line=child.lineno),
                        expected=_NUMBERS_AS_FACTS)
        for referenced in meta.find_referenced_templates(tree):
            if referenced:
                self.refuse_literal_numbers(referenced, seen)

    def render(self, variables: dict[str, Any], area: str) -> str:
        """The template's Markdown for ``area``, tidied. A helper's error is said to be about ``area``; Jinja2's
        own errors become :class:`~drafter.errors.TemplateError` naming the template line."""
        try:
            return _tidy(_bounded(self.template.generate(variables), self.name))
        except DrafterError as exc:
            if exc.source is None and isinstance(exc, TemplateError):
                exc.source = _template_line(exc)  # the template line whose helper call failed
            prefix_area(exc, area)
            raise
        except UndefinedError as exc:
            message = _plain(exc.message)
            raise TemplateError(f"area {area!r}: {message}", source=_template_line(exc),
                                field="template", expected="only the variables and helpers drafter provides"
                                + _did_you_mean(message, variables)) from None
        except SecurityError as exc:
            raise TemplateError(f"tried something unsafe: {exc}", source=_template_line(exc), field="template",
                                expected="templates that only print text and call drafter's helpers") from None
        except JinjaTemplateError as exc:
            raise TemplateError(f"area {area!r}: {exc}", source=_template_line(exc), field="template") from None


def prefix_area(exc: DrafterError, area: str) -> None:
    """Say that ``exc`` is about ``area`` (unless it already names an area)."""
    if not exc.problem.startswith("area "):
        exc.problem = f"area {area!r}: {exc.problem}"
        exc.args = (exc.line(),)


def _bounded(chunks: Iterator[str], name: str) -> str:
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


def _tidy(markdown: str) -> str:
    """Block tags on lines of their own leave blank lines behind; Markdown needs one between blocks."""
    lines = [line.rstrip() for line in markdown.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"


def _plain(message: str | None) -> str:
    """Jinja2's message in a template writer's words: "the area has no attribute 'x'", not a class path."""
    return re.sub(r"'drafter\.[\w.]+\.(\w+)View object'", lambda m: f"the {m.group(1).lower()}", message or "")


def _did_you_mean(message: str, variables: dict[str, Any]) -> str:
    """"; did you mean 'force'?" when the unknown name is close to a variable, helper or attribute drafter
    gives (an area's areas.csv columns included); "" when nothing is close."""
    found = re.search(r"'(\w+)' is undefined|has no attribute '(\w+)'", message)
    if found is None:
        return ""
    name = found.group(1) or found.group(2)
    known = set(variables) if found.group(1) else {
        attribute for value in variables.values() for attribute in [*dir(value), *getattr(value, "extra", {})]
        if not attribute.startswith("_")}
    near = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.75)
    return f"; did you mean {near[0]!r}?" if near else ""


def _name(filename: str | None) -> str:
    return Path(filename).name if filename else "template"


def _template_line(exc: BaseException) -> SourceRef | None:
    """The template file and line a Jinja error happened at (Jinja rewrites tracebacks to template lines)."""
    tb = exc.__traceback__
    found: SourceRef | None = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = SourceRef(Path(filename).name, line=tb.tb_lineno)
        tb = tb.tb_next
    return found
