"""The release drafter drafts today, read as the check reads an edited one: its paragraphs' tokens and items,
and the fact behind each item (a figure to the fact it prints, a change word to the change, a date to the
period or date it names), worked out once per release however many files are checked against it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from drafter.model import Release
from drafter.reports.check_align import place_mark
from drafter.reports.check_contact import contact_facts, contact_of
from drafter.reports.check_facts import Universe
from drafter.reports.check_known import Known
from drafter.reports.check_rates import rate_leads, rate_words
from drafter.reports.check_read import read_blocks
from drafter.reports.check_sentences import sentence_span
from drafter.reports.check_states import states, words_of
from drafter.reports.check_words import CHANGES, DATES, NUMBERS, Item, Token, Vocabulary, items, tokens
from drafter.style.typed import flat


def family(kind: str) -> str:
    """Items that may stand in for each other: "number" (a count, percentage, amount), "date", "change" (a
    change or direction word); any other kind is its own."""
    for name, kinds in (("number", NUMBERS), ("date", DATES), ("change", CHANGES)):
        if kind in kinds:
            return name
    return kind


def change_way(item: Item, toks: Sequence[Token], vocab: Vocabulary) -> str:
    """"up" or "down" where a rank is said of a change: a word for a rise or a fall straight after it ("the
    biggest rise"), or, where the language puts a rank's noun before its superlative, straight before it or between
    its ordinal and superlative (Welsh "y cynnydd mwyaf", "yr ail gynnydd mwyaf"); else ""."""
    if item.kind != "ordinal":
        return ""
    at = [item.last, *(range(item.first - 1, item.last) if vocab.noun_between else ())]
    for k in at:
        for words, category, label, _ in vocab.phrases.get(toks[k].norm, ()) if 0 <= k < len(toks) else ():
            if category in ("direction", "direction_form") and len(words) == 1:
                return label
    return ""


class Drafted:
    def __init__(self, universe: Universe, vocab: Vocabulary, release: Release, letterhead: Sequence[str]) -> None:
        self.universe, self.vocab, self.release = universe, vocab, release
        read = read_blocks(release.blocks)  # a table: its cells
        self.texts = [flat(text) for text, _, _ in read] + list(letterhead)  # read as an edited file's text is
        self.printed = [universe.as_printed(fact) for fact in release.facts]
        self.contacts = contact_facts(universe.campaign)
        self.toks = [tokens(t) for t in self.texts]
        places = [where for _, where, _ in read] + [""] * len(letterhead)
        self.norms = [[t.norm for t in p] + place_mark(w) for p, w in zip(self.toks, places, strict=True)]
        self.keys = {tuple(n) for n in self.norms}  # the words: "07700 900 001" is one, "07700 900(001" three
        self.items = [items(text, toks, vocab) for text, toks in zip(self.texts, self.toks, strict=True)]
        self.links = [self._links(i, found) for i, found in enumerate(self.items)]
        language = universe.style.language
        self.not_counted = frozenset(w for text in language.not_counted for w in words_of(text))
        counted = words_of(language.counted("9", Decimal(9), "x", "x"))  # "9 x"; Welsh "9 o x"
        self.count_links = frozenset(counted[1:-1])  # between a figure and what it counts: Welsh "o"
        self.count_words = frozenset(self._count_words())
        self.rank_words = frozenset(self._rank_words())
        self.measure_words = frozenset(self._measure_words())
        self.rate_words = rate_words(universe)  # "per" in "52.2 per 100,000 people", Welsh "fesul"
        self.rate_leads = rate_leads(universe)  # "for" in "52.2 for every 100,000 people"
        self.nouns = self._nouns()
        language = universe.style.language
        self.rank_nouns = set(language.rate_nouns) | set(language.count_nouns)  # "rate", "number": what a rank is by

    def _nouns(self) -> dict[str, str]:
        """The noun after a count of one measure and no other ("launches", "people", Welsh "bobl" in "118 o
        bobl"), in the release's language and English: what it counts, by the measure's id."""
        language, found = self.universe.style.language, dict[str, set[str]]()
        for measure in self.universe.campaign.measures:
            for code in dict.fromkeys((language.code, "en")):
                many, one = measure.words("unit", code), measure.words("unit_one", code) or measure.words("unit", code)
                for amount in (Decimal(1), Decimal(9)):
                    counted = words_of(language.counted("9", amount, one, many)) if many.strip() else ()
                    if len(counted) > 1:
                        found.setdefault(counted[-1], set()).add(measure.id)
        return {noun: next(iter(ids)) for noun, ids in found.items() if len(ids) == 1}

    def _count_words(self) -> set[str]:
        """Words that follow a count of the campaign's in the release ("people", Welsh "o bobl"): a number word
        before one is a count. Not those after a figure of the campaign's own text ("its 58 fire stations" in
        About), which no fact of the release is: they say what else the organisation counts."""
        words = {w for m in self.universe.campaign.measures for w in words_of(m.unit) if len(w) > 2}
        for toks, found, links in zip(self.toks, self.items, self.links, strict=True):
            for item, known in zip(found, links, strict=True):
                if known is None:
                    continue
                after = item.last
                while after < len(toks) and toks[after].norm in self.count_links:
                    after += 1
                if item.kind == "count" and after < len(toks) and len(toks[after].norm) > 3:
                    words.add(toks[after].norm)
        return words

    def _measure_words(self) -> set[str]:
        """The words of what the campaign measures, in the release's language and in English (campaign.yaml's
        unit, unit_one, label and subject; the unit after a figure as the language writes it, Welsh "o bobl"),
        and the words after a count in the release: a figure followed by one is a claim about the data."""
        language = self.universe.style.language
        words = set(self.count_words)
        for measure in self.universe.campaign.measures:
            words.update(w for w in words_of(measure.id.replace("_", " ")) if not w[:1].isdigit())
            for code in dict.fromkeys((language.code, "en")):
                texts = {k: re.sub(r"\{[^}]*\}", " ", measure.words(k, code)) for k in
                         ("label", "unit", "unit_one", "subject")}
                many, one = texts["unit"], texts["unit_one"] or texts["unit"]
                if many.strip():
                    texts["counted"] = language.counted("9", Decimal(9), one, many)
                words.update(w for text in texts.values() for w in words_of(text) if not w[:1].isdigit())
        return {w for w in words if len(w) > 2 and w not in self.not_counted and w not in self.count_links}

    def _rank_words(self) -> set[str]:
        """Words beside a rank in the release ("ranks"), and "joint": an ordinal word beside one is a rank."""
        words: set[str] = set()
        for (found, links), toks in zip(zip(self.items, self.links, strict=True), self.toks, strict=True):
            for item, known in zip(found, links, strict=True):
                if item.kind == "ordinal" and known is not None:
                    words.update(toks[k].norm for k in (item.first - 1, item.last)
                                 if 0 <= k < len(toks) and len(toks[k].norm) > 3)
        for phrases in self.vocab.phrases.values():
            words.update(p[0][-1] for p in phrases if p[1] == "tied")
        return words

    def _nearest_area(self, toks: Sequence[Token], before: int) -> str | None:
        """The area named last before token ``before`` ("Cheshire: from 150 to 440" names Cheshire's figures)."""
        spans = [s for s in self.universe.area_spans([t.norm for t in toks]) if s[1] <= before]
        return max(spans, key=lambda s: (s[1], s[1] - s[0]))[2] if spans else None

    def _links(self, i: int, found: Sequence[Item]) -> list[Known | None]:
        """The fact behind each item of paragraph ``i``: a change word's is the change of the figures beside it in its
        sentence ("Volunteer crew members: from 102 to 112, a rise of 9.8 per cent" is Wales' change in crew, not the
        area's first measure's), else the change of the area named last before it that it states."""
        links = [None if family(item.kind) == "change" else self._link(i, item) for item in found]
        return [self._change_link(i, item, found, links) if family(item.kind) == "change" else link
                for item, link in zip(found, links, strict=True)]

    def _change_link(self, i: int, item: Item, found: Sequence[Item], links: Sequence[Known | None]) -> Known | None:
        u, toks = self.universe, self.toks[i]
        start, end = sentence_span(self.texts[i], toks[item.first].start, self.vocab.abbreviations)
        beside = sorted((abs(other.first - item.first), known.change) for other, known in zip(found, links, strict=True)
                        if known is not None and known.change and start <= toks[other.first].start < end)
        for _, change in beside:
            stated = [k for k in u.of_area(change[0]) if k.change == change and k.kind == item.kind and
                      states(item, k, u.style)]
            if stated:
                return stated[0]
        return self._link(i, item)

    def _link(self, i: int, item: Item) -> Known | None:
        u = self.universe
        kind = family(item.kind)
        if item.kind == "noise":  # the media contact's phone number or e-mail address; a web address is none
            return contact_of(item.text, self.contacts)
        if kind == "date":
            spans = [s for s in u.date_spans(self.norms[i]) if s[0] <= item.first < s[1]]
            return max(spans, key=lambda s: s[1] - s[0])[2] if spans else None
        area = self._nearest_area(self.toks[i], item.first)
        if kind in ("number", "ordinal"):
            same = [k for k in self.printed if words_of(k.text) == words_of(item.text)] or [
                k for k in self.printed if item.kind == k.kind == "ordinal" and k.value == item.value]  # "highest"
            if item.kind == "ordinal":  # "second lowest", "second largest rise": the rank counted so, of a change
                change = bool(change_way(item, self.toks[i], self.vocab))
                same.sort(key=lambda k: (k.name.endswith("_lowest") != (item.direction == "down"), ("-" in k.name) !=
                                         change))
            return next((k for k in same if k.area == area), same[0] if same else None)
        if kind == "change":
            for name in (area, self.release.area):
                if name:
                    found = [k for k in u.of_area(name) if k.kind == item.kind and states(item, k, u.style)]
                    if found:
                        return found[0]
        return None
