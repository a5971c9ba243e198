"""Ranks in new text, for the check: which way a rank counts and what it ranks.

A superlative alone ("the lowest", Welsh "isaf") is a rank where its sentence says where the area is ranked after
it: a region named ("440, the lowest in the north west"), or the language's words for it ("the lowest of any
force area", "among", Welsh "o unrhyw", "ymhlith"); elsewhere ("the highest ever", "most callers") it is left
alone. "highest", "largest", "biggest", "most" count from the top, "lowest", "smallest", "fewest" from the bottom
(the language's ``lowest_first``): "the lowest" is held against the area's rank lowest first, "the second
highest" against its rank highest first, and a place shared is "joint".

A rank said of a change ("the biggest rise in the north west", "the smallest rise", Welsh "y cynnydd mwyaf") is the
area's rank by the size of its change among its region's areas whose figure went the same way, held against the
rank by the percentage change and by the change in the count alike (a newsroom says "the biggest rise" of either):
it is true if either is; a rate whose change is given in its own unit ("fell by 2.2 weeks") by that change alone.
An area whose figure went the other way has no such rank; its change word is the finding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from drafter.compute import disclosure
from drafter.compute.derived import rank
from drafter.errors import possessive
from drafter.model import SourceRef
from drafter.reports.check_drafted import Drafted, change_way
from drafter.reports.check_facts import Universe
from drafter.reports.check_known import Known
from drafter.reports.check_rates import rate_ranks, rate_words
from drafter.reports.check_states import words_of
from drafter.reports.check_words import Item, Token, Vocabulary
from drafter.style import wording


def scoped(item: Item, toks: Sequence[Token], sentence: tuple[int, int], drafted: Drafted, text: str = ""
           ) -> bool:
    """Whether a superlative alone is a rank: its sentence (from character ``sentence[0]`` to ``sentence[1]``) names
    a region after it, in its name or in general words ("in the region", "regionally", "in the area"), or says "of
    any", "among", with nothing between but words for the data (the measure's words, the language's words for "the
    number", and small words such as "of"), or for a change ("the highest number in the north west", "the biggest
    rise in the north west"; not "the largest force area in the north west"); a quantifier ("most") only after the
    article ("the most calls"). A superlative of the data or of a change that ends its sentence so, with no place
    named, is said of an area the sentence names: a release about an area among its region's says where it ranks
    there ("Cheshire saw the biggest rise.": in the north west)."""
    if item.kind != "ordinal" or item.qualifier != "superlative":
        return False
    universe, vocab = drafted.universe, drafted.vocab
    language = universe.style.language
    article = language.ordinal_before("1", "")[0]
    if toks[item.last - 1].norm in language.quantifiers and (
            not item.first or toks[item.first - 1].norm != article):
        return False
    begin, end = sentence
    rest = [t.norm for t in toks[item.last:] if t.start < end]
    words = drafted.measure_words | drafted.not_counted | {w for p in language.data_words for w in words_of(p)}
    regions = {a.parent for a in universe.campaign.areas if a.parent}
    scopes = [words_of(phrase) for phrase in language.rank_scopes] + universe.places.rank_scopes(drafted.release.area)
    starts = [s for s, _, area in universe.area_spans(rest) if area in regions] + [
        k for k in range(len(rest)) for w in scopes if w and tuple(rest[k:k + len(w)]) == w]

    def plain(norms: Sequence[str]) -> bool:
        return all(w in words or any(p[1] == "direction" and len(p[0]) == 1 for p in vocab.phrases.get(w, ()))
                   for w in norms)

    if any(plain(rest[:start]) for start in starts):
        return True
    # Else only a rank of what the campaign counts or of a change ("the highest number", "the biggest rise", Welsh
    # "y nifer uchaf"), not "Cheshire is the biggest" or "the rise was the biggest": with a place named later in
    # its clause ("the highest number of people contacting the helpline in the north west"), or none.
    nouns = drafted.measure_words | {w for p in language.data_words for w in words_of(p)}
    at = [item.last, *(range(item.first - 1, item.last) if language.noun_before_superlative else ())]
    if not said_of_change(item, toks, text, vocab, drafted.measure_words) and not any(
            0 <= k < len(toks) and toks[k].norm in nouns for k in at):
        return False
    if text and any(in_clause(toks[item.last - 1:item.last + start], text, drafted.measure_words,
                              language.rank_breaks) for start in starts):
        return True
    before = [t.norm for t in toks[:item.first] if t.start >= begin]
    return plain(rest) and any(universe.places.region(area) for _, _, area in universe.area_spans(before))


def in_clause(between: Sequence[Token], text: str, measure_words: frozenset[str], breaks: Sequence[str]) -> bool:
    """Whether a superlative (``between[0]``) and the place named after ``between[-1]`` are in one clause, the
    words between saying what is counted: at most a dozen words, no figure, no comma, semicolon, colon, dash or
    bracket, no word of the language's ``rank_breaks`` ("and", "ever"), and one of the measure's words at least
    ("of people contacting the helpline", not "of volunteers").

    >>> from drafter.reports.check_words import tokens
    >>> text = "the highest number of people contacting the helpline in the north west"
    >>> toks = tokens(text)
    >>> in_clause(toks[1:8], text, frozenset({"people"}), ("and", "ever"))
    True
    >>> text = "the highest number of volunteers in the north west"
    >>> in_clause(tokens(text)[1:5], text, frozenset({"people"}), ("and", "ever"))
    False
    """
    words = [t.norm for t in between[1:]]
    if len(words) > 12 or any(t.kind != "word" for t in between[1:]) or set(words) & set(breaks):
        return False
    if any(c in ",;:()[]–—" for c in text[between[0].end:between[-1].end]):
        return False
    return bool(set(words) & measure_words)


def beyond(item: Item, toks: Sequence[Token], sentence: tuple[int, int], drafted: Drafted, names: Sequence[str]
           ) -> str:
    """Why a rank true among the region's areas is to check by hand, where its sentence ranks the area in a wider
    place ("" otherwise): in the country ("nationally") where the campaign covers a region of it only, or in a
    country above the region in areas.csv ("nationally", "in England": England above the North West above
    Cheshire). A rank false in the region is false there too (an area above it in the region is above it in the
    country); a true one may not be."""
    universe = drafted.universe
    places = universe.places
    norms = [t.norm for t in toks[item.last:] if t.start < sentence[1]]
    for name in names:
        region = places.region(name)
        if not region:
            continue
        said, country = places.beyond(norms, name)
        if said and not country:
            return (f"'{item.text}' in new text ranks {' and '.join(names)} in the country ('{said}'), and the "
                    f"campaign's figures cover only {region}, where it is true: drafter cannot check it against the "
                    "data")
        wider = [area for _, _, area in universe.area_spans(norms) if area in places.ancestors(region)]
        if said or wider:
            where = f"{country} ('{said}')" if said else wider[0]
            return (f"'{item.text}' in new text ranks {name} in {where}, and drafter ranks it only among "
                    f"{possessive(region)} areas, where it is true: drafter cannot check it against the data")
    return ""


def said_of_change(item: Item, toks: Sequence[Token], text: str, vocab: Vocabulary, nouns: frozenset[str] | set[str]
                   ) -> str:
    """"up" or "down" where a rank is said of a change: a word for a rise or a fall straight after it ("the biggest
    rise"), or, for a superlative alone with no word for the data after it, earlier in its clause with no figure
    between (its subject: "The rise in Cheshire was the biggest", "Cheshire's rise was the largest in the region";
    not "rose by 193 per cent to 440, the highest"); else ""."""
    way = change_way(item, toks, vocab)
    if way or not text or item.qualifier != "superlative" or (item.last < len(toks) and toks[item.last].norm in nouns):
        return way
    for k in range(item.first - 1, -1, -1):
        if toks[k].kind == "number" or any(c in ",.;:!?–—()" for c in text[toks[k].end:toks[k + 1].start]):
            return ""
        for words, category, label, _ in vocab.phrases.get(toks[k].norm, ()):
            if category in ("direction", "direction_form") and len(words) == 1:
                return label
    return ""


def ranked(item: Item, pool: list[Known], names: Sequence[str], toks: Sequence[Token], vocab: Vocabulary,
           universe: Universe, text: str = "", nouns: frozenset[str] | set[str] = frozenset(),
           measures: Mapping[str, str] | None = None) -> list[Known] | None:
    """The ranks an ordinal in new text is held against: by the size of a change for a rank said of one (None where
    the area has no such rank: its figure went the other way, or a peer's is hidden), else the pool's ranks that
    count the way it does ("the lowest": lowest first; "ranks fourth", with no word for the way: highest first, and
    a rate's either way, as before), of no change, and of the one measure whose noun (``measures``: noun → the
    measure's id) follows it, if one does ("the highest number of fly-tipping incidents")."""
    way = said_of_change(item, toks, text, vocab, nouns)
    if way:
        found = [k for name in names for k in change_ranks(universe, name) if k.direction == way
                 and k.name.endswith(".rank_lowest") == (item.direction == "down")]
        return found or None
    pool = [k for k in pool if k.name.split(".")[-2] not in ("change", "percent")]  # a change's: said of one only
    named = {measures[t.norm] for t in toks[item.last:item.last + 8] if t.norm in measures} if measures else set()
    if len(named) == 1:
        pool = [k for k in pool if k.name.split(".")[0] in named] or pool
    lowest = [k for k in pool if k.kind == "ordinal" and k.name.endswith(".rank_lowest")]
    if item.direction == "down":
        return by_noun(item, toks, universe, [k for k in pool if k in lowest])
    return by_noun(item, toks, universe, [k for k in pool if k not in lowest or (not item.direction and ".per_" in
                                                                                  k.name)])


def by_noun(item: Item, toks: Sequence[Token], universe: Universe, found: list[Known]) -> list[Known]:
    """Of the ranks ``found``, those by a rate where the rank's noun names a rate ("the third highest rate", Welsh
    "y drydedd gyfradd uchaf": a rate per head, or a measure that is a rate) or a base ("per 100,000 people") follows
    it, and those by a count where it names a number ("the third highest number"); all of them where it names
    neither, or the campaign has no such rank."""
    language = universe.style.language
    at = [item.last, *(range(item.first - 1, item.last) if language.noun_before_superlative else ())]
    said = {toks[k].norm for k in at if 0 <= k < len(toks)}
    nouns = set(language.rate_nouns) | set(language.count_nouns)
    if not said & nouns:  # the noun before it, in its clause: "Cardiff's rate was the highest"
        said = {t.norm for t in toks[max(0, item.first - 5):item.first]} & nouns
    rated = {m.id for m in universe.campaign.measures if m.kind == "rate"}
    per = rate_words(universe)  # "the highest number of charging points per 100,000 people": a rate
    base = any(toks[k].norm in per and toks[k + 1].kind == "number" for k in range(item.last, min(
        len(toks) - 1, item.last + 10)))

    def by_rate(k: Known) -> bool:
        return ".per_" in k.name or k.name.split(".")[0] in rated

    if base or said & set(language.rate_nouns):
        return [k for k in found if by_rate(k)] or found
    if said & set(language.count_nouns):
        return [k for k in found if not by_rate(k)] or found
    return found


def turned(item: Item, known: Known, universe: Universe) -> Known:
    """The rank drafter stated, counted the way an edit says it ("the second lowest" typed over "the fourth
    highest" is held against the rank lowest first)."""
    if item.direction == "down" and known.name.endswith(".rank"):
        name = known.name + "_lowest"
    elif item.direction == "up" and known.name.endswith(".rank_lowest"):
        name = known.name.removesuffix("_lowest")
    else:
        return known
    return next((k for k in [*universe.of_area(known.area), *rate_ranks(universe, known.area)] if k.name == name),
                known)


def change_ranks(universe: Universe, area: str) -> list[Known]:
    """The area's ranks by the size of its change among its region's areas whose figure went the same way, by the
    percentage change (not for a rate that changes in its unit) and by the change in the figure, largest first and
    smallest first, for each pair of periods; none where areas.csv lists only some of the region's areas or a figure
    is hidden."""
    c = universe.campaign
    parent = c.area(area).parent if area in {a.name for a in c.areas} else None
    if not parent or c.area(parent).some_areas:
        return []
    peers = [a.name for a in c.children(parent)]
    found: list[Known] = []
    periods = [p.id for p in c.periods]
    for measure in c.measures:
        for i, old in enumerate(periods):
            for new in periods[i + 1:]:
                pairs = {peer: (c.figures.get((peer, measure.id, old)), c.figures.get((peer, measure.id, new)))
                         for peer in peers}
                if any(a is None or b is None or disclosure.is_suppressed(a.amount, c.disclosure_threshold,
                                                                         measure) or
                       disclosure.is_suppressed(b.amount, c.disclosure_threshold, measure)
                       for a, b in pairs.values()):
                    continue
                amounts = {peer: (a.amount, b.amount) for peer, (a, b) in pairs.items() if a and b}
                sources = tuple(s for a, b in pairs.values() if a and b for s in a.sources + b.sources)
                found.extend(_ranks_of(universe, area, parent, f"{measure.id}.{old}-{new}", amounts, sources,
                                       measure.change_in == "unit"))
    return found


def _ranks_of(universe: Universe, area: str, parent: str, name: str, amounts: dict[str, tuple[Decimal, Decimal]],
              sources: tuple[SourceRef, ...], in_unit: bool = False) -> list[Known]:
    old, new = amounts[area]
    if old == new:
        return []
    way = "up" if new > old else "down"
    same = {peer: (a, b) for peer, (a, b) in amounts.items() if (b > a if way == "up" else b < a)}
    sizes = {"change": {peer: abs(b - a) for peer, (a, b) in same.items()}}
    if not in_unit and all(a for a, _ in same.values()):  # "fell by 2.2 weeks": ranked in weeks only
        sizes["percent"] = {peer: abs(b - a) / a for peer, (a, b) in same.items()}
    found = []
    went = "rose" if way == "up" else "fell"
    for by, values in sizes.items():
        for lowest, suffix in ((False, "rank"), (True, "rank_lowest")):
            place = rank(values, area, lowest=lowest)
            fact = f"{name}.{by}.{suffix}"
            what = (universe.names.derived(fact, area) or fact) + \
                f", among the {len(values)} of {possessive(parent)} areas whose figure {went}"
            found.append(Known(area, fact, "ordinal", wording.ordinal_text(place.position, universe.style,
                                                                            tied=place.tied),
                               what, sources, Decimal(place.position), direction=way))
    return found
