"""Never lose a person's work: edits are kept, writes are atomic (even when the process is killed), names are
safe, and no input makes drafter crash with a traceback."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import DrafterError
from drafter.output.manifest import MANIFEST
from tests.conftest import EXAMPLE, ROOT, edit, files_in
from tests.helpers import examples, kill_when_paused
from tests.synthetic import make_campaign

runner = CliRunner()


def test_an_edited_release_is_kept_and_named_until_forced(drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    document = docx.Document(str(out / "cheshire.docx"))
    document.add_paragraph("A line the press officer added.")
    document.save(str(out / "cheshire.docx"))
    edited = (out / "cheshire.docx").read_bytes()
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 0
    assert f"skipped {out / 'cheshire.docx'}: edited since drafter wrote it (use --force to replace it)" in \
        result.stderr
    assert (out / "cheshire.docx").read_bytes() == edited
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--force"])
    assert result.exit_code == 0 and "skipped" not in result.stderr
    assert (out / "cheshire.docx").read_bytes() != edited
    assert "A line the press officer added." not in "\n".join(
        p.text for p in docx.Document(str(out / "cheshire.docx")).paragraphs)


def test_unchanged_releases_are_not_rewritten(drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file() and p.name != MANIFEST}
    time.sleep(0.02)
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    assert "0 written, 20 unchanged" in result.stdout
    assert stamps == {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file() and p.name != MANIFEST}


def test_files_drafter_did_not_write_are_never_touched(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "cheshire.md").write_text("my own notes", encoding="utf-8")
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--force"])
    assert result.exit_code == 0
    assert f"skipped {out / 'cheshire.md'}: drafter did not write it, so it is left alone" in result.stderr
    assert (out / "cheshire.md").read_text(encoding="utf-8") == "my own notes"


def test_unsafe_area_names_get_safe_unique_slugs(example: Path, tmp_path: Path) -> None:
    names = ["../../etc", "CON", "a/b\\\\c", "x" * 300, "Ynys Môn", "Ynys Môn?"]  # Ynys Mon is Ynys Môn
    rows = ["area,parent,in_text,force", "North West,,the north west,"]
    figures = ["area,measure,before,after", "North West,contacts,600,1200"]
    for name in names:
        rows.append(f'"{name}",North West,"{name}",')
        figures.append(f'"{name}",contacts,100,200')
    (example / "areas.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (example / "figures.csv").write_text("\n".join(figures) + "\n", encoding="utf-8")
    edit(example / "quotes.yaml", "areas: [Cheshire]", "areas: [CON]")
    edit(example / "quotes.yaml", "areas: [Cheshire]", "areas: [CON]")  # its Welsh version
    edit(example / "quotes.yaml", "in Cheshire seeking help about their online behaviour almost treble",
         "seeking help about their online behaviour double")
    edit(example / "quotes.yaml", "Cheshire Constabulary.", "the force.")
    from drafter.quotes.library import approve_quote

    approve_quote(example, "york-cheshire", "Stuart York")
    out = tmp_path / "deep" / "out"
    result = api.draft(example, out, formats=["md"])
    slugs = [r.slug for r in result.releases]
    assert slugs == ["north-west", "etc", "con-area", "a-b-c", "x" * 60, "ynys-mon", "ynys-mon-2"]
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert {n for n in written if not n.startswith("campaign/")} == {
        f"deep/out/{name}" for slug in slugs for name in (f"{slug}.md", f"{slug}.facts.csv")} | {
        "deep/out/drafter-manifest.json", "deep/out/review/review.csv", "deep/out/review/review.docx"}


def test_right_to_left_and_combining_characters_survive(example: Path, tmp_path: Path) -> None:
    arabic, combining = "مرحبا", "Cafe\u0301"
    edit(example / "quotes.yaml", "is a priority for Cheshire Constabulary.",
          f"is a priority for Cheshire Constabulary. {arabic} {combining}")
    from drafter.quotes.library import approve_quote

    approve_quote(example, "york-cheshire", "Stuart York")
    api.draft(example, tmp_path, areas=["Cheshire"])  # the release read here
    assert f"{arabic} {combining}" in (tmp_path / "cheshire.md").read_text(encoding="utf-8")
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "cheshire.docx")).paragraphs]
    assert any(f"{arabic} {combining}" in p for p in paragraphs)


names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(area=names, quote=st.text(min_size=1, max_size=200), before=st.integers(0, 10**7),
       after=st.integers(0, 10**7))
def test_no_input_makes_drafter_crash(tmp_path: Path, area: str, quote: str, before: int, after: int) -> None:
    import shutil
    import uuid

    campaign = tmp_path / uuid.uuid4().hex
    shutil.copytree(EXAMPLE, campaign)
    safe_area = area.replace('"', "'")
    (campaign / "areas.csv").write_text(f'area,parent,in_text,force\n"{safe_area}",,"{safe_area}",\n',
                                        encoding="utf-8", errors="surrogatepass")
    (campaign / "figures.csv").write_text(f'area,measure,before,after\n"{safe_area}",contacts,{before},{after}\n',
                                          encoding="utf-8", errors="surrogatepass")
    text = (campaign / "quotes.yaml").read_text(encoding="utf-8")
    text = text.replace("areas: [North West]", "areas: all").replace("areas: [Cheshire]", "areas: all")
    text = text.replace("role: local", "role: unused")
    quoted = quote.replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("    text: |\n      The problem", f'    text: "{quoted}"\n    old: |\n      The problem', 1)
    (campaign / "quotes.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        api.draft(campaign, campaign / "out")
    except DrafterError as exc:
        assert "\n" not in exc.line()


PAUSED = r"""
import os, sys, time
from pathlib import Path
from drafter.cli import main

pause_at, marker = int(sys.argv[1]), Path(sys.argv[2])
replace, renamed = os.replace, []


def paused(source, target):  # renames as drafter does, but stops before the pause_at-th release, until killed
    if str(target).endswith(".docx"):
        renamed.append(target)
        if len(renamed) == pause_at:
            marker.write_text("paused")
            time.sleep(120)
    replace(source, target)


os.replace = paused
sys.argv = ["drafter", *sys.argv[3:]]
main()
"""


@pytest.mark.slow
def test_a_killed_batch_leaves_no_truncated_file(tmp_path: Path) -> None:
    """A redraft killed while it puts its files in place leaves each file as the earlier draft or the new one
    had it; the next run finishes the job, knows the new files for its own, and leaves nothing temporary."""
    campaign = make_campaign(tmp_path / "campaign", 40)
    out, expected = tmp_path / "out", tmp_path / "expected"
    api.draft(campaign, out, formats=["docx"])
    old = files_in(out)
    edit(campaign / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-04 00:02")  # every release
    api.draft(campaign, expected, formats=["docx"])
    new = files_in(expected)
    marker = tmp_path / "paused"
    kill_when_paused(PAUSED, ["25", str(marker), "draft", str(campaign), "--out", str(out), "--format", "docx"],
                     marker)
    assert marker.exists(), "the redraft should have been killed part of the way through"
    docx_now = {name: data for name, data in files_in(out).items() if name.endswith(".docx")}
    assert sorted(docx_now) == sorted(name for name in old if name.endswith(".docx"))
    assert all(data in (old[name], new[name]) for name, data in docx_now.items())  # old or new, never partial
    assert sum(data == new[name] for name, data in docx_now.items()) == 24
    assert (out / ".drafter-journal").exists()  # the hashes of the files it was putting in place
    result = runner.invoke(app, ["draft", str(campaign), "--out", str(out), "--format", "docx"])
    assert result.exit_code == 0, result.stderr
    assert "skipped" not in result.stderr  # the files the killed run renamed are known to be drafter's
    assert files_in(out) == new
    assert files_in(out / "review") == files_in(expected / "review")
    assert not [p for p in out.rglob("*") if p.name.startswith(".drafter-tmp-")]
    assert not (out / ".drafter-journal").exists()


CELLS = st.text(st.sampled_from(['a', '1', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', ' ', "'", '£', '–']),
                max_size=6)


@given(st.lists(CELLS, min_size=1, max_size=4), st.lists(st.lists(CELLS, min_size=1, max_size=4), max_size=4))
def test_csv_exports_read_back_cell_for_cell_with_formulas_neutralised(header: list[str], rows: list[list[str]]
                                                                       ) -> None:
    import csv
    import io
    import re

    from drafter.reports.facts import to_csv

    data = to_csv(header, rows)
    assert data.startswith("\ufeff".encode())  # so a spreadsheet reads it as UTF-8
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    negative = re.compile(r"-[0-9]+(\.[0-9]+)?")  # a negative number runs nothing: left a number
    assert read == [["'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not negative.fullmatch(cell)
                     else cell for cell in row] for row in [header, *rows]]


def test_a_csv_export_larger_than_one_encoded_piece_reads_back_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """review.csv for thousands of areas is encoded a piece at a time; every row survives the joins (pieces of 4,096
    characters here, not 65,536, so that 300 rows make several)."""
    import csv
    import io

    from drafter.reports import facts

    monkeypatch.setattr(facts, "_ENCODE_EVERY", 4096)
    rows = [[f"Area {i}", f"=£{i}–\n{'x' * (i % 97)}", "-5"] for i in range(300)]
    data = facts.to_csv(["area", "figure", "change"], rows)
    assert len(data) > 3 * 4096 and data.count("\ufeff".encode()) == 1
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert read == [["area", "figure", "change"], *([a, "'" + b, "-5"] for a, b, _ in rows)]  # -5: a number


def test_the_manifest_records_each_file_with_its_hash_and_area(example_draft: Path) -> None:
    import hashlib
    import json

    manifest = json.loads((example_draft / MANIFEST).read_text("utf-8"))
    assert manifest["version"] == 1 and list(manifest["files"]) == sorted(manifest["files"])
    assert manifest["files"]["cheshire.md"] == {
        "sha256": hashlib.sha256((example_draft / "cheshire.md").read_bytes()).hexdigest(), "area": "Cheshire"}
    assert manifest["files"]["review/review.csv"]["area"] == ""


@pytest.mark.parametrize("entry", [f'{{"sha256": {{"sha256": "{"0" * 64}", "area": "A"}}}}', '{"sha256": 3}', '"x"'])
def test_a_manifest_entry_that_is_not_text_is_refused(tmp_path: Path, entry: str) -> None:
    from drafter.errors import OutputError
    from drafter.output.manifest import load_manifest

    (tmp_path / MANIFEST).write_text(f'{{"version": 1, "files": {{"a.docx": {entry}}}}}', "utf-8")
    with pytest.raises(OutputError) as raised:
        load_manifest(tmp_path)
    assert raised.value.line() == (f"{tmp_path / MANIFEST}: is not a manifest drafter can read, so it cannot tell "
                                   "which files here a person has edited (expected the JSON file drafter writes: "
                                   "put back a good copy, or draft into a new folder)")


def test_a_name_in_the_manifest_or_journal_that_leads_elsewhere_is_not_drafters(tmp_path: Path) -> None:
    """A manifest or journal edited by hand (or a journal line cut short) names only files drafter writes."""
    from drafter.output.manifest import JOURNAL, load_manifest

    entry = {"sha256": "0" * 64, "area": "A"}
    (tmp_path / MANIFEST).write_text(json.dumps({"version": 1, "files": {"a.md": entry, "../b.md": entry,
                                                                        "/etc/c.md": entry,
                                                                        "C:/Windows/e.md": entry, "C:f.md": entry,
                                                                        "a.md:stream": entry}}), "utf-8")
    (tmp_path / JOURNAL).write_text("".join(f"{name} {'1' * 64}\n" for name in (
        "review/review.csv", "../../etc/passwd", "review/../../d.md", ".drafter-lock", "a.md",
        "C:/Users/g.md", "//server/share/h.md")) + "e.md 11", "utf-8")  # (on Windows, C:/ and // lead elsewhere)
    assert load_manifest(tmp_path) == {"a.md": {**entry, "pending": "1" * 64},
                                       "review/review.csv": {"sha256": "", "area": "", "pending": "1" * 64}}


def test_discarding_staged_files_removes_only_drafters_temporary_files_and_folders(tmp_path: Path) -> None:
    from drafter.output.files import discard_staged

    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    (out / "review").mkdir(parents=True)
    (out / ".drafter-tmp-0123abcd" / "review").mkdir(parents=True)
    (elsewhere / ".drafter-tmp-deeper").mkdir(parents=True)
    for path in (out / ".drafter-tmp-drafter-manifest.json-1", out / ".drafter-tmp-0123abcd" / "a.docx",
                 out / ".drafter-tmp-0123abcd" / "review" / "review.csv", out / "a.docx",
                 out / "review" / "review.csv", out / "review" / ".drafter-tmp-review.csv-7", out / ".hidden",
                 elsewhere / "keep.docx", elsewhere / ".drafter-tmp-keep", elsewhere / ".drafter-tmp-deeper" / "k"):
        path.write_bytes(b"x")
    (out / ".drafter-tmp-link").symlink_to(elsewhere, target_is_directory=True)
    (out / "review" / ".drafter-tmp-link").symlink_to(elsewhere, target_is_directory=True)
    (out / ".drafter-tmp-0123abcd" / "outside").symlink_to(elsewhere, target_is_directory=True)
    discard_staged(out)
    left = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert left == ["elsewhere/.drafter-tmp-deeper/k", "elsewhere/.drafter-tmp-keep", "elsewhere/keep.docx",
                    "out/.hidden", "out/a.docx", "out/review/review.csv"]
    assert sorted(p.name for p in out.iterdir()) == [".hidden", "a.docx", "review"]


def test_a_review_folder_that_is_a_link_is_never_cleared(tmp_path: Path) -> None:
    from drafter.output.files import discard_staged

    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (elsewhere / ".drafter-tmp-theirs").write_bytes(b"x")
    (out / "review").symlink_to(elsewhere, target_is_directory=True)
    discard_staged(out)
    assert (elsewhere / ".drafter-tmp-theirs").exists()


def test_a_windows_junction_is_taken_for_a_link_where_drafter_keeps_its_own_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows' lstat calls a junction (``mklink /J review C:\\Windows``) a folder; its reparse tag says it leads
    elsewhere, so drafter neither writes through it nor clears what is behind it."""
    import os
    import stat
    import types

    from drafter import fileio
    from drafter.errors import OutputError
    from drafter.output.files import safe_target

    junction = types.SimpleNamespace(st_mode=stat.S_IFDIR | 0o777, st_reparse_tag=fileio.JUNCTION)
    real = os.lstat
    monkeypatch.setattr(fileio.os, "lstat", lambda path: junction if Path(path).name == "review" else real(path))
    assert fileio.kind(tmp_path / "review") == "link"
    with pytest.raises(OutputError) as refused:
        safe_target(tmp_path, "review/review.csv")
    assert str(refused.value) == (f"{tmp_path / 'review'}: is a link, which drafter does not follow here (expected "
                                  "a folder drafter writes into; remove the link)")


# --- quotes approve edits the library where it lives (issue 19) -------------------------------------------------

def test_approving_writes_through_a_shared_link_keeping_permissions_and_indentation(example: Path,
                                                                                   tmp_path: Path) -> None:
    import os
    import stat

    from drafter.quotes.library import approve_quote

    shared = tmp_path / "library" / "quotes.yaml"
    shared.parent.mkdir()
    import io

    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=4, sequence=2, offset=0)  # a file indented its own way
    data = yaml.load((example / "quotes.yaml").read_text(encoding="utf-8"))
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    text = buffer.getvalue().replace("status: approved\n  approved_by: Stuart York\n  approved_on: 2018-08-29\n"
                                     "  fingerprint: sha256:105b76808c911ed85d28", "status: draft")
    assert "status: draft" in text
    shared.write_text(text, encoding="utf-8")
    shared.chmod(0o640)
    (example / "quotes.yaml").unlink()
    (example / "quotes.yaml").symlink_to(shared)
    stale = shared.parent / ".drafter-tmp-quotes.yaml-99999"  # a killed save's, two hours ago
    stale.write_text("half a file", encoding="utf-8")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    # a colleague's save on another computer, now (its process id is never this one's, whose own is replaced)
    going_on = shared.parent / f".drafter-tmp-quotes.yaml-{os.getpid() + 1}"
    going_on.write_text("a colleague's approval, being written", encoding="utf-8")
    approve_quote(example, "york-cheshire", "Stuart York", on=dt.date(2018, 8, 29))
    assert (example / "quotes.yaml").is_symlink()  # still shared
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o640
    assert not stale.exists()
    assert going_on.read_text(encoding="utf-8") == "a colleague's approval, being written"  # theirs to rename
    after = shared.read_text(encoding="utf-8")
    import difflib

    changed = [line for line in difflib.unified_diff(text.splitlines(), after.splitlines(), lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ["-  status: draft", "+  status: approved", "+  approved_by: Stuart York",
                       "+  approved_on: 2018-08-29", "+  fingerprint: sha256:105b76808c911ed85d28"]


# --- bounded decompression (issue 19) ----------------------------------------------------------------------------

def _zip(*entries: tuple[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("entries", "problem", "total"), [
    ([("a.xml", b"\0" * 2_000_000)], "part 'a.xml' unpacks to 2,000,000 bytes from ", 100_000_000),
    ([(f"{i}.xml", b"") for i in range(10_001)], "holds 10,001 parts", 100_000_000),
    ([(f"{i}.xml", bytes(range(256)) * 4) for i in range(3)], "unpacks to more than 2,000 bytes", 2_000),
])
def test_an_archive_past_the_limits_is_refused_before_it_is_unpacked(
        entries: list[tuple[str, bytes]], problem: str, total: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.errors import InputError
    from drafter.load import archive
    from drafter.model import SourceRef

    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", total)
    with pytest.raises(InputError) as raised:
        archive.check_archive(_zip(*entries), SourceRef("check.docx"), archive.DOCX)
    assert raised.value.line().startswith(f"check.docx: {problem}")
    assert raised.value.line().endswith("more than drafter unpacks (a zip bomb?) (expected a .docx file saved by "
                                        f"Word or LibreOffice, unpacking to at most {total:,} bytes)")


def test_a_real_workbook_and_release_are_inside_the_limits(example_draft: Path) -> None:
    from drafter.load.archive import DOCX, check_archive
    from drafter.model import SourceRef

    check_archive((example_draft / "cheshire.docx").read_bytes(), SourceRef("cheshire.docx"), DOCX)
    check_archive((ROOT / "templates" / "reference.docx").read_bytes(), SourceRef("reference.docx"), DOCX)


# --- exact sums (issue 19) ---------------------------------------------------------------------------------------

def test_a_parent_summed_from_the_largest_figures_allowed_is_exact(example: Path) -> None:
    from drafter.load import load_campaign

    big = "9" * 15
    text = (example / "figures.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("North West,")]
    lines = [lines[0]] + [f"{line.split(',')[0]},contacts,{big},{big}" for line in lines[1:]]
    (example / "figures.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    figures = load_campaign(example).figures
    assert figures[("North West", "contacts", "after")].amount == 5 * int(big)
