"""The words `drafter check` knows in a house style's language, written by the house style itself: change words
for a change in each band (:func:`~drafter.style.wording.change_words`), direction words, months and weekdays
from the date helpers, number and ordinal words from the preset and its :class:`~drafter.style.base.Language`
(numbers in words a person may type, "fifty", "dau gant"), qualifiers, the words for per cent and for millions,
and the abbreviations whose full stop does not end a sentence ("Sept."). A new language is read as soon as it
can be written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import lru_cache

from drafter.compute.changes import compute_change
from drafter.model import Change, SourceRef, Value
from drafter.reports.check_words import Phrase, Vocabulary, tokens, words
from drafter.style import wording
from drafter.style.base import TENSES, HouseStyle
from drafter.style.house import PRESETS
from drafter.style.typed import month_words, qualifier_words, scale_words

# A change of each band (old, new), to have the house style word it.
_SAMPLES = ((100, 200), (100, 250), (100, 290), (100, 300), (100, 350), (100, 400), (100, 500), (100, 50),
            (100, 100))
_DIRECTION_SAMPLES = ((100, 150), (100, 80), (5, 12), (12, 5))


@lru_cache(maxsize=16)
def vocabulary(style: HouseStyle, in_unit: bool = False) -> Vocabulary:
    """What the check reads in ``style``'s language: written by the house style itself, in every preset of that
    language (so an en_GB check also knows "tripled"). ``in_unit``, for a campaign with a rate whose change is given
    in its own unit (``change_in: unit``), adds the words that say which way such a change went after it, as a
    direction ("2.0 minutes slower", "three weeks shorter"; not those the check reads already, "more", "fewer"):
    elsewhere "faster" says nothing of the figures ("rose faster than anywhere")."""
    kin = [style, *(p for p in PRESETS.values() if p.language is style.language and p is not style)]
    entries: list[Phrase] = []

    def add(text: str, category: str, label: str = "", number: Decimal = Decimal(0)) -> None:
        found = words(text)
        if found:
            entries.append((found, category, label, number))

    up: set[str] = set()
    down: set[str] = set()
    for preset in kin:
        for old, new in _SAMPLES:
            change = _change(old, new)
            band = wording.change_band(change, preset)
            for text in _all_forms(change, preset):
                add(text, "band", band)
            for text in _in_place_verbs(change, preset):
                add(text, "band_in_place", band)
        for old, new in _DIRECTION_SAMPLES:
            change = _change(old, new)
            bag = up if change.direction == "up" else down
            for text in _all_forms(change, preset, exact=True):
                bag.update(t.norm for t in tokens(text) if t.kind == "word")
        for index, word in enumerate(preset.number_words):
            if index:
                add(word, "number", number=Decimal(index))
        for word, value in preset.language.ordinal_names:
            add(word, "ordinal", number=Decimal(value))
        for word, value in preset.language.number_names:
            for form in preset.language.forms(word) or (word,):  # Welsh "am dri diwrnod", "am bum diwrnod"
                add(form, "number", number=Decimal(value))
        for word in preset.language.none_words:  # "no one": none, not "one"
            add(word, "number", number=Decimal(0))
        for word, value in preset.language.times_numbers:
            add(word, "number", number=Decimal(value))
        for word, follow in preset.language.times_words:
            add(word, "times", follow)
        for word, value in preset.language.number_scales:
            add(word, "numscale", number=Decimal(value))
        for word in preset.language.superlatives:  # its label the way it ranks: "up" from the top, "down"
            add(word, "superlative", "down" if word in preset.language.lowest_first else "up", Decimal(1))
        for phrase, numerator, denominator in preset.language.fractions:  # "a third": 1/3 of the earlier figure
            add(phrase, "fraction", number=Decimal(numerator) / Decimal(denominator))
        for word in preset.language.fraction_links:  # "by" in "rose by a third"
            add(word, "fraction_link")
        for words_ in preset.language.proportion_links:  # "in" in "one in five"
            add(words_, "proportion_link")
        for word in preset.language.points_alone:  # "13.5 points"
            for form in preset.language.forms(word) or (word,):  # Welsh "cynnydd o bwynt"
                add(form, "points_alone")
        for phrase, times in preset.language.fold_words:  # "tenfold"
            add(phrase, "fold", number=Decimal(times))
        for word in preset.language.times_after_change:  # Welsh "wedi cynyddu deg gwaith"
            add(word, "times_alone")
        for index, word in enumerate(preset.ordinal_words):
            for form in preset.language.forms(word) if index else ():  # Welsh "drydydd" after "yn"
                add(form, "ordinal", number=Decimal(index))
        for form in preset.language.forms(preset.tied.partition("{}")[0]):  # "cydradd", "gydradd"
            add(form, "tied")
        for words_, label in qualifier_words([preset]):  # as the quote check reads them
            add(words_, "qualifier", label)
        for words_, label in preset.language.approx_bands:
            add(words_, "band", label)
        _add_dates(preset, add)
    numberish = {w for p in PRESETS.values() for w in words(p.percent) + words(p.percent_points)
                 + words(p.language.percent_point)}
    for word in sorted(up - down - numberish):
        add(word, "direction", "up")
        for form in style.language.forms(word)[1:]:  # Welsh "yr ail gynnydd mwyaf": a rank of a rise (check_ranks)
            add(form, "direction_form", "up")
    for word in sorted(down - up - numberish):
        add(word, "direction", "down")
        for form in style.language.forms(word)[1:]:
            add(form, "direction_form", "down")
    for preset in kin:
        for words_, label in preset.language.direction_words:
            add(words_, "direction", label)
    known = {entry[0] for entry in entries}
    for words_, label in style.language.unit_comparatives if in_unit else ():
        if words(words_) not in known:
            add(words_, "direction", label)
    for preset in PRESETS.values():
        add(preset.percent, "percent", "percent")
        for word in preset.language.percent_words:
            add(word, "percent", "percent")
        add(preset.percent_points, "percent", "points")
        add(preset.language.percent_point, "percent", "points")
    scaled: set[str] = set()  # Welsh "filiwn" is "miliwn" and "biliwn" mutated: read as the smaller, a million
    for word, value in scale_words(PRESETS.values()):  # "million", Welsh "miliwn": as the quote check reads them
        for form in (f for f in style.language.forms(word) or (word,) if f == word or f not in scaled):
            scaled.add(form)  # Welsh "dwy filiwn"
            add(form, "scale", number=Decimal(value))
        for preset in kin:  # "half a million", Welsh "hanner miliwn": a number
            for part, numerator, denominator in preset.language.scale_parts:
                add(f"{part} {word}", "scaled", number=Decimal(value) * numerator / denominator)
    # Ordinals in figures, those the preset writes in words among them: a colleague may still type "2il", "2nd".
    suffixes = {text.lstrip("0123456789,.").casefold() for preset in kin for n in range(1, 121)
                if (text := wording.ordinal_text(n, dataclasses.replace(preset, ordinal_words=())))[:1].isdigit()}
    by_first: dict[str, list[Phrase]] = {}
    for entry in entries:
        by_first.setdefault(entry[0][0], []).append(entry)
    phrases = {k: tuple(sorted(set(v), key=lambda e: -len(e[0]))) for k, v in by_first.items()}
    joins = frozenset(w for preset in kin for w in words(preset.and_word))
    links = frozenset(w for p in kin for w in words(p.language.counted("9", Decimal(9), "x", "x"))[1:-1])
    froms = frozenset(w for preset in kin for w in words(preset.language.from_word))
    tos = frozenset(w for preset in kin for w in words(preset.language.to_word)) | _after_direction(kin, up ^ down)
    years = frozenset(w for p in kin for phrase in p.language.year_words for w in words(phrase))
    more = frozenset(w for p in kin for phrase in p.language.more_words for w in words(phrase))
    return Vocabulary(phrases, frozenset(suffixes - {""}), _abbreviations(kin), joins, links, tos - froms, froms,
                      years, more, style.language.noun_before_superlative)


def _after_direction(styles: list[HouseStyle], directions: set[str]) -> frozenset[str]:
    """The words between a direction word and its figure in the styles' exact change words ("rose by 50 per
    cent", "rose from 5 to 12"): a number that looks like a year after them is a figure ("rose by 2000")."""
    found: set[str] = set()
    for style in styles:
        for old, new in _DIRECTION_SAMPLES:
            for tense in TENSES:
                toks = tokens(wording.change_words(_change(old, new), style, tense, exact=True)[0])
                found.update(toks[k - 1].norm for k in range(2, len(toks)) if toks[k].kind == "number"
                             and toks[k - 2].norm in directions and toks[k - 1].kind == "word")
    return frozenset(found)


def _change(old: int, new: int) -> Change:
    source = (SourceRef("sample"),)
    return compute_change("", "", "count", "a", "b", Value(Decimal(old), source), Value(Decimal(new), source))


def _all_forms(change: Change, style: HouseStyle, exact: bool = False) -> Iterable[str]:
    for tense in TENSES:
        for headline in (False, True):
            yield wording.change_words(change, style, tense, exact=exact, headline=headline)[0]
    for headline in (False, True):  # a plural subject's "more than double" (one word alone: see _in_place_verbs)
        text = wording.change_words(change, style, "present_plural", exact=exact, headline=headline)[0]
        if len(words(text)) > 1:
            yield text
    yield wording.change_noun(change, style)[0]


def _in_place_verbs(change: Change, style: HouseStyle) -> Iterable[str]:
    """A plural subject's change verb in one word ("double", "treble"): also an adjective or a noun ("a double
    shift"), so read only in place of a change word drafter wrote (check_in_place)."""
    for headline in (False, True):
        text = wording.change_words(change, style, "present_plural", headline=headline)[0]
        if len(words(text)) == 1:
            yield text


def _add_dates(style: HouseStyle, add: Callable[..., None]) -> None:
    for name, month in month_words([style]):  # as the quote check reads them: "4 September" is a day
        add(name, "month", number=Decimal(month))
    for offset in range(7):
        day = dt.date(2001, 1, 1) + dt.timedelta(days=offset)
        whole, date = wording.weekday_date_text(day, style), wording.date_text(day, style)
        name = whole[: len(whole) - len(date)]
        add(name, "weekday", number=Decimal(offset))
        for mutating in ("to", "and"):  # as after a mutating word: Welsh "ar Ddydd Llun" (soft mutation)
            add(" ".join(words(style.language.join("x", mutating, name, style))[-len(words(name)):]), "weekday",
                number=Decimal(offset))


def _abbreviations(styles: list[HouseStyle]) -> tuple[str, ...]:
    found: set[str] = set()
    for style in styles:
        for month in range(1, 13):
            moment = dt.datetime(2001, month, 1, 0, 1) + dt.timedelta(hours=12 * (month % 2))
            text = wording.date_text(moment.date(), style) + " " + wording.embargo_text(moment, "UTC", style)
            found.update(chunk.rstrip(",") for chunk in text.split() if chunk.rstrip(",").endswith(".")
                         and not chunk[:1].isdigit())
    return tuple(sorted(found))
