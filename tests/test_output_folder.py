"""The output folder as people leave it: a folder given as a link, a path too long for the drive, a release
made read-only, edits replaced with --force, a damaged manifest. Each case is one exact line and exit status, and
nobody's file is lost (drafter/output/)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.output import opened, problems
from tests.conftest import edit, files_in
from tests.helpers import kill_when_paused

OUT = "(expected a folder for the releases: give another --out)"
HIDDEN = ", a hidden file: turn on Hidden items in File Explorer's View menu to see it"  # Word's and LibreOffice's


def draft(example: Path, out: Path | str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out), "--format", "md", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.skipif(os.name == "nt", reason="making links needs privileges on Windows")
@pytest.mark.parametrize(("target", "what"), [("nowhere", "nothing"), ("afile", "a file"),
                                              ("out", "itself, round in a loop")])
def test_an_output_folder_that_is_a_link_to_no_folder_is_named(example: Path, tmp_path: Path, target: str,
                                                                 what: str) -> None:
    (tmp_path / "afile").write_text("someone's notes\n", encoding="utf-8")
    (tmp_path / "out").symlink_to(tmp_path / target)
    code, _, stderr = draft(example, tmp_path / "out")
    assert (code, stderr) == (1, f"error: {tmp_path / 'out'}: --out: is a link to {what}, not to a folder {OUT}\n")
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "someone's notes\n"


@pytest.mark.skipif(os.name == "nt", reason="making links needs privileges on Windows")
def test_an_output_folder_given_as_a_link_to_a_folder_is_drafted_into(example: Path, tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "out").symlink_to(tmp_path / "shared")
    code, _, stderr = draft(example, tmp_path / "out")
    assert code == 0, stderr
    assert (tmp_path / "shared" / "cheshire.md").is_file()
    assert (tmp_path / "out").is_symlink()


def test_an_output_folder_under_a_file_is_named(example: Path, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    code, _, stderr = draft(example, tmp_path / "afile" / "a" / "out")
    assert (code, stderr) == (1, f"error: {tmp_path / 'afile' / 'a' / 'out'}: --out: cannot be made, as "
                                 f"{tmp_path / 'afile'} is a file, not a folder {OUT}\n")


def test_an_output_folder_with_spaces_and_accents_is_drafted_into(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "Press Office" / "Ynys Môn – 2018"
    code, _, stderr = draft(example, out)
    assert code == 0, stderr
    assert (out / "cheshire.md").is_file()


def test_a_folder_too_deep_for_windows_is_refused_before_anything_is_made(example: Path, tmp_path: Path) -> None:
    """Checked on every system, before anything is made: the longest file's path in its place and as staged."""
    out = tmp_path / ("y" * (219 - len(str(tmp_path))))  # 220 characters: room for cheshire.md, not for the rest
    code, _, stderr = draft(example, out)
    assert (code, stderr) == (1, f"error: {out}: --out: is too long a path for Windows: Greater Manchester's file "
                                 "greater-manchester.facts.csv would be 249 characters long in it (279 while drafter "
                                 "writes it, in its working folder), and Windows cannot open a path of 260 characters"
                                 " or more without long paths turned on, which Word does not use; nothing has been "
                                 "changed (expected a shorter path: an output folder of at most 200 characters (this "
                                 "one is 220), nearer the top of the drive or with a shorter name)\n")
    assert not out.exists()


@pytest.mark.skipif(os.name == "nt", reason="reads the folder back name by name, which Windows cannot do")
@pytest.mark.parametrize("room", [0, 12, 25, 40, 55])
def test_a_path_too_long_anywhere_in_the_folder_is_one_line_and_changes_nothing(
        example: Path, tmp_path: Path, room: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """An output folder whose path leaves ``room`` characters before the system's limit: the folder itself, its
    lock, its staging folder or a release's path is too long; each is one line, never a traceback. (Windows' limit,
    checked first, is set aside here: this is the drive's own refusal, for a drive whose limit is lower still.)"""
    monkeypatch.setattr(api, "refuse_long_paths", lambda *args: None)
    limit = os.pathconf(tmp_path, "PC_PATH_MAX") if hasattr(os, "pathconf") else problems.WINDOWS_MAX_PATH
    out = tmp_path
    while len(str(out)) < limit - room - 200:
        out = out / ("x" * 200)
    out = out / ("x" * max(1, limit - room - len(str(out)) - 1))
    code, _, stderr = draft(example, out)
    assert code == 1 and stderr.count("\n") == 1
    assert stderr.endswith("too long for the drive) (expected a shorter path: an output folder nearer the top "
                           "of the drive, or with a shorter name)\n") or \
        stderr.endswith("too long for the drive); nothing has been changed (expected a shorter path: an output "
                        "folder nearer the top of the drive, or with a shorter name)\n"), stderr
    assert _listing(out) in (None, [])  # not made, or made and left empty: no lock, no staging, no release


def _listing(folder: Path) -> list[str] | None:
    """What ``folder`` holds, opened one name at a time (its whole path is too long to open); None if absent."""
    fd = os.open(folder.anchor, os.O_RDONLY)
    try:
        for part in folder.parts[1:]:
            try:
                inner = os.open(part, os.O_RDONLY, dir_fd=fd)
            except FileNotFoundError:
                return None
            os.close(fd)
            fd = inner
        return os.listdir(fd)
    finally:
        os.close(fd)


def test_windows_saying_a_long_path_cannot_be_found_is_read_as_too_long(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(problems, "ON_WINDOWS", True)
    path = Path("/") / ("x" * 270)
    assert problems.path_too_long(FileNotFoundError(errno.ENOENT, "No such file or directory"), path)
    assert not problems.path_too_long(FileNotFoundError(errno.ENOENT, "No such file"), Path("/out"))


@pytest.mark.parametrize(("error", "expected"), [
    (errno.ENOSPC, "space on the drive: delete files you no longer need, or draft into a folder on another drive"),
    (errno.EROFS, "a drive that can be written to, not a read-only one such as a locked USB stick or a read-only "
                  "share"),
    (errno.EIO, problems.BACK), (errno.EPERM, "a folder you can write to")])
def test_a_full_or_read_only_drive_says_what_to_do_whatever_drafter_was_writing(error: int, expected: str) -> None:
    """A full drive (space, or the files it may hold) or a write-protected stick gets its own advice; another
    reason keeps what drafter expected of that file."""
    line = problems.cannot_write(OSError(error, os.strerror(error)), Path("out"), problem="cannot be written",
                                 field="--out", expected="a folder you can write to").line()
    assert line == f"out: --out: cannot be written ({os.strerror(error)}) (expected {expected})"


DAMAGED = ("is not a manifest drafter can read, so it cannot tell which files here a person has edited (expected "
           "the JSON file drafter writes: put back a good copy, or draft into a new folder)")


def _cut(text: str) -> str:
    return text[: len(text) // 2]


@pytest.mark.parametrize(("change", "message"), [
    (_cut, DAMAGED),  # a copy or sync that stopped half-way
    (lambda text: "", DAMAGED),
    (lambda text: text.replace('"version": 1', '"version": "one"'), DAMAGED),
    (lambda text: text.replace('"files"', '"releases"'), DAMAGED),
    (lambda text: "[]", DAMAGED),
    (lambda text: text.replace('"version": 1', '"version": 2'),
     "was written by a newer drafter (manifest version 2) (expected version 1, which this drafter reads: update "
     "drafter, or draft into a new folder)"),
], ids=["cut short", "empty", "version not a number", "no files", "a list", "from a newer drafter"])
def test_a_manifest_drafter_cannot_trust_stops_the_run_changing_nothing(
        drafted_example: tuple[Path, Path], change: object, message: str) -> None:
    example, out = drafted_example
    (out / "cheshire.md").write_text("A person's edit.\n", encoding="utf-8")
    manifest = out / "drafter-manifest.json"
    manifest.write_text(change(manifest.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    before = files_in(out)
    code, _, stderr = draft(example, out)
    assert (code, stderr) == (1, f"error: {manifest}: {message}\n")
    assert files_in(out) == before


def test_a_hash_edited_by_hand_makes_the_file_count_as_edited(drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    manifest = out / "drafter-manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(sha256_of(out / "cheshire.md"), "0" * 64),
                        encoding="utf-8")
    (out / "cheshire.md").write_text("A person's edit.\n", encoding="utf-8")
    code, _, stderr = draft(example, out, "--format", "docx")
    assert code == 0
    assert f"skipped {out / 'cheshire.md'}: edited since drafter wrote it" in stderr  # (its hash is no draft's)
    assert (out / "cheshire.md").read_text(encoding="utf-8") == "A person's edit.\n"


def test_force_keeps_each_edited_file_it_replaces_and_names_it(drafted_example: tuple[Path, Path]) -> None:
    """--force in a shared folder must not cost a colleague their edit: it is kept beside the new draft."""
    example, out = drafted_example
    (out / "cheshire.md").write_text("A person's edit.\n", encoding="utf-8")
    (out / "cheshire.edited.md").write_text("An edit kept last time.\n", encoding="utf-8")
    code, stdout, stderr = draft(example, out, "--force")
    assert code == 0
    assert stderr.splitlines()[-1] == (f"replaced {out / 'cheshire.md'} (--force): it had been edited since drafter "
                                       f"wrote it; the edited file is kept as {out / 'cheshire.edited-2.md'}")
    assert "1 written, 13 unchanged" in stdout  # six Markdown releases, six fact sheets, the reviewer pack's CSV
    assert (out / "cheshire.edited-2.md").read_text(encoding="utf-8") == "A person's edit.\n"
    assert (out / "cheshire.edited.md").read_text(encoding="utf-8") == "An edit kept last time.\n"
    assert "Between July and December 2017" in (out / "cheshire.md").read_text(encoding="utf-8")
    code, _, stderr = draft(example, out, "--force")  # the kept copies are not drafter's: never touched again
    assert code == 0 and "replaced" not in stderr and "edited" not in stderr


def test_a_release_a_person_made_read_only_is_left_alone_and_named(drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    edit_figure(example)
    release = out / "cheshire.md"
    before = release.read_bytes()
    release.chmod(stat.S_IREAD)
    try:
        code, _, stderr = draft(example, out, "--force")
        assert code == 0
        assert f"skipped {release}: it is read-only, so it is left alone (make it writable to let drafter replace " \
               "it)\n" in stderr
        assert release.read_bytes() == before
        assert not os.stat(release).st_mode & stat.S_IWUSR
        release.chmod(stat.S_IREAD | stat.S_IWRITE)
        code, _, stderr = draft(example, out)
        assert code == 0 and "read-only" not in stderr
        assert release.read_bytes() != before
    finally:
        release.chmod(stat.S_IREAD | stat.S_IWRITE)


@pytest.mark.skipif(not hasattr(os, "link"), reason="no hard links")
def test_a_hard_link_to_a_release_or_from_a_campaign_file_is_never_written_through(
        drafted_example: tuple[Path, Path], tmp_path: Path) -> None:
    """A release hard-linked to a copy on the desktop, and a fact sheet's name hard-linked to the campaign's
    figures.csv: drafter replaces a file by renaming a new one over its name, so neither other name's bytes ever
    change, and the one a person's name points at is kept as an edit (--force keeps it beside the new draft)."""
    example, out = drafted_example
    edit_figure(example)
    desk = tmp_path / "desk-copy.md"
    os.link(out / "cheshire.md", desk)
    drafted = desk.read_bytes()
    (out / "cheshire.facts.csv").unlink()
    os.link(example / "figures.csv", out / "cheshire.facts.csv")
    figures = (example / "figures.csv").read_bytes()
    for force in ([], ["--force"]):
        code, _, stderr = draft(example, out, *force)
        assert code == 0, stderr
        assert (desk.read_bytes(), (example / "figures.csv").read_bytes()) == (drafted, figures)
    assert (out / "cheshire.md").read_bytes() != drafted  # the release itself is the new draft
    assert (out / "cheshire.facts.edited.csv").read_bytes() == figures  # kept, as an edit is (a copy, made before
    # the draft replaces it: test_sync_folder.py says why)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edit_figure(example: Path) -> None:
    """Correct Cheshire's figure (and its region's), so the next draft rewrites Cheshire's files."""
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,441")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,550"')


@pytest.mark.parametrize("lock", ["~$eshire.docx", "~$heshire.docx", "~$cheshire.docx", ".~lock.cheshire.docx#"])
def test_a_release_open_in_a_word_processor_stops_the_batch_before_anything_changes(
        drafted_example: tuple[Path, Path], lock: str) -> None:
    """Word's lock file (its name shortened as Word shortens it) or LibreOffice's beside a release drafter would
    replace: on a shared drive the person who has it open would save their copy over the new draft later."""
    example, out = drafted_example
    edit_figure(example)
    (out / lock).write_bytes(b"\x0bsomeone   ")
    before = files_in(out)
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert (result.exit_code, result.stderr) == (1, (
        f"error: {out / 'cheshire.docx'}: is open in a word processor ({lock} is beside it), so it is not replaced; "
        f"nothing has been changed (expected the release closed: close it and run again; if nobody has it open, "
        f"delete {lock}{HIDDEN})\n"))
    assert files_in(out) == before


def test_a_fact_sheet_open_in_a_spreadsheet_is_named_as_open_in_a_spreadsheet(tmp_path: Path) -> None:
    """Excel keeps a lock file beside a CSV it has open too: a fact sheet open in Excel is not 'in a word
    processor'."""
    from drafter.errors import OutputError
    from drafter.output.opened import refuse_open

    (tmp_path / "~$cheshire.facts.csv").write_bytes(b"someone")
    with pytest.raises(OutputError) as refused:
        refuse_open(tmp_path / "cheshire.facts.csv")
    assert str(refused.value) == (
        f"{tmp_path / 'cheshire.facts.csv'}: is open in a spreadsheet (~$cheshire.facts.csv is beside it), so it is "
        "not replaced; nothing has been changed (expected the file closed: close it and run again; if nobody has it "
        f"open, delete ~$cheshire.facts.csv{HIDDEN})")


def test_a_lock_file_beside_a_release_that_stays_as_it_is_does_not_stop_the_batch(
        drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    (out / "~$eshire.docx").write_bytes(b"\x0bsomeone   ")
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "0 written" in result.stdout
    assert (out / "~$eshire.docx").read_bytes() == b"\x0bsomeone   "  # never touched


def test_a_file_from_either_of_two_killed_runs_in_a_row_is_known_as_drafters(
        drafted_example: tuple[Path, Path]) -> None:
    """The first killed run renamed its Cheshire release into place; the second announced another hash in the
    journal and was killed before its rename. The file is the first run's: drafter's own, never 'edited'."""
    example, out = drafted_example
    edit_figure(example)
    (out / "cheshire.md").write_text("The first killed run's draft.\n", encoding="utf-8")
    (out / ".drafter-journal").write_text(f"cheshire.md {sha256_of(out / 'cheshire.md')}\ncheshire.md {'1' * 64}\n",
                                          encoding="utf-8")
    code, _, stderr = draft(example, out)
    assert code == 0
    assert "skipped" not in stderr
    assert "Between July and December 2017, 150 people" in (out / "cheshire.md").read_text(encoding="utf-8")
    assert not (out / ".drafter-journal").exists()


def test_a_manifest_too_large_to_be_drafters_says_what_to_do(drafted_example: tuple[Path, Path],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    example, out = drafted_example
    monkeypatch.setattr("drafter.output.manifest.MAX_MANIFEST_BYTES", 100)
    manifest = out / "drafter-manifest.json"
    size = manifest.stat().st_size
    before = files_in(out)
    code, _, stderr = draft(example, out)
    assert (code, stderr) == (1, f"error: {manifest}: is too large to be drafter's ({size:,} bytes) (expected at "
                                 "most 100 bytes, as drafter writes it: put back a good copy, or draft into a new "
                                 "folder)\n")
    assert files_in(out) == before


STOPPED_WHILE_STAGING = r"""
import sys, time
from pathlib import Path
from drafter.cli import main
from drafter.output import files

pause_at, marker = int(sys.argv[1]), Path(sys.argv[2])
stage, staged = files.Staging.stage, []


def paused(self, *args, **kwargs):  # stages as drafter does, but stops at the pause_at-th file, until killed
    staged.append(args[0])
    if len(staged) == pause_at:
        marker.write_text("paused")
        time.sleep(120)
    return stage(self, *args, **kwargs)


files.Staging.stage = paused
sys.argv = ["drafter", *sys.argv[3:]]
main()
"""


@pytest.mark.slow
def test_a_run_killed_while_drafting_changes_nothing_and_the_next_run_clears_what_it_left(
        drafted_example: tuple[Path, Path], tmp_path: Path) -> None:
    """Killed in pass 1 (while releases are still being drafted, each staged in the run's own folder): every
    release is as it was; the next run removes the staging folder, the lock and its owner file, and drafts."""
    example, out = drafted_example
    edit_figure(example)
    before = files_in(out)
    marker = tmp_path / "paused"
    kill_when_paused(STOPPED_WHILE_STAGING, ["5", str(marker), "draft", str(example), "--out", str(out)], marker)
    assert marker.exists(), "the run should have been killed while drafting"
    assert {name: data for name, data in files_in(out).items() if not name.startswith(".drafter-")} == before
    left = sorted(name for name in os.listdir(out) if name.startswith(".drafter-"))
    assert left[:2] == [".drafter-lock", ".drafter-lock-owner"] and left[2].startswith(".drafter-tmp-")
    code, _, stderr = draft(example, out, "--format", "docx")
    assert code == 0, stderr
    assert "skipped" not in stderr
    assert files_in(out)["cheshire.docx"] != before["cheshire.docx"]
    assert not [name for name in os.listdir(out) if name.startswith(".drafter-")]


def test_releases_that_come_out_the_same_are_taken_back_when_the_manifest_is_lost(
        drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    manifest = out / "drafter-manifest.json"
    kept = manifest.read_bytes()
    (out / "cheshire.md").write_text("A person's edit.\n", encoding="utf-8")
    manifest.unlink()
    code, stdout, stderr = draft(example, out)
    assert code == 0
    assert "0 written, 13 unchanged" in stdout
    assert stderr.splitlines()[-2:] == [  # the note says why: no record, and what to do if they are drafter's
        f"{manifest} is not there, so drafter has no record of the files it wrote in {out}: the file below "
        "differs from this draft and is left alone, as a person's; if it is drafter's earlier release, move it "
        "elsewhere (or draft into a new folder) to have this draft written",
        f"skipped {out / 'cheshire.md'}: drafter did not write it, so it is left alone (move it elsewhere to let "
        "drafter write this release)"]
    assert (out / "cheshire.md").read_text(encoding="utf-8") == "A person's edit.\n"
    entries = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    assert "cheshire.md" not in entries
    assert entries["cumbria.md"] == json.loads(kept)["files"]["cumbria.md"]


def test_a_file_too_large_to_be_last_times_draft_is_not_compared(drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    (out / "cheshire.md").write_bytes(b"a" * 10_000_001)
    code, stdout, stderr = draft(example, out)
    assert code == 0
    assert stderr.splitlines()[-1] == f"skipped {out / 'cheshire.md'}: edited since drafter wrote it (use --force " \
                                      "to replace it)"
    assert "changed since the last draft" not in stdout


def test_a_file_where_the_review_folder_goes_is_named_as_a_file(drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    for name in os.listdir(out / "review"):
        (out / "review" / name).unlink()
    (out / "review").rmdir()
    (out / "review").write_text("a person's notes\n", encoding="utf-8")
    before = files_in(out)
    code, _, stderr = draft(example, out)
    assert (code, stderr) == (1, f"error: {out / 'review'}: is a file, not a folder (expected a folder drafter "
                                 "writes into; move the file elsewhere)\n")
    assert files_in(out) == before


def test_a_manifest_saved_again_by_notepad_is_still_read(drafted_example: tuple[Path, Path]) -> None:
    """Opened and saved in Notepad: a byte order mark and Windows line ends."""
    example, out = drafted_example
    manifest = out / "drafter-manifest.json"
    manifest.write_bytes(b"\xef\xbb\xbf" + manifest.read_bytes().replace(b"\n", b"\r\n"))
    (out / "cheshire.md").write_text("A person's edit.\n", encoding="utf-8")
    code, stdout, stderr = draft(example, out)
    assert code == 0, stderr
    assert "0 written, 13 unchanged" in stdout
    assert f"skipped {out / 'cheshire.md'}: edited since drafter wrote it" in stderr


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_a_manifest_saved_as_unicode_or_ansi_by_notepad_is_still_read(tmp_path: Path, encoding: str) -> None:
    """Notepad's "Unicode" (UTF-16) and "ANSI" (Windows-1252, for an area such as Ynys Môn) read as drafter's."""
    from drafter.output.manifest import load_manifest, read_campaign

    text = json.dumps({"version": 1, "campaign": {"title": "Môn", "folder": "S:\\Môn"},
                       "files": {"ynys-mon.md": {"sha256": "0" * 64, "area": "Ynys Môn"}}}, ensure_ascii=False)
    (tmp_path / "drafter-manifest.json").write_bytes(text.encode(encoding))
    assert load_manifest(tmp_path) == {"ynys-mon.md": {"sha256": "0" * 64, "area": "Ynys Môn"}}
    assert read_campaign(tmp_path) == {"title": "Môn", "folder": "S:\\Môn"}


def test_a_release_whose_working_copy_is_past_windows_limit_is_named_as_too_long(
        example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows without long paths refuses a path of 260 characters or more as 'not found'. A release whose own
    path fits, but whose working copy in drafter's staging folder (about 30 characters longer) does not, is
    named as too long, not as a question of space and permission."""
    from drafter.output import files as output

    monkeypatch.setattr(problems, "ON_WINDOWS", True)
    real_open = open

    def windows_open(path: object, *args: object, **kwargs: object) -> object:
        if len(str(path)) >= problems.WINDOWS_MAX_PATH:
            raise FileNotFoundError(errno.ENOENT, "No such file or directory")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(output, "open", windows_open, raising=False)
    monkeypatch.setattr(api, "refuse_long_paths", lambda *args: None)  # Windows' refusal itself, as a backstop
    out = tmp_path / ("x" * (problems.WINDOWS_MAX_PATH - len(str(tmp_path)) - 30))
    code, _, stderr = draft(example, out)
    assert code == 1
    assert stderr.startswith(f"error: {out / 'north-west.md'}: could not be written (its path is ")
    assert stderr.endswith(" characters long, too long for the drive); nothing has been changed (expected a "
                           "shorter path: an output folder nearer the top of the drive, or with a shorter name)\n")
    assert len(str(out / "north-west.md")) < problems.WINDOWS_MAX_PATH


def test_a_read_only_file_drafter_did_not_write_is_named_as_not_drafters(drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    manifest = out / "drafter-manifest.json"
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    del entries["files"]["cheshire.md"]
    manifest.write_text(json.dumps(entries), encoding="utf-8")
    (out / "cheshire.md").write_text("A person's own file.\n", encoding="utf-8")
    (out / "cheshire.md").chmod(stat.S_IREAD)
    try:
        code, _, stderr = draft(example, out)
    finally:
        (out / "cheshire.md").chmod(stat.S_IREAD | stat.S_IWRITE)
    assert code == 0
    assert stderr.splitlines()[-1] == (f"skipped {out / 'cheshire.md'}: drafter did not write it, so it is left alone "
                                       "(move it elsewhere to let drafter write this release)")



class RefusedLock:
    """A FileLock whose file the user may not open (the folder's permissions, or a colleague's read-only lock)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def acquire(self) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")


def test_a_folder_that_cannot_be_written_is_named_with_the_reason(drafted_example: tuple[Path, Path],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A shared folder the user may read but not write: taking its lock is the first write, and fails."""
    from drafter.output import lock

    monkeypatch.setattr(lock, "FileLock", RefusedLock)
    example, out = drafted_example
    before = files_in(out)
    code, _, stderr = draft(example, out)
    assert (code, stderr) == (1, f"error: {out}: --out: cannot be written (Permission denied) (expected a folder "
                                 "you can write to)\n")
    assert files_in(out) == before


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_lock_file_can_be_opened_by_anyone_who_may_write_in_the_folder(tmp_path: Path) -> None:
    """A run killed on a shared drive leaves its lock file; the next run, often a colleague's, must open it."""
    from drafter.output import lock

    held = lock.OutputLock.take(tmp_path)
    try:
        assert stat.S_IMODE(os.stat(tmp_path / lock.LOCK).st_mode) == 0o666
    finally:
        held.release()


def test_a_lock_file_drafter_may_not_open_names_the_run_that_made_it(drafted_example: tuple[Path, Path],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Left by a colleague's run that was killed (made by an older drafter, only its maker could open it), or
    marked read-only: the folder can be written, the lock file cannot be opened."""
    from drafter.output import lock

    monkeypatch.setattr(lock, "FileLock", RefusedLock)
    example, out = drafted_example
    (out / lock.LOCK).write_bytes(b"")
    (out / lock.OWNER).write_text("process 4120 on LAPTOP-7, since 09:41", encoding="utf-8")
    before = files_in(out)
    code, _, stderr = draft(example, out)
    assert (code, stderr) == (1, f"error: {out / lock.LOCK}: --out: cannot be opened (Permission denied): another "
                                 "person's drafter run made it (process 4120 on LAPTOP-7, since 09:41) (expected no "
                                 "other run in the folder: wait for it to finish, then run again; if none is running, "
                                 "delete .drafter-lock)\n")
    assert files_in(out) == before


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_review_folder_is_as_open_as_the_output_folder(example: Path, tmp_path: Path) -> None:
    """A team folder others may write in (here 0o775): the review folder drafter makes in it is too, whatever
    the umask of whoever drafted first, so a colleague's next draft can replace the reviewer pack."""
    out = tmp_path / "team"
    out.mkdir()
    out.chmod(0o775)
    old = os.umask(0o022)
    try:
        code, _, stderr = draft(example, out)
    finally:
        os.umask(old)
    assert code == 0, stderr
    assert stat.S_IMODE(os.stat(out / "review").st_mode) == 0o775


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_staging_folder_is_as_open_as_the_output_folder(tmp_path: Path) -> None:
    """So a colleague's run can clear what this one left if it is killed."""
    from drafter.output.files import Staging

    tmp_path.chmod(0o775)
    old = os.umask(0o022)
    try:
        staging = Staging.start(tmp_path)
        staging.stage("review/review.csv", b"area\n", "")
        assert stat.S_IMODE(os.stat(staging.folder).st_mode) == 0o775
        assert stat.S_IMODE(os.stat(staging.folder / "review").st_mode) == 0o775
        staging.end(failed=False)
    finally:
        os.umask(old)


def test_a_review_folder_drafter_may_not_write_in_stops_the_run_before_anything_changes(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Made by a colleague's account on a shared drive, by an older drafter: the releases must not be replaced
    and the reviewer pack then refused half-way, with a word about Word that does not apply."""
    example, out = drafted_example
    edit_figure(example)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: not str(path).endswith("review") and
                        real_access(path, mode, **kw))
    before = files_in(out)
    code, _, stderr = draft(example, out)
    assert (code, stderr) == (1, f"error: {out / 'review'}: is a folder you may not write in (expected permission to "
                                 "write in it: ask whoever manages the drive, or draft into another folder)\n")
    assert files_in(out) == before


def test_a_file_held_for_a_moment_by_another_program_is_waited_for(drafted_example: tuple[Path, Path],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows a virus scanner or OneDrive holds a file it has just seen for a fraction of a second; the
    batch waits for it rather than stopping half-way, saying a release is open in Word."""
    example, out = drafted_example
    edit_figure(example)
    real_replace = os.replace
    refusals = []

    def scanned(source: str | Path, target: str | Path) -> None:
        if str(target).endswith("cheshire.docx") and len(refusals) < 2:
            refusals.append(target)
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", scanned)
    waits: list[float] = []
    monkeypatch.setattr(opened, "time", SimpleNamespace(sleep=waits.append))  # waited for, not slept through
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert len(refusals) == 2
    assert waits == list(opened.RETRY_WAITS[:2])  # a wait before each try again
    assert "Between July and December 2017, 150 people" in (out / "cheshire.md").read_text(encoding="utf-8")
    assert not [name for name in os.listdir(out) if name.startswith(".drafter-")]


def test_the_campaign_folder_itself_is_refused_as_the_output_folder(example: Path) -> None:
    """``--out`` pointing at the campaign folder (``drafter draft camp --out camp``, the /out forgotten) would mix
    the releases, the manifest and ``review`` in with campaign.yaml and its figures."""
    before = sorted(p.name for p in example.iterdir())
    code, _, stderr = draft(example, example)
    assert (code, stderr) == (1, f"error: {example}: --out: is the campaign folder itself, so the releases would be "
                                 "mixed in with campaign.yaml and its figures; nothing has been changed (expected a "
                                 f"folder of its own for the releases, such as {example / 'out'}: give another "
                                 "--out)\n")
    assert sorted(p.name for p in example.iterdir()) == before


def test_drafters_own_templates_folder_is_refused_as_the_output_folder(tmp_path: Path) -> None:
    """Releases drafted inside the shipped templates folder would go with it when drafter is updated."""
    from drafter.errors import OutputError
    from drafter.output.folders import refuse_inputs_folder
    from drafter.shipped import shipped_root

    out = shipped_root() / "helpline-rise" / "example" / "out"
    with pytest.raises(OutputError) as refused:
        refuse_inputs_folder(out, tmp_path, shipped_root())
    assert str(refused.value) == (
        f"{out}: --out: is inside drafter's own templates folder ({shipped_root()}), which a new version of drafter "
        "replaces, releases and all; nothing has been changed (expected a folder of its own for the releases, outside "
        "drafter's templates folder: give another --out)")
    assert not out.exists()
    refuse_inputs_folder(tmp_path / "out", tmp_path / "campaign", shipped_root())  # a folder of its own is fine


def test_the_campaign_folder_in_other_capitals_is_refused_where_the_drive_ignores_case(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--out Helpline`` for the campaign folder ``helpline``: on Windows' and a Mac's drives that is the campaign
    folder itself. Where this test's drive tells capitals apart, it is made to answer as theirs do (a name found
    whatever its capitals), and then, answering as it does, two folders are two."""
    from drafter.errors import OutputError
    from drafter.output.folders import refuse_inputs_folder
    from drafter.shipped import shipped_root

    campaign, typed = tmp_path / "helpline", tmp_path / "Helpline"
    campaign.mkdir()
    tells_apart = not typed.exists()
    if tells_apart:
        real_stat = os.stat

        def stat_ignoring_case(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            try:
                return real_stat(path, *args, **kwargs)
            except FileNotFoundError:
                folder, name = os.path.split(os.fsdecode(path))
                same = [n for n in os.listdir(folder or ".") if n.casefold() == name.casefold()]
                if not same:
                    raise
                return real_stat(os.path.join(folder, same[0]), *args, **kwargs)

        monkeypatch.setattr(os, "stat", stat_ignoring_case)
    with pytest.raises(OutputError) as refused:
        refuse_inputs_folder(typed, campaign, shipped_root())
    assert str(refused.value).startswith(f"{typed}: --out: is the campaign folder itself, so the releases would be")
    if tells_apart:
        monkeypatch.undo()
        typed.mkdir()
        refuse_inputs_folder(typed, campaign, shipped_root())  # a folder of its own, on a drive that tells them apart


def test_an_edited_release_left_alone_says_it_still_has_the_last_drafts_figures(drafted_example: tuple[Path, Path]
                                                                                ) -> None:
    """A late correction: the release someone edited (or only saved again in Word) keeps last time's figures, and
    the reviewer pack someone signed describes last time's draft; each says so, so neither goes out unawares."""
    example, out = drafted_example
    (out / "cheshire.md").write_text("An edit.\n", encoding="utf-8")
    (out / "lancashire.md").write_text("An edit.\n", encoding="utf-8")
    (out / "review" / "review.csv").write_text("Signed off.\n", encoding="utf-8")
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(example / "figures.csv", '"3,549"', '"3,554"')
    code, _, stderr = draft(example, out)
    assert code == 0
    assert [line for line in stderr.splitlines() if line.startswith("skipped")] == [
        *(f"skipped {out / name}: edited since drafter wrote it, and the release has changed since the draft that was "
          f"edited, so it is out of date (drafter check {example} {out / name} lists the figures, dates and quotes in "
          "it that no longer match): correct it by hand, or use --force to replace it, keeping the edited file beside "
          "it" for name in ("cheshire.md", "lancashire.md")),
        f"skipped {out / 'review' / 'review.csv'}: edited since drafter wrote it, and the releases have changed "
        "since, so it is out of date: it still describes an earlier draft, not this one (use --force to replace it, "
        "keeping the edited file beside it)"]


def test_a_manifest_marked_read_only_stops_the_run_before_anything_changes(drafted_example: tuple[Path, Path]
                                                                           ) -> None:
    """Windows refuses to replace a read-only file: a read-only manifest would stop every run after its releases
    were in place. It stops the run at the start instead, saying how to clear the mark."""
    example, out = drafted_example
    manifest = out / "drafter-manifest.json"
    (out / "cheshire.md").unlink()
    before = files_in(out)
    manifest.chmod(stat.S_IREAD)
    try:
        code, _, stderr = draft(example, out)
    finally:
        manifest.chmod(stat.S_IREAD | stat.S_IWRITE)
    assert (code, stderr) == (1, f"error: {manifest}: is marked read-only, so drafter could not record the files it "
                                 "writes; nothing has been changed (expected drafter's own file writable: clear its "
                                 "read-only mark (Properties on Windows), or draft into a new folder)\n")
    assert files_in(out) == before
