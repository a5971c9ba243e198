"""House-style presets: every rule for numbers, dates and change wording, as data. No formatting here.

A preset is chosen by ``style:`` in campaign.yaml (default: the locale's), and any single rule can be
overridden under ``house_style:``; :data:`RULES` documents each rule and its type.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

from drafter.errors import InputError
from drafter.model import SourceRef
from drafter.style.base import HouseStyle
from drafter.style.lang import presets

# Every language's presets by name (en_GB, en_US, cy_GB), found once: drafter.style.lang looks for them.
PRESETS: Mapping[str, HouseStyle] = MappingProxyType(presets())
INTERFACE = "en_GB"  # the preset whose language drafter's messages are in


def message_style(style: HouseStyle) -> HouseStyle:
    """The house style of the words a message of drafter's, which is in English, takes from a release: ``style``
    where it is in English ("April 1 to 7, 2024" in AP style), else en_GB's (a Welsh campaign's periods)."""
    english = PRESETS[INTERFACE]
    return style if style.language is english.language else english


@dataclass(frozen=True)
class Rule:
    """A house-style rule a campaign may set under ``house_style:``: its type, what it means (as errors and
    docs say it), the values it may take, and whether it is words in one language (see :func:`resolve_style`)."""

    kind: type
    meaning: str
    choices: tuple[str, ...] = ()  # the only values it may take; () for any of its type
    most: int | None = None  # the largest whole number that makes sense: no house style prints 100,000 places
    least: Decimal | None = None  # the smallest number that makes sense: "1,200" is not "0 million"
    below_one: bool = False  # a fraction of 1 at most: "nearly" is said of a value close to N
    words: bool = False  # words in one language ("per cent", "ENDS"), not a number rule
    none: int | None = None  # what the word "none" sets a number rule to, where it takes it (list_areas: none)


# Every rule a campaign may set under ``house_style:``, by name.
RULES: Mapping[str, Rule] = MappingProxyType({
    "words_up_to": Rule(int, "numbers from one up to this are written in words (0: always figures)", most=9),
    "percent": Rule(str, 'how "per cent" is written: "per cent", "%" or "percent"',
                    choices=("per cent", "%", "percent"), words=True),
    "percent_whole_from": Rule(Decimal, "percentages at or above this are whole numbers"),
    "percent_small_places": Rule(int, "decimal places for percentages below percent_whole_from", most=6),
    "rate_whole_from": Rule(Decimal, 'rates per head at or above this are whole numbers, "1,919 per 100,000 '
                            'people" (below it, one decimal place, "52.3"; 0: one place at any size)'),
    "rate_places_max": Rule(int, "the most decimal places a published rate (kind: rate) is printed to, as given "
                            "up to these; one given to more (12.34567) is rounded half up to them (12.35)", most=6),
    "small_base": Rule(Decimal, "below this base no percentage is given, only the two figures; a rate counted in "
                       "steps of its last published place (0.04 is 4 hundredths)"),
    "nearly_fraction": Rule(Decimal, '"nearly N" only for values at or above this fraction of N (1: never "nearly")',
                            least=Decimal("0.9"), below_one=True),
    "none_word": Rule(str, 'the word for zero in "from none to 12"', words=True),
    "ends": Rule(str, "the end-of-release line", words=True),
    "rounding_conflicts": Rule(str, 'one figure at two rounding levels in one release: "error" (default) or '
                               '"warn"', choices=("error", "warn")),
    "embargo_words": Rule(str, 'the words before the embargo time, e.g. "EMBARGOED UNTIL"', words=True),
    "no_embargo": Rule(str, 'the line when there is no embargo, e.g. "FOR IMMEDIATE RELEASE"', words=True),
    "typographic_quotes": Rule(bool, "typographic apostrophes and quotation marks (’ “ ”) throughout a release "
                               "(true), or as written (false)"),
    "embargo_capitals": Rule(bool, "the embargo line in capitals, in the text itself (true), or as written (false)"),
    "million_from": Rule(Decimal, 'counts at or above this are written as "1.2 million"', least=Decimal(1_000_000)),
    "large_places": Rule(int, 'decimal places in "1.2 million" and "£3.5bn"', most=6),
    "money_short": Rule(bool, 'money as "£3bn" and "£1.2m" (true) or "£3 billion" and "£1.2 million" (false)'),
    "pence_below": Rule(Decimal, 'money below this keeps its pence or cents, "£12.50"; at or above it, whole pounds '
                        'rounded half up, "£412,301" for £412,300.50 (0: never pence)'),
    "titles": Rule(str, 'a speaker\'s title "before" the name, capitalised, or "after" it, in lower case',
                   choices=("before", "after")),
    "year_may_start": Rule(bool, "a sentence may start with a year without a warning"),
    "more_than_half": Rule(bool, 'a fall to less than half as "fell by more than half" rather than a percentage'),
    "large_places_max": Rule(int, 'the most decimal places "1.04 million" may take to show a change (then full '
                             "figures)", most=6),
    "near_total_fall": Rule(str, 'a fall short of zero that would round to 100 per cent: "more_than" ("fell by '
                            'more than 99 per cent", default) or "counts" ("fell from 1,000 to 5")',
                            choices=("more_than", "counts")),
    "list_places": Rule(str, 'a list\'s percentages (changes()): "own" places each, as in every other release '
                        '(default), or "shared" ("9.6" beside "12.0")', choices=("own", "shared")),
    "list_areas": Rule(int, "the most areas a region's release names in its list of them, highest figure first; "
                       "the rest (at least three) are counted there and given in a table in the notes to editors "
                       "(0: every area; none: no area, every area in the table)", none=-1),
    "financial_years": Rule(str, 'a period from 1 April to 31 March: "months" ("between April 2023 and March '
                            '2024", default), or its financial year written as "2023/24", "2023-24" or "2023–24" ("in '
                            '2023/24")', choices=("months", "2023/24", "2023-24", "2023–24")),
    "academic_years": Rule(str, 'a period from 1 September to 31 August: "months" ("between September 2023 and '
                           'August 2024", default), or its academic year written as "2023/24", "2023-24" or "2023–24" '
                           '("in 2023/24")', choices=("months", "2023/24", "2023-24", "2023–24")),
    "batch_consistency": Rule(str, 'one figure printed two ways in different releases of a batch: "error" '
                              '(default) or "warn"', choices=("error", "warn")),
})
_BOOLEANS = {"true": True, "yes": True, "false": False, "no": False}


def _year_form(raw: str) -> str:
    """A financial or academic year as a campaign writes its own, "2024/25", read as the form it shows ("2023/24"):
    the rule is the form, so any year written in it is that form; a value of another shape is left to be refused."""
    found = re.fullmatch(r"\s*(\d{4})([/\-–])(\d{2})\s*", raw)
    if found is None or (int(found[1]) + 1) % 100 != int(found[3]):
        return raw
    return f"2023{found[2]}24"


def _parse(kind: type, raw: str) -> object:
    if kind is bool:
        return _BOOLEANS[raw.strip().lower()]
    value = kind(raw)
    if kind in (int, Decimal) and value < 0:
        raise ValueError(raw)
    return value


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
        if not target and key in RULES and RULES[key].words and main_language and style.language.code != main_language:
            continue
        if key not in RULES:
            near = difflib.get_close_matches(key, list(RULES), n=1)
            raise InputError("is not a known house-style rule", source=source, field=field,
                             expected=f"did you mean {near[0]!r}?" if near else "one of " + ", ".join(RULES))
        rule = RULES[key]
        kind, meaning = rule.kind, rule.meaning
        try:
            value: object = rule.none if rule.none is not None and raw.strip().lower() == "none" else \
                _parse(kind, raw)
        except (ValueError, KeyError, InvalidOperation):
            what = "true or false" if kind is bool else "a whole number of 0 or more" if kind is int else \
                "a number of 0 or more"  # never "a int", "a Decimal"
            raise InputError("is not valid", source=source, field=field, value=raw,
                             expected=f"{what}: {meaning}") from None
        if rule.most is not None and isinstance(value, int) and value > rule.most:
            raise InputError("is too large", source=source, field=field, value=raw,
                             expected=f"a whole number from 0 to {rule.most}: {meaning}")
        if rule.least is not None and isinstance(value, Decimal) and not (
                rule.least <= value and (value <= 1 or not rule.below_one)):
            wanted = f"from {rule.least} to 1" if rule.below_one else f"of {rule.least:,} or more"
            raise InputError("is too small" if value < rule.least else "is too large", source=source, field=field,
                             value=raw, expected=f"a number {wanted}: {meaning}")
        if key in ("financial_years", "academic_years") and isinstance(value, str):
            value = _year_form(value)
        if rule.choices and value not in rule.choices:
            raise InputError("is not valid", source=source, field=field, value=raw,
                             expected=" or ".join(f'"{c}"' for c in rule.choices))
        if target and key == "words_up_to" and value and not style.number_words:  # asked of this preset by name
            raise InputError("cannot be set", source=source, field=field, value=raw,
                             expected=f"0, or leave it out: the {preset} preset writes every number in figures, as "
                             f"number words in {style.language.english} take the gender of what they count")
        changes[key] = value
    return dataclasses.replace(style, **changes)  # type: ignore[arg-type]
