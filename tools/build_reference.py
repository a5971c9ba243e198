"""Build the shipped reference DOCX (templates/reference.docx) and its unzipped styles.xml.

Run from the repository root: ``python tools/build_reference.py``. The output is deterministic, so a rebuild
with no change to this script gives the same bytes; review style changes in templates/reference/styles.xml.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from drafter.writers.docx_lists import BULLETS, NUMBERS, W_NS, abstract_num_xml

ROOT = Path(__file__).resolve().parent.parent
FONT = "Arial"
DARK = RGBColor(0x1F, 0x1F, 0x1F)


def _fonts(style: object, size: float | None = None) -> None:
    font = style.font  # type: ignore[attr-defined]
    font.name = FONT
    rpr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if size is not None:
        _size(style, size)


def _size(style: object, size: float) -> None:
    """Set the point size for Latin and complex-script text alike (python-docx only sets w:sz)."""
    style.font.size = Pt(size)  # type: ignore[attr-defined]
    rpr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    sz = rpr.find(qn("w:sz"))
    cs = rpr.find(qn("w:szCs"))
    if cs is None:
        cs = rpr.makeelement(qn("w:szCs"), {})
        sz.addnext(cs)
    cs.set(qn("w:val"), sz.get(qn("w:val")))


def _paragraph_style(doc: docx.document.Document, name: str, base: str = "Body Text") -> object:
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base] if base and name != base else None
    style.quick_style = True
    style.hidden = False
    style.unhide_when_used = False
    return style


def _heading_on(doc: docx.document.Document, name: str, look: str, level: int) -> None:
    """Word's built-in heading ``name`` with no look of its own: it takes drafter's ``look`` style, and keeps its
    outline level (so outline, navigation pane, screen readers and converters see a heading)."""
    style = doc.styles[name]
    element = style.element
    for tag in ("w:pPr", "w:rPr"):
        found = element.find(qn(tag))
        if found is not None:
            element.remove(found)
    style.base_style = doc.styles[look]
    style.quick_style = True
    ppr = element.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    ppr.append(outline)
    style.next_paragraph_style = doc.styles["Body Text"]


def _numbering(doc: docx.document.Document) -> None:
    """drafter's bulleted and numbered lists in word/numbering.xml, after the definitions Word's own list styles
    use (the writer adds one w:num per list)."""
    element = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in element.findall(qn("w:abstractNum"))]
    first_num = element.find(qn("w:num"))
    for index, name in enumerate((BULLETS, NUMBERS)):
        definition = parse_xml(abstract_num_xml(max(ids, default=-1) + 1 + index, name).replace(
            "<w:abstractNum ", f'<w:abstractNum xmlns:w="{W_NS}" ', 1))
        if first_num is not None:
            first_num.addprevious(definition)
        else:
            element.append(definition)


def _field(paragraph: object, instruction: str, shown: str) -> None:
    """A field (PAGE) as Word writes it: begin, instruction, separate, the last result, end."""
    def run(*children: object) -> None:
        r = OxmlElement("w:r")
        for child in children:
            r.append(child)  # type: ignore[arg-type]
        paragraph._p.append(r)  # type: ignore[attr-defined]

    def char(kind: str) -> object:
        found = OxmlElement("w:fldChar")
        found.set(qn("w:fldCharType"), kind)
        return found

    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    result = OxmlElement("w:t")
    result.text = shown
    run(char("begin"))
    run(text)
    run(char("separate"))
    run(result)
    run(char("end"))


def _header_footer(section: object) -> None:
    """The header holds the release label (empty here: the writer puts campaign.yaml's ``label:`` in); the
    footer the page number."""
    header = section.header  # type: ignore[attr-defined]
    header.is_linked_to_previous = False
    label = header.paragraphs[0]
    label.style = "Release Label"
    footer = section.footer  # type: ignore[attr-defined]
    footer.is_linked_to_previous = False
    page = footer.paragraphs[0]
    page.style = "Footer"
    page.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(page, "PAGE", "1")


def _language(doc: docx.document.Document) -> None:
    """British English unless a paragraph says otherwise (the writer tags every paragraph and run)."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-GB")


FIGURES_TABLE = (  # the table style of a table of figures (drafter.document.TABLE_STYLE): rules, no grid
    '<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="table" '
    'w:customStyle="1" w:styleId="FiguresTable"><w:name w:val="Figures Table"/><w:basedOn w:val="TableNormal"/>'
    '<w:uiPriority w:val="40"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="1F1F1F"/>'
    '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F1F1F"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders>'
    '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:tcBorders>'
    '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F1F1F"/></w:tcBorders>'
    '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr></w:style>'
)


def _figures_table(doc: docx.document.Document) -> None:
    from docx.oxml import parse_xml

    doc.styles.element.append(parse_xml(FIGURES_TABLE))


KEEP_TABLE_STYLES = ("Normal Table", "Table Grid")  # Word's own; drafter adds "Figures Table"
DROP_PARTS = (  # parts of python-docx's default template that a release does not need
    "/stylesWithEffects",  # Word 2010's copy of every style (438 KB): later Word reads styles.xml
    "/customXml",  # an empty bibliography
    "/thumbnail",  # a picture of another document, which a file browser would show for every release
)


def _slim(doc: docx.document.Document) -> None:
    """Leave out what python-docx's default template carries and no release uses: about a hundred table styles
    (Word still offers every built-in style; it adds one to a document when it is first applied), and the parts
    in DROP_PARTS. Each release is then about a quarter of the size, and reading the reference takes a
    fraction of the time."""
    for style in doc.styles.element.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if style.get(qn("w:type")) == "table" and name is not None and name.get(qn("w:val")) not in KEEP_TABLE_STYLES:
            doc.styles.element.remove(style)
    for part in (doc.part, doc.part.package):
        for rid, rel in list(part.rels.items()):
            if rel.reltype.endswith(DROP_PARTS):
                del part.rels[rid]


def build() -> bytes:
    doc = docx.Document()
    _slim(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))

    normal = doc.styles["Normal"]
    _fonts(normal, 11)
    normal.font.color.rgb = DARK

    body = _paragraph_style(doc, "Body Text", "Normal")
    _fonts(body, 11)
    fmt = body.paragraph_format  # type: ignore[attr-defined]
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(8), 1.15
    body.font.color.rgb = DARK  # type: ignore[attr-defined]

    headline = _paragraph_style(doc, "Headline", "Normal")
    _fonts(headline, 20)
    headline.font.bold = True  # type: ignore[attr-defined]
    headline.font.color.rgb = DARK  # type: ignore[attr-defined]
    headline.paragraph_format.space_before = Pt(6)  # type: ignore[attr-defined]
    headline.paragraph_format.space_after = Pt(12)  # type: ignore[attr-defined]
    headline.paragraph_format.line_spacing = 1.0  # type: ignore[attr-defined]
    headline.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
    headline.next_paragraph_style = doc.styles["Body Text"]  # type: ignore[attr-defined]
    _heading_on(doc, "Heading 1", "Headline", 0)

    specs: dict[str, dict[str, object]] = {
        "Embargo": {"bold": True, "size": 10, "color": RGBColor(0xC0, 0x00, 0x00), "after": 12},
        "Dateline": {"italic": True, "size": 10, "color": RGBColor(0x59, 0x59, 0x59), "after": 12},
        "Quote": {"indent": 0.75},
        "Ends": {"bold": True, "align": WD_ALIGN_PARAGRAPH.CENTER, "before": 12, "after": 12},
        "Notes Heading": {"bold": True, "size": 11, "before": 12, "keep": True},
        "Notes": {"size": 10},
        "Contact": {"size": 10},
        "Body List": {"contextual": True},
        "Release Label": {"bold": True, "size": 10, "align": WD_ALIGN_PARAGRAPH.RIGHT, "after": 0},
    }
    for name, spec in specs.items():
        style = _paragraph_style(doc, name)
        font = style.font  # type: ignore[attr-defined]
        fmt = style.paragraph_format  # type: ignore[attr-defined]
        font.italic = bool(spec.get("italic", False))
        font.bold = bool(spec.get("bold", False))
        if spec.get("caps"):
            font.all_caps = True
        if "size" in spec:
            _size(style, float(spec["size"]))  # type: ignore[arg-type]
        font.color.rgb = spec.get("color", DARK)
        if "after" in spec:
            fmt.space_after = Pt(float(spec["after"]))  # type: ignore[arg-type]
        if "before" in spec:
            fmt.space_before = Pt(float(spec["before"]))  # type: ignore[arg-type]
        if "indent" in spec:
            fmt.left_indent = Cm(float(spec["indent"]))  # type: ignore[arg-type]
            fmt.right_indent = Cm(0)
        if "align" in spec:
            fmt.alignment = spec["align"]
        if spec.get("keep"):
            fmt.keep_with_next = True
        if spec.get("contextual"):  # no space between the items of a list, the body's after its last
            style.element.get_or_add_pPr().append(OxmlElement("w:contextualSpacing"))
        if name == "Quote":
            ppr = style.element.get_or_add_pPr()  # type: ignore[attr-defined]
            for tag in ("w:pBdr", "w:jc"):
                found = ppr.find(qn(tag))
                if found is not None:
                    ppr.remove(found)
            rpr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
            found = rpr.find(qn("w:iCs"))  # the built-in Quote is italic for complex scripts too
            if found is not None:
                rpr.remove(found)
        style.next_paragraph_style = doc.styles["Body Text"]  # type: ignore[attr-defined]
    _heading_on(doc, "Heading 2", "Notes Heading", 1)  # "Notes to editors", "About …": a heading under the headline

    caption = _paragraph_style(doc, "Caption", "Body Text")  # a table's caption, a chart's title
    _fonts(caption, 10)
    caption.font.bold, caption.font.italic = True, False  # type: ignore[attr-defined]
    caption.font.color.rgb = DARK  # type: ignore[attr-defined]
    caption.paragraph_format.space_before, caption.paragraph_format.space_after = Pt(12), Pt(4)  # type: ignore[attr-defined]
    caption.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
    _figures_table(doc)
    _numbering(doc)
    _header_footer(section)
    _language(doc)

    body_el = doc.element.body
    for child in list(body_el):
        if child.tag != qn("w:sectPr"):
            body_el.remove(child)

    props = doc.core_properties
    fixed = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    props.title, props.author, props.last_modified_by = "drafter reference", "drafter", ""
    props.created = props.modified = props.last_printed = fixed
    props.revision = 1
    props.comments = ""
    props._element._remove_lastModifiedBy()  # no last_modified_by at all, not an empty one

    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed_info = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed_info.compress_type = zipfile.ZIP_DEFLATED
            fixed_info.create_system = 0
            dst.writestr(fixed_info, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    data = build()
    (ROOT / "templates" / "reference.docx").write_bytes(data)
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")
    (ROOT / "templates" / "reference").mkdir(exist_ok=True)
    (ROOT / "templates" / "reference" / "styles.xml").write_bytes(styles)
    print(f"wrote templates/reference.docx ({len(data):,} bytes) and templates/reference/styles.xml")


if __name__ == "__main__":
    main()
