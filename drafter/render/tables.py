"""A table of one measure across areas, as a template prints it: ``{{ table("contacts") }}``.

Each cell is printed in house style and recorded as a fact, as in a sentence: counts through the house style's
figures (a suppressed count as "fewer than five"), the change as its percentage (a change the house style gives
no percentage for, from a small base or with a suppressed count, in its words: "a rise of three"), a rate per
head to one place, a rank as an ordinal in figures, as a newsdesk prints one in a table ("3rd", "joint 2nd"; Welsh
"3ydd"; a sentence says "third"). The rows are the release's area's siblings and its parent (for an
area with no parent, its own areas and itself), the release's own area in bold. The table is Markdown's pipe
table, preceded by its caption (``{.table-caption}``), which :func:`drafter.document.parse_markdown` reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Protocol

from drafter.document import escape_cell, escape_markdown
from drafter.errors import InputError, TemplateError
from drafter.exhibits import TableOption
from drafter.model import Area, Campaign
from drafter.render import derived, ranks
from drafter.render.area_words import furnished
from drafter.render.changing import ChangeView
from drafter.render.environment import Md
from drafter.render.story import StoryContext, measure_label
from drafter.style import wording
from drafter.style.base import HouseStyle, in_points, in_unit, is_percentage

COLUMNS = ("change", "per_head", "rank")


class TableContext(StoryContext, Protocol):
    """What a table asks of its release's context (:class:`drafter.render.context.ReleaseContext`)."""

    def change(self, measure: str, old: str | None = None, new: str | None = None, area: object = None
               ) -> ChangeView: ...


def default_areas(campaign: Campaign, area: Area) -> list[Area]:
    """The area's siblings and its parent (last); for an area with no parent, its own areas and itself."""
    if area.parent is not None:
        return [*campaign.children(area.parent), campaign.area(area.parent)]
    return [*campaign.children(area.name), area]


def area_name(area: Area, style: HouseStyle) -> str:
    """An area's name in the release's language (``name_cy`` in Welsh when areas.csv has it), capitalised, as a
    table row or chart label starts ("Gogledd-orllewin Lloegr", where the running text says "gogledd-orllewin")."""
    name = dict(area.extra).get(f"name_{style.language.code}") or area.name
    return name[:1].upper() + name[1:]


def label(campaign: Campaign, measure: str, style: HouseStyle) -> str:
    """A measure's label in the release's language, capitalised, as a caption starts. A rate's unit is no
    caption ("Y cant, fesul ardal"), so a percentage's label in a language other than English must be given; it
    is followed by the unit its table's cells and chart's bars leave out ("Share of buses running on electricity
    (per cent)"), unless it says it."""
    m, code = campaign.measure(measure), style.language.code
    if is_percentage(m.unit) and not m.words("label", code):
        raise InputError("is missing", source=m.source, field=f"measures.{m.id}.label_{code}",
                         expected="the measure's label in that language, for its table's caption and chart's title "
                         f"(its unit, {m.words('unit', code) or m.unit!r}, says only that it is a percentage)")
    text = measure_label(m, code)
    text = text[:1].upper() + text[1:]
    if not is_percentage(m.unit) or any(word in text.lower() for word in (style.percent, "per cent", "percent", "%")):
        return text
    return style.furniture.percent_label.format(label=text, percent=style.percent)  # the figures' unit, said once


def table(ctx: TableContext, measure: str | None = None, columns: Sequence[str] | None = None,
          areas: Iterable[object] | None = None, sort: str = "areas", lowest: bool = False) -> Md:
    """A table of ``measure`` (default: the story's) for ``areas`` (default: the siblings and parent), with
    ``columns`` from the period ids, "change", "per_head" and "rank" (default: every period and the change),
    sorted by ``sort`` ("areas": as in areas.csv; or a column), highest first unless ``lowest``."""
    c = ctx.campaign
    measure = measure or c.story_measure or c.measures[0].id
    ids = [p.id for p in c.periods]
    chosen = list(columns) if columns is not None else ids + (["change"] if len(ids) > 1 else [])
    for column in chosen:
        if column not in ids and column not in COLUMNS:
            raise TemplateError(f"asks for a table column {column!r}", field="template",
                                expected="a period id, change, per_head or rank")
    if sort != "areas" and sort not in chosen:
        raise TemplateError(f"asks for a table sorted by {sort!r}", field="template",
                            expected="sort= areas or one of its columns: " + ", ".join(chosen))
    rows = default_areas(c, ctx.area) if areas is None else [ctx.area_of(a) for a in areas]
    return Md(_Table(ctx, measure, chosen, rows, sort).markdown(sort, lowest))


def table_of(ctx: TableContext, option: TableOption) -> Md:
    """The table campaign.yaml's ``table:`` asks for."""
    return table(ctx, option.measure, option.columns, sort=option.sort, lowest=option.lowest)


class _Table:
    def __init__(self, ctx: TableContext, measure: str, columns: list[str], areas: list[Area], sort: str = "areas"
                 ) -> None:
        self.ctx, self.measure, self.columns, self.areas, self.sort = ctx, measure, columns, areas, sort
        c = ctx.campaign
        self.ids = [p.id for p in c.periods]
        self.kind = c.measure(measure).kind
        self.parent = next((a for a in areas if any(k.parent == a.name for k in areas)), None)
        self.hidden_too = self._complementary()

    def _complementary(self) -> set[tuple[str, str]]:
        """Where one area's count is suppressed and its parent is in the table, the next smallest is left out
        too (complementary suppression), so the suppressed count cannot be worked out by subtraction; not where
        the parent's count, or another area's, is not available (nothing to subtract from, or two unknowns)."""
        ctx, found = self.ctx, set[tuple[str, str]]()
        if self.parent is None:
            return found
        kids = [a for a in self.areas if a.parent == self.parent.name]
        for period in (p for p in self.ids if p in self.columns):
            given = [(a, ctx.campaign.figures.get((a.name, self.measure, period))) for a in kids]
            hidden = [a for a, v in given if v is not None and ctx.hidden(self.measure, v)]
            if (self.parent.name, self.measure, period) not in ctx.campaign.figures or \
                    any(v is None for _, v in given):
                continue
            if len(hidden) == 1 and len(kids) == len(ctx.campaign.children(self.parent.name)):
                others = sorted(((v.amount, i, a) for i, (a, v) in enumerate(given)
                                 if v is not None and a is not hidden[0] and a != ctx.area), key=lambda t: t[:2])
                if others:
                    found.add((others[0][2].name, period))
        return found

    def markdown(self, sort: str, lowest: bool) -> str:
        ctx, style = self.ctx, self.ctx.style
        furniture = style.furniture
        cells = {a.name: [self._cell(a, column) for column in self.columns] for a in self.areas}
        order = self._order(sort, lowest)
        header = [furnished(furniture.table_area, ctx.campaign, style), *(self._heading(col) for col in self.columns)]
        caption = furnished(furniture.table_caption, ctx.campaign, style,
                            label=label(ctx.campaign, self.measure, style))
        lines = ["{.table-caption}", escape_markdown(caption), "",
                 "| " + " | ".join(escape_cell(h) for h in header) + " |",
                 "|---|" + "".join("---:|" for _ in self.columns)]
        for area in order:
            name = area_name(area, style)  # a region listed in part: its row is its published total, not a sum
            row = [furnished(furniture.table_whole, ctx.campaign, style, area=name) if area.some_areas else name,
                   *(text for text, _ in cells[area.name])]
            lines.append("| " + " | ".join(escape_cell(t, area == ctx.area) for t in row) + " |")
        return "\n\n" + "\n".join(lines) + "\n\n"

    def _heading(self, column: str) -> str:
        ctx, style = self.ctx, self.ctx.style
        if column in self.ids:
            p = ctx.campaign.period(column)
            return wording.period_text(p.start, p.end, style)
        if column == "per_head":
            m = ctx.campaign.measure(self.measure)
            people = ctx.campaign.measure(m.population)
            code = style.language.code
            per = style.language.counted(wording.count_text(Decimal(m.per), style, figures=True), Decimal(m.per),
                                         people.words("unit_one", code) or people.unit,
                                         people.words("unit", code) or people.unit)
            return style.furniture.table_per.format(per=per)
        return style.furniture.table_change if column == "change" else style.furniture.table_rank

    def _cell(self, area: Area, column: str) -> tuple[str, Decimal | None]:
        """A cell's text (recorded) and the exact value it sorts by (None: at the end)."""
        ctx = self.ctx
        if column in self.ids:
            return self._count(area, column)
        if column == "change":
            return self._change(area)
        last = self.ids[-1]
        value = ctx.campaign.figures.get((area.name, self.measure, last))
        na = ctx.style.furniture.not_available
        if column == "rank" and (area == self.parent or area.parent is None
                                 or ctx.campaign.area(area.parent).some_areas):
            return "", None  # no rank for a region, nor in one areas.csv lists only some areas of
        if value is None or ctx.hidden(self.measure, value):
            return na, None
        if column == "per_head":
            if derived.sums_hidden(ctx, area.name, self.measure, last):
                return na, None  # a total's rate, times its population, would give the hidden count away
            return derived.rate_number(ctx, self.measure, last, area.name)
        by = "rate" if self.sort == "per_head" else "count"  # ranked as sorted
        if not ranks.ranked(ctx, self.measure, last, area.name, by=by):
            return na, None  # beside a hidden figure, a rank only where it holds wherever that lies
        text = ranks.rank_recorded(ctx, self.measure, last, area.name, by=by, figures=True)[0]  # "3rd", "joint 2nd"
        return text, derived.rate_value(ctx, self.measure, last, area.name) if by == "rate" \
            else value.amount

    def _count(self, area: Area, period: str) -> tuple[str, Decimal | None]:
        ctx = self.ctx
        value = ctx.campaign.figures.get((area.name, self.measure, period))
        if value is None or (area.name, period) in self.hidden_too:
            return ctx.style.furniture.not_available, None
        if ctx.hidden(self.measure, value):
            return str(ctx.record_hidden(area, self.measure, period, value)), Decimal(0)
        if self.kind == "rate":  # as published: "18.0" keeps its place
            text = wording.published_rate_text(value.amount, ctx.style)
        else:
            unit = ctx.campaign.measure(self.measure).unit
            text = wording.value_text(value.amount, ctx.style, unit, figures=True,
                                      scale=ctx.scale(area, self.measure))
        ctx.record(area, f"{self.measure}.{period}", text, value.amount, ctx.formula_of(value), value.sources)
        return text, value.amount

    def _change(self, area: Area) -> tuple[str, Decimal | None]:
        ctx, first, last = self.ctx, self.ids[0], self.ids[-1]
        figures = ctx.campaign.figures
        if (area.name, self.measure, first) not in figures or (area.name, self.measure, last) not in figures \
                or {(area.name, first), (area.name, last)} & self.hidden_too:
            return ctx.style.furniture.not_available, None
        view = ctx.change(self.measure, area=area.name)
        if not view.has_percent:  # in words; sorted as it changed: a rise from none first, a suppressed count last
            c = view._change
            key = None if view.band == "suppressed" else c.difference if in_points(c) or in_unit(c) else c.percent \
                if c.percent is not None else Decimal("Infinity") if c.direction == "up" else Decimal(0)
            return str(view._noun(figures=True) if view.band != "suppressed" else view.noun()), key  # "a rise of 2"
        sign = "+" if view.direction == "up" else "−" if view.direction == "down" else ""
        return sign + view.percent_text(), view._change.percent  # plain: escape_cell escapes the cell

    def _order(self, sort: str, lowest: bool) -> list[Area]:
        rows = [a for a in self.areas if a != self.parent]
        if sort != "areas":
            keys = {a.name: self._cell(a, sort)[1] for a in rows}  # recorded already: the same facts again
            given = [(key if lowest else -key, i, a) for i, a in enumerate(rows) if (key := keys[a.name]) is not None]
            rows = [a for _, _, a in sorted(given, key=lambda t: t[:2])] + [a for a in rows if keys[a.name] is None]
        return rows + ([self.parent] if self.parent is not None else [])
