"""The terminal sessions of README.md and docs/sending.md, run for real: the tests compare them, this script
rewrites them.

    python tools/readme_session.py           # rewrite every session block of those pages from a real run
    python tools/readme_session.py --check   # exit 1, showing the difference, if a page is out of date

A session block is a ```console block between two markers::

    <!-- session: in an empty folder -->      (or "in the checkout", for commands that write nothing, or
                                              "in a drafted campaign": after drafter new my-campaign and
                                              drafter draft my-campaign --out my-campaign/out, unshown)
    ```console
    $ drafter new my-campaign
    created my-campaign with ...
    ```
    <!-- /session -->

Each ``$ drafter ...`` line is run in order through typer's CliRunner, in a fresh temporary folder (or in the
repository root), with a terminal 80 columns wide; the lines under it are what it printed, standard output
and standard error as a terminal shows them. A line holding only ``…`` stands for lines left out: the lines
above it are the first lines printed and the lines below it the last, and a rewrite keeps as many of each.
Trailing spaces are not compared (rich pads table lines; editors strip them), and the temporary folder's
path is shown as ``.``. Every command must exit 0.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAGES = (README, ROOT / "docs" / "sending.md")  # the pages with session blocks
DRAFTED = ("new my-campaign", "draft my-campaign --out my-campaign/out")  # "in a drafted campaign", before its steps
ELLIPSIS = "…"
PROMPT = "$ "
BLOCK = re.compile(r"<!-- session: (?P<where>in an empty folder|in the checkout|in a drafted campaign) -->\n"
                   r"```console\n(?P<body>.*?)```\n<!-- /session -->", re.DOTALL)
# A terminal as the README shows it: 80 columns, no colour forced on by the environment.
TERMINAL = {"COLUMNS": "80", "LINES": "50", "FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None,
            "NO_COLOR": "1"}


@dataclass(frozen=True)
class Step:
    """One command of a session and the shape of its output as shown: all of it, or a head and a tail."""

    command: str
    shown: tuple[str, ...]

    @property
    def cut(self) -> tuple[int, int] | None:
        """(lines kept before ``…``, lines kept after it), or None when the whole output is shown."""
        if ELLIPSIS not in self.shown:
            return None
        index = self.shown.index(ELLIPSIS)
        return index, len(self.shown) - index - 1


@dataclass(frozen=True)
class Session:
    where: str  # "in an empty folder", "in the checkout" or "in a drafted campaign"
    steps: tuple[Step, ...]
    start: int  # the body's place in the README text
    end: int


def sessions(readme: str) -> list[Session]:
    """Every session block in the README, in order."""
    found = []
    for match in BLOCK.finditer(readme):
        steps: list[Step] = []
        command: str | None = None
        shown: list[str] = []
        for line in match.group("body").splitlines():
            if line.startswith(PROMPT):
                if command is not None:
                    steps.append(Step(command, tuple(shown)))
                command, shown = line[len(PROMPT):], []
            elif command is None:
                raise ValueError(f"a session block starts with {line!r}, not a {PROMPT!r} command line")
            else:
                shown.append(line.rstrip())
        if command is not None:
            steps.append(Step(command, tuple(shown)))
        for step in steps:
            if step.shown.count(ELLIPSIS) > 1:
                raise ValueError(f"{step.command!r}: at most one {ELLIPSIS!r} line per command")
        found.append(Session(match.group("where"), tuple(steps), match.start("body"), match.end("body")))
    return found


def run(session: Session) -> str:
    """The block's body as a real run prints it, cut as the README cuts it."""
    from typer.testing import CliRunner

    from drafter.cli import app

    runner = CliRunner()
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = ROOT if session.where == "in the checkout" else Path(tmp)
        before = Path.cwd()
        os.chdir(folder)
        try:
            for setup in DRAFTED if session.where == "in a drafted campaign" else ():
                if runner.invoke(app, setup.split(), env=TERMINAL).exit_code != 0:
                    raise RuntimeError(f"drafter {setup} failed before the session")
            for step in session.steps:
                args = shlex.split(step.command)
                if args[0] != "drafter":
                    raise ValueError(f"{step.command!r}: a session runs drafter commands only")
                result = runner.invoke(app, args[1:], env=TERMINAL)
                if result.exit_code != 0:
                    raise RuntimeError(f"{step.command!r} exited {result.exit_code}:\n{result.output}")
                output = result.output.replace(str(Path(tmp).resolve()), ".").replace(tmp, ".")
                lines.append(PROMPT + step.command)
                lines.extend(_cut([line.rstrip() for line in output.splitlines()], step.cut))
        finally:
            os.chdir(before)
    return "\n".join(lines) + "\n"


def _cut(printed: list[str], cut: tuple[int, int] | None) -> list[str]:
    if cut is None or len(printed) <= sum(cut):
        return printed
    head, tail = cut
    return [*printed[:head], ELLIPSIS, *(printed[-tail:] if tail else [])]


def rewritten(readme: str) -> str:
    """The README with every session block's body replaced by a real run's output."""
    for session in reversed(sessions(readme)):
        readme = readme[:session.start] + run(session) + readme[session.end:]
    return readme


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="only report whether the pages are up to date")
    options = parser.parse_args()
    stale = 0
    for page in PAGES:
        name = page.relative_to(ROOT).as_posix()
        current = page.read_text(encoding="utf-8")
        fresh = rewritten(current)
        if options.check:
            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), fresh.splitlines(True),
                                                       name, "a real run"))
        elif fresh != current:
            page.write_text(fresh, encoding="utf-8")
            print(f"{name}: session blocks rewritten from a real run; review the difference")
        else:
            print(f"{name}: session blocks already match a real run")
        stale += fresh != current
    return 1 if options.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
