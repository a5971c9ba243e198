"""One release's template context: the helpers a template may call, and the facts, quotes and warnings they record.

Templates never compute or format numbers: they call these helpers, which format through
:mod:`drafter.style.wording` and record every number printed as a :class:`~drafter.model.Fact`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import types
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from drafter.compute import disclosure
from drafter.compute.changes import compute_change
from drafter.document import escape_markdown
from drafter.errors import TemplateError, period_named, possessive
from drafter.model import Area, Campaign, Change, Chart, Fact, Period, Quote, SourceRef, Value, Warning
from drafter.quotes.choose import choose_quote
from drafter.render import area_view, area_words, charts, derived, league, lists, ranks, tables
from drafter.render.changing import ChangeView, NotAvailable
from drafter.render.environment import Md
from drafter.render.quoting import quote_markdown
from drafter.render.recording import FactLog
from drafter.render.story import StoryView, counted, filled_notes
from drafter.render.views import value_formula
from drafter.style import wording
from drafter.style.base import HouseStyle
from drafter.style.names import heading_name, organisation_names


class ReleaseContext:
    """The helpers one release's template may call, and the facts, quotes and warnings they record."""

    def __init__(self, campaign: Campaign, area: Area, style: HouseStyle, *, drafts: bool = False) -> None:
        self.campaign = campaign
        self.area = area
        self.style = style
        self.figures = campaign.figures
        self.parents = campaign.parents()
        self._log = FactLog()
        self.facts: list[Fact] = self._log.facts  # every fact recorded, the ones only deciding words marked
        self.quotes_used: list[str] = []
        self.warnings: list[Warning] = []
        self.speakers = {s.id: s for s in campaign.speakers}
        self.changes: list[Change] = []
        self.quotes: list[Quote] = []
        self.said: list[tuple[SourceRef, str, str]] = []  # the story sentences printed: (where, key, text)
        self.drafts = drafts  # draft quotes may be shown, marked (preview, draft --draft-quotes)
        self.draft_quotes: list[str] = []
        self.charts: list[Chart] = []  # the charts the template asked for, in order

    def variables(self) -> dict[str, Any]:
        c, code = self.campaign, self.style.language.code
        helpers: dict[str, Callable[..., Any]] = {
            "figure": self.figure, "change": self.change, "period": self.period, "between": self.between,
            "date": self.date, "month": self.month, "year": self.year, "embargo_line": self.embargo_line,
            "quote": self.quote, "quotes": self.every_quote, "count": self.count, "has": self.has,
            "rank": functools.partial(ranks.rank, self), "top": functools.partial(ranks.top, self),
            "only": functools.partial(ranks.only, self),
            "ranked": functools.partial(ranks.ranked, self), "rated": functools.partial(derived.rated, self),
            "per_head": functools.partial(derived.per_head, self), "share": functools.partial(derived.share, self),
            "shared": functools.partial(derived.shared, self), "league": functools.partial(league.league, self),
            "changes": self.changes_of, "exhibits": functools.partial(charts.exhibits, self),
            "table": functools.partial(tables.table, self), "chart": functools.partial(charts.chart, self),
            "areas_listed": functools.partial(lists.areas_listed, self),
        }
        return {
            **helpers,
            "area": area_view.AreaView(self.area, c),
            "campaign": types.SimpleNamespace(
                title=c.title, organisation=(own := c.text_for("organisation", code)) or c.organisation,
                about_heading=self.style.language.after_word(self.style.furniture.about, heading_name(  # "ag", "â Ch…"
                    c, self.style.language), as_written=own == c.organisation),
                about=c.text_for("about", code), notes=filled_notes(self),
                contact=types.SimpleNamespace(name=c.text_for("contact_name", code) or c.contact.name,
                                              phone=c.contact.phone, email=c.contact.email,
                                              out_of_hours=c.contact.out_of_hours),
                bilingual=len(c.languages_for(self.area.name)) > 1, dateline=Md(escape_markdown(self.dateline())),
                release_date=Md(escape_markdown(wording.date_text(c.release_date, self.style))),
                organisation_in_text=organisation_names(c, self.style.language)[1]),  # "from the … Trust"
            "furniture": self.style.furniture,
            "story": StoryView(self),
            "periods": types.SimpleNamespace(first=(ids := [p.id for p in c.periods])[0], last=ids[-1], all=ids),
            "measures": {m.id: types.SimpleNamespace(label=m.label, unit=m.unit, kind=m.kind, population=m.population,
                                                     subject=m.subject, plural=m.plural) for m in c.measures},
            "ends": Md(escape_markdown(self.style.ends)), "area_word": area_words.AreaWords(c, self.style),
        }

    def dateline(self) -> str:
        """The dateline: the release date, after the place campaign.yaml names (``dateline:``) in the house
        style's pattern ("Carlisle, 4 September 2018"; AP: "CARLISLE, Pa. — Sept. 4, 2018")."""
        date = wording.date_text(self.campaign.release_date, self.style)
        place = self.campaign.text_for("dateline", self.style.language.code) or self.campaign.dateline
        if not place:
            return date
        furniture = self.style.furniture
        return furniture.dateline.format(place=furniture.dateline_place(place), date=date)

    # --- recording -------------------------------------------------------------------------------------
    def record(self, area: Area, name: str, text: str, value: Decimal, formula: str,
               sources: tuple[SourceRef, ...], decides: str = "") -> Md:
        """Record a fact the release prints as ``text``; with ``decides``, one only looked at to choose the words
        ("whether it is the lowest"), not printed unless it is recorded again without."""
        self._log.add(Fact(area.name, name, text, value, formula, sources, printed=not decides, decides=decides))
        return Md(escape_markdown(text))

    def reword(self, area: Area, name: str, like: str) -> None:
        self._log.reword(area.name, name, like)  # an unchanged figure printed once for both periods

    def hidden(self, measure: str, value: Value) -> bool:
        """Whether disclosure control suppresses this figure: a count only, and only with a threshold set."""
        counted = next((m for m in self.campaign.measures if m.id == measure), None)
        return disclosure.is_suppressed(value.amount, self.campaign.disclosure_threshold, counted)

    def record_hidden(self, area: Area, measure: str, period: str, value: Value, after_from: bool = False) -> Md:
        threshold = self.campaign.disclosure_threshold
        assert threshold is not None
        text = wording.fewer_than_text(threshold, self.style, after_from=after_from)
        self.record(area, f"{measure}.{period}", text, Decimal(threshold),
                    f"suppressed: below the disclosure threshold of {threshold}", value.sources)
        return Md(escape_markdown(text))

    def warn(self, code: str, message: str, area: Area) -> None:
        warning = Warning(code, message, area.name)
        if warning not in self.warnings:
            self.warnings.append(warning)

    # --- lookups ---------------------------------------------------------------------------------------
    def _area(self, area: object) -> Area:
        if area is None:
            return self.area
        name = area.name if isinstance(area, area_view.AreaView) else str(area)
        try:
            return self.campaign.area(name)
        except KeyError:
            raise TemplateError(f"asks for the unknown area {name!r}", field="template",
                                expected="an area from areas.csv") from None

    def area_of(self, area: object) -> Area:
        """An area a template names (a name, an ``area`` variable, or None for the release's own)."""
        return self._area(area)

    def value_of(self, area: Area, measure: str, period: str) -> Value:
        """A figure, refusing a measure or period the campaign does not have."""
        return self._value(area, measure, period)

    @staticmethod
    def formula_of(value: Value) -> str:
        return value_formula(value)

    def _value(self, area: Area, measure: str, period: str) -> Value:
        self._check_ids(measure, period)
        key = (area.name, measure, period)
        if key in self.figures:
            return self.figures[key]
        raise TemplateError(f"asks for {self._why_missing(area, measure, [period])}", field="template",
                            expected=f"{{% if has({measure!r}) %}} around it, with words for when it is not there")

    def _why_missing(self, area: Area, measure: str, periods: list[str]) -> str:
        """Which of an area's figures is missing, and why: "Cumbria's contacts for before, which is not
        available ('[x]' in figures.csv:4)"."""
        period = next((p for p in periods if (area.name, measure, p) not in self.figures), periods[0])
        missing = self.campaign.unavailable.get((area.name, measure, period))
        why = "which is not given" if missing is None else \
            f"which is not available ({missing.because or repr(missing.marker)} in {missing.source})"
        return f"{possessive(area.name)} {measure} for {period_named(period, self.campaign.periods)}, {why}"

    def _check_ids(self, measure: str, *periods: str) -> None:
        measures = [m.id for m in self.campaign.measures]
        if measure not in measures:
            raise TemplateError(f"asks for the unknown measure {measure!r}", field="template",
                                expected=_one_of(measure, measures))
        ids = [p.id for p in self.campaign.periods]
        for period in periods:
            if period not in ids:
                raise TemplateError(f"asks for the unknown period {period!r}", field="template",
                                    expected=_one_of(period, ids))

    # --- helpers ---------------------------------------------------------------------------------------
    def figure(self, measure: str, period: str, area: object = None, approx: bool = False) -> Md:
        """A count as the house style prints it: ``{{ figure("contacts", "after") }}`` → "3,549" (money as
        "£1.2m" when the measure's unit is a currency code); ``approx=True`` says it roundly and honestly,
        "nearly 3,600" (one rounding level per figure per release still holds)."""
        where = self._area(area)
        value = self._value(where, measure, period)
        if self.campaign.measure(measure).kind == "rate":  # "91.0 per cent" as count() and its own release print it
            return self.count(measure, period, area)
        if self.hidden(measure, value):
            return self.record_hidden(where, measure, period, value)
        unit = self.campaign.measure(measure).unit
        found = wording.approx_count_text(value.amount, self.style) if approx and not wording.is_money(unit) \
            else None
        if found is not None:
            text, shown = found
            return self.record(where, f"{measure}.{period}", text, value.amount,
                               f"{value_formula(value)} → {shown}", value.sources)
        text = wording.value_text(value.amount, self.style, unit, scale=self.scale(where, measure))
        return self.record(where, f"{measure}.{period}", text, value.amount, value_formula(value), value.sources)

    def scale(self, area: Area, measure: str) -> int:
        """The places of "1.2 million" for an area's figures of one measure: as many as show every change
        between its periods (:func:`~drafter.style.numbers.scale_places`), the same in every release."""
        values = [self.figures[key].amount for key in ((area.name, measure, p.id) for p in self.campaign.periods)
                  if key in self.figures]
        return wording.scale_places(values, self.style, money=wording.is_money(self.campaign.measure(measure).unit))

    def has(self, measure: str, period: str | None = None, area: object = None, above_zero: bool = False) -> bool:
        """Whether the area has ``measure``'s figure (in ``period``, or the first and last, which :meth:`change`
        compares: a year between marked "[c]" takes nothing from it): not where marked not available ("[c]", "..")
        or not given (a measure with required: false); ``above_zero``: and it is more than zero."""
        where = self._area(area)
        self._check_ids(measure, *([period] if period else []))
        periods = [period] if period else list({self.campaign.periods[0].id, self.campaign.periods[-1].id})
        keys = [(where.name, measure, p) for p in periods]
        return all(key in self.figures and (not above_zero or self.figures[key].amount > 0) for key in keys)

    def change(self, measure: str, old: str | None = None, new: str | None = None, area: object = None
               ) -> ChangeView:
        """The change in ``measure`` between two periods (default: the first and the last)."""
        where = self._area(area)
        periods = [p.id for p in self.campaign.periods]
        if len(periods) < 2:
            raise TemplateError(f"asks for the change in {measure!r}, but the campaign has one period",
                                field="template", expected="a second period in campaign.yaml, or a template that "
                                "states one period's figures (per-head)")
        old, new = old or periods[0], new or periods[-1]
        m = next((m for m in self.campaign.measures if m.id == measure), None)
        change = compute_change(where.name, measure, m.kind if m else "count", old, new,
                                self._value(where, measure, old), self._value(where, measure, new),
                                m.unit if m else "", m.change_in if m else "per cent")
        hidden = self.hidden(measure, change.old) or self.hidden(measure, change.new)
        if not hidden and change.direction != "same" and wording.on_small_base(change, self.style):
            why = "none: a change from none has no percentage" if change.kind == "count" and not change.old.amount \
                else wording.small_base_why(change, self.style)
            self.warn("small_base", f"the figure for {self.campaign.measure(measure).label} in "
                      f"{period_named(old, self.campaign.periods)} is {why}, so both are given", where)
        if change not in self.changes:
            self.changes.append(change)
        return ChangeView(self, where, change, plural=self.campaign.measure(measure).plural)

    def changes_of(self, measure: str, areas: Iterable[object], old: str | None = None, new: str | None = None
                   ) -> list[ChangeView | NotAvailable]:
        """The change in ``measure`` for each of a list of areas. Each percentage keeps its own decimal places,
        as it reads in the area's own release; with ``list_places: shared`` they share one number, taken only
        from the percentages the list prints ("9.6 per cent", "12.0 per cent"). An area without both figures
        (marked as not available, or not given) is in the list as ``k.available`` false."""
        periods = [old or self.campaign.periods[0].id, new or self.campaign.periods[-1].id]
        views: list[ChangeView | NotAvailable] = []
        for a in areas:
            where = self._area(a)
            views.append(self.change(measure, old, new, area=where.name) if all(
                self.has(measure, p, where.name) for p in periods) else NotAvailable(
                area_view.AreaView(where, self.campaign), self._why_missing(where, measure, periods)))
        given = [v for v in views if isinstance(v, ChangeView)]
        if self.style.list_places == "shared":
            percents = [v._change.percent for v in given if v.has_percent and v._change.percent is not None]
            places = wording.sequence_places(percents, self.style)
            for view in given:
                view.places = places
        return views

    def count(self, measure: str, period: str | None = None, area: object = None, after: str = "") -> Md:
        """A count with its unit: "440 calls", "no calls"; ``after``: the word before it, as the language joins them."""
        return counted(self, measure, period or self.campaign.periods[-1].id, area, after)

    def period(self, period: str) -> Md:
        """A period's dates in words: "July to December 2017"."""
        p = self._period(period)
        return Md(escape_markdown(wording.period_text(p.start, p.end, self.style)))

    def between(self, period: str) -> Md:
        """"between July and December 2017"."""
        p = self._period(period)
        return Md(escape_markdown(wording.between_text(p.start, p.end, self.style)))

    def month(self, period: str, end: bool = False) -> Md:
        """The month a period starts (or, with ``end=True``, ends) in: "January 2018"."""
        p = self._period(period)
        return Md(escape_markdown(wording.month_text(p.end if end else p.start, self.style)))

    def year(self, period: str, end: bool = False) -> Md:
        """The year a period starts (or, with ``end=True``, ends) in: "2018"."""
        p = self._period(period)
        return Md(escape_markdown(wording.year_text(p.end if end else p.start, self.style)))

    def _period(self, period: str) -> Period:
        self._check_ids(self.campaign.measures[0].id, period)
        return self.campaign.period(period)

    def date(self, value: dt.date) -> Md:
        return Md(escape_markdown(wording.date_text(value, self.style)))

    def embargo_line(self) -> Md:
        c = self.campaign
        return Md(escape_markdown(wording.embargo_text(c.embargo, c.timezone, self.style)))

    def quote(self, role: str, optional: bool = False, verb: str = "said") -> Md:
        """An approved quote, verbatim, with its speaker's attribution; "" when optional and none applies (or
        its quote was withdrawn or has expired: left out with a warning). A draft quote is printed only when
        drafts were asked for, marked plainly as not approved."""
        return self._quote(role, optional, verb, quiet=False)

    def _quote(self, role: str, optional: bool, verb: str, *, quiet: bool) -> Md:
        choice = choose_quote(role, self.area, self.campaign.quotes, self.parents, self.campaign.release_date,
                              optional=optional, language=self.style.language.code, drafts=self.drafts)
        quote = choice.quote
        if quote is None:
            if choice.left_out:
                self.warn("quote_left_out", f"{choice.left_out}; its paragraph is left out", self.area)
            elif not quiet:
                self.warn("optional_quote", f"no quote for the optional role {role!r}; its paragraph is left out",
                          self.area)
            return Md("")
        self.quotes_used.append(quote.id)
        self.quotes.append(quote)
        if choice.draft:
            self.draft_quotes.append(quote.id)
            self.warn("draft_quote", f"quote {quote.id!r} is a draft, not approved: the release is marked as a "
                      "draft never to be sent", self.area)
        elif quote.fingerprint is None:
            self.warn("quote_unfingerprinted", f"quote {quote.id!r} is approved but has no fingerprint, so a later "
                      "change to its text would go unnoticed; run drafter quotes approve to record one", self.area)
        return Md(quote_markdown(quote, self.speakers[quote.speaker].in_language(self.style.language.code), verb,
                                 self.style, choice.draft))

    def every_quote(self) -> Md:
        """Every role's quote for this area, in the order the roles first appear in quotes.yaml: the first
        introduced with the language's first attribution verb ("said"), the rest with its second ("added").
        Roles with no quote in scope are left out quietly; nothing at all without quotes.yaml."""
        code = self.style.language.code
        roles = dict.fromkeys(q.role for q in self.campaign.quotes if code == q.language)
        verbs = self.style.language.attribution_verbs
        printed: list[str] = []
        for role in roles:
            text = self._quote(role, True, verbs[0] if not printed else verbs[min(1, len(verbs) - 1)], quiet=True)
            if text:
                printed.append(str(text))
        return Md("\n\n".join(printed))


def _one_of(name: str, known: list[str]) -> str:
    """"did you mean 'calls'? (one of calls, population)" or "one of calls, population"."""
    near = difflib.get_close_matches(str(name), known, n=1)
    listed = "one of " + ", ".join(known)
    return f"did you mean {near[0]!r}? ({listed})" if near else listed
