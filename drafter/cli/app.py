"""The typer application, the options commands share, and the one error boundary.

Every :class:`~drafter.errors.DrafterError` is caught by :func:`reports_errors`, once, and printed as
``error: <one line>`` on stderr with exit status 1 (2 for usage errors). Nothing else catches it; tracebacks are
for bugs only. A command line typer cannot parse (a missing option, an unknown one) is printed by the same
:func:`fails`, as drafter's :class:`~drafter.errors.UsageError` (``cli/usage.py``), by :class:`DrafterGroup`.
"""


import datetime as dt
import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, ParamSpec

import typer
import typer.core

from drafter import __version__
from drafter.cli.usage import CLICK, usage_error
from drafter.errors import DrafterError, UsageError

P = ParamSpec("P")


class DrafterGroup(typer.core.TyperGroup):
    """drafter's commands, whose usage errors (raised while typer reads the command line, before any command runs)
    are printed by :func:`fails` as drafter's one line rather than as click's box. Help is typer's."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except CLICK.UsageError as exc:
            _usage_failed(exc)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except CLICK.UsageError as exc:
            if exc.ctx is None and ctx.invoked_subcommand:  # an option's value missing: the parser names no command
                command = self.get_command(ctx, ctx.invoked_subcommand)
                exc.ctx = typer.Context(command, info_name=ctx.invoked_subcommand, parent=ctx) if command else None
            _usage_failed(exc)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except CLICK.UsageError as exc:  # "No such command": the word typed, for "did you mean"
            exc.command_typed = args[0]
            raise


def _usage_failed(exc: Any) -> NoReturn:
    if isinstance(exc, CLICK.NoArgsIsHelpError):  # `drafter` or `drafter quotes` alone: the help, as typer shows it
        raise exc
    fails(usage_error(exc))


app = typer.Typer(
    name="drafter",
    help="Draft one press release per area from figures, approved quotes and a house style.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: --help stays as quick to start as importing typer
    cls=DrafterGroup,
)

def as_meant(path: Any) -> Any:
    """A folder as the press officer meant it where Windows' command line kept a quotation mark: PowerShell and
    cmd read ``"C:\\Campaigns\\Knife crime\\"`` as ``C:\\Campaigns\\Knife crime"`` (the backslash before the
    closing quotation mark keeps it), and no Windows name may hold ``"``, so a lone one at the end goes.

    >>> as_meant(Path('Campaigns/Knife crime"')).name, as_meant(Path("out")).name
    ('Knife crime', 'out')
    >>> [p.name for p in as_meant([Path('out/*.docx"')])], as_meant(None)
    (['*.docx'], None)
    """
    if isinstance(path, list):
        return [as_meant(p) for p in path]
    if isinstance(path, Path) and str(path).endswith('"') and str(path).count('"') == 1:
        return Path(str(path)[:-1])
    return path


CampaignDir = Annotated[Path, typer.Argument(
    callback=as_meant, metavar="CAMPAIGN_DIR", help="The campaign folder (campaign.yaml, figures, areas, quotes).")]
AreaOpt = Annotated[list[str] | None, typer.Option(
    "--area", metavar="AREA", help="Draft only this area (repeatable)."
        " By any name areas.csv gives it (area, in_text, name_cy, other_names) or its code.")]
LocaleOpt = Annotated[str | None, typer.Option(
    "--locale", metavar="LOCALE", help="Override the campaign's locale for this run: en_GB, en_US or cy_GB.")]
StyleOpt = Annotated[str | None, typer.Option(
    "--style", metavar="PRESET", help="Override the house-style preset for this run.")]


def reports_errors(command: Callable[P, None]) -> Callable[P, None]:
    """The one error boundary: a :class:`~drafter.errors.DrafterError` from any command is printed as one line,
    ``error: <file>:<row>: <field>: <what is wrong> (expected …)``, and ends the command with its exit code
    (1, or 2 for usage errors). Anything else is a bug and keeps its traceback."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except DrafterError as exc:
            fails(exc, kwargs.get("campaign_dir"))

    return run


def fails(exc: DrafterError, campaign_dir: object = None) -> NoReturn:
    """``error: <one line>`` on stderr, and the command ends with the error's exit status."""
    typer.echo(f"error: {in_folder(exc.line(), campaign_dir)}", err=True)
    raise typer.Exit(exc.exit_code) from None


def typed(path: Path) -> str:
    """A folder as it is typed in a command: in double quotes when it has a space."""
    return f'"{path}"' if " " in str(path) else str(path)


def in_folder(message: str, campaign_dir: object) -> str:
    """A message's command with the campaign folder as the press officer typed it in place of the library's DIR
    ("drafter quotes approve DIR york-cheshire" in a quote's error), so that it can be copied as it is.

    >>> in_folder("run drafter quotes approve DIR york-cheshire --by NAME", Path("My campaign"))
    'run drafter quotes approve "My campaign" york-cheshire --by NAME'
    """
    if not isinstance(campaign_dir, Path):
        return message
    return re.sub(r"\b(drafter [a-z]+(?: [a-z]+)?) DIR\b", lambda m: f"{m[1]} {typed(campaign_dir)}", message)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"drafter {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Draft one press release per area from figures, approved quotes and a house style."""




def parse_date(option: str, value: str | None) -> dt.date | None:
    """A date option's value (YYYY-MM-DD), or a usage error naming the option."""
    try:
        return None if value is None else dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError("is not a date", field=option, value=value, expected="a date such as 2018-09-04") from None
