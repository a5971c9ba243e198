"""A catalogue of bad inputs: each gives one exact line on stderr, exit status 1, and leaves the output folder
exactly as it was (here: a folder holding one earlier file)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.output import files as output
from tests.conftest import edit, files_in

Mutation = Callable[[Path], None]


def write(name: str, text: str | bytes) -> Mutation:
    def apply(campaign: Path) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        (campaign / name).write_bytes(data)
    return apply


def replace(name: str, old: str, new: str) -> Mutation:
    return lambda campaign: edit(campaign / name, old, new)


def both(*mutations: Mutation) -> Mutation:
    def apply(campaign: Path) -> None:
        for mutation in mutations:
            mutation(campaign)
    return apply


def template(body: str) -> Mutation:
    def apply(campaign: Path) -> None:
        (campaign / "mine").mkdir()
        (campaign / "mine" / "release.md.j2").write_text(
            '{% extends "base/release.md.j2" %}\n' + body, encoding="utf-8")
        edit(campaign / "campaign.yaml", "template: helpline-rise", "template: mine")
    return apply


def xlsx(sheets: dict[str, list[list[object]]], yaml_extra: str = "") -> Mutation:
    def apply(campaign: Path) -> None:
        from openpyxl import Workbook

        book = Workbook()
        book.remove(book.active)
        for name, rows in sheets.items():
            sheet = book.create_sheet(name)
            for row in rows:
                sheet.append(row)
        book.save(campaign / "figures.xlsx")
        (campaign / "figures.csv").unlink()
        if yaml_extra:
            edit(campaign / "campaign.yaml", "areas: all", "areas: all\n" + yaml_extra)
    return apply


def _not_xlsx(campaign: Path) -> None:
    (campaign / "figures.csv").unlink()
    (campaign / "figures.xlsx").write_bytes(b"not a zip")


FIGURES = [["area", "measure", "before", "after"], ["North West", "contacts", 1747, 3549],
           ["Cheshire", "contacts", 150, 440], ["Cumbria", "contacts", 90, 171],
           ["Greater Manchester", "contacts", 620, 1240], ["Lancashire", "contacts", 410, 799],
           ["Merseyside", "contacts", 477, 899]]
BOMB = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n"

CASES: list[tuple[str, Mutation, str]] = [
    # figures.csv / figures.xlsx
    ("empty figures", write("figures.csv", ""),
     "figures.csv: is empty (expected a header row and data rows)"),
    ("header only", write("figures.csv", "area,measure,before,after\n"),
     "figures.csv: has a header but no data rows (expected at least one data row)"),
    ("missing column", write("figures.csv", "area,before,after\nNorth West,1747,3549\n"),
     'figures.csv:1: header: "measure" is missing from the header (expected columns area, measure)'),
    ("duplicated column", write("figures.csv", "area,measure,before,before\nNorth West,contacts,1,2\n"),
     'figures.csv:1: header: "before" appears twice in the header (expected each column once)'),
    ("duplicate row", replace("figures.csv", "Cumbria,contacts,90,171",
                              "Cumbria,contacts,90,171\nCumbria,contacts,90,171"),
     "figures.csv:5: before: repeats the figure for area 'Cumbria', measure 'contacts', period 'before' already "
     "given on row 4 (expected one row per area, measure and period)"),
    ("non-numeric", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,n/a,"),
     'figures.csv:4: before: "n/a" is not a number (expected a whole number of 0 or more, such as 1,747)'),
    ("negative", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,-90,"),
     'figures.csv:4: before: "-90" is negative (expected a whole number of 0 or more, such as 1,747)'),
    ("fractional count", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,90.5,"),
     'figures.csv:4: before: "90.5" is not a whole number (expected a whole number of 0 or more, such as 1,747)'),
    ("bad grouping", replace("figures.csv", "Cumbria,contacts,90,", 'Cumbria,contacts,"9,0",'),
     'figures.csv:4: before: "9,0" is not a number (expected a whole number of 0 or more, such as 1,747)'),
    ("formula as text", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,=B2-B3,"),
     'figures.csv:4: before: "=B2-B3" is a formula, not a value (expected a whole number of 0 or more, such as '
     "1,747; paste values only)"),
    ("latin-1", write("figures.csv", "area,measure,before,after\nYnys Môn,contacts,1,2\n".encode("latin-1")),
     "figures.csv: byte 0xf4 at offset 32 is not UTF-8 (expected a UTF-8 file; in Excel use Save As 'CSV UTF-8')"),
    ("unknown area", replace("figures.csv", "Merseyside,contacts", "Mersey side,contacts"),
     'figures.csv:7: area: "Mersey side" is not a known area (expected an area named in areas.csv; did you mean '
     "'Merseyside'?)"),
    ("empty area", replace("figures.csv", "Merseyside,contacts", ",contacts"),
     "figures.csv:7: area: is empty (expected an area named in areas.csv: North West, Cheshire, Cumbria, Greater "
     "Manchester, Lancashire, Merseyside)"),
    ("unknown measure", replace("figures.csv", "Cumbria,contacts", "Cumbria,contact"),
     'figures.csv:4: measure: "contact" is not a known measure (expected a measure id from campaign.yaml; did you '
     "mean 'contacts'?)"),
    ("unknown period column", replace("figures.csv", "area,measure,before,after", "area,measure,before,later"),
     'figures.csv:1: header: "later" is not a period id (expected a period id from campaign.yaml; '
     "did you mean 'after'?)"),
    ("long form unknown period", write("figures.csv", "area,measure,period,value\nNorth West,contacts,q1,5\n"),
     'figures.csv:2: period: "q1" is not a known period (expected a period id from campaign.yaml: before, after)'),
    ("missing figure", replace("figures.csv", "Merseyside,contacts,477,899", "Merseyside,contacts,477,"),
     "figures.csv:7: after: is empty (expected a whole number of 0 or more, such as 1,747)"),
    ("too many cells", replace("figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,171,12"),
     "figures.csv:4: row: has 5 cells but the header has 4 columns (expected one cell per column)"),
    # figures are read row by row, yet a fault in the file itself is still reported before a figure's
    ("header only, columns missing", write("figures.csv", "area,before,after\n"),
     "figures.csv: has a header but no data rows (expected at least one data row)"),
    ("header only, long form with an extra column", write("figures.csv", "area,measure,period,value,notes\n"),
     "figures.csv: has a header but no data rows (expected at least one data row)"),
    ("unknown area, then too many cells", both(replace("figures.csv", "Cheshire,contacts", "Chester,contacts"),
                                               replace("figures.csv", "477,899", "477,899,12")),
     "figures.csv:7: row: has 5 cells but the header has 4 columns (expected one cell per column)"),
    ("not a number, then a control character", both(
        replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,n/a,"),
        replace("figures.csv", "Merseyside,", "Mersey\x07side,")),
     "figures.csv:7: area: contains the control character U+0007 at position 7 (expected printable text)"),
    ("unknown period column, then too many cells", both(
        replace("figures.csv", "area,measure,before,after", "area,measure,before,later"),
        replace("figures.csv", "477,899", "477,899,12")),
     "figures.csv:7: row: has 5 cells but the header has 4 columns (expected one cell per column)"),
    ("xlsx: unknown area, then too many cells",
     xlsx({"Figures": [*FIGURES[:2], ["Chester", "contacts", 150, 440], *FIGURES[3:6], [*FIGURES[6], 12]]}),
     "figures.xlsx:7: row: has 5 cells but the header has 4 columns (expected one cell per column)"),
    ("xlsx with several sheets", xlsx({"Notes": [["x"]], "Figures": FIGURES}),
     "figures.xlsx: has 2 sheets (Notes, Figures) (expected figures_sheet: <name> in campaign.yaml to choose one)"),
    ("xlsx wrong sheet name", xlsx({"Notes": [["x"]], "Figures": FIGURES}, "figures_sheet: Data"),
     "figures.xlsx: has no sheet named 'Data' (expected one of Notes, Figures)"),
    ("not an xlsx", lambda c: _not_xlsx(c),
     "figures.xlsx: cannot be read as an Excel workbook (File is not a zip file) (expected an .xlsx file saved by "
     "Excel or LibreOffice)"),
    ("children do not add up", replace("figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,91,171"),
     "figures.csv:2: before: area 'North West', measure 'contacts', period 'before' is 1747 but its areas (Cheshire, "
     "Cumbria, Greater Manchester, Lancashire, Merseyside) add up to 1748 (expected a parent figure equal to the sum "
     "of its areas (within sum_tolerance: 0 in campaign.yaml))"),
    # areas.csv
    ("duplicate area", replace("areas.csv", "Merseyside,North West,",
                               "Cumbria,North West,Cumbria,,,\nMerseyside,North West,"),
     'areas.csv:7: area: "Cumbria" is listed twice (first on row 4) (expected each area once)'),
    ("unknown parent", replace("areas.csv", "Cumbria,North West,", "Cumbria,North-West,"),
     'areas.csv:4: parent: "North-West" is not an area in this file (expected the name of another row\'s area, or '
     "empty)"),
    ("missing areas.csv", lambda c: (c / "areas.csv").unlink(),
     "areas.csv: file not found (expected the file to exist)"),
    ("bad column name", replace("areas.csv", "area,parent,in_text,force,", "area,parent,in_text,Force Name,"),
     'areas.csv:1: header: "force name" is not a usable column name (expected lower-case letters, digits and '
     "underscores, e.g. force_name)"),
    ("control character in a name", replace("areas.csv", "Cumbria,North West,Cumbria,",
                                            "Cumbria,North West,Cum\x07bria,"),
     "areas.csv:4: in_text: contains the control character U+0007 at position 4 (expected printable text)"),
    ("parent loop", replace("areas.csv", "North West,,the north west,", "North West,Cheshire,the north west,"),
     'areas.csv:2: parent: "Cheshire" is part of a loop of parents (expected parents that end at a top-level area)'),
    # campaign.yaml
    ("yaml syntax error", replace("campaign.yaml", "locale: en_GB", "locale: [en_GB"),
     "campaign.yaml:10: YAML syntax error, column 6: expected ',' or ']', but got ':' (expected valid YAML)"),
    ("unknown key", replace("campaign.yaml", "locale: en_GB", "locle: en_GB"),
     "campaign.yaml:9: locle: is not a known key (expected did you mean 'locale'?)"),
    ("wrong type", replace("campaign.yaml", "title: More people", "title:\n  - More people"),
     'campaign.yaml:5: title: is a list (expected text)'),
    ("alias bomb", write("campaign.yaml", BOMB),
     "campaign.yaml:1: anchors and aliases (& and *) are not allowed (expected each value written out in full)"),
    ("python tag", write("campaign.yaml", "title: !!python/object/apply:os.system [echo hi]\n"),
     "campaign.yaml:1: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed (expected plain "
     "YAML values without ! tags)"),
    ("bad date", replace("campaign.yaml", "release_date: 2018-09-04", "release_date: 2018-09-31"),
     'campaign.yaml:11: "2018-09-31" is not a date (expected a date such as 2018-09-04)'),
    ("bad locale", replace("campaign.yaml", "locale: en_GB", "locale: fr_FR"),
     'campaign.yaml:9: locale: "fr_FR" is not allowed (expected one of en_GB, en_US, cy_GB)'),
    ("bad embargo", replace("campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: midnight"),
     'campaign.yaml:12: embargo: "midnight" is not a date and time (expected a local date and time such as '
     "2018-09-04 00:01)"),
    ("bad time zone", replace("campaign.yaml", "timezone: Europe/London", "timezone: Europe/Cardiff"),
     'campaign.yaml:13: timezone: "Europe/Cardiff" is not a known time zone (expected an IANA zone such as '
     "Europe/London)"),
    ("period ends before it starts", replace("campaign.yaml", "end: 2017-12-31", "end: 2017-06-30"),
     'campaign.yaml:24: periods.before.end: "2017-06-30" is before the start 2017-07-01 (expected an end date on or '
     "after the start)"),
    ("one period", replace("campaign.yaml", "  after:\n    start: 2018-01-01\n    end: 2018-06-30\n", ""),
     'figures.csv:1: header: "after" is not a period id (expected a period id from campaign.yaml: before)'),
    ("no periods", replace("campaign.yaml", "  before:\n    start: 2017-07-01\n    end: 2017-12-31\n  after:\n"
                           "    start: 2018-01-01\n    end: 2018-06-30\n", "  {}\n"),
     'campaign.yaml:21: periods: "" is empty (expected at least one entry)'),
    ("missing campaign.yaml", lambda c: (c / "campaign.yaml").unlink(),
     "campaign.yaml: file not found (expected a campaign.yaml in {campaign})"),
    ("bad house-style rule", replace("campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  percnt: '%'"),
     "campaign.yaml: house_style.percnt: is not a known house-style rule (expected did you mean 'percent'?)"),
    # quotes.yaml
    ("unknown speaker", replace("quotes.yaml", "speaker: stuart-york", "speaker: stuart-yorke"),
     'quotes.yaml:39: quotes[1].speaker: "stuart-yorke" is not a speaker in this file (expected one of alan-barr, '
     "stuart-york)"),
    ("duplicate quote id", replace("quotes.yaml", "id: york-cheshire", "id: barr-regional"),
     'quotes.yaml:37: quotes[1].id: "barr-regional" is used by another quote (expected a unique quote id)'),
    ("quote scoped to an unknown area", replace("quotes.yaml", "areas: [Cheshire]", "areas: [Chesire]"),
     'quotes.yaml:40: quotes[1].areas[0]: "Chesire" is not an area in areas.csv (expected an area, a parent area '
     "(meaning all its children) or all)"),
    ("control character in a quote", replace("quotes.yaml", "is a priority", "is a\x0bpriority"),
     "quotes.yaml:46: contains the control character U+000B at column 51 (expected printable text)"),
    # templates
    ("undefined variable", template("{% block headline %}{{ area.nickname }}{% endblock %}\n"),
     "release.md.j2:2: template: area 'North West': the area has no attribute 'nickname' "
     "(expected only the variables and helpers drafter provides)"),
    ("python internals", template("{% block headline %}{{ ''.__class__.__mro__ }}{% endblock %}\n"),
     "release.md.j2:2: template: tried something unsafe: access to attribute '__class__' of 'str' object is unsafe. "
     "(expected templates that only print text and call drafter's helpers)"),
    ("unsafe call", template("{% block headline %}{{ area.name.format.__globals__ }}{% endblock %}\n"),
     "release.md.j2:2: template: tried something unsafe: access to attribute '__globals__' of 'function' object is "
     "unsafe. (expected templates that only print text and call drafter's helpers)"),
    ("a view's internals", template("{% block headline %}{{ change('contacts')._ctx.campaign }}{% endblock %}\n"),
     "release.md.j2:2: template: tried something unsafe: access to attribute '_ctx' of 'ChangeView' object is "
     "unsafe. (expected templates that only print text and call drafter's helpers)"),
    ("a view's method internals", template("{% block headline %}{{ area.__init__.__globals__ }}"
                                           "{% endblock %}\n"),
     "release.md.j2:2: template: tried something unsafe: access to attribute '__init__' of 'AreaView' object is "
     "unsafe. (expected templates that only print text and call drafter's helpers)"),
    ("template syntax error", template("{% block headline %}{{ area.name {% endblock %}\n"),
     "release.md.j2:2: template: syntax error: expected token 'end of print statement', got '{' (expected valid "
     "Jinja2)"),
    ("runaway output", template("{% block headline %}{% for x in range(99999) %}{{ area.name }}{% endfor %}"
                                "{% endblock %}\n"),
     "release.md.j2: template: area 'North West': produced more than 200,000 characters for one release "
     "(expected a press release of a few pages; look for a loop that never ends)"),
    ("unknown block style", template("{% block body %}{.bogus}\nText{% endblock %}\n"
                                     "{% block headline %}H{% endblock %}\n"),
     'release.md.j2 (rendered for North West):10: markdown: "{.bogus}" is not a known block style (expected one of '
     "{.embargo}, {.dateline}, {.quote}, {.ends}, {.notes}, {.notes-heading}, {.contact}, {.body})"),
    ("two headlines", template("{% block headline %}One{% endblock %}\n{% block body %}# Two{% endblock %}\n"),
     "template: area 'North West': the release has 2 headlines (expected exactly one '# headline')"),
]


@pytest.mark.parametrize(("mutate", "message"), [(m, e) for _, m, e in CASES], ids=[c[0] for c in CASES])
def test_bad_input_gives_one_line_exit_1_and_changes_nothing(example: Path, tmp_path: Path, mutate: Mutation,
                                                             message: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "earlier.docx").write_bytes(b"a file drafter did not write")
    before = files_in(out)
    mutate(example)
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.stderr == "error: " + message.replace("{campaign}", str(example)) + "\n"
    assert result.exit_code == 1
    assert files_in(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["earlier.docx"]


def test_catalogue_is_large_enough() -> None:
    assert len(CASES) >= 40


def test_a_huge_file_is_refused(example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("drafter.load.table.MAX_TABLE_BYTES", 100)
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == "error: areas.csv: file is too large (776 bytes) (expected at most 100 bytes)\n"


def test_an_output_folder_that_cannot_be_created(example: Path, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(tmp_path / "afile" / "out")])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {tmp_path / 'afile' / 'out'}: --out: cannot be written (Not a directory) "
                             "(expected a folder you can write to)\n")


def _drafted_then_corrected(example: Path, out: Path) -> dict[str, bytes]:
    """Draft the example into ``out``, then correct Cheshire's figure (and its region's) so the next draft
    rewrites files; the first draft's files, by name."""
    CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    before = files_in(out)
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,441")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,550"')
    return before


def test_a_full_disk_while_drafting_changes_nothing(example: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    before = _drafted_then_corrected(example, out)
    real_open = open

    def full(path: object, *args: object, **kwargs: object) -> object:
        if "cheshire.docx" in str(path) and ".drafter-tmp-" in str(path):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(output, "open", full, raising=False)  # the staging write, while areas still draft
    _redraft_fails_changing_nothing(example, out, before, f"{out.resolve() / 'cheshire.docx'}: could not be written "
                                    "(No space left on device); nothing has been changed (expected space and "
                                    "permission to write)")


def _redraft_fails_changing_nothing(example: Path, out: Path, before: dict[str, bytes], message: str) -> None:
    """Draft the corrected example again: it fails with ``message``, and the folder is as it was."""
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {message}\n"
    assert files_in(out) == before
    assert not [name for name in os.listdir(out) if name.startswith(".drafter-tmp-")]


def test_a_full_disk_for_the_reviewer_pack_changes_nothing(example: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    before = _drafted_then_corrected(example, out)
    real_open = open

    def full(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith("review.docx"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(output, "open", full, raising=False)  # staged last, once every area has drafted
    _redraft_fails_changing_nothing(example, out, before, f"{out / 'review' / 'review.docx'}: could not be "
                                    "written (No space left on device); nothing has been changed (expected space "
                                    "and permission to write)")


def test_a_full_disk_leaves_earlier_files_intact(example: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    before = _drafted_then_corrected(example, out)
    real_replace = os.replace

    def full(src: str, dst: str) -> None:
        if str(dst).endswith("cheshire.docx"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full)
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {out / 'cheshire.docx'}: could not be written (No space left on device); files "
                             "written before it are intact (expected space and permission to write)\n")
    after = files_in(out)
    assert after["cheshire.docx"] == before["cheshire.docx"]
    assert not [name for name in os.listdir(out) if name.startswith(".drafter-tmp-")]
