"""Welsh change wording: the verb-noun phrases after "wedi" and "yn" ("wedi cynyddu 193%", "wedi bron â threblu",
"yn gostwng o 31 i 4"), the change nouns ("cynnydd o 193%", "gostyngiad o fwy na 99%") and a change of counts
suppressed on either side; :class:`drafter.style.lang.cy.Welsh` gives them as its own.

Welsh is verb-first in the past tense ("Cynyddodd y nifer …"), so a phrase that a template can put after
its subject is an aspect phrase: "wedi cynyddu 193%" (perfect, and the past forms), "yn cynyddu" (present).
The template supplies "Mae …" or "Roedd …"."""

from __future__ import annotations

from drafter.model import Change
from drafter.style.bands import BY_DIFFERENCE, change_from_to, difference_words, says_none, unit_one
from drafter.style.base import COUNT_ONLY, HouseStyle, Language, Printed, Tense
from drafter.style.lang._cy_mutations import soft
from drafter.style.percents import change_percent_text

TO = "i"  # "o 12 i 31"
NONE_AFTER_FROM = "ddim"  # "o ddim i 12": "dim" after "o"
RISE, FALL, PERFECT, PRESENT = "cynyddu", "gostwng", "wedi", "yn"

# Band → verb-noun phrase after "wedi" / "yn"; mutations written out in full ("â threblu", "na phedair").
BANDS = {
    "unchanged": "aros yr un fath", "virtually_unchanged": "aros bron yr un fath", "doubled": "dyblu",
    "more_than_doubled": "mwy na dyblu", "almost_trebled": "bron â threblu", "trebled": "treblu",
    "more_than_trebled": "mwy na threblu", "quadrupled": "pedryblu", "halved": "haneru",
    "more_than_fourfold": "cynyddu fwy na phedair gwaith", "more_than_halved": "gostwng mwy na hanner",
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


def change_words(language: Language, change: Change, band: str, style: HouseStyle, tense: Tense, *, exact: bool,
                 headline: bool, places: int | None, scale: int | None = None, one: str = ""
                 ) -> tuple[str, list[Printed]]:
    """"wedi cynyddu 193%", "wedi bron â threblu", "yn gostwng o 31 i 4" (a headline takes the perfect)."""
    lead = aspect("perfect" if headline else tense) + " "
    verb = RISE if change.direction == "up" else FALL
    if band in COUNT_ONLY and headline and change.direction == "down" and \
            says_none(change.new.amount, change.kind, change.unit):  # "wedi gostwng i ddim", as English "to zero"
        return f"{lead}{verb} {TO} {NONE_AFTER_FROM}", [("new", NONE_AFTER_FROM, change.new.amount)]
    if band in COUNT_ONLY:
        text, old_text, new_text = change_from_to(change, style, scale)
        if change.kind == "rate" and change.unit:  # a rate from zero says what it is a rate of, as in English
            text = language.from_to_unit(old_text, new_text, change.unit, new_unit=unit_one(change, one))
        return f"{lead}{verb} {text}", [("old", old_text, change.old.amount), ("new", new_text, change.new.amount)]
    if band in BY_DIFFERENCE:  # "wedi gostwng 13.5 pwynt canran", "wedi gostwng 2.2 o wythnosau"
        text, printed = difference_words(change, style, one)
        return f"{lead}{verb} {text}", [printed]
    if band in ("unchanged", "virtually_unchanged"):
        return lead + BANDS[band], []
    if exact or band in ("rise", "fall"):
        text, rounded = change_percent_text(change, style, places)
        return f"{lead}{verb} {text}", [("percent", text, rounded)]
    phrase = BANDS[band]
    if lead == PRESENT + " " and phrase.startswith(NO_PRESENT_MARKER):
        lead = ""  # "bron â threblu", not "yn bron â threblu"
    return lead + phrase, []


def change_noun(direction: str, amount: str | None) -> str:
    """"cynnydd", "gostyngiad o fwy na 99%" ("o" mutates what follows), "dim newid"."""
    if direction == "same":
        return NO_CHANGE
    return NOUNS[direction] if amount is None else f"{NOUNS[direction]} {NOUN_OF} {soft(amount)}"  # Welsh.noun_amount


def suppressed_change(language: Language, direction: str, tense: Tense, old: str, new: str, *, both_hidden: bool,
                      headline: bool = False) -> str:
    """"wedi bod yn llai na 5 yn y ddau gyfnod"; "wedi cynyddu o lai na 5 i 12"."""
    if both_hidden:
        return f"{PERFECT} bod yn {old} {BOTH_PERIODS}"
    return f"{aspect('perfect' if headline else tense)} {RISE if direction == 'up' else FALL} " \
        f"{language.from_to(old, new)}"


def change_to(direction: str, tense: Tense, new: str) -> str:
    """"wedi cynyddu i 150", "wedi gostwng i lai na 5": a change by its later figure alone."""
    return f"{aspect(tense)} {RISE if direction == 'up' else FALL} {TO} {new}"
