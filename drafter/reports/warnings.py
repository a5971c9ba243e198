"""Warnings for the whole batch: shown, not fatal. Periods of unequal length, and each kind of warning merged into
one line naming its areas."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence

from drafter.compute import disclosure
from drafter.errors import how_many, name_list, period_named
from drafter.model import Campaign, Period, Warning, is_currency_code
from drafter.style import wording
from drafter.style.base import HouseStyle, is_percentage


def campaign_warnings(campaign: Campaign, style: HouseStyle) -> tuple[Warning, ...]:
    """Periods of unequal length make a comparison unfair; say so, naming both periods. A measure with no unit
    is counted as people; say so too."""
    warnings = []
    first = campaign.periods[0]
    for period in campaign.periods[1:]:
        if _length(period) != _length(first):
            warnings.append(Warning(
                "unequal_periods",
                f"{period_named(first)} is {_length(first)} long and {period_named(period)} {_length(period)} "
                "long: name both periods exactly in the release",
            ))
    warnings += [Warning("unit_missing", f"measure {m.id!r} has no unit in campaign.yaml, so its figures are "
                         + ("percentages (\"18.0 per cent\"), changing in percentage points; add unit: to say what "
                            "it is a rate of (unit: offences per 100,000 people)" if m.kind == "rate" else
                            "counted as people (\"1,200 people\"); add unit: to say what is counted (unit: loans)"))
                 for m in campaign.measures if not m.unit_given]
    return tuple(warnings) + _fractions(campaign) + _past_whole(campaign) + _without_the(campaign, style) + \
        _not_hidden(campaign, style) + _named_like_its_areas(campaign, style)


def _named_like_its_areas(campaign: Campaign, style: HouseStyle) -> tuple[Warning, ...]:
    """A parent whose name (as its releases print it) already ends in the kind of place its areas are: an NHS
    trust "Northshire Hospitals" whose areas are hospitals lists them under "The hospitals of Northshire
    Hospitals". No wording mends every such name without knowing what the parent is (a trust, a board), so name
    the keys that do: the parent's in_text, or campaign.yaml's area_word."""
    code = style.language.code
    one, many = (given, campaign.text_for("area_words", code)) if (given := campaign.text_for("area_word", code)) \
        else (style.furniture.area_word, style.furniture.area_words)
    found = []
    for area in campaign.areas:
        printed = area.in_text or area.name
        if campaign.children(area.name) and code == "en" and printed.casefold().endswith(
                (f" {one.casefold()}", f" {many.casefold()}")):
            found.append(Warning("area_named_like_its_areas", (
                f"{area.source}: {area.name} already ends in '{printed.split()[-1].casefold()}', so its release "
                f"lists its areas under 'The {many} of {printed}'; give it an in_text in areas.csv that reads after "
                f"'of' and says what it is (the {printed} trust, say), or name its areas another way in "
                "campaign.yaml (area_word: site)")))
    return tuple(found)


def _not_hidden(campaign: Campaign, style: HouseStyle) -> tuple[Warning, ...]:
    """The measures ``disclosure_threshold`` does not hide, named once: money, percentages and rates count no one,
    and print as they are, however small; the publisher's own marks ([x]) are how one of their figures is kept out."""
    spared = disclosure.spared(campaign)
    if not spared:
        return ()
    threshold, one = campaign.disclosure_threshold, len(spared) == 1
    assert threshold is not None
    kinds = [f"{m.id!r} (" + ("money" if is_currency_code(m.unit) else "a percentage" if is_percentage(m.unit) else
                            "a rate") + ")" for m in spared]
    return (Warning("disclosure_not_counts", (
        f"campaign.yaml: disclosure_threshold: {threshold} hides small counts only; {name_list(kinds, and_word='and')} "
        f"{'is not a count' if one else 'are not counts'}, so {'its' if one else 'their'} figures print as they are, "
        f"however small, never as \"{wording.fewer_than_text(threshold, style)}\"; where one could identify someone, "
        "mark it [x] in the figures, as publishers do")),)


# The word that makes an organisation's name read with "the" before it: "the Mountain West Recovery Alliance", "the
# Wyoming Department of Health" (the word before "of" or "for"), "the University of Leeds"; not "Northumbria Police",
# "Durham County Council" or "NHS England", which read without one.
_READS_WITH_THE = frozenset({
    "agency", "alliance", "association", "board", "campaign", "center", "centre", "coalition", "collaboration",
    "commission", "consortium", "department", "federation", "forum", "foundation", "fund", "group", "initiative",
    "institute", "league", "ministry", "network", "office", "partnership", "project", "society", "university"})


def _without_the(campaign: Campaign, style: HouseStyle) -> tuple[Warning, ...]:
    """An organisation whose name reads with "the" but is printed without one, as drafter prints a name as written:
    "About Mountain West Recovery Alliance", "Dana Ortiz of Mountain West Recovery Alliance said". Named with the
    key that adds it (the campaign's ``organisation_in_text``, a speaker's ``attribution``)."""
    def reads_with_the(name: str) -> bool:
        words = name.split()
        head = next((w for w, after in itertools.pairwise(words) if after in ("of", "for")), words[-1] if words else "")
        return bool(words) and words[0].casefold() != "the" and head.casefold() in _READS_WITH_THE

    found = []
    name = campaign.organisation
    if reads_with_the(name) and not campaign.text_for("organisation_in_text", "en"):
        found.append(Warning("organisation_the", f"campaign.yaml: organisation: the releases print 'About {name}' and "
                             f"'{name}' mid-sentence; if it reads with 'the', add organisation_in_text: the {name} (if "
                             f"it reads right as it is, organisation_in_text: {name})"))
    said = style.furniture.speaker_of.lstrip(", ")  # "from {organisation}"; AP: "of {organisation}"
    for speaker in campaign.speakers:
        if speaker.of and speaker.of != name and reads_with_the(speaker.of):  # the campaign's: said above
            found.append(Warning("organisation_the", f"{speaker.source}: speakers.{speaker.id}: {speaker.name} is "
                                 f"introduced as '{said.format(organisation=speaker.of)}'; if it reads with 'the', "
                                 f"add attribution: {said.format(organisation='the ' + speaker.of)} (if it reads "
                                 f"right as it is, attribution: {said.format(organisation=speaker.of)})"))
    return tuple(found)


def _fractions(campaign: Campaign) -> tuple[Warning, ...]:
    """A percentage whose every figure is below 1 may be a spreadsheet's fractions (0.18 for 18 per cent) in cells
    not formatted as percentages, which Excel shows, and drafter reads, as 0.18: say so before it is printed."""
    found = []
    for measure in campaign.measures:
        values = [v for (_, m, _), v in campaign.figures.items() if m == measure.id]
        if measure.kind == "rate" and (not measure.unit_given or is_percentage(measure.unit)) and values \
                and all(v.amount < 1 for v in values) and any(v.amount > 0 for v in values):
            source = values[0].sources[0]
            found.append(Warning("percent_fractions", f"every figure of {measure.id!r} is below 1 per cent (such as "
                                 f"{values[0].amount} in {source.file} row {source.row}): if they are fractions "
                                 "(0.18 for 18 per cent), format those cells as percentages in the spreadsheet"))
    return tuple(found)


def _past_whole(campaign: Campaign) -> tuple[Warning, ...]:
    """A percentage over 100 ("150.0 per cent of buses"; one below 0 is refused as it is read) is most likely a
    count, or a figure of another measure, in the wrong cell: name each such cell, one warning per measure (drafted
    as given, as a percentage change may be over 100)."""
    found = []
    for measure in campaign.measures:
        if not (measure.kind == "rate" and not measure.unit_given) and not is_percentage(measure.unit):
            continue
        cells = [f"{v.sources[0].cell()} gives {area} {v.amount}"
                 for (area, m, _), v in campaign.figures.items()
                 if m == measure.id and not v.derived_from and v.amount > 100]  # below 0 is refused as read
        if cells:
            unit = measure.unit if measure.unit_given else "none given, so per cent"
            found.append(Warning("percent_past_whole", f"{measure.label} is a percentage (unit: {unit}), at most "
                                 f"100, but {name_list(cells, 5, and_word='and')}; check "
                                 f"{'that cell' if len(cells) == 1 else 'those cells'} (drafted as given)"))
    return tuple(found)


def _length(period: Period) -> str:
    """Whole calendar months are compared in months (July–December equals January–June), else in days."""
    after_end = period.end + dt.timedelta(days=1)
    if period.start.day == 1 and after_end.day == 1:
        months = (after_end.year - period.start.year) * 12 + after_end.month - period.start.month
        return how_many(months, "month")
    return how_many(period.days, "day")


def merge_warnings(warnings: Sequence[Warning]) -> tuple[Warning, ...]:
    """One line per kind of warning, listing the areas it applies to."""
    merged = WarningMerger()
    merged.add(warnings)
    return merged.warnings()


class WarningMerger:
    """:func:`merge_warnings` for warnings that come area by area: one line per kind, its areas in order. A
    line names at most :attr:`NAMED` areas and counts the rest: at national scale a list of every area would
    be a page long, and each area's own warnings are in the reviewer pack (review/review.csv)."""

    NAMED = 12

    def __init__(self) -> None:
        self._grouped: dict[tuple[str, str], dict[str, None]] = {}

    def add(self, warnings: Iterable[Warning]) -> None:
        for warning in warnings:
            areas = self._grouped.setdefault((warning.code, warning.message), {})
            if warning.area:
                areas[warning.area] = None

    def warnings(self) -> tuple[Warning, ...]:
        return tuple(Warning(code, f"{message} ({_areas(list(areas))})" if areas else message)
                     for (code, message), areas in self._grouped.items())


def _areas(names: list[str]) -> str:
    if len(names) <= WarningMerger.NAMED:
        return "areas: " + name_list(names)
    shown = WarningMerger.NAMED - 2  # "and 2 more" would be no shorter than naming them
    return (f"{len(names):,} areas: " + name_list(names, shown) + "; "
            "each area's warnings are in review/review.csv")
