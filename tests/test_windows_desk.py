"""Runs where press officers work (issue 21): a release open in Word, consoles that are not UTF-8, Windows paths
in campaign.yaml, names Windows refuses, and CSV files as Excel saves them. Windows itself cannot run here, so
each is exercised the way Windows would present it."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import DrafterError
from drafter.load.text import slugify, unique_slugs
from drafter.output import opened
from drafter.output.manifest import MANIFEST
from tests.conftest import ROOT, edit, files_in
from tests.helpers import tree

runner = CliRunner()


# --- a release open in Word -------------------------------------------------------------------------------------

def test_a_release_open_in_word_stops_the_batch_with_every_file_old_or_new_and_the_manifest_true(
        example: Path, example_draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out, expected = tmp_path / "out", tmp_path / "expected"
    shutil.copytree(example_draft, out)  # the example as drafted
    old = tree(out)
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,441")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,550"')
    api.draft(example, expected)
    new = tree(expected)
    real_replace = os.replace

    def word_has_it_open(source: str | Path, target: str | Path) -> None:  # as Windows refuses it
        if str(target).endswith("cheshire.docx"):
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", word_has_it_open)
    monkeypatch.setattr(opened, "RETRY_WAITS", (0, 0, 0))  # not the half second a virus scanner is waited for
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {out / 'cheshire.docx'}: could not be replaced (Permission denied): it is probably open in "
        "another program; close it in Word and run again (the files before it are new, it and the rest are as "
        "they were) (expected a release no program has open)\n")
    now = tree(out)
    assert set(now) == set(old)
    assert all(now[name] in (old[name], new[name]) for name in now if name != MANIFEST)  # old or new, never a mix
    assert now["north-west.docx"] == new["north-west.docx"] != old["north-west.docx"]  # renamed before it
    assert now["cheshire.docx"] == old["cheshire.docx"]
    manifest = json.loads(now[MANIFEST])["files"]
    assert {name: entry["sha256"] for name, entry in manifest.items()} == {
        name: hashlib.sha256(data).hexdigest() for name, data in now.items() if name != MANIFEST}  # true
    assert not [p for p in out.rglob("*") if p.name.startswith(".drafter-")]  # no journal, staging or lock left
    monkeypatch.setattr(os, "replace", real_replace)  # closed in Word; run again
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "skipped" not in result.stderr
    assert tree(out) == new


@pytest.mark.parametrize(("name", "program", "what"), [("cheshire.facts.csv", " in Excel", "file"),
                                                      ("cheshire.md", "", "release")])
def test_a_file_windows_will_not_replace_names_the_program_to_close_it_in(
        drafted_example: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, name: str, program: str, what: str
) -> None:
    """A fact sheet open in Excel is not to be closed "in Word"; a Markdown file names no program."""
    example, out = drafted_example
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,441")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,550"')
    real_replace = os.replace

    def held_open(source: str | Path, target: str | Path) -> None:
        if Path(target).name == name:
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", held_open)
    monkeypatch.setattr(opened, "RETRY_WAITS", (0, 0, 0))  # not the half second a virus scanner is waited for
    with pytest.raises(DrafterError) as raised:
        api.draft(example, out, formats=["md"])
    assert raised.value.line() == (
        f"{out / name}: could not be replaced (Permission denied): it is probably open in another program; close it"
        f"{program} and run again (the files before it are new, it and the rest are as they were) (expected a {what} "
        "no program has open)")


# --- consoles that are not UTF-8 --------------------------------------------------------------------------------

CONSOLES = {
    "cp1252": {"PYTHONIOENCODING": "cp1252"},
    "cp850": {"PYTHONIOENCODING": "cp850"},
    "LANG=C": {"LANG": "C", "LC_ALL": "C"},
    "LANG=C, no UTF-8 mode": {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
}


# The commands run one after another in one process (start-up is most of a command's time), each through
# ``python -m drafter`` as a person types it, on a stdout and stderr made afresh as Python makes them at start-up on
# that console: its encoding, and its error handlers before drafter changes them. After each command, stderr
# carries its exit status between two NUL bytes.
CONSOLE_SESSION = """\
import io, json, os, runpy, sys, traceback
fresh = [(s.fileno(), s.encoding, s.errors, s.line_buffering) for s in (sys.stdout, sys.stderr)]
for argv in json.loads(sys.argv[1]):
    sys.stdout, sys.stderr = (io.TextIOWrapper(open(fd, "wb", closefd=False), encoding=encoding, errors=errors,
                                               line_buffering=line_buffering)
                              for fd, encoding, errors, line_buffering in fresh)
    sys.argv = ["drafter", *argv]
    try:
        runpy.run_module("drafter", run_name="__main__", alter_sys=True)
        status = 0
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else 0 if done.code is None else 1
    except BaseException:  # as the interpreter ends a script that raised: its traceback, status 1
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os.write(2, b"\\0exit %d\\0" % status)
"""


def console_session(commands: list[list[str]], env: dict[str, str]) -> list[tuple[int, bytes]]:
    """Each command's (exit status, stderr), run as ``python -m drafter`` on the console ``env`` describes."""
    done = subprocess.run([sys.executable, "-c", CONSOLE_SESSION, json.dumps(commands)], cwd=ROOT, env=env,
                          capture_output=True)
    parts = re.split(rb"\0exit (-?\d+)\0", done.stderr)
    assert done.returncode == 0 and len(parts) == 2 * len(commands) + 1 and parts[-1] == b"", done.stderr.decode(
        "utf-8", "replace")
    return [(int(parts[i + 1]), parts[i]) for i in range(0, 2 * len(commands), 2)]


@pytest.mark.parametrize("console", [c if c == "cp1252" else pytest.param(c, marks=pytest.mark.slow)
                                     for c in sorted(CONSOLES)])  # Windows' console in the quick run, all four in CI
def test_the_cli_runs_end_to_end_on_a_console_that_is_not_utf8(example: Path, tmp_path: Path, console: str) -> None:
    for name in ("areas.csv", "figures.csv"):  # a Welsh name with letters cp1252 does not have, and an en dash
        edit(example / name, "Cumbria,", "Cŵm Ŷnys – Môn…,")
    mismatched = Path(shutil.copytree(example, tmp_path / "mismatched"))
    edit(mismatched / "figures.csv", "Cŵm Ŷnys – Môn…,", "Cŵm Ŷnys – Mon,")  # an error line naming the area
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO", "PYTHONUTF8"))}
    env.update(CONSOLES[console])
    commands = [["draft", str(example), "--out", str(tmp_path / "out"), "--format", "md"],  # the table names it
                ["draft", str(example), "--out", str(tmp_path / "cy"), "--locale", "cy_GB", "--format", "md"],
                ["preview", str(example), "--area", "Cheshire", "--locale", "cy_GB"],  # ŵ, ’ and â in Welsh
                ["facts", str(example), "--area", "North West"],
                ["quotes", "list", str(example)],
                ["check", str(example), str(tmp_path / "out" / "cwm-ynys-mon.md")],
                ["draft", str(mismatched), "--out", str(tmp_path / "x")]]
    results = console_session(commands, env)
    for command, (status, stderr) in zip(commands[:-1], results, strict=False):
        assert status == 0, (command, stderr.decode("utf-8", "replace"))
        assert b"Traceback" not in stderr and b"UnicodeEncodeError" not in stderr
    status, stderr = results[-1]
    assert status == 1
    assert stderr.startswith(b"error: figures.csv:4: area: ") and stderr.count(b"\n") == 1


# --- Windows paths in campaign.yaml -----------------------------------------------------------------------------

def test_the_first_session_works_with_windows_paths_in_campaign_yaml(tmp_path: Path) -> None:
    """README's first session (drafter new, then drafter draft), with the figures, template and letterhead
    named as a Windows user writes them."""
    plain, windows = tmp_path / "plain", tmp_path / "windows"
    for folder in (plain, windows):
        assert runner.invoke(app, ["new", str(folder)]).exit_code == 0
    (windows / "data").mkdir()
    (windows / "figures.csv").rename(windows / "data" / "figures.csv")
    shutil.copytree(ROOT / "templates" / "helpline-rise", windows / "my templates" / "rise",
                    ignore=shutil.ignore_patterns("example"))
    (windows / "letterhead").mkdir()
    shutil.copyfile(ROOT / "templates" / "reference.docx", windows / "letterhead" / "ours.docx")
    edit(windows / "campaign.yaml", "template: helpline-rise", "template: my templates\\rise")
    edit(windows / "campaign.yaml", "areas: all", "areas: all\nfigures: .\\data\\figures.csv\n"
         "reference: letterhead\\ours.docx")
    for folder in (plain, windows):
        result = runner.invoke(app, ["draft", str(folder), "--out", str(folder / "out")])
        assert result.exit_code == 0, result.stderr
    releases = {name: data for name, data in files_in(windows / "out").items() if name.endswith((".docx", ".md"))}
    assert len(releases) == 12
    assert releases == {name: data for name, data in files_in(plain / "out").items() if name in releases}
    assert '".\\data\\figures.csv, row 3, column before' in (windows / "out" / "cheshire.facts.csv").read_text(
        encoding="utf-8-sig")  # the figures file named as campaign.yaml names it


# --- names Windows refuses ----------------------------------------------------------------------------------------

WINDOWS_REFUSES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


@given(st.lists(st.text(min_size=0, max_size=30), min_size=1, max_size=5, unique=True))
def test_slugs_are_names_windows_accepts(names: list[str]) -> None:
    slugs = unique_slugs(names)
    for slug in slugs.values():
        assert slug and len(slug) <= 64 and len(slug.encode("utf-8")) <= 124
        assert slug == unicodedata.normalize("NFC", slug) == slugify(slug)  # as a drive shows it, read back alike
        if slug.isascii():
            assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")  # no dot or space to end in
        else:  # a name in another script keeps its letters, and nothing else but hyphens
            assert all(c == "-" or unicodedata.category(c)[0] in "LMN" for c in slug), slug
        assert slug.split(".")[0] not in WINDOWS_REFUSES
    assert len({s.casefold() for s in slugs.values()}) == len(slugs)  # distinct on a case-insensitive drive


@pytest.mark.parametrize(("name", "slug"), [("CON", "con-area"), ("Com¹", "com1-area"), ("lpt0", "lpt0-area"),
                                            ("Nul.", "nul-area"), ("aux ", "aux-area"), ("St. Helens.", "st-helens")])
def test_reserved_names_and_trailing_dots_and_spaces_never_reach_a_file_name(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_areas_named_in_another_script_get_their_own_names_as_file_names_not_numbers() -> None:
    # Once, every name without Latin letters was "area", "area-2", "area-3": no one could tell whose file was whose.
    names = ["Αθήνα", "Θεσσαλονίκη", "Αθη\u0301να", "ΑΘΉΝΑ", "Київ (Kyiv)", "東京都" * 30, "Łódź", "NUL", "نُل"]
    assert list(unique_slugs(names).values()) == [
        "αθήνα", "θεσσαλονίκη", "αθήνα-2",  # a name typed with its accent apart (NFD) is the same file name
        "αθήνα-3",  # capitals alone make no other file on Windows or macOS
        "київ-kyiv", "東京都" * 13 + "東",  # at most 120 bytes: 40 such letters
        "lodz", "nul-area", "نُل"]


def test_a_path_is_measured_as_windows_counts_it_a_rare_chinese_letter_twice(tmp_path: Path) -> None:
    from drafter.errors import OutputError
    from drafter.output.paths import STAGED, refuse_long_paths

    name = slugify("\U00020000" * 40) + ".facts.csv"  # 30 letters beyond the first 65,536: 60 UTF-16 units
    assert len(name) == 40
    top = os.path.abspath(os.sep)
    out = Path(top) / ("o" * (200 - STAGED - len(top)))  # a folder of 200 - STAGED: room for 58 characters, not 70
    refuse_long_paths(out, [("x" * 58, "Kent")])
    with pytest.raises(OutputError) as refused:
        refuse_long_paths(out, [(name, "\U00020000" * 40)])
    assert f"would be {200 - STAGED + 1 + 70} characters long in it" in str(refused.value)


# --- CSV files as Excel saves them --------------------------------------------------------------------------------

def test_a_csv_saved_by_excel_with_a_bom_and_crlf_reads_as_the_plain_file(example: Path) -> None:
    plain = api.preview(example, "Cheshire")[0]
    for name in ("figures.csv", "areas.csv"):
        text = (example / name).read_text(encoding="utf-8")
        (example / name).write_bytes("\ufeff".encode() + text.replace("\n", "\r\n").encode("utf-8"))
    assert api.preview(example, "Cheshire")[0] == plain


SPAWNED = """\
import multiprocessing, sys
multiprocessing.set_start_method("spawn", force=True)  # Windows' only start method
from drafter.cli import main
sys.argv = ["drafter", "draft", sys.argv[1], "--out", sys.argv[2]]
main()
"""


def test_drafting_works_where_processes_can_only_be_spawned(example: Path, tmp_path: Path) -> None:
    """drafter drafts in one process (bench/bench.py says why): with spawn forced, as on Windows, a batch still
    drafts, and nothing in the package starts processes a Windows laptop could not."""
    done = subprocess.run([sys.executable, "-c", SPAWNED, str(example), str(tmp_path / "out")],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "out").glob("*.docx"))) == 6
    starts = [str(path.relative_to(ROOT)) for path in (ROOT / "drafter").rglob("*.py")
              if any(word in path.read_text(encoding="utf-8")
                     for word in ("multiprocessing", "ProcessPoolExecutor", "os.fork"))]
    assert starts == []
