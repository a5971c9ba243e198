"""How a change is worded, in every preset: the documented house-style change table as one table of en_GB,
en_US and cy_GB rows — band, past, perfect, headline and noun — plus the exact percentage behind a band
word, rates in percentage points, suppressed counts and the "more than half" setting. Property tests hold for any
two counts: the words go the way the figures go, band words never overstate, and nothing reads "-0", "inf" or
"nan"."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.style.base import TENSES
from drafter.style.house import PRESETS
from drafter.style.numbers import approx_count_text, count_text, from_to_text
from drafter.style.percents import approx_percent_text
from drafter.style.wording import change_band, change_noun, change_words, suppressed_change_words
from tests.helpers import change

# One entry per line of the house-style change table: (old, new, band, {preset: (past, perfect, headline, noun)}).
# Welsh gives an aspect phrase ("wedi …" in the past, the perfect and headlines); the template supplies "mae" /
# "roedd".
CHANGE_TABLE = [
    (100, 100, "unchanged", {
        "en_GB": ("remained unchanged", "has remained unchanged", "remains unchanged", "no change"),
        "en_US": ("remained unchanged", "has remained unchanged", "remains unchanged", "no change"),
        "cy_GB": ("wedi aros yr un fath", "wedi aros yr un fath", "wedi aros yr un fath", "dim newid"),
    }),
    (0, 0, "unchanged", {  # none in either period, said so: "has remained at zero both in 2023 and in 2024"
        "en_GB": ("remained at zero", "has remained at zero", "remains at zero", "no change"),
        "en_US": ("remained at zero", "has remained at zero", "remains at zero", "no change"),
        "cy_GB": ("wedi aros yr un fath", "wedi aros yr un fath", "wedi aros yr un fath", "dim newid"),
    }),
    (100000, 100040, "virtually_unchanged", {
        "en_GB": ("remained virtually unchanged", "has remained virtually unchanged",
                  "remains virtually unchanged", "virtually no change"),
        "en_US": ("remained virtually unchanged", "has remained virtually unchanged",
                  "remains virtually unchanged", "virtually no change"),
        "cy_GB": ("wedi aros bron yr un fath", "wedi aros bron yr un fath",
                  "wedi aros bron yr un fath", "bron dim newid"),
    }),
    (100, 147, "rise", {
        "en_GB": ("rose by 47 per cent", "has risen by 47 per cent", "rises 47 per cent", "a rise of 47 per cent"),
        "en_US": ("rose by 47%", "has risen by 47%", "rises 47%", "a rise of 47%"),
        "cy_GB": ("wedi cynyddu 47%", "wedi cynyddu 47%", "wedi cynyddu 47%", "cynnydd o 47%"),
    }),
    (100, 200, "doubled", {
        "en_GB": ("doubled", "has doubled", "doubles", "a rise of 100 per cent"),
        "en_US": ("doubled", "has doubled", "doubles", "a rise of 100%"),
        "cy_GB": ("wedi dyblu", "wedi dyblu", "wedi dyblu", "cynnydd o 100%"),
    }),
    (1747, 3549, "more_than_doubled", {
        "en_GB": ("more than doubled", "has more than doubled", "more than doubles", "a rise of 103 per cent"),
        "en_US": ("more than doubled", "has more than doubled", "more than doubles", "a rise of 103%"),
        "cy_GB": ("wedi mwy na dyblu", "wedi mwy na dyblu", "wedi mwy na dyblu", "cynnydd o 103%"),
    }),
    (150, 440, "almost_trebled", {
        "en_GB": ("almost trebled", "has almost trebled", "almost trebles", "a rise of 193 per cent"),
        "en_US": ("almost tripled", "has almost tripled", "almost triples", "a rise of 193%"),
        "cy_GB": ("wedi bron â threblu", "wedi bron â threblu", "wedi bron â threblu", "cynnydd o 193%"),
    }),
    (100, 300, "trebled", {
        "en_GB": ("trebled", "has trebled", "trebles", "a rise of 200 per cent"),
        "en_US": ("tripled", "has tripled", "triples", "a rise of 200%"),
        "cy_GB": ("wedi treblu", "wedi treblu", "wedi treblu", "cynnydd o 200%"),
    }),
    (100, 350, "more_than_trebled", {
        "en_GB": ("more than trebled", "has more than trebled", "more than trebles", "a rise of 250 per cent"),
        "en_US": ("more than tripled", "has more than tripled", "more than triples", "a rise of 250%"),
        "cy_GB": ("wedi mwy na threblu", "wedi mwy na threblu", "wedi mwy na threblu", "cynnydd o 250%"),
    }),
    (100, 400, "quadrupled", {
        "en_GB": ("quadrupled", "has quadrupled", "quadruples", "a rise of 300 per cent"),
        "en_US": ("quadrupled", "has quadrupled", "quadruples", "a rise of 300%"),
        "cy_GB": ("wedi pedryblu", "wedi pedryblu", "wedi pedryblu", "cynnydd o 300%"),
    }),
    (100, 450, "more_than_fourfold", {
        "en_GB": ("increased more than fourfold", "has increased more than fourfold",
                  "rises more than fourfold", "a rise of 350 per cent"),
        "en_US": ("increased more than fourfold", "has increased more than fourfold",
                  "rises more than fourfold", "a rise of 350%"),
        "cy_GB": ("wedi cynyddu fwy na phedair gwaith", "wedi cynyddu fwy na phedair gwaith",
                  "wedi cynyddu fwy na phedair gwaith", "cynnydd o 350%"),
    }),
    (25, 5000, "small_base", {  # 200 times: "more than fourfold" would be true, and far short of it
        "en_GB": ("rose from 25 to 5,000", "has risen from 25 to 5,000", "rises from 25 to 5,000", "a rise of 4,975"),
        "en_US": ("rose from 25 to 5,000", "has risen from 25 to 5,000", "rises from 25 to 5,000", "a rise of 4,975"),
        "cy_GB": ("wedi cynyddu o 25 i 5,000", "wedi cynyddu o 25 i 5,000", "wedi cynyddu o 25 i 5,000",
                  "cynnydd o 4,975"),
    }),
    (100, 77, "fall", {
        "en_GB": ("fell by 23 per cent", "has fallen by 23 per cent", "falls 23 per cent", "a fall of 23 per cent"),
        "en_US": ("fell by 23%", "has fallen by 23%", "falls 23%", "a fall of 23%"),
        "cy_GB": ("wedi gostwng 23%", "wedi gostwng 23%", "wedi gostwng 23%", "gostyngiad o 23%"),
    }),
    (100, 50, "halved", {
        "en_GB": ("halved", "has halved", "halves", "a fall of 50 per cent"),
        "en_US": ("halved", "has halved", "halves", "a fall of 50%"),
        "cy_GB": ("wedi haneru", "wedi haneru", "wedi haneru", "gostyngiad o 50%"),
    }),
    (100, 38, "fall", {
        "en_GB": ("fell by 62 per cent", "has fallen by 62 per cent", "falls 62 per cent", "a fall of 62 per cent"),
        "en_US": ("fell by 62%", "has fallen by 62%", "falls 62%", "a fall of 62%"),
        "cy_GB": ("wedi gostwng 62%", "wedi gostwng 62%", "wedi gostwng 62%", "gostyngiad o 62%"),
    }),
    (12, 31, "small_base", {
        "en_GB": ("rose from 12 to 31", "has risen from 12 to 31", "rises from 12 to 31", "a rise of 19"),
        "en_US": ("rose from 12 to 31", "has risen from 12 to 31", "rises from 12 to 31", "a rise of 19"),
        "cy_GB": ("wedi cynyddu o 12 i 31", "wedi cynyddu o 12 i 31", "wedi cynyddu o 12 i 31", "cynnydd o 19"),
    }),
    (0, 12, "small_base", {
        "en_GB": ("rose from none to 12", "has risen from none to 12", "rises from none to 12", "a rise of 12"),
        "en_US": ("rose from none to 12", "has risen from none to 12", "rises from none to 12", "a rise of 12"),
        "cy_GB": ("wedi cynyddu o ddim i 12", "wedi cynyddu o ddim i 12", "wedi cynyddu o ddim i 12", "cynnydd o 12"),
    }),
    (4, 3, "small_base", {
        "en_GB": ("fell from four to three", "has fallen from four to three",
                  "falls from four to three", "a fall of one"),
        "en_US": ("fell from four to three", "has fallen from four to three",
                  "falls from four to three", "a fall of one"),
        "cy_GB": ("wedi gostwng o 4 i 3", "wedi gostwng o 4 i 3", "wedi gostwng o 4 i 3", "gostyngiad o 1"),
    }),
]


@pytest.mark.parametrize(("preset", "old", "new", "band", "past", "perfect", "headline", "noun"), [
    pytest.param(preset, old, new, band, *forms, id=f"{preset}-{band}-{old}-{new}")
    for old, new, band, by_preset in CHANGE_TABLE for preset, forms in by_preset.items()
])
def test_every_line_of_the_change_table_in_every_preset(preset: str, old: int, new: int, band: str, past: str,
                                                         perfect: str, headline: str, noun: str) -> None:
    style = PRESETS[preset]
    c = change(old, new)
    assert change_band(c, style) == band
    assert change_words(c, style, "past")[0] == past
    assert change_words(c, style, "perfect")[0] == perfect
    assert change_words(c, style, "present", headline=True)[0] == headline
    assert change_noun(c, style)[0] == noun


@pytest.mark.parametrize(("old", "new", "band"), [
    (100, 285, "almost_trebled"), (100, 299, "almost_trebled"), (1000, 2849, "more_than_doubled"),
    (1000, 2006, "more_than_doubled"), (100, 301, "more_than_trebled"),
    (100, 499, "more_than_fourfold"), (100, 500, "small_base"),  # five times: the two figures, not "more than fourfold"
])
def test_almost_trebled_is_from_2_85_times_up_to_three(old: int, new: int, band: str) -> None:
    assert change_band(change(old, new), PRESETS["en_GB"]) == band


@pytest.mark.parametrize(("preset", "text"), [
    ("en_GB", "rose by 193 per cent"), ("en_US", "rose by 193%"), ("cy_GB", "wedi cynyddu 193%"),
])
def test_exact_wording_gives_the_percentage_behind_a_band_word(preset: str, text: str) -> None:
    assert change_words(change(150, 440), PRESETS[preset], "past", exact=True)[0] == text


@pytest.mark.parametrize(("preset", "past", "noun"), [
    ("en_GB", "rose by 2.5 percentage points", "a rise of 2.5 percentage points"),
    ("en_US", "rose by 2.5 percentage points", "a rise of 2.5 percentage points"),
    ("cy_GB", "wedi cynyddu 2.5 pwynt canran", "cynnydd o 2.5 pwynt canran"),
])
def test_rates_change_in_percentage_points(preset: str, past: str, noun: str) -> None:
    rate = change("12.5", "15", "rate")
    assert change_band(rate, PRESETS[preset]) == "points"
    assert change_words(rate, PRESETS[preset], "past")[0] == past
    assert change_noun(rate, PRESETS[preset])[0] == noun


@pytest.mark.parametrize(("old", "new", "past", "noun"), [
    ("82.6", "83.8", "rose by 1.5 per cent", "a rise of 1.5 per cent"),  # never "1.2 percentage points"
    ("8.0", "16.0", "doubled", "a rise of 100 per cent"),  # a small rate is no small base: that is for counts
    ("32.6", "27.9", "fell by 14 per cent", "a fall of 14 per cent"),
    ("0.0", "41.6", "rose from 0.0 to 41.6 offences per 100,000 people",  # as published, with its unit
     "a rise of 41.6 offences per 100,000 people"),
])
def test_a_rate_that_is_not_a_percentage_changes_in_per_cent(old: str, new: str, past: str, noun: str) -> None:
    rate = dataclasses.replace(change(old, new, "rate"), unit="offences per 100,000 people")
    assert change_words(rate, PRESETS["en_GB"], "past")[0] == past
    assert change_noun(rate, PRESETS["en_GB"])[0] == noun
    for unit in ("per cent", "%", "per cent of adults"):  # a percentage of something is still a percentage
        assert change_band(dataclasses.replace(rate, unit=unit), PRESETS["en_GB"]) == "points"


def test_a_rate_gives_its_unit_once_after_the_second_figure() -> None:
    """A newsdesk writes "from 58.2 to 57.4 offences per 100,000 people", not the unit twice; a list leaves out
    "from"; each figure's period follows it; Welsh keeps its own unit words ("o droseddau …") after "i"."""
    en, cy = PRESETS["en_GB"].language, PRESETS["cy_GB"].language
    unit = "offences per 100,000 people"
    assert en.from_to_unit("58.2", "57.4", unit) == "from 58.2 to 57.4 offences per 100,000 people"
    assert en.from_to_unit("58.2", "57.4", unit, start=False) == "58.2 to 57.4 offences per 100,000 people"
    assert en.from_to_unit("0.0", "4.0", unit, old_when="in 2022", new_when="in 2023") == \
        "from 0.0 offences per 100,000 people in 2022 to 4.0 in 2023"  # the unit with the figure a reader meets first
    assert en.from_to_unit("18.0 per cent", "31.5 per cent") == "from 18.0 per cent to 31.5 per cent"
    assert en.from_to_unit("150", "440") == en.from_to("150", "440")  # a count: no unit, as before
    assert cy.from_to_unit("58.2", "57.4", "o droseddau fesul 100,000 o bobl") == \
        "o 58.2 i 57.4 o droseddau fesul 100,000 o bobl"


@pytest.mark.parametrize(("old", "new", "text"), [
    ("18.0", "31.5", "rose by 13.5 percentage points"),  # not "14": the reader's 31.5 − 18.0 must agree
    ("18", "31.5", "rose by 13.5 percentage points"),
    ("18", "31", "rose by 13 percentage points"),  # whole rates, whole points
    ("12.55", "14.57", "rose by 2.0 percentage points"),  # published to two places: one place, as any percentage
    ("40.0", "12.5", "fell by 27.5 percentage points"),
    ("12", "13", "rose by 1 percentage point"),  # one whole point is singular ...
    ("12.0", "13.0", "rose by 1.0 percentage points"),  # ... a decimal one is not
])
def test_percentage_points_keep_the_rates_decimal_places_at_any_size(old: str, new: str, text: str) -> None:
    assert change_words(change(old, new, "rate"), PRESETS["en_GB"], "past")[0] == text


@pytest.mark.parametrize(("preset", "headline", "noun"), [
    ("en_GB", "falls 1 percentage point", "a fall of 1 percentage point"),
    ("en_US", "falls 1 percentage point", "a fall of 1 percentage point"),
    ("cy_GB", "wedi gostwng 1 pwynt canran", "gostyngiad o 1 pwynt canran"),  # Welsh: singular after any number
])
def test_one_whole_percentage_point_is_singular(preset: str, headline: str, noun: str) -> None:
    rate = change("13", "12", "rate")
    assert change_words(rate, PRESETS[preset], "present", headline=True)[0] == headline
    assert change_noun(rate, PRESETS[preset])[0] == noun


@pytest.mark.parametrize(("preset", "old", "new", "old_hidden", "new_hidden", "text"), [
    ("en_GB", 3, 31, True, False, "rose from fewer than five to 31"),
    ("en_GB", 3, 7, True, False, "rose from fewer than five to seven"),  # a pair: "five" is in words too
    ("en_GB", 31, 3, False, True, "fell from 31 to fewer than five"),
    ("en_GB", 3, 4, True, True, "was fewer than five in both periods"),
    ("cy_GB", 3, 31, True, False, "wedi cynyddu o lai na 5 i 31"),
    ("cy_GB", 31, 3, False, True, "wedi gostwng o 31 i lai na 5"),  # "i" mutates as "o" does
    ("cy_GB", 3, 4, True, True, "wedi bod yn llai na 5 yn y ddau gyfnod"),
])
def test_a_suppressed_count_is_worded_as_fewer_than_the_threshold_with_no_percentage(
        preset: str, old: int, new: int, old_hidden: bool, new_hidden: bool, text: str) -> None:
    assert suppressed_change_words(change(old, new), PRESETS[preset], "past", 5, old_hidden, new_hidden) == text


@pytest.mark.parametrize(("preset", "text"), [
    ("en_GB", "fell by more than half"), ("en_US", "fell by more than half"), ("cy_GB", "wedi gostwng mwy na hanner"),
])
def test_more_than_half_is_a_setting_and_only_below_half(preset: str, text: str) -> None:
    style = dataclasses.replace(PRESETS[preset], more_than_half=True)
    assert change_words(change(100, 38), style, "past")[0] == text
    assert style.percent in change_words(change(100, 38), style, "past", exact=True)[0]
    assert change_words(change(100, 50), style, "past")[0] != text  # exactly half: "halved"
    assert "half" not in change_words(change(100, 60), style, "past")[0]
    for old, new in ((100, 50), (100, 60)):  # at and above half the setting changes nothing
        assert change_words(change(old, new), style, "past") == change_words(change(old, new), PRESETS[preset])


# --- properties in every preset ----------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=10**9)
presets = st.sampled_from(sorted(PRESETS))

RISING = {"rose", "rises", "risen", "doubled", "doubles", "trebled", "trebles", "tripled", "triples", "quadrupled",
          "quadruples", "increased", "increases", "cynyddu", "dyblu", "treblu", "threblu", "pedryblu"}
FALLING = {"fell", "falls", "fallen", "halved", "halves", "gostwng", "haneru"}
SAME = ("unchanged", "yr un fath", "at zero")  # "remains at zero": none in either period (a headline)


@given(counts, counts, presets)
def test_the_words_go_the_way_the_figures_go_in_every_tense_and_headline(old: int, new: int, preset: str) -> None:
    style = PRESETS[preset]
    c = change(old, new)
    same = new == old or change_band(c, style) == "virtually_unchanged"
    for tense in TENSES:
        for headline in (False, True):
            text = change_words(c, style, tense, headline=headline)[0]
            words = set(text.split())
            if same:
                assert any(w in text for w in SAME), text
            elif new > old:
                assert words & RISING and not words & FALLING and not any(w in text for w in SAME), text
            else:
                assert words & FALLING and not words & RISING and not any(w in text for w in SAME), text


@given(st.integers(min_value=20, max_value=10**6), st.integers(min_value=0, max_value=10**7), presets)
def test_band_words_never_overstate_the_ratio(old: int, new: int, preset: str) -> None:
    style = PRESETS[preset]
    c = change(old, new)
    band = change_band(c, style)
    assert c.ratio is not None
    if band == "almost_trebled":
        assert style.nearly_fraction * 3 <= c.ratio < 3
    if band.startswith("more_than"):
        assert c.ratio > {"more_than_doubled": 2, "more_than_trebled": 3, "more_than_fourfold": 4}[band]
    if band in ("halved", "doubled", "trebled", "quadrupled"):
        assert c.ratio == {"halved": Decimal("0.5"), "doubled": 2, "trebled": 3, "quadrupled": 4}[band]


def _all_texts(old: int, new: int, preset: str) -> list[str]:
    style = PRESETS[preset]
    c = change(old, new)
    texts = [change_words(c, style, t, exact=e, headline=h)[0]
             for t in TENSES for e in (False, True) for h in (False, True)]
    texts.append(change_noun(c, style)[0])
    texts.append(suppressed_change_words(c, style, "past", 5, True, False))
    texts += [count_text(Decimal(v), style) for v in (old, new)]
    texts.append(from_to_text(Decimal(old), Decimal(new), style)[0])
    if c.percent is not None:
        found = approx_percent_text(c.percent, style)
        texts += [found[0]] if found else []
    found = approx_count_text(Decimal(new), style)
    texts += [found[0]] if found else []
    return texts


@given(counts, counts, presets)
def test_output_never_says_minus_zero_infinity_or_nan(old: int, new: int, preset: str) -> None:
    for text in _all_texts(old, new, preset):
        lowered = text.lower()
        assert "-0" not in lowered and "inf" not in lowered and "nan" not in lowered, text


@pytest.mark.parametrize(("preset", "text"), [
    ("en_GB", "remained virtually unchanged"), ("cy_GB", "wedi aros bron yr un fath"),
])
def test_a_rate_that_rounds_to_no_change_says_so_not_0_0_points(preset: str, text: str) -> None:
    rate = change("12.50", "12.52", "rate")
    assert change_band(rate, PRESETS[preset]) == "virtually_unchanged"
    assert change_words(rate, PRESETS[preset], "past")[0] == text
