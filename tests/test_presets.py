"""Choosing a house style: the presets chosen by --locale, --style and campaign.yaml's ``style:`` (and the errors
when they do not fit), single rules overridden under ``house_style:`` (and the errors for bad values), every rule
documented, whole releases drafted in en_US and cy_GB, and bilingual campaigns that write an English and a Welsh
release of the same figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import InputError
from drafter.writers.docx_read import read_docx
from tests.conftest import EXAMPLE, ROOT, edit

runner = CliRunner()


def _bilingual(campaign: Path) -> None:
    edit(campaign / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")


# --- --locale, --style and style: ------------------------------------------------------------------------------

def test_locale_sets_the_preset_and_style_overrides_it(example: Path) -> None:
    us = api.prepare(example, locale="en_US")
    assert (us.style.name, us.style.locale) == ("en_US", "en_US")
    mixed = api.prepare(example, locale="en_US", style="en_GB")
    assert (mixed.style.name, mixed.style.locale, mixed.style.percent) == ("en_GB", "en_US", "per cent")
    ap = api.prepare(example, style="en_US")
    assert (ap.style.name, ap.style.locale) == ("en_US", "en_GB")
    result = runner.invoke(app, ["preview", str(example), "--area", "Cheshire", "--style", "cy_GB"])
    assert result.exit_code == 2
    assert result.stderr == ('error: --style: "cy_GB" is a preset for releases in another language (expected a preset '
                             "in the language of the releases (en_GB))\n")


def test_campaign_style_must_be_in_the_locale_language(example: Path) -> None:
    edit(example / "campaign.yaml", "style: en_GB ", "style: cy_GB ")
    result = runner.invoke(app, ["preview", str(example), "--area", "Cheshire"])
    assert result.exit_code == 1
    assert result.stderr == ('error: campaign.yaml:10: style: "cy_GB" is a preset for another language than the '
                             "locale en_GB (expected a preset in the locale's language (en_GB, en_US))\n")


def test_preview_in_en_us_and_in_cy_gb() -> None:
    result = runner.invoke(app, ["preview", str(EXAMPLE), "--area", "Cheshire", "--locale", "en_US"])
    assert result.exit_code == 0 and "193%" in result.stdout and "Sept. 4, 2018" in result.stdout
    result = runner.invoke(app, ["preview", str(EXAMPLE), "--area", "Cheshire", "--locale", "cy_GB"])
    assert result.exit_code == 0 and "Medi" in result.stdout and "Ionawr" in result.stdout


def test_en_us_locale_writes_percent_signs_and_ap_dates(tmp_path: Path) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLE), "--out", str(tmp_path), "--locale", "en_US", "--area",
                                 "Cheshire", "--format", "md"])  # the release read here
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "cheshire.md").read_text(encoding="utf-8")
    assert "that figure rose by 193% to 440" in text
    assert "\nSept. 4, 2018\n" in text
    assert text.startswith("EMBARGOED UNTIL 12:01 a.m. BST Tuesday, Sept. 4, 2018")
    assert "has almost tripled" in text and "\n\\#\\#\\#\n" in text  # AP's "###" close, escaped in Markdown


def test_cy_gb_locale_writes_welsh(tmp_path: Path) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLE), "--out", str(tmp_path), "--locale", "cy_GB", "--area",
                                 "Cheshire", "--format", "md"])  # the release read here
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "cheshire.cy.md").read_text(encoding="utf-8")
    assert text.startswith("EMBARGO TAN 00:01 BST DDYDD MAWRTH 4 MEDI 2018")
    assert "Rhwng Gorffennaf a Rhagfyr 2017" in text and "Rhwng Ionawr a Mehefin 2018" in text
    assert "wedi bron â threblu" in text and "roedd y ffigur hwnnw wedi cynyddu 193% i 440" in text
    assert "Yng ngogledd-orllewin Lloegr yn gyffredinol, aeth y nifer o 1,747 i 3,549 dros yr un cyfnodau – " \
           "cynnydd o 103%" in text  # not "similar to", as the Welsh said before the English was corrected
    assert "ym mis Ionawr 2018" in text and "\nDIWEDD\n" in text
    assert "Dywedodd y Prif Gwnstabl Cynorthwyol Alan Barr, o Uned Troseddau" in text
    assert "Ychwanegodd y Ditectif Arolygydd Stuart York" in text and "Mae diogelu plant" in text
    assert "Swyddfa’r Wasg, Sefydliad Lucy Faithfull" in text
    assert not set(text.split()) & {"the", "and", "from", "people", "said", "September", "January"}


# --- house_style: overrides ------------------------------------------------------------------------------------

def test_a_single_rule_can_be_overridden(example: Path) -> None:
    edit(example / "campaign.yaml", "areas: all", 'areas: all\nhouse_style:\n  percent: "%"\n  small_base: 100')
    text = api.preview(example, "Cumbria")[0]
    assert "has risen from 90 to 171" in text  # a base of 90 is now small
    assert "a rise of 103%" in text


def test_boolean_and_choice_rules_are_checked(example: Path) -> None:
    edit(example / "campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  more_than_half: maybe")
    with pytest.raises(InputError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == ('campaign.yaml: house_style.more_than_half: "maybe" is not valid (expected true or '
                                   'false: a fall to less than half as "fell by more than half" rather than a '
                                   "percentage)")
    edit(example / "campaign.yaml", "more_than_half: maybe", "titles: beside")
    with pytest.raises(InputError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == 'campaign.yaml: house_style.titles: "beside" is not valid (expected "before" or ' \
                                  '"after")'


def test_titles_after_the_name(example: Path) -> None:
    edit(example / "campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  titles: after")
    text = api.preview(example, "Cheshire")[0]
    assert "Stuart York, detective inspector, from Cheshire Constabulary’s" in text
    assert "Alan Barr, assistant chief constable, from the North West" in text


# --- bilingual campaigns ---------------------------------------------------------------------------------------

def test_bilingual_campaign_writes_both_versions_at_once(example: Path, tmp_path: Path) -> None:
    _bilingual(example)
    result = api.draft(example, tmp_path, areas=["Cheshire"])
    names = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert names == ["cheshire.cy.docx", "cheshire.cy.facts.csv", "cheshire.cy.md", "cheshire.en.docx",
                     "cheshire.en.facts.csv", "cheshire.en.md", "drafter-manifest.json"]
    assert [r.language for r in result.releases] == ["en_GB", "cy_GB"]
    assert "Medi" in (tmp_path / "cheshire.cy.md").read_text(encoding="utf-8")


def test_bilingual_overrides_word_rules_per_language(example: Path) -> None:
    _bilingual(example)
    edit(example / "campaign.yaml", "areas: all",
         'areas: all\nhouse_style:\n  percent: "%"\n  small_base: 100\n  cy_GB:\n    ends: "-- DIWEDD --"')
    batches = api.prepare_languages(example, style="en_US")
    assert [(b.style.name, b.style.percent, b.style.small_base, b.style.ends) for b in batches] == [
        ("en_US", "%", 100, "###"), ("cy_GB", "%", 100, "-- DIWEDD --")]
    edit(example / "campaign.yaml", 'percent: "%"', 'percent: "per cent"')
    english, welsh = api.prepare_languages(example)
    assert (english.style.percent, welsh.style.percent) == ("per cent", "%")  # a word rule stays in its language


def test_bilingual_versions_say_the_other_exists_and_give_the_same_figures(example: Path, tmp_path: Path) -> None:
    _bilingual(example)
    result = api.draft(example, tmp_path, areas=["North West", "Cheshire"])
    english = (tmp_path / "cheshire.en.md").read_text(encoding="utf-8")
    welsh = (tmp_path / "cheshire.cy.md").read_text(encoding="utf-8")
    assert "This press release is also available in Welsh." in english
    assert "Mae’r datganiad hwn ar gael yn Saesneg hefyd." in welsh
    assert re.findall(r"\d[\d,]*", english.replace("%", "")) != []
    numbers = [re.findall(r"\d[\d,.]*\d|\d", t.split("\n## ")[0]) for t in (english, welsh)]
    assert sorted(numbers[0]) == sorted(numbers[1])  # the same figures in both versions
    assert read_docx(tmp_path / "cheshire.cy.docx").paragraphs[0] == (
        "Embargo", "EMBARGO TAN 00:01 BST DDYDD MAWRTH 4 MEDI 2018")
    assert [r.language for r in result.releases] == ["en_GB", "en_GB", "cy_GB", "cy_GB"]


def test_a_bilingual_template_without_a_welsh_variant_is_refused(example: Path, tmp_path: Path) -> None:
    (example / "mine").mkdir()
    (example / "mine" / "release.md.j2").write_text(
        (ROOT / "templates" / "helpline-rise" / "release.md.j2").read_text(encoding="utf-8"), encoding="utf-8")
    edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")
    _bilingual(example)
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: campaign.yaml: template: \"mine\" has no 'cy' variant")
    assert not (tmp_path / "out").exists()


def test_check_reads_a_welsh_release_against_the_welsh_draft(example: Path, tmp_path: Path) -> None:
    _bilingual(example)
    api.draft(example, tmp_path, areas=["Cheshire"], formats=["md"])
    result = runner.invoke(app, ["check", str(example), str(tmp_path / "cheshire.cy.md"),
                                 str(tmp_path / "cheshire.en.md")])
    assert (result.exit_code, result.stdout) == (0, "2 files checked clean\n")
    edit(tmp_path / "cheshire.cy.md", "wedi cynyddu 193% i 440", "wedi cynyddu 200% i 440")
    result = runner.invoke(app, ["check", str(example), str(tmp_path / "cheshire.cy.md")])
    assert result.exit_code == 1 and "200%" in result.stdout


def test_a_number_of_places_no_house_style_would_print_is_refused(example: Path) -> None:
    edit(example / "campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  percent_small_places: 100000")
    with pytest.raises(InputError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == ('campaign.yaml: house_style.percent_small_places: "100000" is too large (expected '
                                   "a whole number from 0 to 6: decimal places for percentages below "
                                   "percent_whole_from)")


@pytest.mark.parametrize(("template", "row", "said"), [
    ("league-table", ("Ynys Môn,incidents,0,95", "Ynys Môn,incidents,40,0"),
     "Rhwng Ebrill 2023 a Mawrth 2024, ni chofnodwyd dim achosion o dipio anghyfreithlon ar Ynys Môn."),
    ("per-head", None, "Ym mis Hydref 2024, nid oedd dim pwyntiau gwefru cyhoeddus ar Ynys Môn."),
])
def test_a_count_of_none_takes_the_negative_verb_in_welsh(tmp_path: Path, template: str,
                                                          row: tuple[str, str] | None, said: str) -> None:
    """Written Welsh says "none" with the negative verb ("nid oedd dim", "ni chofnodwyd dim"), never "roedd dim"."""
    import shutil

    campaign = Path(shutil.copytree(ROOT / "templates" / template / "example", tmp_path / "campaign"))
    if row:
        edit(campaign / "figures.csv", *row)
    text, _ = api.preview(campaign, "Ynys Môn", locale="cy_GB")
    assert said in text
    assert "roedd dim" not in text and "cofnodwyd dim" not in text.replace("ni chofnodwyd dim", "")
