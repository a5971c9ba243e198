"""House style in words: every band of the change table, numbers, dates, and property tests."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.compute.changes import compute_change, round_half_up
from drafter.model import Change, SourceRef, Value
from drafter.style import cldr, wording
from drafter.style.house import PRESETS

GB = PRESETS["en_GB"]
SRC = (SourceRef("figures.csv", row=2, column="value"),)


def change(old: int | str, new: int | str, kind: str = "count") -> Change:
    return compute_change("Cheshire", "contacts", kind, "before", "after",  # type: ignore[arg-type]
                          Value(Decimal(old), SRC), Value(Decimal(new), SRC))


# (old, new, band, past tense, perfect tense, headline) — one row per line of HOUSE-STYLE.md's change table.
CHANGE_TABLE = [
    (100, 100, "unchanged", "remained unchanged", "has remained unchanged", "remains unchanged"),
    (100000, 100040, "virtually_unchanged", "remained virtually unchanged", "has remained virtually unchanged",
     "remains virtually unchanged"),
    (100, 147, "rise", "rose by 47 per cent", "has risen by 47 per cent", "rises 47 per cent"),
    (100, 200, "doubled", "doubled", "has doubled", "doubles"),
    (1747, 3549, "more_than_doubled", "more than doubled", "has more than doubled", "more than doubles"),
    (150, 440, "almost_trebled", "almost trebled", "has almost trebled", "almost trebles"),
    (100, 300, "trebled", "trebled", "has trebled", "trebles"),
    (100, 350, "more_than_trebled", "more than trebled", "has more than trebled", "more than trebles"),
    (100, 400, "quadrupled", "quadrupled", "has quadrupled", "quadruples"),
    (100, 450, "more_than_fourfold", "increased more than fourfold", "has increased more than fourfold",
     "rises more than fourfold"),
    (100, 77, "fall", "fell by 23 per cent", "has fallen by 23 per cent", "falls 23 per cent"),
    (100, 50, "halved", "halved", "has halved", "halves"),
    (100, 38, "fall", "fell by 62 per cent", "has fallen by 62 per cent", "falls 62 per cent"),
    (12, 31, "small_base", "rose from 12 to 31", "has risen from 12 to 31", "rises from 12 to 31"),
    (0, 12, "small_base", "rose from none to 12", "has risen from none to 12", "rises from none to 12"),
    (4, 3, "small_base", "fell from four to three", "has fallen from four to three", "falls from four to three"),
]


@pytest.mark.parametrize(("old", "new", "band", "past", "perfect", "headline"), CHANGE_TABLE)
def test_change_table_en_gb(old: int, new: int, band: str, past: str, perfect: str, headline: str) -> None:
    c = change(old, new)
    assert wording.change_band(c, GB) == band
    assert wording.change_words(c, GB, "past")[0] == past
    assert wording.change_words(c, GB, "perfect")[0] == perfect
    assert wording.change_words(c, GB, "present", headline=True)[0] == headline


def test_exact_wording_gives_the_percentage_behind_a_band_word() -> None:
    assert wording.change_words(change(150, 440), GB, "past", exact=True)[0] == "rose by 193 per cent"
    assert wording.change_noun(change(1747, 3549), GB)[0] == "a rise of 103 per cent"


def test_en_us_triples_and_uses_the_percent_sign() -> None:
    us = PRESETS["en_US"]
    assert wording.change_words(change(150, 440), us, "past")[0] == "almost tripled"
    assert wording.change_words(change(150, 440), us, "past", exact=True)[0] == "rose by 193%"


def test_rates_change_in_percentage_points() -> None:
    assert wording.change_words(change("12.5", "15", "rate"), GB, "past")[0] == "rose by 2.5 percentage points"


@pytest.mark.parametrize(("value", "text"), [
    (0, "0"), (1, "one"), (9, "nine"), (10, "10"), (1747, "1,747"), (999999, "999,999"),
    (1_200_000, "1.2 million"), (3_000_000, "3 million"),
])
def test_counts(value: int, text: str) -> None:
    assert wording.count_text(Decimal(value), GB) == text


@pytest.mark.parametrize(("percent", "text"), [
    ("193.333", "193 per cent"), ("103.148", "103 per cent"), ("9.95", "10 per cent"), ("9.94", "9.9 per cent"),
    ("0.05", "0.1 per cent"), ("2.25", "2.3 per cent"), ("12.5", "13 per cent"),
])
def test_percentages_round_half_up_with_house_places(percent: str, text: str) -> None:
    assert wording.percent_text(Decimal(percent), GB)[0] == text


def test_dates_and_periods() -> None:
    assert wording.date_text(dt.date(2018, 9, 4), GB) == "4 September 2018"
    assert "between " + wording.period_text(dt.date(2017, 7, 1), dt.date(2018, 1, 31), GB, "and") == \
        "between July 2017 and January 2018"


counts = st.integers(min_value=0, max_value=10**9)


@given(counts, counts)
def test_direction_matches_the_sign(old: int, new: int) -> None:
    c = change(old, new)
    words = wording.change_words(c, GB, "past")[0]
    if new > old:
        assert any(w in words for w in ("rose", "doubled", "trebled", "quadrupled", "increased", "virtually"))
    elif new < old:
        assert any(w in words for w in ("fell", "halved", "virtually"))
    else:
        assert words == "remained unchanged"


@given(counts, counts)
def test_no_minus_zero_infinity_or_nan(old: int, new: int) -> None:
    c = change(old, new)
    texts = [wording.change_words(c, GB, t, exact=e)[0] for t in wording.TENSES for e in (False, True)]
    texts.append(wording.change_noun(c, GB)[0])
    for text in texts:
        lowered = text.lower()
        assert "-0" not in lowered and "inf" not in lowered and "nan" not in lowered


@given(st.integers(min_value=20, max_value=10**7), st.integers(min_value=0, max_value=10**7))
def test_percentage_printed_is_the_exact_change_rounded_half_up(old: int, new: int) -> None:
    c = change(old, new)
    assert c.percent is not None
    text, rounded = wording.percent_text(c.percent, GB)
    places = wording.percent_places(abs(c.percent), GB)
    exact = abs(Decimal(new - old) / Decimal(old) * 100)
    assert rounded == exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert cldr.parse_number(text.removesuffix(" per cent"), "en_GB") == rounded


@given(st.integers(min_value=20, max_value=10**6), st.integers(min_value=0, max_value=10**7))
def test_nearly_never_describes_a_value_at_or_above_n(old: int, new: int) -> None:
    c = change(old, new)
    band = wording.change_band(c, GB)
    assert c.ratio is not None
    if band == "almost_trebled":
        assert Decimal("2.85") <= c.ratio < 3
    if band.startswith("more_than"):
        assert c.ratio > {"more_than_doubled": 2, "more_than_trebled": 3, "more_than_fourfold": 4}[band]


@given(st.decimals(min_value=-10**6, max_value=10**6, allow_nan=False, allow_infinity=False, places=4))
def test_round_half_up_never_gives_minus_zero(value: Decimal) -> None:
    assert not str(round_half_up(value, 0)).startswith("-0")


@given(st.integers(min_value=10, max_value=10**12), st.sampled_from(sorted(PRESETS)))
def test_counts_round_trip_through_babel(value: int, preset: str) -> None:
    style = PRESETS[preset]
    text = wording.count_text(Decimal(value), style)
    number, _, word = text.partition(" ")
    scale = {"": 1, style.million_word: 10**6, style.billion_word: 10**9}[word]
    assert cldr.parse_number(number, style.locale) * scale == wording.large_value(Decimal(value), style)
    if not word:
        assert wording.large_value(Decimal(value), style) == value


@given(st.one_of(st.integers(0, 10**7), st.integers(0, 10**27)), st.booleans(),  # Babel stops at 28 digits
       st.sampled_from(["en_GB", "cy_GB", "de_CH", "fr_FR", "de_DE", "es_ES", "ar_EG", "hi_IN", "pl_PL"]))
def test_whole_counts_are_laid_out_as_babel_lays_them_out(number: int, grouping: bool, locale: str) -> None:
    value = Decimal(number)
    assert cldr.format_number(value, 0, locale, grouping=grouping) == cldr._format_number(
        str(value), 0, locale, grouping)
