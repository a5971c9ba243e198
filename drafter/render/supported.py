"""The figures one release's data supports, as :func:`drafter.quotes.claims.judge` takes them: the figures a quote
states (:func:`drafter.render.checks.check_quote_figures`) and those typed into campaign.yaml's story sentences
(:mod:`drafter.render.story_figures`) are held against them."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from drafter.render.context import ReleaseContext
from drafter.style import wording
from drafter.style.base import in_points, in_unit, is_percentage
from drafter.style.percents import with_percent


class Supported(NamedTuple):
    """What the release's changes and facts support, each by its value (or band) with its words."""

    worded: dict[str, str]  # the band each change is worded in ("almost trebled"), with its area
    bands: dict[str, str]  # … and the band its ratio supports, printed or not
    printed: dict[Decimal, str]  # the percentages printed
    numbers: dict[Decimal, str]  # every other figure, and each change's difference
    points: dict[Decimal, str]  # the changes in percentage points printed
    levels: dict[Decimal, str]  # the levels of a percentage measure ("79.3 per cent")
    in_units: dict[Decimal, str]  # a rate's changes in its own unit ("2.2 weeks")


def supported(ctx: ReleaseContext) -> Supported:
    """The figures ``ctx``'s release may state, worked out once for the release."""
    worded = {wording.change_band(c, ctx.style): c.area for c in ctx.changes}
    # A band word the ratio supports is true even where the release says the percentage instead ("almost
    # trebled" for 2.997, printed as "200 per cent"); a quote saying it is flagged as a second rounding level.
    bands = {**{wording.ratio_band(c, ctx.style): c.area for c in ctx.changes}, **worded}
    printed = {abs(f.value): f.text for f in ctx.facts if f.name.endswith(".percent")}  # a fall's is negative
    numbers = {f.value: f.text for f in ctx.facts if not f.name.endswith((".percent", ".points"))}
    # A change's difference is the data's too, printed or not: "57 fewer fires" for 293 to 236.
    numbers = {abs(c.difference): wording.count_text(abs(c.difference), ctx.style, figures=True)
               for c in ctx.changes if not in_points(c)} | numbers
    points = {abs(f.value): f.text for f in ctx.facts if f.name.endswith(".points")}
    in_units = {abs(c.difference): wording.difference_words(c, ctx.style)[1][1] for c in ctx.changes if in_unit(c)}
    percentages = {m.id for m in ctx.campaign.measures if m.kind == "rate" and is_percentage(m.unit)}
    levels = {f.value: with_percent(f.text, ctx.style) for f in ctx.facts
              if f.name.count(".") == 1 and f.name.split(".")[0] in percentages}  # "79.3 per cent" answered
    return Supported(worded, bands, printed, numbers, points, levels, in_units)
