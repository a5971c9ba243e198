"""The areas a media list's cell names, for a press office that keeps one list for every campaign.

Each name in a contact's areas is one of four things (:meth:`Places.place`):

1. an area of areas.csv, in any form :class:`~drafter.load.area_names.AreaNames` reads, or as its council
   ("Cumbria County Council", "Cyngor Sir Powys"): the contact gets that area's release, and a parent's gets its
   areas' too;
2. ``all``, or a word for the whole country (``National``, ``UK``, ``Cenedlaethol``): every release;
3. a slip of typing for an area's name (:meth:`Places.slip`): refused, as it would silently keep a release from a
   newsdesk that covers the area;
4. anything else, an area the campaign does not cover (Kent, in a list of every newsdesk in the country): passed
   over, and a contact whose names are all such areas is left out of this campaign, said of in one warning
   (:func:`left_out_warning`).

A slip is told from another area by closeness alone, as drafter knows no areas but areas.csv's: word by word, a
name is a slip of an area's name when each word differs from the area's by at most one slip of the keyboard (a
letter left out or put in, two letters swapped, or one letter but the first typed for a key beside it or one vowel
for another;
capitals, accents, spaces, hyphens, full stops and apostrophes count for nothing). "Chesire", "Cumbira",
"Lancashite" and "NorthWest" are slips; "Cheshire East", "Cheshire West and Chester", "Stafford" (for Trafford),
"Boston" (for Bolton) and "Hertfordshire" (for Herefordshire) are other areas.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from drafter.errors import InputError, name_list
from drafter.load.area_names import AreaNames
from drafter.load.area_scope import without_only
from drafter.load.media_columns import MAX_NAMED, tag_names
from drafter.load.name_forms import name_forms
from drafter.load.slips import slipped
from drafter.model import Area, SourceRef, Warning

# Words for every area: a national newsdesk's, as a national list names it (in lower case).
EVERY_AREA = frozenset({"all", "all areas", "every area", "national", "nationwide", "uk", "uk-wide", "uk wide",
                        "united kingdom", "cenedlaethol", "pob ardal"})
# The words of a council's name around its area's, as a list of local newsdesks often names their patch.
_COUNCIL = re.compile(r"^(?:the\s+)?(?:city\s+and\s+county|county\s+borough|city|county|borough)\s+of\s+"
                      r"|\s+(?:city\s+and\s+county\s+|county\s+borough\s+|county\s+|city\s+|borough\s+)?council$"
                      r"|\s+combined\s+authority$",
                      re.IGNORECASE)
# A Welsh council's: Cyngor Gwynedd, Cyngor Bwrdeistref Sirol Conwy, Cyngor Dinas a Sir Abertawe, Cyngor Sir Powys
# (but Cyngor Sir Ddinbych is Sir Ddinbych's: "Sir" is then part of the area's Welsh name).
_CYNGOR = re.compile(r"^cyngor\s+(?:bwrdeistref\s+sirol\s+|dinas\s+(?:a\s+sir\s+)?)?", re.IGNORECASE)
_SIR = re.compile(r"^sir\s+", re.IGNORECASE)
_CITY_OF = re.compile(r"(?:the\s+)?(city|county)\s+of\s+", re.IGNORECASE)  # "City of Bristol", "County of Durham"
_QUALIFIER = re.compile(r"(?:the\s+)?(?:city|county)\s+of", re.IGNORECASE)  # the end of "London, City of"
# Words many areas' names share, which make no two of them alike: North East is not like North West.
_COMMON = frozenset({"north", "south", "east", "west", "mid", "central", "greater", "great", "city", "county", "of",
                     "and", "the", "upon", "on", "under", "in", "st", "isle", "isles", "vale", "forest", "valley",
                     "borough", "district", "council", "police", "metropolitan", "royal", "new", "upper", "lower",
                     "gogledd", "de", "dwyrain", "gorllewin", "canolbarth", "sir", "dinas", "bro", "a", "ac", "y",
                     "yr", "cyngor", "heddlu", "ynys", "swydd", "fwyaf"})
MIN_SLIP = 4  # a name of fewer letters is never taken for a slip: "Bur" is no area's name mistyped


@dataclass(frozen=True)
class Places:
    """The areas a media list may name, and which of them each area takes in (a parent, its areas)."""

    names: AreaNames
    children: dict[str, tuple[str, ...]]
    slips: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)  # each name's slip, once:
    # a national list names each area on many rows

    @classmethod
    def of(cls, areas: tuple[Area, ...]) -> Places:
        children: dict[str, tuple[str, ...]] = {}
        for area in areas:
            if area.parent:
                children[area.parent] = (*children.get(area.parent, ()), area.name)
        return cls(AreaNames.of(areas), children)

    @property
    def order(self) -> list[str]:
        return list(self.names.rows)

    def find(self, text: str, ref: SourceRef | None = None, field: str = "areas") -> str | None:
        """The area ``text`` names, as areas.csv or its council writes it, or None."""
        return next((found for form in council_free(text) if (found := self.names.find(form, ref, field))), None)

    def known(self, text: str, ref: SourceRef | None = None, field: str = "areas") -> bool:
        """Whether ``text`` names an area (``only`` or not), or every area."""
        return bool(self.covered(text, ref, field))

    def within(self, name: str) -> set[str]:
        """An area and, for a parent, its areas and theirs (areas.csv has no loops: load_areas refuses them)."""
        chosen, todo = set(), [name]
        while todo:
            current = todo.pop()
            chosen.add(current)
            todo.extend(self.children.get(current, ()))
        return chosen

    def covered(self, text: str, ref: SourceRef | None = None, field: str = "areas") -> set[str]:
        """The areas whose releases a name takes in: one area (and its areas; as campaign.yaml's areas: reads it,
        ``North West only`` is that area alone), every one, or none."""
        found = self.find(text, ref, field)
        if found is not None:
            return self.within(found)
        if (bare := without_only(text)) and (alone := self.find(bare, ref, field)) is not None:
            return {alone}
        return set(self.order) if text.strip().casefold() in EVERY_AREA else set()

    @functools.cached_property
    def joined(self) -> dict[str, str]:
        """Each spelling of each area's name after "and" as each language joins it (Welsh "a Phowys", mutated, "ac
        Abertawe"; :meth:`Language.join`), folded, with the area."""
        from drafter.style.house import PRESETS  # as load.dates does; a list of areas joined by "and" is read rarely

        return {style.language.join("", "and", spelling, style).strip().casefold(): area for style in
                PRESETS.values() for spelling, area in self.names.spellings().items()}

    @functools.cached_property
    def _spelt(self) -> tuple[tuple[list[str], str], ...]:
        """Each spelling of each area's name (:meth:`AreaNames.spellings`) as its words, with the area."""
        return tuple((_words(spelling), area) for spelling, area in self.names.spellings().items())

    def slip(self, written: str) -> str | None:
        """The area whose name ``written`` is a slip of typing for (see the module), or None."""
        if written not in self.slips:
            self.slips[written] = self._slip(written)
        return self.slips[written]

    def _slip(self, written: str) -> str | None:
        for form in council_free(written):
            words = _words(form)
            if sum(map(len, words)) < MIN_SLIP:
                continue
            for spelt, area in self._spelt:
                if slipped(words, spelt):
                    return area
        return None

    def like(self, written: str) -> str | None:
        """An area ``written`` is like without being a slip for it: close (``Stafford``, Trafford), or sharing a
        word that few areas' names share (``Cheshire East``, Cheshire; ``Manchester``, Greater Manchester); None
        when it is like none."""
        for form in council_free(written):
            near = self.names.near(form)
            if near is not None:
                return near
            own = set(_words(form)) - _COMMON
            for spelt, area in self._spelt:
                if own & set(spelt):
                    return area
        return None


def council_free(text: str) -> list[str]:
    """``text``, then the area in it when it is a council's name, in English or Welsh. "City of" is taken off a name
    only where the publisher's "London, City of" would name the place without it (:func:`name_forms`): the City of
    London is not London.

    >>> council_free("The County of Cumbria"), council_free("Cyngor Sir Powys"), council_free("City of London")
    (['The County of Cumbria', 'Cumbria'], ['Cyngor Sir Powys', 'Sir Powys', 'Powys'], ['City of London'])
    """
    forms = [text.strip()]
    while (bare := _COUNCIL.sub("", forms[-1]).strip()) and bare != forms[-1]:
        kind = _CITY_OF.match(forms[-1])
        if kind and name_forms(f"{bare}, {kind[1]} of")[2] != name_forms(bare)[2]:
            break
        forms.append(bare)
    welsh = _CYNGOR.sub("", forms[-1]).strip()
    if welsh and welsh != forms[-1]:
        forms.append(welsh)
        if (bare := _SIR.sub("", welsh).strip()) and bare != welsh:
            forms.append(bare)
    return forms


def _words(text: str) -> list[str]:
    """A name's words as letters and digits only (publisher's form: no accents, apostrophes or full stops)."""
    return [word for word in re.sub(r"[^\w ]", " ", name_forms(text)[1]).split() if word]


def covers(cell: str, places: Places, ref: SourceRef, field: str = "areas",
           slips: list[tuple[str, str, str]] | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The areas a cell names (separated by ;, or by / or , where the name is no area but its parts are), in
    areas.csv's order: an area, a parent (itself and all its areas), or every area; and the names of areas the
    campaign does not cover, passed over. A slip for an area's name is refused, or, given ``slips``, added to it
    (:func:`refuse_slip`)."""
    written_names = [name.strip() for name in cell.split(";") if name.strip()]
    if not written_names:
        raise InputError("is empty", source=ref, field=field,
                         expected="area names from areas.csv separated by ;, a parent area, or all")
    chosen: set[str] = set()
    outside: list[str] = []
    for written in (part for name in written_names for part in parts(name, places, ref, field)):
        found = places.covered(written, ref, field)  # "CHESHIRE" is Cheshire, as in figures.csv
        if not found and not refuse_slip(written, places, ref, field, slips):
            outside.append(written)
        chosen |= found
    return tuple(name for name in places.order if name in chosen), tuple(outside)


def refuse_slip(written: str, places: Places, ref: SourceRef, field: str,
                slips: list[tuple[str, str, str]] | None = None) -> bool:
    """Refuse a name that is a slip for an area's (see the module); given ``slips``, add it there instead (its
    column, the name and the area), for ``drafter draft`` to warn of, and say so."""
    slip = places.slip(written)
    if slip is not None and slips is not None:
        slips.append((field, written, slip))
        return True
    if slip is not None:
        raise InputError(f"is not an area in areas.csv but looks like a slip for {slip}, an area of this campaign",
                         source=ref, field=field, value=written,
                         expected=f"the area's name as areas.csv spells it: did you mean {slip!r}?")
    return False


def tagged(cell: str, places: Places, ref: SourceRef, field: str, slips: list[tuple[str, str, str]] | None = None
           ) -> tuple[str, ...]:
    """The areas a cell of labels names (Outlook's Categories, Google's Labels, Mailchimp's TAGS), which may hold
    other labels too ("Media", "VIP"): those are passed over, but a label that looks like a slip of an area's
    name ("Cardif") is refused (or added to ``slips``), so that nobody misses a release for a typing slip."""
    chosen: set[str] = set()
    labels = tag_names(cell)
    if len(labels) == 1 and "," in labels[0]:  # Outlook writes categories as "Media, Cardiff" in some versions
        labels = comma_names(labels[0], places, ref, field)
    for written in (name for label in labels for name in parts(label, places, ref, field)):  # "Cumbria and Lancashire"
        found = places.covered(written, ref, field)
        if not found:
            refuse_slip(written, places, ref, field, slips)
        chosen |= found
    return tuple(name for name in places.order if name in chosen)


def parts(written: str, places: Places, ref: SourceRef | None = None, field: str = "areas") -> list[str]:
    """The names in one name of an areas cell: the name itself, or, when it is no area but a name around a
    ``/``, ``,``, ``|``, ``&`` or ``and`` is one, or a slip for one ("Cumbria / Kent", as a list typed in Excel often
    has them), each of those names; around a space ("Cardiff Swansea", two lines of an Excel cell read as one),
    only when each is an area. Each name so split is split again ("Cheshire, Merseyside and Wirral" is Cheshire,
    Merseyside and Wirral). A name with a ``/`` or ``,`` in it ("Isle of Anglesey / Ynys Môn", "Bristol, City of")
    that is an area stays one name."""
    if places.known(written, ref, field):
        return [written]
    for mark in ("/", ",", "|", "&", " and ", " "):
        pieces = comma_names(written, places, ref, field) if mark == "," else \
            [piece.strip() for piece in written.split(mark) if piece.strip()]
        if len(pieces) > 1 and (all(places.known(p, ref, field) for p in pieces) or (mark != " " and any(
                places.known(p, ref, field) or places.slip(p) is not None for p in pieces))):
            return [name for piece in pieces for name in parts(piece, places, ref, field)]  # "Merseyside and Wirral"
    folded = written.casefold()
    for last, area in places.joined.items():  # Welsh "Ceredigion a Phowys", "Caerdydd ac Abertawe"
        found = parts(head, places, ref, field) if folded.endswith(f" {last}") and (
            head := written[:-len(last)].strip()) else []
        if found and all(places.known(name, ref, field) for name in found):
            return [*found, area]
    return [written]


def comma_names(written: str, places: Places, ref: SourceRef | None = None, field: str = "areas") -> list[str]:
    """The names in ``written`` split at its commas, each run of pieces that is an area's name joined again, the
    longest first, so that a longer name wins over a shorter one in it ("Belfast, Newry, Mourne and Down": Belfast
    and Newry, Mourne and Down; "London, City of" is the City of London, not London); a publisher's "City of" or
    "County of" stays with the name before it, an area or not."""
    pieces: list[str] = []
    for piece in (piece.strip() for piece in written.split(",")):
        if pieces and _QUALIFIER.fullmatch(piece):
            pieces[-1] += f", {piece}"
        elif piece:
            pieces.append(piece)
    names, start = [], 0
    while start < len(pieces):
        end = next((end for end in range(len(pieces), start + 1, -1)
                    if places.known(", ".join(pieces[start:end]), ref, field)), start + 1)
        names.append(", ".join(pieces[start:end]))
        start = end
    return names


@dataclass(frozen=True)
class LeftOut:
    """A contact whose areas are all areas the campaign does not cover, on ``row`` of the list: each of its
    addresses, and the names of those areas as the list writes them."""

    row: int
    outlet: str
    name: str
    emails: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    reason: str = ""  # why else it is sent nothing: "Do Not Contact is marked"


def left_once(left: list[LeftOut], sent: set[str]) -> list[LeftOut]:
    """The contacts left out, less those whose addresses are all sent a release on another row (``sent``, in lower
    case) or left out on an earlier row."""
    seen, once = set(sent), []
    for gone in left:
        addresses = {e.lower() for e in gone.emails}
        if not addresses or not addresses <= seen:
            once.append(gone)
            seen |= addresses
    return once


def left_out_warning(left: list[LeftOut], display: str, places: Places, word: str = "area") -> Warning:
    """One warning for every contact left out: how many, the areas they are for (the first few, and how many
    more), and those areas like one of the campaign's, whose newsdesks may be meant to have its release. ``word``
    is what the list's cells hold: ``area`` in an areas column, ``place`` in a City or County column."""
    unique: dict[str, str] = {}  # each area once, as the list first writes it, in the list's order
    for name in (name for contact in left for name in contact.names):
        unique.setdefault(name.casefold(), name)
    shown = name_list(list(unique.values()), MAX_NAMED, and_word="and")
    many = len(left) > 1
    text = (f"{display}: {len(left):,} contact{'s are' if many else ' is'} for "
            f"{word + 's' if len(unique) > 1 else 'an ' + word if word[0] in 'aeiou' else 'a ' + word} this campaign "
            "does not cover, so "
            f"{'they are' if many else 'it is'} sent nothing: {shown}")
    alike = [(name, area) for name in unique.values() if (area := places.like(name)) is not None]
    if len(alike) == 1:
        (name, area), = alike
        text += (f"; {name} is named like {area}, which this campaign covers: if the newsdesks for {name} should "
                 f"have the {area} release, add {area} to their rows")
    elif alike:
        names = name_list([name for name, _ in alike], MAX_NAMED, and_word="and")
        areas = name_list(list(dict.fromkeys(area for _, area in alike)), MAX_NAMED, and_word="and")
        text += (f"; {names} are named like {areas}, which this campaign covers: "
                 "if their newsdesks should have those releases, add those areas to their rows")
    return Warning("media_left_out", text)
