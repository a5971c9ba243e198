"""`drafter check` on a place name drafter printed, shortened in the edit: "the north" for "the north west",
"Manchester" for "Greater Manchester" may be a wider or a different place, and drafter cannot tell, so it is to
check by hand (not a finding); "Greater Manchester" for "Greater Manchester Police" still names the area, and is
left alone, as is a name areas.csv gives the area in any column.

The rule is tested on the drafted release's paragraphs first; then one Word release edited and checked.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from drafter import api
from drafter.batch import prepare
from drafter.reports.check_align import align
from drafter.reports.check_drafted import Drafted
from drafter.reports.check_facts import Universe
from drafter.reports.check_swaps import renamed_areas, shortened
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import tokens
from tests.conftest import EXAMPLE

AREA = "Greater Manchester"


@pytest.fixture(scope="module")
def drafted() -> dict[str, Drafted]:
    """Greater Manchester's release as drafted today, in English and Welsh, read as the check reads it."""
    found = {}
    for locale in ("en_GB", "cy_GB"):
        batch = prepare(EXAMPLE, [AREA], locale=locale)
        release = batch.renderer.render(batch.campaign, batch.campaign.area(AREA), batch.style, drafts=batch.drafts)
        assert not isinstance(release, str)
        found[locale] = Drafted(Universe(batch), vocabulary(batch.style), release, [])
    return found


def held_names(finder: Callable[..., list[tuple[str, str, str]]], release: Drafted, old: str,
               new: str) -> list[tuple[str, str]]:
    """What ``finder`` holds of the first paragraph of ``release`` with ``old`` typed over as ``new``: each
    (name now, name drafter printed)."""
    text = next(t for t in release.texts if old in t).replace(old, new, 1)
    toks = tokens(text)
    norms = [t.norm for t in toks]
    return [(now, was) for now, was, _ in finder(release, align(release.norms, [norms]), 0, text, toks, norms)]


@pytest.mark.parametrize(("locale", "old", "new", "held"), [
    ("en_GB", "people from Greater Manchester contacted", "people from Manchester contacted",
     [("Manchester", "Greater Manchester")]),
    ("en_GB", "Across the north west as", "Across the north as", [("the north", "the north west")]),
    ("en_GB", "Across the north west as", "Across the west as", [("the west", "the north west")]),
    ("en_GB", "including Greater Manchester Police", "including Manchester Police",
     [("Manchester Police", "Greater Manchester Police")]),
    ("en_GB", "including Greater Manchester Police", "including Greater Manchester", []),  # still the area
    ("en_GB", "including Greater Manchester Police", "including Police", []),  # a body, not a place
    ("en_GB", "Across the north west as", "Across north west as", []),  # a name of it, as areas.csv gives it
    ("en_GB", "Across the north west as", "Across the north east as", []),  # renamed: a finding of its own
    ("en_GB", "Across the north west as", "Across the region as", []),  # general words: read as the region
    ("cy_GB", "Yng ngogledd-orllewin Lloegr", "Yng ngogledd Lloegr",
     [("Yng ngogledd Lloegr", "Yng ngogledd-orllewin Lloegr")]),
    ("cy_GB", "o Fanceinion Fwyaf", "o Fanceinion", [("o Fanceinion", "o Fanceinion Fwyaf")]),
])
def test_a_shortened_name_is_held_unless_it_still_names_the_area(drafted: dict[str, Drafted], locale: str,
                                                                 old: str, new: str,
                                                                 held: list[tuple[str, str]]) -> None:
    assert held_names(shortened, drafted[locale], old, new) == held


@pytest.mark.parametrize(("locale", "old", "new", "held"), [
    ("en_GB", "people from Greater Manchester contacted", "people from the UK contacted",
     [("the UK", "Greater Manchester")]),
    ("en_GB", "people from Greater Manchester contacted", "people from the United Kingdom contacted",
     [("the United Kingdom", "Greater Manchester")]),
    ("en_GB", "Across the north west as", "Across the region as", []),  # general words: read as the region
    ("en_GB", "Across the north west as", "Across the wider north west region as", []),
])
def test_a_name_drafter_printed_replaced_by_a_country_is_a_finding(drafted: dict[str, Drafted], locale: str,
                                                                   old: str, new: str,
                                                                   held: list[tuple[str, str]]) -> None:
    """"… 620 people from the UK contacted …": Greater Manchester's figures said of the UK."""
    assert held_names(renamed_areas, drafted[locale], old, new) == held


def test_a_shortened_name_in_a_word_release_is_to_check_by_hand(example_draft: Path, tmp_path: Path) -> None:
    """"Manchester" typed over "Greater Manchester" in the Word release is listed to check by hand, with what
    to do where it is the same place; the file has no finding, so the command exits 0."""
    path = tmp_path / "greater-manchester.docx"
    shutil.copyfile(example_draft / "greater-manchester.docx", path)
    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if "620\u00a0people from Greater Manchester" in p.text)
    run = next(r for r in paragraph.runs if "Greater Manchester" in r.text)
    run.text = run.text.replace("Greater Manchester", "Manchester", 1)
    document.save(str(path))
    result = api.check(EXAMPLE, [path])
    assert result.findings == ()
    assert [f.message for f in result.by_hand] == [
        "'Manchester' where drafter wrote 'Greater Manchester': a shorter name, which may be a different or wider "
        "place than Greater Manchester (where it is the same place, add it to Greater Manchester's row in "
        "areas.csv, in a column of its own)"]
