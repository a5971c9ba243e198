"""Commands that make releases: draft, preview, new and templates."""

import itertools
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from drafter.cli.app import AreaOpt, CampaignDir, LocaleOpt, StyleOpt, app, as_meant, in_folder, reports_errors, typed
from drafter.errors import how_many, name_list, possessive
from drafter.writers import FORMATS

FORMAT_CHOICES = "; ".join(f"{fmt}: {what}" for fmt, (_, what) in FORMATS.items())
LISTED = 25  # the draft command lists a larger batch's first 20 releases and counts the rest


@app.command()
@reports_errors
def draft(
    campaign_dir: CampaignDir,
    out: Annotated[Path, typer.Option(
        "--out", metavar="FOLDER", callback=as_meant, help="Folder to write the releases into.")] = Path("out"),
    area: AreaOpt = None,
    fmt: Annotated[list[str] | None, typer.Option(
        "--format", metavar="FORMAT", help=f"{FORMAT_CHOICES} (repeatable; default docx and md).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace releases edited since drafter wrote them (each "
                                        "edited file is kept as <name>.edited.<ext>).")] = False,
    locale: LocaleOpt = None,
    style: StyleOpt = None,
    draft_quotes: Annotated[bool, typer.Option("--draft-quotes", help="Print quotes not yet approved, marked as "
                                               "such, in releases marked as drafts never to be sent.")] = False,
    take_over: Annotated[bool, typer.Option("--take-over", help="Draft into a folder that holds another "
                                            "campaign's releases, making it this campaign's (its files stay).")
                         ] = False,
) -> None:
    """Draft every area's release as DOCX and Markdown into --out."""
    from drafter import api
    from drafter.output.manifest import MANIFEST

    def run(on_area: Any = None, on_file: Any = None) -> api.DraftResult:
        return api.draft(campaign_dir, out, areas=area or (), formats=fmt or None, force=force, locale=locale,
                         style=style, draft_quotes=draft_quotes, take_over=take_over, on_area=on_area,
                         on_file=on_file)

    try:
        if sys.stderr.isatty():  # progress is drawn only where someone watches it
            from rich.console import Console

            with DraftProgress(Console(stderr=True)) as progress:
                result = run(progress.area, progress.file)
        else:
            result = run()
    except KeyboardInterrupt:  # Ctrl+C: the run has cleared what it staged; what it renamed, the journal names
        typer.echo(f"stopped part of the way (Ctrl+C): no file in {out} is half-written, each is as it was or the new "
                   "draft, and drafter knows which; run the same command again to finish", err=True)
        raise typer.Exit(130) from None

    for warning in result.warnings:
        typer.echo(f"warning: {in_folder(warning.message, campaign_dir)}", err=True)
    report = result.report
    count = len(result.releases)
    shown = count if count <= LISTED else LISTED - 5
    lines = [f"{how_many(count, 'release')} in {out}"]
    for release in itertools.islice(result.releases, shown):
        lines += [f"  {release.area}: {release.headline}", f"    {', '.join(result.files_of(release)) or '—'}"]
    if shown < count:
        lines.append(f"  … and {count - shown:,} more, every release listed in {out / 'review' / 'review.csv'}")
    typer.echo("\n".join(lines))
    typer.echo(f"{len(report.written):,} written, {len(report.unchanged):,} unchanged")
    bilingual = len({r.language for r in result.releases}) > 1
    for change in result.changes:  # the area once, then each figure in words on a line of its own
        where = f"{change.area} ({change.language})" if bilingual else change.area
        paragraphs = [how_many(len(change.sentences_added), "new or edited paragraph") + (
            "" if change.facts else ": " + paragraphs_said(change.sentences_added))] if change.sentences_added else []
        typer.echo("\n    ".join([f"changed since the last draft: {where}", *change.facts, *paragraphs]))
    for name in report.skipped_edited:
        typer.echo(f"skipped {out / name}: {edited_left_alone(name, result.leftovers, campaign_dir, out, force)}",
                   err=True)
    for line in leftover_lines(result.leftovers, out, campaign_dir):
        typer.echo(line, err=True)
    if report.no_manifest and report.skipped_foreign:
        count = len(report.skipped_foreign)
        which = "the file below differs from this draft and is left alone, as a person's; if it is drafter's " \
            "earlier release, move it" if count == 1 else f"the {count:,} files below differ from this draft and " \
            "are left alone, as a person's; if they are drafter's earlier releases, move them"
        typer.echo(f"{out / MANIFEST} is not there, so drafter has no record of the files it wrote in {out}: "
                   f"{which} elsewhere (or draft into a new folder) to have this draft written", err=True)
    for name in report.skipped_foreign:
        typer.echo(f"skipped {out / name}: drafter did not write it, so it is left alone (move it elsewhere to "
                   "let drafter write this release)", err=True)
    for name in report.skipped_read_only:
        typer.echo(f"skipped {out / name}: it is read-only, so it is left alone (make it writable to let drafter "
                   "replace it)", err=True)
    for name in report.repaired:
        typer.echo(f"repaired {out / name}: drafter's last run here stopped part of the way through writing it (a "
                   "power cut, or the drive taken out), leaving it cut short, so it has been written again", err=True)
    for name, twin in report.skipped_case:
        folder = "/" in name and "/" not in twin  # review/… beside a folder Review
        same, ours = ("folder", "this file") if folder else ("file", "this one")
        typer.echo(f"skipped {out / name}: {out / twin} is there, a name that differs only in capitals, which "
                   f"Windows takes for the same {same}, so that {same} is left alone and {ours} is not written beside "
                   f"it (rename {Path(twin).name} or move it elsewhere to let drafter write "
                   f"{name if folder else Path(name).name})", err=True)
    for copy in report.copies:
        if not copy.draft:
            of = Path(copy.of).name
            typer.echo(f"copy left alone {out / copy.name}: a copy of {of} that drafter did not write, as a sync "
                       "program such as OneDrive or Dropbox keeps when two computers change a file at once, so it may "
                       f"hold a person's edit that is not in {of}: bring the edit across by hand, then move the copy "
                       "out of the folder so nobody sends it", err=True)
    if drafts := [str(out / copy.name) for copy in report.copies if copy.draft]:
        typer.echo(f"left as it was: {name_list(drafts, 10)}: {'a copy' if len(drafts) == 1 else 'copies'} of an "
                   "earlier draft (a sync program's conflict copy, or a person's); drafter never deletes a release: "
                   f"move {'it' if len(drafts) == 1 else 'these'} out of the folder so nobody sends an old draft",
                   err=True)
    for name in report.emptied:
        typer.echo(f"written again {out / name}: it was empty (0 bytes), as a sync program such as OneDrive leaves a "
                   "file it has not finished copying, so it held nobody's work", err=True)
    for name, kept in report.replaced_edited:
        typer.echo(f"replaced {out / name} (--force): it had been edited since drafter wrote it; the edited file "
                   f"is kept as {out / kept}", err=True)


def edited_left_alone(name: str, leftovers: Any, campaign_dir: Path, out: Path, force: bool = False) -> str:
    """Why an edited file is left alone. With ``force``: someone saved it again while this draft was putting it
    aside (:mod:`drafter.output.decide`), so "use --force" would not help. Otherwise: it was edited, and, when its
    draft has changed since the one the person edited (the manifest keeps that draft's hash, so this is said at
    every draft until the file is replaced), that it is out of date: a release with the check that lists what in it
    no longer matches, the reviewer pack (perhaps signed) that it describes an earlier draft, so neither is sent or
    signed unawares."""
    if force:
        return ("saved again while this draft was replacing it (is someone working on it?), so that save is left "
                "where it is and this draft of it is not written: once they have finished, run the same command "
                "again to replace it, keeping their edit beside it")
    if name not in leftovers.behind:
        return "edited since drafter wrote it (use --force to replace it)"
    if name.startswith("review/"):
        return ("edited since drafter wrote it, and the releases have changed since, so it is out of date: it still "
                "describes an earlier draft, not this one (use --force to replace it, keeping the edited file "
                "beside it)")
    check = (f" (drafter check {campaign_dir} {out / name} lists the figures, dates and quotes in it that no longer "
             "match)" if leftovers.checked(name) else "")
    return ("edited since drafter wrote it, and the release has changed since the draft that was edited, so it is "
            f"out of date{check}: correct it by hand, or use --force to replace it, keeping the edited file beside it")


def paragraphs_said(paragraphs: Sequence[str]) -> str:
    """New or edited paragraphs where no figure changed (an embargo moved, another quote, the template's words),
    so the count alone would not say what: the first three, each cut to its first words."""
    said = [f"“{p if len(p) <= 60 else p[:60].rsplit(' ', 1)[0] + ' …'}”" for p in paragraphs]
    return name_list(said, 3)


def leftover_lines(leftovers: Any, out: Path, campaign_dir: Path = Path("campaign")) -> list[str]:
    """An earlier draft's files that this draft did not rewrite, one line per area (at most ten areas, then a
    count), saying why they are out of date and which hold a person's edit; and the releases in another language
    that this draft left printing a quote withdrawn since, with the command that drafts them again."""
    by_area = {area: list(files) for area, files in itertools.groupby(
        sorted(leftovers.old, key=lambda f: (f.gone, f.area, f.name)), key=lambda f: f.area)}
    lines = []
    for area, files in itertools.islice(by_area.items(), 10):
        why = (f"and {area} is no longer one of the campaign's areas (areas.csv, and areas: in campaign.yaml)"
               if files[0].gone else "which this draft writes under other names (listed above)")
        edited = [f.name for f in files if f.edited]
        lines.append(f"left as it was: {', '.join(str(out / f.name) for f in files)}: an earlier draft of "
                     f"{possessive(area)} release, {why}; drafter never deletes a release: move these out of the "
                     "folder so nobody sends an old draft" + (f" ({', '.join(edited)} had been edited by a person: "
                                                              "bring the edit across by hand)"
                                                              if edited and not files[0].gone else ""))
    if leftovers.out_of_step:
        areas = list(dict.fromkeys(area for area, _, _ in leftovers.out_of_step))
        named = name_list(areas, 5)
        lines.append(f"not drafted in this run (--area): the releases of {named} print a figure that has changed "
                     f"since ({leftovers.out_of_step[0][2]}), so they are out of date: draft again without --area "
                     "to bring every release up to date")
    for locale, areas, said in leftovers.other_languages:  # Welsh releases drafted with --locale cy_GB beside
        named = name_list(areas, 5)
        how = f"with --locale {locale}" if locale else "without --locale"
        lines.append(f"not drafted in this run: the releases of {named} drafted {how} print a figure that has "
                     f"changed since ({said}), so they are out of date: draft them again {how} --out {out}")
    for left in leftovers.withdrawn:  # a Welsh quote withdrawn, and only the English releases drafted again
        many = len(left.areas) > 1
        paths = name_list([str(out / name) for name in left.files], 5)
        command = " ".join(["drafter draft", typed(campaign_dir), *(["--locale", left.locale] if left.locale else []),
                            "--out", typed(out)])
        lines.append(f"not drafted in this run: the {left.language} release{'s' if many else ''} of "
                     f"{_listed(left.areas)} ({paths}) still print{'' if many else 's'} the withdrawn "
                     f"quote{'s' if len(left.quotes) > 1 else ''} {_listed(left.quotes)}, so drafter send refuses "
                     f"{'them' if many else 'it'}: draft {'them' if many else 'it'} again with {command}")
    if len(by_area) > 10:
        lines.append(f"left as it was: an earlier draft's files of {how_many(len(by_area) - 10, 'more area')}")
    return lines


def _listed(names: Sequence[str]) -> str:
    """"Cheshire", "Cheshire and Cumbria", "Cheshire, Cumbria, … and 3 more" (five at most; :func:`name_list`)."""
    return name_list(names, 5, and_word="and")


class DraftProgress:
    """The draft command's progress in a terminal (releases, then files), redrawn at most ten times a second."""

    def __init__(self, console: Any) -> None:
        from rich.progress import Progress

        self._progress = Progress(console=console, transient=True, disable=not console.is_terminal,
                                  auto_refresh=False)
        self._drafting = self._progress.add_task("Drafting", total=None)
        self._writing: Any = None
        self._drawn = 0.0

    def __enter__(self) -> "DraftProgress":
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
    area: Annotated[str, typer.Option("--area", metavar="AREA", help="The area to show."
        " By any name areas.csv gives it (area, in_text, name_cy, other_names) or its code.")],
    locale: LocaleOpt = None,
    style: StyleOpt = None,
) -> None:
    """Print one area's release as Markdown, writing nothing (quotes not yet approved are shown, marked)."""
    from drafter import api

    text, release = api.preview(campaign_dir, area, locale=locale, style=style, escape=False)  # for the eye

    typer.echo(text, nl=False)
    for warning in api.merge_warnings(release.warnings):
        typer.echo(f"warning: {in_folder(warning.message, campaign_dir)}", err=True)


@app.command()
@reports_errors
def new(
    directory: Annotated[Path, typer.Argument(callback=as_meant, metavar="DIR", help="The new campaign folder.")],
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


