"""Choosing the sheet of a workbook (.xlsx or .ods) to read: the one campaign.yaml names, or the only one a
person sees when it names none."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence

from drafter.errors import InputError, how_many, name_list
from drafter.model import SourceRef, Warning

CHOOSE = "figures_sheet: <name> in campaign.yaml"  # where a campaign says which sheet holds its figures
# What drafter reads of one sheet, .xlsx or .ods, counting the empty rows and cells before the last: a small file
# can name a cell far down or far across (row 30,000,000, column XFD on every row), and the rows up to it are
# built one by one.
MAX_COLUMNS = 16_384  # as LibreOffice and Excel
MAX_ROWS = 1_048_576
MAX_CELLS = 5_000_000  # far above 10,000 areas' figures
LIMITS = f"a sheet of at most {MAX_COLUMNS:,} columns, {MAX_ROWS:,} rows and {MAX_CELLS:,} cells"


FindsHeader = Callable[[list[list[str]]], bool]  # whether a sheet's first rows hold the header of the columns named
PEEK = 30  # the rows of a sheet looked at for that header, as for a table's title and notes above it


class SheetRows(list[list[str]]):
    """A sheet's rows as text, with the sheet's name as the workbook spells it (its tab's "Table 1", where
    campaign.yaml wrote ``sheet: table_1``), for messages and fact sheets to name the tab a person sees, and the
    warning that says drafter chose it, where campaign.yaml names none (:func:`sheet_with_header`)."""

    def __init__(self, rows: list[list[str]], name: str, notices: tuple[Warning, ...] = ()) -> None:
        super().__init__(rows)
        self.name = name
        self.notices = notices


def sheet_with_header(shown: Sequence[str], display: str, choose: str, first_rows: Callable[[str], list[list[str]]],
                      finds: FindsHeader) -> tuple[str, Warning]:
    """Where campaign.yaml names no sheet of a workbook with several (Cover, Contents, Notes, Table 1, Table 2), the
    one sheet whose first rows hold the header of the columns it names, read with a warning saying so; several such
    sheets, or none, are refused with the sheets that have them."""
    holding = [name for name in shown if finds(first_rows(name))]
    listed = name_list(list(shown), 8)
    if len(holding) == 1:
        return holding[0], Warning("sheet_chosen", f"{display} has {len(shown)} sheets ({listed}) and campaign.yaml "
                                   f"names none: sheet {holding[0]!r} is read, the only one whose header has the "
                                   "columns to read; to be sure, write "
                                   + _each_period(choose).replace("<name>", holding[0]))
    if holding:
        have = how_many(len(holding), "sheet has", "sheets have")
        raise InputError(f"has {len(shown)} sheets ({listed}), and {have} the columns to read: "
                         + name_list(holding, 8, and_word="and"), source=SourceRef(display),
                         expected=f"{choose} to choose one of them")
    raise InputError(f"has {len(shown)} sheets ({listed}), and none has the columns to read in its first {PEEK} rows",
                     source=SourceRef(display), expected=f"{choose} to choose the sheet of figures, and each column "
                     "named as its header writes it")


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


def _each_period(choose: str) -> str:
    """Where to write ``sheet:`` said once for every period that reads the file, so that one warning serves them all.

    >>> _each_period("sheet: <name> under figures.last_year in campaign.yaml")
    'sheet: <name> under each period of figures: that reads it, in campaign.yaml'
    """
    return re.sub(r"under figures\.\S+ in", "under each period of figures: that reads it, in", choose)


def _folded(name: str) -> str:
    """A sheet's name as drafter compares it: its capitals, spaces and underscores do not count ("Table_1", as ONS
    names a sheet with no spaces, is "Table 1").

    >>> _folded(" Table_1 "), _folded("TABLE  1")
    ('table 1', 'table 1')
    """
    return " ".join(name.replace("_", " ").split()).casefold()
