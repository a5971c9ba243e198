"""The command line through typer's CliRunner: exit codes and the exact lines users see."""

from __future__ import annotations

import csv
import itertools
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import UsageError
from tests.conftest import EXAMPLE, edit, files_in

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def example_drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """`drafter draft` run once on a copy of the shipped example into a new folder, for the tests that read what
    it printed and wrote: (the folder, exit status, stdout, stderr). Read, never edit."""
    example = Path(shutil.copytree(EXAMPLE, tmp_path_factory.mktemp("cli-example") / "campaign"))
    out = example.parent / "out"
    return (out, *run("draft", str(example), "--out", str(out)))


@pytest.fixture(scope="module")
def forty_areas_drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """`drafter draft --format md` run once on a synthetic campaign of 40 areas into a new folder: (the folder,
    exit status, stdout, stderr). Read, never edit."""
    from tests.synthetic import make_campaign

    campaign = make_campaign(tmp_path_factory.mktemp("cli-forty") / "campaign", 40)
    out = campaign.parent / "out"
    return (out, *run("draft", str(campaign), "--out", str(out), "--format", "md"))


def test_draft_writes_six_docx_and_six_markdown(example_drafted: tuple[Path, int, str, str]) -> None:
    out, code, stdout, stderr = example_drafted
    assert code == 0, stderr
    names = sorted(files_in(out))
    slugs = ["cheshire", "cumbria", "greater-manchester", "lancashire", "merseyside", "north-west"]
    assert [n for n in names if n.endswith(".docx")] == [f"{s}.docx" for s in slugs]
    assert [n for n in names if n.endswith(".md")] == [f"{s}.md" for s in slugs]
    assert "20 written, 0 unchanged" in stdout
    assert ("warning: no quote for the optional role 'local'; its paragraph is left out "
            "(areas: North West, Cumbria, Greater Manchester, Lancashire, Merseyside)") in stderr


def test_missing_figure_names_area_measure_and_period_and_writes_nothing(example: Path, tmp_path: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171\n", "")
    out = tmp_path / "out"
    code, _stdout, stderr = run("draft", str(example), "--out", str(out))
    assert code == 1
    assert stderr == ("error: figures.csv: no figure for area 'Cumbria', measure 'contacts', period 'before' (July to "
                      "December 2017) (expected one row per area, measure and period)\n")
    assert not out.exists()


def test_non_numeric_value_names_file_row_column_and_value(example: Path, tmp_path: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,ninety,171")
    code, _, stderr = run("draft", str(example), "--out", str(tmp_path / "out"))
    assert code == 1
    assert stderr == ('error: figures.csv:4: before: "ninety" is not a number '
                      "(expected a whole number of 0 or more, such as 1,747, or a marker such as [x] where the "
                      "figure is not available)\n")


def test_unknown_area_in_figures_suggests_the_near_one(example: Path, tmp_path: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts", "Cumbira,contacts")
    code, _, stderr = run("draft", str(example), "--out", str(tmp_path / "out"))
    assert code == 1
    assert stderr == ('error: figures.csv:4: area: "Cumbira" is not a known area '
                      "(expected an area named in areas.csv; did you mean 'Cumbria'?)\n")


def test_unknown_measure_in_figures(example: Path, tmp_path: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts", "Cumbria,calls")
    code, _, stderr = run("draft", str(example), "--out", str(tmp_path / "out"))
    assert code == 1
    assert stderr == ('error: figures.csv:4: measure: "calls" is not a known measure '
                      "(expected a measure id from campaign.yaml: contacts)\n")


def test_undefined_template_variable_is_one_line_without_traceback(example: Path, tmp_path: Path) -> None:
    (example / "mine").mkdir()
    (example / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}Rise in {{ area.nickname }}{% endblock %}\n',
        encoding="utf-8")
    edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")
    out = tmp_path / "out"
    code, _, stderr = run("draft", str(example), "--out", str(out))
    assert code == 1
    assert stderr == ("error: mine/release.md.j2:2: template: area 'North West': the area "
                      "has no attribute 'nickname' (expected only the variables and helpers drafter provides)\n")
    assert "Traceback" not in stderr
    assert not out.exists()


def test_unknown_area_option_is_a_usage_error(example: Path, tmp_path: Path) -> None:
    code, _, stderr = run("draft", str(example), "--out", str(tmp_path / "o"), "--area", "Kent")
    assert code == 2
    assert stderr.startswith('error: --area: "Kent" is not an area in areas.csv (expected one of North West,')


def test_an_area_named_in_part_is_told_the_areas_whose_names_hold_it(example: Path) -> None:
    """A council's 40 wards: --area "St Marys" listed all 41 names; now the one ward it is part of, or those it
    could be, and a list of any length says how many more there are."""
    wards = ("Brecon St Mary’s", "Brecon St John's", "Llandrindod North", "Llandrindod South",
             *(f"Ward {n}" for n in range(1, 20)))
    (example / "areas.csv").write_text("area,parent,in_text\nPowys,,Powys\n" + "".join(
        f"{ward},Powys,{ward}\n" for ward in wards), encoding="utf-8")
    (example / "figures.csv").write_text("area,measure,before,after\n" + "".join(
        f"{ward},contacts,1,2\n" for ward in wards), encoding="utf-8")
    for typed, expected in (("St Marys", "did you mean 'Brecon St Mary’s'?"),
                            ("llandrindod", "expected one of the areas whose names hold it: Llandrindod North, "
                                            "Llandrindod South"),
                            ("Kent", "expected one of Powys, Brecon St Mary’s, Brecon St John's, Llandrindod North, "
                                     "Llandrindod South, Ward 1, Ward 2, Ward 3, Ward 4, Ward 5, Ward 6, Ward 7 and "
                                     "12 more")):
        with pytest.raises(UsageError) as caught:
            api.preview(example, typed)
        assert str(caught.value) == f'--area: "{typed}" is not an area in areas.csv ({expected})'


def test_area_option_drafts_a_subset_in_one_format(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    code, stdout, stderr = run("draft", str(example), "--out", str(out), "--area", "cheshire", "--format", "md")
    assert code == 0, stderr
    assert stdout.splitlines()[0] == f"1 release in {out}"
    assert sorted(files_in(out)) == ["cheshire.facts.csv", "cheshire.md", "drafter-manifest.json"]
    assert sorted(files_in(out / "review")) == ["review.csv", "review.docx"]


def test_unknown_format_is_a_usage_error(example: Path, tmp_path: Path) -> None:
    code, _, stderr = run("draft", str(example), "--out", str(tmp_path / "o"), "--format", "rtf")
    assert code == 2
    assert stderr == 'error: --format: "rtf" is not an output format (expected one of docx, md, html, txt, pdf)\n'


def test_missing_campaign_folder(tmp_path: Path) -> None:
    code, _, stderr = run("draft", str(tmp_path / "nope"))
    assert code == 2
    assert stderr == f'error: CAMPAIGN_DIR: "{tmp_path / "nope"}" does not exist (expected a campaign folder ' \
                     "holding campaign.yaml)\n"


def test_a_folder_typed_with_a_backslash_before_its_closing_quotation_mark_is_the_folder_meant(
        example: Path, tmp_path: Path) -> None:
    """PowerShell and cmd hand drafter ``"C:\\Campaigns\\Knife crime\\"`` as ``C:\\Campaigns\\Knife crime"``: the
    lone quotation mark at the end (no Windows name may hold one) is not part of the folder."""
    code, stdout, stderr = run("draft", f'{example}"', "--out", f'{tmp_path / "out"}"', "--format", "md")
    assert code == 0 and "error" not in stderr
    assert stdout.startswith(f"6 releases in {tmp_path / 'out'}\n") and sorted(files_in(tmp_path / "out"))[:2] == [
        "cheshire.facts.csv", "cheshire.md"]
    assert not [p for p in tmp_path.iterdir() if '"' in p.name]


def test_preview_prints_one_release(example: Path) -> None:
    code, stdout, _ = run("preview", str(example), "--area", "Cheshire")
    assert code == 0
    assert stdout.startswith("EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018\n\n# Number of people in Cheshire")
    assert "Detective Inspector Stuart York" in stdout


def test_new_copies_the_example_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "mine"
    code, _stdout, _ = run("new", str(target))
    assert code == 0
    assert sorted(files_in(target)) == ["areas.csv", "campaign.yaml", "figures.csv", "media.csv", "quotes.yaml"]
    code, _, stderr = run("new", str(target))
    assert code == 2
    assert stderr == (f'error: "{target}" already exists and is not empty (expected a new or empty folder: give '
                      'another name, or empty this one)\n')


def test_new_given_a_file_names_it_and_makes_nothing(tmp_path: Path) -> None:
    """A file's name given as the new folder (``drafter new notes.txt``) was a NotADirectoryError traceback."""
    target = tmp_path / "notes.txt"
    target.write_text("someone's notes\n", encoding="utf-8")
    code, _, stderr = run("new", str(target))
    assert (code, stderr) == (2, f'error: "{target}" is a file, not a folder (expected a new or empty folder: give '
                                 'another name)\n')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("made_before", [False, True])
def test_new_on_a_full_drive_keeps_nothing_half_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     made_before: bool) -> None:
    """The drive fills while the template is copied: one line, exit 1, and no half-made campaign (an empty
    folder the person made stays, empty)."""
    target = tmp_path / "my-campaign"
    if made_before:
        target.mkdir()
    copy = shutil.copyfile

    def copy_until_full(source: Path, destination: Path) -> object:
        if Path(destination).suffix == ".j2":
            raise OSError(28, "No space left on device")
        return copy(source, destination)

    monkeypatch.setattr(shutil, "copyfile", copy_until_full)
    code, _, stderr = run("new", str(target))
    assert (code, stderr) == (1, f"error: {target}: could not be made in full (No space left on device), so nothing "
                                 "was kept in it (expected space on the drive: delete files you no longer need, or "
                                 "draft into a folder on another drive)\n")
    assert [p.name for p in tmp_path.iterdir()] == (["my-campaign"] if made_before else [])
    assert not made_before or not any(target.iterdir())


def test_version() -> None:  # that every command is documented: tests/test_docs.py (docs/commands.md)
    code, stdout, _ = run("--version")
    assert (code, stdout) == (0, "drafter 0.1.0\n")


def test_draft_lists_each_release_with_its_own_files(example_drafted: tuple[Path, int, str, str]) -> None:
    out, code, stdout, stderr = example_drafted
    assert code == 0, stderr
    lines = stdout.splitlines()
    assert lines[0] == f"6 releases in {out}"
    assert lines[3:5] == ["  Cheshire: Number of people in Cheshire seeking help to stop viewing sexual images of "
                          "children online almost trebles", "    cheshire.docx, cheshire.facts.csv, cheshire.md"]
    assert lines[2] == "    north-west.docx, north-west.facts.csv, north-west.md"
    assert len(listed(stdout)) == 6
    assert lines[13] == "20 written, 0 unchanged"


def listed(stdout: str) -> list[tuple[str, str]]:
    """The draft command's list: (area, files) for each release it names."""
    lines = [line for line in stdout.splitlines() if line.startswith("  ")]
    return [(line.strip().partition(": ")[0], files.strip()) for line, files in itertools.pairwise(lines)
            if not line.startswith("    ") and files.startswith("    ")]


def test_a_large_batch_lists_its_first_twenty_releases_and_points_to_the_reviewer_pack(
        forty_areas_drafted: tuple[Path, int, str, str]) -> None:
    out, code, stdout, stderr = forty_areas_drafted
    assert code == 0, stderr
    rows = listed(stdout)
    with open(out / "review" / "review.csv", encoding="utf-8-sig", newline="") as handle:
        in_pack = [row["area"] for row in csv.DictReader(handle)]
    assert len(in_pack) == 40
    assert [name for name, _ in rows] == in_pack[:20]
    lines = stdout.splitlines()
    assert lines[0] == f"40 releases in {out}"
    assert lines[41] == f"  … and 20 more, every release listed in {out / 'review' / 'review.csv'}"


def test_a_warning_for_many_areas_names_ten_and_counts_the_rest(forty_areas_drafted: tuple[Path, int, str, str]
                                                               ) -> None:
    out, code, _stdout, stderr = forty_areas_drafted
    assert code == 0, stderr
    assert ("warning: quote 'barr-regional' is approved but has no fingerprint, so a later change to its text "
            "would go unnoticed; run drafter quotes approve to record one (40 areas: Region 1, Area 1, Area 2, "
            "Area 3, Area 4, Area 5, Area 6, Area 7, Area 8, Area 9 and 30 more; each area's warnings are in "
            "review/review.csv)\n") in stderr
    with (out / "review" / "review.csv").open(encoding="utf-8-sig") as handle:
        flagged = [row["area"] for row in csv.DictReader(handle) if "'barr-regional'" in row["warnings"]]
    assert len(flagged) == 40
