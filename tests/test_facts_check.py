"""Every figure proved: fact sheets, checking edited drafts, cross-area sums, the reviewer pack, changes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.load import load_campaign
from drafter.model import Fact, SourceRef
from drafter.reports.check import check_files
from drafter.reports.facts import fact_rows
from drafter.reports.review import ReviewRow, attention, review_row
from drafter.shipped import shipped_root
from drafter.style.house import PRESETS
from drafter.writers import build_writers
from drafter.writers.docx import DocxWriter
from drafter.writers.docx_review import INTRO, ReviewTable, review_docx
from tests.conftest import EXAMPLE, edit, files_in, spaced

runner = CliRunner()


@pytest.fixture
def drafted(example_draft: Path, tmp_path: Path) -> Path:
    """A private copy of the example's draft, safe to edit."""
    return Path(shutil.copytree(example_draft, tmp_path / "out"))


def replace_in_docx(path: Path, old: str, new: str) -> None:
    document = docx.Document(str(path))
    found = False
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if old in run.text:
                run.text = run.text.replace(old, new)
                found = True
            elif old in spaced(run.text):  # typed over: "193 per cent" is kept on a line with no-break spaces
                run.text = spaced(run.text).replace(old, new)
                found = True
    assert found, old
    document.save(str(path))


def test_facts_for_the_region_show_formula_and_rows() -> None:
    result = runner.invoke(app, ["facts", str(EXAMPLE), "--area", "North West", "--json"])
    assert result.exit_code == 0
    facts = {(f["area"], f["fact"]): f for f in json.loads(result.stdout)}
    assert facts[("North West", "contacts.before")]["printed"] == "1,747"
    assert facts[("North West", "contacts.after")]["printed"] == "3,549"
    percent = facts[("North West", "contacts.before-after.percent")]
    assert percent["printed"] == "103 per cent"
    assert percent["formula"] == "(3549 − 1747) ÷ 1747 × 100 = 103.15… → 103"
    assert percent["sources"] == [{"file": "figures.csv", "row": 2, "column": "before"},
                                  {"file": "figures.csv", "row": 2, "column": "after"}]
    table = runner.invoke(app, ["facts", str(EXAMPLE), "--area", "North West"])
    assert "figures.csv, row 2, column before" in table.stdout


def test_fact_sheet_beside_each_release(drafted: Path) -> None:
    rows = list(csv.reader(io.StringIO((drafted / "cheshire.facts.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["area", "fact", "printed", "exact value", "formula", "source"]
    assert ["Cheshire", "contacts.before-after.percent", "193 per cent", "193.3333333333333333333333333",
            "(440 − 150) ÷ 150 × 100 = 193.33… → 193",
            "figures.csv, row 3, column before; figures.csv, row 3, column after"] in rows


def test_an_unedited_draft_checks_clean_and_other_files_are_skipped(drafted: Path) -> None:
    files = sorted(str(p) for p in drafted.iterdir())  # as `drafter check out/*` gives them
    result = runner.invoke(app, ["check", str(EXAMPLE), *files])
    assert (result.exit_code, result.stdout) == (0, "12 files checked clean\n")
    assert result.stderr.splitlines()[:2] == [
        f"skipped {drafted / 'cheshire.facts.csv'}: is not a release: check reads .docx, .md, .txt files",
        f"skipped {drafted / 'cumbria.facts.csv'}: is not a release: check reads .docx, .md, .txt files"]
    assert (f"skipped {drafted / 'review' / 'review.docx'}: is not an area's release: drafter wrote it for the whole "
            "batch (the reviewer pack), not for one area") in result.stderr.splitlines()


@pytest.mark.parametrize(("old", "new"), [("193 per cent", "195 per cent"),  # typed again
                                          ("193\u00a0per", "195\u00a0per")])  # the digit alone: no-break spaces kept
def test_an_edited_figure_is_named_with_its_paragraph_and_the_fact_expected(drafted: Path, old: str, new: str
                                                                            ) -> None:
    replace_in_docx(drafted / "cheshire.docx", old, new)
    result = runner.invoke(app, ["check", str(EXAMPLE), str(drafted / "cheshire.docx")])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'cheshire.docx: Cheshire: paragraph 5 "Between July and December 2017, 150 people from …": '
        "'195 per cent' where Cheshire's change in people contacting Stop It Now! for help in January to June 2018 "
        "compared with July to December 2017 was '193 per cent' "
        "(figures.csv, row 3, columns before and after)",
        "1 finding in 1 file"]


def test_a_count_changed_to_the_other_periods_is_named(drafted: Path) -> None:
    replace_in_docx(drafted / "greater-manchester.docx", "2017, 620 people", "2017, 1,240 people")
    result = check_files(EXAMPLE, [drafted / "greater-manchester.docx"])
    assert [(f.kind, f.paragraph, f.found, f.expected, f.fact, f.message) for f in result.findings] == [(
        "wrong_figure", 5, "1,240", "620", "Greater Manchester contacts.before",
        "'1,240' where Greater Manchester's figure for people contacting Stop It Now! for help in July to December "
        "2017 was '620' "
        "(figures.csv, row 5, column before): '1,240' is Greater Manchester's figure for people contacting Stop It "
        "Now! for help in January to June 2018")]


def test_a_figure_from_another_areas_release_is_named(drafted: Path) -> None:
    replace_in_docx(drafted / "cumbria.docx", "has risen by 90 per cent", "has risen by 193 per cent")
    findings = check_files(EXAMPLE, [drafted / "cumbria.docx"]).findings
    assert [(f.kind, f.message) for f in findings] == [(
        "wrong_figure", "'193 per cent' where Cumbria's change in people contacting Stop It Now! for help in "
        "January to June 2018 compared with July to December 2017 was "
        "'90 per cent' (figures.csv, row 4, columns before and after): '193 per cent' is Cheshire's change in people "
        "contacting Stop It Now! for help in January to June 2018 compared with July to December 2017")]


def test_a_changed_quote_is_reported(drafted: Path) -> None:
    replace_in_docx(drafted / "cheshire.docx", "is a priority for", "is the priority for")
    findings = check_files(EXAMPLE, [drafted / "cheshire.docx"]).findings
    assert [(f.kind, f.paragraph, f.message) for f in findings] == [(
        "changed_quote", 11, "approved quote 'york-cheshire' has been changed: its wording no longer matches what "
        "was approved")]


def test_a_release_that_no_longer_drafts_is_reported(drafted: Path, tmp_path: Path) -> None:
    campaign = tmp_path / "campaign"
    shutil.copytree(EXAMPLE, campaign)
    edit(campaign / "quotes.yaml", "    status: approved\n    approved_by: Alan Barr",
         "    status: withdrawn\n    approved_by: Alan Barr")  # the regional quote, which every release needs
    findings = check_files(campaign, [drafted / "cheshire.md"]).findings
    assert [(f.kind, f.message) for f in findings] == [(
        "no_release", "the campaign no longer drafts a release for Cheshire: quotes.yaml:22: area 'Cheshire': quote "
        "'barr-regional' has been withdrawn (expected an approved, unexpired and unchanged quote)")]


def test_an_optional_quote_withdrawn_since_the_draft_is_reported_where_it_stands(drafted: Path,
                                                                                 tmp_path: Path) -> None:
    campaign = tmp_path / "campaign"
    shutil.copytree(EXAMPLE, campaign)
    edit(campaign / "quotes.yaml", "    status: approved\n    approved_by: Stuart York",
         "    status: withdrawn\n    approved_by: Stuart York")
    findings = check_files(campaign, [drafted / "cheshire.md"]).findings
    assert [(f.kind, f.message) for f in findings] == [("unusable_quote", "quote 'york-cheshire' has been withdrawn")]


def test_two_rounding_levels_and_house_style_breaches(drafted: Path) -> None:
    path = drafted / "cheshire.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace("has almost trebled.", "has risen by nearly 200%.")
    text = text.replace("rose by 193 per cent", "rose by 193%")
    text = text.replace("ENDS\n", "")
    text = text.replace("Between July and December 2017, 150 people", "150 people")
    path.write_text(text, encoding="utf-8")
    findings = [(f.kind, f.message) for f in check_files(EXAMPLE, [path]).findings]
    assert findings == [
        ("style", "the 'ENDS' line is missing"),
        ("rounding", "'nearly 200%' in new text where Cheshire's change in people contacting Stop It Now! for help "
        "in January to June 2018 compared with July to December 2017 is '193 per cent' (figures.csv, row 3, columns "
        "before and after): the release also gives it "
                     "as '193%': one figure at two rounding levels"),
        ("style", "'193%' where Cheshire's change in people contacting Stop It Now! for help in January to "
        "June 2018 compared with July to December 2017 was '193 per "
                  "cent' (figures.csv, row 3, columns before and after): the same figure, not as the house style "
                  "writes it"),
        ("style", "a sentence starts with a figure ('150'): spell it out or recast the sentence")]


def test_check_finds_the_area_from_document_properties_without_a_manifest(drafted: Path, tmp_path: Path) -> None:
    lone = tmp_path / "lone.docx"
    shutil.copyfile(drafted / "cumbria.docx", lone)
    result = runner.invoke(app, ["check", str(EXAMPLE), str(lone), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_children_that_do_not_add_up_are_refused_before_writing(example: Path, tmp_path: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,95,171")
    out = tmp_path / "out"
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (
        "error: figures.csv:2: before: area 'North West', measure 'contacts', period 'before' (July to December 2017) "
        "is 1,747 but its areas (Cheshire, Cumbria, Greater Manchester, Lancashire, Merseyside) add up to 1,752 "
        "(expected a parent figure equal to the sum of its areas (within sum_tolerance: 0 in campaign.yaml); where "
        "areas.csv lists only some of North West's areas, write some in an areas_listed column on its row, and its "
        "figures are used as published)\n")
    assert files_in(out) == {}
    edit(example / "campaign.yaml", "areas: all", "areas: all\nsum_tolerance: 5")
    assert api.draft(example, out).report.written


def test_review_pack_has_one_row_per_area(drafted: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((drafted / "review" / "review.csv").read_text(encoding="utf-8-sig"))))
    assert [r["area"] for r in rows] == ["North West", "Cheshire", "Cumbria", "Greater Manchester", "Lancashire",
                                         "Merseyside"]
    cheshire = rows[1]
    assert cheshire["headline"].endswith("almost trebles")
    assert cheshire["quotes used"].splitlines() == [
        "Alan Barr: “The problem of viewing indecent images of children …” (approved by Alan Barr on 28 August 2018)",
        "Stuart York: “Safeguarding children from sexual abuse is a priority …” (approved by Stuart York on 29 "
        "August 2018)"]
    assert cheshire["key figures"].splitlines() == [  # each with the cells it comes from
        "people contacting Stop It Now! for help, July to December 2017: 150 (150 as given; figures.csv, row 3, "
        "column before)",
        "people contacting Stop It Now! for help, change, per cent, July to December 2017 → January to June 2018: "
        "193 per cent ((440 − 150) ÷ 150 × 100 = 193.33… → 193; figures.csv, row 3, columns before and after)",
        "people contacting Stop It Now! for help, January to June 2018: 440 (440 as given; figures.csv, row 3, "
        "column after)"]
    review = docx.Document(str(drafted / "review" / "review.docx"))
    table, sign_off = review.tables
    assert [p.text for p in review.paragraphs[1:3]] == [  # what needs attention, above the table, in bold
        INTRO, "Warnings in 5 of 6 releases: North West, Cumbria, Greater Manchester, Lancashire and Merseyside."]
    assert all(r.bold for r in review.paragraphs[2].runs)
    assert [c.text for c in table.rows[0].cells] == [
        "Area and headline", "Key figures: what, when, value, how it was worked out and from which cells",
        "Quotes and their approval", "Warnings"]
    assert [r.cells[0].paragraphs[0].text for r in table.rows[1:]] == [r["area"] for r in rows]
    assert table.rows[2].cells[1].text.splitlines() == [
        "people contacting Stop It Now! for help", "July to December 2017: 150 = 150 as given (figures.csv, row 3, "
        "column before)", "July to December 2017 → January to June 2018 (change, per cent): 193 per cent = (440 − 150)"
        " ÷ 150 × 100 = 193.33… → 193 (figures.csv, row 3, columns before and after)",
        "January to June 2018: 440 = 440 as given (figures.csv, row 3, column after)"]
    assert table.rows[0]._tr.trPr.xml.count("tblHeader") == 1  # the heading row repeats on every page
    assert [c.text for c in sign_off.rows[0].cells] == ["Name", "Role", "Date", "Signature"]
    assert len(sign_off.rows) == 2 and not any(c.text for c in sign_off.rows[1].cells)
    assert review.sections[0].orientation == 1  # landscape
    every = "\n".join([p.text for p in review.paragraphs] + [c.text for t in review.tables for r in t.rows
                                                                for c in r.cells])
    assert "contacts." not in every and "contacts" not in (drafted / "review" / "review.csv").read_text(
        encoding="utf-8-sig")  # no internal fact id


def test_redrafting_reports_what_changed(drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,554"')
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    said = result.stdout.split("changed since the last draft: ")
    assert said[2] == (  # each figure in a reviewer's words, never by its fact id; the area said once
        "Cheshire\n"
        "    people contacting Stop It Now! for help, change, per cent, July to December 2017 → January to June 2018: "
        "193 per cent → 197 per cent\n"
        "    people contacting Stop It Now! for help, January to June 2018: 440 → 445\n"
        "    North West: people contacting Stop It Now! for help, January to June 2018: 3,549 → 3,554\n"
        "    2 new or edited paragraphs\n")
    assert said[1].startswith("North West\n    people contacting Stop It Now! for help, January to June 2018: "
                              "3,549 → 3,554\n    Cheshire: people contacting")
    assert len(said) == 7 and "contacts." not in result.stdout  # every area's release prints North West's figure


def test_a_literal_number_in_a_template_is_refused(example: Path) -> None:
    (example / "mine").mkdir()
    (example / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}Calls up\n by 195 per cent{% endblock %}\n',
        encoding="utf-8")
    edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")
    result = runner.invoke(app, ["preview", str(example), "--area", "Cheshire"])
    assert result.exit_code == 1
    assert result.stderr == ("error: mine/release.md.j2:3: template: types the number '195' into the template "
                             "(expected numbers printed through figure(), change() and the date helpers, so each "
                             "is a fact)\n")


@pytest.mark.parametrize("how", ["include", "extends"])
def test_a_literal_number_in_a_template_it_uses_is_refused_before_anything_is_written(
        example: Path, tmp_path: Path, how: str) -> None:
    """Each template is checked as it is compiled: a number typed into one that the campaign's template includes
    (or a base it extends) is refused naming that file and line, and no release is written."""
    (example / "mine").mkdir()
    if how == "include":
        (example / "mine" / "release.md.j2").write_text(
            '{% extends "base/release.md.j2" %}\n{% block headline %}Calls up{% endblock %}\n'
            '{% block body %}{% include "part.md.j2" %}{% endblock %}\n', encoding="utf-8")
        (example / "mine" / "part.md.j2").write_text("Said in March.\n\nUp by 195 calls.\n", encoding="utf-8")
        shown = "mine/part.md.j2:3"
    else:
        (example / "mine" / "release.md.j2").write_text(
            '{% extends "base.md.j2" %}\n{% block headline %}Calls up{% endblock %}\n', encoding="utf-8")
        (example / "mine" / "base.md.j2").write_text("# {% block headline %}{% endblock %}\n\nIn 2019.\n",
                                                      encoding="utf-8")
        shown = "mine/base.md.j2:3"
    edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    number = "195" if how == "include" else "2019"
    assert result.stderr == (f"error: {shown}: template: types the number '{number}' into the template "
                             "(expected numbers printed through figure(), change() and the date helpers, so each "
                             "is a fact)\n")
    assert not (tmp_path / "out").exists()


def test_redrafting_without_markdown_reports_only_real_changes(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.draft(example, out, formats=["docx"])
    again = api.draft(example, out, formats=["docx"])
    assert again.changes == ()  # nothing changed: no paragraph reads as "new" for want of last time's Markdown
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,554"')
    changed = api.draft(example, out, formats=["docx"])
    assert all(c.sentences_added == c.sentences_removed == () for c in changed.changes)
    by_area = {c.area: c.facts for c in changed.changes}  # every area's release prints North West's figure
    assert by_area["Cheshire"] == (
        "people contacting Stop It Now! for help, change, per cent, July to December 2017 → January to June 2018: "
        "193 per cent → 197 per cent", "people contacting Stop It Now! for help, January to June 2018: 440 → 445",
        "North West: people contacting Stop It Now! for help, January to June 2018: 3,549 → 3,554")
    assert by_area["Cumbria"] == (
        "North West: people contacting Stop It Now! for help, January to June 2018: 3,549 → 3,554",)


def test_a_figure_not_available_is_in_its_areas_review_row_with_the_publishers_marker_and_cell(tmp_path: Path) -> None:
    """Powys' row said nothing of its figure marked [c], and Wales' none of the total that was then not available:
    the reviewer signed off "figures not available" with no figure, marker or cell to check it against."""
    example = Path(shutil.copytree(shipped_root() / "count-change" / "example", tmp_path / "c"))
    edit(example / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,12,[c]")
    campaign = load_campaign(example)
    said = {area: review_row(campaign, api.preview(example, area)[1], PRESETS["en_GB"]).figures[-1].line()
            for area in ("Powys", "Wales")}
    where = "figures.csv, row 5, column this_year"
    assert said == {
        "Powys": f"emergency food parcels given out, April to September 2024: not available (the source marks it [c]; "
                 f"{where})",
        "Wales": "emergency food parcels given out, April to September 2024: not available (it is the sum of its "
                 f"areas, and Powys' is not available: the source marks it [c]; {where})"}


def test_a_fact_sheet_names_each_cell_once() -> None:
    """A share's sources listed its own area's cell twice (as the part and again in the whole)."""
    cell = SourceRef("figures.csv", 5, "october")
    fact = Fact("Powys", "points.october.share", "0.3 per cent", Decimal("0.26"), "1 ÷ 378 × 100 = 0.2646… → 0.3",
                (cell, SourceRef("figures.csv", 2, "october"), cell))
    assert fact_rows([fact])[0][5] == "figures.csv, row 5, column october; figures.csv, row 2, column october"


def test_a_regions_review_row_names_the_area_each_warning_from_its_list_is_about() -> None:
    """Wales' row listed its areas' small-base warnings as two identical lines, naming neither area."""
    example = shipped_root() / "count-change" / "example"
    _, release = api.preview(example, "Wales")
    row = review_row(load_campaign(example), release, PRESETS["en_GB"])
    small = ("the figure for emergency food parcels given out in period 'last_year' (April to September 2023) is below "
             "20: too small a base for a percentage, so both are given")
    none = ("the figure for emergency food parcels given out in period 'last_year' (April to September 2023) is none: "
            "a change from none has no percentage, so both are given")  # not "below 20": no base at all
    assert row.warnings == (f"Ynys Môn: {none}", f"Powys: {small}")  # in the order the list names them


def test_a_bilingual_packs_rows_name_their_file_and_what_needs_attention_names_the_releases(tmp_path: Path) -> None:
    """A batch in English and Welsh has each area twice: each row names its file under the area, and the lines
    above the table name the releases by file, so a Welsh release's unapproved quote is not read as the English."""
    rows = [ReviewRow("Powys", "powys.en", "", (), (), ()),
            ReviewRow("Powys", "powys.cy", "", ("Megan Price: …",), ("Powys: below 20",), (), ("Megan Price",), 2)]
    lines = attention(rows)
    assert lines == ("Warnings in 1 of 2 releases: powys.cy.",
                     "Quotes not approved in 1 of 2 releases: powys.cy (Megan Price).",
                     "Figures not available in 1 of 2 releases: powys.cy (2 figures).")
    writer = build_writers(["docx"], shipped_root() / "reference.docx")[0]
    assert isinstance(writer, DocxWriter)
    (tmp_path / "review.docx").write_bytes(review_docx(
        writer, "Review", "Trust", dt.date(2024, 10, 8),
        [ReviewTable(r.area, "Headline", (), r.quotes, r.warnings, r.slug) for r in rows], lines))
    review = docx.Document(str(tmp_path / "review.docx"))
    assert [p.text for p in review.paragraphs[2:5]] == list(lines)
    assert [[p.text for p in r.cells[0].paragraphs] for r in review.tables[0].rows[1:]] == [
        ["Powys", "powys.en", "Headline"], ["Powys", "powys.cy", "Headline"]]


def test_a_row_taller_than_a_page_runs_on_and_a_rank_only_deciding_the_words_reads_as_not_printed(
        tmp_path: Path) -> None:
    """A row kept whole that is taller than a page was cut off at its foot (the last warnings unseen) after a
    blank page; and a rank the release does not print read "(rank):  = not printed: …"."""
    writer = build_writers(["docx"], shipped_root() / "reference.docx")[0]
    assert isinstance(writer, DocxWriter)
    rank = ("fly-tipping incidents", "per 1,000, rank", "April 2023 to March 2024", "",
            "not printed: decides whether it alone is the lowest; rank 1 of 5 areas in Wales", "figures.csv, row 2")
    warnings = tuple(f"Powys: the figure for measure {n} is below 20: too small a base" for n in range(12))
    (tmp_path / "review.docx").write_bytes(review_docx(writer, "Review", "Trust", dt.date(2024, 10, 8), [
        ReviewTable("Wales", "Headline", (), (), warnings), ReviewTable("Powys", "Headline", (rank,), (), ())]))
    table = docx.Document(str(tmp_path / "review.docx")).tables[0]
    assert ["cantSplit" in r._tr.xml for r in table.rows] == [True, False, True]
    assert [p.text for p in table.rows[2].cells[1].paragraphs] == [
        "fly-tipping incidents", "April 2023 to March 2024 (per 1,000, rank): not printed: decides whether it alone "
        "is the lowest; rank 1 of 5 areas in Wales (figures.csv, row 2)"]
