"""The README's Quick start stays true: two commands, the second is what CI runs, the first drafts the example."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from drafter.cli import app
from tests.conftest import ROOT


def quick_start() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_exactly_two_commands() -> None:
    commands = quick_start()
    assert len(commands) == 2
    assert commands[0].startswith("pip install . && drafter draft ")
    assert commands[1].startswith("pip install ")


def test_ci_runs_the_readme_test_command_exactly() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start()[1] in ci.splitlines()
    assert quick_start()[0] in ci.splitlines()


def test_the_first_command_drafts_six_releases(tmp_path: Path, monkeypatch: object) -> None:
    draft = shlex.split(quick_start()[0].split(" && ", 1)[1])
    assert draft[:2] == ["drafter", "draft"]
    args = draft[1:]
    args[args.index("--out") + 1] = str(tmp_path / "out")
    args[1] = str(ROOT / args[1])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert len(list((tmp_path / "out").glob("*.docx"))) == 6
    assert len(list((tmp_path / "out").glob("*.md"))) == 6
