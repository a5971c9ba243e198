"""House-style presets: every rule for numbers, dates and change wording, as data. No formatting here.

A preset is chosen by ``style:`` in campaign.yaml (default: the locale's), and any single rule can be
overridden under ``house_style:``; :data:`RULES` documents each rule and its type.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

from drafter.errors import InputError
from drafter.model import SourceRef
from drafter.style.base import HouseStyle
from drafter.style.lang import presets

# Every language's presets by name (en_GB, en_US, cy_GB), found once: drafter.style.lang looks for them.
PRESETS: Mapping[str, HouseStyle] = MappingProxyType(presets())


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
    "typographic_quotes": (bool, "typographic apostrophes and quotation marks (’ “ ”) throughout a release (true), "
                           "or as written (false)"),
    "embargo_capitals": (bool, "the embargo line in capitals, in the text itself (true), or as written (false)"),
    "million_from": (Decimal, 'counts at or above this are written as "1.2 million"'),
    "large_places": (int, 'decimal places in "1.2 million" and "£3.5bn"'),
    "money_short": (bool, 'money as "£3bn" and "£1.2m" (true) or "£3 billion" and "£1.2 million" (false)'),
    "titles": (str, 'a speaker\'s title "before" the name, capitalised, or "after" it, in lower case'),
    "year_may_start": (bool, "a sentence may start with a year without a warning"),
    "more_than_half": (bool, 'a fall to less than half as "fell by more than half" rather than a percentage'),
    "large_places_max": (int, 'the most decimal places "1.04 million" may take to show a change (then full '
                         "figures)"),
    "near_total_fall": (str, 'a fall short of zero that would round to 100 per cent: "more_than" ("fell by more '
                        'than 99 per cent", default) or "counts" ("fell from 1,000 to 5")'),
    "list_places": (str, 'a list\'s percentages (changes()): "own" places each, as in every other release '
                    '(default), or "shared" ("9.6" beside "12.0")'),
    "list_areas": (int, "the most areas a region's release names in its list of them, highest figure first; the "
                   "rest (at least three) are counted there and given in a table in the notes to editors (0: every "
                   "area)"),
    "batch_consistency": (str, 'one figure printed two ways in different releases of a batch: "error" (default) '
                          'or "warn"'),
}

_CHOICES = {
    "rounding_conflicts": ("error", "warn"),
    "percent": ("per cent", "%", "percent"),
    "titles": ("before", "after"),
    "near_total_fall": ("more_than", "counts"),
    "list_places": ("own", "shared"),
    "batch_consistency": ("error", "warn"),
}
# Whole-number rules that would make nonsense past a point: no house style prints 100,000 decimal places.
_MOST = {"words_up_to": 9, "percent_small_places": 6, "large_places": 6, "large_places_max": 6}
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
        if not target and key in WORD_RULES and main_language and style.language.code != main_language:
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
        if key in _MOST and isinstance(value, int) and value > _MOST[key]:
            raise InputError("is too large", source=source, field=field, value=raw,
                             expected=f"a whole number from 0 to {_MOST[key]}: {meaning}")
        if key in _CHOICES and value not in _CHOICES[key]:
            raise InputError("is not valid", source=source, field=field, value=raw,
                             expected=" or ".join(f'"{c}"' for c in _CHOICES[key]))
        changes[key] = value
    return dataclasses.replace(style, **changes)  # type: ignore[arg-type]
