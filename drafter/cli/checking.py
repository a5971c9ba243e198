"""Commands that read what was drafted: facts and check."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from drafter.cli.app import CampaignDir, app, as_meant, reports_errors
from drafter.errors import UsageError, how_many


@app.command()
@reports_errors
def facts(
    campaign_dir: CampaignDir,
    area: Annotated[str, typer.Option("--area", metavar="AREA", help="The area whose release's facts to show."
        " By any name areas.csv gives it (area, in_text, name_cy, other_names) or its code.")],
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
    table = Table(title=f"{how_many(len(found), 'fact')} in the release for {area}")
    for column in api.FACT_COLUMNS:
        table.add_column(column)
    for row in api.fact_rows(found):
        table.add_row(*row)
    Console(width=180, markup=False).print(table)  # "[note 2]", "[c]" in a heading or cell are text, not markup


@app.command()
@reports_errors
def check(
    campaign_dir: CampaignDir,
    files: Annotated[list[Path], typer.Argument(
        callback=as_meant,
        metavar="FILE...", help="Drafted releases (.docx, .md or .txt), or the folder they are in.")],
    area: Annotated[str | None, typer.Option("--area", metavar="AREA", help="The area the files are for."
        " By any name areas.csv gives it (area, in_text, name_cy, other_names) or its code.")] = None,
    locale: Annotated[str | None, typer.Option(
        "--locale", metavar="LOCALE", help="The language the files were drafted in: en_GB, en_US or cy_GB "
        "(default: from the manifest, the document or the file name).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Check edited releases against the data and approved quotes; exit 1 on a finding (not for what is only
    to check by hand)."""
    from drafter import api

    result = api.check(campaign_dir, files, area, locale=locale)

    for name, reason in result.skipped:
        typer.echo(f"skipped {name}: {reason}", err=True)
    if not result.checked:
        why = ("no release was found in " + ", ".join(str(f) for f in files) if not result.skipped else
               f"{'it was' if len(result.skipped) == 1 else 'each was'} skipped, for the reason above")
        raise UsageError(f"nothing was checked: {why}",
                         expected="a .docx, .md or .txt release drafter drafted")
    if as_json:
        typer.echo(api.findings_json(result.findings, result.by_hand), nl=False)
    else:
        typer.echo("\n".join([*(f.line() for f in (*result.findings, *result.by_hand)), result.summary()]))
    raise typer.Exit(1 if result.findings else 0)
