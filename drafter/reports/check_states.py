"""Whether an item of text states a fact, for the check: a text's words as the check compares them, and the
item read against the fact as the house style prints it ("same"), written another way ("equal", "193%" for "193
per cent") or true at another rounding level ("approx", "nearly 200 per cent")."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from drafter.compute.changes import round_half_up
from drafter.reports.check_known import Known
from drafter.reports.check_multiples import FRACTION, MULTIPLE, SHARE, fraction_holds, multiple_holds
from drafter.reports.check_words import Item, tokens
from drafter.style import typed
from drafter.style.bands import almost_holds, band_of_ratio
from drafter.style.base import HouseStyle
from drafter.style.shown import shown_value

_MISGROUPED = re.compile(r"(?<![\d,])(?:\d{4,}|\d{1,3}),(?!\d{3}(?:\D|$))\d")  # a comma not before three digits


@lru_cache(maxsize=1024)
def words_of(text: str) -> tuple[str, ...]:
    """A text's words as the check compares them (case, punctuation and spacing aside)."""
    return tuple(t.norm for t in tokens(text))


def states(item: Item, known: Known, style: HouseStyle) -> str:
    """Whether ``item`` states ``known``: "same" (as the house style prints it), "equal" (the same figure written
    another way: "193%" for "193 per cent", "five" for "5", read back by :func:`~drafter.style.shown.shown_value`),
    "approx" (true, but at another rounding level: "nearly 200 per cent", "193.3 per cent"), or "" (not this
    fact)."""
    if item.kind in ("band", "direction"):
        if known.kind not in ("band", "direction"):
            return ""
        if item.kind == "band" and item.band == MULTIPLE:
            return multiple_holds(item, known, style) if known.kind == "band" else ""
        if item.kind == "band":  # a small base, worded with no band word, is held against its ratio
            ratio = known.value
            return "same" if item.band == known.band else "approx" if almost_holds(item.band, ratio, style) or (
                known.band == "small_base" and ratio is not None and item.band == band_of_ratio(ratio, style)) else ""
        return "same" if item.direction == known.direction else ""
    if item.band in (FRACTION, SHARE):  # "rose by a third", "a third of buses": a percentage in words
        return fraction_holds(item, known, style) if known.kind == "percent" else ""
    if words_of(item.text) == words_of(known.text):
        return "same"
    if item.value is None or known.value is None or not compatible(item.kind, known.kind):
        return ""
    tie = {w for form in style.language.forms(style.tied.partition("{}")[0].strip()) for w in words_of(form)}
    if item.kind == "ordinal" and item.qualifier == "superlative":  # "the highest": first; "the joint highest": shared
        return "same" if known.kind == "ordinal" and known.value == item.value and bool(
            tie & set(words_of(item.text))) == bool(tie & set(words_of(known.text))) else ""
    if item.kind == "ordinal" and item.value == known.value and not item.qualifier and not any(
            c.isdigit() for c in item.text + known.text) and not tie & {*words_of(item.text), *words_of(known.text)}:
        return "same"  # Welsh "y drydedd gyfradd" for "trydydd": one rank, said in another form
    printed = shown_value(known.text, style)
    if not any(c.isdigit() for c in item.text) and not item.qualifier and printed.startswith(f"{item.value}/"):
        return "equal"  # "one hundred and fifty" for "150", "eighty-eight per cent" for "88 per cent"
    shown = shown_value(item.text.replace(typed.GROUP_SPACE, ""), style)  # "1 747": 1747, written another way
    if shown == printed:  # "about 440" for 440 is true; "nearly 440", "more than 440" are not
        return "equal" if not item.qualifier else "same" if item.qualifier == "about" else ""
    exact = abs(known.value)
    if item.qualifier == "about":  # "about 90 per cent" for 88.5: true to its last non-zero place
        zeros = len(str(int(item.value))) - len(str(int(item.value)).rstrip("0"))
        return "approx" if round_half_up(exact.scaleb(-zeros), 0).scaleb(zeros) == item.value else ""
    if item.qualifier == "nearly":
        return "approx" if item.value * style.nearly_fraction <= exact < item.value else ""
    if item.qualifier in ("more", "fewer"):
        return "approx" if (exact > item.value if item.qualifier == "more" else exact < item.value) else ""
    value, _, step = shown.lstrip("<>~=").partition("/")
    if not step and _MISGROUPED.search(item.text):  # "35,49" or "44,0" typed for "3,549", "440": a wrong figure
        return ""
    if not step and with_a_part(item, style):  # "three and a half thousand" as "3.5k": true to its last place
        value, step = str(item.value), str(10 ** (len(str(int(item.value))) - len(str(int(item.value)).rstrip("0"))))
    try:  # true to its last place: "193.3 per cent" for 193.33…, "1.2 million" for 1,234,567
        within = round_half_up(exact / Decimal(step), 0) * Decimal(step) == Decimal(value)
    except (InvalidOperation, ZeroDivisionError):
        within = exact == item.value
    return "approx" if within else ""


def with_a_part(item: Item, style: HouseStyle) -> bool:
    """Whether a number in words is thousands or millions and a part of one: "two and a half million", Welsh "tair
    mil a hanner" (check_words reads them), said as "2.5 million" and "3.5k" are, to its last place."""
    said = words_of(item.text)
    parts = {words_of(phrase)[-1] for phrase, _, _ in style.language.fractions}
    return item.value is not None and item.value >= 1000 and not any(c.isdigit() for c in item.text) and any(
        said[k] in words_of(style.and_word) and said[k + 1] in parts | {"a"} for k in range(1, len(said) - 1))


def rounds_to(value: Decimal, item: Item) -> bool:
    """Whether a plain number could be what ``item`` states, before wording it (a quick test)."""
    assert item.value is not None
    if item.qualifier:
        return True
    exponent = item.value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return round_half_up(value, places) == item.value or value == item.value


def compatible(item_kind: str, known_kind: str) -> bool:
    """Whether an item of one kind may state a fact of the other: the same kind, or a count and an amount."""
    return item_kind == known_kind or {item_kind, known_kind} <= {"count", "money"}
