"""Which areas campaign.yaml drafts (``areas:``), and which it publishes in a language besides the main one
(``areas_cy: [Wales]``: Welsh releases for Wales and every area in it, English ones for every area)."""

from __future__ import annotations

from drafter.errors import InputError
from drafter.load.area_names import AreaNames
from drafter.load.schema import Mapping
from drafter.model import Area


def language_areas(top: Mapping, code: str, areas: tuple[Area, ...], languages: tuple[str, ...]) -> list[str]:
    """``areas_cy: [Wales]``: releases in Welsh for the areas named and every area in them, and for no other."""
    key = f"areas_{code}"
    if not top.has(key):
        return []
    if not any(language[:2] == code for language in languages):
        raw = top.raw(key)
        raise top.fail(key, "names the areas of releases in a language the campaign is not published in",
                       ", ".join(map(str, raw)) if isinstance(raw, list) else raw,
                       f"languages: in campaign.yaml with a locale of that language (now only {', '.join(languages)})")
    named, parents = set(chosen_areas(top, areas, key)), {a.name: a.parent for a in areas}

    def within(name: str | None) -> bool:  # the area, or one it is in, is named
        for _ in areas:  # at most as many steps up as there are areas
            if name is None or name in named:
                return name is not None
            name = parents.get(name)
        return False

    return [a.name for a in areas if within(a.name)]


def chosen_areas(top: Mapping, areas: tuple[Area, ...], key: str = "areas") -> tuple[str, ...]:
    """``areas: [Cardiff, Swansea]``: the areas to draft (default all), each named as areas.csv or a publisher
    names it; a slip is refused with "did you mean"."""
    raw = top.raw(key)
    if raw is None:
        return tuple(a.name for a in areas)
    names = AreaNames.of(areas)
    if isinstance(raw, str) and raw.strip().casefold() == "all":  # All, ALL: every area, unless one is named so
        if (named := names.find(raw.strip())) is not None:
            raise top.fail(key, f"could mean every area or the area {named} (areas.csv row {names.rows[named]})",
                           raw, f"[{named}] for that area alone, or no {key}: line at all for every area")
        return tuple(a.name for a in areas)
    chosen: list[str] = []
    for index, (value, ref) in enumerate(top.sequence(key)):
        name = names.named(str(value).strip(), ref, ref.key or key)
        if name is None:
            slip = comma_split([str(v) for v, _ in top.sequence(key)], index, names) or (
                f"; did you mean {near!r}?" if (near := names.near(str(value).strip())) else "") or (
                f"; several areas go in square brackets: {key}: [{value}]" if isinstance(top.raw(key), str) and
                "," in str(value) else "")
            raise InputError("is not an area in areas.csv", source=ref, field=ref.key, value=str(value).strip(),
                             expected="an area name from areas.csv, or all" + slip)
        if name in chosen:
            again = "is listed twice" if str(value).strip() == name else f"names {name}, listed already"
            raise InputError(f"{again} ({key}[{chosen.index(name)}])", source=ref, field=ref.key,
                             value=str(value).strip(), expected="each area once")
        chosen.append(name)
    return tuple(chosen)


def comma_split(values: list[str], index: int, names: AreaNames) -> str:
    """Why ``values[index]``, a name that is no area, may be part of one: YAML's ``[Belfast, Newry, Mourne and
    Down]`` is four names, as a comma ends each, and ``Newry, Mourne and Down`` is one area. "" if it is not.

    >>> from drafter.model import SourceRef
    >>> area = lambda name: Area(name, name.lower(), None, name, (), SourceRef("areas.csv"))
    >>> names = AreaNames.of((area("Belfast"), area("Newry, Mourne and Down")))
    >>> comma_split(["Belfast", "Newry", "Mourne and Down"], 1, names)
    '; a name with a comma in it goes in quotes, or YAML reads it as two: ["Newry, Mourne and Down"]'
    >>> comma_split(["Belfast", "Newry", "Mourne and Down"], 2, names), comma_split(["Newry"], 0, names)
    ('; a name with a comma in it goes in quotes, or YAML reads it as two: ["Newry, Mourne and Down"]', '')
    """
    for start in range(index + 1):
        for end in range(max(index + 1, start + 2), len(values) + 1):
            joined = ", ".join(value.strip() for value in values[start:end])
            try:
                found = names.find(joined)
            except InputError:
                found = None
            if found is not None:
                count = {2: "two", 3: "three", 4: "four"}.get(end - start, "several")
                return f'; a name with a comma in it goes in quotes, or YAML reads it as {count}: ["{joined}"]'
    return ""
