"""`drafter check` on edits colleagues really make to a drafted release, each found in a trial of the shipped
example: the file re-saved by LibreOffice into another folder, numbers with spaces inside them, a figure moved
to the wrong place in its sentence, a quotation from someone whose words were never approved."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.reports.check import check_files
from tests.conftest import EXAMPLE, edit, spaced

runner = CliRunner()
PARAGRAPH_5 = 'cheshire.docx: Cheshire: paragraph 5 "Between July and December 2017, 150 people from …": '
PARAGRAPH_6 = 'cheshire.docx: Cheshire: paragraph 6 "Across the north west as a whole, the …": '


def check(*files: Path) -> tuple[int, list[str]]:
    result = runner.invoke(app, ["check", str(EXAMPLE), *map(str, files)])
    return result.exit_code, (result.stdout + result.stderr).splitlines()


def replace_in(path: Path, old: str, new: str) -> None:
    """``old`` replaced by ``new`` in the one run of the document that holds it, as a person types in Word."""
    document = docx.Document(str(path))
    run = next(r for p in document.paragraphs for r in p.runs if old in r.text or old in spaced(r.text))
    run.text = (run.text if old in run.text else spaced(run.text)).replace(old, new, 1)  # as typed over
    document.save(str(path))


def as_libreoffice_saves(path: Path) -> None:
    """The package's relationships as LibreOffice writes them: the core properties (where drafter keeps the
    area and the language) under the relationship type's other spelling, which python-docx does not follow."""
    with zipfile.ZipFile(path) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        b"http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)


def test_a_release_resaved_by_libreoffice_into_another_folder_is_still_known_by_its_area(inbox: Path) -> None:
    as_libreoffice_saves(inbox)
    assert check(inbox) == (0, ["1 file checked clean"])
    replace_in(inbox, "2017, 150 people", "2017, 160 people")
    as_libreoffice_saves(inbox)
    assert check(inbox) == (1, [
        PARAGRAPH_5.replace("150", "160") + "'160' where Cheshire's figure for people contacting Stop It Now! for "
        "help in July to December 2017 was '150' "
        "(figures.csv, row 3, column before)",
        "1 finding in 1 file"])


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f"])  # non-breaking, thin, narrow non-breaking
def test_a_space_inside_a_number_is_one_number_written_another_way(inbox: Path, space: str) -> None:
    replace_in(inbox, "from 1,747 to", f"from 1{space}747 to")
    assert check(inbox) == (1, [
        PARAGRAPH_6 + "'1\u202f747' where North West's figure for people contacting Stop It Now! for help in July to "
        "December 2017 was '1,747' "
        "(figures.csv, row 2, column before): the same figure, not as the house style writes it",
        "1 finding in 1 file"])


def test_a_plain_space_for_drafters_no_break_space_is_only_a_space(inbox: Path) -> None:
    """drafter keeps "193 per cent" on one line with no-break spaces; a person who types it again with ordinary
    spaces has changed nothing."""
    replace_in(inbox, "193\u00a0per\u00a0cent", "193 per cent")
    assert check(inbox) == (0, ["1 file checked clean"])


def test_two_figures_swapped_within_a_sentence_are_each_a_finding(inbox: Path) -> None:
    replace_in(inbox, "from 1,747 to 3,549", "from 3,549 to 1,747")
    assert check(inbox) == (1, [
        PARAGRAPH_6 + "'3,549' where North West's figure for people contacting Stop It Now! for help in July to "
        "December 2017 was '1,747' (figures.csv, row 2, column before): '3,549' is North West's figure for people "
        "contacting Stop It Now! for help in January to June 2018",
        PARAGRAPH_6 + "'1,747' where North West's figure for people contacting Stop It Now! for help in January to "
        "June 2018 was '3,549' (figures.csv, row 2, column after): '1,747' is North West's figure for people "
        "contacting Stop It Now! for help in July to December 2017",
        "2 findings in 1 file"])


def test_a_figure_moved_within_its_sentence_is_still_right(inbox: Path) -> None:
    replace_in(inbox, "rose by 193 per cent to 440", "rose to 440, a rise of 193 per cent")
    replace_in(inbox, "the number went from 1,747 to 3,549 over the same periods – a rise of 103 per cent",
               "the number rose by 103 per cent, from 1,747 to 3,549, over the same periods")
    assert check(inbox) == (0, ["1 file checked clean"])


def test_a_count_where_drafter_wrote_a_percentage_is_held_against_the_areas_counts(inbox: Path) -> None:
    replace_in(inbox, "rose by 193 per cent to 440", "rose by 290 to 440")  # 440 - 150: true
    assert check(inbox) == (0, ["1 file checked clean"])
    replace_in(inbox, "rose by 290 to 440", "rose by 300 to 440")
    assert check(inbox) == (1, [
        PARAGRAPH_5 + "'300' in new text where the difference in Cheshire's figure for people contacting Stop It "
        "Now! for help in January to June 2018 compared with July to December 2017 is '290' (figures.csv, row 3, "
        "columns before and after)",
        "1 finding in 1 file"])


def add_paragraph_before(path: Path, anchor: str, text: str) -> None:
    """A new paragraph in the style of the one starting ``anchor``, before it, as a person adds one in Word."""
    document = docx.Document(str(path))
    before = next(p for p in document.paragraphs if p.text.startswith(anchor))
    new = before.insert_paragraph_before(text, before.style)
    assert new.text == text
    document.save(str(path))


def test_a_quotation_from_someone_whose_words_were_not_approved_is_a_finding(inbox: Path) -> None:
    add_paragraph_before(inbox, "ENDS", "Jane Smith, a local councillor, said: “This is a fantastic result for "
                         "Cheshire and shows the helpline works.”")
    assert check(inbox) == (1, [
        'cheshire.docx: Cheshire: paragraph 13 "Jane Smith, a local councillor, said: “This is …": a quotation that '
        "is not an approved quote: “This is a fantastic result for Cheshire and shows the helpline works.” (quotes "
        "must be in quotes.yaml, approved, and used as approved)",
        "1 finding in 1 file"])


def test_a_name_or_phrase_in_quotation_marks_is_not_a_quotation(inbox: Path) -> None:
    add_paragraph_before(inbox, "ENDS", "The campaign, called “Get Help Early”, ran on \"local radio\" stations.")
    assert check(inbox) == (0, ["1 file checked clean"])


def test_an_approved_quote_copied_into_a_release_it_is_not_approved_for_is_a_finding(
        example_draft: Path, tmp_path: Path) -> None:
    cumbria = tmp_path / "cumbria.docx"
    shutil.copyfile(example_draft / "cumbria.docx", cumbria)
    cheshire = docx.Document(str(example_draft / "cheshire.docx"))
    york = [p for p in cheshire.paragraphs if p.text.startswith(("Detective Inspector", "“We are very pleased"))]
    document = docx.Document(str(cumbria))
    ends = next(p for p in document.paragraphs if p.text == "ENDS")
    for paragraph in york:
        ends.insert_paragraph_before(paragraph.text, paragraph.style)
    document.save(str(cumbria))
    assert check(cumbria) == (1, [
        'cumbria.docx: Cumbria: paragraph 11 "Detective Inspector Stuart York, from Cheshire Constabulary’s '
        "strategic …\": quote 'york-cheshire' is not approved for Cumbria's release (quotes.yaml gives it for "
        "Cheshire)",
        "1 finding in 1 file"])


@pytest.fixture(scope="module")
def drafted_once(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """``drafted_once(campaign, area, fmt, locale)``: the folder that one area's release was drafted into, drafted
    once for every test here that edits a copy of it (copy it with :func:`copy_of`, never edit it)."""
    from drafter import api

    folders: dict[tuple[Path, str, str, str | None], Path] = {}

    def drafted(campaign: Path, area: str, fmt: str, locale: str | None = None) -> Path:
        key = (campaign, area, fmt, locale)
        if key not in folders:
            folders[key] = tmp_path_factory.mktemp("drafted")
            api.draft(campaign, folders[key], areas=[area], formats=[fmt], locale=locale)
        return folders[key]

    return drafted


def copy_of(drafted: Path, folder: Path) -> Path:
    """A private copy, in ``folder``, of a folder :func:`drafted_once` drafted (its manifest too)."""
    shutil.copytree(drafted, folder, dirs_exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def table_campaign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example with its table of every area's figures turned on (read, never edited)."""
    campaign = tmp_path_factory.mktemp("table") / "campaign"
    shutil.copytree(EXAMPLE, campaign)
    with (campaign / "campaign.yaml").open("a", encoding="utf-8") as yaml:
        yaml.write("table: true\n")
    return campaign


@pytest.fixture
def with_table(table_campaign: Path, drafted_once: Callable[..., Path], tmp_path: Path) -> tuple[Path, Path]:
    """The example with its table of every area's figures turned on, and a private copy of Cheshire's release."""
    out = copy_of(drafted_once(table_campaign, "Cheshire", "docx"), tmp_path / "out")
    return table_campaign, out / "cheshire.docx"


def set_cell(path: Path, row: int, column: int, text: str) -> None:
    document = docx.Document(str(path))
    document.tables[0].rows[row].cells[column].paragraphs[0].runs[0].text = text
    document.save(str(path))


@pytest.mark.parametrize(("row", "column", "text", "finding"), [
    (1, 1, "440", "paragraph 24 (table 1, row 2 (Cheshire), column 2 (July to December 2017)) \"440\": '440' where "
     "Cheshire's figure for people contacting Stop It Now! for help in July to December 2017 was '150' (figures.csv, "
     "row 3, column before): '440' is Cheshire's figure for people contacting Stop It Now! for help in January to "
     "June 2018"),  # the next cell's figure, named
    (2, 1, "150", "paragraph 28 (table 1, row 3 (Cumbria), column 2 (July to December 2017)) \"150\": '150' where "
     "Cumbria's figure for people contacting Stop It Now! for help in July to December 2017 was '90' (figures.csv, "
     "row 4, column before): '150' is "
     "Cheshire's figure for people contacting Stop It Now! for help in July to December 2017"),
    (0, 1, "January to June 2018", "paragraph 20 (table 1, row 1, column 2) \"January to June 2018\": '2018' where "
     "the period July to December 2017 was '2017' (campaign.yaml, key periods.before)"),
])
def test_a_table_cell_holding_another_cells_figure_is_a_finding(with_table: tuple[Path, Path], row: int,
                                                                  column: int, text: str, finding: str) -> None:
    campaign, path = with_table
    set_cell(path, row, column, text)
    result = runner.invoke(app, ["check", str(campaign), str(path)])
    assert result.exit_code == 1
    assert f"cheshire.docx: Cheshire: {finding}" in result.stdout.splitlines()


def test_a_welsh_release_for_immediate_use_without_its_first_line_is_a_finding(tmp_path: Path) -> None:
    from drafter import api

    campaign = EXAMPLE.parent.parent / "rate-change" / "example"
    api.draft(campaign, tmp_path, areas=["Ceredigion"], formats=["docx"], locale="cy_GB")
    path = tmp_path / "ceredigion.cy.docx"
    document = docx.Document(str(path))
    first = document.paragraphs[0]
    assert first.text == "I’W GYHOEDDI AR UNWAITH"  # typographic apostrophe, as the house style prints it
    first._p.getparent().remove(first._p)
    document.save(str(path))
    result = runner.invoke(app, ["check", str(campaign), str(path)])
    assert (result.exit_code, result.stdout.splitlines()) == (1, [
        "ceredigion.cy.docx: Ceredigion: the 'I’W GYHOEDDI AR UNWAITH' line is missing",
        "1 finding in 1 file"])


def delete_paragraphs(path: Path, *starts: str) -> None:
    document = docx.Document(str(path))
    for paragraph in [p for p in document.paragraphs if p.text.startswith(starts)]:
        paragraph._p.getparent().remove(paragraph._p)
    document.save(str(path))


def test_an_approved_quote_taken_out_whole_is_not_a_finding(inbox: Path) -> None:
    delete_paragraphs(inbox, "Detective Inspector Stuart York", "“We are very pleased")
    assert check(inbox) == (0, ["1 file checked clean"])


def test_an_approved_quote_cut_short_says_which_paragraph_is_missing(inbox: Path) -> None:
    delete_paragraphs(inbox, "“We are very pleased")
    assert check(inbox) == (1, [
        'cheshire.docx: Cheshire: paragraph 11 "Detective Inspector Stuart York, from Cheshire Constabulary’s '
        "strategic …\": approved quote 'york-cheshire' has been shortened: its paragraph “We are very pleased with "
        "the success of the Stop It Now! campaign, which has se…” is missing (an approved quote is used whole, as "
        "approved)",
        "1 finding in 1 file"])


def test_an_approved_quote_put_in_someone_elses_mouth_is_a_finding(inbox: Path) -> None:
    replace_in(inbox, "Crime Unit, said:", "Crime Unit, added:")  # the verb is the writer's to choose
    assert check(inbox) == (0, ["1 file checked clean"])
    replace_in(inbox, "Assistant Chief Constable Alan Barr", "Chief Constable Andy Rhodes")
    assert check(inbox) == (1, [
        'cheshire.docx: Cheshire: paragraph 8 "Chief Constable Andy Rhodes, from the North West …": the words '
        "introducing approved quote 'barr-regional' have changed: 'Chief Constable Andy Rhodes, from the North West "
        "Regional Organised Crime Unit, added:' where drafter wrote 'Assistant Chief Constable Alan Barr, from the "
        "North West Regional Organised Crime Unit, said:' (who is quoted, with their title and organisation, is as "
        "approved in quotes.yaml)",
        "1 finding in 1 file"])


def test_a_markdown_release_moved_or_renamed_is_known_by_its_file_name(example_draft: Path, tmp_path: Path) -> None:
    for name in ("cumbria.md", "Cumbria FINAL v2.md", "cumbria_final.md"):
        shutil.copyfile(example_draft / f"cumbria.{name.rsplit('.', 1)[1]}", tmp_path / name)
    result = runner.invoke(app, ["check", str(EXAMPLE), *(str(tmp_path / n) for n in (
        "cumbria.md", "Cumbria FINAL v2.md", "cumbria_final.md"))])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "3 files checked clean\n", "")


def test_one_areas_release_saved_under_another_areas_name_says_so_first(example_draft: Path, tmp_path: Path) -> None:
    out = shutil.copytree(example_draft, tmp_path / "out")
    shutil.copyfile(out / "cheshire.docx", out / "cumbria.docx")
    code, lines = check(out / "cumbria.docx")
    assert code == 1
    assert lines[0] == (
        "cumbria.docx: Cumbria: the document's properties say it is Cheshire's release, but drafter wrote "
        "cumbria.docx for Cumbria: is it Cheshire's release saved under Cumbria's name? (it is checked as Cumbria's)")
    assert lines[-1] == "12 findings in 1 file"  # each figure, and each "Cheshire" where drafter wrote "Cumbria"


@pytest.mark.parametrize(("words", "first_words", "finding"), [
    ("fifty", "fifty people from …", "'fifty' where Cheshire's figure for people contacting Stop It Now! for help in "
    "July to December 2017 was '150' "
     "(figures.csv, row 3, column before)"),
    ("two hundred", "two hundred people …", "'two hundred' where Cheshire's figure for people contacting Stop It "
    "Now! for help in July to December 2017 "
     "was '150' (figures.csv, row 3, column before)"),
    ("one hundred and fifty", "one hundred and …", "'one hundred and fifty' where Cheshire's figure for people "
    "contacting Stop It Now! for help in July to December 2017 was '150' (figures.csv, row 3, column before): the "
    "same figure, not as the house style writes "
     "it"),
])
def test_a_figure_written_in_words_is_read_with_its_value(inbox: Path, words: str, first_words: str,
                                                          finding: str) -> None:
    replace_in(inbox, "2017, 150 people", f"2017, {words} people")
    assert check(inbox) == (1, [
        f'cheshire.docx: Cheshire: paragraph 5 "Between July and December 2017, {first_words}": {finding}',
        "1 finding in 1 file"])


@pytest.mark.parametrize(("old", "new", "finding"), [
    ("150 o bobl", "dau gant o bobl", "'dau gant' where Cheshire's figure for people contacting Stop It Now! for "
     "help in July to December 2017 was '150' (figures.csv, row 3, column before)"),
    ("150 o bobl", "cant pum deg o bobl", "'cant pum deg' where Cheshire's figure for people contacting Stop It Now! "
     "for help in July to December 2017 was '150' (figures.csv, row 3, column before): the same figure, not as "
     "the house style writes it"),
    ("193%", "193 y cant", "'193 y cant' where Cheshire's change in people contacting Stop It Now! for help in "
     "January to June 2018 compared with July to December 2017 was '193%' (figures.csv, row 3, columns before "
     "and after): the same figure, not as the house style writes it"),
])
def test_a_figure_written_in_welsh_words_is_read_with_its_value(drafted_once: Callable[..., Path], tmp_path: Path,
                                                                 old: str, new: str, finding: str) -> None:
    copy_of(drafted_once(EXAMPLE, "Cheshire", "docx", "cy_GB"), tmp_path)
    replace_in(tmp_path / "cheshire.cy.docx", old, new)
    code, lines = check(tmp_path / "cheshire.cy.docx")
    assert code == 1 and lines[0].endswith(finding) and lines[1:] == ["1 finding in 1 file"]


@pytest.mark.parametrize(("new", "verdict"), [
    ("almost 90 per cent", ": the release also gives it as '88 per cent': one figure at two rounding levels"),
    ("about 90 per cent", ": the release also gives it as '88 per cent': one figure at two rounding levels"),
    ("eighty-eight per cent", ": the same figure, not as the house style writes it"),
    ("88.4 per cent", ": to 1 decimal place it is 88.5"),  # 88.47…: not true at that rounding level
    ("about 80 per cent", ": '88 per cent' is not 'about 80 per cent': the figures give 88.5 per cent"),
])
def test_a_qualified_or_worded_percentage_is_read_whole(example_draft: Path, tmp_path: Path, new: str,
                                                        verdict: str) -> None:
    path = tmp_path / "merseyside.docx"
    shutil.copyfile(example_draft / "merseyside.docx", path)
    replace_in(path, "has risen by 88 per cent", f"has risen by {new}")
    code, lines = check(path)
    assert (code, len(lines)) == (1, 2)
    assert lines[0].endswith(
        f": '{new}' where Merseyside's change in people contacting Stop It Now! for help in January to June 2018 "
        f"compared with July to December 2017 was '88 per cent' "
        f"(figures.csv, row 7, columns before and after){verdict}")


def add_comment(path: Path, anchor: str, text: str, author: str) -> None:
    """A comment on the paragraph starting ``anchor``, as Word writes one: its range and reference in the
    paragraph, its words in the comments part (written by hand: python-docx 1.1 cannot add comments)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    from drafter.writers.docx_read import W

    ns = f'xmlns:w="{W[1:-1]}"'
    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if p.text.startswith(anchor))
    paragraph._p.insert(1, parse_xml(f'<w:commentRangeStart {ns} w:id="7"/>'))
    paragraph._p.append(parse_xml(f'<w:commentRangeEnd {ns} w:id="7"/>'))
    paragraph._p.append(parse_xml(f'<w:r {ns}><w:commentReference w:id="7"/></w:r>'))
    body = (f'<w:comments {ns}><w:comment w:id="7" w:author="{author}" w:initials="S"><w:p><w:r><w:t>{text}</w:t>'
            "</w:r></w:p></w:comment></w:comments>").encode()
    part = Part(PackURI("/word/comments.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", body,
                document.part.package)
    document.part.relate_to(part, RT.COMMENTS)
    document.save(str(path))


def test_a_comment_is_reported_at_the_paragraph_it_is_on(inbox: Path) -> None:
    add_comment(inbox, "Between July", "Is 193 right? Check with Jo", "Sam")
    assert check(inbox) == (1, [
        PARAGRAPH_5 + "a comment (comment 1 by Sam) is still in the document: 'Is 193 right? Check with Jo'",
        "1 finding in 1 file"])


@pytest.mark.parametrize(("old", "new", "finding"), [
    ("Across the north west as a whole", "Across Cheshire as a whole",
     'paragraph 6 "Across Cheshire as a whole, the number went …": \'Cheshire\' where drafter wrote \'the north '
     "west': what this sentence says is North West's, not Cheshire's"),
    ("150 people from Cheshire", "150 people from Cumbria",
     PARAGRAPH_5[len("cheshire.docx: Cheshire: "):-2] + ": 'Cumbria' where drafter wrote 'Cheshire': what this "
     "sentence says is Cheshire's, not Cumbria's"),
    # a name that is none of the campaign's areas: a word of it changed, or all of it for another name
    ("Across the north west as a whole", "Across the north east as a whole",
     'paragraph 6 "Across the north east as a whole, the …": \'the north east\' where drafter wrote \'the '
     "north west': what this sentence says is North West's"),
    ("150 people from Cheshire", "150 people from Chester",
     PARAGRAPH_5[len("cheshire.docx: Cheshire: "):-2] + ": 'Chester' where drafter wrote 'Cheshire': what this "
     "sentence says is Cheshire's"),
])
def test_another_areas_name_put_where_drafter_named_one_is_a_finding(inbox: Path, old: str, new: str,
                                                                    finding: str) -> None:
    replace_in(inbox, old, new)
    assert check(inbox) == (1, [f"cheshire.docx: Cheshire: {finding}", "1 finding in 1 file"])


def test_an_area_named_another_way_or_not_named_is_not_a_finding(inbox: Path) -> None:
    replace_in(inbox, "Across the north west as a whole", "Across the region as a whole")
    replace_in(inbox, "150 people from Cheshire contacted", "150 Cheshire people contacted")
    replace_in(inbox, "including Cheshire Constabulary", "including Cheshire’s police")
    assert check(inbox) == (0, ["1 file checked clean"])


def test_a_text_release_saved_as_unicode_by_notepad_is_read(example_draft: Path, tmp_path: Path) -> None:
    text = (example_draft / "cheshire.md").read_text(encoding="utf-8").replace("2017, 150 people", "2017, 160 people")
    (tmp_path / "cheshire.md").write_bytes(text.encode("utf-16"))  # with its byte-order mark, as Notepad saves
    assert check(tmp_path / "cheshire.md") == (1, [
        'cheshire.md: Cheshire: paragraph 5 "Between July and December 2017, 160 people from …": \'160\' where '
        "Cheshire's figure for people contacting Stop It Now! for help in July to December 2017 was '150' "
        "(figures.csv, row 3, column before)",
        "1 finding in 1 file"])


def test_another_campaigns_release_is_skipped_saying_whose_it_is(inbox: Path) -> None:
    document = docx.Document(str(inbox))
    document.core_properties.category = "Atlantis"
    document.save(str(inbox))
    lone = inbox.with_name("atlantis.docx")
    inbox.rename(lone)
    result = runner.invoke(app, ["check", str(EXAMPLE), str(lone)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        f"skipped {lone}: is a release for Atlantis, which is not an area of this campaign (another campaign's "
        "release? give --area to check it as one of this campaign's)")


def move_row(path: Path, row: int, after: int) -> None:
    document = docx.Document(str(path))
    rows = document.tables[0].rows
    rows[after]._tr.addnext(rows[row]._tr)
    document.save(str(path))


def test_a_table_sorted_or_cut_by_hand_is_still_right(with_table: tuple[Path, Path]) -> None:
    campaign, path = with_table
    move_row(path, 2, 5)  # Cumbria moved below Merseyside
    document = docx.Document(str(path))
    document.tables[0].rows[3]._tr.getparent().remove(document.tables[0].rows[3]._tr)  # a row taken out
    document.save(str(path))
    result = runner.invoke(app, ["check", str(campaign), str(path)])
    assert (result.exit_code, result.stdout) == (0, "1 file checked clean\n")


def test_a_rows_label_changed_shows_in_the_figures_beside_it(with_table: tuple[Path, Path]) -> None:
    campaign, path = with_table
    set_cell(path, 1, 0, "Cumbria")
    result = runner.invoke(app, ["check", str(campaign), str(path)])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        'cheshire.docx: Cheshire: paragraph 24 (table 1, row 2 (Cumbria), column 2 (July to December 2017)) "150": '
        "'150' in new text where Cumbria's figure for people contacting Stop It Now! for help in July to December "
        "2017 is '90' (figures.csv, row 4, column "
        "before): '150' is Cheshire's figure for people contacting Stop It Now! for help in July to December 2017")


def test_numbers_in_words_in_a_new_sentence_are_counts_only_before_a_counts_words(inbox: Path) -> None:
    add_paragraph_before(inbox, "The rise follows", "The helpline is open twenty-four hours a day, and almost two "
                         "hundred volunteers answer it.")
    assert check(inbox) == (0, ["1 file checked clean"])
    add_paragraph_before(inbox, "The rise follows", "In Cheshire, fifty people called in 2018.")
    assert check(inbox) == (1, [
        'cheshire.docx: Cheshire: paragraph 8 "In Cheshire, fifty people called in 2018.": \'fifty\' in new text '
        "where Cheshire's figure for people contacting Stop It Now! for help in January to June 2018 is '440' "
        "(figures.csv, row 3, column after)",
        "1 finding in 1 file"])


def test_straight_quotation_marks_and_apostrophes_leave_an_approved_quote_as_approved(
        drafted_once: Callable[..., Path], tmp_path: Path) -> None:
    copy_of(drafted_once(EXAMPLE, "Cheshire", "md", "cy_GB"), tmp_path)
    path = tmp_path / "cheshire.cy.md"
    text = path.read_text(encoding="utf-8")
    assert "hwnnw’n" in text  # an approved Welsh quote with a typographic apostrophe
    path.write_text(text.replace("’", "'").replace("“", '"').replace("”", '"'), encoding="utf-8")
    assert check(path) == (0, ["1 file checked clean"])


def test_per_cent_for_percentage_points_is_said_against_what_drafter_wrote(tmp_path: Path) -> None:
    from drafter import api

    campaign = EXAMPLE.parent.parent / "rate-change" / "example"
    api.draft(campaign, tmp_path, areas=["Cardiff"], formats=["docx"])
    path = tmp_path / "cardiff.docx"
    replace_in(path, "has risen by 13.5 percentage points", "has risen by 13.5 per cent")
    result = runner.invoke(app, ["check", str(campaign), str(path)])
    assert (result.exit_code, result.stdout.splitlines()) == (1, [
        'cardiff.docx: Cardiff: paragraph 4 "The share of buses running on electricity in …": \'13.5 per cent\' where '
        "Cardiff's change in share of buses running on electricity in April 2023 to March 2024 "
        "compared with April 2022 to March 2023 was '13.5 percentage points' (figures.csv, "
        "row 3, columns last_year and this_year)",
        "1 finding in 1 file"])


@pytest.mark.parametrize(("locale", "old", "new", "finding"), [
    ("en_GB", "\n4 September 2018\n", "\nMonday 4 September 2018\n", 'paragraph 3 "Monday 4 September 2018": '
     "'Monday' where the date beside it falls on another day: drafter would write 'Tuesday 4 September 2018'"),
    ("cy_GB", "\n4 Medi 2018\n", "\nDydd Llun 4 Medi 2018\n", 'paragraph 3 "Dydd Llun 4 Medi 2018": \'Dydd Llun\' '
     "where the date beside it falls on another day: drafter would write 'Dydd Mawrth 4 Medi 2018'"),
])
def test_a_day_of_the_week_that_is_not_the_dates_is_a_finding(drafted_once: Callable[..., Path], tmp_path: Path,
                                                               locale: str, old: str, new: str, finding: str) -> None:
    copy_of(drafted_once(EXAMPLE, "Cheshire", "md", locale), tmp_path)
    path = tmp_path / ("cheshire.cy.md" if locale == "cy_GB" else "cheshire.md")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert check(path) == (1, [f"{path.name}: Cheshire: {finding}", "1 finding in 1 file"])
    path.write_text(text.replace(old, new.replace("Monday", "Tuesday").replace("Llun", "Mawrth"), 1),
                    encoding="utf-8")
    assert check(path) == (0, ["1 file checked clean"])


def test_the_embargo_line_with_a_word_changed_is_a_finding_and_with_a_word_added_is_not(inbox: Path) -> None:
    replace_in(inbox, "EMBARGOED UNTIL 00:01 BST", "EMBARGOED UNTIL 00:01 BST ON")
    assert check(inbox) == (0, ["1 file checked clean"])
    replace_in(inbox, "00:01 BST ON", "00:01 GMT ON")  # an hour out
    assert check(inbox) == (1, [
        'cheshire.docx: Cheshire: paragraph 1 "EMBARGOED UNTIL 00:01 GMT ON TUESDAY 4 SEPTEMBER …": the embargo line '
        "has changed: drafter wrote 'EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018' (campaign.yaml, keys "
        "embargo and timezone)",
        "1 finding in 1 file"])


@pytest.mark.parametrize(("old", "new", "finding"), [
    ("the third highest", "the highest", 'paragraph 4 "In October 2024, Cardiff had 194 public charging …": '
     "'highest' where Cardiff's rank by public charging points per 100,000 in October 2024 was 'third' (figures.csv, "
     "rows 2–11, column "
     "october)"),
    ("the third highest", "the second lowest", 'paragraph 4 "In October 2024, Cardiff had 194 public charging …": '
     "'second' where Cardiff's rank, lowest first, by public charging points per 100,000 in October 2024 was 'third' "
     "(figures.csv, rows 2–11, column october)"),  # counted the way the edit says: from the bottom
    ("the highest number", "the lowest number", 'paragraph 5 "That is 51 per cent of the total …": \'lowest\' '
     "where Cardiff's rank for public charging points in October 2024 among Wales' 5 areas was 'highest' "
     "(figures.csv, rows 2–6, column october)"),
])
def test_a_rank_said_as_the_highest_or_lowest_is_read_as_a_rank(drafted_once: Callable[..., Path], tmp_path: Path,
                                                                  old: str, new: str, finding: str) -> None:
    campaign = EXAMPLE.parent.parent / "per-head" / "example"
    copy_of(drafted_once(campaign, "Cardiff", "docx"), tmp_path)
    path = tmp_path / "cardiff.docx"
    replace_in(path, old, new)
    result = runner.invoke(app, ["check", str(campaign), str(path)])
    assert (result.exit_code, result.stdout.splitlines()) == (1, [f"cardiff.docx: Cardiff: {finding}",
                                                                  "1 finding in 1 file"])


def test_a_rank_in_new_text_in_a_region_is_the_areas_rank_among_the_regions_areas(inbox: Path) -> None:
    """"the fourth highest in the north west": ranked among the north west's areas, not a rank of the north west."""
    replace_in(inbox, "to 440.", "to 440, the fourth highest in the north west.")
    assert check(inbox) == (0, ["1 file checked clean"])
    replace_in(inbox, "the fourth highest", "the second highest")
    assert check(inbox) == (1, [
        PARAGRAPH_5 + "'second' in new text where Cheshire's rank for people contacting Stop It Now! for help in "
        "January to June 2018 among North West's 5 areas is 'fourth' (figures.csv, rows 3–7, column after)",
        "1 finding in 1 file"])
    replace_in(inbox, "the second highest", "the second lowest")  # counted from the bottom: true
    assert check(inbox) == (0, ["1 file checked clean"])
    replace_in(inbox, "the second lowest", "the lowest")  # a superlative alone, read where the region is named
    assert check(inbox) == (1, [
        PARAGRAPH_5 + "'lowest' in new text where Cheshire's rank, lowest first, for people contacting Stop It Now! "
        "for help in January to June 2018 among North West's 5 areas is 'second' (figures.csv, rows 3–7, column after)",
        "1 finding in 1 file"])


def test_a_date_in_figures_in_a_new_sentence_is_held_to_the_campaigns_years(inbox: Path) -> None:
    add_paragraph_before(inbox, "The rise follows", "The helpline was relaunched on 15/01/2018.")
    assert check(inbox) == (0, ["1 file checked clean"])
    replace_in(inbox, "15/01/2018", "15/01/2019")
    assert check(inbox) == (0, [
        'to check by hand: cheshire.docx: Cheshire: paragraph 7 "The helpline was relaunched on 15/01/2019.": '
        "'15/01/2019' in new text is dated 2019, which is not a year of the campaign's periods, release date or "
        "embargo (2017, 2018), in a sentence that states none of the campaign's figures: drafter cannot check it "
        "against the data",
        "1 file checked clean; 1 to check by hand"])
    replace_in(inbox, "relaunched on 15/01/2019.", "relaunched on 15/01/2019, and 440 people contacted it.")
    assert check(inbox) == (1, [
        'cheshire.docx: Cheshire: paragraph 7 "The helpline was relaunched on 15/01/2019, and 440 …": '
        "'15/01/2019' in new text is dated 2019, which is not a year of the campaign's periods, release date or "
        "embargo (2017, 2018)",
        "1 finding in 1 file"])


def test_a_phone_number_retyped_with_a_bracket_for_a_space_is_a_finding_not_a_crash(inbox: Path) -> None:
    """Found by fuzzing: "07700 900(001" reads as the words of a paragraph whose drafted form holds the number as
    one word, "07700 900 001"; the two were once taken for the same paragraph and check stopped with a traceback, then
    passed it as drafted. A journalist cannot tell what the bracket means: it is a finding."""
    replace_in(inbox, "07700 900 001", "07700 900(001")
    assert check(inbox) == (1, [
        'cheshire.docx: Cheshire: paragraph 19 "Out of hours: 07700 900(001": \'07700 900(001\' where the media '
        "contact's out-of-hours number was '07700 900 001' (campaign.yaml, key media_contact.out_of_hours): the same "
        "digits with '(' in them, which a journalist may misread",
        "1 finding in 1 file"])


def test_a_release_whose_zip_header_asks_for_a_newer_zip_version_is_skipped_not_a_crash(inbox: Path) -> None:
    """Found by fuzzing: one flipped byte in a .docx's directory (the zip version needed to unpack a part) made
    Python's zipfile raise NotImplementedError, which reached the user as a traceback."""
    data = bytearray(inbox.read_bytes())
    data[data.find(b"PK\x01\x02") + 6] = 148  # "version needed to extract": 14.8
    inbox.write_bytes(bytes(data))
    assert check(inbox) == (2, [
        f"skipped {inbox}: cannot be read as a Word document: one of its parts is packed in a way drafter cannot "
        "unpack, as some programs other than Word save a file (expected the file opened in Word and saved again as "
        "'Word Document (.docx)')",
        "error: nothing was checked: it was skipped, for the reason above (expected a .docx, .md or .txt release "
        "drafter drafted)"])


@pytest.mark.parametrize(("typed", "found"), [
    ("07700 900011", "a journalist would ring the wrong number"),
    ("07700 9OO 001", "a journalist would ring the wrong number"),  # letters O for zeros: one finding, no figures
    ("07700900001", ""), ("+44 7700 900 001", ""), ("+44 (0)7700 900 001", ""), ("(07700) 900 001", ""),
    ("07700-900-001", ""), ("07700 900 00 1", "")])  # the same number written another way
def test_the_out_of_hours_number_typed_another_way_or_wrong(inbox: Path, typed: str, found: str) -> None:
    replace_in(inbox, "07700 900 001", typed)
    expected = [f'cheshire.docx: Cheshire: paragraph 19 "Out of hours: {typed}": \'{typed}\' where the media '
                "contact's out-of-hours number was '07700 900 001' (campaign.yaml, key media_contact.out_of_hours): "
                f"{found}", "1 finding in 1 file"] if found else ["1 file checked clean"]
    assert check(inbox) == (1 if found else 0, expected)


@pytest.mark.parametrize(("typed", "found"), [("press@exampel.org", True), ("press@example.co.uk", True),
                                              ("press@example", True), ("press @example.org", True),
                                              ("Press@Example.org", False), ("mailto:press@example.org", False)])
def test_the_press_office_address_typed_wrong_is_a_finding(inbox: Path, typed: str, found: bool) -> None:
    replace_in(inbox, "press@example.org", typed)
    code, lines = check(inbox)
    assert (code, lines[-1]) == ((1, "1 finding in 1 file") if found else (0, "1 file checked clean"))
    if found:
        assert lines[0].endswith(f": '{typed}' where the media contact's e-mail address was 'press@example.org' "
                                 "(campaign.yaml, key media_contact.email): an e-mail to it would not reach the press "
                                 "office")


@pytest.mark.parametrize(("typed", "found"), [
    ("00.01", ""), ("12.01am", ""), ("12:01 AM", ""),  # the same time, as people type it
    ("10.00", "'10.00' where the embargo (2018-09-04 00:01 Europe/London) was 'EMBARGOED UNTIL 00:01 BST TUESDAY 4 "
              "SEPTEMBER 2018' (campaign.yaml, key embargo)")])
def test_the_embargo_time_typed_another_way_or_wrong(inbox: Path, typed: str, found: str) -> None:
    replace_in(inbox, "00:01 BST", f"{typed} BST")
    expected = [f'cheshire.docx: Cheshire: paragraph 1 "EMBARGOED UNTIL {typed} BST TUESDAY 4 SEPTEMBER 2018": '
                f"{found}", "1 finding in 1 file"] if found else ["1 file checked clean"]
    assert check(inbox) == (1 if found else 0, expected)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("https://www.stopitnow.org.uk", "www.stopitnow.org.uk", None),  # the same page
    ("https://www.stopitnow.org.uk", "https://www.stopitnow.org", "'https://www.stopitnow.org' where drafter wrote "
     "'https://www.stopitnow.org.uk': a reader following it would not reach the page drafter linked"),
    ("CH1 2AB", "ch1 2ab", None),  # a postcode in small letters: one finding or none, never its digits as figures
    ("CH1 2AB", "CH1 2AX", "'CH1 2AX' where drafter wrote 'CH1 2AB'")])
def test_a_web_address_or_postcode_of_the_campaigns_own_text_typed_over(
        example: Path, tmp_path: Path, old: str, new: str, message: str | None) -> None:
    edit(example / "campaign.yaml", "about someone else's.\n",
         "about someone else's. Write to Chester CH1 2AB or visit https://www.stopitnow.org.uk.\n")
    api.draft(example, tmp_path / "out", areas=["Cheshire"], formats=["md"])
    path = tmp_path / "out" / "cheshire.md"
    edit(path, old, new)
    assert [f.message for f in check_files(example, [path]).findings] == ([message] if message else [])


@pytest.mark.parametrize(("text", "read", "broken"), [
    ("rose to 3,5\u202849 people", "rose to 3,549 people", ("3,5⏎49",)),  # one figure cut in two
    ("from 1,\u2028747", "from 1,747", ("1,⏎747",)),
    ("Unit 5\u202812 High Street", "Unit 5\u202812 High Street", ()),  # two numbers on two lines
    ("rose to 440\u2028people", "rose to 440\u2028people", ())])
def test_a_line_break_inside_a_figure_is_read_as_the_figure_it_cuts(text: str, read: str, broken: tuple[str, ...]
                                                                    ) -> None:
    from drafter.reports.check_read import _unbroken

    assert _unbroken(text) == (read, broken)


def test_an_approved_quote_trimmed_with_an_ellipsis_is_one_finding_saying_so(inbox: Path) -> None:
    every_time = ("Every time a sexual image of a child is viewed, that child is victimised again and further demand "
                  "is created.")
    replace_in(inbox, "grown enormously in recent years.", f"grown enormously … {every_time}")
    delete_paragraphs(inbox, f"“{every_time}")
    assert check(inbox) == (1, [
        'cheshire.docx: Cheshire: paragraph 8 "Assistant Chief Constable Alan Barr, from the North …": '
        "approved quote 'barr-regional' has been cut, with '…' where words were taken out: an approved quote is used "
        "whole, as approved",
        "1 finding in 1 file"])
