"""The story as a template sees it: the words campaign.yaml gives (:mod:`drafter.load.story`) filled in for one
area and language, counts with their units ("one call", "440 calls"), and changes whose verbs agree with their
measure's subject ("Calls … rise 96%", "The number of calls … rises 96%").

The changes templates get are in :mod:`drafter.render.changing`. A shipped template says ``{{ story.subject |
sentence }} {{ c.headline() }}`` and ``{{ story.after(c) }}``; a press officer changes what it says in campaign.yaml.
"""

from __future__ import annotations

import dataclasses
import string
from decimal import Decimal
from typing import Protocol

from drafter.compute.per_head import COUNT_UNIT
from drafter.document import escape_markdown
from drafter.errors import InputError
from drafter.model import Area, Measure, SourceRef, Value
from drafter.render import views
from drafter.render.environment import Md
from drafter.render.marked import sentence
from drafter.render.places import fill, fill_sentence, place_text
from drafter.render.views import Recorder
from drafter.style import numbers, percents, wording
from drafter.style.bands import is_whole_one, says_none
from drafter.style.base import PERCENT_UNITS, Language


class StoryContext(Recorder, Protocol):
    """What the story's helpers ask of their release's context (:class:`drafter.render.context.ReleaseContext`)."""

    @property
    def area(self) -> Area: ...

    def area_of(self, area: object) -> Area: ...

    def value_of(self, area: Area, measure: str, period: str) -> Value: ...

    def formula_of(self, value: Value) -> str: ...

    def has(self, measure: str, period: str | None = None, area: object = None, above_zero: bool = False) -> bool: ...

    def warn(self, code: str, message: str, area: Area) -> None: ...

    @property
    def said(self) -> list[tuple[SourceRef, str, str]]: ...


class StoryView:
    """``story`` in a template: the story's measure, its subject for this area (``story.subject``), and the
    campaign's sentences, each printed only when it stays true (``story.after(c)``)."""

    def __init__(self, ctx: StoryContext) -> None:
        self._ctx = ctx
        campaign = ctx.campaign
        self.measure = campaign.story_measure or campaign.measures[0].id
        self.plural = campaign.measure(self.measure).plural

    def _language(self) -> str:
        return self._ctx.style.language.code

    def _own(self, where: Area, *columns: str) -> str:
        """The first of an area's areas.csv ``columns`` (name, in_text) given in the release's language
        ("name_cy"), or "" in English. A release in another language that lacks them for the area falls back to
        English, and says so once for all its areas: "Ar draws Wales" is no Welsh a newsdesk would print."""
        code = self._language()
        if code == "en":
            return ""
        extra = dict(where.extra)
        column, found = next(((c, extra[f"{c}_{code}"]) for c in columns if extra.get(f"{c}_{code}")), ("", ""))
        if column == "name" and "in_text" in columns:  # mid-sentence: "Ar draws y Deyrnas Unedig"
            return self._ctx.style.language.place_in_text(found)
        if not found:
            wanted = f"{columns[-1]}_{code}"
            what = (f"give their names in English: add a {wanted} column with each area's name in that "
                    "language (the same where it does not change)")
            self._ctx.warn("place_in_english", f"areas.csv has no {wanted} for these areas, so the "
                           f"{self._ctx.style.name} releases {what}", where)
        return found

    @property
    def subject(self) -> Md:
        """What changed, for this area: "calls to the crisis line from Cumbria" (``subject:`` of the story's
        measure; without one, "the number of <label> in <area>")."""
        return self.subject_for(None)

    def subject_after(self, word: str, measure: str | None = None) -> Md:
        """The subject (of ``measure``, default the story's) after a word of the template's, joined as the
        language joins them: Welsh "Mae" and "y parseli …" make "Mae’r parseli …"."""
        subject = self.subject_of(measure or self.measure)
        return Md(self._ctx.style.language.after_word(escape_markdown(word), subject))

    def subject_for(self, area: object) -> Md:
        """The subject for another area (``story.subject_for(area.parent)``)."""
        return self.subject_of(self.measure, area)

    @property
    def measures(self) -> list[str]:
        """The measures a release of several gives, in order: ``story.measures`` in campaign.yaml, else the
        story's measure then every other measure that is not a population."""
        campaign = self._ctx.campaign
        if campaign.story_measures:
            return list(campaign.story_measures)
        populations = {m.population for m in campaign.measures}
        return [self.measure, *(m.id for m in campaign.measures if m.id != self.measure and m.id not in populations)]

    @property
    def lead(self) -> str:
        """The measure a release of several leads its headline with: the story's, or, where it has no figure for
        the last period (a region whose share the publisher never gives), the first of :attr:`measures` with a
        figure for every period, so that the headline says what changed rather than "figures not available"."""
        ctx, last = self._ctx, self._ctx.campaign.periods[-1].id
        if ctx.has(self.measure, last):
            return self.measure
        return next((m for m in self.measures if ctx.has(m)), self.measure)

    @property
    def lead_first(self) -> list[str]:
        """:attr:`measures` with :attr:`lead` first, for the paragraphs under the headline it leads."""
        lead = self.lead
        return [lead, *(m for m in self.measures if m != lead)]

    def label(self, measure: str | None = None) -> Md:
        """What a measure counts, in the release's language, as a list names it: "lifeboat launches" (its
        ``label``; in Welsh ``label_cy``, else its ``unit_cy``)."""
        return Md(escape_markdown(measure_label(self._ctx.campaign.measure(measure or self.measure),
                                                self._language())))

    def subject_of(self, measure: str, area: object = None) -> Md:
        """What changed, for ``measure`` and this area (or ``area``): ``subject:`` of that measure in
        campaign.yaml; without one, "the number of <label> in <area>"."""
        where = self._ctx.area_of(area)
        ids = [m.id for m in self._ctx.campaign.measures]
        if measure not in ids:
            self._ctx.value_of(where, measure, self._ctx.campaign.periods[-1].id)  # refused, naming the measures
        found = self._ctx.campaign.measure(measure)
        language = self._language()
        subject = found.words("subject", language)
        field = f"measures.{found.id}.subject" + ("" if language == "en" else f"_{language}")
        if not subject:
            if language != "en":
                raise _missing(found, field, "the subject in that language, for its releases")
            subject = self._ctx.style.furniture.number_of.format(label=found.label)
        filled = escape_markdown(fill(subject, where, self._ctx.campaign, self._ctx.style, found.source, field))
        if "{" not in subject:  # the area follows, as in_place() gives it: Welsh "yng Nghaerdydd" (yn_cy)
            return Md(f"{filled} {self.in_place(area)}")
        return Md(filled)

    def place(self, area: object = None) -> Md:
        """An area as it reads mid-sentence in the release's language: ``in_text`` ("the north west"), or in
        Welsh its ``in_text_cy`` or ``name_cy`` column."""
        where = self._ctx.area_of(area)
        return Md(escape_markdown(self._own(where, "in_text", "name") or place_text(where, self._language())))

    def in_place(self, area: object = None) -> Md:
        """"in Cardiff"; in Welsh the area's ``yn_cy`` column ("yng Nghaerdydd"), with its mutation, when
        areas.csv has one, else the place after "yn" as the language mutates it ("yng Nghaerdydd")."""
        return Md(escape_markdown(self._in_place(self._ctx.area_of(area))))

    def _in_place(self, where: Area) -> str:
        code = self._language()
        given = dict(where.extra).get(f"yn_{code}") if code != "en" else None  # "ar Ynys Môn": as written
        return given or self._ctx.style.language.in_place(
            self._own(where, "in_text", "name") or place_text(where, code), self._ctx.style)

    def name(self, area: object = None) -> Md:
        """An area's name in the release's language (``name_cy`` in Welsh when areas.csv has it)."""
        where = self._ctx.area_of(area)
        return Md(escape_markdown(self._own(where, "name") or where.name))

    def _sentence(self, key: str, target: str = "") -> Md:
        language = self._language()
        text = self._ctx.campaign.story_text(key, language)
        if not text:
            return Md("")
        field = f"story.{key}" + ("" if language == "en" else f"_{language}")
        filled = fill_sentence(text.replace("{target}", "{{target}}"), self._ctx.area, self._ctx.campaign,
                               self._ctx.style, self._ctx.campaign.source, field)
        said = filled.replace("{target}", "")  # drafter's own figure for the target is no typed figure to check
        self._ctx.said.append((self._ctx.campaign.source, field, said))  # its figures checked: story_figures.py
        return Md(escape_markdown(filled.replace("{target}", target)))

    def after(self, change: object) -> Md:
        """The sentence for what ``change`` did: ``story.rise`` after a rise, ``story.fall`` after a fall,
        ``story.unchanged`` when it did not change (or rounds to no change); nothing when a count is
        suppressed or not available, since then its direction is not printed either."""
        if not isinstance(change, views.ChangeView) or not getattr(change, "available", True) \
                or change.band == "suppressed":
            return Md("")
        target = self._target(change.measure, change.latest)
        if change.band in ("unchanged", "virtually_unchanged"):
            said = self._sentence("unchanged")
        else:
            said = self._sentence("rise" if change.direction == "up" else "fall")
        return Md("\n\n".join(filter(None, (target, said))))

    def target(self, measure: str, period: str) -> Md:
        """The target's line alone, where the release gives no change (the earlier figure not available) but gives
        ``period``'s, the latest, and does not suppress it: that figure meets the target or not all the same."""
        latest = self._ctx.value_of(self._ctx.area, measure, period) if self._ctx.has(measure, period) else None
        return self._target(measure, latest) if latest and not self._ctx.hidden(measure, latest) else Md("")

    def _target(self, measure: str, latest: Value) -> Md:
        """``story.met_target`` or ``story.missed_target`` by which side of ``story.target`` the story measure's
        latest figure is on, {target} printed as the measure's figures are ("95 per cent"; "12.0" beside "12.0")."""
        story = dict(self._ctx.campaign.story)
        if "target" not in story or measure != self._ctx.campaign.story_measure:
            return Md("")
        figures = (value.amount for (_, of, _), value in self._ctx.campaign.figures.items() if of == measure)
        goal, where = numbers.to_places_of(Decimal(story["target"]), figures), self._ctx.area  # "12" beside "12.0"
        met = latest.amount >= goal if story.get("target_met") != "at or below" else latest.amount <= goal
        source = dataclasses.replace(self._ctx.campaign.source, key="story.target")
        words = _counted(self._ctx, measure, "target", where, Value(goal, (source,)))
        return self._sentence("met_target" if met else "missed_target", words)

    def led(self, text: object, changed: bool = True) -> Md:
        """A headline saying what changed, ``text`` first ("emergency food parcels given out in Cardiff"): after
        campaign.yaml's ``story.headline_start`` where it gives one ("New figures show emergency food parcels …"),
        else with its first letter capitalised; a headline saying no change (``changed`` false: figures not
        available) is never led, as "New figures show … : figures not available" says nothing."""
        start = self._sentence("headline_start") if changed else ""
        return Md(f"{start} {text}") if start else sentence(text)

    @property
    def background(self) -> Md:
        """``story.background``: about the campaign or service behind the figures; then, as a paragraph of its own,
        the area's cell of the areas.csv column ``story.area_paragraph`` names, where it is filled."""
        return Md("\n\n".join(filter(None, (self._sentence("background"), self._area_paragraph()))))

    def _area_paragraph(self) -> str:
        """The area's own paragraph (a case study), from areas.csv: in another language its column with the
        language's code (``case_study_cy``); an area that has one in English only is warned of, and goes without."""
        column, code = dict(self._ctx.campaign.story).get("area_paragraph", ""), self._language()
        if not column:
            return ""
        extra, where = dict(self._ctx.area.extra), self._ctx.area
        own = column if code == "en" else f"{column}_{code}"
        text = " ".join(extra.get(own, "").split())
        if not text and extra.get(column, "").strip():
            language = self._ctx.style.language.english
            self._ctx.warn("area_paragraph_untranslated", f"areas.csv gives these areas a {column} paragraph in "
                           f"English only, so their releases in {language} go without it: fill in each one's cell "
                           f"of a {own} column with the same paragraph in {language}", where)
        if text:
            self._ctx.said.append((where.source, own, text))  # its figures are checked, as a sentence's
        return escape_markdown(text)

    @property
    def source_note(self) -> Md:
        """``story.source_note``: what the figures count and where they come from."""
        return self._sentence("source_note")


def filled_notes(ctx: StoryContext) -> list[Md]:
    """campaign.yaml's ``notes_to_editors`` (in the release's language) for this release, each filled in for its
    area as a story sentence is; a note naming an areas.csv column left empty on the area's row is left out of its
    release, so that a column gives a note to the areas that have one."""
    campaign, area, code = ctx.campaign, ctx.area, ctx.style.language.code
    extra, kept = dict(area.extra), []
    for number, note in enumerate(campaign.notes_for(code), 1):
        if any(name in extra and not extra[name].strip() for _, name, _, _ in string.Formatter().parse(note)):
            continue
        field = "notes_to_editors" + ("" if code == "en" else f"_{code}") + f", note {number}"
        kept.append(Md(escape_markdown(fill_sentence(note, area, campaign, ctx.style, campaign.source, field))))
    return kept


def counted(ctx: StoryContext, measure_id: str, period: str, area: object = None, after: str = "", *,
            figures: bool = False) -> Md:
    """A count with its unit, agreeing with the number: "one call", "440 calls", "no calls", "fewer than five
    calls"; a percentage rate (``unit: per cent``) as the house style writes it, "64.2 per cent". ``after``: the
    word before it, printed with it, each in the form the language gives it there (Welsh "i ddim parseli"; a
    verb in the past before a count of none is negative: "ni chysylltodd neb"). ``figures``: a count in figures
    however small, as the other of a pair in figures ("from 500 parcels … to 5 parcels")."""
    where = ctx.area_of(area)
    value = ctx.value_of(where, measure_id, period)
    words = _counted(ctx, measure_id, period, where, value, figures, after)
    if not after:
        return Md(escape_markdown(words))
    measure = ctx.campaign.measure(measure_id)
    none = says_none(value.amount, measure.kind, measure.unit) and not ctx.hidden(measure_id, value)
    return Md(escape_markdown(ctx.style.language.count_after(after, words, none=none)))


def _counted(ctx: StoryContext, measure_id: str, period: str, where: Area, value: Value, figures: bool = False,
             after: str = "") -> str:
    measure = ctx.campaign.measure(measure_id)
    if ctx.hidden(measure_id, value):
        number = str(ctx.record_hidden(where, measure_id, period, value))
        threshold = Decimal(ctx.campaign.disclosure_threshold or 2)  # "fewer than five" counts in the plural
        return ctx.style.language.counted(number, threshold, *count_units(measure, ctx.style.language))
    code = ctx.style.language.code
    if measure.kind == "rate" and value.counted == 0 and all(  # a rate per head of no count in any period
            (v := ctx.campaign.figures.get((where.name, measure_id, p.id))) is not None and v.counted == 0
            for p in ctx.campaign.periods) and (many := next(
            (text for lang, key, text in measure.translations if (lang, key) == (code, COUNT_UNIT)), "")):
        # is said as its count, as the house style says a rate per head of none: "no parcels in either period"
        # (Welsh "dim parseli"), never "unchanged at 0.0 parcels per 100,000 homes"
        measure = dataclasses.replace(measure, kind="count", unit=many, translations=((code, "unit", many),))
    if measure.kind == "rate":  # as published: "18.0" keeps its decimal place
        number = wording.published_rate_text(value.amount, ctx.style)
        ctx.record(where, f"{measure_id}.{period}", number, value.amount, ctx.formula_of(value), value.sources)
        if measure.unit.strip().lower() in PERCENT_UNITS:  # "64.2 per cent"; "% of adults" follows the number
            return percents.with_percent(number, ctx.style)
        one, many = count_units(measure, ctx.style.language)
        if is_whole_one(value.amount) and one != many:  # "1 day"; "1.0 days"
            return ctx.style.language.counted(number, value.amount, one, many)
        return f"{number} {ctx.style.language.unit_after(many)}"
    if wording.is_money(measure.unit):  # an amount says its currency itself: "£4,120", not "4,120 GBP"
        number = wording.value_text(value.amount, ctx.style, measure.unit, scale=ctx.scale(where, measure_id))
        ctx.record(where, f"{measure_id}.{period}", number, value.amount, ctx.formula_of(value), value.sources)
        return number
    number = ctx.style.none_word if value.amount == 0 else \
        wording.count_text(value.amount, ctx.style, figures=figures, scale=ctx.scale(where, measure_id))
    one, many = count_units(measure, ctx.style.language)
    language = ctx.style.language  # none is printed as the words before the unit say it: "no calls", "i ddim parseli"
    printed = language.form_after(after, language.none_of(many)) if value.amount == 0 and language.none_of(many) \
        else number
    ctx.record(where, f"{measure_id}.{period}", printed, value.amount, ctx.formula_of(value), value.sources)
    return language.counted(number, value.amount, one, many)


def count_units(measure: Measure, language: Language) -> tuple[str, str]:
    """A count's unit after one and after any other number: campaign.yaml's in the language, else, for drafter's
    default unit, people, the language's own words for people (Welsh "1 person", "5 o bobl", "neb")."""
    code, (person, people) = language.code, language.people
    many = measure.words("unit", code) or (people if measure.unit == "people" else "")
    one = measure.words("unit_one", code) or (person if many and many == people else "")
    return one or measure_unit(measure, "unit_one", code), many or measure_unit(measure, "unit", code)


def measure_label(measure: Measure, language: str) -> str:
    """What a measure counts in a language: its ``label`` (``label_cy`` in Welsh), else its unit in that language;
    missing in a language with neither, never the English words in a release in another language."""
    return measure.words("label", language, "unit") or measure_unit(measure, "unit", language)


def measure_unit(measure: Measure, key: str, language: str) -> str:
    """A measure's unit (``key``: ``unit`` or ``unit_one``) in a language; refused where the campaign gives none."""
    text = measure.words(key, language) or (measure.words("unit", language) if key == "unit_one" else "")
    if not text:
        raise _missing(measure, f"measures.{measure.id}.{key}_{language}", "the unit in that language, e.g. "
                       "galwadau (and unit_one_cy: galwad), for its releases")
    return text


def _missing(measure: Measure, field: str, expected: str) -> InputError:
    return InputError("is missing", source=measure.source, field=field, expected=expected)
