"""Numbers in new text that are ages, no figures of the data: "aged 16 to 24", "aged between 25 and 44", "16 to
24-year-olds", Welsh "rhwng 16 a 24 oed"."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.reports.check_words import Item, Token
from drafter.style.reading import Reading


def an_age(text: str, toks: Sequence[Token], item: Item, language: Reading) -> bool:
    """An age or either end of a range of ages, no figure of the data: "aged 16 to 24", "aged between 25 and 44",
    "aged over 30", "16 to 24-year-olds", Welsh "rhwng 16 a 24 oed": the word for an age past the range's numbers and
    the words that join them, with nothing but a space or a hyphen between ("aged 16 to 24, 450 people": a count)."""
    ages_before, ages_after, links = language.ages

    def past(k: int, step: int) -> str:  # the first other word from token k on; "" past a comma or two numbers
        number = True  # the item's own
        for _ in range(5):
            if not 0 <= k < len(toks) or text[toks[min(k, k - step)].end:toks[max(k, k - step)].start].strip(" -–") or (
                    number and toks[k].kind == "number"):  # "aged 16 to 24 450 people": 450 is a count
                return ""
            if toks[k].kind != "number" and toks[k].norm not in links:
                return toks[k].norm
            number, k = toks[k].kind == "number", k + step
        return ""

    return past(item.first - 1, -1) in ages_before or past(item.last, 1) in ages_after
