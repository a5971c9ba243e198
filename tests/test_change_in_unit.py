"""A rate whose changes are given in its own unit (campaign.yaml ``change_in: unit``): "The median wait fell by 2.2
weeks, from 14.6 weeks to 12.4 weeks", as a newsdesk writes a wait, never "fell by 15 per cent" alone; its noun, its
headline, a table's Change column, its Welsh, and reading it back (the quote check and `drafter check`)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import api
from drafter.compute.changes import compute_change, round_half_up
from drafter.errors import DrafterError, QuoteError
from drafter.model import Change, SourceRef, Value
from drafter.shipped import shipped_root
from drafter.style import wording
from drafter.style.house import PRESETS
from drafter.style.typed import number_value
from tests.conftest import edit
from tests.helpers import own_template

WAIT = ("    label: median wait\n    kind: rate\n    unit: weeks\n    unit_one: week\n    change_in: unit\n"
        "    unit_cy: wythnosau\n    unit_one_cy: wythnos\n    label_cy: amser aros canolrifol\n"
        "    subject: the median wait in {area}\n    plural: false\n    subject_cy: yr amser aros canolrifol {yn_cy}\n")
FIGURES = ("area,measure,last_year,this_year\nWales,electric,14.6,12.4\nCardiff,electric,10.0,11.0\n"
           "Swansea,electric,12.0,12.0\nCeredigion,electric,0.0,3.1\nPowys,electric,5.2,5.1\n"
           "Ynys Môn,electric,4.0,3.0\n")


def change(old: str, new: str, unit: str = "weeks") -> Change:
    src = (SourceRef("figures.csv"),)
    return compute_change("A", "m", "rate", "a", "b", Value(Decimal(old), src), Value(Decimal(new), src), unit, "unit")


@pytest.fixture
def waits(tmp_path: Path) -> Path:
    """The rate-change example as a median wait in weeks that changes in weeks, with a table."""
    campaign = tmp_path / "waits"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    start = text.index("    label: share of buses")
    end = text.index("\nstory:")
    table = "\ntable:\n  columns: [last_year, this_year, change]\n"
    (campaign / "campaign.yaml").write_text(text[:start] + WAIT + table + text[end:], encoding="utf-8")
    (campaign / "figures.csv").write_text(FIGURES, encoding="utf-8")
    return campaign


# (old, new, en_GB past, en_GB headline, en_GB noun, cy_GB perfect, cy_GB noun): a fall, a rise, a whole 1, a rise from
# zero, a fall to zero, a figure given to a finer place, no change
WORDED = [
    ("14.6", "12.4", "fell by 2.2 weeks", "falls by 2.2 weeks", "a fall of 2.2 weeks", "wedi gostwng 2.2 o wythnosau",
     "gostyngiad o 2.2 o wythnosau"),
    ("10.0", "11.0", "rose by 1.0 weeks", "rises by 1.0 weeks", "a rise of 1.0 weeks", "wedi cynyddu 1.0 o wythnosau",
     "cynnydd o 1.0 o wythnosau"),
    ("3", "4", "rose by 1 week", "rises by 1 week", "a rise of 1 week", "wedi cynyddu 1 wythnos",
     "cynnydd o 1 wythnos"),
    ("0.0", "3.1", "rose by 3.1 weeks", "rises by 3.1 weeks", "a rise of 3.1 weeks", "wedi cynyddu 3.1 o wythnosau",
     "cynnydd o 3.1 o wythnosau"),
    ("2.5", "0.0", "fell by 2.5 weeks", "falls by 2.5 weeks", "a fall of 2.5 weeks", "wedi gostwng 2.5 o wythnosau",
     "gostyngiad o 2.5 o wythnosau"),
    ("14.65", "12.4", "fell by 2.25 weeks", "falls by 2.25 weeks", "a fall of 2.25 weeks",
     "wedi gostwng 2.25 o wythnosau", "gostyngiad o 2.25 o wythnosau"),
    ("12.0", "12.0", "remained unchanged", "remains unchanged", "no change", "wedi aros yr un fath", "dim newid"),
]


@pytest.mark.parametrize(("old", "new", "past", "headline", "noun", "cy", "cy_noun"), WORDED)
def test_a_change_in_its_unit_is_worded_in_every_preset(old: str, new: str, past: str, headline: str, noun: str,
                                                         cy: str, cy_noun: str) -> None:
    en, us, welsh = PRESETS["en_GB"], PRESETS["en_US"], PRESETS["cy_GB"]
    c, c_cy = change(old, new), change(old, new, "wythnosau")
    assert wording.change_words(c, en, one="week")[0] == past
    assert wording.change_words(c, us, one="week")[0] == past  # AP's words for a change in a unit are the same
    assert wording.change_words(c, en, "present", headline=True, one="week")[0] == headline
    assert wording.change_noun(c, en, one="week")[0] == wording.change_noun(c, us, one="week")[0] == noun
    assert wording.change_words(c_cy, welsh, "perfect", one="wythnos")[0] == cy
    assert wording.change_noun(c_cy, welsh, one="wythnos")[0] == cy_noun
    assert not wording.has_percent(wording.change_band(c, en))  # never "fell by 15 per cent" alone


figures = st.builds(lambda steps, places: Decimal(steps).scaleb(-places), st.integers(0, 99_999), st.integers(0, 3))


@given(old=figures, new=figures)
def test_the_difference_agrees_with_the_two_figures_as_printed(old: Decimal, new: Decimal) -> None:
    """The three numbers of "fell by 2.2 weeks, from 14.6 weeks to 12.4 weeks" agree as printed, whatever the places,
    and the sentence says which way it went."""
    style = PRESETS["en_GB"]
    c = change(str(old), str(new))
    old_text, new_text = (wording.published_rate_text(v, style) for v in (old, new))
    words = wording.change_words(c, style)[0]
    if old == new:
        assert words == "remained unchanged"
        return
    _, (role, shown, rounded) = wording.difference_words(c, style)
    assert role == "difference" and shown == wording.published_rate_text(rounded, style)
    assert number_value(shown) == abs(number_value(new_text) - number_value(old_text)) == rounded  # type: ignore[operator]
    assert words == f"{'rose' if new > old else 'fell'} by {shown} weeks"


def test_a_release_says_a_wait_in_weeks_in_english_and_welsh_with_its_table(waits: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for locale in ("en_GB", "en_US", "cy_GB"):
        api.draft(waits, out / locale, areas=["Wales"], formats=["md"], locale=locale)
    english, american = ((out / n / "wales.md").read_text(encoding="utf-8") for n in ("en_GB", "en_US"))
    welsh = (out / "cy_GB" / "wales.cy.md").read_text(encoding="utf-8")
    assert "\n# The median wait in Wales falls by 2.2 weeks\n" in english
    assert "\nThe median wait in Wales has fallen by 2.2 weeks, from 14.6 weeks between April 2022 and March 2023 to " \
        "12.4 weeks between April 2023 and March 2024.\n" in english
    assert "\n- Cardiff: 10.0 weeks to 11.0 weeks, a rise of 1.0 weeks\n- Powys: 5.2 weeks to 5.1 weeks, a fall of " \
        "0.1 weeks\n- Ceredigion: 0.0 weeks to 3.1 weeks, a rise of 3.1 weeks\n" in english
    assert "\n- Swansea: unchanged at 12.0 weeks\n" in english
    assert "| Cardiff | 10.0 | 11.0 | a rise of 1.0 weeks |" in english and "per cent" not in english
    assert "\n# The median wait in Wales falls by 2.2 weeks\n" in american
    assert "\n- Cardiff: 10.0 weeks to 11.0 weeks, a rise of 1.0 weeks\n" in american and "%" not in american
    assert "\n# Yr amser aros canolrifol yng Nghymru wedi gostwng 2.2 o wythnosau\n" in welsh
    assert "wedi gostwng 2.2 o wythnosau, o 14.6 o wythnosau rhwng Ebrill 2022 a Mawrth 2023 i 12.4 o wythnosau " \
        "rhwng Ebrill 2023 a Mawrth 2024.\n" in welsh
    assert "\n- Caerdydd: o 10.0 o wythnosau i 11.0 o wythnosau, cynnydd o 1.0 o wythnosau\n" in welsh
    assert "| Caerdydd | 10.0 | 11.0 | cynnydd o 1.0 o wythnosau |" in welsh


def test_check_finds_a_typed_change_in_weeks_the_data_does_not_give(waits: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.draft(waits, out, areas=["Wales"], formats=["md"])
    api.draft(waits, out, areas=["Wales"], formats=["md"], locale="cy_GB")
    assert (api.check(waits, [out / "wales.md", out / "wales.cy.md"]).findings, ) == ((),)
    edit(out / "wales.md", "has fallen by 2.2 weeks", "has fallen by 3.2 weeks")
    edit(out / "wales.cy.md", "wedi gostwng 2.2 o wythnosau,", "wedi gostwng 3.2 o wythnosau,")
    result = api.check(waits, [out / "wales.md", out / "wales.cy.md"])
    said = ("'3.2' where the difference in Wales' figure for median wait in April 2023 to March 2024 compared with "
            "April 2022 to March 2023 was '2.2' (figures.csv, row 2, columns last_year and this_year)")
    assert [(f.file, f.kind, f.message) for f in result.findings] == [
        ("wales.md", "wrong_figure", said), ("wales.cy.md", "wrong_figure", said)]


@pytest.mark.parametrize(("locale", "name", "typed", "said"), [
    ("en_GB", "cardiff.md", "In Cardiff the median wait fell by 1 week last year.", "'fell' in new text where "
     "Cardiff's change in median wait in April 2023 to March 2024 compared with April 2022 to March 2023 is 'rose by 1 "
     "week' (figures.csv, row 3, columns last_year and this_year)"),
    ("cy_GB", "cardiff.cy.md", "Yng Nghaerdydd, mae’r amser aros canolrifol wedi gostwng 1 wythnos.",
     "'gostwng' in new text where Cardiff's change in median wait in April 2023 to March 2024 compared with April "
     "2022 to March 2023 is 'wedi cynyddu 1 wythnos' (figures.csv, row 3, columns last_year and this_year)"),
])
def test_check_words_a_change_of_a_whole_1_in_its_unit_with_unit_one(waits: Path, tmp_path: Path, locale: str,
                                                                      name: str, typed: str, said: str) -> None:
    """"rose by 1 week", as the release says it, not "rose by 1 weeks": check's own words take unit_one too."""
    (waits / "figures.csv").write_text("area,measure,last_year,this_year\nWales,electric,14,13\nCardiff,electric,3,4\n"
                                       "Swansea,electric,12,12\nCeredigion,electric,1,3\nPowys,electric,5,6\n"
                                       "Ynys Môn,electric,4,3\n", encoding="utf-8")
    out = tmp_path / "out"
    api.draft(waits, out, areas=["Cardiff"], formats=["md"], locale=locale)
    text = (out / name).read_text(encoding="utf-8")
    ends = "\nDIWEDD\n" if locale == "cy_GB" else "\nENDS\n"
    (out / name).write_text(text.replace(ends, f"\n{typed}\n{ends}"), encoding="utf-8")
    assert [(f.kind, f.message) for f in api.check(waits, [out / name]).findings] == [("wrong_direction", said)]


def test_a_quote_that_says_the_change_in_words_is_held_against_it(waits: Path) -> None:
    (waits / "quotes.yaml").write_text(
        "speakers:\n  chief:\n    name: Alys Jones\n    title: Chief Executive\n    organisation: Bysiau Glân Cymru\n"
        "quotes:\n  - id: chief-all\n    role: spokesperson\n    speaker: chief\n    areas: [all]\n"
        "    status: draft\n    text: |\n      Waits in Powys are a week shorter; it is two weeks shorter in Wales.\n",
        encoding="utf-8")
    release = api.preview(waits, "Wales")[1]
    assert [w.message for w in release.warnings if w.code.startswith("quote")] == [
        "quote 'chief-all' says 'two weeks' but the release gives this figure as '2.2': one figure at two rounding "
        "levels"]
    edit(waits / "quotes.yaml", "two weeks shorter", "nearly three weeks shorter")
    with pytest.raises(QuoteError) as refused:
        api.preview(waits, "Wales")
    assert "quote 'chief-all' says 'three weeks', which this release's figures do not support" in str(refused.value)


@pytest.mark.parametrize(("measure", "line", "said"), [
    ("    unit: volunteers\n", 20, '"unit" is not for a count'),
    ("    kind: rate\n    unit: per cent\n", 21, '"per cent" is not for a percentage'),
])
def test_change_in_on_a_count_or_a_percentage_is_refused_saying_what_it_is_for(waits: Path, measure: str, line: int,
                                                                               said: str) -> None:
    edit(waits / "campaign.yaml", "    kind: rate\n    unit: weeks\n", measure)
    if "per cent" in measure:
        edit(waits / "campaign.yaml", "    change_in: unit\n", "    change_in: per cent\n")
    with pytest.raises(DrafterError) as refused:
        api.preview(waits, "Wales")
    assert str(refused.value) == f"campaign.yaml:{line}: measures.electric.change_in: {said} (expected change_in: " \
        "unit on a rate (kind: rate) such as a wait in weeks, for \"fell by 2.2 weeks\"; a count changes in per " \
        "cent, a percentage in percentage points)"


def test_a_change_in_words_before_the_unit_is_read_in_english_and_welsh() -> None:
    """Only before the unit of a rate that changes in it: "two people" is no figure the quote check reads."""
    from drafter.render.checks import claims_in
    english = claims_in("Nearly two weeks shorter, said two people.", PRESETS["en_GB"], units=("weeks", "week"))
    assert [(c.text, c.qualifier, c.value) for c in english] == [("two weeks", "nearly", Decimal(2))]
    welsh = claims_in("Mae’r aros bron i ddwy wythnos yn fyrrach", PRESETS["cy_GB"], units=("wythnosau", "wythnos"))
    assert [(c.text, c.qualifier, c.value) for c in welsh] == [("ddwy wythnos", "nearly", Decimal(2))]
    assert claims_in("Nearly two weeks shorter", PRESETS["en_GB"]) == ()  # no rate changes in weeks: not read


# Falls of 1.2 weeks (23 per cent, Powys) and 1.0 weeks (25 per cent, Ynys Môn); rises of 1.0 weeks each (10 per cent,
# Cardiff; 50 per cent, Ceredigion): by weeks, Powys' fall is the largest and the two rises share first place.
RANKED = FIGURES.replace("Ceredigion,electric,0.0,3.1", "Ceredigion,electric,2.0,3.0").replace(
    "Powys,electric,5.2,5.1", "Powys,electric,5.2,4.0")


def test_a_change_in_weeks_is_ranked_in_weeks_as_printed_and_shares_a_place(waits: Path, tmp_path: Path) -> None:
    (waits / "figures.csv").write_text(RANKED, encoding="utf-8")
    # league-table's ranks, by a copy of the campaign's own: drafter's own league-table takes counts only, and refuses
    # a wait (test_template_kinds.py)
    shutil.copytree(shipped_root() / "league-table", waits / "league-table", ignore=shutil.ignore_patterns("example"))
    edit(waits / "campaign.yaml", "template: rate-change", "template: league-table")
    said = {}
    for locale in ("en_GB", "en_US", "cy_GB"):
        api.draft(waits, tmp_path / locale, areas=["Cardiff", "Powys"], formats=["md"], locale=locale)
        said[locale] = [line for path in sorted((tmp_path / locale).glob("*.md")) for line in
                        path.read_text(encoding="utf-8").splitlines() if line.startswith(("Compared", "O’i"))]
    assert said == {
        "en_GB": ["Compared with April 2022 to March 2023, the number rose by 1.0 weeks – by number, the joint largest "
                  "rise in Wales.", "Compared with April 2022 to March 2023, the number fell by 1.2 weeks – by number, "
                  "the largest fall in Wales."],
        "en_US": ["Compared with April 2022 to March 2023, the number rose by 1.0 weeks — by number, tied for the "
                  "largest rise in Wales.", "Compared with April 2022 to March 2023, the number fell by 1.2 weeks — by "
                  "number, the largest fall in Wales."],
        "cy_GB": ["O’i gymharu â’r cyfnod rhwng Ebrill 2022 a Mawrth 2023, roedd y nifer wedi cynyddu 1.0 o wythnosau "
                  "– o ran nifer, y cynnydd mwyaf ar y cyd yng Nghymru.", "O’i gymharu â’r cyfnod rhwng Ebrill 2022 a "
                  "Mawrth 2023, roedd y nifer wedi gostwng 1.2 o wythnosau – o ran nifer, y gostyngiad mwyaf yng "
                  "Nghymru."]}


def test_a_rank_by_percent_of_a_change_in_weeks_ranks_the_weeks_it_prints(waits: Path) -> None:
    """No percentage is printed for it: by="percent" ranks what is, Ceredigion's 50 per cent rise as 1.0 weeks."""
    (waits / "figures.csv").write_text(RANKED, encoding="utf-8")
    body = '{% block headline %}Ranks{% endblock %}{% block body %}{{ rank("electric", by="percent") }}{% endblock %}'
    own_template(waits, body, body, "rate-change")
    facts = {f.name: (f.text, f.formula) for f in api.preview(waits, "Ceredigion")[1].facts if "rank" in f.name}
    assert facts == {"electric.last_year-this_year.change.rank": (
        "joint first", "rank 1 (joint) of 5 areas in Wales, by change, highest first")}


@pytest.mark.parametrize(("area", "said", "welsh"), [
    ("Ynys Môn", "Ynys Môn saw the biggest fall in Wales.", "Ynys Môn a welodd y gostyngiad mwyaf yng Nghymru."),
    ("Powys", "Powys saw the biggest fall in Wales.", "Powys a welodd y gostyngiad mwyaf yng Nghymru."),
])
def test_check_holds_a_rank_of_a_change_in_weeks_against_the_weeks(waits: Path, tmp_path: Path, area: str,
                                                                    said: str, welsh: str) -> None:
    """Ynys Môn's 25 per cent is the largest fall in per cent, but its 1.0 weeks is not the largest in weeks."""
    (waits / "figures.csv").write_text(RANKED, encoding="utf-8")
    api.draft(waits, tmp_path, areas=[area], formats=["md"])
    api.draft(waits, tmp_path, areas=[area], formats=["md"], locale="cy_GB")
    cymraeg, english = sorted(tmp_path.glob("*.md"), key=lambda path: path.suffixes != [".cy", ".md"])
    edit(english, "The group says", f"{said} The group says")
    edit(cymraeg, "Dywed y grŵp", f"{welsh} Dywed y grŵp")
    found = [(f.kind, f.found, f.expected) for f in api.check(waits, [english, cymraeg]).findings]
    assert found == ([] if area == "Powys" else [("wrong_rank", "biggest", "second"), ("wrong_rank", "mwyaf", "ail")])


@pytest.mark.parametrize(("locale", "drafted", "true", "false"), [
    ("en_GB", "has fallen by 2.2 weeks", "has fallen by 15 per cent", "has fallen by 16 per cent"),
    ("en_US", "has fallen by 2.2 weeks", "has fallen by 15.1 percent", "has fallen by 16 percent"),
    ("cy_GB", "wedi gostwng 2.2 o wythnosau,", "wedi gostwng 15%,", "wedi gostwng 25%,"),
])
def test_a_percentage_typed_over_a_change_in_weeks_is_a_note_on_the_house_style_or_a_wrong_figure(
        waits: Path, tmp_path: Path, locale: str, drafted: str, true: str, false: str) -> None:
    """Wales' 14.6 to 12.4 weeks is a fall of 15.07 per cent: true, it is no figure the house style prints for a
    change in weeks; false, it is a wrong figure, and the finding says what the figures give."""
    api.draft(waits, tmp_path / "out", areas=["Wales"], formats=["md"], locale=locale)
    (release,) = (tmp_path / "out").glob("*.md")
    files = [tmp_path / "true" / release.name, tmp_path / "false" / release.name]
    for path, typed in zip(files, (true, false), strict=True):
        path.parent.mkdir()
        shutil.copyfile(release, path)
        edit(path, drafted, typed)
    shown = "wedi gostwng 2.2 o wythnosau" if locale == "cy_GB" else "fell by 2.2 weeks"
    where = ("in new text where Wales' change in median wait in April 2023 to March 2024 compared with April 2022 "
             f"to March 2023 is '{shown}' (figures.csv, row 2, columns last_year and this_year): ")
    typed = [t.split("by ")[-1].split("gostwng ")[-1].rstrip(",") for t in (true, false)]
    assert [(f.kind, f.message) for f in api.check(waits, files).findings] == [
        ("style", f"'{typed[0]}' {where}a fall, which the house style gives in weeks, not as a percentage"),
        ("wrong_figure", f"'{typed[1]}' {where}the figures give a fall of 15 per cent, which the house style gives in "
                         "weeks, not as a percentage")]


FALLS = "falls of 0.1, 1.0 and 2.2 weeks"  # the changes a change said as a fall is held against, named so


@pytest.mark.parametrize(("text", "refused", "data"), [
    ("Waits are three weeks shorter.", "three weeks", FALLS),  # Ynys Môn's 3.0 weeks is a figure, but no fall of 3
    ("The wait fell by three weeks.", "three weeks", FALLS),
    ("The wait in Ceredigion is three weeks longer.", None, ""),  # its rise of 3.1 weeks, at another rounding level
    ("The wait in Cardiff is two weeks longer.", "two weeks", "rises of 1.0 and 3.1 weeks; Wales' own figure went the "
     "other way, a fall of 2.2 weeks"),
    ("The wait in Ynys Môn is now three weeks.", None, ""),  # its 3.0 weeks: a figure, no change
    ("Mae’r aros tair wythnos yn fyrrach.", "tair wythnos", FALLS),  # the message is in English, as every one
    ("Mae’r aros wedi gostwng 2.2 o wythnosau.", None, ""),
])
def test_a_quote_said_as_a_change_in_weeks_is_held_against_the_changes_that_went_its_way(
        waits: Path, text: str, refused: str | None, data: str) -> None:
    welsh = text.startswith("Mae")
    (waits / "quotes.yaml").write_text(
        "speakers:\n  chief:\n    name: Alys Jones\n    title: Chief Executive\n    organisation: Bysiau Glân Cymru\n"
        f"quotes:\n  - id: chief-all\n    role: spokesperson\n    speaker: chief\n    areas: [all]\n    language: "
        f"{'cy' if welsh else 'en'}\n    status: draft\n    text: |\n      {text}\n", encoding="utf-8")
    if refused is None:
        api.preview(waits, "Wales", locale="cy_GB" if welsh else None)
        return
    with pytest.raises(QuoteError) as error:
        api.preview(waits, "Wales", locale="cy_GB" if welsh else None)
    assert f"quote 'chief-all' says '{refused}', which this release's figures do not support (expected a figure " \
        f"that agrees with the data ({data}))" in str(error.value)


@given(old=figures, new=figures)
def test_a_change_in_weeks_is_unchanged_only_where_the_figures_as_given_are(old: Decimal, new: Decimal) -> None:
    """With rate_places_max: 1, 14.60 and 14.61 weeks both print 14.6: "virtually unchanged", never "unchanged",
    which the published figures contradict; and a change said is the one between the two figures as printed."""
    src = (SourceRef("figures.csv"),)
    printed = [Value(round_half_up(v, 1), src, given=v) if -int(v.as_tuple().exponent) > 1 else Value(v, src)
               for v in (old, new)]
    c = compute_change("A", "m", "rate", "a", "b", *printed, "weeks", "unit")
    words = wording.change_words(c, PRESETS["en_GB"])[0]
    if old == new:
        assert words == "remained unchanged"
    elif printed[0].amount == printed[1].amount:
        assert words == "remained virtually unchanged"
    else:
        shown = wording.difference_words(c, PRESETS["en_GB"])[1][1]
        assert number_value(shown) == abs(printed[1].amount - printed[0].amount)
        assert words == f"{'rose' if printed[1].amount > printed[0].amount else 'fell'} by {shown} weeks"


@pytest.mark.parametrize(("places", "locale", "said"), [
    (2, "en_GB", ["The median wait in Wales has risen by 0.01 weeks, from 14.60 weeks between April 2022 and March "
                  "2023 to 14.61 weeks between April 2023 and March 2024.", "- Swansea: unchanged at 14.6 weeks",
                  "| Cardiff | 14.64 | 14.61 | a fall of 0.03 weeks |"]),
    (1, "en_GB", ["The median wait in Wales has remained virtually unchanged, at 14.6 weeks both between April 2022 "
                  "and March 2023 and between April 2023 and March 2024.", "- Cardiff: virtually unchanged at 14.6 "
                  "weeks", "- Swansea: unchanged at 14.6 weeks", "| Cardiff | 14.6 | 14.6 | virtually no change |"]),
    (1, "en_US", ["The median wait in Wales has remained virtually unchanged, at 14.6 weeks both between April 2022 "
                  "and March 2023 and between April 2023 and March 2024.", "- Cardiff: virtually unchanged at 14.6 "
                  "weeks", "| Swansea | 14.6 | 14.6 | no change |"]),
    (1, "cy_GB", ["Mae’r amser aros canolrifol yng Nghymru wedi aros bron yr un fath, sef 14.6 o wythnosau rhwng "
                  "Ebrill 2022 a Mawrth 2023 ac eto rhwng Ebrill 2023 a Mawrth 2024.", "- Caerdydd: bron dim newid, "
                  "sef 14.6 o wythnosau", "- Abertawe: dim newid, sef 14.6 o wythnosau",
                  "| Caerdydd | 14.6 | 14.6 | bron dim newid |"]),
])
def test_a_wait_printed_alike_but_given_apart_is_virtually_unchanged(waits: Path, tmp_path: Path, places: int,
                                                                     locale: str, said: list[str]) -> None:
    """14.60 to 14.61 weeks: "has risen by 0.01 weeks" where the house style prints both places; where it prints one
    (rate_places_max: 1) both read 14.6, and the wait "has remained virtually unchanged"; Swansea's 14.6 both
    years is unchanged."""
    (waits / "figures.csv").write_text("area,measure,last_year,this_year\nWales,electric,14.60,14.61\nCardiff,"
                                       "electric,14.64,14.61\nSwansea,electric,14.6,14.6\n", encoding="utf-8")
    (waits / "areas.csv").write_text("area,parent,in_text,name_cy,yn_cy\nWales,,Wales,Cymru,yng Nghymru\nCardiff,"
                                     "Wales,Cardiff,Caerdydd,yng Nghaerdydd\nSwansea,Wales,Swansea,Abertawe,yn "
                                     "Abertawe\n", encoding="utf-8")
    edit(waits / "campaign.yaml", "\nstory:", f"\nhouse_style:\n  rate_places_max: {places}\nstory:")
    api.draft(waits, tmp_path, areas=["Wales"], formats=["md"], locale=locale)
    lines = next(tmp_path.glob("wales*.md")).read_text(encoding="utf-8").splitlines()
    assert [line for line in said if line in lines] == said


@pytest.mark.parametrize(("locale", "name", "old", "new", "said"), [
    ("en_GB", "wales.md", "has fallen by 2.2 weeks", "is now 2.2 weeks longer", "'longer' in new text where Wales' "
     "change in median wait in April 2023 to March 2024 compared with April 2022 to March 2023 is 'fell by 2.2 weeks' "
     "(figures.csv, row 2, columns last_year and this_year)"),
    ("en_GB", "wales.md", "has fallen by 2.2 weeks", "is now 2.2 weeks slower", "'slower' in new text where Wales' "
     "change in median wait in April 2023 to March 2024 compared with April 2022 to March 2023 is 'fell by 2.2 weeks' "
     "(figures.csv, row 2, columns last_year and this_year)"),
    ("en_GB", "wales.md", "has fallen by 2.2 weeks", "is now 2.2 weeks faster", None),
    ("en_GB", "wales.md", "has fallen by 2.2 weeks", "is now 2.2 weeks shorter", None),
    ("cy_GB", "wales.cy.md", "wedi gostwng 2.2 o wythnosau,", "2.2 o wythnosau yn hirach,", "'yn hirach' in new text "
     "where Wales' change in median wait in April 2023 to March 2024 compared with April 2022 to March 2023 is 'wedi "
     "gostwng 2.2 o wythnosau' (figures.csv, row 2, columns last_year and this_year)"),
])
def test_check_reads_which_way_a_change_in_its_unit_went_from_the_word_after_it(
        waits: Path, tmp_path: Path, locale: str, name: str, old: str, new: str, said: str | None) -> None:
    """A colleague's "is now 2.2 weeks slower" ("two minutes slower" of a response time) of a wait that fell passed
    check clean: the word after the change says which way it went, as in a quote."""
    out = tmp_path / "out"
    api.draft(waits, out, areas=["Wales"], formats=["md"], locale=locale)
    edit(out / name, old, new)
    found = [(f.kind, f.message) for f in api.check(waits, [out / name]).findings]
    assert found == ([("wrong_direction", said)] if said else [])


def test_a_quote_saying_an_area_went_the_wrong_way_is_told_the_areas_own_change(waits: Path) -> None:
    """"three weeks shorter" in Cardiff's release, whose wait rose by 1.0 weeks, was told "falls of 0.1, 1.0 and 2.2
    weeks", other areas', as if one were Cardiff's: the message says Cardiff's own went the other way."""
    (waits / "quotes.yaml").write_text(
        "speakers:\n  chief:\n    name: Alys Jones\n    title: Chief Executive\n    organisation: Bysiau Glân Cymru\n"
        "quotes:\n  - id: chief-all\n    role: spokesperson\n    speaker: chief\n    areas: [all]\n    status: draft\n"
        "    text: The wait is now three weeks shorter.\n", encoding="utf-8")
    with pytest.raises(QuoteError) as error:
        api.preview(waits, "Cardiff")
    assert error.value.line() == (
        "quotes.yaml:7: area 'Cardiff': quote 'chief-all' says 'three weeks', which this release's figures do not "
        "support (expected a figure that agrees with the data (falls of 0.1, 1.0 and 2.2 weeks; Cardiff's own figure "
        "went the other way, a rise of 1.0 weeks))")
