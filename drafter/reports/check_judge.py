"""Judging an edited release against the one drafter drafts today: each changed stretch, in its place.

An item (a figure, number word, ordinal, change word, direction word or date part) the edit left as drafted is
trusted. One the edit changed is held against what drafter drafted in that place and the fact behind it: it
must state that fact, the same way. One in new text (or where drafter had something of another kind) is judged
as check_new says. Contact details, web addresses and list numbering in new text are not figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from drafter.compute.changes import round_half_up
from drafter.errors import possessive
from drafter.reports.check_align import align, place_mark
from drafter.reports.check_contact import contact_problem, lost_contacts
from drafter.reports.check_dates import date_in_figures, names_period, weekday_problems
from drafter.reports.check_drafted import Drafted, family
from drafter.reports.check_halves import half_year_problems
from drafter.reports.check_in_place import a_difference, as_points, drafted_periods, in_place, renamed_rank, stood_for
from drafter.reports.check_known import Known, Problem
from drafter.reports.check_multiples import multiples
from drafter.reports.check_new import NewTextJudge
from drafter.reports.check_ranks import turned
from drafter.reports.check_rates import a_base
from drafter.reports.check_relative import relative_problems
from drafter.reports.check_states import compatible, states, words_of
from drafter.reports.check_swaps import area_swaps, at_places, renamed_areas, shortened
from drafter.reports.check_unprinted import is_unprinted
from drafter.reports.check_words import Item, items, tokens

_RETYPED = ("number", "symbol", "noise")  # what a phone number typed over reads as


class Judge(NewTextJudge):
    """Lines the edited paragraphs up with the drafted ones and judges every item the edit touched."""

    def __init__(self, drafted: Drafted, edited: Sequence[str], contexts: Sequence[str], places: Sequence[str]
                 ) -> None:
        self.d, self.universe, self.vocab = drafted, drafted.universe, drafted.vocab
        self.edited, self.contexts = edited, contexts
        self.toks_e = [tokens(t) for t in edited]
        self.norms_e = [[t.norm for t in p] + place_mark(w) for p, w in zip(self.toks_e, places, strict=True)]
        self.alignment = align(drafted.norms, self.norms_e)
        self._found, self._at, self._memo = {}, {}, {}  # items, where they start; what NewText reads, by paragraph
        self._contacts: set[tuple[int, int]] = set()  # the tokens of a phone number typed over as figures

    def run(self) -> list[Problem]:
        problems: list[Problem] = []
        for j, (text, toks) in enumerate(zip(self.edited, self.toks_e, strict=True)):
            if tuple(self.norms_e[j]) not in self.d.keys:  # one exactly as drafted says nothing drafter did not
                found = multiples(text, toks, items(text, toks, self.vocab, self.d.count_words, self.d.rank_words),
                                  self.vocab)  # and "almost half" typed over "51 per cent" (check_in_place)
                self._found[j] = in_place(text, toks, found, self.vocab, *stood_for(self.alignment, self.d.items, j,
                                                                                    len(toks)))
        problems.extend(lost_contacts(self.d.items, self.d.links, self.alignment, self.edited, self.toks_e))
        for j, found in self._found.items():
            judged = [(item, self._judge(j, item)) for item in found]
            problems.extend(problem for _, problem in judged if problem is not None)
            problems.extend(self._areas(j))
            problems.extend(relative_problems(j, self._new_text(j), self.alignment.matches[j]))  # "the previous month"
            problems.extend(half_year_problems(j, self._new_text(j), self.alignment.matches[j]))  # "the first half of"
            problems.extend(weekday_problems(j, found, {item.first for item, problem in judged if problem},
                                             self.universe.style, self.universe.campaign.release_date.year))
        return problems

    def _areas(self, j: int) -> list[Problem]:
        """An area's name put where drafter named another, or a name changed ("the north east" for "north west")."""
        at = (self.d, self.alignment, j, self.edited[j], self.toks_e[j], self.norms_e[j])
        return [Problem(j, "wrong_area", found, wrote, None, f"'{found}' where drafter wrote '{wrote}': what this "
                        f"sentence says is {possessive(other)}" + (f", not {possessive(name)}" if name else ""))
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
        if (j, item.first) in self._contacts:  # a figure of a phone number typed over (_contact)
            return None
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
        base = a_base(item, self.toks_e[j], self.d.rate_words)  # a rate's base stands for no figure but another's
        for i, s in places:
            for d, link in zip(self.d.items[i], self.d.links[i], strict=True):
                if d.first <= s < d.last and (d, link) not in found and (base or not a_base(
                        d, self.d.toks[i], self.d.rate_words)):  # "52.2 for every 100,000" over "per 100,000"
                    found.append((d, link))
        if found and family(item.kind) == "number" and all(d.kind == "noise" for d, _ in found):
            return self._contact(j, item, *found[0])  # "07700 9OO 001": no phone number, nor figures
        if item.kind == "year" and found and all(family(d.kind) == "number" for d, _ in found):
            item = replace(item, kind="count")  # "to 2000" typed over drafter's "to 440": a figure, not a year
        if item.kind == "count" and found and all(d.kind == "ordinal" for d, _ in found) and not item.qualifier:
            item = replace(item, kind="ordinal")  # "5" typed over a table's rank "4th": a rank in bare figures
        item = as_points(self.edited[j], self.toks_e[j], item, [d for d, _ in found], self.vocab)  # "13.5 points"
        same_family = sorted(((d, k) for d, k in found if family(d.kind) == family(item.kind) and (family(
            item.kind) != "number" or compatible(item.kind, d.kind))), key=lambda pair: pair[0].kind != item.kind)
        if same_family:
            return self._in_place(j, item, *same_family[0])
        hint = next((k for _, k in found if k is not None and k.change), None)
        problem = self._new(j, item, hint)
        other = next(((d, k) for d, k in found if family(d.kind) == family(item.kind)), None)
        if problem is not None and other is not None and not is_unprinted(problem.fact) and (
                problem.fact is None or hint is None or problem.fact.change != hint.change):
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
        if kind == "noise":  # the media contact's phone number or address, or a web address
            return self._contact(j, item, drafted, known)
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
        if verdict == "approx" and _published_rounded(item, known) and item.value == known.value:
            verdict = "equal"  # "18 per cent" for the published 18.0: nothing rounded, the house style's places dropped
        if verdict == "equal":  # not "One hundred and fifty people …", a sentence opening with words
            return None if self.opens_sentence(j, item) else self._problem(
                j, "style", item, expected, known, "the same figure, not as the house style writes it")
        if verdict == "approx" and item.kind != "ordinal":  # a rank has no rounding: "second" for "joint second"
            # True ("nearly 200 per cent", "more than 190 per cent", "193.3 per cent" for 193.33…): a finding only
            # where the release still gives the figure as drafter printed it, one figure at two rounding levels.
            if _published_rounded(item, known):  # "75 per cent" for 74.9 as published: the change no longer agrees
                return self._problem(j, "rounding", item, expected, known, "rounded from the figure as given, "
                                     "which the release's changes are worked out from")
            still = self._still_stated(known)
            return None if still is None else self._problem(
                j, "rounding", item, expected, known, f"the release also gives it as '{still}': one figure at two "
                "rounding levels")
        if item.kind == "ordinal":
            return self._problem(j, "wrong_rank", item, expected, known, "")
        untrue = f"'{known.text}' is not '{item.text}'" + (  # "'19%' is not 'nearly 20%'": it is 18.6
            f": the figures give {format(round_half_up(abs(known.value), 1).normalize(), 'f')} per cent" if
            known.kind == "percent" and known.value is not None else "") if item.qualifier else at_places(
            item, drafted, known)
        return self._problem(j, "wrong_figure", item, expected, known, untrue or self._elsewhere(item, known))

    def _contact(self, j: int, item: Item, drafted: Item, known: Known | None) -> Problem | None:
        """A phone number or address drafter printed, typed over: the stretch of new figures and marks in its place
        ("07700 9OO 001", "07700 900 00 1") held against it once, as one, however many items it reads as."""
        row, toks, first, last = self.alignment.matches[j], self.toks_e[j], item.first, item.last
        while first > 0 and row[first - 1] is None and (toks[first - 1].kind in _RETYPED or toks[
                first - 1].end == toks[first].start):  # and letters typed against it: "ch1 2ab"
            first -= 1
        while last < len(toks) and row[last] is None and (toks[last].kind in _RETYPED or toks[last].start == toks[
                last - 1].end + len(toks[last - 1].suffix)):
            last += 1
        if (j, first) in self._contacts:
            return None
        self._contacts.update((j, t) for t in range(first, last))
        shown = self.edited[j][toks[first].start:toks[last - 1].end + len(toks[last - 1].suffix)]
        return contact_problem(j, shown, drafted.text, known)

    def _same_change(self, known: Known, kind: str) -> Known | None:
        if not known.change:
            return None
        return next((k for k in self.universe.of_area(known.change[0]) if k.change == known.change and k.kind == kind),
                    None)


def _published_rounded(item: Item, known: Known) -> bool:
    """A rate or percentage as published (74.9), typed to fewer places and with no word such as "about" before it
    ("75 per cent"): beside "a rise of 3.6 percentage points, from 71.3 per cent" it no longer adds up."""
    if item.qualifier or known.change or not known.periods or known.value is None or item.value is None:
        return False
    given, typed = known.value.as_tuple().exponent, item.value.as_tuple().exponent
    return isinstance(given, int) and isinstance(typed, int) and given < 0 and typed > given
