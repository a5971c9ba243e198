"""Where a media database's export says a contact is, read as the areas it is sent releases for.

Cision, Vuelio, Muck Rack and Meltwater export each journalist and newsdesk with where they are (City or Town,
County, Region or State, Country, or one Location cell, "Liverpool, Merseyside, United Kingdom"), not with the areas
they cover. A list with no ``areas`` column (or a row whose ``areas`` cell is empty) is read by those columns, the
narrowest first: the first cell that names an area of areas.csv (in any form :class:`~drafter.load.media_areas.Places`
reads, a council's or a combined authority's name included) is the contact's area, and the contact is sent that
area's release alone, a parent's (North West) without its areas', since a newsdesk based in a region does not cover
each of its counties. ``UK`` or ``United Kingdom`` there is where the contact is, never every area. A slip for an
area's name is refused as in an ``areas`` column; a row whose cells name no area of areas.csv is left out, as a
contact for another area is.
"""

from __future__ import annotations

import re

from drafter.errors import name_list
from drafter.load.media_areas import EVERY_AREA, LeftOut, Places, parts, refuse_slip
from drafter.load.media_columns import MAX_NAMED, ONE_CELL
from drafter.load.table import Row
from drafter.model import Warning

_RUN = 4  # the most words of an area's name in an address: "Cheshire West and Chester"


def located(row: Row, columns: tuple[str, ...], places: Places, display: str, heading: dict[str, str],
            slips: list[tuple[str, str, str]] | None = None) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """The area a row's place columns (``columns``, narrowest first) name, the names they hold that are no area of
    areas.csv, and why, for ``--dry-run``: ``its County is Cheshire``. The first column naming an area decides. A
    slip for an area's name is refused, or added to ``slips`` (:func:`~drafter.load.media_areas.refuse_slip`)."""
    outside: list[str] = []
    for column in columns:
        cell = row.cells.get(column, "").strip()
        if not cell:
            continue
        ref, shown = row.ref(display, heading[column]), heading[column]
        if column == ONE_CELL:
            areas = _in_address(cell, places)
            if areas:
                return areas, (), f"its {shown} is {cell}"
            outside.append(cell)
            continue
        names = [part for name in cell.split(";") if name.strip() for part in parts(name.strip(), places, ref, shown)]
        found: list[str] = []
        for name in names:
            if name.casefold() in EVERY_AREA:  # "United Kingdom" is where the contact is, not every area
                continue
            area = places.find(name, ref, shown)
            if area is None and refuse_slip(name, places, ref, shown, slips):
                continue
            if area is not None:
                found.append(area)
            else:
                outside.append(name)
        if found:
            return tuple(a for a in places.order if a in found), (), f"its {shown} is {cell}"
    return (), tuple(dict.fromkeys(outside)), ""


def _in_address(cell: str, places: Places) -> tuple[str, ...]:
    """The area a whole address in one cell names (Mailchimp's "1 English St Carlisle Cumbria CA3 8JR GB"): the last
    run of up to four of its words that is an area's name, the longest there, as a county comes after its town."""
    words = cell.split()
    for end in range(len(words), 0, -1):
        for start in range(max(0, end - _RUN), end):
            area = places.find(" ".join(words[start:end]))
            if area is not None:
                return (area,)
    return ()


def opted_out(cell: str, opt_in: tuple[str, ...]) -> bool:
    """Whether a "Do Not Contact" cell marks the contact: anything but empty, No, False or 0 (Yes, TRUE, x, a date)."""
    return cell.strip().casefold() not in opt_in


def placed_warnings(placeless: list[tuple[int, str]], left: Warning | None, display: str, columns: list[str]
                    ) -> list[Warning]:
    """The warnings of a list read by where its contacts are: the rows whose place columns are all empty, and the
    contacts left out (``left``, worded by :func:`~drafter.load.media_areas.left_out_warning`), each with what to do:
    an ``areas`` column, which a row's place columns give way to."""
    where = name_list(columns, len(columns), and_word="and")
    fix = (f"add a column areas to {display} and write the areas they cover in it, on their rows (a row's {where} "
           f"{'are' if len(columns) > 1 else 'is'} read only where its areas cell is empty)")
    found = []
    if placeless:
        many = len(placeless) > 1
        numbers = name_list([str(number) for number, _ in placeless], 10, and_word="and")
        named = name_list([name for _, name in placeless], MAX_NAMED, and_word="and")
        found.append(Warning("media", f"{display}, row{'s' if many else ''} {numbers}: {where} name no area of "
                             f"areas.csv or {'are' if len(columns) > 1 else 'is'} empty, so {named} "
                             f"{'are' if many else 'is'} sent nothing; to send them a release, {fix}"))
    if left is not None:
        text = re.sub(r"add (.+?) to their rows", r"add \1 to their areas", left.message)
        found.append(Warning(left.code, f"{text}; {display} says where each newsdesk is ({where}), not which areas "
                             f"it covers: to send a newsdesk a release of another area, {fix}"))
    return found


def opted_warning(opted: list[LeftOut], display: str) -> Warning:
    """One warning naming the contacts marked "Do Not Contact", who are sent nothing."""
    many = len(opted) > 1
    numbers = name_list([str(gone.row) for gone in opted], 10, and_word="and")
    named = name_list([gone.name or gone.outlet or gone.emails[0] for gone in opted], MAX_NAMED, and_word="and")
    return Warning("media", f"{display}, row{'s' if many else ''} {numbers}: {opted[0].reason.split(' is ')[0]} is "
                   f"marked, so {named} {'are' if many else 'is'} sent nothing, not even where "
                   f"{'their addresses are' if many else 'the address is'} on another row")
