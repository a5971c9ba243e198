"""House style in words: counts, percentages, dates, periods, embargo lines and change wording.

Every number that reaches a release is turned into text here (through :mod:`drafter.cldr` for the locale),
from a Decimal rounded half-up exactly once. "How is 193 % worded?" is answered by :func:`change_band` and
:func:`change_words`.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

from drafter import cldr
from drafter.compute import round_half_up
from drafter.model import Change
from drafter.style import HouseStyle

ONE = Decimal(1)


# --- numbers --------------------------------------------------------------------------------------------

def count_text(value: Decimal, style: HouseStyle, *, figures: bool = False) -> str:
    """A count: one to nine in words (by the preset), larger numbers grouped, millions as "1.2 million".

    >>> from drafter.style import PRESETS
    >>> gb = PRESETS["en_GB"]
    >>> count_text(Decimal(5), gb), count_text(Decimal(1747), gb), count_text(Decimal(1_250_000), gb)
    ('five', '1,747', '1.25 million')
    >>> count_text(Decimal(5), gb, figures=True)
    '5'
    """
    if not figures and value == value.to_integral_value() and 1 <= value <= style.words_up_to \
            and int(value) < len(style.number_words):
        return style.number_words[int(value)]
    if value >= style.million_from:
        millions = round_half_up(value / Decimal(1_000_000), 2).normalize()
        places = max(0, -millions.as_tuple().exponent)  # type: ignore[operator]
        return f"{cldr.format_number(millions, places, style.locale)} {style.million_word}"
    places = 0 if value == value.to_integral_value() else max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    return cldr.format_number(value, places, style.locale)


_EN_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def ordinal_text(value: int, style: HouseStyle, *, tied: bool = False) -> str:
    """First to ninth in words, then 10th, 21st, 112th (Welsh: figures with a full stop, "10.").

    A shared rank says so: "joint third" (en_GB), "tied for third" (en_US), "cydradd 3." (cy_GB).

    >>> from drafter.style import PRESETS
    >>> [ordinal_text(n, PRESETS["en_GB"]) for n in (1, 9, 10, 11, 21, 22, 23, 112)]
    ['first', 'ninth', '10th', '11th', '21st', '22nd', '23rd', '112th']
    >>> ordinal_text(3, PRESETS["en_GB"], tied=True), ordinal_text(3, PRESETS["en_US"], tied=True)
    ('joint third', 'tied for third')
    """
    if style.language == "cy":
        return f"cydradd {value}." if tied else f"{value}."
    if 1 <= value <= 9:
        text = _EN_ORDINALS[value - 1]
    else:
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        text = f"{cldr.format_number(Decimal(value), 0, style.locale)}{suffix}"
    if not tied:
        return text
    return f"tied for {text}" if style.locale == "en_US" else f"joint {text}"


def money_text(value: Decimal, style: HouseStyle) -> str:
    """Money: "£3bn", "£1.2m", "£45,000" (en_GB); "$3 billion", "$1.2 million" (en_US); "£3 biliwn" (cy_GB).

    >>> from drafter.style import PRESETS
    >>> [money_text(Decimal(v), PRESETS["en_GB"]) for v in (3_000_000_000, 1_250_000, 45_000)]
    ['£3bn', '£1.25m', '£45,000']
    >>> money_text(Decimal(3_000_000_000), PRESETS["en_US"])
    '$3 billion'
    >>> money_text(Decimal("999999999.99"), PRESETS["en_GB"])
    '£1bn'
    """
    symbol = "$" if style.locale == "en_US" else "£"
    short = {"en_GB": ("bn", "m"), "en_US": (" billion", " million"), "cy_GB": (" biliwn", " miliwn")}
    billion, million = short.get(style.locale, short["en_GB"])
    millions = round_half_up(value / 10**6, 2)
    for size, word, use in ((Decimal(10**9), billion, millions >= 1000), (Decimal(10**6), million, value >= 10**6)):
        if use:  # judged after rounding, so 999,999,999.99 is "£1bn", never "£1,000m"
            amount = round_half_up(value / size, 2).normalize()
            places = max(0, -amount.as_tuple().exponent)  # type: ignore[operator]
            return f"{symbol}{cldr.format_number(amount, places, style.locale)}{word}"
    places = 0 if value == value.to_integral_value() else 2
    return f"{symbol}{cldr.format_number(round_half_up(value, places), places, style.locale)}"


def pair_texts(old: Decimal, new: Decimal, style: HouseStyle) -> tuple[str, str]:
    """Two counts as in "from X to Y": both in figures if either is 10 or more, zero as "none".

    >>> from drafter.style import PRESETS
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
    if style.language == "cy":
        return f"o {old_text} i {new_text}", old_text, new_text
    return f"from {old_text} to {new_text}", old_text, new_text


def percent_places(percent: Decimal, style: HouseStyle) -> int:
    """Whole numbers from ``percent_whole_from`` up (10 per cent by default), else one place."""
    small = round_half_up(abs(percent), style.percent_small_places)
    return 0 if small >= style.percent_whole_from else style.percent_small_places


def percent_text(percent: Decimal, style: HouseStyle, places: int | None = None) -> tuple[str, Decimal]:
    """A percentage (its magnitude) in house style, and the rounded value it shows.

    >>> from drafter.style import PRESETS
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

    >>> from drafter.style import PRESETS
    >>> approx_percent_text(Decimal("193.33"), PRESETS["en_GB"])
    ('nearly 200 per cent', Decimal('200'))
    >>> approx_percent_text(Decimal("103.15"), PRESETS["en_GB"])
    ('more than 100 per cent', Decimal('100'))
    """
    value = abs(percent)
    step = Decimal(10) if value < 100 else Decimal(50) if value < 1000 else Decimal(100)
    above = (value / step).to_integral_value(rounding="ROUND_CEILING") * step
    below = (value / step).to_integral_value(rounding="ROUND_FLOOR") * step
    words = {"en": ("nearly", "more than"), "cy": ("bron", "mwy na")}[style.language]
    if above != value and value >= above * style.nearly_fraction:
        return f"{words[0]} {with_percent(cldr.format_number(above, 0, style.locale), style)}", above
    if below > 0 and value > below:
        return f"{words[1]} {with_percent(cldr.format_number(below, 0, style.locale), style)}", below
    return None


def points_text(points: Decimal, style: HouseStyle) -> tuple[str, Decimal]:
    """A change in a rate, in percentage points (one decimal place below 10)."""
    magnitude = abs(points)
    places = percent_places(magnitude, style)
    rounded = round_half_up(magnitude, places)
    return f"{cldr.format_number(rounded, places, style.locale)} {style.percent_points}", rounded


# --- dates ----------------------------------------------------------------------------------------------

_AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


def date_text(value: dt.date, style: HouseStyle) -> str:
    """A full date: "4 September 2018" (en_GB), "Sept. 4, 2018" (en_US, AP), "4 Medi 2018" (cy_GB).

    >>> from drafter.style import PRESETS
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
    """"between July and December 2017" / "rhwng Gorffennaf a Rhagfyr 2017".

    >>> from drafter.style import PRESETS
    >>> between_text(dt.date(2017, 7, 1), dt.date(2018, 1, 31), PRESETS["cy_GB"])
    'rhwng Gorffennaf 2017 ac Ionawr 2018'
    """
    text = period_text(start, end, style, style.and_word)
    if style.language == "cy":
        text = text.replace(" a I", " ac I").replace(" a A", " ac A").replace(" a E", " ac E")
    return f"{style.between_word} {text}"


def period_text(start: dt.date, end: dt.date, style: HouseStyle, joiner: str | None = None) -> str:
    """A period in words: "July to December 2017", "July 2017 to January 2018", "4 to 10 September 2018".

    >>> from drafter.style import PRESETS
    >>> gb = PRESETS["en_GB"]
    >>> period_text(dt.date(2017, 7, 1), dt.date(2017, 12, 31), gb)
    'July to December 2017'
    >>> period_text(dt.date(2017, 7, 1), dt.date(2018, 1, 31), gb, "and")
    'July 2017 and January 2018'
    >>> period_text(dt.date(2018, 1, 1), dt.date(2018, 1, 31), gb)
    'January 2018'
    """
    joiner = joiner or style.to_word
    if _whole_months(start, end):
        if (start.year, start.month) == (end.year, end.month):
            return month_text(start, style)
        first = month_text(start, style, year=start.year != end.year)
        return f"{first} {joiner} {month_text(end, style)}"
    if start == end:
        return date_text(start, style)
    if style.date_pattern != "AP" and (start.year, start.month) == (end.year, end.month):
        return f"{start.day} {joiner} {date_text(end, style)}"
    return f"{date_text(start, style)} {joiner} {date_text(end, style)}"


def embargo_text(moment: dt.datetime | None, timezone: str, style: HouseStyle) -> str:
    """"EMBARGOED UNTIL 00:01 BST Tuesday 4 September 2018", the zone's abbreviation taken for that date.

    >>> from drafter.style import PRESETS
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


def change_words(change: Change, style: HouseStyle, tense: Tense = "past", *, exact: bool = False,
                 headline: bool = False) -> tuple[str, list[Printed]]:
    """The change as a verb phrase, and the numbers it prints as (text, rounded value).

    ``exact`` gives the percentage even where a band word ("almost trebled") would do; ``headline`` drops
    "by" ("rises 47 per cent").
    """
    band = change_band(change, style)
    if style.language == "cy":
        return _cy_change_words(change, band, style, "perfect" if headline else tense, exact=exact)
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
    if exact or band in ("rise", "fall"):
        text, rounded = percent_text(change.percent, style)
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


# Welsh: verb-nouns after "wedi" (perfect and past) or "yn" (present), mutations written out in full.
_CY_BANDS = {
    "unchanged": "aros yr un fath",
    "virtually_unchanged": "aros bron yr un fath",
    "doubled": "dyblu",
    "more_than_doubled": "mwy na dyblu",
    "almost_trebled": "bron â threblu",
    "trebled": "treblu",
    "more_than_trebled": "mwy na threblu",
    "quadrupled": "pedryblu",
    "more_than_fourfold": "cynyddu fwy na phedair gwaith",
    "halved": "haneru",
}


def _from_to_printed(change: Change, style: HouseStyle) -> tuple[str, list[Printed]]:
    text, old_text, new_text = from_to_text(change.old.amount, change.new.amount, style)
    return text, [("old", old_text, change.old.amount), ("new", new_text, change.new.amount)]


def _cy_change_words(change: Change, band: str, style: HouseStyle, tense: Tense, *, exact: bool
                     ) -> tuple[str, list[Printed]]:
    """Welsh change wording: "wedi cynyddu 193%", "wedi bron â threblu", "yn gostwng o 31 i 4"."""
    lead = "yn " if tense == "present" else "wedi "
    verb = "cynyddu" if change.direction == "up" else "gostwng"
    printed: list[Printed] = []
    if band == "small_base":
        text, printed = _from_to_printed(change, style)
        return f"{lead}{verb} {text}", printed
    if band == "points":
        text, rounded = points_text(change.difference, style)
        return f"{lead}{verb} {text}", [("points", text, rounded)]
    if band in ("unchanged", "virtually_unchanged"):
        return lead + _CY_BANDS[band], printed
    assert change.percent is not None
    if exact or band in ("rise", "fall"):
        text, rounded = percent_text(change.percent, style)
        return f"{lead}{verb} {text}", [("percent", text, rounded)]
    phrase = _CY_BANDS[band]
    if lead == "yn " and phrase.startswith(("bron", "mwy")):
        lead = ""  # "bron â threblu", not "yn bron â threblu"
    return lead + phrase, printed


def change_noun(change: Change, style: HouseStyle) -> tuple[str, list[Printed]]:
    """The change as a noun phrase: "a rise of 103 per cent", "a fall of 12", "no change"
    (Welsh: "cynnydd o 103%", "gostyngiad o 12", "dim newid")."""
    welsh = style.language == "cy"
    if change.direction == "same":
        return ("dim newid" if welsh else "no change"), []
    if welsh:
        noun = "cynnydd" if change.direction == "up" else "gostyngiad"
    else:
        noun = "a rise" if change.direction == "up" else "a fall"
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
            return ("bron dim newid" if welsh else "virtually no change"), []
        role = "percent"
        text, rounded = percent_text(change.percent, style)
    return f"{noun} {'o' if welsh else 'of'} {text}", [(role, text, rounded)]


# --- disclosure control ---------------------------------------------------------------------------------

def fewer_than_text(threshold: int, style: HouseStyle, *, after_from: bool = False) -> str:
    """A suppressed count: "fewer than five" (Welsh "llai na 5", "lai na 5" after "o").

    >>> from drafter.style import PRESETS
    >>> fewer_than_text(5, PRESETS["en_GB"]), fewer_than_text(10, PRESETS["en_GB"])
    ('fewer than five', 'fewer than 10')
    """
    words = style.fewer_than
    if after_from and style.language == "cy":
        words = "lai na"  # soft mutation after "o"
    return f"{words} {count_text(Decimal(threshold), style)}"


def suppressed_change_words(change: Change, style: HouseStyle, tense: Tense, threshold: int,
                            old_hidden: bool, new_hidden: bool) -> str:
    """A change where a count is below the disclosure threshold: no percentage, the hidden side as "fewer than
    five", e.g. "rose from fewer than five to 31"."""
    if old_hidden and new_hidden:
        if style.language == "cy":
            return f"wedi bod yn {fewer_than_text(threshold, style)} yn y ddau gyfnod"
        verb = {"past": "was", "present": "is", "perfect_plural": "have been"}.get(tense, "has been")
        return f"{verb} {fewer_than_text(threshold, style)} in both periods"
    old = fewer_than_text(threshold, style, after_from=True) if old_hidden else count_text(
        change.old.amount, style, figures=True)
    new = fewer_than_text(threshold, style) if new_hidden else count_text(change.new.amount, style, figures=True)
    if style.language == "cy":
        lead = "yn " if tense == "present" else "wedi "
        verb_cy = "cynyddu" if change.direction == "up" else "gostwng"
        return f"{lead}{verb_cy} o {old} i {new}"
    direction = "rise" if change.direction == "up" else "fall"
    return f"{_verb(direction, tense)} from {old} to {new}"
