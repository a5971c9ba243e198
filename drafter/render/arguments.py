"""The arguments a template gives drafter's helpers, checked against the kinds each one takes before it runs.

A template is the campaign's own code, and may call any helper with anything: ``quote(5)``, ``figure(["a"],
"after")``, ``changes("crew", 5)``. Each helper says in its signature what it takes (``role: str``, ``exact:
bool``, ``areas: Sequence[object]``), and every call a template makes passes here first (the sandbox's
``call``), so a wrong kind of argument is one line naming the helper, the argument and what it takes, never an
error from deep inside drafter; an error that still comes from inside a helper is a bug in drafter. Only
drafter's own functions are checked; Python's and Jinja2's say what is wrong themselves.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any

from drafter.errors import TemplateError

Test = Callable[[object], bool]
Plan = tuple[tuple[str, ...], dict[str, tuple[Any, Test]], str | None]  # see _plan
_KINDS = {str: "text", bool: "true or false", int: "a whole number", dt.date: "a date", type(None): "none"}
_NAMES = {"changes_of": "changes", "every_quote": "quotes", "range_of": "range"}  # as templates call them
_JINJA = ("_block_vars", "_loop_vars")  # what Jinja2 passes with a call in a block or loop, and takes back itself
_SEQUENCES = (collections.abc.Sequence, collections.abc.Iterable, list, tuple)


def check_arguments(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse a call of one of drafter's functions (a helper, a bound method of a view, or a partial of either)
    whose arguments are not of the kinds its signature gives. A call that does not fit the signature at all
    (an argument missing, or one too many) is left for Python to refuse, in its words."""
    func, bound = _underlying(obj)
    plan = _plan(func) if func is not None and func.__module__.startswith("drafter.") else None
    if plan is None:
        return
    positional, kinds, spread = plan
    given = [(positional[bound + i] if bound + i < len(positional) else spread, value) for i, value in enumerate(args)]
    given += [(name, value) for name, value in kwargs.items() if name not in _JINJA]
    for name, value in given:
        kind, test = kinds.get(name or "") or (object, None)
        if test is not None and not test(value):
            called = _NAMES.get(func.__name__, func.__name__)  # type: ignore[union-attr]
            problem = f"{shown(value)} is" if name == spread else f"{name} is {shown(value)},"
            raise TemplateError(f"{called}(): {problem} not {_described(kind)}", field="template",
                                expected="the helper's arguments as docs/templates.md lists them")


def _underlying(obj: Any) -> tuple[Callable[..., Any] | None, int]:
    """The function a call runs, and how many of its arguments are already bound (a method's object, a
    partial's)."""
    if isinstance(obj, functools.partial):
        func, bound = _underlying(obj.func)
        return func, bound + len(obj.args)
    if isinstance(obj, types.MethodType):
        return obj.__func__, 1
    return (obj, 0) if isinstance(obj, types.FunctionType) else (None, 0)


@functools.cache
def _plan(func: Callable[..., Any]) -> Plan | None:
    """A function's parameters that take an argument by position, in order; the kind of each parameter
    (``object`` where it cannot be told); and the one that takes the rest (``*args``), if any."""
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    by_position = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    positional = tuple(name for name, p in signature.parameters.items() if p.kind in by_position)
    spread = next((name for name, p in signature.parameters.items() if p.kind is inspect.Parameter.VAR_POSITIONAL),
                  None)
    kinds: dict[str, tuple[Any, Test]] = {}
    for name, parameter in signature.parameters.items():
        annotation = parameter.annotation
        if isinstance(annotation, str):  # from __future__ import annotations: the text, read in its module
            try:
                annotation = eval(annotation, func.__globals__)  # the module's own annotation, never a template's
            except Exception:  # a name imported for type checking only: not checked
                annotation = object
        test = None if annotation is inspect.Parameter.empty else _test(annotation)
        if test is not None:
            kinds[name] = (annotation, test)
    return positional, kinds, spread


def _test(kind: Any) -> Test | None:
    """Whether a value is of ``kind``, as a test worked out once per parameter (None: anything is)."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        tests = [_test(one) for one in typing.get_args(kind)]
        if None in tests:
            return None
        return lambda value: any(test(value) for test in tests)  # type: ignore[misc]
    if origin is collections.abc.Iterable:  # a list, or a view a template loops over: its items are not read here
        return lambda value: isinstance(value, collections.abc.Iterable) and not isinstance(value, str)
    if origin in _SEQUENCES:
        item = _test((typing.get_args(kind) or (object,))[0]) or (lambda _: True)
        return lambda value: isinstance(value, list | tuple) and all(map(item, value))
    if kind is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if kind is type(None):
        return lambda value: value is None
    if kind is object or not isinstance(kind, type):
        return None
    try:
        isinstance(None, kind)
    except TypeError:  # a protocol, which isinstance cannot tell
        return None
    return lambda value: isinstance(value, kind)


def _described(kind: Any) -> str:
    """What a kind of argument is called in a template writer's words: "text", "a list of texts"."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(dict.fromkeys(_described(one) for one in typing.get_args(kind)))
    if origin in _SEQUENCES:
        items = typing.get_args(kind)
        return "a list" + (" of texts" if items and items[0] is str else "")
    return _KINDS.get(kind, f"a {getattr(kind, '__name__', kind)}")


def shown(value: object) -> str:
    """A value as a template writer would write it: ``5``, ``'x'``, ``true``, ``none``, "a list", "an area"."""
    if value is None or isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str | int | float):
        return repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "…"
    name = type(value).__name__.removesuffix("View").lower()
    return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"
