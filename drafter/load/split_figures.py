"""What probably happened where a CSV file's row has more cells than its header: a figure over 999 written with a
comma between its thousands and no quote marks around it ("Cardiff,14,500,16,200" under a header of three columns),
which a CSV file reads as two cells, "14" and "500". Said only where the row's extra cells are exactly the cells that
such figures, joined up again, would explain, and the row ends with one, so that a row of ordinary small figures
(90, 171) with a cell too many after them (12) is not said to be one."""

from __future__ import annotations

import re

from drafter.errors import name_list

SPLIT = ('one cell per column: each such figure in quote marks ("14,500") or without its comma (14500); correct the '
         "row in Notepad, or download the file again")
_LEAD = re.compile(r"[1-9][0-9]{0,2}")  # a figure's first digits, before its first comma (never 0)
_GROUP = re.compile(r"[0-9]{3}(\.[0-9]+)?")  # a group of three digits after a comma, the last with its decimals


def split_figures(row: list[str], columns: int) -> list[str]:
    """The figures that, written "14,500" without quote marks, would split into the row's extra cells: as they
    read joined up again, where joining every cell that can follow a figure's first digits as a group of three
    gives the header's number of cells exactly, and the row's last cell is one of them; else nothing.

    >>> split_figures(["Cardiff", "14", "500", "16", "200"], 3)
    ['14,500', '16,200']
    >>> split_figures(["Cardiff", "16", "1", "234", "567"], 3), split_figures(["Cardiff", "90", "171", "200"], 3)
    (['1,234,567'], [])
    >>> split_figures(["Cardiff", "90", "171"], 2), split_figures(["Cardiff", "90", "171", "12"], 3)
    (['90,171'], [])
    """
    cells = [cell.strip() for cell in row]
    while cells and not cells[-1]:
        cells.pop()
    joined: list[list[int]] = []  # each figure as its cells' places, where it has more than one
    for index in range(1, len(cells)):
        if not _GROUP.fullmatch(cells[index]):
            continue
        if joined and joined[-1][-1] == index - 1 and "." not in cells[index - 1]:
            joined[-1].append(index)  # "1,234,567": a second group of three
        elif _LEAD.fullmatch(cells[index - 1]):
            joined.append([index - 1, index])
    extra = len(cells) - columns
    if not joined or extra <= 0 or sum(len(f) - 1 for f in joined) != extra or joined[-1][-1] != len(cells) - 1:
        return []  # a cell after the last such figure ("90,171,12") is as likely a cell too many
    return [",".join(cells[i] for i in figure) for figure in joined]


def split_hint(row: list[str], columns: int) -> str:
    """The words a row's too many cells are told, where :func:`split_figures` finds the figures that explain them."""
    figures = split_figures(row, columns)
    if not figures:
        return ""
    return (": its extra cells look like figures written with a comma between the thousands and no quote marks "
            f"around them, which splits each into cells of its own: {name_list(figures, 4)}")
