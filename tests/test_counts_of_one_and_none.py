"""A count of one or none, read as a newsdesk reads it, in English and Welsh: "one person", never "one people";
"no one from Lancashire contacted", never "0 people"; "no parcels in either period", never "unchanged at 0" —
by the house style's rule (``Language.counted``, reached through ``count()``), through every shipped template's
sentences at the edges, warned about where a template prints a bare figure before its unit, and read back by
`drafter check` ("no one" is none, not "one")."""

from __future__ import annotations

import dataclasses
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter import api
from drafter.batch import Batch, prepare
from drafter.document import to_markdown
from drafter.errors import TemplateError
from drafter.model import Value
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import items, tokens
from drafter.shipped import shipped_root
from drafter.style import wording
from drafter.style.house import PRESETS
from drafter.style.lang import _cy_mutations
from tests.conftest import EXAMPLE, edit
from tests.helpers import examples, own_template

UNITS = {"en": (("person", "people"), ("parcel", "parcels")), "cy": (("person", "pobl"), ("parsel", "parseli"))}
NONE = {("en", "people"): "no one", ("en", "parcels"): "no parcels", ("cy", "pobl"): "neb",
        ("cy", "parseli"): "dim parseli"}


def _count(preset: str, amount: int, one: str, many: str) -> str:
    """What ``count()`` prints for a count of ``amount`` (not suppressed) in ``preset``."""
    style = PRESETS[preset]
    number = style.none_word if amount == 0 else wording.count_text(Decimal(amount), style)
    return style.language.counted(number, Decimal(amount), one, many)


@pytest.mark.parametrize("preset", ["en_GB", "en_US", "cy_GB"])
@settings(max_examples=examples(40))
@given(amount=st.one_of(st.integers(0, 3), st.integers(0, 10**9)))
def test_a_count_agrees_with_its_number_in_every_preset(preset: str, amount: int) -> None:
    code = PRESETS[preset].language.code
    for one, many in UNITS[code]:
        text = _count(preset, amount, one, many)
        if amount == 0:
            assert text == NONE[(code, many)]  # never "0 people", "none parcels" or "dim pobl"
        elif amount == 1:
            assert text == ("one " if code == "en" else "1 ") + one  # "one person", "1 person"
        else:
            number = wording.count_text(Decimal(amount), PRESETS[preset])
            assert text == (f"{number} {many}" if code == "en" else f"{number} o {_cy_mutations.soft(many)}")


def test_a_count_of_none_after_a_welsh_preposition_keeps_its_form() -> None:
    welsh = PRESETS["cy_GB"].language
    assert [welsh.form_after(w, _count("cy_GB", 0, "person", "pobl")) for w in ("i", "o")] == ["neb", "neb"]
    assert welsh.form_after("i", _count("cy_GB", 0, "parsel", "parseli")) == "ddim parseli"


@pytest.mark.parametrize(("preset", "text", "value"), [
    ("en_GB", "Between July and December 2017, no one from Lancashire contacted Stop It Now!", 0),
    ("en_GB", "Between July and December 2017, one person from Merseyside contacted Stop It Now!", 1),
    ("cy_GB", "Rhwng Gorffennaf a Rhagfyr 2017, cysylltodd 1 person o Lannau Mersi", 1),
    ("cy_GB", "Rhwng Gorffennaf a Rhagfyr 2017, ni chysylltodd neb o Lannau Mersi", 0),
])
def test_the_check_reads_a_count_of_one_or_none_as_that_count(preset: str, text: str, value: int) -> None:
    style = PRESETS[preset]
    found = [i for i in items(text, tokens(text), vocabulary(style)) if i.kind == "count" and i.value is not None
             and i.value < 1000]
    assert [i.value for i in found] == [value]  # "no one" is none, not "one"


# --- through the shipped templates -------------------------------------------------------------------------------

EDGES = [(0, 0), (1, 1), (0, 1), (1, 0), (0, 5), (5, 0), (1, 3), (5, 1), (2, 2)]
WRONG = ("one people", " 0 people", "0 o bobl", "1 o bobl", "unchanged at 0", "sef 0", "dim pobl", "no people",
         "neb o bobl", "from none to five, a rise", "o ddim i 5, cynnydd")


@pytest.fixture(scope="module")
def helpline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Batch]:
    folder = tmp_path_factory.mktemp("helpline") / "campaign"
    shutil.copytree(EXAMPLE, folder)
    return {preset: prepare(folder, locale=preset) for preset in ("en_GB", "cy_GB")}


def _render(batch: Batch, old: int, new: int) -> dict[str, str]:
    """Cumbria's release and the north west's, with Cumbria's counts set to (old, new), the region summing them."""
    campaign = batch.campaign
    figures = dict(campaign.figures)
    for period, amount in (("before", old), ("after", new)):
        given_ = figures[("Cumbria", "contacts", period)]
        figures[("Cumbria", "contacts", period)] = dataclasses.replace(given_, amount=Decimal(amount))
        region = figures[("North West", "contacts", period)]
        total = sum(figures[(a.name, "contacts", period)].amount for a in campaign.children("North West"))
        figures[("North West", "contacts", period)] = Value(total, region.sources, region.derived_from)
    campaign = dataclasses.replace(campaign, figures=figures)
    return {name: to_markdown(batch.renderer.render(campaign, campaign.area(name), batch.style).blocks)
            for name in ("Cumbria", "North West")}


@pytest.mark.parametrize(("old", "new"), EDGES)
def test_the_helpline_release_reads_well_at_one_and_none_in_both_languages(helpline: dict[str, Batch], old: int,
                                                                           new: int) -> None:
    english, welsh = _render(helpline["en_GB"], old, new), _render(helpline["cy_GB"], old, new)
    for text in (*english.values(), *welsh.values()):
        assert not [w for w in WRONG if w in text]
    first = {0: "no one", 1: "one person", 5: "five people", 2: "two people"}[old]
    assert f"Between July and December 2017, {first} from Cumbria contacted Stop It Now!" in english["Cumbria"]
    first_cy = {0: "ni chysylltodd neb", 1: "cysylltodd 1 person", 5: "cysylltodd 5 o bobl",
                2: "cysylltodd 2 o bobl"}[old]
    assert f"Rhwng Gorffennaf a Rhagfyr 2017, {first_cy} o Gumbria â Stop It Now!" in welsh["Cumbria"]
    if old == new == 0:
        assert "Between January and June 2018, no one did either." in english["Cumbria"]  # not "that figure …"
        assert "Rhwng Ionawr a Mehefin 2018, ni chysylltodd neb chwaith." in welsh["Cumbria"]
        assert "\n- Cumbria: no one in either period\n" in english["North West"]
        assert "\n- Cumbria: neb yn y naill gyfnod na’r llall\n" in welsh["North West"]


def test_a_bare_figure_before_its_unit_is_warned_about_in_a_template_of_ones_own(example: Path) -> None:
    """A press officer's template that prints "{{ c.old() }} people" is told to use count(), in each language."""
    own_template(example, '{% set c = change("contacts") %}{% block headline %}Calls{% endblock %}'
                 '{% block body %}Then, {{ c.old() }} people called.{% endblock %}',
                 '{% set c = change("contacts") %}{% block headline %}Galwadau{% endblock %}'
                 '{% block body %}Cysylltodd {{ c.old() }} o bobl.{% endblock %}')
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,0,171")
    edit(example / "figures.csv", "Merseyside,contacts,477,899", "Merseyside,contacts,1,899")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,181","3,549"')
    warned = {(area, locale): [w.message for w in api.preview(example, area, locale=locale)[1].warnings
                               if w.code == "count_of_one"]
              for area, locale in (("Cumbria", "en_GB"), ("Merseyside", "cy_GB"))}
    assert warned == {
        ("Cumbria", "en_GB"): ["Cumbria's contacts.before is none, printed as 'zero people': write 'no one' "
                               "({{ count('contacts', 'before') }} says it so), or recast the sentence"],
        ("Merseyside", "cy_GB"): ["Merseyside's contacts.before is one, printed as '1 o bobl': write '1 person' "
                                  "({{ count('contacts', 'before') }} says it so), or recast the sentence"]}


def test_a_count_of_one_without_its_unit_after_one_names_the_key_to_give(example: Path) -> None:
    """count() prints a measure's unit_one after one; left out, it is the unit, and "one callers" is warned about."""
    own_template(example, '{% block headline %}Calls{% endblock %}'
                 '{% block body %}Then, {{ count("contacts", "before") }} called.{% endblock %}',
                 '{% block headline %}Galwadau{% endblock %}'
                 '{% block body %}Galwodd {{ count("contacts", "before") }}.{% endblock %}')
    edit(example / "campaign.yaml", "    unit: people\n", "    unit: callers\n    unit_cy: galwyr\n")
    edit(example / "figures.csv", "Merseyside,contacts,477,899", "Merseyside,contacts,1,899")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,271","3,549"')
    text, release = api.preview(example, "Merseyside")
    assert "Then, one callers called." in text
    assert [w.message for w in release.warnings if w.code == "count_of_one"] == [
        "Merseyside's contacts.before is one, printed as 'one callers': give the unit after one in campaign.yaml "
        "(under measures: contacts:, unit_one: caller)"]
    welsh = api.preview(example, "Merseyside", locale="cy_GB")[1]
    assert [w.message for w in welsh.warnings if w.code == "count_of_one"] == [
        "Merseyside's contacts.before is one, printed as '1 galwyr': give the unit after one in campaign.yaml "
        "(under measures: contacts:, unit_one_cy)"]


def test_an_edge_campaign_drafts_in_both_languages_and_checks_clean_unedited(tmp_path: Path) -> None:
    """One end-to-end draft: none in both periods, one in both, none to five, one to three, a fall to none and to
    one, in English and Welsh; `drafter check` reads every release back clean."""
    campaign = tmp_path / "campaign"
    shutil.copytree(EXAMPLE, campaign)
    with (campaign / "areas.csv").open("a", encoding="utf-8") as areas:
        areas.write("Halton,North West,Halton,Halton Police,Halton,yn Halton,o Halton,Heddlu Halton\n"
                    "Wirral,North West,Wirral,Wirral Police,Cilgwri,yng Nghilgwri,o Gilgwri,Heddlu Cilgwri\n")
    (campaign / "figures.csv").write_text(
        'area,measure,before,after\nNorth West,contacts,159,450\nCheshire,contacts,150,440\nCumbria,contacts,0,0\n'
        'Greater Manchester,contacts,1,1\nLancashire,contacts,0,5\nMerseyside,contacts,1,3\nHalton,contacts,2,0\n'
        'Wirral,contacts,5,1\n', encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nlocale: en_GB", "\nlocale: en_GB\nlanguages: [en_GB, cy_GB]")
    out = tmp_path / "out"
    api.draft(campaign, out, formats=["md"])
    read = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.md")}
    assert ", one person from Merseyside contacted" in read["merseyside.en.md"]
    assert ", no one from Lancashire contacted" in read["lancashire.en.md"]
    assert ", ni chysylltodd neb o Swydd Gaerhirfryn â" in read["lancashire.cy.md"]
    assert "has fallen from two to none." in read["halton.en.md"]  # the change once, then the new figure:
    assert ", that figure fell to zero." in read["halton.en.md"]
    assert ", roedd y ffigur hwnnw wedi gostwng i ddim." in read["halton.cy.md"]
    for name, once, later in (("lancashire", "has risen from none to five.", "rose to five."),  # a zero base
                              ("merseyside", "has risen from one to three.", "rose to three."),  # a small base
                              ("wirral", "has fallen from five to one.", "fell to one.")):  # each change said once
        assert once in read[f"{name}.en.md"] and f", that figure {later}" in read[f"{name}.en.md"]
    assert ", that figure stayed at one." in read["greater-manchester.en.md"]
    assert "\n- Halton: from two to none\n" in read["north-west.en.md"]
    assert "\n- Greater Manchester: unchanged at one\n" in read["north-west.en.md"]
    result = api.check(campaign, sorted(out.glob("*.md")))
    assert (result.findings, result.by_hand, len(result.checked)) == ((), (), 16)


def _story_release(template: str, preset: str, area: str, amounts: dict[str, int]) -> str:
    """``area``'s release from a shipped template's example, its story measure's counts set per period."""
    batch = prepare(shipped_root() / template / "example", locale=preset)
    campaign = batch.campaign
    figures = dict(campaign.figures)
    for period, amount in amounts.items():
        key = (area, campaign.story_measure, period)
        figures[key] = dataclasses.replace(figures[key], amount=Decimal(amount))
    campaign = dataclasses.replace(campaign, figures=figures)
    return to_markdown(batch.renderer.render(campaign, campaign.area(area), batch.style).blocks)


@pytest.mark.parametrize(("preset", "said"), [
    ("en_GB", "\nBetween April 2022 and March 2023, Cardiff recorded no fly-tipping incidents either.\n"),
    ("cy_GB", "\nRhwng Ebrill 2022 a Mawrth 2023, ni chofnodwyd dim achosion o dipio anghyfreithlon yng Nghaerdydd "
              "chwaith.\n")])
def test_the_league_table_says_none_in_either_period_not_that_none_remained_unchanged(preset: str, said: str) -> None:
    text = _story_release("league-table", preset, "Cardiff", {"last_year": 0, "this_year": 0})
    assert said in text
    assert "unchanged" not in text and "yr un fath" not in text


def test_a_joint_lowest_rate_per_head_reads_as_joint_lowest_in_welsh() -> None:
    """Cardiff's none beside Ynys Môn's: "yn gydradd isaf", as the English "the joint lowest rate", never
    "y gydradd gyntaf gyfradd isaf" (the joint first lowest)."""
    text = _story_release("per-head", "cy_GB", "Cardiff", {"october": 0})
    assert "nid oedd dim pwyntiau gwefru cyhoeddus yng Nghaerdydd. Mae Caerdydd yn gydradd isaf o blith ardaloedd " \
           "Cymru o ran y gyfradd hon.\n" in text
    assert "gyntaf" not in text


def test_a_unit_given_in_the_singular_in_another_language_is_warned_about(food: Path) -> None:
    """unit_cy: wythnos beside unit_one_cy: wythnos (for weeks and week) printed "19.8 o wythnos" without a word:
    the unit after any number but one is the plural."""
    campaign = food
    edit(campaign / "campaign.yaml", "    unit_cy: parseli\n", "    unit_cy: parsel\n")
    welsh = api.preview(campaign, "Cardiff", locale="cy_GB")[1]
    assert [w.message for w in welsh.warnings if w.code == "plural_unit"] == [
        "measures.parcels.unit_cy is 'parsel', the same word as unit_one_cy, where unit and unit_one differ "
        "('parcels', 'parcel'): a figure reads '19.8 o barsel'; give unit_cy in the plural"]
    assert not [w for w in api.preview(campaign, "Cardiff")[1].warnings if w.code == "plural_unit"]


def test_a_welsh_unit_given_with_its_o_is_warned_about(food: Path) -> None:
    """unit_cy: o bobl, as a press officer writes it, printed "31 o o bobl" without a word: drafter puts the
    "o" after each figure itself."""
    campaign = food
    edit(campaign / "campaign.yaml", "    unit_cy: parseli\n", "    unit_cy: o barseli\n")
    welsh = api.preview(campaign, "Cardiff", locale="cy_GB")[1]
    assert [w.message for w in welsh.warnings if w.code == "plural_unit"] == [
        "measures.parcels.unit_cy is 'o barseli': a figure reads '19.8 o o barseli'; leave 'o' out of unit_cy, as "
        "drafter puts it after each figure itself"]


def _count_change(folder: Path, preset: str, counts: dict[str, tuple[int | str, int | str]], area: str = "Powys",
                  **changes: object) -> str:
    """count-change's release for ``area`` (Markdown, unescaped), its example's counts replaced by ``counts`` by area
    (every other area none), and the campaign's fields by ``changes``; rendered alone, without drafting a batch."""
    if not folder.exists():
        shutil.copytree(shipped_root() / "count-change" / "example", folder)
    batch = prepare(folder, locale=preset)
    figures = {key: dataclasses.replace(v, amount=Decimal(str(counts.get(key[0], (0, 0))[key[2] == "this_year"])))
               for key, v in batch.campaign.figures.items()}
    campaign = dataclasses.replace(batch.campaign, figures=figures, **changes)  # type: ignore[arg-type]
    return to_markdown(batch.renderer.render(campaign, campaign.area(area), batch.style).blocks, escape=False)


@pytest.mark.parametrize(("unit", "kind"), [("GBP", "count"), ("days", "rate")])
def test_money_or_a_rate_at_zero_in_both_periods_is_a_figure_not_none(tmp_path: Path, unit: str, kind: str) -> None:
    """"have remained at zero both in 2023 and in 2024" is said of none; money and rates at zero are figures, and "with
    £0 either in 2023 or in 2024" (one or the other) was untrue, as was the Welsh "£0 yn y naill gyfnod na’r
    llall" (£0 in neither period): they read as any unchanged figure."""
    texts = {}
    for preset in ("en_GB", "cy_GB"):
        measures = tuple(dataclasses.replace(m, unit=unit, kind=kind) for m in prepare(
            shipped_root() / "count-change" / "example", locale=preset).campaign.measures)
        texts[preset] = {name: _count_change(tmp_path / "c", preset, {"Cardiff": (5, 5)}, name, measures=measures)
                         for name in ("Powys", "Wales")}
    zero = {"GBP": "£0", "days": "0 days"}[unit]
    assert f"have remained unchanged, at {zero} both between April and September 2023 and between April and " \
           "September 2024." in texts["en_GB"]["Powys"]
    assert f"\n- Powys: unchanged at {zero}\n" in texts["en_GB"]["Wales"]
    assert "either" not in texts["en_GB"]["Powys"] + texts["en_GB"]["Wales"]
    assert "\n- Powys: dim newid, sef " in texts["cy_GB"]["Wales"]
    assert "naill" not in texts["cy_GB"]["Wales"]


def test_a_parent_whose_counts_are_both_suppressed_gives_no_direction(tmp_path: Path) -> None:
    """Wales's 4 and 4 below the threshold of five: the line on the parent said "the figure was unchanged at fewer
    than five parcels", telling that the two hidden counts are equal, and of 3 and 4 "went from fewer than five to
    fewer than five … – fewer than five in both periods"; it says what the area's own sentence says."""
    for preset, line in (("en_GB", "Across Wales as a whole, the figure was fewer than five in both periods."),
                         ("cy_GB", "Ar draws Cymru, roedd y ffigur yn llai na 5 yn y ddau gyfnod.")):
        for before in (4, 3):
            text = _count_change(tmp_path / "c", preset, {"Powys": (before, 4), "Wales": (before, 4)},
                                 disclosure_threshold=5)
            assert f"\n{line}\n" in text


def test_two_counts_compared_are_both_in_figures_where_either_is_ten_or_more(tmp_path: Path) -> None:
    """"from 500 parcels … to five parcels" mixed a figure and a word in one comparison; as "from 500 to 5" in the
    list, both are figures, and one reads "1 parcel"."""
    for before, after, said in ((500, 5, "from 500 parcels between April and September 2023 to 5 parcels"),
                                (25, 1, "from 25 parcels between April and September 2023 to 1 parcel between"),
                                (9, 5, "from nine parcels between April and September 2023 to five parcels between"),
                                (1000, 0, "have fallen from 1,000 parcels between April and September 2023 to none "
                                 "between April and September 2024.")):  # each figure with its unit and period
        assert said in _count_change(tmp_path / "c", "en_GB", {"Powys": (before, after)})


def test_a_rate_of_exactly_one_takes_its_unit_after_one(food: Path) -> None:
    """A median wait published as 1 is "1 day" (the measure's unit_one), never "1 days"; as 1.0, "1.0 days"."""
    folder = food
    edit(folder / "campaign.yaml", "    unit: parcels ", "    unit: days #")
    edit(folder / "campaign.yaml", "    unit_one: parcel ", "    unit_one: day #")
    edit(folder / "campaign.yaml", "    kind: count\n", "    kind: rate\n")
    (folder / "figures.csv").write_text((folder / "figures.csv").read_text(encoding="utf-8") + "Wales,parcels,1,1\n",
                                        encoding="utf-8")
    assert "have remained unchanged, at 1 day both between" in _count_change(folder, "en_GB", {"Powys": (1, 1)})
    assert "have remained unchanged, at 1.0 days both between" in _count_change(folder, "en_GB",
                                                                                 {"Powys": ("1.0", "1.0")})


@pytest.mark.parametrize(("preset", "counts", "said"), [
    ("en_GB", (640, 0), "Emergency food parcels given out in Powys have fallen from 640 parcels between April and "
     "September 2023 to none between April and September 2024."),
    ("en_US", (1, 3), "Emergency food parcels given out in Powys have risen from one parcel between April and "
     "September 2023 to three parcels between April and September 2024."),
    ("en_GB", (0, 5), "Emergency food parcels given out in Powys have risen from none between April and September "
     "2023 to five parcels between April and September 2024."),
    ("cy_GB", (640, 0), "Mae’r parseli bwyd brys a roddwyd ym Mhowys wedi gostwng o 640 o barseli rhwng Ebrill a Medi "
     "2023 i ddim rhwng Ebrill a Medi 2024."),
    ("cy_GB", (1, 3), "Mae’r parseli bwyd brys a roddwyd ym Mhowys wedi cynyddu o 1 parsel rhwng Ebrill a Medi 2023 i "
     "3 o barseli rhwng Ebrill a Medi 2024."),
])
def test_a_change_worded_with_its_two_counts_gives_each_its_unit_and_period(
        tmp_path: Path, preset: str, counts: tuple[int, int], said: str) -> None:
    """A fall to zero, a small base and a zero base are worded with the two counts: each takes its unit and its
    period, as a percentage's "from 4,120 parcels between … to 5,066 parcels between …" does; it read "have fallen
    from 640 to none between April and September 2024 compared with April to September 2023", the unit lost and
    the fall seemingly inside the later period."""
    assert f"\n{said}\n" in _count_change(tmp_path / "c", preset, {"Powys": counts})


def test_each_figure_with_its_period_after_a_percentage_and_refused_for_no_change(food: Path) -> None:
    """``c.perfect(old_when=…, new_when=…)`` after a percentage reads as count-change's own sentence does; of a count
    that did not change it is refused, naming what to ask first, since "remained unchanged, from 640 … to 640 …"
    says nothing true that "at 640 parcels both …" does not."""
    campaign = food
    body = ('{% block headline %}Parcels{% endblock %}{% block body %}{{ change("parcels").perfect('
            'old_when=between("last_year"), new_when=between("this_year")) }}.{% endblock %}')
    own_template(campaign, body, body, template="count-change")
    assert "\nhave risen by 23 per cent, from 4,120 parcels between April and September 2023 to 5,066 parcels " \
           "between April and September 2024.\n" in api.preview(campaign, "Cardiff", escape=False)[0]
    assert "\nwedi cynyddu 23%, o 4,120 o barseli rhwng Ebrill a Medi 2023 i 5,066 o barseli rhwng Ebrill a Medi " \
           "2024.\n" in api.preview(campaign, "Cardiff", locale="cy_GB", escape=False)[0]
    with pytest.raises(TemplateError) as refused:
        api.preview(campaign, "Ceredigion")
    assert refused.value.line() == (
        "mine/release.md.j2:1: template: area 'Ceredigion': gives the periods of a change in parcels for Ceredigion "
        "that has no direction (unchanged) (expected old_when= and new_when= only where c.direction is 'up' or 'down' "
        "and the two counts are not both suppressed)")
