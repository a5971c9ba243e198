"""Numbers in new text that are ages, no figures of the data: "aged 16 to 24", "aged between 25 and 44", "16 to
24-year-olds", Welsh "rhwng 16 a 24 oed"; and an age said as what a thing is ("the age of criminal responsibility is
10")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from drafter.reports.check_words import Item, Token
from drafter.style.reading import Reading


def an_age(text: str, toks: Sequence[Token], item: Item, language: Reading) -> bool:
    """An age or either end of a range of ages, no figure of the data: "aged 16 to 24", "aged between 25 and 44",
    "aged over 30", "aged 11–17", "16 to 24-year-olds", Welsh "rhwng 16 a 24 oed": the word for an age past the
    range's numbers and the words that join them, with nothing but a space or a dash between ("aged 16 to 24, 450
    people": a count)."""
    ages_before, ages_after, links = language.ages

    def past(k: int, step: int) -> str:  # the first other word from token k on; "" past a comma or two numbers
        number = True  # the item's own
        for _ in range(5):
            gap = text[toks[min(k, k - step)].end:toks[max(k, k - step)].start].strip() if 0 <= k < len(toks) else ","
            if gap.strip("-–") or (number and toks[k].kind == "number" and not gap):  # "aged 16 to 24 450 people": 450
                return ""  # is a count; "aged 11–17": a range
            if toks[k].kind != "number" and toks[k].norm not in links:
                return toks[k].norm
            number, k = toks[k].kind == "number", k + step
        return ""

    return past(item.first - 1, -1) in ages_before or past(item.last, 1) in ages_after


OLDEST = 130  # an age is a small whole number


def age_of(text: str, toks: Sequence[Token], item: Item, language: Reading, measured: Callable[[str], bool]) -> bool:
    """An age said as what a thing is, no figure of the data: "the age of criminal responsibility is 10", Welsh "mae
    oedran cyfrifoldeb troseddol yn 10": a noun for an age among the five words before a small whole number, in its
    clause, with no number and none of the measure's words between ("people of working age who called were 95": a
    count)."""
    if item.value is None or item.value >= OLDEST or not toks[item.first].norm.isdigit():
        return False
    for k in range(item.first - 1, max(-1, item.first - 6), -1):
        if toks[k].kind != "word" or text[toks[k].end:toks[k + 1].start].strip() or measured(toks[k].norm):
            return False
        if toks[k].norm in language.age_nouns:
            return True
    return False
