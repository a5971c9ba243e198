"""What a figure in new text counts, for the check: the words after it that say so ("24 hours a day", "12
trained call handlers", Welsh "12 o drinwyr galwadau"), and whether its sentence states the campaign's data.

A figure whose own words are what the campaign measures ("450 people", Welsh "450 o bobl"), a figure with no
words of its own ("rose to 450 last year"), and any figure in a sentence that names one of the campaign's
change ("rose", "almost trebled") is a claim about the data, held against it. A figure whose words say it counts
something else cannot be traced to the data either way: it is listed to check by hand, unless it is close to one of
the data's in a sentence about an area, a period or what the campaign counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter

from drafter.quotes.claims import SHARE as PROPORTION
from drafter.quotes.worded import free_numbers
from drafter.reports.check_ages import age_of, an_age
from drafter.reports.check_dates import law_years
from drafter.reports.check_drafted import Drafted
from drafter.reports.check_known import Known
from drafter.reports.check_labels import labelled
from drafter.reports.check_multiples import SHARE, match
from drafter.reports.check_names import own_words
from drafter.reports.check_rates import a_base
from drafter.reports.check_sentences import PARAGRAPH, Said, sentence_span
from drafter.reports.check_sources import from_elsewhere, reached
from drafter.reports.check_states import words_of
from drafter.reports.check_words import Item, Token
from drafter.style.numbers import is_money

_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”«»–—/|]")  # between a figure and the words after it: they are not its own
_CLAIMS = ("percent", "points", "ordinal", "band", "direction")
NEAR = Decimal("0.1")  # a figure within a tenth of a fact's value is close to it …
SMALLEST = 100  # … when both are at least this (small numbers are close to each other by chance)
COUNTED_WORDS = 3  # what a figure counts is a few words at most: "12 trained call handlers"
_START = attrgetter("start")  # a token's


@lru_cache(maxsize=256)
def _proportions(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where a paragraph states a proportion ("one in three"), read once however many of its figures ask."""
    return tuple((m.start(), m.end(), m.group()) for m in PROPORTION.finditer(text))


def _shared(a: str, b: str) -> int:
    """How many first letters two words share."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@dataclass(frozen=True)
class NewText:
    """One edited paragraph, read for what its figures count."""

    d: Drafted
    text: str
    toks: Sequence[Token]
    norms: Sequence[str]
    found: Sequence[Item]  # its items
    abbreviations: Sequence[str]
    memo: dict[tuple[int, int], Said]  # by sentence

    def counted(self, item: Item) -> list[Token]:
        """The words after a figure that say what it counts, up to punctuation, an area's name or a word that does
        not ("12 trained call handlers; …", "24 hours a day"), three at most, ending with the noun where the
        language says where a noun ends ("24 stations offer free courses": "stations"), after "more" or "fewer"
        ("30 more officers": "officers"): none for "rose to 440 in June" or "That is 90 more."."""
        text, toks, d = self.text, self.toks, self.d
        whole = self.memo.setdefault(PARAGRAPH, Said())
        if whole.named is None:
            whole.named = frozenset(t for first, last, _ in d.universe.area_spans(list(self.norms)) for t in range(
                first, last))
        named = whole.named
        k, end = item.last, toks[item.last - 1].end
        while k < len(toks) and toks[k].norm in d.count_links and not _BREAK.search(text, end, toks[k].start):
            end, k = toks[k].end, k + 1  # Welsh "o" before what is counted
        if k < len(toks) and toks[k].norm in d.vocab.more_words and not _BREAK.search(text, end, toks[k].start):
            end, k = toks[k].end, k + 1  # "90 more people" counts people; "That is 90 more." what the release does
        words: list[Token] = []
        language = d.universe.style.language
        while k < len(toks) and len(words) < COUNTED_WORDS:
            token = toks[k]
            if token.kind != "word" or k in named or token.norm in d.not_counted or _BREAK.search(
                    text, end, token.start):
                break
            words.append(token)
            end, k = token.end, k + 1
            if language.ends_counted(token.norm):
                break
        return words

    def _names_change(self, start: int, end: int) -> bool:
        """Whether a change word or band ("rose", "almost trebled") starts between ``start`` and ``end``: looked up
        among the paragraph's, found once, not read through every item of it for each figure (a paragraph of 8,000
        figures took 20 s; one of a million, days)."""
        whole = self.memo.setdefault(PARAGRAPH, Said())
        if whole.changes is None:
            whole.changes = sorted(self.toks[x.first].start for x in self.found if x.kind in ("band", "direction"))
        at = bisect_left(whole.changes, start)
        return at < len(whole.changes) and whole.changes[at] < end

    def claimed(self, item: Item, counted: Sequence[Token]) -> bool:
        """Whether a figure with words of its own is still a claim about the data: those words (or the word before
        it) are the measure's ("450 people", Welsh "450 o bobl", "launched 99 times"), or its sentence names a
        change ("rose", "almost trebled"). A period named is not enough: "Between January and June 2018, callers
        waited from 20 to 30 minutes" counts minutes (a figure close to the data's there is, :meth:`close_to`)."""
        toks = self.toks
        if any(self._measured(t.norm) for t in counted) or (item.first and self._measured(toks[item.first - 1].norm)):
            return True
        start, end = self.sentence(item)
        return self._names_change(start, end)

    def of_measure(self, item: Item) -> bool:
        """Whether a part ("a third of buses", "half of the north west's people", "one in five buses") is a part of
        what the campaign measures: one of the few words after "of", in its clause, or of the two after a proportion,
        is the measure's ("half of the drivers", "one in three drivers says …" are parts of something else)."""
        toks = self.toks
        end = toks[item.last - 1].end
        reach = 2 + COUNTED_WORDS if match(toks, item.last, self.d.vocab, "fraction_link") else 2
        for token in toks[item.last:item.last + reach]:
            if _BREAK.search(self.text, end, token.start):
                return False
            if self._measured(token.norm):
                return True
            end = token.end
        return False

    def _measured(self, word: str) -> bool:
        """A word of the measure's, or another form of one ("launched" for "launches", "contacted" for
        "contacting"): the same first letters, all but the last three at most."""
        words = self.d.measure_words
        return word in words or (len(word) >= 5 and any(
            _shared(word, w) >= max(5, min(len(word), len(w)) - 3) for w in words))

    def close_to(self, item: Item, counted: Sequence[Token], pool: Sequence[Known]) -> tuple[Known, str] | None:
        """A figure with words of its own that are not the measure's ("450 calls" where the campaign counts
        people) that is still held against the data: its sentence is about the campaign (it names an area, not as
        part of a name such as "Cheshire Constabulary", or has the word the release counts in, "people", besides
        the figure's own words) and the figure is within a tenth of one of the facts it could be, without being
        it (a figure mistyped, with a loose word after it). Returns that fact and what the sentence is about;
        None for a figure drafter cannot trace ("12 trained call handlers")."""
        if item.value is None or item.value < SMALLEST:
            return None
        value = item.value
        close = [k for k in pool if k.kind in ("count", "money") and k.value is not None and abs(k.value) >= SMALLEST
                 and abs(abs(k.value) - value) <= abs(k.value) * NEAR]
        if not close:
            return None
        areas, counts = self._sentence_words(self.sentence(item))
        own = {t.start for t in counted}
        about = ", ".join(areas) or ("what the campaign measures" if any(at not in own for at in counts) else "") or (
            "a period of the campaign's" if self.mentioned(item, ())[1] else "")
        if not about:
            return None
        return min(close, key=lambda k: abs(abs(k.value or Decimal(0)) - value)), about

    def _sentence_words(self, span: tuple[int, int]) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """The areas a sentence names (each once, as :meth:`_the_area` takes them) and where the words the release
        counts in ("people") start in it: worked out once per sentence."""
        said = self.memo.setdefault(span, Said())
        if said.words is None:
            start = span[0]
            toks = self.toks
            inside = range(*self._inside(span))
            offset = inside[0] if inside else 0
            spans = self.d.universe.area_spans(list(self.norms[offset:offset + len(inside)]))
            areas = dict.fromkeys(name for first, last, name in spans
                                  if self._the_area(first + offset, last + offset, name, start))
            said.words = (tuple(areas), tuple(toks[k].start for k in inside if toks[k].norm in self.d.count_words))
        return said.words

    def _inside(self, span: tuple[int, int]) -> tuple[int, int]:
        """The tokens of a sentence: the first, and the one after the last."""
        return bisect_left(self.toks, span[0], key=_START), bisect_left(self.toks, span[1], key=_START)

    def mentioned(self, item: Item, context: Sequence[str]) -> tuple[set[str], set[str]]:
        """The areas and periods the sentence of ``item`` names, with its paragraph's ``context`` (a list's lead-in)."""
        said = self.memo.setdefault(span := self.sentence(item), Said())
        if said.mentioned is None:
            first, last = self._inside(span)  # not the year in a law's name ("the Children Act 1989")
            laws = law_years(self.text, self.toks, first, last, self.d.universe.style.language.law_words, self.d.vocab)
            said.mentioned = self.d.universe.mentioned([*(n for k, n in enumerate(self.norms[first:last], first)
                                                          if k not in laws), *context], self.d.release.area)
        return set(said.mentioned[0]), set(said.mentioned[1])

    def _the_area(self, first: int, last: int, name: str, start: int) -> bool:
        """Whether tokens first..last name the area itself, not as part of an organisation's name ("Cheshire
        Constabulary", "Heddlu Swydd Gaer", "Cheshire Fire and Rescue"): no capitalised word beside its name (the
        first word of the sentence aside), in the words of the alias or around them."""
        universe, toks = self.d.universe, self.toks
        area = universe.campaign.area(name)
        names = {words_of(area.name), words_of(dict(area.extra).get(f"name_{universe.style.language.code}", ""))}
        name_words = {w for n in names for w in n}

        def capital(k: int) -> bool:
            return 0 <= k < len(toks) and toks[k].kind == "word" and toks[k].start > start and \
                self.text[toks[k].start].isupper()

        return not any(capital(k) for k in range(first, last) if toks[k].norm not in name_words) and not (
            capital(first - 1) or capital(last))

    def about_data(self, item: Item) -> bool:
        """Whether a change word (``item``: "fell", "has doubled") is said of what the campaign measures: its
        sentence names one of its areas or periods, or has the measure's words ("people", "contacting") or a
        word for the data ("the number"), or states a figure of the data ("Donations have doubled" is said of
        something else)."""
        said = self.memo.setdefault(span := self.sentence(item), Said())
        if said.about is None:
            first, last = self._inside(span)
            norms, universe = list(self.norms[first:last]), self.d.universe
            words = self.d.measure_words | set(universe.style.language.data_words)  # "people", "the number"
            said.about = bool(universe.area_spans(norms) or universe.periods_named(norms) or set(norms) & words)
        return said.about or self.states_data(item, changes=False)

    def states_data(self, item: Item, *, changes: bool = True) -> bool:
        """Whether the sentence around ``item`` states the campaign's data: a percentage, a rank or a change (not
        a change where ``changes`` is false), a period of the campaign's, or a count that is a claim."""
        toks = self.toks
        start, end = self.sentence(item)
        for other in self.found:
            if other is item or not start <= toks[other.first].start < end or other.weak or a_base(
                    other, toks, self.d.rate_words) or (not changes and other.kind in ("band", "direction")) or \
                    self.no_figure(other) is not None:  # "Section 28 …", "aims for 100% … by 2035": no claim
                continue
            if other.kind in _CLAIMS:
                return True
            if other.kind in ("count", "money") and any(k.kind in ("count", "money") for k in self.d.universe.of_area(
                    self.d.release.area)):  # a count where the campaign's figures are all shares is no claim of its
                counted = self.counted(other)
                if not counted or self.claimed(other, counted):
                    return True
        return bool(self.d.universe.periods_named([t.norm for t in toks if start <= t.start < end]))

    def no_figure(self, item: Item) -> str | None:
        """Why a figure in new text is none of the data's: "" for the number to ring, a number a measure's own
        name gives ("999 calls", "ring 999", "within 10 seconds") or a word of it ("falls"); a message for a
        proportion ("one in three"), to check by hand; a message for a percentage named as a target or
        standard ("a 75 per cent target", "a target of 75 per cent"), or an amount of money in a campaign that measures
        none ("fines of up to £1,000"), or the places a rank is among ("among the 22 council areas"), to check by
        hand; None for any other figure."""
        universe, toks = self.d.universe, self.toks
        if item.kind == "direction" and item.text.casefold() in self.d.measure_words:
            return ""  # "falls" in a campaign of admissions for falls: the measure's word, no change
        named = labelled(self.text, toks, item, self.found, universe.style.language, self._measured)
        if named is not None:  # "the A6", "Covid-19", "Year 7", "on the 3rd", "text 81066"; "60% of abuse"
            return named
        said = self.proportion(item)
        if said and item.band != SHARE:  # "One in three people aged 65 and over falls each year"
            return said
        if item.kind in ("count", "percent", "band", "direction") and self._elsewhere(item):  # "according to the NSPCC"
            return (f"'{item.text}' in new text is a figure from another source, in a sentence that names none of the "
                    "campaign's areas, periods or what it measures: check it against that source")
        after = toks[item.last].norm if item.last < len(toks) else ""
        free = free_numbers(universe.campaign.measures, universe.style)
        dialled = item.first and toks[item.first - 1].norm in universe.style.language.dial_words  # "ring 999"
        label = item.first and ((toks[item.first - 1].norm in universe.style.language.caption_words and self.text[
            toks[item.first - 1].start].isupper()) or toks[item.first - 1].norm in  # "Figure 1: …", a caption's
            universe.style.language.reference_words)  # number; "Section 2 of the Act", a law's
        label = label or (item.first >= 3 and self.norms[item.first - 1] in universe.style.language.label_links and
                          toks[item.first - 2].kind == "number" and self.norms[item.first - 3] in
                          universe.style.language.reference_words)  # "Nos. 3 and 4"
        if item.kind == "count" and (an_age(self.text, toks, item, universe.style.language) or (age_of(
                self.text, toks, item, universe.style.language, self._measured) and not self.counted(item)) or (
                not item.qualifier and (f"{item.text} {after}" in free or label or (
                    dialled and item.text == universe.style.emergency_number)))):
            return ""
        language = universe.style.language
        start, end = self.sentence(item)
        change = self._names_change(start, end)
        if item.kind == "count" and reached(self.text, toks, item, self.counted(item), range(*self._inside((
                start, end))), language, self._measured, change):  # "reached 2 million people online"
            return (f"'{item.text}' in new text is how many the campaign reached or was seen by, not what it measures: "
                    "drafter cannot check it against the data")
        k = item.first - (item.first > 0 and toks[item.first - 1].norm == language.ordinal_before("1", "")[0])
        if item.kind == "count" and any(0 < len(w) <= k and tuple(t.norm for t in toks[k - len(w):k]) == w for w in (
                words_of(scope) for scope in language.rank_scopes)):  # "the third highest rate among the 22 areas"
            return (f"'{item.text}' in new text counts the places a rank is among, not what the campaign measures: "
                    "drafter cannot check it against the data")
        if item.kind == "money" and not any(is_money(m.unit) for m in universe.campaign.measures):
            return (f"'{item.text}' in new text is an amount of money, and the campaign measures none: drafter "
                    "cannot check it against the data")  # "fines of up to £1,000" in a campaign of counts
        goals = universe.style.language.goal_words
        if item.kind == "percent" and any(toks[k].norm in goals for k in (  # two words either side
                *range(max(0, item.first - 2), item.first), *range(item.last, min(len(toks), item.last + 2)))):
            return (f"'{item.text}' in new text is a target or standard, not a figure of the data: drafter cannot "
                    "check it against the data")
        return None

    def _elsewhere(self, item: Item) -> bool:  # "…, according to the NSPCC", in a sentence not about the campaign
        said = self.memo.setdefault(span := self.sentence(item), Said())
        if said.elsewhere is None:
            first, last = self._inside(span)
            said.elsewhere = from_elsewhere(self.toks, range(first, last), self.d.universe.style.language, bool(
                self._sentence_words(span)[0] or self.d.universe.periods_named(list(self.norms[first:last])) or any(
                    self._measured(n) for n in self.norms[first:last])))
        return said.elsewhere

    def proportion(self, item: Item) -> str:
        """Why a figure in a proportion ("one in three") is to check by hand, where it is one; else ""."""
        start, end = self.toks[item.first].start, self.toks[item.last - 1].end
        share = next((said for a, b, said in _proportions(self.text) if a <= start and end <= b), None)
        return f"'{share}' in new text is a proportion: drafter cannot check it against the data" if share else ""

    def other_count(self, item: Item, counted: Sequence[Token]) -> tuple[str, str, None, str]:
        """(found, expected, fact, message) for a figure that counts something else."""
        text = self.text
        shown = text[self.toks[item.first].start:counted[-1].end]
        what = text[counted[0].start:counted[-1].end]
        universe = self.d.universe
        measured = " or ".join(dict.fromkeys(universe.names.measure(m.id) for m in universe.campaign.measures))
        return shown, "", None, (f"'{shown}' in new text counts {own_words(what, universe.style)}, not what the "
                                 f"campaign measures ({measured}): "
                                 "drafter cannot check it against the data")

    def sentence(self, item: Item) -> tuple[int, int]:
        return sentence_span(self.text, self.toks[item.first].start, self.abbreviations)

