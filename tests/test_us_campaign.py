"""A US nonprofit's campaign as a press officer starts it: AP style (en_US), a state's abbreviation in the
dateline, US Letter paper, American titles, and a state's missing total named before the country's."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from drafter import DrafterError, api
from drafter.shipped import shipped_root


def us_campaign(tmp_path: Path, locale: str = "en_US") -> Path:
    """count-change's example in AP style, its dateline a US city and state."""
    campaign = tmp_path / "campaign"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    yaml = campaign / "campaign.yaml"
    text = yaml.read_text(encoding="utf-8").replace("locale: en_GB", f"locale: {locale}")
    yaml.write_text("\n".join(line for line in text.replace("dateline: Cardiff ", "dateline: Carlisle, Pa. ")
                              .splitlines() if "{yn_cy}" not in line) + "\n", encoding="utf-8")  # areas.csv: no yn_cy
    return campaign


@pytest.mark.parametrize(("written", "printed"), [
    *((typed, "CARLISLE, Pa.") for typed in ("Carlisle, Pa.", "Carlisle, PA", "Carlisle, Pennsylvania",
                                             "carlisle, pa")),
    ("Denver, Colorado", "DENVER"), ("Washington, D.C.", "WASHINGTON"),  # AP's cities that stand alone
    ("Washington, Pa.", "WASHINGTON, Pa."), ("Cleveland, Tenn.", "CLEVELAND, Tenn."),  # not those cities
])
def test_an_ap_dateline_puts_the_city_in_capitals_and_the_state_as_ap_abbreviates_it(tmp_path: Path, written: str,
                                                                                     printed: str) -> None:
    campaign = us_campaign(tmp_path)
    yaml = campaign / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("dateline: Carlisle, Pa.", f"dateline: {written}"),
                    encoding="utf-8")
    text, _ = api.preview(campaign, "Cardiff")
    assert f"\n{printed} — Oct. 15, 2024\n" in text.replace("\\", "")


@pytest.mark.parametrize(("locale", "size"), [("en_US", (12240, 15840)), ("en_GB", (11906, 16838))])
def test_a_release_without_a_letterhead_is_on_its_house_styles_paper(tmp_path: Path, locale: str,
                                                                    size: tuple[int, int]) -> None:
    campaign = us_campaign(tmp_path, locale)
    api.draft(campaign, tmp_path / "out", areas=["Cardiff"], formats=["docx"])
    section = docx.Document(str(tmp_path / "out" / "cardiff.docx")).sections[0]
    assert (section.page_width.twips, section.page_height.twips) == size  # type: ignore[union-attr]
    api.new_letterhead(campaign)
    section = docx.Document(str(campaign / "letterhead.docx")).sections[0]
    assert (section.page_width.twips, section.page_height.twips) == size  # type: ignore[union-attr]


def test_a_letterhead_keeps_its_own_paper_in_ap_style(tmp_path: Path) -> None:
    campaign = us_campaign(tmp_path, "en_GB")
    api.new_letterhead(campaign)  # an A4 letterhead, then the campaign turned to AP style
    yaml = campaign / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("locale: en_GB", "locale: en_US")
                    + "reference: letterhead.docx\n", encoding="utf-8")
    api.draft(campaign, tmp_path / "out", areas=["Cardiff"], formats=["docx"])
    section = docx.Document(str(tmp_path / "out" / "cardiff.docx")).sections[0]
    assert section.page_width.twips == 11906  # type: ignore[union-attr]


@pytest.mark.parametrize(("locale", "title", "organisation", "said"), [
    ("en_US", "President and CEO", "Housing Relief Fund",
     "Maria Rivera, president and CEO of Housing Relief Fund, said:"),
    ("en_US", "State Program Director", "The Housing Relief Fund",
     "State Program Director Maria Rivera of the Housing Relief Fund said:"),
    ("en_US", "", "The Housing Relief Fund", "Maria Rivera of the Housing Relief Fund said:"),
    ("en_GB", "President and CEO", "The Housing Relief Fund",
     "Maria Rivera, president and CEO, from the Housing Relief Fund, said:"),
    ("en_GB", "Director", "", "Director Maria Rivera said:"),  # never "Director Maria Rivera, said:"
    ("en_GB", "", "", "Maria Rivera said:"),
])
def test_a_speaker_is_introduced_as_the_house_style_writes_it(tmp_path: Path, locale: str, title: str,
                                                              organisation: str, said: str) -> None:
    campaign = us_campaign(tmp_path, locale)
    (campaign / "quotes.yaml").write_text(
        "speakers:\n  rivera:\n    name: Maria Rivera\n" + (f"    title: {title}\n" if title else "")
        + (f"    organisation: {organisation}\n" if organisation else "") + "quotes:\n  - id: rivera\n    role: "
        "spokesperson\n    speaker: rivera\n    areas: [all]\n    status: draft\n    text: Every dollar counts.\n",
        encoding="utf-8")
    text, _ = api.preview(campaign, "Cardiff")
    assert f"\n{said} “Every dollar counts.”\n" in text


def test_a_states_missing_total_is_named_before_the_countrys(tmp_path: Path) -> None:
    campaign = us_campaign(tmp_path)
    (campaign / "areas.csv").write_text(
        "area,parent,in_text,areas_listed\nUnited States,,the United States,\nPennsylvania,United States,"
        "Pennsylvania,some\nVermont,United States,Vermont,\nAdams County,Pennsylvania,Adams County,\n",
        encoding="utf-8")
    (campaign / "figures.csv").write_text(
        "area,measure,last_year,this_year\nVermont,parcels,0,1\nAdams County,parcels,1,1\n", encoding="utf-8")
    with pytest.raises(DrafterError) as raised:
        api.preview(campaign, "Vermont")
    assert str(raised.value).startswith("figures.csv: no figure for area 'Pennsylvania', measure 'parcels', period "
                                        "'last_year' (April to September 2023) (expected one row per area, measure and "
                                        "period (Pennsylvania's own total, as published")


@pytest.mark.parametrize(("embargo", "timezone", "line"), [
    ("2024-10-15 00:01", "", "EMBARGOED UNTIL 12:01 a.m. EDT Tuesday, Oct. 15, 2024"),  # AP: Eastern time
    ("Tuesday, Oct. 15, 2024 at 12:01 a.m. ET", "", "EMBARGOED UNTIL 12:01 a.m. EDT Tuesday, Oct. 15, 2024"),
    ("6 a.m. PT Tuesday, Oct. 15, 2024", "", "EMBARGOED UNTIL 6 a.m. PDT Tuesday, Oct. 15, 2024"),
    ("2024-10-15 06:00 PDT", "America/Los_Angeles", "EMBARGOED UNTIL 6 a.m. PDT Tuesday, Oct. 15, 2024"),
    ("2024-10-15 06:00 PT", "America/New_York", "error: campaign.yaml:12: embargo: \"2024-10-15 06:00 PT\" says PT, "
     "the time of America/Los_Angeles, but timezone is America/New_York (on EDT) (expected the time in "
     "America/New_York with its zone as it is that day, or the zone alone (ET, PT), or timezone: set to the zone the "
     "embargo is in)"),
    ("2024-10-15 06:00 EST", "America/New_York", "error: campaign.yaml:12: embargo: \"2024-10-15 06:00 EST\" says EST, "
     "but on 15 October 2024 America/New_York is on EDT (expected the time in America/New_York with its zone as it is "
     "that day, or the zone alone (ET, PT), or timezone: set to the zone the embargo is in)"),
])
def test_an_embargo_names_its_time_zone_as_a_us_newsdesk_writes_it(tmp_path: Path, embargo: str, timezone: str,
                                                                    line: str) -> None:
    campaign = us_campaign(tmp_path)
    yaml = campaign / "campaign.yaml"
    text = yaml.read_text(encoding="utf-8").replace("embargo: 2024-10-15 00:01", f"embargo: {embargo}")
    yaml.write_text(text.replace("timezone: Europe/London", f"timezone: {timezone}" if timezone else ""),
                    encoding="utf-8")
    try:
        said = api.preview(campaign, "Cardiff")[0].splitlines()[0]
    except DrafterError as refused:
        said = f"error: {refused}"
    assert said == line
