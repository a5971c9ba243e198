"""Drafting a batch area by area, in one process or several.

Pass 1 renders each release once, which validates it, writes its files under temporary names in the output
folder (:func:`drafter.output.stage`) and hands back a short summary and its line for pass 1's record on disk
(:mod:`drafter.spool`), so memory does not grow with the batch and the writing is shared between the
workers. Pass 2, only when every area has drafted, renames them into place (or removes them, for a file a
person edited). With ``jobs > 1`` pass 1 runs in worker processes — forked copies of this one, which has
loaded the campaign, compiled the template and opened the reference DOCX already (see
:func:`start_method`); results come back in area order, so the output is byte for byte the same as with one
job.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.model import Warning
from drafter.output.files import Staged, stage
from drafter.output.spool import Pass1Record, Summary
from drafter.reports.changes import AreaChanges, changes_since_last_draft
from drafter.reports.review import review_row


@dataclass(frozen=True)
class Job:
    campaign_dir: Path
    out_dir: Path
    areas: tuple[str, ...]
    locale: str | None
    style: str | None
    formats: tuple[str, ...]


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


def tasks() -> Iterator[tuple[int, str]]:
    return ((index, name) for index, batch in enumerate(_STATE["batches"]) for name in batch.areas)


def task_count() -> int:
    return sum(len(batch.areas) for batch in _STATE["batches"])


def _render(task: tuple[int, str]) -> Any:
    import dataclasses

    index, name = task
    batch = _STATE["batches"][index]
    release = batch.renderer.render(batch.campaign, batch.campaign.area(name), batch.style)
    return dataclasses.replace(release, slug=f"{release.slug}.{batch.tag}") if batch.tag else release


@dataclass(frozen=True)
class Drafted:
    """One area's result from pass 1: its summary, its files and what changed since the last draft."""

    summary: Summary
    warnings: tuple[Warning, ...]
    record: str  # the area's line in pass 1's record: its staged files and reviewer row (drafter.spool)
    changes: tuple[AreaChanges, ...]


def draft_area(task: tuple[int, str]) -> Drafted:
    """Render one release (validating it) and stage every file it gives."""
    from drafter.api import release_files

    release = _render(task)
    summary = Summary(release.area, release.slug, release.language, release.headline)
    review = review_row(_STATE["batches"][task[0]].campaign, release)
    changes = changes_since_last_draft(_STATE["job"].out_dir, [release])
    root = _STATE["job"].out_dir.resolve()
    staged = [stage(root, name, data, area) for name, data, area in release_files(release, _STATE["writers"])]
    return Drafted(summary, release.warnings, Pass1Record.line(staged, review), changes)


MIN_PARALLEL = 100  # forked workers start at once; below ~100 releases one process is as quick (bench/, by hand)


def stage_review(record: Path, warnings: tuple[Warning, ...]) -> list[Staged]:
    """Build the reviewer pack from pass 1's record at ``record`` and stage its files (in a worker when there
    are any, while the main process renames the releases into place)."""
    from drafter.api import review_files, review_writer
    from drafter.output.spool import reviews
    from drafter.reports.review import with_campaign_warnings

    pack = review_files(_STATE["batches"][0].campaign, lambda: with_campaign_warnings(reviews(record), warnings),
                        review_writer(_STATE["writers"], _STATE["reference"]))
    root = _STATE["job"].out_dir.resolve()
    return [stage(root, name, data, area) for name, data, area in pack]


class Workers:
    """Runs task functions for a batch: over every area, in order, or once; here, or in a pool of worker
    processes kept for the whole batch."""

    def __init__(self, pool: ProcessPoolExecutor | None = None, chunk: int = 1) -> None:
        self._pool = pool
        self._chunk = chunk

    def map(self, fn: Callable[[tuple[int, str]], Any]) -> Iterator[Any]:
        """``fn`` of every area's task, in area order (the tasks afresh for each map over them)."""
        if self._pool is None:
            return map(fn, tasks())
        return self._pool.map(fn, tasks(), chunksize=self._chunk)

    def start(self, fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """Start ``fn(*args)`` — in a worker, when there are any, so it runs alongside what this process does
        next — and return a function that waits for its result (or raises its error)."""
        if self._pool is None:
            result = fn(*args)
            return lambda: result
        return self._pool.submit(fn, *args).result


@contextmanager
def mapper(job: Job, jobs: int) -> Iterator[Workers]:
    """The batch's :class:`Workers`: this process alone, or a pool of ``jobs`` worker processes."""
    if _STATE.get("job") != job:
        setup(job)
    count = task_count()
    if jobs <= 1 or count < MIN_PARALLEL:
        yield Workers()
        return
    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["drafter.api"])
    chunk = max(1, min(64, count // (jobs * 8) or 1))
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_setup, initargs=(job,))
    try:
        yield Workers(pool, chunk)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)  # one area failed: start no more, let running ones end
        raise
    pool.shutdown(wait=True)


def start_method() -> str:
    """How workers start. Fork when this process runs one thread only: a worker is then a copy of a process
    that has loaded the campaign, compiled the templates and opened the reference already, so it starts at
    once. With other threads running (a host application's), a forked copy could inherit a lock another
    thread held, so workers start from a clean process instead (forkserver, or spawn where there is none) and
    load the batch themselves. Either way a worker that dies raises BrokenProcessPool instead of hanging."""
    import threading

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _worker_setup(job: Job) -> None:
    """A worker's start: exit when the drafting process dies, even by SIGKILL (a pool's workers hold their
    own queue's pipe open, so they would otherwise wait for work for ever), then load as :func:`setup`."""
    import os
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is not None:
        sentinel = parent.sentinel

        def watch() -> None:
            wait([sentinel])
            os._exit(1)

        threading.Thread(target=watch, name="drafter-parent-watch", daemon=True).start()
    if _STATE.get("job") != job:  # a forked worker has the batch loaded already
        setup(job)


def default_jobs() -> int:
    import os

    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))

