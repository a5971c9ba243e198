"""A region's list of its areas as a release prints it: ``{% set listed = areas_listed(m, new) %}``.

The areas come highest figure first (:func:`drafter.render.league.league`); the story names as many as the house
style's ``list_areas`` allows (:func:`drafter.style.lists.shown_count`), and when it names fewer than all,
``listed.others_line()`` says how many others there are and ``listed.table()`` gives every area in a table for
the notes to editors. The count of the others is a fact like any other number printed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Protocol

from drafter.document import escape_markdown
from drafter.model import Area, Fact
from drafter.render import league, tables
from drafter.render.area_view import AreaView
from drafter.render.area_words import furnished
from drafter.render.environment import Md
from drafter.style import wording
from drafter.style.lists import shown_count


class ListContext(tables.TableContext, Protocol):
    """What a list asks of its release's context (:class:`drafter.render.context.ReleaseContext`)."""

    @property
    def facts(self) -> list[Fact]: ...


class Listed:
    """The areas a release's list names, in order (iterate over it), and the rest: ``others`` is true when the
    list leaves some to the table in the notes to editors."""

    def __init__(self, ctx: ListContext, parent: Area, measure: str, period: str, ordered: Sequence[Area],
                 shown: int) -> None:
        self._ctx, self._parent, self._measure, self._period = ctx, parent, measure, period
        self._shown = [AreaView(a, ctx.campaign) for a in ordered[:shown]]
        self._left = list(ordered[shown:])
        self.others = bool(self._left)

    def __iter__(self) -> Iterator[AreaView]:
        return iter(self._shown)

    def __len__(self) -> int:
        return len(self._shown)

    def others_line(self) -> Md:
        """"The other 54 areas are in the table in the notes to editors." (Welsh "Mae’r 54 ardal arall …"); "The
        64 areas are …" when the list names none. The count is recorded as a fact, its sources the areas' rows."""
        ctx, left = self._ctx, self._left
        if not left:
            return Md("")
        amount = Decimal(len(left))
        text = wording.count_text(amount, ctx.style)
        furniture = ctx.style.furniture
        pattern = furniture.others_listed if self._shown else furniture.all_listed
        named = len(self._shown) + len(left)
        ctx.record(self._parent, self._fact_name(), text, amount,
                   f"{named} areas of {self._parent.name} − {len(self._shown)} listed = {len(left)}",
                   tuple(a.source for a in left))
        return Md(escape_markdown(furnished(pattern, ctx.campaign, ctx.style, count=text)))

    def _fact_name(self) -> str:
        return f"{self._measure}.{self._period}.areas_not_listed"

    def table(self, columns: Sequence[str], sort: str) -> Md:
        """Every area of the region, and the region, in a table sorted as the list is, for the notes to editors:
        only when :meth:`others_line` said the table is there (a template prints the list for some releases
        only), and not when campaign.yaml's own table there gives them already."""
        ctx = self._ctx
        given = ctx.campaign.table
        told = any(f.area == self._parent.name and f.name == self._fact_name() for f in ctx.facts)
        if not told or (given is not None and given.where == "notes" and self._parent.parent is None
                              and given.measure == self._measure):
            return Md("")
        areas = [*ctx.campaign.children(self._parent.name), self._parent]
        return tables.table(ctx, self._measure, columns, areas=[a.name for a in areas], sort=sort)


def areas_listed(ctx: ListContext, measure: str, period: str | None = None, area: object = None, by: str = "rate"
                 ) -> Listed:
    """``area``'s own areas (default: the release's area's), highest first ``by`` count, rate, change or percent,
    as far as the house style's ``list_areas`` names them (an area with nothing to list it by comes last). A parent
    with one area, all areas.csv says it has, lists none: the list would repeat the parent's own figures."""
    parent = ctx.area_of(area)
    period = period or ctx.campaign.periods[-1].id
    keys = league.league_keys(ctx, measure, period, parent.name, by)
    if len(keys) == 1 and not parent.some_areas:
        return Listed(ctx, parent, measure, period, [], 0)
    shown = shown_count([key for key, _ in keys], ctx.style.list_areas)
    return Listed(ctx, parent, measure, period, [a for _, a in keys], shown)
