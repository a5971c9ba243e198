"""The parts of a Word package drafter reads without python-docx: the core properties (the area, language and
title drafter writes there, which survive a save in Word or LibreOffice), and a Word template (.dotx) turned into
the document it makes; a letterhead's last page set-up made whole before its page is dropped; and its header's
label line filled in ("PRESS RELEASE")."""

from __future__ import annotations

import copy
import io
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from drafter.writers.docx_props import escape

TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
LABEL_PARAGRAPH = '<w:pStyle w:val="ReleaseLabel"/></w:pPr></w:p>'  # the shipped header's empty label line


def as_document(data: bytes) -> bytes:
    """A Word template (.dotx) as the document it makes (python-docx opens documents only): the two differ only
    in the main part's content type. A macro-enabled one (.docm, .dotm) is refused: its macros cannot go into a
    .docx. Anything else is returned as it is."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            types = package.read("[Content_Types].xml")
            if b".macroEnabled" in types:
                raise ValueError("it is macro-enabled, a .docm or .dotm file")
            if DOCUMENT_MAIN not in types and TEMPLATE_MAIN not in types:
                raise ValueError("it is another kind of Office file, not a Word document")
            if TEMPLATE_MAIN not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as converted:
                for info in package.infolist():
                    part = package.read(info.filename)
                    converted.writestr(info, types.replace(TEMPLATE_MAIN, DOCUMENT_MAIN) if
                                       info.filename == "[Content_Types].xml" else part)
    except (zipfile.BadZipFile, KeyError):
        return data  # python-docx says what is wrong with it
    return out.getvalue()


def read_language(path: Path) -> str:
    """Only the document's language property ("en-GB"; "" when it has none or is not a Word document). The
    caller makes sure ``path`` is a regular file. A package Python cannot unpack (a part packed by an unusual
    writer, locked, or damaged) has none: where the document itself is read, it is told what to do."""
    try:
        with zipfile.ZipFile(path) as package:
            return core_properties(package).get("language", "")
    except (OSError, EOFError, zipfile.BadZipFile, NotImplementedError, RuntimeError, zlib.error):
        return ""


_DC = "{http://purl.org/dc/elements/1.1/}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def core_properties(package: zipfile.ZipFile) -> dict[str, str]:
    """The area (category), language and title from the package's core properties, found by its relationship
    whichever of the two names for it the package uses: Word's, or the one LibreOffice writes
    (``…/officedocument/2006/relationships/metadata/core-properties``), which python-docx does not follow."""
    try:
        rels = ElementTree.fromstring(_small(package, "_rels/.rels"))
        target = next((r.get("Target", "") for r in rels.iter(f"{_RELS}Relationship")
                       if r.get("Type", "").endswith("/metadata/core-properties")), "docProps/core.xml")
        root = ElementTree.fromstring(_small(package, target.lstrip("/")))
    except (KeyError, ValueError, ElementTree.ParseError):
        return {}
    found = {"area": root.find(f"{_CP}category"), "language": root.find(f"{_DC}language"),
             "title": root.find(f"{_DC}title")}
    return {name: (element.text or "").strip() for name, element in found.items() if element is not None}


def _small(package: zipfile.ZipFile, name: str) -> bytes:
    """A part of a few hundred bytes, normally; one that is not is not read."""
    if package.getinfo(name).file_size > 1_000_000:
        raise ValueError(name)
    return package.read(name)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PICTURES = (f"{_W}drawing", f"{_W}pict", f"{_W}object")


def inherit_headers(body: Any) -> None:
    """Give the letterhead's last section the headers and footers it shows by inheritance. Word shows a section
    that has no header (or footer) of a kind (default, first page, even pages) of its own with the previous
    section's ("Same as Previous"); drafter keeps only the last section, so it gets its own references to them.
    ``body`` is the ``w:body`` element (lxml, as python-docx gives it)."""
    sections = [*body.iter(f"{_W}sectPr")]
    carried: dict[tuple[str, str], Any] = {}
    for section in sections:
        own = {(ref.tag, ref.get(f"{_W}type", "default")): ref for ref in section
               if ref.tag in (f"{_W}headerReference", f"{_W}footerReference")}
        if section is sections[-1]:
            for key, ref in carried.items():
                if key not in own:
                    section.insert(0, copy.deepcopy(ref))
        carried.update(own)


def has_pictures(blocks: Iterable[Any]) -> bool:
    """Whether any of ``blocks`` (the letterhead's page: paragraphs and tables, lxml) holds a picture or shape."""
    return any(next(block.iter(*_PICTURES), None) is not None for block in blocks)


def detach_heading(styles: Any, heading: Any, look: str) -> None:
    """Take the letterhead's Heading 1 (``heading``, an element of ``styles``, the ``w:styles`` element) out, for
    drafter's, which is based on the style named ``look`` (Headline). Where the letterhead's Headline is itself
    based on that Heading 1 (made in Word from a Heading 1 paragraph), the Heading 1 stays, renamed "Headline
    Base", so the headline keeps its look and no style is based on itself."""
    by_id = {style.get(f"{_W}styleId"): style for style in styles.iter(f"{_W}style")}
    old = heading.get(f"{_W}styleId")
    style = next((s for s in by_id.values() if s.find(f"{_W}name") is not None
                  and s.find(f"{_W}name").get(f"{_W}val") == look), None)
    seen: set[str] = set()
    while style is not None and style.get(f"{_W}styleId") not in seen and style is not heading:
        seen.add(style.get(f"{_W}styleId"))
        based = style.find(f"{_W}basedOn")
        if based is not None and based.get(f"{_W}val") == old:
            new = next(f"{look}Base{n or ''}" for n in range(len(by_id) + 1) if f"{look}Base{n or ''}" not in by_id)
            based.set(f"{_W}val", new)
            heading.set(f"{_W}styleId", new)
            heading.find(f"{_W}name").set(f"{_W}val", f"{look} Base")
            heading.set(f"{_W}customStyle", "1")
            for link in heading.findall(f"{_W}link"):
                heading.remove(link)
            return
        style = by_id.get(based.get(f"{_W}val")) if based is not None else None
    heading.getparent().remove(heading)


def copy_styles(document: Any, shipped: Any, names: list[str]) -> list[str]:
    """Copy the shipped reference's definitions of ``names`` into ``document``, without their fonts, based on the
    letterhead's own styles of the same names, whatever their ids (LibreOffice's Body Text is "TextBody")."""
    target = document.styles.element
    ids = {style.name: style.style_id for style in document.styles}
    renamed = {style.style_id: ids[style.name] for style in shipped.styles if ids.get(style.name, style.style_id)
               != style.style_id}
    for name in names:
        element = copy.deepcopy(shipped.styles[name].element)
        rename_references(element, renamed)
        for fonts in element.findall(f".//{_W}rFonts"):
            fonts.getparent().remove(fonts)
        target.append(element)
    return names


def rename_references(style: Any, ids: dict[str, str]) -> None:
    """A style's references to other styles (based on, next, linked) by the ids ``ids`` gives them instead."""
    for ref in style.iter(f"{_W}basedOn", f"{_W}next", f"{_W}link"):
        ref.set(f"{_W}val", ids.get(ref.get(f"{_W}val"), ref.get(f"{_W}val")))


def with_label(parts: dict[str, bytes], label: str, lang: str = "") -> dict[str, bytes]:
    """The shipped reference's header with campaign.yaml's ``label:`` ("PRESS RELEASE") in its label line, in the
    language ``lang`` when given."""
    out = dict(parts)
    for name, data in parts.items():
        text = data.decode("utf-8") if name.startswith("word/header") and name.endswith(".xml") else ""
        if LABEL_PARAGRAPH in text:
            out[name] = text.replace(LABEL_PARAGRAPH, LABEL_PARAGRAPH[:-len("</w:p>")] + run_xml(
                label, False, False, f'<w:lang w:val="{lang}"/>' if lang else "") + "</w:p>", 1).encode("utf-8")
    return out


def run_xml(text: str, bold: bool, italic: bool, language: str) -> str:
    """A run of text, bold or italic, with its language (``<w:lang …/>``, or nothing)."""
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + language
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
