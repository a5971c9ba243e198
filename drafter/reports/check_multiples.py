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
from drafter.style.percents import rounded_percent

MULTIPLE = "multiple"  # the band of a multiple item; its value is the multiple as written
FRACTION = "fraction"  # the band of a percentage said as a fraction ("by a third"): its value in per cent
SHARE = "share"  # the band of a part of something said as a fraction ("a third of buses", "half of the region's")
_BANDS = {"doubled": Decimal(2), "trebled": Decimal(3), "quadrupled": Decimal(4), "halved": Decimal("0.5")}


def multiples(text: str, toks: Sequence[Token], found: list[Item], vocab: Vocabulary) -> list[Item]:
    """The paragraph's items with each figure or number word straight before a word for times ("fold", "times",
    Welsh "gwaith") read, with it, as one multiple: a change item of band :data:`MULTIPLE`; a multiple in one word
    ("tenfold") too; and a fraction after a change word ("rose by a third") as a percentage (:func:`fractions`)."""
    read: list[Item] = []
    for item in found:
        at = item.last
        phrase = vocab.phrases.get(toks[at].norm, ()) if at < len(toks) else ()
        after_change = bool(read) and read[-1].kind == "direction" and read[-1].last == item.first
        if item.kind == "count" and item.value is not None and item.value > 0 and any(
                (category == "times" and len(words) == 1 and _followed(toks, at + 1, follow)) or
                (category == "times_alone" and after_change) for words, category, follow, _ in phrase) and \
                text[toks[at - 1].end:toks[at].start].strip() in ("", "-", "‑", "–"):
            shown = text[toks[item.first].start:toks[at].end]
            read.append(replace(item, kind="band", last=at + 1, text=shown, band=MULTIPLE, weak=False,
                                after=toks[at + 1].norm if at + 1 < len(toks) else ""))
        else:
            read.append(item)
    return fractions(text, toks, read, vocab)


def fractions(text: str, toks: Sequence[Token], found: list[Item], vocab: Vocabulary) -> list[Item]:
    """The items with a fraction straight after a change word ("has risen by half", "rose by almost a third",
    "a fall of three quarters", Welsh "wedi cynyddu traean") read as a percentage change (band :data:`FRACTION`,
    its value the fraction in per cent, its qualifier "about" if it has none), and a multiple in one word ("has risen
    tenfold", "more than fourfold") as a multiple: each in place of the items its words held ("third", "three")."""
    added: list[Item] = []
    for item in found:
        k = item.last
        if item.kind != "direction" or k >= len(toks):
            continue
        link = match(toks, k, vocab, "fraction_link")
        start = k = link[0] if link else k
        qualifier = match(toks, k, vocab, "qualifier")
        k = qualifier[0] if qualifier else k
        part = match(toks, k, vocab, "fraction")
        if part:
            added.append(Item("percent", start, part[0], text[toks[start].start:toks[part[0] - 1].end],
                              Decimal(part[1]) * 100, str(qualifier[1]) if qualifier else "about", band=FRACTION,
                              direction=item.direction))
    for k in range(len(toks)):
        share = _share(text, toks, k, vocab)  # not inside a figure read already: Welsh "cant a hanner o bobl" is 150
        if share is not None and not any(a.first <= k < a.last for a in added) and not any(
                x.first < share.first < x.last and not x.weak for x in found):
            added.append(share)
        fold = match(toks, k, vocab, "fold")
        if fold:
            before = next(((s, str(q[1])) for s in range(max(0, k - 3), k)
                           if (q := match(toks, s, vocab, "qualifier")) and q[0] == k), None)
            start = before[0] if before else k
            added.append(Item("band", start, fold[0], text[toks[start].start:toks[fold[0] - 1].end], Decimal(fold[1]),
                              before[1] if before else "", band=MULTIPLE))
    covered = {t for a in added for t in range(a.first, a.last)}
    kept = [x for x in found if not covered & set(range(x.first, x.last))]
    return sorted(kept + added, key=lambda x: x.first) if added else found


def _share(text: str, toks: Sequence[Token], k: int, vocab: Vocabulary) -> Item | None:
    """A fraction starting at token ``k`` (after a qualifier, if any) with "of" after it ("a third of buses", "almost
    half of the north west's calls", Welsh "traean o fysiau"), or a proportion ("one in five buses", "1 in 5", Welsh
    "un o bob pump"): a percentage in words (band :data:`SHARE`), read as a claim only where its sentence states a
    share the campaign's figures give (the judge's concern); else None."""
    qualifier = match(toks, k, vocab, "qualifier")
    at = qualifier[0] if qualifier else k
    part = match(toks, at, vocab, "fraction")
    if part and match(toks, part[0], vocab, "fraction_link"):
        end, value = part[0], Decimal(part[1]) * 100
    elif (one := _whole(toks, at, vocab)) and (link := match(toks, one[0], vocab, "proportion_link")) and (
            every := _whole(toks, link[0], vocab)) and 0 < one[1] <= every[1] and not _a_year(text, toks[link[0]]):
        end, value = every[0], one[1] / every[1] * 100
    else:
        return None
    return Item("percent", k, end, text[toks[k].start:toks[end - 1].end], value,
                str(qualifier[1]) if qualifier else "about", band=SHARE)


def _a_year(text: str, token: Token) -> bool:
    """Whether a number after "in" is a year as typed (four digits, 1900 to 2099, no separator): "440 in 2017" is a
    figure and its year, not a proportion of 440 in 2,017."""
    typed = text[token.start:token.end]
    return typed.isdigit() and len(typed) == 4 and 1900 <= int(typed) <= 2099


def _whole(toks: Sequence[Token], k: int, vocab: Vocabulary) -> tuple[int, Decimal] | None:
    """A whole number of one token or phrase at token ``k`` ("5", "five", Welsh "pump", "deg"): where it ends, its
    value; else None."""
    if k < len(toks) and toks[k].kind == "number" and toks[k].norm.isdigit() and not toks[k].suffix:
        return k + 1, Decimal(toks[k].norm)
    word = match(toks, k, vocab, "number") or match(toks, k, vocab, "numscale")
    return (word[0], Decimal(word[1])) if word else None


def match(toks: Sequence[Token], k: int, vocab: Vocabulary, category: str) -> tuple[int, str | Decimal] | None:
    """Where a phrase of ``category`` starting at token ``k`` ends, and its label (or number where it has none), if
    no longer phrase of another kind starts there (Welsh "hanner cant" is fifty, not half); else None."""
    if k >= len(toks):
        return None
    matches = [(k + len(words), cat, name, number) for words, cat, name, number in vocab.phrases.get(toks[k].norm, ())
               if [t.norm for t in toks[k:k + len(words)]] == list(words)]
    longest = max((end for end, *_ in matches), default=0)
    return next(((end, name or number) for end, cat, name, number in matches if cat == category and end == longest),
                None)


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


def fraction_holds(item: Item, known: Known, style: HouseStyle) -> str:
    """Whether a fraction ("by a third") states a percentage change: "approx" where the change, rounded as the house
    style prints percentages, is the fraction so rounded ("a third" for 33 per cent: 32.5 to 33.5); "same" where it
    is a bound that holds ("more than a third", "less than half"), or just below the fraction by the house style's
    measure of "nearly" ("almost half": from 47.5 per cent; "nearly one in three" from 95 per cent of 33, as words
    are no closer than a whole percentage), which say where the figure lies ("31.5 per cent – nearly one in three")
    and are no figure at another rounding level; else ""."""
    if known.value is None or item.value is None:
        return ""
    size, part = abs(known.value), item.value
    if item.qualifier in ("more", "fewer"):
        return "same" if (size > part if item.qualifier == "more" else size < part) else ""
    if item.qualifier == "nearly":  # of the fraction as a whole percentage at most: "nearly a third" from 31.35
        return "same" if min(part, round_half_up(part, 0)) * style.nearly_fraction <= size < part else ""
    return "approx" if rounded_percent(size, style) == rounded_percent(part, style) else ""


def ratio_note(item: Item, known: Known) -> str:
    """What the ratio is, for a false multiple or multiple word ("the figures give 2.93 times"), or the percentage
    for a false fraction ("the figures give 193.3 per cent"); else ""."""
    if item.band in (FRACTION, SHARE) and known.kind == "percent" and known.value is not None:
        return f"the figures give {format(round_half_up(abs(known.value), 1).normalize(), 'f')} per cent"
    if item.kind != "band" or known.kind != "band" or not (
            item.band == MULTIPLE or item.band.removeprefix("almost_") in _BANDS):
        return ""
    if known.value is None:
        return "the figures give no ratio: the earlier figure is none"
    if known.value == 1:
        return "the figures give no change: the same figure in both periods"
    ratio = _ratio(item, known) or known.value
    places = max(2, -int(item.value.as_tuple().exponent)) if item.value is not None else 2  # "2.934": 2.933
    shown = format(round_half_up(ratio, places).normalize(), "f")
    fall = ratio != known.value
    return f"the figures give a fall to 1/{shown} of the earlier figure" if fall else f"the figures give {shown} times"
