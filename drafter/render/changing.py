"""Changes as templates see them (``c = change("parcels")``): the house style's words for a change
(:class:`drafter.render.views.ChangeView`) with verbs that agree with the measure's subject ("calls … rise", "the
number of calls … rises"), and the two periods' counts with their units, in figures where either is 10 or more
("from 500 parcels … to 5 parcels"); and what ``changes()`` gives for an area without both figures.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.document import escape_markdown
from drafter.errors import TemplateError
from drafter.model import Area, Change
from drafter.render import views
from drafter.render.area_view import AreaView
from drafter.render.environment import Md
from drafter.render.story import StoryContext, count_units, counted, measure_unit


class ChangeView(views.ChangeView):
    """The change templates get (named as its base, which a template's error messages show): a change whose
    verbs agree with its measure's subject: a plural subject ("calls") takes "rise", "have
    risen" and "were"; a singular one ("the number of calls") "rises", "has risen" and "was". ``plural=`` on a
    call overrides the measure's ``plural:``."""

    available = True

    def __init__(self, ctx: StoryContext, area: Area, change: Change, plural: bool) -> None:
        super().__init__(ctx, area, change)
        self.plural = plural
        self._story = ctx

    def count(self, after: str = "", old: bool = False) -> Md:
        """The last period's count with its unit, as count() prints it ("640 parcels", "no parcels"); ``old``: the
        first period's. Both as "from X to Y" prints them, in figures where either is 10 or more: "from 500 parcels
        … to 5 parcels", never "… to five parcels". Where the count did not change, the other period's is recorded
        as printed too, in the same words: "the figure was unchanged at 7,252 parcels" says both. ``after``: as
        count() takes it."""
        c, ctx = self._change, self._story
        periods = (c.old_period, c.new_period)[::-1 if old else 1]
        if self.direction == "same" and self.band != "suppressed":
            ctx.count(c.measure, periods[0], self._area.name)
        figures = ctx.style.pair_in_figures(c.old.amount, c.new.amount)
        printed = counted(ctx, c.measure, periods[1], self._area.name, after, figures=figures)
        return self._same(periods[0], periods[1], printed)

    def _unit(self) -> str:
        measure = self._ctx.campaign.measure(self._change.measure)
        return measure_unit(measure, "unit", self._ctx.style.language.code)  # Welsh "o droseddau fesul 100,000 o bobl"

    def _unit_one(self) -> str:
        measure = self._ctx.campaign.measure(self._change.measure)
        return count_units(measure, self._ctx.style.language)[0]  # "day" (Welsh "diwrnod"), after a whole 1

    def _tense(self, tense: str, plural: bool | None) -> str:
        return f"{tense}_plural" if (self.plural if plural is None else plural) else tense

    def _counted(self, text: str, what: str) -> str:
        """"640 parcels", "one parcel", "fewer than five parcels" (Welsh "640 o barseli", "1 parsel", "lai na 5 o
        barseli" after "o"); none stays the house style's word for it: "from 640 parcels … to none …"."""
        c, ctx = self._change, self._story
        hidden = self._old_hidden if what == "old" else self._new_hidden
        amount = c.old.amount if what == "old" else c.new.amount
        if not hidden and amount == 0:
            return text
        one, many = count_units(ctx.campaign.measure(c.measure), ctx.style.language)
        return ctx.style.language.counted(text, Decimal(ctx.campaign.disclosure_threshold or 2) if hidden else amount,
                                          one, many)

    def _with_periods(self, tense: str, exact: bool, old_when: object, new_when: object) -> Md:
        """The change with each figure's period after it: "have fallen from 640 parcels between April and
        September 2023 to none between April and September 2024" where the words give the two figures
        (``says_from_to``), else "have risen by 23 per cent, from 4,120 parcels between … to 5,066 parcels …"."""
        c = self._change
        if self.direction == "same" or (self._old_hidden and self._new_hidden):
            raise TemplateError(f"gives the periods of a change in {c.measure} for {c.area} that has no direction "
                                f"({self.band.replace('_', ' ')})", field="template",
                                expected="old_when= and new_when= only where c.direction is 'up' or 'down' and the "
                                "two counts are not both suppressed")
        language = self._story.style.language
        old, new = self._sides(old_when, new_when)
        if self.says_from_to:
            return Md(escape_markdown(language.suppressed_change(self.direction, tense, old, new,
                                                                 both_hidden=False)))
        return Md(self._phrase(tense, exact) + ", " + escape_markdown(language.from_to(old, new)))

    def past(self, exact: bool = False, plural: bool | None = None, old_when: object = "",
             new_when: object = "") -> Md:
        """"rose by 12 per cent"; "were fewer than five in both periods" for a plural subject. ``old_when``,
        ``new_when``: each figure with its period after it, "fell from 640 parcels in 2023 to none in 2024"."""
        if old_when or new_when:
            return self._with_periods(self._tense("past", plural), exact, old_when, new_when)
        return self._phrase(self._tense("past", plural), exact)

    def perfect(self, exact: bool = False, plural: bool | None = None, old_when: object = "",
                new_when: object = "") -> Md:
        """"has risen by 12 per cent"; "have risen …" for a plural subject. ``old_when``, ``new_when``: each figure
        with its period after it, "have fallen from 640 parcels between … to none between …"."""
        if old_when or new_when:
            return self._with_periods(self._tense("perfect", plural), exact, old_when, new_when)
        return self._phrase(self._tense("perfect", plural), exact)

    def present(self, exact: bool = False, plural: bool | None = None) -> Md:
        """"rises by 12 per cent"; "rise by …" for a plural subject."""
        return self._phrase(self._tense("present", plural), exact)

    def headline(self, exact: bool = False, plural: bool | None = None) -> Md:
        """"rises 12 per cent"; "rise 12 per cent" for a plural subject."""
        return self._phrase(self._tense("present", plural), exact, headline=True)


class NotAvailable:
    """A change ``changes()`` cannot give for an area, whose figure for one of the periods is marked as not
    available ("[c]") or not given: ``available`` is false, and a template says so, e.g. with
    ``furniture.not_available``."""

    available = False
    has_percent = False
    band = "not_available"
    direction = "unknown"

    def __init__(self, area: AreaView, why: str = "") -> None:
        self.area = area
        self.why = why  # "Cumbria's contacts for before, which is not available ('[x]' in figures.csv:4)"

    def __getattr__(self, name: str) -> object:
        """A template that asks a change it has not checked is ``available`` for its wording is told which
        figure is missing and why, not that an object has no attribute."""
        if name.startswith("_") or name == "why":
            raise AttributeError(name)
        raise TemplateError(f"asks for k.{name} of {self.why or self.area.name + ', which is not available'}",
                            field="template", expected="{% if k.available %} around it, with words for when it "
                            "is not there, such as furniture.not_available")
