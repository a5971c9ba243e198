"""Disclosure control: with ``disclosure_threshold``, a count from one to below the threshold is printed as "fewer
than five" and appears in no file drafter writes (nor a percentage, fact or subtraction that would give it away),
in English and Welsh; a release that would let a reader work it out by subtraction is refused."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import api
from drafter.compute import disclosure
from drafter.errors import TemplateError
from drafter.load.campaign import load_campaign
from drafter.writers.docx_read import read_docx
from tests.conftest import ROOT, edit


def _suppress_cumbria(campaign: Path) -> None:
    """Cumbria's 'before' count becomes 3 (the north west total still adds up) and counts below 5 are suppressed."""
    edit(campaign / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,3,171")
    edit(campaign / "figures.csv", '"1,747","3,549"', '"1,660","3,549"')
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 5")


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=2, max_value=20))
def test_only_counts_from_one_to_below_the_threshold_are_suppressed(amount: int, threshold: int) -> None:
    assert disclosure.is_suppressed(Decimal(amount), threshold) == (0 < amount < threshold)
    assert not disclosure.is_suppressed(Decimal(amount), None)


def test_disclosure_arithmetic_finds_the_one_area_a_subtraction_reveals() -> None:
    kids = {"NW": ["A", "B", "C"]}
    everything = {(a, "m", "p") for a in ("NW", "A", "B", "C")}
    leak = disclosure.recoverable(everything, {("C", "m", "p")}, kids, ["m"], ["p"])
    assert leak == disclosure.Leak("C", "NW", "m", "p", ("A", "B"))
    assert disclosure.recoverable(everything, {("C", "m", "p"), ("B", "m", "p")}, kids, ["m"], ["p"]) is None
    assert disclosure.recoverable(everything - {("NW", "m", "p")}, {("C", "m", "p")}, kids, ["m"], ["p"]) is None


def test_a_count_below_the_disclosure_threshold_is_never_printed(example: Path, tmp_path: Path) -> None:
    _suppress_cumbria(example)
    text, release = api.preview(example, "Cumbria")
    assert "fewer than five" in text and " 3 " not in text and "three" not in text
    assert "per cent" not in text.split("north west")[0]  # no percentage from a suppressed count
    assert all(f.value != 3 for f in release.facts)
    with pytest.raises(TemplateError) as caught:
        api.draft(example, tmp_path / "out")
    assert caught.value.line() == (
        "template: area 'North West': the release gives North West's contacts for period 'before' (July to December "
        "2017) and every area in it but Cumbria, whose count is suppressed: it could be worked out by subtraction "
        "(expected a release that cannot give it away: a second area's count marked not available, as publishers do: "
        "[x] for Cheshire's 150 in figures.csv, row 3, column before; or disclosure_threshold in campaign.yaml raised "
        "to 151, which suppresses it too; or North West's release left out of this draft (the other areas listed under "
        "areas: in campaign.yaml))")
    assert not (tmp_path / "out").exists()



def test_an_unchanged_count_in_a_list_gives_both_periods_so_a_subtraction_it_allows_is_refused(tmp_path: Path,
                                                                                                 food: Path) -> None:
    """count-change's Wales lists "Ceredigion: unchanged at 640", which says its earlier count too: with every other
    area's and Wales' total, Powys' suppressed 12 is the difference, and the release is refused (once, the
    unchanged count was recorded for one period only and the release went out)."""
    campaign = food
    edit(campaign / "figures.csv", "Ynys Môn,parcels,0,140", "Ynys Môn,parcels,30,140")  # 0 is never suppressed
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 20")
    with pytest.raises(TemplateError) as caught:
        api.draft(campaign, tmp_path / "out", formats=["md"])
    assert caught.value.line().startswith("template: area 'Wales': the release gives Wales' parcels for period "
                                          "'last_year' (April to September 2023) and every area in it but Powys, whose "
                                          "count is suppressed: ")
    assert not (tmp_path / "out").exists()


def test_a_count_the_same_in_both_periods_is_known_in_both_wherever_the_release_prints_one(tmp_path: Path,
                                                                                             food: Path) -> None:
    """Ynys Môn's "no parcels in either period" prints this year's count only, and says last year's: with Wales'
    total and the other areas', Powys' suppressed 12 is the difference, and the release is refused."""
    campaign = food
    edit(campaign / "figures.csv", "Ynys Môn,parcels,0,140", "Ynys Môn,parcels,0,0")
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 20")
    with pytest.raises(TemplateError, match="every area in it but Powys, whose count is suppressed"):
        api.draft(campaign, tmp_path / "out", formats=["md"])
    loaded = load_campaign(campaign)
    assert disclosure.unchanged(loaded, {("Ynys Môn", "parcels", "this_year"), ("Cardiff", "parcels", "this_year")},
                                ["last_year", "this_year"]) == {("Ynys Môn", "parcels", "last_year")}


def test_a_suppressed_count_is_in_no_file_drafter_writes(example: Path, tmp_path: Path) -> None:
    _suppress_cumbria(example)
    out = tmp_path / "out"
    api.draft(example, out, areas=["Cumbria", "Cheshire"])
    cumbria = (out / "cumbria.md").read_text(encoding="utf-8")
    assert "has risen from fewer than five to 171." in cumbria and "that figure rose to 171." in cumbria
    assert "Between July and December 2017, fewer than five people from Cumbria" in cumbria
    for path in out.rglob("*"):
        if path.suffix in (".md", ".csv"):
            text = path.read_text(encoding="utf-8")
        elif path.suffix == ".docx":
            text = "\n".join(t for _, t in read_docx(path).paragraphs)
        else:
            continue
        text = re.sub(r"row \d+", "row", text)  # cell references in fact sheets are not counts
        assert not re.search(r"(?<![\d,.:])3(?![\d,.:])", text), path.name
        assert "three" not in text.lower() and "1,657" not in text  # nor the parent minus the rest


def test_a_suppressed_count_in_welsh(example: Path) -> None:
    _suppress_cumbria(example)
    text = api.preview(example, "Cumbria", locale="cy_GB")[0]
    assert "cysylltodd llai na 5 o bobl o Gumbria" in text
    assert "wedi cynyddu o lai na 5 i 171." in text and "roedd y ffigur hwnnw wedi cynyddu i 171." in text


def test_releases_that_give_a_count_away_between_them_are_refused_before_anything_is_written(
        example: Path, tmp_path: Path) -> None:
    """Each area's release prints its own count and the north west's: no one release gives Cumbria's 3 away,
    but the five published together do (1,660 less the other four areas' counts)."""
    _suppress_cumbria(example)
    areas = ["Cheshire", "Cumbria", "Greater Manchester", "Lancashire", "Merseyside"]
    with pytest.raises(TemplateError) as caught:
        api.draft(example, tmp_path / "out", areas=areas)
    assert caught.value.line() == (
        "template: the releases of this batch (cheshire, greater-manchester, lancashire, merseyside) between them give "
        "North West's contacts for period 'before' (July to December 2017) and every area in it but Cumbria, whose "
        "count is suppressed: published together, they let it be worked out by subtraction (expected releases that "
        "cannot give it away together: a second area's count marked not available, as publishers do: [x] for "
        "Cheshire's 150 in figures.csv, row 3, column before; or disclosure_threshold in campaign.yaml raised to 151, "
        "which suppresses it too)")
    assert not (tmp_path / "out").exists()
    edit(example / "campaign.yaml", "disclosure_threshold: 5", "disclosure_threshold: 151")  # as the refusal says
    api.draft(example, tmp_path / "out", areas=areas, formats=["md"])
    api.draft(example, tmp_path / "out", areas=areas[:4])  # Merseyside's own count withheld: nothing to subtract


def test_a_preview_says_what_draft_refuses_across_the_batch(example: Path) -> None:
    """Cheshire's release alone gives nothing away, and its preview was silent while ``drafter draft`` refused the
    batch: the preview runs draft's own checks over the releases published together and warns with their words."""
    _suppress_cumbria(example)
    text, release = api.preview(example, "Cheshire")
    assert text.startswith("EMBARGOED UNTIL")  # the release asked for is shown all the same
    refuses = "drafter draft will refuse this campaign's releases as they stand: "
    assert [(w.code, w.message) for w in release.warnings if w.message.startswith(refuses)] == [
        ("batch_refused", refuses + "template: area 'North West': the release gives North West's contacts for period "
                                    "'before' (July to December 2017) and"
         " every area in it but Cumbria, whose count is suppressed: it could be worked out by subtraction (expected a "
         "release that cannot give it away: a second area's count marked not available, as publishers do: [x] for "
         "Cheshire's 150 in figures.csv, row 3, column before; or disclosure_threshold in campaign.yaml raised to 151, "
         "which suppresses it too; or North West's release left out of this draft (the other areas listed under areas: "
         "in campaign.yaml))"),
        ("batch_disclosure", refuses + "the releases of this batch (cheshire, greater-manchester, lancashire, "
         "merseyside) between them give North West's contacts for period 'before' (July to December 2017) and every "
         "area in it but Cumbria, whose count is suppressed: published together, they let it be worked out by "
         "subtraction; to draft them, releases that cannot give it away together: a second area's count marked not "
         "available, as publishers do: [x] for Cheshire's 150 in figures.csv, row 3, column before; or "
         "disclosure_threshold in campaign.yaml raised to 151, which suppresses it too")]
    edit(example / "campaign.yaml", "disclosure_threshold: 5", "disclosure_threshold: 151")  # as the warning says
    assert not [w for w in api.preview(example, "Cheshire")[1].warnings if w.message.startswith(refuses)]
    assert not disclosure.may_give_away(load_campaign(ROOT / "templates" / "helpline-rise" / "example"))


def test_a_figure_suppressed_in_both_periods_is_said_once_per_period(example: Path) -> None:
    """Cumbria 3 → 4: the second period's sentence says the figure was also fewer than five, not "fewer than five
    in both periods" straight after the first period's "fewer than five"."""
    _suppress_cumbria(example)
    edit(example / "figures.csv", "Cumbria,contacts,3,171", "Cumbria,contacts,3,4")
    edit(example / "figures.csv", '"1,660","3,549"', '"1,660","3,382"')
    english = api.preview(example, "Cumbria")[0]
    assert "Between January and June 2018, that figure was also fewer than five." in english
    assert "Between July and December 2017, fewer than five people from Cumbria" in english
    welsh = api.preview(example, "Cumbria", locale="cy_GB")[0]
    assert "Rhwng Ionawr a Mehefin 2018, roedd y ffigur hwnnw hefyd yn llai na 5." in welsh
    assert english.count("in both periods") == welsh.count("yn y ddau gyfnod") == 2  # headline and first line


def test_a_rate_the_publisher_withheld_is_no_sum_and_is_not_warned_of(tmp_path: Path) -> None:
    """A district's recycling rate marked [x], beside the county's rate and every other district's: a rate is no
    sum of its areas', so nothing can be worked out by subtraction, and no warning says it can."""
    campaign = tmp_path / "buses"
    shutil.copytree(ROOT / "templates" / "rate-change" / "example", campaign)
    edit(campaign / "figures.csv", "Swansea,electric,12.0,10.5", "Swansea,electric,[x],10.5")
    result = api.draft(campaign, tmp_path / "out", formats=["md"], areas=["Wales"])
    assert [w.code for w in result.warnings if w.code == "withheld_given_away"] == []
    assert "- Swansea: 10.5 per cent (not available between April 2022 and March 2023)\n" in \
        (tmp_path / "out" / "wales.md").read_text(encoding="utf-8")


def test_a_figure_the_publisher_withheld_that_the_releases_give_away_is_warned_of(tmp_path: Path, food: Path) -> None:
    """A council's download withholds one ward's small count ('*') but gives its own total and every other ward's:
    the releases print them all, so the withheld count is the difference. Without a threshold drafter cannot know
    why it was withheld, so it warns, naming the cell and a second area to hide."""
    campaign = food
    edit(campaign / "figures.csv", "Powys,parcels,12,31", 'Powys,parcels,*,31\nWales,parcels,"7,252","7,985"')
    result = api.draft(campaign, tmp_path / "out", formats=["md"])
    assert [w.message for w in result.warnings if w.code == "withheld_given_away"] == [
        "Powys' emergency food parcels given out for period 'last_year' (April to September 2023) is withheld in the "
        "figures ('*', figures.csv, row 5, column last_year), but the releases print Wales' total as given and every "
        "other area's figure in it, so anyone can work it out by subtraction; if it was withheld to protect people, "
        "hide one more: a second area's count marked not available, as publishers do: [x] for Ceredigion's 640 in "
        "figures.csv, row 4, column last_year; or disclosure_threshold in campaign.yaml raised to 641, which "
        "suppresses it too"]
