"""The commonest press-officer mistakes, through the command line, each one line naming the file, line or key, the
bad value and what to do, with the exit status and nothing written: the wrong folder given, a file open and locked
in Excel, a misspelt template, column or locale, a quotation never closed, a period's column missing."""

from __future__ import annotations

import csv
import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from tests.conftest import edit

runner = CliRunner()


def draft(campaign: Path | str, out: Path, *more: str) -> tuple[int, str]:
    result = runner.invoke(app, ["draft", str(campaign), "--out", str(out), "--format", "md", *more])
    assert not out.exists()  # nothing written
    return result.exit_code, result.stderr


def test_the_folder_above_a_campaign_is_told_the_campaign_folder_inside_it(example: Path, tmp_path: Path) -> None:
    assert draft(tmp_path, tmp_path / "out") == (1, f"error: campaign.yaml: file not found (expected a campaign.yaml "
                                                    f"in {tmp_path}; the folder campaign inside it is a campaign "
                                                    f"folder: give {example})\n")
    shutil.copytree(example, tmp_path / "campaign 2")
    assert draft(tmp_path, tmp_path / "out")[1].endswith(
        f"; these folders inside it are campaign folders, give one: {example}, {tmp_path / 'campaign 2'})\n")


def test_a_folder_inside_a_campaign_or_a_file_of_it_is_told_the_campaign_folder(example: Path,
                                                                                tmp_path: Path) -> None:
    (example / "data").mkdir()
    assert draft(example / "data", tmp_path / "out") == (
        1, f"error: campaign.yaml: file not found (expected a campaign.yaml in {example / 'data'}; the folder above "
           f"it is a campaign folder: give {example})\n")
    assert draft(example / "campaign.yaml", tmp_path / "out") == (
        2, f'error: CAMPAIGN_DIR: "{example / "campaign.yaml"}" is not a folder (expected a campaign folder holding '
           f"campaign.yaml; this file is in one: give {example})\n")
    assert draft(tmp_path / "campaing", tmp_path / "out") == (
        2, f'error: CAMPAIGN_DIR: "{tmp_path / "campaing"}" does not exist (expected a campaign folder holding '
           f"campaign.yaml; did you mean {example}?)\n")


def test_figures_open_and_locked_in_excel_are_told_to_be_closed(example: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    opened: Callable[..., int] = os.open

    def locked(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("figures.csv"):  # as Windows refuses a file Excel has open
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return opened(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", locked)
    assert draft(example, tmp_path / "out") == (
        1, "error: figures.csv: cannot be read: another program has it open and locked, or your account may not read "
           "it (expected the file closed in Excel, then the command run again; on a shared drive, permission to read "
           "it from whoever looks after the drive)\n")


@pytest.mark.parametrize(("file", "old", "new", "said"), [
    ("campaign.yaml", "template: helpline-rise", "template: helpline-rsie",
     'campaign.yaml:8: template: "helpline-rsie" is not a shipped template or a folder in the campaign folder (did '
     "you mean 'helpline-rise'?)"),
    ("campaign.yaml", "title: More", 'title: "More',
     "campaign.yaml:5: has a value that starts with a quotation mark and never closes it ('\"More people seeking help "
     "to stop …') (expected the closing quotation mark at the end of the value (title: \"More people seeking help to "
     'stop …"), or none at its start)'),
    ("areas.csv", "area,parent,", "area,parnt,",
     'areas.csv:1: header: "parnt" is spelt like parent, a column drafter reads, which is not in the file (expected '
     "the column named parent)"),
    ("figures.csv", "area,measure,before,after", "area,measure,before,later",
     'figures.csv:1: header: "later" is not a period id (expected a period id from campaign.yaml; did you mean '
     "'after'?)"),
])
def test_a_misspelt_name_is_told_what_it_should_be(example: Path, tmp_path: Path, file: str, old: str, new: str,
                                                   said: str) -> None:
    edit(example / file, old, new)
    assert draft(example, tmp_path / "out") == (1, f"error: {said}\n")


def test_a_period_whose_column_is_missing_is_named_with_the_columns_there(example: Path, tmp_path: Path) -> None:
    with (example / "figures.csv").open(encoding="utf-8", newline="") as figures:
        rows = [row[:3] for row in csv.reader(figures)]  # the "after" column deleted
    with (example / "figures.csv").open("w", encoding="utf-8", newline="") as figures:
        csv.writer(figures).writerows(rows)
    assert draft(example, tmp_path / "out") == (
        1, "error: figures.csv:1: header: has no column for period 'after' (January to June 2018) (expected a column "
           "after with each area's figures for that period, as campaign.yaml's periods: name it; the header row has "
           "area, measure, before)\n")


def test_areas_listed_without_brackets_is_told_its_line_and_the_brackets(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "areas: all", "areas: Cheshire, Cumbria")
    assert draft(example, tmp_path / "out") == (
        1, 'error: campaign.yaml:29: areas: "Cheshire, Cumbria" is not an area in areas.csv (expected a list with '
           "one area in each place: areas: [Cheshire, Cumbria])\n")


@pytest.mark.parametrize(("rename", "said"), [
    (("figures.csv", "figures.csv.csv"), "figures.csv: file not found (expected figures.csv in the campaign folder; "
     "the folder has figures.csv.csv (its ending typed twice, as Windows hides it): rename it figures.csv)"),
    (("areas.csv", "areas.xlsx"), "areas.csv: file not found (expected areas.csv in the campaign folder; the folder "
     "has areas.xlsx, of another kind: save it as a CSV UTF-8 file named areas.csv)"),
])
def test_a_file_whose_name_ends_otherwise_than_windows_shows_is_named(example: Path, tmp_path: Path,
                                                                       rename: tuple[str, str], said: str) -> None:
    (example / rename[0]).rename(example / rename[1])
    assert draft(example, tmp_path / "out") == (1, f"error: {said}\n")


def test_an_empty_campaign_yaml_is_told_what_goes_in_it(example: Path, tmp_path: Path) -> None:
    (example / "campaign.yaml").write_text("# to fill in\n", encoding="utf-8")
    assert draft(example, tmp_path / "out") == (
        1, "error: campaign.yaml: is empty (expected its keys, one a line, such as title: …; drafter new makes a "
           "campaign folder with every file filled in, to start from)\n")


@pytest.mark.parametrize(("typed", "meant"), [("cy", "cy_GB"), ("en-gb", "en_GB")])
def test_a_locale_typed_short_is_told_the_one_meant(example: Path, tmp_path: Path, typed: str, meant: str) -> None:
    assert draft(example, tmp_path / "out", "--locale", typed) == (
        2, f'error: --locale: "{typed}" is not a supported locale (did you mean {meant!r}?)\n')
