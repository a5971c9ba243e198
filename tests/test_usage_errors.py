"""A command line typer cannot read is one line in drafter's form, ``error: …``, with exit status 2, naming the option
or argument and what to write, not click's box; --help is typer's, unchanged."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer.testing import CliRunner

from drafter.cli import app
from drafter.cli.app import DrafterGroup

runner = CliRunner()


@pytest.mark.parametrize(("args", "line"), [
    (["preview", "my-campaign"], "error: --area: drafter preview needs it (expected --area AREA, the area to show)"),
    (["preview"], "error: CAMPAIGN_DIR: drafter preview needs it (expected the campaign folder: drafter preview "
                  "CAMPAIGN_DIR --area AREA)"),
    (["quotes", "approve", "c", "q"], "error: --by: drafter quotes approve needs it (expected --by NAME, who "
                                      "approved the quote's exact wording)"),
    (["preview", "c", "--are", "Cheshire"], 'error: "--are" is not an option of drafter preview (did you mean '
                                            "--area?)"),
    (["draft", "c", "--xyzzy"], 'error: "--xyzzy" is not an option of drafter draft (expected one of --area, '
                                "--draft-quotes, --force, --format, --help, --locale, --out, --style, --take-over)"),
    (["--bogus"], 'error: "--bogus" is not an option of drafter (expected one of --help, --version)'),
    (["previw", "c"], 'error: "previw" is not a command of drafter (did you mean preview?)'),
    (["quotes", "aprove"], 'error: "aprove" is not a command of drafter quotes (did you mean approve?)'),
    (["preview", "c", "--area"], "error: --area: needs a value (expected --area AREA, the area to show)"),
    (["send", "c", "--pace", "soon"], 'error: --pace: "soon" is not a number of 0 or more (expected --pace SECONDS, '
                                      "wait between messages)"),
    (["preview", "My", "Campaign", "--area", "Cheshire"],
     'error: drafter preview: "Campaign" is one word too many (expected drafter preview CAMPAIGN_DIR --area AREA; a '
     'folder or area whose name has spaces goes in double quotes, as in "North West")'),
])
def test_a_usage_error_is_one_line_naming_the_option_and_what_to_write(args: list[str], line: str) -> None:
    result = runner.invoke(app, args, prog_name="drafter")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", line + "\n")


def test_help_is_typers_and_drafter_alone_still_shows_it() -> None:
    shown = runner.invoke(app, ["preview", "--help"], prog_name="drafter")
    assert shown.exit_code == 0
    assert shown.stdout.startswith("Usage: drafter preview [OPTIONS] ")
    alone = runner.invoke(app, ["quotes"], prog_name="drafter")
    assert "approve" in alone.output and "error:" not in alone.output


class Colour(enum.StrEnum):
    red = "red"
    green = "green"


toy = typer.Typer(cls=DrafterGroup, add_completion=False)


@toy.command()
def paint(folder: Annotated[Path, typer.Argument(metavar="FOLDER", exists=True, help="The folder to paint.")],
          colour: Annotated[Colour, typer.Option("--colour", help="The colour.")] = Colour.red) -> None:
    """A command with a choice and a path that must exist, kinds no drafter command has yet."""


@toy.command()
def other() -> None:
    """A second command, so the toy is a group as drafter is."""


@pytest.mark.parametrize(("args", "line"), [
    (["paint", ".", "--colour", "gren"], 'error: --colour: "gren" is not one of its choices (did you mean green?)'),
    (["paint", ".", "--colour", "blue"], 'error: --colour: "blue" is not one of its choices (expected one of red, '
                                         "green)"),
    (["paint", "nowhere"], 'error: FOLDER: "nowhere" does not exist (expected the folder to paint)'),
])
def test_a_bad_choice_or_a_path_not_there_is_one_line(args: list[str], line: str) -> None:
    result = runner.invoke(toy, args, prog_name="toy")
    assert (result.exit_code, result.stderr) == (2, line + "\n")
