"""Numbers in new text that name or label something, no figures of the data: a road or a code with its letters ("the
A6", "M62", "KS3"), a name with a number after a hyphen ("Covid-19"), a school year, a level or a stage, capitalised
("Year 7", "Years 7 to 9", "Level 3", Welsh "Blwyddyn 7", "Lefel 3"), a route, a junction or a unit in any case
("routes 1 and 2", "Unit 5"), a day of the month as an ordinal ("on the 3rd", "the 3rd of September", Welsh "ar y 3ydd
o Fedi"), an ordinal of something else ("the 2nd phase", "its 100,000th call"), a text message's short code ("text
81066"); and a percentage of something the campaign does not measure ("60% of abuse goes unreported", the words after
"of" none of the measure's), which is listed to check by hand."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from drafter.reports.check_words import Item, Token
from drafter.style.reading import Reading

LABELLED_BELOW = 100  # a label's number is small: "Year 7", "Level 3" ("This Year 440 People …" is a count)
SHORT_CODE = 5  # digits at least, after "text": a short code, not a count ("text 81066")


def labelled(text: str, toks: Sequence[Token], item: Item, found: Sequence[Item], language: Reading,
             measured: Callable[[str], bool]) -> str | None:
    """"" where ``item`` is no figure (above); a message where it is a share of something else, to check by hand;
    None for any other item. ``measured``: whether a word is the measure's ("people", "buses")."""
    def word(k: int) -> str:
        return toks[k].norm.replace("’", "'") if 0 <= k < len(toks) and toks[k].kind == "word" else ""

    first = toks[item.first]
    if item.kind in ("count", "ordinal") and word(item.first - 1) and text[toks[item.first - 1].end:first.start] in (
            "", "-") and text[toks[item.first - 1].start].isalpha():
        return ""  # "A6", "M62", "Covid-19"
    if item.kind == "count" and _label(text, toks, item.first, language):
        return ""
    if item.kind == "count" and item.first >= 2 and word(item.first - 1) in language.label_links and _label(
            text, toks, item.first - 2, language):
        return ""  # "Years 7 to 9"
    before = {word(item.first - 1), f"{word(item.first - 2)} {word(item.first - 1)}"}  # "on the", Welsh "o'r"
    if item.kind == "ordinal" and first.kind == "number" and not item.direction and (any(x.kind == "month" and (
            x.last == item.first or x.first in (item.last, item.last + 1)) for x in found) or before & set(
            language.day_before)):
        return ""  # "the 3rd of September", "on the 3rd"
    if item.kind == "ordinal" and not item.direction and (word(item.last) in language.ordinal_nouns or word(
            item.first - 1) in language.ordinal_nouns):  # "the 2nd phase", "its 100,000th call", "ail flwyddyn"
        return ""
    if item.kind == "count" and word(item.first - 1) in language.dial_words and first.norm.isdigit() and len(
            first.norm) >= SHORT_CODE:
        return ""  # "text 81066"
    links = {w.replace("’", "'") for w in language.fraction_links}  # "of", Welsh "o", "o'r"
    if item.kind == "percent" and any(t.kind == "number" for t in toks[item.first:item.last]) and word(
            item.last) in links and not any(measured(word(k)) for k in (item.last + 1, item.last + 2)) and not any(
            x.kind in ("band", "direction") and 0 <= item.first - x.last <= 1 for x in found):  # "rose by 200 per cent"
        return (f"'{item.text}' in new text is a percentage of something the campaign does not measure: drafter "
                "cannot check it against the data")
    return None


def _label(text: str, toks: Sequence[Token], at: int, language: Reading) -> bool:
    """Whether the number at token ``at`` is a label's: a label word, capitalised, straight before it ("Year 7")."""
    if at < 1 or toks[at].kind != "number" or not toks[at].norm.isdigit() or int(toks[at].norm) >= LABELLED_BELOW:
        return False
    before = toks[at - 1]
    return before.kind == "word" and (before.norm in language.plain_labels or (
        before.norm in language.label_words and text[before.start].isupper()))
