"""What every house style and every language is made of: :class:`HouseStyle` (the rules of one preset, as data)
and :class:`Language` (every word of one language, as one object the house style holds).

A language is one module in :mod:`drafter.style.lang` that defines ``LANGUAGE`` (a :class:`Language`) and
``PRESETS`` (its house styles); nothing else in drafter names a language. The generic rules — which band a
change falls in, how many decimal places a percentage takes, when a count is written in words — live in
:mod:`drafter.style.wording` and :mod:`drafter.style.numbers`; they ask the style's language for its words.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from drafter.compute.changes import round_half_up
from drafter.model import Change
from drafter.style.furniture import Furniture
from drafter.style.reading import Reading

Printed = tuple[str, str, Decimal]  # (what: percent/points/old/new/difference, text, rounded value)
Tense = str  # "past" ("rose"), "perfect" ("has risen"), "perfect_plural" ("have risen"), "present" ("rises")
TENSES = ("past", "perfect", "perfect_plural", "present")
Joiner = Literal["to", "and"]
Span = Literal["day", "month", "year"]  # a period that is one day, one calendar month or one calendar year
# Bands worded with the two counts and no percentage ("rose from 12 to 31"): a base below ``small_base``, and a
# fall short of zero whose percentage would round to 100 when ``near_total_fall`` is "counts".
COUNT_ONLY = ("small_base", "near_total_fall")
PERCENT_UNITS = ("per cent", "percent", "%")  # a measure's unit that makes its figures percentages ("64.2 per cent")
# figures_in: what one of each figure as given stands for ("1.2" in a column of £ millions is 1,200,000)
SCALES = {"units": 1, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}
RATE_PLACES = 1  # a rate per head's decimal places ("52.3 per 100,000 people"), below rate_whole_from


def is_percentage(unit: str) -> bool:
    """Whether a measure's unit makes its figures percentages ("per cent", "percent", "%", "% of adults").

    >>> is_percentage("per cent"), is_percentage("% of adults"), is_percentage("offences per 100,000 people")
    (True, True, False)
    """
    return unit.strip().lower().startswith(PERCENT_UNITS)


def in_points(change: Change) -> bool:
    """Whether a change is in percentage points: a rate that is a percentage (or has no unit). A rate of
    anything else ("offences per 100,000 people") changes in per cent, like a count: 82.6 to 83.8 is a rise
    of 1.5 per cent, never of "1.2 percentage points"."""
    return change.kind == "rate" and (not change.unit or is_percentage(change.unit))


def in_unit(change: Change) -> bool:
    """Whether a change is given in its measure's own unit ("fell by 2.2 weeks"): a rate that is no percentage,
    whose measure says ``change_in: unit``. A percentage's own unit is the percentage point (:func:`in_points`)."""
    return change.kind == "rate" and change.change_in == "unit" and not in_points(change)


@dataclass(frozen=True)
class HouseStyle:
    """Every rule of one preset; the words themselves come from ``language``."""

    name: str
    locale: str
    language: Language
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
    pence_below: Decimal = Decimal(1000)  # money below this keeps its pence, "£12.50"; at or above, "£412,301"
    ordinal_words: tuple[str, ...] = ()  # first to ninth in words, then "10th" (empty: figures)
    tied: str = "joint {}"  # a shared place: "joint third", "tied for third"
    titles: str = "before"  # a speaker's title "before" the name, capitalised, or "after" it, lower case
    year_may_start: bool = False  # AP: a sentence may start with a year ("2018 was …")
    emergency_number: str = "999"  # a number to ring, never a figure: "999 calls" may start a sentence
    more_than_half: bool = False  # r < 0.5 as "fell by more than half" rather than "fell by 62 per cent"
    furniture: Furniture = Furniture()  # headings, labels and draft marks (style/lang/*.py)
    trillion_word: str = "trillion"  # "1.2 trillion" ("": the scale stops at billions)
    large_places_max: int = 3  # "1.04 million": the most places a count in millions may take to show a change
    near_total_fall: str = "more_than"  # a fall short of zero that rounds to 100 %: "more_than" or "counts"
    list_places: str = "own"  # a list's percentages: "own" places each, or "shared" (one number for the list)
    list_areas: int = 10  # the most areas a region's list names in its story (0: every area, -1: none); style/lists.py
    batch_consistency: str = "error"  # one fact printed two ways in a batch: "error" or "warn"
    embargo_capitals: bool = True  # the embargo line in capitals, in its text (AP: "6 a.m." stays as it is)
    typographic_quotes: bool = True  # ’ “ ” for ' and " throughout a release
    timezone: str = "Europe/London"  # the embargo's zone where campaign.yaml names none (AP: Eastern time)
    rate_whole_from: Decimal = Decimal(1000)  # a rate per head at or above this is whole: "1,919 per 100,000 people"
    rate_places_max: int = 2  # a published rate given to more places is rounded half up to these: "12.35" for 12.34567
    financial_years: str = "months"  # a period from April to March: "April 2023 to March 2024", or "2023/24" (its form)
    academic_years: str = "months"  # a period from September to August, the same way

    def rate_places(self, rate: Decimal) -> int:
        """A rate per head's decimal places: :data:`RATE_PLACES`, none at and above ``rate_whole_from`` (0: never)."""
        whole = self.rate_whole_from and round_half_up(abs(rate), RATE_PLACES) >= self.rate_whole_from
        return 0 if whole else RATE_PLACES

    def pair_in_figures(self, old: Decimal, new: Decimal) -> bool:
        """Two counts compared ("from X to Y") are both in figures if either is 10 or more: "from 500 to 5"."""
        return max(old, new) >= 10


class Language(Reading, ABC):
    """Every word of one language that drafter writes itself (templates and campaign text aside).

    Number layout is Babel's, by the preset's locale; what a language adds is its words and grammar: verbs by
    tense, the words for "nearly" and "more than", ordinal suffixes, and how "from X to Y", "July to December"
    and a quote's attribution are put together.
    """

    code: str  # "en": the tag in file names (cheshire.cy.docx) and templates (release.cy.md.j2)
    name: str  # "English"
    english: str  # "Welsh": the language's name in drafter's own messages, which are in English
    nearly: str  # "nearly 200 per cent"
    more_than: str  # "more than 100 per cent"
    less_than: str  # "less than 0.1 per cent" (of an amount; "fewer than" is of a count)
    from_word: str  # "from 150 to 440"
    to_word: str
    attribution_verbs: tuple[str, ...]  # quote(verb=…): "said", "added"
    # Words a speaker's title keeps in lower case before a name, as "of" and "and" do in English: Welsh "a" in
    # "Comisiynydd Heddlu a Throseddu", "y" in "Pennaeth y Gwasanaeth".
    title_small_words: tuple[str, ...] = ()
    # Whether a name inside a title (a place, an organisation: any word not in drafter's list of title words) says
    # whose title it is, as "of" does in English, so that the title goes after the name: Welsh "Comisiynydd
    # Heddlu a Throseddu Gwent" is definite by its name and takes no "y" before it.
    title_names_after: bool = False
    # One whole percentage point, where the language's noun is singular after one: English "1 percentage point"
    # ("1.0 percentage points" stays plural). None: the preset's percent_points for every figure (Welsh "1 pwynt
    # canran", its noun singular after any number).
    percent_point: str = ""
    # The language's words for people after one and after any other count (Welsh ("person", "pobl")): a count of
    # a measure in drafter's default unit, people, when campaign.yaml gives no unit in the language.
    people: tuple[str, str] = ("", "")

    def tag(self, locale: str) -> str:
        """The language tag (BCP 47) that Word and HTML mark text with, for one of this language's presets:
        "en_GB" → "en-GB", so Word checks the spelling of a Welsh release in Welsh."""
        return locale.replace("_", "-")

    def none_of(self, many: str) -> str:
        """The word a count of none of ``many`` prints for its figure, as :meth:`counted` writes it ("no" in "no
        calls", "no one"; Welsh "dim", "neb"); "" where the language prints the none word itself."""
        return ""

    def noun_amount(self, amount: str) -> str:
        """An amount as it reads after a change noun ("a rise of 193 per cent"); Welsh mutates it after "o":
        "gostyngiad o fwy na 99%"."""
        return amount

    def counted(self, number: str, amount: Decimal, one: str, many: str) -> str:
        """A count with its unit: "one call", "440 calls"; the unit after one is ``one``."""
        return f"{number} {one if amount == 1 else many}"

    def after_word(self, word: str, phrase: str, *, as_written: bool = False) -> str:
        """``phrase`` after ``word``, as the language joins them: "Mae" and "y parseli" make "Mae’r parseli"
        in Welsh; other languages put a space between. ``as_written``: a name that is not the language's own
        words (given again, the same, as ``organisation_cy``), which keeps its first letter ("Ynglŷn â Prince's
        Trust")."""
        return f"{word} {phrase}"

    def name_in_text(self, name: str) -> str:
        """An organisation's name as it reads mid-sentence, by the language's house rule (English: "from the
        Emergency Calls Trust", a leading "The" in lower case, as newsdesks write it). A name whose "The" is its
        own is kept as written where campaign.yaml says so (``organisation_in_text``) or a speaker's ``attribution``
        gives it; other languages write the name as given (Welsh joins its article to the word before,
        "o’r Urdd": the Welsh forms are given by hand, ``organisation_cy``, ``attribution_cy``)."""
        return name

    def place_in_text(self, name: str) -> str:
        """A place's name as areas.csv gives it in this language (``name_cy``) as it reads mid-sentence, where no
        ``in_text_cy`` says otherwise: as written, but where the language's article leads it in lower case."""
        return name

    @staticmethod
    def article_lowered(name: str, articles: tuple[str, ...]) -> str:
        """``name`` with a leading article of ``articles`` in lower case, where a capitalised word follows it."""
        first, _, rest = name.partition(" ")
        return f"{first.lower()} {rest}" if first in articles and rest[:1].isupper() else name

    @abstractmethod
    def ordinal_suffix(self, number: int, category: str) -> str:
        """The suffix after a number in figures ("st" for 21): ``category`` is CLDR's ordinal category."""

    def joint(self, pattern: str, ordinal: str) -> str:
        """A shared place: the preset's ``tied`` pattern around the ordinal ("joint third"; Welsh "cydradd
        drydydd", the ordinal mutated after "cydradd" as after a prefix)."""
        return pattern.format(ordinal)

    def form_after(self, word: str, phrase: str) -> str:
        """A phrase (a rank, a count) as it reads after ``word``: as it is, unless the language mutates it there
        (Welsh: "yn drydydd" after the predicative "yn", "i ddim parseli" after "i")."""
        return phrase

    def count_after(self, word: str, count: str, *, none: bool) -> str:
        """``word`` and the count after it (``count(after=word)``), each as the language has them there; ``none``:
        the count is none (Welsh negates a verb in the past before it: "ni chysylltodd neb")."""
        return f"{word} {self.form_after(word, count)}"

    def ordinal_form(self, ordinal: str, noun: str) -> str:
        """The ordinal as it reads before ``noun``: as it is, unless the language gives it the noun's gender
        (Welsh "y drydedd gyfradd uchaf" before a feminine noun, "y trydydd cynnydd mwyaf" before a masculine)."""
        return ordinal

    def other_of_two(self, noun: str) -> str | None:
        """The second of two, which "the second largest fall" would call it: ``noun`` ("largest fall") with the
        article and the other end's word ("the smaller fall"); None where the language has none for it."""
        return None

    def only_one(self, noun: str) -> str:
        """"the only fall": ``noun`` with the words for the only one of its kind (Welsh "yr unig ostyngiad", the
        noun softly mutated after "unig")."""
        return f"the only {noun}"

    def ordinal_before(self, ordinal: str, noun: str) -> tuple[str, str]:
        """The article before an ordinal that stands before ``noun``, and the noun as it reads there: ("the",
        "largest rise") for "the third largest rise"; Welsh ("yr", "gynnydd mwyaf") after "ail"."""
        return "the", noun

    def unmutated(self, place: str) -> tuple[tuple[str, str], ...]:
        """``place`` after "in" as a person may type it, unmutated where the language mutates it, each with the form
        drafter writes (Welsh ("yn Conwy", "yng Nghonwy"), ("ym Conwy", …)); none in a language without mutations,
        nor for a place that keeps its name there."""
        return ()

    def definite(self, noun: str) -> str:
        """A plural noun with the definite article: "the force areas" (Welsh "yr ardaloedd", "y byrddau iechyd")."""
        return f"the {noun}"

    def in_place(self, place: str, style: HouseStyle) -> str:
        """"in Cardiff": the preset's ``in_place`` words around a place as it reads mid-sentence (Welsh mutates
        the place after "yn": "yng Nghaerdydd")."""
        return style.furniture.in_place.format(area=place)

    def on_day(self, text: str) -> str:
        """A day and date as an adverb of time, as the embargo line has it after the clock ("00:01 BST Tuesday 4
        September 2018"): as it is, unless the language mutates it there (Welsh "ddydd Mawrth")."""
        return text

    def forms(self, word: str) -> tuple[str, ...]:
        """Every form ``word`` takes in running text, for reading it back: itself; Welsh adds its soft mutation
        ("drydydd" for "trydydd" after "yn")."""
        return (word,)

    def from_to(self, old_text: str, new_text: str) -> str:
        """"from 150 to 440": the language's ``from_word`` and ``to_word`` around the two (already in the form
        they take after them, as a Welsh mutation asks)."""
        return f"{self.from_word} {old_text} {self.to_word} {new_text}"

    def unit_after(self, unit: str) -> str:
        """A rate's unit as it follows a figure: as it is ("41.6 offences per 100,000 people"), unless the
        language links them (Welsh "41.6 o droseddau fesul 100,000 o bobl")."""
        return unit

    def from_to_unit(self, old_text: str, new_text: str, unit: str = "", *, start: bool = True,
                     old_when: str = "", new_when: str = "", new_unit: str = "") -> str:
        """"from 58.2 to 57.4 offences per 100,000 people": a unit said once, after the second figure; where each
        figure has its period after it, the unit goes with the first, as a reader meets it ("from 58.2 offences
        per 100,000 people between … to 57.4 between …"); ``start=False`` leaves out the "from" (a list's
        "58.2 to 57.4 …"). ``new_unit``: the second figure's own unit, where it is a whole 1 that takes
        ``unit_one``: the unit then goes after each figure, "from 0 days to 1 day", never "from 0 to 1 days"."""
        old, new = self.from_to_sides(old_text, new_text, unit, old_when=old_when, new_when=new_when,
                                      new_unit=new_unit)
        return " ".join([self.from_word, old, self.to_word, new] if start else [old, self.to_word, new])

    def from_to_sides(self, old_text: str, new_text: str, unit: str = "", *, old_when: str = "",
                      new_when: str = "", new_unit: str = "") -> tuple[str, str]:
        """The two sides of :meth:`from_to_unit`'s "from … to …", each with the words that go with it there
        ("58.2 offences per 100,000 people between …", "57.4 between …"), for a phrase that puts its own words
        around them (a verb: "fell from 640 parcels between … to none between …")."""
        old, new = ((old_text, unit, old_when), (new_text, new_unit, new_when)) if old_when or new_unit else \
            ((old_text, "", ""), (new_text, unit, new_when))
        return " ".join(w for w in old if w), " ".join(w for w in new if w)

    @abstractmethod
    def join(self, first: str, joiner: Joiner, second: str, style: HouseStyle) -> str:
        """Two parts of a period: "July to December 2017", "between July and December"."""

    @abstractmethod
    def within(self, text: str, span: Span) -> str:
        """A period of one day, month or year as it reads where a longer one reads "between July and December":
        "in March 2023", "on 4 September 2018", "in 2023"."""

    @abstractmethod
    def change_words(self, change: Change, band: str, style: HouseStyle, tense: Tense, *, exact: bool,
                     headline: bool, places: int | None, scale: int | None = None, one: str = ""
                     ) -> tuple[str, list[Printed]]:
        """A change as a verb phrase ("has almost trebled", "rose by 12 per cent") and the numbers it prints.
        ``band`` is :func:`drafter.style.wording.change_band`'s; every number comes from
        :mod:`drafter.style.numbers` (``scale``: the places of "1.2 million", see
        :func:`~drafter.style.numbers.scale_places`; ``one``: a rate's unit after a whole 1, "day", where a
        rate worded with its two figures ends at one: "rose from 0 days to 1 day")."""

    @abstractmethod
    def change_noun(self, direction: str, amount: str | None) -> str:
        """"a rise of 12 per cent"; with ``amount`` None, the bare noun: "a rise", "a fall", "no change"."""

    @abstractmethod
    def virtually_no_change(self) -> str:
        """A change that rounds to nothing, as a noun phrase."""

    @abstractmethod
    def fewer_than(self, count: str, style: HouseStyle, *, after_from: bool) -> str:
        """A suppressed count: "fewer than five" (``after_from``: as it reads after "from" or "to")."""

    @abstractmethod
    def suppressed_change(self, direction: str, tense: Tense, old: str, new: str, *, both_hidden: bool,
                          headline: bool = False) -> str:
        """A change between counts of which one or both are suppressed: "rose from fewer than five to 31";
        both hidden: "was fewer than five in both periods" (``old`` is that count's words). ``headline``: as
        :meth:`change_words` words a headline, in the same tense."""

    @abstractmethod
    def change_to(self, direction: str, tense: Tense, new: str) -> str:
        """A change said by its later figure alone, after a sentence that gave the change: "rose to 150", "fell to
        fewer than five" (Welsh "wedi cynyddu i 150")."""

    @abstractmethod
    def in_both_periods(self, count: str) -> str:
        """Two suppressed counts as a noun phrase, with no direction: "fewer than five in both periods"."""

    def singular(self, noun: str) -> str:
        """A plural noun as it follows a count of one ("people" → "person"), to catch "one people"; a language
        whose nouns do not change after a number keeps it as it is."""
        return noun

    @abstractmethod
    def attribution(self, verb: str, who: str, *, titled: bool) -> str:
        """What comes before a quote's first paragraph: "Alan Barr, from …, said: "; ``titled`` when a title
        stands before the name."""
