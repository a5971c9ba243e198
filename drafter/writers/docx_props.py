"""A release's document properties, true for the release: ``docProps/core.xml`` (title, subject, author,
language, keywords) and ``docProps/app.xml`` (drafter as the application, the real word count), as text.

A letterhead saved without ``docProps/app.xml`` gets one: :func:`with_app_part` adds its content type and
relationship to the package's own files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from html import escape as _html_escape

from drafter.model import Block, Release

CORE_PART = "docProps/core.xml"
APP_PART = "docProps/app.xml"
CONTENT_TYPES = "[Content_Types].xml"
PACKAGE_RELS = "_rels/.rels"
_APP_TYPE = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
_APP_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"


def escape(text: str) -> str:
    """Text for XML content: &, < and > escaped."""
    return _html_escape(text, quote=False)


def escape_attribute(text: str) -> str:
    """Text for an XML attribute's value: quotation marks escaped too."""
    return _html_escape(text, quote=True)


def core_properties_xml(release: Release) -> str:
    """Title (the headline), subject (the campaign's title), author (the organisation) and keywords (the area's
    name), each in the release's language as the render stage gives them; category (the area as areas.csv names
    it: ``drafter check`` finds a release's area there), language, and the release date as created."""
    stamp = dt.datetime.combine(release.release_date, dt.time()).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(release.headline)}</dc:title>"
        f"<dc:subject>{escape(release.campaign)}</dc:subject>"
        f"<dc:creator>{escape(release.organisation)}</dc:creator>"
        f"<cp:keywords>{escape(release.keywords or release.area)}</cp:keywords>"
        f"<cp:category>{escape(release.area)}</cp:category>"
        f"<dc:language>{escape(release.language_tag)}</dc:language>"
        "<cp:lastModifiedBy>drafter</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_properties_xml(words: int, characters: int, with_spaces: int, paragraphs: int, company: str) -> str:
    """The extended properties: drafter as the application and the document's real counts (Word counts words
    between spaces, and characters with and without them). Pages are left to Word, which lays the text out."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<TotalTime>0</TotalTime><Words>{words}</Words><Characters>{characters}</Characters>"
        f"<Application>drafter</Application><DocSecurity>0</DocSecurity><Paragraphs>{paragraphs}</Paragraphs>"
        f"<ScaleCrop>false</ScaleCrop><Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{with_spaces}</CharactersWithSpaces><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    )


def own_text(block: Block) -> str:
    """A paragraph's text as Word counts it: a Word list's bullet or number is not text."""
    return "".join(inline.text for inline in block.inlines)


class WordCount:
    """Word's counts of a document's paragraphs, kept as each paragraph is added, so a long document (the
    reviewer pack for 10,000 areas) never holds its text, or its words, all at once."""

    def __init__(self) -> None:
        self.words = self.characters = self.with_spaces = self.paragraphs = 0

    def add(self, text: str) -> None:
        pieces = text.split()
        self.words += len(pieces)
        self.characters += sum(map(len, pieces))
        self.with_spaces += len(text)
        self.paragraphs += 1

    def totals(self) -> tuple[int, int, int, int]:
        """(words, characters without spaces, characters with spaces, paragraphs)."""
        return self.words, self.characters, self.with_spaces, self.paragraphs


def counts(texts: Iterable[str]) -> tuple[int, int, int, int]:
    """(words, characters without spaces, characters with spaces, paragraphs) of a document's paragraphs.

    >>> counts(["Calls rise by 12 per cent", "ENDS"])
    (7, 24, 29, 2)
    """
    tally = WordCount()
    for text in texts:
        tally.add(text)
    return tally.totals()


def with_app_part(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The package's parts with an (empty) ``docProps/app.xml`` declared, when the letterhead has none."""
    if APP_PART in parts or CONTENT_TYPES not in parts or PACKAGE_RELS not in parts:
        return parts
    types = parts[CONTENT_TYPES].decode("utf-8").replace(
        "</Types>", f'<Override PartName="/{APP_PART}" ContentType="{_APP_TYPE}"/></Types>')
    rels = parts[PACKAGE_RELS].decode("utf-8").replace(
        "</Relationships>", f'<Relationship Id="rIdDrafterApp" Type="{_APP_REL}" Target="{APP_PART}"/>'
                            "</Relationships>")
    return {**parts, CONTENT_TYPES: types.encode("utf-8"), PACKAGE_RELS: rels.encode("utf-8"),
            APP_PART: app_properties_xml(0, 0, 0, 0, "").encode("utf-8")}
