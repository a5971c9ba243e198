"""The header of a table as published, among its first rows: the first that names the columns campaign.yaml reads,
below a title, a source and notes; a header of two rows (a heading merged over several columns) read as one, and such
a merged heading named where one of its columns is meant."""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Iterator

from drafter.errors import InputError
from drafter.load.columns import column_name, find_column, lettered, note_free
from drafter.model import SourceRef

_FIGURE = re.compile(r"[-+£$€]?[0-9][0-9,. ]*%?")  # a data row's figure, which no heading is (a year may be both)
HEADER_SEARCH = 30  # rows of titles, sources and notes a published table may have above its header


Numbered = tuple[int, list[str]]  # a row's number and its cells


def find_header(first: Numbered, rest: Iterator[Numbered], names: tuple[str, ...],
                display: str) -> tuple[Numbered, Iterator[Numbered], tuple[tuple[int, str], ...]]:
    """The header among the first rows (see :func:`read_rows`), the rows after it, and the rows above it, each as
    its number and its text ("£ thousands", a table's title). A name that is a heading merged over several columns
    of a two-row header ("2023-24" over "Number" and "%") is refused, naming them."""
    looked = [first, *itertools.islice(rest, HEADER_SEARCH - 1)]
    names = tuple(name for name in names if not lettered(name)) or names  # "column b" is in every row that long
    headers: list[list[str]] = []  # each row read as a header, with the row above when there is one
    scores: list[tuple[int, int]] = []  # each one's names found and cells of words, up to the first naming them all
    for index, (number, row) in enumerate(looked):
        above = looked[index - 1] if index and looked[index - 1][0] == number - 1 else None
        headers.append(stacked(above[1], row, names) if above else row)
        scores.append((sum(find_column(name, [column_name(cell) for cell in headers[-1]]) is not None
                           for name in names), sum(bool(cell.strip()) and not _FIGURE.fullmatch(cell.strip())
                                                   for cell in headers[-1])))
        if scores[-1][0] == len(names):
            break
    best = len(scores) - 1
    if scores[best][0] < len(names):
        best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    below = looked[best + 1] if best + 1 < len(looked) and looked[best + 1][0] == looked[best][0] + 1 else None
    if below is not None:
        _refuse_merged_headings(looked[best], headers[best], below[1], names, display)
    titles = tuple((number, " ".join(" ".join(c.split()) for c in row if c.strip())) for number, row in looked[:best])
    if best == 0:
        return first, itertools.chain(looked[1:], rest), titles
    return (looked[best][0], headers[best]), itertools.chain(looked[best + 1:], rest), titles


def _refuse_merged_headings(header: tuple[int, list[str]], cells: list[str], below: list[str],
                            names: tuple[str, ...], display: str) -> None:
    """A name found as a heading with empty cells to its right, over a row that names those columns, is the
    merged heading of a two-row header: which of its columns is meant?"""
    for index, cell in enumerate(cells):
        spans_right = index + 1 < len(cells) and not cells[index + 1].strip()
        if find_column(column_name(cell), names) is None or not spans_right or index + 1 >= len(below) \
                or not below[index].strip() or not below[index + 1].strip():
            continue
        under = [below[index]]
        for more in range(index + 1, len(below)):
            if (more < len(cells) and cells[more].strip()) or not below[more].strip():
                break
            under.append(below[more])
        raise InputError("is a heading over several columns, in a header of two rows",
                         source=SourceRef(display, row=header[0], column=column_name(cell)), field="header",
                         value=cell.strip(), expected="one of its columns, named with the heading: "
                         + ", ".join(note_free(column_name(f"{cell} {name}")) for name in under))


def stacked(upper: list[str], lower: list[str], names: tuple[str, ...] = ()) -> list[str]:
    """A header of two rows read as one, as statistics offices lay out a table: a heading merged over several
    columns ("Incidents" over "2022-23" and "2023-24"; Excel keeps it in the first cell only) above each
    column's own name. A column takes its own name, or the heading above it where it has none ("Area code"
    merged down over two rows); where own names repeat under different headings ("Number" under "2022-23"
    and under "2023-24"), each is the heading and its name: "2022-23 Number". A column is named so too where one of
    ``names`` (the columns wanted) names it so: "Parcels 2023" for "2023 [note 2]" under "Parcels".

    >>> stacked(["Code", "2022-23", "", "2023-24", ""], ["", "Number", "%", "Number", "%"])
    ['Code', '2022-23 Number', '2022-23 %', '2023-24 Number', '2023-24 %']
    >>> stacked(["Area", "Share", ""], ["", "2022-23", "2023-24"])
    ['Area', '2022-23', '2023-24']
    >>> stacked(["Area", "Share [note 1]", ""], ["", "2022-23", "2023-24"], ("share 2023-24",))
    ['Area', '2022-23', 'Share [note 1] 2023-24']
    """
    width = max(len(upper), len(lower))
    upper, own = [*upper, *[""] * (width - len(upper))], [*lower, *[""] * (width - len(lower))]
    spans, current = [], ""
    for cell in upper:
        current = cell.strip() or current  # a merged heading covers the empty cells to its right
        spans.append(current)
    named = [cell.strip() or above.strip() for cell, above in zip(own, upper, strict=True)]
    repeated = collections.Counter(column_name(name) for name in named if name)
    wanted = {note_free(name) for name in names}
    return [f"{span} {name}" if own[i].strip() and span and (repeated[column_name(name)] > 1 or
                                                              note_free(column_name(f"{span} {name}")) in wanted)
            else name for i, (span, name) in enumerate(zip(spans, named, strict=True))]
