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

EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True)
class HouseStyle:
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
        treble="triple", ends="###",
    ),
    "cy_GB": dataclasses.replace(
        _EN_GB, name="cy_GB", locale="cy_GB", language="cy", number_words=(), words_up_to=0, none_word="ddim",
        percent="%", percent_points="pwynt canran", treble="treble",
        embargo_words="EMBARGO TAN", no_embargo="I'W GYHOEDDI AR UNWAITH", ends="DIWEDD",
        million_word="miliwn", between_word="rhwng", to_word="i", and_word="a", fewer_than="llai na",
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
}


def resolve_style(preset: str, settings: tuple[tuple[str, str], ...], source: SourceRef) -> HouseStyle:
    """The preset with the campaign's overrides applied, each validated."""
    style = PRESETS[preset]
    changes: dict[str, object] = {}
    for key, raw in settings:
        field = f"house_style.{key}"
        if key not in RULES:
            near = difflib.get_close_matches(key, list(RULES), n=1)
            raise InputError("is not a known house-style rule", source=source, field=field,
                             expected=f"did you mean {near[0]!r}?" if near else "one of " + ", ".join(RULES))
        kind, meaning = RULES[key]
        try:
            value: object = kind(raw)
        except (ValueError, InvalidOperation):
            raise InputError("is not valid", source=source, field=field, value=raw,
                             expected=f"a {kind.__name__}: {meaning}") from None
        if key == "rounding_conflicts" and value not in ("error", "warn"):
            raise InputError("is not valid", source=source, field=field, value=raw, expected='"error" or "warn"')
        if key == "percent" and value not in ("per cent", "%", "percent"):
            raise InputError("is not valid", source=source, field=field, value=raw,
                             expected='"per cent", "%" or "percent"')
        changes[key] = value
    return dataclasses.replace(style, **changes)  # type: ignore[arg-type]
