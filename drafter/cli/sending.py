"""The command that sends releases: send."""

import os
from pathlib import Path
from typing import Annotated, Any

import typer

from drafter.cli.app import CampaignDir, app, as_meant, reports_errors
from drafter.errors import how_many


@app.command()
@reports_errors
def send(
    campaign_dir: CampaignDir,
    out: Annotated[Path, typer.Option(
        "--out", metavar="FOLDER", callback=as_meant, help="The folder drafter draft wrote the releases into.")
                   ] = Path("out"),
    area: Annotated[list[str] | None, typer.Option(
        "--area", metavar="AREA", help="Send only this area's release (repeatable)."
        " By any name areas.csv gives it (area, in_text, name_cy, other_names) or its code.")] = None,
    outbox: Annotated[Path | None, typer.Option(
        "--outbox", metavar="FOLDER", callback=as_meant, help="Write each message as an .eml file here, to open "
        "in Outlook, Apple Mail or Thunderbird and send from there.")] = None,
    smtp: Annotated[str | None, typer.Option("--smtp", metavar="HOST[:PORT]", help="Send through this mail "
                                             "server (port 587 unless given), encrypted; the user name and "
                                             "password come from DRAFTER_SMTP_USER and DRAFTER_SMTP_PASSWORD."
                                             )] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="List who would get what, sending nothing, and why "
                                          "any release would be refused (then exit 1).")] = False,
    sender: Annotated[str | None, typer.Option("--from", metavar="ADDRESS", help="The From address (default: "
                                               "campaign.yaml's media_contact email).")] = None,
    pace: Annotated[float, typer.Option("--pace", metavar="SECONDS", min=0, help="Wait between messages.")
                    ] = 1.0,
    retry_wait: Annotated[float, typer.Option("--retry-wait", metavar="SECONDS", min=0, help="The first wait "
                                              "before trying a message the server refused for now again (it "
                                              "doubles, four times).")] = 30.0,
) -> None:
    """Send each area's release to the newsdesks in media.csv: never twice; a changed release as a CORRECTION
    to exactly those who had it."""
    from drafter import api

    def sent(planned: Any) -> None:  # a drafter.send.Planned
        typer.echo(f"sent: {planned.line()}")

    def warn(notes: Any) -> None:  # the warnings, before anything is sent: a release nobody would get, say
        for note in notes:
            typer.echo(f"warning: {note.message}", err=True)

    result = api.send(campaign_dir, out, areas=area or (), outbox=outbox, smtp=smtp, dry_run=dry_run,
                      sender=sender, pace=pace, retry_wait=retry_wait, env=os.environ, on_sent=sent, on_notes=warn)
    if dry_run:
        for planned in result.planned:
            typer.echo(f"{'refused' if planned.refused else 'would send'}: {planned.line()}")
        for line in result.left_out:
            typer.echo(f"not sent: {line}")
        for why in result.refused:
            typer.echo(f"error: {why}", err=True)
    for name in result.outbox:
        typer.echo(f"wrote {outbox / name if outbox else name}")
    count = len([planned for planned in result.planned if not planned.refused])
    done = (f"{result.sent} sent" if smtp else f"{len(result.outbox)} in the outbox" if outbox
            else f"{count} to send")
    if result.refused:
        refused = len(result.planned) - count
        done += (f"; {refused} refused (" if refused else "; ") + how_many(len(result.refused), "release") \
            + " may not be sent" + (")" if refused else "")
    typer.echo(f"{done}; {result.already} already sent earlier" if result.already or not count
               else done)
    if result.refused:
        raise typer.Exit(1)
