"""A list of areas as a person writes it, read one way wherever drafter asks for one: campaign.yaml's ``areas:``
(the releases to draft) and ``areas_cy:`` (those in Welsh too), and a quote's ``areas:`` in quotes.yaml (the
releases that may print it). ``North West`` is that area and every area in it (its areas' areas too);
``North West only`` (or ``only North West``) is that area alone; ``North West and its areas`` says the first
meaning in so many words; ``all`` is every area. Areas are named as
:meth:`AreaNames.named` reads them (any capitals, a publisher's form, a code, a file name)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from drafter.errors import InputError
from drafter.load.area_names import NEAR, AreaNames
from drafter.load.name_forms import name_forms
from drafter.model import Area, SourceRef
from drafter.quotes.scope import ONLY

ALL = "all"
WITH_AREAS = "and its areas"  # "North West and its areas": the area and every area in it, said so
EXPECTED = f"an area's name or code from areas.csv (meaning it and every area in it), the name followed by {ONLY} " \
           f"(its own release only), or {ALL}"


@dataclass(frozen=True)
class Named:
    """One item of a list of areas: the area (``all`` for every area), whether it was named ``only``, the words as
    written and where."""

    area: str
    only: bool
    text: str
    ref: SourceRef
    whole: bool = False  # named "… and its areas": every area in it meant, in so many words


def read_names(items: Sequence[tuple[Any, SourceRef]], area_names: AreaNames, key: str,
               unknown: Callable[[str, SourceRef], None] | None = None) -> list[Named]:
    """Each item of a list of areas (``items``, as :meth:`Mapping.sequence` gives them, under ``key``). A name that
    is not in areas.csv is refused, saying why where it can (a slip, ``Chesire``: "did you mean"; two names in one
    place; a name with a comma that YAML split); one unlike any area is given to ``unknown`` where there is one
    (quotes.yaml keeps a quote for areas since gone, and leaves them out), and else refused too."""
    found: list[Named] = []
    for index, (value, ref) in enumerate(items):
        text = " ".join(str("" if value is None else value).split())
        field = ref.key or key
        if not text:
            raise InputError("is empty", source=ref, field=ref.key, expected=EXPECTED)
        if text.casefold() == ALL:
            found.append(Named(ALL, False, text, ref))
        elif (name := _named(text, ref, field, area_names, [str(value) for value, _ in items], index)) is not None:
            found.append(Named(name, False, text, ref))
        elif (bare := without_only(text)) and (name := area_names.named(bare, ref, field)) is not None:
            found.append(Named(name, True, text, ref))
        elif (bare := with_its_areas(text)) and (name := area_names.named(bare, ref, field)) is not None:
            found.append(Named(name, False, text, ref, whole=True))
        elif hint := comma_split([str(value) for value, _ in items], index, area_names):
            raise InputError("is not an area in areas.csv", source=ref, field=ref.key, value=text,
                             expected="an area's name from areas.csv" + hint)
        else:
            _unknown_area(text, ref, area_names, key)
            if unknown is None:
                raise InputError("is not an area in areas.csv", source=ref, field=ref.key, value=text,
                                 expected=EXPECTED)
            unknown(text, ref)
    return found


def taken_in(named: Sequence[Named], areas: Sequence[Area]) -> tuple[str, ...]:
    """The areas a list takes in, each once, in the list's order: a named area then every area in it (in
    areas.csv's order), an area named ``only`` alone, ``all`` every area."""
    children = children_of(areas)
    out: dict[str, None] = {}
    for item in named:
        if item.area == ALL:
            out.update(dict.fromkeys(a.name for a in areas))
            continue
        out[item.area] = None
        if not item.only:
            out.update(dict.fromkeys(within(item.area, children)))
    return tuple(out)


def children_of(areas: Sequence[Area]) -> dict[str, list[str]]:
    """Each parent's own areas, in areas.csv's order."""
    children: dict[str, list[str]] = {}
    for area in areas:
        if area.parent is not None:
            children.setdefault(area.parent, []).append(area.name)
    return children


def within(name: str, children: dict[str, list[str]]) -> list[str]:
    """Every area in ``name`` (its areas' areas too), in areas.csv's order under each parent."""
    found: list[str] = []
    stack = list(reversed(children.get(name, [])))
    while stack:
        child = stack.pop()
        if child in found or child == name:  # areas.csv refuses a loop of parents; never walk one
            continue
        found.append(child)
        stack.extend(reversed(children.get(child, [])))
    return found


def with_its_areas(text: str) -> str:
    """"North West" from "North West and its areas" (any capitals); "" when it does not say so."""
    words = text.split()
    if len(words) > 3 and [word.casefold() for word in words[-3:]] == WITH_AREAS.split():
        return " ".join(words[:-3])
    return ""


def without_only(text: str) -> str:
    """"North West" from "North West only" or "only North West" (any capitals), and as each language says only
    (Welsh "Cymru yn unig"); "" when it does not say only.

    >>> [without_only(text) for text in ("North West only", "only Cumbria", "Cymru yn unig", "Wales")]
    ['North West', 'Cumbria', 'Cymru', '']
    """
    from drafter.style.lang import languages  # as load.areas does: read when a list is

    words, folded = text.split(), tuple(text.casefold().split())
    for only in dict.fromkeys(tuple(word.split()) for language in languages().values() for word in language.only_words):
        if len(words) > len(only) and folded[-len(only):] == only:
            return " ".join(words[:-len(only)])
        if len(words) > len(only) and folded[:len(only)] == only:
            return " ".join(words[len(only):])
    return ""


_SCOPE_WORDS = frozenset({"and", "own", "release", "releases", "all", "every", "area", "areas", "itself", "alone",
                          "just", "not", "with", "including", "plus", "excluding", "except", "in", "of", "whole"})


def _unknown_area(text: str, ref: SourceRef, area_names: AreaNames, key: str) -> None:
    """Refuse a name that says an area in other words or misspells one; return for one unlike any area."""
    folded = name_forms(text)[0]
    if folded.split()[:1] == [ALL] or folded in ("everywhere", "every area", "every release"):
        raise InputError("is not an area in areas.csv", source=ref, field=ref.key, value=text,
                         expected=f"{ALL}, alone, for every area's release")
    parts = [part for part in re.split(r",|;|\band\b|&", text) if part.strip()]
    if len(parts) > 1 and all(area_names.named(without_only(part) or part.strip(), ref, ref.key or "areas")
                              for part in parts):
        raise InputError("is not an area in areas.csv", source=ref, field=ref.key, value=text,
                         expected=f"a list with one area in each place: {key}: [" +
                         ", ".join(part.strip() for part in parts) + "]")
    written = area_names.spellings()
    start = next((name for said in dict.fromkeys(name_forms(text)[:2])  # as typed, and as a publisher writes it
                  for form, name in sorted(written.items(), key=lambda item: -len(item[0]))
                  if said.startswith(form) and _says_scope(said[len(form):])), None)
    if start is not None:  # "North West and every area in it", "North West's own release"
        raise InputError("is not an area in areas.csv", source=ref, field=ref.key, value=text,
                         expected=f"{start} for it and every area in it, or {start} {ONLY} for its own release only")
    bare = without_only(text)
    near = next((found for form in dict.fromkeys(name_forms(bare or text))  # "Brist0l, City of": "bristol"; never
                 # a place only alike ("the Valleys" is not Wales)
                 if (found := difflib.get_close_matches(form, list(written), n=1, cutoff=NEAR))), None)
    if near:
        suffix = f" {ONLY}" if bare else ""
        raise InputError("is not an area in areas.csv", source=ref, field=ref.key, value=text,
                         expected=f"{EXPECTED}; did you mean {written[near[0]] + suffix!r}?")


def _named(text: str, ref: SourceRef, field: str, area_names: AreaNames, values: list[str], index: int
           ) -> str | None:
    """The area ``text`` names; a name two areas answer to (``Clay County`` of ``[Clay County, Missouri]``, which
    YAML splits in two) is refused, saying where a comma split it."""
    try:
        return area_names.named(text, ref, field)
    except InputError as two:
        if hint := comma_split(values, index, area_names):
            raise InputError(two.problem, source=two.source, field=two.field, value=two.value,
                             expected=f"{two.expected}{hint}") from None
        raise


def _says_scope(rest: str) -> bool:
    """Whether the words after an area's name say which releases ("and every area in it", "'s own release",
    "(region only)"), rather than name another area ("East" in "Cheshire East")."""
    words = rest.replace("’", "'").replace("'s", " ").replace("(", " ").replace(")", " ").replace(",", " ").split()
    return bool(words) and (rest[:1] in "'’(," or any(word in _SCOPE_WORDS for word in words))


def comma_split(values: list[str], index: int, names: AreaNames) -> str:
    """Why ``values[index]``, a name that is no area, may be part of one: YAML's ``[Belfast, Newry, Mourne and
    Down]`` is four names, as a comma ends each, and ``Newry, Mourne and Down`` is one area. "" if it is not.

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
