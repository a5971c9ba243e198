"""Parallel drafting gives the same bytes; --help stays light."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

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
