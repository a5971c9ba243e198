"""English: every word drafter writes itself in an English release, and the en_GB and en_US house styles.

>>> PRESETS[0].name, PRESETS[1].name, LANGUAGE.name
('en_GB', 'en_US', 'English')
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from drafter.model import Change
from drafter.style.bands import BY_DIFFERENCE, change_from_to, difference_words, none_both, says_none, unit_one
from drafter.style.base import COUNT_ONLY, HouseStyle, Joiner, Printed, Span, Tense
from drafter.style.furniture import Furniture
from drafter.style.lang._en_read import Read
from drafter.style.percents import change_percent_text

WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TIED_US = "tied for {}"  # en_US's shared place, which stands before the article: "tied for the third highest"
ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_PLURALS = frozenset({"people", "children", "men", "women", "staff", "police", "feet", "teeth", "mice", "geese",
                      "sheep", "fish", "deer", "data", "media", "crew", "personnel"})  # plurals without an s
VERBS: dict[str, tuple[str, str, str]] = {
    # key: (past, participle, present)
    "rise": ("rose", "risen", "rises"),
    "fall": ("fell", "fallen", "falls"),
    "remain": ("remained", "remained", "remains"),
    "double": ("doubled", "doubled", "doubles"),
    "halve": ("halved", "halved", "halves"),
    "treble": ("trebled", "trebled", "trebles"),
    "triple": ("tripled", "tripled", "triples"),
    "quadruple": ("quadrupled", "quadrupled", "quadruples"),
    "increase": ("increased", "increased", "increases"),
    "be": ("was", "been", "is"),
}

IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman"}  # singular after "one"
OTHER_OF_TWO = {"largest": "smaller", "biggest": "smaller", "smallest": "larger", "highest": "lower",
                "lowest": "higher", "most": "fewer", "fewest": "more"}  # the second of two: "the smaller fall"
NONE = "no"  # "no calls"
NO_ONE = {"people": "no one"}  # a count of none, as a newsdesk writes it: "no one from Lancashire contacted …"


def verb(key: str, tense: Tense, adverb: str = "") -> str:
    """A verb in a tense: "rose", "has risen", "have risen", "rises"; an adverb goes before the participle. A
    plural subject takes ``present_plural`` ("calls rise") and ``past_plural`` ("were"), as ``perfect_plural``.

    >>> verb("treble", "perfect", "almost"), verb("rise", "perfect_plural"), verb("fall", "present")
    ('has almost trebled', 'have risen', 'falls')
    >>> verb("rise", "present_plural"), verb("be", "present_plural"), verb("be", "past_plural")
    ('rise', 'are', 'were')
    """
    past, participle, present = VERBS[key]
    plural = tense.endswith("_plural")
    tense = tense.removesuffix("_plural")
    adv = f"{adverb} " if adverb else ""
    if tense == "past":
        return adv + ("were" if plural and key == "be" else past)
    if tense == "present":
        return adv + (("are" if key == "be" else key) if plural else present)
    auxiliary = "have" if plural else "has"
    return f"{auxiliary} {adv}{participle}"


class English(Read):
    code = "en"
    name = "English"
    english = "English"
    nearly = "nearly"
    more_than = "more than"
    less_than = "less than"
    from_word = "from"
    to_word = "to"
    attribution_verbs = ("said", "added", "says", "adds")
    percent_point = "percentage point"  # "1 percentage point", "1.0 percentage points", "2 percentage points"
    none_words = tuple(NO_ONE.values())

    def ordinal_suffix(self, number: int, category: str) -> str:
        return {"one": "st", "two": "nd", "few": "rd"}.get(category, "th")

    def ordinal_form(self, ordinal: str, noun: str) -> str:
        """Before a superlative, first goes without saying ("the highest", "the joint highest", never "the joint
        first highest"), and "tied for" goes before the article (:meth:`ordinal_before`).

        >>> [LANGUAGE.ordinal_form(o, "highest") for o in ("first", "joint first", "joint third", "tied for third")]
        ['', 'joint', 'joint third', 'third']
        """
        tied = TIED_US.partition("{}")[0]
        ordinal = ordinal.removeprefix(tied)
        *before, last = ordinal.split(" ")
        return " ".join(before) if last == ORDINALS[1] else ordinal

    def other_of_two(self, noun: str) -> str | None:
        """Of two areas, the second is "the smaller fall", "the lower rate", never "the second largest fall"; a
        superlative with no noun after it ("the most") has none.

        >>> LANGUAGE.other_of_two("largest fall"), LANGUAGE.other_of_two("highest rate"), LANGUAGE.other_of_two("most")
        ('the smaller fall', 'the lower rate', None)
        """
        first, _, rest = noun.partition(" ")
        return f"the {OTHER_OF_TWO[first]} {rest}" if first in OTHER_OF_TWO and rest else None

    def ordinal_before(self, ordinal: str, noun: str) -> tuple[str, str]:
        """"the", or en_US's "tied for the" before a shared place: "tied for the third highest", "tied for the
        highest" (not "the tied for third highest").

        >>> LANGUAGE.ordinal_before("tied for third", "highest"), LANGUAGE.ordinal_before("joint third", "highest")
        (('tied for the', 'highest'), ('the', 'highest'))
        """
        tied = TIED_US.partition("{}")[0]
        return (f"{tied}the" if ordinal.startswith(tied) else "the"), noun

    def after_word(self, word: str, phrase: str, *, as_written: bool = False) -> str:
        """AP's shared place is a state: "has" before "tied for" is "is" ("is tied for the second lowest rate")."""
        tied = word.split(" ")[-1] == "has" and phrase.startswith(TIED_US.partition("{}")[0])
        return f"{word.removesuffix('has')}is {phrase}" if tied else f"{word} {phrase}"

    def ends_counted(self, word: str) -> bool:
        """A plural noun ends what a figure counts: "24 stations", "12 trained call handlers" (not "glass",
        "crisis", "bus", which are not plurals).

        >>> [LANGUAGE.ends_counted(w) for w in ("stations", "handlers", "children", "trained", "glass", "crisis")]
        [True, True, True, False, False, False]
        """
        return word in _PLURALS or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))

    def counted(self, number: str, amount: Decimal, one: str, many: str) -> str:
        """"one call", "440 calls", "no calls" (never "one people" or "0 calls"); no people are "no one", and no
        people of a kind "no one" of it ("no one killed or seriously injured", not "no people killed …").

        >>> [LANGUAGE.counted(n, Decimal(a), "person", "people") for n, a in (("none", 0), ("one", 1), ("two", 2))]
        ['no one', 'one person', 'two people']
        >>> LANGUAGE.counted("none", Decimal(0), "person rescued", "people rescued")
        'no one rescued'
        """
        if amount == 0:
            head, _, rest = many.partition(" ")
            return " ".join(filter(None, (self.none_of(many), rest if head in NO_ONE else many)))
        return f"{number} {one if amount == 1 else many}"

    def none_of(self, many: str) -> str:
        return NO_ONE.get(many.partition(" ")[0], NONE)  # "no one rescued", "no calls"

    def join(self, first: str, joiner: Joiner, second: str, style: HouseStyle) -> str:
        return f"{first} {style.to_word if joiner == 'to' else style.and_word} {second}"

    def within(self, text: str, span: Span) -> str:
        """"in March 2023", "on 4 September 2018", "in 2023"."""
        return f"{'on' if span == 'day' else 'in'} {text}"

    def change_words(self, change: Change, band: str, style: HouseStyle, tense: Tense, *, exact: bool,
                     headline: bool, places: int | None, scale: int | None = None, one: str = ""
                     ) -> tuple[str, list[Printed]]:
        by = "" if headline else "by "
        direction = "rise" if change.direction == "up" else "fall"
        if band == "unchanged" and change.new.amount == 0 and (  # none, both: "have remained at zero"
                (headline and change.kind == "count") or none_both(change)):
            return verb("remain", tense) + " at zero", [("old", "zero", change.old.amount),  # zero of both periods
                                                         ("new", "zero", change.new.amount)]
        if band == "unchanged":
            return verb("remain", tense) + " unchanged", []
        if band == "virtually_unchanged":
            return verb("remain", tense) + " virtually unchanged", []
        if band in COUNT_ONLY and headline and change.direction == "down" and \
                says_none(change.new.amount, change.kind, change.unit):  # a headline says it plainly: "falls to zero"
            return f"{verb(direction, tense)} to zero", [("new", "zero", change.new.amount)]
        if band in COUNT_ONLY:
            text, old_text, new_text = change_from_to(change, style, scale)
            if change.kind == "rate" and change.unit:  # a rate from zero says what it is a rate of
                text = self.from_to_unit(old_text, new_text, change.unit, new_unit=unit_one(change, one))
            return f"{verb(direction, tense)} {text}", [("old", old_text, change.old.amount),
                                                         ("new", new_text, change.new.amount)]
        if band in BY_DIFFERENCE:  # a headline keeps "by" before a unit: "falls 2.2 weeks" reads as how long it fell
            text, printed = difference_words(change, style, one)
            return f"{verb(direction, tense)} {'by ' if band == 'units' else by}{text}", [printed]
        if exact or band in ("rise", "fall"):
            text, rounded = change_percent_text(change, style, places)
            return f"{verb(direction, tense)} {by}{text}", [("percent", text, rounded)]
        words = {
            "doubled": verb("double", tense),
            "more_than_doubled": verb("double", tense, "more than"),
            "almost_trebled": verb(style.treble, tense, "almost"),
            "trebled": verb(style.treble, tense),
            "more_than_trebled": verb(style.treble, tense, "more than"),
            "quadrupled": verb("quadruple", tense),
            "more_than_fourfold": verb("rise" if headline else "increase", tense) + " more than fourfold",
            "halved": verb("halve", tense),
            "more_than_halved": f"{verb('fall', tense)} {by}more than half",
        }
        return words[band], []

    def change_noun(self, direction: str, amount: str | None) -> str:
        if direction == "same":
            return "no change"
        noun = "a rise" if direction == "up" else "a fall"
        return noun if amount is None else f"{noun} of {amount}"

    def virtually_no_change(self) -> str:
        return "virtually no change"

    def fewer_than(self, count: str, style: HouseStyle, *, after_from: bool) -> str:
        return f"{style.fewer_than} {count}"

    def suppressed_change(self, direction: str, tense: Tense, old: str, new: str, *, both_hidden: bool,
                          headline: bool = False) -> str:
        if both_hidden:
            return f"{verb('be', tense)} {self.in_both_periods(old)}"
        return f"{verb('rise' if direction == 'up' else 'fall', tense)} {self.from_to(old, new)}"

    def change_to(self, direction: str, tense: Tense, new: str) -> str:
        return f"{verb('rise' if direction == 'up' else 'fall', tense)} to {new}"

    def singular(self, noun: str) -> str:
        """The noun after "one".

        >>> [LANGUAGE.singular(n) for n in ("people", "calls", "children", "crime", "offences")]
        ['person', 'call', 'child', 'crime', 'offence']
        """
        if noun in IRREGULAR:
            return IRREGULAR[noun]
        return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun

    def in_both_periods(self, count: str) -> str:
        return f"{count} in both periods"

    def attribution(self, verb: str, who: str, *, titled: bool) -> str:
        """A comma before the verb only to close what a comma opened after the name (a title, "from …").

        >>> LANGUAGE.attribution("said", "Ann Jones, from Tidy Wales", titled=False)
        'Ann Jones, from Tidy Wales, said: '
        >>> LANGUAGE.attribution("said", "Ann Jones", titled=False), LANGUAGE.attribution("said", "Director Ann Jones",
        ...                                                                               titled=True)
        ('Ann Jones said: ', 'Director Ann Jones said: ')
        """
        return f"{who}{',' if ',' in who else ''} {verb}: "

    def name_in_text(self, name: str) -> str:
        """
        >>> LANGUAGE.name_in_text("The Emergency Calls Trust"), LANGUAGE.name_in_text("Cymru Daclus")
        ('the Emergency Calls Trust', 'Cymru Daclus')
        >>> LANGUAGE.name_in_text("Theatr Clwyd"), LANGUAGE.name_in_text("The")
        ('Theatr Clwyd', 'The')
        """
        return self.article_lowered(name, ("The",))


LANGUAGE = English()

EN_GB = HouseStyle(
    name="en_GB", locale="en_GB", language=LANGUAGE, number_words=WORDS, words_up_to=9, none_word="none",
    percent="per cent", percent_points="percentage points", percent_whole_from=Decimal(10),
    percent_small_places=1, small_base=Decimal(20), nearly_fraction=Decimal("0.95"),
    date_pattern="d MMMM y", month_pattern="MMMM y", time_pattern="HH:mm", treble="treble",
    embargo_words="EMBARGOED UNTIL", no_embargo="FOR IMMEDIATE RELEASE", ends="ENDS",
    million_from=Decimal(1_000_000), million_word="million", ordinal_words=ORDINALS,
)
# AP: no UK "Notes to editors" or "Out of hours"; the dateline's city in capitals ("CARLISLE, Pa. —"); US Letter.
# AP's abbreviations of the states in a dateline, by postal code and name (eight are never abbreviated)
AP_STATES = tuple(tuple(entry.split(":")) for entry in (
    "AL:Alabama:Ala.", "AK:Alaska:Alaska", "AZ:Arizona:Ariz.", "AR:Arkansas:Ark.", "CA:California:Calif.",
    "CO:Colorado:Colo.", "CT:Connecticut:Conn.", "DE:Delaware:Del.", "DC:District of Columbia:D.C.",
    "FL:Florida:Fla.", "GA:Georgia:Ga.", "HI:Hawaii:Hawaii", "ID:Idaho:Idaho", "IL:Illinois:Ill.",
    "IN:Indiana:Ind.", "IA:Iowa:Iowa", "KS:Kansas:Kan.", "KY:Kentucky:Ky.", "LA:Louisiana:La.", "ME:Maine:Maine",
    "MD:Maryland:Md.", "MA:Massachusetts:Mass.", "MI:Michigan:Mich.", "MN:Minnesota:Minn.", "MS:Mississippi:Miss.",
    "MO:Missouri:Mo.", "MT:Montana:Mont.", "NE:Nebraska:Neb.", "NV:Nevada:Nev.", "NH:New Hampshire:N.H.",
    "NJ:New Jersey:N.J.", "NM:New Mexico:N.M.", "NY:New York:N.Y.", "NC:North Carolina:N.C.",
    "ND:North Dakota:N.D.", "OH:Ohio:Ohio", "OK:Oklahoma:Okla.", "OR:Oregon:Ore.", "PA:Pennsylvania:Pa.",
    "RI:Rhode Island:R.I.", "SC:South Carolina:S.C.", "SD:South Dakota:S.D.", "TN:Tennessee:Tenn.",
    "TX:Texas:Texas", "UT:Utah:Utah", "VT:Vermont:Vt.", "VA:Virginia:Va.", "WA:Washington:Wash.",
    "WV:West Virginia:W.Va.", "WI:Wisconsin:Wis.", "WY:Wyoming:Wyo.",
))
# AP's dateline cities that stand alone, without their state ("DENVER —"), with the state each is in
AP_CITIES = tuple((city.lower(), ap) for entry in (
    "Atlanta:GA", "Baltimore:MD", "Boston:MA", "Chicago:IL", "Cincinnati:OH", "Cleveland:OH", "Dallas:TX",
    "Denver:CO", "Detroit:MI", "Honolulu:HI", "Houston:TX", "Indianapolis:IN", "Las Vegas:NV", "Los Angeles:CA",
    "Miami:FL", "Milwaukee:WI", "Minneapolis:MN", "New Orleans:LA", "New York:NY", "Oklahoma City:OK",
    "Philadelphia:PA", "Phoenix:AZ", "Pittsburgh:PA", "St. Louis:MO", "Salt Lake City:UT", "San Antonio:TX",
    "San Diego:CA", "San Francisco:CA", "Seattle:WA", "Washington:DC",
) for city, code in [entry.split(":")] for state, _, ap in AP_STATES if state == code)
AP_FURNITURE = Furniture(
    notes_heading="Background", out_of_hours="After hours", also_available="This news release is also available in "
    "Welsh.", release_kind="News release", dateline="{place} — {date}", dateline_upper=True, paper="Letter",
    speaker_of=" of {organisation}", states=tuple((typed.lower().rstrip("."), ap) for code, name, ap in AP_STATES
                                                  for typed in (code, name, ap)), cities_alone=AP_CITIES,
    draft_release="DRAFT – QUOTE NOT APPROVED – NOT FOR PUBLICATION", dash="—",
    others_listed="The other {count} {kinds} are in the table under Background.",
    all_listed="The {count} {kinds} are in the table under Background.",
)
EN_US = dataclasses.replace(
    EN_GB, name="en_US", locale="en_US", percent="%", date_pattern="AP", time_pattern="AP", treble="triple",
    ends="###", money_short=False, year_may_start=True, emergency_number="911", tied=TIED_US,
    furniture=AP_FURNITURE, embargo_capitals=False, timezone="America/New_York",
)
PRESETS = (EN_GB, EN_US)
