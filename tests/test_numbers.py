"""Numbers in house style, in every preset: counts (words to nine, grouped figures, "1.2 million"), percentages
and percentage points rounded half-up to the house's places, "nearly N" and "more than N" that never overstate,
money, and ordinals. Property tests prove that what is printed parses back through Babel to the value rounded
half-up once, and never reads "-0"."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.compute.changes import round_half_up
from drafter.style import cldr
from drafter.style.house import PRESETS
from drafter.style.numbers import (
    approx_count_text,
    count_text,
    large_value,
    money_text,
    ordinal_text,
    pair_texts,
)
from drafter.style.percents import (
    approx_percent_text,
    part_percent_text,
    percent_places,
    percent_text,
    points_text,
)
from drafter.style.shown import shown_value
from tests.helpers import change

presets = st.sampled_from(sorted(PRESETS))


# --- counts ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("preset", "value", "text"), [
    ("en_GB", 0, "zero"), ("en_GB", 1, "one"), ("en_GB", 9, "nine"), ("en_GB", 10, "10"), ("en_GB", 1747, "1,747"),
    ("en_GB", 999999, "999,999"), ("en_GB", 1_200_000, "1.2 million"), ("en_GB", 1_250_000, "1.3 million"),
    ("en_GB", 3_000_000, "3 million"), ("en_GB", 3_000_000_000, "3 billion"),
    ("en_US", 7, "seven"), ("en_US", 1_200_000, "1.2 million"),
    ("cy_GB", 7, "7"), ("cy_GB", 1747, "1,747"), ("cy_GB", 1_200_000, "1.2 miliwn"),
])
def test_a_count_is_in_words_to_nine_then_in_grouped_figures_then_in_millions(preset: str, value: int,
                                                                              text: str) -> None:
    assert count_text(Decimal(value), PRESETS[preset]) == text


@given(st.integers(min_value=10, max_value=10**15), presets)
def test_a_count_parses_back_through_babel_to_the_value_it_shows(value: int, preset: str) -> None:
    style = PRESETS[preset]
    text = count_text(Decimal(value), style)
    number, _, word = text.partition(" ")
    scale = {"": 1, style.million_word: 10**6, style.billion_word: 10**9, style.trillion_word: 10**12}[word]
    assert cldr.parse_number(number, style.locale) * scale == large_value(Decimal(value), style)
    if not word:
        assert large_value(Decimal(value), style) == value
    if 1 < scale < 10**12:
        assert cldr.parse_number(number, style.locale) < 1000, text  # "1 trillion", never "1,000 billion"


# --- percentages and points -------------------------------------------------------------------------------

@pytest.mark.parametrize(("percent", "text"), [
    ("193.333", "193 per cent"), ("103.148", "103 per cent"), ("9.95", "10 per cent"), ("9.94", "9.9 per cent"),
    ("0.05", "0.1 per cent"), ("2.25", "2.3 per cent"), ("12.5", "13 per cent"),
])
def test_a_percentage_is_rounded_half_up_whole_from_ten_and_to_one_place_below(percent: str, text: str) -> None:
    assert percent_text(Decimal(percent), PRESETS["en_GB"])[0] == text


@given(st.integers(min_value=20, max_value=10**7), st.integers(min_value=0, max_value=10**7), presets)
def test_a_printed_percentage_is_the_exact_change_rounded_half_up_and_parses_back(old: int, new: int,
                                                                                  preset: str) -> None:
    style = PRESETS[preset]
    c = change(old, new)
    assert c.percent is not None
    text, rounded = percent_text(c.percent, style)
    places = percent_places(c.percent, style)
    exact = abs(Decimal(new - old) / Decimal(old) * 100)
    assert rounded == exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert cldr.parse_number(text.removesuffix(style.percent).strip(), style.locale) == rounded


@given(st.decimals(min_value=-500, max_value=500, places=3, allow_nan=False, allow_infinity=False), presets)
def test_percentage_points_parse_back_in_every_locale(points: Decimal, preset: str) -> None:
    style = PRESETS[preset]
    text, rounded = points_text(points, style)
    number = text.removesuffix(style.percent_points).removesuffix(style.language.percent_point or "\0")
    assert cldr.parse_number(number.strip(), style.locale) == rounded


@given(st.decimals(min_value=-10**6, max_value=10**6, allow_nan=False, allow_infinity=False, places=4))
def test_rounding_half_up_never_gives_minus_zero(value: Decimal) -> None:
    assert not str(round_half_up(value, 0)).startswith("-0")


# --- nearly and more than ---------------------------------------------------------------------------------

@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=10**7), presets)
def test_nearly_n_is_only_said_just_below_n_and_more_than_n_only_above_it(old: int, new: int, preset: str) -> None:
    style = PRESETS[preset]
    c = change(old, new)
    assert c.percent is not None
    nearly, more = style.language.nearly, style.language.more_than
    for value, found in ((abs(c.percent), approx_percent_text(c.percent, style)),
                         (Decimal(new), approx_count_text(Decimal(new), style))):
        if found is None:
            continue
        text, n = found
        if text.startswith(nearly):
            assert style.nearly_fraction * n <= value < n
        else:
            assert text.startswith(more) and value > n


# --- money ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("preset", "value", "currency", "text"), [
    ("en_GB", "3000000000", "GBP", "£3bn"), ("en_GB", "1200000", "GBP", "£1.2m"),
    ("en_GB", "450000", "GBP", "£450,000"), ("en_GB", "0.5", "GBP", "£0.50"),
    ("en_US", "3000000000", "GBP", "£3 billion"), ("en_US", "3000000000", "USD", "$3 billion"),
    ("cy_GB", "1200000", "GBP", "£1.2 miliwn"),
])
def test_money_in_each_preset(preset: str, value: str, currency: str, text: str) -> None:
    assert money_text(Decimal(value), PRESETS[preset], currency) == text


@given(st.integers(min_value=0, max_value=10**15), presets, st.sampled_from(["GBP", "USD"]))
def test_money_parses_back_to_the_rounded_amount_and_never_reads_1000_million(pence: int, preset: str,
                                                                              currency: str) -> None:
    style = PRESETS[preset]
    amount = Decimal(pence) / 100
    text = money_text(amount, style, currency)
    scales = {"tn": 10**12, f" {style.trillion_word}": 10**12, "bn": 10**9, f" {style.billion_word}": 10**9,
              "m": 10**6, f" {style.million_word}": 10**6}
    words = "|".join(re.escape(word) for word in scales)
    match = re.fullmatch(re.escape(cldr.currency_symbol(currency, style.locale)) + rf"([\d,.]+)({words})?", text)
    assert match, text
    number = cldr.parse_number(match.group(1), style.locale)
    scale = scales.get(match.group(2) or "", 1)
    if scale == 1:
        whole = amount == amount.to_integral_value() or amount >= style.pence_below  # "£412,301", "£12.50"
        assert number == round_half_up(amount, 0 if whole else 2)
    else:
        assert abs(number * scale - amount) <= Decimal(scale) / 20  # within half of the last place shown (0.1 m / bn)
    if 1 < scale < 10**12:
        assert number < 1000, text  # "£1bn", never "£1,000m"; "£1tn", never "£1,000bn"


# --- ordinals ---------------------------------------------------------------------------------------------

def test_ordinals_are_words_to_ninth_then_figures_and_welsh_takes_its_suffixes() -> None:
    gb, us, cy = PRESETS["en_GB"], PRESETS["en_US"], PRESETS["cy_GB"]
    assert [ordinal_text(n, gb) for n in (1, 2, 9, 10, 11, 21, 102, 113)] == \
        ["first", "second", "ninth", "10th", "11th", "21st", "102nd", "113th"]
    assert ordinal_text(3, us) == "third"
    # Welsh, as English, in words to the ninth (a Welsh newsdesk writes "yn ail", not "yn 2il"), then figures
    assert [ordinal_text(n, cy) for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 15, 20)] == \
        ["cyntaf", "ail", "trydydd", "pedwerydd", "pumed", "chweched", "seithfed", "wythfed", "nawfed", "10fed",
         "13eg", "15fed", "20fed"]


@pytest.mark.parametrize(("preset", "printed"), [
    ("en_GB", ["1st", "2nd", "3rd", "4th", "9th", "joint 2nd"]),
    ("en_US", ["1st", "2nd", "3rd", "4th", "9th", "tied for 2nd"]),
    ("cy_GB", ["1af", "2il", "3ydd", "4ydd", "9fed", "cydradd 2il"]),
])
def test_a_tables_rank_is_in_figures_from_the_first_and_reads_back_as_the_rank_in_words(
        preset: str, printed: list[str]) -> None:
    style = PRESETS[preset]
    ranks = [(1, False), (2, False), (3, False), (4, False), (9, False), (2, True)]
    assert [ordinal_text(n, style, tied=tied, figures=True) for n, tied in ranks] == printed
    assert [shown_value(text, style) for text in printed] == \
        [shown_value(ordinal_text(n, style, tied=tied), style) for n, tied in ranks]  # one rank, not two



@pytest.mark.parametrize(("part", "whole", "gb", "us", "cy"), [
    (1, 2_000_001, "less than 0.1 per cent", "less than 0.1%", "llai na 0.1%"),
    (2_000_000, 2_000_001, "more than 99 per cent", "more than 99%", "mwy na 99%"),
    (1, 1, "100 per cent", "100%", "100%"),
    (1, 8, "13 per cent", "13%", "13%"),  # 12.5 rounds half up
])
def test_a_share_is_never_printed_as_none_or_the_whole_when_it_is_neither(part: int, whole: int, gb: str, us: str,
                                                                          cy: str) -> None:
    exact = Decimal(part) / Decimal(whole) * 100
    for preset, expected in (("en_GB", gb), ("en_US", us), ("cy_GB", cy)):
        assert part_percent_text(exact, PRESETS[preset])[0] == expected


@pytest.mark.parametrize(("old", "new", "texts"), [
    (990_000, 1_040_000, ("990,000", "1.04 million")),  # not "1 million": a rise of 10,000 beside "5.1 per cent"
    (1_010_000, 1_060_000, ("1.01 million", "1.06 million")),  # not "1 million to 1.1 million": twice the change
    # not "1 million to 1.1 million": 100,000 for 80,000 is within half a place and the change, but reads as a rise of
    # 10 per cent beside the release's 7.9
    (1_010_000, 1_090_000, ("1.01 million", "1.09 million")),
])
def test_millions_never_show_a_change_off_by_more_than_half_of_itself(old: int, new: int,
                                                                         texts: tuple[str, str]) -> None:
    for preset in ("en_GB", "en_US"):
        assert pair_texts(Decimal(old), Decimal(new), PRESETS[preset]) == texts


def _read_back(text: str, preset: str) -> Decimal:
    """A count as "from X to Y" prints it, read back: "1.19 million" is 1,190,000, "990,000" itself."""
    style = PRESETS[preset]
    number, _, word = text.partition(" ")
    return cldr.parse_number(number, style.locale) * (10**6 if word == style.million_word else 1)


@given(st.integers(1_000_000, 50_000_000), st.integers(1_000_000, 50_000_000), presets)
def test_the_change_in_per_cent_worked_out_from_printed_millions_is_the_release_s_to_within_a_point(
        old: int, new: int, preset: str) -> None:
    """A newsdesk checks "a rise of 12 per cent" against "from 1.2 million to 1.3 million" (8 per cent): the two
    counts take the places that keep what a reader works out within a percentage point of what the release says."""
    shown = [_read_back(text, preset) for text in pair_texts(Decimal(old), Decimal(new), PRESETS[preset])]
    if shown[0] != shown[1]:
        assert abs((shown[1] - shown[0]) / shown[0] - Decimal(new - old) / old) <= Decimal("0.01")
