"""rate-change given a count with population: and per: words the change of its rate per head, worked out by drafter
in each period ("has risen by 21 per cent, from 2,575 parcels per 100,000 homes … to 3,127"), never typed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from drafter.shipped import shipped_root
from tests.conftest import edit

HOMES = [("Cardiff", "160,000", "162,000"), ("Swansea", "110,000", ""), ("Ceredigion", "33,000", "33,500"),
         ("Powys", "62,000", "62,000"), ("Ynys Môn", "33,000", "33,100")]


def food_rates(tmp_path: Path, locale: str = "en_GB", welsh: bool = False) -> Path:
    """The count-change example's parcels per 100,000 homes under rate-change: a rise (Cardiff), a fall (Swansea,
    whose homes are given for last year only), a rate that fell while the count stayed at 640 (Ceredigion), a small
    count (Powys, 12 to 31) and a zero base (Ynys Môn, none to 140)."""
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    yaml = campaign / "campaign.yaml"
    edit(yaml, "template: count-change", "template: rate-change")
    edit(yaml, "locale: en_GB", f"locale: {locale}")
    edit(yaml, "    kind: count\n", "    kind: count\n    population: homes\n    per: 100,000\n"
         "    rate_subject: the rate of emergency food parcels given out in {area}\n"
         "    rate_subject_cy: cyfradd y parseli bwyd brys a roddwyd {yn_cy}\n"
         "  homes:\n    label: homes\n    unit: homes\n    unit_cy: cartrefi\n    required: false\n")
    if welsh:
        edit(yaml, "# languages:", "languages:")
    figures = campaign / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8") + "".join(
        f'{area},homes,"{old}",' + (f'"{new}"' if new else "") + "\n" for area, old, new in HOMES), encoding="utf-8")
    return campaign


@pytest.mark.parametrize(("locale", "language"), [("en_GB", "en"), ("en_US", "en"), ("cy_GB", "cy")])
def test_a_rate_per_head_that_changed_reads_as_its_golden_file(
        tmp_path: Path, golden: Callable[[str, str], None], locale: str, language: str) -> None:
    campaign = food_rates(tmp_path, locale="en_US" if locale == "en_US" else "en_GB", welsh=language == "cy")
    for area in ("Wales", "Ceredigion"):
        text = api.preview(campaign, area, locale=locale if language == "cy" else None)[0]
        golden(f"rate-per-head/{area.lower()}.{locale}.md", text)


def test_the_sentences_of_a_rise_a_small_count_and_a_zero_base(tmp_path: Path) -> None:
    campaign = food_rates(tmp_path)
    assert ("The rate of emergency food parcels given out in Cardiff has risen by 21 per cent, from 2,575 parcels per "
            "100,000 homes between April and September 2023 to 3,127 between April and September 2024.") in \
        api.preview(campaign, "Cardiff")[0]
    assert ("has risen from 19.4 parcels per 100,000 homes between April and September 2023 to 50.0 between April "
            "and September 2024.") in api.preview(campaign, "Powys")[0]  # 12 parcels: no percentage
    assert "has risen from 0.0 parcels per 100,000 homes" in api.preview(campaign, "Ynys Môn")[0]


def test_a_rate_of_no_count_in_both_periods_remains_at_zero_not_unchanged(tmp_path: Path) -> None:
    campaign = food_rates(tmp_path)
    edit(campaign / "figures.csv", "Ynys Môn,parcels,0,140", "Ynys Môn,parcels,0,0")
    text = api.preview(campaign, "Ynys Môn")[0]
    assert "# The rate of emergency food parcels given out in Ynys Môn remains at zero\n" in text
    assert ("The rate of emergency food parcels given out in Ynys Môn has remained at zero both between April and "
            "September 2023 and between April and September 2024.") in text


def test_a_rate_of_no_count_in_both_periods_is_said_as_the_count_in_the_list_and_in_welsh(tmp_path: Path) -> None:
    """Its own release said "has remained at zero" while the region's list said "unchanged at 0.0 parcels per 100,000
    homes" and the Welsh "sef 0.0 o barseli fesul 100,000 o gartrefi": the batch was refused as printing Ynys Môn's
    figures two ways, and the house style never gives a rate of no count as a rate."""
    campaign = food_rates(tmp_path, welsh=True)
    edit(campaign / "figures.csv", "Ynys Môn,parcels,0,140", "Ynys Môn,parcels,0,0")
    result = api.draft(campaign, tmp_path / "out", formats=["md"])
    assert [w.message for w in result.warnings if w.code in ("batch_consistency", "language_facts")] == []
    read = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.md")}
    assert "\n- Ynys Môn: no parcels in either period\n" in read["wales.en.md"]
    assert "\n- Ynys Môn: dim parseli yn y naill gyfnod na’r llall\n" in read["wales.cy.md"]
    assert ("wedi aros yr un fath, sef dim parseli rhwng Ebrill a Medi 2023 ac eto rhwng Ebrill a Medi 2024."
            in read["ynys-mon.cy.md"])
    assert "0.0" not in read["ynys-mon.en.md"] + read["ynys-mon.cy.md"]


def test_each_rate_has_its_formula_and_cells_and_the_warnings_name_what_a_press_officer_should_know(
        tmp_path: Path) -> None:
    campaign = food_rates(tmp_path)
    result = api.draft(campaign, tmp_path / "out", formats=["md"])
    facts = (tmp_path / "out" / "cardiff.facts.csv").read_text(encoding="utf-8-sig")
    assert ('Cardiff,parcels.this_year,"3,127",3127,"5066 ÷ 162000 × 100000 = 3127.16… → 3127, rounded half up",'
            '"figures.csv, row 2, column this_year; figures.csv, row 7, column this_year"') in facts
    said = {w.code: w.message for w in result.warnings}
    assert "rate_unused" not in said
    assert said["rate_population"] == (
        "the rate of emergency food parcels given out per 100,000 homes for period 'this_year' (April to September "
        "2024) is worked out with the homes for period 'last_year' (April to September 2023), as the figures give no "
        "homes for it (2 areas: Swansea, Wales): both periods' rates divide by the same figure, so the rate changes "
        "exactly as the count does; give homes for that period in the figures for a rate of its own")
    assert [w.message for w in result.warnings if w.code == "small_base"][1:] == [
        "the figure for emergency food parcels given out per 100,000 homes in period 'last_year' (April to September "
        "2023) is 19.4, worked out from a count of 12, below 20: too small a base for a percentage, so both are given "
        "(areas: Powys)"]


@pytest.mark.parametrize(("key", "locale"), [("rate_subject", None), ("rate_subject_cy", "cy_GB")])
def test_a_count_whose_rate_is_drafted_needs_a_subject_for_the_rate(tmp_path: Path, key: str, locale: str | None
                                                                      ) -> None:
    campaign = food_rates(tmp_path, welsh=True)
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines(keepends=True) if line.startswith(f"    {key}:"))
    edit(campaign / "campaign.yaml", line, "")
    with pytest.raises(InputError) as caught:
        api.preview(campaign, "Cardiff", locale=locale)
    assert str(caught.value).endswith(
        f"measures.parcels.{key}: is missing (expected what the story is about now that rate-change gives "
        "emergency food parcels given out per 100,000 homes in each period, not the count: \"the rate of emergency "
        "food parcels given out in {area}\" (it takes a singular verb: \"… rises\"))")


def test_check_reads_a_retyped_rate_per_head(tmp_path: Path) -> None:
    campaign = food_rates(tmp_path)
    out = tmp_path / "out"
    api.draft(campaign, out, formats=["md"])
    edit(out / "cardiff.md", "to 3,127 between", "to 3,172 between")
    found = api.check(campaign, [out / "cardiff.md"]).findings
    assert [(f.kind, f.found, f.expected) for f in found] == [("wrong_figure", "3,172", "3,127")]


def test_no_rate_gives_away_a_count_disclosure_control_suppresses(tmp_path: Path) -> None:
    """Three parcels in Powys, below the threshold of 20: neither Powys's rate nor Wales's (whose total, less the other
    areas' counts, is Powys's) is given for that period."""
    campaign = food_rates(tmp_path)
    edit(campaign / "campaign.yaml", "template: rate-change", "template: rate-change\ndisclosure_threshold: 20")
    edit(campaign / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,3,31")
    text = api.preview(campaign, "Wales")[0]
    assert "- Powys: 50.0 parcels per 100,000 homes (not available between April and September 2023)\n" in text
    assert "Figures for Wales are not available for April to September 2023, so there is no comparison" in text
    said = [w.message for w in api.draft(campaign, tmp_path / "out", formats=["md"]).warnings
            if w.code == "rate_suppressed"]
    assert said == ["no rate of emergency food parcels given out is given for Powys and Wales in a period where "
                    "disclosure control suppresses its count, or the one count of its areas its total adds up: the "
                    "rate, times the population, would give the count away"]


def test_a_reader_gets_the_printed_percentage_from_the_printed_rates(tmp_path: Path) -> None:
    """Devon's fires as docs/campaign-yaml.md gives them: 380 among 398,741 dwellings, then 409 among 404,150: the
    count rose 7.6 per cent, the rate 6.2 (101.2 ÷ 95.3), and the release says the rate's."""
    campaign = food_rates(tmp_path)
    edit(campaign / "figures.csv", 'Cardiff,parcels,"4,120","5,066"', "Cardiff,parcels,380,409")
    edit(campaign / "figures.csv", 'Cardiff,homes,"160,000","162,000"', 'Cardiff,homes,"398,741","404,150"')
    assert ("in Cardiff has risen by 6.2 per cent, from 95.3 parcels per 100,000 homes between April and September "
            "2023 to 101.2 between") in api.preview(campaign, "Cardiff")[0]


def test_an_area_without_a_population_has_no_rate_and_says_so(tmp_path: Path) -> None:
    campaign = food_rates(tmp_path)
    edit(campaign / "figures.csv", 'Powys,homes,"62,000","62,000"', "Powys,homes,,")
    assert "Figures for Powys are not available, so there is no comparison to give." in \
        api.preview(campaign, "Powys")[0]
    said = [w.message for w in api.draft(campaign, tmp_path / "out", formats=["md"]).warnings
            if w.code == "rate_no_population"]
    assert said == ["no rate of emergency food parcels given out per 100,000 homes is given for Powys and Wales: the "
                    "figures give no homes above zero for them in any period, so their releases say the figures are "
                    "not available"]


def test_a_plural_rate_given_for_one_period_reads_the_figure_for_it(tmp_path: Path) -> None:
    """"the figure for waiting times in Cardiff was", never "waiting times in Cardiff was" (rate-change)."""
    campaign = tmp_path / "buses"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "plural: false", "plural: true")
    edit(campaign / "figures.csv", "Cardiff,electric,18.0,31.5", "Cardiff,electric,[x],31.5")
    assert ("Between April 2023 and March 2024, the figure for the share of buses running on electricity in Cardiff "
            "was 31.5 per cent.") in api.preview(campaign, "Cardiff")[0]
