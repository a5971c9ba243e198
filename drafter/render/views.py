"""Changes as templates see them: ``c.past()``, ``c.from_to()`` (an area: :mod:`drafter.render.area_view`).

A :class:`ChangeView` prints house-style words (through :mod:`drafter.style.wording`) and records every number
in them as a fact, through the release's context (:class:`~drafter.render.context.ReleaseContext`).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Protocol

from drafter.compute.changes import a_fall, describe_percent_formula
from drafter.document import escape_markdown
from drafter.errors import TemplateError, name_list
from drafter.model import Area, Campaign, Change, SourceRef, Value
from drafter.render.area_view import AreaView
from drafter.render.environment import Md
from drafter.style import wording
from drafter.style.bands import change_from_to, none_both, says_none, unit_one, with_unit
from drafter.style.base import COUNT_ONLY, PERCENT_UNITS, SCALES, HouseStyle
from drafter.style.marks import mark_meaning
from drafter.style.percents import with_percent


class Recorder(Protocol):
    """What a :class:`ChangeView` asks of its release's context: the numbers it prints become facts there."""

    @property
    def campaign(self) -> Campaign: ...

    @property
    def style(self) -> HouseStyle: ...

    def reword(self, area: Area, name: str, like: str) -> None: ...

    def hidden(self, measure: str, value: Value) -> bool: ...

    def record(self, area: Area, name: str, text: str, value: Decimal, formula: str,
               sources: tuple[SourceRef, ...], decides: str = "") -> Md: ...

    def record_hidden(self, area: Area, measure: str, period: str, value: Value, after_from: bool = False) -> Md: ...

    def figure(self, measure: str, period: str, area: object = None, approx: bool = False) -> Md: ...

    def count(self, measure: str, period: str | None = None, area: object = None, after: str = "") -> Md: ...

    def scale(self, area: Area, measure: str) -> int: ...


def value_formula(value: Value) -> str:
    """How a figure was arrived at, for its fact: "1747 as given", "169.9 as given (the publisher marks it r:
    revised)", "sum of Cheshire, Cumbria = 240", or of the cells it adds up, "512 + 530 + 514 = 1556", or a figure
    given in millions, "1.2 × 1,000,000 = 1200000 (given in millions: figures_in)"."""
    if value.derived_from:
        return "sum of " + name_list(value.derived_from) + f" = {value.amount}"
    marked = "; ".join(f"{mark}: {mark_meaning(mark)}" for mark in value.marks)
    given = " + ".join(str(part) for part in value.parts) + f" = {value.amount}" if value.parts else \
        f"{value.amount} as given"  # a quarter from its months' columns: "512 + 530 + 514 = 1556"
    if value.scale > 1 and not value.parts:  # "1.2 × 1,000,000 = 1200000 (given in millions: figures_in)"
        word = next(w for w, scale in SCALES.items() if scale == value.scale)
        given = f"{(value.amount / value.scale).normalize():f} × {value.scale:,} = {value.amount} (given in " \
            f"{word}: figures_in)"
    if value.worked:  # a rate per head worked out from a count and a population
        given = value.worked
    if value.given is not None:  # a rate given to more places than the house style prints
        given = f"{value.given} as given, rounded half up to {value.amount} (rate_places_max)"
    return given + (f" (the publisher marks it {marked})" if marked else "")


class ChangeView:
    """A change as templates see it. Each method prints house-style words and records the numbers in them."""

    def __init__(self, ctx: Recorder, area: Area, change: Change) -> None:
        self._ctx = ctx
        self._area = area
        self._change = change
        self.measure, self.latest = change.measure, change.new  # story.after holds the latest against a target
        self.direction = change.direction
        self._old_hidden = ctx.hidden(change.measure, change.old)
        self._new_hidden = ctx.hidden(change.measure, change.new)
        # which side disclosure control hides, for a template to say "that figure was also fewer than five"
        self.old_suppressed = self._old_hidden
        self.new_suppressed = self._new_hidden
        # "from none to 318" says the rise already: a noun after it ("a rise of 318") would repeat the count
        self.from_or_to_none = change.old.amount == 0 or change.new.amount == 0
        suppressed = self._old_hidden or self._new_hidden
        # none in both periods, said as none: "have remained at zero both in 2023 and in 2024"; money and rates at zero
        # are figures, said as any other unchanged figure: "at £0 both in 2023 and in 2024"; a rate per head of no
        # count is none ("at zero", not "unchanged, at 0.0 parcels per 100,000 homes")
        self.none = self.direction == "same" and not suppressed and none_both(change)
        self.band = "suppressed" if suppressed else wording.change_band(change, ctx.style)
        self._why = "" if suppressed else wording.band_reason(change, ctx.style)
        self.has_percent = change.percent is not None and wording.has_percent(self.band)
        # the change's words give both figures already ("rose from 0.0 to 41.6", "rose from fewer than five to
        # 31"): a template then names the periods, not the figures again
        self.says_from_to = self.band == "suppressed" or self.band in COUNT_ONLY
        self.places: int | None = None  # set by changes() when a list shares one number of decimal places
        self.scale = ctx.scale(area, change.measure)  # the places of "1.2 million" for this area's figures
        self.area = AreaView(area, ctx.campaign)

    def _side(self, what: str, *, after_from: bool) -> str:
        """One side ("old" or "new") of a change with a suppressed count, recorded: "fewer than five", "none"
        or "31"."""
        c, ctx = self._change, self._ctx
        hidden, given, period = (self._old_hidden, c.old, c.old_period) if what == "old" else \
            (self._new_hidden, c.new, c.new_period)
        if hidden:
            return str(ctx.record_hidden(self._area, c.measure, period, given, after_from=after_from))
        threshold = ctx.campaign.disclosure_threshold
        assert threshold is not None
        text = wording.beside_suppressed(given.amount, threshold, ctx.style, self.scale)
        self._record_number(what, text, given.amount)
        return text

    def _suppressed(self, tense: str, *, headline: bool = False) -> Md:
        c, ctx = self._change, self._ctx
        threshold = ctx.campaign.disclosure_threshold
        assert threshold is not None
        both = self._old_hidden and self._new_hidden  # "was fewer than five in both periods": no "from"
        self._side("old", after_from=not both)
        self._side("new", after_from=not both)
        return Md(escape_markdown(wording.suppressed_change_words(
            c, ctx.style, tense, threshold, self._old_hidden, self._new_hidden, headline=headline, scale=self.scale)))

    def _words(self, text: str, printed: list[wording.Printed]) -> Md:
        for what, number_text, rounded in printed:
            self._record_number(what, number_text, rounded)
        return Md(escape_markdown(text))

    def _record_number(self, what: str, text: str, rounded: Decimal) -> None:
        c, style = self._change, self._ctx.style
        name = f"{c.measure}.{c.old_period}-{c.new_period}.{what}"
        sources = c.old.sources + c.new.sources
        if what == "percent":
            value, formula = c.percent or Decimal(0), describe_percent_formula(c, rounded) + self._why
            if c.percent is not None and text == wording.change_percent_text(c, style, self.places)[0] \
                    and text != wording.percent_text(c.percent, style, self.places)[0]:
                formula += "; said as more than this, not 100: the count did not fall to zero"
        elif what == "points":
            value, formula = c.difference, f"{c.new.amount} − {c.old.amount} = {c.difference} → {rounded}{a_fall(c)}"
        elif what in ("old", "new"):
            given = c.old if what == "old" else c.new
            period = c.old_period if what == "old" else c.new_period
            name, value, formula, sources = f"{c.measure}.{period}", given.amount, value_formula(given), \
                given.sources
        else:
            value = abs(c.difference)  # the band's reason too: "a fall to zero: worded with the two figures, …"
            formula = f"{c.new.amount} − {c.old.amount} = {c.difference}{a_fall(c)}{self._why}"
        self._ctx.record(self._area, name, text, value, formula, sources)

    def _phrase(self, tense: str, exact: bool, headline: bool = False) -> Md:
        if self.band == "suppressed":
            return self._suppressed(tense, headline=headline)
        change, one = self._in_language()  # "rose from 0.0 to 41.6 …", "fell by 2.2 weeks": the unit in its language
        return self._words(*wording.change_words(change, self._ctx.style, tense, exact=exact,
                                                 headline=headline, places=self.places, scale=self.scale, one=one))

    def past(self, exact: bool = False) -> Md:
        """"rose by 193 per cent" (exact) or "almost trebled"."""
        return self._phrase("past", exact)

    def perfect(self, exact: bool = False, plural: bool = False) -> Md:
        """"has risen by 193 per cent" / "has almost trebled"; ``plural`` gives "have"."""
        return self._phrase("perfect_plural" if plural else "perfect", exact)

    def past_to(self) -> Md:
        """"rose to 150", "fell to fewer than five", "fell to zero" (Welsh "wedi cynyddu i 150"): a count's change by
        its later figure alone, for the sentence after one that gave the change in the same words ("has risen by 50
        per cent", "has risen from three to nine"), so that a release says each change once."""
        c, style = self._change, self._ctx.style
        if self.direction == "same" or (self._old_hidden and self._new_hidden) or c.kind != "count":
            raise TemplateError(f"asks for the later figure of a change in {c.measure} for {c.area}, which "
                                f"past_to() does not word ({self.band.replace('_', ' ')}, a {c.kind})",
                                field="template", expected="c.past_to() only for a count whose c.direction is 'up' "
                                "or 'down', not fewer than the threshold in both periods; else c.past()")
        if self._new_hidden:
            new = self._side("new", after_from=True)
        elif says_none(c.new.amount, c.kind, c.unit):  # "fell to zero", as a headline says it
            return self._phrase("past", exact=False, headline=True)
        else:
            new = wording.value_text(c.new.amount, style, c.unit, scale=self.scale)  # as c.new(): "to five"
            self._record_number("new", new, c.new.amount)
        return Md(escape_markdown(style.language.change_to(self.direction, "past", new)))

    def present(self, exact: bool = False) -> Md:
        return self._phrase("present", exact)

    def headline(self, exact: bool = False) -> Md:
        """Headline form, present tense without "by": "almost trebles", "rises 47 per cent"."""
        return self._phrase("present", exact, headline=True)

    def noun(self) -> Md:
        """"a rise of 103 per cent"."""
        if self.band == "suppressed":
            c, ctx = self._change, self._ctx
            threshold = ctx.campaign.disclosure_threshold
            assert threshold is not None
            both = self._old_hidden and self._new_hidden
            if both:
                self._side("old", after_from=False)
                self._side("new", after_from=False)
            return Md(escape_markdown(wording.suppressed_noun(c, ctx.style, threshold, both)))
        return self._noun(figures=False)

    def _noun(self, *, figures: bool) -> Md:
        """:meth:`noun` of a change not suppressed; ``figures``: a count's difference in figures however small, as
        a table's column gives it ("a rise of 2" beside its "3" and "5")."""
        change, one = self._in_language()  # "a fall of 0.1 weeks": the unit in its language
        return self._words(*wording.change_noun(change, self._ctx.style, places=self.places, one=one, figures=figures))

    def _in_language(self) -> tuple[Change, str]:
        """The change with its unit in the release's language, and its ``unit_one`` there, where its words give a
        rate's unit (its two figures, "rose from 0.0 to 41.6 …", or its difference in its unit, "fell by 2.2
        weeks"); else as it is."""
        if self._change.kind == "rate" and (self.band in COUNT_ONLY or self.band == "units"):
            return dataclasses.replace(self._change, unit=self._unit()), self._unit_one()
        return self._change, ""

    def percent(self) -> Md:
        """The percentage alone, "193 per cent"; refused where the house style gives no percentage (no change,
        virtually none, a small base, a suppressed count)."""
        return Md(escape_markdown(self.percent_text()))

    def percent_text(self) -> str:
        """:meth:`percent` as plain text, checked and recorded the same way, for a table's cell (escaped as a cell
        is); a template printing it gets it escaped as any plain text."""
        c = self._change
        if not self.has_percent or c.percent is None:
            raise TemplateError(
                f"asks for the percentage change in {c.measure} for {c.area}, which the house style does not "
                f"give ({self.band.replace('_', ' ')})", field="template",
                expected="{% if c.has_percent %} around it, or c.past()/c.noun(), which word it safely")
        text, rounded = wording.change_percent_text(c, self._ctx.style, self.places)
        self._record_number("percent", text, rounded)
        return text

    def approx(self) -> Md:
        """The percentage said roundly and honestly: "nearly 200 per cent", "more than 100 per cent". Using it
        beside c.percent() in one release shows one figure at two rounding levels (see rounding_conflicts)."""
        c = self._change
        found = wording.approx_percent_text(c.percent, self._ctx.style) if self.has_percent and c.percent else None
        if found is None:
            return self.percent()
        text, rounded = found
        self._record_number("percent", text, rounded)
        return Md(escape_markdown(text))

    def old(self) -> Md:
        """The first period's count, as figure() prints it."""
        return self._one("old_period", "new_period")

    def new(self) -> Md:
        """The last period's count, as figure() prints it."""
        return self._one("new_period", "old_period")

    def count(self, after: str = "") -> Md:
        """The last period's count with its unit, as the helper count() prints it ("640 parcels", "no parcels"),
        unchanged, the first's recorded as printed too, as :meth:`new` records it. ``after``: as count() takes it."""
        c = self._change
        if self.direction == "same" and self.band != "suppressed":
            self._ctx.count(c.measure, c.old_period, self._area.name)
        return self._same(c.old_period, c.new_period, self._ctx.count(c.measure, c.new_period, self._area.name, after))

    def _one(self, period: str, other: str) -> Md:
        """One period's count; where the count did not change, the other period's is recorded as printed too:
        "unchanged at 640" says both, for the fact sheet, the check and disclosure control (with every other
        area's count and the parent's, a suppressed one could otherwise be worked out unnoticed)."""
        c = self._change
        if self.direction == "same" and self.band != "suppressed":
            self._ctx.figure(c.measure, getattr(c, other), self._area.name)
        return self._same(getattr(c, other), getattr(c, period),
                          self._ctx.figure(c.measure, getattr(c, period), self._area.name))

    def _same(self, other: str, period: str, printed: Md) -> Md:
        """``printed``; unchanged, ``other``'s fact takes ``period``'s words ("unchanged at 12 per cent": 12.0, 12)."""
        if self.direction == "same" and self.band != "suppressed":
            measure = self._change.measure
            self._ctx.reword(self._area, f"{measure}.{other}", f"{measure}.{period}")
        return printed

    def from_to(self, start: bool = True, old_when: object = "", new_when: object = "") -> Md:
        """"from 1,747 to 3,549" (both in figures when either is 10 or more; zero as "none"; a suppressed count
        as "fewer than five", Welsh "o 31 i lai na 5"). A rate gives its unit once, after the second figure:
        "from 58.2 to 57.4 offences per 100,000 people"; a percentage each time, as the house style writes it:
        "from 18.0 per cent to 31.5 per cent". ``start=False``: without "from", as a list has it ("Cardiff: 58.2
        to 57.4 …"); ``old_when``, ``new_when``: each figure's period after it ("from 58.2 between … to …")."""
        old, new = self._sides(old_when, new_when)
        return Md(escape_markdown(self._ctx.style.language.from_to_unit(old, new, start=start)))

    def _sides(self, old_when: object, new_when: object) -> tuple[str, str]:
        """:meth:`from_to`'s two figures, recorded, each with the words that go with it ("58.2 offences per 100,000
        people between …", "57.4 between …"); a count with its period after it takes its unit (:meth:`_counted`)."""
        c, style = self._change, self._ctx.style
        unit = new_unit = ""
        if self.band == "suppressed":
            old_text = self._side("old", after_from=True)
            new_text = self._side("new", after_from=True)
        else:
            _, old_text, new_text = change_from_to(c, style, self.scale)
            self._record_number("old", old_text, c.old.amount)
            self._record_number("new", new_text, c.new.amount)
            if c.kind == "rate" and c.unit.strip().lower() in PERCENT_UNITS:  # "18.0 per cent", each time
                old_text, new_text = with_percent(old_text, style), with_percent(new_text, style)
            elif self.band == "units":  # "from 14.6 weeks to 12.4 weeks", each time, as its difference has it
                old_text, new_text = (with_unit(text, amount, self._unit(), style, self._unit_one()) for text, amount
                                      in ((old_text, c.old.amount), (new_text, c.new.amount)))
            elif c.kind == "rate":
                unit = self._unit()
                new_unit = unit_one(dataclasses.replace(c, unit=unit), self._unit_one())  # "from 0 days to 1 day"
        if (old_when or new_when) and c.kind == "count" and not wording.is_money(c.unit):
            old_text, new_text = self._counted(old_text, "old"), self._counted(new_text, "new")
        return style.language.from_to_sides(old_text, new_text, unit, old_when=str(old_when),
                                            new_when=str(new_when), new_unit=new_unit)

    def _counted(self, text: str, what: str) -> str:
        """A count of :meth:`from_to` with its unit, where its period follows it ("640 parcels between …"); the
        render stage's story view knows the measure's words for it."""
        return text

    def _unit(self) -> str:
        """A rate's unit in the release's language (the render stage's story view knows the measure's words)."""
        return self._change.unit

    def _unit_one(self) -> str:
        """A rate's unit after a whole 1 (``unit_one``) in the release's language; "" where it is not known."""
        return ""

    def difference(self) -> Md:
        c = self._change
        if self.band == "suppressed":
            raise TemplateError(f"asks for the difference in {c.measure} for {c.area}, whose count is suppressed",
                                field="template", expected="{% if c.band != 'suppressed' %} around it")
        text = wording.value_text(abs(c.difference), self._ctx.style, c.unit)
        self._record_number("difference", text, abs(c.difference))
        return Md(escape_markdown(text))
