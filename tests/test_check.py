"""`drafter check` reads all of an edited release and says only what matters: Word tables, text boxes, headers,
footers, footnotes, comments and tracked changes; lock files and other files skipped; the file's language; the
JSON a program reads; no noise from contact details, numbering and boilerplate."""

from __future__ import annotations

import json
import shutil
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.reports.check import CheckResult, Finding, check_files
from drafter.reports.check_read import plain_paragraphs
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import items, tokens
from drafter.style.house import PRESETS
from drafter.writers.docx_read import W, read_document
from tests.check_corpus import tracked
from tests.conftest import EXAMPLE, edit
from tests.helpers import examples

runner = CliRunner()
NAMESPACES = (f'xmlns:w="{W[1:-1]}" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:v="urn:schemas-microsoft-com:vml" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"


@pytest.fixture
def out(example_draft: Path, tmp_path: Path) -> Path:
    """A private copy of the drafted folder, safe to edit."""
    return Path(shutil.copytree(example_draft, tmp_path / "out"))


def add_part(document: docx.document.Document, name: str, reltype: str, content_type: str, body: str) -> None:
    part = Part(PackURI(f"/word/{name}"), content_type, body.encode("utf-8"), document.part.package)
    document.part.relate_to(part, reltype)


def paragraph_with(document: docx.document.Document, text: str):  # type: ignore[no-untyped-def]
    return next(p for p in document.paragraphs if text in p.text)


def everywhere(path: Path) -> None:
    """A table, a text box, a header, a footer (with a page number), a footnote and a comment added."""
    document = docx.Document(str(path))
    grid = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "", (0, 1): "January to June 2018", (1, 0): "Cheshire", (1, 1): "445"}.items():
        grid.cell(r, c).text = text
    paragraph_with(document, "The rise follows")._p.addnext(grid._tbl)
    box = ("<w:p><w:r><w:t>In Cheshire, 2,000 people called.</w:t></w:r></w:p>")
    paragraph_with(document, "The rise follows")._p.append(parse_xml(
        f'<w:r {NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
        f"{box}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
        f"<w:txbxContent>{box}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))
    section = document.sections[0]
    section.header.paragraphs[0].text = "Calls up 195 per cent"
    section.footer.paragraphs[0]._p.append(parse_xml(
        f'<w:fldSimple {NAMESPACES} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    add_part(document, "footnotes.xml", RT.FOOTNOTES, FOOTNOTES_TYPE, (
        f'<w:footnotes {NAMESPACES}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>In the first period, 151 people.</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"))
    add_part(document, "comments.xml", RT.COMMENTS, COMMENTS_TYPE, (
        f'<w:comments {NAMESPACES}><w:comment w:id="0" w:author="Jo Bloggs"><w:p><w:r><w:t>Is 440 right?</w:t>'
        "</w:r></w:p></w:comment></w:comments>"))
    document.save(str(path))


def test_all_of_a_word_document_is_read_in_reading_order(out: Path) -> None:
    path = out / "cheshire.docx"
    everywhere(path)
    found = [(p.where, p.text, p.context, p.comment) for p in read_document(path).paragraphs if p.where]
    assert found == [
        ("text box", "In Cheshire, 2,000 people called.", "", False),
        ("table 1, row 1, column 2", "January to June 2018", " | January to June 2018", False),
        ("table 1, row 2, column 1", "Cheshire", "Cheshire | 445", False),
        ("table 1, row 2 (Cheshire), column 2 (January to June 2018)", "445", "Cheshire | 445 | January to June 2018",
         False),
        ("header", "Calls up 195 per cent", "", False),
        ("footnote 1", "In the first period, 151 people.", "", False),
        ("comment 1 by Jo Bloggs", "Is 440 right?", "", True),
    ]  # the footer's page number is numbering, not text; the text box is read once, not again as its fallback


def test_a_wrong_figure_anywhere_in_the_document_is_a_finding_and_a_comment_is_reported(out: Path) -> None:
    path = out / "cheshire.docx"
    everywhere(path)
    findings = check_files(EXAMPLE, [path]).findings
    assert [(f.paragraph, f.where, f.kind, f.found, f.expected, f.fact) for f in findings] == [
        (8, "text box", "unknown_figure", "2,000", "440", "Cheshire contacts.after"),
        (11, "table 1, row 2 (Cheshire), column 2 (January to June 2018)", "unknown_figure", "445", "440",
         "Cheshire contacts.after"),
        (26, "header", "unknown_figure", "195 per cent", "193 per cent", "Cheshire contacts.before-after.percent"),
        (27, "footnote 1", "unknown_figure", "151", "150", "Cheshire contacts.before"),
        (28, "comment 1 by Jo Bloggs", "comment", "Is 440 right?", "", ""),
    ]
    assert findings[1].message == (
        "'445' in new text where Cheshire's figure for people contacting Stop It Now! for help in January to June "
        "2018 is '440' (figures.csv, row 3, "
        "column after)")
    assert findings[-1].message == "a comment is still in the document: 'Is 440 right?'"


def test_a_tracked_insertion_counts_a_deletion_does_not_and_a_pending_change_is_reported(out: Path) -> None:
    path = out / "cheshire.docx"
    tracked(" 440.", " 445.")(path)
    text = next(p.text for p in read_document(path).paragraphs if "that figure rose" in p.text)
    assert text.endswith("rose by 193 per cent to 445.")
    result = runner.invoke(app, ["check", str(EXAMPLE), str(path)])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'cheshire.docx: Cheshire: paragraph 5 "Between July and December 2017, 150 people from …": '
        "'445' where Cheshire's figure for people contacting Stop It Now! for help in January to June 2018 was '440' "
        "(figures.csv, row 3, column after)",
        'cheshire.docx: Cheshire: paragraph 5 "Between July and December 2017, 150 people from …": a tracked '
        "change is still pending (accept or reject it): deleted '440.' by Reviewer; inserted '445.' by Reviewer",
        "2 findings in 1 file"]


def test_a_pending_tracked_change_is_reported_even_when_its_text_is_right(out: Path) -> None:
    path = out / "cheshire.docx"
    tracked("major ", "large ")(path)
    findings = check_files(EXAMPLE, [path]).findings
    assert [(f.kind, f.paragraph, f.message) for f in findings] == [(
        "tracked_change", 7, "a tracked change is still pending (accept or reject it): deleted 'major' by Reviewer; "
        "inserted 'large' by Reviewer")]


def test_a_word_lock_file_and_a_damaged_document_are_skipped_with_one_line_each(out: Path) -> None:
    (out / "~$eshire.docx").write_bytes(b"\x0bJo Bloggs" + b"\x00" * 40)
    (out / "notes.docx").write_text("not a Word document", encoding="utf-8")
    files = sorted(str(p) for p in out.glob("*.docx"))
    result = runner.invoke(app, ["check", str(EXAMPLE), *files])
    assert (result.exit_code, result.stdout) == (0, "6 files checked clean\n")
    assert result.stderr.splitlines() == [
        f"skipped {out / 'notes.docx'}: is not a Word document, though its name ends .docx: it is a file of another "
        "kind, renamed (expected the file opened in Word and saved again as 'Word Document (.docx)')",
        f"skipped {out / '~$eshire.docx'}: a Word lock file (Word keeps one beside a document while it is open), "
        "not a release"]


def test_a_word_document_that_would_unpack_into_too_much_is_skipped(out: Path) -> None:
    with zipfile.ZipFile(out / "bomb.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:  # packed fast
        package.writestr("word/document.xml", b"\0" * 60_000_000)
    result = check_files(EXAMPLE, [out / "bomb.docx", out / "cheshire.docx"])
    assert result.skipped == ((str(out / "bomb.docx"), "part 'word/document.xml' unpacks to 60,000,000 bytes, more "
                               "than drafter unpacks (a zip bomb?) (expected a .docx file saved by Word or "
                               "LibreOffice, unpacking to at most 100,000,000 bytes)"),)
    assert result.checked == (str(out / "cheshire.docx"),) and result.findings == ()


def test_nothing_to_check_is_a_usage_error(out: Path) -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE), str(out / "cheshire.facts.csv"), str(out / "review")])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"skipped {out / 'cheshire.facts.csv'}: is not a release: check reads .docx, .md, .txt files",
        f"skipped {out / 'review' / 'review.docx'}: is not an area's release: drafter wrote it for the whole batch "
        "(the reviewer pack), not for one area",
        "error: nothing was checked: each was skipped, for the reason above (expected a .docx, .md or .txt "
        "release drafter drafted)"]


def test_a_folder_with_no_release_in_it_is_named(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE), str(tmp_path)])
    assert (result.exit_code, result.stderr) == (2, (
        f"error: nothing was checked: no release was found in {tmp_path} (expected a .docx, .md or .txt release "
        "drafter drafted)\n"))


def test_a_file_drafter_did_not_draft_is_skipped_unless_its_area_is_given(out: Path, tmp_path: Path) -> None:
    lone = tmp_path / "mine.md"
    shutil.copyfile(out / "cumbria.md", lone)
    result = check_files(EXAMPLE, [lone])
    assert result.checked == () and result.skipped == ((str(lone), (
        "is not a release drafter drafted: no manifest entry, document property or file name names its area (give "
        "--area)")),)
    assert check_files(EXAMPLE, [lone], area="Cumbria").checked == (str(lone),)


def test_json_gives_each_findings_paragraph_found_and_expected_text_and_fact(out: Path) -> None:
    edit(out / "cheshire.md", "2017, 150 people", "2017, 440 people")
    result = runner.invoke(app, ["check", str(EXAMPLE), str(out / "cheshire.md"), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == [{
        "file": "cheshire.md", "area": "Cheshire", "kind": "wrong_figure", "paragraph": 5,
        "paragraph_text": "Between July and December 2017, 440 people from …", "where": "", "found": "440",
        "expected": "150", "fact": "Cheshire contacts.before",
        "fact_words": "Cheshire's figure for people contacting Stop It Now! for help in July to December 2017",
        "source": "figures.csv, row 3, column before",
        "message": "'440' where Cheshire's figure for people contacting Stop It Now! for help in July to December "
        "2017 was '150' (figures.csv, row 3, column before): '440' is Cheshire's figure for people contacting Stop "
        "It Now! for help in January to June 2018", "to_check_by_hand": False}]


@pytest.mark.parametrize("locale", [pytest.param("en_US", marks=pytest.mark.slow), "cy_GB"])  # Welsh in the quick run
def test_releases_drafted_in_another_language_check_clean_unchanged(locale: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.draft(EXAMPLE, out, formats=["docx", "md", "txt"], locale=locale)
    result = runner.invoke(app, ["check", str(EXAMPLE), *sorted(str(p) for p in out.iterdir())])
    assert (result.exit_code, result.stdout) == (0, "18 files checked clean\n")
    for path in out.glob("*.docx"):
        path.unlink()  # Markdown alone, no Word document beside it: the language whose draft it is
    result = runner.invoke(app, ["check", str(EXAMPLE), *sorted(str(p) for p in out.glob("*.md"))])
    assert (result.exit_code, result.stdout) == (0, "6 files checked clean\n")


def test_locale_says_which_language_to_check_against(tmp_path: Path) -> None:
    api.draft(EXAMPLE, tmp_path, areas=["Cheshire"], formats=["md"], locale="en_US")
    path = str(tmp_path / "cheshire.md")
    assert runner.invoke(app, ["check", str(EXAMPLE), path, "--locale", "en_US"]).exit_code == 0
    wrong = runner.invoke(app, ["check", str(EXAMPLE), path, "--locale", "en_GB"])
    assert wrong.exit_code == 1
    assert "'193%' where Cheshire's change in people contacting Stop It Now! for help in January to June 2018 " \
        "compared with July to December 2017 was '193 per cent'" in wrong.stdout
    unknown = runner.invoke(app, ["check", str(EXAMPLE), path, "--locale", "fr_FR"])
    assert (unknown.exit_code, unknown.stderr) == (
        2, 'error: --locale: "fr_FR" is not a supported locale (expected one of en_GB, en_US, cy_GB)\n')


def test_contact_details_numbering_and_boilerplate_are_not_figures(out: Path) -> None:
    path = out / "cheshire.md"
    edit(path, "ENDS\n", "For advice call 0303 555 0150 or (303) 555-0150, e-mail help@example.org, visit "
         "https://www.example.org/2018 or write to Chester CH1 2AB.\n\nEvery one of them was offered advice.\n\nENDS\n")
    edit(path, "2. The Stop It Now! helpline is free and confidential. Anyone concerned about their own or someone "
         "else’s online behaviour can call it or visit the Stop It Now! website.\n", "")
    assert check_files(EXAMPLE, [path]).findings == ()
    edit(path, "01632 960 001", "01632 960 002")
    findings = check_files(EXAMPLE, [path]).findings
    assert [(f.kind, f.found, f.expected, f.message) for f in findings] == [(
        "changed_contact", "01632 960 002", "01632 960 001",
        "'01632 960 002' where the media contact's phone number was '01632 960 001' (campaign.yaml, key "
        "media_contact.phone): a journalist would ring the wrong number")]


def test_an_edited_us_dateline_is_a_date_finding_not_a_sentence_starting_with_a_figure(tmp_path: Path) -> None:
    api.draft(EXAMPLE, tmp_path, areas=["Cheshire"], formats=["md"], locale="en_US")
    edit(tmp_path / "cheshire.md", "\nSept. 4, 2018\n", "\nAug. 13, 2018\n")
    findings = check_files(EXAMPLE, [tmp_path / "cheshire.md"]).findings
    assert [(f.kind, f.paragraph, f.found, f.expected) for f in findings] == [
        ("wrong_date", 3, "Aug", "Sept. 4, 2018"), ("wrong_date", 3, "13", "Sept. 4, 2018")]  # the whole date


PIECES = [*"0123456789 ,.:%£$@/-()\n’'", "per cent", "nearly ", "Sept. ", "five ", "fifth ", "rose ",
          "has almost trebled ", "https://", "www.", "0303 555 ", "CH1 2AB", "July ", "2018", "a", "é", "ŵ", "\u00a0"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=examples(200), deadline=None)
@given(text=TEXT, preset=st.sampled_from(["en_GB", "en_US", "cy_GB"]))
def test_any_text_is_read_without_fault(text: str, preset: str) -> None:
    toks = tokens(text)
    assert all(0 <= t.start < t.end <= len(text) for t in toks)
    for item in items(text, toks, vocabulary(PRESETS[preset]), frozenset({"people"}), frozenset({"ranks"})):
        assert 0 <= item.first < item.last <= len(toks) and item.text


@pytest.mark.parametrize("text", ["1," * 40_000 + "x", "0303 555 " * 20_000, "a@b" * 30_000, "9" * 100_000,
                                  "Sept. " * 30_000, "\n " * 50_000 + "x"])
def test_reading_a_long_paragraph_takes_linear_time(text: str) -> None:
    start = time.perf_counter()
    toks = tokens(text)
    items(text, toks, vocabulary(PRESETS["en_US"]))
    plain_paragraphs(text)
    assert time.perf_counter() - start < 5


@pytest.mark.slow
def test_a_ten_megabyte_paragraph_of_figures_is_checked_quickly_with_one_clear_finding(out: Path) -> None:
    path = out / "cheshire.md"
    path.write_text(path.read_text(encoding="utf-8").replace("ENDS", "1," * 5_000_000 + "\n\nENDS"),
                    encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, ["check", str(EXAMPLE), str(path)])
    assert time.perf_counter() - start < 60  # linear: about 2 s here
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "1 finding in 1 file"


@pytest.mark.slow
@pytest.mark.parametrize(("clause", "each"), [
    ("the number in Cumbria rose by 91 per cent to 172 people, up from 150 in the north west", 3),
    # each figure asked what period the sentence's others claim: 400 clauses took 94 s, 800 some eight minutes
    ("Cheshire saw 440 people, as many as the 150 who did so between July and December 2017", 0)])
def test_a_sentence_of_hundreds_of_figures_takes_time_in_line_with_its_length(out: Path, clause: str, each: int
                                                                             ) -> None:
    """Each figure of a sentence read the whole sentence, or paragraph, afresh: 200 clauses took 2.4 s."""
    path = out / "cheshire.md"
    text = path.read_text(encoding="utf-8")
    seconds = []
    for n in (100, 800):
        path.write_text(text.replace("ENDS", "In " + ", and ".join([clause] * n) + ".\n\nENDS"), encoding="utf-8")
        start = time.process_time()
        assert len(check_files(EXAMPLE, [path], area="Cheshire").findings) == each * n
        seconds.append(time.process_time() - start)
    assert seconds[1] < 16 * seconds[0]  # in line with its length: 8 times as long; its square was 64


@pytest.mark.slow
def test_a_paragraph_of_thousands_of_bare_figures_takes_time_in_line_with_its_length(out: Path) -> None:
    """Each figure of new text looked through every figure of its paragraph for a change word: 8,000 took 8 s, 3 s
    now (the most a file may have, 20,000, took a minute)."""
    path = out / "cheshire.md"
    text = path.read_text(encoding="utf-8")
    seconds = []
    for n in (1000, 8000):
        path.write_text(text.replace("ENDS", "9 " * n + "\n\nENDS"), encoding="utf-8")
        start = time.process_time()
        findings = check_files(EXAMPLE, [path], area="Cheshire").findings
        seconds.append(time.process_time() - start)
        assert sum(f.kind == "unknown_figure" and f.found == "9" for f in findings) == n
    assert seconds[1] < 11 * seconds[0]  # in line with its length, 8 times as long (7 here); it was 15


def test_a_folder_or_a_wildcard_windows_leaves_unexpanded_checks_every_release_in_it(out: Path) -> None:
    """PowerShell and Command Prompt pass out\\*.docx to drafter as written; a folder is every release in it."""
    result = runner.invoke(app, ["check", str(EXAMPLE), str(out / "*.docx")])
    assert (result.exit_code, result.stdout.splitlines()[-1]) == (0, "6 files checked clean")
    result = runner.invoke(app, ["check", str(EXAMPLE), str(out)])
    assert (result.exit_code, result.stdout.splitlines()[-1]) == (0, "12 files checked clean")  # .docx and .md
    result = runner.invoke(app, ["check", str(EXAMPLE), str(out / "*.pdf")])
    assert (result.exit_code, result.stderr.splitlines()[0]) == (2, f"skipped {out / '*.pdf'}: does not exist")


@pytest.mark.parametrize(("found_in", "checked", "summary"), [
    (["a.docx", "a.docx"], ["a.docx"], "2 findings in 1 file"),
    (["a.docx", "b.docx", "b.docx", "c.docx"], ["a.docx", "b.docx", "c.docx", "d.docx"], "4 findings in 3 of 4 files"),
    (["a.docx"], ["a.docx", "b.docx"], "1 finding in 1 of 2 files"),
    ([], ["a.docx", "b.docx"], "2 files checked clean"),
])
def test_the_last_line_counts_the_files_with_findings_of_those_checked(found_in: list[str], checked: list[str],
                                                                         summary: str) -> None:
    """"4 findings in 4 files" was printed where one of the four was clean, as if every file had a finding."""
    findings = tuple(Finding(name, "Avon", "wrong_figure", 4, "Accidental …", "", "584", "548", "", "", "", "")
                     for name in found_in)
    assert CheckResult(findings, tuple(checked), ()).summary() == summary
