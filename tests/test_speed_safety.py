"""Progress while a batch drafts, staging inside the output folder, and a --help that stays light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drafter import api
from tests.conftest import EXAMPLE, ROOT
from tests.synthetic import make_campaign


def test_help_and_version_import_no_docx_jinja_or_babel() -> None:
    code = (
        "import sys\nfrom drafter.cli import main\n"
        "for args in (['--help'], ['--version']):\n"
        "    sys.argv = ['drafter', *args]\n"
        "    try:\n        main()\n    except SystemExit:\n        pass\n"
        "heavy = ('docx', 'jinja2', 'babel', 'openpyxl', 'ruamel', 'yaml', 'lxml')"
        "  # rich (typer's) brings markdown_it\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


# Imported only by the campaigns and commands that need them (ARCHITECTURE.md's import rules): the shipped example,
# a CSV campaign with a media.csv of plain addresses and no letterhead, drafted afresh, needs none of them.
ON_DEMAND = ("drafter.load.xlsx", "drafter.load.ods", "openpyxl", "drafter.load.archive", "drafter.load.vcard",
             "email.utils", "drafter.writers.docx_read", "drafter.writers.docx_chart_read", "ruamel",
             "drafter.load.published", "drafter.load.added", "drafter.load.row_filter")


@pytest.mark.slow  # a fresh process drafting (0.7 s): CI runs it, as every slow test
def test_drafting_the_example_imports_nothing_only_other_campaigns_or_commands_need(tmp_path: Path) -> None:
    """Each module costs every command its import (issue 14: the example drafts in at most three times the time
    of importing its libraries); one imported at the top of a module every draft imports would bring it back."""
    code = (
        "import sys\nfrom drafter.cli import main\n"
        f"sys.argv = ['drafter', 'draft', {str(EXAMPLE)!r}, '--out', {str(tmp_path / 'out')!r}]\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
        f"print(sorted(m for m in sys.modules if m.startswith({ON_DEMAND!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "6 releases in" in result.stdout  # it drafted
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_progress_counts_every_release_then_every_file(tmp_path: Path) -> None:
    campaign = make_campaign(tmp_path / "campaign", 30)
    events: list[tuple[str, ...]] = []
    result = api.draft(campaign, tmp_path / "out", on_area=lambda area, total: events.append(
        ("area", area, str(total))), on_file=lambda name: events.append(("file", name)))
    areas = [e for e in events if e[0] == "area"]
    assert areas == [("area", s.area, "30") for s in result.releases]
    assert events[:30] == areas  # every release drafted before the first file is put in place
    assert [e[1] for e in events[30:]] == result.report.written  # a fresh folder: every file written
    assert result.report.written[-2:] == ["review/review.csv", "review/review.docx"]


def test_the_progress_display_draws_releases_then_files(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from drafter.cli import DraftProgress

    screen = io.StringIO()
    campaign = make_campaign(tmp_path / "campaign", 20)
    with DraftProgress(Console(file=screen, force_terminal=True, width=100)) as progress:
        result = api.draft(campaign, tmp_path / "out", on_area=progress.area, on_file=progress.file)
    assert len(result.releases) == 20
    shown = screen.getvalue()
    assert "Drafting Region 1" in shown and "Writing " in shown  # the first of each is drawn at once


def test_every_file_is_staged_in_one_folder_inside_the_output_folder_and_none_is_left(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Renamed from inside the output folder, so each file appears whole, at once (a rename within one file
    system is atomic); the staging folder goes at the end."""
    import os

    renamed: list[tuple[Path, Path]] = []
    replace = os.replace

    def spy(source: str | Path, target: str | Path) -> None:
        renamed.append((Path(source), Path(target)))
        replace(source, target)

    monkeypatch.setattr(os, "replace", spy)  # every rename drafter makes (opened.replace calls it)
    out = tmp_path / "out"
    api.draft(make_campaign(tmp_path / "campaign", 5), out, formats=["md"])
    staged = [(source, target) for source, target in renamed if target.name != "drafter-manifest.json"]
    assert len(staged) == 5 * 2 + 2  # each area's Markdown and fact sheet; the reviewer pack
    folders = {source.relative_to(out).parts[0] for source, _ in staged}
    assert len(folders) == 1 and folders.pop().startswith(".drafter-tmp-")
    assert all(source.relative_to(out).parts[1:] == target.relative_to(out).parts for source, target in staged)
    assert not [p for p in out.rglob("*") if p.name.startswith(".drafter-tmp-")]
