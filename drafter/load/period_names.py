"""Whether the period a file as published names for a figure ("2022-23", "Q1 2024", "YE Mar 24", a sheet "2023")
is the period campaign.yaml gives it: a column or row of another year, written under the wrong period, warned of."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from drafter.errors import period_named
from drafter.load.dates import date_words, period_readings
from drafter.load.row_filter import RowFilter
from drafter.model import Measure, Period, SourceRef, Warning

Span = tuple[dt.date, dt.date]


def period_name_notices(period: Period, named: Sequence[tuple[str, str]], ref: SourceRef) -> tuple[Warning, ...]:
    """A warning for each name (``named``: campaign.yaml's key and the value it gives, ``("value", "2022-23")``)
    that names a period, none of whose readings lies within ``period``: a split year ("2023/24") may be a financial,
    academic or fiscal year, and a month, quarter or day is a part of a longer period, as a list of columns adds
    them up; a name that is no period ("Incidents") is passed over.

    >>> from drafter.model import SourceRef as R
    >>> year = Period("this_year", dt.date(2023, 4, 1), dt.date(2024, 3, 31), R("campaign.yaml", line=9),
    ...               "April 2023 to March 2024")
    >>> here = R("campaign.yaml", line=30)
    >>> [period_name_notices(year, [("value", v)], here) for v in ("2023-24", "YE Mar 24", "Q4 2023", "Incidents")]
    [(), (), (), ()]
    >>> print(period_name_notices(year, [("value", "2022-23")], here)[0].message)  # doctest: +NORMALIZE_WHITESPACE
    campaign.yaml:30: figures.this_year.value: '2022-23' names April 2022 to March 2023, not period 'this_year'
    (April 2023 to March 2024): check that these are this period's figures
    >>> fiscal = Period("fy24", dt.date(2023, 10, 1), dt.date(2024, 9, 30), R("campaign.yaml", line=9),
    ...                 "October 2023 to September 2024")
    >>> print(period_name_notices(fiscal, [("sheet", "FY23")], here)[0].message)  # doctest: +NORMALIZE_WHITESPACE
    campaign.yaml:30: figures.fy24.sheet: 'FY23' names October 2022 to September 2023, not period 'fy24' (October
    2023 to September 2024): check that these are this period's figures
    """
    found = []
    for key, text in named:
        readings = period_readings(text)
        if not readings or any(period.start <= start and end <= period.end for start, end in readings):
            continue
        alike = [span for span in readings if (span[0].month, span[0].day) == (period.start.month, period.start.day)]
        nearest = (alike or readings)[0]  # a year of the period's kind ("FY23": from October, for a US fiscal year)
        found.append(Warning("period_named", f"{ref}: figures.{period.id}.{key}: {text!r} names {_words(nearest)}, "
                             f"not {period_named(period)}: check that these "
                             "are this period's figures"))
    return tuple(found)


def named_periods(values: Mapping[str, tuple[str, ...]], sheet: str | None, rows: RowFilter,
                  measures: Sequence[Measure]) -> list[tuple[str, str]]:
    """The names a period's entry of ``figures:`` gives that may name a period, each with its key: its columns of
    figures, its sheet and the values of ``rows:``. A population read for a rate per head is often another year's
    (the latest estimate), so an entry reading only populations is passed over, and a population's column too."""
    bases = {m.population for m in measures if m.population}
    if all(measure in bases for measure in values):
        return []
    key = "value" if len(values) == 1 else "values"
    return [*((key, c) for measure, cs in values.items() if measure not in bases for c in cs),
            *([("sheet", sheet)] if sheet else []),
            *((f"rows.{w.column}", v) for w in rows.wanted for v in w.values or (w.value,))]


def _words(span: Span) -> str:
    """"April 2022 to March 2023", "March 2024", "1 April 2024 to 7 April 2024", "31 December 2023"."""
    start, end = span
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        first, last = _month(start), _month(end)
        return first if first == last else f"{first} to {last}"
    return date_words(start) if start == end else f"{date_words(start)} to {date_words(end)}"


def _month(date: dt.date) -> str:
    return date_words(date).split(" ", 1)[1]
