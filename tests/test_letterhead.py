"""The letterhead kit: `drafter letterhead` writes a starter letterhead that a release takes once the user's logo
is in it; .dotx templates work; a Word-made letterhead keeps drafter's headline look unless it defines it."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt, RGBColor
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.model import Release
from drafter.writers.docx_props import WordCount
from tests.conftest import ROOT, edit

runner = CliRunner()
EMPTY = Release(area="", slug="empty", language="en_GB", headline="", blocks=(), facts=(), quotes_used=(), warnings=(),
                organisation="", release_date=dt.date(2018, 9, 4), campaign="", language_tag="en-GB")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def red_logo(width: int = 480, height: int = 160) -> bytes:
    """A solid red PNG: the user's logo, easy to find on a page image."""
    rows = b"".join(b"\x00" + b"\xd0\x10\x10" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def with_logo(letterhead: Path, logo: bytes) -> None:
    """What Word's Change Picture does to the placeholder: the header's image is the user's."""
    with zipfile.ZipFile(letterhead) as package:
        parts = [(info, package.read(info.filename)) for info in package.infolist()]
    images = [info.filename for info, _ in parts if info.filename.startswith("word/media/")]
    assert len(images) == 1, images
    with zipfile.ZipFile(letterhead, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in parts:
            package.writestr(info, logo if info.filename in images else data)


def test_the_letterhead_command_writes_a_starter_letterhead(example: Path) -> None:
    result = runner.invoke(app, ["letterhead", str(example)])
    assert result.exit_code == 0, result.stderr
    path = example / "letterhead.docx"
    assert result.stdout.splitlines() == [
        f"wrote {path}",
        "next: open it in Word, right-click the grey logo box, Change Picture, pick your logo and save;",
        f"then add this line to {example / 'campaign.yaml'}: reference: letterhead.docx"]
    shown = re.search(r"\$ drafter letterhead my-campaign\n(.*?)\n *```",
                      (ROOT / "docs" / "letterhead.md").read_text(encoding="utf-8"), re.DOTALL)
    assert shown, "letterhead.md's step 1 shows what the command prints"
    assert [line.strip() for line in shown.group(1).splitlines()] == [  # as letterhead.md's step 1 shows it
        line.replace(str(example), "my-campaign").replace("\\", "/") for line in result.stdout.splitlines()]
    document = docx.Document(str(path))
    header = document.sections[0].header
    assert header.paragraphs[0].text == "\tThe Lucy Faithfull Foundation"
    assert any(rel.reltype.endswith("/image") for rel in header.part.rels.values())
    assert 'descr="Logo placeholder: right-click it and choose Change Picture' in header._element.xml
    assert header.paragraphs[1].style.name == "Release Label"
    assert " PAGE " in document.sections[0].footer._element.xml
    assert {"Headline", "Embargo", "Quote", "Body List"} <= {p.style.name for p in document.paragraphs}
    again = runner.invoke(app, ["letterhead", str(example)])
    assert again.exit_code == 2
    assert again.stderr == (f'error: "{path}" already exists (expected a campaign folder without a '
                            "letterhead.docx: rename yours to make a new one)\n")


def test_the_same_campaign_gives_the_same_letterhead(example: Path, tmp_path: Path) -> None:
    shutil.copytree(example, tmp_path / "again")
    assert api.new_letterhead(example).read_bytes() == api.new_letterhead(tmp_path / "again").read_bytes()


def test_a_release_on_the_letterhead_takes_its_header_and_styles_without_a_warning(example: Path,
                                                                                     tmp_path: Path) -> None:
    api.new_letterhead(example)
    edit(example / "campaign.yaml", "areas: all", "areas: all\nreference: letterhead.docx")
    result = api.draft(example, tmp_path, areas=["Cheshire"], formats=["docx"])
    assert [w.message for w in result.warnings if w.code == "reference"] == []
    release = docx.Document(str(tmp_path / "cheshire.docx"))
    header = release.sections[0].header
    assert [p.text for p in header.paragraphs] == ["\tThe Lucy Faithfull Foundation", "PRESS RELEASE"]
    texts = [p.text for p in release.paragraphs]
    assert not [t for t in texts if "letterhead for drafter" in t or "(the Headline style)" in t]


def word_made_letterhead(path: Path, *, headline: bool = False) -> None:
    """A letterhead as Word makes one: Word's own Title (blue, with a rule) and Heading 1, italic Quote."""
    document = docx.Document()
    document.styles["Title"].font.color.rgb = RGBColor(0x17, 0x36, 0x5D)
    document.styles["Heading 1"].font.color.rgb = RGBColor(0x36, 0x5F, 0x91)
    document.sections[0].header.paragraphs[0].text = "Word-made Trust"
    if headline:
        style = document.styles.add_style("Headline", 1)
        style.font.size, style.font.italic = Pt(30), True
    document.save(str(path))


@pytest.mark.parametrize("own_headline", [False, True])
def test_a_word_made_letterhead_keeps_drafters_headline_look_unless_it_defines_it(
        example: Path, tmp_path: Path, own_headline: bool) -> None:
    word_made_letterhead(example / "letterhead.docx", headline=own_headline)
    edit(example / "campaign.yaml", "areas: all", "areas: all\nreference: letterhead.docx")
    result = api.draft(example, tmp_path, areas=["Cheshire"], formats=["docx"])
    release = docx.Document(str(tmp_path / "cheshire.docx"))
    headline = next(p for p in release.paragraphs  # its last two words kept on a line by a no-break space
                    if p.text.replace("\u00a0", " ") == release.core_properties.title)
    assert headline.style.name == "Heading 1" and headline.style.base_style.name == "Headline"
    assert headline.style.element.find(f"{W}rPr") is None  # none of Word's blue
    look = headline.style.base_style.font
    assert (look.size.pt, look.bold, look.italic) == ((30, None, True) if own_headline else (20, True, None))
    notes = next(p for p in release.paragraphs if p.text == "Notes to editors")  # Word's blue Heading 2 is not its look
    assert notes.style.name == "Heading 2" and notes.style.base_style.name == "Notes Heading"
    assert notes.style.element.find(f"{W}rPr") is None
    added = [w.message for w in result.warnings if w.code == "reference"]
    assert len(added) == 1 and ("'Headline'" in added[0]) is not own_headline


def test_a_dotx_letterhead_works(example: Path, tmp_path: Path) -> None:
    api.new_letterhead(example)
    source = example / "letterhead.docx"
    with zipfile.ZipFile(source) as package:
        parts = [(info, package.read(info.filename)) for info in package.infolist()]
    with zipfile.ZipFile(example / "letterhead.dotx", "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in parts:
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            package.writestr(info, data)
    with pytest.raises(ValueError, match="not a Word file"):
        docx.Document(str(example / "letterhead.dotx"))  # python-docx alone refuses a template
    edit(example / "campaign.yaml", "areas: all", "areas: all\nreference: letterhead.dotx")
    api.draft(example, tmp_path, areas=["Cheshire"], formats=["docx"])
    release = docx.Document(str(tmp_path / "cheshire.docx"))
    assert release.sections[0].header.paragraphs[0].text == "\tThe Lucy Faithfull Foundation"
    with zipfile.ZipFile(tmp_path / "cheshire.docx") as package:
        assert b"document.main+xml" in package.read("[Content_Types].xml")  # a document, not a template
    checked = api.check(example, [tmp_path / "cheshire.docx"])  # the letterhead's header is not an edit
    assert checked.summary() == "1 file checked clean", checked.findings


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice/poppler not installed")
def test_libreoffice_shows_the_users_logo_and_page_numbers(example: Path, tmp_path: Path) -> None:
    api.new_letterhead(example)
    with_logo(example / "letterhead.docx", red_logo())
    edit(example / "campaign.yaml", "areas: all", "areas: all\nreference: letterhead.docx")
    api.draft(example, tmp_path, areas=["North West"], formats=["docx"])
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "north-west.docx")],
                   capture_output=True, timeout=300, check=True)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "north-west.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")
    for number, page in enumerate((p for p in pages if p.strip()), start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert "The Lucy Faithfull Foundation" in lines[0]
        assert lines[-1] == str(number)  # the page number, in the footer
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-singlefile", str(tmp_path / "north-west.pdf"),
                    str(tmp_path / "page")], check=True)
    data = (tmp_path / "page.ppm").read_bytes()
    magic, width, height, _, pixels = data.split(maxsplit=4)
    assert magic == b"P6"
    width, height = int(width), int(height)
    rgb = [pixels[i:i + 3] for i in range(0, len(pixels), 3)]
    red = [i for i, (r, g, b) in enumerate(rgb) if r > 180 and g < 60 and b < 60]
    assert len(red) > 200  # the logo, on page one
    assert max(red) // width < height // 6  # in the header
    dark = sum(1 for r, g, b in rgb if r < 100 and g < 100 and b < 100)
    assert dark > width * height // 100  # not blank: the release's text
    assert re.search(r"Number of people in the north west", text)


def test_the_placeholder_is_a_valid_png() -> None:
    from drafter.writers.letterhead import LOGO_SIZE, placeholder_logo

    data = placeholder_logo()
    assert struct.unpack(">II", data[16:24]) == LOGO_SIZE
    assert b"IDAT" in data and data.endswith(b"IEND\xaeB`\x82")


def test_a_letterhead_without_list_definitions_gets_drafters(example: Path, tmp_path: Path) -> None:
    word_made_letterhead(example / "made.docx")
    with zipfile.ZipFile(example / "made.docx") as package:
        parts = {info.filename: package.read(info.filename) for info in package.infolist()}
    del parts["word/numbering.xml"]  # as a letterhead that never had a list is saved
    parts["[Content_Types].xml"] = re.sub(rb'<Override PartName="/word/numbering.xml"[^>]*/>', b"",
                                          parts["[Content_Types].xml"])
    parts["word/_rels/document.xml.rels"] = re.sub(rb'<Relationship [^>]*Target="numbering.xml"/>', b"",
                                                   parts["word/_rels/document.xml.rels"])
    with zipfile.ZipFile(example / "letterhead.docx", "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    assert docx.Document(str(example / "letterhead.docx")).part.package  # still a Word document
    edit(example / "campaign.yaml", "areas: all", "areas: all\nreference: letterhead.docx")
    api.draft(example, tmp_path, areas=["North West"], formats=["docx"])
    release = docx.Document(str(tmp_path / "north-west.docx"))
    numbered = [p for p in release.paragraphs if p._p.pPr.numPr is not None]
    assert len(numbered) == 8
    names = {a.find(f"{W}name").get(f"{W}val") for a in release.part.numbering_part.element.findall(f"{W}abstractNum")}
    assert names == {"drafter bullets", "drafter numbers"}


def with_styles_xml(path: Path, old: bytes, new: bytes) -> None:
    """The letterhead with one piece of its styles part changed, as another program would have saved it."""
    with zipfile.ZipFile(path) as package:
        parts = [(info, package.read(info.filename)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in parts:
            package.writestr(info, data.replace(old, new) if info.filename == "word/styles.xml" else data)


def test_a_libreoffice_letterhead_with_heading_1_as_it_names_it_works(tmp_path: Path) -> None:
    from drafter.document import STYLES_USED
    from drafter.writers.docx import DocxWriter

    path = tmp_path / "letterhead.docx"
    word_made_letterhead(path)  # LibreOffice names Word's built-in styles as shown: "Heading 1", not "heading 1"
    with_styles_xml(path, b'w:name w:val="heading 1"', b'w:name w:val="Heading 1"')
    with_styles_xml(path, b'w:styleId="BodyText"', b'w:styleId="TextBody"')  # and its own ids: "TextBody"
    with_styles_xml(path, b'w:styleId="Normal"', b'w:styleId="Standard"')  # German Word's id for Normal
    writer = DocxWriter(path, STYLES_USED)
    assert writer.style_ids["Heading 1"] == "Heading1" and writer.style_ids["Body Text"] == "TextBody"
    styles = dict(writer.parts)["word/styles.xml"].decode("utf-8")
    assert styles.count('w:styleId="Heading1"') == 1 and '<w:basedOn w:val="Headline"/>' in styles
    release = docx.Document(io.BytesIO(writer.render_body([], EMPTY, WordCount())))
    assert {release.styles[name].base_style.name for name in ("Notes", "Embargo", "Ends", "Body List")} == {
        "Body Text"}  # drafter's styles take the letterhead's Body Text look, whatever its id
    assert release.styles["Headline"].base_style.name == "Normal"  # pandoc loses a heading whose base is missing


def test_a_letterhead_with_a_character_style_by_one_of_drafters_names_is_refused_saying_what_to_change(
        tmp_path: Path) -> None:
    from drafter.document import STYLES_USED
    from drafter.errors import TemplateError
    from drafter.writers.docx import DocxWriter

    path = tmp_path / "letterhead.docx"
    document = docx.Document()
    document.styles.add_style("Embargo", WD_STYLE_TYPE.CHARACTER)  # red text for embargo lines, within a paragraph
    document.save(str(path))
    with pytest.raises(TemplateError) as raised:
        DocxWriter(path, STYLES_USED)
    assert str(raised.value) == (
        f"{path}: reference: its style 'Embargo' is a character style, not a paragraph style (expected a paragraph "
        "style by that name: rename or delete that style in the letterhead (Home, Styles), and drafter adds its own)")


def test_a_letterhead_whose_last_section_is_same_as_previous_keeps_its_header_and_footer(tmp_path: Path) -> None:
    from drafter.document import STYLES_USED
    from drafter.writers.docx import DocxWriter

    path = tmp_path / "letterhead.docx"
    document = docx.Document()
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].add_run().add_picture(io.BytesIO(red_logo()), width=Cm(6))
    first.header.paragraphs[0].text = "Anytown Council"
    first.footer.paragraphs[0].text = "Civic Centre"
    document.add_paragraph("Insert text here")
    document.add_section()  # Word's default: the new section's header and footer are "Same as Previous"
    document.save(str(path))
    writer = DocxWriter(path, STYLES_USED)
    release = docx.Document(io.BytesIO(writer.render_body([], EMPTY, WordCount())))
    assert len(release.sections) == 1 and release.sections[0].different_first_page_header_footer
    assert [p.text for p in release.sections[0].header.paragraphs] == ["Anytown Council"]
    assert [p.text for p in release.sections[0].footer.paragraphs] == ["Civic Centre"]
    assert release.sections[0].first_page_header.part.rels  # the logo
    assert [p.text for p in release.paragraphs] == []


def test_a_letterhead_with_its_logo_on_the_page_not_in_the_header_is_warned_of(tmp_path: Path) -> None:
    from drafter.document import STYLES_USED
    from drafter.writers.docx import DocxWriter

    path = tmp_path / "letterhead.docx"
    document = docx.Document()
    document.add_paragraph().add_run().add_picture(io.BytesIO(red_logo()), width=Cm(6))
    document.save(str(path))
    warnings: list[str] = []
    DocxWriter(path, STYLES_USED, warn=warnings.append)
    assert warnings[-1] == (
        "letterhead.docx has a picture on its page, which drafter leaves out as it leaves out the page's text; put "
        "a logo in the letterhead's header (double-click the top of the page) to have it in every release")


def test_a_letterhead_loaded_before_in_the_process_warns_every_batch_and_an_edited_one_is_loaded_again(
        tmp_path: Path) -> None:
    """build() keeps the writer of a letterhead it has loaded (a program drafting campaign after campaign); each
    batch is still told what is wrong with it, and a letterhead saved again since is read as it now is."""
    from drafter.writers.docx import build
    from drafter.writers.setup import Setup

    path = tmp_path / "letterhead.docx"
    document = docx.Document()
    document.add_paragraph().add_run().add_picture(io.BytesIO(red_logo()), width=Cm(6))
    document.save(str(path))
    told: list[list[str]] = [[], [], []]
    build(Setup(path, told[0].append))
    build(Setup(path, told[1].append))
    assert [w.split(" has ")[1][:12] for w in told[0]] == ["no style 'Bo", "a picture on"] and told[1] == told[0]
    docx.Document().save(str(path))  # the picture taken off the page
    build(Setup(path, told[2].append))
    assert told[2] == told[0][:1]


def test_a_macro_enabled_letterhead_is_refused_saying_how_to_save_it(tmp_path: Path) -> None:
    from drafter.document import STYLES_USED
    from drafter.errors import TemplateError
    from drafter.writers.docx import DocxWriter

    path = tmp_path / "letterhead.dotm"  # councils' Word templates often are: macros fill in the letter
    docx.Document().save(str(path))
    with zipfile.ZipFile(path) as package:
        parts = [(info, package.read(info.filename)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w") as package:
        for info, data in parts:
            package.writestr(info, data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml."
                                                b"document.main+xml", b"application/vnd.ms-word.template."
                                                b"macroEnabledTemplate.main+xml"))
    with pytest.raises(TemplateError) as raised:
        DocxWriter(path, STYLES_USED)
    assert str(raised.value) == (
        f"{path}: reference: cannot be opened as a Word document: it is macro-enabled, a .docm or .dotm file "
        "(expected the file saved from Word as 'Word Document (.docx)' or 'Word Template (.dotx)', which leaves its "
        "macros out)")


def test_a_headline_style_made_from_heading_1_keeps_its_look_and_is_not_based_on_itself(tmp_path: Path) -> None:
    from drafter.document import STYLES_USED
    from drafter.writers.docx import DocxWriter

    path = tmp_path / "letterhead.docx"
    document = docx.Document()  # in Word: a Heading 1 paragraph, restyled, New Style "Headline" (based on it)
    document.styles["Heading 1"].font.size = Pt(28)
    document.styles.add_style("Headline", WD_STYLE_TYPE.PARAGRAPH).base_style = document.styles["Heading 1"]
    document.save(str(path))
    release = docx.Document(io.BytesIO(DocxWriter(path, STYLES_USED).render_body([], EMPTY, WordCount())))
    chain = [release.styles["Heading 1"]]
    while chain[-1].base_style is not None and len(chain) < 9:
        chain.append(chain[-1].base_style)
    assert [style.name for style in chain] == ["Heading 1", "Headline", "Headline Base", "Normal"]
    assert chain[2].font.size == Pt(28)
