"""Wording set in campaign.yaml: counts with their units ("one parcel", "no parcels"), story sentences printed
only when true, places filled in per area, and the errors a press officer sees for a slip in those fields."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.shipped import shipped_root
from tests.conftest import edit

runner = CliRunner()
FALL = "The network says the fall follows"
RISE = "The network says more of the families"


@pytest.fixture
def food(tmp_path: Path) -> Path:
    """A copy of count-change's example campaign, with a template of its own that prints counts."""
    target = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", target)
    (target / "mine").mkdir()
    (target / "mine" / "release.md.j2").write_text(
        '{% extends "count-change/release.md.j2" %}\n{% block headline %}{{ count("parcels", periods.first) }} '
        'then {{ count("parcels") }}{% endblock %}\n', encoding="utf-8")
    (target / "mine" / "release.cy.md.j2").write_text(
        '{% extends "count-change/release.cy.md.j2" %}\n{% block headline %}{{ count("parcels", periods.first) }} '
        'wedyn {{ count("parcels") }}{% endblock %}\n', encoding="utf-8")
    edit(target / "campaign.yaml", "template: count-change", "template: mine")
    return target


def headline(campaign: Path, area: str, locale: str | None = None) -> str:
    text = api.preview(campaign, area, locale=locale)[0]
    return next(line[2:] for line in text.splitlines() if line.startswith("# "))


@pytest.mark.parametrize(("area", "locale", "expected"), [
    ("Cardiff", None, "4,120 parcels then 5,066 parcels"),
    ("Ynys Môn", None, "no parcels then 140 parcels"),
    ("Cardiff", "cy_GB", "4,120 o barseli wedyn 5,066 o barseli"),
    ("Ynys Môn", "cy_GB", "dim parseli wedyn 140 o barseli"),
])
def test_count_says_the_unit_that_agrees_with_the_number(food: Path, area: str, locale: str | None,
                                                         expected: str) -> None:
    assert headline(food, area, locale) == expected


def test_one_is_one_parcel_and_one_person_for_people(food: Path) -> None:
    edit(food / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,1,31")
    assert headline(food, "Powys") == "one parcel then 31 parcels"
    assert headline(food, "Powys", "cy_GB") == "1 parsel wedyn 31 o barseli"
    text = (food / "campaign.yaml").read_text(encoding="utf-8")
    (food / "campaign.yaml").write_text(text.replace("    unit: parcels", "    unit: people").replace(
        "    unit_one: parcel ", "    # no unit_one "), encoding="utf-8")
    assert headline(food, "Powys") == "one person then 31 people"


def test_each_story_sentence_is_printed_only_when_it_is_true(tmp_path: Path) -> None:
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    swansea = api.preview(campaign, "Swansea")[0]
    assert FALL in swansea and RISE not in swansea
    cardiff = api.preview(campaign, "Cardiff")[0]
    assert RISE in cardiff and FALL not in cardiff
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 20")
    powys = api.preview(campaign, "Powys")[0]  # 12 → 31: the rise is from a suppressed count
    assert "have risen from fewer than 20 parcels between April and September 2023 to 31 parcels between April and " \
           "September 2024." in powys
    assert RISE not in powys and FALL not in powys


def test_a_plural_subject_of_two_suppressed_counts_were(tmp_path: Path) -> None:
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,12,3")
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 20")
    assert "in Powys have been fewer than 20 in both periods" in api.preview(campaign, "Powys")[0]


def test_places_in_sentences_are_filled_in_for_each_area(tmp_path: Path) -> None:
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "  background: The Cwtch Food Network supports",
         "  background: In {area}, as across {parent}, {organisation} supports")
    assert "In Swansea, as across Wales, the Cwtch Food Network supports food banks" in \
        api.preview(campaign, "Swansea")[0]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("  rise: The network says", "  rise: In {aera} the network says",
     'campaign.yaml:32: story.rise: names {aera}, which is not a place drafter fills (did you mean '
     '{area}?)'),
    ("    plural: true ", "    plurals: true ",
     "campaign.yaml:24: measures.parcels.plurals: is not a known key (did you mean 'plural'?)"),
    ("  measure: parcels", "  measure: parcel",
     "campaign.yaml:31: story.measure: \"parcel\" is not a measure in campaign.yaml (did you mean "
     "'parcels'?)"),
])
def test_a_slip_in_the_wording_names_the_line_and_what_was_meant(tmp_path: Path, old: str, new: str,
                                                                 message: str) -> None:
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "campaign.yaml", old, new)
    result = runner.invoke(app, ["preview", str(campaign), "--area", "Cardiff"])
    assert result.exit_code == 1
    assert result.stderr == f"error: {message}\n"



def test_a_welsh_sentence_naming_a_column_your_areas_csv_lacks_says_to_add_it_or_delete_the_sentence(
        tmp_path: Path) -> None:
    """The example's campaign.yaml names {yn_cy} in subject_cy; with your own areas.csv, and no releases in Welsh,
    the line says which column to add, or which key to delete."""
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    (campaign / "areas.csv").write_text("area,parent,in_text\nWales,,Wales\nCardiff,Wales,Cardiff\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_campaign(campaign)
    assert str(raised.value) == (
        "campaign.yaml:27: measures.parcels.subject_cy: names {yn_cy}, which is not a place drafter fills (expected a "
        "yn_cy column in areas.csv, as the example's has, for releases in subject_cy's language; if you publish none "
        "in it, delete subject_cy)")

def test_a_typo_in_a_copied_template_says_what_it_may_have_meant(tmp_path: Path) -> None:
    api.new_campaign(tmp_path / "x", "count-change")
    edit(tmp_path / "x" / "count-change" / "release.md.j2", "{{ story.background }}", "{{ story.bakground }}")
    result = runner.invoke(app, ["preview", str(tmp_path / "x"), "--area", "Cardiff"])
    assert result.exit_code == 1
    assert result.stderr == ("error: count-change/release.md.j2:50: template: area 'Cardiff': the story has no "
                             "attribute 'bakground' (expected only the variables and helpers drafter provides; did "
                             "you mean 'background'?)\n")


def test_the_dateline_names_the_place_in_each_presets_way(tmp_path: Path) -> None:
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    assert "\n\nCardiff, 15 October 2024\n\n" in api.preview(campaign, "Swansea")[0]
    assert "\n\nCARDIFF — Oct. 15, 2024\n\n" in api.preview(campaign, "Swansea", locale="en_US")[0]
    assert "\n\nCaerdydd, 15 Hydref 2024\n\n" in api.preview(campaign, "Swansea", locale="cy_GB")[0]


@pytest.mark.parametrize(("old", "new", "message"), [
    ('{{ quotes() }}', '{{ chnage(m) }}',
     "count-change/release.md.j2:53: template: area 'Cardiff': 'chnage' is undefined (expected only the variables "
     "and helpers drafter provides; did you mean 'change'?)"),
    ('{{ quotes() }}', '{{ count("parcel") }}',
     "count-change/release.md.j2:53: template: area 'Cardiff': asks for the unknown measure 'parcel' (did you "
     "mean 'parcels'? (one of parcels))"),
    ('{{ quotes() }}', '{{ story.background | sentance }}',
     "count-change/release.md.j2:53: template: syntax error: No filter named 'sentance'. (expected valid Jinja2; "
     "did you mean 'sentence'?)"),
    ('{{ quotes() }}', '{{ quote() }}',
     "count-change/release.md.j2:53: template: area 'Cardiff': quote() missing 1 required positional argument: "
     "'role' (expected the helper's arguments as docs/templates.md lists them)"),
])
def test_an_error_in_a_copied_template_names_its_file_line_and_what_was_meant(tmp_path: Path, old: str, new: str,
                                                                              message: str) -> None:
    """The file named is the one in the press officer's campaign folder, relative to it as campaign.yaml is."""
    api.new_campaign(tmp_path / "x", "count-change")
    edit(tmp_path / "x" / "count-change" / "release.md.j2", old, new)
    result = runner.invoke(app, ["preview", str(tmp_path / "x"), "--area", "Cardiff"])
    assert result.exit_code == 1
    assert result.stderr == f"error: {message}\n"


def test_an_error_in_the_welsh_variant_names_that_file(tmp_path: Path) -> None:
    api.new_campaign(tmp_path / "x", "count-change")
    edit(tmp_path / "x" / "campaign.yaml", "# languages: [en_GB, cy_GB]", "languages: [en_GB, cy_GB]")
    edit(tmp_path / "x" / "count-change" / "release.cy.md.j2", "{{ quotes() }}", "{{ story.cefndir }}")
    result = runner.invoke(app, ["draft", str(tmp_path / "x"), "--out", str(tmp_path / "o"), "--area", "Cardiff"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: count-change/release.cy.md.j2:53: template: area ")


def test_a_per_head_release_over_a_year_opens_with_between_not_in(tmp_path: Path) -> None:
    """per-head's first sentence names its period with between(): "Between April 2024 and March 2025, …" (it
    said "In April 2024 to March 2025"); a period of one month still reads "In October 2024"."""
    campaign = tmp_path / "points"
    shutil.copytree(shipped_root() / "per-head" / "example", campaign)
    assert "\nIn October 2024, Cardiff had 194 public charging points" in api.preview(campaign, "Cardiff")[0]
    edit(campaign / "campaign.yaml", "start: 2024-10-01\n    end: 2024-10-31", "start: 2024-04-01\n    end: 2025-03-31")
    text = api.preview(campaign, "Cardiff")[0]
    assert "\nBetween April 2024 and March 2025, Cardiff had 194 public charging points" in text


def test_a_welsh_release_says_which_areas_it_names_in_english_for_want_of_a_column(tmp_path: Path) -> None:
    """Without name_cy a Welsh release printed "Ar draws Wales" silently; an empty cell that a sentence names
    ({yn_cy}) left a hole ("a roddwyd : 31"). Without yn_cy, "yn" and the place take the nasal mutation by rule
    ("ym Mhowys"), so that needs no warning."""
    target = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", target)
    edit(target / "areas.csv", "Wales,,Wales,Cymru,yng Nghymru", "Wales,,Wales,,")
    edit(target / "areas.csv", "Powys,Wales,Powys,Powys,ym Mhowys", "Powys,Wales,Powys,Powys,")
    with pytest.raises(InputError) as caught:
        api.preview(target, "Powys", locale="cy_GB")
    assert str(caught.value) == ("campaign.yaml:19: measures.parcels.subject_cy: area 'Powys': names {yn_cy}, which "
                                 "is empty in areas.csv (expected the yn_cy column filled in on Powys' row "
                                 "(areas.csv row 6))")
    edit(target / "campaign.yaml", "a roddwyd {yn_cy}", "a roddwyd")  # the area follows, as yn_cy gives it
    text, release = api.preview(target, "Powys", locale="cy_GB")
    assert "Ar draws Wales," in text and "a roddwyd ym Mhowys" in text
    assert "a roddwyd yng Nghaerdydd" in api.preview(target, "Cardiff", locale="cy_GB")[0]
    assert [(w.message, w.area) for w in release.warnings if w.code == "place_in_english"] == [
        ("areas.csv has no name_cy for these areas, so the cy_GB releases give their names in English: add a name_cy "
         "column with each area's name in that language (the same where it does not change)", "Wales")]
    assert not [w for w in api.preview(target, "Powys")[1].warnings if w.code == "place_in_english"]


def test_a_leading_the_reads_in_lower_case_mid_sentence_unless_campaign_yaml_keeps_it(tmp_path: Path) -> None:
    """"from the Cwtch Food Network", as newsdesks write it; "The Cwtch Food Network supports …" at the start of a
    sentence and "About The Cwtch Food Network" as a heading; organisation_in_text keeps a registered "The"."""
    campaign = tmp_path / "parcels"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "quotes.yaml", "    attribution: of the Cwtch Food Network\n", "")
    edit(campaign / "campaign.yaml", "  background: The Cwtch Food Network supports food banks across Wales, each run "
         "by volunteers from local churches and community groups.", "  background: '{organisation} supports food banks "
         "across Wales, each run with {organisation} and by volunteers.'")
    text = api.preview(campaign, "Cardiff")[0]
    assert "\nThe Cwtch Food Network supports food banks across Wales, each run with the Cwtch Food Network and " \
           "by volunteers.\n" in text
    assert "\nChief Executive Megan Price, from the Cwtch Food Network, said: “" in text
    assert "\n## About The Cwtch Food Network\n" in text
    assert "Rhwydwaith Bwyd Cwtch yn cefnogi banciau bwyd" in api.preview(campaign, "Cardiff", locale="cy_GB")[0]
    edit(campaign / "campaign.yaml", "organisation: The Cwtch Food Network\n",
         "organisation: The Cwtch Food Network\norganisation_in_text: The Cwtch Food Network\n")
    kept = api.preview(campaign, "Cardiff")[0]
    assert "each run with The Cwtch Food Network and" in kept and "Megan Price, from The Cwtch Food Network," in kept
    assert "\n## About The Cwtch Food Network\n" in kept
    edit(campaign / "campaign.yaml", "organisation_in_text: The Cwtch", "organisation_in_text: the Cwtch")
    assert "\n## About the Cwtch Food Network\n" in api.preview(campaign, "Cardiff")[0]  # as the campaign reads it
    assert "\n## Ynglŷn â Rhwydwaith Bwyd Cwtch\n" in api.preview(campaign, "Cardiff", locale="cy_GB")[0]


def test_a_parent_whose_total_is_known_for_one_period_gives_it_and_names_the_other(tmp_path: Path) -> None:
    """A district's figure not available for last year hides its county's total for that year only: the other
    districts' releases give the county's latest total and name the year that is missing, never 'not available
    for the same periods' of a total that one of them has."""
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,[x],31")
    assert ("\nAcross Wales as a whole, the figure was 7,985 between April and September 2024; figures for "
            "April to September 2023 are not available.\n") in api.preview(campaign, "Swansea")[0]
    assert ("\nAr draws Cymru, roedd y ffigur yn 7,985 rhwng Ebrill a Medi 2024; nid oes ffigurau ar gael "
            "rhwng Ebrill a Medi 2023.\n") in api.preview(campaign, "Swansea", locale="cy_GB")[0]
    rates = tmp_path / "buses"
    shutil.copytree(shipped_root() / "rate-change" / "example", rates)
    edit(rates / "figures.csv", "Wales,electric,10.2,14.6", "Wales,electric,[x],14.6")
    assert "\nAcross Wales as a whole, the figure was 14.6 per cent" in api.preview(rates, "Swansea")[0]


def test_a_parent_total_known_for_one_period_is_listed_with_it_in_several_measures(tmp_path: Path) -> None:
    campaign = tmp_path / "boats"
    shutil.copytree(shipped_root() / "several-measures" / "example", campaign)
    edit(campaign / "figures.csv", "Ceredigion,launches,64,64", "Ceredigion,launches,[x],64")
    assert "\n- Lifeboat launches: 325 (not available in 2023)\n" in api.preview(campaign, "Cardiff")[0]
    assert "\n- Lansiadau’r badau achub: 325 (dim ffigurau ar gael yn 2023)\n" in \
        api.preview(campaign, "Cardiff", locale="cy_GB")[0]


def test_a_rate_known_for_one_period_is_listed_with_it_in_rate_change(tmp_path: Path) -> None:
    campaign = tmp_path / "buses"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "figures.csv", "Powys,electric,0.8,1.2", "Powys,electric,[x],1.2")
    assert "\n- Powys: 1.2 per cent (not available between April 2022 and March 2023)\n" in \
        api.preview(campaign, "Wales")[0]


def test_a_place_whose_name_reads_with_the_is_not_given_a_second_the(tmp_path: Path) -> None:
    """in_text "the Isles of Scilly" in a subject that says "the {area} …" read "in the the Isles of Scilly"."""
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "areas.csv", "Swansea,Wales,Swansea,", "Swansea,Wales,the City of Swansea,")
    edit(campaign / "campaign.yaml", "subject: emergency food parcels given out in {area}",
         "subject: emergency food parcels given out in the {area} council area")
    assert "# Emergency food parcels given out in the City of Swansea council area fall 15 per cent\n" in \
        api.preview(campaign, "Swansea")[0]
    assert "# Emergency food parcels given out in the Cardiff council area rise 23 per cent\n" in \
        api.preview(campaign, "Cardiff")[0]


def test_a_rate_per_head_the_template_never_gives_is_warned_about(tmp_path: Path) -> None:
    """A fire service asked count-change for "a rate per 100,000 dwellings" (population: and per: under the
    measure) and got counts alone without a word; per-head and league-table give the rate, and warn of nothing."""
    campaign = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "    kind: count\n", "    kind: count\n    population: homes\n    per: 100000\n"
         "  homes:\n    label: homes\n    unit: homes\n    required: false\n")
    figures = campaign / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8") + "".join(
        f"{area},homes,,\"{n:,}\"\n" for area, n in [("Cardiff", 160000), ("Swansea", 110000), ("Ceredigion", 33000),
                                                   ("Powys", 62000), ("Ynys Môn", 33000)]), encoding="utf-8")
    result = api.draft(campaign, tmp_path / "out", formats=["md"])
    assert [w.message for w in result.warnings if w.code in ("rate_unused", "measure_unused")] == [
        "no release gives a rate per 100,000 homes for measure 'parcels' (emergency food parcels given out), though "
        "campaign.yaml gives it population: homes and per: 100000: the template 'count-change' prints its counts "
        "only (per-head and league-table give a rate per head, rate-change how it changed between two periods; or take "
        "population and per out of the measure)"]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("    per: 1000 ", "    per: 1.5 ",
     'campaign.yaml:23: measures.incidents.per: "1.5" is not a whole number of 1 or more (expected how many people '
     "(or homes: the population's unit) a rate per head is given for, such as 1000 or 100000)"),
    ("    population: population ", "    population: populaton ",
     'campaign.yaml:16: measures.incidents.population: "populaton" is not another measure of the campaign that '
     "counts the population a rate divides by (people, homes, pupils) (did you mean 'population'?)"),
    ("    per: 1000 ", "    per: \"1,000\" ", ""),  # as a press officer writes it: read as 1000
])
def test_a_rate_per_heads_per_and_population_are_read_or_refused_in_the_officers_words(
        tmp_path: Path, old: str, new: str, message: str) -> None:
    campaign = tmp_path / "tips"
    shutil.copytree(shipped_root() / "league-table" / "example", campaign)
    edit(campaign / "campaign.yaml", old, new)
    result = runner.invoke(app, ["preview", str(campaign), "--area", "Cardiff"])
    assert (result.exit_code, result.stderr) == ((1, f"error: {message}\n") if message else (0, ""))
    if not message:
        assert "per 1,000 people" in result.stdout


def test_an_organisation_that_reads_with_the_but_is_printed_without_one_is_warned_of_with_the_key_to_add(
        tmp_path: Path) -> None:
    """"About Mountain West Recovery Alliance", "Dana Ortiz of Mountain West Recovery Alliance said" went out
    without a word; preview and draft name the key that adds "the" (or keeps the name as it is)."""
    campaign = tmp_path / "parcels"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "organisation: The Cwtch Food Network\n", "organisation: Cwtch Food Network\n")
    edit(campaign / "quotes.yaml", "    organisation: The Cwtch Food Network\n    attribution: of the Cwtch Food "
         "Network\n", "    organisation: Welsh Department of Health\n")
    text, release = api.preview(campaign, "Cardiff")
    assert "\n## About Cwtch Food Network\n" in text and "Megan Price, from Welsh Department of Health, said" in text
    assert [w.message for w in release.warnings if w.code == "organisation_the"] == [
        "campaign.yaml: organisation: the releases print 'About Cwtch Food Network' and 'Cwtch Food Network' "
        "mid-sentence; if it reads with 'the', add organisation_in_text: the Cwtch Food Network (if it reads right "
        "as it is, organisation_in_text: Cwtch Food Network)",
        "quotes.yaml:6: speakers.megan-price: Megan Price is introduced as 'from Welsh Department of Health'; if it "
        "reads with 'the', add attribution: from the Welsh Department of Health (if it reads right as it is, "
        "attribution: from Welsh Department of Health)"]
    edit(campaign / "campaign.yaml", "organisation: Cwtch Food Network\n",
         "organisation: Cwtch Food Network\norganisation_in_text: the Cwtch Food Network\n")
    edit(campaign / "quotes.yaml", "    organisation: Welsh Department of Health\n",
         "    organisation: Welsh Department of Health\n    attribution: from the Welsh Department of Health\n")
    text, release = api.preview(campaign, "Cardiff")
    assert "\n## About the Cwtch Food Network\n" in text and "from the Welsh Department of Health, said" in text
    assert [w for w in release.warnings if w.code == "organisation_the"] == []
