"""A figure a publisher withholds by leaving its cell empty and saying why in another column of the row, as
Fingertips does ("Value note": "Value suppressed for disclosure control due to small count"), or with a marker in
a column named after the figure's, as Public Health Scotland does ("NumberOfAttendancesAllQF": "c"): such a cell is
not available, as a marker would be, never 0 and never refused as a cell left empty by mistake. The note, as the
row writes it, stands in the figure's place in the warning that lists figures not available, and in the fact
sheet."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from drafter.load.numbers import is_marker
from drafter.load.table import Row

# What a note says of a figure withheld: suppressed, withheld, redacted, disclosure control, not published …
_WITHHELD = re.compile(r"\b(suppress|withh[eo]ld|redact|disclos|confidential|not (available|published|supplied|"
                       r"collected)|unavailable|too small)", re.IGNORECASE)


def withheld_note(row: Row, read: Collection[str], spelled: Mapping[str, str], values: Collection[str]) -> str:
    """The note of ``row``, in a column not ``read``, that says its figures are withheld, or the marker in the
    column named after one of ``values`` (the figure's columns), with the column as the header spells it
    (``spelled``); "" where none does.

    >>> row = Row(7, {"Value": "", "Value note": "Value suppressed for disclosure control", "Trend": "Worse"})
    >>> withheld_note(row, {"Value"}, {"Value note": "Value note"}, ["Value"])
    'Value note: Value suppressed for disclosure control'
    >>> withheld_note(Row(8, {"Value": "", "Value note": "Aggregated from all known lower geographies"}), {"Value"},
    ...               {}, ["Value"])
    ''
    >>> withheld_note(Row(9, {"Attendances": "", "AttendancesQF": "c"}), {"Attendances"}, {}, ["Attendances"])
    'AttendancesQF: c'
    >>> withheld_note(Row(10, {"Attendances": "", "HBQF": "c"}), {"Attendances"}, {}, ["Attendances"])  # the HB's
    ''
    """
    for column, cell in row.cells.items():
        if column in read or not cell.strip():
            continue
        if _WITHHELD.search(cell) or (is_marker(cell.strip()) and any(
                column.startswith(value) and column != value for value in values)):
            return f"{spelled.get(column) or column}: {cell.strip()}"
    return ""
