"""Reading a Word chart's figures back, for ``check``: each series' name and, by category, the values the chart
part caches (``c:strCache``, ``c:numCache``), which are what Word, LibreOffice and a PDF draw; and whether the
chart carries a data sheet of its own (an embedded workbook, ``c:externalData``: what Word's "Edit Data" opens),
which is not read. The part is read with the standard library's XML parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@dataclass(frozen=True)
class ChartSeries:
    """One series of a chart as its part caches it: its name, and its values and category labels by point."""

    name: str
    categories: tuple[tuple[int, str], ...]  # (point, label)
    values: tuple[tuple[int, str], ...]  # (point, the value as cached: "440")
    labels: tuple[tuple[int, str], ...] = ()  # (point, the text of its own data label: "31.5", "£1.2m")


@dataclass(frozen=True)
class DocChart:
    number: int  # 1 for the document's first chart
    series: tuple[ChartSeries, ...]
    workbook: bool  # it carries a data sheet of its own (what Word's "Edit Data" opens)


def read_chart(blob: bytes, number: int) -> DocChart:
    """A chart part's series, as cached in it (a part that is not XML has none)."""
    try:
        root = ElementTree.fromstring(blob)
    except ElementTree.ParseError:
        return DocChart(number, (), False)
    series = []
    for ser in root.iter(f"{C}ser"):
        name = " ".join(v.text or "" for tx in ser.findall(f"{C}tx") for v in tx.iter(f"{C}v"))
        found = {}
        for what in ("cat", "val"):
            found[what] = tuple((_index(pt.get("idx")), " ".join((v.text or "").split()))
                                for part in ser.findall(f"{C}{what}") for pt in part.iter(f"{C}pt")
                                for v in pt.findall(f"{C}v"))
        labels = []
        for label in ser.iter(f"{C}dLbl"):  # a bar's own label, as drafter writes each figure as printed
            idx, text = label.find(f"{C}idx"), label.find(f"{C}tx")
            if idx is not None and text is not None:
                labels.append((_index(idx.get("val")), " ".join("".join(t.text or "" for t in text.iter(f"{A}t"))
                                                                .split())))
        series.append(ChartSeries(" ".join(name.split()), found["cat"], found["val"], tuple(labels)))
    return DocChart(number, tuple(series), root.find(f"{C}externalData") is not None)


def _index(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return -1
