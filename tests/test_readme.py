"""The README stays true: its Quick start is two commands (the second is what CI runs, the first drafts the example),
and every terminal session it shows is what a real run prints (tools/readme_session.py runs and rewrites them)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from drafter import __version__
from drafter.cli import app
from tests.conftest import ROOT
from tools.readme_session import run, sessions


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


def test_the_readme_sessions_print_what_a_real_run_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = sessions(readme)
    assert [s.where for s in found] == ["in the checkout", "in an empty folder"]
    for session in found:
        assert run(session) == readme[session.start:session.end], (
            "README.md's session differs from a real run: run python tools/readme_session.py and review the diff")


def test_the_first_session_goes_new_preview_draft_check_send() -> None:
    first = sessions((ROOT / "README.md").read_text(encoding="utf-8"))[1]
    assert [shlex.split(step.command)[:2] for step in first.steps] == [
        ["drafter", "new"], ["drafter", "preview"], ["drafter", "draft"], ["drafter", "check"], ["drafter", "send"]]
    assert all(step.shown for step in first.steps)  # every step shows what it printed


def test_a_stale_line_is_caught_and_a_cut_keeps_the_first_and_last_lines() -> None:
    help_head = "Usage: drafter [OPTIONS] COMMAND [ARGS]..."
    help_tail = "  quotes      List, add, approve and withdraw the campaign's quotes."
    body = f"$ drafter --version\ndrafter 0.0.0\n$ drafter --help\n{help_head}\n…\n{help_tail}\n"
    readme = f"<!-- session: in the checkout -->\n```console\n{body}```\n<!-- /session -->\n"
    (session,) = sessions(readme)
    assert readme[session.start:session.end] == body
    assert run(session) == body.replace("drafter 0.0.0", f"drafter {__version__}")


def test_the_sending_page_dry_run_prints_what_a_real_run_prints() -> None:
    """docs/sending.md's "See who would get what": the dry run of the example drafted as the README drafts it."""
    page = (ROOT / "docs" / "sending.md").read_text(encoding="utf-8")
    (session,) = sessions(page)
    assert session.where == "in a drafted campaign" and session.steps[0].command.endswith(" --dry-run")
    assert run(session) == page[session.start:session.end], (
        "docs/sending.md's session differs from a real run: run python tools/readme_session.py and review the diff")
