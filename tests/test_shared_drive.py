"""Releases kept on a shared drive, a network share or a USB stick: each file on the drive before it replaces the
old one, drafter's own write cut short by a power cut known for what it is, and one campaign to a folder."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import DrafterError
from drafter.output import durable
from drafter.output.manifest import JOURNAL, MANIFEST, read_campaign
from drafter.output.owner import Owner, refuse_another
from tests.conftest import EXAMPLE, edit
from tests.helpers import tree

runner = CliRunner()
TITLE = "More people seeking help to stop viewing sexual images of children online"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- each file durable before it replaces the old one ------------------------------------------------------------

def test_each_file_is_on_the_drive_before_it_is_renamed_and_the_renames_before_the_manifest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    synced: set[tuple[int, int]] = set()
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        found = os.fstat(fd)
        synced.add((found.st_dev, found.st_ino))
        if stat.S_ISDIR(found.st_mode):
            events.append("folder flushed")
        real_fsync(fd)

    def replace(source: str | Path, target: str | Path) -> None:
        found = os.stat(source)
        assert (found.st_dev, found.st_ino) in synced, f"{target} renamed into place before it was on the drive"
        events.append(Path(target).relative_to(out).as_posix())
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    api.draft(EXAMPLE, out, formats=["md"])
    assert len(events) == 2 * 6 + 2 + 1 + 4  # 12 releases and fact sheets, the review pack, the manifest, 4 flushes
    assert events[0] == "folder flushed"  # the journal's name, before any rename
    manifest = events.index(MANIFEST)
    assert events[manifest - 2:] == ["folder flushed", "folder flushed", MANIFEST, "folder flushed"]  # out and
    # review, both, whichever first; then the manifest's rename, itself made durable
    assert "folder flushed" not in events[1:manifest - 2]  # one flush of the folder for the batch, not one a file
    synced.clear()
    events.clear()
    api.draft(EXAMPLE, out, formats=["md"])  # the same again: nothing renamed, so nothing flushed but the manifest
    assert events == ["folder flushed", MANIFEST, "folder flushed"]  # the journal's name, the manifest
    assert len(synced) == 3  # the journal, the manifest's temporary file, the folder


def test_a_drive_that_fails_to_flush_a_file_stops_the_batch_before_anything_changes(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")  # every release
    before = tree(out)

    def pulled_out(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", pulled_out)
    with pytest.raises(DrafterError) as raised:
        api.draft(example, out, formats=["md"])
    assert raised.value.line() == (f"{out / 'north-west.md'}: could not be written (Input/output error); nothing "
                                   "has been changed (expected the drive back: once the network share or USB stick "
                                   "answers again, run the same command again (drafter knows which files it wrote), "
                                   "or draft into a folder on another drive)")
    assert tree(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".drafter-")]


def test_a_drive_that_fills_up_as_the_journal_is_written_changes_nothing_and_says_the_drive_is_full(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The last few kilobytes go to the staged files; the journal, written before any rename, finds no room."""
    from drafter.output import files

    example, out = drafted_example
    (out / "cheshire.md").unlink()
    before = tree(out)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "sync_file", full)  # the journal's flush (the staged files' flush is durable's)
    with pytest.raises(DrafterError) as raised:
        api.draft(example, out, formats=["md"])
    assert raised.value.line() == (f"{out / JOURNAL}: could not be written (No space left on device); nothing has "
                                   "been changed (expected space on the drive: delete files you no longer need, or "
                                   "draft into a folder on another drive)")
    assert tree(out) == before  # no journal left either: it named nothing that was put in place


def test_a_drive_that_fills_up_as_the_manifest_is_written_says_the_new_files_are_in_place(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rename done, the manifest finds no room: the journal stays, and the next run knows the files."""
    example, out = drafted_example
    (out / "cheshire.md").unlink()
    real = durable.replace

    def full_at_the_manifest(source: Path, target: Path) -> None:
        if target.name == MANIFEST:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(source, target)

    monkeypatch.setattr(durable, "replace", full_at_the_manifest)
    with pytest.raises(DrafterError) as raised:
        api.draft(example, out, formats=["md"])
    assert raised.value.line() == (
        f"{out / MANIFEST}: could not be written (No space left on device); the new files are in place, and the "
        "journal beside it names them, so drafter will know them as its own when it runs again (expected space on "
        "the drive: delete files you no longer need, or draft into a folder on another drive)")
    assert (out / JOURNAL).exists()
    monkeypatch.setattr(durable, "replace", real)
    report = api.draft(example, out, formats=["md"]).report
    assert (report.written, report.skipped_foreign, report.skipped_edited) == ([], [], [])
    assert not (out / JOURNAL).exists()


def test_ctrl_c_part_of_the_way_through_the_renames_says_nothing_is_half_written_and_the_next_run_finishes(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C as the third file is put in place: one line saying what stands (not click's "Aborted!"), exit 130,
    every file old or new; the next run knows the two new ones as its own and puts the rest in place."""
    from drafter.output import files

    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")  # every release
    before = tree(out)
    real, renamed = files.replace, []

    def interrupted(source: Path, target: Path) -> None:
        if len(renamed) == 2:
            raise KeyboardInterrupt
        real(source, target)
        renamed.append(target.relative_to(out).as_posix())

    monkeypatch.setattr(files, "replace", interrupted)
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--format", "md"])
    assert (result.exit_code, result.stderr) == (130, (
        f"stopped part of the way (Ctrl+C): no file in {out} is half-written, each is as it was or the new draft, and "
        "drafter knows which; run the same command again to finish\n"))
    after = tree(out)
    assert {name for name in after if after[name] != before.get(name)} == {*renamed, JOURNAL}
    monkeypatch.setattr(files, "replace", real)
    report = api.draft(example, out, formats=["md"]).report
    assert (report.skipped_edited, report.skipped_foreign) == ([], [])
    assert set(renamed) <= set(report.unchanged) and report.written
    api.draft(example, out.parent / "fresh", formats=["md"])
    fresh, now = tree(out.parent / "fresh"), tree(out)
    assert {name: now[name] for name in fresh if name != MANIFEST} == {n: b for n, b in fresh.items() if n != MANIFEST}
    recorded = json.loads(now[MANIFEST])["files"]
    assert {name: entry for name, entry in json.loads(fresh[MANIFEST])["files"].items()} == {
        name: recorded[name] for name in json.loads(fresh[MANIFEST])["files"]}  # as one uninterrupted run leaves it


def test_a_folder_is_not_flushed_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows cannot open a folder to flush it: drafter does not try (NTFS journals its renames)."""
    def refuse(*args: object) -> int:
        raise AssertionError("a folder opened to flush it on Windows")

    monkeypatch.setattr(durable, "ON_WINDOWS", True)
    monkeypatch.setattr(os, "open", refuse)
    durable.sync_folder(tmp_path)


# --- a write cut short by a power cut ------------------------------------------------------------------------------

def test_drafters_own_write_cut_short_is_written_again_and_a_persons_edit_is_not(
        drafted_example: tuple[Path, Path]) -> None:
    """A run putting the example's draft in place over an older one lost power: its journal (made durable before
    any rename) names what it was writing; the drive kept cheshire.docx's first half and cumbria.md's length but
    not its bytes (zeros). Someone then edited lancashire.docx before the next run; merseyside.docx was cut short
    too, but the journal does not name it, so it may be a person's."""
    example, out = drafted_example
    drafted = {name: (out / name).read_bytes() for name in ("cheshire.docx", "cumbria.md", "lancashire.docx",
                                                            "merseyside.docx")}
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    for name in ("cheshire.docx", "cumbria.md", "lancashire.docx"):
        manifest["files"][name]["sha256"] = sha(b"the older draft of " + name.encode())
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (out / JOURNAL).write_text("".join(f"{name} {sha(drafted[name])}\n" for name in (
        "cheshire.docx", "cumbria.md", "lancashire.docx")), encoding="utf-8")
    (out / "cheshire.docx").write_bytes(drafted["cheshire.docx"][:len(drafted["cheshire.docx"]) // 2])
    (out / "cumbria.md").write_bytes(drafted["cumbria.md"][:512] + bytes(len(drafted["cumbria.md"]) - 512))
    edited = _edited_docx(drafted["lancashire.docx"])
    (out / "lancashire.docx").write_bytes(edited)
    (out / "merseyside.docx").write_bytes(drafted["merseyside.docx"][:1000])
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if not line.startswith("warning: ")] == [
        f"skipped {out / 'lancashire.docx'}: edited since drafter wrote it (use --force to replace it)",
        f"skipped {out / 'merseyside.docx'}: edited since drafter wrote it (use --force to replace it)",
        *(f"repaired {out / name}: drafter's last run here stopped part of the way through writing it (a power "
          "cut, or the drive taken out), leaving it cut short, so it has been written again"
          for name in ("cheshire.docx", "cumbria.md"))]
    assert (out / "cheshire.docx").read_bytes() == drafted["cheshire.docx"]
    assert (out / "cumbria.md").read_bytes() == drafted["cumbria.md"]
    assert (out / "lancashire.docx").read_bytes() == edited  # the person's edit, untouched
    assert (out / "merseyside.docx").read_bytes() == drafted["merseyside.docx"][:1000]
    assert not (out / JOURNAL).exists() and not list(out.glob("*.edited*"))
    files = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert files["cheshire.docx"]["sha256"] == sha(drafted["cheshire.docx"])


def test_force_writes_a_cut_short_release_again_without_keeping_the_broken_copy(
        drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    whole = (out / "cheshire.docx").read_bytes()
    (out / JOURNAL).write_text(f"cheshire.docx {sha(whole)}\n", encoding="utf-8")
    (out / "cheshire.docx").write_bytes(whole[:-22])  # the end of the ZIP directory lost
    report = api.draft(example, out, force=True).report
    assert (report.repaired, report.replaced_edited) == (["cheshire.docx"], [])
    assert (out / "cheshire.docx").read_bytes() == whole
    assert not list(out.glob("*.edited*"))


def test_a_manifest_cut_short_beside_the_journal_is_drafters_own_write_and_the_run_goes_on(
        drafted_example: tuple[Path, Path]) -> None:
    """The power went as the manifest was being replaced, the last step of a run: every release is in place and
    the journal names them; the manifest is cut short. (Without the journal it stops the run: test_output_folder.)"""
    example, out = drafted_example
    data = (out / MANIFEST).read_bytes()
    (out / MANIFEST).write_bytes(data[:300])
    placed = [name for name in sorted(json.loads(data)["files"]) if name != "lancashire.md"]
    (out / JOURNAL).write_text("".join(f"{name} {sha((out / name).read_bytes())}\n" for name in placed), "utf-8")
    (out / "lancashire.md").write_text("A person's edit, which that run skipped.\n", encoding="utf-8")
    before = {name: data for name, data in tree(out).items() if name not in (MANIFEST, JOURNAL)}
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if not line.startswith("warning: ")] == [
        f"skipped {out / 'lancashire.md'}: drafter did not write it, so it is left alone (move it elsewhere to let "
        "drafter write this release)"]
    assert {name: data for name, data in tree(out).items() if name != MANIFEST} == before
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == placed and manifest["campaign"]["title"] == TITLE


def _edited_docx(data: bytes) -> bytes:
    """``data``, a drafted DOCX, as Word saves it after a person's edit: whole, with a line added."""
    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            part = source.read(item)
            if item.filename == "word/document.xml":
                part = part.replace(b"</w:body>", b"<w:p><w:r><w:t>Added by hand.</w:t></w:r></w:p></w:body>")
            target.writestr(item, part)
    return buffer.getvalue()


def _unusually_packed() -> bytes:
    """A Word document whose part asks for a newer zip version than Python unpacks: a person's save, never drafter's."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        part = zipfile.ZipInfo("[Content_Types].xml")
        part.extract_version = 148
        package.writestr(part, "<Types/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "data", "cut"), [
    ("a.docx", _unusually_packed(), False),
    ("a.md", b"", True),
    ("a.md", b"# Headline\n\nBody", False),  # cut at a line, or a person's edit: never taken for drafter's
    ("a.md", b"# Headline\n" + bytes(500), True),
    ("a.md", "\ufeff# Headline".encode("utf-16-le"), False),  # Notepad's "Unicode"
    ("a.facts.csv", b"area,fact\r\n\0\0\0\0", True),
    ("a.pdf", b"%PDF-1.7\n1 0 obj", True),
    ("a.pdf", b"%PDF-1.7\n%%EOF\n", False),
    ("a.docx", b"PK\x03\x04 and no more", True),
])
def test_what_is_a_file_cut_short(tmp_path: Path, name: str, data: bytes, cut: bool) -> None:
    (tmp_path / name).write_bytes(data)
    assert durable.cut_short(tmp_path / name) is cut


@given(st.data())
def test_every_part_of_a_drafted_release_a_power_cut_could_leave_is_cut_short(
        example_draft: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    """Whatever length a drive kept of a drafted release, whether it lost the rest or reads it as zeros."""
    name = data.draw(st.sampled_from(["cheshire.docx", "cheshire.md", "cheshire.facts.csv", "review/review.docx"]))
    whole = (example_draft / name).read_bytes()
    kept = data.draw(st.integers(0, len(whole) - 1))
    zeros = not name.endswith(".docx") and data.draw(st.booleans())  # a ZIP's last bytes may be zeros already
    broken = whole[:kept] + (bytes(len(whole) - kept) if zeros else b"")
    if not zeros and not name.endswith(".docx"):
        assume(kept == 0)  # text cut at a line might be a person's edit: only an empty one is sure to be drafter's
    path = tmp_path_factory.mktemp("cut") / Path(name).name
    path.write_bytes(broken)
    assert durable.cut_short(path)
    path.write_bytes(whole)
    assert not durable.cut_short(path)


def test_a_word_document_whose_parts_do_not_match_their_checksums_is_cut_short(example_draft: Path,
                                                                              tmp_path: Path) -> None:
    data = bytearray((example_draft / "cheshire.docx").read_bytes())
    whole = tmp_path / "whole.docx"
    whole.write_bytes(data)
    start = data.index(b"word/document.xml") + 200  # inside the part's packed bytes
    data[start:start + 512] = bytes(512)  # a block the drive never wrote
    (tmp_path / "zeros.docx").write_bytes(data)
    assert not durable.cut_short(whole)
    assert durable.cut_short(tmp_path / "zeros.docx")


# --- one campaign to a folder ----------------------------------------------------------------------------------------

def test_another_campaign_is_refused_naming_the_folder_the_campaign_that_owns_it_and_what_to_do(
        drafted_example: tuple[Path, Path], tmp_path: Path) -> None:
    example, out = drafted_example  # the example as drafted from the shipped folder
    other = Path(shutil.copytree(example, tmp_path / "fly-tipping"))
    edit(other / "campaign.yaml", f"title: {TITLE}", "title: Fly-tipping across the north west")
    before = tree(out)
    result = runner.invoke(app, ["draft", str(other), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (
        f'error: {out}: --out: holds the releases of another campaign, "{TITLE}" (drafted from {EXAMPLE.resolve()}), '
        'not of "Fly-tipping across the north west"; nothing has been changed (expected a folder for this '
        "campaign's releases: give another --out, or add --take-over to draft this campaign here instead, leaving "
        "the other campaign's files as they are)\n")
    assert tree(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".drafter-")]  # the lock let go
    result = runner.invoke(app, ["draft", str(other), "--out", str(out), "--area", "Cheshire", "--take-over"])
    assert result.exit_code == 0, result.stderr
    after = tree(out)
    assert after["cheshire.docx"] != before["cheshire.docx"]
    assert {name: data for name, data in after.items() if not name.startswith(("cheshire.", "review/", MANIFEST))
            } == {name: data for name, data in before.items() if not name.startswith(("cheshire.", "review/",
                                                                                      MANIFEST))}  # left as they were
    assert json.loads(after[MANIFEST])["campaign"] == {"title": "Fly-tipping across the north west",
                                                       "folder": str(other.resolve())}
    with pytest.raises(DrafterError, match=r'another campaign, "Fly-tipping across the north west" \(drafted from '):
        api.draft(example, out)  # the folder is the other campaign's now


def test_the_same_campaign_is_known_by_its_title_or_its_folder() -> None:
    drafted = Owner("Fly-tipping across Wales", "/drive/campaigns/fly-tipping")
    assert drafted.same(Owner("Fly-tipping  across WALES ", "/drive/archive/2024 fly-tipping"))  # moved, renamed
    assert drafted.same(Owner("Fly-tipping across Wales, 2024", "/drive/campaigns/fly-tipping"))  # retitled there
    assert not drafted.same(Owner("Fly-tipping across Wales, 2024", "/drive/archive/fly-tipping"))  # both: another
    assert not Owner("", "").same(Owner("", "/elsewhere"))


def test_a_folder_drafted_before_campaigns_were_recorded_is_taken_as_this_campaigns(
        drafted_example: tuple[Path, Path], tmp_path: Path) -> None:
    _, out = drafted_example
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    del manifest["campaign"]
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert read_campaign(out) is None
    refuse_another(out, Owner("Another campaign", str(tmp_path)), Owner.read(read_campaign(out)), take_over=False)


# --- names on a drive Windows reads ---------------------------------------------------------------------------------

def test_an_output_folder_windows_could_not_open_is_refused_before_it_is_made(tmp_path: Path) -> None:
    """A folder drafter would make for --out whose name Windows drops part of ("releases." is "releases" there)
    or refuses: on a shared drive or a USB stick it would be another folder, or one nobody on Windows can open.
    Folders already there are the user's choice, whatever their names."""
    (tmp_path / "Q3: fires").mkdir()  # made on this system by someone else: drafted into as it is
    expected = ("(expected a folder name without a dot or a space at its end, any of <>:\"|?*, or a name Windows "
                "keeps for a device (con, nul, com1 and the like): give another --out)\n")
    for out, why in [(tmp_path / "releases.", '"releases." ends in a dot, which Windows drops from a name'),
                     (tmp_path / "press " / "out", '"press " ends in a space, which Windows drops from a name'),
                     (tmp_path / "Q3: fires" / "Q4: fires", "\"Q4: fires\" holds ':', which Windows does not allow "
                                                            "in a name"),
                     (tmp_path / "Con.releases", '"Con.releases" is a name Windows keeps for a device')]:
        result = runner.invoke(app, ["draft", str(EXAMPLE), "--out", str(out), "--format", "md"])
        assert result.exit_code == 1
        assert result.stderr == f"error: {out}: --out: would be a folder Windows cannot open: {why} {expected}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Q3: fires"] and not list((tmp_path / "Q3: fires").iterdir())


def test_a_release_saved_by_a_colleague_while_the_batch_is_flushed_is_not_overwritten(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Settling a batch, then flushing it to a slow shared drive, takes seconds: a colleague who saves a release in
    that time (or saves one where drafter found none) keeps their file; it is decided again before any rename."""
    from drafter.output import files

    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")  # every release
    (out / "cumbria.md").unlink()
    real = files._make_durable

    def colleague_saves(*args: object) -> None:
        real(*args)  # type: ignore[arg-type]
        (out / "cheshire.md").write_text("Saved by a colleague a moment ago.\n", encoding="utf-8")
        (out / "cumbria.md").write_text("Started afresh by a colleague.\n", encoding="utf-8")

    monkeypatch.setattr(files, "_make_durable", colleague_saves)
    report = api.draft(example, out, formats=["md"]).report
    assert report.skipped_edited == ["cheshire.md", "cumbria.md"]
    assert (out / "cheshire.md").read_text(encoding="utf-8") == "Saved by a colleague a moment ago.\n"
    assert (out / "cumbria.md").read_text(encoding="utf-8") == "Started afresh by a colleague.\n"
    assert "lancashire.md" in report.written
