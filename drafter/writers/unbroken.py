"""A printed figure kept on one line with its unit: no line of a release ends inside "193 per cent", "3.6
percentage points", "0.9 weeks" or "17.7 per 1,000 people", in the Word file (:mod:`drafter.writers.docx`, its
tables :mod:`drafter.writers.docx_table`) or in the HTML of a message (:mod:`drafter.writers.html`). The figures
are the release's facts as it printed them, the units the words the release may print after a figure
(``Release.units``); the plain text and the Markdown keep plain spaces, as a person types and searches them (the
plain text, wrapped with real line ends, still never ends a line inside one: :mod:`drafter.writers.text`). A
headline's last two words are kept on one line too, so that its last line is never one word or figure alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

Whole = re.Pattern[str] | None  # what kept_whole finds, for unbroken
NO_BREAK = "\u00a0"  # a no-break space: Word and LibreOffice never end a line there
_DIGIT = re.compile(r"\d")


def kept_whole(printed: Iterable[str], units: Iterable[str] = ()) -> Whole:
    """What no line may end inside: each figure a release printed, from its first digit on ("193 per cent",
    "3.6 percentage points", "440"), with any of ``units`` ("weeks", "per 1,000 people") after it; None when
    nothing is. Longest first, so "1,440" is found whole before "440".

    >>> whole = kept_whole(["nearly 200 per cent", "440", "fewer than five", "0.9"], ["weeks", "calls"])
    >>> unbroken("0.9 weeks, 440 calls, 200 per cent and 440.", whole).split(", ")
    ['0.9\\xa0weeks', '440\\xa0calls', '200\\xa0per\\xa0cent and 440.']
    """
    figures = {text[m.start():] for text in printed if (m := _DIGIT.search(text))}
    words = {" ".join(unit.split()) for unit in units if unit.strip()}
    if not figures:
        return None
    figure = "|".join(map(re.escape, sorted(figures, key=lambda text: (-len(text), text))))
    unit = "|".join(map(re.escape, sorted(words, key=lambda text: (-len(text), text))))
    return re.compile(rf"(?<![\d.,])(?:{figure})" + (rf"(?: (?:{unit})(?!\w))?" if unit else ""))


def unbroken(text: str, whole: Whole, space: str = NO_BREAK) -> str:
    """``text`` with a no-break space (or ``space``) for each space inside a figure and its unit that ``whole``
    (:func:`kept_whole`) finds.

    >>> unbroken("It rose by 3.6 per cent, to 440.", kept_whole(["3.6 per cent"])) == \\
    ...     "It rose by 3.6\u00a0per\u00a0cent, to 440."
    True
    """
    if whole is None or " " not in text:
        return text
    return whole.sub(lambda m: m.group().replace(" ", space), text)


def last_words_together(text: str) -> str:
    """``text`` (a headline) with a no-break space between its last two words, so that it never ends on a line
    of one word or figure alone ("Lifeboat launches in Ynys Môn rise from 12 to" over "19").

    >>> last_words_together("Lifeboat launches in Ynys Môn rise from 12 to 19") == \\
    ...     "Lifeboat launches in Ynys Môn rise from 12 to\u00a019"
    True
    >>> last_words_together("Wales"), last_words_together("")
    ('Wales', '')
    """
    head, space, last = text.rpartition(" ")
    return f"{head}{NO_BREAK}{last}" if space and head.strip() and last else text
