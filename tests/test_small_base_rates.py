"""The small-base rule for figures published coarsely: a base counted in steps of its last published place (0.04
given to two places is 4 hundredths; 5 weeks given whole is 5; 1.2 is 12 tenths) below ``small_base`` (20) gives no
percentage, only the two figures ("rose from 0.04 to 0.05 offences per 100,000 people"), as a count below 20 does.
A percentage still changes in percentage points."""

from __future__ import annotations

import dataclasses
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import api
from drafter.compute.changes import compute_change
from drafter.model import Change, SourceRef, Value
from drafter.shipped import shipped_root
from drafter.style import wording
from drafter.style.bands import base_units
from drafter.style.house import PRESETS
from tests.conftest import edit

PER = "offences per 100,000 people"


def change(old: str, new: str, unit: str = PER, kind: str = "rate") -> Change:
    src = (SourceRef("figures.csv"),)
    return compute_change("A", "m", kind, "a", "b", Value(Decimal(old), src), Value(Decimal(new), src), unit)  # type: ignore[arg-type]


# (old, new, unit, en_GB, cy_GB), before this rule: "rose by 25 per cent", "rose by 20 per cent", "rose by 25 per cent"
TABLE = [
    ("0.04", "0.05", PER, "rose from 0.04 to 0.05 offences per 100,000 people",
     "wedi cynyddu o 0.04 i 0.05 o offences per 100,000 people"),
    ("5", "6", "weeks", "rose from 5 to 6 weeks", "wedi cynyddu o 5 i 6 o weeks"),
    ("1.2", "1.5", PER, "rose from 1.2 to 1.5 offences per 100,000 people",
     "wedi cynyddu o 1.2 i 1.5 o offences per 100,000 people"),
    ("0.45", "0.5", PER, "rose from 0.45 to 0.5 offences per 100,000 people",  # the coarser place: 4.5 tenths
     "wedi cynyddu o 0.45 i 0.5 o offences per 100,000 people"),
    ("1.9", "1.2", PER, "fell from 1.9 to 1.2 offences per 100,000 people",
     "wedi gostwng o 1.9 i 1.2 o offences per 100,000 people"),
    # at the threshold and above: a percentage, as before
    ("2.0", "2.5", PER, "rose by 25 per cent", "wedi cynyddu 25%"),
    ("5.0", "6.0", "weeks", "rose by 20 per cent", "wedi cynyddu 20%"),
    ("41.6", "52.3", PER, "rose by 26 per cent", "wedi cynyddu 26%"),
    # a percentage changes in points, however coarse
    ("1.2", "1.5", "per cent", "rose by 0.3 percentage points", "wedi cynyddu 0.3 pwynt canran"),
    ("5", "6", "per cent", "rose by 1 percentage point", "wedi cynyddu 1 pwynt canran"),
]


def test_a_coarse_rate_is_worded_with_its_two_figures_in_every_language_and_tense() -> None:
    for old, new, unit, en, cy in TABLE:
        c = change(old, new, unit)
        assert wording.change_words(c, PRESETS["en_GB"])[0] == en, (old, new, unit)
        assert wording.change_words(c, PRESETS["cy_GB"])[0] == cy, (old, new, unit)
        small = en.startswith(("rose from", "fell from"))
        assert (wording.change_band(c, PRESETS["en_US"]) == "small_base") == small
        if small:
            assert wording.change_words(c, PRESETS["en_GB"], "present", headline=True)[0] == \
                en.replace("rose", "rises").replace("fell", "falls")
            perfect = wording.change_words(c, PRESETS["en_US"], "perfect")[0]
            assert perfect.startswith(("has risen from", "has fallen from"))
            assert not wording.has_percent(wording.change_band(c, PRESETS["en_GB"]))


def test_the_threshold_is_the_house_styles_small_base() -> None:
    style = PRESETS["en_GB"]
    assert wording.change_band(change("1.2", "1.5"), dataclasses.replace(style, small_base=Decimal(12))) == "rise"
    assert wording.change_band(change("1.2", "1.5"), dataclasses.replace(style, small_base=Decimal(13))) == \
        "small_base"
    off = dataclasses.replace(style, small_base=Decimal(0))  # 0: a percentage on any base but zero
    assert wording.change_words(change("0.04", "0.05"), off)[0] == "rose by 25 per cent"
    assert wording.change_band(change("0.0", "0.05"), off) == "small_base"


places = st.integers(min_value=0, max_value=3)
steps = st.integers(min_value=1, max_value=10_000)


@given(old=steps, new=steps, old_places=places, new_places=places)
def test_a_rate_has_a_percentage_only_on_twenty_steps_of_its_coarser_place(old: int, new: int, old_places: int,
                                                                          new_places: int) -> None:
    c = change(str(Decimal(old).scaleb(-old_places)), str(Decimal(new).scaleb(-new_places)))
    coarser = min(old_places, new_places)
    units = Decimal(old).scaleb(coarser - old_places)
    assert base_units(c) == units
    band = wording.change_band(c, PRESETS["en_GB"])
    five_times = c.ratio is not None and c.ratio >= 5  # "more than fourfold" would understate it: the two figures
    assert (band == "small_base") == ((units < 20 or five_times) and c.direction != "same")
    if band == "small_base" and c.direction != "same":  # the two figures as published, never a percentage
        text = wording.change_words(c, PRESETS["en_GB"])[0]
        assert "per cent" not in text and text.endswith(PER)
    # a percentage is never on a small base: it changes in points
    points = dataclasses.replace(c, unit="per cent")
    assert wording.change_band(points, PRESETS["en_GB"]) not in ("small_base", "near_total_fall")


@given(old=st.integers(min_value=1, max_value=100), new=st.integers(min_value=0, max_value=100))
def test_a_count_keeps_its_rule(old: int, new: int) -> None:
    c = change(str(old), str(new), "calls", kind="count")
    # a fall to zero too gives the two counts, not "100 per cent": "fell from 40 to none"
    assert (wording.change_band(c, PRESETS["en_GB"]) == "small_base") == ((old < 20 or new == 0) and old != new)


@pytest.mark.parametrize("locale", ["en_GB", "cy_GB"])
def test_a_draft_of_a_coarse_rate_says_its_two_figures_warns_and_checks_clean(tmp_path: Path, locale: str) -> None:
    campaign = tmp_path / "buses"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "    unit: per cent ",
         "    unit: offences per 100,000 people\n    unit_cy: o droseddau fesul 100,000 o bobl ")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Powys"], formats=["md"], locale=locale)
    name = "powys.md" if locale == "en_GB" else "powys.cy.md"
    powys = (out / name).read_text(encoding="utf-8")
    heading = {"en_GB": "# The share of buses running on electricity in Powys rises from 0.8 to 1.2 offences per "
                        "100,000 people\n",
               "cy_GB": "wedi cynyddu o 0.8 i 1.2 o droseddau fesul 100,000 o bobl\n"}[locale]
    assert heading in powys and "50" not in powys
    result = api.check(campaign, [out / name], locale=locale)
    assert (result.findings, result.by_hand) == ((), ())
    if locale == "en_GB":
        _, release = api.preview(campaign, "Powys")
        assert [w.message for w in release.warnings if w.code == "small_base"] == [
            "the figure for share of buses running on electricity in period 'last_year' (April 2022 to March 2023) is "
            "0.8, 8 steps of 0.1 as published, below 20: too small a base for a percentage, so both are given"]


def test_the_house_style_doc_gives_what_drafter_prints() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "house-style.md").read_text(encoding="utf-8")
    edges = doc.split("## Honest at the edges", 1)[1].split("\n\n")[2]
    worded = doc.split("## How changes are worded", 1)[1].split("\n\n")[2]
    for preset, past in (("en_GB", "rose from 1.2 to 1.5"), ("cy_GB", "wedi cynyddu o 1.2 i 1.5")):
        assert wording.change_words(change("1.2", "1.5", "offences per 1,000 people"), PRESETS[preset])[0] \
            .startswith(past + " ") and past in edges
    weeks = change("5", "6", "weeks")
    assert wording.change_words(weeks, PRESETS["en_GB"])[0] == "rose from 5 to 6 weeks" and "rose from 5 to 6" in edges
    unit_cy = "troseddau fesul 100,000 o bobl"  # as the Welsh release has it, unit_cy
    for preset, unit, said in (("en_GB", PER, "rose from 0.04 to 0.05 offences per 100,000 people"),
                               ("cy_GB", unit_cy, "wedi cynyddu o 0.04 i 0.05 o droseddau fesul 100,000 o bobl")):
        assert wording.change_words(change("0.04", "0.05", unit), PRESETS[preset])[0] == said and said in worded


def test_a_rate_that_ends_at_a_whole_one_gives_each_figure_its_unit() -> None:
    """"from 0 to 1 days" read as a slip: a whole 1 takes ``unit_one``, so the unit goes after each figure."""
    en, cy = PRESETS["en_GB"], PRESETS["cy_GB"]
    assert wording.change_words(change("0", "1", "days"), en, one="day")[0] == "rose from 0 days to 1 day"
    assert wording.change_words(change("2", "1", "days"), en, "present", headline=True, one="day")[0] == \
        "falls from 2 days to 1 day"
    assert wording.change_words(change("0", "1", "diwrnodau"), cy, one="diwrnod")[0] == \
        "wedi cynyddu o 0 o ddiwrnodau i 1 diwrnod"
    # a 1 with places, a 1 first, a measure without unit_one: the unit once, after the second figure
    assert wording.change_words(change("0.0", "1.0", "days"), en, one="day")[0] == "rose from 0.0 to 1.0 days"
    assert wording.change_words(change("1", "3", "days"), en, one="day")[0] == "rose from 1 to 3 days"
    assert wording.change_words(change("0", "1", "days"), en)[0] == "rose from 0 to 1 days"
    assert en.language.from_to_unit("2", "1", "days", start=False, new_unit="day") == "2 days to 1 day"


def test_a_release_and_its_list_say_from_0_days_to_1_day_and_check_reads_it(tmp_path: Path) -> None:
    campaign = tmp_path / "days"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "    unit: per cent ",
         "    unit: days\n    unit_one: day\n    unit_cy: diwrnodau\n    unit_one_cy: diwrnod ")
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nWales,electric,10,15\nCardiff,electric,"
                                          "0,1\nSwansea,electric,12,10\nCeredigion,electric,5,5\nPowys,electric,2,1\n"
                                          "Ynys Môn,electric,1,4\n", encoding="utf-8")
    out = tmp_path / "out"
    api.draft(campaign, out, formats=["md"])
    wales, cardiff = ((out / f"{n}.md").read_text(encoding="utf-8") for n in ("wales", "cardiff"))
    assert "\n- Cardiff: 0 days to 1 day\n- Powys: 2 days to 1 day\n" in wales
    assert "\n- Ynys Môn: 1 to 4 days\n" in wales
    assert "\n# The share of buses running on electricity in Cardiff rises from 0 days to 1 day\n" in cardiff
    result = api.check(campaign, [out / "wales.md", out / "cardiff.md"])
    assert (result.findings, result.by_hand) == ((), ())
    welsh = api.preview(campaign, "Wales", locale="cy_GB")[0]
    assert "\n- Caerdydd: o 0 o ddiwrnodau i 1 diwrnod\n- Powys: o 2 o ddiwrnodau i 1 diwrnod\n" in welsh


@pytest.mark.parametrize(("preset", "unit", "one", "old", "new", "said"), [
    ("en_GB", "weeks", "week", "1.0", "0.9", "a fall of 0.1 weeks"),
    ("en_US", "weeks", "week", "1.0", "0.9", "a fall of 0.1 weeks"),
    ("cy_GB", "wythnosau", "wythnos", "1.0", "0.9", "gostyngiad o 0.1 o wythnosau"),
    ("en_GB", "days", "day", "3", "4", "a rise of 1 day"),
    ("cy_GB", "diwrnodau", "diwrnod", "3", "4", "cynnydd o 1 diwrnod"),
    ("en_GB", PER, "", "0.4", "0.0", "a fall of 0.4 offences per 100,000 people"),
    ("en_GB", "per cent", "", "1.2", "1.5", "a rise of 0.3 percentage points"),  # a percentage: in points, as before
])
def test_a_rates_difference_as_a_noun_keeps_its_unit(preset: str, unit: str, one: str, old: str, new: str,
                                                     said: str) -> None:
    """A newsdesk reads "from 1.0 to 0.9 weeks, a fall of 0.1" as 0.1 of nothing: the difference takes the unit."""
    assert wording.change_noun(change(old, new, unit), PRESETS[preset], one=one)[0] == said


def test_a_release_gives_a_rates_small_change_with_its_unit_in_english_and_welsh(tmp_path: Path) -> None:
    """several-measures' lines ("from 1.0 to 0.9 weeks, a fall of 0.1 weeks"), in the measure's unit_cy in Welsh,
    and drafter check reads them back clean."""
    campaign = tmp_path / "waits"
    shutil.copytree(shipped_root() / "several-measures" / "example", campaign)
    edit(campaign / "campaign.yaml", "    unit: volunteers\n    unit_one: volunteer\n",
         "    kind: rate\n    unit: weeks\n    unit_one: week\n")
    edit(campaign / "campaign.yaml", "    unit_cy: gwirfoddolwyr\n    unit_one_cy: gwirfoddolwr\n",
         "    unit_cy: wythnosau\n    unit_one_cy: wythnos\n")
    edit(campaign / "figures.csv", "Powys,crew,0,8", "Powys,crew,1.0,0.9")
    edit(campaign / "figures.csv", "Cardiff,crew,28,31", "Wales,crew,30.0,29.0\nCardiff,crew,28.0,31.0")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Wales"], formats=["md"], locale="en_GB")
    api.draft(campaign, out, areas=["Wales"], formats=["md"], locale="cy_GB")
    english, welsh = ((out / name).read_text(encoding="utf-8") for name in ("wales.md", "wales.cy.md"))
    assert "\n- Powys: from 1.0 to 0.9 weeks, a fall of 0.1 weeks\n" in english
    assert "o 1.0 i 0.9 o wythnosau, gostyngiad o 0.1 o wythnosau\n" in welsh
    result = api.check(campaign, [out / "wales.md", out / "wales.cy.md"])
    assert (result.findings, result.by_hand) == ((), ())
