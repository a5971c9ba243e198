"""Choosing the sheet of a workbook (.xlsx or .ods) to read: the one campaign.yaml names, or the only one a
person sees when it names none."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from drafter.errors import InputError
from drafter.model import SourceRef

CHOOSE = "figures_sheet: <name> in campaign.yaml"  # where a campaign says which sheet holds its figures
# What drafter reads of one sheet, .xlsx or .ods, counting the empty rows and cells before the last: a small file
# can name a cell far down or far across (row 30,000,000, column XFD on every row), and the rows up to it are
# built one by one.
MAX_COLUMNS = 16_384  # as LibreOffice and Excel
MAX_ROWS = 1_048_576
MAX_CELLS = 5_000_000  # far above 10,000 areas' figures
LIMITS = f"a sheet of at most {MAX_COLUMNS:,} columns, {MAX_ROWS:,} rows and {MAX_CELLS:,} cells"


class SheetRows(list[list[str]]):
    """A sheet's rows as text, with the sheet's name as the workbook spells it (its tab's "Table 1", where
    campaign.yaml wrote ``sheet: table_1``), for messages and fact sheets to name the tab a person sees."""

    def __init__(self, rows: list[list[str]], name: str) -> None:
        super().__init__(rows)
        self.name = name


def refuse_large(number: int, cells: int, display: str) -> None:
    """Stop reading a sheet at its row ``number`` (from 1) once it is past :data:`MAX_ROWS`, or the ``cells`` read
    so far are past :data:`MAX_CELLS`."""
    if number > MAX_ROWS or cells > MAX_CELLS:
        raise InputError(f"has more rows or cells than drafter reads (row {number:,})",
                         source=SourceRef(display, row=min(number, MAX_ROWS)), expected=LIMITS)


def choose_sheet(names: Sequence[str], hidden: Sequence[str], sheet: str | None, display: str,
                 choose: str = CHOOSE) -> str:
    """The sheet to read among ``names`` (in the workbook's order; ``hidden`` those its owner hid). Without
    ``sheet``, the workbook's only sheet, or its only sheet not hidden: a lookup sheet the publisher hid is not
    one a person chooses between. A name is a sheet's whatever its capitals, spaces and underscores, where it
    names one only (a tab's trailing space is not seen). A name that is not a sheet is told the sheets there are,
    and the nearest ("did you mean 'Table 1'?").

    """
    shown = [name for name in names if name not in hidden] or list(names)
    if sheet is None:
        if len(shown) > 1:
            raise InputError(f"has {len(shown)} sheets ({', '.join(shown)})", source=SourceRef(display),
                             expected=f"{choose} to choose one")
        if not shown:
            raise InputError("has no sheets", source=SourceRef(display), expected="a sheet of figures")
        return shown[0]
    if sheet in names:
        return sheet
    listed = ", ".join(name + (" (hidden)" if name in hidden else "") for name in names)
    folded = {_folded(name): name for name in names}
    key = _folded(sheet)
    if key in folded and sum(_folded(n) == key for n in names) == 1:
        return folded[key]  # "Table 1" for the tab "Table 1 ", whose space no one sees, or "TABLE 1", or "Table_1"
    close = difflib.get_close_matches(key, list(folded), n=1, cutoff=0.6)
    near = folded.get(key) or (folded[close[0]] if close else None)
    hint = f"; did you mean {near!r}?" if near else ""
    raise InputError(f"has no sheet named {sheet!r}", source=SourceRef(display), expected=f"one of {listed}{hint}")


def _folded(name: str) -> str:
    """A sheet's name as drafter compares it: its capitals, spaces and underscores do not count ("Table_1", as ONS
    names a sheet with no spaces, is "Table 1").

    >>> _folded(" Table_1 "), _folded("TABLE  1")
    ('table 1', 'table 1')
    """
    return " ".join(name.replace("_", " ").split()).casefold()
