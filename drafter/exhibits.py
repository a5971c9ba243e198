"""Tables and charts between the stages: plain frozen dataclasses, like :mod:`drafter.model` (which re-exports
them), kept here so that the model stays one screenful per idea.

:class:`TableOption` and :class:`ChartOption` are campaign.yaml's ``table:`` and ``chart:`` as the loader
validated them; :class:`Table` and :class:`Chart` are one release's table or chart, every number in them
already printed in house style (and recorded as a fact by the template's helpers), as a writer draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Placement = Literal["body", "notes"]
ChartKind = Literal["column", "bar"]
DEFAULT_COLOURS = ("1F4E79", "A6A6A6")  # a chart's own area in dark blue, the others in grey
LABELLED_BARS = 24  # the most bars a chart labels with their figures: more labels run into one another


@dataclass(frozen=True)
class TableOption:
    """campaign.yaml ``table:``: a table of one measure across the area's siblings and its parent."""

    measure: str
    columns: tuple[str, ...]  # period ids, "change", "per_head", "rank"
    sort: str  # "areas" (areas.csv order) or one of the columns
    lowest: bool  # sort lowest first
    where: Placement


@dataclass(frozen=True)
class ChartOption:
    """campaign.yaml ``chart:``: the area against its siblings (or its parent) across the periods."""

    measure: str
    against: Literal["siblings", "parent"]
    kind: ChartKind
    colours: tuple[str, ...]  # "1F4E79": the release's own area first, then the others
    where: Placement


@dataclass(frozen=True, slots=True)
class Table:
    """A table as a release prints it: a caption, a header row and body rows of printed cells."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...] = ()  # per column: figures, aligned right
    bold_rows: tuple[int, ...] = ()  # body rows emphasised (the release's own area)

    def cells(self) -> list[tuple[int, int, str]]:
        """(row, column, text), 1-based, header first: as a reader of the document meets them."""
        return [(r, c, text) for r, row in enumerate((self.header, *self.rows), 1)
                for c, text in enumerate(row, 1)]


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart as a release draws it: one series per area, one value per period (None: not shown)."""

    title: str
    source: str  # "Source: …", printed under the chart
    alt: str  # the figures in words, for a screen reader
    categories: tuple[str, ...]  # the periods, as printed
    series: tuple[tuple[str, tuple[Decimal | None, ...]], ...]  # (area name, value per period)
    labels: tuple[tuple[str, ...], ...]  # each value as printed ("fewer than five" where suppressed)
    colours: tuple[str, ...]
    kind: ChartKind = "column"
    measure: str = ""  # what it draws, and where from: the measure's id, each series' area and each period's id
    areas: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()
