"""The reviewer pack: one row per area — headline, key figures and changes, quotes used, warnings — so one
person can sign off the whole batch (review.csv, and review.docx at a page per area or less)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.model import Campaign, Release, Warning
from drafter.reports.facts import to_csv
from drafter.writers import Writer, build_writers

HEADER = ("area", "file", "headline", "key figures", "quotes used", "warnings")


@dataclass(frozen=True)
class ReviewRow:
    area: str
    slug: str
    headline: str
    figures: tuple[str, ...]  # "contacts.before: 150 (150 as given)"
    quotes: tuple[str, ...]  # "york-cheshire — Stuart York (approved by Stuart York on 2018-08-29)"
    warnings: tuple[str, ...]


def review_row(campaign: Campaign, release: Release) -> ReviewRow:
    """What the person signing off needs from one release, as text (small enough to keep for every area)."""
    quotes = {q.id: q for q in campaign.quotes}
    speakers = {s.id: s for s in campaign.speakers}
    figures = tuple(f"{f.name}: {f.text} ({f.formula})" for f in release.facts if f.area == release.area)
    used = []
    for quote_id in release.quotes_used:
        q = quotes[quote_id]
        approval = f"{q.status}" + (f" by {q.approved_by}" if q.approved_by else "") + \
            (f" on {q.approved_on.isoformat()}" if q.approved_on else "")
        used.append(f"{q.id} — {speakers[q.speaker].name} ({approval})")
    own = tuple(w.message for w in release.warnings)
    return ReviewRow(release.area, release.slug, release.headline, figures, tuple(used), own)


def with_campaign_warnings(rows: Iterable[ReviewRow], warnings: Sequence[Warning]) -> Iterator[ReviewRow]:
    """Add the warnings that concern every area (unequal periods, the letterhead) to each row."""
    shared = tuple(w.message for w in warnings if w.area is None and w.code in ("unequal_periods", "reference"))
    return (ReviewRow(r.area, r.slug, r.headline, r.figures, r.quotes, r.warnings + shared) for r in rows)


def review_csv(rows: Iterable[ReviewRow]) -> bytes:
    """review.csv: one row per area."""
    return to_csv(HEADER, ((r.area, r.slug, r.headline, "\n".join(r.figures), "\n".join(r.quotes),
                            "\n".join(r.warnings)) for r in rows))


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
