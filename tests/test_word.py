"""Word-native releases: real Word lists, the headline a heading to every reader, the language on every
paragraph and run, true document properties, page numbers and the release label."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import mammoth
import pytest

from drafter import api
from tests.conftest import ROOT, edit, spaced

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COUNT_CHANGE = ROOT / "templates" / "count-change" / "example"


@pytest.fixture
def drafted(example_draft: Path) -> Path:
    """The shipped example as drafted, DOCX and Markdown (conftest.py's one draft per test process): read only."""
    return example_draft


@pytest.fixture(scope="module")
def welsh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    campaign = tmp_path_factory.mktemp("welsh") / "campaign"
    shutil.copytree(COUNT_CHANGE, campaign)
    edit(campaign / "campaign.yaml", "# languages: [en_GB, cy_GB]", "languages: [en_GB, cy_GB]")
    api.draft(campaign, campaign.parent / "out", formats=["docx"])
    return campaign.parent / "out"


def list_paragraphs(path: Path) -> list[docx.text.paragraph.Paragraph]:
    markdown = path.with_suffix(".md").read_text(encoding="utf-8")
    items = [line[2:] for line in markdown.splitlines() if line.startswith("- ")]
    items += [re.sub(r"^\d+\. ", "", line) for line in markdown.splitlines() if re.match(r"\d+\. ", line)]
    assert items, "the example has lists"
    return [p for p in docx.Document(str(path)).paragraphs if spaced(p.text) in items]


def test_every_list_paragraph_is_a_word_list_with_a_hanging_indent(drafted: Path) -> None:
    document = docx.Document(str(drafted / "north-west.docx"))
    numbering = document.part.numbering_part.element
    nums = {n.get(f"{W}numId"): n for n in numbering.findall(f"{W}num")}
    paragraphs = list_paragraphs(drafted / "north-west.docx")
    assert len(paragraphs) == 5 + 3  # the five areas, the three notes
    kinds = []
    for paragraph in paragraphs:
        num_pr = paragraph._p.pPr.numPr
        assert num_pr is not None, paragraph.text
        assert not paragraph.text.startswith(("•", "1.", "2.", "3."))  # the marker is Word's, not typed
        num = nums[str(num_pr.numId.val)]
        abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
        abstract = next(a for a in numbering.findall(f"{W}abstractNum") if a.get(f"{W}abstractNumId") == abstract_id)
        level = abstract.find(f"{W}lvl")
        kinds.append(level.find(f"{W}numFmt").get(f"{W}val"))
        indent = level.find(f"{W}pPr").find(f"{W}ind")
        assert indent.get(f"{W}hanging") == indent.get(f"{W}left") == "357"
        assert num.find(f"{W}lvlOverride").find(f"{W}startOverride").get(f"{W}val") == "1"  # each list restarts
    assert kinds == ["bullet"] * 5 + ["decimal"] * 3
    areas, notes = paragraphs[0]._p.pPr.numPr.numId.val, paragraphs[5]._p.pPr.numPr.numId.val
    assert areas != notes
    assert paragraphs[0].style.name == "Body List" and paragraphs[5].style.name == "Notes"
    body = next(p for p in document.paragraphs if p.style.name == "Body Text")
    assert paragraphs[0].style.base_style.name == "Body Text"  # the body's size
    assert paragraphs[0].style.font.size is None and body.style.font.size is not None


def test_mammoth_sees_the_headline_as_the_one_h1_and_the_sections_as_h2(drafted: Path) -> None:
    with (drafted / "cheshire.docx").open("rb") as file:
        result = mammoth.convert_to_html(file)
    headline = docx.Document(str(drafted / "cheshire.docx")).core_properties.title
    assert [h.replace("\u00a0", " ") for h in re.findall(r"<h1>(.*?)</h1>", result.value)] == [headline]
    assert re.findall(r"<h2>(.*?)</h2>", result.value) == ["Notes to editors", "About The Lucy Faithfull Foundation"]
    messages = [m.message for m in result.messages]
    assert messages and not [m for m in messages if "Heading" in m or "Headline" in m], messages
    assert "<ol><li>The figures count people" in result.value  # the notes are a list to it too


def test_a_welsh_releases_notes_heading_is_a_heading_to_word_and_mammoth(welsh: Path) -> None:
    """"Nodiadau i olygyddion" was bold text in the Notes Heading style: Word's navigation pane and screen readers
    passed it by. It is Word's Heading 2 (outline level 2), in the Notes Heading style's look."""
    document = docx.Document(str(welsh / "cardiff.cy.docx"))
    headings = [(p.text, p.style.name) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[1:] == [("Nodiadau i olygyddion", "Heading 2"), ("Ynglŷn â Rhwydwaith Bwyd Cwtch", "Heading 2")]
    style = document.styles["Heading 2"]
    assert style.base_style.name == "Notes Heading" and style.base_style.paragraph_format.keep_with_next
    assert style.element.pPr.find(f"{W}outlineLvl").get(f"{W}val") == "1"  # Word counts levels from 0
    with (welsh / "cardiff.cy.docx").open("rb") as file:
        html = mammoth.convert_to_html(file).value
    assert re.findall(r"<h2>(.*?)</h2>", html) == [text for text, _ in headings[1:]]


def test_pandoc_sees_a_level_one_heading_and_level_two_sections(drafted: Path) -> None:
    if shutil.which("pandoc") is None:
        if os.environ.get("DRAFTER_REQUIRE_PANDOC"):  # CI installs it: the test must not skip there
            raise RuntimeError("DRAFTER_REQUIRE_PANDOC is set but pandoc is not installed")
        pytest.skip("pandoc is not installed")
    out = subprocess.run(["pandoc", str(drafted / "cheshire.docx"), "-t", "markdown"], capture_output=True,
                         text=True, check=True).stdout
    assert re.search(r"^# Number of people in Cheshire", out, re.MULTILINE), out[:400]
    assert re.findall(r"^## (.*)", out, re.MULTILINE) == ["Notes to editors", "About The Lucy Faithfull Foundation"]


def test_the_headline_keeps_drafters_look() -> None:
    from drafter.shipped import reference_docx

    styles = docx.Document(str(reference_docx())).styles
    heading = styles["Heading 1"]
    assert heading.base_style.name == "Headline"
    assert heading.element.find(f"{W}rPr") is None  # no look of its own
    assert heading.element.pPr.find(f"{W}outlineLvl").get(f"{W}val") == "0"
    assert styles["Headline"].font.size.pt == 20 and styles["Headline"].font.bold


def languages(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    body = xml[xml.index("<w:body>"):]
    runs = body.count("<w:r>")
    paragraphs = body.count("<w:p>")
    tags = re.findall(r'<w:lang w:val="([^"]+)"/>', body)
    assert len(tags) == runs + paragraphs  # every run and every paragraph mark
    return set(tags)


def test_every_paragraph_and_run_carries_the_release_language(welsh: Path) -> None:
    assert languages(welsh / "cardiff.cy.docx") == {"cy-GB"}
    assert languages(welsh / "cardiff.en.docx") == {"en-GB"}
    cy = docx.Document(str(welsh / "cardiff.cy.docx")).core_properties
    assert (cy.language, cy.keywords, cy.author, cy.category) == ("cy-GB", "Caerdydd", "Rhwydwaith Bwyd Cwtch",
                                                                   "Cardiff")  # check finds the area by its category
    assert cy.subject == "Datganiad i’r wasg: Caerdydd"  # no title_cy: the house style's words, not English
    with zipfile.ZipFile(welsh / "cardiff.cy.docx") as package:
        assert "<Company>Rhwydwaith Bwyd Cwtch</Company>" in package.read("docProps/app.xml").decode("utf-8")


def test_a_welsh_releases_subject_is_title_cy(tmp_path: Path, food: Path) -> None:
    campaign = food
    edit(campaign / "campaign.yaml", "# languages: [en_GB, cy_GB]",
         "languages: [en_GB, cy_GB]\ntitle_cy: Parseli bwyd brys ledled Cymru")
    api.draft(campaign, tmp_path / "out", areas=["Powys"], formats=["docx"])
    props = {lang: docx.Document(str(tmp_path / "out" / f"powys.{lang}.docx")).core_properties for lang in ("en", "cy")}
    assert (props["cy"].subject, props["cy"].keywords) == ("Parseli bwyd brys ledled Cymru", "Powys")
    assert (props["en"].subject, props["en"].author) == ("Emergency food parcels given out across Wales",
                                                         "The Cwtch Food Network")


def test_an_american_release_is_tagged_en_us(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_US")
    api.draft(example, tmp_path, areas=["Cheshire"], formats=["docx"])
    assert languages(tmp_path / "cheshire.docx") == {"en-US"}


def test_app_properties_name_drafter_and_the_true_word_count(drafted: Path) -> None:
    with zipfile.ZipFile(drafted / "cheshire.docx") as package:
        app = package.read("docProps/app.xml").decode("utf-8")
    words = sum(len(p.text.split()) for p in docx.Document(str(drafted / "cheshire.docx")).paragraphs)
    assert words > 300
    assert "<Application>drafter</Application>" in app
    assert f"<Words>{words}</Words>" in app
    assert "Microsoft" not in app and "<Pages>" not in app
    props = docx.Document(str(drafted / "cheshire.docx")).core_properties
    assert (props.author, props.keywords, props.language) == ("The Lucy Faithfull Foundation", "Cheshire", "en-GB")
    assert props.subject == "More people seeking help to stop viewing sexual images of children online"


def test_the_media_contacts_lines_a_lists_lead_in_and_the_notes_heading_stay_with_what_follows(drafted: Path
                                                                                                 ) -> None:
    """A page break between "Media contact:" and "Out of hours:" left the second alone at the top of page two; a
    heading or a list's lead-in at the foot of a page is no use: each is kept with the next paragraph."""
    document = docx.Document(str(drafted / "north-west.docx"))
    kept = [(p.text.split(":")[0], p.paragraph_format.keep_with_next or p.style.paragraph_format.keep_with_next
             or p.style.base_style.paragraph_format.keep_with_next)  # Heading 2: in its look, Notes Heading's
            for p in document.paragraphs if p.style.name in ("Contact", "Heading 2")]
    assert kept == [("Notes to editors", True), ("Media contact", True), ("Out of hours", None),
                    ("About The Lucy Faithfull Foundation", True)]
    lead_in = [p for p in document.paragraphs if p.text == "Across the police force areas of the north west:"]
    assert [p.paragraph_format.keep_with_next for p in lead_in] == [True]  # with the list it introduces


def test_page_numbers_and_the_release_label_from_campaign_yaml(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "label: PRESS RELEASE", "label: NEWS RELEASE")
    api.draft(example, tmp_path, areas=["Cheshire"], formats=["docx"])
    section = docx.Document(str(tmp_path / "cheshire.docx")).sections[0]
    assert [p.text for p in section.header.paragraphs] == ["NEWS RELEASE"]
    assert section.header.paragraphs[0].style.name == "Release Label"
    footer = section.footer._element.xml
    assert "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>" in footer


@pytest.mark.parametrize("welsh_label", ["DATGANIAD I’R WASG", None])
def test_welsh_releases_carry_label_cy_or_else_the_label(tmp_path: Path, food: Path, welsh_label: str | None) -> None:
    campaign = food
    own = f"\nlabel_cy: {welsh_label}" if welsh_label else ""
    edit(campaign / "campaign.yaml", "# languages: [en_GB, cy_GB]",
         f"languages: [en_GB, cy_GB]\nlabel: PRESS RELEASE{own}")
    api.draft(campaign, tmp_path / "out", areas=["Cardiff"], formats=["docx"])
    shown = {lang: [p.text for p in docx.Document(str(tmp_path / "out" / f"cardiff.{lang}.docx")).sections[0]
                    .header.paragraphs] for lang in ("en", "cy")}
    assert shown == {"en": ["PRESS RELEASE"], "cy": [welsh_label or "PRESS RELEASE"]}
    # label_cy is Welsh to Word's spelling checker, as the body is; the English label stays untagged (en-GB)
    header = docx.Document(str(tmp_path / "out" / "cardiff.cy.docx")).sections[0].header._element.xml
    assert ('<w:lang w:val="cy-GB"/>' in header) == bool(welsh_label)


def test_no_label_unless_the_campaign_sets_one(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "label: PRESS RELEASE", "")
    api.draft(example, tmp_path, areas=["Cheshire"], formats=["docx"])
    section = docx.Document(str(tmp_path / "cheshire.docx")).sections[0]
    assert [p.text for p in section.header.paragraphs] == [""]


def test_apostrophes_and_quotation_marks_are_typographic_throughout(drafted: Path) -> None:
    text = "\n".join(p.text for p in docx.Document(str(drafted / "cheshire.docx")).paragraphs)
    assert "someone else’s" in text and "“The problem" in text
    assert "'" not in text and '"' not in text


def test_a_campaign_may_keep_its_straight_quotes(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  typographic_quotes: false")
    api.draft(example, tmp_path, areas=["Cheshire"], formats=["md"])
    assert "someone else's" in (tmp_path / "cheshire.md").read_text(encoding="utf-8")


def test_the_reviewer_pack_has_no_release_label(drafted: Path) -> None:
    release = docx.Document(str(drafted / "cheshire.docx")).sections[0].header
    review = docx.Document(str(drafted / "review" / "review.docx")).sections[0].header
    assert [p.text for p in release.paragraphs] == ["PRESS RELEASE"]
    assert [p.text for p in review.paragraphs] == [""]


@pytest.mark.parametrize("name", ["cardiff.en.docx", "cardiff.cy.docx"])
def test_a_release_reads_back_as_an_accessible_document(welsh: Path, name: str) -> None:
    document = docx.Document(str(welsh / name))
    paragraphs = document.paragraphs
    assert all(p.text.strip() for p in paragraphs)  # no empty paragraph used as spacing
    headings = [p for p in paragraphs if p.style.name.startswith("Heading")]
    assert [spaced(p.text) for p in headings if p.style.name == "Heading 1"] == [document.core_properties.title]
    assert {p.style.name for p in headings[1:]} == {"Heading 2"}  # the sections under it: notes, about
    assert paragraphs.index(headings[0]) <= 2  # at the top, after the embargo line
    assert document.core_properties.language in ("en-GB", "cy-GB")
    # nothing said by formatting alone: no capitals that only a style gives
    for style in {p.style.name: p.style for p in paragraphs}.values():
        chain = [style]
        while chain[-1].base_style is not None:
            chain.append(chain[-1].base_style)
        for each in chain:
            rpr = each.element.find(f"{W}rPr")
            assert rpr is None or all(rpr.find(f"{W}{tag}") is None for tag in ("caps", "smallCaps", "vanish")), \
                each.name
    embargo = next(p for p in paragraphs if p.style.name == "Embargo")
    assert embargo.text == embargo.text.upper()


@pytest.mark.parametrize("template", ["helpline-rise", *(pytest.param(t, marks=pytest.mark.slow) for t in (
    "count-change", "league-table", "per-head", "rate-change", "several-measures"))])  # the reference in the quick run
def test_every_list_item_of_every_example_is_in_a_word_list(template: str, tmp_path: Path, example_draft: Path
                                                            ) -> None:
    out = example_draft if template == "helpline-rise" else tmp_path  # the reference campaign as drafted
    if out == tmp_path:
        api.draft(ROOT / "templates" / template / "example", out, formats=["docx", "md"])
    for release in sorted(out.glob("*.docx")):
        markdown = release.with_suffix(".md").read_text(encoding="utf-8").splitlines()
        items = [line for line in markdown if re.match(r"(- |\d+\. )", line)]
        numbered = [p for p in docx.Document(str(release)).paragraphs if p._p.pPr.numPr is not None]
        assert len(numbered) == len(items) > 0, release.name
        assert all(p.style.name in ("Body List", "Notes") for p in numbered)


def test_a_figure_and_its_unit_share_a_line_in_word_but_not_in_markdown(drafted: Path) -> None:
    """"3.6 / per cent" broke across a line end: in Word each space inside a printed figure is a no-break space, in
    the text and the table alike; Markdown, which newsdesks paste into their systems, keeps plain spaces."""
    with zipfile.ZipFile(drafted / "cheshire.docx") as package:
        texts = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", package.read("word/document.xml").decode("utf-8"))
    sentence = next(t for t in texts if "that figure rose by" in t)
    assert "rose by 193\u00a0per\u00a0cent to 440." in sentence and "193 per" not in sentence
    assert "It runs the Stop It Now! helpline" in " ".join(texts)  # other spaces as they were
    markdown = (drafted / "cheshire.md").read_text(encoding="utf-8")
    assert "rose by 193 per cent to 440." in markdown and "\u00a0" not in markdown
