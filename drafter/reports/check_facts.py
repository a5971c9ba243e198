"""Every fact an edited release may state, for the check: what the release prints (its recorded facts), and what
the data says about each area (counts, changes with their percentage, band and direction, ranks), worded as the
house style words it, with the cells it comes from; the campaign's dates. (The media contact's phone numbers and
address are check_contact's.)

An area's facts are worked out when first asked for, so a campaign of many areas costs only the areas a file
names. Whether an item of text states a fact, and how, is check_states's.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TypeVar

from drafter.batch import Batch
from drafter.compute import derived, disclosure
from drafter.compute.changes import compute_change
from drafter.errors import possessive
from drafter.model import Change, Fact, Measure, SourceRef
from drafter.reports.check_known import Known
from drafter.reports.check_names import Names
from drafter.reports.check_places import Places
from drafter.reports.check_states import compatible, rounds_to, states, words_of
from drafter.reports.check_words import Item
from drafter.style import percents, wording
from drafter.style.base import is_percentage

T = TypeVar("T")


class Universe:
    """The facts of one campaign as one house style words them: worked out once per language, an area's when asked."""

    def __init__(self, batch: Batch) -> None:
        self.campaign, self.style = batch.campaign, batch.style
        self.periods = {p.id: i for i, p in enumerate(self.campaign.periods)}
        self.names = Names(self.campaign, self.style)  # measures and periods in a press officer's words
        self.places = Places(self.campaign.areas, self.style.language)  # "the region", "the Welsh average"
        self._areas: dict[str, list[Known]] = {}
        self._raw: dict[str, list[tuple[str, Decimal]]] = {}
        self._rank_tables: dict[tuple[str, str, str], list[Decimal] | None] = {}
        self._mentions: dict[tuple[tuple[str, ...], str], tuple[frozenset[str], frozenset[str]]] = {}
        self._spans: dict[tuple[str, ...], list[tuple[int, int, str]]] = {}  # area_spans's, by the words read
        self.dates = list(self._dates())
        self.years = {d.year for p in self.campaign.periods for d in (p.start, p.end)} | {
            self.campaign.release_date.year} | ({self.campaign.embargo.year} if self.campaign.embargo else set())
        self._aliases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        language = self.style.language
        for area in self.campaign.areas:
            names = {area.name, area.in_text, *(text for _, text in area.extra)}
            forms = {(n, f) for n in names for f in (*(language.join("x", joiner, n, self.style) for joiner in (
                "to", "and")), language.in_place(n, self.style))}  # Welsh "gan Geredigion", "yng Nglannau Mersi"
            for words in {words_of(n) for n in names} | {words_of(f)[-len(words_of(n)):] for n, f in forms}:
                if words and any(len(w) > 2 for w in words) and not any(w[:1].isdigit() for w in words):
                    self._aliases.setdefault(words[0], []).append((words, area.name))
        self._period_phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._date_phrases: dict[str, list[tuple[tuple[str, ...], Known]]] = {}
        for known in self.dates:
            words = words_of(known.text)
            self._date_phrases.setdefault(words[0], []).append((words, known))
            for period in known.periods:
                self._period_phrases.setdefault(words[0], []).append((words, period))

    # --- the facts of an area ------------------------------------------------------------------------
    def of_area(self, name: str) -> list[Known]:
        if name not in self._areas:
            self._areas[name] = list(self._compute(name))
        return self._areas[name]

    def others(self, name: str, item: Item, limit: int = 3) -> list[Known]:
        """Other areas' facts that ``item`` states (a figure copied from another area's release). Each area's
        figures are compared as plain numbers first, so only an area that matches is worded."""
        found: list[Known] = []
        for area in self.campaign.areas:
            if area.name != name and item.value is not None and any(compatible(item.kind, kind) and rounds_to(
                    value, item) for kind, value in self._values(area.name)):
                found.extend(k for k in self.of_area(area.name) if states(item, k, self.style) in ("same", "equal"))
                if len(found) >= limit:
                    break
        return found[:limit]

    def elsewhere(self, item: Item, known: Known) -> list[Known]:
        """Where else ``item``, typed in place of ``known``, may come from: a fact of the same area and kind that it
        states (another measure's figure, of the same period first; the other period's: "150" where the later
        figure, 440, was), else another area's (:meth:`others`)."""
        own = [k for k in self.of_area(known.area) if k.id != known.id and k.kind == known.kind and bool(
            k.change) == bool(known.change) and states(item, k, self.style) in ("same", "equal")]
        return sorted(own, key=lambda k: k.periods != known.periods) or self.others(known.area, item)  # its period's

    def _values(self, name: str) -> list[tuple[str, Decimal]]:
        if name not in self._raw:
            c = self.campaign
            values: list[tuple[str, Decimal]] = []
            for measure in c.measures:
                amounts = [c.figures[key].amount for p in c.periods if (key := (name, measure.id, p.id)) in c.figures]
                values.extend(("count", a) for a in amounts)
                for i, old in enumerate(amounts):
                    for new in amounts[i + 1:]:
                        values.append(("count", abs(new - old)))
                        if old:
                            values.append(("percent", abs((new - old) / old * 100)))
            self._raw[name] = values
        return self._raw[name]

    def as_printed(self, fact: Fact) -> Known:
        """A fact a release prints, as printed ("nearly 3,600"), with its kind and description."""
        computed = next((k for k in self.of_area(fact.area) if k.name == fact.name), None) \
            if fact.area in self.campaign.parents() or self._percent_rate(fact.name) else None
        if computed is not None and computed.kind == "percent" and fact.name.count(".") == 1:
            return computed  # a percentage rate's figure, "18.0", printed with its per cent: "18.0 per cent"
        kind = computed.kind if computed else "percent" if fact.name.endswith((".percent", ".share")) else \
            "points" if fact.name.endswith(".points") else "ordinal" if fact.name.endswith(".rank") else "count"
        what = computed.what if computed else self.names.derived(fact.name, fact.area) or \
            f"{possessive(fact.area)} {fact.name}"
        return Known(fact.area, fact.name, kind, fact.text, what, fact.sources, fact.value,
                     change=computed.change if computed else (), periods=computed.periods if computed else ())

    def _percent_rate(self, name: str) -> bool:
        """Whether a fact's measure is a rate in per cent, "31.5 per cent" (unit: per cent, % of adults or none)."""
        measure = next((m for m in self.campaign.measures if m.id == name.split(".")[0]), None)
        return measure is not None and measure.kind == "rate" and (not measure.unit or is_percentage(measure.unit))

    def _compute(self, name: str) -> Iterator[Known]:
        c, style = self.campaign, self.style
        area = c.area(name)
        threshold = c.disclosure_threshold
        for measure in c.measures:
            money = wording.is_money(measure.unit)
            values = {p.id: c.figures[(name, measure.id, p.id)] for p in c.periods
                      if (name, measure.id, p.id) in c.figures}
            hidden = {p for p, v in values.items() if disclosure.is_suppressed(v.amount, threshold, measure)}
            for period, value in values.items():
                what = f"{possessive(name)} figure for {self.names.measure(measure.id)} {self.names.when(period)}"
                if period in hidden:
                    assert threshold is not None
                    yield Known(name, f"{measure.id}.{period}", "count", wording.fewer_than_text(threshold, style),
                                what, value.sources, Decimal(threshold), periods=(period,))
                    continue
                kind = "money" if money else "percent" if self._percent_rate(measure.id) else "count"
                text = percents.with_percent(wording.published_rate_text(value.amount, style), style) \
                    if kind == "percent" else wording.value_text(value.amount, style, measure.unit)  # "18.0 per cent"
                yield Known(name, f"{measure.id}.{period}", kind, text, what, value.sources, value.amount,
                            periods=(period,))
            code = style.language.code  # a rate's change in its unit: Welsh "wedi gostwng 2.2 o wythnosau", and
            given = measure.words("unit", code) if measure.change_in == "unit" else ""  # "rose by 1 week" (unit_one)
            ids, unit, one = list(values), given or measure.unit, measure.words("unit_one", code) if given else \
                measure.unit_one if measure.change_in == "unit" else ""
            for i, old in enumerate(ids):
                for new in ids[i + 1:]:
                    change = compute_change(name, measure.id, measure.kind, old, new, values[old], values[new],
                                            unit, measure.change_in)
                    yield from self._change(change, hidden & {old, new}, one)
            if area.parent and not money:
                yield from self._ranks(name, area.parent, measure)
            if area.parent and measure.kind == "count" and not hidden:
                yield from self._shares(name, area.parent, measure.id)

    def _shares(self, name: str, parent: str, measure: str) -> Iterator[Known]:
        """Its share of its parent's count, as share() words it; none where one of the parent's areas' is suppressed."""
        c, label = self.campaign, self.names.measure(measure)
        counted = c.measure(measure)
        for p in c.periods:
            mine, total = c.figures.get((name, measure, p.id)), c.figures.get((parent, measure, p.id))
            exact = derived.share(mine.amount, total.amount) if mine and mine.amount and total else None
            if exact is not None and mine and total and not any(disclosure.is_suppressed(
                    v.amount, c.disclosure_threshold, counted) for a in c.children(parent) if (v := c.figures.get(
                    (a.name, measure, p.id)))):
                yield Known(name, f"{measure}.{p.id}.share", "percent", wording.part_percent_text(exact, self.style)[
                    0], f"{possessive(name)} share of {possessive(parent)} {label} {self.names.when(p.id)}",
                    mine.sources + total.sources, exact, periods=(p.id,))

    def _change(self, change: Change, hidden: set[str], one: str = "") -> Iterator[Known]:
        style = self.style
        m, old, new = change.measure, change.old_period, change.new_period
        key = (change.area, m, old, new)
        label, between = self.names.measure(m), self.names.between(old, new)
        what = f"{possessive(change.area)} change in {label} {between}"
        sources = change.old.sources + change.new.sources
        name = f"{m}.{old}-{new}"
        past = wording.change_words(change, style, "past", exact=True, one=one)[0] if not hidden else ""
        yield Known(change.area, f"{name}.direction", "direction", past or change.direction, what, sources,
                    direction=change.direction, change=key)
        if hidden:
            return
        band = wording.change_band(change, style)
        yield Known(change.area, f"{name}.band", "band", wording.change_words(change, style, "perfect", one=one)[0],
                    what, sources, change.ratio, band=band, direction=change.direction, change=key)
        if band == "points":
            text, _ = wording.points_text(change.difference, style)
            yield Known(change.area, f"{name}.points", "points", text, what, sources, change.difference,
                        change=key)
        elif change.percent is not None and band not in ("small_base", "virtually_unchanged", "units"):
            text, _ = wording.percent_text(change.percent, style)
            yield Known(change.area, f"{name}.percent", "percent", text, what, sources, change.percent, change=key)
        if change.kind == "count" or band == "units":  # a rate's in its unit as printed: "2.2" of "fell by 2.2 weeks"
            money = change.kind == "count" and wording.is_money(change.unit)  # "£53,800 more": money, as printed
            yield Known(change.area, f"{name}.difference", "money" if money else "count",
                        wording.difference_words(change, style)[1][1] if band == "units" else wording.value_text(
                            abs(change.difference), style, change.unit) if money else
                        wording.count_text(abs(change.difference), style),
                        f"the difference in {possessive(change.area)} figure for {label} {between}", sources,
                        abs(change.difference), change=key, periods=(old, new))

    def _ranks(self, name: str, parent: str, counted: Measure) -> Iterator[Known]:
        c, measure = self.campaign, counted.id
        peers = c.children(parent)
        if c.area(parent).some_areas:  # areas.csv lists only some of its areas: a rank among them is none
            return
        for period in c.periods:
            key = (parent, measure, period.id)
            if key not in self._rank_tables:  # each parent's values sorted once, not once per area
                values = [c.figures.get((a.name, measure, period.id)) for a in peers]
                self._rank_tables[key] = None if any(
                    v is None or disclosure.is_suppressed(v.amount, c.disclosure_threshold, counted) for v in values
                ) else sorted(v.amount for v in values if v is not None)
            ordered, mine = self._rank_tables[key], c.figures.get((name, measure, period.id))
            if ordered is None or mine is None:
                continue
            tied = bisect.bisect_right(ordered, mine.amount) - bisect.bisect_left(ordered, mine.amount) > 1
            sources = tuple(s for a in peers for s in c.figures[(a.name, measure, period.id)].sources)
            for suffix, position, first in (("rank", len(ordered) - bisect.bisect_right(ordered, mine.amount) + 1, ""),
                                            ("rank_lowest", bisect.bisect_left(ordered, mine.amount) + 1,
                                             ", lowest first,")):  # "the lowest in the north west": from the bottom
                yield Known(name, f"{measure}.{period.id}.{suffix}", "ordinal",
                            wording.ordinal_text(position, self.style, tied=tied),
                            f"{possessive(name)} rank{first} for {self.names.measure(measure)} "
                            f"{self.names.when(period.id)} among {possessive(parent)} {len(peers)} areas", sources,
                            Decimal(position), periods=(period.id,))

    # --- dates ------------------------------------------------------------------------
    def _dates(self) -> Iterator[Known]:
        c, style = self.campaign, self.style
        for period in c.periods:
            what = f"the period {self.names.period(period.id)}"
            texts = {wording.between_text(period.start, period.end, style),
                     wording.period_text(period.start, period.end, style),
                     wording.period_text(period.start, period.end, style, "and"),
                     wording.month_text(period.start, style), wording.month_text(period.end, style)}
            for text in sorted(texts, key=len, reverse=True):
                yield Known("", f"periods.{period.id}", "date", text, what, (period.source,), periods=(period.id,))
        day = c.release_date
        for text in (wording.weekday_date_text(day, style), wording.date_text(day, style)):
            yield Known("", "release_date", "date", text, f"the release date ({day})",
                        (SourceRef(c.source.file, key="release_date"),), day=day)
        if c.embargo is not None:
            yield Known("", "embargo", "date", wording.embargo_text(c.embargo, c.timezone, style),
                        f"the embargo ({c.embargo:%Y-%m-%d %H:%M} {c.timezone})",
                        (SourceRef(c.source.file, key="embargo"),), day=c.embargo.date())

    def date_spans(self, norms: list[str]) -> list[tuple[int, int, Known]]:
        """Where the campaign's dates stand in a paragraph's tokens: (first, end, fact), longest first."""
        return list(_scan(norms, self._date_phrases))

    # --- what a sentence is about ---------------------------------------------------------------------
    def area_spans(self, norms: list[str]) -> list[tuple[int, int, str]]:
        """Where a paragraph names an area (its name, in_text or another column of areas.csv), read once per words."""
        if (spans := self._spans.get(key := tuple(norms))) is None:
            spans = self._spans[key] = list(_scan([n.removesuffix("'s") for n in norms], self._aliases))  # "Cardiff's"
        return list(spans)

    def periods_named(self, norms: list[str]) -> set[str]:
        """The periods a sentence names by their words ("between July and December 2017"; a year alone does not)."""
        return {period for _, _, period in _scan(norms, self._period_phrases)}

    def mentioned(self, norms: list[str], area: str = "") -> tuple[set[str], set[str]]:
        """The areas and periods a sentence names (a year names the periods it falls in); in ``area``'s release, in
        general words too ("the region", "the Welsh average"). Read once a sentence, however many figures ask."""
        if (key := (tuple(norms), area)) not in self._mentions:
            self._mentions[key] = self._names_in(norms, area)
        areas, periods = self._mentions[key]
        return set(areas), set(periods)

    def _names_in(self, norms: list[str], area: str) -> tuple[frozenset[str], frozenset[str]]:
        areas = {name for _, _, name in [*self.area_spans(norms), *(self.places.spans(norms, area) if area else ())]}
        named = list(_scan(norms, self._period_phrases))
        periods = {period for _, _, period in named}
        within = {k for first, last, _ in named for k in range(first, last)}  # "2024/25": that period, not all of 2024
        for k, word in enumerate(norms):
            if word.isdigit() and len(word) == 4 and k not in within:
                periods.update(p.id for p in self.campaign.periods if int(word) in (p.start.year, p.end.year))
        return frozenset(areas), frozenset(periods)


def _scan(norms: Sequence[str], index: Mapping[str, list[tuple[tuple[str, ...], T]]]
          ) -> Iterable[tuple[int, int, T]]:
    for start, word in enumerate(norms):
        for words, payload in index.get(word, ()):
            if tuple(norms[start:start + len(words)]) == words:
                yield start, start + len(words), payload
