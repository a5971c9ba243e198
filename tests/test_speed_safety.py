"""Parallel drafting gives the same bytes; --help stays light."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from drafter import api, parallel
from tests.conftest import ROOT
from tests.synthetic import make_campaign


@pytest.mark.parametrize("another_thread", [False, True], ids=["forked workers", "workers from a clean process"])
def test_two_jobs_write_the_same_bytes_as_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              another_thread: bool) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 1)  # workers even for this small batch
    campaign = make_campaign(tmp_path / "campaign", 60)
    one = api.draft(campaign, tmp_path / "one", jobs=1)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)  # as a host application's thread would be
    if another_thread:
        thread.start()
    try:
        assert parallel.start_method() == ("forkserver" if another_thread else "fork")
        two = api.draft(campaign, tmp_path / "two", jobs=2)
    finally:
        stop.set()
    assert [s.slug for s in one.releases] == [s.slug for s in two.releases]
    names = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*") if p.is_file())
    assert len(names) > 120
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_help_and_version_import_no_docx_jinja_or_babel() -> None:
    code = (
        "import sys\nfrom drafter.cli import main\n"
        "for args in (['--help'], ['--version']):\n"
        "    sys.argv = ['drafter', *args]\n"
        "    try:\n        main()\n    except SystemExit:\n        pass\n"
        "heavy = ('docx', 'jinja2', 'babel', 'openpyxl', 'ruamel', 'lxml')  # rich (typer's) brings markdown_it\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


_STAGE_REVIEW = parallel.stage_review


def _stage_review_noting_the_process(*args: Any) -> Any:  # module level: a worker is sent it by name
    import os

    Path(os.environ["DRAFTER_TEST_BUILT_IN"]).write_text(str(os.getpid()))
    return _STAGE_REVIEW(*args)


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_counts_every_release_then_every_file_and_a_worker_builds_the_reviewer_pack(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    import os

    monkeypatch.setattr(parallel, "MIN_PARALLEL", 1)
    campaign = make_campaign(tmp_path / "campaign", 30)
    built_in = tmp_path / "built-in"
    monkeypatch.setenv("DRAFTER_TEST_BUILT_IN", str(built_in))
    monkeypatch.setattr(parallel, "stage_review", _stage_review_noting_the_process)
    events: list[tuple[str, ...]] = []
    result = api.draft(campaign, tmp_path / "out", jobs=jobs, on_area=lambda area, total: events.append(
        ("area", area, str(total))), on_file=lambda name: events.append(("file", name)))
    areas = [e for e in events if e[0] == "area"]
    assert areas == [("area", s.area, "30") for s in result.releases]
    assert events[:30] == areas  # every release drafted before the first file is put in place
    assert [e[1] for e in events[30:]] == result.report.written  # a fresh folder: every file written
    assert result.report.written[-2:] == ["review/review.csv", "review/review.docx"]
    assert (built_in.read_text() == str(os.getpid())) == (jobs == 1)


def test_the_progress_display_draws_without_a_thread_so_workers_are_forked(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from drafter.cli import DraftProgress

    screen = io.StringIO()
    campaign = make_campaign(tmp_path / "campaign", 120)
    before = threading.active_count()
    with DraftProgress(Console(file=screen, force_terminal=True, width=100)) as progress:
        assert threading.active_count() == before
        assert parallel.start_method() == "fork"
        result = api.draft(campaign, tmp_path / "out", jobs=2, on_area=progress.area, on_file=progress.file)
    assert len(result.releases) == 120
    shown = screen.getvalue()
    assert "Drafting Region 1" in shown and "Writing " in shown  # the first of each is drawn at once


def test_each_worker_stages_its_files_in_its_own_folder_and_none_is_left(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Processes creating files in one folder at once queue for it (here, two together took ten times as long
    as in two folders), so each worker writes in its own staging folder; pass 2 renames from there."""
    import os

    from drafter.output import files as output

    monkeypatch.setattr(parallel, "MIN_PARALLEL", 1)
    renamed: list[str] = []
    replace = os.replace

    def spy(source: str | Path, target: str | Path) -> None:
        renamed.append(str(source))
        replace(source, target)

    monkeypatch.setattr(output.os, "replace", spy)
    out = tmp_path / "out"
    api.draft(make_campaign(tmp_path / "campaign", 60), out, formats=["md"], jobs=2)
    folders = {os.path.basename(os.path.dirname(path)) for path in renamed}
    stagers = {name for name in folders if name.startswith(".drafter-tmp-stage-")}
    assert len(stagers) == 2 and f".drafter-tmp-stage-{os.getpid()}" not in stagers
    assert folders - stagers == {"review", "out"}  # the reviewer pack beside its files; the manifest
    assert not [p for p in out.rglob("*") if p.name.startswith(".drafter-tmp-")]
