"""HTML and plain text carry the same blocks as the DOCX; a letterhead's header, logo and font survive."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from lxml import etree
from lxml import html as lxml_html

from drafter import api
from drafter.document import parse_markdown
from drafter.model import SourceRef
from tests.conftest import EXAMPLE, edit
from tests.helpers import make_letterhead


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("formats")
    api.draft(EXAMPLE, out, formats=["md", "html", "txt"])
    return out


def blocks(out: Path, slug: str) -> list[str]:
    return [b.text for b in parse_markdown((out / f"{slug}.md").read_text(encoding="utf-8"), SourceRef("md"))]


def test_html_is_valid_self_contained_and_carries_every_block(drafted: Path) -> None:
    source = (drafted / "cheshire.html").read_bytes()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    etree.fromstring(source.replace(b"<!DOCTYPE html>\n", b""), parser)  # well-formed, strictly
    page = lxml_html.fromstring(source)
    headline = page.find(".//h1").text_content()
    assert page.find(".//title").text == headline.replace("\u00a0", " ")  # its last two words kept on a line
    assert headline.endswith("almost\u00a0trebles")
    texts = [" ".join(e.text_content().split()) for e in page.iter("h1", "h2", "p")]
    assert texts == [" ".join(t.split()) for t in blocks(drafted, "cheshire")]
    assert not page.xpath("//link|//script|//img|//style")  # inline CSS only: nothing to fetch
    assert page.find(".//h1").get("style").startswith("font-size:22px")


def test_plain_text_is_wrapped_at_72_columns_and_carries_every_block(drafted: Path) -> None:
    text = (drafted / "cheshire.txt").read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) <= 72
    flat = " ".join(text.split())
    for block in blocks(drafted, "cheshire"):
        assert " ".join(block.split()) in flat
    assert "\n    “Every time a sexual image of a child is viewed" in text  # quotes indented
    assert "\n                                  ENDS\n" in text


def test_a_letterhead_gives_header_logo_footer_and_font(example: Path, tmp_path: Path) -> None:
    make_letterhead(example / "letterhead.docx")
    original = (example / "letterhead.docx").read_bytes()
    edit(example / "campaign.yaml", "areas: all", "areas: all\nreference: letterhead.docx")
    result = api.draft(example, tmp_path / "out", formats=["docx"])
    assert (example / "letterhead.docx").read_bytes() == original  # never changed
    assert [w.message for w in result.warnings if w.code == "reference"] == [
        "letterhead.docx has no style 'Body List', 'Contact', 'Dateline', 'Embargo', 'Ends', 'Headline', 'Notes', "
        "'Notes Heading'; drafter added its own (in the letterhead's font); add them to the letterhead to control "
        "their look"]
    release = docx.Document(str(tmp_path / "out" / "cheshire.docx"))
    section = release.sections[0]
    assert section.header.paragraphs[0].text == " Lucy Faithfull Foundation"
    assert section.header.part.related_parts  # the logo image travels with the header
    assert any(rel.reltype.endswith("/image") for rel in section.header.part.rels.values())
    assert section.footer.paragraphs[0].text == "Registered charity number 1013025"
    texts = [p.text for p in release.paragraphs]
    assert "This letterhead body text must not appear in a release." not in texts
    body = next(p for p in release.paragraphs if p.text.startswith("The number of people in Cheshire"))
    assert body.style.name == "Body Text"
    fonts = body.style.element.findall(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    assert fonts == []  # no font of drafter's own: it inherits the letterhead's
    assert release.styles["Normal"].font.name == "Georgia"


def test_pdf_needs_libreoffice(example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("drafter.writers.pdf.soffice", lambda: None)
    from typer.testing import CliRunner

    from drafter.cli import app

    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(tmp_path / "o"), "--format", "pdf"])
    assert result.exit_code == 1
    assert result.stderr == ('error: --format: "pdf" LibreOffice (soffice) is not installed, so PDF cannot be made '
                             "(expected LibreOffice installed, or --format docx/md/html/txt)\n")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(("year", "stamped"), [(9999, 2107), (2108, 2107), (1970, 1980)])
def test_a_release_dated_past_what_a_zip_file_holds_is_still_packed(year: int, stamped: int) -> None:
    # release_date: 9999-12-31 stopped the draft with "struct.error: ushort format requires 0 <= number <= 65535"
    import io
    import zipfile

    from drafter.writers._zip import build_zip, deflate, dos_stamp

    package = build_zip([deflate("word/document.xml", b"<w:document/>")], dos_stamp(year, 12, 31))
    with zipfile.ZipFile(io.BytesIO(package)) as read:
        assert read.read("word/document.xml") == b"<w:document/>"
        assert read.infolist()[0].date_time == (stamped, 12, 31, 0, 0, 0)
