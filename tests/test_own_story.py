"""A press officer's own campaign, as campaign.yaml and a spreadsheet give it: the edges the shipped examples
do not reach (three years, a year between marked not available, …)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import DrafterError, api


def _three_years(food: Path, middle: dict[str, str]) -> None:
    """count-change's example with a year between its two, each area's figure for it from ``middle``."""
    yaml = food / "campaign.yaml"
    text = yaml.read_text(encoding="utf-8")
    before = "  this_year:\n    start: 2024-04-01"
    assert before in text
    yaml.write_text(text.replace(before, "  between:\n    start: 2023-10-01\n    end: 2024-03-31\n" + before),
                    encoding="utf-8")
    rows = ["area,measure,last_year,between,this_year"] + [f'{area},parcels,"{old}","{between}","{new}"' for area, (
        old, new) in {"Cardiff": ("4,120", "5,066"), "Swansea": ("2,480", "2,108"), "Ceredigion": ("640", "640"),
                      "Powys": ("12", "31"), "Ynys Môn": ("0", "140")}.items() for between in [middle[area]]]
    (food / "figures.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_year_between_the_two_compared_marked_not_available_takes_nothing_from_the_comparison(food: Path) -> None:
    """A police force's three years, the middle one [c] for one district: the first and last were both there,
    yet the release said "Figures for Swansea are not available for <the last year>, so there is no comparison
    to give", and Wales's that its first year was not available; the comparison is the first and last's."""
    _three_years(food, {"Cardiff": "4,500", "Swansea": "[c]", "Ceredigion": "600", "Powys": "20",
                        "Ynys Môn": "70"})
    text = api.preview(food, "Swansea", locale="en_GB", escape=False)[0]
    assert "no comparison" not in text and "not available" not in text
    assert "Emergency food parcels given out in Swansea have fallen by 15 per cent, from 2,480 parcels" in text
    assert "Across Wales as a whole, the figure went from 7,252 to 7,985 over the same periods" in text


def _story(food: Path, lines: str) -> None:
    yaml = food / "campaign.yaml"
    text = yaml.read_text(encoding="utf-8")
    assert "\nstory:" in text
    yaml.write_text(text.replace("\nstory:", "\nstory:\n" + lines, 1), encoding="utf-8")


def test_a_target_line_is_printed_by_which_side_of_the_target_the_latest_figure_is_on(food: Path) -> None:
    """An NHS trust's "against the target of 95 per cent", and the area that met it, needed the template:
    story.target with met_target and missed_target prints the one that is true, the target as the house style
    prints the measure's figures, recorded as a fact (so drafter check knows it) and never warned of as typed."""
    _story(food, "  target: 1000\n  met_target: \"{area} met the network's goal of {target}.\"\n"
           "  missed_target: \"{area} fell short of the network's goal of {target}.\"\n")
    cardiff, release = api.preview(food, "Cardiff", locale="en_GB", escape=False)
    powys = api.preview(food, "Powys", locale="en_GB", escape=False)[0]
    assert "\n\nCardiff met the network’s goal of 1,000 parcels.\n\n" in cardiff and "fell short" not in cardiff
    assert "\n\nPowys fell short of the network’s goal of 1,000 parcels.\n\n" in powys and " met " not in powys
    assert [f.text for f in release.facts if f.name == "parcels.target"] == ["1,000"]
    assert not [w for w in release.warnings if w.code == "story_unchecked"]
    _story(food, "  target_met: at or below\n")  # a wait's or a response time's target
    assert "Cardiff fell short" in api.preview(food, "Cardiff", locale="en_GB", escape=False)[0]


def test_a_target_sentence_without_a_target_is_refused_saying_what_to_add(food: Path) -> None:
    _story(food, "  met_target: \"{area} met the goal of {target}.\"\n")
    with pytest.raises(DrafterError) as caught:
        api.preview(food, "Cardiff", locale="en_GB")
    assert caught.value.line() == (
        "campaign.yaml:30: story.target: is missing (expected the target met_target is about, a figure in the "
        "measure's unit: target: 95 for 95 per cent)")


def test_a_year_no_release_gives_is_named_in_a_warning(food: Path) -> None:
    """Three years given, the releases compare the first and the last and said nothing of the one between: the
    press officer is told, and how to give it (a table), before the releases go out without it."""
    from drafter.load.campaign import load_campaign
    from drafter.reports.consistency import BatchFacts, unprinted_measures
    from drafter.style.house import PRESETS

    _three_years(food, {"Cardiff": "4,500", "Swansea": "2,300", "Ceredigion": "600", "Powys": "20",
                        "Ynys Môn": "70"})
    facts = BatchFacts()
    facts.add(api.preview(food, "Swansea", locale="en_GB")[1], PRESETS["en_GB"])
    assert [w.message for w in unprinted_measures(facts, load_campaign(food)) if w.code == "period_unused"] == [
        "no release gives a figure for period 'between' (October 2023 to March 2024): the template 'count-change' "
        "compares period 'last_year' (April to September 2023) with period 'this_year' (April to September 2024), "
        "the first and the last (table: true gives every period's figures in a table; or take it out of periods: "
        "in campaign.yaml)"]


def test_a_welsh_name_led_by_its_article_reads_in_lower_case_mid_sentence(food: Path) -> None:
    """A charity's UK-wide figures in Welsh: name_cy "Y Deyrnas Unedig", as a list or heading writes it, was printed
    "Ar draws Y Deyrnas Unedig"; mid-sentence Welsh writes its article in lower case, as in_text_cy would say."""
    areas = food / "areas.csv"
    text = areas.read_text(encoding="utf-8")
    assert "Wales,,Wales,Cymru," in text
    areas.write_text(text.replace("Wales,,Wales,Cymru,", "Wales,,Wales,Y Deyrnas Unedig,"), encoding="utf-8")
    welsh = api.preview(food, "Cardiff", locale="cy_GB", escape=False)[0]
    assert "Ar draws y Deyrnas Unedig, aeth y ffigur" in welsh and "Y Deyrnas" not in welsh


def test_quotes_add_puts_a_draft_quote_for_one_area_into_drafter_news_quotes_yaml(food: Path) -> None:
    """A cabinet member's quote per ward had to be typed into quotes.yaml by uncommenting its notes, with YAML's
    indents; drafter quotes add writes it, a new speaker too, keeping the notes, and says what to do next."""
    from typer.testing import CliRunner

    from drafter.cli import app
    from drafter.shipped import new_quotes_file

    notes = new_quotes_file().read_text(encoding="utf-8")
    (food / "quotes.yaml").write_text(notes, encoding="utf-8")
    result = CliRunner().invoke(app, ["quotes", "add", str(food), "patel-cardiff", "--speaker", "asha-patel",
                                      "--name", "Asha Patel", "--title", "Cabinet Member for Housing", "--area",
                                      "Cardiff", "--text", "Every family deserves a warm meal.\n\nWe will help."])
    assert (result.exit_code, result.output) == (0, (
        "added patel-cardiff (draft, scope: Cardiff); used in the releases of Cardiff\n"
        f"next: drafter quotes approve {food} patel-cardiff --by NAME, once its speaker has approved its words\n"))
    text = (food / "quotes.yaml").read_text(encoding="utf-8")
    assert text.startswith(notes) and text.endswith(
        "  - id: patel-cardiff\n    role: spokesperson\n    speaker: asha-patel\n    areas: [Cardiff]\n"
        "    status: draft\n    text: |\n      Every family deserves a warm meal.\n\n      We will help.\n")
    shown = api.preview(food, "Cardiff", locale="en_GB", escape=False)[0]
    assert "Asha Patel, cabinet member for housing, said: “Every family deserves a warm meal." in shown
    assert "[QUOTE NOT APPROVED]" in shown


def test_quotes_add_refused_leaves_quotes_yaml_as_it_was(food: Path) -> None:
    """A speaker not in quotes.yaml, or an area not in areas.csv, is refused, and quotes.yaml is as it was."""
    from drafter.load.campaign import load_campaign

    before = (food / "quotes.yaml").read_bytes()
    speakers = ", ".join(sorted(s.id for s in load_campaign(food).speakers))
    with pytest.raises(DrafterError) as caught:
        api.add_quote(food, "new-one", speaker="nobody", text="Words.")
    assert caught.value.line() == (f'--speaker: "nobody" is not a speaker in quotes.yaml (expected one of {speakers}, '
                                   "or --name with the speaker's name (and --title and --organisation) to add them)")
    with pytest.raises(DrafterError, match="did you mean 'Cardiff'"):
        api.add_quote(food, "new-one", speaker="x", name="Sam Lee", text="Words.", areas=("Cardif",))
    assert (food / "quotes.yaml").read_bytes() == before


def test_quotes_add_for_a_place_unlike_any_area_is_refused_naming_the_areas(food: Path) -> None:
    """A press officer adding a quote for a place outside its areas ("Gower") got "added … used in no
    releases": the quote was kept, for nothing. It is refused, with the areas it may name, and quotes.yaml is as
    it was; one such area already in quotes.yaml stays a warning (tests/test_new_campaign.py)."""
    before = (food / "quotes.yaml").read_bytes()
    with pytest.raises(DrafterError) as caught:
        api.add_quote(food, "new-one", speaker="x", name="Sam Lee", text="Words.", areas=("Cardiff", "Gower"))
    assert caught.value.line() == (
        '--area: "Gower" is not an area in areas.csv, so no release would print the quote (expected an '
        "area's name or code from areas.csv (meaning it and every area in it), the name followed by only (its own "
        "release only), or all; the areas are Wales, Cardiff, Swansea, Ceredigion, Powys, Ynys Môn)")
    with pytest.raises(DrafterError) as caught:  # a place only alike an area's name is no slip for it
        api.add_quote(food, "new-one", speaker="x", name="Sam Lee", text="Words.", areas=("the Valleys",))
    assert "the areas are Wales," in caught.value.line() and "did you mean" not in caught.value.line()
    assert (food / "quotes.yaml").read_bytes() == before


def test_a_target_is_a_figure_not_words_a_welsh_release_needs_again(food: Path) -> None:
    """story.target and target_met are a figure and a choice: the Welsh releases' warning of text given in English
    only named story.target and story.target_met, as if they needed target_cy; met_target without its _cy is
    named, and the Welsh release prints the target as the Welsh house style does."""
    from drafter.batch import untranslated_notices
    from drafter.load.campaign import load_campaign
    from drafter.style.lang import languages

    _story(food, "  target: 1000\n  target_met: at or above\n  met_target: \"{area} met the goal of {target}.\"\n"
           "  missed_target: \"{area} fell short of the goal of {target}.\"\n"
           "  missed_target_cy: \"Nid yw {area} wedi cyrraedd y nod o {target}.\"\n")
    [notice] = untranslated_notices(load_campaign(food), [languages()["cy"]])
    assert "(story.met_target)" in notice.message and "story.target," not in notice.message
    welsh = api.preview(food, "Powys", locale="cy_GB", escape=False)[0]
    assert "Nid yw Powys wedi cyrraedd y nod o 1,000 o barseli." in welsh


def test_a_story_sentence_or_note_that_opens_with_the_area_opens_with_a_capital(food: Path) -> None:
    """A charity's UK release: rise "{area} has more volunteers than ever." read "the UK has more …", as the UK
    reads "the UK" mid-sentence; a sentence or note that opens with a place now opens with a capital."""
    areas = food / "areas.csv"
    text = areas.read_text(encoding="utf-8")
    assert "\nWales,,Wales," in text
    areas.write_text(text.replace("\nWales,,Wales,", "\nWales,,the nation,"), encoding="utf-8")
    yaml = food / "campaign.yaml"
    lines = yaml.read_text(encoding="utf-8").splitlines()
    [at] = [n for n, line in enumerate(lines) if line.startswith("  rise: ")]
    lines[at] = '  rise: "{area} gave out more parcels than ever."'
    yaml.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wales = api.preview(food, "Wales", locale="en_GB", escape=False)[0]
    assert "\n\nThe nation gave out more parcels than ever.\n\n" in wales


def test_check_finds_a_target_sentence_moved_to_an_area_on_the_other_side_of_the_target(food: Path,
                                                                                        tmp_path: Path) -> None:
    """The target's figure is true in every release, so a colleague pasting Cardiff's "met the goal" line into
    Powys's release (which missed it) changed no figure: check said the file was clean. Now the words of
    met_target in a release drafter gave missed_target (and the other way round) are a finding; untouched, clean."""
    _story(food, "  target: 1000\n  met_target: \"{area} met the network's goal of {target}.\"\n"
           "  missed_target: \"{area} has not met the network's goal of {target}.\"\n")
    out = tmp_path / "out"
    api.draft(food, out, areas=["Powys"], formats=["md"])
    release = out / "powys.md"
    assert not api.check(food, [release], area="Powys").findings
    text = release.read_text(encoding="utf-8")
    assert "Powys has not met the network’s goal of 1,000 parcels." in text
    release.write_text(text.replace("Powys has not met", "Powys met"), encoding="utf-8")
    found = api.check(food, [release], area="Powys").findings
    assert [f.line().split(": ", 2)[2] for f in found] == [
        "paragraph 6 \"Powys met the network’s goal of 1,000 parcels.\": says Powys met the target (campaign.yaml's "
        "story.met_target), but Powys' latest figure missed it: drafter wrote the sentence for an area that "
        "missed it"]


def test_check_holds_a_figure_said_of_a_financial_year_against_that_year_alone(food: Path, tmp_path: Path) -> None:
    """A campaign of 2023/24 against 2024/25: "In 2024/25, 4,120 parcels …" (4,120 was 2023/24's) was clean, as
    the 2024 of "2024/25" was read as a year on its own, naming both periods (2023/24 ends in 2024)."""
    yaml = food / "campaign.yaml"
    text = yaml.read_text(encoding="utf-8").replace(
        "end: 2023-09-30", "end: 2024-03-31").replace("end: 2024-09-30", "end: 2025-03-31").replace(
        "release_date: 2024-10-15", "release_date: 2025-06-12\nhouse_style:\n  financial_years: 2024/25").replace(
        "embargo: 2024-10-15 00:01", "embargo: 2025-06-12 00:01")
    yaml.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    api.draft(food, out, areas=["Cardiff"], formats=["md"])
    release = out / "cardiff.md"
    assert not api.check(food, [release], area="Cardiff").findings
    drafted = release.read_text(encoding="utf-8")
    assert "from 4,120 parcels in 2023/24 to 5,066 parcels in 2024/25" in drafted
    release.write_text(drafted.replace("The network says more", "In 2024/25, 4,120 parcels were given out in "
                                       "Cardiff. The network says more"), encoding="utf-8")
    found = api.check(food, [release], area="Cardiff").findings
    assert [f.line().split(": ", 2)[2] for f in found] == [
        "paragraph 6 \"In 2024/25, 4,120 parcels were given out in …\": '4,120' in new text where Cardiff's figure for "
        "emergency food parcels given out in 2024/25 is '5,066' (figures.csv, row 2, column this_year)"]


def test_a_target_line_is_printed_where_only_the_latest_figure_is_given(food: Path) -> None:
    """The target is held against the latest figure: where the earlier one was not available, the release gave the
    latest ('… in Powys was 31') but no target line, as the line was printed only beside a change."""
    _story(food, "  target: 100\n  met_target: \"{area} met the network's goal of {target}.\"\n"
           "  missed_target: \"{area} fell short of the network's goal of {target}.\"\n")
    figures = food / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace("Powys,parcels,12,31", "Powys,parcels,[x],31")
                       .replace("Ynys Môn,parcels,0,140", "Ynys Môn,parcels,0,[x]"), encoding="utf-8")
    powys = api.preview(food, "Powys", locale="en_GB", escape=False)[0]
    assert "in Powys was 31" in powys and "\n\nPowys fell short of the network’s goal of 100 parcels.\n\n" in powys
    ynys_mon = api.preview(food, "Ynys Môn", locale="en_GB", escape=False)[0]  # the latest not available: no line
    assert "goal" not in ynys_mon


@pytest.mark.parametrize(("said", "found"), [
    ("In the first half of 2024/25, 5,066 parcels were given out in Cardiff.", []),
    ("In the second half of 2024/25, 5,066 parcels were given out in Cardiff.", [
        "'second half of 2024/25' in new text where the release's figures are for April to September 2023 and April "
        "to September 2024 (campaign.yaml, key periods.this_year): 'second half of 2024/25' is none of them; the "
        "figures of 2024/25 are for April to September 2024"])])
def test_check_reads_a_half_of_a_financial_year_from_april(food: Path, tmp_path: Path, said: str,
                                                          found: list[str]) -> None:
    """April to September 2024 is the first half of 2024/25: typed so, it was a finding (read as January to June
    2024, and quoted as 'first half of 2024'); the second half (October to March) is none of the periods."""
    out = tmp_path / "out"
    api.draft(food, out, areas=["Cardiff"], formats=["md"])
    release = out / "cardiff.md"
    release.write_text(release.read_text(encoding="utf-8").replace("The network says more", f"{said} The network "
                                                                   "says more"), encoding="utf-8")
    assert [f.message for f in api.check(food, [release], area="Cardiff").findings] == found


def test_a_target_prints_to_the_decimal_places_of_the_measures_figures(food: Path) -> None:
    """A rate published to one decimal place ("12.0 per cent") printed its target as typed, "12 per cent", beside
    it: one figure, two ways. The target now prints to the places the measure's figures print to, in English and
    Welsh, and the fact sheet records that form, so drafter check knows it."""
    yaml = food / "campaign.yaml"
    text = yaml.read_text(encoding="utf-8")
    for old, new in (("    kind: count", "    kind: rate"), ("    unit: parcels ", "    unit: per cent "),
                     ("    unit_one: parcel ", "    # "), ("    unit_cy: parseli", "    #"),
                     ("    unit_one_cy: parsel", "    #")):
        assert old in text
        text = text.replace(old, new)
    yaml.write_text(text, encoding="utf-8")
    (food / "figures.csv").write_text("area,measure,last_year,this_year\nWales,parcels,7.0,8.5\n"
                                      "Cardiff,parcels,10.5,12.0\nSwansea,parcels,14.2,11.5\nCeredigion,parcels,"
                                      "6.0,6.0\nPowys,parcels,3.1,4.0\nYnys Môn,parcels,0.0,2.5\n", encoding="utf-8")
    _story(food, "  target: 12\n  met_target: \"{area} met the goal of {target}.\"\n"
           "  missed_target: \"{area} fell short of the goal of {target}.\"\n"
           "  met_target_cy: \"Cyrhaeddodd {area} y nod o {target}.\"\n"
           "  missed_target_cy: \"Nid yw {area} wedi cyrraedd y nod o {target}.\"\n")
    cardiff, release = api.preview(food, "Cardiff", locale="en_GB", escape=False)
    assert "Cardiff met the goal of 12.0 per cent." in cardiff and "12.0 per cent" in cardiff.split("met the")[0]
    assert [f.text for f in release.facts if f.name == "parcels.target"] == ["12.0"]
    assert "Nid yw Powys wedi cyrraedd y nod o 12.0%." in api.preview(food, "Powys", locale="cy_GB", escape=False)[0]


def test_a_parent_named_like_its_areas_is_warned_of_naming_the_key_that_mends_its_list(food: Path) -> None:
    """An NHS trust whose areas are its hospitals: the trust's list read "The hospitals of Northshire Hospitals"
    with no word said. No wording fits every such name without knowing what the parent is (a trust, a board), so
    drafter warns, naming the row and the keys that mend it; an in_text that reads after "of" quietens it."""
    areas = food / "areas.csv"
    text = areas.read_text(encoding="utf-8")
    areas.write_text(text.replace("Wales,,Wales,", "Northshire Hospitals,,Northshire Hospitals,").replace(
        ",Wales,", ",Northshire Hospitals,"), encoding="utf-8")
    yaml = food / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("\nstory:", "\narea_word: hospital\narea_word_cy: ysbyty"
                                                              "\narea_words_cy: ysbytai\nstory:", 1), encoding="utf-8")
    text, release = api.preview(food, "Northshire Hospitals", locale="en_GB", escape=False)
    assert "The hospitals of Northshire Hospitals, by their latest figures" in text
    assert [w.message for w in release.warnings if w.code == "area_named_like_its_areas"] == [
        "areas.csv:2: Northshire Hospitals already ends in 'hospitals', so its release lists its areas under "
        "'The hospitals of Northshire Hospitals'; give it an in_text in areas.csv that reads after 'of' and says "
        "what it is (the Northshire Hospitals trust, say), or name its areas another way in campaign.yaml "
        "(area_word: site)"]
    areas.write_text(areas.read_text(encoding="utf-8").replace(
        "Northshire Hospitals,,Northshire Hospitals,", "Northshire Hospitals,,the Northshire Hospitals trust,"),
        encoding="utf-8")
    text, release = api.preview(food, "Northshire Hospitals", locale="en_GB", escape=False)
    assert "The hospitals of the Northshire Hospitals trust, by" in text
    assert not [w for w in release.warnings if w.code == "area_named_like_its_areas"]
