"""Naming a table's columns as drafter matches them: a heading's case and spacing, the publisher's note marks
beside it ("2023-24 [note 3]", "Incidents 2023-24\u00b3"), and a column the publisher left unheaded, named by its
letter as a spreadsheet shows it ("column B")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.load.dates import month_number

# A note mark: "[note 2]", "[Notes 3 and 4]", "(note 3)"; or a footnote symbol at the end of a word, as older
# tables and NHS ones mark a heading or a name: "2022-23*", "Kent†", "Incidents 2023-24³".
_NOTE = re.compile(r"\[\s*notes?\s*[0-9][^\[\]]*\]|\(\s*notes?\s*[0-9][^()]*\)"
                   r"|(?<=\S)(?:[*\u2020\u2021]+|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)(?=\s|$)", re.IGNORECASE)


def column_name(text: str) -> str:
    r"""A column's name as drafter matches it: lower case, with runs of spaces (a line break in a heading
    cell, a no-break space) as one space.

    >>> column_name(" Area\u00a0 Code\n")
    'area code'
    """
    return " ".join(text.split()).lower()


def note_free(name: str) -> str:
    """A column's name without the publisher's note marks, which point to its notes and are no part of the name.

    >>> note_free("2023-24 [note 3]"), note_free("rate [Notes 2, 5] (%)"), note_free("count [x]")
    ('2023-24', 'rate (%)', 'count [x]')
    >>> note_free("2023-24 (note 3)"), note_free("Incidents 2023-24\u00b3"), note_free("Kent\u2020"), note_free("*")
    ('2023-24', 'Incidents 2023-24', 'Kent', '*')
    >>> note_free("2023-24 (provisional)"), note_free("Area (km\u00b2)")
    ('2023-24 (provisional)', 'Area (km\u00b2)')
    """
    return " ".join(_NOTE.sub(" ", name).split())


def note_marks(name: str) -> tuple[str, ...]:
    """The publisher's note marks in a name or a cell, as written.

    >>> note_marks("2023-24 [note 3]"), note_marks("2023-24\u00b3"), note_marks("2023-24")
    (('[note 3]',), ('\u00b3',), ())
    """
    return tuple(mark.group(0) for mark in _NOTE.finditer(name))


# The publisher's mark on a whole column's figures, after its heading: "2023-24 [p]" (provisional), "2022 (r)".
_STATUS = re.compile(r"\s*[\[(]\s*([rpeufbd])\s*[\])]\s*$", re.IGNORECASE)


def status_mark(name: str) -> str:
    """The publisher's mark after a column's heading, for every figure under it ("[p]": provisional), or "".

    >>> status_mark("2023-24 [p]"), status_mark("2022-23 (R) [note 2]"), status_mark("rate (%)")
    ('[p]', '[r]', '')
    """
    found = _STATUS.search(note_free(name))
    return f"[{found[1].lower()}]" if found else ""


def find_column(name: str, columns: Sequence[str]) -> str | None:
    """The column of ``columns`` that ``name`` (as :func:`column_name` gives it) names: itself, or the only one
    that differs from it in note marks alone ("2023-24 [note 1]" for "2023-24", and the other way round), or
    then in the publisher's mark on the column's figures ("2023-24 [p]" for "2023-24"), or the column at a
    letter as a spreadsheet shows it ("column b"), for a column the publisher left unheaded, or, for a month's
    first day written year first, the only column whose heading is that month as a CSV file saved from a sheet of
    dates spells it ("Jul-23", "July 2023").

    >>> find_column("column b", ["code", "", "2023-24"]), find_column("column ab", ["code"])
    ('', None)
    >>> find_column("2023-24", ["2022-23 [r]", "2023-24 [p] [note 1]"]), find_column("2023", ["2023 [p]", "2023 [r]"])
    ('2023-24 [p] [note 1]', None)
    >>> find_column("2023-07-01", ["area", "jun-23", "jul-23"]), find_column("2023-07-01", ["area", "july 2023"])
    ('jul-23', 'july 2023')
    """
    if name in columns:
        return name
    lettered = _LETTERED.fullmatch(name)
    if lettered:
        index = column_index(lettered[1])
        return columns[index] if index < len(columns) else None
    found = [column for column in columns if column and note_free(column) == note_free(name)]
    if not found and not status_mark(name):
        found = [column for column in columns if status_mark(column) and
                 _STATUS.sub("", note_free(column)) == note_free(name)]
    if not found and (month := _month_named(note_free(name))):  # "2023-07-01", "July 2023" name "Jul-23"
        found = [column for column in columns if _month_named(note_free(column)) == month]
    return found[0] if len(found) == 1 else None


def _month_named(text: str) -> tuple[int, int] | None:
    """The year and month a heading, or the name of one, gives as a month, however it is written: "Jul-23", "July
    2023", "2023-07" or its first day, "2023-07-01", as a sheet's date heading is named.

    >>> [_month_named(t) for t in ("may-24", "may 2024", "2024-05", "2024-05-01", "2024-05-02", "2023-24", "2011-12")]
    [(2024, 5), (2024, 5), (2024, 5), (2024, 5), None, None, None]
    """
    month = _FIRST_OF_MONTH.fullmatch(text)
    if month and int(month[2]) == (int(month[1]) + 1) % 100 and not text.endswith("-01"):
        return None  # "2011-12" is a financial year, never December 2011
    return (int(month[1]), int(month[2])) if month and 1 <= int(month[2]) <= 12 else _month_heading(text)


_FIRST_OF_MONTH = re.compile(r"((?:19|20)[0-9]{2})-([0-9]{2})(?:-01)?")
# A month as a sheet shows a date heading and a CSV file saved from it writes it: "Jul-23", "Jul 2023", "July-2023"
# (never a day: Excel shows a day and month as "23-Jul", the day first).
_MONTH_HEADING = re.compile(r"([a-z]{3,9})\.?[- ]([0-9]{2}|(?:19|20)[0-9]{2})")


def _month_heading(text: str) -> tuple[int, int] | None:
    """The year and month a column heading names as a month ("jul-23": (2023, 7)), or None."""
    shown = _MONTH_HEADING.fullmatch(text)
    month = month_number(shown[1]) if shown else None
    if shown is None or month is None:
        return None
    return (int(shown[2]) if len(shown[2]) == 4 else 2000 + int(shown[2])), month


_LETTERED = re.compile(r"column ([a-z]{1,3})")  # "column B": a column named by its letter, as Excel shows it


def lettered(name: str) -> bool:
    """Whether a column's name is its letter ("column b"): a column the publisher left unheaded."""
    return bool(_LETTERED.fullmatch(name))


def column_letter(index: int) -> str:
    """The letter a spreadsheet shows over the column at ``index`` (from 0): "a", "z", "aa".

    >>> column_letter(0), column_letter(25), column_letter(26), column_index("ab")
    ('a', 'z', 'aa', 27)
    """
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """The index (from 0) of the column a spreadsheet shows under ``letters``."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("a") + 1
    return index - 1


_SCALED = (("billions", re.compile(r"£\s?bn\b|(?<!per )\bbillions?\b", re.IGNORECASE)),  # never "per million"
           ("millions", re.compile(r"£\s?m\b|(?<!per )\bmillions?\b", re.IGNORECASE)),
           ("thousands", re.compile(r"£\s?(?:000s?|k)\b|(?<!per )\bthousands?\b|\(000s?\)|\b000s\b", re.IGNORECASE)))


def heading_scale(heading: str) -> str | None:
    """Whether a column's heading says its figures are in thousands, millions or billions, as publishers head a
    column of money or of people: "Funding (£m)", "£000s", "Population (thousands)"; None for any other heading.

    >>> heading_scale("2024 H1 (£m)"), heading_scale("Spend £000s"), heading_scale("Residents (thousands)")
    ('millions', 'thousands', 'thousands')
    >>> heading_scale("Funding (£)"), heading_scale("Rate per thousand"), heading_scale("Length (m)")
    (None, None, None)
    """
    return next((word for word, pattern in _SCALED if pattern.search(heading)), None)
