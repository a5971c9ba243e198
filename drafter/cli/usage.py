"""A command line typer cannot make sense of (a missing option or argument, an unknown option or command, a value of
the wrong kind, one word too many) as drafter's :class:`~drafter.errors.UsageError`, which the one error boundary
(``cli/app.py``) prints as one line, ``error: …``, with exit status 2: the option or argument, what is wrong, and
what to write. ``--help`` is typer's, unchanged.
"""

import difflib
import importlib
import re
from typing import Any

import typer

from drafter.errors import UsageError, name_list

# The exceptions typer raises: click's own, or typer's copy of them (typer 0.28 on), wherever typer.BadParameter is.
CLICK = importlib.import_module(typer.BadParameter.__module__)
NUMBERS = {"integer": "a whole number", "int": "a whole number", "integer range": "a whole number",
           "int range": "a whole number", "float": "a number", "float range": "a number"}


def usage_error(exc: Any) -> UsageError:
    """drafter's one line for a usage error typer raised (``exc``, with the context of the command it was in)."""
    ctx = exc.ctx
    if ctx is None:  # not known to be in any command: click's own words, on one line
        return UsageError(_sentence(exc.format_message()))
    command = ctx.command_path
    if isinstance(exc, CLICK.MissingParameter) and exc.param is not None:
        return _missing(exc.param, ctx)
    if isinstance(exc, CLICK.BadParameter) and exc.param is not None:
        return _bad_value(exc.param, exc.message)
    if isinstance(exc, CLICK.NoSuchOption):
        return _unknown(command, exc.option_name, "an option", sorted(_options(ctx)), exc.possibilities)
    if isinstance(exc, CLICK.BadOptionUsage):
        param = next((p for p in ctx.command.params if exc.option_name in getattr(p, "opts", ())), None)
        return UsageError("needs a value", field=exc.option_name, expected=_written(param) if param else None)
    typed = getattr(exc, "command_typed", None)
    if typed is not None:
        return _unknown(command, typed, "a command", list(ctx.command.list_commands(ctx)))
    extra = re.search(r"unexpected extra arguments?(?:\(s\))? \((.*)\)$", exc.message)
    if extra is not None:
        return UsageError(f"{_counted(extra[1])} too many", field=command, value=extra[1],
                          expected=f"{_usage(ctx)}; a folder or area whose name has spaces goes in double quotes, "
                                   'as in "North West"')
    return UsageError(_sentence(exc.message), field=command, expected=_usage(ctx))


def _missing(param: Any, ctx: Any) -> UsageError:
    """``--area: drafter preview needs it (expected --area AREA, the area to show)``; for an argument, where it
    goes: ``CAMPAIGN_DIR: drafter preview needs it (expected the campaign folder: drafter preview CAMPAIGN_DIR
    --area AREA)``."""
    if param.param_type_name == "argument":
        return UsageError(f"{ctx.command_path} needs it", field=_name(param),
                          expected=f"{_what(param) or 'it'}: {_usage(ctx)}")
    return UsageError(f"{ctx.command_path} needs it", field=_name(param), expected=_written(param))


def _bad_value(param: Any, message: str) -> UsageError:
    """A value typer refused: a number that is not one or out of its range, a choice not among its choices, a path
    that is not there."""
    kind = param.type.name
    choices = getattr(param.type, "choices", None)
    if kind in NUMBERS:
        number = NUMBERS[kind] + _range(param.type)
        typed = re.match(r"'(.*)' is not|(\S+) is not in the range", message)
        value = None if typed is None else typed[1] if typed[1] is not None else typed[2]
        return UsageError(f"is not {number}", field=_name(param), value=value, expected=_written(param))
    if choices:
        typed = re.match(r"'(.*)' is not", message)
        value = None if typed is None else typed[1]
        close = difflib.get_close_matches(value, [str(c) for c in choices], 1) if value else []
        return UsageError("is not one of its choices", field=_name(param), value=value,
                          expected=f"did you mean {close[0]}?" if close else
                          f"one of {name_list([str(c) for c in choices])}")
    path = re.match(r"\w+ '(.*)' (.*)$", message)  # "Path 'x' does not exist.", "File 'x' is a directory."
    if path is not None:
        return UsageError(_sentence(path[2]), field=_name(param), value=path[1], expected=_written(param))
    return UsageError(_sentence(message), field=_name(param), expected=_written(param))


def _unknown(command: str, typed: str, kind: str, known: list[str], close: Any = None) -> UsageError:
    """``drafter preview: "--are" is not an option (did you mean --area?)``, or the command's options listed."""
    close = list(close or []) or difflib.get_close_matches(typed, known, 1)  # click's, closest first
    return UsageError(f"is not {kind} of {command}", value=typed,
                      expected=f"did you mean {close[0]}?" if close else f"one of {name_list(known)}")


def _options(ctx: Any) -> list[str]:
    return [opt for param in ctx.command.get_params(ctx) for opt in getattr(param, "opts", ())
            if opt.startswith("--") and param.param_type_name == "option"]


def _name(param: Any) -> str:
    """An option as it is written (``--area``), an argument by its metavar (``CAMPAIGN_DIR``)."""
    if param.param_type_name == "argument":
        return str(param.metavar or param.name.upper())
    return str(max(param.opts, key=len))


def _written(param: Any) -> str:
    """``--area AREA, the area to show``: the option, its value's name and what the value is (an argument's, what
    it is)."""
    if param.param_type_name == "argument":
        return _what(param) or _name(param)
    shown = _name(param) if param.is_flag or not param.metavar else f"{_name(param)} {param.metavar}"
    what = _what(param)
    return f"{shown}, {what}" if what else shown


def _what(param: Any) -> str:
    """The first sentence of a parameter's help, as the middle of a sentence: "The area to show. By any name…" is
    "the area to show", "The campaign folder (campaign.yaml, figures, areas, quotes)." "the campaign folder"."""
    first = re.split(r"(?<=\.)\s", (getattr(param, "help", None) or "").strip(), maxsplit=1)[0].rstrip(".")
    first = re.sub(r"\s*\([^()]*\)$", "", first)
    return first[:1].lower() + first[1:] if first[1:2].islower() else first


def _usage(ctx: Any) -> str:
    """The command as it is written: ``drafter preview CAMPAIGN_DIR --area AREA`` (its arguments and the options it
    needs)."""
    parts = [ctx.command_path]
    for param in ctx.command.params:
        if param.param_type_name == "argument":
            parts.append(_name(param))
        elif param.required:
            parts.append(f"{_name(param)} {param.metavar}" if param.metavar else _name(param))
    return " ".join(parts)


def _range(number: Any) -> str:
    """" of 0 or more", " from 1 to 10", or nothing for a number of any size."""
    low, high = getattr(number, "min", None), getattr(number, "max", None)
    if low is not None and high is not None:
        return f" from {low:g} to {high:g}"
    if low is not None:
        return f" more than {low:g}" if number.min_open else f" of {low:g} or more"
    if high is not None:
        return f" less than {high:g}" if number.max_open else f" of {high:g} or less"
    return ""


def _counted(words: str) -> str:
    return "is one word" if len(words.split()) == 1 else "are words"


def _sentence(message: str) -> str:
    """Click's own words as the middle of a line: "Got …." is "got …"."""
    text = message.strip().rstrip(".")
    return text[:1].lower() + text[1:]
