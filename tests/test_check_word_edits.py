"""`drafter check` on a release as Word and LibreOffice store a person's edits, read as it prints: a superscript
digit after a figure is a note's marker ("440¹"), not more digits of it; text in Word's hidden font does not print,
so it is not read, but it is a finding of its own, as text struck through by hand (which prints) is; a zero-width
space or soft hyphen inside a number prints as nothing; "193 percent" is a percentage (written another way than the
house style's "193 per cent"); and a financial year ("2023–24") typed over the period it names is that period;
"-ENDS-" is the closing line; Welsh "hanner cant" is 50. bench/check_word_edits.py, which found these, edits Word
documents at the XML level, before and after a round trip through LibreOffice (see docs/check.md, "How well it
does")."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml

from drafter import api
from drafter.load import load_campaign
from drafter.reports.check_dates import names_period
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import Item, items, tokens
from drafter.style.house import PRESETS
from drafter.style.typed import flat
from drafter.writers.docx_read import W, read_document
from tests.conftest import EXAMPLE, spaced

LEAGUE = EXAMPLE.parent.parent / "league-table" / "example"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
                    "9c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082")  # one red pixel
RUN = '<w:r xmlns:w="{}"><w:rPr>{}</w:rPr><w:t>{}</w:t></w:r>'


def _with_runs(*runs: tuple[str, str]) -> bytes:
    """A Word document of one paragraph, its runs (properties, text) as given."""
    document = docx.Document()
    paragraph = document.add_paragraph()._p
    for props, text in runs:
        paragraph.append(parse_xml(RUN.format(W[1:-1], props, text)))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_superscript_digit_reads_as_it_prints_and_hidden_text_is_kept_apart() -> None:
    data = _with_runs(("", "rose to 440"), ('<w:vertAlign w:val="superscript"/>', "1"), ("", " people, the 2"),
                      ('<w:vertAlign w:val="superscript"/>', "nd"), ("<w:vanish/>", "445"),
                      ('<w:vanish w:val="0"/>', "!"), ("", " Then "), ('<w:vertAlign w:val="superscript"/>', "445"),
                      ("<w:strike/>", " 450"), ("<w:dstrike/>", "451"), ('<w:strike w:val="false"/>', "."))
    [paragraph] = read_document(data).paragraphs
    assert paragraph.text == "rose to 440¹ people, the 2nd! Then 445."  # raised after a space: a figure, read
    assert (paragraph.hidden, paragraph.struck) == (("445",), ("450", "451"))  # struck through: printed, meant gone


def test_what_prints_as_nothing_is_taken_out_of_a_paragraph() -> None:
    assert flat("from 1,747 to 3,\u200b549 \u2060(aware\u00adness)\ufeff") == "from 1,747 to 3,549 (awareness)"


def test_thousands_typed_with_a_plain_space_are_one_number_but_not_across_the_end_of_a_range() -> None:
    assert flat("from 1 747 to 3 594") == "from 1\u202f747 to 3\u202f594"  # thousands at both ends
    assert flat("aged 16 to 24 100 people") == "aged 16 to 24 100 people"  # a range, then a count: no 24,100
    assert flat("rhwng 16 a 24 100 o bobl") == "rhwng 16 a 24 100 o bobl"


def test_a_time_with_am_or_pm_is_a_time_not_a_figure() -> None:
    for preset, text in (("en_GB", "at 10.30am and 2pm"), ("cy_GB", "am 10.30yb")):
        found = items(text, tokens(text), vocabulary(PRESETS[preset]), frozenset({"people"}))
        assert {(i.kind, i.text) for i in found} == {("time", t) for t in text.split() if t[0].isdigit()}


def test_percent_in_one_word_is_a_percentage() -> None:
    text = "rose by 193 percent to 440"
    found = items(text, tokens(text), vocabulary(PRESETS["en_GB"]), frozenset({"people"}))
    assert [(i.kind, i.text) for i in found if i.kind == "percent"] == [("percent", "193 percent")]


def test_a_financial_year_names_the_period_from_one_year_into_the_next() -> None:
    periods = load_campaign(LEAGUE).periods
    this_year = [p.id for p in periods if p.end.year == 2024]
    assert [names_period(Item("year", 0, 3, text), periods, this_year)
            for text in ("2023/24", "2023-24", "2023–24", "2023/2024", "2022/23", "2023/25", "2024")] == [
        True, True, True, True, False, False, False]


def test_a_release_edited_in_word_is_checked_as_it_prints(inbox: Path) -> None:
    """One end-to-end case: a note's marker after a right figure and a zero-width space inside one are no
    finding; a wrong figure with the right one left beside it in hidden text is a finding, and so is the hidden
    text; the dateline retyped whole (a DATE field Word updated to today) is held against the release date; a
    picture in the body is listed to check by hand, the letterhead's logo in the header is not."""
    document = docx.Document(str(inbox))
    body = next(p for p in document.paragraphs if "rose by 193 per cent to 440" in spaced(p.text))
    north_west = next(p for p in document.paragraphs if "3,549" in p.text)
    for paragraph, old, runs in ((body, "to 440.", [("", "to "), ("<w:strike/>", "445"), ("", " 440"),
                                                   ('<w:vertAlign w:val="superscript"/>', "1"), ("", ".")]),
                                 (north_west, "1,747", [("", "1,\u200b747")]),
                                 (north_west, "3,549", [('<w:vanish/>', "3,549"), ("", "3,594")])):
        before, after = paragraph.text.split(old, 1)
        for run in list(paragraph._p.iter(f"{W}r")):
            run.getparent().remove(run)
        for props, text in [("", before), *runs, ("", after)]:
            paragraph._p.append(parse_xml(RUN.format(W[1:-1], props, text)))
    dateline = next(p for p in document.paragraphs if p.text == "4 September 2018")
    for run in list(dateline._p.iter(f"{W}r")):
        run.getparent().remove(run)
    for xml in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText> DATE \\@ "d MMMM yyyy" </w:instrText>',
                '<w:fldChar w:fldCharType="separate"/>', "<w:t>1 December 2026</w:t>",
                '<w:fldChar w:fldCharType="end"/>'):
        dateline._p.append(parse_xml(f'<w:r xmlns:w="{W[1:-1]}">{xml}</w:r>'))  # a DATE field, updated on opening
    body.insert_paragraph_before().add_run().add_picture(io.BytesIO(PNG))  # a chart pasted as a picture
    document.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(PNG))  # a logo
    document.save(str(inbox))
    result = api.check(EXAMPLE, [inbox], area="Cheshire")
    assert [(f.paragraph, f.where, f.kind, f.message) for f in result.by_hand] == [
        (5, "picture 1", "picture_to_check", "a picture, or an object pasted from another program (an Excel table, "
         "say): drafter cannot read figures in it")]
    assert [(f.paragraph, f.kind, f.found) for f in result.findings] == [
        (3, "wrong_date", "1"), (3, "wrong_date", "December"), (3, "wrong_date", "2026"), (6, "struck_text", "445"),
        (7, "wrong_figure", "3,594"), (7, "hidden_text", "3,549")]
    assert result.findings[-1].message == ("hidden text (Word's Hidden font) is still in the document: it does not "
                                           "print, but shows when formatting marks are on (delete it): '3,549'")
    assert result.findings[3].message == ("text struck through by hand is still in the document: it prints, with a "
                                          "line through it (delete it): '445'")


def test_a_financial_year_typed_over_its_period_is_no_finding(tmp_path: Path) -> None:
    api.draft(LEAGUE, tmp_path, areas=["Cardiff"], formats=["txt"])
    release = tmp_path / "cardiff.txt"
    text = release.read_text(encoding="utf-8")
    release.write_text(text.replace("Between April 2023 and March 2024,", "In 2023–24,").replace(
        "Compared with April 2022 to March 2023,", "Compared with 2021–22,"), encoding="utf-8")
    result = api.check(LEAGUE, [release], area="Cardiff")
    assert [(f.kind, f.found) for f in result.findings] == [("wrong_date", "2021–22")]


def test_a_number_word_changed_where_drafter_wrote_one_is_a_finding(tmp_path: Path) -> None:
    """"at least four days' food" typed over the notes' "three days'": not a count of what the campaign measures,
    but a word drafter wrote, changed."""
    campaign = EXAMPLE.parent.parent / "count-change" / "example"
    api.draft(campaign, tmp_path, areas=["Cardiff"], formats=["txt"])
    release = tmp_path / "cardiff.txt"
    release.write_text(release.read_text(encoding="utf-8").replace("at least three days", "at least four days"),
                       encoding="utf-8")
    result = api.check(campaign, [release], area="Cardiff")
    assert [(f.kind, f.message) for f in result.findings] == [("changed", "'four' where drafter wrote 'three'")]


def test_the_closing_line_dressed_as_newsrooms_write_it_is_still_there(example_draft: Path, tmp_path: Path) -> None:
    release = tmp_path / "cheshire.md"
    release.write_text((example_draft / "cheshire.md").read_text(encoding="utf-8").replace("\nENDS\n", "\n-ENDS-\n"),
                       encoding="utf-8")
    assert api.check(EXAMPLE, [release], area="Cheshire").findings == ()
    release.write_text(release.read_text(encoding="utf-8").replace("\n-ENDS-\n", "\n"), encoding="utf-8")
    assert [f.message for f in api.check(EXAMPLE, [release], area="Cheshire").findings] == [
        "the 'ENDS' line is missing"]


def test_welsh_fifty_and_a_hundred_and_fifty_as_people_say_them() -> None:
    """"hanner cant" (50) and "cant a hanner" (150), not "cant" (100) with words beside it."""
    found = {}
    for text in ("cysylltodd hanner cant o bobl", "cysylltodd cant a hanner o bobl", "cysylltodd dau gant o bobl"):
        found.update({i.text: i.value for i in items(text, tokens(text), vocabulary(PRESETS["cy_GB"]),
                                                      frozenset({"bobl"}))})
    assert found == {"hanner cant": 50, "cant a hanner": 150, "dau gant": 200}


def test_welsh_numbers_mutated_and_in_their_traditional_names_are_read() -> None:
    """"am dri diwrnod" (tri after "am"), "am bum diwrnod", and "deugain" (40), "deuddeg" (12) as people say them."""
    found = {}
    for text in ("am dri diwrnod", "am bum diwrnod", "cysylltodd deugain o bobl", "a deuddeg o bobl"):
        found.update({i.text: i.value for i in items(text, tokens(text), vocabulary(PRESETS["cy_GB"]),
                                                      frozenset({"bobl"}))})
    assert found == {"dri": 3, "bum": 5, "deugain": 40, "deuddeg": 12}


def test_a_release_saved_in_another_word_processor_format_is_skipped_saying_what_to_do(tmp_path: Path) -> None:
    saved = tmp_path / "cheshire.odt"
    saved.write_bytes(b"PK\x03\x04")
    result = api.check(EXAMPLE, [saved, tmp_path / "notes.pdf"], area="Cheshire")
    assert result.skipped == ((str(saved), "is a .odt file: save it as a Word document (.docx) and check that"),
                              (str(tmp_path / "notes.pdf"), "does not exist"))


def test_a_quote_split_by_a_line_break_inside_its_paragraph_is_the_approved_quote(example_draft: Path,
                                                                                  tmp_path: Path) -> None:
    """Word's Shift+Enter inside a quote's paragraph, the second part opening with a quotation mark."""
    release = tmp_path / "cheshire.docx"
    for after, found in (("and, wherever", []), ("and, whenever", ["changed_quote"])):
        document = docx.Document(str(example_draft / "cheshire.docx"))
        paragraph = next(p for p in document.paragraphs if "children and, wherever possible" in p.text)
        before, rest = paragraph.text.split(" and, wherever", 1)
        for run in paragraph.runs[1:]:
            run._r.getparent().remove(run._r)
        paragraph.runs[0].text = before
        paragraph.runs[0].add_break()
        paragraph.add_run(f"“{after}{rest}")
        document.save(str(release))
        assert [f.kind for f in api.check(EXAMPLE, [release], area="Cheshire").findings] == found


def test_numbered_notes_in_markdown_saved_as_plain_text_are_not_figures(example_draft: Path, tmp_path: Path) -> None:
    """The notes to editors ("1.", "2.", "3." a line each, no blank line between), as Markdown kept in a .txt: each
    line a list's item, as in the .md, not one paragraph with "2" and "3" in it."""
    release = tmp_path / "cheshire.txt"
    release.write_text((example_draft / "cheshire.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = api.check(EXAMPLE, [release], area="Cheshire")
    assert (result.findings, result.by_hand) == ((), ())
    release.write_text(release.read_text(encoding="utf-8").replace("between July and December 2017 and",
                                                                   "between July and December 2016 and"),
                       encoding="utf-8")  # the notes are still read
    assert [(f.paragraph, f.kind, f.found) for f in api.check(EXAMPLE, [release], area="Cheshire").findings] == [
        (15, "wrong_date", "2016")]
