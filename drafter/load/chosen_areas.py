"""Which areas campaign.yaml drafts (``areas:``), and which it publishes in a language besides the main one
(``areas_cy: [Wales]``: Welsh releases for Wales and every area in it, English ones for every area). Both read
their names as quotes.yaml's ``areas:`` does (:mod:`drafter.load.area_scope`): an area is it and every area in
it, ``Norfolk only`` that area alone, ``all`` every area."""

from __future__ import annotations

from drafter.errors import InputError, how_many, name_list
from drafter.load.area_names import AreaNames
from drafter.load.area_scope import ALL, WITH_AREAS, Named, children_of, read_names, taken_in, within
from drafter.load.schema import Mapping
from drafter.model import Area, Warning
from drafter.quotes.scope import ONLY


def language_areas(top: Mapping, code: str, areas: tuple[Area, ...], languages: tuple[str, ...]) -> list[str]:
    """``areas_cy: [Wales]``: releases in Welsh for the areas named and every area in them (``[Cardiff only]``:
    that area alone), and for no other."""
    key = f"areas_{code}"
    if not top.has(key):
        return []
    if not any(language[:2] == code for language in languages):
        raw = top.raw(key)
        raise top.fail(key, "names the areas of releases in a language the campaign is not published in",
                       ", ".join(map(str, raw)) if isinstance(raw, list) else raw,
                       f"languages: in campaign.yaml with a locale of that language (now only {', '.join(languages)})")
    named = _named(top, areas, key)
    taken = set(taken_in(named, areas)) if named is not None else {a.name for a in areas}
    return [a.name for a in areas if a.name in taken]


def chosen_areas(top: Mapping, areas: tuple[Area, ...]) -> tuple[tuple[str, ...], tuple[Warning, ...]]:
    """``areas: [Norfolk, Cardiff only]``: the areas to draft (default all), each named as areas.csv or a publisher
    names it, with every area in it unless named ``only``; a slip is refused with "did you mean". The warning says
    which areas a name takes in besides itself, that a name once meant that area alone."""
    named = _named(top, areas, "areas")
    if named is None:
        return tuple(a.name for a in areas), ()
    return taken_in(named, areas), _taken_in_too(top, named, areas)


def _named(top: Mapping, areas: tuple[Area, ...], key: str) -> list[Named] | None:
    """The list under ``key``, each area once; None for every area (no list, or ``all``)."""
    raw = top.raw(key)
    if raw is None:
        return None
    names = AreaNames.of(areas)
    if isinstance(raw, str) and raw.strip().casefold() == ALL:  # All, ALL: every area, unless one is named so
        if (found := names.find(raw.strip())) is not None:
            raise top.fail(key, f"could mean every area or the area {found} (areas.csv row {names.rows[found]})",
                           raw, f"[{found} {ONLY}] for that area alone, or no {key}: line at all for every area")
        return None
    named = read_names(top.sequence(key), names, key)
    for index, item in enumerate(named):
        first = next(i for i, other in enumerate(named) if other.area == item.area)
        if first < index and item.area != ALL:
            again = "is listed twice" if item.text == named[first].text else f"names {item.area}, listed already"
            raise InputError(f"{again} ({key}[{first}])", source=item.ref, field=item.ref.key, value=item.text,
                             expected="each area once")
    return named


def _taken_in_too(top: Mapping, named: list[Named], areas: tuple[Area, ...]) -> tuple[Warning, ...]:
    """A warning where ``areas:`` names an area that has areas in it not named themselves: until names in
    ``areas:`` were read as quotes.yaml's are, ``[Norfolk]`` drafted Norfolk alone, and now drafts its areas too;
    nothing a campaign says may change what is drafted without a word."""
    children = children_of(areas)
    listed = {item.area for item in named}
    parents: list[str] = []
    extra: dict[str, None] = {}
    for item in named:
        said = item.only or item.whole or item.area == ALL  # alone, or with its areas, in so many words
        more = [] if said else [c for c in within(item.area, children) if c not in listed]
        if more:
            parents.append(item.area)
            extra.update(dict.fromkeys(c for c in more if c not in extra))
    if not parents:
        return ()
    one = len(parents) == 1
    return (Warning("areas_take_in", (
        f"{top.ref('areas')}: areas: {name_list(parents, and_word='and')} "
        f"{'takes' if one else 'take'} in every area in {'it' if one else 'them'}, so "
        f"{how_many(len(extra), 'more area is', 'more areas are')} drafted: "
        f"{name_list(list(extra), 10, and_word='and')}; to draft {'its own release' if one else 'their own releases'} "
        f"alone, write {'it' if one else 'them'} as {name_list([f'{p} {ONLY}' for p in parents], and_word='and')} "
        f"(a name in areas: used to mean that area alone), or, to draft them all without this warning, as "
        f"{name_list([f'{p} {WITH_AREAS}' for p in parents], and_word='and')}")),)
