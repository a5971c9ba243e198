"""A figure read from its cell, with two things only the whole column shows:

- an amount written with its own thousands, millions or billions ("£1.2m", "£1.2bn", "£12k", "1.2 million"), read
  in full, Decimal-exact (£1.2m is 1,200,000), for money only, and named in a warning. A count so written
  ("12k", "1.2m") is refused: the k or m says the publisher rounded it, and a release would print it as an exact
  count beside exact ones; a rate is refused too, where "m" may as well be minutes or metres.
- a column of percentages ("12.3%", as Excel shows a cell formatted as a percentage) with a cell not shown as one:
  "0.105" there is most likely 10.5% whose cell lost its format, and would be read as 0.105 per cent, so it is
  refused, naming the cell; "12" there (a percentage typed in full into a cell without the format) is read as 12
  per cent, and named in a warning.
- a column given in thousands or millions (``figures_in``) with a cell typed in full: "5,876,250" among "4,200" and
  "3,950" in a column of £ thousands would be read as £5,876,250,000; a figure at least half the scale times the
  column's median is named in a warning, with what it is read as and how to write it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from drafter.errors import InputError, how_many, name_list, possessive
from drafter.load.numbers import parse_figure, scaled
from drafter.model import FigureKey, Measure, SourceRef, Warning, is_currency_code

_OWN_SCALE = re.compile(r"(?P<number>.*[0-9])\s*(?P<word>k|m|mn|bn|thousand|million|billion)", re.IGNORECASE)
_WORDS = {"k": "thousands", "thousand": "thousands", "m": "millions", "mn": "millions", "million": "millions",
          "bn": "billions", "billion": "billions"}
_SCALES = {"thousands": 1000, "millions": 1_000_000, "billions": 1_000_000_000}
SHOWN = 6  # cells a warning names


@dataclass
class _Column:
    """What one column's cells were shown as, so far: its first percentage, its first figure not shown as one
    below 1 (which would be read as a fraction of 1 per cent), and those of 1 or more."""

    percent: tuple[str, SourceRef] | None = None
    fraction: tuple[str, SourceRef] | None = None
    whole: list[tuple[str, SourceRef]] = field(default_factory=list)


@dataclass
class CellForms:
    """Reads each figure (:meth:`figure`) and keeps what :meth:`finish` needs to refuse or warn of."""

    columns: dict[tuple[str, str | None, str], _Column] = field(default_factory=dict)
    own_scale: list[tuple[str, str, SourceRef, Decimal]] = field(default_factory=list)  # area, cell, where, read as
    # a figures_in column's figures: (file, column, measure, scale) → (area, cell, where, as given, read as)
    given: dict[tuple[str, str | None, str, int], list[tuple[str, str, SourceRef, Decimal, Decimal]]] = field(
        default_factory=dict)

    def figure(self, read: str, shown: str, key: FigureKey, ref: SourceRef, column: str, measure: Measure) -> Decimal:
        """The figure of a cell (``read``: its text as :func:`~drafter.load.numbers.parse_figure` takes it;
        ``shown``: as written), in full: a money cell's own "m" or the measure's ``figures_in`` applied."""
        whose = f"{possessive(key[0])} figure for {measure.id}"
        own = _OWN_SCALE.fullmatch(read.strip())
        if own:
            amount = self._own_scale(own["number"], _WORDS[own["word"].lower()], shown, key, ref, column, measure)
        else:
            as_given = parse_figure(read, "rate" if measure.scale > 1 else measure.kind, ref, column, measure.unit,
                                    shown=shown, whose=whose)
            amount = scaled(as_given, measure, ref, column, shown)
            if measure.scale > 1 and as_given > 0:
                self.given.setdefault((ref.file, ref.column, measure.id, measure.scale), []).append(
                    (key[0], shown.strip(), ref, as_given, amount))
        self._note(read.strip(), amount, ref, measure)
        return amount

    def _own_scale(self, number: str, words: str, shown: str, key: FigureKey, ref: SourceRef, column: str,
                   measure: Measure) -> Decimal:
        amount = parse_figure(number, "rate", ref, column, measure.unit, shown=shown,  # "£12k" of people: the £
                              whose=f"{possessive(key[0])} figure for {measure.id}") * _SCALES[words]
        if not is_currency_code(measure.unit):
            count = measure.kind == "count"
            raise InputError(f"is written in {words}, as a rounded figure" if count else
                             f"has {shown.strip()[len(number):].strip()!r} after the number, which could be "
                             f"{words}, or minutes or metres", source=ref, field=column, value=shown,
                             expected=f"the count in full, as the publisher gives it, such as 1,234,567; where every "
                             f"figure of the column is in {words}, written as a plain number (1.2), say figures_in: "
                             f"{words} under measures: {measure.id} in campaign.yaml" if count else
                             "a plain number such as 12.5, in the unit campaign.yaml gives the measure")
        amount = amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount.normalize()
        self.own_scale.append((key[0], shown.strip(), ref, amount))
        return amount

    def _note(self, read: str, amount: Decimal, ref: SourceRef, measure: Measure) -> None:
        if measure.kind != "rate" or amount == 0:
            return
        column = self.columns.setdefault((ref.file, ref.column, measure.id), _Column())
        if read.endswith("%"):
            column.percent = column.percent or (read, ref)
        elif amount < 1:
            column.fraction = column.fraction or (read, ref)
        else:
            column.whole.append((read, ref))

    def finish(self) -> tuple[Warning, ...]:
        """Refuse a figure below 1 not shown as a percentage in a column of percentages; warn of the rest."""
        notices = []
        for (_file, name, _measure), column in self.columns.items():
            if column.percent is None:
                continue
            example = f"such as {column.percent[0]!r} (row {column.percent[1].row})"
            if column.fraction is not None:
                cell, ref = column.fraction
                percent = format((Decimal(cell) * 100).normalize(), "f")
                raise InputError(f"is not shown as a percentage, where other cells of the column are, {example}: it "
                                 f"would be read as {cell} per cent", source=ref, field=name, value=cell,
                                 expected=f"every figure of the column shown as a percentage: if it is {percent}%, "
                                 "format the cell as a percentage in Excel (Home > %) and save the file again; if it "
                                 f"is {cell}%, type {cell}%")
            if column.whole:
                count = len(column.whole)
                shown = name_list([f"{cell!r} ({ref.cell()})" for cell, ref in column.whole], SHOWN)
                notices.append(Warning("percent_unformatted", f"{how_many(count, 'figure is', 'figures are')} not "
                                       f"shown as a percentage where other cells of the column are ({example}), and "
                                       f"{'is' if count == 1 else 'are'} read as per cent as written: {shown}; check "
                                       "each in the spreadsheet"))
        if own := list(dict.fromkeys(self.own_scale)):  # a sum's first cell is read twice (added.put_figure)
            shown = name_list([f"{area} {cell!r} as {amount:,} ({ref.cell()})" for area, cell, ref, amount in own],
                              SHOWN)
            one = len(own) == 1
            notices.append(Warning("own_scale", f"{how_many(len(own), 'amount written', 'amounts written')} in "
                                   f"thousands, millions or billions in {'its' if one else 'their'} cell "
                                   f"{'is' if one else 'are'} read in full: {shown}; figures_in does not apply to "
                                   f"{'it' if one else 'them'}"))
        return tuple(notices) + tuple(self._typed_in_full())

    def _typed_in_full(self) -> list[Warning]:
        """A warning for each figures_in column with a figure at least half its scale times the column's median:
        most likely typed in full ("5,876,250" among £ thousands such as "4,200"), and read as a thousand times
        too much. A column of fewer than three figures has no median to tell by."""
        notices = []
        for (_file, _name, measure_id, scale), cells in self.given.items():
            if len(cells) < 3:
                continue
            ordered = sorted(cell[3] for cell in cells)
            median = ordered[len(ordered) // 2]
            large = [cell for cell in cells if cell[3] >= median * scale / 2]
            if not large:
                continue
            words = next(word for word, value in _SCALES.items() if value == scale)
            shown = name_list([f"{area} {cell!r} as {amount:,} ({ref.cell()})"
                               for area, cell, ref, _, amount in large], SHOWN)
            one = len(large) == 1
            notices.append(Warning("typed_in_full", f"{how_many(len(large), 'figure', 'figures')} for {measure_id} "
                                   f"{'is' if one else 'are'} at least {scale // 2:,} times the column's middle figure "
                                   f"({median:,}), where figures_in: {words} multiplies each by {scale:,}: "
                                   f"{shown}; if {'it is' if one else 'they are'} typed in full, write "
                                   f"{'it' if one else 'each'} in {words} as the column's others are, such as "
                                   f"{(large[0][3] / scale).normalize():,f} for {large[0][3]:,}"))
        return notices


def refuse_pence(cell: str, marks: tuple[str, ...], ref: SourceRef, column: str, measure: Measure) -> None:
    """An amount of money written with a p straight after it ("50p"), which may be pence or the publisher's mark
    for provisional: read as a mark, 50p would be printed as £50, so it is refused."""
    if is_currency_code(measure.unit) and any(mark.lower() == "p" for mark in marks):
        figure = cell.strip()[:-1].rstrip()
        raise InputError(f"could be {figure} pence, or {figure} with the publisher's mark p (provisional)",
                         source=ref, field=column, value=cell.strip(),
                         expected=("the amount in pounds, such as £0.50 for 50p" if measure.unit == "GBP" else
                                   f"the amount in {measure.unit}") + f", or the mark in brackets for a provisional "
                         f"figure, {figure} [p]: correct the cell and save the file again")
