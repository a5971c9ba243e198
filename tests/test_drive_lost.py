"""A shared drive's mishaps, round two: a release a sync program left empty, and the drive lost part of the way
through putting a batch in place (docs/safety.md, "What people and drives do to a folder")."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import DrafterError
from drafter.output import files
from tests.conftest import edit
from tests.helpers import tree

runner = CliRunner()


def test_a_release_a_sync_program_left_empty_is_written_again_and_a_persons_empty_file_is_not(
        drafted_example: tuple[Path, Path]) -> None:
    """OneDrive or Dropbox, stopped part of the way through bringing a release down, leaves it 0 bytes: nobody's
    work is in it, so it is not "edited" (which would keep it, and --force a copy of it). An empty file drafter
    did not write is still left alone."""
    example, out = drafted_example
    drafted = (out / "cheshire.docx").read_bytes()
    (out / "cheshire.docx").write_bytes(b"")
    (out / "cumbria (1).md").write_bytes(b"")  # a conflict copy: not drafter's name
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--format", "docx"])
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if not line.startswith("warning: ")] == [
        f"written again {out / 'cheshire.docx'}: it was empty (0 bytes), as a sync program such as OneDrive leaves a "
        "file it has not finished copying, so it held nobody's work"]
    assert (out / "cheshire.docx").read_bytes() == drafted
    assert (out / "cumbria (1).md").read_bytes() == b"" and not list(out.glob("*.edited*"))


@pytest.mark.parametrize(("error", "winerror"), [(errno.EIO, None), (errno.EINVAL, 64)],
                         ids=["a USB stick pulled out", "Windows: the network name is no longer available"])
def test_a_drive_lost_part_of_the_way_says_what_is_new_and_what_to_do_and_the_next_run_finishes(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, error: int, winerror: int | None) -> None:
    example, out = drafted_example
    edit(example / "figures.csv", "North West,contacts,\"1,747\",\"3,549\"", "North West,contacts,\"1,747\",\"3,554\"")
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    before = tree(out)
    real, calls = files.replace, []

    def lost_at_the_third(source: Path, target: Path) -> None:
        calls.append(target.name)
        if len(calls) == 3:
            lost = OSError(error, os.strerror(error))
            lost.winerror = winerror  # as Windows sets it (ERROR_NETNAME_DELETED); None elsewhere
            raise lost
        real(source, target)

    monkeypatch.setattr(files, "replace", lost_at_the_third)
    with pytest.raises(DrafterError) as raised:
        api.draft(example, out, formats=["md"])
    assert raised.value.line() == (
        f"{out / calls[2]}: could not be written ({os.strerror(error)}); 2 files before it are the new draft, it and "
        "the rest are as they were, and none is half-written (expected the drive back: once the network share or USB "
        "stick answers again, run the same command again (drafter knows which files it wrote), or draft into a "
        "folder on another drive)")
    after = tree(out)
    assert {name for name in before if after.get(name) != before[name]} == {*calls[:2], "drafter-manifest.json"}
    assert not [name for name in os.listdir(out) if name.startswith(".drafter-")]
    monkeypatch.setattr(files, "replace", real)
    report = api.draft(example, out, formats=["md"]).report
    assert calls[:2] == [name for name in report.unchanged if name in calls[:2]]
    assert calls[2] in report.written and not report.skipped_edited and not report.skipped_foreign


def test_a_file_whose_name_differs_only_in_capitals_is_left_alone_as_windows_would_find_it(
        drafted_example: tuple[Path, Path]) -> None:
    """On a drive that tells capitals apart (a Linux server's share, drafted from Linux or a Mac), drafter would
    otherwise write cheshire.md beside a colleague's Cheshire.md: on Windows one name hides the other, and
    whichever opens may be sent. Where Windows drafts, Cheshire.md is the file at cheshire.md, so it is left alone
    on every system."""
    example, out = drafted_example
    (out / "cheshire.md").rename(out / "Cheshire.md")
    (out / "Cheshire.md").write_text("A colleague's version.\n", encoding="utf-8")
    (out / "review" / "review.csv").rename(out / "review" / "REVIEW.csv")
    before = tree(out)
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if not line.startswith("warning: ")] == [
        f"skipped {out / 'cheshire.md'}: {out / 'Cheshire.md'} is there, a name that differs only in capitals, which "
        "Windows takes for the same file, so that file is left alone and this one is not written beside it (rename "
        "Cheshire.md or move it elsewhere to let drafter write cheshire.md)",
        f"skipped {out / 'review/review.csv'}: {out / 'review/REVIEW.csv'} is there, a name that differs only in "
        "capitals, which Windows takes for the same file, so that file is left alone and this one is not written "
        "beside it (rename REVIEW.csv or move it elsewhere to let drafter write review.csv)"]
    after = tree(out)
    assert {name: data for name, data in after.items() if name != "drafter-manifest.json"} == \
        {name: data for name, data in before.items() if name != "drafter-manifest.json"}
    # (the manifest records the campaign folder this copy was drafted from; it still records cheshire.md's hash)
