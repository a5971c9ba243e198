"""The kind of place a campaign's areas are, as its releases say it: campaign.yaml's ``area_word: force area``
(``area_word_cy: ardal heddlu``), else the house style's "area" ("ardal"). Templates print it as ``area_word``
("of any {{ area_word.one }} in Wales", "The {{ area_word.many }} of Wales"); the house style's words about the
areas (a table's "Area" column, its caption "…, by area", "The other 54 areas are in the table …") take it through
:func:`furnished`."""

from __future__ import annotations

from drafter.document import escape_markdown
from drafter.model import Campaign
from drafter.render.marked import Md
from drafter.style.base import HouseStyle


def kind_words(campaign: Campaign, style: HouseStyle) -> tuple[str, str]:
    """The kind of place after one and after any other number, in the style's language."""
    code = style.language.code
    one = campaign.text_for("area_word", code)
    return (one, campaign.text_for("area_words", code)) if one else (style.furniture.area_word,
                                                                     style.furniture.area_words)


def furnished(pattern: str, campaign: Campaign, style: HouseStyle, **values: object) -> str:
    """One of the house style's patterns with the kind of place in it: ``{kind}``, ``{kinds}``, and ``{Kind}`` at
    the start of a sentence or a heading ("Force area")."""
    one, many = kind_words(campaign, style)
    return pattern.format(kind=one, kinds=many, Kind=one[:1].upper() + one[1:], **values)


class AreaWords:
    """``area_word`` in a template: ``one`` ("force area"), ``many`` ("force areas"), ``the_many`` ("the force
    areas"; Welsh "yr ardaloedd", "y byrddau iechyd"), ``after(word)``: the plural after a word of the
    template's, as the language joins them (Welsh "o fyrddau iechyd", mutated after "o"), and ``given``: whether
    campaign.yaml names the kind, for a template whose own word is more particular than "area" ("police force
    area")."""

    def __init__(self, campaign: Campaign, style: HouseStyle) -> None:
        self._language = style.language
        self._one, self._many = kind_words(campaign, style)
        self.given = bool(campaign.text_for("area_word", style.language.code))

    @property
    def one(self) -> Md:
        return Md(escape_markdown(self._one))

    @property
    def many(self) -> Md:
        return Md(escape_markdown(self._many))

    @property
    def the_many(self) -> Md:
        return Md(escape_markdown(self._language.definite(self._many)))

    def after(self, word: str, many: bool = True) -> Md:
        text = self._many if many else self._one
        return Md(escape_markdown(self._language.after_word(word, self._language.form_after(word, text))))

    def __str__(self) -> str:
        return str(self.one)
