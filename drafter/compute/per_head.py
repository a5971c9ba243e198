"""A count's rate per head in each period, for a template that words the change of that rate (rate-change): the
count ÷ its population × per, worked out exactly and rounded half up to the places the house style prints it to,
so that the change is worked out from the printed rates and a reader who works out the percentage from them lands
on the one printed. Each rate keeps its formula and its count's and population's cells for the fact sheet, and
its count as the base a percentage can be trusted to (a small count is a small base, whatever its rate)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

from drafter.compute.changes import exact_text, round_half_up
from drafter.compute.derived import per_head
from drafter.compute.disclosure import is_suppressed
from drafter.errors import InputError, how_many, name_list, period_named
from drafter.model import Campaign, FigureKey, Measure, Unavailable, Value, Warning

COUNT_UNIT = "count_unit"  # the key of a rate per head's count's unit among its translations, in each language
MOST_PLACES = 6  # a rate that rounds to nothing at the house style's places is given to more, up to this many


def rates_per_head(campaign: Campaign, measures: tuple[str, ...], places: Callable[[Decimal], int],
                   units: Callable[[Measure, Measure], tuple[str, tuple[tuple[str, str, str], ...]]], language: str
                   ) -> tuple[Campaign, tuple[Warning, ...]]:
    """The campaign with each of ``measures`` that is a count with ``population`` and ``per`` turned into its rate
    per head (``kind: rate``), its figures the rates; ``places``: the house style's places for a rate; ``units``: the
    rate's unit in English, "fires per 100,000 dwellings", and its label and translations as (language, key, text).
    A period without its own population uses the latest population given (said in a warning); a count disclosure
    control hides gives no rate. The story is told of the measure's ``rate_subject`` (in ``language``), which takes
    a singular verb: its ``subject`` says what the count does, and "fires in Devon rose by 6.2 per cent" is untrue
    where the fires rose by 7.6."""
    figures, unavailable = dict(campaign.figures), dict(campaign.unavailable)
    said: list[Warning] = []
    rated = []
    for m in campaign.measures:
        if m.id not in measures or m.kind != "count" or not m.population or not m.per:
            rated.append(m)
            continue
        unit, translations = units(m, campaign.measure(m.population))
        subjects = {lang: text for lang, key, text in m.translations if key == "rate_subject"}
        if language not in subjects:
            field = f"measures.{m.id}.rate_subject" + ("" if language == "en" else f"_{language}")
            raise InputError("is missing", source=m.source, field=field,
                             expected=f"what the story is about now that {campaign.template} gives {m.label} per "
                             f"{m.per:,} {campaign.measure(m.population).unit} in each period, not the count: "
                             "\"the rate of " + m.label + " in {area}\" (it takes a singular verb: \"… rises\")")
        label = next((text for lang, key, text in translations if (lang, key) == ("en", "label")), m.label)
        words = tuple(t for t in translations if t[0] != "en")
        kept = tuple(t for t in m.translations if (t[0], t[1]) not in {(w[0], w[1]) for w in words}
                     and t[1] not in ("unit", "unit_one", "subject"))
        said_in = tuple((lang, "subject", text) for lang, text in subjects.items() if lang != "en")
        counts = (("en", COUNT_UNIT, m.unit), *((lang, COUNT_UNIT, text) for lang, key, text in m.translations
                                                if key == "unit"))  # a rate of no count is said as one: "no fires"
        rated.append(dataclasses.replace(m, kind="rate", label=label, unit=unit, unit_one="", plural=False,
                                         subject=subjects.get("en", ""), translations=kept + words + said_in + counts))
        said += _rates_of(campaign, m, places, figures, unavailable)
    return dataclasses.replace(campaign, measures=tuple(rated), figures=figures, unavailable=unavailable), tuple(said)


def _rates_of(campaign: Campaign, m: Measure, places: Callable[[Decimal], int], figures: dict[FigureKey, Value],
              unavailable: dict[FigureKey, Unavailable]) -> list[Warning]:
    """Each of ``m``'s counts in ``figures`` replaced by its rate per head (or, where a rate cannot or may not be
    given, marked not available in ``unavailable``); the warnings a press officer should read."""
    borrowed: dict[str, list[str]] = {}
    hidden: list[str] = []
    unpeopled: list[str] = []
    for (area, measure, period), value in campaign.figures.items():
        if measure != m.id:
            continue
        key = (area, measure, period)
        people, when = _population(campaign, area, m.population, period)
        if _gives_away(campaign, area, measure, period, value) or people is None or people.amount <= 0:
            del figures[key]
            given = people is not None and people.amount > 0
            unavailable[key] = Unavailable("[c]" if given else "..", value.sources[0])
            (hidden if given else unpeopled).append(area)
            continue
        if when != period:
            borrowed.setdefault(period, []).append(area)
        figures[key] = _rate(value, people, m.per, places, "" if when == period else when)
    return _borrowed(campaign, m, borrowed) + _hidden(m, hidden) + _unpeopled(campaign, m, unpeopled)


def _rate(count: Value, people: Value, per: int, places: Callable[[Decimal], int], when: str) -> Value:
    rate = per_head(count.amount, people.amount, per)
    assert rate is not None  # a population above zero
    shown = places(rate)
    rounded = round_half_up(rate, shown)
    while not rounded and rate and shown < MOST_PLACES:  # 1 fire among 9 million homes: 0.01, never "0.0"
        shown += 1
        rounded = round_half_up(rate, shown)
    of = f" (population for {when})" if when else ""
    worked = f"{count.amount} ÷ {people.amount}{of} × {per} = {exact_text(rate)} → {rounded}, rounded half up"
    return Value(rounded, count.sources + people.sources, worked=worked, counted=count.amount)


def _gives_away(campaign: Campaign, area: str, measure: str, period: str, value: Value) -> bool:
    """Whether a rate would give away a count disclosure control suppresses: its own (the rate, times the
    population, is the count), or the one suppressed count a parent's total sums (less its other areas')."""
    threshold, counted = campaign.disclosure_threshold, campaign.measure(measure)
    if is_suppressed(value.amount, threshold, counted):
        return True
    children = [campaign.figures.get((child.name, measure, period)) for child in campaign.children(area)]
    return sum(1 for v in children if v is not None and is_suppressed(v.amount, threshold, counted)) == 1


def _population(campaign: Campaign, area: str, population: str, period: str) -> tuple[Value | None, str]:
    """The population for ``period``, or, where it is given for other periods only, the latest given."""
    if (area, population, period) in campaign.figures:
        return campaign.figures[(area, population, period)], period
    for p in reversed(campaign.periods):
        if (area, population, p.id) in campaign.figures:
            return campaign.figures[(area, population, p.id)], p.id
    return None, period


def _borrowed(campaign: Campaign, m: Measure, borrowed: dict[str, list[str]]) -> list[Warning]:
    people = campaign.measure(m.population)
    said = []
    for period, areas in borrowed.items():
        used = name_list([period_named(p, campaign.periods)
                          for p in sorted({_population(campaign, a, m.population, period)[1] for a in areas})])
        said.append(Warning("rate_population", f"the rate of {m.label} per {m.per:,} {people.unit} for "
                            f"{period_named(period, campaign.periods)} is worked out with the {people.label} for "
                            f"{used}, as the figures give no {m.population} for it ({how_many(len(areas), 'area')}: "
                            f"{name_list(areas)}): both periods' rates divide by the same figure, so the rate changes "
                            f"exactly as the count does; give {m.population} for that period in the figures for a "
                            "rate of its own"))
    return said


def _unpeopled(campaign: Campaign, m: Measure, areas: list[str]) -> list[Warning]:
    if not areas:
        return []
    people = campaign.measure(m.population)
    one = len(set(areas)) == 1
    say = "its release says" if one else "their releases say"
    return [Warning("rate_no_population", f"no rate of {m.label} per {m.per:,} {people.unit} is given for "
                    f"{name_list(sorted(set(areas)), and_word='and')}: the figures give no {m.population} above zero "
                    f"for {'it' if one else 'them'} in any period, so {say} the figures are not available")]


def _hidden(m: Measure, areas: list[str]) -> list[Warning]:
    if not areas:
        return []
    named = name_list(sorted(set(areas)), and_word="and")
    return [Warning("rate_suppressed", f"no rate of {m.label} is given for {named} in a period where disclosure "
                    "control suppresses its count, or the one count of its areas its total adds up: the rate, "
                    "times the population, would give the count away")]
