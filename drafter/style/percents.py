"""House style for percentages and percentage points: how many places a percentage takes, a change's, a share's
and a rounded one ("nearly 200 per cent"), each from a Decimal rounded half-up exactly once and laid out by Babel
for the preset's locale (:mod:`drafter.style.cldr`); counts and money are in :mod:`drafter.style.numbers`."""

from __future__ import annotations

from decimal import Decimal

from drafter.compute.changes import round_half_up
from drafter.model import Change
from drafter.style import cldr
from drafter.style.base import HouseStyle
from drafter.style.numbers import approx_step


def percent_places(percent: Decimal, style: HouseStyle) -> int:
    """Whole numbers from ``percent_whole_from`` up (10 per cent by default), else one place."""
    small = round_half_up(abs(percent), style.percent_small_places)
    return 0 if small >= style.percent_whole_from else style.percent_small_places


def percent_text(percent: Decimal, style: HouseStyle, places: int | None = None) -> tuple[str, Decimal]:
    """A percentage (its magnitude) in house style, and the rounded value it shows.

    >>> from drafter.style.house import PRESETS
    >>> percent_text(Decimal("193.333"), PRESETS["en_GB"]), percent_text(Decimal("6.25"), PRESETS["en_US"])
    (('193 per cent', Decimal('193')), ('6.3%', Decimal('6.3')))
    """
    places = percent_places(percent, style) if places is None else places
    rounded = rounded_percent(percent, style, places)
    return with_percent(cldr.format_number(rounded, places, style.locale), style), rounded


def rounded_percent(percent: Decimal, style: HouseStyle, places: int | None = None) -> Decimal:
    """The value :func:`percent_text` shows for a percentage (its magnitude), without wording it."""
    return round_half_up(abs(percent), percent_places(percent, style) if places is None else places)


def change_percent_text(change: Change, style: HouseStyle, places: int | None = None) -> tuple[str, Decimal]:
    """A change's percentage as the release prints it (:func:`percent_text`), a fall's as a part of the whole
    (:func:`part_percent_text`): a fall that did not reach zero never reads "100 per cent"."""
    assert change.percent is not None
    return (part_percent_text if change.direction == "down" else percent_text)(change.percent, style, places)


def part_percent_text(percent: Decimal, style: HouseStyle, places: int | None = None) -> tuple[str, Decimal]:
    """A part of a whole in per cent (a fall, a share) as printed, and the figure it shows: never "100 per cent" short
    of the whole but "more than 99 per cent" (99.9 at one place), nor "0.0 per cent" of some but "less than 0.1".

    >>> from drafter.style.house import PRESETS
    >>> part_percent_text(Decimal("-99.5"), PRESETS["en_GB"]), part_percent_text(Decimal("0.04"), PRESETS["cy_GB"])
    (('more than 99 per cent', Decimal('99')), ('llai na 0.1%', Decimal('0.1')))
    """
    places = percent_places(percent, style) if places is None else places
    text, rounded = percent_text(percent, style, places)
    step, exact = Decimal(1).scaleb(-places), abs(percent)
    below, above = exact > 0 and rounded == 0, exact < 100 <= rounded
    if not (below or above):
        return text, rounded
    words, bound = (style.language.less_than, step) if below else (style.language.more_than, 100 - step)
    return f"{words} {with_percent(cldr.format_number(bound, places, style.locale), style)}", bound


def with_percent(number: str, style: HouseStyle) -> str:
    """"193 per cent", "193%": the house style's percent word, spaced as it should be."""
    return f"{number}{'' if style.percent == '%' else ' '}{style.percent}"


def approx_percent_text(percent: Decimal, style: HouseStyle) -> tuple[str, Decimal] | None:
    """A rounder way to say a percentage, honest by HOUSE-STYLE's rule: "nearly N" only for values in
    [nearly_fraction × N, N), "more than N" only above N. None when no round number is close.

    >>> from drafter.style.house import PRESETS
    >>> approx_percent_text(Decimal("193.33"), PRESETS["en_GB"])
    ('nearly 200 per cent', Decimal('200'))
    >>> approx_percent_text(Decimal("103.15"), PRESETS["en_GB"])
    ('more than 100 per cent', Decimal('100'))
    >>> approx_percent_text(Decimal("193.33"), PRESETS["cy_GB"])
    ('bron i 200%', Decimal('200'))
    """
    value = abs(percent)
    step = Decimal(10) if value < 100 else Decimal(50) if value < 1000 else Decimal(100)
    found = approx_step(value, step, style)
    if found is None:
        return None
    words, n = found
    return f"{words} {with_percent(cldr.format_number(n, 0, style.locale), style)}", n


def points_text(points: Decimal, style: HouseStyle) -> tuple[str, Decimal]:
    """A change in a rate, in percentage points ("1 percentage point" singular where the language says so), with the
    published rates' places (Decimal subtraction keeps them) up to the small places: "13.5, from 18.0 to 31.5"."""
    magnitude = abs(points)
    places = min(max(0, -int(magnitude.as_tuple().exponent)), style.percent_small_places)
    rounded = round_half_up(magnitude, places)
    shown = cldr.format_number(rounded, places, style.locale)
    return f"{shown} {(shown == '1' and style.language.percent_point) or style.percent_points}", rounded


def sequence_places(percents: list[Decimal], style: HouseStyle) -> int:
    """One number of decimal places for a sequence of percentages (a list of areas): the small places if any
    of them needs them, so "9.6 per cent" and "12.0 per cent" sit side by side, not "9.6" and "12".

    >>> from drafter.style.house import PRESETS
    >>> gb = PRESETS["en_GB"]
    >>> sequence_places([Decimal("9.6"), Decimal("12.04")], gb), sequence_places([Decimal(47)], gb)
    (1, 0)
    """
    return max((percent_places(p, style) for p in percents), default=0)
