"""The quote commands: list, add, approve and withdraw."""

from typing import Annotated

import typer

from drafter.cli.app import CampaignDir, DrafterGroup, app, reports_errors, typed
from drafter.errors import how_many, name_list

quotes_app = typer.Typer(help="List, add, approve and withdraw the campaign's quotes.", no_args_is_help=True,
                         rich_markup_mode=None, cls=DrafterGroup)
app.add_typer(quotes_app, name="quotes")


@quotes_app.command("list")
@reports_errors
def quotes_list(campaign_dir: CampaignDir) -> None:
    """Show every quote: speaker, status, approval, expiry, scope and the areas that use it."""
    from rich.console import Console
    from rich.table import Table

    from drafter import api

    rows = api.list_quotes(campaign_dir)

    table = Table(title=f"{how_many(len(rows), 'quote')} in {campaign_dir / 'quotes.yaml'}")
    for column in ("id", "role", "speaker", "status", "approved by", "approved on", "expires", "scope", "used in"):
        table.add_column(column)
    for row in rows:
        q = row.quote
        status = q.status if row.problem is None or q.status != "approved" else f"{q.status} ({row.problem})"
        table.add_row(q.id, q.role, row.speaker, status, q.approved_by or "—",
                      q.approved_on.isoformat() if q.approved_on else "—",
                      q.expires_on.isoformat() if q.expires_on else "—", row.scope,
                      _used_in(row.used_in, q.language))
    Console(width=160, markup=False).print(table)  # a "[…]" in a scope or name is text, not markup


@quotes_app.command("add")
@reports_errors
def quotes_add(
    campaign_dir: CampaignDir,
    quote_id: Annotated[str, typer.Argument(metavar="QUOTE_ID", help="A new id for the quote: patel-almondbury.")],
    speaker: Annotated[str, typer.Option("--speaker", metavar="ID", help="The speaker's id in quotes.yaml, or a "
                                         "new one with --name.")],
    text: Annotated[str, typer.Option("--text", metavar="WORDS", help="The words, exactly as they should appear "
                                      "(a blank line between paragraphs).")],
    area: Annotated[list[str] | None, typer.Option("--area", metavar="AREA", help="An area whose release may print "
                                                    "it, with every area in it ('Wales only': its own); once for "
                                                    "each (default: every release).")] = None,
    role: Annotated[str, typer.Option("--role", metavar="ROLE", help="Its role: one quote of each role is "
                                      "printed per release.")] = "spokesperson",
    language: Annotated[str, typer.Option("--language", metavar="CODE", help="The language of its words: en, or "
                                          "cy for a Welsh release.")] = "en",
    name: Annotated[str, typer.Option("--name", metavar="NAME", help="A new speaker's name.")] = "",
    title: Annotated[str, typer.Option("--title", metavar="TITLE", help="A new speaker's title.")] = "",
    organisation: Annotated[str, typer.Option("--organisation", metavar="ORG", help="A new speaker's "
                                              "organisation.")] = "",
) -> None:
    """Add a quote, as a draft, to quotes.yaml: preview shows it marked as not approved until it is approved."""
    from drafter import api

    quote = api.add_quote(campaign_dir, quote_id, speaker=speaker, text=text, role=role, areas=tuple(area or ()),
                          name=name, title=title, organisation=organisation, language=language)
    row = next(row for row in api.list_quotes(campaign_dir) if row.quote.id == quote.id)
    typer.echo(f"added {quote.id} (draft, scope: {row.scope}); {_releases(row.used_in, quote.language)}")
    typer.echo(f"next: drafter quotes approve {typed(campaign_dir)} {quote.id} --by NAME, once its speaker has "
               "approved its words")


@quotes_app.command("approve")
@reports_errors
def quotes_approve(
    campaign_dir: CampaignDir,
    quote_id: Annotated[str, typer.Argument(metavar="QUOTE_ID", help="The quote's id in quotes.yaml.")],
    by: Annotated[str, typer.Option("--by", metavar="NAME", help="Who approved the quote's exact wording.")],
    expires: Annotated[str | None, typer.Option(
        "--expires", metavar="DATE", help="Last date the quote may be used (2018-09-04 or 4 September 2018).")] = None,
    on: Annotated[str | None, typer.Option("--on", metavar="DATE", help="Date of approval (default: today).")] = None,
) -> None:
    """Approve a quote's current wording, recording who, when and its fingerprint in quotes.yaml."""
    from drafter import api

    quote = api.approve_quote(campaign_dir, quote_id, by, expires=expires, on=on)

    typer.echo(f"approved {quote.id} (by {quote.approved_by} on {quote.approved_on}, fingerprint {quote.fingerprint})")
    row = next(row for row in api.list_quotes(campaign_dir) if row.quote.id == quote.id)
    typer.echo(f"scope: {row.scope}; {_releases(row.used_in, row.quote.language)}")
    if row.problem is not None:  # approved to expire before the release date
        typer.echo(f"warning: {quote.id} {row.problem}, so no release prints it", err=True)


def _used_in(areas: tuple[str, ...], language: str) -> str:
    """"North West, Cheshire" ("Cheshire (in Welsh)" for a quote in Welsh), or "—"."""
    if not areas:
        return "—"
    return name_list(areas) + ("" if language == "en" else f" (in {_name(language)})")


def _releases(areas: tuple[str, ...], language: str) -> str:
    """"used in the releases of North West, Cheshire" ("… of Cheshire, in Welsh" for a quote in Welsh)."""
    where = "" if language == "en" else f"in {_name(language)}"
    return f"used in the releases of {name_list(areas)}" + (f", {where}" if where else "") if areas else \
        " ".join(filter(None, ("used in no releases", where)))


def _name(language: str) -> str:
    """A language's name as drafter's messages say it: "cy" is "Welsh"."""
    from drafter.style.lang import english_name

    return english_name(language)


@quotes_app.command("withdraw")
@reports_errors
def quotes_withdraw(
    campaign_dir: CampaignDir,
    quote_id: Annotated[str, typer.Argument(metavar="QUOTE_ID", help="The quote's id in quotes.yaml.")],
) -> None:
    """Withdraw a quote: no release may use it any more."""
    from drafter import api

    before = {row.quote.id: row.used_in for row in api.list_quotes(campaign_dir)}
    quote = api.withdraw_quote(campaign_dir, quote_id)

    row = next(row for row in api.list_quotes(campaign_dir) if row.quote.id == quote.id)
    was = before[quote.id]
    campaign = typed(campaign_dir)
    locale = f" --locale {row.locale}" if row.locale else ""
    typer.echo(f"withdrew {quote.id} (scope: {row.scope})" + (
        f"; it was {_releases(was, quote.language)}: draft them again with "
        f"drafter draft {campaign}{locale} --out <your output folder>" if was else ""))
