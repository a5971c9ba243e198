"""The words a release may print after a figure, in its language: each measure's unit ("0.9 weeks", "440
calls", Welsh "440 o alwadau"), a rate's base ("17.7 per 1,000 people", with its unit or without) and the house
style's percent ("18.0 per cent"), each as far as it stays on the figure's line (:func:`kept`). The DOCX and HTML
writers keep each on the line of its figure (:mod:`drafter.writers.unbroken`)."""

from __future__ import annotations

from decimal import Decimal

from drafter.model import Campaign, Measure
from drafter.style import numbers, percents
from drafter.style.base import HouseStyle

_FIGURE = "9"  # a stand-in figure: what a language prints after it is the unit
WHOLE_WORDS = 4  # a unit of up to this many words is kept whole with its figure ("17.7 per 1,000 people")


def printed_units(campaign: Campaign, style: HouseStyle) -> tuple[str, ...]:
    """Every unit as the language prints it after a figure, for the campaign's measures, each once."""
    found: dict[str, None] = {}
    language, code = style.language, style.language.code

    def after(text: str) -> None:
        if text.startswith(_FIGURE) and (unit := " ".join(text.removeprefix(_FIGURE).split())):
            found[kept(unit)] = None

    def units(m: Measure) -> tuple[str, str]:
        many = m.words("unit", code) or m.unit
        return m.words("unit_one", code) or many, many

    after(percents.with_percent(_FIGURE, style))
    for m in campaign.measures:
        one, many = units(m)
        if many.strip():
            for amount in (1, 2, 9, 1000):  # a language whose unit agrees with the number: "1 galwad", "9 o alwadau"
                after(language.counted(_FIGURE, Decimal(amount), one, many))
            after(f"{_FIGURE} {language.unit_after(many)}")
        if m.population and m.per:
            people = campaign.measure(m.population)
            per = numbers.count_text(Decimal(m.per), style, figures=True)
            base = language.counted(per, Decimal(m.per), *units(people))
            after(style.furniture.per_head.format(rate=_FIGURE, per=base))
            for amount in (1, 9):
                rate = language.counted(_FIGURE, Decimal(amount), one, many) if many.strip() else _FIGURE
                after(style.furniture.per_head.format(rate=rate, per=base))
    return tuple(found)


def kept(unit: str) -> str:
    """What of a unit stays on its figure's line: all of it, up to :data:`WHOLE_WORDS` words; of a longer one its
    first word (two where the first is a link such as Welsh "o"), so that "52.2 public charging points per 100,000
    people" in a headline does not push the whole phrase onto a line of its own.

    >>> kept("per 1,000 people"), kept("public charging points per 100,000 people")
    ('per 1,000 people', 'public')
    >>> kept("o bwyntiau gwefru cyhoeddus fesul 100,000 o bobl")
    'o bwyntiau'
    """
    words = unit.split(" ")
    if len(words) <= WHOLE_WORDS:
        return unit
    return " ".join(words[:2 if len(words[0]) <= 2 else 1])
