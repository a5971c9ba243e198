"""The figures inside a Word chart, for the check: what the chart draws (its cached values, by series and
category) against the chart drafter drew there and the figures behind it.

A chart's categories are areas and its series periods, as :mod:`drafter.writers.docx_chart` draws them. Each
series is the period its name says (else the one drafter drew in its place), each category the area its label
names (else the one drafter drew in its place, and the label changed is a finding), so a label swapped or a
value typed over is held against that area's figure for that period. Values are compared as numbers: a chart
keeps "1240", not the house style's "1,240", and a re-save may write "440.0". A value taken out, or a category
or series deleted, is not a finding (the chart no longer says anything about it), as for a table's row.

The data sheet a chart may carry (an embedded workbook: drafter's charts have none) is not read: the figures
Word, LibreOffice and a PDF show are the cached ones, and Word rewrites them from the sheet when someone edits
the data there. A chart that has one is listed to check by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from drafter.exhibits import Chart
from drafter.reports.check_facts import Universe
from drafter.reports.check_known import Problem
from drafter.reports.check_read import Edited
from drafter.reports.check_states import words_of
from drafter.writers.docx_chart_read import ChartSeries, DocChart


def chart_problems(edited: Edited, charts: Sequence[Chart], universe: Universe) -> list[Problem]:
    """Every figure or label in the file's charts that is not what drafter drew, each at its chart's paragraph
    (the n-th chart in the file is held against the n-th chart drafter drew)."""
    problems: list[Problem] = []
    for k, paragraph in enumerate(edited.paragraphs):
        found = paragraph.chart
        if found is None:
            continue
        if found.workbook:
            problems.append(Problem(k, "chart_data_to_check", paragraph.text, "", None,
                                    f"chart {found.number} carries a data sheet of its own (Word's \u201cEdit "
                                    "Data\u201d), which drafter's charts do not: drafter checked the figures the "
                                    "chart shows, not the sheet; if the sheet is edited, check the release again"))
        if found.number <= len(charts):
            problems.extend(_ChartCheck(k, found, charts[found.number - 1], universe).run())
    return problems


class _ChartCheck:
    def __init__(self, paragraph: int, found: DocChart, drafted: Chart, universe: Universe) -> None:
        self.k, self.found, self.drafted, self.universe = paragraph, found, drafted, universe
        self.problems: list[Problem] = []
        self.relabelled: set[int] = set()

    def run(self) -> list[Problem]:
        for s, series in enumerate(self.found.series, 1):
            period = self._match(series.name, self.drafted.categories, s - 1)
            if period is None:
                continue
            if words_of(series.name) != words_of(self.drafted.categories[period]):
                self._changed(f"series {s}", series.name, self.drafted.categories[period], "the period")
            labels = dict(series.categories)
            wrong = set()
            for point, value in series.values:
                before = len(self.problems)
                self._point(s, series, point, labels.get(point, ""), value, period)
                if len(self.problems) > before:
                    wrong.add(point)
            for point, text in series.labels:  # a bar whose figure is a finding already: its label is not another
                if point not in wrong:
                    self._label(s, series, point, labels.get(point, ""), text, period)
        return self.problems

    def _point(self, s: int, series: ChartSeries, point: int, label: str, value: str, period: int) -> None:
        drafted = self.drafted
        names = [name for name, _ in drafted.series]
        area = self._area(point, label, names)
        if area is None:
            return
        where = (f"chart {self.found.number}, category {point + 1} ({label or names[point]}), series {s} "
                 f"({series.name or drafted.categories[period]})")
        known = next((k for k in self.universe.of_area(area)
                      if k.name == f"{drafted.measure}.{drafted.periods[period]}"), None)
        if known is None or known.value is None:
            return
        try:
            number: Decimal | None = Decimal(value)
        except InvalidOperation:
            number = None
        mine = drafted.areas.index(area) if area in drafted.areas else None
        if mine is not None and drafted.series[mine][1][period] is None:  # drafter draws no bar there
            shown = drafted.labels[mine][period]
            self.problems.append(Problem(self.k, "wrong_figure", value, shown, known, f"'{value}' where "
                                         f"{known.what} is not drawn: drafter shows it as '{shown}' "
                                         f"({known.source()})", where))
        elif number is None or number != known.value:
            self.problems.append(Problem(self.k, "wrong_figure", value, known.text, known, f"'{value}' where "
                                         f"{known.what} was '{known.text}' ({known.source()})", where))

    def _label(self, s: int, series: ChartSeries, point: int, label: str, text: str, period: int) -> None:
        """A bar's label typed over in Word ("35.1" on the bar drafter labelled "31.5"): the bar's figure as a
        reader sees it, held against the figure as the release prints it."""
        drafted = self.drafted
        area = self._area(point, label, [name for name, _ in drafted.series])
        if area is None or area not in drafted.areas:
            return
        printed = drafted.labels[drafted.areas.index(area)][period]
        if words_of(text) != words_of(printed):
            where = (f"chart {self.found.number}, category {point + 1} ({label or area}), series {s} "
                     f"({series.name or drafted.categories[period]}), its label")
            self.problems.append(Problem(self.k, "wrong_figure", text, printed, None,
                                         f"'{text}' where drafter labelled the bar '{printed}'", where))

    def _area(self, point: int, label: str, names: Sequence[str]) -> str | None:
        """The area a category is: the one drafter drew with that label, another area the label names, else
        the one drafter drew in its place (its label changed is a finding, said once); None past the end."""
        drafted = self.drafted
        index = self._match(label, names, point)
        if index is None or index >= len(drafted.areas):
            return None
        if not label or words_of(label) == words_of(names[index]):
            return drafted.areas[index]
        other = self._area_named(label)
        if other is not None:  # another area's name: what the chart says is that area's
            return other
        if point not in self.relabelled:
            self.relabelled.add(point)
            self._changed(f"category {point + 1}", label, names[index], "the area")
        return drafted.areas[index]

    def _match(self, label: str, drafted: Sequence[str], position: int) -> int | None:
        """The drafted label ``label`` is (by its words), else the one in its position; None past the end."""
        words = words_of(label)
        same = [i for i, name in enumerate(drafted) if words and words_of(name) == words]
        if same:
            return same[0]
        return position if position < len(drafted) else None

    def _area_named(self, label: str) -> str | None:
        """The campaign's area a label names whole ("Cumbria" put in Cheshire's place)."""
        norms = list(words_of(label))
        return next((name for first, last, name in self.universe.area_spans(norms)
                     if first == 0 and last == len(norms)), None)

    def _changed(self, place: str, found: str, expected: str, what: str) -> None:
        where = f"chart {self.found.number}, {place}"
        self.problems.append(Problem(self.k, "changed", found, expected, None,
                                     f"'{found}' where drafter wrote '{expected}' (the label of {what} the chart's "
                                     "figures there are for)", where))

