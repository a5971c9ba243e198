"""The house-style engine across presets: change wording per preset, locales, overrides, Welsh and bilingual
releases, disclosure control and one rounding level per figure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import TemplateError
from drafter.style import cldr, wording
from drafter.style.house import PRESETS
from tests.conftest import EXAMPLE, edit
from tests.test_wording import CHANGE_TABLE, change

runner = CliRunner()

# The same rows as the en_GB table in test_wording.py, worded by the en_US and cy_GB presets (perfect tense).
PERFECT = {
    "en_US": ["has remained unchanged", "has remained virtually unchanged", "has risen by 47%", "has doubled",
              "has more than doubled", "has almost tripled", "has tripled", "has more than tripled",
              "has quadrupled", "has increased more than fourfold", "has fallen by 23%", "has halved",
              "has fallen by 62%", "has risen from 12 to 31", "has risen from none to 12",
              "has fallen from four to three"],
    "cy_GB": ["wedi aros yr un fath", "wedi aros bron yr un fath", "wedi cynyddu 47%", "wedi dyblu",
              "wedi mwy na dyblu", "wedi bron â threblu", "wedi treblu", "wedi mwy na threblu", "wedi pedryblu",
              "wedi cynyddu fwy na phedair gwaith", "wedi gostwng 23%", "wedi haneru", "wedi gostwng 62%",
              "wedi cynyddu o 12 i 31", "wedi cynyddu o ddim i 12", "wedi gostwng o 4 i 3"],
}


@pytest.mark.parametrize("preset", sorted(PERFECT))
@pytest.mark.parametrize("row", range(len(CHANGE_TABLE)))
def test_every_row_of_the_change_table_in_each_preset(preset: str, row: int) -> None:
    old, new, band, *_ = CHANGE_TABLE[row]
    c = change(old, new)
    style = PRESETS[preset]
    assert wording.change_band(c, style) == band
    assert wording.change_words(c, style, "perfect")[0] == PERFECT[preset][row]


counts = st.integers(min_value=0, max_value=10**9)


@given(counts, counts, st.sampled_from(sorted(PRESETS)))
def test_wording_direction_matches_the_sign_in_every_preset(old: int, new: int, preset: str) -> None:
    style = PRESETS[preset]
    text = wording.change_words(change(old, new), style, "perfect")[0]
    rising = ("risen", "doubled", "trebled", "tripled", "quadrupled", "increased", "cynyddu", "dyblu", "treblu",
              "threblu", "pedryblu")
    falling = ("fallen", "halved", "gostwng", "haneru")
    if new > old:
        assert any(w in text for w in rising) or "virtually" in text or "bron yr un" in text
    elif new < old:
        assert any(w in text for w in falling) or "virtually" in text or "bron yr un" in text
    else:
        assert "unchanged" in text or "yr un fath" in text


@given(st.integers(min_value=20, max_value=10**7), st.integers(min_value=0, max_value=10**7),
       st.sampled_from(sorted(PRESETS)))
def test_percentages_parse_back_in_every_locale(old: int, new: int, preset: str) -> None:
    style = PRESETS[preset]
    c = change(old, new)
    assert c.percent is not None
    text, rounded = wording.percent_text(c.percent, style)
    number = text.removesuffix(style.percent).strip()
    assert cldr.parse_number(number, style.locale) == rounded
    for t in [wording.change_words(c, style, "past", exact=True)[0], wording.change_noun(c, style)[0]]:
        assert "-0" not in t and "inf" not in t.lower() and "nan" not in t.lower()


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=10**7))
def test_approximate_wording_is_honest(old: int, new: int) -> None:
    c = change(old, new)
    assert c.percent is not None
    found = wording.approx_percent_text(c.percent, PRESETS["en_GB"])
    if found is None:
        return
    text, n = found
    exact = abs(c.percent)
    if text.startswith("nearly"):
        assert Decimal("0.95") * n <= exact < n
    else:
        assert exact > n


def test_en_us_locale_writes_percent_signs_and_ap_dates(tmp_path: Path) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLE), "--out", str(tmp_path), "--locale", "en_US"])
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "cheshire.md").read_text(encoding="utf-8")
    assert "that figure rose by 193% to 440" in text
    assert "\nSept. 4, 2018\n" in text
    assert text.startswith("EMBARGOED UNTIL 12:01 a.m. BST Tuesday, Sept. 4, 2018")
    assert "has almost tripled" in text and "\n\\#\\#\\#\n" in text  # AP's "###" close, escaped in Markdown


def test_cy_gb_locale_writes_welsh(tmp_path: Path) -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLE), "--out", str(tmp_path), "--locale", "cy_GB"])
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "cheshire.md").read_text(encoding="utf-8")
    assert text.startswith("EMBARGO TAN 00:01 BST Dydd Mawrth 4 Medi 2018")
    assert "Rhwng Gorffennaf a Rhagfyr 2017" in text and "Rhwng Ionawr a Mehefin 2018" in text
    assert "wedi bron â threblu" in text and "roedd y ffigur hwnnw wedi cynyddu 193% i 440" in text
    assert "lle aeth y nifer o 1,747 i 3,549 dros yr un cyfnodau – cynnydd o 103%" in text
    assert "ym mis Ionawr 2018" in text and "\nDIWEDD\n" in text
    assert "Dywedodd y Prif Gwnstabl Cynorthwyol Alan Barr, o Uned Troseddau" in text
    assert "Ychwanegodd y Ditectif Arolygydd Stuart York" in text and "Mae diogelu plant" in text
    assert "Swyddfa’r Wasg, Sefydliad Lucy Faithfull" in text
    assert not set(text.split()) & {"the", "and", "from", "people", "said", "September", "January"}


def test_bilingual_campaign_writes_both_versions_at_once(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    result = api.draft(example, tmp_path, areas=["Cheshire"])
    names = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert names == ["cheshire.cy.docx", "cheshire.cy.facts.csv", "cheshire.cy.md", "cheshire.en.docx",
                     "cheshire.en.facts.csv", "cheshire.en.md", "drafter-manifest.json"]
    assert [r.language for r in result.releases] == ["en_GB", "cy_GB"]
    assert "Medi" in (tmp_path / "cheshire.cy.md").read_text(encoding="utf-8")


def test_a_single_rule_can_be_overridden(example: Path) -> None:
    edit(example / "campaign.yaml", "areas: all", 'areas: all\nhouse_style:\n  percent: "%"\n  small_base: 100')
    text = api.preview(example, "Cumbria")[0]
    assert "has risen from 90 to 171" in text  # a base of 90 is now small
    assert "a rise of 103%" in text


def test_a_count_below_the_disclosure_threshold_is_never_printed(example: Path, tmp_path: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,3,171")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,660","3,549"')
    edit(example / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 5")
    text, release = api.preview(example, "Cumbria")
    assert "fewer than five" in text and " 3 " not in text and "three" not in text
    assert "per cent" not in text.split("north west")[0]  # no percentage from a suppressed count
    assert all(f.value != 3 for f in release.facts)
    with pytest.raises(TemplateError) as caught:
        api.draft(example, tmp_path / "out")
    assert caught.value.line() == (
        "template: area 'North West': the release gives North West's contacts for before and every area in it but "
        "Cumbria, whose count is suppressed: it could be worked out by subtraction (expected leave out the parent's "
        "figure or another area's, or raise disclosure_threshold so more areas are suppressed)")
    assert not (tmp_path / "out").exists()


def _use_template(example: Path, body: str, head: str = "") -> None:
    """Make the example campaign use a small template of its own, with no quote roles to fill."""
    (example / "mine").mkdir()
    (example / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n' + head + body, encoding="utf-8")
    edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")
    edit(example / "quotes.yaml", "areas: [North West]", "areas: []")


def test_one_figure_at_two_rounding_levels_is_refused_or_warned(example: Path) -> None:
    _use_template(example, "{% block headline %}Calls up {{ c.approx() }}{% endblock %}\n"
                  "{% block body %}Calls rose by {{ c.percent() }}.{% endblock %}\n",
                  head='{% set c = change("contacts") %}\n')
    with pytest.raises(TemplateError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == (
        "template: area 'Cheshire': Cheshire's contacts.before-after.percent is shown at two rounding levels: "
        "'nearly 200 per cent', '193 per cent' (expected one way of giving each figure in a release (or "
        "house_style: rounding_conflicts: warn))")
    edit(example / "campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  rounding_conflicts: warn")
    release = api.preview(example, "Cheshire")[1]
    assert [w.code for w in release.warnings] == ["rounding_conflict"]


def test_dates_and_embargo_lines_per_preset() -> None:
    moment = dt.datetime(2018, 1, 9, 0, 1)
    assert wording.embargo_text(moment, "Europe/London", PRESETS["en_GB"]) == \
        "EMBARGOED UNTIL 00:01 GMT Tuesday 9 January 2018"
    assert wording.embargo_text(moment, "America/New_York", PRESETS["en_US"]) == \
        "EMBARGOED UNTIL 12:01 a.m. EST Tuesday, Jan. 9, 2018"
    assert wording.date_text(dt.date(2018, 7, 4), PRESETS["en_US"]) == "July 4, 2018"
    assert wording.date_text(dt.date(2018, 1, 4), PRESETS["cy_GB"]) == "4 Ionawr 2018"


@given(st.integers(min_value=20, max_value=10**6), st.integers(min_value=0, max_value=10**7),
       st.sampled_from(sorted(PRESETS)))
def test_nearly_never_describes_a_value_at_or_above_n_in_any_preset(old: int, new: int, preset: str) -> None:
    c = change(old, new)
    band = wording.change_band(c, PRESETS[preset])
    assert c.ratio is not None
    if band == "almost_trebled":
        assert Decimal("2.85") <= c.ratio < 3
    if band.startswith("more_than"):
        assert c.ratio > {"more_than_doubled": 2, "more_than_trebled": 3, "more_than_fourfold": 4}[band]


RANK_TEMPLATE = ('{% block headline %}Calls{% endblock %}\n{% block body %}{{ area.in_text | sentence }} ranks '
                 '{{ rank("contacts", "after") }} in the region.{% endblock %}\n')


def test_rank_through_templates(example: Path) -> None:
    _use_template(example, RANK_TEMPLATE)
    text, release = api.preview(example, "Lancashire")
    assert "Lancashire ranks third in the region." in text  # 1,240, 899, 799, 440, 171
    assert [f.formula for f in release.facts] == ["rank 3 of 5 areas in North West"]


@given(st.decimals(min_value=0, max_value=10**13, places=2), st.sampled_from(sorted(PRESETS)))
def test_money_is_within_half_a_unit_of_its_last_digit_and_never_reads_1000_million(value: Decimal,
                                                                                    preset: str) -> None:
    text = wording.money_text(value, PRESETS[preset], "USD" if preset == "en_US" else "GBP")
    assert text[0] in "£$"
    assert "1,000m" not in text and "1,000 million" not in text and "1.000 miliwn" not in text
    number = text[1:].replace(",", "")
    scale = Decimal(1)
    for word, size in (("bn", 10**9), (" billion", 10**9), (" biliwn", 10**9),
                       ("m", 10**6), (" million", 10**6), (" miliwn", 10**6)):
        if number.endswith(word):
            number, scale = number[: -len(word)], Decimal(size)
            break
    shown = Decimal(number)
    last_digit = Decimal(1).scaleb(shown.as_tuple().exponent) * scale  # type: ignore[arg-type]
    assert abs(shown * scale - value) <= last_digit / 2


def test_a_shared_rank_says_joint(example: Path) -> None:
    edit(example / "figures.csv", "Lancashire,contacts,410,799", "Lancashire,contacts,410,899")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,649"')
    _use_template(example, RANK_TEMPLATE)
    text, release = api.preview(example, "Lancashire")
    assert "Lancashire ranks joint second in the region." in text
    assert [f.formula for f in release.facts] == ["rank 2 (joint) of 5 areas in North West"]
