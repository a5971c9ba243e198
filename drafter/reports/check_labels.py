"""Numbers in new text that name or label something, no figures of the data: a road or a code with its letters ("the
A6", "M62", "KS3"), a name with a number after a hyphen ("Covid-19"), a number joined to a unit of time or distance
by a hyphen, a description as "24/7" is ("a 10-minute walk", "a 24-hour line"), a school year, a level or a stage,
capitalised ("Year 7", "Years 7 to 9", "Level 3", Welsh "Blwyddyn 7", "Lefel 3"), a route, a junction or a unit in any
case ("routes 1 and 2", "Unit 5", "the 9 and the 61 routes"), a round number in the plural ("1,000s of people"), a day
of the month as an ordinal ("on the 3rd", "the 3rd of September", Welsh "ar y 3ydd o Fedi"), an ordinal of something
else ("the 2nd phase", "its 100,000th call"), a text message's short code ("text 81066"), a number in an organisation's
name after its initials ("NHS 24"), a number to ring after whom to ring ("call NHS 24 on 111"); and a percentage of
something the campaign does not measure ("60% of abuse goes unreported", the words after "of" none of the measure's),
which is listed to check by hand. A number inside a web address or a hashtag ("stopitnow.org.uk/2024",
"#StopItNow2024") is no figure either."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from drafter.reports.check_words import Item, Token
from drafter.style.reading import Reading

_ADDRESS = re.compile(  # a hashtag, a handle, a web or e-mail address (not "#1", nor "450.Wales" with a space missing)
    r"^[#@][A-Za-z_]|(?i:www\.|https?:)|\w@\w|\w\.[a-z]{2,}(?:\.[a-z]{2,})*/|[a-z]\.(?:org|com|co|gov|net|uk|wales|cymru)\b")
_INITIALS = re.compile(r"[A-Z]{3,6} ")  # an organisation's initials before a number of its name: "NHS 24"
LABELLED_BELOW = 100  # a label's number is small: "Year 7", "Level 3" ("This Year 440 People …" is a count)
STREET_WORDS = 3  # words at most from a house's number to the street's word: "2 Old Birch Road"
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
    if item.kind == "count" and word(item.last) in language.hyphen_units and text[first.end:toks[
            item.last].start] in ("-", "‑") and item.last == item.first + 1 and not measured(word(item.last)):
        return ""  # "a 10-minute walk", "a 24-hour line": a description, as "24/7" is
    if item.kind == "count" and (_label(text, toks, item.first, language) or _labels_before(toks, item.first, language,
                                                                                             word)):
        return ""  # "Year 7", "routes 1 and 2"; "the 9 and the 61 routes"
    if item.kind == "count" and _street(text, toks, item, language):
        return ""  # "2 Birch Road", Welsh "12 Heol y Frenhines": an address
    if item.kind == "count" and item.text[-1:] == "s" and item.text[-2:-1].isdigit():
        return ""  # "1,000s of people": thousands, no figure
    if item.kind == "count" and item.first >= 2 and word(item.first - 1) in language.label_links and _label(
            text, toks, item.first - 2, language):
        return ""  # "Years 7 to 9"
    before = {word(item.first - 1), f"{word(item.first - 2)} {word(item.first - 1)}"}  # "on the", Welsh "o'r"
    if item.kind == "ordinal" and first.kind == "number" and not item.direction and (any(x.kind == "month" and (
            x.last == item.first or x.first in (item.last, item.last + 1)) for x in found) or before & set(
            language.day_before)):
        return ""  # "the 3rd of September", "on the 3rd"
    if item.kind == "ordinal" and not item.direction and (word(item.last) in language.ordinal_nouns or word(
            item.first - 1) in language.ordinal_nouns or (word(item.last + 1) in language.ordinal_nouns and word(
                item.last) and not measured(word(item.last)))):  # "the 2nd phase", "its 100,000th call", "ail
        return ""  # flwyddyn", "the 2nd national campaign"
    if item.kind == "count" and word(item.first - 1) in language.dial_words and first.norm.isdigit() and len(
            first.norm) >= SHORT_CODE:
        return ""  # "text 81066"
    if item.kind == "count" and item.first and _INITIALS.fullmatch(text[toks[item.first - 1].start:first.start]):
        return ""  # "NHS 24", "BBC 2": part of an organisation's name, as a story sentence reads it
    if item.kind == "count" and any(word(item.first - 1) == on and any(word(k) == dial.split()[0] for k in range(
            item.first - 6, item.first - 2)) for dial, on in (p.split(" … ") for p in language.dial_on)):
        return ""  # "call NHS 24 on 111": a number to ring
    links = {w.replace("’", "'") for w in language.fraction_links}  # "of", Welsh "o", "o'r"
    if item.kind == "percent" and any(t.kind == "number" for t in toks[item.first:item.last]) and word(
            item.last) in links and not any(measured(word(k)) for k in (item.last + 1, item.last + 2)) and not any(
            x.kind in ("band", "direction") and 0 <= item.first - x.last <= 1 for x in found):  # "rose by 200 per cent"
        return (f"'{item.text}' in new text is a percentage of something the campaign does not measure: drafter "
                "cannot check it against the data")
    return None


def _labels_before(toks: Sequence[Token], at: int, language: Reading, word: Callable[[int], str]) -> bool:
    """Whether the number at token ``at`` is one of two or more, each after the same word and joined, before a
    route's or unit's word ("the 9 and the 61 routes", Welsh "y 9 a'r 61"): names of routes, not counts of them."""
    while at >= 4 and toks[at - 3].kind == "number" and word(at - 2) in language.label_links and word(at - 1) and \
            word(at - 1) == word(at - 4):
        at -= 3  # back to the first of them
    article, k, numbers = word(at - 1), at + 1, 1
    while article and word(k) in language.label_links and word(k + 1) == article and k + 2 < len(toks) and toks[
            k + 2].kind == "number":
        k, numbers = k + 3, numbers + 1
    return numbers > 1 and word(k) in language.plain_labels


def _street(text: str, toks: Sequence[Token], item: Item, language: Reading) -> bool:
    """Whether ``item`` is a house's number: digits alone, then capitalised words on the same line, one of the first
    few a street's ("2 Birch Road", Welsh "12 Heol y Frenhines", "y" and "the" between them aside)."""
    if item.last - item.first != 1 or not toks[item.first].norm.isdigit() or item.last >= len(toks):
        return False
    end = toks[item.first].end
    for token in toks[item.last:item.last + STREET_WORDS]:
        if token.kind != "word" or text[end:token.start] not in (" ", "\u00a0"):
            return False
        if token.norm in language.street_words and text[token.start].isupper():
            return True
        if not text[token.start].isupper() and token.norm not in ("y", "yr", "the"):
            return False
        end = token.end
    return False


def _label(text: str, toks: Sequence[Token], at: int, language: Reading) -> bool:
    """Whether the number at token ``at`` is a label's: a label word, capitalised, straight before it ("Year 7")."""
    if at < 1 or toks[at].kind != "number" or not toks[at].norm.isdigit() or int(toks[at].norm) >= LABELLED_BELOW:
        return False
    before = toks[at - 1]
    return before.kind == "word" and (before.norm in language.plain_labels or (
        before.norm in language.label_words and text[before.start].isupper()))


def in_address(text: str, token: Token) -> bool:
    """Whether ``token`` stands inside a web or e-mail address, a hashtag or a handle ("stopitnow.org.uk/2024",
    "#StopItNow2024"): the text around it up to the spaces either side."""
    start = max(text.rfind(" ", 0, token.start), text.rfind("\n", 0, token.start)) + 1
    end = min((k for k in (text.find(" ", token.end), text.find("\n", token.end)) if k >= 0), default=len(text))
    return bool(_ADDRESS.search(text[start:end].lstrip("(“\"'")))
