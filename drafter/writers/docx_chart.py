"""A chart as a native Word chart part (``word/charts/chartN.xml``, DrawingML's ``c:barChart``), which Word
can restyle and LibreOffice draws.

The figures are in the part as cached values (``c:strCache``, ``c:numCache``), so every reader draws the same
bars without a spreadsheet; no workbook is embedded (openpyxl is the loader's alone), so Word's "Edit Data"
has no sheet to open, but colours, labels and layout can be changed in Word. The areas are the categories,
the release's own area first; one series per period, the latest in the campaign's first colour. A suppressed
count is not drawn (the alternative text, ``wp:docPr descr``, says "fewer than five"). Same chart, same bytes.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.exhibits import LABELLED_BARS, Chart
from drafter.model import Release
from drafter.writers.docx_props import escape_attribute as escape  # text and attributes alike

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
CHART_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
CHART_CONTENT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
RELS_PART = "word/_rels/document.xml.rels"
TYPES_PART = "[Content_Types].xml"
CX, CY = 5760000, 3240000  # EMU: 16 cm by 9 cm, or narrower to fit the letterhead's margins
EMU = 635  # EMU in a twentieth of a point
BAR, TALLEST = 180000, 7920000  # EMU: a bar chart 0.5 cm taller for each bar from 18 bars, up to 22 cm (a page)



def rel_id(number: int) -> str:
    return f"rIdDrafterChart{number}"


def drawing_xml(chart: Chart, number: int, width: int = CX // EMU, height: int = TALLEST // EMU) -> str:
    """The paragraph that holds chart ``number`` inline, with its figures as alternative text, at most ``width``
    and ``height`` (twentieths of a point: what the page leaves beside its title and source) in size, kept with the
    source line after it."""
    tallest = max(min(TALLEST, height * EMU), CY // 2)
    cx = min(CX, width * EMU, tallest * CX // CY)  # a column chart keeps its shape
    bars = len(chart.series) * len(chart.categories)
    cy = CY * cx // CX if chart.kind == "column" else min(max(CY * cx // CX, bars * BAR), tallest)
    return ('<w:p><w:pPr><w:keepNext/><w:keepLines/></w:pPr>'
            f'<w:r><w:drawing><wp:inline xmlns:wp="{WP}" distT="0" distB="0" '
            f'distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{4000 + number}" name="Chart {number}" title="{escape(chart.title)}" '
            f'descr="{escape(chart.alt)}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="{A}"><a:graphicData '
            f'uri="{C}"><c:chart xmlns:c="{C}" xmlns:r="{R}" r:id="{rel_id(number)}"/></a:graphicData>'
            "</a:graphic></wp:inline></w:drawing></w:r></w:p>")


def chart_parts(release: Release, parts: dict[str, bytes], font: str = "") -> dict[str, bytes]:
    """The parts a release's charts add (``word/charts/chartN.xml``) or change (the document's relationships
    and the content types), by name; their text in ``font``, the letterhead's."""
    charts = [b.chart for b in release.blocks if b.chart is not None]
    if not charts:
        return {}
    rels = parts[RELS_PART].decode("utf-8")
    types = parts[TYPES_PART].decode("utf-8")
    found: dict[str, bytes] = {}
    for number, chart in enumerate(charts, 1):
        found[f"word/charts/chart{number}.xml"] = chart_xml(chart, release.language, font).encode("utf-8")
        rels = rels.replace("</Relationships>", f'<Relationship Id="{rel_id(number)}" Type="{CHART_TYPE}" '
                            f'Target="charts/chart{number}.xml"/></Relationships>')
        types = types.replace("</Types>", f'<Override PartName="/word/charts/chart{number}.xml" '
                              f'ContentType="{CHART_CONTENT}"/></Types>')
    found[RELS_PART] = rels.encode("utf-8")
    found[TYPES_PART] = types.encode("utf-8")
    return found


def _column(index: int) -> str:
    return chr(ord("B") + index)


def chart_xml(chart: Chart, language: str, font: str = "") -> str:
    """The chart part: areas as categories, one series per period, its text in ``font`` (the letterhead's body
    text's: a chart without one is drawn in the program's own, a serif in LibreOffice)."""
    lang = escape(language.replace("_", "-"))
    face = f'<a:latin typeface="{escape(font)}"/>' if font else ""
    areas = [name for name, _ in chart.series]
    labelled = len(areas) * len(chart.categories) <= LABELLED_BARS  # more labels run into one another
    last = len(chart.categories) - 1
    series = []
    for p, period in enumerate(chart.categories):
        colour = chart.colours[0] if p == last else chart.colours[1 % len(chart.colours)]
        values = [values[p] for _, values in chart.series]
        series.append(
            f'<c:ser><c:idx val="{p}"/><c:order val="{p}"/><c:tx><c:strRef><c:f>Sheet1!${_column(p)}$1</c:f>'
            f'{_str_cache([period])}</c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="{escape(colour)}"/>'
            '</a:solidFill></c:spPr><c:invertIfNegative val="0"/>'
            f'<c:dLbls>{_labels([texts[p] for texts in chart.labels], values, lang, face) if labelled else ""}'
            '<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln>'
            f'</c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800">{face}</a:defRPr></a:pPr>'
            f'<a:endParaRPr lang="{lang}"/></a:p></c:txPr><c:showLegendKey val="0"/><c:showVal val="{labelled:d}"/>'
            '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>'
            '</c:dLbls>'
            f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${len(areas) + 1}</c:f>{_str_cache(areas)}</c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>Sheet1!${_column(p)}$2:${_column(p)}${len(areas) + 1}</c:f>'
            f'{_num_cache(values)}</c:numRef></c:val></c:ser>')
    direction = "col" if chart.kind == "column" else "bar"
    code, top, unit = _value_axis([v for _, values in chart.series for v in values if v is not None])
    axis = ('<c:scaling><c:orientation val="{o}"/></c:scaling><c:delete val="0"/><c:axPos val="{pos}"/>')
    text = (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">{face}</a:defRPr></a:pPr>'
            f'<a:endParaRPr lang="{lang}"/>'
            '</a:p></c:txPr>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<c:chartSpace xmlns:c="{C}" xmlns:a="{A}" xmlns:r="{R}"><c:lang val="{lang}"/>'
        '<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>'
        f'<c:barChart><c:barDir val="{direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        + "".join(series) +
        '<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>'
        '<c:catAx><c:axId val="1001"/>'
        + axis.format(o="maxMin" if direction == "bar" else "minMax", pos="l" if direction == "bar" else "b") +
        '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>'
        f'<c:tickLblPos val="nextTo"/>{text}<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/>'
        '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        '<c:valAx><c:axId val="1002"/>'
        + axis.format(o="minMax", pos="b" if direction == "bar" else "l").replace("</c:scaling>", top + "</c:scaling>")
        + '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln>'
        f'</c:spPr></c:majorGridlines><c:numFmt formatCode="{code}" sourceLinked="0"/><c:majorTickMark val="none"/>'
        f'<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{text}<c:crossAx val="1001"/>'
        f'<c:crosses val="{"max" if direction == "bar" else "autoZero"}"/><c:crossBetween val="between"/>{unit}'
        '</c:valAx></c:plotArea>'
        f'<c:legend><c:legendPos val="b"/><c:overlay val="0"/>{text}</c:legend><c:plotVisOnly val="1"/>'
        '<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
    )


def _labels(texts: list[str], values: list[Decimal | None], lang: str, face: str) -> str:
    """Each bar's label as the release prints its figure ("31.5", "£70,746.02", "£16.6m"), not as a number format
    would round it ("32", "70,746"); a figure not drawn has no label."""
    return "".join(
        f'<c:dLbl><c:idx val="{i}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800">{face}'
        f'</a:defRPr></a:pPr><a:r><a:rPr lang="{lang}" sz="800">{face}</a:rPr><a:t>{escape(text)}</a:t></a:r></a:p>'
        '</c:rich></c:tx>'
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/>'
        '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>'
        '</c:dLbl>' for i, (text, value) in enumerate(zip(texts, values, strict=True)) if value is not None)


def _value_axis(values: list[Decimal]) -> tuple[str, str, str]:
    """The value axis's number format, its top (``c:max``) and step (``c:majorUnit``), so that no two of its
    labels read the same: counts of ten or less step by one (a format of whole numbers shows steps of 0.5 as
    "0, 1, 1, 2"), every count zero gives an axis from 0 to 1, and smaller rates show the places they need."""
    largest = max((abs(v) for v in values), default=Decimal(0))
    if all(v == v.to_integral_value() for v in values):
        if largest > 10:
            return "#,##0", "", ""
        return "#,##0", '<c:max val="1"/>' if largest == 0 else "", '<c:majorUnit val="1"/>'
    return "#,##0" + (".00" if largest < 1 else ".0" if largest < 10 else ""), "", ""


def _str_cache(texts: list[str]) -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{escape(t)}</c:v></c:pt>' for i, t in enumerate(texts))
    return f'<c:strCache><c:ptCount val="{len(texts)}"/>{points}</c:strCache>'


def _num_cache(values: list[Decimal | None]) -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{format(v, "f")}</c:v></c:pt>' for i, v in enumerate(values)
                     if v is not None)
    return f'<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{len(values)}"/>{points}</c:numCache>'
