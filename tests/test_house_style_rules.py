"""Every preset, every rule: the change table in each tense and preset, property tests across presets, large
numbers, money, ordinals, Welsh mutations, overrides, --locale/--style, titles, sentence starts, disclosure
control end to end and one rounding level per figure."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.compute import disclosure
from drafter.errors import InputError, TemplateError
from drafter.style import cldr, wording
from drafter.style.house import PRESETS
from drafter.writers.docx import read_docx
from tests.conftest import EXAMPLE, ROOT, edit
from tests.test_wording import CHANGE_TABLE, change

runner = CliRunner()

# One line per row of HOUSE-STYLE.md's change table (the rows of CHANGE_TABLE), in every preset:
# (past, headline, noun). en_GB's past and headline are in test_wording.py; its nouns are here.
FORMS = {
    "en_GB": [None] * len(CHANGE_TABLE),
    "en_US": [
        ("remained unchanged", "remains unchanged", "no change"),
        ("remained virtually unchanged", "remains virtually unchanged", "virtually no change"),
        ("rose by 47%", "rises 47%", "a rise of 47%"),
        ("doubled", "doubles", "a rise of 100%"),
        ("more than doubled", "more than doubles", "a rise of 103%"),
        ("almost tripled", "almost triples", "a rise of 193%"),
        ("tripled", "triples", "a rise of 200%"),
        ("more than tripled", "more than triples", "a rise of 250%"),
        ("quadrupled", "quadruples", "a rise of 300%"),
        ("increased more than fourfold", "rises more than fourfold", "a rise of 350%"),
        ("fell by 23%", "falls 23%", "a fall of 23%"),
        ("halved", "halves", "a fall of 50%"),
        ("fell by 62%", "falls 62%", "a fall of 62%"),
        ("rose from 12 to 31", "rises from 12 to 31", "a rise of 19"),
        ("rose from none to 12", "rises from none to 12", "a rise of 12"),
        ("fell from four to three", "falls from four to three", "a fall of one"),
    ],
    "cy_GB": [  # Welsh gives the aspect phrase; the template supplies "mae" / "roedd"
        ("wedi aros yr un fath", "wedi aros yr un fath", "dim newid"),
        ("wedi aros bron yr un fath", "wedi aros bron yr un fath", "bron dim newid"),
        ("wedi cynyddu 47%", "wedi cynyddu 47%", "cynnydd o 47%"),
        ("wedi dyblu", "wedi dyblu", "cynnydd o 100%"),
        ("wedi mwy na dyblu", "wedi mwy na dyblu", "cynnydd o 103%"),
        ("wedi bron â threblu", "wedi bron â threblu", "cynnydd o 193%"),
        ("wedi treblu", "wedi treblu", "cynnydd o 200%"),
        ("wedi mwy na threblu", "wedi mwy na threblu", "cynnydd o 250%"),
        ("wedi pedryblu", "wedi pedryblu", "cynnydd o 300%"),
        ("wedi cynyddu fwy na phedair gwaith", "wedi cynyddu fwy na phedair gwaith", "cynnydd o 350%"),
        ("wedi gostwng 23%", "wedi gostwng 23%", "gostyngiad o 23%"),
        ("wedi haneru", "wedi haneru", "gostyngiad o 50%"),
        ("wedi gostwng 62%", "wedi gostwng 62%", "gostyngiad o 62%"),
        ("wedi cynyddu o 12 i 31", "wedi cynyddu o 12 i 31", "cynnydd o 19"),
        ("wedi cynyddu o ddim i 12", "wedi cynyddu o ddim i 12", "cynnydd o 12"),
        ("wedi gostwng o 4 i 3", "wedi gostwng o 4 i 3", "gostyngiad o 1"),
    ],
}
EN_GB_NOUNS = ["no change", "virtually no change", "a rise of 47 per cent", "a rise of 100 per cent",
               "a rise of 103 per cent", "a rise of 193 per cent", "a rise of 200 per cent", "a rise of 250 per cent",
               "a rise of 300 per cent", "a rise of 350 per cent", "a fall of 23 per cent", "a fall of 50 per cent",
               "a fall of 62 per cent", "a rise of 19", "a rise of 12", "a fall of one"]


@pytest.mark.parametrize("preset", sorted(FORMS))
@pytest.mark.parametrize("row", range(len(CHANGE_TABLE)))
def test_every_row_in_every_preset_past_headline_and_noun(preset: str, row: int) -> None:
    old, new, band, past, _perfect, headline = CHANGE_TABLE[row]
    style = PRESETS[preset]
    c = change(old, new)
    expected = FORMS[preset][row] or (past, headline, EN_GB_NOUNS[row])
    assert wording.change_band(c, style) == band
    assert wording.change_words(c, style, "past")[0] == expected[0]
    assert wording.change_words(c, style, "present", headline=True)[0] == expected[1]
    assert wording.change_noun(c, style)[0] == expected[2]


@pytest.mark.parametrize(("preset", "text"), [("en_GB", "fell by more than half"), ("en_US", "fell by more than half"),
                                              ("cy_GB", "wedi gostwng mwy na hanner")])
def test_more_than_half_is_a_setting_and_only_below_half(preset: str, text: str) -> None:
    from dataclasses import replace

    style = replace(PRESETS[preset], more_than_half=True)
    assert wording.change_words(change(100, 38), style, "past")[0] == text
    assert "%" in wording.change_words(change(100, 38), style, "past", exact=True)[0] or \
        "per cent" in wording.change_words(change(100, 38), style, "past", exact=True)[0]
    assert wording.change_words(change(100, 50), style, "past")[0] != text  # exactly half: "halved"
    assert "half" not in wording.change_words(change(100, 60), style, "past")[0]


# --- properties in every preset ----------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=10**9)
presets = st.sampled_from(sorted(PRESETS))


def _all_texts(old: int, new: int, preset: str) -> list[str]:
    style = PRESETS[preset]
    c = change(old, new)
    texts = [wording.change_words(c, style, t, exact=e, headline=h)[0]
             for t in wording.TENSES for e in (False, True) for h in (False, True)]
    texts.append(wording.change_noun(c, style)[0])
    texts.append(wording.suppressed_change_words(c, style, "past", 5, True, False))
    texts += [wording.count_text(Decimal(v), style) for v in (old, new)]
    texts.append(wording.from_to_text(Decimal(old), Decimal(new), style)[0])
    if c.percent is not None:
        found = wording.approx_percent_text(c.percent, style)
        texts += [found[0]] if found else []
    found = wording.approx_count_text(Decimal(new), style)
    texts += [found[0]] if found else []
    return texts


@given(counts, counts, presets)
def test_output_never_says_minus_zero_infinity_or_nan(old: int, new: int, preset: str) -> None:
    for text in _all_texts(old, new, preset):
        lowered = text.lower()
        assert "-0" not in lowered and "inf" not in lowered and "nan" not in lowered, text


@given(counts, counts, presets)
def test_direction_of_the_wording_matches_the_sign_in_past_and_headline(old: int, new: int, preset: str) -> None:
    style = PRESETS[preset]
    c = change(old, new)
    rising = ("rose", "rises", "doubled", "doubles", "trebled", "trebles", "tripled", "triples", "quadrupled",
              "quadruples", "increased", "cynyddu", "dyblu", "treblu", "threblu", "pedryblu")
    falling = ("fell", "falls", "halved", "halves", "gostwng", "haneru")
    same = ("unchanged", "yr un fath")
    for text in (wording.change_words(c, style, "past")[0],
                 wording.change_words(c, style, "present", headline=True)[0]):
        words = set(text.split())
        if new == old or "virtually" in words or "bron yr un fath" in text:
            assert any(w in text for w in same)
        elif new > old:
            assert words & set(rising) and not words & set(falling), text
        else:
            assert words & set(falling) and not words & set(rising), text


@given(st.integers(min_value=20, max_value=10**7), st.integers(min_value=0, max_value=10**7), presets)
def test_rounded_percentage_is_the_exact_change_rounded_half_up_and_parses_back(old: int, new: int, preset: str
                                                                                 ) -> None:
    style = PRESETS[preset]
    c = change(old, new)
    assert c.percent is not None
    text, rounded = wording.percent_text(c.percent, style)
    places = wording.percent_places(c.percent, style)
    exact = abs(Decimal(new - old) / Decimal(old) * 100)
    assert rounded == exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert cldr.parse_number(text.removesuffix(style.percent).strip(), style.locale) == rounded


@given(st.decimals(min_value=-500, max_value=500, places=3, allow_nan=False, allow_infinity=False), presets)
def test_percentage_points_parse_back_in_every_locale(points: Decimal, preset: str) -> None:
    style = PRESETS[preset]
    text, rounded = wording.points_text(points, style)
    assert cldr.parse_number(text.removesuffix(style.percent_points).strip(), style.locale) == rounded


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=10**7), presets)
def test_nearly_n_never_describes_a_value_at_or_above_n(old: int, new: int, preset: str) -> None:
    style = PRESETS[preset]
    c = change(old, new)
    assert c.ratio is not None and c.percent is not None
    band = wording.change_band(c, style)
    if band == "almost_trebled":
        assert style.nearly_fraction * 3 <= c.ratio < 3
    if band.startswith("more_than"):
        assert c.ratio > {"more_than_doubled": 2, "more_than_trebled": 3, "more_than_fourfold": 4}[band]
    nearly, more = ("bron i", "mwy na") if style.language == "cy" else ("nearly", "more than")
    for value, found in ((abs(c.percent), wording.approx_percent_text(c.percent, style)),
                         (Decimal(new), wording.approx_count_text(Decimal(new), style))):
        if found is None:
            continue
        text, n = found
        if text.startswith(nearly):
            assert style.nearly_fraction * n <= value < n
        else:
            assert text.startswith(more) and value > n


@given(st.integers(min_value=0, max_value=10**13), presets)
def test_money_parses_back_to_the_rounded_amount(pence: int, preset: str) -> None:
    style = PRESETS[preset]
    amount = Decimal(pence) / 100
    text = wording.money_text(amount, style, "GBP")
    match = re.fullmatch(r"£([\d,.]+)(bn|m| billion| million| biliwn| miliwn)?", text)
    assert match, text
    scale = {None: 1, "bn": 10**9, " billion": 10**9, " biliwn": 10**9, "m": 10**6, " million": 10**6,
             " miliwn": 10**6}[match.group(2)]
    shown = cldr.parse_number(match.group(1), style.locale) * scale
    if scale == 1:
        assert shown == amount.quantize(Decimal(1) if amount == amount.to_integral_value() else Decimal("0.01"))
    else:
        assert abs(shown - amount) <= Decimal(scale) / 20  # within half of the last place shown (0.1 m / bn)


# --- numbers, ordinals, dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(("preset", "value", "text"), [
    ("en_GB", 1_200_000, "1.2 million"), ("en_GB", 1_250_000, "1.3 million"), ("en_GB", 3_000_000_000, "3 billion"),
    ("en_US", 1_200_000, "1.2 million"), ("cy_GB", 1_200_000, "1.2 miliwn"), ("cy_GB", 7, "7"),
    ("en_US", 7, "seven"), ("en_GB", 1747, "1,747"), ("cy_GB", 1747, "1,747"),
])
def test_large_numbers_and_words(preset: str, value: int, text: str) -> None:
    assert wording.count_text(Decimal(value), PRESETS[preset]) == text


@pytest.mark.parametrize(("preset", "value", "text"), [
    ("en_GB", "3000000000", "£3bn"), ("en_GB", "1200000", "£1.2m"), ("en_GB", "450000", "£450,000"),
    ("en_US", "3000000000", "£3 billion"), ("cy_GB", "1200000", "£1.2 miliwn"), ("en_GB", "0.5", "£0.50"),
])
def test_money(preset: str, value: str, text: str) -> None:
    assert wording.money_text(Decimal(value), PRESETS[preset], "GBP") == text
    assert wording.money_text(Decimal(3_000_000_000), PRESETS["en_US"], "USD") == "$3 billion"


def test_ordinals_in_every_preset() -> None:
    gb, us, cy = PRESETS["en_GB"], PRESETS["en_US"], PRESETS["cy_GB"]
    assert [wording.ordinal_text(n, gb) for n in (1, 2, 9, 10, 11, 21, 102, 113)] == \
        ["first", "second", "ninth", "10th", "11th", "21st", "102nd", "113th"]
    assert wording.ordinal_text(3, us) == "third"
    assert [wording.ordinal_text(n, cy) for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 15)] == \
        ["1af", "2il", "3ydd", "4ydd", "5ed", "6ed", "7fed", "8fed", "9fed", "10fed", "13eg", "15fed"]


def test_welsh_periods_mutate_the_month_after_i_and_a() -> None:
    cy = PRESETS["cy_GB"]
    month = [dt.date(2018, m, 1) for m in range(1, 13)]
    end = [(dt.date(2018, m, 1) + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1) for m in range(1, 13)]
    assert wording.period_text(month[0], end[5], cy) == "Ionawr i Fehefin 2018"
    assert wording.period_text(month[6], end[11], cy) == "Gorffennaf i Ragfyr 2018"
    assert wording.period_text(month[0], end[8], cy) == "Ionawr i Fedi 2018"
    assert wording.between_text(month[8], end[10], cy) == "rhwng Medi a Thachwedd 2018"
    assert wording.between_text(month[2], end[3], cy) == "rhwng Mawrth ac Ebrill 2018"
    assert wording.between_text(dt.date(2017, 7, 1), end[0], cy) == "rhwng Gorffennaf 2017 ac Ionawr 2018"
    assert wording.date_text(dt.date(2018, 9, 4), cy) == "4 Medi 2018"


def test_embargo_lines_take_the_zone_for_the_date() -> None:
    moment = dt.datetime(2018, 9, 4, 0, 1)
    assert wording.embargo_text(moment, "America/New_York", PRESETS["en_US"]) == \
        "EMBARGOED UNTIL 12:01 a.m. EDT Tuesday, Sept. 4, 2018"
    assert wording.embargo_text(moment, "Europe/London", PRESETS["cy_GB"]) == \
        "EMBARGO TAN 00:01 BST Dydd Mawrth 4 Medi 2018"
    assert wording.embargo_text(None, "Europe/London", PRESETS["en_US"]) == "FOR IMMEDIATE RELEASE"


# --- settings: overrides, --locale and --style ---------------------------------------------------------------

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


def test_bilingual_overrides_word_rules_per_language(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    edit(example / "campaign.yaml", "areas: all",
         'areas: all\nhouse_style:\n  percent: "%"\n  small_base: 100\n  cy_GB:\n    ends: "-- DIWEDD --"')
    batches = api.prepare_languages(example, style="en_US")
    assert [(b.style.name, b.style.percent, b.style.small_base, b.style.ends) for b in batches] == [
        ("en_US", "%", 100, "###"), ("cy_GB", "%", 100, "-- DIWEDD --")]
    edit(example / "campaign.yaml", 'percent: "%"', 'percent: "per cent"')
    english, welsh = api.prepare_languages(example)
    assert (english.style.percent, welsh.style.percent) == ("per cent", "%")  # a word rule stays in its language


def test_bilingual_versions_say_the_other_exists_and_give_the_same_figures(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    result = api.draft(example, tmp_path, areas=["North West", "Cheshire"])
    english = (tmp_path / "cheshire.en.md").read_text(encoding="utf-8")
    welsh = (tmp_path / "cheshire.cy.md").read_text(encoding="utf-8")
    assert "This press release is also available in Welsh." in english
    assert "Mae’r datganiad hwn ar gael yn Saesneg hefyd." in welsh
    assert re.findall(r"\d[\d,]*", english.replace("%", "")) != []
    numbers = [re.findall(r"\d[\d,.]*\d|\d", t.split("\n## ")[0]) for t in (english, welsh)]
    assert sorted(numbers[0]) == sorted(numbers[1])  # the same figures in both versions
    assert read_docx(tmp_path / "cheshire.cy.docx").paragraphs[0] == (
        "Embargo", "EMBARGO TAN 00:01 BST Dydd Mawrth 4 Medi 2018")
    assert [r.language for r in result.releases] == ["en_GB", "en_GB", "cy_GB", "cy_GB"]


def test_a_bilingual_template_without_a_welsh_variant_is_refused(example: Path, tmp_path: Path) -> None:
    (example / "mine").mkdir()
    (example / "mine" / "release.md.j2").write_text(
        (ROOT / "templates" / "helpline-rise" / "release.md.j2").read_text(encoding="utf-8"), encoding="utf-8")
    edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: campaign.yaml: template: \"mine\" has no 'cy' variant")
    assert not (tmp_path / "out").exists()


# --- sentence starts, ranks, sequences, rounding levels --------------------------------------------------------

def _template(example: Path, body: str) -> None:
    (example / "mine").mkdir(exist_ok=True)
    (example / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% set c = change("contacts") %}\n'
        "{% block headline %}Calls up{% endblock %}\n{% block body %}" + body + "{% endblock %}\n", encoding="utf-8")
    if "template: mine" not in (example / "campaign.yaml").read_text(encoding="utf-8"):
        edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")


def test_a_sentence_starting_with_a_figure_is_warned_about(example: Path) -> None:
    _template(example, "Calls rose. {{ c.new() }} people called.")
    release = api.preview(example, "Cheshire")[1]
    assert [w.message for w in release.warnings if w.code == "sentence_start"] == [
        "a sentence starts with a figure (spell it out or recast the sentence): 'Calls rose. 440 people called.'"]


def test_ap_lets_a_year_start_a_sentence_but_not_a_count(example: Path) -> None:
    _template(example, "Calls rose. {{ month('after') | replace('January ', '') }} was busy.")
    assert not [w for w in api.preview(example, "Cheshire", locale="en_US")[1].warnings if w.code == "sentence_start"]
    assert [w for w in api.preview(example, "Cheshire")[1].warnings if w.code == "sentence_start"]


def test_rank_and_a_sequence_share_decimal_places(example: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,500,548")
    edit(example / "figures.csv", '"1,747","3,549"', '"2,157","3,926"')
    _template(example, "Cheshire is {{ rank('contacts') }}.\n\n{% for k in changes('contacts', area.parent.children)"
              " %}\n- {{ k.area.name }}: {{ k.noun() }}\n{% endfor %}\n")
    text = api.preview(example, "Cheshire")[0]
    assert "Cheshire is fifth." in text
    assert "- Cumbria: a rise of 9.6 per cent" in text and "- Cheshire: a rise of 193.3 per cent" in text


def test_a_count_and_its_approximation_in_one_release_is_refused(example: Path) -> None:
    _template(example, "About {{ figure('contacts', 'after', area='North West', approx=True) }} people, "
              "{{ c.from_to() }}; in the north west {{ figure('contacts', 'after', area='North West') }}.")
    with pytest.raises(TemplateError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == (
        "template: area 'Cheshire': North West's contacts.after is shown at two rounding levels: 'nearly 3,600', "
        "'3,549' (expected one way of giving each figure in a release (or house_style: rounding_conflicts: warn))")


# --- disclosure control ------------------------------------------------------------------------------------

def test_disclosure_arithmetic_finds_the_one_area_a_subtraction_reveals() -> None:
    kids = {"NW": ["A", "B", "C"]}
    everything = {(a, "m", "p") for a in ("NW", "A", "B", "C")}
    leak = disclosure.recoverable(everything, {("C", "m", "p")}, kids, ["m"], ["p"])
    assert leak == disclosure.Leak("C", "NW", "m", "p", ("A", "B"))
    assert disclosure.recoverable(everything, {("C", "m", "p"), ("B", "m", "p")}, kids, ["m"], ["p"]) is None
    assert disclosure.recoverable(everything - {("NW", "m", "p")}, {("C", "m", "p")}, kids, ["m"], ["p"]) is None


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=2, max_value=20))
def test_only_counts_from_one_to_below_the_threshold_are_suppressed(amount: int, threshold: int) -> None:
    assert disclosure.is_suppressed(Decimal(amount), threshold) == (0 < amount < threshold)
    assert not disclosure.is_suppressed(Decimal(amount), None)


def test_a_suppressed_count_is_in_no_file_drafter_writes(example: Path, tmp_path: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,3,171")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,660","3,549"')
    edit(example / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 5")
    out = tmp_path / "out"
    api.draft(example, out, areas=["Cumbria", "Cheshire"])
    cumbria = (out / "cumbria.md").read_text(encoding="utf-8")
    assert "that figure rose from fewer than five to 171." in cumbria
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
    with pytest.raises(TemplateError, match="Cumbria, whose count is suppressed"):
        api.draft(example, tmp_path / "all")  # the north west release lists every area


def test_a_suppressed_count_in_welsh(example: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,3,171")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,660","3,549"')
    edit(example / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 5")
    text = api.preview(example, "Cumbria", locale="cy_GB")[0]
    assert "cysylltodd llai na 5 o bobl o Gumbria" in text
    assert "roedd y ffigur hwnnw wedi cynyddu o lai na 5 i 171." in text


def test_the_acceptance_commands() -> None:
    result = runner.invoke(app, ["preview", str(EXAMPLE), "--area", "Cheshire", "--locale", "en_US"])
    assert result.exit_code == 0 and "193%" in result.stdout and "Sept. 4, 2018" in result.stdout
    result = runner.invoke(app, ["preview", str(EXAMPLE), "--area", "Cheshire", "--locale", "cy_GB"])
    assert result.exit_code == 0 and "Medi" in result.stdout and "Ionawr" in result.stdout


def test_check_reads_a_welsh_release_against_the_welsh_draft(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    api.draft(example, tmp_path, areas=["Cheshire"], formats=["md"])
    result = runner.invoke(app, ["check", str(example), str(tmp_path / "cheshire.cy.md"),
                                 str(tmp_path / "cheshire.en.md")])
    assert (result.exit_code, result.stdout) == (0, "2 files checked clean\n")
    edit(tmp_path / "cheshire.cy.md", "wedi cynyddu 193% i 440", "wedi cynyddu 200% i 440")
    result = runner.invoke(app, ["check", str(example), str(tmp_path / "cheshire.cy.md")])
    assert result.exit_code == 1 and "200%" in result.stdout
