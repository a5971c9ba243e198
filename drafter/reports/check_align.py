"""Lining an edited release up with the release drafter drafts today, paragraph by paragraph and word by word.

Paragraphs left exactly as drafted are matched first, wherever they now stand (so a reordered paragraph is still
drafter's); the rest are matched word by word with :class:`difflib.SequenceMatcher`, first within the stretch
between unchanged paragraphs (a paragraph reworded, split or joined), then across the whole release for what is
left (a paragraph moved and edited). Every comparison is of short word lists, so the cost grows with the
release, not with its square.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

Place = tuple[int, int]  # (paragraph, token) in the drafted release
MOVED_RUN = 3  # a run of words matched across the release must be at least this long to count as moved
_CELL = re.compile(r"table (\d+), row (\d+)(?: \((.*?)\))?, column (\d+)(?: \((.*)\))?$")


def place_mark(where: str) -> list[str]:
    """A table cell's place, as one more word for alignment, so that a cell lines up with the cell in its place,
    not with another cell that holds the same figure: a figure by its row's label and its column's heading
    ("Cheshire", "January to June 2018"), so a row moved or deleted is followed; a heading by its column. A
    row's label has none (a label changed shows in the figures beside it); nothing outside a table."""
    cell = _CELL.search(where)
    if cell is None:
        return []
    table, row, label, column, heading = cell.groups()
    if row == "1":
        return [f"\0table {table}, column {column}"]
    if column == "1" or label is None or heading is None:
        return []
    return [f"\0table {table}: {' '.join(label.casefold().split())}: {' '.join(heading.casefold().split())}"]


@dataclass
class Alignment:
    """For each token of each edited paragraph, the drafted token it stands for, or None (new or changed)."""

    matches: list[list[Place | None]]
    used: list[list[bool]]  # drafted tokens that some edited token stands for
    # An edited paragraph with no word of drafter's, in the place of a drafted paragraph none of whose words is
    # left (the dateline "4 September 2018" retyped as "04/09/2018"): edited → drafted paragraph.
    replaced: dict[int, int] = field(default_factory=dict)
    # Read once, as a paragraph's items each ask (a sentence of hundreds of figures took seconds when each scanned
    # its paragraph afresh): for each edited paragraph, where each token's run of unmatched tokens ends; each gap's
    # drafted tokens, by its matched neighbours.
    _ends: dict[int, list[int]] = field(default_factory=dict, repr=False)
    _gaps: dict[tuple[Place | None, Place | None], list[Place]] = field(default_factory=dict, repr=False)

    def region(self, paragraph: int, first: int, last: int) -> list[Place]:
        """The drafted tokens that edited tokens first..last (end exclusive) stand in place of: their own matches,
        and for unmatched tokens the unmatched drafted words between their matched neighbours."""
        row = self.matches[paragraph]
        if paragraph not in self._ends:
            ends, end = [len(row)] * len(row), len(row)
            for k in range(len(row) - 1, -1, -1):
                end = k if row[k] is not None else end
                ends[k] = end
            self._ends[paragraph] = ends
        places: list[Place] = []
        t = first
        while t < last:
            place = row[t]
            if place is not None:
                places.append(place)
                t += 1
                continue
            end = self._ends[paragraph][t]
            key = (row[t - 1] if t > 0 else None, row[end] if end < len(row) else None)
            if key not in self._gaps:
                self._gaps[key] = self._gap(*key)
            places.extend(self._gaps[key])
            t = end
        return places

    def _gap(self, left: Place | None, right: Place | None) -> list[Place]:
        if left is not None and right is not None and left[0] == right[0]:
            return [(left[0], s) for s in range(left[1] + 1, right[1])]
        places: list[Place] = []
        if left is not None:
            used = self.used[left[0]]
            s = left[1] + 1
            while s < len(used) and not used[s]:
                places.append((left[0], s))
                s += 1
        if right is not None:
            used = self.used[right[0]]
            s = right[1] - 1
            while s >= 0 and not used[s]:
                places.append((right[0], s))
                s -= 1
        return places


def align(drafted: Sequence[Sequence[str]], edited: Sequence[Sequence[str]]) -> Alignment:
    """Match the edited paragraphs' tokens (each a list of normalised words) to the drafted ones."""
    matches: list[list[Place | None]] = [[None] * len(p) for p in edited]
    used = [[False] * len(p) for p in drafted]

    def take(j: int, t: int, place: Place) -> None:
        matches[j][t] = place
        used[place[0]][place[1]] = True

    keys_d = [tuple(p) for p in drafted]  # the words themselves: a joined key would take a phone number typed
    keys_e = [tuple(p) for p in edited]  # "900(002" for one drafted as one word "900 002" as the same paragraph
    paragraphs = SequenceMatcher(None, keys_d, keys_e, autojunk=False)
    regions: list[tuple[list[int], list[int]]] = []
    for tag, i1, i2, j1, j2 in paragraphs.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                for t in range(len(edited[j])):
                    take(j, t, (i, t))
        else:
            regions.append((list(range(i1, i2)), list(range(j1, j2))))
    unmatched = {keys_d[i]: i for ds, _ in reversed(regions) for i in reversed(ds)}
    for _, es in regions:  # a paragraph left as drafted but moved
        for j in es:
            i = unmatched.pop(keys_e[j], -1) if keys_e[j] else -1
            if i >= 0 and not any(used[i]):
                for t in range(len(edited[j])):
                    take(j, t, (i, t))
    for ds, es in regions:  # reworded, split or joined in place
        _match_runs([(i, s) for i in ds if not any(used[i]) for s in range(len(drafted[i]))],
                    [(j, t) for j in es if not any(m is not None for m in matches[j]) for t in range(len(edited[j]))],
                    drafted, edited, take, 1)
    for j in range(len(edited)):  # moved elsewhere and edited: long runs only
        if None in matches[j]:
            _match_runs([(i, s) for i in range(len(drafted)) for s in range(len(drafted[i])) if not used[i][s]],
                        [(j, t) for t in range(len(edited[j])) if matches[j][t] is None],
                        drafted, edited, take, MOVED_RUN)
    for j, row in enumerate(matches):  # a figure matched to the same figure elsewhere in its sentence is not kept
        for t, place in enumerate(row):
            if place is not None and edited[j][t][:1].isdigit() and not _in_step(
                    row, t, place, len(drafted[place[0]]), bool(edited[j]) and edited[j][-1].startswith("\0")):
                row[t] = None
                used[place[0]][place[1]] = False
    replaced: dict[int, int] = {}
    for ds, es in regions:  # paragraphs retyped whole, one for one
        new = [j for j in es if edited[j] and all(m is None for m in matches[j])]
        gone = [i for i in ds if drafted[i] and not any(used[i])]
        if len(new) == len(gone):
            replaced.update(zip(new, gone, strict=True))
    return Alignment(matches, used, replaced)


def _in_step(row: Sequence[Place | None], t: int, place: Place, length: int, cell: bool) -> bool:
    """Whether token ``t`` stands where its match puts it: a neighbour matched to the drafted word beside its
    match, or both at the start or both at the end of their paragraphs ("from 3,549 to 1,747" for "from 1,747 to
    3,549" matches 1,747 with neither of its neighbours). In a table cell, its place (the last word) decides."""
    i, s = place
    before = row[t - 1] == (i, s - 1) if t > 0 else s == 0 and not cell
    after = row[t + 1] == (i, s + 1) if t + 1 < len(row) else s == length - 1
    return before or after


def _match_runs(a: list[Place], b: list[Place], drafted: Sequence[Sequence[str]], edited: Sequence[Sequence[str]],
                take: Callable[[int, int, Place], None], shortest: int) -> None:
    if not a or not b:
        return
    matcher = SequenceMatcher(None, [drafted[i][s] for i, s in a], [edited[j][t] for j, t in b], autojunk=False)
    for block in matcher.get_matching_blocks():
        if block.size >= shortest:
            for k in range(block.size):
                j, t = b[block.b + k]
                take(j, t, a[block.a + k])
