"""A list whose lead-in states its order ("The areas of Wales, highest rate first:", Welsh "y gyfradd uchaf yn
gyntaf"; the language's ``list_orders``), its lines moved out of that order.

Each line of the edited list is matched to drafter's line it stands for; drafter's lines are in the order the
lead-in states. While the edited lead-in still says the same words, a line above one drafter put higher is a
finding, unless the two may come either way round: they print the figure the list is in order of alike (a tie:
the latest figure, say, not the earlier one two lines share), or neither prints one. A line that names another area
than drafter's line it stands for is renamed, or made of two lines run together, and found as such.
A lead-in that no longer says them ("in alphabetical order", or nothing of its order) is not held to it; nor is a
list whose lead-in never did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import pairwise

from drafter.reports.check_drafted import Drafted
from drafter.reports.check_known import Problem
from drafter.reports.check_states import words_of
from drafter.reports.check_words import strip_marker, tokens


def list_orders(d: Drafted, texts: Sequence[str], counterpart: Callable[[int], int | None]) -> list[Problem]:
    """A finding for each edited list whose lead-in still states drafter's order and whose lines (matched to
    drafter's by ``counterpart``: the drafted paragraph an edited one stands for) no longer allow it."""
    orders = [words_of(text) for text in d.universe.style.language.list_orders]
    problems = []
    for i, text in enumerate(d.texts):
        said = _order_in(words_of(text), orders) if text.rstrip().endswith(":") else None
        lines = _lines_after(d.texts, i)
        if said is None or len(lines) < 2:
            continue
        for j, edited in enumerate(texts):
            if _order_in(words_of(edited), [said]) is not None and (problem := _out_of_order(
                    d, texts, j, lines, counterpart, _words(edited, said))):
                problems.append(problem)
    return problems


def _order_in(words: tuple[str, ...], orders: Sequence[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The longest of ``orders`` that ``words`` say, if any."""
    said = [o for o in orders if any(words[k:k + len(o)] == o for k in range(len(words) - len(o) + 1))]
    return max(said, key=len) if said else None


def _lines_after(texts: Sequence[str], i: int) -> list[int]:
    """The drafted list's lines straight after paragraph ``i``."""
    lines = []
    for k in range(i + 1, len(texts)):
        if strip_marker(texts[k]) == texts[k]:
            break
        lines.append(k)
    return lines


def _out_of_order(d: Drafted, texts: Sequence[str], j: int, lines: list[int],
                  counterpart: Callable[[int], int | None], order: str) -> Problem | None:
    """The first edited line above one drafter put higher, that does not tie with it."""
    edited: list[tuple[int, int]] = []  # (edited paragraph, drafted line)
    for k in range(j + 1, len(texts)):
        at = counterpart(k)
        if at not in lines:
            break
        if all(at != seen for _, seen in edited) and _name(texts[k]) == _name(d.texts[at]):  # else renamed, or
            edited.append((k, at))  # spliced from two lines (check_swaps, check_spliced)
    keys = _keys(d, lines)
    for later, (k, at) in enumerate(edited):
        for position, (above, was) in enumerate(edited[:later]):
            if was > at and not _tied(d, keys, was, at):
                return Problem(above, "wrong_order", texts[above], d.texts[lines[position]], None,
                               f"the list no longer follows the order its lead-in gives ('{order}'): "
                               f"'{_name(texts[above])}' is above '{_name(texts[k])}', which drafter put before it "
                               f"(put the lines back in drafter's order, or change the lead-in)")
    return None


def _tied(d: Drafted, keys: set[str], one: int, other: int) -> bool:
    """Whether two of drafter's lines may come either way round: they print the figure the list is in order of alike
    (``keys``: the facts that may be that figure; every one, where more than one may be), or neither prints one (two
    areas whose figure is not available, which drafter lists last in areas.csv's order). Where neither prints a fact
    that may be the order's, any figure in common is a tie."""
    first, second = _facts(d, one), _facts(d, other)
    shared = keys & set(first) & set(second)
    if shared:
        return all(first[name] == second[name] for name in shared)
    figures, others = _figures(d, one), _figures(d, other)
    return bool(figures & others) or not (figures or others)


def _facts(d: Drafted, k: int) -> dict[str, str]:
    """The facts drafter's line ``k`` prints, by name (the area aside: "electric.this_year"), as printed."""
    return {known.name: known.text for known in d.links[k] if known is not None and known.value is not None}


def _keys(d: Drafted, lines: Sequence[int]) -> set[str]:
    """The facts the list may be in order of: those whose values go down, or stay, line by line, where printed
    (the latest figure in "from 4,120 to 5,066", the rate in "26.2 per 1,000 people (6,320 incidents)"); of those,
    the newest period's alone where there are any (last year's figures often go down the list too)."""
    values: dict[str, list[Decimal]] = {}
    periods: dict[str, tuple[str, ...]] = {}
    for k in lines:
        for known in d.links[k]:
            if known is not None and known.value is not None:
                values.setdefault(known.name, []).append(known.value)
                periods[known.name] = known.periods
    going_down = {name for name, seen in values.items() if all(a >= b for a, b in pairwise(seen))}
    newest = (d.universe.campaign.periods[-1].id,)
    return {name for name in going_down if periods[name] == newest} or going_down


def _figures(d: Drafted, k: int) -> set[str]:
    """The figures drafter's line ``k`` prints, but a rate's base ("1,000" in "23.2 per 1,000 people")."""
    toks = d.toks[k]
    return {t.norm for n, t in enumerate(toks) if t.kind == "number" and not (n and toks[n - 1].norm in d.rate_words)}


def _words(text: str, said: tuple[str, ...]) -> str:
    """The words of ``text`` that say the order ``said``, as they are typed there ("highest rate first")."""
    toks = tokens(text)
    norms = [t.norm for t in toks]
    at = next(k for k in range(len(norms)) if tuple(norms[k:k + len(said)]) == said)
    return text[toks[at].start:toks[at + len(said) - 1].end]


def _name(line: str) -> str:
    """A line of the list as a message names it: what comes before its colon ("Swansea"), else its words."""
    text = strip_marker(line).strip()
    return text.split(":", 1)[0].strip() if ":" in text else text
