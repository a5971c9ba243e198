"""The Jinja2 sandbox a release template runs in: the only module that imports Jinja2.

Templates run in Jinja2's :class:`~jinja2.sandbox.SandboxedEnvironment` with ``StrictUndefined``, loaded from
the campaign template's folder and then drafter's shipped templates. A template may print no number of its
own (:meth:`ReleaseTemplate.refuse_literal_numbers`, run on each template as it is compiled); plain text from
data is Markdown-escaped on output, helper output (:class:`Md`) is not. Jinja2's errors come back as
:class:`~drafter.errors.TemplateError` in a template writer's words, with the template file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    meta,
    nodes,
    pass_environment,
)
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.exceptions import TemplateError as JinjaTemplateError
from jinja2.filters import FILTERS as DEFAULT_FILTERS
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from drafter.document import escape_markdown
from drafter.errors import DrafterError, TemplateError
from drafter.model import SourceRef
from drafter.render import hints
from drafter.render.limits import (
    MAX_LOOP_STEPS,
    MAX_RELEASE_CHARS,
    TemplateLimit,
    check_binop,
    concat,
    join,
    range_of,
)
from drafter.shipped import shipped_root

_DIGITS = re.compile(r"\d+")
_LIST_MARKER = re.compile(r"^\s*\d+\.(?=\s)")
MAX_JUDGED = 10_000  # (type, attribute) pairs whose safety is remembered
# What templates may use beyond drafter's helpers: these filters, and range() (no lipsum, namespace, cycler, …)
FILTERS = ("upper", "lower", "title", "capitalize", "trim", "default", "d", "first", "last", "length", "join")
STR_METHODS = frozenset({"upper", "lower", "title", "capitalize", "casefold", "strip", "lstrip", "rstrip",
                         "startswith", "endswith", "split"})
_NUMBERS_AS_FACTS = "numbers printed through figure(), change() and the date helpers, so each is a fact"


class Md(str):
    """Markdown written by a helper; printed as is (plain strings are escaped)."""

    __slots__ = ()


@pass_environment
def _finalize(env: _Sandbox, value: object) -> str:
    """Every ``{{ … }}`` a template prints passes here. A helper's Markdown (:class:`Md`) is printed as it is;
    plain text is escaped. A number can reach a release only as a helper printed it, so a raw number is
    refused, and so is text with a digit in it that is not the campaign's own text as given (an area's name,
    a phone number): a helper's output sliced, replaced or joined, which would print a number no fact holds."""
    if isinstance(value, Md):
        return str(value)
    if isinstance(value, bool | int | float | Decimal):
        raise TemplateError(
            f"prints the raw number {value!r}", field="template",
            expected="numbers printed through figure(), change() and the other helpers",
        )
    text = str(value)
    if _DIGITS.search(text) and text not in env.data_text:
        raise TemplateError(f"prints {text[:60]!r}, whose figures are not a fact drafter recorded", field="template",
                            expected="a helper's output printed as it is, not cut, replaced or joined")
    return escape_markdown(text)


def _sentence(text: object) -> Md:
    """The ``sentence`` filter: the text with its first letter capitalised."""
    text = str(text)
    return Md(text[:1].upper() + text[1:])


class _Guarded(NodeTransformer):
    """Every ``for`` loop counts its turns (``_loop_steps``) and every ``~`` join is measured (``_concat``)."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, "_loop_steps", [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Filter(nodes.List(node.nodes, lineno=node.lineno), "_concat", [], [], None, None,
                            lineno=node.lineno)


class _Generator(CodeGenerator):
    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        environment = self.environment
        assert isinstance(environment, _Sandbox)
        if environment.checker is not None:  # every template is parsed once, and checked as it is compiled
            environment.checker.refuse_literal_numbers(node, self.filename)
        tree = _Guarded().visit(node)
        tree.set_environment(self.environment)
        super().visit_Template(tree, frame)


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja2's sandbox with drafter's limits: no operator folded at compile time (``"a" * 10**9`` is refused
    when it runs, not built while compiling), sizes checked before text or lists grow, loops counted."""

    code_generator_class = _Generator
    intercepted_binops = frozenset({"*", "**", "+", "%"})
    loop_steps = 0  # reset for each release

    data_text: frozenset[str] = frozenset()  # the campaign's own text, which may hold digits (set per release)
    checker: ReleaseTemplate | None = None  # checks each template compiled for numbers typed into it

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.judged: dict[tuple[type, str], bool] = {}  # is_safe_attribute's answers

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Whether a template may read ``obj.attr``. Jinja2's answer, like drafter's rule for text, depends only
        on the object's type and the attribute's name, so each pair is judged once per batch (a template reads
        the same few dozen attributes for every area); at most MAX_JUDGED pairs are kept."""
        key = (type(obj), attr)
        safe = self.judged.get(key)
        if safe is None:
            safe = not (isinstance(obj, str) and attr not in STR_METHODS) and bool(  # "a".center(10**9)
                super().is_safe_attribute(obj, attr, value))
            if len(self.judged) < MAX_JUDGED:
                self.judged[key] = safe
        return safe


@pass_environment
def _loop_steps(env: _Sandbox, iterable: Any) -> Iterator[Any]:
    for item in iterable:
        env.loop_steps += 1
        if env.loop_steps > MAX_LOOP_STEPS:
            raise TemplateLimit(f"runs its loops more than {MAX_LOOP_STEPS:,} times for one release")
        yield item


class ReleaseTemplate:
    """A release template compiled once per batch, checked for numbers typed into it."""

    def __init__(self, template_path: Path, root: Path | None = None) -> None:
        self.name = template_path.name
        self.root = root  # the campaign folder: errors name its templates relative to it, as campaign.yaml
        self.env = _Sandbox(
            loader=FileSystemLoader([str(template_path.parent), str(shipped_root())]),
            undefined=StrictUndefined,
            autoescape=False,
            finalize=_finalize,
            trim_blocks=False,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
            optimized=False,  # Jinja2's constant folding: nothing to fold (operators run checked, when they run)
        )
        self.env.filters = {name: DEFAULT_FILTERS[name] for name in FILTERS}
        self.env.filters.update(sentence=_sentence, join=join, _loop_steps=_loop_steps, _concat=concat)
        self.env.globals = {"range": range_of}
        self.env.checker = self
        self.referenced: list[str] = []  # the templates those compiled so far extend, include or import
        try:
            self.template = self.env.get_template(self.name)
            compiled = {self.name}
            while self.referenced:  # compiled now (and so checked) rather than as the first release renders
                name = self.referenced.pop()
                if name not in compiled:
                    compiled.add(name)
                    self.env.get_template(name)
            self.display = self.shown(self.template.filename)  # as messages name it, worked out once
        except TemplateSyntaxError as exc:
            where = SourceRef(self.shown(exc.filename), line=exc.lineno)
            raise TemplateError(f"syntax error: {exc.message}", source=where, field="template",
                                expected="valid Jinja2" + hints.did_you_mean_filter(exc.message, (*FILTERS, "sentence"))
                                ) from None
        except TemplateNotFound as exc:
            raise TemplateError("is not found", field="template", value=exc.name,
                                expected="a template beside the campaign template or a shipped one") from None

    def shown(self, filename: str | None) -> str:
        """A template file as an error names it: relative to the campaign folder when it is in it
        ("count-change/release.md.j2", as campaign.yaml is named), else in full (a shipped template)."""
        if not filename:
            return self.name
        path = Path(filename).resolve()
        if self.root is not None and path.is_relative_to(self.root.resolve()):
            return str(path.relative_to(self.root.resolve()))
        return str(path)

    def line_of(self, exc: BaseException) -> SourceRef | None:
        """The template file and line a Jinja error happened at (Jinja rewrites tracebacks to template
        lines): the innermost template frame."""
        tb = exc.__traceback__
        found: SourceRef | None = None
        while tb is not None:
            filename = tb.tb_frame.f_code.co_filename
            if filename.endswith(".j2"):
                found = SourceRef(self.shown(filename), line=tb.tb_lineno)
            tb = tb.tb_next
        return found

    def refuse_literal_numbers(self, tree: nodes.Template, filename: str | None) -> None:
        """A release may print no number that is not a fact: digits typed into a template (or one it extends or
        includes) are refused, ordered-list markers such as "1." at the start of a line aside. Run on each
        template's tree as it is compiled; the templates it names are noted, to be compiled in turn."""
        for node in tree.find_all(nodes.TemplateData):
            for offset, line in enumerate(node.data.split("\n")):
                match = _DIGITS.search(_LIST_MARKER.sub("", line))
                if match:
                    raise TemplateError(
                        f"types the number {match.group()!r} into the template", field="template",
                        source=SourceRef(self.shown(filename), line=node.lineno + offset),
                        expected=_NUMBERS_AS_FACTS)
        for output in tree.find_all(nodes.Output):
            for child in output.nodes:
                if isinstance(child, nodes.Const) and _DIGITS.search(str(child.value)):
                    raise TemplateError(
                        f"prints the literal {child.value!r}", field="template",
                        source=SourceRef(self.shown(filename), line=child.lineno),
                        expected=_NUMBERS_AS_FACTS)
        self.referenced.extend(name for name in meta.find_referenced_templates(tree) if name)

    def render(self, variables: dict[str, Any], area: str, data_text: frozenset[str] = frozenset()) -> str:
        """The template's Markdown for ``area``, tidied. A helper's error is said to be about ``area``; Jinja2's
        own errors become :class:`~drafter.errors.TemplateError` naming the template line. ``data_text``: the
        campaign's own text, which the template may print although it holds digits."""
        self.env.loop_steps = 0
        self.env.data_text = data_text
        try:
            return _tidy(_bounded(self.template.generate(variables), self.display))
        except TemplateLimit as exc:
            raise TemplateError(f"area {area!r}: {exc}", source=self.line_of(exc), field="template",
                                expected="a template within drafter's limits (docs/templates.md)") from None
        except RecursionError as exc:
            raise TemplateError(f"area {area!r}: a macro calls itself too deeply", source=self.line_of(exc),
                                field="template", expected="a macro that stops calling itself") from None
        except ArithmeticError as exc:  # templates do no arithmetic: 1 / 0, 10.0 ** 999
            reason = exc.args[-1] if exc.args and isinstance(exc.args[-1], str) else type(exc).__name__
            raise TemplateError(f"area {area!r}: arithmetic failed ({reason})", source=self.line_of(exc),
                                field="template", expected="numbers printed through drafter's helpers") from None
        except DrafterError as exc:
            if exc.source is None and isinstance(exc, TemplateError):
                exc.source = self.line_of(exc)  # the template line whose helper call failed
                exc.args = (exc.line(),)
            prefix_area(exc, area)
            raise
        except UndefinedError as exc:
            message = hints.plain(exc.message)
            raise TemplateError(f"area {area!r}: {message}", source=self.line_of(exc),
                                field="template", expected="only the variables and helpers drafter provides"
                                + hints.did_you_mean(message, variables)) from None
        except TypeError as exc:
            if not hints.is_call_mistake(exc):
                raise  # a bug inside a helper, not a template's mistake
            raise TemplateError(f"area {area!r}: {hints.call_mistake(exc)}", source=self.line_of(exc),
                                field="template", expected="the helper's arguments as docs/templates.md lists them"
                                ) from None
        except SecurityError as exc:
            raise TemplateError(f"tried something unsafe: {exc}", source=self.line_of(exc), field="template",
                                expected="templates that only print text and call drafter's helpers") from None
        except JinjaTemplateError as exc:
            raise TemplateError(f"area {area!r}: {exc}", source=self.line_of(exc), field="template") from None


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
