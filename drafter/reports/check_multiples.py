"""A multiple of the earlier figure, as a person may type it into a release ("a 154-fold rise", "rose 3.5-fold",
"2.9 times higher", "three times more", Welsh "154 gwaith yn fwy", "dair gwaith yn fwy"): a claim about the
change's ratio (new ÷ old), read as one change item and held against it. "times" is a multiple only before a
comparative ("more", "higher", "as"; Welsh "yn fwy", "cymaint"): "launched 999 times" is a count.

A multiple in figures is true when the ratio, rounded half-up to the places it is written to, is that figure
("2.9-fold" for 2.93, "3-fold" for 2.93). A multiple in words is a change word like "trebled": "three times more"
holds only for a ratio of exactly 3, "almost three times" as "almost trebled" does (by the house style's measure
of "nearly"). A qualifier holds as it does for any figure ("more than 2.5 times"). A fall's multiple ("a 3-fold
fall") is held against old ÷ new. A false multiple's finding says what the ratio is ("the figures give 2.93 times").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from drafter.compute.changes import round_half_up
from drafter.reports.check_known import Known
from drafter.reports.check_words import Item, Token, Vocabulary
from drafter.style.base import HouseStyle

MULTIPLE = "multiple"  # the band of a multiple item; its value is the multiple as written
_BANDS = {"doubled": Decimal(2), "trebled": Decimal(3), "quadrupled": Decimal(4), "halved": Decimal("0.5")}


def multiples(text: str, toks: Sequence[Token], found: list[Item], vocab: Vocabulary) -> list[Item]:
    """The paragraph's items with each figure or number word straight before a word for times ("fold", "times",
    Welsh "gwaith") read, with it, as one multiple: a change item of band :data:`MULTIPLE`."""
    read: list[Item] = []
    for item in found:
        at = item.last
        phrase = vocab.phrases.get(toks[at].norm, ()) if at < len(toks) else ()
        if item.kind == "count" and item.value is not None and item.value > 0 and any(
                category == "times" and len(words) == 1 and _followed(toks, at + 1, follow)
                for words, category, follow, _ in phrase) and \
                text[toks[at - 1].end:toks[at].start].strip() in ("", "-", "‑", "–"):
            shown = text[toks[item.first].start:toks[at].end]
            read.append(replace(item, kind="band", last=at + 1, text=shown, band=MULTIPLE, weak=False,
                                after=toks[at + 1].norm if at + 1 < len(toks) else ""))
        else:
            read.append(item)
    return read


def _followed(toks: Sequence[Token], at: int, follow: str) -> bool:
    """Whether the tokens from ``at`` start with one of the "|"-separated phrases (always, with none)."""
    return not follow or any([t.norm for t in toks[at:at + len(p.split())]] == p.split() for p in follow.split("|"))


def _ratio(item: Item, known: Known) -> Decimal | None:
    """The ratio the multiple is held against: new ÷ old, or old ÷ new for a fall said as a multiple above 1."""
    ratio = known.value
    if ratio is None or ratio <= 0:
        return None
    return 1 / ratio if ratio < 1 and item.value is not None and item.value > 1 else ratio


def multiple_holds(item: Item, known: Known, style: HouseStyle) -> str:
    """Whether a multiple states a change's ratio: "approx" (true, at its own rounding level), or "" (not)."""
    ratio, value = _ratio(item, known), item.value
    if ratio is None or value is None:
        return ""
    if item.qualifier == "nearly":
        return "approx" if value * style.nearly_fraction <= ratio < value else ""
    if item.qualifier == "more":
        return "approx" if ratio > value else ""
    if item.qualifier == "fewer":
        return "approx" if ratio < value else ""
    if item.qualifier == "about" or any(c.isdigit() for c in item.text):
        places = max(0, -int(value.as_tuple().exponent))
        return "approx" if round_half_up(ratio, places) == value else ""
    return "approx" if ratio == value else ""  # "three times more", as "trebled": exactly


def ratio_note(item: Item, known: Known) -> str:
    """What the ratio is, for a false multiple or multiple word ("the figures give 2.93 times"); else ""."""
    if item.kind != "band" or known.kind != "band" or not (
            item.band == MULTIPLE or item.band.removeprefix("almost_") in _BANDS):
        return ""
    if known.value is None:
        return "the figures give no ratio: the earlier figure is none"
    ratio = _ratio(item, known) or known.value
    places = max(2, -int(item.value.as_tuple().exponent)) if item.value is not None else 2  # "2.934": 2.933
    shown = format(round_half_up(ratio, places).normalize(), "f")
    fall = ratio != known.value
    return f"the figures give a fall to 1/{shown} of the earlier figure" if fall else f"the figures give {shown} times"
