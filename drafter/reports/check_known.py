"""A fact the check knows, as a finding names it: its kind, its text as the house style prints it, what it is in a
press officer's words, and the cells it comes from; and a finding of the judge (:class:`Problem`) that names it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from drafter.model import SourceRef
from drafter.reports.facts import cells_text


@dataclass(frozen=True)
class Known:
    """One fact: its kind, its text as the house style prints it, and what it is, for a message."""

    area: str
    name: str  # as in the fact sheet: contacts.before, contacts.before-after.percent, contacts.after.rank
    kind: str  # count, money, percent, points, ordinal, band, direction, date, contact
    text: str
    what: str  # "Cheshire's figure for people contacting Stop It Now! for help in July to December 2017"
    sources: tuple[SourceRef, ...]
    value: Decimal | None = None
    band: str = ""
    direction: str = ""
    change: tuple[str, ...] = ()  # (area, measure, old period, new period) for a change's facts
    periods: tuple[str, ...] = ()
    day: dt.date | None = None  # a date's day: the release date, the embargo's

    @property
    def id(self) -> str:
        return f"{self.area} {self.name}".strip()

    def source(self) -> str:
        """The cells behind the fact, by file: "figures.csv, rows 3–7, column after"."""
        return cells_text(self.sources)


BY_HAND = ("figure_to_check", "year_to_check", "change_to_check", "chart_data_to_check", "picture_to_check",
           "rank_to_check", "place_to_check")
KIND_WORDS = {"count": "count", "money": "amount", "percent": "percentage", "points": "change in points",
              "ordinal": "rank", "band": "change", "direction": "change"}


@dataclass(frozen=True)
class Problem:
    """One finding in one paragraph (``paragraph`` is its index among the edited paragraphs, -1 for the file)."""

    paragraph: int
    kind: str
    found: str
    expected: str
    fact: Known | None
    message: str
    where: str = ""  # more exactly than its paragraph: a chart's category and series
