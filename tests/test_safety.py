"""Never lose a person's work: edits are kept, writes are atomic (even under SIGKILL), names are safe, and no
input makes drafter crash with a traceback."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import DrafterError
from drafter.output.manifest import MANIFEST, Manifest, entry_json, pack
from tests.conftest import EXAMPLE, ROOT, edit
from tests.synthetic import make_campaign

runner = CliRunner()


def test_an_edited_release_is_kept_and_named_until_forced(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["draft", str(example), "--out", str(out)]).exit_code == 0
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


def test_unchanged_releases_are_not_rewritten(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner.invoke(app, ["draft", str(example), "--out", str(out)])
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
    names = ["../../etc", "CON", "a/b\\\\c", "x" * 300, "Ynys Môn", "Ynys Mon"]
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
    api.draft(example, tmp_path)
    assert f"{arabic} {combining}" in (tmp_path / "cheshire.md").read_text(encoding="utf-8")
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "cheshire.docx")).paragraphs]
    assert any(f"{arabic} {combining}" in p for p in paragraphs)


names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
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


def _processes_with(marker: str) -> list[int]:
    """Processes (the drafter run's workers) whose environment carries ``marker``."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        with contextlib.suppress(OSError):
            if marker.encode() in environ.read_bytes().split(b"\0"):
                found.append(int(environ.parent.name))
    return found


def test_a_killed_batch_leaves_no_truncated_file(tmp_path: Path) -> None:
    campaign = make_campaign(tmp_path / "campaign", 2000)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "drafter", "draft", str(campaign), "--out", str(out), "--format", "docx"]
    marker = f"DRAFTER_TEST_RUN={uuid.uuid4().hex}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), marker.split("=")[0]: marker.split("=")[1]}
    process = subprocess.Popen([*command, "--jobs", "2"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and len(list(out.glob("*.docx"))) >= 50:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while _processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _processes_with(marker), "worker processes outlived the killed drafter"
    done = sorted(out.glob("*.docx"))
    assert 50 <= len(done) < 2000, "the batch should have been killed part of the way through"
    for path in done:
        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None
        docx.Document(str(path))
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert len(list(out.glob("*.docx"))) == 2000
    assert not [p for p in out.iterdir() if p.name.startswith(".drafter-tmp-")]
    assert not (out / ".drafter-journal").exists()


CELLS = st.text(st.sampled_from(['a', '1', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', ' ', "'", '£', '–']),
                max_size=6)


@given(st.lists(CELLS, min_size=1, max_size=4), st.lists(st.lists(CELLS, min_size=1, max_size=4), max_size=4))
def test_csv_exports_are_what_the_standard_csv_writer_writes_with_every_cell_neutralised(
        header: list[str], rows: list[list[str]]) -> None:
    import csv
    import io

    from drafter.output.csvsafe import neutralise, to_csv

    expected = io.StringIO(newline="")
    writer = csv.writer(expected, lineterminator="\r\n")
    for row in [header, *rows]:
        writer.writerow([neutralise(cell) for cell in row])
    assert to_csv(header, rows) == expected.getvalue().encode("utf-8-sig")
    if rows:
        read = list(csv.reader(io.StringIO(to_csv(header, rows).decode("utf-8-sig"), newline="")))
        assert all(not cell.startswith(("=", "+", "-", "@")) for row in read for cell in row)


@given(st.dictionaries(st.text(max_size=8), st.one_of(
    st.dictionaries(st.sampled_from(["sha256", "area", "pending"]), st.text(max_size=6)),
    st.builds(pack, st.binary(min_size=32, max_size=32).map(bytes.hex), st.text(max_size=6))), max_size=5))
def test_the_manifest_is_written_as_json_dumps_would_write_it(manifest: Manifest) -> None:
    import json

    from drafter.output.manifest import manifest_text

    plain = {name: entry_json(entry) for name, entry in sorted(manifest.items())}
    expected = json.dumps({"version": 1, "files": plain}, indent=1, ensure_ascii=False)
    assert "".join(manifest_text(manifest)) == expected + "\n"


@given(st.dictionaries(st.text(max_size=8), st.one_of(
    st.dictionaries(st.sampled_from(["sha256", "area", "pending"]), st.text(max_size=6)),
    st.builds(lambda digest, area: {"sha256": digest, "area": area},
              st.binary(min_size=32, max_size=32).map(bytes.hex), st.text(max_size=6))), max_size=5))
def test_a_manifest_reads_back_as_written_with_plain_entries_packed(files: dict[str, dict[str, str]]) -> None:
    import json
    import tempfile

    from drafter.output.manifest import load_manifest

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / MANIFEST).write_text(json.dumps({"version": 1, "files": files}), "utf-8")
        read = load_manifest(Path(folder))
    assert {name: entry_json(entry) for name, entry in read.items()} == files
    for name, entry in read.items():
        plain = list(files[name]) == ["sha256", "area"] and len(files[name]["sha256"]) == 64 and all(
            c in "0123456789abcdef" for c in files[name]["sha256"])
        assert isinstance(entry, bytes) == plain


@pytest.mark.parametrize("entry", [f'{{"sha256": {{"sha256": "{"0" * 64}", "area": "A"}}}}', '{"sha256": 3}', '"x"'])
def test_a_manifest_entry_that_is_not_text_is_refused(tmp_path: Path, entry: str) -> None:
    from drafter.errors import OutputError
    from drafter.output.manifest import load_manifest

    (tmp_path / MANIFEST).write_text(f'{{"version": 1, "files": {{"a.docx": {entry}}}}}', "utf-8")
    with pytest.raises(OutputError) as raised:
        load_manifest(tmp_path)
    assert raised.value.line() == (f"{tmp_path / MANIFEST}: is not a drafter manifest "
                                   "(expected the JSON file drafter writes; delete it to start afresh)")


def test_discarding_staged_files_removes_only_drafters_temporary_files_and_folders(tmp_path: Path) -> None:
    from drafter.output.files import discard_staged

    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    (out / "review").mkdir(parents=True)
    (out / ".drafter-tmp-stage-12").mkdir()
    elsewhere.mkdir()
    for path in (out / ".drafter-tmp-a.docx-1", out / "review" / ".drafter-tmp-review.csv-1",
                 out / ".drafter-tmp-stage-12" / "a.docx", out / "a.docx", out / "review" / "review.csv",
                 out / ".hidden", elsewhere / "keep.docx"):
        path.write_bytes(b"x")
    (out / ".drafter-tmp-link").symlink_to(elsewhere, target_is_directory=True)
    discard_staged(out)
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert left == ["elsewhere/keep.docx", "out/.hidden", "out/a.docx", "out/review/review.csv"]
    assert sorted(p.name for p in out.iterdir()) == [".hidden", "a.docx", "review"]

