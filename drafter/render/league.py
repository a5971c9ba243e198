"""A league table's order: a region's areas ranked by count, rate, change or percent, as :mod:`drafter.render.derived`
ranks one of them."""

from __future__ import annotations

from decimal import Decimal

from drafter.errors import TemplateError
from drafter.model import Area
from drafter.render import peers
from drafter.render.area_view import AreaView
from drafter.render.ranks import BY
from drafter.render.story import StoryContext


def league(ctx: StoryContext, measure: str, period: str | None = None, area: object = None, by: str = "rate",
           lowest: bool = False) -> list[AreaView]:
    """``area``'s own areas (default: the release's area's), highest first ``by`` count, rate, change or percent
    (``lowest``: lowest first), for a league table; areas with nothing to rank by, or whose count is suppressed
    (its place would bound it), come last, in areas.csv order.
    The order prints no number; the figures a template prints beside each area are facts as usual."""
    return [AreaView(child, ctx.campaign) for _, child in league_keys(ctx, measure, period, area, by, lowest)]


def league_keys(ctx: StoryContext, measure: str, period: str | None = None, area: object = None, by: str = "rate",
                lowest: bool = False) -> list[tuple[Decimal | None, Area]]:
    """:func:`league`'s order, each area with what ranks it (a rate as printed, so equal printed rates are equal;
    None for an area with nothing to rank by)."""
    if by not in BY:
        raise TemplateError(f"asks for a league by {by!r}", field="template", expected="by= one of " + ", ".join(BY))
    parent = ctx.area_of(area)
    period = period or ctx.campaign.periods[-1].id
    judge = peers.judge(ctx, measure, period, by)
    scored = [(found[0] if isinstance(found, tuple) else None, index, child)
              for index, child in enumerate(ctx.campaign.children(parent.name)) for found in [judge(child)]]
    ranked = sorted(((key, index, child) for key, index, child in scored if key is not None),
                    key=lambda item: (item[0] if lowest else -item[0], item[1]))
    return [(key, child) for key, _, child in ranked] + [(None, child) for key, _, child in scored if key is None]
