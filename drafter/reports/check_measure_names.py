"""A measure's name put where drafter named another, in a campaign of several ("People rescued in Cardiff have risen
by 23 per cent" for drafter's "Lifeboat launches in Cardiff …", or two lines of the Welsh list with their labels
exchanged): the figures beside it are the other measure's.

A measure is named by the words of its ``label``, ``unit``, ``unit_one`` and ``subject`` in campaign.yaml (in the
release's language and in English). Where the edit replaced words that are all one measure's, one of them that
measure's alone, with words that are all another's, one of them that other's alone ("people rescued" for "lifeboat
launches"), it is a finding naming what drafter wrote. Words of the measure kept beside new ones ("lifeboat launches,
which rescued 40 people"), or new words of no measure, are rewording, and left to the rules for new text.

And the base of a rate said of another thing ("23.2 per 1,000 households" for drafter's "per 1,000 people"): the
figures are per head of the population measure, not per household.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.reports.check_align import Alignment
from drafter.reports.check_drafted import Drafted
from drafter.reports.check_known import Known, Problem
from drafter.reports.check_rates import a_base
from drafter.reports.check_states import words_of
from drafter.reports.check_words import Item, Token


def measure_words(d: Drafted) -> dict[str, frozenset[str]]:
    """Each measure's words, by its id: its label, unit, unit_one and subject (without the area's place), in each
    form the language gives a word (Welsh "wirfoddolwyr" after "o")."""
    language = d.universe.style.language
    found: dict[str, frozenset[str]] = {}
    for measure in d.universe.campaign.measures:
        texts = [re.sub(r"\{[^}]*\}", " ", measure.words(key, code)) for code in dict.fromkeys((language.code, "en"))
                 for key in ("label", "unit", "unit_one", "subject")]
        found[measure.id] = frozenset(form for text in texts for w in words_of(text) if not w[:1].isdigit()
                                      for form in language.forms(w) or (w,))  # Welsh "o wirfoddolwyr" too
    return found


def measure_spans(d: Drafted, norms: Sequence[str]) -> list[tuple[int, int, str]]:
    """Where a paragraph names a measure, in a campaign of several: each longest run of one measure's words with
    one of its own among them ("people rescued", Welsh "pobl a achubwyd"): (first, last, the measure's id)."""
    words = measure_words(d)
    own = _own(words)
    longest = max((len(words_of(m.words(key, code))) for m in d.universe.campaign.measures for key in (
        "label", "unit", "unit_one", "subject") for code in dict.fromkeys((d.universe.style.language.code, "en"))),
                  default=0)  # a name is no longer than the longest of the measures' words
    spans, k = [], 0
    while k < len(norms):
        end = next((e for e in range(min(len(norms), k + longest), k, -1) if _named(norms[k:e], words, own)), None)
        if end is None:
            k += 1
            continue
        measure = _named(norms[k:end], words, own)
        assert measure is not None
        spans.append((k, end, measure))
        k = end
    return spans


def _own(words: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each measure's words that are no other measure's."""
    return {m: ws - frozenset().union(*(o for n, o in words.items() if n != m)) for m, ws in words.items()}


def renamed_measures(d: Drafted, texts: Sequence[str], toks_e: Sequence[Sequence[Token]], alignment: Alignment
                     ) -> list[Problem]:
    """Each stretch of new words in the edited paragraphs that names one measure where drafter named another."""
    words = measure_words(d)
    if len(words) < 2:
        return []
    own = _own(words)
    problems = []
    for j, matched in enumerate(alignment.matches):
        row = matched[:len(toks_e[j])]  # not a table cell's place, one more word for the alignment (place_mark)
        t = 0
        while t < len(row):
            end = t
            while end < len(row) and row[end] is None:
                end += 1
            if end > t and (problem := _renamed(d, j, texts[j], toks_e[j], alignment, (t, end), words, own)):
                problems.append(problem)
            t = end + 1
    return problems


def _renamed(d: Drafted, j: int, text: str, toks: Sequence[Token], alignment: Alignment, span: tuple[int, int],
             words: dict[str, frozenset[str]], own: dict[str, frozenset[str]]) -> Problem | None:
    new = [toks[k].norm for k in range(*span)]
    gone = [(i, s) for i, s in alignment.region(j, *span)]
    if not gone or len({i for i, _ in gone}) > 1:
        return None
    i = gone[0][0]
    was = [d.norms[i][s] for _, s in sorted(gone)]
    now_is = _named(new, words, own)
    was_is = _named(was, words, own)
    if now_is is None or was_is is None or now_is == was_is:
        return None
    s0, s1 = min(s for _, s in gone), max(s for _, s in gone)
    shown, wrote = text[toks[span[0]].start:toks[span[1] - 1].end], d.texts[i][d.toks[i][s0].start:d.toks[i][s1].end]
    labels = {m.id: m.words("label", "en") for m in d.universe.campaign.measures}
    return Problem(j, "wrong_measure", shown, wrote, None, f"'{shown}' where drafter wrote '{wrote}': the figures "
                   f"beside it are {labels[was_is]}, not {labels[now_is]}")


def _named(norms: Sequence[str], words: dict[str, frozenset[str]], own: dict[str, frozenset[str]]) -> str | None:
    """The one measure all of ``norms`` are words of, one of them its own alone; else None."""
    named = [m for m in words if norms and all(w in words[m] for w in norms) and any(w in own[m] for w in norms)]
    return named[0] if len(named) == 1 else None


def renamed_bases(d: Drafted, texts: Sequence[str], toks_e: Sequence[Sequence[Token]], alignment: Alignment
                  ) -> list[Problem]:
    """The base of a rate drafter wrote said of another thing: "23.2 per 1,000 households" where drafter wrote "per
    1,000 people". The word after the base, typed where drafter's stood, must be one of the population measure's
    (its label, unit, unit_one: "residents") or a word for a population ("population", Welsh "poblogaeth")."""
    measures = {m.id: m for m in d.universe.campaign.measures}
    words, language = measure_words(d), d.universe.style.language
    problems = []
    for i, (found, norms) in enumerate(zip(d.items, d.norms, strict=True)):  # each rate's base drafter wrote
        for base in (x for x in found if a_base(x, d.toks[i], d.rate_words)):
            s = base.last
            while s < len(norms) and norms[s] in d.count_links:  # Welsh "fesul 1,000 o bobl"
                s += 1
            rated = [m for m in measures.values() if m.population and m.per == base.value]
            if s >= len(norms) or not rated:
                continue
            own = words.get(rated[0].population, frozenset()) | {
                w for phrase in language.population_words for w in words_of(phrase)}
            for j, row in enumerate(alignment.matches):
                toks = toks_e[j]
                at = next((t for t, place in enumerate(row[:len(toks)]) if place == (i, base.last - 1)), None)
                if at is None or at < base.last - base.first + 1:
                    continue
                k = at + 1  # past "o" and words for a population typed there ("o’r boblogaeth"), to the first other
                while k < len(toks) and (toks[k].norm in d.count_links or (row[k] is None and toks[k].norm in own)):
                    k += 1
                if k < len(toks) and row[k] is None and toks[k].kind == "word" and toks[k].norm not in own | {norms[s]}:
                    per = d.texts[i][d.toks[i][base.first - 1].start:d.toks[i][s].end]
                    said = texts[j][toks[at - (base.last - base.first)].start:toks[k].end]
                    problems.append(Problem(j, "wrong_measure", said, per, None, (
                        f"'{said}' where drafter wrote '{per}': the figures give a rate {per} (campaign.yaml, "
                        f"measures.{rated[0].id}.population), not {said}")))
    return problems


def renamed_units(d: Drafted, texts: Sequence[str], toks_e: Sequence[Sequence[Token]], alignment: Alignment
                  ) -> list[Problem]:
    """What a count counts said as another thing: "150 households" (or "150 parcels") where drafter wrote "150
    people", and a change as one in another thing, "193 per cent more staff" for "193 per cent more calls".
    Drafter's word after its figure (and "more"), or one of the run of the measure's words there ("8,640 fly-tipping
    fines" for "… incidents"), was replaced by one new word that is none of the measure's (a word added beside it,
    "150 more people", keeps drafter's, and "150 individuals" is a finding too: the release should say what the
    figures count). Each paragraph's words are read once."""
    words = measure_words(d)
    units: dict[tuple[int, int], tuple[int, Known, int]] = {}  # a figure's last word → its unit's, its fact, its size
    for i, (found, links) in enumerate(zip(d.items, d.links, strict=True)):
        for item, known in zip(found, links, strict=True):
            u = _unit_at(d.norms[i], item.last, item.kind, d.count_links, d.vocab.more_words)
            if known is not None and item.kind in ("count", "percent") and u < len(d.toks[i]) and \
                    d.norms[i][u] in words.get(known.name.split(".")[0], frozenset()):
                units[(i, item.last - 1)] = (u, known, item.last - item.first)
    problems = []
    for j, row in enumerate(alignment.matches):
        toks = toks_e[j]
        aligned = {place for place in row[:len(toks)] if place is not None}
        for t, place in enumerate(row[:len(toks) - 1]):
            if place not in units:
                continue
            i, (u, known, size) = place[0], units[place]
            k = _unit_at([tok.norm for tok in toks], t + 1, known.kind, d.count_links, d.vocab.more_words)
            own = words.get(known.name.split(".")[0], frozenset())
            while k + 1 < len(toks) and row[k] == (i, u) and d.norms[i][u + 1:u + 2] and d.norms[i][u + 1] in own:
                k, u = k + 1, u + 1  # "8,640 fly-tipping fines" for "… incidents": the run of the measure's words
            after = row[k + 1] if k + 1 < len(toks) else None
            if k >= len(toks) or row[k] is not None or toks[k].kind != "word" or (i, u) in aligned or \
                    toks[k].norm in own or (k + 1 < len(toks) and after != (i, u + 1)):
                continue
            said, new = texts[j][toks[max(t - size + 1, 0)].start:toks[k].end], texts[j][toks[k].start:toks[k].end]
            wrote = d.texts[i][d.toks[i][place[1] - size + 1].start:d.toks[i][u].end]
            problems.append(Problem(j, "wrong_measure", said, wrote, known, (
                f"'{said}' where drafter wrote '{wrote}': the figure is {known.what} ({known.source()}), not "
                f"{'a number' if known.kind == 'count' else 'one'} of '{new}'")))
    return problems


def _unit_at(norms: Sequence[str], k: int, kind: str, links: frozenset[str], more: frozenset[str]) -> int:
    """Where the word for what a figure counts is, from just after it: past Welsh "o" ("150 o bobl"), and, after a
    percentage, past "more" ("193 per cent more calls")."""
    while k < len(norms) and (norms[k] in links or (kind == "percent" and norms[k] in more)):
        k += 1
    return k


def said_of_measure(d: Drafted, text: str, toks: Sequence[Token], span: tuple[int, int], item: Item) -> str | None:
    """The measure a percentage or a multiple in new text is said of, in a campaign of several: the one its clause
    names nearest it, by the measure's own words ("People rescued in Cardiff rose by 11 per cent, compared with 23
    per cent for lifeboat launches": 11 per cent of people rescued, 23 of launches); where its clause names none,
    the one its sentence names ("rescued 40 people in 2024, twice as many as in 2023"); None where two are as near,
    or its sentence names none or several. A clause ends at a comma or semicolon and at "and", "while"
    (``rank_breaks``) and the like."""
    if len(d.universe.campaign.measures) < 2:
        return None
    first, last = span
    norms, own = [t.norm for t in toks[first:last]], _own(measure_words(d))  # by its own words: "the number of" aside
    breaks = set(d.universe.style.language.rank_breaks)

    def apart(a: int, b: int) -> int | None:  # tokens from a to b (a before b), None across a clause's end
        cut = any(toks[k].norm in breaks for k in range(a + 1, b)) or any(c in text[toks[a].end:toks[b].start]
                                                                          for c in ",;:–")
        return None if cut else b - a

    far = sorted((n, m) for a, b, m in measure_spans(d, norms) for k in range(a + first, b + first)
                 if norms[k - first] in own[m] and (n := apart(*((item.last - 1, k) if k >= item.last else
                                                                 (k, item.first)))) is not None)
    if not far:  # its clause names none ("rescued 40 people in 2024, twice as many as in 2023"): its sentence's one
        named = {m for _, _, m in measure_spans(d, norms)}
        return named.pop() if len(named) == 1 else None
    return far[0][1] if len(far) == 1 or far[1][0] > far[0][0] or far[1][1] == far[0][1] else None



def renamed_wholes(d: Drafted, texts: Sequence[str], toks_e: Sequence[Sequence[Token]], alignment: Alignment
                   ) -> list[Problem]:
    """A percentage drafter gave of the data (a share or a rate in per cent, not a change) said to be of something:
    "31.5 per cent of routes" for drafter's "31.5 per cent" (of buses). Words added straight after it, "of" (Welsh
    "o") and a word none of the measure's ("of the buses" passes), are to check by hand, not a finding: drafter
    cannot tell "of the fleet" (its buses, in other words) from "of routes" (another thing)."""
    words, links, skip = measure_words(d), set(d.universe.style.language.fraction_links), d.not_counted
    shares = {(i, x.last - 1): (x, k) for i, (found, known) in enumerate(zip(d.items, d.links, strict=True))
              for x, k in zip(found, known, strict=True) if x.kind == "percent" and k is not None and not k.change}
    problems = []
    for j, row in enumerate(alignment.matches):
        toks = toks_e[j]
        for t, place in enumerate(row[:len(toks) - 2]):
            if place not in shares or row[t + 1] is not None or toks[t + 1].norm not in links:
                continue
            item, known = shares[place]
            k = next((n for n in range(t + 2, min(t + 4, len(toks))) if toks[n].norm not in skip), None)
            if k is None or row[k] is not None or toks[k].kind != "word" or toks[k].norm in words.get(
                    known.name.split(".")[0], frozenset()):
                continue
            size = item.last - item.first
            said = texts[j][toks[max(t - size + 1, 0)].start:toks[k].end]
            wrote = d.texts[place[0]][d.toks[place[0]][item.first].start:d.toks[place[0]][item.last - 1].end]
            problems.append(Problem(j, "figure_to_check", said, wrote, known, (
                f"'{said}' where drafter wrote '{wrote}': the figure is {known.what} ({known.source()}), and "
                f"'{toks[k].norm}' is none of its words: check it is what the figure is of")))
    return problems
