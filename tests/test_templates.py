"""The shipped templates: each starts a campaign that drafts as it comes (`drafter new x --template NAME`), its
example's releases match golden files in English and Welsh (a rise, a fall, no change, a small base and a zero
base where the story has a change), both languages print the same facts, and `drafter templates` lists them."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import TemplateError
from drafter.shipped import shipped_root, story_templates
from tests.conftest import edit

runner = CliRunner()
TEMPLATES = story_templates()
NEW = [t for t in TEMPLATES if t != "helpline-rise"]  # the reference campaign has its own golden files


def bilingual(template: str, target: Path) -> Path:
    """A copy of a shipped template's example published in English and Welsh."""
    shutil.copytree(shipped_root() / template / "example", target)
    edit(target / "campaign.yaml", "\nlocale: en_GB\n", "\nlocale: en_GB\nlanguages: [en_GB, cy_GB]\n")
    return target


@pytest.fixture(scope="module", params=NEW)
def drafted(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path,
                                                                                                 api.DraftResult]:
    template = str(request.param)
    folder = tmp_path_factory.mktemp(template)
    result = api.draft(bilingual(template, folder / "campaign"), folder / "out", formats=["md"])
    return template, folder / "out", result


def test_every_template_is_listed_and_every_new_one_has_a_welsh_variant() -> None:
    assert TEMPLATES[:2] == ["count-change", "helpline-rise"]
    for template in TEMPLATES:
        assert (shipped_root() / template / "release.cy.md.j2").is_file()
        assert (shipped_root() / template / "about.txt").is_file()


@pytest.mark.parametrize("template", TEMPLATES)
def test_new_then_draft_works_for_every_template(template: str, tmp_path: Path) -> None:
    made = runner.invoke(app, ["new", str(tmp_path / "x"), "--template", template])
    assert made.exit_code == 0, made.stderr
    assert sorted(p.name for p in (tmp_path / "x" / template).iterdir()) == [
        ".as-copied", "release.cy.md.j2", "release.md.j2"]  # and drafter's note of them as copied
    drafted = runner.invoke(app, ["draft", str(tmp_path / "x"), "--out", str(tmp_path / "o")])
    assert drafted.exit_code == 0, drafted.stderr
    assert list((tmp_path / "o").glob("*.docx")) and list((tmp_path / "o").glob("*.md"))


def test_the_copied_template_is_the_one_used(tmp_path: Path) -> None:
    api.new_campaign(tmp_path / "x", "count-change")
    edit(tmp_path / "x" / "count-change" / "release.md.j2", "{% block body %}\n",
         "{% block body %}\nOur own words.\n\n")
    assert "Our own words." in api.preview(tmp_path / "x", "Cardiff")[0]


def test_releases_match_their_golden_files_in_both_languages(
        drafted: tuple[str, Path, api.DraftResult], golden: Callable[[str, str], None]) -> None:
    template, out, _ = drafted
    files = sorted(out.glob("*.md"))
    assert files
    for path in files:
        golden(f"{template}/{path.name}", path.read_text(encoding="utf-8"))


def facts_of(path: Path) -> list[tuple[str, ...]]:
    """A fact sheet's (area, fact, exact value) rows: what a release states, whatever its language."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    return sorted((row[0], row[1], row[3]) for row in rows[1:])


def test_english_and_welsh_print_the_same_facts(drafted: tuple[str, Path, api.DraftResult]) -> None:
    _, out, result = drafted
    assert [w for w in result.warnings if w.code == "language_facts"] == []
    sheets = sorted(out.glob("*.en.facts.csv"))
    assert sheets
    for english in sheets:
        assert facts_of(english) == facts_of(english.with_name(english.name.replace(".en.", ".cy."))), english.name
        assert facts_of(english)


def test_a_campaign_whose_own_welsh_template_drops_a_figure_is_warned_naming_it(tmp_path: Path) -> None:
    campaign = bilingual("count-change", tmp_path / "campaign")
    api.new_campaign(tmp_path / "scratch", "count-change")
    shutil.copytree(tmp_path / "scratch" / "count-change", campaign / "count-change")
    edit(campaign / "count-change" / "release.cy.md.j2", "{% if area.whole %}", "{% if false %}")
    result = api.draft(campaign, tmp_path / "out", formats=["md"], areas=["Swansea"])
    assert [w.message for w in result.warnings if w.code == "language_facts"] == [
        "the English and Welsh releases print different facts; only in English: Wales' parcels.last_year "
        "('7,252'), Wales' parcels.last_year-this_year.percent ('10 per cent'), Wales' parcels.this_year ('7,985'); "
        "make the templates say the same (areas: Swansea)"]


def test_templates_lists_each_with_a_description_and_a_sample_headline() -> None:
    result = runner.invoke(app, ["templates"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("count-change\n  A count that changed between two periods")
    assert "  e.g. “Emergency food parcels given out in Cardiff rise 23 per cent”\n" in result.stdout
    for template in TEMPLATES:
        assert f"\n{template}\n" in f"\n{result.stdout}"
    assert result.stdout.endswith("start one: drafter new DIR --template NAME\n")


def test_an_unknown_template_names_the_shipped_ones(tmp_path: Path) -> None:
    result = runner.invoke(app, ["new", str(tmp_path / "x"), "--template", "base"])
    assert result.exit_code == 2
    assert result.stderr == ('error: --template: "base" is not a shipped template (expected one of '
                             + ", ".join(TEMPLATES) + "; drafter templates lists them)\n")


def test_the_reference_campaign_prints_the_same_facts_in_english_and_welsh(tmp_path: Path) -> None:
    result = api.draft(bilingual("helpline-rise", tmp_path / "campaign"), tmp_path / "out", formats=["md"])
    assert [w for w in result.warnings if w.code == "language_facts"] == []
    for english in sorted((tmp_path / "out").glob("*.en.facts.csv")):
        assert facts_of(english) == facts_of(english.with_name(english.name.replace(".en.", ".cy.")))


def test_several_measures_each_take_the_verb_their_subject_agrees_with(tmp_path: Path) -> None:
    """A plural subject ("lifeboat launches") has risen as "have", a singular one ("the number of people
    rescued") as "has", in the same release; the list of the parent's figures names each measure by its label."""
    text = api.preview(shipped_root() / "several-measures" / "example", "Swansea")[0]
    assert "Lifeboat launches in Swansea have fallen by 14 per cent" in text
    assert "The number of people rescued in Swansea has risen by 17 per cent" in text
    assert "The number of volunteer crew members in Swansea has remained unchanged" in text
    assert "- People rescued: from 131 to 139, a rise of 6.1 per cent\n" in text


@pytest.mark.parametrize(("old", "new", "message"), [
    ("measures: [launches, rescued, crew]", "measures: [launches, rescue, crew]",
     "campaign.yaml:51: story.measures[1]: \"rescue\" is not a measure in campaign.yaml (did you mean "
     "'rescued'?)"),
    ("measures: [launches, rescued, crew]", "measures: [launches, crew, crew]",
     "campaign.yaml:51: story.measures[2]: \"crew\" is listed twice (expected each measure once)"),
])
def test_a_slip_in_the_story_measures_names_the_line_and_what_was_meant(tmp_path: Path, old: str, new: str,
                                                                        message: str) -> None:
    campaign = tmp_path / "boats"
    shutil.copytree(shipped_root() / "several-measures" / "example", campaign)
    edit(campaign / "campaign.yaml", old, new)
    result = runner.invoke(app, ["preview", str(campaign), "--area", "Cardiff"])
    assert result.exit_code == 1
    assert result.stderr == f"error: {message}\n"


def test_the_order_of_story_measures_is_the_order_of_the_release(tmp_path: Path) -> None:
    campaign = tmp_path / "boats"
    shutil.copytree(shipped_root() / "several-measures" / "example", campaign)
    edit(campaign / "campaign.yaml", "measures: [launches, rescued, crew]", "measures: [crew, launches]")
    text = api.preview(campaign, "Cardiff")[0]
    assert "# The number of volunteer crew members in Cardiff rises 11 per cent" in text
    crew, launches = "The number of volunteer crew members in Cardiff has", "Lifeboat launches in Cardiff have"
    assert text.index(crew) < text.index(launches)
    assert "people rescued" not in text.lower()


def test_a_measure_not_given_or_suppressed_for_an_area_is_worded_as_not_available(tmp_path: Path) -> None:
    campaign = bilingual("several-measures", tmp_path / "boats")
    edit(campaign / "figures.csv", "Powys,crew,0,8\n", "")
    edit(campaign / "figures.csv", "Ynys Môn,rescued,9,14", "Ynys Môn,rescued,9,[c]")
    edit(campaign / "campaign.yaml", "    label: volunteer crew members\n",
         "    label: volunteer crew members\n    required: false\n")
    result = api.draft(campaign, tmp_path / "out", formats=["md"])
    assert [w for w in result.warnings if w.code == "language_facts"] == []
    powys = (tmp_path / "out" / "powys.en.md").read_text(encoding="utf-8")
    assert ("Figures for the number of volunteer crew members in Powys are not available, so there is no comparison "
            "to give.") in powys
    assert "- Volunteer crew members: not available\n" in powys
    ynys_mon = (tmp_path / "out" / "ynys-mon.cy.md").read_text(encoding="utf-8")
    assert "\nYn 2023, roedd nifer y bobl a achubwyd ar Ynys Môn yn 9. Nid oes ffigurau ar gael ar gyfer " \
           "nifer y bobl a achubwyd ar Ynys Môn yn 2024, felly nid oes cymhariaeth i’w rhoi." in ynys_mon
    assert "\nIn 2023, the number of people rescued in Ynys Môn was nine. Figures for the number of people rescued " \
           "in Ynys Môn are not available in 2024" in (tmp_path / "out" / "ynys-mon.en.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("locale", "line"), [
    ("en_GB", "- Cumbria: unchanged at 90\n"), ("cy_GB", "- Cumbria: dim newid, sef 90\n"),
])
def test_an_area_unchanged_in_a_list_says_so_once_not_from_90_to_90(tmp_path: Path, locale: str, line: str) -> None:
    campaign = tmp_path / "helpline"
    shutil.copytree(shipped_root() / "helpline-rise" / "example", campaign)
    edit(campaign / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,90")
    edit(campaign / "figures.csv", '"1,747","3,549"', '"1,747","3,468"')  # the region still adds up
    text = api.preview(campaign, "North West", locale=locale)[0]
    assert line in text
    assert "90 to 90" not in text and "90 i 90" not in text


@pytest.mark.parametrize(("locale", "listed"), [
    ("en_GB", ["- Cheshire: fewer than five in both periods\n", "- Lancashire: from fewer than five to 799\n"]),
    ("cy_GB", ["- Swydd Gaer: llai na 5 yn y ddau gyfnod\n", "- Swydd Gaerhirfryn: o lai na 5 i 799\n"]),
])
def test_a_helpline_list_says_a_suppressed_count_once(tmp_path: Path, locale: str, listed: list[str]) -> None:
    """As count-change's list: it said "from fewer than five to fewer than five, fewer than five in both periods"
    and "from fewer than five to 799, a rise" (a rise of nothing said)."""
    campaign = tmp_path / "helpline"
    shutil.copytree(shipped_root() / "helpline-rise" / "example", campaign)
    edit(campaign / "campaign.yaml", "\nareas: all", "\ndisclosure_threshold: 5\nareas: all")
    for old, new in (("Cheshire,contacts,150,440", "Cheshire,contacts,3,4"),
                     ("Cumbria,contacts,90,171", "Cumbria,contacts,4,3"),
                     ("Lancashire,contacts,410,799", "Lancashire,contacts,2,799"),
                     ('"1,747","3,549"', '"1,106","2,945"')):  # the region still adds up
        edit(campaign / "figures.csv", old, new)
    text = api.preview(campaign, "North West", locale=locale)[0]
    for line in listed:
        assert line in text
    assert ", a rise\n" not in text and ", cynnydd\n" not in text


@pytest.mark.parametrize(("locale", "line"), [
    ("en_GB", "Across Wales as a whole, the figure was unchanged at 7,252 parcels."),
    ("cy_GB", "Ar draws Cymru, arhosodd y ffigur yr un fath, sef 7,252 o barseli."),
])
def test_a_parents_count_unchanged_in_an_areas_release_records_both_periods(tmp_path: Path, locale: str,
                                                                           line: str) -> None:
    """"the figure was unchanged at 7,252 parcels" says both periods' counts, so the fact sheet (and the check, and
    disclosure control) has both, as for an area unchanged in a list."""
    campaign = tmp_path / "count-change"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    edit(campaign / "figures.csv", 'Cardiff,parcels,"4,120","5,066"', 'Cardiff,parcels,"4,120","4,333"')  # Wales
    text, release = api.preview(campaign, "Swansea", locale=locale)  # 7,252 in both years
    assert line in text
    assert [(f.name, f.text) for f in release.facts if f.area == "Wales"] == [
        ("parcels.last_year", "7,252"), ("parcels.this_year", "7,252")]


@pytest.mark.parametrize(("locale", "lines"), [
    ("en_GB", ["from £7,252 between April and September 2023 to £7,985 between April and September 2024",
               "- Cardiff: from £4,120 to £5,066, a rise of 23 per cent\n", "- Ceredigion: unchanged at £640\n",
               "- Powys: from £12 to £31, a rise of £19\n", "- Ynys Môn: from £0 to £140\n"]),
    ("cy_GB", ["- Caerdydd: o £4,120 i £5,066, cynnydd o 23%\n", "- Ceredigion: dim newid, sef £640\n",
               "- Powys: o £12 i £31, cynnydd o £19\n"]),
])
def test_a_measure_of_money_prints_amounts_in_every_sentence_and_list(tmp_path: Path, food: Path, locale: str,
                                                                      lines: list[str]) -> None:
    """unit: GBP makes every figure and difference an amount, "£4,120" (never "4,120 GBP" or a bare "4,120")."""
    campaign = food
    edit(campaign / "campaign.yaml", "    unit: parcels ", "    unit: GBP ")
    text = api.preview(campaign, "Wales", locale=locale)[0]
    for line in lines:
        assert line in text
    assert "GBP" not in text
    result = api.draft(campaign, tmp_path / "out", formats=["docx"], locale=locale)
    assert api.check(campaign, [tmp_path / "out"]).findings == ()
    assert len(result.releases) == 6


@pytest.mark.parametrize(("locale", "line"), [
    ("en_GB", "Across Wales as a whole, the figure went from none to 7,985 over the same periods.\n"),
    ("cy_GB", "Ar draws Cymru, aeth y ffigur o ddim i 7,985 dros yr un cyfnodau.\n"),
])
def test_a_change_from_none_is_not_followed_by_a_rise_of_the_same_count(food: Path, locale: str,
                                                                      line: str) -> None:
    """"from none to 140, a rise of 140" says the count twice: a change from or to none ends at its counts."""
    campaign = food
    for row in ('Cardiff,parcels,"4,120"', 'Swansea,parcels,"2,480"', "Ceredigion,parcels,640", "Powys,parcels,12"):
        edit(campaign / "figures.csv", row, row.split(",")[0] + ",parcels,0")
    assert line in api.preview(campaign, "Cardiff", locale=locale)[0]


@pytest.mark.parametrize(("template", "row", "locale", "line"), [
    ("count-change", "Cardiff,parcels", "en_GB", "\nEmergency food parcels given out in Cardiff have remained "
     "virtually unchanged, from 100,000 parcels between April and September 2023 to 100,040 parcels between April and "
     "September 2024.\n"),
    ("count-change", "Cardiff,parcels", "cy_GB", "\nMae’r parseli bwyd brys a roddwyd yng Nghaerdydd wedi aros bron yr "
     "un fath, o 100,000 o barseli rhwng Ebrill a Medi 2023 i 100,040 o barseli rhwng Ebrill a Medi 2024.\n"),
    ("several-measures", "Cardiff,launches", "en_GB", "\nLifeboat launches in Cardiff have remained virtually "
     "unchanged, from 100,000 launches in 2023 to 100,040 launches in 2024.\n"),
])
def test_a_count_virtually_unchanged_still_gives_both_figures(tmp_path: Path, template: str, row: str, locale: str,
                                                              line: str) -> None:
    """A change that rounds to 0 per cent has no percentage, but unlike a small base its words give no figures
    ("have remained virtually unchanged"): the area's own release must still say what they were."""
    campaign = tmp_path / "virtually"
    shutil.copytree(shipped_root() / template / "example", campaign)
    text = (campaign / "figures.csv").read_text(encoding="utf-8")
    old = next(r for r in text.splitlines() if r.startswith(row + ","))
    edit(campaign / "figures.csv", old, f'{row},"100,000","100,040"')
    assert line in api.preview(campaign, "Cardiff", locale=locale)[0]


def test_none_in_both_periods_reads_as_words_in_lists_and_for_the_parent(food: Path) -> None:
    """Not "- Cardiff: unchanged at 0" beside "from 12 to none", nor "unchanged at no parcels"."""
    campaign = food
    rows = (campaign / "figures.csv").read_text(encoding="utf-8").splitlines()
    zeros = [",".join([*row.split(",")[:2], "0", "0"]) for row in rows[1:]]
    (campaign / "figures.csv").write_text("\n".join([rows[0], *zeros]) + "\n", encoding="utf-8")
    assert "\n- Cardiff: no parcels in either period\n" in api.preview(campaign, "Wales")[0]
    assert "\nAcross Wales as a whole, the figure was unchanged, with no parcels in either period.\n" in \
        api.preview(campaign, "Cardiff")[0]


@pytest.mark.parametrize(("locale", "most", "rise"), [
    ("en_GB", "By number, that is the joint highest of any area in Wales.\n",
     "the number rose by 9.6 per cent – by number, the joint largest rise in Wales.\n"),
    ("cy_GB", "O ran nifer, mae Abertawe yn gydradd gyntaf o blith ardaloedd Cymru.\n",
     "roedd y nifer wedi cynyddu 9.6% – o ran nifer, y cynnydd mwyaf ar y cyd yng Nghymru.\n"),
])
def test_a_league_table_says_a_shared_first_place_as_joint_not_joint_first_most(tmp_path: Path, locale: str,
                                                                                  most: str, rise: str) -> None:
    """Two areas with the same counts at the top: "the joint highest", "the joint largest rise" (not "the joint first
    most", "the joint first largest rise"; in Welsh not "y cydradd gyntaf cynnydd mwyaf")."""
    campaign = tmp_path / "fly"
    shutil.copytree(shipped_root() / "league-table" / "example", campaign)
    edit(campaign / "figures.csv", 'Cardiff,incidents,"9,120","8,640"', 'Cardiff,incidents,"9,120","9,999"')
    edit(campaign / "figures.csv", 'Swansea,incidents,"5,410","6,320"', 'Swansea,incidents,"9,120","9,999"')
    text = api.preview(campaign, "Swansea", locale=locale)[0]
    assert most in text
    assert rise in text


def test_a_share_near_nothing_or_the_whole_is_said_as_such_and_mutates_in_welsh(tmp_path: Path) -> None:
    campaign = tmp_path / "points"
    shutil.copytree(shipped_root() / "per-head" / "example", campaign)
    edit(campaign / "figures.csv", "Cardiff,points,194", 'Cardiff,points,"2,000,000"')
    assert "\nThat is more than 99 per cent of the total for Wales," in api.preview(campaign, "Cardiff")[0]
    assert "\nMae hynny’n fwy na 99% o gyfanswm Cymru," in api.preview(campaign, "Cardiff", locale="cy_GB")[0]
    assert "\nThat is less than 0.1 per cent of the total for Wales," in api.preview(campaign, "Powys")[0]


@pytest.mark.parametrize(("locale", "own", "listed"), [
    ("en_GB", "\nEmergency food parcels given out in Ceredigion have been fewer than five in both periods, between "
     "April and September 2023 and between April and September 2024.\n",
     ["- Ceredigion: fewer than five in both periods\n", "- Powys: from fewer than five to 31\n"]),
    ("cy_GB", "\nMae’r parseli bwyd brys a roddwyd yng Ngheredigion wedi bod yn llai na 5 yn y ddau gyfnod, rhwng "
     "Ebrill a Medi 2023 ac eto rhwng Ebrill a Medi 2024.\n",
     ["- Ceredigion: llai na 5 yn y ddau gyfnod\n", "- Powys: o lai na 5 i 31\n"]),
])
def test_suppressed_counts_are_said_once_in_lists_and_in_welsh(food: Path, locale: str, own: str,
                                                               listed: list[str]) -> None:
    """Not "from fewer than five to fewer than five, fewer than five in both periods", nor "from fewer than five
    to 31, a rise"; nor, in Welsh, "llai na 5 yn y ddau gyfnod rhwng Ebrill a Medi 2024, o’i gymharu â …"."""
    campaign = food
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\ndisclosure_threshold: 5\n")
    edit(campaign / "figures.csv", "Ceredigion,parcels,640,640", "Ceredigion,parcels,3,4")
    edit(campaign / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,4,31")
    edit(campaign / "figures.csv", "Ynys Môn,parcels,0,140", "Ynys Môn,parcels,0,2")  # no total gives one away
    assert own in api.preview(campaign, "Ceredigion", locale=locale)[0]
    wales = api.preview(campaign, "Wales", locale=locale)[0]
    for line in listed:
        assert line in wales


def test_a_rate_not_available_for_one_period_still_gives_the_other(tmp_path: Path) -> None:
    """As count-change does: the headline and first sentence give this year's rate (it said only "figures not
    available", hiding the 4.0 per cent)."""
    campaign = tmp_path / "buses"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "figures.csv", "Ynys Môn,electric,0.0,4.0", "Ynys Môn,electric,[x],4.0")
    english = api.preview(campaign, "Ynys Môn")[0]
    assert "# The share of buses running on electricity in Ynys Môn: 4.0 per cent between April 2023 and March " \
           "2024\n" in english
    assert "\nBetween April 2023 and March 2024, the share of buses running on electricity in Ynys Môn was 4.0 per " \
           "cent. Figures for Ynys Môn are not available for April 2022 to March 2023" in english
    assert "\nRhwng Ebrill 2023 a Mawrth 2024, roedd cyfran y bysiau sy’n rhedeg ar drydan ar Ynys Môn yn 4.0%. " \
           "Nid oes ffigurau" in api.preview(campaign, "Ynys Môn", locale="cy_GB")[0]


@pytest.mark.parametrize(("subject", "said"), [
    ("emergency food parcels given out by {area}\n    plural: true",
     "the figure for emergency food parcels given out by Powys"),
    ("the number of parcels given out by {area}\n    plural: false", "the number of parcels given out by Powys"),
])
def test_a_count_not_available_for_one_period_is_named_by_the_measures_own_subject(food: Path, subject: str,
                                                                                   said: str) -> None:
    """A council's spending, `subject: spending on temporary accommodation by {area}`, one council's year marked
    n/a: its release said "the figure for … in Breckland Council", "in" where the subject says "by". A singular
    subject is the figure itself ("spending … by Breckland Council was £812,750")."""
    campaign = food
    edit(campaign / "campaign.yaml", "subject: emergency food parcels given out in {area}   # {area}: where the area's "
         "name goes\n    plural: true ", f"subject: {subject}\n ")
    edit(campaign / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,12,n/a")
    assert (f"\nBetween April and September 2023, {said} was 12. "
            "Figures for Powys are not available for April to September 2024, so there is no comparison to give.\n"
            ) in api.preview(campaign, "Powys")[0]


def test_a_count_not_available_for_one_period_still_gives_the_other(food: Path) -> None:
    """Powys' first period is marked '[x]': its release gives this year's count, in the headline and the first
    sentence, and then says there is no comparison (it said only "figures not available", hiding the 31); the
    region's list gives it too."""
    campaign = food
    edit(campaign / "figures.csv", "Powys,parcels,12,31", "Powys,parcels,[x],31")
    english = api.preview(campaign, "Powys")[0]
    assert "# Emergency food parcels given out in Powys: 31 between April and September 2024\n" in english
    assert ("\nBetween April and September 2024, the figure for emergency food parcels given out in Powys was 31. "
            "Figures for Powys are not available for April to September 2023, so there is no comparison to give.\n"
            ) in english
    welsh = api.preview(campaign, "Powys", locale="cy_GB")[0]
    assert "# Y parseli bwyd brys a roddwyd ym Mhowys: 31 rhwng Ebrill a Medi 2024\n" in welsh
    assert ("\nRhwng Ebrill a Medi 2024, roedd y ffigur ar gyfer parseli bwyd brys a roddwyd ym Mhowys yn 31. Nid "
            "oes ffigurau ar gael "
            "ar gyfer Powys rhwng Ebrill a Medi 2023, felly nid oes cymhariaeth i’w rhoi.\n") in welsh
    assert "\n- Powys: 31 (not available between April and September 2023)\n" in api.preview(campaign, "Wales")[0]
    assert "\n- Powys: 31 (dim ffigurau ar gael rhwng Ebrill a Medi 2023)\n" in api.preview(campaign, "Wales",
                                                                                         locale="cy_GB")[0]


def test_a_league_table_ranks_an_area_whose_earlier_count_alone_is_not_available(tmp_path: Path) -> None:
    """Powys' first period marked '[x]': its own release said "figures not available … so it cannot be ranked",
    while the region's table ranked it; now it is ranked and says there is no comparison. With this year's
    marked instead, it gives last year's count and names the period that is missing."""
    campaign = tmp_path / "fly"
    shutil.copytree(shipped_root() / "league-table" / "example", campaign)
    edit(campaign / "figures.csv", "Powys,incidents,12,31", "Powys,incidents,[x],31")
    english = api.preview(campaign, "Powys")[0]
    assert "# Powys has the lowest rate of fly-tipping incidents in Wales\n" in english
    assert "\nFigures for Powys are not available for April 2022 to March 2023, so there is no comparison to give." \
        in english
    welsh = api.preview(campaign, "Powys", locale="cy_GB")[0]
    assert "\nNid oes ffigurau ar gael ar gyfer Powys rhwng Ebrill 2022 a Mawrth 2023, felly nid oes" in welsh
    edit(campaign / "figures.csv", "Powys,incidents,[x],31", "Powys,incidents,12,[x]")
    english = api.preview(campaign, "Powys")[0]
    assert "# Fly-tipping incidents recorded in Powys: figures not available for April 2023 to March 2024\n" in english
    assert ("\nBetween April 2022 and March 2023, Powys recorded 12 fly-tipping incidents. Figures for Powys are not "
            "available for April 2023 to March 2024, so it cannot be ranked.\n") in english


def test_rate_change_words_a_rate_per_head_in_per_cent_from_zero_and_with_neither_period(tmp_path: Path) -> None:
    """Knife crime per 100,000 people is no percentage: its changes are in per cent, never in percentage points;
    from zero the two rates are said once; an area with neither period's rate names no one period."""
    campaign = tmp_path / "knives"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "    unit: per cent ",
         "    unit: offences per 100,000 people\n    unit_cy: o droseddau fesul 100,000 o bobl ")
    edit(campaign / "figures.csv", "Swansea,electric,12.0,10.5", "Swansea,electric,[x],[x]")
    edit(campaign / "figures.csv", "Cardiff,electric,18.0,31.5", "Cardiff,electric,0.0,31.5")
    wales = api.preview(campaign, "Wales")[0]
    assert "# The share of buses running on electricity in Wales rises 43 per cent\n" in wales
    # the unit once, after the second figure, as a newsdesk writes it
    assert "\n- Cardiff: 0.0 to 31.5 offences per 100,000 people\n" in wales
    # 0.8 is 8 tenths as published: too small a base for a percentage, so the two rates alone
    assert "\n- Powys: 0.8 to 1.2 offences per 100,000 people\n" in wales
    assert "\n- Ceredigion: unchanged at 5.0 offences per 100,000 people\n" in wales
    powys, release = api.preview(campaign, "Powys")
    assert "# The share of buses running on electricity in Powys rises from 0.8 to 1.2 offences per 100,000 " \
           "people\n" in powys
    assert "in Powys has risen from 0.8 offences per 100,000 people between April 2022 and March 2023 to 1.2 " \
           "between April 2023 and March 2024.\n" in powys  # each rate with its period, as a percentage's are
    assert "\nAcross Wales as a whole, the figure went from 10.2 to 14.6 offences per 100,000 people, a rise of " \
        in powys
    assert {"0.8", "1.2"} <= {f.text for f in release.facts}  # both figures are still facts the check reads
    assert "\n- Powys: o 0.8 i 1.2 o droseddau fesul 100,000 o bobl\n" in \
        api.preview(campaign, "Wales", locale="cy_GB")[0]
    assert "\nMae cyfran y bysiau sy’n rhedeg ar drydan ym Mhowys wedi cynyddu o 0.8 o droseddau fesul 100,000 o " \
           "bobl rhwng Ebrill 2022 a Mawrth 2023 i 1.2 rhwng Ebrill 2023 a Mawrth 2024.\n" in \
        api.preview(campaign, "Powys", locale="cy_GB")[0]
    assert "percentage points" not in wales
    cardiff = api.preview(campaign, "Cardiff")[0]
    assert "\nThe share of buses running on electricity in Cardiff has risen from 0.0 offences per 100,000 people " \
           "between April 2022 and March 2023 to 31.5 between April 2023 and March 2024.\n" in cardiff
    assert "\nFigures for Swansea are not available, so there is no comparison to give.\n" in \
        api.preview(campaign, "Swansea")[0]


def test_per_head_ranks_an_area_beside_a_suppressed_one_only_where_the_rank_holds_wherever_it_lies(
        tmp_path: Path) -> None:
    """Powys' one charging point is printed "fewer than five": from 1 to 4 among 133,000 people, a rate from 0.8
    to 3.0 per 100,000. Swansea's 59.3 is above that whatever it is, so Swansea is still "the highest rate in
    Wales"; Cardiff's 1.6 (six points) may be above or below it, so Cardiff is not ranked, and Powys never is."""
    campaign = tmp_path / "points"
    shutil.copytree(shipped_root() / "per-head" / "example", campaign)
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\ndisclosure_threshold: 5\n")
    edit(campaign / "figures.csv", "Cardiff,points,194", "Cardiff,points,6")
    swansea = api.preview(campaign, "Swansea")
    assert "\nIn October 2024, Swansea had 143 public charging points, or 59.3 per 100,000 people – the highest " \
           "rate among the areas of Wales.\n" in swansea[0]
    assert {f.name: f.formula for f in swansea[1].facts}["points.october.per_100000.rank"] == (
        "rank 1 of 5 areas in Wales, by rate, highest first (Powys' figure hidden, 0.8 to 3.0: below this area's "
        "wherever it lies)")
    cardiff = api.preview(campaign, "Cardiff")[0]
    assert "\nIn October 2024, Cardiff had six public charging points, or 1.6 per 100,000 people.\n" in cardiff
    assert "\nIn October 2024, Powys had fewer than five public charging points.\n" in api.preview(campaign, "Powys")[0]
    # no share of Wales' total, nor Wales' rate: beside the others' exact counts either would give Powys' away
    assert "per cent of the total" not in swansea[0] and "Across Wales" not in swansea[0]
    welsh = api.preview(campaign, "Swansea", locale="cy_GB")[0]
    assert "sef 59.3 fesul 100,000 o bobl. Dyma’r gyfradd uchaf o blith ardaloedd Cymru.\n" in welsh


def test_a_count_of_none_in_both_periods_and_two_suppressed_counts_read_as_sentences(tmp_path: Path) -> None:
    """Not "unchanged, at no one both in 2023 and in 2024", nor "fewer than five in both periods, at
    fewer than five launches both in …"."""
    campaign = tmp_path / "boats"
    shutil.copytree(shipped_root() / "several-measures" / "example", campaign)
    edit(campaign / "figures.csv", "Powys,rescued,0,2", "Powys,rescued,0,0")
    edit(campaign / "figures.csv", "Powys,launches,0,3", "Powys,launches,4,3")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\ndisclosure_threshold: 5\n")
    powys = api.preview(campaign, "Powys")[0]
    assert "\nLifeboat launches in Powys have been fewer than five in both periods, in 2023 and in 2024.\n" in powys
    assert "\nThe number of people rescued in Powys has remained at zero both in 2023 and " \
           "in 2024.\n" in powys
    # Welsh: the two periods named after "yn y ddau gyfnod", not "… yn 2024, o’i gymharu â’r cyfnod yn 2023"
    welsh = api.preview(campaign, "Powys", locale="cy_GB")[0]
    assert "\nMae lansiadau’r badau achub ym Mhowys wedi bod yn llai na 5 yn y ddau gyfnod, yn 2023 ac eto yn " \
           "2024.\n" in welsh


def test_a_league_table_with_a_suppressed_area_stops_only_for_what_subtraction_would_give_away(tmp_path: Path
                                                                                                ) -> None:
    """Powys' three incidents are fewer than five: from 1 to 4, a rate of 0.0 per 1,000 and a fall of 8 to 11
    wherever they lie, so Cardiff (23.2, a fall of 480) and Ynys Môn (1.4, a rise of 95) keep their ranks; the
    league of Wales puts Powys last, unranked; Wales' own release stops, as its total less the others' would
    give Powys' away."""
    campaign = tmp_path / "fly"
    shutil.copytree(shipped_root() / "league-table" / "example", campaign)
    edit(campaign / "figures.csv", "Powys,incidents,12,31", "Powys,incidents,12,3")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\ndisclosure_threshold: 5\n")
    cardiff = api.preview(campaign, "Cardiff")[0]
    assert "\n# Cardiff has the second highest rate of fly-tipping incidents in Wales\n" in cardiff
    assert "– by number, the largest fall in Wales.\n" in cardiff
    ynys_mon = api.preview(campaign, "Ynys Môn")[0]
    assert "\n# Ynys Môn has the second lowest rate of fly-tipping incidents in Wales\n" in ynys_mon
    assert "By number, that is the second lowest of any area in Wales.\n" in ynys_mon
    with pytest.raises(TemplateError, match="Powys, whose count is suppressed: it could be worked out by subtraction"):
        api.preview(campaign, "Wales")


def test_a_league_table_says_no_rank_of_a_rise_or_fall_nearer_the_smallest_end(tmp_path: Path) -> None:
    """Powys' 12 → 31 is the smallest of Wales' three rises: "by number, the third largest rise in Wales" was true
    but reads the other way (at national scale, "the 40th largest rise"); a change's rank is said only where the
    area stands no nearer the smallest of the changes that went its way, as Ynys Môn's second of three still is."""
    campaign = tmp_path / "tips"
    shutil.copytree(shipped_root() / "league-table" / "example", campaign)
    assert "\nCompared with April 2022 to March 2023, the number rose from 12 to 31.\n" in \
        api.preview(campaign, "Powys")[0]
    assert "\nO’i gymharu â’r cyfnod rhwng Ebrill 2022 a Mawrth 2023, roedd y nifer wedi cynyddu o 12 i 31.\n" in \
        api.preview(campaign, "Powys", locale="cy_GB")[0]
    assert "the number rose from none to 95 – by number, the second largest rise in Wales.\n" in \
        api.preview(campaign, "Ynys Môn")[0]
    edit(campaign / "figures.csv", 'Swansea,incidents,"5,410","6,320"', 'Swansea,incidents,"5,410","5,000"')
    edit(campaign / "figures.csv", "Ceredigion,incidents,610,610", "Ceredigion,incidents,610,600")  # three falls
    assert "\nCompared with April 2022 to March 2023, the number fell by 1.6 per cent.\n" in \
        api.preview(campaign, "Ceredigion")[0]
    assert "the number fell by 7.6 per cent – by number, the second largest fall in Wales.\n" in \
        api.preview(campaign, "Swansea")[0]


def test_the_dash_between_clauses_is_the_presets_own() -> None:
    """AP sets a spaced em dash, as its dateline does ("LONDON — Sept. 26"); UK style a spaced en dash."""
    example = shipped_root() / "per-head" / "example"
    assert "59.3 per 100,000 people — the highest rate" in api.preview(example, "Swansea", locale="en_US")[0]
    assert "59.3 per 100,000 people – the highest rate" in api.preview(example, "Swansea")[0]
    helpline = api.preview(shipped_root() / "helpline-rise" / "example", "Cumbria", locale="en_US")[0]  # typed "–"
    assert "contacted Stop It Now! — a child sexual abuse prevention helpline run by the child protection charity " \
           "The Lucy Faithfull Foundation — seeking help" in helpline
    assert "Across the north west as a whole, the number went from 1,747 to 3,549 over the same periods — a rise of " \
           "103%." in helpline


def test_helpline_rise_keeps_its_singular_subject_when_the_measure_says_plural(example: Path) -> None:
    """The reference template's subject is "the number of people", whatever the measure's `plural:` says
    (campaign-yaml.md's campaign.yaml sets `plural: true` beside `template: helpline-rise`)."""
    edit(example / "campaign.yaml", "    kind: count ", "    plural: true\n    kind: count ")
    text = api.preview(example, "Cheshire")[0]
    assert "online almost trebles\n" in text
    assert "sexual images of children online has almost trebled." in text
