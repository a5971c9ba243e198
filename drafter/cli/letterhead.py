"""The letterhead command: a starter letterhead DOCX for the campaign, to finish in Word."""

import typer

from drafter.cli.app import CampaignDir, app, reports_errors


@app.command()
@reports_errors
def letterhead(campaign_dir: CampaignDir) -> None:
    """Write letterhead.docx into the campaign folder: drafter's styles, a header with a logo placeholder and the
    organisation's name, page numbers. Open it in Word, put your logo in, save, and name it under reference:."""
    from drafter import api

    path = api.new_letterhead(campaign_dir)
    typer.echo(f"wrote {path}")
    typer.echo("next: open it in Word, right-click the grey logo box, Change Picture, pick your logo and save;")
    typer.echo(f"then add this line to {campaign_dir / 'campaign.yaml'}: reference: {path.name}")
