"""The media list's warnings before anything is sent: of the contacts ``drafter send`` would leave out and of each
slip for an area's name there, for ``drafter draft`` and ``drafter preview`` (:func:`unknown_areas`), and of the
areas campaign.yaml chooses that no contact covers, or contacts for the areas it does not choose, for both.

Drafting reads the list with the one reader ``drafter send`` uses (:func:`~drafter.load.media.load_media`), so a
list read by its ``areas`` column, by labels (Outlook's Categories) or by where each contact is (a media database's
County or City, Outlook's Business City) is warned of alike.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path

from drafter.errors import InputError, name_list
from drafter.fileio import kind
from drafter.load.media import load_media, media_name
from drafter.load.media_columns import MAX_NAMED
from drafter.model import Area, Warning


def media_warnings(root: Path, areas: tuple[Area, ...], chosen: tuple[str, ...]) -> tuple[Warning, ...]:
    """:func:`unknown_areas` of the campaign folder's media list, whichever file it is kept in."""
    name = media_name(root, strict=False)
    return unknown_areas(root / name, name, areas, chosen)


def unknown_areas(path: Path, display: str, areas: tuple[Area, ...], chosen: tuple[str, ...] | None = None
                  ) -> tuple[Warning, ...]:
    """For ``draft`` and ``preview``: the warnings ``drafter send`` gives of the media list (the file's own, the
    contacts sent nothing: left out as their areas or places are not the campaign's, without an address, marked Do
    Not Contact), one for each name that looks like a slip for an area's (which ``drafter send`` refuses), one for
    the contacts whose areas campaign.yaml's ``areas:`` does not choose (``chosen``), and one for the chosen areas
    no contact covers, as ``drafter send`` words them. Anything else wrong with the list, or with the file, is left
    for ``drafter send`` to refuse."""
    if kind(path) != "file":
        return ()
    found: list[Warning] = []
    try:
        contacts = load_media(path, display, areas, found, slips=[])
    except InputError:  # a fault in the file, or no row sent anything: drafter send says
        return ()
    if chosen is not None:
        found += not_chosen(((c.email, c.covers) for c in contacts), chosen, display)
        found += nobody_covers({area for contact in contacts for area in contact.covers}, chosen, display)
    return tuple(found)


def nobody_covers(covered: Collection[str], areas: tuple[str, ...], display: str) -> list[Warning]:
    """A warning naming the areas of ``areas`` (the releases to send) that no contact covers (``covered``: the
    areas some contact does), whose releases therefore go to nobody."""
    alone = [area for area in areas if area not in covered]
    if not alone:
        return []
    many, named = len(alone) > 1, name_list(alone, MAX_NAMED, and_word="and")
    return [Warning("media_uncovered", f"{display}: no contact covers {named}, so "
                    f"{'their releases are' if many else 'its release is'} sent to nobody; to send "
                    f"{'them' if many else 'it'}, add {'each area' if many else 'the area'} to the rows of "
                    "the newsdesks that should have it")]


def not_chosen(contacts: Iterable[tuple[str, Collection[str]]], chosen: Collection[str], display: str
               ) -> list[Warning]:
    """One warning for the contacts (each its address and the areas it covers) whose areas are all in areas.csv
    but none chosen by campaign.yaml's ``areas:``, who are sent nothing: the areas, and what to do."""
    contacts, wanted = list(contacts), set(chosen)
    sent = {who for who, covered in contacts if not wanted.isdisjoint(covered)}
    left: dict[str, list[str]] = {}  # each contact left out, once, and its areas
    for who, covered in contacts:
        if covered and who not in sent:
            left.setdefault(who, list(covered))
    if not left:
        return []
    many, areas = len(left) > 1, list(dict.fromkeys(area for covered in left.values() for area in covered))
    several = len(areas) > 1
    whose = "those areas' releases" if several else "that area's release"
    return [Warning("media_not_chosen", f"{display}: {len(left):,} contact{'s are' if many else ' is'} for "
                    f"{'areas that are' if several else 'an area that is'} in areas.csv but not chosen for this "
                    f"campaign in campaign.yaml's areas:, so {'they are' if many else 'it is'} sent nothing: "
                    f"{name_list(areas, MAX_NAMED, and_word='and')} (to send {'them' if many else 'it'} "
                    f"{whose}, add {'them' if several else 'it'} to "
                    "areas: in campaign.yaml and draft again)")]
