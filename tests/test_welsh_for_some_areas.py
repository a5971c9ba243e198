"""``areas_cy: [Wales]``: a campaign across England and Wales publishes its releases in Welsh for the Welsh areas
only, each English release of those areas saying the Welsh exists, and no other."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError, UsageError

PER_HEAD = Path(__file__).parents[1] / "templates" / "per-head" / "example"


@pytest.fixture
def points(tmp_path: Path) -> Path:
    target = tmp_path / "points"
    shutil.copytree(PER_HEAD, target)
    return target


def set_languages(campaign: Path, lines: str) -> None:
    yaml = campaign / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("# languages: [en_GB, cy_GB]", lines), encoding="utf-8")


def test_welsh_releases_for_the_areas_named_only(points: Path) -> None:
    set_languages(points, "languages: [en_GB, cy_GB]\nareas_cy: [Cardiff]")
    out = points / "out"
    result = api.draft(points, out, formats=["md"])
    assert [(s.area, s.language) for s in result.releases if s.language == "cy_GB"] == [("Cardiff", "cy_GB")]
    assert len(result.releases) == 7  # Wales and its five areas in English, Cardiff in Welsh too
    assert "This press release is also available in Welsh." in (out / "cardiff.en.md").read_text(encoding="utf-8")
    assert "available in Welsh" not in (out / "swansea.en.md").read_text(encoding="utf-8")
    assert not (out / "swansea.cy.md").exists()


def test_areas_in_a_language_the_campaign_is_not_published_in_are_refused(points: Path) -> None:
    set_languages(points, "areas_cy: [Wales]")
    with pytest.raises(InputError) as caught:
        api.preview(points, "Cardiff")
    assert str(caught.value) == (
        'campaign.yaml:12: areas_cy: "Wales" names the areas of releases in a language the campaign is not published'
        " in (expected languages: in campaign.yaml with a locale of that language (now only en_GB))")


def test_an_area_with_no_welsh_release_asked_for_in_welsh_says_so(points: Path) -> None:
    """preview --locale cy_GB of an area areas_cy leaves in English only was a traceback (no release to show), and
    draft --locale cy_GB wrote none, saying '0 releases'."""
    set_languages(points, "languages: [en_GB, cy_GB]\nareas_cy: [Cardiff]")
    with pytest.raises(UsageError) as caught:
        api.preview(points, "Swansea", locale="cy_GB")
    assert str(caught.value) == (
        '--area: "Swansea" has no release in Welsh (expected an area areas_cy in campaign.yaml publishes in Welsh '
        "too; leave out --locale cy_GB for its release in English, or add the area to areas_cy)")
    assert "Caerdydd" in api.preview(points, "Cardiff", locale="cy_GB")[0]


def test_a_newsdesk_asking_for_welsh_of_an_area_in_english_only_is_told_to_add_it_to_areas_cy(points: Path) -> None:
    """The note told them to draft with --locale cy_GB, which drafts no Welsh release of an area areas_cy leaves out;
    and it named the language 'Cymraeg' in a message in English."""
    from drafter.batch import prepare_languages
    from drafter.load.media import MediaContact
    from drafter.model import SourceRef
    from drafter.send.languages import undrafted_notes

    set_languages(points, "languages: [en_GB, cy_GB]\nareas_cy: [Cardiff]")
    batches = prepare_languages(points)
    golwg = MediaContact("Golwg", "", "golwg@example.cymru", ("Swansea",), ("cy",), "docx",
                         SourceRef("media.csv", row=2))
    notes = undrafted_notes([golwg], "media.csv", batches, ["Swansea"], points, points / "out")
    assert [n.message for n in notes] == [
        "media.csv, row 2: golwg@example.cymru asks for releases in Welsh (cy), but the Swansea release was not "
        "drafted in Welsh, so it is not sent to them in Welsh; to send it, add it to areas_cy in campaign.yaml and "
        "draft again, or write en in the row's language column"]
