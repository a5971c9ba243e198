"""The example campaign end to end: golden Markdown for all six releases and the DOCX read back."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter import api
from drafter.document import STYLES_USED, parse_markdown
from drafter.model import SourceRef
from drafter.shipped import reference_docx
from drafter.writers.docx_read import read_docx
from tests.conftest import EXAMPLE, ROOT, spaced

SLUGS = ["north-west", "cheshire", "cumbria", "greater-manchester", "lancashire", "merseyside"]


@pytest.fixture
def drafted(example_draft: Path) -> Path:
    """The shipped example as drafted (conftest.py's one draft per test process): read, never edit."""
    return example_draft


@pytest.mark.parametrize("slug", SLUGS)
def test_markdown_matches_golden(drafted: Path, slug: str, golden: Callable[[str, str], None]) -> None:
    golden(f"helpline-rise/{slug}.md", (drafted / f"{slug}.md").read_text(encoding="utf-8"))


def test_cheshire_release_is_the_reference_release_corrected(drafted: Path) -> None:
    text = (drafted / "cheshire.md").read_text(encoding="utf-8")
    assert "that figure rose by 193 per cent to 440" in text
    assert "from 1,747 to 3,549 over the same periods – a rise of 103 per cent" in text
    assert "Detective Inspector Stuart York" in text
    assert "nearly 200" not in text and "onspector" not in text


def test_cumbria_has_no_cheshire_quote(drafted: Path) -> None:
    text = (drafted / "cumbria.md").read_text(encoding="utf-8")
    assert "Stuart York" not in text and "Cheshire Constabulary" not in text
    assert "Assistant Chief Constable Alan Barr" in text


@pytest.mark.parametrize("slug", SLUGS)
def test_docx_reads_back_with_styles_and_the_markdown_text(drafted: Path, slug: str) -> None:
    doc = read_docx(drafted / f"{slug}.docx")
    blocks = parse_markdown((drafted / f"{slug}.md").read_text(encoding="utf-8"), SourceRef("md"))
    # a list item's bullet or number is Word's (tests/test_word.py), not text
    assert [spaced(text) for _, text in doc.paragraphs] == ["".join(i.text for i in b.inlines) for b in blocks]
    styles = dict((spaced(text), style) for style, text in doc.paragraphs)
    assert styles[doc.title] == "Heading 1"
    assert doc.paragraphs[0] == ("Embargo", "EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018")
    quotes = [text for style, text in doc.paragraphs if style == "Quote"]
    assert quotes and quotes[0].startswith("Assistant Chief Constable Alan Barr, from the North West")
    assert ("Ends", "ENDS") in doc.paragraphs
    assert doc.author == "The Lucy Faithfull Foundation"
    assert doc.created is not None and doc.created.date().isoformat() == "2018-09-04"


def test_docx_zip_entries_have_fixed_timestamps(drafted: Path) -> None:
    with zipfile.ZipFile(drafted / "cheshire.docx") as package:
        assert {info.date_time for info in package.infolist()} == {(2018, 9, 4, 0, 0, 0)}
        assert package.testzip() is None


def test_drafting_twice_gives_identical_bytes(drafted: Path, tmp_path: Path) -> None:
    api.draft(EXAMPLE, tmp_path)
    for slug in SLUGS:
        for ext in ("docx", "md"):
            assert (tmp_path / f"{slug}.{ext}").read_bytes() == (drafted / f"{slug}.{ext}").read_bytes()


def test_every_style_the_writer_uses_exists_in_the_reference() -> None:
    import docx

    document = docx.Document(str(reference_docx()))
    names = {s.name for s in document.styles}
    assert set(STYLES_USED) <= names


def test_unzipped_styles_xml_matches_the_reference_docx() -> None:
    with zipfile.ZipFile(reference_docx()) as package:
        inside = package.read("word/styles.xml")
    assert inside == (ROOT / "templates" / "reference" / "styles.xml").read_bytes()
