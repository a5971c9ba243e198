"""House style in words: counts, percentages, dates, periods, embargo lines and change wording.

Every number that reaches a release is turned into text here (through :mod:`drafter.cldr` for the locale),
from a Decimal rounded half-up exactly once. "How is 193 % worded?" is answered by :func:`change_band` and
:func:`change_words`.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from decimal import Decimal

from drafter.compute.changes import round_half_up
from drafter.model import Change
from drafter.style import cldr
from drafter.style.house import HouseStyle
from drafter.style.lang import cy as welsh

ONE = Decimal(1)


# --- numbers --------------------------------------------------------------------------------------------

def count_text(value: Decimal, style: HouseStyle, *, figures: bool = False) -> str:
    """A count: one to nine in words (by the preset), larger numbers grouped, millions as "1.2 million".

    >>> from drafter.style.house import PRESETS
    >>> gb = PRESETS["en_GB"]
    >>> count_text(Decimal(5), gb), count_text(Decimal(1747), gb), count_text(Decimal(1_250_000), gb)
    ('five', '1,747', '1.3 million')
    >>> count_text(Decimal(5), gb, figures=True), count_text(Decimal(3_000_000_000), gb)
    ('5', '3 billion')
    >>> count_text(Decimal(1_200_000), PRESETS["cy_GB"])
    '1.2 miliwn'
    """
    if not figures and value == value.to_integral_value() and 1 <= value <= style.words_up_to \
            and int(value) < len(style.number_words):
        return style.number_words[int(value)]
    large = _large(value, style)
    if large is not None:
        number, word, _ = large
        return f"{number} {word}"
    places = 0 if value == value.to_integral_value() else max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    return cldr.format_number(value, places, style.locale)


_BILLION, _MILLION = Decimal(1_000_000_000), Decimal(1_000_000)


def _large(value: Decimal, style: HouseStyle, threshold: Decimal | None = None) -> tuple[str, str, str] | None:
    """(number, long word, short suffix) for a value shown in millions or billions, rounded half-up to
    ``large_places`` with trailing zeros dropped ("3 million", not "3.0 million"); None below the threshold."""
    if value < (style.million_from if threshold is None else threshold):
        return None
    unit, word, short = (_BILLION, style.billion_word, "bn") if _billions(value, style) else \
        (_MILLION, style.million_word, "m")
    scaled = round_half_up(value / unit, style.large_places).normalize()
    places = max(0, -scaled.as_tuple().exponent)  # type: ignore[operator]
    return cldr.format_number(scaled, places, style.locale), word, short


def _billions(value: Decimal, style: HouseStyle) -> bool:
    """Billions from 1bn, and for a value that in millions would round to 1,000: "£1bn", never "£1,000m"."""
    return value >= _BILLION or round_half_up(value / _MILLION, style.large_places) >= 1000


def large_value(value: Decimal, style: HouseStyle) -> Decimal:
    """The value a "1.2 million" shows (1,200,000), for comparing rounding levels; the value itself below."""
    if value < style.million_from:
        return value
    unit = _BILLION if _billions(value, style) else _MILLION
    return round_half_up(value / unit, style.large_places) * unit


def money_text(value: Decimal, style: HouseStyle, currency: str) -> str:
    """An amount of money: "£450,000", "£12.50", and large sums as "£1.2m" and "£3bn" (en_GB) or
    "$1.2 million" and "$3 billion" (en_US); Welsh "£3 biliwn".

    >>> from drafter.style.house import PRESETS
    >>> [money_text(Decimal(v), PRESETS["en_GB"], "GBP") for v in ("3000000000", "1250000", "450000", "12.5")]
    ['£3bn', '£1.3m', '£450,000', '£12.50']
    >>> money_text(Decimal(3_000_000_000), PRESETS["en_US"], "USD"), money_text(Decimal(3e9), PRESETS["cy_GB"], "GBP")
    ('$3 billion', '£3 biliwn')
    >>> money_text(Decimal("999960000"), PRESETS["en_GB"], "GBP")
    '£1bn'
    """
    symbol = cldr.currency_symbol(currency, style.locale)
    large = _large(value, style, _MILLION)
    if large is not None:
        number, word, short = large
        return f"{symbol}{number}{short}" if style.money_short else f"{symbol}{number} {word}"
    places = 0 if value == value.to_integral_value() else 2
    return symbol + cldr.format_number(round_half_up(value, places), places, style.locale)


def is_money(unit: str) -> bool:
    """Whether a measure's unit is a currency code (GBP, USD, EUR): its figures are money."""
    return bool(unit) and cldr.is_currency(unit)


def value_text(value: Decimal, style: HouseStyle, unit: str = "", *, figures: bool = False) -> str:
    """A figure of a measure: money when its unit is a currency code (GBP, USD, EUR), else a count."""
    if is_money(unit):
        return money_text(value, style, unit)
    return count_text(value, style, figures=figures)


def ordinal_text(number: int, style: HouseStyle, *, tied: bool = False) -> str:
    """An ordinal: "first" to "ninth" in words, then "10th", "21st", "22nd" (CLDR's categories); Welsh "1af",
    "2il", "3ydd", "5ed", "7fed", "11eg". A shared place says so: "joint third" (en_GB), "tied for third"
    (en_US), "cydradd 3ydd" (Welsh).

    >>> from drafter.style.house import PRESETS
    >>> [ordinal_text(n, PRESETS["en_GB"]) for n in (1, 3, 9, 10, 11, 12, 13, 21, 22, 23, 101, 1001)]
    ['first', 'third', 'ninth', '10th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '1,001st']
    >>> [ordinal_text(n, PRESETS["cy_GB"]) for n in (1, 2, 3, 5, 7, 10, 11, 12, 20)]
    ['1af', '2il', '3ydd', '5ed', '7fed', '10fed', '11eg', '12fed', '20fed']
    >>> [ordinal_text(3, PRESETS[p], tied=True) for p in ("en_GB", "en_US", "cy_GB")]
    ['joint third', 'tied for third', 'cydradd 3ydd']
    """
    if number < 0:
        raise ValueError(f"no ordinal for {number}")
    if 1 <= number < len(style.ordinal_words):
        text = style.ordinal_words[number]
    else:
        category = cldr.ordinal_category(number, style.locale)
        if style.language == "cy":
            suffix = welsh.TEENS.get(number) or welsh.ORDINAL_SUFFIXES[category]
        else:
            suffix = {"one": "st", "two": "nd", "few": "rd"}.get(category, "th")
        text = cldr.format_number(Decimal(number), 0, style.locale) + suffix
    if not tied:
        return text
    if style.language == "cy":
        return f"{welsh.JOINT} {text}"
    return f"tied for {text}" if style.locale == "en_US" else f"joint {text}"


def _approx(value: Decimal, step: Decimal, style: HouseStyle) -> tuple[str, Decimal] | None:
    """("nearly", N) when value lies in [nearly_fraction × N, N) for the next multiple N of ``step``;
    ("more than", N) for the multiple below when value lies above it; None when the value is round."""
    above = (value / step).to_integral_value(rounding="ROUND_CEILING") * step
    below = (value / step).to_integral_value(rounding="ROUND_FLOOR") * step
    nearly, more = (welsh.NEARLY, welsh.MORE_THAN) if style.language == "cy" else ("nearly", "more than")
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
    >>> approx_count_text(Decimal(1210), PRESETS["en_GB"])
    ('more than 1,200', Decimal('1200'))
    """
    if value < 100 or value >= style.million_from:
        return None
    step = Decimal(10) ** (len(str(int(value))) - 2)
    found = _approx(value, step, style)
    if found is None:
        return None
    words, n = found
    return f"{words} {cldr.format_number(n, 0, style.locale)}", n


def pair_texts(old: Decimal, new: Decimal, style: HouseStyle) -> tuple[str, str]:
    """Two counts as in "from X to Y": both in figures if either is 10 or more, zero as "none".

    >>> from drafter.style.house import PRESETS
    >>> pair_texts(Decimal(4), Decimal(12), PRESETS["en_GB"]), pair_texts(Decimal(0), Decimal(3), PRESETS["en_GB"])
    (('4', '12'), ('none', 'three'))
    """
    figures = max(old, new) >= 10
    def one(value: Decimal) -> str:
        return style.none_word if value == 0 else count_text(value, style, figures=figures)
    return one(old), one(new)


def from_to_text(old: Decimal, new: Decimal, style: HouseStyle) -> tuple[str, str, str]:
    """"from 150 to 440" / "o 150 i 440", with the two numbers as printed."""
    old_text, new_text = pair_texts(old, new, style)
    return from_to_words(old_text, new_text, style), old_text, new_text


def from_to_words(old_text: str, new_text: str, style: HouseStyle) -> str:
    """"from X to Y" in the style's language ("o X i Y"; X already mutated where it is a word)."""
    if style.language == "cy":
        return f"{welsh.FROM} {old_text} {welsh.TO} {new_text}"
    return f"from {old_text} to {new_text}"


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
    magnitude = abs(percent)
    if places is None:
        places = percent_places(magnitude, style)
    rounded = round_half_up(magnitude, places)
    return with_percent(cldr.format_number(rounded, places, style.locale), style), rounded


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
    found = _approx(value, step, style)
    if found is None:
        return None
    words, n = found
    return f"{words} {with_percent(cldr.format_number(n, 0, style.locale), style)}", n


def points_text(points: Decimal, style: HouseStyle) -> tuple[str, Decimal]:
    """A change in a rate, in percentage points (one decimal place below 10)."""
    magnitude = abs(points)
    places = percent_places(magnitude, style)
    rounded = round_half_up(magnitude, places)
    return f"{cldr.format_number(rounded, places, style.locale)} {style.percent_points}", rounded


# --- sentences ------------------------------------------------------------------------------------------

_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[“\"']?(\d[\d,.]*)")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def figure_starting_sentence(text: str, style: HouseStyle) -> str | None:
    """The figure a sentence in ``text`` starts with, or None. A sentence never starts with a figure (spell it
    out or recast it); AP lets a year start one (``year_may_start``).

    >>> from drafter.style.house import PRESETS
    >>> figure_starting_sentence("Calls rose. 440 people called.", PRESETS["en_GB"])
    '440'
    >>> figure_starting_sentence("2018 was busy.", PRESETS["en_US"]) is None
    True
    >>> figure_starting_sentence("2018 was busy.", PRESETS["en_GB"])
    '2018'
    """
    for match in _SENTENCE_START.finditer(text):
        figure = match.group(1).rstrip(".,")
        if not (style.year_may_start and _YEAR.fullmatch(figure)):
            return figure
    return None


# --- dates ----------------------------------------------------------------------------------------------

_AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


def date_text(value: dt.date, style: HouseStyle) -> str:
    """A full date: "4 September 2018" (en_GB), "Sept. 4, 2018" (en_US, AP), "4 Medi 2018" (cy_GB).

    >>> from drafter.style.house import PRESETS
    >>> [date_text(dt.date(2018, 9, 4), PRESETS[p]) for p in ("en_GB", "en_US", "cy_GB")]
    ['4 September 2018', 'Sept. 4, 2018', '4 Medi 2018']
    """
    if style.date_pattern == "AP":
        month = _AP_MONTHS.get(value.month) or cldr.format_date(value, "MMMM", style.locale)
        return f"{month} {value.day}, {value.year}"
    return cldr.format_date(value, style.date_pattern, style.locale)


def weekday_date_text(value: dt.date, style: HouseStyle) -> str:
    """"Tuesday 4 September 2018" / "Tuesday, Sept. 4, 2018"."""
    day = cldr.format_date(value, "EEEE", style.locale)
    joiner = ", " if style.date_pattern == "AP" else " "
    return f"{day}{joiner}{date_text(value, style)}"


def month_text(value: dt.date, style: HouseStyle, *, year: bool = True) -> str:
    """A month, never abbreviated: "July 2017"."""
    return cldr.format_date(value, style.month_pattern if year else "MMMM", style.locale)


def _whole_months(start: dt.date, end: dt.date) -> bool:
    return start.day == 1 and (end + dt.timedelta(days=1)).day == 1


def between_text(start: dt.date, end: dt.date, style: HouseStyle) -> str:
    """"between July and December 2017" / "rhwng Gorffennaf a Rhagfyr 2017" ("ac" before a vowel).

    >>> from drafter.style.house import PRESETS
    >>> between_text(dt.date(2017, 7, 1), dt.date(2018, 1, 31), PRESETS["cy_GB"])
    'rhwng Gorffennaf 2017 ac Ionawr 2018'
    >>> between_text(dt.date(2018, 9, 1), dt.date(2018, 11, 30), PRESETS["cy_GB"])
    'rhwng Medi a Thachwedd 2018'
    """
    return f"{style.between_word} {period_text(start, end, style, style.and_word)}"


def _join(first: str, joiner: str, second: str, style: HouseStyle) -> str:
    """Two parts of a period joined by "to"/"and"; in Welsh "i" and "a" mutate the month after them."""
    if style.language == "cy" and joiner == welsh.TO:
        return f"{first} {welsh.to_before(second)}"
    if style.language == "cy" and joiner == "a":
        return f"{first} {welsh.and_before(second)}"
    return f"{first} {joiner} {second}"


def period_text(start: dt.date, end: dt.date, style: HouseStyle, joiner: str | None = None) -> str:
    """A period in words: "July to December 2017", "July 2017 to January 2018", "4 to 10 September 2018";
    Welsh "Gorffennaf i Ragfyr 2017" (the soft mutation after "i").

    >>> from drafter.style.house import PRESETS
    >>> gb = PRESETS["en_GB"]
    >>> period_text(dt.date(2017, 7, 1), dt.date(2017, 12, 31), gb)
    'July to December 2017'
    >>> period_text(dt.date(2017, 7, 1), dt.date(2018, 1, 31), gb, "and")
    'July 2017 and January 2018'
    >>> period_text(dt.date(2018, 1, 1), dt.date(2018, 1, 31), gb)
    'January 2018'
    >>> period_text(dt.date(2017, 7, 1), dt.date(2017, 12, 31), PRESETS["cy_GB"])
    'Gorffennaf i Ragfyr 2017'
    """
    joiner = joiner or style.to_word
    if _whole_months(start, end):
        if (start.year, start.month) == (end.year, end.month):
            return month_text(start, style)
        first = month_text(start, style, year=start.year != end.year)
        return _join(first, joiner, month_text(end, style), style)
    if start == end:
        return date_text(start, style)
    if style.date_pattern != "AP" and (start.year, start.month) == (end.year, end.month):
        return _join(str(start.day), joiner, date_text(end, style), style)
    return _join(date_text(start, style), joiner, date_text(end, style), style)


def embargo_text(moment: dt.datetime | None, timezone: str, style: HouseStyle) -> str:
    """"EMBARGOED UNTIL 00:01 BST Tuesday 4 September 2018", the zone's abbreviation taken for that date.

    >>> from drafter.style.house import PRESETS
    >>> embargo_text(dt.datetime(2018, 9, 4, 0, 1), "Europe/London", PRESETS["en_GB"])
    'EMBARGOED UNTIL 00:01 BST Tuesday 4 September 2018'
    >>> embargo_text(dt.datetime(2018, 1, 9, 0, 1), "Europe/London", PRESETS["en_GB"])
    'EMBARGOED UNTIL 00:01 GMT Tuesday 9 January 2018'
    """
    if moment is None:
        return style.no_embargo
    local = moment.replace(tzinfo=zoneinfo.ZoneInfo(timezone))
    zone = local.tzname() or ""
    if style.time_pattern == "AP":
        hour = local.hour % 12 or 12
        suffix = "a.m." if local.hour < 12 else "p.m."
        clock = f"{hour}:{local.minute:02d} {suffix}"
    else:
        clock = cldr.format_time(local.time(), style.time_pattern, style.locale)
    return f"{style.embargo_words} {clock} {zone} {weekday_date_text(local.date(), style)}"


# --- change wording -------------------------------------------------------------------------------------

def change_band(change: Change, style: HouseStyle) -> str:
    """Which row of the house-style change table applies (ratio r = new ÷ old).

    Bands: ``unchanged`` (r = 1), ``virtually_unchanged`` (rounds to 0 %), ``rise`` (1 < r < 2), ``doubled``,
    ``more_than_doubled`` (2 < r < 3 × nearly_fraction), ``almost_trebled`` ([2.85, 3)), ``trebled``,
    ``more_than_trebled``, ``quadrupled`` (r = 4), ``more_than_fourfold`` (r > 4), ``fall`` (r < 1),
    ``halved`` (r = 0.5); and, without a percentage, ``small_base`` (base below ``small_base``) and ``points``
    (a rate, in percentage points).
    """
    if change.kind == "rate":
        return "unchanged" if change.direction == "same" else "points"
    if change.direction == "same":
        return "unchanged"
    if change.ratio is None or change.old.amount < style.small_base:
        return "small_base"
    assert change.percent is not None
    _, rounded = percent_text(change.percent, style)
    if rounded == 0:
        return "virtually_unchanged"
    r = change.ratio
    if r < 1:
        return "halved" if r == Decimal("0.5") else "fall"
    almost = 3 * style.nearly_fraction
    for limit, exact in ((2, "doubled"), (3, "trebled"), (4, "quadrupled")):
        if r == limit:
            return exact
        if limit == 3 and almost <= r < 3:
            return "almost_trebled"
        if r < limit:
            return "rise" if limit == 2 else ("more_than_doubled" if limit == 3 else "more_than_trebled")
    return "more_than_fourfold"


Printed = tuple[str, str, Decimal]  # (what: percent/points/old/new/difference, text, rounded value)

Tense = str  # "past" ("rose"), "perfect" ("has risen"), "perfect_plural" ("have risen"), "present" ("rises")
TENSES = ("past", "perfect", "perfect_plural", "present")

_EN_VERBS: dict[str, tuple[str, str, str]] = {
    # key: (past, participle, present)
    "rise": ("rose", "risen", "rises"),
    "fall": ("fell", "fallen", "falls"),
    "remain": ("remained", "remained", "remains"),
    "double": ("doubled", "doubled", "doubles"),
    "halve": ("halved", "halved", "halves"),
    "treble": ("trebled", "trebled", "trebles"),
    "triple": ("tripled", "tripled", "triples"),
    "quadruple": ("quadrupled", "quadrupled", "quadruples"),
    "increase": ("increased", "increased", "increases"),
    "be": ("was", "been", "is"),
}


def _verb(verb: str, tense: Tense, adverb: str = "") -> str:
    past, participle, present = _EN_VERBS[verb]
    adv = f"{adverb} " if adverb else ""
    if tense == "past":
        return adv + past
    if tense == "present":
        return adv + present
    auxiliary = "have" if tense == "perfect_plural" else "has"
    return f"{auxiliary} {adv}{participle}"


def _more_than_half(change: Change, band: str, style: HouseStyle, exact: bool) -> bool:
    return band == "fall" and style.more_than_half and not exact and change.ratio is not None \
        and change.ratio < Decimal("0.5")


def change_words(change: Change, style: HouseStyle, tense: Tense = "past", *, exact: bool = False,
                 headline: bool = False, places: int | None = None) -> tuple[str, list[Printed]]:
    """The change as a verb phrase, and the numbers it prints as (text, rounded value).

    ``exact`` gives the percentage even where a band word ("almost trebled") would do; ``headline`` drops
    "by" ("rises 47 per cent"); ``places`` fixes the percentage's decimal places (for a sequence).

    >>> from drafter.compute.changes import compute_change
    >>> from drafter.model import SourceRef, Value
    >>> from drafter.style.house import PRESETS
    >>> def c(old, new):
    ...     src = (SourceRef("figures.csv"),)
    ...     return compute_change("A", "m", "count", "a", "b", Value(Decimal(old), src), Value(Decimal(new), src))
    >>> change_words(c(150, 440), PRESETS["en_GB"], "perfect")[0], change_words(c(150, 440), PRESETS["cy_GB"])[0]
    ('has almost trebled', 'wedi bron â threblu')
    """
    band = change_band(change, style)
    if style.language == "cy":
        return _cy_change_words(change, band, style, "perfect" if headline else tense, exact=exact, places=places)
    printed: list[Printed] = []
    by = "" if headline else "by "
    direction = "rise" if change.direction == "up" else "fall"
    if band == "unchanged":
        return _verb("remain", tense) + " unchanged", printed
    if band == "virtually_unchanged":
        return _verb("remain", tense) + " virtually unchanged", printed
    if band == "small_base":
        text, printed = _from_to_printed(change, style)
        return f"{_verb(direction, tense)} {text}", printed
    if band == "points":
        text, rounded = points_text(change.difference, style)
        printed.append(("points", text, rounded))
        return f"{_verb(direction, tense)} {by}{text}", printed
    assert change.percent is not None
    if _more_than_half(change, band, style, exact):
        return f"{_verb('fall', tense)} {by}more than half", printed
    if exact or band in ("rise", "fall"):
        text, rounded = percent_text(change.percent, style, places)
        printed.append(("percent", text, rounded))
        return f"{_verb(direction, tense)} {by}{text}", printed
    treble = style.treble
    words = {
        "doubled": _verb("double", tense),
        "more_than_doubled": _verb("double", tense, "more than"),
        "almost_trebled": _verb(treble, tense, "almost"),
        "trebled": _verb(treble, tense),
        "more_than_trebled": _verb(treble, tense, "more than"),
        "quadrupled": _verb("quadruple", tense),
        "more_than_fourfold": _verb("rise" if headline else "increase", tense) + " more than fourfold",
        "halved": _verb("halve", tense),
    }
    return words[band], printed


def _from_to_printed(change: Change, style: HouseStyle) -> tuple[str, list[Printed]]:
    text, old_text, new_text = from_to_text(change.old.amount, change.new.amount, style)
    return text, [("old", old_text, change.old.amount), ("new", new_text, change.new.amount)]


def _cy_change_words(change: Change, band: str, style: HouseStyle, tense: Tense, *, exact: bool,
                     places: int | None = None) -> tuple[str, list[Printed]]:
    """Welsh change wording: "wedi cynyddu 193%", "wedi bron â threblu", "yn gostwng o 31 i 4"."""
    lead = welsh.aspect(tense) + " "
    verb = welsh.RISE if change.direction == "up" else welsh.FALL
    printed: list[Printed] = []
    if band == "small_base":
        text, printed = _from_to_printed(change, style)
        return f"{lead}{verb} {text}", printed
    if band == "points":
        text, rounded = points_text(change.difference, style)
        return f"{lead}{verb} {text}", [("points", text, rounded)]
    if band in ("unchanged", "virtually_unchanged"):
        return lead + welsh.BANDS[band], printed
    assert change.percent is not None
    if _more_than_half(change, band, style, exact):
        return lead + welsh.BANDS["more_than_halved"], printed
    if exact or band in ("rise", "fall"):
        text, rounded = percent_text(change.percent, style, places)
        return f"{lead}{verb} {text}", [("percent", text, rounded)]
    phrase = welsh.BANDS[band]
    if lead == welsh.PRESENT + " " and phrase.startswith(welsh.NO_PRESENT_MARKER):
        lead = ""  # "bron â threblu", not "yn bron â threblu"
    return lead + phrase, printed


def change_noun(change: Change, style: HouseStyle, *, places: int | None = None) -> tuple[str, list[Printed]]:
    """The change as a noun phrase: "a rise of 103 per cent", "a fall of 12", "no change"
    (Welsh: "cynnydd o 103%", "gostyngiad o 12", "dim newid")."""
    welsh_words = style.language == "cy"
    if change.direction == "same":
        return bare_change_noun(change.direction, style), []
    noun = bare_change_noun(change.direction, style)
    band = change_band(change, style)
    role = band
    if band == "points":
        text, rounded = points_text(change.difference, style)
    elif band == "small_base":
        role, difference = "difference", abs(change.difference)
        text, rounded = count_text(difference, style), difference
    else:
        assert change.percent is not None
        if band == "virtually_unchanged":
            return (welsh.VIRTUALLY_NO_CHANGE if welsh_words else "virtually no change"), []
        role = "percent"
        text, rounded = percent_text(change.percent, style, places)
    return f"{noun} {welsh.NOUN_OF if welsh_words else 'of'} {text}", [(role, text, rounded)]


def bare_change_noun(direction: str, style: HouseStyle) -> str:
    """"a rise", "a fall", "no change" (Welsh "cynnydd", "gostyngiad", "dim newid"), with no number."""
    if direction == "same":
        return welsh.NO_CHANGE if style.language == "cy" else "no change"
    if style.language == "cy":
        return welsh.NOUNS[direction]
    return "a rise" if direction == "up" else "a fall"


def sequence_places(percents: list[Decimal], style: HouseStyle) -> int:
    """One number of decimal places for a sequence of percentages (a list of areas): the small places if any
    of them needs them, so "9.6 per cent" and "12.0 per cent" sit side by side, not "9.6" and "12".

    >>> from drafter.style.house import PRESETS
    >>> gb = PRESETS["en_GB"]
    >>> sequence_places([Decimal("9.6"), Decimal("12.04")], gb), sequence_places([Decimal(47)], gb)
    (1, 0)
    """
    return max((percent_places(p, style) for p in percents), default=0)


# --- disclosure control ---------------------------------------------------------------------------------

def fewer_than_text(threshold: int, style: HouseStyle, *, after_from: bool = False) -> str:
    """A suppressed count: "fewer than five" (Welsh "llai na 5", "lai na 5" after "o").

    >>> from drafter.style.house import PRESETS
    >>> fewer_than_text(5, PRESETS["en_GB"]), fewer_than_text(10, PRESETS["en_GB"])
    ('fewer than five', 'fewer than 10')
    """
    words = style.fewer_than
    if after_from and style.language == "cy":
        words = welsh.FEWER_THAN_AFTER_FROM  # soft mutation after "o"
    return f"{words} {count_text(Decimal(threshold), style)}"


def suppressed_change_words(change: Change, style: HouseStyle, tense: Tense, threshold: int,
                            old_hidden: bool, new_hidden: bool) -> str:
    """A change where a count is below the disclosure threshold: no percentage, the hidden side as "fewer than
    five", e.g. "rose from fewer than five to 31". Both hidden: no direction either (it would tell which of
    two suppressed counts is larger)."""
    if old_hidden and new_hidden:
        if style.language == "cy":
            return f"{welsh.PERFECT} bod yn {fewer_than_text(threshold, style)} {welsh.BOTH_PERIODS}"
        return f"{_verb('be', tense)} {fewer_than_text(threshold, style)} in both periods"
    old = fewer_than_text(threshold, style, after_from=True) if old_hidden else count_text(
        change.old.amount, style, figures=True)
    new = fewer_than_text(threshold, style) if new_hidden else count_text(change.new.amount, style, figures=True)
    if style.language == "cy":
        verb_cy = welsh.RISE if change.direction == "up" else welsh.FALL
        return f"{welsh.aspect(tense)} {verb_cy} {from_to_words(old, new, style)}"
    direction = "rise" if change.direction == "up" else "fall"
    return f"{_verb(direction, tense)} {from_to_words(old, new, style)}"
