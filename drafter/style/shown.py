"""What a printed figure says, read back from its words: the value, how finely it is rounded and how it is
qualified. Two texts say the same thing when :func:`shown_value` gives the same answer for them: "five" and
"5", "none" and "0", "193 per cent" and "193%", "fewer than five" and Welsh "llai na 5"; but "193" and
"193.3", "3,549" and "nearly 3,600", "1.2 million" and "1,200,000" are each one figure at two rounding levels.

Used to hold one figure to one rounding level within a release (:mod:`drafter.render.checks`) and across
every release of a batch (:mod:`drafter.reports.consistency`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from drafter.style import cldr
from drafter.style.base import HouseStyle
from drafter.style.typed import MAX_FIGURE, SHORT_SCALES, scale_words

_NUMBER = re.compile(r"^[^\d]*?(\d[\d\s,.\u00a0\u202f]*)(.*)$")


def _qualifiers(style: HouseStyle) -> list[tuple[str, str]]:
    """The words that qualify a figure, longest first, with the mark each leaves in the reading."""
    language = style.language
    found = [(language.nearly, "<~"), (language.more_than, ">"), (style.fewer_than, "<"), (language.less_than, "<"),
             (language.fewer_than("", style, after_from=True).strip(), "<"), (style.tied.format("").strip(), "=")]
    # each in every form the language gives it in running text: Welsh "fwy na 99%" after "yn", "gydradd" after "yn"
    forms = {(form.lower(), mark) for words, mark in found if words for form in language.forms(words)}
    return sorted(forms, key=lambda item: (-len(item[0]), item))


@lru_cache(maxsize=4096)  # a batch reads the same few printed figures back in every release
def shown_value(text: str, style: HouseStyle) -> str:
    """What a figure printed in ``style`` says: its qualifier, its value and the size of its last place.

    >>> from drafter.style.house import PRESETS
    >>> gb, cy = PRESETS["en_GB"], PRESETS["cy_GB"]
    >>> shown_value("five", gb) == shown_value("5", cy), shown_value("none", gb) == shown_value("zero", gb) == "0/1"
    (True, True)
    >>> shown_value("fewer than five", gb) == shown_value("lai na 5", cy) == shown_value("llai na 5", cy)
    True
    >>> shown_value("193 per cent", gb) == shown_value("193%", cy), shown_value("193.3 per cent", gb)
    (True, '193.3/0.1')
    >>> shown_value("1.2 million", gb), shown_value("1,200,000", gb), shown_value("nearly 3,600", gb)
    ('1200000/100000', '1200000/1', '<~3600/1')
    >>> shown_value("joint third", gb) == shown_value("cydradd drydydd", cy) == shown_value("gydradd trydydd", cy)
    True
    >>> shown_value("less than 0.1 per cent", gb) == shown_value("llai na 0.1%", cy), shown_value("0.1%", gb)
    (True, '0.1/0.1')
    >>> shown_value("fwy na 99%", cy) == shown_value("mwy na 99%", cy) == shown_value("more than 99 per cent", gb)
    True
    >>> shown_value("drydedd", cy) == shown_value("gydradd drydedd", cy)[1:] == shown_value("third", gb)
    True
    >>> shown_value("£1.2bn", gb), shown_value("3.5k", gb)
    ('1200000000/100000000', '3500/100')
    """
    rest = " ".join(text.lower().split())
    mark = ""
    for words, sign in _qualifiers(style):
        if rest.startswith(words + " "):
            rest, mark = rest[len(words) + 1:], sign
            break
    whole = _word_value(rest, style)
    if whole is not None:
        return f"{mark}{whole}/1"
    match = _NUMBER.match(rest)
    if match is None:
        return mark + rest
    digits, tail = match.group(1).strip(), match.group(2).strip()
    if len(digits) > MAX_FIGURE:  # no figure drafter prints is this long: "1,1,1,…" typed into an edit
        return mark + rest
    try:
        number = cldr.parse_number(digits, style.locale)
    except (ValueError, ArithmeticError):  # InvalidOperation and Overflow among them
        return mark + rest
    decimal = cldr.decimal_symbol(style.locale)
    places = len(digits.rpartition(decimal)[2]) if decimal in digits else 0
    scale = _scale(tail, style)
    step = Decimal(1).scaleb(-places) * scale
    return f"{mark}{_plain(number * scale)}/{_plain(step)}"


def _word_value(text: str, style: HouseStyle) -> int | None:
    """The value of a number or ordinal written in words ("five", "none", "third"), else None."""
    language = style.language
    if text in (style.none_word.lower(), *(w.lower() for word in (language.none_of(""), *language.none_words)
                                          if word for w in language.forms(word))):  # "no", "no one", "ddim", "neb"
        return 0
    for words, first in ((style.number_words, 0), (style.ordinal_words, 1)):  # "zero", but no "zeroth" rank
        for index, word in enumerate(words[first:], first):
            if text in (form.lower() for form in style.language.forms(word)):  # Welsh "drydydd"
                return index
    return None


def _scale(tail: str, style: HouseStyle) -> Decimal:
    """The multiplier a word or suffix after the number stands for: "k", "million", "bn", "triliwn"."""
    first = tail.split(" ", 1)[0] if tail else ""
    return Decimal(dict((*SHORT_SCALES.items(), *scale_words([style]))).get(first, 1))


def _plain(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 1200000, 0.1."""
    text = format(value.normalize(), "f")
    return text
