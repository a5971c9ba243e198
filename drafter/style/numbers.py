"""House style for numbers: counts, money and ordinals, each from a Decimal rounded half-up exactly once and laid out
by Babel for the preset's locale (:mod:`drafter.style.cldr`); percentages and points are in
:mod:`drafter.style.percents`."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from drafter.compute.changes import round_half_up
from drafter.style import cldr
from drafter.style.base import HouseStyle
from drafter.style.pence import money_places

FULL = -1  # the ``scale`` of counts shown in full figures ("1,249,999"), not in millions (see scale_places)


def count_text(value: Decimal, style: HouseStyle, *, figures: bool = False, scale: int | None = None) -> str:
    """A count: zero to nine in words (by the preset), larger numbers grouped, millions as "1.2 million" (to
    ``scale`` places, default ``large_places``; :data:`FULL`: grouped figures however large).

    >>> from drafter.style.house import PRESETS
    >>> gb = PRESETS["en_GB"]
    >>> count_text(Decimal(5), gb), count_text(Decimal(1747), gb), count_text(Decimal(1_250_000), gb)
    ('five', '1,747', '1.3 million')
    >>> count_text(Decimal(5), gb, figures=True), count_text(Decimal(3_000_000_000), gb), count_text(Decimal(0), gb)
    ('5', '3 billion', 'zero')
    >>> count_text(Decimal(1_040_000), gb, scale=2), count_text(Decimal(1_249_999), gb, scale=FULL)
    ('1.04 million', '1,249,999')
    >>> count_text(Decimal(1_200_000), PRESETS["cy_GB"]), count_text(Decimal(10**12), gb)
    ('1.2 miliwn', '1 trillion')
    """
    if not figures and value == value.to_integral_value() and value.as_tuple().exponent == 0 \
            and 0 <= value <= style.words_up_to and int(value) < len(style.number_words):
        return style.number_words[int(value)]  # "zero" too, where the preset writes small numbers in words
    large = None if scale == FULL else _large(value, style, places=scale)
    if large is not None:
        number, word, _ = large
        return f"{number} {word}"
    places = 0 if value == value.to_integral_value() else max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    return cldr.format_number(value, places, style.locale)


def paired_count_text(value: Decimal, style: HouseStyle, *, figures: bool = False, scale: int | None = None) -> str:
    """A count as it reads after "from" or "to": zero as the house style's ``none_word`` ("from none to 12",
    Welsh "o ddim i 12", "o 12 i ddim"), else :func:`count_text`."""
    return style.none_word if value == 0 else count_text(value, style, figures=figures, scale=scale)


_MILLION = Decimal(1_000_000)


def _unit(value: Decimal, style: HouseStyle, places: int) -> tuple[Decimal, str, str]:
    """(unit, long word, short suffix) for a large value: the largest of million, billion and (where the style
    has the word) trillion that the value reaches, counting a value that would round to 1,000 of one unit as
    one of the next: "£1bn", never "£1,000m"; "1 trillion", never "1,000 billion"."""
    units = [(_MILLION, style.million_word, "m"), (_MILLION * 1000, style.billion_word, "bn")]
    if style.trillion_word:
        units.append((_MILLION * 10**6, style.trillion_word, "tn"))
    chosen = units[0]
    for unit in units[1:]:
        if value < unit[0] and round_half_up(value / chosen[0], places) < 1000:
            break
        chosen = unit
    return chosen


def _large(value: Decimal, style: HouseStyle, threshold: Decimal | None = None, places: int | None = None
           ) -> tuple[str, str, str] | None:
    """(number, long word, short suffix) for a value shown in millions, billions or trillions, rounded half-up
    to ``places`` (default ``large_places``) with trailing zeros dropped ("3 million", not "3.0 million");
    None below the threshold."""
    if value < (style.million_from if threshold is None else threshold):
        return None
    places = style.large_places if places is None else places
    unit, word, short = _unit(value, style, places)
    scaled = round_half_up(value / unit, places).normalize()
    shown = max(0, -scaled.as_tuple().exponent)  # type: ignore[operator]
    return cldr.format_number(scaled, shown, style.locale), word, short


def large_value(value: Decimal, style: HouseStyle, places: int | None = None, *,
                threshold: Decimal | None = None) -> Decimal:
    """The value a "1.2 million" shows (1,200,000), for comparing rounding levels; the value itself below
    the threshold (``million_from``; money: a million) or with ``places`` :data:`FULL`."""
    return _shown(value, style, style.large_places if places is None else places, threshold)[0]


def _shown(value: Decimal, style: HouseStyle, places: int, threshold: Decimal | None = None) -> tuple[Decimal, Decimal]:
    """(the value as printed, the size of its last printed place)."""
    if places == FULL or value < (style.million_from if threshold is None else threshold):
        return value, Decimal(1)
    unit = _unit(value, style, places)[0]
    step = unit.scaleb(-places)
    return round_half_up(value / unit, places) * unit, step


def scale_places(values: Iterable[Decimal], style: HouseStyle, *, money: bool = False) -> int:
    """How many decimal places "1.2 million" takes for counts that are compared with one another (one area's
    figures for every period): the fewest, from ``large_places`` up to ``large_places_max``, at which every
    two of them read in the right order, their printed difference is the true one to within half the last
    place shown and half the true one, and the percentage a reader works out from them is the true one to within
    a percentage point; else :data:`FULL`. So a change is never hidden or invented by rounding, and "from 1.2
    million to 1.3 million" never stands beside "a rise of 12 per cent" (1,191,220 to 1,331,315: 8 per cent as
    printed), which reads "from 1.19 million to 1.33 million".

    >>> from drafter.style.house import PRESETS
    >>> gb = PRESETS["en_GB"]
    >>> scale_places([Decimal(1_000_000), Decimal(1_040_000)], gb), scale_places([Decimal(1_200_000)], gb)
    (2, 1)
    >>> scale_places([Decimal(1_249_999), Decimal(1_250_000)], gb) == FULL
    True
    >>> scale_places([Decimal(1_191_220), Decimal(1_331_315)], gb)
    2
    """
    threshold = _MILLION if money else None
    ordered = sorted(set(values))
    if not ordered or ordered[-1] < (_MILLION if money else style.million_from):
        return style.large_places
    for places in range(style.large_places, max(style.large_places, style.large_places_max) + 1):
        if all(_honest(low, high, style, places, threshold) for i, low in enumerate(ordered)
               for high in ordered[i + 1:]):
            return places
    return FULL


_POINT = Decimal("0.01")  # a percentage point, as a fraction: how far a percentage from printed figures may stray


def _honest(low: Decimal, high: Decimal, style: HouseStyle, places: int, threshold: Decimal | None) -> bool:
    """Whether two counts (low < high) read in order, the printed difference within half a place and half the change,
    and the change in per cent worked out from the printed two, either way round, within a point of the true one."""
    (a, step_a), (b, step_b) = (_shown(v, style, places, threshold) for v in (low, high))
    if not (a < b and abs((b - a) - (high - low)) * 2 <= min(max(step_a, step_b), high - low)):
        return False
    return not low or all(abs((b - a) / shown - (high - low) / true) <= _POINT for shown, true in ((a, low), (b, high)))


def money_text(value: Decimal, style: HouseStyle, currency: str, *, scale: int | None = None) -> str:
    """An amount of money: "£450,000", "£12.50" (pence: :func:`~drafter.style.pence.money_places`), and large sums
    as "£1.2m" and "£3bn" (en_GB) or "$1.2 million" and "$3 billion" (en_US); Welsh "£3 biliwn".

    >>> from drafter.style.house import PRESETS
    >>> [money_text(Decimal(v), PRESETS["en_GB"], "GBP") for v in ("3000000000", "1250000", "450000", "12.5")]
    ['£3bn', '£1.3m', '£450,000', '£12.50']
    >>> money_text(Decimal(3_000_000_000), PRESETS["en_US"], "USD"), money_text(Decimal(3e9), PRESETS["cy_GB"], "GBP")
    ('$3 billion', '£3 biliwn')
    >>> money_text(Decimal("999960000"), PRESETS["en_GB"], "GBP")
    '£1bn'
    """
    symbol = cldr.currency_symbol(currency, style.locale)
    large = None if scale == FULL else _large(value, style, _MILLION, scale)
    if large is not None:
        number, word, short = large
        return f"{symbol}{number}{short}" if style.money_short else f"{symbol}{number} {word}"
    places = money_places(value, style)
    return symbol + cldr.format_number(round_half_up(value, places), places, style.locale)


def is_money(unit: str) -> bool:
    """Whether a measure's unit is a currency code (GBP, USD, EUR): its figures are money."""
    return bool(unit) and cldr.is_currency(unit)


def value_text(value: Decimal, style: HouseStyle, unit: str = "", *, figures: bool = False,
               scale: int | None = None) -> str:
    """A figure of a measure: money when its unit is a currency code (GBP, USD, EUR), else a count."""
    return money_text(value, style, unit, scale=scale) if is_money(unit) else \
        count_text(value, style, figures=figures, scale=scale)


def published_rate_text(value: Decimal, style: HouseStyle) -> str:
    """A rate (a measure of ``kind: rate``) as it was published, keeping its decimal places: "18.0", "0.8".

    >>> from drafter.style.house import PRESETS
    >>> published_rate_text(Decimal("18.0"), PRESETS["en_GB"]), published_rate_text(Decimal("1234.5"), PRESETS["en_GB"])
    ('18.0', '1,234.5')
    """
    return cldr.format_number(value, max(0, -int(value.as_tuple().exponent)), style.locale)


def to_places_of(value: Decimal, beside: Iterable[Decimal]) -> Decimal:
    """``value`` given to as many decimal places as the most of the figures it is printed ``beside``, exactly (no
    rounding: never fewer places than its own): a target of 12 beside a rate published as "12.0" is "12.0".

    >>> [str(to_places_of(Decimal(v), [Decimal("12.0"), Decimal("9.5")])) for v in ("12", "12.25", "95.0")]
    ['12.0', '12.25', '95.0']
    >>> str(to_places_of(Decimal("1000"), [Decimal("5066"), Decimal("31")]))
    '1000'
    """
    places = max((-int(figure.as_tuple().exponent) for figure in beside), default=0)
    return value if -int(value.as_tuple().exponent) >= places else value.quantize(Decimal(1).scaleb(-places))


def ordinal_text(number: int, style: HouseStyle, *, tied: bool = False, figures: bool = False) -> str:
    """An ordinal: "first" to "ninth" in words, then "10th", "21st", "22nd" (CLDR's categories); Welsh
    "cyntaf" to "nawfed", then "10fed", "11eg", "12fed". A shared place says so: "joint third" (en_GB), "tied
    for third" (en_US), "cydradd drydydd" (Welsh). ``figures``: in figures from the first, as a table's Rank
    column prints it ("1st", "2nd", "joint 3rd"; Welsh "1af", "2il", "cydradd 3ydd").

    >>> from drafter.style.house import PRESETS
    >>> [ordinal_text(n, PRESETS["en_GB"]) for n in (1, 3, 9, 10, 11, 12, 13, 21, 22, 23, 101, 1001)]
    ['first', 'third', 'ninth', '10th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '1,001st']
    >>> [ordinal_text(n, PRESETS["cy_GB"]) for n in (1, 2, 3, 5, 7, 10, 11, 12, 20)]
    ['cyntaf', 'ail', 'trydydd', 'pumed', 'seithfed', '10fed', '11eg', '12fed', '20fed']
    >>> [ordinal_text(3, PRESETS[p], tied=True) for p in ("en_GB", "en_US", "cy_GB")]
    ['joint third', 'tied for third', 'cydradd drydydd']
    >>> [ordinal_text(n, PRESETS["en_GB"], figures=True) for n in (1, 2, 3, 4, 11, 22)]
    ['1st', '2nd', '3rd', '4th', '11th', '22nd']
    >>> [ordinal_text(n, PRESETS["cy_GB"], figures=True) for n in (1, 2, 3, 4, 5, 6, 7, 8, 9)]
    ['1af', '2il', '3ydd', '4ydd', '5ed', '6ed', '7fed', '8fed', '9fed']
    >>> [ordinal_text(3, PRESETS[p], tied=True, figures=True) for p in ("en_GB", "en_US", "cy_GB")]
    ['joint 3rd', 'tied for 3rd', 'cydradd 3ydd']
    """
    if number < 0:
        raise ValueError(f"no ordinal for {number}")
    if 1 <= number < len(style.ordinal_words) and not figures:
        text = style.ordinal_words[number]
    else:
        category = cldr.ordinal_category(number, style.locale)
        text = cldr.format_number(Decimal(number), 0, style.locale) + style.language.ordinal_suffix(number, category)
    return style.language.joint(style.tied, text) if tied else text


def approx_step(value: Decimal, step: Decimal, style: HouseStyle) -> tuple[str, Decimal] | None:
    """("nearly", N) when value lies in [nearly_fraction × N, N) for the next multiple N of ``step``;
    ("more than", N) for the multiple below when value lies above it; None when the value is round."""
    above = (value / step).to_integral_value(rounding="ROUND_CEILING") * step
    below = (value / step).to_integral_value(rounding="ROUND_FLOOR") * step
    nearly, more = style.language.nearly, style.language.more_than
    if above != value and value >= above * style.nearly_fraction:
        return nearly, above
    if below > 0 and value > below:
        return more, below
    return None


def approx_count_text(value: Decimal, style: HouseStyle) -> tuple[str, Decimal] | None:
    """A count said roundly and honestly, to two significant figures: "nearly 1,800" for 1,747 (within
    ``nearly_fraction`` below it), "more than 1,200" for 1,210; None for counts under 100, counts already round,
    and millions (already rounded).

    >>> from drafter.style.house import PRESETS
    >>> approx_count_text(Decimal(1747), PRESETS["en_GB"]), approx_count_text(Decimal(3549), PRESETS["cy_GB"])
    (('nearly 1,800', Decimal('1800')), ('bron i 3,600', Decimal('3600')))
    >>> approx_count_text(Decimal(1210), PRESETS["en_GB"]), approx_count_text(Decimal(999_999), PRESETS["en_GB"])
    (('more than 1,200', Decimal('1200')), ('nearly 1 million', Decimal('1000000')))
    """
    if value < 100 or value >= style.million_from:
        return None
    step = Decimal(10) ** (len(str(int(value))) - 2)
    found = approx_step(value, step, style)
    if found is None:
        return None
    words, n = found
    return f"{words} {count_text(n, style, figures=True)}", n  # "nearly 1 million", as the house style prints it


def pair_texts(old: Decimal, new: Decimal, style: HouseStyle, scale: int | None = None, unit: str = ""
               ) -> tuple[str, str]:
    """Two counts as in "from X to Y": both in figures if either is 10 or more, zero as "none", and millions
    to as many places as show the change (``scale``, by default :func:`scale_places` of the two).

    >>> from drafter.style.house import PRESETS
    >>> pair_texts(Decimal(4), Decimal(12), PRESETS["en_GB"]), pair_texts(Decimal(0), Decimal(3), PRESETS["en_GB"])
    (('4', '12'), ('none', 'three'))
    >>> pair_texts(Decimal(1_000_000), Decimal(1_040_000), PRESETS["en_GB"])
    ('1 million', '1.04 million')
    """
    scale = scale_places((old, new), style, money=is_money(unit)) if scale is None else scale
    if is_money(unit):  # "from £12,000 to £1.2m": amounts, each with its currency
        return money_text(old, style, unit, scale=scale), money_text(new, style, unit, scale=scale)
    figures = style.pair_in_figures(old, new)
    return (paired_count_text(old, style, figures=figures, scale=scale),
            paired_count_text(new, style, figures=figures, scale=scale))


def from_to_text(old: Decimal, new: Decimal, style: HouseStyle, scale: int | None = None, unit: str = "",
                 *, rate: bool = False) -> tuple[str, str, str]:
    """"from 150 to 440" / "o 150 i 440" ("from £12 to £31"; ``rate``: as published, "from 0.0 to 41.6")."""
    old_text, new_text = (published_rate_text(old, style), published_rate_text(new, style)) if rate else \
        pair_texts(old, new, style, scale, unit)
    return style.language.from_to(old_text, new_text), old_text, new_text
