"""Drafting a batch area by area, in one process or several.

Two passes over the areas, so memory does not grow with the batch and nothing is written unless every area
drafts: pass 1 renders each release to validate it and keeps only a small summary; pass 2 renders it again
and produces its files, which the parent process writes as they arrive. With ``jobs > 1`` both passes run in
worker processes, each of which loads the campaign, compiles the template and opens the reference DOCX once;
results come back in area order, so the output is byte for byte the same as with one job.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.changes import AreaChanges, changes_since_last_draft
from drafter.model import Warning
from drafter.review import ReviewRow, review_row


@dataclass(frozen=True)
class Job:
    campaign_dir: Path
    out_dir: Path
    areas: tuple[str, ...]
    locale: str | None
    style: str | None
    formats: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    """What pass 1 keeps of a release."""

    area: str
    slug: str
    language: str
    headline: str
    warnings: tuple[Warning, ...]
    review: ReviewRow


_STATE: dict[str, Any] = {}


def setup(job: Job) -> None:
    """Load the campaign, compile templates and open the reference once per process."""
    from drafter import api
    from drafter.writers import build_writers

    batches = api.prepare_languages(job.campaign_dir, job.areas, locale=job.locale, style=job.style)
    reference = api.campaign_reference(batches[0].campaign)
    style_warnings: list[str] = []
    writers = build_writers(job.formats, reference, warn=style_warnings.append)
    _STATE.clear()
    _STATE.update(job=job, batches=batches, writers=writers, reference=reference, style_warnings=style_warnings)


def tasks() -> list[tuple[int, str]]:
    return [(index, name) for index, batch in enumerate(_STATE["batches"]) for name in batch.areas]


def _render(task: tuple[int, str]) -> Any:
    import dataclasses

    index, name = task
    batch = _STATE["batches"][index]
    release = batch.renderer.render(batch.campaign, batch.campaign.area(name), batch.style)
    return dataclasses.replace(release, slug=f"{release.slug}.{batch.tag}") if batch.tag else release


CACHE_LIMIT = 100  # releases kept from pass 1 for pass 2, per process: saves rendering twice, bounds memory


def validate(task: tuple[int, str]) -> Summary:
    release = _render(task)
    cache = _STATE.setdefault("cache", {})
    if len(cache) < CACHE_LIMIT:
        cache[task] = release
    return Summary(release.area, release.slug, release.language, release.headline, release.warnings,
                   review_row(_STATE["batches"][task[0]].campaign, release))


def produce(task: tuple[int, str]) -> tuple[list[tuple[str, bytes, str]], tuple[AreaChanges, ...]]:
    from drafter.api import release_files

    release = _STATE.setdefault("cache", {}).pop(task, None) or _render(task)
    changes = changes_since_last_draft(_STATE["job"].out_dir, [release])
    return list(release_files(release, _STATE["writers"])), changes


@contextmanager
def mapper(job: Job, jobs: int) -> Iterator[Callable[[Any], Iterator[Any]]]:
    """A function that maps a task function over every area, in order: here, or in one pool of ``jobs``
    worker processes kept for both passes."""
    if _STATE.get("job") != job:
        setup(job)
    work = tasks()
    if jobs <= 1 or len(work) < 2:
        yield lambda fn: map(fn, work)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    chunk = max(1, min(64, len(work) // (jobs * 8) or 1))
    with context.Pool(jobs, initializer=setup, initargs=(job,)) as pool:
        yield lambda fn: pool.imap(fn, work, chunksize=chunk)


def default_jobs() -> int:
    import os

    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def summaries_areas(summaries: Sequence[Summary]) -> list[str]:
    return [s.area for s in summaries]
