"""Welsh ordinals: first to ninth in words, then figures with their suffixes, counted in scores past 20; which
take "yr"; the feminine forms before a feminine noun (for :mod:`drafter.style.lang.cy`)."""

from __future__ import annotations

from drafter.style.lang._cy_mutations import article, soft

# First to ninth in words (masculine, the form with no noun and before "cynnydd", "gostyngiad"), as a Welsh
# newsdesk writes them in running text ("yn ail", not "yn 2il"); then figures with their suffixes.
ORDINALS = ("", "cyntaf", "ail", "trydydd", "pedwerydd", "pumed", "chweched", "seithfed", "wythfed", "nawfed")
# CLDR's Welsh ordinal categories name the suffix for 0–10; 11–19 follow the traditional forms.
ORDINAL_SUFFIXES = {"zero": "fed", "one": "af", "two": "il", "few": "ydd", "many": "ed", "other": "fed"}
JOINT = "cydradd"  # a shared place, "cydradd drydydd" (mutating as a prefix, like "cyd-"); "yn gydradd ail"
TEENS = {11: "eg", 12: "fed", 13: "eg", 14: "eg", 15: "fed", 16: "eg", 17: "eg", 18: "fed", 19: "eg"}
# Past 20 the traditional ordinal counts in scores: "unfed ar hugain" (21ain), "ail a deugain" (42ain); a whole
# score is one word, "ugeinfed" (20fed), "deugeinfed" (40fed), "trigeinfed" (60fed), "pedwar ugeinfed" (80fed),
# and 50 is "hanner canfed" (50fed). From 100 on, CLDR's categories again ("100fed").
AIN = "ain"
# Ordinals of 1 to 19 spoken with a vowel first ("wythfed", "unfed ar ddeg", "unfed ar bymtheg", "ail ar
# bymtheg"), so "yr": "yr 11eg"; past 20, a score's ordinal opens with the ordinal of what is over the score
# ("yr 21ain", unfed ar hugain; "yr 28ain", wythfed ar hugain), and "ugeinfed" itself with a vowel.
VOWEL_ORDINALS = (1, 2, 8, 11, 16, 17)
# Feminine nouns a rank may stand before ("y drydedd gyfradd uchaf"): the ordinal takes its feminine form, mutated
# after "y", and the noun mutates after every ordinal (a masculine one only after "ail").
FEMININE = ("cyfradd", "cyfran", "canran", "ardal", "sir")
FEMININE_ORDINALS = {"trydydd": "trydedd", "drydydd": "drydedd", "pedwerydd": "pedwaredd", "bedwerydd": "bedwaredd"}
AIL = "ail"  # "ail" mutates the noun after it, whatever its gender: "yr ail gynnydd", "yr ail ostyngiad"


def vowel_ordinal(number: int) -> bool:
    """Whether the ordinal of ``number`` is spoken with a vowel first, and so takes "yr" (see
    :data:`VOWEL_ORDINALS`).

    >>> [n for n in range(1, 100) if vowel_ordinal(n)]  # doctest: +NORMALIZE_WHITESPACE
    [2, 8, 11, 16, 17, 20, 21, 22, 28, 31, 36, 37, 41, 42, 48, 51, 56, 57, 61, 62, 68, 71, 76, 77, 81, 82, 88,
     91, 96, 97]
    """
    if number in (1, 20):
        return number == 20  # "y cyntaf", but "yr ugeinfed"
    over = number % 20 if 20 < number < 100 else number
    return over in VOWEL_ORDINALS

# The second of two, which "yr ail ostyngiad mwyaf" would call it: the other end's superlative, as Welsh compares two
OTHER_OF_TWO = {"mwyaf": "lleiaf", "lleiaf": "mwyaf", "uchaf": "isaf", "isaf": "uchaf"}


def other_of_two(noun: str) -> str | None:
    """"y gostyngiad lleiaf" for "gostyngiad mwyaf" (the smaller fall); a feminine noun and its adjective
    softly mutated after "y": "y gyfradd isaf", "y gyfradd fwyaf"; None for a word it has no other end for.

    >>> other_of_two("gostyngiad mwyaf"), other_of_two("cynnydd mwyaf"), other_of_two("cyfradd uchaf")
    ('y gostyngiad lleiaf', 'y cynnydd lleiaf', 'y gyfradd isaf')
    >>> other_of_two("cyfradd lleiaf"), other_of_two("mwyaf")
    ('y gyfradd fwyaf', None)
    """
    *head, last = noun.split(" ")
    if not head or last not in OTHER_OF_TWO:
        return None
    word, feminine = OTHER_OF_TWO[last], head[0].lower() in FEMININE
    text = f"{soft(' '.join(head))} {soft(word)}" if feminine else f"{' '.join(head)} {word}"
    return f"{article(text)} {text}"
