"""The Jinja2 sandbox a release template runs in: the only module that imports Jinja2.

Templates run in Jinja2's :class:`~jinja2.sandbox.SandboxedEnvironment` with ``StrictUndefined``, loaded from
the campaign template's folder and then drafter's shipped templates. A template may print no number of its
own (:meth:`ReleaseTemplate.refuse_literal_numbers`, run on each template as it is compiled); plain text from
data is Markdown-escaped on output, helper output (:class:`Md`) is not. Jinja2's errors come back as
:class:`~drafter.errors.TemplateError` in a template writer's words, with the template file and line.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    meta,
    nodes,
    pass_environment,
)
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.exceptions import TemplateError as JinjaTemplateError
from jinja2.filters import FILTERS as DEFAULT_FILTERS
from jinja2.loaders import split_template_path
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from drafter.document import escape_markdown
from drafter.errors import DrafterError, TemplateError
from drafter.model import SourceRef
from drafter.render import hints, limits, pruning
from drafter.render.arguments import check_arguments, shown
from drafter.render.marked import Md as Md  # where the helpers import it from
from drafter.render.marked import sentence
from drafter.shipped import shipped_root

_DIGITS = re.compile(r"\d+")
_LIST_MARKER = re.compile(r"^\s*\d+\.(?=\s)")
MAX_JUDGED = 10_000  # (type, attribute) pairs whose safety is remembered
# What templates may use beyond drafter's helpers: these filters, and range() (no lipsum, namespace, cycler, …)
FILTERS = ("upper", "lower", "title", "capitalize", "trim", "default", "d", "first", "last", "length", "join")
STR_METHODS = frozenset({"upper", "lower", "title", "capitalize", "casefold", "strip", "lstrip", "rstrip",
                         "startswith", "endswith", "split"})
_NUMBERS_AS_FACTS = "numbers printed through figure(), change() and the date helpers, so each is a fact"


@pass_environment
def _finalize(env: _Sandbox, value: object) -> str:
    """Every ``{{ … }}`` a template prints passes here. A helper's Markdown (:class:`Md`) is printed as it is;
    plain text is escaped. A number can reach a release only as a helper printed it, so a raw number is
    refused, and so is text with a digit in it that is not the campaign's own text as given (an area's name,
    a phone number): a helper's output sliced, replaced or joined, which would print a number no fact holds."""
    if isinstance(value, Md):
        return str(value)
    if isinstance(value, bool | int | float | Decimal):  # a yes-or-no (c.has_percent) is asked, never printed
        yes_no = isinstance(value, bool)
        raise TemplateError(f"prints {value!r}, a yes-or-no" if yes_no else f"prints the raw number {value!r}",
                            field="template", expected="{% if … %} around the words it decides" if yes_no else
                            "numbers printed through figure(), change() and the other helpers")
    text = str(value)
    if _DIGITS.search(text) and text not in env.data_text:
        raise TemplateError(f"prints {text[:60]!r}, whose figures are not a fact drafter recorded", field="template",
                            expected="a helper's output printed as it is, not cut, replaced or joined")
    return escape_markdown(text)


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
    call_depth = 0  # calls under way (a macro calling itself nests them)
    data_text: frozenset[str] = frozenset()  # the campaign's own text, which may hold digits (set per release)
    checker: ReleaseTemplate | None = None  # checks each template compiled for numbers typed into it

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.judged: dict[tuple[type, str], bool] = {}  # is_safe_attribute's answers

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        limits.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Every call a template makes: helpers' arguments checked (arguments.py), a recursive ``loop(…)`` counted."""
        if isinstance(__obj, LoopContext) and args:
            args = (_loop_steps(__self, args[0]), *args[1:])
        check_arguments(__obj, args, kwargs)
        __self.call_depth += 1
        try:
            if __self.call_depth > limits.SHALLOW_CALLS:  # the stack is measured only when calls nest
                limits.check_depth()
            return super().call(__context, __obj, *args, **kwargs)
        finally:
            __self.call_depth -= 1

    def get_template(self, name: Any, parent: Any = None, globals: Any = None) -> Any:
        limits.check_depth()  # every include, extends and import a template makes: refused if it nests too deeply
        return super().get_template(name, parent, globals)

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
    try:
        items = iter(iterable)
    except TypeError:
        raise limits.TemplateLimit(f"loops over {shown(iterable)}, which is not a list") from None
    for item in items:
        env.loop_steps += 1
        if env.loop_steps > limits.MAX_LOOP_STEPS:
            raise limits.TemplateLimit(f"runs its loops more than {limits.MAX_LOOP_STEPS:,} times for one release")
        yield item


class _Entry(Bucket):
    """One compiled template as the cache keeps it: its code, then the templates it names."""

    filename = ""
    references: tuple[str, ...] = ()

    def load_bytecode(self, f: Any) -> None:
        super().load_bytecode(f)
        if self.code is not None:
            self.references = tuple(str(name) for name in marshal.load(f))

    def write_bytecode(self, f: Any) -> None:
        super().write_bytecode(f)
        marshal.dump(self.references, f)


class _Compiled(FileSystemBytecodeCache):
    """Templates compiled once and kept between runs (Jinja2's bytecode cache, in the user's temporary folder,
    pruned by pruning.py), each entry named by all its code depends on: template name, file and text, this module,
    Jinja2's version. Only a template that passed the check for typed numbers is stored, with the templates it
    names (compiled and checked in turn). An entry or folder that cannot be read or written is passed over."""

    checker: ReleaseTemplate
    fingerprint: str

    @classmethod
    def in_temp_folder(cls, checker: ReleaseTemplate) -> _Compiled | None:
        try:
            cache = cls(None, pruning.PATTERN)
            source = Path(__file__).read_bytes() + getattr(jinja2, "__version__", "").encode()
        except (OSError, RuntimeError):  # Jinja2 found no folder only this user can write to
            return None
        cache.checker, cache.fingerprint = checker, hashlib.sha256(source).hexdigest()
        return cache

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        key = "\0".join((self.fingerprint, name, filename or "", source))
        bucket = _Entry(environment, hashlib.sha256(key.encode()).hexdigest(), "")
        bucket.filename = filename or ""
        self.load_bytecode(bucket)
        pruning.seen(self.directory, self._get_cache_filename(bucket), found=bucket.code is not None)  # kept if used
        self.checker.referenced.extend(bucket.references)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged entry (cut short, or not drafter's): compiled afresh and stored again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if isinstance(bucket, _Entry):
            bucket.references = self.checker.references.get(bucket.filename, ())
        with contextlib.suppress(OSError):  # a full or read-only disk: the next run compiles it again
            super().dump_bytecode(bucket)


class _Loader(FileSystemLoader):
    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        limits.check_size([os.path.join(folder, *split_template_path(template)) for folder in self.searchpath],
                          template)  # a file larger than any template is refused before it is read (a sparse one)
        return super().get_source(environment, template)


class ReleaseTemplate:
    """A release template compiled once per batch, checked for numbers typed into it."""

    def __init__(self, template_path: Path, root: Path | None = None) -> None:
        self.name = template_path.name
        self.root = root  # the campaign folder: errors name its templates relative to it, as campaign.yaml
        self.env = _Sandbox(
            loader=_Loader([str(template_path.parent), str(shipped_root())]),
            undefined=StrictUndefined,
            autoescape=False,
            finalize=_finalize,
            trim_blocks=False,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
            optimized=False,  # Jinja2's constant folding: nothing to fold (operators run checked, when they run)
            bytecode_cache=_Compiled.in_temp_folder(self),
        )
        self.env.filters = {name: DEFAULT_FILTERS[name] for name in FILTERS}
        self.env.filters.update(sentence=sentence, join=limits.join, _loop_steps=_loop_steps, _concat=limits.concat)
        self.env.globals = {"range": limits.range_of}
        self.env.checker = self
        self.referenced: list[str] = []  # the templates those compiled so far extend, include or import
        self.references: dict[str, tuple[str, ...]] = {}  # each template file compiled: the templates it names
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
        except (RecursionError, SyntaxError) as exc:  # Python's: ifs, loops or brackets nested hundreds deep
            raise TemplateError(f"nests ifs, loops or brackets too deeply to be compiled ({exc})", field="template",
                                value=self.name, expected="a template nesting them a few levels deep") from None

    def shown(self, filename: str | None) -> str:
        return hints.template_file(filename, self.name, self.root)

    def line_of(self, exc: BaseException) -> SourceRef | None:
        return hints.template_line(exc, self.shown)

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
        found = tuple(name for name in meta.find_referenced_templates(tree) if name)
        self.referenced.extend(found)
        self.references[filename or ""] = found

    def render(self, variables: dict[str, Any], area: str, data_text: frozenset[str] = frozenset()) -> str:
        """The template's Markdown for ``area``. A helper's error is said to be about ``area``; Jinja2's
        own errors become :class:`~drafter.errors.TemplateError` naming the template line. ``data_text``: the
        campaign's own text, which the template may print although it holds digits."""
        self.env.loop_steps = 0
        self.env.data_text = data_text
        try:
            return limits.bounded(self.template.generate(variables), self.display)
        except limits.TemplateLimit as exc:
            raise TemplateError(f"area {area!r}: {exc}", source=self.line_of(exc), field="template",
                                expected="a template within drafter's limits (docs/templates.md)") from None
        except RecursionError as exc:
            raise TemplateError(f"area {area!r}: calls itself too deeply (a macro, or a template that includes or "
                                "extends itself)", source=self.line_of(exc), field="template",
                                expected="a macro or template that stops calling itself") from None
        except ArithmeticError as exc:  # templates do no arithmetic: 1 / 0, 10.0 ** 999
            reason = exc.args[-1] if exc.args and isinstance(exc.args[-1], str) else type(exc).__name__
            raise TemplateError(f"area {area!r}: arithmetic failed ({reason})", source=self.line_of(exc),
                                field="template", expected="numbers printed through drafter's helpers") from None
        except DrafterError as exc:
            if exc.source is None and isinstance(exc, TemplateError):
                exc.source = self.line_of(exc)  # the template line whose helper call failed
                exc.args = (exc.line(),)
            exc.about_area(area)
            raise
        except UndefinedError as exc:
            message = hints.plain(exc.message)
            raise TemplateError(f"area {area!r}: {message}", source=self.line_of(exc),
                                field="template", expected="only the variables and helpers drafter provides"
                                + hints.did_you_mean(message, variables)) from None
        except (TypeError, ValueError, LookupError, AttributeError) as exc:
            if not hints.is_template_mistake(exc):
                raise  # a bug inside a helper, not a template's mistake
            problem, expected = hints.mistake(exc)
            raise TemplateError(f"area {area!r}: {problem}", source=self.line_of(exc), field="template",
                                expected=expected) from None
        except SecurityError as exc:
            raise TemplateError(f"tried something unsafe: {exc}", source=self.line_of(exc), field="template",
                                expected="templates that only print text and call drafter's helpers") from None
        except JinjaTemplateError as exc:
            raise TemplateError(f"area {area!r}: {exc}", source=self.line_of(exc), field="template") from None

