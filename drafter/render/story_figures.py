"""Figures typed into campaign.yaml's story sentences (``story: rise:``, ``background:`` …), held against the
release's data as a quote's are (:func:`drafter.render.checks.check_quote_figures`).

A press officer may write a figure into a sentence: a national figure from a report, a helpline's number. One the
release's data supports passes. In the sentences printed by what the figures did (``rise``, ``fall``,
``unchanged``) and in a headline's start, any other is refused unless the sentence says whose it is ("according to
the Trussell Trust") or it counts something the campaign does not ("24 hours a day"): a sentence printed in every
release that rose, saying "96 per cent", would be false in all but one. In a sentence printed whatever the figures
did (``background``, an area's own paragraph) a figure is context from elsewhere ("more than 250,000 parcels since
2015", "37 per cent since 2019, the Trussell Trust says"), so one the data does not support is warned of, to check
by hand, never refused."""


from __future__ import annotations

from drafter.errors import InputError
from drafter.quotes.claims import judge
from drafter.quotes.worded import free_numbers
from drafter.render.checks import changing_units, claims_in, counts_else, measure_words
from drafter.render.context import ReleaseContext
from drafter.render.supported import supported
from drafter.style import wording

# the story sentences printed by what the figures did, where a typed change would be false in most releases
BY_DIRECTION = ("story.rise", "story.fall", "story.unchanged", "story.headline_start", "story.met_target",
                "story.missed_target")


def check_story_figures(ctx: ReleaseContext) -> None:
    """Every figure in the story sentences ``ctx``'s release printed, each sentence read once."""
    if not ctx.said:
        return
    language = ctx.style.language
    free, measured = free_numbers(ctx.campaign.measures, ctx.style), measure_words(ctx.campaign.measures, language)
    units = changing_units(ctx.campaign.measures, language)
    found = [(source, field, text, claim) for source, field, text in dict.fromkeys(ctx.said)
             for claim in claims_in(text, ctx.style, free, measured, units)]
    if not found:  # most sentences state no figure
        return
    data = supported(ctx)
    counts_money = any(wording.is_money(m.unit) for m in ctx.campaign.measures)
    for source, field, text, claim in found:
        if judge(claim, ctx.changes, *data[1:]).supported:
            continue
        words = " ".join(claim.text.split())  # as the press officer reads it: a no-break space is a space
        counted = counts_else(claim, measured, language)
        elsewhere = any(f" {w} " in f" {' '.join(text.casefold().split())} " for w in language.source_words)
        directed = field.rsplit("_", 1)[0] in BY_DIRECTION or field in BY_DIRECTION  # "story.rise_cy" too
        if directed and counted is None and not elsewhere and claim.kind not in ("share", "goal") and \
                not (claim.money and not counts_money):
            raise InputError(f"area {ctx.area.name!r}: says {words!r}, a figure typed in, which this release's "
                             "figures do not support", source=source, field=field,
                             expected="the sentence without the figure (drafter prints each area's figures itself, "
                             "worked out), or, for a figure from elsewhere, the sentence saying whose it is "
                             f"({language.source_words[0]} …)")
        said = f"{words} {counted or ''}".strip()
        what = "a target or standard, not a figure of the data" if claim.kind == "goal" else "a figure from elsewhere"
        ctx.warn("story_unchecked", f"{source.file}'s {field} says '{said}', {what}: drafter "
                 "cannot check it against the data, so check it by hand", ctx.area)
