"""The command line: a thin typer layer over :mod:`drafter.api`, and the one error boundary.

Every :class:`~drafter.errors.DrafterError` is caught here, once, and printed as ``error: <one line>`` on
stderr with exit status 1 (2 for usage errors). Nothing else catches it; tracebacks are for bugs only.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, ParamSpec

import typer

from drafter import __version__
from drafter.errors import DrafterError, UsageError
from drafter.writers import FORMATS

P = ParamSpec("P")
FORMAT_CHOICES = "; ".join(f"{fmt}: {what}" for fmt, (_, what) in FORMATS.items())
TABLE_ROWS = 25  # the draft command lists a larger batch's first 20 releases and counts the rest

app = typer.Typer(
    name="drafter",
    help="Draft one press release per area from figures, approved quotes and a house style.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: --help stays as quick to start as importing typer
)

CampaignDir = Annotated[Path, typer.Argument(
    metavar="CAMPAIGN_DIR", help="The campaign folder (campaign.yaml, figures, areas, quotes).")]
AreaOpt = Annotated[list[str] | None, typer.Option(
    "--area", metavar="AREA", help="Draft only this area (repeatable).")]
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
            typer.echo(f"error: {exc.line()}", err=True)
            raise typer.Exit(exc.exit_code) from None

    return run


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


@app.command()
@reports_errors
def draft(
    campaign_dir: CampaignDir,
    out: Annotated[Path, typer.Option("--out", metavar="FOLDER", help="Folder to write the releases into.")
                   ] = Path("out"),
    area: AreaOpt = None,
    fmt: Annotated[list[str] | None, typer.Option(
        "--format", metavar="FORMAT", help=f"{FORMAT_CHOICES} (repeatable; default docx and md).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace releases edited since drafter wrote them.")] = False,
    locale: LocaleOpt = None,
    style: StyleOpt = None,
    draft_quotes: Annotated[bool, typer.Option("--draft-quotes", help="Print quotes not yet approved, marked as "
                                               "such, in releases marked as drafts never to be sent.")] = False,
) -> None:
    """Draft every area's release as DOCX and Markdown into --out."""
    from rich.console import Console
    from rich.table import Table

    from drafter import api

    with DraftProgress(Console(stderr=True)) as progress:
        result = api.draft(campaign_dir, out, areas=area or (), formats=fmt or None, force=force,
                           locale=locale, style=style, draft_quotes=draft_quotes, on_area=progress.area,
                           on_file=progress.file)

    for warning in result.warnings:
        typer.echo(f"warning: {warning.message}", err=True)
    report = result.report
    count = len(result.releases)
    table = Table(title=f"{count:,} releases in {out}")
    for column in ("area", "headline", "files"):
        table.add_column(column)
    shown = count if count <= TABLE_ROWS else TABLE_ROWS - 5
    for release in itertools.islice(result.releases, shown):
        table.add_row(release.area, release.headline, ", ".join(result.files_of(release)) or "—")
    if shown < count:
        table.add_row("…", f"and {count - shown:,} more, every release listed in {out / 'review' / 'review.csv'}", "…")
    Console().print(table)
    typer.echo(f"{len(report.written):,} written, {len(report.unchanged):,} unchanged")
    for change in result.changes:
        typer.echo(f"changed since the last draft: {change.area}: " + "; ".join(
            [*change.facts, *(f"{len(change.sentences_added)} new or edited paragraph(s)"
                              for _ in [0] if change.sentences_added)]))
    for name in report.skipped_edited:
        typer.echo(f"skipped {out / name}: edited since drafter wrote it (use --force to replace it)", err=True)
    for name in report.skipped_foreign:
        typer.echo(f"skipped {out / name}: drafter did not write it, so it is left alone", err=True)


class DraftProgress:
    """The draft command's progress in a terminal (releases, then files), redrawn at most ten times a second."""

    def __init__(self, console: Any) -> None:
        from rich.progress import Progress

        self._progress = Progress(console=console, transient=True, disable=not console.is_terminal,
                                  auto_refresh=False)
        self._drafting = self._progress.add_task("Drafting", total=None)
        self._writing: Any = None
        self._drawn = 0.0

    def __enter__(self) -> DraftProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def area(self, name: str, total: int) -> None:
        self._progress.update(self._drafting, total=total, advance=1, description=f"Drafting {name}")
        self._draw()

    def file(self, name: str) -> None:
        if self._writing is None:
            self._writing = self._progress.add_task("Writing", total=None)
        self._progress.update(self._writing, advance=1, description=f"Writing {name}")
        self._draw()

    def _draw(self) -> None:
        now = time.monotonic()
        if now - self._drawn >= 0.1:
            self._drawn = now
            self._progress.refresh()


@app.command()
@reports_errors
def preview(
    campaign_dir: CampaignDir,
    area: Annotated[str, typer.Option("--area", metavar="AREA", help="The area to show.")],
    locale: LocaleOpt = None,
    style: StyleOpt = None,
) -> None:
    """Print one area's release as Markdown, writing nothing (quotes not yet approved are shown, marked)."""
    from drafter import api

    text, release = api.preview(campaign_dir, area, locale=locale, style=style)

    typer.echo(text, nl=False)
    for warning in api.merge_warnings(release.warnings):
        typer.echo(f"warning: {warning.message}", err=True)


@app.command()
@reports_errors
def new(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="The new campaign folder.")],
    template: Annotated[str, typer.Option("--template", metavar="NAME", help="A shipped template.")] = "helpline-rise",
) -> None:
    """Start a campaign folder from a shipped template's example, with a copy of the template to edit."""
    from drafter import api

    files = api.new_campaign(directory, template)

    own = ", ".join(name for name in files if "/" not in name)
    typer.echo(f"created {directory} with {own}\ncopied the template into {directory / template}, to edit only for "
               f"what campaign.yaml cannot say\nnext: drafter draft {directory} --out {directory}/out")


@app.command()
@reports_errors
def templates() -> None:
    """List the shipped templates, each with what it is for and a headline its example drafts."""
    from drafter import api

    typer.echo(api.templates_text(), nl=False)


@app.command()
@reports_errors
def facts(
    campaign_dir: CampaignDir,
    area: Annotated[str, typer.Option("--area", metavar="AREA", help="The area whose release's facts to show.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
) -> None:
    """Show every number an area's release prints: the text, exact value, formula and source cells."""
    from rich.console import Console
    from rich.table import Table

    from drafter import api

    found = api.facts(campaign_dir, area)
    if as_json:
        typer.echo(api.facts_json(found), nl=False)
        return
    if as_csv:
        sys.stdout.buffer.write(api.facts_csv(found).removeprefix("\ufeff".encode()))
        return
    table = Table(title=f"{len(found)} facts in the release for {area}")
    for column in api.FACT_COLUMNS:
        table.add_column(column)
    for row in api.fact_rows(found):
        table.add_row(*row)
    Console(width=180).print(table)


@app.command()
@reports_errors
def check(
    campaign_dir: CampaignDir,
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Drafted releases (.docx, .md or .txt).")],
    area: Annotated[str | None, typer.Option("--area", metavar="AREA", help="The area the files are for.")] = None,
    locale: Annotated[str | None, typer.Option(
        "--locale", metavar="LOCALE", help="The language the files were drafted in: en_GB, en_US or cy_GB "
        "(default: from the manifest, the document or the file name).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Check edited releases against the data and approved quotes; exit 1 if anything is found."""
    from drafter import api

    result = api.check(campaign_dir, files, area, locale=locale)

    for name, reason in result.skipped:
        typer.echo(f"skipped {name}: {reason}", err=True)
    if not result.checked:
        raise UsageError("none of the files is a release to check", field="FILE",
                         expected="a .docx, .md or .txt release drafter drafted")
    if as_json:
        typer.echo(api.findings_json(result.findings), nl=False)
    else:
        typer.echo("\n".join([*(finding.line() for finding in result.findings), result.summary()]))
    raise typer.Exit(1 if result.findings else 0)


quotes_app = typer.Typer(help="List, approve and withdraw the campaign's quotes.", no_args_is_help=True,
                         rich_markup_mode=None)
app.add_typer(quotes_app, name="quotes")


@quotes_app.command("list")
@reports_errors
def quotes_list(campaign_dir: CampaignDir) -> None:
    """Show every quote: speaker, status, approval, expiry, scope and the areas that use it."""
    from rich.console import Console
    from rich.table import Table

    from drafter import api

    rows = api.list_quotes(campaign_dir)

    table = Table(title=f"{len(rows)} quotes in {campaign_dir / 'quotes.yaml'}")
    for column in ("id", "role", "speaker", "status", "approved by", "approved on", "expires", "scope", "used in"):
        table.add_column(column)
    for row in rows:
        q = row.quote
        status = q.status if row.problem is None else f"{q.status} ({row.problem})"
        table.add_row(q.id, q.role, row.speaker, status, q.approved_by or "—",
                      q.approved_on.isoformat() if q.approved_on else "—",
                      q.expires_on.isoformat() if q.expires_on else "—", ", ".join(q.areas),
                      ", ".join(row.used_in) or "—")
    Console(width=160).print(table)


@quotes_app.command("approve")
@reports_errors
def quotes_approve(
    campaign_dir: CampaignDir,
    quote_id: Annotated[str, typer.Argument(metavar="QUOTE_ID", help="The quote's id in quotes.yaml.")],
    by: Annotated[str, typer.Option("--by", metavar="NAME", help="Who approved the quote's exact wording.")],
    expires: Annotated[str | None, typer.Option(
        "--expires", metavar="DATE", help="Last date the quote may be used (YYYY-MM-DD).")] = None,
    on: Annotated[str | None, typer.Option("--on", metavar="DATE", help="Date of approval (default: today).")] = None,
) -> None:
    """Approve a quote's current wording, recording who, when and its fingerprint in quotes.yaml."""
    from drafter import api

    quote = api.approve_quote(campaign_dir, quote_id, by, expires=_date("--expires", expires), on=_date("--on", on))

    typer.echo(f"approved {quote.id} (by {quote.approved_by} on {quote.approved_on}, fingerprint {quote.fingerprint})")


@quotes_app.command("withdraw")
@reports_errors
def quotes_withdraw(
    campaign_dir: CampaignDir,
    quote_id: Annotated[str, typer.Argument(metavar="QUOTE_ID", help="The quote's id in quotes.yaml.")],
) -> None:
    """Withdraw a quote: no release may use it any more."""
    from drafter import api

    quote = api.withdraw_quote(campaign_dir, quote_id)

    typer.echo(f"withdrew {quote.id}")


def _date(option: str, value: str | None) -> dt.date | None:
    try:
        return None if value is None else dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError("is not a date", field=option, value=value, expected="a date such as 2018-09-04") from None


def main() -> None:
    """Console-script entry point."""
    _console_replaces_what_it_cannot_show()
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        sys.exit(130)


def _console_replaces_what_it_cannot_show() -> None:
    """A console that is not UTF-8 (Windows' cp1252 or cp850, ``LANG=C``) shows "Ynys M?n" rather than ending the
    command with an encoding error: characters it cannot show are replaced."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            reconfigure(errors="replace")
