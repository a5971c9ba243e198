"""How `drafter check` does on releases edited in a word processor, stored as Word and LibreOffice store edits:
a wrong figure must be a finding naming its paragraph and what drafter drafted there, and a harmless edit no
finding at all.

    python bench/check_word_edits.py              # every case (the LibreOffice ones when soffice is installed)
    python bench/check_word_edits.py tracked cy-  # the cases whose names hold "tracked" or "cy-"
    python bench/check_word_edits.py --json

Every shipped example is drafted in English and Welsh (helpline-rise and count-change a second time with `table:
true` and `chart: true`), and each case edits one release at the XML level, as Word stores an edit: a figure split
across runs, with a bookmark, a proofing mark or a smart tag between its digits; tracked changes left in (the right
figure deleted and a wrong one inserted, and the other way round, by one or two authors, a paragraph inserted,
deleted or moved); comments; DATE and SEQ fields; hidden text; a superscript note marker; no-break, thin and
zero-width spaces inside numbers, and plain spaces ("3 594") or thousands ("4.5k"); en dash ranges and financial
years ("2023–24"); "%", "percent" and "y cant" for the house style's "per cent" or "%"; a figure in a header, a
footer, a text box, a table cell, a one-cell layout table, a caption or a picture; a caption's label typed by hand
("Figure 1:", Welsh "Ffigur 1:"); a tracked move with a figure changed inside it; an old figure struck through by
hand, which prints; the area's share of the region's in words (Welsh "hanner o’r bobl"); "4.4 points" for "4.4
percentage points" (the house style's words); a rate's base said of another thing ("per 1,000 households"); a
change word or a multiple typed in one measure's sentence, or in the region's line of one measure, which names
that measure's change ("has fallen by 11 per cent" of crew, "risen 1.2-fold" for crew's 1.11 times); a figure of
the same release typed in another's place, named as whose it is (the other period's, another measure's); a
paragraph moved into the notes to editors or duplicated, or joined
to the one before with its place's name left out; another measure's name, a Welsh number word in the notes, a rank
one out, a comparison true only of the year before; a quote split by a line break inside its paragraph (and a
word changed in it); a quote's, a headline's, a dateline's and an embargo's figure or
date changed; and the harmless edits of every day (rewording, sentences reordered with each figure beside its
subject, a typo, paragraphs swapped, every run split in two-letter pieces). Many cases go through LibreOffice
(soffice --headless --convert-to docx) before the edit ("pre"), after it ("post") or both, which rewrites the XML,
splits runs and renames styles.

What each case wants is what a press officer signing off needs: a finding that names what drafter drafted there
(harmful), findings of one kind only (a tracked change, hidden text or a comment still in the file, which must be
dealt with before sending), or nothing. The exit status is 1 when any case is not as it wants.

Known and left: a figure typed as the result of a SEQ field (Word's caption numbering) is not read, as page and
caption numbers are not ("seq-field-as-figure"; nobody types a statistic into a caption number). Not cases here,
also left: a paragraph duplicated word for word is no finding (its figures are true); "23 %" with a space is read
as "23%", no finding; a note marker typed as "[1]" is read as a figure; a pull-out figure alone in a text box
("193%") is also "a sentence that starts with a figure"; and where a sentence is rewritten around a wrong figure,
a number word beside it ("six months") may be named as well.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter import api  # noqa: E402  (after the path is set)
from drafter.reports.check import check_files  # noqa: E402

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
                    "9c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082")
KNOWN = {"seq-field-as-figure"}  # known and left (see above)
Edit = Callable[[Any], None]  # an edit of a python-docx Document


# --- Word's XML ---------------------------------------------------------------------------------------------------
def xml(text: str) -> Any:
    return parse_xml(f"<w:body {NS}>{text}</w:body>")[0]


def run(text: str, props: str = "") -> Any:
    return xml(f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def ins(text: str, author: str = "Jo Bloggs", i: int = 91) -> Any:
    return xml(f'<w:ins w:id="{i}" w:author="{author}"><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>')


def dele(text: str, author: str = "Jo Bloggs", i: int = 90) -> Any:
    return xml(f'<w:del w:id="{i}" w:author="{author}"><w:r><w:delText xml:space="preserve">{text}</w:delText>'
               "</w:r></w:del>")


def field(instruction: str, shown: str) -> list[Any]:
    return [xml('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'),
            xml(f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'),
            xml('<w:r><w:fldChar w:fldCharType="separate"/></w:r>'), run(shown),
            xml('<w:r><w:fldChar w:fldCharType="end"/></w:r>')]


def simple_field(instruction: str, shown: str) -> Any:
    return xml(f"<w:fldSimple w:instr={quoteattr(f' {instruction} ')}><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>")


BOOKMARK = ('<w:bookmarkStart w:id="7" w:name="_GoBack"/>', '<w:bookmarkEnd w:id="7"/>')
PROOF = '<w:proofErr w:type="spellStart"/>'
SUPERSCRIPT, HIDDEN = '<w:vertAlign w:val="superscript"/>', "<w:vanish/>"


def smart_tag(text: str) -> Any:
    return xml('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="metricconverter">'
               f"<w:r><w:t>{text}</w:t></w:r></w:smartTag>")


def text_box(text: str) -> Any:
    """A run holding a floating text box (wps), as Word 2010 and later store one."""
    return parse_xml(
        f'<w:r {NS} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:drawing><wp:inline>'
        '<wp:extent cx="2000000" cy="600000"/><wp:docPr id="50" name="Text Box 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr/><wps:txbx>'
        f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")


def paragraphs(document: Any) -> list[Any]:
    found = list(document.element.body.iter(qn("w:p")))
    for section in document.sections:
        found += [*section.header._element.iter(qn("w:p")), *section.footer._element.iter(qn("w:p"))]
    return found


def text_of(p: Any) -> str:
    """A paragraph's text with drafter's no-break spaces (a figure kept on one line with its unit, "193 per cent")
    read as plain ones, as the edits below are typed, and as a paragraph rebuilt from it then has them."""
    return "".join(t.text or "" for t in p.iter(qn("w:t"))).replace("\u00a0", " ")


def find(document: Any, containing: str, *, whole: bool = False) -> Any:
    return next(p for p in paragraphs(document) if (text_of(p) == containing if whole else containing in text_of(p)))


def rebuild(p: Any, pieces: list[Any]) -> None:
    """The paragraph's runs replaced by ``pieces``: text (a run of its own) or Word's XML elements."""
    for child in [c for c in p if c.tag != qn("w:pPr")]:
        p.remove(child)
    for piece in pieces:
        if isinstance(piece, str) and piece.startswith("<w:"):
            p.append(xml(piece))
        elif isinstance(piece, str):
            if piece:
                p.append(run(piece))
        else:
            p.append(piece)


def swap(containing: str, old: str, pieces: list[Any], *, whole: bool = False) -> Edit:
    """``old`` in the first paragraph holding ``containing`` replaced by ``pieces``."""
    def apply(document: Any) -> None:
        p = find(document, containing, whole=whole)
        before, after = text_of(p).split(old, 1)
        rebuild(p, [before, *pieces, after])
    return apply


def each(*edits: Edit) -> Edit:
    def apply(document: Any) -> None:
        for edit in edits:
            edit(document)
    return apply


# --- the releases and the cases -----------------------------------------------------------------------------------
TEMPLATES = {"helpline-rise": "Cheshire", "count-change": "Cardiff", "league-table": "Powys", "per-head": "Cardiff",
             "rate-change": "Ceredigion", "several-measures": "Cardiff"}
EXHIBITS = ("helpline-rise", "count-change")  # drafted again with a table and a chart ("-tc"); English only for
# helpline-rise, whose example campaign gives no Welsh unit for a chart's axis


@dataclass(frozen=True)
class Case:
    name: str
    release: str  # "helpline-rise/cheshire.en.docx"
    want: str  # "finding: <what drafter drafted there>", "only: <kind>", or "nothing"
    edit: Edit
    libreoffice: str = ""  # "pre", "post" or "both": a round trip before the edit, after it, or both


def draft_all(work: Path) -> dict[str, Path]:
    """Every shipped example drafted into work/<template>/out in English and Welsh: template → campaign folder."""
    campaigns = {}
    for template in (*TEMPLATES, *(f"{t}-tc" for t in EXHIBITS)):
        shipped = template.removesuffix("-tc")
        campaign = work / template
        shutil.copytree(ROOT / "templates" / shipped / "example", campaign)
        yaml = (campaign / "campaign.yaml").read_text(encoding="utf-8")
        yaml = yaml.replace("# languages: [en_GB, cy_GB]", "languages: [en_GB, cy_GB]")
        if template == "helpline-rise":  # its example has Welsh words but no languages line
            yaml = "languages: [en_GB, cy_GB]\n" + yaml
        if template.endswith("-tc"):
            yaml += "\ntable: true\nchart: true\n"
        (campaign / "campaign.yaml").write_text(yaml, encoding="utf-8")
        api.draft(campaign, campaign / "out", formats=["docx"])
        campaigns[template] = campaign
    return campaigns


def cases() -> list[Case]:
    found: list[Case] = []

    def case(name: str, release: str, want: str, edit: Edit, *modes: str) -> None:
        for mode in modes or ("",):
            found.append(Case(name + (f"-{mode}" if mode else ""), release, want, edit, mode))

    en, cy = "helpline-rise/cheshire.en.docx", "helpline-rise/cheshire.cy.docx"
    table, cy_table = "helpline-rise-tc/cheshire.docx", "count-change-tc/cardiff.cy.docx"
    body, nw, quote = "Between July and December 2017, 150", "north west as a whole", "We are very pleased"
    cy_body = "Rhwng Gorffennaf a Rhagfyr 2017"
    # A figure as Word stores it, before and after LibreOffice
    lo = ("", "pre", "post")
    case("runs-wrong", en, "finding: 440", swap(body, "to 440.", ["to 4", "4", "5."]), *lo)
    case("runs-right", en, "nothing", swap(body, "to 440.", ["to 4", "40."]), *lo)
    case("bookmark-wrong", en, "finding: 3,549", swap(nw, "3,549", ["3,", BOOKMARK[0], "5", BOOKMARK[1], "94"]), *lo)
    case("proofing-right", en, "nothing", swap(nw, "3,549", ["3,", PROOF, "549"]), *lo)
    case("smart-tag-wrong", en, "finding: 150", swap(body, "150 people", [smart_tag("160"), " people"]), *lo)
    case("cy-runs-wrong", cy, "finding: 440", swap(cy_body, "i 440.", ["i 4", "4", "5."]), *lo)
    case("cy-bookmark-right", cy, "nothing", swap("Yng ngogledd-orllewin", "3,549", ["3,", BOOKMARK[0], "549"]), *lo)
    case("every-run-split", en, "nothing", split_every_run, "", "post")
    # Tracked changes: the release as it would print with every change accepted, and the changes reported
    case("tracked-wrong", en, "finding: 440", swap(body, "440.", [dele("440"), ins("445"), "."]), *lo)
    case("tracked-right", en, "only: tracked_change", swap(body, "440.", [dele("445"), ins("440"), "."]), *lo)
    case("tracked-two-authors", en, "finding: 440",
         swap(body, "440.", [dele("440", "Jo", 90), ins("445", "Sam", 91), dele("4", "Jo", 92), "."]))
    case("tracked-digit", en, "finding: 1,747", swap(nw, "1,747", ["1,7", ins("5"), dele("4"), "7"]))
    case("tracked-headline", en, "finding: almost trebles",
         swap("online almost trebles", "almost trebles", [dele("almost trebles"), ins("doubles")]))
    case("tracked-new-paragraph", en, "finding: 440", tracked_paragraph, "", "post")
    case("tracked-deleted-paragraph", en, "only: tracked_change", tracked_deletion, "", "post")
    case("tracked-table-cell", table, "finding: 440", lambda d: rebuild(
        d.tables[0].rows[1].cells[2].paragraphs[0]._p, [dele("440"), ins("445")]))
    case("cy-tracked-wrong", cy, "finding: 150", swap(cy_body, "150 o bobl", [dele("150"), ins("160"), " o bobl"]), *lo)
    # Fields, hidden text, note markers, spaces that print as nothing
    dateline = "4 September 2018"
    case("date-field-right", en, "nothing", swap(dateline, dateline, field('DATE \\@ "d MMMM yyyy"', dateline),
                                                 whole=True))
    case("date-field-today", en, "finding: 4 September 2018", swap(dateline, dateline, field(
        'DATE \\@ "d MMMM yyyy"', "1 December 2026"), whole=True))
    case("date-field-wrong-day", en, "finding: 4 September 2018", swap(dateline, dateline, [simple_field(
        'CREATEDATE \\@ "d MMMM yyyy"', "3 September 2018")], whole=True))
    case("seq-field-in-note", en, "nothing", swap("The figures count people", "The figures count", [
        simple_field("SEQ Note \\* ARABIC", "1"), ". The figures count"]))
    case("seq-field-as-figure", en, "finding: 440", swap(body, "to 440.", ["to ", simple_field("SEQ Figure", "445"),
                                                                           "."]))
    case("note-marker", en, "nothing", swap(body, "to 440.", ["to 440", run("1", SUPERSCRIPT), "."]), *lo)
    case("hidden-old-figure", en, "only: hidden_text", swap(body, "to 440.", ["to ", run("445", HIDDEN), "440."]),
         "", "post")
    case("hidden-right-figure", en, "finding: 440", swap(body, "to 440.", ["to ", run("440", HIDDEN), "445."]))
    case("zero-width-space", en, "nothing", swap(nw, "3,549", ["3,\u200b549"]), "", "post")
    case("zero-width-space-wrong", en, "finding: 3,549", swap(nw, "3,549", ["3,\u200b594"]))
    case("soft-hyphen", en, "nothing", swap("The rise follows", "awareness", ["aware\u00adness"]))
    for space, name in (("\u00a0", "no-break"), ("\u2009", "thin"), ("\u202f", "narrow")):
        case(f"{name}-space-right", en, "finding: 3,549", swap(nw, "3,549", [f"3{space}549"]))  # house style
        case(f"{name}-space-wrong", en, "finding: 3,549", swap(nw, "3,549", [f"3{space}594"]))
    case("no-break-before-per-cent", en, "nothing", swap(body, "193 per cent", ["193\u00a0per\u00a0cent"]))
    case("cy-note-marker", cy, "nothing", swap(cy_body, "i 440.", ["i 440", run("1", SUPERSCRIPT), "."]), *lo)
    # Dashes, per cent, years
    case("en-dash-periods", en, "nothing", swap(body, "Between July and December 2017, 150", [
        "In July–December 2017, 150"]))
    case("en-dash-figures-wrong", en, "finding: 3,549", swap(nw, "from 1,747 to 3,549", ["from 1,747–3,594"]))
    case("en-dash-figures-right", en, "nothing", swap(nw, "from 1,747 to 3,549", ["from 1,747–3,549"]))
    case("percent-sign", en, "finding: 193 per cent", swap(body, "193 per cent", ["193%"]))
    case("percent-one-word", en, "finding: 193 per cent", swap(body, "193 per cent", ["193 percent"]))
    case("percent-sign-wrong", en, "finding: 193 per cent", swap(body, "193 per cent", ["139%"]))
    case("cy-y-cant", cy, "finding: 193%", swap(cy_body, "193%", ["193 y cant"]))
    case("cy-space-before-percent", cy_table, "nothing", swap("Mae’r parseli bwyd brys", "23%", ["23 %"]))
    league = "league-table/powys.en.docx"
    period = "Between April 2023 and March 2024,"
    for mark in ("/", "-", "–"):
        case(f"financial-year{mark}", league, "nothing", swap("Powys recorded", period, [f"In 2023{mark}24,"]))
        case(f"financial-year-wrong{mark}", league, "finding: 2024",
             swap("Powys recorded", period, [f"In 2022{mark}23,"]))
    # Places: notes, header, footer, text box, tables, captions, pictures
    case("moved-to-notes", en, "nothing", lambda d: find(d, "The figures count people").addnext(find(d, nw)))
    case("new-note-wrong", en, "finding: 440", lambda d: find(d, "The figures count people").addnext(
        xml("<w:p><w:r><w:t>In Cheshire, 445 people contacted the helpline between January and June 2018."
            "</w:t></w:r></w:p>")))
    case("header-wrong", en, "finding: 440", swap("PRESS RELEASE", "PRESS RELEASE", [
        "PRESS RELEASE: 445 people in Cheshire sought help between January and June 2018"]), *lo)
    case("footer-wrong", en, "finding: 440", footer("Cheshire: 445 people between January and June 2018"))
    case("text-box-wrong", en, "finding: 440", lambda d: find(d, nw).append(text_box(
        "Between January and June 2018, 454 people from Cheshire contacted the helpline.")), *lo)
    case("text-box-right", en, "nothing", lambda d: find(d, nw).append(text_box(
        "Between January and June 2018, 440 people from Cheshire contacted the helpline.")))
    case("layout-table", en, "nothing", in_layout_table(body))
    case("table-other-row", table, "finding: 440", cell(1, 2, "171"), *lo)
    case("table-columns-swapped", table, "finding: 440", each(cell(1, 1, "440"), cell(1, 2, "150")))
    case("table-rows-moved", table, "nothing", lambda d: d.tables[0]._tbl.findall(qn("w:tr"))[2].addprevious(
        d.tables[0]._tbl.findall(qn("w:tr"))[3]))
    case("table-heading-year", table, "finding: 2018", cell(0, 2, "January to June 2019"))
    case("table-heading-half-right", table, "nothing", cell(0, 1, "Second half of 2017"))
    case("table-heading-half-wrong", table, "finding: July to December 2017", cell(0, 1, "First half of 2017"))
    case("table-excel-decimals", table, "finding: 440", cell(1, 2, "440.00"))
    case("table-hidden", table, "only: hidden_text", lambda d: rebuild(
        d.tables[0].rows[6].cells[2].paragraphs[0]._p, [run("3,594", HIDDEN), "3,549"]))
    case("cy-table-wrong", cy_table, "finding: 5,066", cell(1, 2, "5,606"), *lo)
    case("cy-table-en-dash-minus", cy_table, "nothing", cell(2, 3, "–15%"))
    case("cy-table-minus-lost", cy_table, "finding: 15%", cell(2, 3, "15%"))
    case("caption-wrong", table, "finding: ", swap("by area", "by area", ["by area: 445 in Cheshire"]))
    case("picture-in-body", en, "nothing", picture, "", "post")  # listed to check by hand
    case("picture-in-header", en, "nothing", lambda d: d.sections[0].header.paragraphs[0].add_run().add_picture(
        io.BytesIO(PNG)))
    case("comment", en, "only: comment", comment, *lo)
    # Paragraphs moved, duplicated; quotes, headlines, datelines, embargo lines
    case("duplicated", en, "nothing", lambda d: find(d, nw).addnext(copy.deepcopy(find(d, nw))))
    case("duplicated-edited", en, "finding: 3,549", each(lambda d: find(d, nw).addnext(copy.deepcopy(find(d, nw))),
                                                         swap(nw, "3,549", ["3,459"])))
    case("moved-to-end", en, "nothing", lambda d: find(d, "ENDS", whole=True).addprevious(find(d, body)))
    case("joined", en, "nothing", join(body, nw))
    case("quote-figure", en, "finding: almost treble", swap(quote, "almost treble", ["almost double"]), *lo)
    case("cy-quote-figure", cy, "finding: bron â threblu", swap("Rydym yn falch", "bron â threblu", ["bron â dyblu"]),
         *lo)
    case("headline-figure", "several-measures/cardiff.en.docx", "finding: 23 per cent",
         swap("Lifeboat launches in Cardiff rise", "23 per cent", ["32 per cent"]))
    case("cy-headline-figure", "several-measures/cardiff.cy.docx", "finding: 23%", swap("23%", "23%", ["32%"]))
    case("dateline-day", en, "finding: 4 September 2018", swap(dateline, dateline, ["5 September 2018"], whole=True))
    case("dateline-retyped", en, "finding: 4 September 2018", swap(dateline, dateline, ["1 December 2026"],
                                                                  whole=True))
    case("cy-dateline-retyped", cy, "finding: 4 Medi 2018", swap("4 Medi 2018", "4 Medi 2018", ["1 Rhagfyr 2026"],
                                                                  whole=True))
    case("embargo-date", en, "finding: 4 SEPTEMBER", swap("EMBARGOED UNTIL", "4 SEPTEMBER", ["5 SEPTEMBER"]))
    case("embargo-weekday", en, "finding: TUESDAY", swap("EMBARGOED UNTIL", "TUESDAY", ["WEDNESDAY"]))
    case("notes-number-word", "count-change/cardiff.en.docx", "finding: three",
         swap("The figures count emergency", "at least three days", ["at least four days"]))
    # A wrong number in the right document, in the wrong place
    case("other-period", en, "finding: July", swap(body, "Between July and December 2017, 150", [
        "Between January and June 2018, 150"]))
    case("figures-swapped", en, "finding: 150", each(swap(body, "150 people", ["440 people"]),
                                                     swap("December 2017, 440", "to 440.", ["to 150."])))
    case("area-percent-in-region", en, "finding: 103 per cent", swap(nw, "103 per cent", ["193 per cent"]))
    case("area-figure-in-region", en, "finding: 3,549", swap(nw, "to 3,549", ["to 440"]))
    case("neighbour-figure", en, "finding: 440", swap(body, "to 440.", ["to 171."]))
    case("other-measure", "several-measures/cardiff.en.docx", "finding: 96",
         swap("Lifeboat launches in Cardiff have", "from 96 launches", ["from 28 launches"]))
    case("area-in-region-list", "several-measures/cardiff.en.docx", "finding: 312",
         swap("Lifeboat launches: from 312", "from 312 to 325", ["from 96 to 118"]))
    case("rate-for-count", "per-head/cardiff.en.docx", "finding: 194",
         swap("In October 2024, Cardiff had", "had 194 public", ["had 52.2 public"]))
    case("points-as-per-cent", "rate-change/ceredigion.en.docx", "finding: 4.4 percentage points",
         swap("Across Wales as a whole", "4.4 percentage points", ["4.4 per cent"]))
    case("replace-all-area", en, "finding: Cheshire", replace_everywhere("Cheshire", "Cumbria"))
    # A hurried colleague: another measure's name, a Welsh number word in the notes, a rank one out, a percentage
    # typed as points, a comparison that was true only of the year before
    several, cy_several = "several-measures/cardiff.en.docx", "several-measures/cardiff.cy.docx"
    case("measure-renamed", several, "finding: Lifeboat launches", swap(
        "Lifeboat launches in Cardiff have", "Lifeboat launches", ["People rescued"]), *lo)
    case("cy-measure-renamed", cy_several, "finding: lansiadau’r badau achub", swap(
        "Mae lansiadau’r badau achub yng", "lansiadau’r badau achub", ["nifer y bobl a achubwyd"]))
    case("cy-unit-of-another-measure", cy_several, "finding: lansiadau", swap(
        "Mae lansiadau’r badau achub yng", "118 o lansiadau", ["118 o wirfoddolwyr"]))
    case("measure-reworded", several, "nothing", swap(
        "The number of volunteer crew members in Cardiff", "volunteer crew members", ["volunteers"]))
    case("cy-notes-number-word", "count-change/cardiff.cy.docx", "finding: dri",
         swap("Mae parsel yn dal", "am dri diwrnod", ["am bum diwrnod"]))
    case("cy-number-traditional", cy_several, "finding: 40", swap("sef 40 o bobl", "40", ["deugain"]))  # style
    case("rank-one-out", "per-head/cardiff.en.docx", "finding: third",
         swap("In October 2024, Cardiff had", "third highest", ["second highest"]))
    case("cy-rank-one-out", "per-head/cardiff.cy.docx", "finding: drydydd",
         swap("Mae Caerdydd yn drydydd", "yn drydydd", ["yn ail"]))
    case("per-cent-as-points", "count-change/cardiff.en.docx", "finding: 23 per cent",
         swap("Emergency food parcels given out in Cardiff have", "23 per cent", ["23 percentage points"]))
    parcels, wales = "Emergency food parcels given out in Cardiff have", "Across Wales as a whole"
    case("joined-region-dropped", "count-change/cardiff.en.docx", "finding: Across Wales", each(
        join(parcels, wales), swap(parcels, "2024. Across Wales as a whole, the", ["2024, while the"])))
    case("joined-region-kept", "count-change/cardiff.en.docx", "nothing", join(parcels, wales))
    case("measure-lines-reordered", several, "nothing", lambda d: find(d, "Lifeboat launches: from 312").addprevious(
        find(d, "People rescued: from 131")))
    # A change word or a multiple typed in one measure's sentence, or in the region's list line of one measure: held
    # against that measure's change (the finding names it), not the first measure's (launches rose 1.23 times, crew
    # 1.11 times; Wales' crew 1.1 times)
    crew, cy_crew = "The number of volunteer crew members in Cardiff", "Mae nifer yr aelodau criw gwirfoddol"
    case("direction-of-another-measure", several, "finding: Cardiff's change in volunteer crew members", swap(
        crew, "has risen by", ["has ", dele("risen"), ins("fallen"), " by"]), *lo)
    case("cy-direction-of-another-measure", cy_several, "finding: Cardiff's change in volunteer crew members", swap(
        cy_crew, "wedi cynyddu 11%", ["wedi gostwng 11%"]))
    case("direction-in-region-list", several, "finding: Wales' change in volunteer crew members", swap(
        "Volunteer crew members: from 102", "a rise of", ["a fall of"]), *lo)
    case("cy-direction-in-region-list", cy_several, "finding: Wales' change in volunteer crew members", swap(
        "Aelodau criw gwirfoddol: o 102", "cynnydd o", ["gostyngiad o"]))
    case("band-in-region-list", several, "finding: Wales' change in volunteer crew members", swap(
        "Volunteer crew members: from 102", "a rise of 9.8 per cent", ["almost doubling"]))
    case("multiple-of-another-measure", several, "finding: the figures give 1.11 times", swap(
        crew, "has risen by 11 per cent", ["has risen 1.2-fold"]), *lo)
    case("multiple-of-another-measure-2", several, "finding: the figures give 1.23 times", swap(
        "Lifeboat launches in Cardiff have", "have risen by 23 per cent", ["have risen 1.1-fold"]))
    case("multiple-of-its-measure", several, "nothing", swap(crew, "has risen by 11 per cent", ["has risen 1.1-fold"]),
         *lo)
    # A figure of the same release moved into another's place: the finding says whose figure it is (the other
    # measure's, the other period's), as it does for another area's
    case("figure-of-another-measure", several, "finding: '96' is Cardiff's figure for lifeboat launches in 2023",
         swap(crew, "from 28 volunteers", ["from ", dele("28"), ins("96"), " volunteers"]), *lo)
    case("cy-figure-of-another-measure", cy_several, "finding: '96' is Cardiff's figure for lifeboat launches in "
         "2023", swap(cy_crew, "o 28 o wirfoddolwyr", ["o 96 o wirfoddolwyr"]))
    case("figure-of-the-other-period", en, "finding: '150' is Cheshire's figure for people contacting Stop It Now! "
         "for help in July to December 2017", swap(body, "to 440.", ["to 150."]), *lo)
    case("cy-figure-of-the-other-period", "count-change/cardiff.cy.docx", "finding: '4,120' is Cardiff's figure for "
         "emergency food parcels given out in April to September 2023", swap("Mae’r parseli bwyd brys", "i 5,066",
                                                                            ["i 4,120"]))
    case("cy-multiple-of-another-measure", cy_several, "finding: the figures give 1.11 times", swap(
        cy_crew, "wedi cynyddu 11%", ["wedi cynyddu 1.2 gwaith"]))
    case("cy-multiple-of-its-measure", cy_several, "nothing", swap(cy_crew, "wedi cynyddu 11%", [
        "wedi cynyddu 1.1 gwaith"]))
    said = "Powys recorded more fly-tipping incidents than Ynys Môn."  # 12 against 0, then 31 against 95
    case("comparison-of-the-year-before", league, "finding: 31", lambda d: find(d, "The charity says").addprevious(
        xml(f"<w:p><w:r><w:t>{said}</w:t></w:r></w:p>")))
    case("comparison-naming-its-year", league, "nothing", lambda d: find(d, "The charity says").addprevious(
        xml(f"<w:p><w:r><w:t>Between April 2022 and March 2023, {said}</w:t></w:r></w:p>")))
    # New to the check: a tracked move with a figure changed inside it, an old figure struck through by hand (not a
    # tracked change: it prints), thousands typed with a plain space or in thousands, a caption's label typed by hand,
    # the area's share of the region's in words, "points" for "percentage points"
    case("tracked-move-changed", en, "finding: 3,549", lambda d: rebuild(find(d, nw), [xml(
        '<w:moveTo w:id="95" w:author="Jo"><w:r><w:t xml:space="preserve">'
        f'{text_of(find(d, nw)).replace("3,549", "3,594")}</w:t></w:r></w:moveTo>')]))
    case("struck-through-by-hand", en, "only: struck_text", swap(body, "to 440.", [
        "to ", run("445", "<w:strike/>"), " 440."]), *lo)
    case("struck-through-right-figure", en, "finding: 440", swap(body, "to 440.", [
        "to ", run("440", "<w:strike/>"), " 445."]))
    case("thousands-plain-space-right", table, "finding: 3,549", cell(6, 2, "3 549"))  # the house style writes "3,549"
    case("thousands-plain-space-wrong", table, "finding: 3,549", cell(6, 2, "3 594"), *lo)
    case("in-thousands-right", en, "nothing", swap(nw, "from 1,747 to 3,549", ["from 1.7k to 3.5k"]))
    case("in-thousands-wrong", en, "finding: 3,549", swap(nw, "from 1,747 to 3,549", ["from 1.7k to 4.5k"]))
    for language, label in (("en", "Figure 1: people contacting the helpline, by police force area"),
                            ("cy", "Ffigur 1: pobl a gysylltodd â’r llinell gymorth, yn ôl ardal heddlu")):
        case(f"{language}-caption-label-typed", en if language == "en" else cy, "nothing",
             lambda d, label=label: find(d, "ENDS" if "Figure" in label else "DIWEDD", whole=True).addprevious(xml(
                 f'<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>{label}</w:t></w:r></w:p>')))
    case("cy-share-in-words", cy, "finding: 12%", lambda d: find(d, "DIWEDD", whole=True).addprevious(xml(
        "<w:p><w:r><w:t>Rhwng Ionawr a Mehefin 2018, roedd Swydd Gaer yn cyfrif am hanner o’r bobl a gysylltodd "
        "â’r llinell gymorth yng ngogledd-orllewin Lloegr.</w:t></w:r></w:p>")))
    case("points-shorthand", "rate-change/ceredigion.en.docx", "only: style",
         swap("Across Wales as a whole", "4.4 percentage points", ["4.4 points"]), *lo)
    case("cy-points-shorthand", "rate-change/ceredigion.cy.docx", "only: style",
         swap("Ar draws Cymru", "4.4 pwynt canran", ["4.4 pwynt"]))
    league_cy = "league-table/powys.cy.docx"
    case("rate-base-renamed", league, "finding: per 1,000 people", swap(
        "Powys recorded", "per 1,000 people", ["per 1,000 households"]), *lo)
    case("rate-base-reworded", league, "nothing", swap("Powys recorded", "per 1,000 people", ["per 1,000 residents"]))
    case("cy-rate-base-renamed", league_cy, "finding: fesul 1,000 o bobl", swap(
        "Rhwng Ebrill 2023", "fesul 1,000 o bobl", ["fesul 1,000 o aelwydydd"]))
    # A number and a part of a thousand ("three and a half thousand", Welsh "tair mil a hanner"), split across runs
    # and typed as a tracked change; a percentage said of another measure of several, in a clause of its own
    case("part-in-runs-right", en, "nothing", swap(nw, "from 1,747 to 3,549", [
        "from under two thou", "sand to three and a ", "half thousand"]), *lo)
    case("part-tracked-wrong", en, "finding: 3,549", swap(nw, "3,549", [dele("3,549"), ins("two and a half thousand")]))
    case("cy-part-right", cy, "nothing", swap("Yng ngogledd-orllewin", "o 1,747 i 3,549", [
        "o lai na dwy fil i dair mil a ", "hanner"]), *lo)
    case("cy-part-wrong", cy, "finding: 3,549", swap("Yng ngogledd-orllewin", "3,549", [
        dele("3,549"), ins("ddwy fil a hanner")]))
    case("percent-of-another-measure", several, "finding: 0.0 per cent", lambda d: find(
        d, "ENDS", whole=True).addprevious(xml("<w:p><w:r><w:t>People rescued in Cardiff rose by 11 per cent, "
                                               "compared with 23 per cent for lifeboat launches.</w:t></w:r></w:p>")))
    case("cy-percent-of-another-measure", cy_several, "finding: 0.0%", lambda d: find(
        d, "DIWEDD", whole=True).addprevious(xml("<w:p><w:r><w:t>Mae nifer y bobl a achubwyd yng Nghaerdydd wedi "
                                                 "cynyddu 11%, o’i gymharu â 23% ar gyfer lansiadau’r badau achub."
                                                 "</w:t></w:r></w:p>")))
    case("percents-of-two-measures", several, "nothing", lambda d: find(d, "ENDS", whole=True).addprevious(xml(
        "<w:p><w:r><w:t>Lifeboat launches rose by 23 per cent, while the number of volunteer crew members rose by 11 "
        "per cent.</w:t></w:r></w:p>")))
    # "to 440" retyped "from 440" (the later period's figure said as the earlier's), as a tracked change; "from X to
    # Y" reordered "to Y from X"
    case("to-as-from-tracked", en, "finding: 440", swap(body, "to 440.", [dele("to"), ins("from"), " 440."]), *lo)
    case("cy-to-as-from", cy, "finding: 440", swap(cy_body, "i 440.", ["o 440."]))
    case("to-before-from", en, "nothing", swap(nw, "from 1,747 to 3,549", ["to 3,549 from 1,747"]))
    # Harmless edits of every day
    case("reworded", en, "nothing", swap("The rise follows a major", "The rise follows a major public awareness "
                                         "campaign launched", ["The increase came after a big campaign started"]))
    case("typo", en, "nothing", swap("The rise follows a major", "awareness", ["awarness"]))
    case("straight-quotes", en, "nothing", lambda d: rebuild(find(d, quote), [
        text_of(find(d, quote)).replace("“", '"').replace("”", '"')]))
    case("ends-dashes", en, "nothing", swap("ENDS", "ENDS", ["-ENDS-"], whole=True))
    case("cy-ends-dashes", cy, "nothing", swap("DIWEDD", "DIWEDD", ["-DIWEDD-"], whole=True))
    case("embargo-lower-case", en, "nothing", swap("EMBARGOED UNTIL", "EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER "
                                                   "2018", ["Embargoed until 00:01 BST Tuesday 4 September 2018"]))
    case("dateline-weekday", en, "nothing", swap(dateline, dateline, ["Tuesday 4 September 2018"], whole=True))
    case("first-half", en, "nothing", swap(body, "Between January and June 2018, that figure", [
        "In the first half of 2018, that figure"]))
    case("more-than-doubling", en, "nothing", swap(nw, "– a rise of 103 per cent.", ["– more than doubling."]))
    case("region-reworded", en, "nothing", swap(nw, "the number went from 1,747 to 3,549 over the same periods", [
        "3,549 people sought help between January and June 2018, up from 1,747 in the previous six months"]))
    case("cy-cant-a-hanner", cy, "finding: 150", swap(cy_body, "150 o bobl", ["cant a hanner o bobl"]))  # style
    for language, at, where, changed in (("en", "children and, wherever possible", "wherever", "whenever"),
                                         ("cy", "plant ac, lle bynnag", "lle", "pryd")):  # Shift+Enter in one paragraph
        home, split = en if language == "en" else cy, at.split(" ", 1)
        case(f"{language}-quote-split-by-line-break", home, "nothing", swap(at, at, [
            split[0], "<w:r><w:br/></w:r>", f"“{split[1]}"]))
        case(f"{language}-quote-split-and-changed", home, f"finding: {where}", swap(at, at, [
            split[0], "<w:r><w:br/></w:r>", f"“{split[1].replace(where, changed)}"]))
    case("cy-over-100", cy, "nothing", swap("Yng ngogledd-orllewin", "cynnydd o 103%", ["cynnydd o dros 100%"]))
    for template, area in TEMPLATES.items():
        for language in ("en", "cy"):
            release = f"{template}/{area.lower()}.{language}.docx"
            case(f"{template}-{language}-saved", release, "nothing", lambda d: None, "pre", "post", "both")
            case(f"{template}-{language}-sentences-reordered", release, "nothing", reorder_sentences, "", "post")
            case(f"{template}-{language}-paragraphs-swapped", release, "nothing", swap_paragraphs)
            case(f"{template}-{language}-figure-mistyped", release, "finding: ", mistype_first_figure, "", "post")
    return found


# --- edits of a whole document --------------------------------------------------------------------------------------
def cell(row: int, column: int, text: str) -> Edit:
    return lambda d: rebuild(d.tables[0].rows[row].cells[column].paragraphs[0]._p, [text])


def footer(text: str) -> Edit:
    def apply(document: Any) -> None:
        part = document.sections[0].footer
        part.is_linked_to_previous = False
        part.paragraphs[0].text = text
    return apply


def picture(document: Any) -> None:
    paragraph = next(p for p in document.paragraphs if "north west as a whole" in p.text)
    paragraph.insert_paragraph_before().add_run().add_picture(io.BytesIO(PNG))


def comment(document: Any) -> None:
    paragraph = next(p for p in document.paragraphs if "north west as a whole" in p.text)
    document.add_comment(paragraph.runs, text="Is 3,549 right? Check with Sam", author="Jo Bloggs")


def tracked_paragraph(document: Any) -> None:
    find(document, "ENDS", whole=True).addprevious(xml(
        '<w:p><w:pPr><w:rPr><w:ins w:id="80" w:author="Jo"/></w:rPr></w:pPr><w:ins w:id="81" w:author="Jo"><w:r><w:t>'
        "Between January and June 2018, 454 people from Cheshire contacted the helpline.</w:t></w:r></w:ins></w:p>"))


def tracked_deletion(document: Any) -> None:
    p = find(document, "The rise follows a major")
    for r in list(p.iter(qn("w:r"))):
        wrapper = xml('<w:del w:id="82" w:author="Jo"/>')
        r.addprevious(wrapper)
        wrapper.append(r)
        for t in wrapper.iter(qn("w:t")):
            t.tag = qn("w:delText")


def in_layout_table(containing: str) -> Edit:
    """The paragraph moved into a one-cell table, as some letterheads box a release."""
    def apply(document: Any) -> None:
        p = find(document, containing)
        grid = document.add_table(rows=1, cols=1)._tbl
        p.addprevious(grid)
        empty = grid.find(qn("w:tr")).find(qn("w:tc")).find(qn("w:p"))
        empty.addprevious(p)
        empty.getparent().remove(empty)
    return apply


def join(first: str, second: str) -> Edit:
    def apply(document: Any) -> None:
        a, b = find(document, first), find(document, second)
        text = text_of(b)
        b.getparent().remove(b)
        rebuild(a, [text_of(a) + " " + text])
    return apply


def replace_everywhere(old: str, new: str) -> Edit:
    def apply(document: Any) -> None:
        for p in paragraphs(document):
            for t in p.iter(qn("w:t")):
                t.text = (t.text or "").replace(old, new)
    return apply


def split_every_run(document: Any) -> None:
    """Every run cut into runs of two characters, as Word's revision ids cut a document someone typed into."""
    for r in list(document.element.body.iter(qn("w:r"))):
        t = r.find(qn("w:t"))
        if t is None or not t.text or len(t.text) < 3:
            continue
        text, previous = t.text, r
        t.text = text[:2]
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        for k in range(2, len(text), 2):
            piece = copy.deepcopy(r)
            piece.find(qn("w:t")).text = text[k:k + 2]
            previous.addnext(piece)
            previous = piece


_SENTENCE = re.compile(r"(?<=[.!”])\s+(?=[A-ZÂ-Ŵ“])")


def reorder_sentences(document: Any) -> None:
    """In every paragraph of two sentences or more (not a quote), the first sentence moved to the end."""
    for p in list(document.element.body.iter(qn("w:p"))):
        sentences = _SENTENCE.split(text_of(p))
        if len(sentences) > 1 and "“" not in text_of(p):
            rebuild(p, [" ".join(sentences[1:] + sentences[:1])])


def swap_paragraphs(document: Any) -> None:
    """The story's second and third paragraphs the other way round."""
    story = [p for p in document.element.body if p.tag == qn("w:p") and len(text_of(p)) > 60]
    story[1].addprevious(story[2])


_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_MONTHS = re.compile(r"\d+ (?:January|February|March|April|May|June|July|August|September|October|November|"
                     r"December|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)")


def mistype_first_figure(document: Any) -> None:
    """The story's first figure that is not a year or a day (two digits or more) mistyped, its last digit +3, and
    typed in two runs."""
    for p in document.element.body.iter(qn("w:p")):
        text = text_of(p)
        if len(text) < 60 or text.isupper():
            continue
        days = {m.start() for m in _MONTHS.finditer(text)}
        figure = next((m for m in _FIGURE.finditer(text) if len(m.group()) > 1 and m.start() not in days
                       and not re.fullmatch(r"(19|20)\d\d", m.group())), None)
        if figure is not None:
            shown = figure.group()
            wrong = shown[:-1] + str((int(shown[-1]) + 3) % 10)
            rebuild(p, [text[:figure.start()], wrong[:len(wrong) // 2], wrong[len(wrong) // 2:], text[figure.end():]])
            return
    raise LookupError("no figure")


# --- running them ---------------------------------------------------------------------------------------------------
def resave(files: list[Path], work: Path) -> None:
    """Each file opened and saved by LibreOffice, in one run with a private profile."""
    out = work / f"saved-{len(list(work.glob('saved-*')))}"
    subprocess.run(["soffice", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(out), *map(str, files)],
                   capture_output=True, check=True, timeout=900)
    for path in files:
        shutil.copyfile(out / path.name, path)


def judge(want: str, findings: list[Any]) -> bool:
    if want.startswith("finding: "):
        expected = want.removeprefix("finding: ")
        return any(f.paragraph and (expected in f.expected or expected in f.message) for f in findings)
    if want.startswith("only: "):
        return bool(findings) and all(f.kind == want.removeprefix("only: ") for f in findings)
    return not findings


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("names", nargs="*", help="only the cases whose names hold one of these")
    parser.add_argument("--json", action="store_true", help="print JSON")
    options = parser.parse_args()
    libreoffice = shutil.which("soffice") is not None
    chosen = [c for c in cases() if (libreoffice or not c.libreoffice)
              and (not options.names or any(n in c.name for n in options.names))]
    rows = []
    with tempfile.TemporaryDirectory(prefix="drafter-word-edits-") as folder:
        work = Path(folder)
        campaigns = draft_all(work)
        files = {}
        for number, c in enumerate(chosen):
            template, name = c.release.split("/")
            files[c.name] = work / "edited" / f"{number}-{c.name}-{name}"
            files[c.name].parent.mkdir(exist_ok=True)
            shutil.copyfile(campaigns[template] / "out" / name, files[c.name])
        if before := [files[c.name] for c in chosen if c.libreoffice in ("pre", "both")]:
            resave(before, work)
        for c in chosen:
            document = docx.Document(str(files[c.name]))
            c.edit(document)
            document.save(str(files[c.name]))
        if after := [files[c.name] for c in chosen if c.libreoffice in ("post", "both")]:
            resave(after, work)
        for c in chosen:
            template, _ = c.release.split("/")
            result = check_files(campaigns[template], [files[c.name]], area=TEMPLATES[template.removesuffix("-tc")])
            found = list(result.findings)
            rows.append({"case": c.name, "release": c.release, "libreoffice": c.libreoffice, "wants": c.want,
                         "as_wanted": judge(c.want, found), "known": c.name in KNOWN,
                         "findings": [f.line().split(": ", 2)[2] for f in found],
                         "to_check_by_hand": [f.line().split(": ", 3)[3] for f in result.by_hand]})
    wrong = [r for r in rows if not r["as_wanted"] and not r["known"]]
    if options.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
    else:
        for row in rows:
            mark = "ok" if row["as_wanted"] else "known" if row["known"] else "WRONG"
            print(f"{mark:6} {row['case']:48} {row['wants']}")
            if not row["as_wanted"]:
                for line in row["findings"] + [f"to check by hand: {b}" for b in row["to_check_by_hand"]]:
                    print(f"         {line[:160]}")
        known = sum(1 for r in rows if r["known"] and not r["as_wanted"])
        print(f"\n{sum(1 for r in rows if r['as_wanted'])} of {len(rows)} cases as wanted, {known} known and left"
              + ("" if libreoffice else " (LibreOffice is not installed: its cases were left out)"))
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
