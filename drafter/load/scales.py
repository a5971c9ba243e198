"""What a file as published says of its figures' scale, held against campaign.yaml's ``figures_in``: a column headed
"Funding (£m)" or "£000s", and a column of units beside the figures, as statistics.gov.scot gives one on every row
("GBP Thousand"). A figure in thousands read as it is would print £402.10 for £402,100, so either is refused until
the measure says it."""

from __future__ import annotations

from decimal import Decimal

from drafter.errors import InputError
from drafter.load.columns import heading_scale
from drafter.load.table import Row, RowStream
from drafter.model import Measure, SourceRef
from drafter.style.base import SCALES

# The headings of a column that names each row's unit ("Units", statistics.gov.scot's; "Unit of measure")
UNIT_HEADINGS = ("units", "unit", "measure units", "measurement units", "unit of measure", "unit of measurement")


def _refuse(measure: Measure, word: str, source: SourceRef, field: str, value: str, what: str, also: str = "") -> None:
    if SCALES[word] == measure.scale:
        return
    given = next(w for w, scale in SCALES.items() if scale == measure.scale)
    said = f"where campaign.yaml gives measure {measure.id!r} in {given}" if measure.scale > 1 else \
        f"which campaign.yaml does not say of measure {measure.id!r}, so 1.2 would be read as 1.2"
    raise InputError(f"says {what} in {word}, {said}", source=source, field=field, value=value,
                     expected=f"figures_in: {word} under measures: {measure.id}: in campaign.yaml, so that 1.2 is "
                     f"read as {int(Decimal('1.2') * SCALES[word]):,}{also}")


def check_scales(columns: dict[str, tuple[str, ...]], measures: dict[str, Measure], table: RowStream) -> None:
    """Refuse a column headed as figures in thousands or millions ("Funding (£m)") for a measure that campaign.yaml
    does not say is given so: 1.2 would be printed as £1.20, not £1.2m. And a line above the header saying so, as a
    published table's title block does ("£ thousands", "Table 1: Funding (£m)")."""
    for measure_id, names in columns.items():
        for name in names:
            heading = table.heading(name)
            word = heading_scale(heading)
            if word is not None:
                _refuse(measures[measure_id], word, table.header_ref(), "header", heading, "its figures are")
    for number, text in table.above:  # "£ thousands" in a table's title block, above its header
        word = heading_scale(text)
        for measure_id in columns if word is not None else ():
            assert word is not None
            _refuse(measures[measure_id], word, SourceRef(table.file, row=number), "above the header", text,
                    "the table's figures are", "; or, where that line says it of other figures, the line taken out "
                    "of the file")


def units_column(table: RowStream) -> tuple[str, str] | None:
    """The column naming each row's unit, where the file has one ("Units"), with its heading as the file spells it."""
    return next(((c, table.heading(c)) for c in table.columns if c in UNIT_HEADINGS), None)


def check_unit_cell(row: Row, units: tuple[str, str] | None, measures: list[Measure], file: str) -> None:
    """Refuse a row taken for ``measures`` whose unit cell says its figures are in thousands or millions ("GBP
    Thousand", "Pounds (millions)") where campaign.yaml does not give the measure so."""
    text = row.cells.get(units[0], "") if units else ""
    word = heading_scale(text) if text else None
    for measure in measures if word is not None and units is not None else ():
        assert word is not None and units is not None
        _refuse(measure, word, row.ref(file, units[1]), units[1], text, "this row's figures are")
