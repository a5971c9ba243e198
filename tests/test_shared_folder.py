"""One writer per output folder: two people drafting into one folder on a shared drive never mix their campaigns
(issue 19). The lock is drafter/output/lock.py."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.output import lock as locking

try:  # filelock 4's flock call, which one test takes away; filelock 3 keeps it elsewhere, and Windows has none
    from filelock._native import _unix as unix_lock
except ImportError:
    unix_lock = None  # type: ignore[assignment]
from drafter.output.manifest import MANIFEST
from tests.conftest import ROOT, edit
from tests.helpers import tree


def busy_line(out: Path, pid: int) -> str:
    return (f"error: {out}: --out: is being written by another drafter run (process {pid} on "
            f"{socket.gethostname()}, since {{time}}) (expected one run at a time in a folder: wait for the other "
            "run to finish, then run again; if no run is going on there (one stopped part of the way when its computer "
            "was switched off or lost the drive), delete .drafter-lock in the folder and run again)\n")


def test_a_second_run_waits_then_stops_naming_the_folder_and_the_run_that_holds_it(
        example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    api.draft(example, out, formats=["md"])
    before = tree(out)
    held = locking.OutputLock.take(out)
    since = (out / locking.OWNER).read_text(encoding="utf-8").rpartition("since ")[2]
    monkeypatch.setattr(locking, "WAIT_SECONDS", 0.1)
    started = time.monotonic()
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
    assert time.monotonic() - started >= 0.1  # it waited for the other run first
    assert result.exit_code == 1
    assert result.stderr == busy_line(out, os.getpid()).replace("{time}", since)
    held.release()
    assert tree(out) == before  # nothing touched, not even the other run's lock
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert not [p.name for p in out.iterdir() if p.name.startswith(".drafter-")]  # the lock goes with the run


def test_the_run_holding_a_folder_is_named_with_the_day_it_started(tmp_path: Path) -> None:
    """A lock left since yesterday is told from a run going on now."""
    held = locking.OutputLock.take(tmp_path)
    text = (tmp_path / locking.OWNER).read_text(encoding="utf-8")
    held.release()
    now = time.localtime()
    assert text.startswith(f"process {os.getpid()} on {socket.gethostname()}, since ")
    assert text.endswith(f" on {now.tm_mday} {time.strftime('%B %Y', now)}")


def test_the_run_holding_a_folder_is_named_without_the_control_characters_its_file_may_hold(tmp_path: Path) -> None:
    """The owner file is one anyone who may write in the folder may write: an escape sequence in it (which could
    clear or retitle the console) never reaches the error line."""
    (tmp_path / locking.OWNER).write_text("\x1b[2Jprocess 4120\x07 on LAPTOP-7,\tsince 09:41", encoding="utf-8")
    assert locking._holder(tmp_path) == "[2Jprocess 4120 on LAPTOP-7, since 09:41"


@pytest.mark.skipif(not hasattr(unix_lock, "lock_fd_nonblocking"), reason="filelock 4's flock call, to take it away")
def test_a_lock_left_on_a_drive_without_locks_by_another_computer_says_to_delete_it(
        example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A drive that keeps no locks (flock says ENOSYS): filelock's lock file alone is the lock, and a run on another
    computer that stopped part of the way leaves it held. The next run waits, then says whose it is and what to do,
    with no Python warning; once it is deleted, the run goes ahead."""
    def no_locks(fd: int) -> bool:
        raise OSError(errno.ENOSYS, "Function not implemented")

    monkeypatch.setattr(unix_lock, "lock_fd_nonblocking", no_locks)
    monkeypatch.setattr(locking, "WAIT_SECONDS", 0.1)
    out = tmp_path / "out"
    out.mkdir()
    (out / locking.LOCK).write_text("4120\nLAPTOP-7\n1\n", encoding="utf-8")  # the laptop's run, as filelock wrote it
    (out / locking.OWNER).write_text("process 4120 on LAPTOP-7, since 09:41 on 1 December 2026", encoding="utf-8")
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
        assert (result.exit_code, result.stderr) == (1, busy_line(out, 4120).replace(
            socket.gethostname(), "LAPTOP-7").replace("{time}", "09:41 on 1 December 2026"))
        (out / locking.LOCK).unlink()
        result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
        assert result.exit_code == 0, result.stderr
    assert not [str(w.message) for w in warned if "flock" in str(w.message)]
    assert not [p.name for p in out.iterdir() if p.name.startswith(".drafter-")]


def test_a_run_waiting_for_a_new_folder_whose_maker_failed_and_removed_it_makes_it_again(
        example: Path, tmp_path: Path) -> None:
    """Two people drafting into a new folder at once: the first run made it, and fails (a template's mistake, or
    Ctrl+C) while the second waits, and removes the folder it made. The second drafts into it as if first; it
    stopped with "cannot be written (No such file or directory)"."""
    import threading

    from drafter.output.files import Staging

    out = tmp_path / "new" / "out"
    first = Staging.start(out)
    assert first.created
    results: list[object] = []
    second = threading.Thread(target=lambda: results.append(api.draft(example, out, formats=["md"])))
    second.start()
    time.sleep(0.3)  # the second run is waiting for the lock
    first.end(failed=True)
    second.join()
    assert len(results) == 1 and "cheshire.md" in results[0].report.written  # type: ignore[attr-defined]
    assert (out / "cheshire.md").is_file()


def test_a_run_that_holds_the_lock_is_waited_for(example: Path, tmp_path: Path) -> None:
    """A run that finishes within the wait lets the waiting one go ahead."""
    import threading

    out = tmp_path / "out"
    out.mkdir()
    held = locking.OutputLock.take(out)
    timer = threading.Timer(0.2, held.release)  # the run reaches the lock well within this, then waits
    timer.start()
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
    timer.join()
    assert result.exit_code == 0, result.stderr


def test_two_runs_at_once_in_one_process_keep_a_persons_edit_and_leave_the_manifest_true(
        example: Path, tmp_path: Path) -> None:
    """Two drafts of a corrected campaign into one folder from two threads at once (two windows of one program, or
    a script), after a person edited Cheshire's release: one waits for the other; the edit survives both, every
    other file is the new draft, and the manifest records each file as it is."""
    import threading

    out = tmp_path / "out"
    api.draft(example, out, formats=["md"])
    edited = out / "cheshire.md"
    edited.write_text("A press officer's own words.\n", encoding="utf-8")
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")  # every file differs
    reports: list[object] = []

    def run() -> None:
        reports.append(api.draft(example, out, formats=["md"]).report)

    runs = [threading.Thread(target=run) for _ in range(2)]
    for thread in runs:
        thread.start()
    for thread in runs:
        thread.join()
    assert len(reports) == 2  # neither stopped: the second waited for the first
    first, second = sorted(reports, key=lambda report: -len(report.written))  # type: ignore[attr-defined]
    assert first.skipped_edited == second.skipped_edited == ["cheshire.md"]  # type: ignore[attr-defined]
    assert second.written == []  # type: ignore[attr-defined]
    assert edited.read_text(encoding="utf-8") == "A press officer's own words.\n"
    api.draft(example, tmp_path / "expected", formats=["md"])
    expected, files = tree(tmp_path / "expected"), tree(out)
    assert {name for name in files if files[name] != expected.get(name)} == {  # the pack names the edited release
        "cheshire.md", MANIFEST, "review/review.csv", "review/review.docx"}
    recorded = json.loads(files[MANIFEST])["files"]
    assert {name for name, entry in recorded.items() if entry["sha256"] != hashlib.sha256(files[name]).hexdigest()
            } == {"cheshire.md"}  # the edit is known as one: its entry is the draft the person edited
    assert not [p.name for p in out.iterdir() if p.name.startswith(".drafter-")]


@pytest.mark.parametrize("round_", [0, *(pytest.param(n, marks=pytest.mark.slow) for n in (1, 2))])
def test_two_runs_into_one_folder_leave_exactly_one_campaigns_releases(tmp_path: Path, example: Path,
                                                                        example_draft: Path, round_: int) -> None:
    """Two `drafter draft` processes into one folder, the second started a little after the first (jittered):
    each ends with exit 0, or 1 and the one line above; the folder holds one campaign's releases, whole."""
    other = tmp_path / "other"
    shutil.copytree(example, other)
    edit(other / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")  # every file differs
    api.draft(other, tmp_path / "expected-other")
    expected = {"one": drafted(example_draft), "other": drafted(tmp_path / "expected-other")}  # each as drafted
    out = tmp_path / "shared" / "out"
    runs = []
    for campaign in (example, other):
        runs.append(subprocess.Popen([sys.executable, "-m", "drafter", "draft", str(campaign), "--out", str(out)],
                                     cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
        time.sleep(random.Random(round_).uniform(0, 0.4))
    results = [(run.wait(timeout=120), run.stderr.read() if run.stderr else "") for run in runs]
    for run in runs:
        if run.stderr:
            run.stderr.close()
    assert all(code in (0, 1) for code, _ in results), results
    assert any(code == 0 for code, _ in results), results
    for code, stderr in results:
        if code == 1:
            assert stderr.startswith(f"error: {out}: --out: is being written by another drafter run (process "), stderr
            assert "Traceback" not in stderr and stderr.count("\n") == 1
    assert drafted(out) in (expected["one"], expected["other"])


def drafted(folder: Path) -> dict[str, bytes]:
    """Every file in a folder of releases, its manifest less the campaign folder it records (each campaign here
    is drafted from a copy of its own, so the path differs from the expected folder's)."""
    files = tree(folder)
    manifest = json.loads(files[MANIFEST])
    del manifest["campaign"]["folder"]
    return {**files, MANIFEST: json.dumps(manifest).encode()}
