"""Templates → Markdown → blocks: one :class:`~drafter.model.Release` per area.

The template runs in Jinja2's sandbox (:mod:`drafter.render.environment`) with one release's helpers
(:mod:`drafter.render.context`); the facts they recorded are checked (:mod:`drafter.render.checks`) and the
Markdown is parsed into blocks (:func:`drafter.document.parse_markdown`).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from drafter.document import HEADLINE_STYLE, escape_markdown, parse_markdown
from drafter.errors import DrafterError, TemplateError, how_many
from drafter.model import Area, Block, Campaign, Chart, Release, SourceRef
from drafter.render.checks import check_release
from drafter.render.context import ReleaseContext
from drafter.render.environment import ReleaseTemplate
from drafter.render.story_figures import check_story_figures
from drafter.render.tables import area_name
from drafter.render.units import printed_units
from drafter.style import wording
from drafter.style.base import HouseStyle


class Renderer:
    """A compiled template and its environment, built once per batch."""

    def __init__(self, template_path: Path, root: Path | None = None) -> None:
        self.template_path = template_path
        self.template = ReleaseTemplate(template_path, root)
        self.shown = self.template.shown(str(template_path))  # the template as messages name it
        self._text: tuple[Campaign, frozenset[str]] | None = None  # the batch's campaign and its own text
        self._units: tuple[Campaign, HouseStyle, tuple[str, ...]] | None = None  # … and the units it prints

    def render(self, campaign: Campaign, area: Area, style: HouseStyle, *, drafts: bool = False) -> Release:
        """One area's release; with ``drafts``, a draft quote is printed marked as not approved, and the release
        opens with the house style's draft line ("DRAFT – QUOTE NOT APPROVED – NOT FOR PUBLICATION")."""
        context = ReleaseContext(campaign, area, style, drafts=drafts)
        if self._text is None or self._text[0] is not campaign:
            self._text = (campaign, campaign_text(campaign))
        if self._units is None or self._units[0] is not campaign or self._units[1] is not style:
            self._units = (campaign, style, printed_units(campaign, style))
        text = tidy(self.template.render(context.variables(), area.name, self._text[1]))
        if context.draft_quotes:
            text = "{.embargo}\n" + escape_markdown(style.furniture.draft_release) + "\n\n" + text
        try:
            check_release(context, text)
            check_story_figures(context)
        except DrafterError as exc:
            exc.about_area(area.name)
            raise
        text = wording.typographic(text, style)
        blocks = parse_markdown(text, SourceRef(f"{self.shown} (rendered for {area.name})"))
        if context.charts or any(b.kind == "chart" for b in blocks):
            blocks = with_charts(blocks, context.charts, area)
        for block in blocks:
            if block.style in (HEADLINE_STYLE, "Body Text", "Quote") and wording.figure_starting_sentence(
                    block.text, style):
                context.warn("sentence_start", "a sentence starts with a figure (spell it out or recast the "
                             f"sentence): {block.text[:60]!r}", area)
        headlines = [b for b in blocks if b.style == HEADLINE_STYLE]
        if len(headlines) != 1:
            raise TemplateError(f"area {area.name!r}: the release has {len(headlines)} headlines",
                                source=SourceRef(self.shown), field="template", expected="exactly one '# headline'")
        code, place = style.language.code, area_name(area, style)  # the document's properties in its language
        subject = campaign.text_for("title", code) or (campaign.title if campaign.locale[:2] == code else
                                                       f"{style.furniture.release_kind}: {place}")
        return Release(
            area=area.name, slug=area.slug, language=style.locale, headline=headlines[0].text, blocks=blocks,
            facts=tuple(context.facts), quotes_used=tuple(context.quotes_used), warnings=tuple(context.warnings),
            organisation=campaign.text_for("organisation", code) or campaign.organisation,
            release_date=campaign.release_date, draft_quotes=tuple(context.draft_quotes),
            campaign=subject, language_tag=style.language.tag(style.locale), keywords=place, units=self._units[2],
        )


def with_charts(blocks: tuple[Block, ...], charts: list[Chart], area: Area) -> tuple[Block, ...]:
    """The ``{.chart}`` paragraphs with the charts the template's ``chart()`` calls made, in order."""
    places = [i for i, b in enumerate(blocks) if b.kind == "chart"]
    if len(places) != len(charts):
        raise TemplateError(f"area {area.name!r}: the release has {how_many(len(places), '{.chart} paragraph')} for "
                            f"{how_many(len(charts), 'chart')}", field="template",
                            expected="{{ chart() }} on a line of its own")
    found = list(blocks)
    for i, chart in zip(places, charts, strict=True):
        found[i] = dataclasses.replace(blocks[i], chart=chart)
    return tuple(found)


def campaign_text(campaign: Campaign) -> frozenset[str]:
    """Every piece of text the campaign's files hold (names, labels, contact details, notes, quotes, extra area
    columns): a template may print these as they are, digits and all. Figures are numbers, not text."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                if item.name != "figures":
                    walk(getattr(value, item.name))

    walk(campaign)
    return frozenset(found)


def tidy(markdown: str) -> str:
    """Block tags on lines of their own leave blank lines behind; Markdown needs one between blocks."""
    lines = [line.rstrip() for line in markdown.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"
