"""One figure, one way, across a batch: an area's figure is printed the same way (the same rounding, the same
decimal places) in every release that prints it, its own, its parent's and the other language's. Within one
release :func:`drafter.render.checks.check_rounding_levels` holds the same rule.

Releases are fed in one at a time as the batch renders them (:meth:`BatchFacts.add`), keeping only the first
way each figure was printed and which release printed it, so the check costs one small record per figure;
:func:`check_batch` runs before anything is put in place, and refuses the batch or warns, by the house
style's ``batch_consistency``.

A batch's releases are published together, so disclosure control holds across them too: :func:`check_batch_disclosure`
refuses a batch whose releases between them print a parent's count and every area's in it but one suppressed
area's, as :func:`drafter.render.checks.check_disclosure` refuses one release that does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from drafter.batch import prepare_languages, rated_measures, release_of
from drafter.compute import disclosure
from drafter.errors import DrafterError, TemplateError, how_many, name_list, period_named, possessive
from drafter.model import Campaign, Release, Warning
from drafter.style.base import HouseStyle
from drafter.style.shown import shown_value


@dataclass(frozen=True)
class Conflict:
    """One figure printed two ways: (text, release) as first printed, and as printed differently later."""

    area: str
    name: str
    first: tuple[str, str]
    second: tuple[str, str]

    def message(self) -> str:
        (text, release), (other, where) = self.first, self.second
        return (f"{possessive(self.area)} {self.name} is printed two ways in this batch: {text!r} in release {release} "
                f"and {other!r} in release {where}")


class BatchFacts:
    """The way each figure of a batch was first printed, and every figure printed another way since."""

    def __init__(self) -> None:
        self._first: dict[tuple[str, str], tuple[str, str, str]] = {}  # (area, name) → (reading, text, release)
        self.conflicts: list[Conflict] = []
        self._reported: set[tuple[str, str, str]] = set()
        self.exact: dict[disclosure.Cell, str] = {}  # each count printed exactly → the first release printing it
        self.measures: set[str] = set()  # the measures some release printed a figure of
        self.rated: set[str] = set()  # the measures some release gave a rate per head of
        self.periods: set[str] = set()  # the periods some release printed a figure or change of
        self.values: dict[tuple[str, str], Decimal] = {}  # (area, name) → its exact value

    def add(self, release: Release, style: HouseStyle) -> None:
        """Every fact of one release, read as ``style`` printed it (:func:`~drafter.style.shown.shown_value`)."""
        for cell in disclosure.exact_cells(release.facts):
            self.exact.setdefault(cell, release.slug)
        for fact in release.facts:
            self.measures.add(fact.name.split(".")[0])
            self.periods.update(re.split(r"[.-]", fact.name)[1:])  # "knife.y2022-y2024.percent"
            if ".per_" in fact.name:  # "fires.this_year.per_100000": a rate per head
                self.rated.add(fact.name.split(".")[0])
            reading = shown_value(fact.text, style)
            key = (fact.area, fact.name)
            self.values[key] = fact.value
            first = self._first.setdefault(key, (reading, fact.text, release.slug))
            if first[0] != reading and (fact.area, fact.name, reading) not in self._reported:
                self._reported.add((fact.area, fact.name, reading))
                self.conflicts.append(Conflict(fact.area, fact.name, (first[1], first[2]),
                                               (fact.text, release.slug)))


def check_batch(facts: BatchFacts, style: HouseStyle) -> tuple[Warning, ...]:
    """Refuse a batch that prints one figure two ways (``batch_consistency: error``, the default), naming the
    figure and the releases; with ``batch_consistency: warn``, a warning for each such figure."""
    if not facts.conflicts:
        return ()
    if style.batch_consistency == "warn":
        return tuple(Warning("batch_consistency", conflict.message()) for conflict in facts.conflicts)
    more = len(facts.conflicts) - 1
    raise TemplateError(
        facts.conflicts[0].message() + (f" (and {how_many(more, 'more figure')} like it)" if more else ""),
        field="template",
        expected="each figure printed one way in every release of the batch, e.g. the same helper for it in "
        "every template (or house_style: batch_consistency: warn)")


def check_batch_disclosure(facts: BatchFacts, campaign: Campaign) -> tuple[Warning, ...]:
    """Refuse a batch whose releases, published together, give a suppressed count away by subtraction: one prints
    a parent's count, others print every other area's in it (each release alone gives nothing away). A figure the
    publisher withheld ("*", "[c]") that they give away so is warned of: why it was withheld is not known."""
    leak = disclosure.leak_in(campaign, set(facts.exact))
    if leak is None:
        return _withheld(facts, campaign)
    where = sorted({facts.exact[(area, leak.measure, leak.period)] for area in (leak.parent, *leak.others)})
    shown = name_list(where, 5)
    raise TemplateError(
        f"the releases of this batch ({shown}) between them give {possessive(leak.parent)} {leak.measure} for "
        f"{period_named(leak.period, campaign.periods)} and every area in it but {leak.area}, whose count is "
        "suppressed: published together, they let it be worked out by subtraction", field="template",
        expected="releases that cannot give it away together: " + disclosure.fixes(campaign, leak))


REFUSES = "drafter draft will refuse this campaign's releases as they stand: "


def preview_disclosure(campaign_dir: Path, campaign: Campaign, *, locale: str | None, style: str | None
                       ) -> tuple[Warning, ...]:
    """What :func:`check_batch_disclosure` finds in the releases ``drafter draft`` would draft together, for a
    preview of one of them: a refusal is a warning there ("drafter draft will refuse …"), so that the press officer
    sees the release asked for and learns, before drafting, that the batch gives a count away and what to change.
    The other releases are rendered only where a count is suppressed or withheld; the first of them that is refused
    itself (a region's release that gives the count away alone) is a warning too, and the check goes on without it."""
    if not disclosure.may_give_away(campaign):
        return ()
    facts, refused = BatchFacts(), []
    for batch in prepare_languages(campaign_dir, (), locale=locale, style=style, drafts=True, campaign=campaign):
        for area in batch.areas:
            try:
                facts.add(release_of(batch, area), batch.style)
            except DrafterError as error:
                refused.append(Warning("batch_refused", f"{REFUSES}{error.line()}"))
    try:
        return (*refused[:1], *check_batch_disclosure(facts, campaign))
    except TemplateError as error:
        return (*refused[:1], Warning("batch_disclosure", f"{REFUSES}{error.problem}; to draft them, {error.expected}"))


def _withheld(facts: BatchFacts, campaign: Campaign) -> tuple[Warning, ...]:
    leak = disclosure.withheld_in(campaign, set(facts.exact))
    if leak is None:
        return ()
    cell = campaign.unavailable[(leak.area, leak.measure, leak.period)]
    label = campaign.measure(leak.measure).label
    return (Warning("withheld_given_away", f"{possessive(leak.area)} {label} for "
                    f"{period_named(leak.period, campaign.periods)} is withheld in the "
                    f"figures ({cell.marker!r}, {cell.source.cell()}), but the releases print "
                    f"{possessive(leak.parent)} total as given and every other area's figure in it, so anyone can "
                    "work it out by subtraction; if it was withheld to protect people, hide one more: "
                    + disclosure.fixes(campaign, leak)),)


def unprinted_measures(facts: BatchFacts, campaign: Campaign) -> tuple[Warning, ...]:
    """A warning naming each measure of campaign.yaml that no release of the whole batch prints (a population a
    rate per head divides by aside): a count given beside a percentage to a template that tells one measure."""
    populations = {m.population for m in campaign.measures}
    unused = [m for m in campaign.measures if m.id not in facts.measures and m.id not in populations]
    return tuple(Warning("measure_unused", f"no release prints measure {m.id!r} ({m.label}): the template "
                         f"{campaign.template!r} does not give it (several-measures gives several; or take it out "
                         "of campaign.yaml)") for m in unused) + _unrated(facts, campaign) + \
        _unused_periods(facts, campaign)


def _unused_periods(facts: BatchFacts, campaign: Campaign) -> tuple[Warning, ...]:
    """A warning naming each period that no release prints a figure of: a police force's three years, of which the
    releases compare the first and the last, said nothing of the year between."""
    first, last = campaign.periods[0].id, campaign.periods[-1].id
    unused = [p.id for p in campaign.periods if p.id not in facts.periods]
    if not facts.periods or not unused:
        return ()
    named = name_list([period_named(p, campaign.periods) for p in unused])
    return (Warning("period_unused", f"no release gives a figure for {named}: the template "
                    f"{campaign.template!r} compares {period_named(first, campaign.periods)} with "
                    f"{period_named(last, campaign.periods)}, the first and the last (table: true gives every "
                    "period's figures in a table; or take it out of periods: in campaign.yaml)"),)


def _unrated(facts: BatchFacts, campaign: Campaign) -> tuple[Warning, ...]:
    """A warning naming each measure with a ``population`` and ``per`` whose rate per head no release gives: a
    count-change campaign asked for "per 100,000 dwellings" prints counts alone, and said nothing of it."""
    return tuple(Warning("rate_unused", f"no release gives a rate per {m.per:,} {campaign.measure(m.population).unit} "
                         f"for measure {m.id!r} ({m.label}), though campaign.yaml gives it population: {m.population} "
                         f"and per: {m.per}: the template {campaign.template!r} prints its counts only (per-head and "
                         "league-table give a rate per head, rate-change how it changed between two periods; or take "
                         "population and per out of the measure)")
                 for m in campaign.measures if m.population and m.id in facts.measures and m.id not in facts.rated
                 and m.id not in rated_measures(campaign))
