"""One table of a sheet that holds several, one below another (ONS's "Table 1a" of numbers above "Table 1b" of
rates), chosen by its title: ``table: Table 1b`` under a period of ``figures:`` reads the rows below the row that
title begins, up to the next table's title."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.errors import InputError
from drafter.model import SourceRef

_TITLE = re.compile(r"table\s*[0-9]+[a-z]?(?![a-z0-9])", re.IGNORECASE)  # "Table 1b: …", "Table 2 - …", "TABLE 3"


def table_name(cell: str) -> str:
    """The name a cell gives a table at its start ("Table 1b" of "Table 1b: Fly-tipping by council"), or "".

    >>> table_name("Table 1b: Rates per 1,000 people"), table_name("Table 10"), table_name("Tables are below")
    ('Table 1b', 'Table 10', '')
    """
    found = _TITLE.match(cell.strip())
    return " ".join(found[0].split()) if found else ""


def _is(cell: str, title: str) -> bool:
    """Whether a cell begins with ``title`` (folded), whole: "Table 1" begins "Table 1: …", not "Table 1b: …"."""
    text = " ".join(cell.split()).casefold()
    return text.startswith(title) and not text[len(title):len(title) + 1].isalnum()


def titled_rows(numbered: Iterator[tuple[int, list[str]]], title: str, display: str
                ) -> Iterator[tuple[int, list[str]]]:
    """The rows (number, cells) of the table ``title`` begins, from the row after its title to the row before the
    next table's; a sheet with no row so titled is refused, naming the tables it has."""
    want = " ".join(title.split()).casefold()
    others: list[str] = []
    for _number, row in numbered:
        first = next((cell for cell in row if cell.strip()), "")
        if _is(first, want):
            break
        if table_name(first):
            others.append(table_name(first))
    else:
        raise InputError(f"has no table titled {title!r}", source=SourceRef(display), field="table",
                         expected="the title of a table as the sheet writes it above the table"
                         + (f": {', '.join(dict.fromkeys(others))}" if others else ", such as Table 1a"))
    for number, row in numbered:
        first = next((cell for cell in row if cell.strip()), "")
        if table_name(first) and not _is(first, want):
            return
        yield number, row
