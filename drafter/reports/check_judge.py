"""Judging an edited release against the one drafter drafts today: each changed stretch, in its place.

An item (a figure, number word, ordinal, change word, direction word or date part) the edit left as drafted is
trusted. One the edit changed is held against what drafter drafted in that place and the fact behind it: it
must state that fact, the same way. One in new text (or where drafter had something of another kind) must
state a fact of the area, or of the area its sentence names, of the same kind (a count where a count was, a
percentage where a percentage was), for the period its sentence names. Contact details, web addresses and list
numbering in new text are not figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from drafter.reports.check_align import Alignment, align, place_mark
from drafter.reports.check_compare import a_gap
from drafter.reports.check_counted import NewText, Said, sentence_span
from drafter.reports.check_dates import date_in_figures, names_period, weekday_problems, year_problem
from drafter.reports.check_drafted import Drafted, family
from drafter.reports.check_facts import compatible, states, words_of
from drafter.reports.check_from_to import from_or_to, of_its_side, range_words
from drafter.reports.check_in_place import a_difference, as_points, drafted_periods, in_place, renamed_rank, stood_for
from drafter.reports.check_known import KIND_WORDS, Known, Problem
from drafter.reports.check_multiples import SHARE, multiples, ratio_note
from drafter.reports.check_periods import said_of
from drafter.reports.check_ranks import beyond, ranked, scoped, turned
from drafter.reports.check_rates import a_base, base_of, rate_ranks, rates
from drafter.reports.check_swaps import area_swaps, at_places, nearest_known, renamed_areas, shortened, swapped_figure
from drafter.reports.check_words import Item, items, tokens


class Judge:
    """Lines the edited paragraphs up with the drafted ones and judges every item the edit touched."""

    def __init__(self, drafted: Drafted, edited: Sequence[str], contexts: Sequence[str], places: Sequence[str]
                 ) -> None:
        self.d, self.universe, self.vocab = drafted, drafted.universe, drafted.vocab
        self.edited, self.contexts = edited, contexts
        self.toks_e = [tokens(t) for t in edited]
        self.norms_e = [[t.norm for t in p] + place_mark(w) for p, w in zip(self.toks_e, places, strict=True)]
        self.alignment: Alignment = align(drafted.norms, self.norms_e)
        self._found: dict[int, list[Item]] = {}
        self._at: dict[int, tuple[dict[int, int], dict[int, Item]]] = {}
        self._memo: dict[int, dict[tuple[int, int], Said]] = {}  # what NewText reads of each sentence, by paragraph

    def run(self) -> list[Problem]:
        problems: list[Problem] = []
        for j, (text, toks) in enumerate(zip(self.edited, self.toks_e, strict=True)):
            if " ".join(self.norms_e[j]) not in self.d.keys:  # one exactly as drafted says nothing drafter did not
                found = multiples(text, toks, items(text, toks, self.vocab, self.d.count_words, self.d.rank_words),
                                  self.vocab)  # and "almost half" typed over "51 per cent" (check_in_place)
                self._found[j] = in_place(text, toks, found, self.vocab, *stood_for(self.alignment, self.d.items, j,
                                                                                    len(toks)))
        for j, found in self._found.items():
            judged = [(item, self._judge(j, item)) for item in found]
            problems.extend(problem for _, problem in judged if problem is not None)
            problems.extend(self._areas(j))
            problems.extend(weekday_problems(j, found, {item.first for item, problem in judged if problem},
                                             self.universe.style, self.universe.campaign.release_date.year))
        return problems

    def _areas(self, j: int) -> list[Problem]:
        """An area's name put where drafter named another, or a name changed ("the north east" for "north west")."""
        at = (self.d, self.alignment, j, self.edited[j], self.toks_e[j], self.norms_e[j])
        return [Problem(j, "wrong_area", found, wrote, None, f"'{found}' where drafter wrote '{wrote}': what this "
                        f"sentence says is {other}'s" + (f", not {name}'s" if name else ""))
                for found, wrote, other, name in [*area_swaps(*at), *((*r, "") for r in renamed_areas(*at))]] + [
            Problem(j, "place_to_check", found, wrote, None, why) for found, wrote, why in shortened(*at)]

    def counterpart(self, j: int) -> int | None:
        """The drafted paragraph most of edited paragraph ``j`` stands for."""
        counts: dict[int, int] = {}
        for place in self.alignment.matches[j]:
            if place is not None:
                counts[place[0]] = counts.get(place[0], 0) + 1
        return max(counts, key=lambda i: counts[i]) if counts else None

    def _judge(self, j: int, item: Item) -> Problem | None:
        row = self.alignment.matches[j]
        if renamed_rank(item, self.toks_e[j], row, self._sentence(j, item), self.d.rank_nouns):  # "By rate, …"
            return self._new(j, item, None, drafted_periods(self.alignment, self.d.items, self.d.links, j, item))
        places = self.alignment.region(j, item.first, item.last)
        i = self.alignment.replaced.get(j, -1)  # a paragraph retyped whole: "04/09/2018", "1 December 2026"
        if not places and i >= 0 and item.kind in ("numdate", "day", "month", "year") and (  # for the dateline's
                item.kind == "numdate" or any(k is not None and k.day is not None for k in self.d.links[i])):
            places = [(i, s) for s in range(len(self.d.norms[i]))]
        if all(row[t] is not None for t in range(item.first, item.last)) and places:
            i, s = places[0]
            same = next((d for d in self.d.items[i] if d.first == s), None)
            if same is not None and places == [(i, k) for k in range(s, same.last)] and \
                    words_of(same.text) == words_of(item.text) and same.sign == item.sign:
                return None
        found: list[tuple[Item, Known | None]] = []
        for i, s in places:
            for d, link in zip(self.d.items[i], self.d.links[i], strict=True):
                if d.first <= s < d.last and (d, link) not in found:
                    found.append((d, link))
        if item.kind == "year" and found and all(family(d.kind) == "number" for d, _ in found):
            item = replace(item, kind="count")  # "to 2000" typed over drafter's "to 440": a figure, not a year
        item = as_points(self.edited[j], self.toks_e[j], item, [d for d, _ in found], self.vocab)  # "13.5 points"
        same_family = sorted(((d, k) for d, k in found if family(d.kind) == family(item.kind) and (family(
            item.kind) != "number" or compatible(item.kind, d.kind))), key=lambda pair: pair[0].kind != item.kind)
        if same_family:
            return self._in_place(j, item, *same_family[0])
        hint = next((k for _, k in found if k is not None and k.change), None)
        problem = self._new(j, item, hint)
        other = next(((d, k) for d, k in found if family(d.kind) == family(item.kind)), None)
        if problem is not None and other is not None and (problem.fact is None or hint is None or
                                                          problem.fact.change != hint.change):
            # A figure of another kind where drafter wrote one ("14 per cent" for "14 percentage points"), no fact
            # of the change drafter stated there to name instead: said against what drafter wrote.
            return self._in_place(j, item, *other)
        return problem

    def _in_place(self, j: int, item: Item, drafted: Item, known: Known | None) -> Problem | None:
        if item.sign != drafted.sign and family(item.kind) == "number" and (  # "+5.3%" for "−5.3%"
                known is None or states(item, known, self.universe.style)):
            shown, wrote = item.sign + item.text, drafted.sign + drafted.text
            what = f"{known.what} was '{wrote}' ({known.source()})" if known else f"drafter wrote '{wrote}'"
            why = "a rise said as a fall" if item.sign == "−" else "a fall said as a rise" if item.sign else \
                "the minus sign is gone: a fall reads as a rise" if drafted.sign == "−" else "the plus sign is gone"
            kind = "style" if why == "the plus sign is gone" else "wrong_direction"
            return Problem(j, kind, shown, wrote, known, f"'{shown}' where {what}: {why}")
        if words_of(drafted.text) == words_of(item.text) and item.direction == drafted.direction:  # "second lowest"
            return None
        kind = family(item.kind)
        expected = drafted.text
        if known is None:
            if kind == "number" and item.weak and not drafted.weak:  # "four days" for "three days": changed
                return None
            return Problem(j, "changed", item.text, expected, None, f"'{item.text}' where drafter wrote '{expected}'")
        if kind == "date" and item.kind == "numdate" and known.day is not None:
            if date_in_figures(item.text, self.universe.style) == known.day:
                return Problem(j, "style", item.text, known.text, known, f"'{item.text}' is {known.what} in figures: "
                               f"the house style writes it '{known.text}' ({known.source()})")
            return self._problem(j, "wrong_date", item, known.text, known, "")
        if kind == "date":  # the same year, or a financial year ("2023/24") for the period drafter named there
            if (item.kind == drafted.kind and item.value is not None and item.value == drafted.value) or \
                    names_period(item, self.universe.campaign.periods, known.periods):
                return None
            return self._problem(j, "wrong_date", item, expected, known, "")
        if kind == "noise":
            return self._problem(j, "changed_contact", item, expected, known, "")
        if kind == "change":
            target = self._same_change(known, item.kind) or known
            if states(item, target, self.universe.style):
                return None
            return self._problem(j, f"wrong_{item.kind}", item, expected, target, "")
        if "superlative" == item.qualifier == drafted.qualifier:  # "the lowest" for "the highest": said as drafted
            same = item.direction == drafted.direction and states(item, known, self.universe.style) == "same"
            return None if same else self._problem(j, "wrong_rank", item, expected, known, "")  # "highest" for "most"
        if item.kind == "ordinal" and (turn := turned(item, known, self.universe)) is not known:  # "second lowest"
            known, expected = turn, turn.text
        verdict = states(item, known, self.universe.style)
        if verdict == "same" or a_difference(item, self.toks_e[j], self._found[j], known, self.universe, self.vocab):
            return None  # "went up by 1,802 to 3,549" for "went from 1,747 to 3,549": the change in number
        if verdict == "equal":
            return self._problem(j, "style", item, expected, known, "the same figure, not as the house style "
                                 "writes it")
        if verdict == "approx" and item.kind != "ordinal":  # a rank has no rounding: "second" for "joint second"
            # True ("nearly 200 per cent", "more than 190 per cent", "193.3 per cent" for 193.33…): a finding only
            # where the release still gives the figure as drafter printed it, one figure at two rounding levels.
            still = self._still_stated(known)
            return None if still is None else self._problem(
                j, "rounding", item, expected, known, f"the release also gives it as '{still}': one figure at two "
                "rounding levels")
        if item.kind == "ordinal":
            return self._problem(j, "wrong_rank", item, expected, known, "")
        untrue = f"'{known.text}' is not '{item.text}'" if item.qualifier else at_places(item, drafted, known)
        return self._problem(j, "wrong_figure", item, expected, known, untrue or self._elsewhere(item, known.area))

    def _still_stated(self, known: Known) -> str | None:
        """How the edited release still states ``known`` exactly (as drafter printed it, or as "193%"), or None."""
        for i, (found, links) in enumerate(zip(self.d.items, self.d.links, strict=True)):
            for d, link in zip(found, links, strict=True):
                if link is not None and link.id == known.id and d.kind == known.kind and all(
                        self.alignment.used[i][s] for s in range(d.first, d.last)):
                    return d.text
        return next((x.text for found in self._found.values() for x in found
                     if x.kind == known.kind and states(x, known, self.universe.style) in ("same", "equal")), None)

    def _same_change(self, known: Known, kind: str) -> Known | None:
        if not known.change:
            return None
        return next((k for k in self.universe.of_area(known.change[0]) if k.change == known.change and k.kind == kind),
                    None)

    def _new(self, j: int, item: Item, hint: Known | None, named: frozenset[str] = frozenset()) -> Problem | None:
        u, text = self.universe, self.edited[j]
        weak = item.weak and not scoped(item, self.toks_e[j], self._sentence(j, item), self.d, text) and not (
            from_or_to(item, self.toks_e[j], self.vocab) and self._new_text(j).about_data(item))
        if weak or item.kind in ("noise", "month", "day", "weekday", "time"):  # "the lowest in the north west": a
            return None  # rank (check_ranks); "in Cheshire, up from one hundred and sixty": a count
        if item.kind in ("year", "numdate"):  # a date in figures ("15/01/2019"): its year
            return year_problem(j, item, text, self.toks_e[j], u.years, u.style.language.law_words, self.vocab,
                                lambda: self._new_text(j).states_data(item))
        if item.kind in ("band", "direction") and not hint and not self._new_text(j).about_data(item):
            return Problem(j, "change_to_check", item.text, "", None, f"'{item.text}' in new text is said of "
                           "something the campaign does not measure, in a sentence that names none of its areas, "
                           "periods, figures or what it counts: drafter cannot check it against the data")
        toks = self.toks_e[j]
        areas, periods = self._context(j, item)  # "90 points below Cheshire's": a gap, true or held against its own
        gap = a_gap(self.d, item, text, toks, lambda: self._sentence(j, item), areas | {self.d.release.area}, periods)
        if a_base(item, toks, self.d.rate_words) or gap is True:  # "per 1,000 people": what a rate is counted against
            return None
        if isinstance(gap, tuple):  # "3.5 points higher than Cheshire's": the gap it is not
            return self._problem(j, "unknown_figure", gap[0], gap[1].text, gap[1], "", new=True)
        said = self._new_text(j).no_figure(item)  # "999 calls", "within 10 seconds"; "a 75 per cent target"
        if said is not None:
            return Problem(j, "figure_to_check", item.text, "", None, said) if said else None
        if j not in self._at:  # the paragraph's tokens by where they start, its items by their first token
            self._at[j] = ({t.start: k for k, t in enumerate(toks)}, {x.first: x for x in self._found[j]})
        starts, firsts = self._at[j]
        new_text = self._new_text(j)
        own = new_text.counted(item) if item.kind in ("count", "money") else []  # "45.1 charging points per …"
        after = starts[own[-1].start] + 1 if own else item.last  # the token after the figure and its own words
        own = own or range_words(item, toks, self._found[j], new_text.counted, self.vocab)  # "from 24 to 48 hours"
        base = base_of(after, toks, firsts, self.d.rate_words)
        if base is not None:
            return self._rate(j, item, base)
        mine, periods = said_of(new_text, item, after, periods) if item.kind == "count" else (None, periods)
        periods = periods or set(named)  # "440 in July to December 2017"; a rank drafter wrote, its noun changed
        areas -= {a.parent for a in u.campaign.areas} if item.kind == "ordinal" else set()  # ranked among theirs
        # The change drafter stated in its place first ("rose by 290" where it wrote "rose by 193 per cent"), then
        # every fact of the areas the sentence names.
        hinted = [k for k in u.of_area(hint.change[0]) if k.change == hint.change and compatible(item.kind, k.kind)] \
            if hint else []
        names = sorted(areas) or [self.d.release.area]  # an area's share of its parent's, where the sentence names it
        pool = [k for name in names for k in u.of_area(name) if not k.name.endswith(".share") or u.campaign.area(
            name).parent in areas]
        pool += [k for k in self.d.printed if k.area in names or not areas]
        pool += [k for name in names for k in rate_ranks(u, name)] if item.kind == "ordinal" else []
        pool = hinted + [k for k in pool if compatible(item.kind, k.kind) and k not in hinted]
        if item.band == SHARE and not ((pool := [k for k in pool if not k.change]) and new_text.of_measure(item)):
            said = new_text.proportion(item)  # "one in three people aged 65": to check by hand; "half of the callers"
            return Problem(j, "figure_to_check", item.text, "", None, said) if said else None
        ranks = ranked(item, pool, names, toks, self.vocab, u, text, self.d.measure_words, self.d.nouns) \
            if item.kind == "ordinal" else pool
        if ranks is None:  # a rank of a change the area's figure did not make: its change word is the finding
            return None
        pool = ranks
        measure = self.d.nouns.get(own[-1].norm, "\0") if own and item.kind == "count" else "\0"  # "118 people"
        pool = [k for k in pool if k.name.split(".")[0] == measure] or pool
        more = (item.last < len(toks) and toks[item.last].norm in self.vocab.more_words) or (
            item.last + 1 < len(toks) and len(toks[item.last].norm) < 3 and toks[item.last + 1].norm in
            self.vocab.more_words)  # "290 more people", Welsh "290 yn fwy o bobl": a difference
        if more and item.kind == "count":
            pool = [k for k in pool if k.name.endswith(".difference")] or pool
        elif periods and item.kind in ("count", "ordinal") and (mine or not item.first or toks[
                item.first - 1].norm not in self.vocab.from_words):
            # "In 2017, 150 people": that period's ("… (up from 150)": any); a rank it has none of (a peer hidden):
            # none; "440 in 2017": that period's, or a difference from it it states ("up 290 on July to December")
            of_period = [k for k in pool if k in hinted or (k.periods and set(k.periods) <= periods) or (
                mine in k.periods and states(item, k, u.style))]
            pool = of_period or ([] if item.kind == "ordinal" and all(k.periods for k in pool) else pool)
        verdicts = [(states(item, k, u.style), k) for k in pool]
        start, end = self._sentence(j, item)
        swapped = swapped_figure(item, pool, u, self.edited[j], self.toks_e[j], (start, end), self._found[j],
                                 self.vocab, len(areas) > 1, self.d.count_words | self.d.count_links,
                                 self.d.release.area)
        if swapped is not None:
            return self._problem(j, "wrong_figure", item, swapped[0].text, swapped[0], swapped[1], new=True)
        if any(v == "same" for v, _ in verdicts) or (item.kind == "band" and any(v for v, _ in verdicts)):
            said = beyond(item, toks, (start, end), self.d, names) if item.kind == "ordinal" else ""  # "nationally"
            return Problem(j, "rank_to_check", item.text, "", None, said) if said else None  # "nearly doubled": true
        counted = own if not hinted else []
        if counted and not new_text.claimed(item, counted):
            close = new_text.close_to(item, counted, pool)
            if close is None:
                return Problem(j, "figure_to_check", *new_text.other_count(item, counted))
            known, about = close
            shown = self.edited[j][self.toks_e[j][item.first].start:counted[-1].end]
            return Problem(j, "unknown_figure", shown, known.text, known, f"'{shown}' in new text where {known.what} "
                           f"is '{known.text}' ({known.source()}): a figure close to it, in a sentence about {about}")
        equal = next((k for v, k in verdicts if v == "equal"), None)
        if equal is not None:
            return self._problem(j, "style", item, equal.text, equal, "the house style writes it "
                                 f"'{equal.text}'", new=True)
        approx = next((k for v, k in verdicts if v == "approx"), None)
        if approx is not None:
            printed = next((k for k in self.d.printed if k.id == approx.id and words_of(k.text) != words_of(item.text)),
                           None)
            still = self._still_stated(printed) if printed is not None else None
            if printed is None or still is None:
                return None  # true, and the release gives the figure at no other rounding level
            return self._problem(j, "rounding", item, printed.text, printed, "the release also gives it as "
                                 f"'{still}': one figure at two rounding levels", new=True)
        nearest = nearest_known(item, hinted) or nearest_known(item, of_its_side(item, toks, self.vocab, pool,
                                                                                    u.campaign))  # "from 90 to 117"
        kind = "unknown_figure" if family(item.kind) == "number" else \
            "wrong_rank" if item.kind == "ordinal" else f"wrong_{item.kind}"
        if nearest is None and counted:  # "40 electric buses" where the campaign's figures are shares: none counted
            return Problem(j, "figure_to_check", *new_text.other_count(item, counted))
        if nearest is None:
            whose = ", ".join(sorted(areas)) or self.d.release.area
            return Problem(j, kind, item.text, "", None, f"'{item.text}' in new text matches no "
                           f"{KIND_WORDS.get(item.kind, item.kind)} of {whose}" + (": an area is ranked among its "
                           "parent's areas only when areas.csv lists them all and each figure is known (one not "
                           "available, such as [c], could lie above or below it); take the rank out, or check it by "
                           "hand against the publisher's own ranking" if item.kind == "ordinal" else ""))
        note = self._elsewhere(item, nearest.area) if family(item.kind) == "number" else ""
        return self._problem(j, kind, item, nearest.text, nearest, note, new=True)

    def _rate(self, j: int, item: Item, base: Item) -> Problem | None:
        """A rate in new text ("45.1 per 100,000 people"), held against the campaign's rates per that base."""
        u = self.universe
        assert base.value is not None
        areas, periods = self._context(j, item)
        pool = rates(u, sorted(areas) or [self.d.release.area], base.value)
        pool = [k for k in pool if set(k.periods) <= periods] or pool if periods else pool
        if not pool:
            end = (self._new_text(j).counted(base) or [self.toks_e[j][base.last - 1]])[-1].end
            shown = self.edited[j][self.toks_e[j][item.first].start:end]
            return Problem(j, "figure_to_check", shown, "", None, f"'{shown}' in new text is a rate per {base.text}, "
                           "and the campaign's figures give no rate per that many: drafter cannot check it against "
                           "the data")
        verdicts = [(states(item, k, u.style), k) for k in pool]
        if any(v in ("same", "approx") for v, _ in verdicts):
            return None
        equal = next((k for v, k in verdicts if v == "equal"), None)
        if equal is not None:
            return self._problem(j, "style", item, equal.text, equal, f"the house style writes it '{equal.text}'",
                                 new=True)
        nearest = nearest_known(item, pool)
        assert nearest is not None
        return self._problem(j, "unknown_figure", item, nearest.text, nearest, "", new=True)

    def _sentence(self, j: int, item: Item) -> tuple[int, int]:
        return sentence_span(self.edited[j], self.toks_e[j][item.first].start, self.vocab.abbreviations)

    def _new_text(self, j: int) -> NewText:
        return NewText(self.d, self.edited[j], self.toks_e[j], self.norms_e[j], self._found[j],
                       self.vocab.abbreviations, self._memo.setdefault(j, {}))

    def _context(self, j: int, item: Item) -> tuple[set[str], set[str]]:  # the areas and periods it is said of
        return self._new_text(j).mentioned(item, [t.norm for t in tokens(self.contexts[j])])

    def _elsewhere(self, item: Item, area: str) -> str:
        others = self.universe.others(area, item)
        return f"'{item.text}' is {others[0].what}" if others else ""

    def _problem(self, j: int, kind: str, item: Item, expected: str, known: Known, note: str, *,
                 new: bool = False) -> Problem:
        where, verb = ("in new text ", "is") if new else ("", "was")
        if known.day is not None and item.kind != "numdate":  # a day or month of a date: the whole date it is in
            expected = known.text
        message, note = f"'{item.text}' {where}where {known.what} {verb} '{expected}' ({known.source()})", note or \
            ratio_note(item, known)
        return Problem(j, kind, item.text, expected, known, message + (f": {note}" if note else ""))
