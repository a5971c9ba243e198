"""House-style presets: every rule for numbers, dates and change wording, as data. No formatting here.

A preset is chosen by ``style:`` in campaign.yaml (default: the locale's), and any single rule can be
overridden under ``house_style:``; :data:`RULES` documents each rule and its type.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from drafter.errors import InputError
from drafter.model import SourceRef
from drafter.style.lang import cy as welsh

EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EN_ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


@dataclass(frozen=True)
class HouseStyle:
    """Every rule of one preset. Welsh words themselves live in :mod:`drafter.welsh`."""

    name: str
    locale: str
    language: str  # "en" or "cy": which word tables drafter/wording.py uses
    number_words: tuple[str, ...]  # 0..9 in words; empty when the preset always uses figures
    words_up_to: int  # 1..words_up_to in words (0 = always figures)
    none_word: str  # "from none to 12"
    percent: str  # "per cent", "%" or "percent"
    percent_points: str  # "percentage points"
    percent_whole_from: Decimal  # at and above this, whole numbers; below, percent_small_places
    percent_small_places: int
    small_base: Decimal  # below this base no percentage is given
    nearly_fraction: Decimal  # "nearly N" only for values in [nearly_fraction × N, N)
    date_pattern: str  # CLDR pattern, or "AP" for AP month abbreviations
    month_pattern: str
    time_pattern: str  # embargo time, CLDR pattern, or "AP"
    treble: str  # "treble" (en_GB) or "triple" (en_US)
    embargo_words: str
    no_embargo: str
    ends: str
    million_from: Decimal  # "1.2 million" at and above this
    million_word: str
    between_word: str = "between"
    to_word: str = "to"
    and_word: str = "and"
    fewer_than: str = "fewer than"
    rounding_conflicts: str = "error"  # one figure at two rounding levels in a release: "error" or "warn"
    billion_word: str = "billion"
    large_places: int = 1  # "1.2 million": decimal places for millions and billions
    money_short: bool = True  # money as "£3bn", "£1.2m" (False: "$3 billion", "$1.2 million")
    ordinal_words: tuple[str, ...] = EN_ORDINALS  # first to ninth in words, then "10th" (empty: figures)
    titles: str = "before"  # a speaker's title "before" the name, capitalised, or "after" it, lower case
    year_may_start: bool = False  # AP: a sentence may start with a year ("2018 was …")
    more_than_half: bool = False  # r < 0.5 as "fell by more than half" rather than "fell by 62 per cent"


_EN_GB = HouseStyle(
    name="en_GB", locale="en_GB", language="en", number_words=EN_WORDS, words_up_to=9, none_word="none",
    percent="per cent", percent_points="percentage points", percent_whole_from=Decimal(10),
    percent_small_places=1, small_base=Decimal(20), nearly_fraction=Decimal("0.95"),
    date_pattern="d MMMM y", month_pattern="MMMM y", time_pattern="HH:mm", treble="treble",
    embargo_words="EMBARGOED UNTIL", no_embargo="FOR IMMEDIATE RELEASE", ends="ENDS",
    million_from=Decimal(1_000_000), million_word="million",
)

PRESETS: dict[str, HouseStyle] = {
    "en_GB": _EN_GB,
    "en_US": dataclasses.replace(
        _EN_GB, name="en_US", locale="en_US", percent="%", date_pattern="AP", time_pattern="AP",
        treble="triple", ends="###", money_short=False, year_may_start=True,
    ),
    "cy_GB": dataclasses.replace(
        _EN_GB, name="cy_GB", locale="cy_GB", language="cy", number_words=(), words_up_to=0,
        none_word=welsh.NONE_AFTER_FROM, percent="%", percent_points=welsh.PERCENT_POINTS, treble="treble",
        embargo_words=welsh.EMBARGO_WORDS, no_embargo=welsh.NO_EMBARGO, ends=welsh.ENDS,
        million_word=welsh.MILLION, billion_word=welsh.BILLION, money_short=False, between_word=welsh.BETWEEN,
        to_word=welsh.TO, and_word="a", fewer_than=welsh.FEWER_THAN, ordinal_words=(),
    ),
}

# Rules a campaign may override under ``house_style:``: name → (type, what it means).
RULES: dict[str, tuple[type, str]] = {
    "words_up_to": (int, "numbers from one up to this are written in words (0: always figures)"),
    "percent": (str, 'how "per cent" is written: "per cent", "%" or "percent"'),
    "percent_whole_from": (Decimal, "percentages at or above this are whole numbers"),
    "percent_small_places": (int, "decimal places for percentages below percent_whole_from"),
    "small_base": (Decimal, "below this base no percentage is given, only the two counts"),
    "nearly_fraction": (Decimal, '"nearly N" only for values at or above this fraction of N'),
    "none_word": (str, 'the word for zero in "from none to 12"'),
    "ends": (str, "the end-of-release line"),
    "rounding_conflicts": (str, 'one figure at two rounding levels in one release: "error" (default) or "warn"'),
    "embargo_words": (str, 'the words before the embargo time, e.g. "EMBARGOED UNTIL"'),
    "no_embargo": (str, 'the line when there is no embargo, e.g. "FOR IMMEDIATE RELEASE"'),
    "million_from": (Decimal, 'counts at or above this are written as "1.2 million"'),
    "large_places": (int, 'decimal places in "1.2 million" and "£3.5bn"'),
    "money_short": (bool, 'money as "£3bn" and "£1.2m" (true) or "£3 billion" and "£1.2 million" (false)'),
    "titles": (str, 'a speaker\'s title "before" the name, capitalised, or "after" it, in lower case'),
    "year_may_start": (bool, "a sentence may start with a year without a warning"),
    "more_than_half": (bool, 'a fall to less than half as "fell by more than half" rather than a percentage'),
}

_CHOICES = {
    "rounding_conflicts": ("error", "warn"),
    "percent": ("per cent", "%", "percent"),
    "titles": ("before", "after"),
}
_BOOLEANS = {"true": True, "yes": True, "false": False, "no": False}


def _parse(kind: type, raw: str) -> object:
    if kind is bool:
        return _BOOLEANS[raw.strip().lower()]
    value = kind(raw)
    if kind in (int, Decimal) and value < 0:
        raise ValueError(raw)
    return value


# Rules that are words in one language: a plain override applies only to presets in the campaign's own
# language; ``house_style: {cy_GB: {ends: …}}`` overrides them for one preset.
WORD_RULES = ("percent", "none_word", "ends", "embargo_words", "no_embargo")


def resolve_style(preset: str, settings: tuple[tuple[str, str], ...], source: SourceRef, *,
                  main_language: str | None = None) -> HouseStyle:
    """The preset with the campaign's overrides applied, each validated.

    ``settings`` are ``(rule, value)`` pairs from ``house_style:``, or ``("cy_GB.rule", value)`` for one
    preset. Number rules apply to every language (so the English and Welsh releases give the same figures);
    word rules only to presets in ``main_language`` (the campaign's), unless given for the preset by name.
    """
    style = PRESETS[preset]
    changes: dict[str, object] = {}
    for name, raw in settings:
        field = f"house_style.{name}"
        target, _, key = name.rpartition(".")
        if target and target not in PRESETS:
            raise InputError("is not a house-style preset", source=source, field=f"house_style.{target}",
                             expected="one of " + ", ".join(PRESETS))
        if target and target != preset:
            continue
        if not target and key in WORD_RULES and main_language and style.language != main_language:
            continue
        if key not in RULES:
            near = difflib.get_close_matches(key, list(RULES), n=1)
            raise InputError("is not a known house-style rule", source=source, field=field,
                             expected=f"did you mean {near[0]!r}?" if near else "one of " + ", ".join(RULES))
        kind, meaning = RULES[key]
        try:
            value: object = _parse(kind, raw)
        except (ValueError, KeyError, InvalidOperation):
            what = "true or false" if kind is bool else f"a {kind.__name__} of 0 or more"
            raise InputError("is not valid", source=source, field=field, value=raw,
                             expected=f"{what}: {meaning}") from None
        if key in _CHOICES and value not in _CHOICES[key]:
            raise InputError("is not valid", source=source, field=field, value=raw,
                             expected=" or ".join(f'"{c}"' for c in _CHOICES[key]))
        changes[key] = value
    return dataclasses.replace(style, **changes)  # type: ignore[arg-type]
