"""How an area's name is written: the forms :class:`~drafter.load.area_names.AreaNames` compares a name in
(whatever its capitals, accents and apostrophes; as a publisher writes it; without a qualifier that names no
other place), and how a name as ONS writes it reads mid-sentence (areas.csv's ``in_text`` by default)."""

from __future__ import annotations

import functools
import re
import unicodedata

from drafter.load.columns import note_free

_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bc\u00b4`", "'"))
_DASHES = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014]\s*")
_QUALIFIED = re.compile(r"(.+), (city|county) of")  # the publisher's "Bristol, City of"
# Gwent Police, Avon and Somerset Constabulary; an NHS body by its place: NHS Greater Manchester Integrated Care
# Board (or ICB), Powys Teaching Health Board, Cwm Taf Morgannwg University Health Board
_FORCE = re.compile(r"(.+) (police( service)?|constabulary)|(?:nhs )?(.+?) (integrated care board|icb|"
                    r"(teaching |university )?health board)")
_MET = re.compile(r"\bmet\b")  # "Met Police": the Metropolitan Police, as it calls itself
_NOT_THE_PLACE = frozenset({"london"})  # "London, City of" is the City of London, not London


@functools.lru_cache(maxsize=1 << 16)
def name_forms(text: str) -> tuple[str, str, str]:
    """The forms 2, 3 and 4 of a name (see :mod:`drafter.load.area_names`), each compared with the same form of
    areas.csv's names. Worked out once a process for each name: every file of a campaign names the same areas.

    >>> name_forms("Bristol,  City of"), name_forms("The Vale of Glamorgan")[1], name_forms("Devon & Cornwall")[1]
    (('bristol, city of', 'city of bristol', 'bristol'), 'vale of glamorgan', 'devon and cornwall')
    >>> name_forms("Dyfed-Powys")[1], name_forms("King’s Lynn")[0], name_forms("London, City of")[2]
    ('dyfed powys', "king's lynn", 'city of london')
    >>> name_forms("Metropolitan Police")[2], name_forms("City of London")[2], name_forms("St. Helens")[1]
    ('metropolitan', 'city of london', 'st helens')
    >>> name_forms("Met Police")[2], name_forms("Met Office")[2], name_forms("Avon and Somerset Constabulary")[2]
    ('metropolitan', 'met office', 'avon and somerset')
    >>> name_forms("NHS Greater Manchester Integrated Care Board")[2], name_forms("NHS Cheshire and Merseyside ICB")[2]
    ('greater manchester', 'cheshire and merseyside')
    >>> name_forms("Powys Teaching Health Board")[2], name_forms("Cwm Taf Morgannwg University Health Board")[2]
    ('powys', 'cwm taf morgannwg')
    >>> name_forms("Ynys Môn")[1], name_forms("King's Lynn")[1]  # as an ASCII file or a hurried hand writes them
    ('ynys mon', 'kings lynn')
    >>> name_forms("Armagh City, Banbridge and Craigavon")[1] == name_forms("Armagh City Banbridge & Craigavon")[1]
    True
    """
    typed = unicodedata.normalize("NFC", note_free(text)).translate(_APOSTROPHES).casefold()  # "Powys [note 3]"
    plain = "".join(c for c in unicodedata.normalize("NFD", typed) if not unicodedata.combining(c)).replace("'", "")
    official = " ".join(_DASHES.sub(" ", plain).replace("&", " and ").replace(".", " ").split()).removeprefix("the ")
    official = _MET.sub("metropolitan", official) if official.endswith(("police", "police service")) else official
    bare = official
    qualified = _QUALIFIED.fullmatch(official)
    if qualified:
        official = f"{qualified[2]} of {qualified[1]}"
        bare = qualified[1] if qualified[1] not in _NOT_THE_PLACE else official
    official, bare = (" ".join(form.replace(",", " ").split()) for form in (official, bare))  # Armagh City, Banbridge
    force = _FORCE.fullmatch(bare)
    return typed, official, (force[1] or force[4]) if force else bare


# ONS's English regions that read with "the" mid-sentence ("in the North East"); London and Wales read bare.
_REGIONS_WITH_THE = frozenset({"north east", "north west", "east midlands", "west midlands", "east of england",
                               "south east", "south west"})
_THE_PLACE = re.compile(r"(isles?|vale|forest|city) of .+", re.IGNORECASE)  # the Isle of Wight, the Vale of Glamorgan


def reading_name(name: str) -> str:
    """How an area written as ONS writes it reads mid-sentence, the default of areas.csv's ``in_text``.

    >>> reading_name("Bristol, City of"), reading_name("Herefordshire, County of"), reading_name("London, City of")
    ('Bristol', 'Herefordshire', 'the City of London')
    >>> reading_name("North East"), reading_name("Yorkshire and The Humber"), reading_name("London")
    ('the North East', 'Yorkshire and the Humber', 'London')
    >>> reading_name("Bournemouth, Christchurch and Poole"), reading_name("East of England")
    ('Bournemouth, Christchurch and Poole', 'the East of England')
    >>> reading_name("City of London"), reading_name("Isles of Scilly"), reading_name("Vale of Glamorgan")
    ('the City of London', 'the Isles of Scilly', 'the Vale of Glamorgan')
    """
    qualified = re.fullmatch(r"(.+?),\s*(City|County) of", name.strip(), re.IGNORECASE)
    if qualified:
        place = qualified[1].strip()
        return f"the City of {place}" if place.casefold() in _NOT_THE_PLACE else place
    if name.strip().casefold() in _REGIONS_WITH_THE or _THE_PLACE.fullmatch(name.strip()):
        return "the " + name.strip()
    return name.replace("Yorkshire and The Humber", "Yorkshire and the Humber")
