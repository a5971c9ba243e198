"""The library API the CLI is a thin layer over: :func:`draft`, :func:`preview`, :func:`new_campaign`.

load → compute → format → render → write. Every release is rendered (and so validated) before the first
file is written; on any error nothing is written.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.compute.sums import campaign_warnings, check_sums
from drafter.document import to_markdown
from drafter.errors import UsageError
from drafter.load import load_campaign
from drafter.model import Campaign, Release, Warning
from drafter.output.files import Staged, Staging, WriteReport, write_files
from drafter.render.release import Renderer
from drafter.reports.changes import AreaChanges, changes_since_last_draft
from drafter.reports.facts import facts_csv
from drafter.reports.review import ReviewRow, review_csv, review_row, with_campaign_warnings
from drafter.shipped import example_folder, reference_docx, resolve_template
from drafter.style.base import HouseStyle
from drafter.style.house import PRESETS, resolve_style
from drafter.writers import DEFAULT_FORMATS, Writer, build_writers, check_formats


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


@dataclass(frozen=True)
class Batch:
    """A loaded campaign, ready to render: the house style and the compiled template."""

    campaign: Campaign
    style: HouseStyle
    renderer: Renderer
    areas: tuple[str, ...]
    tag: str = ""  # "en" / "cy" in file names when a campaign is published in several languages


def prepare(campaign_dir: Path, areas: Sequence[str] = (), *, locale: str | None = None,
            style: str | None = None) -> Batch:
    """Load and validate a campaign and compile its template, for its first (or only) language."""
    return prepare_languages(campaign_dir, areas, locale=locale, style=style)[0]


def prepare_languages(campaign_dir: Path, areas: Sequence[str] = (), *, locale: str | None = None,
                      style: str | None = None) -> list[Batch]:
    """One batch per language the campaign is published in (``languages:``), or for ``locale`` alone.

    ``locale`` replaces the campaign's locale (and, unless ``style`` is given, its preset); ``style`` replaces
    the preset of the releases in that preset's language (in a bilingual campaign the other language keeps
    its own).
    """
    for option, value in (("--locale", locale), ("--style", style)):
        if value is not None and value not in PRESETS:
            raise UsageError("is not a supported locale" if option == "--locale" else "is not a house-style preset",
                             field=option, value=value, expected="one of " + ", ".join(PRESETS))
    campaign = load_campaign(campaign_dir)
    check_sums(campaign)
    chosen = _choose_areas(campaign, areas)
    languages = (locale,) if locale else campaign.languages
    if style and not any(PRESETS[style].language is PRESETS[code].language for code in languages):
        raise UsageError("is a preset for releases in another language", field="--style", value=style,
                         expected="a preset in the language of the releases (" + ", ".join(languages) + ")")
    batches = []
    for language in languages:
        house = resolve_style(_preset(campaign, language, locale, style), campaign.settings, campaign.source,
                              main_language=PRESETS[campaign.locale].language.code)
        if house.locale != language:
            house = dataclasses.replace(house, locale=language)
        renderer = Renderer(resolve_template(campaign.template, campaign_dir, house.language.code))
        tag = house.language.code if len(languages) > 1 else ""
        batches.append(Batch(campaign, house, renderer, chosen, tag))
    return batches


def _preset(campaign: Campaign, language: str, locale: str | None, style: str | None) -> str:
    """The preset for releases in ``language``: --style, else --locale, else campaign.yaml's ``style:`` when it
    is in that language, else the language's own preset."""
    same = PRESETS[language].language
    for candidate in (style, locale, campaign.style):
        if candidate and PRESETS[candidate].language is same:
            return candidate
    return language


def _choose_areas(campaign: Campaign, areas: Sequence[str]) -> tuple[str, ...]:
    if not areas:
        return campaign.draft_areas
    known = [a.name for a in campaign.areas]
    chosen = []
    for name in areas:
        match = next((k for k in known if k == name), None) or next(
            (k for k in known if k.casefold() == name.casefold()), None)
        if match is None:
            raise UsageError("is not an area in areas.csv", field="--area", value=name,
                             expected="one of " + ", ".join(known))
        if match not in chosen:
            chosen.append(match)
    return tuple(chosen)


def render_all(batch: Batch) -> tuple[Release, ...]:
    return tuple(releases(batch))


def releases(batch: Batch) -> Iterator[Release]:
    """The batch's releases one by one, as each is rendered (a batch never holds them all)."""
    for name in batch.areas:
        release = batch.renderer.render(batch.campaign, batch.campaign.area(name), batch.style)
        yield dataclasses.replace(release, slug=f"{release.slug}.{batch.tag}") if batch.tag else release


def draft(
    campaign_dir: Path,
    out_dir: Path,
    *,
    areas: Sequence[str] = (),
    formats: Sequence[str] = DEFAULT_FORMATS,
    force: bool = False,
    locale: str | None = None,
    style: str | None = None,
    on_file: Callable[[str], None] | None = None,
    on_area: Callable[[str, int], None] | None = None,
) -> DraftResult:
    """Draft one release per area into ``out_dir``; validates everything before writing anything.

    Pass 1 renders each release (which validates it) and writes its files in the run's staging folder; pass 2,
    once every area has drafted, renames them into place under the manifest's protection. For a progress
    display: ``on_area(area, releases in the batch)`` as each release is drafted (one call per release: a
    bilingual batch has two per area), then ``on_file(name)`` as each file is put in place.
    """
    check_formats(formats)
    batches = prepare_languages(campaign_dir, areas, locale=locale, style=style)
    campaign = batches[0].campaign
    reference = campaign_reference(campaign)
    style_warnings: list[str] = []
    writers = build_writers(formats, reference, warn=style_warnings.append)
    total = sum(len(batch.areas) for batch in batches)
    staging = Staging.start(out_dir)
    try:
        summaries: list[Summary] = []
        rows: list[ReviewRow] = []
        changes: list[AreaChanges] = []
        staged: list[Staged] = []
        merged = WarningMerger()
        for batch in batches:  # pass 1: every release rendered once, its files staged
            for release in releases(batch):
                summaries.append(Summary(release.area, release.slug, release.language, release.headline))
                rows.append(review_row(campaign, release))
                changes.extend(changes_since_last_draft(out_dir, [release]))
                merged.add(release.warnings)
                staged.extend(staging.stage(*file) for file in release_files(release, writers))
                if on_area:
                    on_area(release.area, total)
        warnings = campaign_warnings(campaign, batches[0].style) + merged.warnings() + tuple(
            Warning("reference", text) for text in style_warnings)
        rows = list(with_campaign_warnings(rows, warnings))
        staged.extend(staging.stage(*file) for file in review_files(campaign, rows, review_writer(writers, reference)))
        report = write_files(staging, staged, force=force, on_file=on_file)  # pass 2: rename into place
    except BaseException:
        staging.end(failed=True)
        raise
    staging.end(failed=False)
    return DraftResult(campaign, tuple(summaries), warnings, report, out_dir, tuple(changes))


def release_files(release: Release, writers: Sequence[Writer]) -> Iterator[tuple[str, bytes, str]]:
    """Every file one release produces: one per format, and its fact sheet."""
    for writer in writers:
        yield f"{release.slug}.{writer.extension}", writer.render(release), release.area
    yield f"{release.slug}.facts.csv", facts_csv(release.facts), release.area


def review_writer(writers: Sequence[Writer], reference: Path) -> Writer:
    """The batch's DOCX writer, or a new one when the batch writes no DOCX."""
    for writer in writers:
        if writer.extension == "docx":
            return writer
    return build_writers(["docx"], reference)[0]


def review_files(campaign: Campaign, rows: Sequence[ReviewRow], writer: Writer) -> Iterator[tuple[str, bytes, str]]:
    """The reviewer pack for the whole batch: review/review.csv and review/review.docx."""
    from drafter.writers.docx import DocxWriter, review_docx

    assert isinstance(writer, DocxWriter)
    yield "review/review.csv", review_csv(rows), ""
    sections = ((r.area, r.headline, [("Figures", "; ".join(r.figures)), ("Quotes", "; ".join(r.quotes) or "none"),
                                      ("Warnings", "; ".join(r.warnings) or "none")]) for r in rows)
    yield "review/review.docx", review_docx(writer, f"Review: {campaign.title}", campaign.organisation,
                                            campaign.release_date, sections), ""


def campaign_reference(campaign: Campaign) -> Path:
    """The reference DOCX whose styles, page set-up, header and footer the releases take."""
    if campaign.reference:
        return Path(campaign.root) / campaign.reference
    return reference_docx()


def merge_warnings(warnings: Sequence[Warning]) -> tuple[Warning, ...]:
    """One line per kind of warning, listing the areas it applies to."""
    merged = WarningMerger()
    merged.add(warnings)
    return merged.warnings()


class WarningMerger:
    """:func:`merge_warnings` for warnings that come area by area: one line per kind, its areas in order. A
    line names at most :attr:`NAMED` areas and counts the rest: at national scale a list of every area would
    be a page long, and each area's own warnings are in the reviewer pack (review/review.csv)."""

    NAMED = 12

    def __init__(self) -> None:
        self._grouped: dict[tuple[str, str], dict[str, None]] = {}

    def add(self, warnings: Iterable[Warning]) -> None:
        for warning in warnings:
            areas = self._grouped.setdefault((warning.code, warning.message), {})
            if warning.area:
                areas[warning.area] = None

    def warnings(self) -> tuple[Warning, ...]:
        return tuple(Warning(code, f"{message} ({_areas(list(areas))})" if areas else message)
                     for (code, message), areas in self._grouped.items())


def _areas(names: list[str]) -> str:
    if len(names) <= WarningMerger.NAMED:
        return "areas: " + ", ".join(names)
    shown = WarningMerger.NAMED - 2  # "and 2 more" would be no shorter than naming them
    return (f"{len(names):,} areas: " + ", ".join(names[:shown]) + f" and {len(names) - shown:,} more; "
            "each area's warnings are in review/review.csv")


def preview(campaign_dir: Path, area: str, *, locale: str | None = None, style: str | None = None
            ) -> tuple[str, Release]:
    """One release as Markdown, without writing anything."""
    batch = prepare(campaign_dir, [area], locale=locale, style=style)
    release = render_all(batch)[0]
    return to_markdown(release.blocks), release


def new_campaign(target: Path, template: str = "helpline-rise") -> list[str]:
    """Start a campaign folder from a shipped template's example; refuses to overwrite anything."""
    source = example_folder(template)
    if target.exists() and any(target.iterdir()):
        raise UsageError("already exists and is not empty", field="DIR", value=str(target),
                         expected="a new or empty folder")
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for item in sorted(source.iterdir()):
        if item.is_file():
            shutil.copyfile(item, target / item.name)
            copied.append(item.name)
    return copied
