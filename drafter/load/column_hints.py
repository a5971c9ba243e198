"""The column a name in campaign.yaml most likely means, where the header has no column of that name: told in the
refusal as "did you mean …?", as the header spells it."""

from __future__ import annotations

import difflib
import re

from drafter.load.columns import lettered, note_free
from drafter.load.dates import period_span
from drafter.load.table import RowStream


def near_column(column: str, table: RowStream) -> str:
    """The column meant, as the header spells it, when the header adds a qualifier to the name campaign.yaml gives
    ("2023-24" for "2023-24 (provisional)"), has its words in another order ("2022-23 Missed collections" for
    "Missed collections 2022-23", a header of two rows with its year over its measure), names the same period
    otherwise ("2023-24" for "Apr 2023 to Mar 2024"), sits under a heading ("2022-23" under "Deliberate fires"), or
    differs from it by a slip."""
    columns, span = table.columns, period_span(column)
    shown = re.fullmatch(r"([a-z]{3,9})[- ]([0-9]{2})", column)  # a month as Excel shows a date heading: "Jul-24"
    month = period_span(f"{shown[1]} 20{shown[2]}") if shown else span
    near = [c for c in columns if sorted(note_free(c).split()) == sorted(note_free(column).split())] or \
        [c for c in columns if c.startswith(column + " ")] or \
        [c for c in columns if span and period_span(c) == span] or \
        [c for c in columns if month and c == month[0].isoformat()]
    under = [c for c in columns if note_free(c).endswith(" " + note_free(column))]  # "2022-23" under a heading
    near = near or ([] if under else difflib.get_close_matches(column, columns, n=1))  # each heading's, not one
    spelled = dict(zip(columns, table.headings, strict=False))
    if len(near) == 1:
        return f"; did you mean {spelled.get(near[0], near[0])!r}?"
    if under:
        return f"; did you mean {' or '.join(repr(note_free(spelled.get(c, c))) for c in under[:4])}?"
    unheaded = [spelled.get(c, c) for c in columns if lettered(c)]
    return (f"; a column with no heading is named by its letter as the spreadsheet shows it, such as "
            f"{unheaded[0]!r}" if unheaded else "")


def expected_column(column: str, table: RowStream, period: str, unnamed: bool) -> str:
    """What a column campaign.yaml names, or the area column it leaves to its default ("area"), should be."""
    where = (f"; write the one that holds the areas' names or codes as area: under figures.{period} in campaign.yaml"
             if unnamed else f" (as figures.{period} in campaign.yaml names it)")
    return "one of " + ", ".join(dict.fromkeys(filter(None, table.headings))) + where + near_column(column, table)
