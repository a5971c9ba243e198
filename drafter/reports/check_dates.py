"""Dates in an edited release, for the check: a date in figures read in the house style's order ("04/09/2018"),
a day of the week that is not the day of the date beside it ("Monday 4 September 2018": a Tuesday), and a year
in new text that is none of the campaign's (but not the year in a law's name: "the Sexual Offences Act 2003").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence

from drafter.model import Period
from drafter.reports.check_known import Problem
from drafter.reports.check_words import Item, Token, Vocabulary
from drafter.style import wording
from drafter.style.base import HouseStyle
from drafter.style.cldr import format_date
from drafter.style.reading import Reading


def wrong_weekdays(found: Sequence[Item], reported: set[int], style: HouseStyle, year: int
                   ) -> list[tuple[Item, str]]:
    """Each weekday among a paragraph's items that is not the day of the date just after it (its year, else
    ``year``), with the date as the house style writes it; not those whose first token is in ``reported``."""
    wrong = []
    for n, item in enumerate(found):
        near = found[n + 1:n + 4]
        day = next((x for x in near if x.kind == "day" and x.value is not None), None)
        month = next((x for x in near if x.kind == "month" and x.value is not None), None)
        stated = next((x for x in near if x.kind == "year" and x.value is not None), None)
        if item.kind != "weekday" or item.value is None or day is None or month is None or item.first in reported:
            continue
        try:
            date = dt.date(int(stated.value) if stated and stated.value is not None else year,
                           int(month.value or 0), int(day.value or 0))
        except ValueError:
            continue
        if date.weekday() != int(item.value):
            wrong.append((item, wording.weekday_date_text(date, style)))
    return wrong


def weekday_problems(j: int, found: Sequence[Item], reported: set[int], style: HouseStyle, year: int
                     ) -> list[Problem]:
    """Each day of the week in paragraph ``j`` that is not the day of the date beside it, as a finding."""
    return [Problem(j, "wrong_date", item.text, right, None, f"'{item.text}' where the date beside it falls on "
                    f"another day: drafter would write '{right}'") for item, right in wrong_weekdays(
                found, reported, style, year)]


def date_in_figures(text: str, style: HouseStyle) -> dt.date | None:
    """A date in figures read in the order the house style's locale writes one ("04/09/2018": 4 September in
    en_GB and cy_GB, 9 April in en_US); None if it is not a date."""
    parts = [int(p) for p in re.split(r"[/.]", text)]
    if len(parts) != 3:
        return None
    day, month, year = parts
    if not format_date(dt.date(2001, 2, 3), "short", style.locale).lstrip("0").startswith("3"):
        day, month = month, day
    try:
        return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None


FOUNDED_WITHIN = 5  # words at most from "founded" to its year: "Sefydlwyd y rhwydwaith yn 1984"
_PAIR_END = r"[/\-–](\d{2}|\d{4})"  # a year written as a pair after its first year: "2023/24", "2023–2024"
_PAIR = re.compile(rf"(\d{{4}}){_PAIR_END}")
PAIR_END = re.compile(rf"{_PAIR_END}\b")  # the rest of a pair, after a year read alone (check_halves.py)


def names_period(item: Item, periods: Sequence[Period], ids: Sequence[str]) -> bool:
    """Whether ``item`` is a year written as a pair ("2023/24", "2023-24", "2023–24": a financial or academic
    year) that names one of the periods ``ids`` by its first and last years (April 2023 to March 2024 is 2023/24)."""
    match = _PAIR.fullmatch(item.text) if item.kind == "year" else None
    if match is None:
        return False
    first, last = int(match[1]), match[2]
    return any((p.start.year, p.end.year) == (first, first + 1) for p in periods if p.id in ids) and \
        last in (str(first + 1), f"{(first + 1) % 100:02d}")


def year_problem(j: int, item: Item, text: str, toks: Sequence[Token], years: Collection[int],
                 language: Reading, vocab: Vocabulary, states_data: Callable[[], bool]) -> Problem | None:
    """A year (or a date in figures, "15/01/2019") in new text in paragraph ``j`` that is none of ``years`` (the
    campaign's periods', release date's and embargo's), as a finding where its sentence states the campaign's data
    (``states_data``), else to check by hand; None for one of ``years``, a year naming a law, or the year an
    organisation began, before all of ``years`` ("founded in 1984")."""
    year = int(item.value) if item.value is not None else int(re.split(r"[/.]", item.text)[-1])
    if year in years or year + 2000 in years or (item.kind == "year" and names_law(
            item, text, toks, language.law_words, vocab)) or (item.kind == "year" and year < min(years, default=0)
                                                               and _founded(text, toks, item, language)):
        return None
    shown = ", ".join(str(y) for y in sorted(years))
    dated = f" is dated {year}, which" if item.kind == "numdate" else ""
    message = (f"'{item.text}' in new text{dated} is not a year of the campaign's periods, release date or "
               f"embargo ({shown})")
    if not states_data():  # "In 2019, it expanded to Wales.": not the campaign's data
        return Problem(j, "year_to_check", item.text, shown, None, f"{message}, in a sentence that states none of "
                       "the campaign's figures: drafter cannot check it against the data")
    return Problem(j, "unknown_year", item.text, shown, None, message)


def _founded(text: str, toks: Sequence[Token], item: Item, language: Reading) -> bool:
    """Whether the few words just before a year, in its clause, say something began then: "founded in 1984", "set
    up in 1992", Welsh "sefydlwyd y rhwydwaith yn 1984"."""
    start = item.first
    while start > max(0, item.first - FOUNDED_WITHIN) and toks[start - 1].kind == "word" and not re.search(
            r"[,;:.!?()–—]", text[toks[start - 1].end:toks[start].start]):
        start -= 1
    before = f' {" ".join(t.norm for t in toks[start:item.first])} '
    return any(f" {w} " in before for w in language.founding_words)


def law_years(text: str, toks: Sequence[Token], first: int, last: int, law_words: Collection[str],
              vocab: Vocabulary) -> set[int]:
    """The tokens among ``first``..``last`` that are the year in a law's name (:func:`names_law`): "Since the
    Children and Social Work Act 2017, 440 people …" names no period of 2017."""
    return {k for k in range(first, min(last, len(toks))) if toks[k].kind == "number" and toks[k].norm.isdigit() and
            len(toks[k].norm) == 4 and names_law(Item("year", k, k + 1, toks[k].norm), text, toks, law_words, vocab)}


def names_law(item: Item, text: str, toks: Sequence[Token], law_words: Collection[str], vocab: Vocabulary) -> bool:
    """Whether a year is part of a law's name, not a period, whatever its capitals (a colleague may type "the
    children act 1989"): straight before a word for a law ("the 2003 Act"), or after one with only the words of the
    law's name between ("the Sexual Offences Act 2003", "Children and Social Work act 2017", Welsh "Deddf Plant
    1989", "Ddeddf 2003"). The words of a name stand with nothing but a space between them, none is a month's name,
    and the last is no word before a year ("in", "since", Welsh "yn"): in "Under the Act: Calls Rise In June 2019"
    and "the Act, in 2019", 2019 is a year of its own, and so it is in "In 2019 acts of …"."""
    def joined(k: int) -> bool:  # tokens k and k + 1 with only a space or a hyphen between
        return not text[toks[k].end:toks[k + 1].start].strip(" -")

    def name_word(k: int) -> bool:  # a word before a year only straight before it: Welsh "Deddf Plant a Gwaith …"
        norm = toks[k].norm
        return toks[k].kind == "word" and not (k == item.first - 1 and norm in vocab.year_words) and not any(
            phrase[1] == "month" for phrase in vocab.phrases.get(norm, ()))

    if item.last < len(toks) and toks[item.last].norm in law_words and joined(item.last - 1) and (
            item.first == 0 or name_word(item.first - 1)):
        return True
    k = item.first - 1
    while k >= 0 and item.first - k <= 6 and joined(k) and name_word(k):
        if toks[k].norm in law_words:
            return True
        k -= 1
    return False
