"""Judging a figure in new text: one the edit added, or one of another kind where drafter wrote a figure. It must
state a fact of the area, or of the area its sentence names, of the same kind (a count where a count was, a
percentage where a percentage was), for the period its sentence names; a rate is held against the campaign's rates
per its base. The part of check_judge's Judge that owns new text, and the findings' wording both parts share."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from drafter.errors import name_list
from drafter.reports.check_align import Alignment
from drafter.reports.check_compare import a_gap
from drafter.reports.check_context import context_year, outside_place, time_span
from drafter.reports.check_counted import NewText
from drafter.reports.check_dates import year_problem
from drafter.reports.check_drafted import Drafted, family
from drafter.reports.check_facts import Universe
from drafter.reports.check_from_to import from_or_to, of_its_side, opening_hours, range_words
from drafter.reports.check_known import KIND_WORDS, Known, Problem
from drafter.reports.check_labels import in_address
from drafter.reports.check_measure_names import said_of_measure
from drafter.reports.check_multiples import SHARE, match, ratio_note
from drafter.reports.check_periods import said_of, turned_back
from drafter.reports.check_ranks import beyond, ranked, scoped
from drafter.reports.check_rates import a_base, base_of, rate_ranks, rates
from drafter.reports.check_relative import phrases_in
from drafter.reports.check_sentences import Said, sentence_span
from drafter.reports.check_states import compatible, states, words_of
from drafter.reports.check_swaps import nearest_known, swapped_figure
from drafter.reports.check_unprinted import unprinted_note, unprinted_percents
from drafter.reports.check_words import Item, Token, Vocabulary, tokens


class NewTextJudge:
    """What Judge (check_judge) knows of the edited release, and its judging of figures in new text."""

    d: Drafted
    universe: Universe
    vocab: Vocabulary
    edited: Sequence[str]
    contexts: Sequence[str]
    toks_e: list[tuple[Token, ...]]
    norms_e: list[list[str]]
    alignment: Alignment
    _found: dict[int, list[Item]]
    _at: dict[int, tuple[dict[int, int], dict[int, Item]]]
    _memo: dict[int, dict[tuple[int, int], Said]]

    def _still_stated(self, known: Known) -> str | None:
        """How the edited release still states ``known`` exactly (as drafter printed it, or as "193%"), or None."""
        for i, (found, links) in enumerate(zip(self.d.items, self.d.links, strict=True)):
            for d, link in zip(found, links, strict=True):
                if link is not None and link.id == known.id and d.kind == known.kind and all(
                        self.alignment.used[i][s] for s in range(d.first, d.last)):
                    return d.text
        return next((x.text for found in self._found.values() for x in found
                     if x.kind == known.kind and states(x, known, self.universe.style) in ("same", "equal")), None)
    def _new(self, j: int, item: Item, hint: Known | None, named: frozenset[str] = frozenset()) -> Problem | None:
        u, text = self.universe, self.edited[j]
        weak = item.weak and not scoped(item, self.toks_e[j], self._sentence(j, item), self.d, text) and not (
            from_or_to(item, self.toks_e[j], self.vocab) and self._new_text(j).about_data(item))
        if weak or item.kind in ("noise", "month", "day", "weekday", "time") or in_address(text, self.toks_e[j][
                item.first]):  # "the lowest in the north west": a rank (check_ranks); "in Cheshire, up from one
            return None  # hundred and sixty": a count; "stopitnow.org.uk/2024", "#StopItNow2024": no figure
        if item.kind in ("year", "numdate"):  # a date in figures ("15/01/2019"): its year
            year = year_problem(j, item, text, self.toks_e[j], u.years, u.style.language, self.vocab,
                                lambda: self._new_text(j).states_data(item))
            context = context_year(item, text, self.toks_e[j], u.years, self.vocab, u.style.language)
            if year is None or year.kind != "unknown_year" or not context:  # "since 2020": context, not a period
                return year
            return Problem(j, "year_to_check", item.text, year.expected, None, f"'{item.text}' in new text is a year "
                           f"outside the campaign's periods, release date and embargo ({year.expected}), given as "
                           f"context ('{context}'): drafter cannot check it against the data")
        if item.kind in ("band", "direction") and not hint and not self._new_text(j).about_data(item):
            return Problem(j, "change_to_check", item.text, "", None, f"'{item.text}' in new text is said of "
                           "something the campaign does not measure, in a sentence that names none of its areas, "
                           "periods, figures or what it counts: drafter cannot check it against the data")
        toks = self.toks_e[j]
        areas, periods = self._context(j, item)  # "90 points below Cheshire's": a gap, true or held against its own
        gap = a_gap(self.d, item, text, toks, lambda: self._sentence(j, item), areas | {self.d.release.area}, periods)
        if a_base(item, toks, self.d.rate_words) or (  # "per 1,000 people": what a rate is counted against
                gap is True and not self._a_change(j, item)):  # "a rise of 10 points": a change, not a gap
            return None
        if isinstance(gap, tuple):  # "3.5 points higher than Cheshire's": the gap it is not
            return self._problem(j, "unknown_figure", gap[0], gap[1].text, gap[1], "", new=True)
        points = match(toks, item.last, self.vocab, "points_alone") if item.kind == "count" else None
        if points is not None and not any(k.kind == "points" for k in u.of_area(self.d.release.area)):
            return Problem(j, "figure_to_check", *self._new_text(j).other_count(item, toks[item.last:points[0]]))
        if points is not None and self._after_direction(j, item):  # "rose by 15 points": a change in points
            shown = text[toks[item.first].start:toks[points[0] - 1].end]
            item = replace(item, kind="points", last=points[0], text=shown)
        language = u.style.language
        if item.kind == "count" and opening_hours(item, toks, self.vocab, u.style.between_word, language.open_words,
                                                  language.label_links):  # "open from 9 to 5"
            return None
        if item.kind == "count" and any(a <= item.first < b for a, b, _ in phrases_in(self._new_text(j))):
            return None  # "over the past 12 months": a period (check_relative), no figure
        said = self._new_text(j).no_figure(item)  # "999 calls", "within 10 seconds"; "a 75 per cent target"
        if said is not None:
            return Problem(j, "figure_to_check", item.text, "", None, said) if said else None
        counts = self._new_text(j).counted(item) if item.kind in ("count", "money") else []  # "6 weeks": its own
        if item.kind in ("count", "percent", "money", "points", "band", "direction") and (
                not counts or self._new_text(j).claimed(item, counts)) and (  # "since 2020", "across the UK":
                outside := self._outside(j, item)):  # context, to check by hand
            return Problem(j, "change_to_check" if item.kind in ("band", "direction") else "figure_to_check",
                           item.text, "", None, f"'{item.text}' in new text is said of {outside}: drafter cannot "
                           "check it against the data")
        if j not in self._at:  # the paragraph's tokens by where they start, its items by their first token
            self._at[j] = ({t.start: k for k, t in enumerate(toks)}, {x.first: x for x in self._found[j]})
        starts, firsts = self._at[j]
        new_text = self._new_text(j)
        own = new_text.counted(item) if item.kind in ("count", "money") else []  # "45.1 charging points per …"
        after = starts[own[-1].start] + 1 if own else item.last  # the token after the figure and its own words
        own = own or range_words(item, toks, self._found[j], new_text.counted, self.vocab,
                                   u.style.between_word)  # "from 24 to 48 hours"
        base = base_of(after, toks, firsts, self.d.rate_words, self.d.rate_leads)
        if base is not None:
            return self._rate(j, item, base)
        mine, periods = said_of(new_text, item, after, periods, areas) if item.kind in ("count", "percent") else (
            None, periods)
        periods = periods or set(named)  # "440 in July to December 2017"; a rank drafter wrote, its noun changed
        areas -= {a.parent for a in u.campaign.areas} if item.kind == "ordinal" else set()  # ranked among theirs
        # The change drafter stated in its place first ("rose by 290" where it wrote "rose by 193 per cent"; a multiple
        # there, "risen 1.2-fold" for "risen by 11 per cent", that change only), then every fact of the areas named.
        hinted = [k for k in u.of_area(hint.change[0]) if k.change == hint.change and compatible(item.kind, k.kind)] \
            if hint else []
        names = sorted(areas) or [self.d.release.area]  # an area's share of its parent's, where the sentence names it
        pool = [k for name in names for k in u.of_area(name) if not k.name.endswith(".share") or u.campaign.area(
            name).parent in areas]
        pool += [k for k in self.d.printed if k.area in names or not areas]
        pool += [k for name in names for k in rate_ranks(u, name)] if item.kind == "ordinal" else []
        pool = hinted + [k for k in pool if compatible(item.kind, k.kind) and k not in hinted and not (
            item.kind == "band" and hinted and hinted[0].area in (areas or {hinted[0].area}))]
        of = said_of_measure(self.d, text, toks, self._token_span(j, item), item) if item.kind in ("percent", "band") \
            else None
        if of is not None and not hinted:  # "People rescued … rose by 11 per cent": of that measure's figures only
            pool = [k for k in pool if k.name.split(".")[0] == of]
        if item.kind == "percent" and not any(k.kind == "percent" and k.change and k.area in names for k in pool) and \
                self._after_direction(j, item) and (unprinted := [k for a in names for k in unprinted_percents(u, a)
                                                                  if of is None or hinted or k.change[1] == of]):
            unprinted.sort(key=lambda k: not (hint and k.change == hint.change))  # the change drafter stated there
            kind, note = unprinted_note(item, unprinted[0], u)  # "fell by 100 per cent" for "fell from 96 to none"
            return self._problem(j, kind, item, unprinted[0].text, unprinted[0], note, new=True)
        back = turned_back(new_text, item, mine) if mine and item.kind == "count" else None
        if mine and back is not None and (turned := self._turned(j, item, mine, *back, pool)) is not None:
            return turned  # "from 5,066 in 2024 to 4,120 in 2023": each right for its period, said as a fall
        if item.kind == "percent" and match(toks, item.last, self.vocab, "fraction_link") and new_text.of_measure(
                item) and not self._after_direction(j, item) and not any(k.kind == "percent" and not k.change
                                                                         for k in pool):
            return Problem(j, "figure_to_check", item.text, "", None, f"'{item.text}' in new text is a part of what "
                           "the campaign counts, and it gives no such part: drafter cannot check it against the data")
        if item.band == SHARE and not ((pool := [k for k in pool if not k.change]) and new_text.of_measure(item)):
            said = new_text.proportion(item)  # "one in three people aged 65": to check by hand; "half of the callers"
            return Problem(j, "figure_to_check", item.text, "", None, said) if said else None
        ranks = ranked(item, pool, names, toks, self.vocab, u, text, self.d.measure_words, self.d.nouns) \
            if item.kind == "ordinal" else pool
        if ranks is None:  # a rank of a change the area's figure did not make: its change word is the finding
            return None
        newest = u.campaign.periods[-1].id  # "Cardiff has the highest rate": now, not in the earlier period only
        earlier = any(t.norm in self.vocab.from_words for t in toks[max(0, item.first - 2):item.first])  # "from 2nd"
        pool = ranks if periods or item.kind != "ordinal" or earlier else [
            k for k in ranks if set(k.periods) <= {newest}] or ranks
        measure = self.d.nouns.get(own[-1].norm, "\0") if own and item.kind == "count" else "\0"  # "118 people"
        pool = [k for k in pool if k.name.split(".")[0] == measure] or pool
        more = (item.last < len(toks) and toks[item.last].norm in self.vocab.more_words) or (
            item.last + 1 < len(toks) and len(toks[item.last].norm) < 3 and toks[item.last + 1].norm in
            self.vocab.more_words)  # "290 more people", Welsh "290 yn fwy o bobl": a difference
        more = more or bool(mine and self._after_direction(j, item))
        if more and item.kind == "count":  # "up 300 on July to December 2017": a difference from that period
            pool = [k for k in pool if k.name.endswith(".difference")] or pool
        elif periods and item.kind in ("count", "ordinal") and (mine or not item.first or toks[
                item.first - 1].norm not in self.vocab.from_words):
            # "In 2017, 150 people": that period's ("… (up from 150)": any); a rank it has none of (a peer hidden):
            # none; "440 in 2017": that period's, or a difference from it it states ("up 290 on July to December")
            of_period = [k for k in pool if k in hinted or (k.periods and set(k.periods) <= periods) or (
                mine in k.periods and states(item, k, u.style))]
            pool = of_period or ([] if item.kind == "ordinal" and all(k.periods for k in pool) else pool)
        elif periods and item.kind == "percent":  # "18.0 per cent in 2023/24": a share of that period, not another's
            pool = [k for k in pool if k.change or k in hinted or not k.periods or set(k.periods) <= periods]
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
        if equal is not None and self.opens_sentence(j, item):
            return None  # "One hundred and fifty people …": a sentence opens with no figure, as the house style asks
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
        own_area = pool if areas else [k for k in pool if k.area == self.d.release.area] or pool  # naming no place
        nearest = nearest_known(item, hinted) or nearest_known(item, of_its_side(item, toks, self.vocab, own_area,
                                                                                    u.campaign))  # "from 90 to 117"
        kind = "unknown_figure" if family(item.kind) == "number" else \
            "wrong_rank" if item.kind == "ordinal" else f"wrong_{item.kind}"
        if nearest is None and counted:  # "40 electric buses" where the campaign's figures are shares: none counted
            return Problem(j, "figure_to_check", *new_text.other_count(item, counted))
        if nearest is None:
            whose = name_list(sorted(areas)) or self.d.release.area
            return Problem(j, kind, item.text, "", None, f"'{item.text}' in new text matches no "
                           f"{KIND_WORDS.get(item.kind, item.kind)} of {whose}" + (": an area is ranked among its "
                           "parent's areas only when areas.csv lists them all and each figure is known (one not "
                           "available, such as [c], could lie above or below it); take the rank out, or check it by "
                           "hand against the publisher's own ranking" if item.kind == "ordinal" else ""))
        note = self._elsewhere(item, nearest) if family(item.kind) == "number" else ""
        return self._problem(j, kind, item, nearest.text, nearest, note, new=True)

    def _turned(self, j: int, item: Item, mine: str, earlier: Item, theirs: str, pool: Sequence[Known]
                ) -> Problem | None:
        """A finding for "from X in P to Y in Q", P later than Q, where X is P's figure and Y is Q's: the change it
        says goes the wrong way. None where either is not its period's figure (found as that on its own)."""
        style, toks = self.universe.style, self.toks_e[j]
        old = next((k for k in pool if k.periods == (mine,) and states(item, k, style) == "same"), None)
        new = next((k for k in pool if k.periods == (theirs,) and states(earlier, k, style) == "same"), None)
        if old is None or new is None or old.value is None or new.value is None or old.value == new.value:
            return None
        ends = [b for a, b, _ in self.universe.date_spans([t.norm for t in toks]) if item.last <= a <= item.last + 1]
        ends += [k + 1 for k in range(item.last, min(item.last + 2, len(toks))) if toks[k].kind == "number"]
        shown = self.edited[j][toks[earlier.first - 1].start:toks[min(ends, default=item.last) - 1].end]
        way, said = ("rise", "fall") if new.value > old.value else ("fall", "rise")
        return Problem(j, "wrong_direction", shown, f"{old.text} … {new.text}", new, f"'{shown}' in new text where "
                       f"{old.what} is '{old.text}' ({old.source()}) and {new.what} is '{new.text}' ({new.source()}): "
                       f"the later period first, so a {way} reads as a {said}")

    def _a_change(self, j: int, item: Item) -> bool:
        """Whether points straight after a direction word are a change ("a rise of 10 points"), with no comparative
        in the few words after them that makes them a gap ("its rise 9.1 points higher", Welsh "yn uwch")."""
        language = self.universe.style.language
        compared = {w for w, _ in (*language.comparatives, *language.comparing_alone)} | set(language.than_words)
        return self._after_direction(j, item) and not any(
            t.norm in compared for t in self.toks_e[j][item.last:item.last + 4])

    def _after_direction(self, j: int, item: Item) -> bool:
        """Whether ``item`` stands straight after a direction word, or after one and "by" ("up 300", "rose by 300",
        Welsh "i fyny 300"; "up" as in the language's "up by", "up from"), as a difference does: not after "from" or
        "to" ("up from 150", "rose to 440")."""
        norms = [t.norm for t in self.toks_e[j][:item.first]]
        if norms and norms[-1] in self.universe.style.language.fraction_links:
            norms.pop()
        ends = {*self.vocab.from_words, *self.vocab.to_words}
        if not norms or norms[-1] in ends:
            return False
        if any(x.kind == "direction" and x.last == len(norms) for x in self._found[j]):
            return True
        return any(tuple(norms[-len(stem):]) == stem for stem in (tuple(w.split()[:-1]) for w, _ in
                   self.universe.style.language.direction_words if w.split()[-1] in ends) if stem)

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

    def _outside(self, j: int, item: Item) -> str:
        """What sets the sentence of ``item`` outside the campaign's periods or areas (check_context), in words for a
        message: a time where it names none of its periods, a place where it names none of its areas; else ""."""
        said = self._memo.setdefault(j, {}).setdefault(span := self._sentence(j, item), Said())
        if said.outside is None:  # once a sentence, however many figures it has
            said.outside = self._outside_of(j, item, span)
        return said.outside

    def _outside_of(self, j: int, item: Item, span: tuple[int, int]) -> str:
        u, toks, text = self.universe, self.toks_e[j], self.edited[j]
        areas, periods = self._context(j, item)
        first, last = (bisect_left(toks, at, key=lambda t: t.start) for at in span)
        years = (context_year(x, text, toks, u.years, self.vocab, u.style.language) for x in self._found[j]
                 if first <= x.first < last and not in_address(text, toks[x.first]))  # not "stopitnow.org.uk/2024"
        when = next((c for c in years if c), "") or time_span(text, toks, first, last, u.style.language)
        if when and not periods:  # "since 2020, … between January and June 2018": held against that period
            return f"a time outside the campaign's periods ('{when}')"
        where = "" if areas else outside_place(text, toks, first, last, u.style.language, not u.places.national(
            self.d.release.area))
        return f"a place that is none of the campaign's areas ('{where}')" if where else ""

    def opens_sentence(self, j: int, item: Item) -> bool:
        """Whether ``item`` is a number in words that opens its sentence ("One hundred and fifty people …"), where
        the house style asks for words, not a figure."""
        at = self.toks_e[j][item.first].start
        return not any(c.isdigit() for c in item.text) and not self.edited[j][self._sentence(j, item)[0]:at].strip(
            " “‘\"'(")

    def _sentence(self, j: int, item: Item) -> tuple[int, int]:
        return sentence_span(self.edited[j], self.toks_e[j][item.first].start, self.vocab.abbreviations)

    def _token_span(self, j: int, item: Item) -> tuple[int, int]:
        return tuple(bisect_left(self.toks_e[j], at, key=lambda t: t.start) for at in self._sentence(j, item))  # type: ignore[return-value]

    def _new_text(self, j: int) -> NewText:
        return NewText(self.d, self.edited[j], self.toks_e[j], self.norms_e[j], self._found[j],
                       self.vocab.abbreviations, self._memo.setdefault(j, {}))

    def _context(self, j: int, item: Item) -> tuple[set[str], set[str]]:  # the areas and periods it is said of
        return self._new_text(j).mentioned(item, [t.norm for t in tokens(self.contexts[j])])

    def _elsewhere(self, item: Item, known: Known) -> str:
        others = self.universe.elsewhere(item, known)
        return f"'{item.text}' is {others[0].what}" if others else ""

    def _problem(self, j: int, kind: str, item: Item, expected: str, known: Known, note: str, *,
                 new: bool = False) -> Problem:
        where, verb = ("in new text ", "is") if new else ("", "was")
        if known.day is not None and item.kind != "numdate":  # a day or month of a date: the whole date it is in
            expected = known.text
        message, note = f"'{item.text}' {where}where {known.what} {verb} '{expected}' ({known.source()})", note or \
            ratio_note(item, known)
        return Problem(j, kind, item.text, expected, known, message + (f": {note}" if note else ""))
