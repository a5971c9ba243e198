"""Figures as a person types them in prose, read back: the one reader of the quote check
(:mod:`drafter.quotes.claims`) and `drafter check` (:mod:`drafter.reports.check_words`), so the two never read
one figure two ways.

A paragraph is made :func:`flat` first: a space between a number's groups of digits, no-break (U+00A0), narrow
no-break (U+202F), thin (U+2009) or plain, becomes :data:`GROUP_SPACE`, so "1 900" is one figure, as "1,900" is.
A figure's digits are :data:`DIGITS`; their value is :func:`number_value`; a short scale straight after them
("1.9k", "£1.2m", "3bn", :data:`SHORT_SCALES`) or a scale word of a language ("1.2 million", Welsh "1.2 miliwn",
:func:`scale_words`) multiplies it, and :func:`step` is how finely the figure is rounded. A number that looks like
a year is :data:`YEAR`, one beside a month's name a day (:func:`month_words`); a telephone number (:data:`PHONE`,
:func:`is_phone`) is no figure. The words before a figure say what they claim of it (:func:`qualifier_words`:
"nearly", "more than", Welsh "llai na"). Pure: no I/O.

>>> [number_value(flat(text)) for text in ("1,900", "1\\u00a0900", "1\\u202f900", "1\\u2009900", "1 900")]
[Decimal('1900'), Decimal('1900'), Decimal('1900'), Decimal('1900'), Decimal('1900')]
>>> step("1.2", 10**6), step("1,747", 1)
(Decimal('1E+5'), Decimal('1'))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation

from drafter.style.base import HouseStyle
from drafter.style.dates import date_text, month_text

MAX_FIGURE = 40  # characters: a 15-digit count with its separators and decimals is about 25
GROUP_SPACE = "\u202f"  # a space between a number's groups of digits ("1 747"), kept as one when a paragraph is read
# A figure's digits, as one run: "1,747", "12.5", "1 747" (after flat), a time's "10:30". Atomic, so a figure with
# letters glued to it ("1,747people") is never read as a shorter one ("1").
DIGITS = r"(?>\d+(?:[.,:]\d+|\u202f\d{3}(?!\d))*)"
SHORT_SCALES = {"k": 10**3, "m": 10**6, "bn": 10**9, "tn": 10**12}  # straight after a figure: "3.5k", "£1.2m"
YEAR = re.compile(r"(1[89]|20)\d\d")  # a number that looks like a year, matched whole
# A telephone number is no figure: "0800 123 4567", "01603 810351", "+44 20 7946 0000" (nine digits or more), a
# bracket typed between two groups ("07700 900(001") or none ("07700900001": ten or eleven digits after 0 or +).
PHONE = re.compile(r"(?<![\w.,])(?:(?:\+\d{1,3}[ \-]?)?(?:\(\d{1,5}\)[ \-]?)?\d{2,6}(?:[ \-.()]\d{2,6}){1,4}"
                   r"|(?:\+\d{1,3} ?|0)\d{9,10})(?![\w%]|[.,]\d)")
_GROUPS = re.compile(r"(?<=\d)[\u00a0\u2009\u202f](?=\d{3}(?!\d))")
_SPACES = re.compile(r"[^\S\u202f]+")
# Thousands typed with plain spaces ("1 747", "3 549 000"): one number; not in a longer run of digits (a phone number)
_SPACED = re.compile(r"\d \d{3}")
_PLAIN_GROUPS = re.compile(r"(?<![\d,.(])(?<!\d[ \-.)])(?<!\d\) )[1-9]\d{0,2}(?: \d{3})+(?!\d| \d|[.,]\d)")
_RANGE_END = re.compile(r"(?<![\d,.])(?<!\d )\d{1,3} (?:to|and|or|a|ac|i|neu|[-–]) $")  # nor "16 to 24 100": a range
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # a word, as `drafter check` reads one
_HALVES = {"am", "pm", "yb", "yh"}  # after a time's figures: "10.30am", Welsh "10.30yb" (y bore)
_ZERO_LED = re.compile(r"0\d[.:]\d\d")  # "00.01", "09.30"
_CLOCK_LIKE, _ZONES = re.compile(r"[012]?\d\.[0-5]\d"), {"bst", "gmt", "utc"}  # "10.00 BST"
_UNSEEN = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))  # zero-width, soft hyphen: not printed


def flat(text: str) -> str:
    """A paragraph's text on one line, spaces as one, what prints as nothing (a zero-width space) out; a space
    between a number's groups ("1 747", no-break, thin or plain) kept as :data:`GROUP_SPACE`: the number is one.

    >>> flat("over  1\\u00a0900 calls, aged 16 to 24 100 people") == "over 1\\u202f900 calls, aged 16 to 24 100 people"
    True
    """
    seen = text.translate(_UNSEEN)  # one plain space only (not a text table's columns), and a quick look first
    if " " in seen and _SPACED.search(seen):
        seen = _PLAIN_GROUPS.sub(lambda m: m[0] if _RANGE_END.search(seen, max(0, m.start() - 16), m.start())
                                 else m[0].replace(" ", GROUP_SPACE), seen)
    return _SPACES.sub(" ", _GROUPS.sub(GROUP_SPACE, seen)).strip()


def is_phone(text: str) -> bool:
    """Whether a match of :data:`PHONE` is a telephone number: nine digits or more ("1,747 2,300" is none)."""
    return sum(c.isdigit() for c in text) >= 9


def is_time(text: str, suffix: str, following: str) -> bool:
    """Whether a number's digits (``suffix``: letters straight after them; ``following``: the next word, in lower
    case) are a time of day: "10.30am", Welsh "10.30yb", "00.01" (no figure drafter prints starts with 0 and a digit),
    "10.00 BST"."""
    return suffix in _HALVES or _ZERO_LED.fullmatch(text) is not None or (
        _CLOCK_LIKE.fullmatch(text) is not None and following in _ZONES)


def clock_minutes(text: str, suffix: str, following: Sequence[str]) -> tuple[Decimal | None, int]:
    """A time's minutes from midnight ("00:01", "12:01am", "10.30pm", Welsh "10.30yh"), and how many of the
    ``following`` words it takes: "a.m." and "p.m." are two, "AM" one.

    >>> clock_minutes("12:01", "", ["a", "m"]), clock_minutes("00.01", "", []), clock_minutes("10.30", "yh", [])
    ((Decimal('1'), 2), (Decimal('1'), 0), (Decimal('1350'), 0))
    """
    half, taken = suffix[:1] if suffix in _HALVES else "", 0
    if not half and len(following) > 1 and following[0] in ("a", "p") and following[1] == "m":
        half, taken = following[0], 2
    elif not half and following and following[0] in ("am", "pm"):
        half, taken = following[0][0], 1
    hours, _, minutes = text.replace(".", ":").partition(":")
    minutes = minutes or ("0" if half else "")  # "2pm"
    if not (hours.isdigit() and minutes.isdigit()):
        return None, taken
    hour = int(hours) % 12 + (12 if half in ("p", "y") and suffix != "yb" else 0) if half else int(hours)
    return Decimal(hour * 60 + int(minutes)), taken


def number_value(text: str) -> Decimal | None:
    """The value of a figure's digits as en_GB, en_US and cy_GB write them ("1,747", "1 747", "12.5"); None for a
    time, a code, or digits longer than any figure drafter prints ("1,1,1,…" typed a million times).

    >>> number_value("1,747"), number_value("1\\u202f747"), number_value("10:30"), number_value("1.2.3")
    (Decimal('1747'), Decimal('1747'), None, None)
    """
    if ":" in text or text.count(".") > 1 or len(text) > MAX_FIGURE:
        return None
    try:
        return Decimal(text.replace(",", "").replace(GROUP_SPACE, ""))
    except InvalidOperation:
        return None


def step(digits: str, scale: int) -> Decimal:
    """How finely a figure is rounded: its last decimal place, times its scale ("1.2" million: 100,000)."""
    places = len(digits.rpartition(".")[2]) if "." in digits else 0
    return Decimal(scale).scaleb(-places).normalize()


def qualifier_words(styles: Iterable[HouseStyle]) -> tuple[tuple[str, str], ...]:
    """The words before a figure in the styles' languages, each with what it claims of it: "nearly" (just below
    it), "more" (above it), "fewer" (below it) or "about" (near it); the style's own first ("nearly", "more than"),
    then those a person may type ("almost", "over"), then "fewer than" (Welsh "llai na", and "lai na" as after "o").

    >>> from drafter.style.house import PRESETS
    >>> [w for w, meaning in qualifier_words([PRESETS["cy_GB"]]) if meaning == "fewer"]
    ['llai nag', 'llai na', 'lai na']
    """
    found: list[tuple[str, str]] = []
    for style in styles:
        language = style.language
        found += [(language.nearly, "nearly"), (language.more_than, "more"), *language.qualifier_words]
        found += [(language.fewer_than("", style, after_from=after).strip(), "fewer") for after in (False, True)]
    return tuple(dict.fromkeys((words, meaning) for words, meaning in found if words))


def scale_words(styles: Iterable[HouseStyle]) -> tuple[tuple[str, int], ...]:
    """The words for a million, a billion and a trillion in the styles' languages, each with its value.

    >>> from drafter.style.house import PRESETS
    >>> scale_words([PRESETS["cy_GB"]])
    (('miliwn', 1000000), ('biliwn', 1000000000), ('triliwn', 1000000000000))
    """
    found = ((word.lower(), value) for style in styles for word, value in (
        (style.million_word, 10**6), (style.billion_word, 10**9), (style.trillion_word, 10**12)) if word)
    return tuple(dict.fromkeys(found))


def month_words(styles: Iterable[HouseStyle]) -> tuple[tuple[str, int], ...]:
    """The names of the months in the styles' languages, each with its number, in every form a person may type
    them: as the house style writes them, after "to" and "and" (Welsh "i Fedi"), and as in a date. A number
    straight beside one ("4 September", "September 4") is a day, no figure.

    >>> from drafter.style.house import PRESETS
    >>> [name for name, month in month_words([PRESETS["cy_GB"]]) if month == 9]
    ['Medi', 'Fedi']
    """
    found: list[tuple[str, int]] = []
    for style in styles:
        for month in range(1, 13):
            day = dt.date(2001, month, 1)
            name = month_text(day, style, year=False)
            found.append((name, month))
            found += [(_WORD.findall(style.language.join("x", joiner, name, style))[-1], month)
                      for joiner in ("to", "and")]  # Welsh "i Fedi", "a Medi"
            found += [(word, month) for word in _WORD.findall(date_text(day, style))]
    return tuple(dict.fromkeys(found))
