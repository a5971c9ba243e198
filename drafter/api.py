"""The library API the CLI is a thin layer over: :func:`draft`, :func:`preview`, :func:`facts`, :func:`check`,
:func:`new_campaign` and the quote commands (:func:`list_quotes`, :func:`add_quote`, :func:`approve_quote`, …).

load → compute → format → render → write. Every release is rendered (and so validated) before the first
file is written; on any error nothing is written. Every function raises :class:`~drafter.errors.DrafterError`
(with the file, row or key, field, value and what was expected) for a user's mistake, and nothing else.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import shutil
import textwrap
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.batch import Batch, campaign_reference, plain_language, prepare, prepare_languages, releases, render_all
from drafter.document import to_markdown
from drafter.errors import UsageError
from drafter.model import Campaign, Fact, Release, Warning
from drafter.output.files import Staged, Staging, WriteReport, write_files
from drafter.output.folders import filling_new_folder, refuse_inputs_folder
from drafter.output.manifest import load_manifest
from drafter.output.owner import Owner
from drafter.output.paths import refuse_long_paths
from drafter.quotes.library import add_quote, approve_quote, list_quotes, withdraw_quote
from drafter.reports.changes import AreaChanges, changes_since_last_draft
from drafter.reports.consistency import BatchFacts, check_batch, check_batch_disclosure, unprinted_measures
from drafter.reports.facts import FACT_COLUMNS, fact_rows, facts_csv, facts_json
from drafter.reports.leftovers import Leftovers, edits_left_behind, find_leftovers, out_of_step, with_other_languages
from drafter.reports.parity import LanguageParity
from drafter.reports.review import (
    ReviewRow,
    review_files,
    review_names,
    review_row,
    review_writer,
    with_campaign_warnings,
    with_edits_left_behind,
)
from drafter.reports.warnings import WarningMerger, campaign_warnings, merge_warnings
from drafter.shipped import (
    QUOTES_FILE,
    REFERENCE_CAMPAIGN,
    copy_template,
    example_folder,
    new_media_file,
    new_quotes_file,
    shipped_root,
    story_templates,
    template_description,
)
from drafter.writers import DEFAULT_FORMATS, Writer, build_writers, check_formats

if TYPE_CHECKING:
    from drafter.reports.check import CheckResult, Finding
    from drafter.send import Planned, SendResult

__all__ = [
    "FACT_COLUMNS",
    "Batch",
    "DraftResult",
    "Summary",
    "TemplateInfo",
    "add_quote",
    "approve_quote",
    "check",
    "draft",
    "fact_rows",
    "facts",
    "facts_csv",
    "facts_json",
    "findings_json",
    "list_quotes",
    "list_templates",
    "merge_warnings",
    "new_campaign",
    "prepare",
    "prepare_languages",
    "preview",
    "render_all",
    "send",
    "templates_text",
    "withdraw_quote",
]


@dataclass(frozen=True)
class Summary:
    """What a batch's result keeps of each release."""

    area: str
    slug: str
    language: str
    headline: str


@dataclass(frozen=True)
class DraftResult:
    campaign: Campaign
    releases: tuple[Summary, ...]  # in drafting order
    warnings: tuple[Warning, ...]
    report: WriteReport
    out_dir: Path
    changes: tuple[AreaChanges, ...] = ()
    leftovers: Leftovers = Leftovers()  # noqa: RUF009 (frozen, so shared safely): edited releases now behind the draft; earlier drafts' files not rewritten

    def files_of(self, release: Summary) -> list[str]:
        """The files in place for one release (written or unchanged): the run of names after its slug."""
        done = sorted(self.report.written + self.report.unchanged)
        prefix = release.slug + "."
        start = end = bisect.bisect_left(done, prefix)
        while end < len(done) and done[end].startswith(prefix):
            end += 1
        return done[start:end]


def draft(
    campaign_dir: Path,
    out_dir: Path,
    *,
    areas: Sequence[str] = (),
    formats: Sequence[str] | None = None,
    force: bool = False,
    locale: str | None = None,
    style: str | None = None,
    draft_quotes: bool = False,
    take_over: bool = False,
    on_file: Callable[[str], None] | None = None,
    on_area: Callable[[str, int], None] | None = None,
) -> DraftResult:
    """Draft one release per area into ``out_dir``; validates everything before writing anything.

    Pass 1 renders each release (which validates it) and writes its files in the run's staging folder; pass 2,
    once every area has drafted, renames them into place under the manifest's protection. ``draft_quotes``
    prints quotes still in draft, marked as not approved, in releases that open with a draft line and that the
    manifest and :func:`check` treat as drafts never to be sent. A folder holding another campaign's releases
    is refused before anything is drafted, unless ``take_over`` (:mod:`drafter.output.owner`). For a progress
    display: ``on_area(area, releases in the batch)`` as each release is drafted (one call per release: a
    bilingual batch has two per area), then ``on_file(name)`` as each file is put in place.
    """
    formats = formats or DEFAULT_FORMATS
    check_formats(formats)
    batches = prepare_languages(campaign_dir, areas, locale=locale, style=style, drafts=draft_quotes)
    campaign = batches[0].campaign
    reference = campaign_reference(campaign)
    style_warnings: list[str] = []
    labels = tuple((b.style.language.tag(b.style.locale), campaign.text_for("label", b.style.language.code))
                   for b in batches)  # label_cy: the header's label in Welsh releases
    writers = build_writers(formats, reference, warn=style_warnings.append, label=campaign.label, labels=labels,
                            paper="" if campaign.reference else batches[0].style.furniture.paper)  # AP: US Letter
    total = sum(len(batch.areas) for batch in batches)
    refuse_inputs_folder(out_dir, campaign_dir, shipped_root())  # not the campaign folder, nor the templates
    pack = batches[0].style.language if len(batches) == 1 and batches[0].tag else None  # review/review.cy.docx
    refuse_long_paths(out_dir, [*((f"{b.campaign.area(a).slug}{b.tag and '.' + b.tag}.{ext}", a) for b in batches
                                  for a in b.areas for ext in [*(w.extension for w in writers), "facts.csv"]),
                                *((name, "") for name in review_names(pack))])  # a path Windows cannot open
    staging = Staging.start(out_dir, Owner.of(campaign.title, campaign_dir), take_over)
    try:
        summaries: list[Summary] = []
        rows: list[ReviewRow] = []
        changes: list[AreaChanges] = []
        staged: list[Staged] = []
        partial: list[tuple[str, tuple[Fact, ...]]] = []  # with --area: what this run's releases print
        merged = WarningMerger()
        before = load_manifest(out_dir)  # what drafter wrote last time: the drafts people edited, and changes
        printed = BatchFacts()  # how each figure is printed, to hold it to one way across the batch
        parity = LanguageParity({q.id: q.role for q in campaign.quotes})  # each language's releases say the same
        for batch in batches:  # pass 1: every release rendered once, its files staged
            for release in releases(batch):
                printed.add(release, batch.style)
                if len(batches) > 1:
                    parity.add(batch.style.language.english, release)
                summaries.append(Summary(release.area, release.slug, release.language, release.headline))
                if areas:
                    partial.append((release.slug, release.facts))
                rows.append(review_row(campaign, release, batches[0].style))
                changes.extend(changes_since_last_draft(  # no manifest (None): every file is compared
                    out_dir, [release], campaign, batches[0].style, before or None))
                merged.add(release.warnings)
                staged.extend(staging.stage(*file, draft=bool(release.draft_quotes))
                              for file in release_files(release, writers))
                if on_area:
                    on_area(release.area, total)
        merged.add(parity.warnings())
        warnings = batches[0].warnings + campaign_warnings(campaign, batches[0].style) + merged.warnings() + tuple(
            Warning("reference", text) for text in style_warnings) + check_batch(printed, batches[0].style) + (
            () if areas else unprinted_measures(printed, campaign)) + check_batch_disclosure(printed, campaign)
        rows = list(with_campaign_warnings(rows, warnings))
        named = [(s.name, s.area, s.digest) for s in staged]
        if not force:
            rows = list(with_edits_left_behind(rows, edits_left_behind(out_dir, before, named)))
        partial_batch = bool(areas) and {s.area for s in summaries} != set(campaign.draft_areas)
        staged.extend(staging.stage(*file) for file in review_files(
            campaign, rows, review_writer(writers, reference), partial=partial_batch, language=pack))
        report = write_files(staging, staged, force=force, on_file=on_file)  # pass 2: rename into place
        left = find_leftovers(out_dir, before, named, report.skipped_edited, campaign.draft_areas,
                              plain_language(campaign))
        left = with_other_languages(left, out_dir, before, printed.values,  # Welsh releases of --locale cy_GB
                                    {b.style.language.code for b in batches}, campaign, batches[0].style)
        if areas:  # the areas left out may print a figure that has changed since (a region's total)
            left = dataclasses.replace(left, out_of_step=out_of_step(
                out_dir, before, partial, {s.area for s in summaries}, campaign, batches[0].style))
    except BaseException:
        staging.end(failed=True)
        raise
    staging.end(failed=False)
    return DraftResult(campaign, tuple(summaries), warnings, report, out_dir, tuple(changes), left)


def release_files(release: Release, writers: Sequence[Writer]) -> Iterator[tuple[str, bytes, str]]:
    """Every file one release produces: one per format, and its fact sheet."""
    for writer in writers:
        yield f"{release.slug}.{writer.extension}", writer.render(release), release.area
    yield f"{release.slug}.facts.csv", facts_csv(release.facts), release.area


def preview(campaign_dir: Path, area: str, *, locale: str | None = None, style: str | None = None,
            escape: bool = True) -> tuple[str, Release]:
    """One release as Markdown, and the release itself (its facts, quotes and warnings: ``draft``'s refusal of a
    count worked out across the batch too), writing nothing. A quote still in draft is shown, marked as not approved,
    so its speaker can see it. ``escape=False``: its words without Markdown's backslashes, for the screen."""
    from drafter.reports.consistency import preview_disclosure
    batch = prepare(campaign_dir, [area], locale=locale, style=style, drafts=True)
    release, shared = render_all(batch)[0], preview_disclosure(campaign_dir, batch.campaign, locale=locale, style=style)
    return to_markdown(release.blocks, escape=escape), dataclasses.replace(  # the campaign's own, as draft's
        release, warnings=batch.warnings + campaign_warnings(batch.campaign, batch.style) + release.warnings + shared)


def facts(campaign_dir: Path, area: str, *, locale: str | None = None, style: str | None = None
          ) -> tuple[Fact, ...]:
    """Every number one area's release prints, with its exact value, formula and source cells."""
    return preview(campaign_dir, area, locale=locale, style=style)[1].facts


def check(campaign_dir: Path, files: Sequence[Path], area: str | None = None, *, locale: str | None = None
          ) -> CheckResult:
    """What is wrong in drafted releases a person may have edited: each figure, change word and date held against
    the release drafter drafts today in its place, tracked changes, comments, approved quotes and house style.
    Files that are not releases (a Word lock file, a fact sheet) are skipped, each with its reason."""
    from drafter.reports.check import check_files

    return check_files(campaign_dir, files, area, locale)


def new_letterhead(campaign_dir: Path) -> Path:
    """Write a starter letterhead, ``letterhead.docx``, into the campaign folder: drafter's styles and page (A4; US
    Letter in AP style), a logo placeholder and the organisation's name from campaign.yaml in its header, for the
    user's logo and ``reference:``. Refuses to overwrite a file."""
    from drafter.load import load_campaign
    from drafter.output.durable import write_atomic
    from drafter.style.lang import presets
    from drafter.writers.docx import letterhead_docx
    from drafter.writers.letterhead import LETTERHEAD_FILE

    campaign = load_campaign(campaign_dir)
    target = campaign_dir / LETTERHEAD_FILE
    if target.exists() or target.is_symlink():
        raise UsageError("already exists", value=str(target),
                         expected="a campaign folder without a letterhead.docx: rename yours to make a new one")
    write_atomic(target, letterhead_docx(campaign.organisation, presets()[campaign.style].furniture.paper))
    return target


def send(campaign_dir: Path, out_dir: Path, *, areas: Sequence[str] = (), outbox: Path | None = None,
         smtp: str | None = None, dry_run: bool = False, sender: str | None = None, pace: float = 1.0,
         retry_wait: float = 30.0, env: Mapping[str, str] | None = None, today: dt.date | None = None,
         on_sent: Callable[[Planned], None] | None = None, sleep: Callable[[float], None] = time.sleep,
         on_notes: Callable[[tuple[Warning, ...]], None] | None = None, now: dt.datetime | None = None
         ) -> SendResult:
    """Send each release drafted in ``out_dir`` to the newsdesks media.csv lists for its area: as ``.eml`` files
    in ``outbox``, through the mail server ``smtp`` (``HOST[:PORT]``; the user name and password from ``env``'s
    DRAFTER_SMTP_USER and DRAFTER_SMTP_PASSWORD), or neither (``dry_run``); never twice (the send log), and a
    changed release as a correction to exactly its earlier recipients; ``areas`` limits it to those areas'
    releases. Refuses, before anything is built, a release with check findings, unapproved or expired quotes, or
    a drafted file missing or changed. ``sender`` is the From address (else campaign.yaml's media contact);
    ``pace`` the seconds between messages; ``retry_wait`` the first wait before a message refused for now is tried
    again; ``on_sent`` is called as each message is accepted, ``on_notes`` with the warnings before anything is
    written or sent; ``now``: when it is sent (an embargo already lifted is warned of)."""
    from drafter.send import send_releases

    return send_releases(campaign_dir, out_dir, areas=areas, outbox=outbox, smtp=smtp, dry_run=dry_run,
                         sender=sender, pace=pace, retry_wait=retry_wait, env=env, today=today, on_sent=on_sent,
                         sleep=sleep, on_notes=on_notes, now=now)


def new_campaign(target: Path, template: str = "helpline-rise") -> list[str]:
    """Start a campaign folder from a shipped template's example, with a copy of the template itself in a folder
    of the same name (``count-change/release.md.j2``), which campaign.yaml's ``template:`` then finds first, so
    it can be edited there; refuses to overwrite anything. A story template's campaign gets a quotes.yaml that
    says how to add quotes and holds none (the reference campaign keeps its charity's). Returns the files made."""
    source = example_folder(template)
    with filling_new_folder(target):
        copied = []
        for item in sorted(source.iterdir()):
            if item.is_file() and not (item.name == QUOTES_FILE and template != REFERENCE_CAMPAIGN):
                shutil.copyfile(item, target / item.name)
                copied.append(item.name)
        if template != REFERENCE_CAMPAIGN:  # the example's quotes are its charity's: start with none
            shutil.copyfile(new_quotes_file(), target / QUOTES_FILE)
            copied.append(QUOTES_FILE)
            if "media.csv" not in copied:  # the media list's columns, for the press office's own newsdesks
                shutil.copyfile(new_media_file(), target / "media.csv")
                copied.append("media.csv")
            copied.sort(key=lambda name: ("/" in name, name))
        (target / template).mkdir()
        copied += [f"{template}/{name}" for name in copy_template(template, target / template)]
    return copied


@dataclass(frozen=True)
class TemplateInfo:
    """A shipped template as ``drafter templates`` lists it."""

    name: str
    description: str
    sample: str  # the headline its example campaign drafts for its first area with a parent


def templates_text(width: int = 100) -> str:
    """``drafter templates``' listing: each template's name, description and sample headline, wrapped."""
    wrap = textwrap.TextWrapper(width, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False)
    return "".join(f"{info.name}\n{wrap.fill(info.description)}\n{wrap.fill(f'e.g. “{info.sample}”')}\n\n"
                   for info in list_templates()) + "start one: drafter new DIR --template NAME\n"


def list_templates() -> list[TemplateInfo]:
    """Every shipped template with a one-paragraph description and a sample headline, drafted from its example
    campaign (so the sample is always what the template says now)."""
    found = []
    for name in story_templates():
        example = example_folder(name)
        batch = prepare(example)
        area = next((a for a in batch.campaign.areas if a.parent and a.name in batch.areas), None)
        release = batch.renderer.render(batch.campaign, area or batch.campaign.area(batch.areas[0]), batch.style)
        found.append(TemplateInfo(name, template_description(name), release.headline))
    return found


def findings_json(findings: Sequence[Finding], by_hand: Sequence[Finding] = ()) -> str:
    """:func:`check`'s findings, then what is to check by hand, as JSON, for another program."""
    from drafter.reports import check as checking

    return checking.findings_json(findings, by_hand)
