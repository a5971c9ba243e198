"""campaign.yaml's sentences filled in for one area: {area}, {parent}, {organisation} and areas.csv's columns
({force}), each place as it reads mid-sentence in the release's language ("in the {area} …" never "in the the
Isles of Scilly")."""

from __future__ import annotations

import string

from drafter.errors import InputError, possessive
from drafter.model import Area, Campaign, SourceRef
from drafter.style import names
from drafter.style.base import HouseStyle
from drafter.style.lang import languages


def place_text(area: Area, language: str) -> str:
    """An area as it reads mid-sentence in a language: ``in_text`` in English; in another language its
    ``in_text_cy`` column, else ``name_cy``, else the name."""
    if language == "en":
        return area.in_text
    extra = dict(area.extra)
    name, own = extra.get(f"name_{language}", ""), languages().get(language)
    return extra.get(f"in_text_{language}") or (own.place_in_text(name) if own else name) or area.name


def fill(text: str, area: Area, campaign: Campaign, style: HouseStyle, where: SourceRef, field: str) -> str:
    """``text`` with {area}, {parent}, {organisation} and areas.csv columns ({force}) filled in for ``area``."""
    language = style.language.code
    values = dict(area.extra)
    values["area"] = place_text(area, language)
    text = names.fill_organisation(text, *names.organisation_names(campaign, style.language))  # "from the … Trust"
    if "{parent}" in text:
        if area.parent is None:
            raise InputError(f"names {{parent}}, but {area.name} has no parent area", source=where, field=field,
                             expected="a sentence that reads right for every area drafted, or areas.csv parents")
        values["parent"] = place_text(campaign.area(area.parent), language)
    for _, name, _, _ in string.Formatter().parse(text):
        if name and not values.get(name, "x").strip():  # "a roddwyd : 31": a hole where the place should be
            raise InputError(f"names {{{name}}}, which is empty in areas.csv", source=where,
                             field=field, expected=f"the {name} column filled in on {possessive(area.name)} row "
                                                   f"(areas.csv row {area.source.row})")
    return "".join(literal + _after(literal, values[name]) if name else literal
                   for literal, name, _, _ in string.Formatter().parse(text))


def fill_sentence(text: str, area: Area, campaign: Campaign, style: HouseStyle, where: SourceRef, field: str) -> str:
    """A whole sentence (a story sentence, a note) filled in as :func:`fill` does: one that opens with a place opens
    with a capital, "{area} met the target" as "The UK met the target" where the UK reads "the UK" mid-sentence."""
    filled = fill(text, area, campaign, style, where, field)
    return filled[:1].upper() + filled[1:] if text.startswith("{") else filled


def _after(before: str, place: str) -> str:
    """A place as it reads after the words before it: "the Isles of Scilly" after "in the " is "Isles of Scilly",
    so that "in the {area} fire and rescue service area" never reads "in the the Isles of Scilly …" (an article
    only: a place's own capitalised word is never dropped)."""
    word = before.rstrip().rsplit(maxsplit=1)[-1:]
    own = place.split(maxsplit=1)
    if before[-1:].isspace() and len(own) == 2 and own[0].islower() and word and word[0].lower() == own[0]:
        return own[1]
    return place
