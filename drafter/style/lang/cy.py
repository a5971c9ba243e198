"""Welsh: every word drafter writes itself in a Welsh release — change phrases, helper words, ordinals and the
initial mutations that month names take after "i" and "a" — and the cy_GB house style. Nothing else in drafter
holds a Welsh word (templates and campaign text aside).

Welsh is verb-first in the past tense ("Cynyddodd y nifer …"), so a phrase that a template can put after
its subject is an aspect phrase: "wedi cynyddu 193%" (perfect, and the past forms), "yn cynyddu" (present).
The template supplies "Mae …" or "Roedd …".
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from drafter.model import Change
from drafter.style.base import COUNT_ONLY, Furniture, HouseStyle, Joiner, Language, Printed, Span, Tense
from drafter.style.lang.en import EN_GB
from drafter.style.numbers import change_percent_text, from_to_text, points_text

# --- mutations ------------------------------------------------------------------------------------------

# Digraphs that are letters of their own and do not mutate as their first character would.
_UNMUTATED = ("ch", "ph", "th", "ff", "ng", "dd")
_SOFT = (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""),
         ("m", "f"))
_ASPIRATE = (("p", "ph"), ("t", "th"), ("c", "ch"))
_VOWELS = "aeiouwyâêîôûŵŷ"


def _mutate(word: str, table: tuple[tuple[str, str], ...]) -> str:
    lower = word.lower()
    for first, replacement in table:
        if lower.startswith(first) and not (len(first) == 1 and lower.startswith(_UNMUTATED)):
            rest = word[len(first):]
            mutated = replacement + rest
            return mutated[:1].upper() + mutated[1:] if word[:1].isupper() else mutated
    return word


def soft(word: str) -> str:
    """Soft mutation, as after "i" (to) and "o" (from).

    >>> [soft(m) for m in ("Rhagfyr", "Gorffennaf", "Mehefin", "Tachwedd", "Chwefror", "Llun", "Ionawr")]
    ['Ragfyr', 'Orffennaf', 'Fehefin', 'Dachwedd', 'Chwefror', 'Lun', 'Ionawr']
    """
    return _mutate(word, _SOFT)


def aspirate(word: str) -> str:
    """Aspirate mutation, as after "a" (and).

    >>> aspirate("Tachwedd"), aspirate("Mehefin")
    ('Thachwedd', 'Mehefin')
    """
    return _mutate(word, _ASPIRATE)


def and_before(text: str) -> str:
    """ "a" before a consonant (mutating it), "ac" before a vowel: "a Thachwedd 2018", "ac Ionawr 2018".

    >>> and_before("Ionawr 2018"), and_before("Tachwedd"), and_before("Rhagfyr 2017"), and_before("4 Medi 2018")
    ('ac Ionawr 2018', 'a Thachwedd', 'a Rhagfyr 2017', 'a 4 Medi 2018')
    """
    if text[:1].lower() in _VOWELS:
        return "ac " + text
    return "a " + aspirate(text)


def article(word: str) -> str:
    """The article before a word: "yr" before a vowel or "h", else "y" ("y Prif Gwnstabl", "yr Arolygydd").

    >>> article("Prif Gwnstabl"), article("Arolygydd")
    ('y', 'yr')
    """
    return "yr" if word[:1].lower() in _VOWELS + "h" else "y"


def to_before(text: str) -> str:
    """ "i" with the soft mutation it causes: "i Ragfyr 2017", "i 10 Medi".

    >>> to_before("Rhagfyr 2017"), to_before("Mehefin 2018"), to_before("10 Medi 2018")
    ('i Ragfyr 2017', 'i Fehefin 2018', 'i 10 Medi 2018')
    """
    return "i " + soft(text)


# --- helper words ---------------------------------------------------------------------------------------

BETWEEN = "rhwng"  # no mutation after "rhwng"
FROM = "o"
TO = "i"
NONE = "dim"  # "dim galwadau"
NONE_AFTER_FROM = "ddim"  # "o ddim i 12": "dim" after "o"
FEWER_THAN = "llai na"
FEWER_THAN_AFTER_FROM = "lai na"  # "o lai na 5 i 31"
NEARLY = "bron i"  # "bron i 200%"
MORE_THAN = "mwy na"
PERCENT_POINTS = "pwynt canran"  # Welsh counts take the singular: "2.5 pwynt canran"
MILLION = "miliwn"
BILLION = "biliwn"
TRILLION = "triliwn"
EMBARGO_WORDS = "EMBARGO TAN"
NO_EMBARGO = "I'W GYHOEDDI AR UNWAITH"
ENDS = "DIWEDD"
# Read by `drafter check` in an edited release, in the decimal counting schools teach ("dau gant", "pum deg dau",
# with the mutated forms after a number); drafter writes figures.
NUMBER_NAMES = (("un", 1), ("dau", 2), ("dwy", 2), ("tri", 3), ("tair", 3), ("pedwar", 4), ("pedair", 4), ("pump", 5),
                ("pum", 5), ("chwech", 6), ("chwe", 6), ("saith", 7), ("wyth", 8), ("naw", 9), ("ugain", 20))
NUMBER_SCALES = (("deg", 10), ("ddeg", 10), ("cant", 100), ("gant", 100), ("chant", 100), ("mil", 1000),
                 ("fil", 1000))
PERCENT_WORDS = ("y cant",)  # "193 y cant": drafter writes "193%"
QUALIFIER_WORDS = (("bron", "nearly"), ("dros", "more"), ("fwy na", "more"), ("ychydig dros", "more"),
                   ("ychydig o dan", "nearly"), ("tua", "about"), ("oddeutu", "about"), ("rhyw", "about"))
SUPERLATIVES = ("uchaf", "isaf", "mwyaf", "lleiaf")
ATTRIBUTION_VERBS = ("dywedodd", "ychwanegodd")
NOT_COUNTED = (  # after a figure, not what it counts (for `drafter check`): "i 440 yn 2018", "440 y llynedd"
    "y", "yr", "'r", "a", "ac", "â", "ag", "i", "o", "yn", "ym", "yng", "ar", "am", "at", "gan", "gyda", "efo",
    "mewn", "dros", "drwy", "trwy", "rhwng", "ers", "tan", "hyd", "cyn", "wedi", "erbyn", "heb", "ymhlith",
    "ledled", "fel", "na", "nag", "neu", "ond", "sy", "sydd", "oedd", "roedd", "mae", "yw", "ydy", "oes", "bod",
    "hyn", "hynny", "hwn", "hon", "yma", "yna", "eleni", "llynedd", "bellach", "nawr", "rŵan", "eto", "unig", "gyd",
    "gyfan", "ôl", "o'i", "gymharu", "cymharu", "fesul", "pob", "sy'n", "sydd'n", "a'r", "i'r", "wnaeth",
)
FURNITURE = Furniture(
    notes_heading="Nodiadau i olygyddion", media_contact="Cyswllt â’r cyfryngau", out_of_hours="Y tu allan i oriau",
    about="Ynglŷn â", also_available="Mae’r datganiad hwn ar gael yn Saesneg hefyd.",
    draft_release="DRAFFT – DYFYNIAD HEB EI GYMERADWYO – NID I’W GYHOEDDI",
    draft_quote="[DYFYNIAD HEB EI GYMERADWYO]", not_available="dim ffigurau ar gael", in_place="yn {area}",
    number_of="nifer y {label}", per_head="{rate} fesul {per}", table_area="Ardal", table_change="Newid",
    table_rank="Safle", table_per="Fesul {per}", table_caption="{label}, fesul ardal", table_whole="{area} (pob ardal)",
    chart_title="{label}: {area} a {others}", chart_source="Ffynhonnell: {organisation}", correction="CYWIRIAD",
    corrects="Mae hwn yn cymryd lle’r datganiad a anfonwyd atoch ar {date}.", what_changed="Beth sydd wedi newid:",
    figure_what=(("percent", "newid, canran"), ("points", "newid, pwyntiau canran"), ("difference", "newid"),
                 ("old", "cyn"), ("new", "wedyn"), ("share", "cyfran o’r cyfanswm"), ("change", "newid"),
                 ("rank", "safle"), ("rank_lowest", "safle, yr isaf yn gyntaf"), ("per", "fesul {per}")),
    figure_new="{figure}: {value} (newydd yn y datganiad hwn)",
    figure_gone="{figure}: {value} (nid yw yn y datganiad hwn bellach)",
)  # verb first: "Dywedodd Ditectif Arolygydd …: “…”"

# --- change wording -------------------------------------------------------------------------------------

RISE, FALL = "cynyddu", "gostwng"
PERFECT, PRESENT = "wedi", "yn"

# Band → verb-noun phrase after "wedi" / "yn"; mutations written out in full ("â threblu", "na phedair").
BANDS = {
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
    "more_than_halved": "gostwng mwy na hanner",
}
# Phrases that read without "yn" in the present: "bron â threblu", "mwy na dyblu".
NO_PRESENT_MARKER = ("bron", "mwy")

NOUNS = {"up": "cynnydd", "down": "gostyngiad"}  # "cynnydd o 193%"
NOUN_OF = "o"
NO_CHANGE = "dim newid"
VIRTUALLY_NO_CHANGE = "bron dim newid"
BOTH_PERIODS = "yn y ddau gyfnod"  # "wedi bod yn llai na 5 yn y ddau gyfnod"


def aspect(tense: Tense) -> str:
    """ "yn" for the present, "wedi" for everything else (the template supplies "mae" / "roedd")."""
    return PRESENT if tense.startswith("present") else PERFECT


# --- ordinals -------------------------------------------------------------------------------------------

# CLDR's Welsh ordinal categories name the suffix for 0–10; 11–19 follow the traditional forms.
ORDINAL_SUFFIXES = {"zero": "fed", "one": "af", "two": "il", "few": "ydd", "many": "ed", "other": "fed"}
JOINT = "cydradd"  # "cydradd 3ydd": a shared place
TEENS = {11: "eg", 12: "fed", 13: "eg", 14: "eg", 15: "fed", 16: "eg", 17: "eg", 18: "fed", 19: "eg"}


# --- the language and its preset ------------------------------------------------------------------------

class Welsh(Language):
    code = "cy"
    name = "Cymraeg"
    nearly = NEARLY
    more_than = MORE_THAN
    from_word = FROM
    to_word = TO
    attribution_verbs = ATTRIBUTION_VERBS
    number_names = NUMBER_NAMES
    number_scales = NUMBER_SCALES
    percent_words = PERCENT_WORDS
    qualifier_words = QUALIFIER_WORDS
    superlatives = SUPERLATIVES
    not_counted = NOT_COUNTED

    def ordinal_suffix(self, number: int, category: str) -> str:
        return TEENS.get(number) or ORDINAL_SUFFIXES[category]

    def after_word(self, word: str, phrase: str) -> str:
        """The article "y"/"yr" becomes "’r" after a vowel: "Mae’r parseli", "i’r llinell".

        >>> LANGUAGE.after_word("Mae", "y parseli"), LANGUAGE.after_word("Mae", "nifer y galwadau")
        ('Mae’r parseli', 'Mae nifer y galwadau')
        """
        first, _, rest = phrase.partition(" ")
        if first.lower() in ("y", "yr") and rest and word[-1:].lower() in _VOWELS:
            return f"{word}’r {rest}"
        return f"{word} {phrase}"

    def counted(self, number: str, amount: Decimal, one: str, many: str) -> str:
        """"1 alwad", "440 o alwadau" (the plural after "o", softly mutated), "dim galwadau"."""
        if amount == 0:
            return f"{NONE} {many}"
        return f"{number} {one}" if amount == 1 else f"{number} {FROM} {soft(many)}"

    def join(self, first: str, joiner: Joiner, second: str, style: HouseStyle) -> str:
        """"i" and "a" mutate the month after them: "Gorffennaf i Ragfyr", "Medi a Thachwedd"."""
        return f"{first} {to_before(second) if joiner == 'to' else and_before(second)}"

    def within(self, text: str, span: Span) -> str:
        """"ym mis Mawrth 2023", "ar 4 Medi 2018", "yn 2023" (no mutation after "mis", "ar" before a number
        or "yn" before a year in figures)."""
        return f"{ {'day': 'ar', 'month': 'ym mis', 'year': 'yn'}[span]} {text}"

    def change_words(self, change: Change, band: str, style: HouseStyle, tense: Tense, *, exact: bool,
                     headline: bool, places: int | None, scale: int | None = None) -> tuple[str, list[Printed]]:
        """"wedi cynyddu 193%", "wedi bron â threblu", "yn gostwng o 31 i 4" (a headline takes the perfect)."""
        lead = aspect("perfect" if headline else tense) + " "
        verb = RISE if change.direction == "up" else FALL
        if band in COUNT_ONLY:
            text, old_text, new_text = from_to_text(change.old.amount, change.new.amount, style, scale, change.unit,
                                                    rate=change.kind == "rate")
            return f"{lead}{verb} {text}", [("old", old_text, change.old.amount), ("new", new_text, change.new.amount)]
        if band == "points":
            text, rounded = points_text(change.difference, style)
            return f"{lead}{verb} {text}", [("points", text, rounded)]
        if band in ("unchanged", "virtually_unchanged"):
            return lead + BANDS[band], []
        if exact or band in ("rise", "fall"):
            text, rounded = change_percent_text(change, style, places)
            return f"{lead}{verb} {text}", [("percent", text, rounded)]
        phrase = BANDS[band]
        if lead == PRESENT + " " and phrase.startswith(NO_PRESENT_MARKER):
            lead = ""  # "bron â threblu", not "yn bron â threblu"
        return lead + phrase, []

    def change_noun(self, direction: str, amount: str | None) -> str:
        if direction == "same":
            return NO_CHANGE
        # "o" mutates what follows: "gostyngiad o fwy na 99%"
        return NOUNS[direction] if amount is None else f"{NOUNS[direction]} {NOUN_OF} {soft(amount)}"

    def virtually_no_change(self) -> str:
        return VIRTUALLY_NO_CHANGE

    def fewer_than(self, count: str, style: HouseStyle, *, after_from: bool) -> str:
        return f"{FEWER_THAN_AFTER_FROM if after_from else style.fewer_than} {count}"  # soft mutation: "o"/"i"

    def suppressed_change(self, direction: str, tense: Tense, old: str, new: str, *, both_hidden: bool,
                          headline: bool = False) -> str:
        if both_hidden:
            return f"{PERFECT} bod yn {self.in_both_periods(old)}"
        return f"{aspect('perfect' if headline else tense)} {RISE if direction == 'up' else FALL} " \
            f"{self.from_to(old, new)}"

    def in_both_periods(self, count: str) -> str:
        return f"{count} {BOTH_PERIODS}"

    def attribution(self, verb: str, who: str, *, titled: bool) -> str:
        """Verb first, with the article before a title: "Dywedodd y Prif Gwnstabl …: "."""
        return f"{verb.capitalize()} {article(who) + ' ' if titled else ''}{who}: "


LANGUAGE = Welsh()

PRESETS = (dataclasses.replace(
    EN_GB, name="cy_GB", locale="cy_GB", language=LANGUAGE, number_words=(), words_up_to=0,
    none_word=NONE_AFTER_FROM, percent="%", percent_points=PERCENT_POINTS, treble="treble",
    embargo_words=EMBARGO_WORDS, no_embargo=NO_EMBARGO, ends=ENDS, million_word=MILLION, billion_word=BILLION,
    money_short=False, between_word=BETWEEN, to_word=TO, and_word="a", fewer_than=FEWER_THAN, ordinal_words=(),
    tied=JOINT + " {}", trillion_word=TRILLION, furniture=FURNITURE,
),)
