"""Which row of the house-style change table a change falls in: its band ("almost_trebled", "fall",
"small_base", …), by its ratio and the preset's rules, and held to one rounding level with the percentage
printed beside it. :mod:`drafter.style.wording` and the style's language say each band in words.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.compute.changes import round_half_up
from drafter.model import Change
from drafter.style.base import COUNT_ONLY, HouseStyle, Printed, in_points, in_unit
from drafter.style.numbers import (
    from_to_text,
    is_money,
    money_text,
    published_rate_text,
)
from drafter.style.percents import (
    points_text,
    rounded_percent,
)

# Bands said by the difference, with its unit: a percentage's in percentage points, a rate's in its own unit.
BY_DIFFERENCE = ("points", "units")
# Bands that print no percentage; every other band has one behind it (c.has_percent, c.percent()).
NO_PERCENT = ("unchanged", "virtually_unchanged", *BY_DIFFERENCE, "suppressed", *COUNT_ONLY)

# A band word holds only beside a percentage (at the figure's own places) in its range: "almost trebled" and
# "rose by 200 per cent" contradict each other, so from a ratio of 2.995 the percentage is said instead.
_BAND_AGREES = {
    "more_than_doubled": lambda p: p > 100, "almost_trebled": lambda p: p < 200,
    "more_than_trebled": lambda p: p > 200, "more_than_fourfold": lambda p: p > 300,
    "more_than_halved": lambda p: p > 50,
}


_UNDERSTATED = Decimal(5)  # from this ratio "more than fourfold" understates a rise: the two figures say it


def change_band(change: Change, style: HouseStyle) -> str:
    """Which row of the house-style change table applies (ratio r = new ÷ old).

    Bands: ``unchanged`` (r = 1), ``virtually_unchanged`` (rounds to 0 %, or to 0 points; or two figures printed
    alike but given apart, :func:`given_apart`), ``rise`` (1 < r < 2), ``doubled``, ``more_than_doubled`` (2 < r < 3
    × nearly_fraction), ``almost_trebled`` ([2.85, 3)), ``trebled``, ``more_than_trebled``, ``quadrupled`` (r = 4),
    ``more_than_fourfold`` (4 < r < 5; from 5 times, ``small_base``'s two figures, "rose from 25 to 5,000"),
    ``fall`` (r < 1), ``halved`` (r = 0.5), ``more_than_halved`` (r < 0.5, with ``more_than_half``); and,
    without a percentage, ``small_base`` (a base below ``small_base`` counted as :func:`base_units` counts it:
    12 people, a rate of 0.04 given to two places, 5 weeks given whole; any base of zero; any fall to zero,
    a count's "from 40 to none" as a rate's "from 0.4 to 0.0"),
    ``near_total_fall`` (a fall short of zero that rounds to 100 %, with ``near_total_fall: counts``) and
    ``points`` (a rate that is a percentage, in percentage points; any other rate, such as offences per
    100,000 people, changes in per cent), ``units`` (a rate whose measure says ``change_in: unit``, in its own
    unit: "fell by 2.2 weeks", on any base, zero included). A band word whose range its own rounded percentage
    contradicts gives way to ``rise`` or ``fall`` (:func:`band_reason` says why).
    """
    return _band(change, style)[0]


def ratio_band(change: Change, style: HouseStyle) -> str:
    """The band the ratio alone gives, before a contradicting percentage overrides it (for judging quotes)."""
    band, reason = _band(change, style)
    return _ratio_band(change.ratio, style) if reason and change.ratio is not None else band


def band_of_ratio(ratio: Decimal, style: HouseStyle) -> str:
    """The band a ratio alone gives ("more_than_doubled" for 31 ÷ 12), whatever the base: for a band word a person
    typed over a change the house style words without one (a small base: "rose from 12 to 31")."""
    return _ratio_band(ratio, style)


def band_reason(change: Change, style: HouseStyle) -> str:
    """Why a change is not worded as its ratio alone would have it ("" when it is), for its fact's formula."""
    return _band(change, style)[1]


def _band(change: Change, style: HouseStyle) -> tuple[str, str]:
    if change.direction == "same":  # printed alike but given apart (rate_places_max): "unchanged" would be untrue
        return ("virtually_unchanged" if given_apart(change) else "unchanged"), ""
    if in_points(change) or in_unit(change):  # the difference as printed: none where it rounds to nothing
        band = "points" if in_points(change) else "units"
        return ("virtually_unchanged" if difference_words(change, style)[1][2] == 0 else band), ""
    if change.ratio is None or on_small_base(change, style):
        return "small_base", ""
    if change.kind == "rate" and change.new.amount == 0:  # a rate published as 0.0 may be 0.04: not "fell 100 %"
        return "small_base", "; a rate given as 0 may be above zero to more places: worded with the two rates"
    if change.new.amount == 0:  # "fell from 40 to none", as a rise from zero is "from none to 12": never "100 %"
        return "small_base", "; a fall to zero: worded with the two figures, not as a fall of 100 per cent"
    assert change.percent is not None
    rounded = rounded_percent(change.percent, style)
    if rounded == 0:
        return "virtually_unchanged", ""
    band = _ratio_band(change.ratio, style)
    if band == "more_than_fourfold" and change.ratio >= _UNDERSTATED:  # 25 to 5,000 "more than fourfold": true, but
        return "small_base", (f"; a rise of {_short(change.ratio)} times: worded with the two figures, as "  # 200x
                              "'more than fourfold' would understate it")
    if band == "fall" and abs(change.percent) < 100 <= rounded and style.near_total_fall == "counts":
        return "near_total_fall", f"; a fall short of zero that rounds to {rounded}: worded with the counts"
    if band in _BAND_AGREES and not _BAND_AGREES[band](rounded):
        return ("rise" if change.direction == "up" else "fall"), (
            f"; worded as a percentage, not {band.replace('_', ' ')!r} (ratio {_short(change.ratio)}), which "
            f"{rounded} per cent would contradict")
    return band, ""


def base_units(change: Change) -> Decimal:
    """The base (the earlier figure) counted in units of its last published place, which is what a percentage
    of it can be trusted to: a count in ones (12 people are 12; £12.50 is 12.5), a rate in steps of the last
    decimal place both figures are given to in the spreadsheet, the coarser of the two (0.04 → 0.05 per 100,000
    is 4 hundredths; 5 → 6 weeks is 5; 1.2 → 1.5 is 12 tenths; 41.6 is 416). A rate's places are its own as
    read: what the cell shows (drafter.load), a whole number among rates given to one place padded to it.

    >>> from drafter.compute.changes import compute_change
    >>> from drafter.model import SourceRef, Value
    >>> def c(kind, old, new):
    ...     v = lambda t: Value(Decimal(t), (SourceRef("figures.csv"),))
    ...     return base_units(compute_change("A", "m", kind, "a", "b", v(old), v(new)))
    >>> c("rate", "0.04", "0.05"), c("rate", "5", "6"), c("rate", "1.2", "1.5"), c("rate", "0.45", "0.5")
    (Decimal('4'), Decimal('5'), Decimal('12'), Decimal('4.5'))
    >>> c("rate", "41.6", "52.3"), c("count", "12", "31")
    (Decimal('416'), Decimal('12'))
    """
    if change.kind != "rate":
        return abs(change.old.amount)
    if change.old.counted is not None:  # a rate per head drafter worked out: as trustworthy as its count
        return abs(change.old.counted)
    step = max(_last_place(change.old.amount), _last_place(change.new.amount))
    return abs(change.old.amount).scaleb(-step)


def given_apart(change: Change) -> bool:
    """Whether a change's two figures print alike but were published apart: a rate given to more places than the
    house style prints (``rate_places_max``), 14.60 and 14.61 weeks both printed 14.6. Such a change is "virtually
    unchanged", as one that rounds to nothing is."""
    old, new = (v.amount if v.given is None else v.given for v in (change.old, change.new))
    return change.direction == "same" and old != new


def _last_place(amount: Decimal) -> int:
    exponent = amount.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def on_small_base(change: Change, style: HouseStyle) -> bool:
    """Whether a change's base is too small for a percentage: :func:`base_units` below the house style's
    ``small_base`` (20). A percentage (a rate in per cent) changes in points, and a rate in its own unit in that
    unit: neither is ever on a small base."""
    return not (in_points(change) or in_unit(change)) and base_units(change) < style.small_base


def difference_words(change: Change, style: HouseStyle, one: str = "") -> tuple[str, Printed]:
    """A change said by its difference (:data:`BY_DIFFERENCE`), with its unit, and the number it prints: a
    percentage's in percentage points ("13.5 percentage points", :func:`points_text`); a rate's that changes in
    its own unit (``change_in: unit``) to the places of its two figures as published, rounded half up (Decimal's
    subtraction keeps the finer place, so it is exact), so that the three numbers agree: 14.6 to 12.4 weeks is
    "2.2 weeks", a whole 1 with ``one`` (its ``unit_one``) "1 week", and in Welsh "2.2 o wythnosau".

    >>> from drafter.compute.changes import compute_change
    >>> from drafter.model import SourceRef, Value
    >>> from drafter.style.house import PRESETS
    >>> def c(old, new, unit="weeks"):
    ...     v = lambda t: Value(Decimal(t), (SourceRef("figures.csv"),))
    ...     return compute_change("A", "m", "rate", "a", "b", v(old), v(new), unit, "unit")
    >>> difference_words(c("14.6", "12.4"), PRESETS["en_GB"]), difference_words(c("3", "4"), PRESETS["en_GB"], "week")
    (('2.2 weeks', ('difference', '2.2', Decimal('2.2'))), ('1 week', ('difference', '1', Decimal('1'))))
    >>> difference_words(c("14.60", "12.4", "wythnosau"), PRESETS["cy_GB"])[0]
    '2.20 o wythnosau'
    """
    if in_points(change):
        text, rounded = points_text(change.difference, style)
        return text, ("points", text, rounded)
    rounded = round_half_up(abs(change.difference), -_last_place(change.difference))
    shown = published_rate_text(rounded, style)
    return with_unit(shown, rounded, change.unit, style, one), ("difference", shown, rounded)


def with_unit(text: str, amount: Decimal, unit: str, style: HouseStyle, one: str = "") -> str:
    """A rate's figure or difference with its unit as the language puts it after a figure ("2.2 weeks", Welsh "2.2
    o wythnosau"), or ``one`` (its ``unit_one``) after a whole 1: "1 week", but "1.0 weeks"."""
    return f"{text} {one if one and is_whole_one(amount) else style.language.unit_after(unit)}"


def small_base_why(change: Change, style: HouseStyle) -> str:
    """What a warning says of a base too small for a percentage, after "the figure … is": "below 20: too small a
    base for a percentage"; of a rate, in the steps of its last published place: "0.04, 4 steps of 0.01 as
    published, below 20: …"."""
    if change.kind != "rate":  # money in its own units: "below £20", never "below 20" of £0.50
        base = money_text(style.small_base, style, change.unit) if is_money(change.unit) else style.small_base
        return f"below {base}: too small a base for a percentage"
    if not change.old.amount:
        return f"{change.old.amount}: a change from zero has no percentage"
    if change.old.counted is not None:  # a rate per head drafter worked out: its count is the base
        return (f"{change.old.amount}, worked out from a count of {change.old.counted}, below {style.small_base}: too "
                "small a base for a percentage")
    step = max(_last_place(change.old.amount), _last_place(change.new.amount))
    return (f"{change.old.amount}, {base_units(change)} steps of {Decimal(1).scaleb(step)} as published, below "
            f"{style.small_base}: too small a base for a percentage")


def _ratio_band(r: Decimal, style: HouseStyle) -> str:
    if r < 1:
        if r == Decimal("0.5"):
            return "halved"
        return "more_than_halved" if style.more_than_half and r < Decimal("0.5") else "fall"
    almost = 3 * style.nearly_fraction
    for limit, exact in ((2, "doubled"), (3, "trebled"), (4, "quadrupled")):
        if r == limit:
            return exact
        if limit == 3 and almost <= r < 3:
            return "almost_trebled"
        if r < limit:
            return "rise" if limit == 2 else ("more_than_doubled" if limit == 3 else "more_than_trebled")
    return "more_than_fourfold"


def _short(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.0001")).normalize(), "f")


_MULTIPLES = {"doubled": Decimal(2), "trebled": Decimal(3), "quadrupled": Decimal(4), "halved": Decimal("0.5")}


def almost_holds(band: str, ratio: Decimal | None, style: HouseStyle) -> bool:
    """Whether "almost doubled" (``almost_doubled``, a band a person may type that the house style does not
    write) is true of a change's ratio, by the style's own measure of "nearly", as for "almost trebled" (from
    3 × nearly_fraction): from 1.9 to below 2 for "almost doubled"; above a half, up to 0.5 ÷ nearly_fraction,
    for "almost halved"."""
    target = _MULTIPLES.get(band.removeprefix("almost_")) if band.startswith("almost_") else None
    if target is None or ratio is None:
        return False
    if target < 1:
        return target < ratio <= target / style.nearly_fraction
    return target * style.nearly_fraction <= ratio < target


def has_percent(band: str) -> bool:
    """Whether a change in this band has a percentage a template may print (``c.has_percent``)."""
    return band not in NO_PERCENT


def change_from_to(change: Change, style: HouseStyle, scale: int | None = None) -> tuple[str, str, str]:
    """A change's "from 150 to 440", with the two numbers as printed: counts by the pair rule ("from none to
    seven"), amounts with their currency, rates as published ("from 0.0 to 41.6")."""
    return from_to_text(change.old.amount, change.new.amount, style, scale, change.unit, rate=change.kind == "rate")


def is_whole_one(amount: Decimal) -> bool:
    """Whether a rate as published is a whole 1, which takes the measure's ``unit_one``: "1 day", but "1.0 days"."""
    return amount == 1 and amount.as_tuple().exponent == 0


def unit_one(change: Change, one: str) -> str:
    """The unit after the later figure of a rate worded with its two figures, where it is a whole 1 and ``one``
    (the measure's ``unit_one``) differs from its unit: "day" in "from 0 days to 1 day"; else ""."""
    return one if one and one != change.unit and is_whole_one(change.new.amount) else ""


def says_none(amount: Decimal, kind: str, unit: str) -> bool:
    """Whether a figure is said as none ("no parcels", "no one", "from none to 12"): a count of zero. Money and
    rates at zero are figures ("£0", "0.0 per cent"), so "no parcels in either period" has no
    "£0 in either period" beside it: "at £0 both in 2023 and in 2024".

    >>> [says_none(Decimal(0), kind, unit) for kind, unit in (("count", "parcels"), ("count", "GBP"), ("rate", ""))]
    [True, False, False]
    """
    return amount == 0 and kind == "count" and not is_money(unit)


def none_both(change: Change) -> bool:
    """Whether a change is of nothing in both periods: a count of none, or a rate per head of a count of none
    ("has remained at zero both …", never "unchanged, at 0.0 parcels per 100,000 homes")."""
    return change.old.amount == 0 and change.new.amount == 0 and (
        says_none(change.new.amount, change.kind, change.unit) or (change.old.counted == 0 and change.new.counted == 0))
