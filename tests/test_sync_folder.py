"""A shared drive's mishaps, round three: what sync programs (OneDrive, SharePoint, Google Drive, Dropbox) and
colleagues do to a folder of releases (docs/safety.md, "What people and drives do to a folder")."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import DrafterError
from drafter.output import files
from drafter.output.copies import copy_of
from tests.conftest import edit
from tests.helpers import tree

runner = CliRunner()


def own_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("warning: ")]


@pytest.mark.parametrize(("name", "release"), [
    ("Cheshire (1).docx", "cheshire.docx"),  # Windows, a browser's download, Google Drive
    ("cheshire (2).md", "cheshire.md"),
    ("cheshire - Copy.docx", "cheshire.docx"),  # Explorer's copy and paste
    ("cheshire - Copy (3).docx", "cheshire.docx"),
    ("Cheshire-LAPTOP-7F3.docx", "cheshire.docx"),  # OneDrive and SharePoint: the computer's name
    ("cheshire-DESKTOP-AB12CD-2.docx", "cheshire.docx"),
    ("Cheshire (Jo Smith's conflicted copy 2026-11-30).docx", "cheshire.docx"),  # Dropbox
    ("cheshire (Jo Smith's conflicted copy 2026-11-30 (1)).docx", "cheshire.docx"),
    ("cheshire (Case Conflict).docx", "cheshire.docx"),
    ("cheshire (Conflicted copy 2026-11-30 Jo Smith).docx", "cheshire.docx"),  # Google Drive
    ("greater-manchester.facts-LAPTOP-7F3.csv", "greater-manchester.facts.csv"),  # before the last ending
    ("cheshire.facts (Jo Smith's conflicted copy 2026-11-30).csv", "cheshire.facts.csv"),
    ("Cheshire.cy (1).docx", "cheshire.cy.docx"),
    ("north-west-LAPTOP-7F3.docx", "north-west.docx"),  # not a copy of north.docx
    ("review (1).csv", "review/review.csv"),
])
def test_a_sync_programs_or_a_persons_copy_of_a_release_is_known_for_one(name: str, release: str) -> None:
    drafted = {n.casefold(): n for n in ("cheshire.docx", "cheshire.md", "greater-manchester.facts.csv",
                                         "cheshire.facts.csv", "cheshire.cy.docx", "greater.docx", "north.docx",
                                         "north-west.docx",
                                         "review/review.csv")}
    folder = "review/" if release.startswith("review/") else ""
    assert copy_of(folder + name, drafted) == release


@pytest.mark.parametrize("name", [
    "cheshire-east.docx",  # another area's release (lower case: no computer's name)
    "cheshire.edited.docx",  # drafter's own keeping of an edit
    "cheshire (1).md.docx", "cheshire (1).pdf", "cheshire.docx.tmp", "~$eshire.docx", "notes (1).docx",
    "cheshire(1).docx", "cheshire -Copy.docx", "cheshire-LAPTOP-7F3.facts.csv", "cheshire.edited-2.docx",
    "review/cheshire (1).docx", "review (1).csv",
])
def test_other_files_are_not_taken_for_a_copy_of_a_release(name: str) -> None:
    drafted = {n.casefold(): n for n in ("cheshire.docx", "cheshire.md", "review/review.csv")}
    assert copy_of(name, drafted) is None


def test_a_conflict_copy_of_a_release_holding_an_edit_is_named_at_every_draft(
        drafted_example: tuple[Path, Path]) -> None:
    """Jo edits Cheshire's release on a laptop offline while a colleague redrafts: OneDrive keeps both, the draft
    under the release's name and Jo's edit as a copy named after her laptop. drafter never touches the copy, and
    says that it may hold an edit the release does not, until it is moved away. A copy of an earlier draft drafter
    wrote holds nobody's work, but is not to be sent: it is named as such; a copy of the new draft is not named."""
    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")
    (out / "Cheshire-LAPTOP-7F3.docx").write_bytes(b"Jo's edit")
    shutil.copy(out / "cumbria.md", out / "cumbria (1).md")  # the draft as it was: nobody's edit in it
    before = tree(out)
    old = (f"left as it was: {out / 'cumbria (1).md'}: a copy of an earlier draft (a sync program's conflict copy, "
           "or a person's); drafter never deletes a release: move it out of the folder so nobody sends an old draft")
    line = (f"copy left alone {out / 'Cheshire-LAPTOP-7F3.docx'}: a copy of cheshire.docx that drafter did not "
            "write, as a sync program such as OneDrive or Dropbox keeps when two computers change a file at once, "
            "so it may hold a person's edit that is not in cheshire.docx: bring the edit across by hand, then move "
            "the copy out of the folder so nobody sends it")
    for lines in ([line, old], [line]):
        result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
        assert result.exit_code == 0, result.stderr
        assert own_lines(result.stderr) == lines
        shutil.copy(out / "cumbria.md", out / "cumbria (1).md")  # a copy of the new draft
    after = tree(out)
    assert after["Cheshire-LAPTOP-7F3.docx"] == b"Jo's edit"
    assert after["cheshire.docx"] != before["cheshire.docx"]  # the release itself was drafter's: redrafted


def test_the_review_folder_renamed_in_capitals_is_left_alone_as_windows_would_find_it(
        drafted_example: tuple[Path, Path]) -> None:
    """A colleague on Windows renamed review to Review. On a drive that tells capitals apart, drafter would make a
    second review folder beside it, which Windows cannot tell from the first; so, as with a release, the pack is
    not written beside it. (Where Windows drafts, Review is the review folder, and the pack goes in it.)"""
    example, out = drafted_example
    (out / "review").rename(out / "Review")
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert own_lines(result.stderr) == [
        f"skipped {out / 'review' / name}: {out / 'Review'} is there, a name that differs only in capitals, which "
        "Windows takes for the same folder, so that folder is left alone and this file is not written beside it "
        f"(rename Review or move it elsewhere to let drafter write review/{name})"
        for name in ("review.csv", "review.docx")]
    assert not (out / "review").exists() and sorted(os.listdir(out / "Review")) == ["review.csv", "review.docx"]


@pytest.mark.parametrize("stage", ["staging", "flushing", "renaming"])
def test_the_output_folder_moved_or_deleted_part_of_the_way_is_said_in_so_many_words(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    """A colleague (or a sync program) moves, renames or deletes the output folder while drafter writes in it:
    one line says so, not "No such file or directory … expected space and permission to write"."""
    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")
    moved = out.with_name("moved")
    calls = []

    def move(real):  # type: ignore[no-untyped-def]
        def moving(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(1)
            if len(calls) == 3:
                out.rename(moved)
            return real(*args, **kwargs)
        return moving

    target = {"staging": (files.Staging, "stage"), "flushing": (files, "_make_durable"),
              "renaming": (files, "replace")}[stage]
    monkeypatch.setattr(*target, move(getattr(*target)))
    if stage == "flushing":
        calls.extend([1, 1])
    with pytest.raises(DrafterError) as raised:
        api.draft(example, out, formats=["md"])
    outcome = ("2 files in it are the new draft, the rest are as they were, and none is half-written"
               if stage == "renaming" else "nothing in it has been changed")
    assert raised.value.line() == (
        f"{out}: --out: was moved, renamed or deleted while drafter wrote in it (by a person, or a sync program); "
        f"{outcome} (expected the folder left where it is while drafter drafts: put it back and run the same "
        "command again, or draft into a new folder)")


def test_a_campaign_recorded_without_its_folder_is_named_by_its_title_alone(
        drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    manifest = out / "drafter-manifest.json"
    manifest.write_text('{"version": 1, "campaign": {"title": "Fly-tipping"}, "files": {}}', encoding="utf-8")
    with pytest.raises(DrafterError) as raised:
        api.draft(example, out, formats=["md"])
    assert raised.value.line().startswith(
        f'{out}: --out: holds the releases of another campaign, "Fly-tipping", not of "More people')


def test_a_release_kept_online_only_that_cannot_be_downloaded_is_one_line_not_a_traceback(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """OneDrive's Files On-Demand keeps a release online only until it is read; with OneDrive stopped or the laptop
    offline, Windows refuses the read part of the way (ERROR_CLOUD_FILE_PROVIDER_NOT_RUNNING). drafter reads each
    release it may replace, to tell a person's edit from its own: the run stops before anything changes, saying
    what to do, where it ended in a traceback."""
    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")
    online_only = os.stat(out / "cheshire.docx").st_ino
    real = os.read

    def read(fd: int, size: int) -> bytes:
        if os.fstat(fd).st_ino == online_only:
            refused = OSError(22, "The cloud file provider is not running")
            refused.winerror = 362  # type: ignore[attr-defined]  # as Windows sets it; None elsewhere
            raise refused
        return real(fd, size)

    before = tree(out)
    monkeypatch.setattr(os, "read", read)
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    monkeypatch.setattr(os, "read", real)
    assert (result.exit_code, own_lines(result.stderr)) == (1, [
        f"error: {out / 'cheshire.docx'}: cannot be read (The cloud file provider is not running): it is kept online "
        "only, by OneDrive or another sync program, which could not download it (expected the file on this computer: "
        "in File Explorer, right-click it and choose Always keep on this device, with OneDrive running and online, "
        "then run the command again)"])
    assert tree(out) == before


@pytest.mark.parametrize("same_campaign", [True, False])
def test_two_computers_drafting_into_a_synced_folder_at_once_leave_drafts_not_edits(
        drafted_example: tuple[Path, Path], tmp_path: Path, same_campaign: bool) -> None:
    """Two people draft into a folder OneDrive or Dropbox keeps in step on each laptop (the lock is each laptop's
    own there). The sync program keeps one of each file under its name and the other as a conflict copy: the
    manifest too. Every file either draft wrote is drafter's, so the next draft replaces each, where it took the
    other laptop's drafts for a person's edits ("skipped … edited") and their copies for ones that may hold an edit.
    A copy of another campaign's manifest is not taken at its word."""
    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")
    laptop = tmp_path / "laptop"
    shutil.copytree(out, laptop)
    api.draft(example, laptop, formats=["md"])  # Jo's laptop
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:02", "embargo: 2018-09-04 00:03")
    api.draft(example, out, formats=["md"])  # a colleague's, at the same time: the synced folder has theirs, but
    shutil.copy(laptop / "cumbria.md", out / "cumbria.md")  # Jo's Cumbria won, and
    shutil.copy(laptop / "cheshire.md", out / "cheshire-LAPTOP-7F3.md")  # Jo's Cheshire was kept as a copy
    manifest = (laptop / "drafter-manifest.json").read_text(encoding="utf-8")
    if not same_campaign:
        manifest = manifest.replace('"title": "', '"title": "Another ').replace('"folder": "', '"folder": "/else')
    (out / "drafter-manifest-LAPTOP-7F3.json").write_text(manifest, encoding="utf-8")
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:03", "embargo: 2018-09-04 00:04")
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    if same_campaign:
        assert own_lines(result.stderr) == [
            f"left as it was: {out / 'cheshire-LAPTOP-7F3.md'}: a copy of an earlier draft (a sync program's conflict "
            "copy, or a person's); drafter never deletes a release: move it out of the folder so nobody sends an old "
            "draft"]
        assert "00:04" in (out / "cumbria.md").read_text(encoding="utf-8")
    else:
        assert [line.partition(": ")[0] for line in own_lines(result.stderr)] == [
            f"skipped {out / 'cumbria.md'}", f"copy left alone {out / 'cheshire-LAPTOP-7F3.md'}"]
    assert (out / "drafter-manifest-LAPTOP-7F3.json").read_text(encoding="utf-8") == manifest  # never touched


class PowerCut(BaseException):
    """The run stopped dead at this point (a power cut, or the process killed): nothing after it runs."""


def test_a_run_stopped_dead_while_force_keeps_an_edit_leaves_the_edit_under_the_releases_name(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """--force keeps a person's edit beside the new draft (cheshire.edited.md) and puts the draft in its place. A run
    stopped dead between the two moved the edit away and put nothing in its place: the next draft wrote the release
    afresh and said nothing of the edit, now under another name. The edit stays under the release's name until the
    new draft replaces it, so a run stopped at any point leaves it where the next draft finds it and names it."""
    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")
    (out / "cheshire.md").write_text("Jo's edit.\n", encoding="utf-8")
    real = files.replace

    def stopped(source: Path, target: Path) -> None:
        if target.name == "cheshire.md":
            raise PowerCut
        real(source, target)

    monkeypatch.setattr(files, "replace", stopped)
    with pytest.raises(PowerCut):
        api.draft(example, out, formats=["md"], force=True)
    monkeypatch.setattr(files, "replace", real)
    assert (out / "cheshire.md").read_text(encoding="utf-8") == "Jo's edit.\n"
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert own_lines(result.stderr)[0].startswith(f"skipped {out / 'cheshire.md'}: edited since drafter wrote it")
    assert (out / "cheshire.md").read_text(encoding="utf-8") == "Jo's edit.\n"


@pytest.mark.parametrize("name", ["COM¹", "lpt³", "CONIN$", "conout$", "Com².txt", "con", "AUX.docx"])
def test_every_name_windows_keeps_for_a_device_is_one_it_refuses(name: str) -> None:
    """Windows keeps COM¹ to COM³ and LPT¹ to LPT³ (superscript digits), CONIN$ and CONOUT$ as well as CON, AUX and
    the rest: an --out folder so named would be one nobody on Windows can open on the shared drive."""
    from drafter.fileio import windows_refuses

    assert windows_refuses(name) == "is a name Windows keeps for a device"


@pytest.fixture
def saved_during_force(drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
                       ) -> tuple[Path, Path, Path]:
    """Jo's edit of Cheshire's release, which she saves again (in place, as Notepad does) while a --force draft of
    a changed campaign is copying her earlier save aside: the campaign, the output folder and her release."""
    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")
    release = out / "cheshire.md"
    release.write_text("Jo's edit.\n", encoding="utf-8")
    real = files.keep_copy

    def saved_meanwhile(target: Path, kept: Path) -> None:
        real(target, kept)
        if target == release:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write("And another line.\n")

    monkeypatch.setattr(files, "keep_copy", saved_meanwhile)
    return example, out, release


def test_a_save_while_force_copies_the_edit_aside_is_kept_in_place(saved_during_force: tuple[Path, Path, Path]
                                                                   ) -> None:
    """The draft does not replace Jo's save, as the copy no longer holds her work; her save stays where it is, and
    the release is named as edited."""
    example, out, release = saved_during_force
    report = api.draft(example, out, formats=["md"], force=True).report
    assert release.read_text(encoding="utf-8") == "Jo's edit.\nAnd another line.\n"
    assert "cheshire.md" in report.skipped_edited and not (out / "cheshire.edited.md").exists()
    assert [name for name, _ in report.replaced_edited] == []


def test_a_save_while_force_runs_is_named_without_telling_to_use_force(saved_during_force: tuple[Path, Path, Path]
                                                                       ) -> None:
    """The same save at the command line: the line says the file was saved again as it was being replaced and to
    run the command again, not "use --force" (which was used)."""
    example, out, release = saved_during_force
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--format", "md", "--force"])
    assert result.exit_code == 0, result.output
    assert f"skipped {release}: saved again while this draft was replacing it (is someone working on it?), so that " \
        "save is left where it is and this draft of it is not written: once they have finished, run the same " \
        "command again to replace it, keeping their edit beside it\n" in result.stderr
    assert "use --force" not in result.stderr
