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

Hints = tuple[inspect.Signature, dict[str, Any]]
_KINDS = {str: "text", bool: "true or false", int: "a whole number", dt.date: "a date", type(None): "none"}
_NAMES = {"changes_of": "changes", "every_quote": "quotes", "range_of": "range"}  # as templates call them
_JINJA = ("_block_vars", "_loop_vars")  # what Jinja2 passes with a call in a block or loop, and takes back itself
_SEQUENCES = (collections.abc.Sequence, collections.abc.Iterable, list, tuple)


def check_arguments(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse a call of one of drafter's functions (a helper, a bound method of a view, or a partial of either)
    whose arguments are not of the kinds its signature gives. A call that does not fit the signature at all
    (an argument missing, or one too many) is left for Python to refuse, in its words."""
    func, bound_first = _underlying(obj)
    if func is None or not func.__module__.startswith("drafter."):
        return
    hints = _hints(func)
    if hints is None:
        return
    signature, kinds = hints
    kwargs = {name: value for name, value in kwargs.items() if name not in _JINJA}
    try:
        given = signature.bind(*bound_first, *args, **kwargs).arguments
    except TypeError:
        return
    for name, value in list(given.items())[len(bound_first):]:
        kind = kinds.get(name, object)
        parameter = signature.parameters[name]
        spread = parameter.kind is inspect.Parameter.VAR_POSITIONAL  # range(*args): each one on its own
        values = value if spread else (value,)
        for one in values:
            if not _fits(one, kind):
                called = _NAMES.get(func.__name__, func.__name__)
                problem = f"{shown(one)} is" if spread else f"{name} is {shown(one)},"
                raise TemplateError(f"{called}(): {problem} not {_described(kind)}", field="template",
                                    expected="the helper's arguments as docs/templates.md lists them")


def _underlying(obj: Any) -> tuple[Callable[..., Any] | None, tuple[Any, ...]]:
    """The function a call runs, and the arguments already bound to it (a method's object, a partial's)."""
    if isinstance(obj, functools.partial):
        func, bound = _underlying(obj.func)
        return func, (*bound, *obj.args)
    if isinstance(obj, types.MethodType):
        return obj.__func__, (obj.__self__,)
    return (obj, ()) if isinstance(obj, types.FunctionType) else (None, ())


@functools.cache
def _hints(func: Callable[..., Any]) -> Hints | None:
    """A function's signature and the kind of each parameter (``object`` where it cannot be told)."""
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    kinds = {}
    for name, parameter in signature.parameters.items():
        annotation = parameter.annotation
        if isinstance(annotation, str):  # from __future__ import annotations: the text, read in its module
            try:
                annotation = eval(annotation, func.__globals__)  # the module's own annotation, never a template's
            except Exception:  # a name imported for type checking only: not checked
                annotation = object
        kinds[name] = object if annotation is inspect.Parameter.empty else annotation
    return signature, kinds


def _fits(value: object, kind: Any) -> bool:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, one) for one in typing.get_args(kind))
    if origin is collections.abc.Iterable:  # a list, or a view a template loops over: its items are not read here
        return isinstance(value, collections.abc.Iterable) and not isinstance(value, str)
    if origin in _SEQUENCES:
        items = typing.get_args(kind)
        return isinstance(value, list | tuple) and all(_fits(item, items[0] if items else object) for item in value)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is type(None):
        return value is None
    try:
        return not isinstance(kind, type) or isinstance(value, kind)
    except TypeError:  # a protocol, which isinstance cannot tell
        return True


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
