"""A chart of the release's area against its siblings (or its parent) across the periods: ``{{ chart() }}``.

Every value it draws is printed in its data labels and alternative text in house style and recorded as a
fact, as in a sentence; a suppressed count is not drawn (its label says "fewer than five"), nor is a count
left out so that it cannot be worked out by subtraction (see :mod:`drafter.render.tables`). The template gets a
``{.chart}`` paragraph (the chart's title); the chart itself goes to the release's context, and the renderer
puts it in that paragraph's block.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from drafter.document import escape_markdown
from drafter.errors import TemplateError
from drafter.exhibits import DEFAULT_COLOURS, LABELLED_BARS, Chart, ChartKind, ChartOption
from drafter.render.area_words import furnished
from drafter.render.environment import Md
from drafter.render.tables import TableContext, _Table, area_name, default_areas, label, table_of
from drafter.style import wording


class ChartContext(TableContext, Protocol):
    """A release's context that keeps the charts its template asks for, in order."""

    @property
    def charts(self) -> list[Chart]: ...


def chart(ctx: ChartContext, measure: str | None = None, against: str = "siblings", kind: str = "column",
          colours: Sequence[str] = DEFAULT_COLOURS) -> Md:
    """A ``kind`` ("column" or "bar") chart of ``measure`` (default: the story's) for the release's area and
    its siblings (``against="parent"``: its parent) in every period, the area in the first colour."""
    c = ctx.campaign
    measure = measure or c.story_measure or c.measures[0].id
    if against not in ("siblings", "parent") or kind not in ("column", "bar"):
        raise TemplateError(f"asks for a chart against {against!r} of kind {kind!r}", field="template",
                            expected='against= "siblings" or "parent", kind= "column" or "bar"')
    area = ctx.area
    table = default_areas(c, area)  # the siblings and the parent: complementary suppression needs them all
    if against == "parent":
        shown = [area] + ([c.area(area.parent)] if area.parent else [])
    else:
        shown = [area] + [a for a in table if a != area and a.name != area.parent]
    helper = _Table(ctx, measure, [p.id for p in c.periods], table)
    style = ctx.style
    categories = tuple(wording.period_text(p.start, p.end, style) for p in c.periods)
    series, labels = [], []
    for where in shown:
        values: list[Decimal | None] = []
        texts: list[str] = []
        for p in c.periods:
            text, value = helper._count(where, p.id)
            given = c.figures.get((where.name, measure, p.id))
            values.append(None if value is None or given is None or ctx.hidden(measure, given) else value)
            texts.append(text)
        series.append((area_name(where, style), tuple(values)))
        labels.append(tuple(texts))
    title = furnished(style.furniture.table_caption, c, style, label=label(c, measure, style))
    if len(shown) * len(c.periods) > LABELLED_BARS:
        crowded = f"the chart of {measure} draws {len(shown)} areas, {len(shown) * len(c.periods)} bars: too many "
        ctx.warn("crowded_chart", crowded + (
            "to label with their figures, which are in its alternative text" if kind == "bar" else
            "to label or read as columns; chart: kind: bar draws it as tall as a page") +
            " (chart: against: parent draws each area against its region only)", area)
    organisation = c.text_for("organisation", style.language.code) or c.organisation
    source = style.furniture.chart_source.format(organisation=organisation)
    alt = title + ". " + "; ".join(
        f"{name}: " + ", ".join(f"{period} {text}" for period, text in zip(categories, texts, strict=True))
        for (name, _), texts in zip(series, labels, strict=True)) + "."
    ctx.charts.append(Chart(title, source, alt, categories, tuple(series), tuple(labels), tuple(colours),
                            kind, measure, tuple(a.name for a in shown),  # type: ignore[arg-type]
                            tuple(p.id for p in c.periods)))
    return Md("\n\n{.chart}\n" + escape_markdown(title) + "\n\n")


def chart_of(ctx: ChartContext, option: ChartOption) -> Md:
    """The chart campaign.yaml's ``chart:`` asks for."""
    kind: ChartKind = option.kind
    return chart(ctx, option.measure, option.against, kind, option.colours)


def exhibits(ctx: ChartContext, where: str) -> Md:
    """What campaign.yaml's ``chart:`` and ``table:`` put in one place of a shipped template ("body" or
    "notes"): the chart, then the table; nothing when neither is turned on there."""
    c = ctx.campaign
    found = [chart_of(ctx, c.chart)] if c.chart is not None and c.chart.where == where else []
    if c.table is not None and c.table.where == where:
        found.append(table_of(ctx, c.table))
    return Md("".join(found))
