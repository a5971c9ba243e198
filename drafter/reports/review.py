"""The reviewer pack: one row per release — area, headline, each key figure in words a reviewer knows (what was
measured, over which period, the value printed, how it was worked out), the quotes used with who approved them,
the warnings — so one person can sign off the whole batch: review.csv, and review.docx, a table with several
areas to a page and a sign-off block at the end."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from drafter.errors import how_many, name_list
from drafter.model import Campaign, Fact, Release, Warning
from drafter.reports.facts import cells_text, formula, printed, to_csv
from drafter.style import wording
from drafter.style.base import HouseStyle, Language
from drafter.writers import Writer, build_writers

HEADER = ("area", "file", "headline", "key figures", "quotes used", "warnings")

@dataclass(frozen=True)
class Figure:
    """A key figure as a reviewer reads it: "people contacting Stop It Now! for help", "change, per cent",
    "July to December 2017 → January to June 2018", "193 per cent", "(440 − 150) ÷ 150 × 100 = 193.33… → 193"."""

    measure: str
    what: str  # "" for the figure itself; "change, per cent", "rank", …
    period: str
    value: str
    formula: str
    source: str = ""  # the cells it comes from: "figures.csv, row 3, columns before and after"

    def said(self) -> str:
        """What the figure is, without its value: "people contacting Stop It Now! for help, January to June 2018"."""
        return ", ".join(part for part in (self.measure, self.what, self.period) if part)

    def line(self) -> str:
        value = f": {self.value}" if self.value else ""  # none for a rank only deciding the wording
        return f"{self.said()}{value} ({self.formula}{f'; {self.source}' if self.source else ''})"


@dataclass(frozen=True)
class ReviewRow:
    area: str
    slug: str
    headline: str
    quotes: tuple[str, ...]  # "Alan Barr: “The problem of …” (approved by Alan Barr on 28 August 2018)"
    warnings: tuple[str, ...]
    figures: tuple[Figure, ...]  # the release's figures, then its areas' figures not available
    unapproved: tuple[str, ...] = ()  # the speakers of its quotes not approved
    withheld: int = 0  # its figures the release words as not available


def figure(campaign: Campaign, fact: Fact, style: HouseStyle) -> Figure:
    """A fact in a reviewer's words, in the style's language: its measure's label (in Welsh ``label_cy``, else
    ``unit_cy``, else ``label``, which drafting warns of) and what it is, its periods as dates, no internal id.

    Fact names are ``measure.period``, ``measure.old-new.percent``, ``measure.period.per_1000``,
    ``measure.period.rank`` and the like (drafter.render records them). A measure or period no longer in
    campaign.yaml (a fact from last time's fact sheet) is named by its id, in words.
    """
    parts = fact.name.split(".")
    measures = {m.id: m for m in campaign.measures}
    periods = {p.id: p for p in campaign.periods}
    found = measures.get(parts[0])
    code = style.language.code
    measure = (found.words("label", code, "unit") or found.label) if found else parts[0].replace("_", " ")
    span = parts[1].split("-") if len(parts) > 1 else []
    when = " → ".join(wording.period_text(periods[p].start, periods[p].end, style) if p in periods else p
                      for p in span)
    words = dict(style.furniture.figure_what)
    what = [words.get(part) or _per(part, words["per"]) for part in parts[2:]]
    return Figure(measure, ", ".join(what), when, printed(fact), formula(fact), cells_text(fact.sources))


def not_available(campaign: Campaign, area: str, style: HouseStyle) -> Iterator[Figure]:
    """The area's figures the release words as not available, each with the publisher's marker and its cell (for a
    parent's total, the area whose figure is missing), so a reviewer can check a suppressed figure too."""
    measures = {m.id: m for m in campaign.measures}
    periods = {p.id: p for p in campaign.periods}
    code = style.language.code
    for (where, measure_id, period_id), gap in campaign.unavailable.items():
        if where != area:
            continue
        found = measures.get(measure_id)
        period = periods.get(period_id)
        why = f"{gap.because}: " if gap.because else ""
        measure = (found.words("label", code, "unit") or found.label) if found else measure_id.replace("_", " ")
        yield Figure(measure, "",
                     wording.period_text(period.start, period.end, style) if period else period_id,
                     style.furniture.not_available, f"{why}the source marks it {gap.marker}", gap.source.cell())


def _per(part: str, per: str) -> str:
    """"per_100000" → "per 100,000"; any other part as words.

    >>> _per("per_100000", "per {per}"), _per("rank_lowest_x", "per {per}")
    ('per 100,000', 'rank lowest x')
    """
    if part.startswith("per_") and part[4:].isdigit():
        return per.format(per=f"{int(part[4:]):,}")
    return part.replace("_", " ")


def review_row(campaign: Campaign, release: Release, style: HouseStyle) -> ReviewRow:
    """What the person signing off needs from one release, as text (small enough to keep for every area)."""
    quotes = {q.id: q for q in campaign.quotes}
    speakers = {s.id: s for s in campaign.speakers}
    gaps = tuple(not_available(campaign, release.area, style))
    figures = (*(figure(campaign, f, style) for f in release.facts if f.area == release.area), *gaps)
    used = []
    unapproved = []
    for quote_id in release.quotes_used:
        q = quotes[quote_id]
        words = " ".join(" ".join(q.paragraphs).split()[:8])
        approval = "approved" if q.status == "approved" else f"{q.status}, not approved"
        if q.status != "approved":
            unapproved.append(speakers[q.speaker].name)
        if q.approved_by:
            approval += f" by {q.approved_by}"
        if q.approved_on:
            approval += f" on {wording.date_text(q.approved_on, style)}"
        used.append(f"{speakers[q.speaker].name}: “{words} …” ({approval})")
    # A warning about an area in this release's list (a region's small base in one of its areas) names that area.
    own = tuple(dict.fromkeys(w.message if w.area in (None, release.area) else f"{w.area}: {w.message}"
                              for w in release.warnings))
    return ReviewRow(area=release.area, slug=release.slug, headline=release.headline, quotes=tuple(used),
                     warnings=own, figures=figures, unapproved=tuple(unapproved), withheld=len(gaps))


def attention(rows: Sequence[ReviewRow]) -> tuple[str, ...]:
    """What the person signing off must look at first, above review.docx's table, one line each: the releases
    with warnings, with a quote not approved, with a figure not available; or that none has any of them.

    >>> for line in attention([ReviewRow("Cheshire", "cheshire", "", ("Stuart York: …",), ("below 20",), (),
    ...                                  ("Stuart York",), 1), ReviewRow("Cumbria", "cumbria", "", (), (), ())]):
    ...     print(line)
    Warnings in 1 of 2 releases: Cheshire.
    Quotes not approved in 1 of 2 releases: Cheshire (Stuart York).
    Figures not available in 1 of 2 releases: Cheshire (1 figure).
    >>> attention([ReviewRow("Cumbria", "cumbria", "", (), (), ())])
    ('Nothing flagged: no warnings, every quote approved, every figure available.',)
    """
    def named(chosen: list[ReviewRow], say: str, extra: Callable[[ReviewRow], str]) -> str:
        # a bilingual batch has each area twice: the file (cheshire.cy) tells its releases apart
        twice = len({r.area for r in rows}) < len(rows)
        names = [f"{r.slug if twice else r.area}{extra(r)}" for r in chosen]
        return f"{say} in {len(chosen):,} of {how_many(len(rows), 'release')}: {name_list(names, 20, and_word='and')}."

    lines = [named(chosen, say, extra) for chosen, say, extra in (
        ([r for r in rows if r.warnings], "Warnings", lambda r: ""),
        ([r for r in rows if r.unapproved], "Quotes not approved", lambda r: f" ({name_list(r.unapproved)})"),
        ([r for r in rows if r.withheld], "Figures not available",
         lambda r: f" ({how_many(r.withheld, 'figure')})")) if chosen]
    return tuple(lines) or ("Nothing flagged: no warnings, every quote approved, every figure available.",)


def with_campaign_warnings(rows: Iterable[ReviewRow], warnings: Sequence[Warning]) -> Iterator[ReviewRow]:
    """Add the warnings that concern every area (unequal periods, the letterhead, dates) to each row."""
    shared = tuple(w.message for w in warnings
                   if w.area is None and w.code in ("unequal_periods", "reference", "dates"))
    return (replace(r, warnings=r.warnings + shared) for r in rows)


def with_edits_left_behind(rows: Iterable[ReviewRow], edited: dict[str, tuple[str, ...]]) -> Iterator[ReviewRow]:
    """Warn on each row whose release files a person edited and this draft leaves as they are (``edited``: by
    slug): the files in the folder then say what an earlier draft said, not what the row says."""
    for r in rows:
        names = edited.get(r.slug, ())
        yield r if not names else replace(r, warnings=(*r.warnings, (
            f"{', '.join(names)} edited by a person and not replaced by this draft: it still says what an earlier "
            "draft said, not what this row says (drafter check lists where)")))


def review_csv(rows: Iterable[ReviewRow]) -> bytes:
    """review.csv: one row per release, the same columns as review.docx's table."""
    return to_csv(HEADER, ((r.area, r.slug, r.headline, "\n".join(f.line() for f in r.figures), "\n".join(r.quotes),
                            "\n".join(r.warnings)) for r in rows))


def review_writer(writers: Sequence[Writer], reference: Path) -> Writer:
    """The batch's DOCX writer, or a new one when the batch writes no DOCX."""
    for writer in writers:
        if writer.extension == "docx":
            return writer
    return build_writers(["docx"], reference)[0]


def review_names(language: Language | None = None) -> tuple[str, str]:
    """The reviewer pack's files: review/review.csv and review/review.docx (review.cy.csv, review.cy.docx for a
    batch of one language whose releases carry its code)."""
    tag = f".{language.code}" if language else ""
    return f"review/review{tag}.csv", f"review/review{tag}.docx"


def review_files(campaign: Campaign, rows: Sequence[ReviewRow], writer: Writer, *, partial: bool = False,
                 language: Language | None = None) -> Iterator[tuple[str, bytes, str]]:
    """The reviewer pack for the whole batch: review/review.csv and review/review.docx. A batch of some areas only
    (``partial``: ``--area``) says so in the Word pack's title, so nobody signs it off as the whole campaign's.
    A batch of one language whose releases carry its code (``--locale cy_GB``: ``cheshire.cy.docx``) has a pack
    of its own beside the others' (review/review.cy.docx), which its title names."""
    from drafter.writers.docx import DocxWriter
    from drafter.writers.docx_review import ReviewTable, review_docx

    assert isinstance(writer, DocxWriter)
    csv_name, docx_name = review_names(language)
    yield csv_name, review_csv(rows), ""
    twice = len({r.area for r in rows}) < len(rows)  # each area in two languages: its file tells them apart
    table = (ReviewTable(r.area, r.headline, tuple((f.measure, f.what, f.period, f.value, f.formula, f.source)
                                                   for f in r.figures), r.quotes, r.warnings,
                         r.slug if twice else "") for r in rows)
    areas = list(dict.fromkeys(r.area for r in rows))
    only = (f" ({name_list(areas, 5)} only: drafted "
            "with --area, so the other areas' releases are not in this pack)") if partial else ""
    only += f" ({language.english} releases)" if language else ""
    yield docx_name, review_docx(writer, f"Review: {campaign.title}{only}", campaign.organisation,
                                            campaign.release_date, table, attention(rows)), ""
