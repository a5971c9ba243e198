"""A media list's area names where one area's name is inside another's: the longer name wins, however the list
writes it (Outlook's and Exchange's categories joined by commas, a publisher's "X, City of", a council's "City of
X"), and "City of" is taken off a name only where that names the same place (the City of London is not London)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.load.media import load_media
from drafter.load.media_areas import covers, tagged
from drafter.model import Area, SourceRef, Warning

REF = SourceRef("media.csv", row=2)


def places(*names: str) -> tuple[Area, ...]:
    """England, and each name an area of it."""
    return tuple(Area(name, name.lower().replace(" ", "-").replace(",", ""), None if index == 0 else "England", name,
                      (), SourceRef("areas.csv", row=index + 2)) for index, name in enumerate(("England", *names)))


@pytest.mark.parametrize(("areas", "cell", "covered"), [
    # both names areas of areas.csv: the longer wins, as the list writes it
    (("London", "London, City of"), "Media, London, City of", ("London, City of",)),
    (("London", "London, City of"), "City of London", ("London, City of",)),
    (("Bristol", "City of Bristol"), "Media, Bristol, City of", ("City of Bristol",)),
    (("Bristol", "City of Bristol"), "Bristol, City of", ("City of Bristol",)),
    (("Hull", "Kingston upon Hull, City of"), "Kingston upon Hull, City of, Media", ("Kingston upon Hull, City of",)),
    (("Hull", "Kingston upon Hull, City of"), "Hull, Media", ("Hull",)),
    (("Cheshire", "Cheshire East"), "Media, Cheshire East", ("Cheshire East",)),
    (("Newry", "Newry, Mourne and Down"), "Belfast, Newry, Mourne and Down", ("Newry, Mourne and Down",)),
    # only the shorter an area: "City of" comes off where it names the same place, not the City of London
    (("London",), "City of London", ()),
    (("London",), "Media, London, City of", ()),
    (("Bristol",), "City of Bristol", ("Bristol",)),
    (("Bristol",), "Media, Bristol, City of", ("Bristol",)),
    (("Bristol",), "Bristol City Council", ("Bristol",)),
])
def test_a_longer_area_name_wins_over_a_shorter_one_inside_it(areas: tuple[str, ...], cell: str,
                                                              covered: tuple[str, ...]) -> None:
    from drafter.load.media_areas import Places

    known = Places.of(places(*areas))
    assert tagged(cell, known, REF, "Categories") == covered  # Outlook's categories, "Media" among them
    assert covers(cell.replace(", Media", "").replace("Media, ", ""), known, REF)[0] == covered  # an areas column


def test_an_outlook_export_tagging_the_city_of_london_sends_it_the_city_of_londons_release_only(
        tmp_path: Path) -> None:
    path = tmp_path / "media.csv"
    path.write_text('"First Name","Last Name","Company","E-mail Address","Categories"\r\n'
                    '"Ann","Lee","City AM","ann@city.example.org","Media, London, City of"\r\n'
                    '"Raj","Shah","Standard","raj@standard.example.org","Media, London"\r\n', encoding="utf-8")
    notices: list[Warning] = []
    found = load_media(path, "media.csv", places("London", "London, City of"), notices)
    assert [(c.email, c.covers) for c in found] == [("ann@city.example.org", ("London, City of",)),
                                                    ("raj@standard.example.org", ("London",))]
    assert notices == []
