"""Which column tells apart two rows of one area among the rows ``rows:`` takes, for the error that says what to
add to ``rows:``: a column of words in both ("Sex": "Persons" beside "Male"), then one with a word in one row and
nothing in the other (Fingertips' "Category Type", empty on England's own row and "County & UA deprivation deciles"
on its rows by decile), then any other, a figure last: a "Count" of 40012 beside 5012 is what the rows hold, never
what tells a period's rows apart."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from drafter.load.cells import is_figure, is_word
from drafter.load.table import Row


def differing(first: Row, again: Row, order: Iterable[str], tidy: Callable[[str], str],
              conditions: bool
              ) -> list[tuple[str, str, str]]:
    """The columns (in ``order``, the file's) in which ``first`` and ``again`` differ once ``tidy`` (a function of a
    cell) is applied, each with both cells, the likeliest to tell them apart first; with no ``conditions`` in
    ``rows:``, columns of words only (two tables one above the other differ in their figures and codes).

    >>> first, again = Row(2, {"Sex": "Persons", "Count": "40012"}), Row(5, {"Count": "5012", "Category": "Decile 1"})
    >>> differing(first, again, ["Sex", "Category", "Count"], str.strip, True)
    [('Sex', 'Persons', ''), ('Category', '', 'Decile 1'), ('Count', '40012', '5012')]
    >>> differing(first, again, ["Sex", "Category", "Count"], str.strip, False)
    []
    """
    found = [(c, first.cells.get(c, ""), again.cells.get(c, "")) for c in dict.fromkeys(order)
             if tidy(first.cells.get(c, "")) != tidy(again.cells.get(c, ""))]
    if not conditions:
        return [(c, a, b) for c, a, b in found if is_word(a) and is_word(b)]
    return sorted(found, key=lambda d: _rank(d[1], d[2]))


def _rank(first: str, again: str) -> int:
    """0 a word in both; 1 a word beside nothing; 2 anything else but figures; 3 a figure in either."""
    if is_word(first) and is_word(again):
        return 0
    if (is_word(first) and not again.strip()) or (is_word(again) and not first.strip()):
        return 1
    return 3 if is_figure(first) or is_figure(again) else 2


def as_written(cell: str) -> str:
    """A cell as ``rows:`` takes it in campaign.yaml: an empty one as ``''``, which YAML reads as empty, where
    nothing after the colon would be read as no value at all."""
    return cell if cell.strip() else "''"
