"""Welsh: every word drafter writes itself in a Welsh release — change phrases, helper words, ordinals and where the
initial mutations fall (a month after "i" and "a", an ordinal after "yn", a noun after "ail", a day as an adverb of
time) — and the cy_GB house style; the mutations themselves are in ``_cy_mutations``, what `drafter check` reads
besides in ``_cy_read``, the change wording in ``_cy_changes``. No other module (templates aside) is Welsh.

The change wording, verb-first Welsh's aspect phrases ("wedi cynyddu 193%"), is in ``_cy_changes``."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from drafter.model import Change
from drafter.style.base import HouseStyle, Joiner, Language, Printed, Span, Tense
from drafter.style.furniture import Furniture
from drafter.style.lang._cy_changes import (
    BOTH_PERIODS,
    NONE_AFTER_FROM,
    PRESENT,
    TO,
    VIRTUALLY_NO_CHANGE,
    change_noun,
    change_to,
    change_words,
    suppressed_change,
)
from drafter.style.lang._cy_mutations import (
    VOWELS,
    after_yn,
    and_before,
    article,
    aspirate,
    in_place,
    negative,
    soft,
    to_before,
    unmutated,
)
from drafter.style.lang._cy_ordinals import (
    AIL,
    AIN,
    FEMININE,
    FEMININE_ORDINALS,
    JOINT,
    ORDINAL_SUFFIXES,
    ORDINALS,
    TEENS,
    other_of_two,
    vowel_ordinal,
)
from drafter.style.lang._cy_read import Read
from drafter.style.lang.en import EN_GB

# --- helper words ---------------------------------------------------------------------------------------

BETWEEN = "rhwng"  # no mutation after "rhwng"
SOFT_AFTER = ("am", "ar", "at", "dan", "dros", "drwy", "gan", "heb", "hyd", "i", "o", "tan", "trwy", "wrth")
FROM = "o"  # "o 12 i 31"
WITH = " â"  # "â" (with, about: "Ynglŷn â"): "ag" before a vowel, aspirate mutation after it
UNIT_AS_IT_IS = ("o", "fesul", "y", "yr")  # a unit opening with one of these takes no "o" after a figure
NONE = "dim"  # "dim galwadau"
NO_ONE = {"pobl": "neb"}  # a count of no people: "ni chysylltodd neb", "sef neb" (not "dim pobl")
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
PERCENT_WORDS = ("y cant",)  # "193 y cant": drafter writes "193%"
QUALIFIER_WORDS = (("bron", "nearly"), ("dros", "more"), ("fwy na", "more"), ("ychydig dros", "more"),
                   ("ychydig o dan", "nearly"), ("tua", "about"), ("oddeutu", "about"), ("rhyw", "about"),
                   ("mwy nag", "more"), ("fwy nag", "more"), ("llai nag", "fewer"))  # "nag" before a vowel
SUPERLATIVES = ("uchaf", "isaf", "mwyaf", "lleiaf")
ATTRIBUTION_VERBS = ("dywedodd", "ychwanegodd")
# Lower case inside a title before a name: "Comisiynydd Heddlu a Throseddu", "Pennaeth y Gwasanaeth".
TITLE_SMALL_WORDS = ("a", "ac", "y", "yr", "’r", "'r", "o", "i", "ar", "am", "at", "dros", "gan", "yn", "yng", "ym")
NOT_COUNTED = (  # after a figure, not what it counts (for `drafter check`): "i 440 yn 2018", "440 y llynedd"
    "y", "yr", "'r", "a", "ac", "â", "ag", "i", "o", "yn", "ym", "yng", "ar", "am", "at", "gan", "gyda", "efo",
    "mewn", "dros", "drwy", "trwy", "rhwng", "ers", "tan", "hyd", "cyn", "wedi", "erbyn", "heb", "ymhlith",
    "ledled", "fel", "na", "nag", "neu", "ond", "sy", "sydd", "oedd", "roedd", "mae", "yw", "ydy", "oes", "bod",
    "hyn", "hynny", "hwn", "hon", "yma", "yna", "eleni", "llynedd", "bellach", "nawr", "rŵan", "eto", "unig", "gyd",
    "gyfan", "ôl", "o'i", "gymharu", "cymharu", "fesul", "pob", "sy'n", "sydd'n", "a'r", "i'r", "wnaeth",
)
FURNITURE = Furniture(
    notes_heading="Nodiadau i olygyddion", media_contact="Cyswllt â’r cyfryngau", out_of_hours="Y tu allan i oriau",
    about="Ynglŷn â", also_available="Mae’r datganiad hwn ar gael yn Saesneg hefyd.", release_kind="Datganiad i’r wasg",
    draft_release="DRAFFT – DYFYNIAD HEB EI GYMERADWYO – NID I’W GYHOEDDI",
    draft_quote="[DYFYNIAD HEB EI GYMERADWYO]", not_available="dim ffigurau ar gael", in_place="yn {area}",
    number_of="nifer y {label}", per_head="{rate} fesul {per}", area_word="ardal", area_words="ardaloedd",
    table_change="Newid", table_rank="Safle", table_per="Fesul {per}", table_caption="{label}, fesul {kind}",
    table_whole="{area} (pob {kind})", chart_title="{label}: {area} a {others}",
    chart_source="Ffynhonnell: {organisation}", correction="CYWIRIAD",
    corrects="Mae hwn yn cymryd lle’r datganiad a anfonwyd atoch ar {date}.", what_changed="Beth sydd wedi newid:",
    figure_what=(("percent", "newid, canran"), ("points", "newid, pwyntiau canran"), ("difference", "newid"),
                 ("old", "cyn"), ("new", "wedyn"), ("share", "cyfran o’r cyfanswm"), ("change", "newid"),
                 ("rank", "safle"), ("rank_lowest", "safle, yr isaf yn gyntaf"), ("per", "fesul {per}")),
    figure_new="{figure}: {value} (newydd yn y datganiad hwn)",
    figure_gone="{figure}: {value} (nid yw yn y datganiad hwn bellach)",
    others_listed="Mae’r {count} {kind} arall yn y tabl yn y nodiadau i olygyddion.",  # singular after a numeral:
    all_listed="Mae’r {count} {kind} yn y tabl yn y nodiadau i olygyddion.",  # "y 54 ardal arall", "y 64 ardal"
)  # verb first: "Dywedodd Ditectif Arolygydd …: “…”"

# --- the language and its preset ------------------------------------------------------------------------

class Welsh(Read, Language):
    code = "cy"
    name = "Cymraeg"
    english = "Welsh"
    nearly = NEARLY
    more_than = MORE_THAN
    less_than = FEWER_THAN  # "llai na 0.1%", as of a count
    from_word = FROM
    to_word = TO
    attribution_verbs = ATTRIBUTION_VERBS
    percent_words = PERCENT_WORDS
    qualifier_words = QUALIFIER_WORDS
    superlatives = SUPERLATIVES
    not_counted = NOT_COUNTED
    none_words = tuple(NO_ONE.values())  # "neb", for `drafter check` to read as a count of none
    people = ("person", "pobl")  # "1 person", "5 o bobl", "neb" where campaign.yaml gives unit: people alone
    title_small_words = TITLE_SMALL_WORDS
    title_names_after = True  # "Dywedodd Ann Jones, comisiynydd heddlu a throseddu Gwent", not "y Comisiynydd … Gwent"

    def ordinal_suffix(self, number: int, category: str) -> str:
        """"11eg", "12fed" (the traditional forms); past 20, "21ain" and "39ain" but "20fed", "40fed", "50fed".

        >>> [f"{n}{LANGUAGE.ordinal_suffix(n, 'other')}" for n in (20, 21, 22, 30, 39, 40, 41, 50, 59, 60, 80, 99)]
        ['20fed', '21ain', '22ain', '30ain', '39ain', '40fed', '41ain', '50fed', '59ain', '60fed', '80fed', '99ain']
        """
        if number in TEENS:
            return TEENS[number]
        if 20 < number < 100 and number % 20 and number != 50:
            return AIN
        return ORDINAL_SUFFIXES[category]

    def joint(self, pattern: str, ordinal: str) -> str:
        return pattern.format(soft(ordinal))  # "cydradd" before its ordinal mutates it: "cydradd gyntaf"

    def form_after(self, word: str, phrase: str) -> str:
        """Soft mutation after the predicative "yn" ("yn drydydd", "hynny’n fwy na 99%") and the prepositions that
        cause it ("i ddim")."""
        word = word.lower()
        return after_yn(phrase) if word in (PRESENT, "’n", "'n") else soft(phrase) if word in SOFT_AFTER else phrase

    def count_after(self, word: str, count: str, *, none: bool) -> str:
        """A verb in the past before a count of none is negative: "ni chysylltodd neb", "ni chofnodwyd dim
        achosion"; before any other count, as it is ("cysylltodd 5 o bobl").

        >>> LANGUAGE.count_after("cysylltodd", "neb", none=True), LANGUAGE.count_after("i", "dim parseli", none=True)
        ('ni chysylltodd neb', 'i ddim parseli')
        """
        return f"{negative(word)} {count}" if none and negative(word) != word else super().count_after(
            word, count, none=none)

    def ordinal_form(self, ordinal: str, noun: str) -> str:
        """Before a feminine noun (:data:`FEMININE`), the feminine ordinal, softly mutated after "y": "y drydedd
        gyfradd uchaf", "y bumed gyfran", "y gydradd drydedd gyfradd"; before a masculine one, as it is.

        >>> [LANGUAGE.ordinal_form(o, "cyfradd uchaf") for o in ("trydydd", "pedwerydd", "ail", "10fed")]
        ['drydedd', 'bedwaredd', 'ail', '10fed']
        >>> LANGUAGE.ordinal_form("cydradd drydydd", "cyfradd uchaf"), LANGUAGE.ordinal_form("trydydd", "cynnydd")
        ('gydradd drydedd', 'trydydd')
        """
        if noun.split(" ")[0].lower() not in FEMININE:
            return ordinal
        *before, last = ordinal.split(" ")
        return soft(" ".join([*before, FEMININE_ORDINALS.get(last, last)]))

    def only_one(self, noun: str) -> str:
        """"yr unig" before the noun, softly mutated after "unig" (Gramadeg y Gymraeg: an adjective before its noun).

        >>> LANGUAGE.only_one("gostyngiad"), LANGUAGE.only_one("cynnydd"), LANGUAGE.only_one("cyfradd")
        ('yr unig ostyngiad', 'yr unig gynnydd', 'yr unig gyfradd')
        """
        return f"yr unig {soft(noun)}"

    def other_of_two(self, noun: str) -> str | None:
        return other_of_two(noun)  # "y gostyngiad lleiaf", not "yr ail ostyngiad mwyaf"

    def ordinal_before(self, ordinal: str, noun: str) -> tuple[str, str]:
        """"yr" before an ordinal spoken with a vowel ("yr ail", "yr wythfed", "yr 11eg"), else "y"; the noun
        after "ail" softly mutated ("yr ail gynnydd mwyaf"), and a feminine noun after any ordinal ("y drydedd
        gyfradd uchaf", with :meth:`ordinal_form`).

        >>> [LANGUAGE.ordinal_before(o, "cynnydd mwyaf") for o in ("ail", "trydydd", "cydradd ail", "11eg")]
        [('yr', 'gynnydd mwyaf'), ('y', 'cynnydd mwyaf'), ('y', 'gynnydd mwyaf'), ('yr', 'cynnydd mwyaf')]
        >>> LANGUAGE.ordinal_before("trydydd", "cyfradd uchaf")
        ('y', 'gyfradd uchaf')
        """
        first, last = ordinal.split()[0], ordinal.split()[-1]
        digits = first.rstrip("abcdefghijklmnopqrstuvwxyz").replace(",", "")
        vowel = vowel_ordinal(int(digits)) if digits.isdigit() else article(first) == "yr"
        feminine = noun.split(" ")[0].lower() in FEMININE
        return "yr" if vowel else "y", soft(noun) if last.lower() == AIL or feminine else noun

    def in_place(self, place: str, style: HouseStyle) -> str:
        return in_place(place)  # areas.csv's yn_cy column, when given, is used instead ("ar Ynys Môn")
    unmutated = staticmethod(unmutated)  # "yn Conwy" for "yng Nghonwy"

    def on_day(self, text: str) -> str:
        return soft(text)  # a time phrase as an adverb takes the soft mutation: "tan 00:01 ddydd Mawrth 4 Medi 2018"

    def forms(self, word: str) -> tuple[str, ...]:
        """A word and its soft mutation ("trydydd", "drydydd"); an ordinal's feminine forms too ("trydedd", "drydedd").

        >>> LANGUAGE.forms("mwy na"), LANGUAGE.forms("trydydd")
        (('mwy na', 'fwy na'), ('trydydd', 'drydydd', 'trydedd', 'drydedd'))
        """
        found = (word, soft(word))
        return tuple(dict.fromkeys((*found, *(FEMININE_ORDINALS[form] for form in found if form in FEMININE_ORDINALS))))

    def place_in_text(self, name: str) -> str:
        """
        >>> LANGUAGE.place_in_text("Y Deyrnas Unedig"), LANGUAGE.place_in_text("Yr Alban")
        ('y Deyrnas Unedig', 'yr Alban')
        >>> LANGUAGE.place_in_text("Ynys Môn"), LANGUAGE.place_in_text("Y")
        ('Ynys Môn', 'Y')
        """
        return self.article_lowered(name, ("Y", "Yr"))

    def definite(self, noun: str) -> str:
        return f"{article(noun)} {noun}"  # "yr ardaloedd", "y byrddau iechyd": a plural takes no mutation

    def after_word(self, word: str, phrase: str, *, as_written: bool = False) -> str:
        """The article "y"/"yr" becomes "’r" after a vowel: "Mae’r parseli", "i’r llinell"; "â" (with, about) is
        "ag" before a vowel and aspirates what follows: "Ynglŷn â Chymru Daclus", "Ynglŷn ag Achub Môr Cymru".

        >>> LANGUAGE.after_word("Mae", "y parseli"), LANGUAGE.after_word("Mae", "nifer y galwadau")
        ('Mae’r parseli', 'Mae nifer y galwadau')
        >>> LANGUAGE.after_word("Ynglŷn â", "Cymru Daclus"), LANGUAGE.after_word("Ynglŷn â", "Achub Môr Cymru")
        ('Ynglŷn â Chymru Daclus', 'Ynglŷn ag Achub Môr Cymru')
        """
        first, _, rest = phrase.partition(" ")
        if word.endswith(WITH):
            vowel = phrase[:1].lower() in VOWELS  # a name as written (the same in English) is not mutated
            return f"{word[:-1]}ag {phrase}" if vowel else f"{word} {phrase if as_written else aspirate(phrase)}"
        if first.lower() in ("y", "yr") and rest and word[-1:].lower() in VOWELS:
            return f"{word}’r {rest}"
        return f"{word} {phrase}"

    def counted(self, number: str, amount: Decimal, one: str, many: str) -> str:
        """"1 galwad", "440 o alwadau" (the plural after "o", softly mutated), "dim galwadau"; no people are "neb".

        >>> [LANGUAGE.counted(n, Decimal(a), "person", "pobl") for n, a in (("dim", 0), ("1", 1), ("2", 2))]
        ['neb', '1 person', '2 o bobl']
        """
        if amount == 0:
            return self.none_of(many) if many in NO_ONE else f"{NONE} {many}"
        return f"{number} {one}" if amount == 1 else f"{number} {FROM} {soft(many)}"

    def none_of(self, many: str) -> str:
        return NO_ONE.get(many, NONE)  # "dim galwadau", "neb"

    def unit_after(self, unit: str) -> str:
        """After a figure, a unit takes "o" and the soft mutation, as a count does: "41.6 o droseddau fesul 100,000
        o bobl"; one that opens with "o", "fesul", the article or "%" is as it is.

        >>> LANGUAGE.unit_after("troseddau fesul 100,000 o bobl"), LANGUAGE.unit_after("fesul 1,000 o bobl")
        ('o droseddau fesul 100,000 o bobl', 'fesul 1,000 o bobl')
        """
        first = unit.split(" ")[0].lower()
        return unit if not unit or first in UNIT_AS_IT_IS or unit.startswith("%") else f"{FROM} {soft(unit)}"

    def from_to_sides(self, old_text: str, new_text: str, unit: str = "", *, old_when: str = "",
                      new_when: str = "", new_unit: str = "") -> tuple[str, str]:
        """"o 58.2 i 57.4 o droseddau fesul 100,000 o bobl" (the unit as :meth:`unit_after` links it; after a
        whole 1, ``new_unit`` without "o": "o 0 o ddiwrnodau i 1 diwrnod")."""
        return super().from_to_sides(old_text, new_text, self.unit_after(unit), old_when=old_when,
                                     new_when=new_when, new_unit=new_unit)

    def join(self, first: str, joiner: Joiner, second: str, style: HouseStyle) -> str:
        """"i" and "a" mutate the month after them: "Gorffennaf i Ragfyr", "Medi a Thachwedd"."""
        return f"{first} {to_before(second) if joiner == 'to' else and_before(second)}"

    def within(self, text: str, span: Span) -> str:
        """"ym mis Mawrth 2023", "ar 4 Medi 2018", "yn 2023" (no mutation after "mis", "ar" before a number
        or "yn" before a year in figures)."""
        return f"{ {'day': 'ar', 'month': 'ym mis', 'year': 'yn'}[span]} {text}"

    def change_words(self, change: Change, band: str, style: HouseStyle, tense: Tense, *, exact: bool,
                     headline: bool, places: int | None, scale: int | None = None, one: str = ""
                     ) -> tuple[str, list[Printed]]:
        """"wedi cynyddu 193%", "wedi bron â threblu", "yn gostwng o 31 i 4" (a headline takes the perfect)."""
        return change_words(self, change, band, style, tense, exact=exact, headline=headline, places=places,
                            scale=scale, one=one)

    def change_noun(self, direction: str, amount: str | None) -> str:
        return change_noun(direction, amount)  # "o" mutates what follows: "gostyngiad o fwy na 99%"

    def noun_amount(self, amount: str) -> str:
        return soft(amount)  # "gostyngiad o fwy na 99%"

    def virtually_no_change(self) -> str:
        return VIRTUALLY_NO_CHANGE

    def fewer_than(self, count: str, style: HouseStyle, *, after_from: bool) -> str:
        return f"{FEWER_THAN_AFTER_FROM if after_from else style.fewer_than} {count}"  # soft mutation: "o"/"i"

    def suppressed_change(self, direction: str, tense: Tense, old: str, new: str, *, both_hidden: bool,
                          headline: bool = False) -> str:
        return suppressed_change(self, direction, tense, old, new, both_hidden=both_hidden, headline=headline)

    def change_to(self, direction: str, tense: Tense, new: str) -> str:
        return change_to(direction, tense, new)

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
    money_short=False, between_word=BETWEEN, to_word=TO, and_word="a", fewer_than=FEWER_THAN, ordinal_words=ORDINALS,
    tied=JOINT + " {}", trillion_word=TRILLION, furniture=FURNITURE,
),)
