"""Welsh grammar drafter applies itself, at unit level (the language module called directly), with one
end-to-end check of a Welsh release: ordinals in words to the ninth, the soft mutation after the predicative
"yn" ("yn drydydd", "yn gydradd ail", but "yn llai na 5"), the article and mutation around an ordinal before a
noun ("yr ail gynnydd mwyaf"), and the soft mutation of a time phrase used as an adverb ("tan 00:01 ddydd
Mawrth"), each read back by `drafter check` in the forms a colleague may type."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import api
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import items, tokens
from drafter.style import wording
from drafter.style.house import PRESETS
from drafter.style.lang.cy import LANGUAGE as CY
from drafter.style.lang.en import LANGUAGE as EN
from tests.conftest import EXAMPLE

GB, WELSH = PRESETS["en_GB"], PRESETS["cy_GB"]


@pytest.mark.parametrize(("ordinal", "after_yn"), [
    ("cyntaf", "gyntaf"), ("ail", "ail"), ("trydydd", "drydydd"), ("pedwerydd", "bedwerydd"), ("pumed", "bumed"),
    ("chweched", "chweched"), ("seithfed", "seithfed"), ("wythfed", "wythfed"), ("nawfed", "nawfed"),
    ("10fed", "10fed"), ("cydradd ail", "gydradd ail"), ("cydradd drydydd", "gydradd drydydd"),
])
def test_an_ordinal_after_the_predicative_yn_takes_the_soft_mutation(ordinal: str, after_yn: str) -> None:
    # Treiglad meddal after the predicative "yn": "Mae Ceredigion yn drydydd", not "yn trydydd" or "yn 3ydd";
    # "ch", vowels, "s", "w" and "n" do not mutate; "cydradd" (joint) mutates, and what follows it has already
    # mutated after it ("cydradd drydydd").
    assert CY.form_after("yn", ordinal) == after_yn
    assert CY.form_after("", ordinal) == ordinal  # nothing before it: as it is ("cydradd ail" in a table)
    assert EN.form_after("is", "third") == "third"


def test_ll_and_rh_do_not_mutate_after_the_predicative_yn() -> None:
    # The exception to the rule: "hefyd yn llai na 5" is right as drafter wrote it.
    from drafter.style.lang.cy import after_yn

    assert after_yn("llai na 5") == "llai na 5"
    assert after_yn("rhagorol") == "rhagorol"
    assert after_yn("mawr") == "fawr"


@pytest.mark.parametrize(("ordinal", "noun", "phrase"), [
    ("ail", "cynnydd mwyaf", "yr ail gynnydd mwyaf"),  # "yr" before a vowel; "ail" mutates the noun after it
    ("ail", "gostyngiad mwyaf", "yr ail ostyngiad mwyaf"),
    ("trydydd", "cynnydd mwyaf", "y trydydd cynnydd mwyaf"),  # a masculine noun after "trydydd": no mutation
    ("wythfed", "gostyngiad mwyaf", "yr wythfed gostyngiad mwyaf"),
    ("10fed", "cynnydd mwyaf", "y 10fed cynnydd mwyaf"),  # "y degfed"
    ("11eg", "cynnydd mwyaf", "yr 11eg cynnydd mwyaf"),  # "yr unfed ar ddeg"
    ("cydradd ail", "cynnydd mwyaf", "y cydradd ail gynnydd mwyaf"),
])
def test_an_ordinal_before_a_noun_takes_y_or_yr_and_ail_mutates_the_noun(ordinal: str, noun: str,
                                                                         phrase: str) -> None:
    article, after = CY.ordinal_before(ordinal, noun)
    assert f"{article} {ordinal} {after}" == phrase
    assert EN.ordinal_before("second", "largest rise") == ("the", "largest rise")


def test_welsh_ordinals_are_words_to_the_ninth_and_a_shared_place_is_cydradd() -> None:
    assert [wording.ordinal_text(n, WELSH) for n in (1, 2, 3, 9, 10, 11)] == \
        ["cyntaf", "ail", "trydydd", "nawfed", "10fed", "11eg"]
    # "cydradd" before an ordinal mutates it, as the prefix "cyd-" does ("cyd-gadeirydd"): "cydradd drydydd"
    assert [wording.ordinal_text(n, WELSH, tied=True) for n in (1, 2, 3, 4, 10)] == \
        ["cydradd gyntaf", "cydradd ail", "cydradd drydydd", "cydradd bedwerydd", "cydradd 10fed"]
    assert CY.form_after("yn", wording.ordinal_text(1, WELSH, tied=True)) == "gydradd gyntaf"


@pytest.mark.parametrize(("number", "phrase"), [
    (20, "yr 20fed gyfradd isaf"),  # ugeinfed
    (21, "yr 21ain gyfradd isaf"),  # unfed ar hugain
    (22, "yr 22ain gyfradd isaf"),  # ail ar hugain
    (23, "y 23ain gyfradd isaf"),  # trydydd ar hugain
    (28, "yr 28ain gyfradd isaf"),  # wythfed ar hugain
    (30, "y 30ain gyfradd isaf"),  # degfed ar hugain
    (31, "yr 31ain gyfradd isaf"),  # unfed ar ddeg ar hugain
    (40, "y 40fed gyfradd isaf"),  # deugeinfed
    (41, "yr 41ain gyfradd isaf"),  # unfed a deugain
    (50, "y 50fed gyfradd isaf"),  # hanner canfed
    (60, "y 60fed gyfradd isaf"),  # trigeinfed
])
def test_a_welsh_ordinal_past_twenty_counts_in_scores(number: int, phrase: str) -> None:
    ordinal = wording.ordinal_text(number, WELSH)
    article, noun = CY.ordinal_before(ordinal, "cyfradd isaf")
    assert f"{article} {CY.ordinal_form(ordinal, 'cyfradd isaf')} {noun}" == phrase


@given(st.integers(min_value=10, max_value=400), st.booleans())
def test_every_welsh_ordinal_in_figures_reads_back_as_its_rank(number: int, tied: bool) -> None:
    printed = wording.ordinal_text(number, WELSH, tied=tied)
    assert wording.shown_value(printed, WELSH) == wording.shown_value(wording.ordinal_text(number, GB, tied=tied), GB)
    found = items(f"Mae Powys yn {printed}", tokens(f"Mae Powys yn {printed}"), vocabulary(WELSH), frozenset())
    assert [i.kind for i in found] == ["ordinal"]


def test_a_rank_reads_back_in_every_form_it_is_printed_or_typed_in() -> None:
    # One rank printed "trydydd" in a table and "yn drydydd" in a sentence is one figure, not two rounding levels;
    # "3ydd", the figure form drafter wrote before, is the same rank.
    third = wording.shown_value("trydydd", WELSH)
    assert third == wording.shown_value("drydydd", WELSH) == wording.shown_value("3ydd", WELSH) \
        == wording.shown_value("third", GB)
    joint = wording.shown_value("cydradd ail", WELSH)
    assert joint == wording.shown_value("gydradd ail", WELSH) == wording.shown_value("joint second", GB)
    assert wording.shown_value("cydradd drydydd", WELSH) == wording.shown_value("cydradd trydydd", WELSH) == \
        wording.shown_value("cydradd 3ydd", WELSH) == wording.shown_value("joint third", GB)
    found = items("Mae Ceredigion yn drydydd, Powys yn gydradd ail a Chaerdydd yn 4ydd",
                  tokens("Mae Ceredigion yn drydydd, Powys yn gydradd ail a Chaerdydd yn 4ydd"),
                  vocabulary(WELSH), frozenset())
    assert [(i.kind, i.text) for i in found] == [("ordinal", "drydydd"), ("ordinal", "gydradd ail"),
                                                 ("ordinal", "4ydd")]


def test_a_day_as_an_adverb_of_time_takes_the_soft_mutation() -> None:
    # "tan 00:01 ddydd Mawrth": a time phrase used as an adverb mutates (treiglad adferfol), as "am 18:00 ddydd
    # Gwener" does; English is as it is.
    assert CY.on_day("Dydd Mawrth 4 Medi 2018") == "Ddydd Mawrth 4 Medi 2018"
    assert EN.on_day("Tuesday 4 September 2018") == "Tuesday 4 September 2018"
    assert wording.embargo_text(dt.datetime(2018, 9, 4, 0, 1), "Europe/London", WELSH) == \
        "EMBARGO TAN 00:01 BST DDYDD MAWRTH 4 MEDI 2018"


def test_a_welsh_embargo_line_typed_without_the_mutation_is_not_a_finding(tmp_path: Path) -> None:
    api.draft(EXAMPLE, tmp_path, areas=["Cheshire"], formats=["md"], locale="cy_GB")
    edited = tmp_path / "cheshire.cy.md"
    text = edited.read_text(encoding="utf-8")
    assert text.startswith("EMBARGO TAN 00:01 BST DDYDD MAWRTH 4 MEDI 2018\n")
    edited.write_text(text.replace("DDYDD MAWRTH", "DYDD MAWRTH", 1), encoding="utf-8")  # as a colleague may type
    assert api.check(EXAMPLE, [edited], area="Cheshire", locale="cy_GB").findings == ()
    edited.write_text(text.replace("DDYDD MAWRTH", "DDYDD LLUN", 1), encoding="utf-8")
    assert [f.message for f in api.check(EXAMPLE, [edited], area="Cheshire", locale="cy_GB").findings] == [
        "'DDYDD LLUN' where the embargo (2018-09-04 00:01 Europe/London) was 'EMBARGO TAN 00:01 BST DDYDD MAWRTH 4 "
        "MEDI 2018' (campaign.yaml, key embargo)"]


@pytest.mark.parametrize(("place", "phrase"), [
    ("Caerdydd", "yng Nghaerdydd"), ("Powys", "ym Mhowys"), ("Tregaron", "yn Nhregaron"), ("Gwynedd", "yng Ngwynedd"),
    ("Bangor", "ym Mangor"), ("Dinbych", "yn Ninbych"), ("Merthyr Tudful", "ym Merthyr Tudful"),
    ("Abertawe", "yn Abertawe"), ("Swydd Gaer", "yn Swydd Gaer"), ("Llanelli", "yn Llanelli"),
])
def test_a_place_after_yn_takes_the_nasal_mutation_where_areas_csv_gives_no_yn_cy(place: str, phrase: str) -> None:
    # Treiglad trwynol after "yn" (in), which itself becomes "yng" or "ym": never "yn Caerdydd".
    assert CY.in_place(place, WELSH) == phrase
    assert EN.in_place("Cardiff", GB) == "in Cardiff"


@pytest.mark.parametrize("title", ["Comisiynydd Heddlu a Throseddu", "Prif Swyddog Tân ac Achub",
                                   "Ditectif Brif Arolygydd", "Dirprwy Brif Gwnstabl", "Ditectif Ringyll"])
def test_a_welsh_title_keeps_its_small_words_and_mutated_ranks(title: str) -> None:
    # "a", "ac", "y" stay lower case inside a title, as "of" and "and" do in English (never "Heddlu A
    # Throseddu"); a rank mutated after "Ditectif", "Dirprwy" or "Prif" is a known title word.
    from drafter.model import SourceRef, Speaker
    from drafter.render.quoting import attribution
    from drafter.style.titles import check_title

    speaker = Speaker("s", "Ann Jones", title.lower(), "", "", "", SourceRef("quotes.yaml", line=3))
    check_title(speaker)
    assert attribution(speaker, small=CY.title_small_words) == f"{title} Ann Jones"


@pytest.mark.parametrize(("word", "phrase", "after"), [
    ("i", "dim parseli", "ddim parseli"),  # "i" (to) and "o" (from) cause the soft mutation
    ("o", "llai na 5 o barseli", "lai na 5 o barseli"),
    ("i", "440 o barseli", "440 o barseli"),  # a figure does not mutate
    ("dros", "pedwar", "bedwar"), ("gan", "cyngor", "gyngor"), ("ar", "trydydd", "drydydd"),
    ("yn", "llai na 5", "llai na 5"), ("rhwng", "Gorffennaf", "Gorffennaf"),  # no mutation after "rhwng"
])
def test_a_count_after_a_preposition_takes_the_soft_mutation(word: str, phrase: str, after: str) -> None:
    assert CY.form_after(word, phrase) == after
    assert EN.form_after("to", "no parcels") == "no parcels"


def test_a_suppressed_count_takes_o_and_the_mutated_plural_as_any_count_does() -> None:
    # "llai na 5 o barseli", as "440 o barseli": never "llai na 5 parseli".
    from decimal import Decimal

    assert CY.counted("llai na 5", Decimal(5), "parsel", "parseli") == "llai na 5 o barseli"
    assert EN.counted("fewer than five", Decimal(5), "parcel", "parcels") == "fewer than five parcels"


def test_a_fall_to_none_reads_i_ddim_in_a_welsh_release(food: Path) -> None:

    from tests.conftest import edit

    campaign = food
    edit(campaign / "figures.csv", "Ceredigion,parcels,640,640", "Ceredigion,parcels,640,0")
    text = api.preview(campaign, "Ceredigion", locale="cy_GB")[0]
    assert "# Y parseli bwyd brys a roddwyd yng Ngheredigion wedi gostwng i ddim\n" in text  # not "100%"
    assert "wedi gostwng o 640 o barseli rhwng Ebrill a Medi 2023 i ddim rhwng Ebrill a Medi 2024." in text


@pytest.mark.parametrize(("name", "heading"), [
    ("Cymru Daclus", "Ynglŷn â Chymru Daclus"),  # "â" (about, with) causes the aspirate mutation: c -> ch
    ("Achub Môr Cymru", "Ynglŷn ag Achub Môr Cymru"),  # and is "ag" before a vowel
    ("Gwefru Cymru", "Ynglŷn â Gwefru Cymru"), ("Sefydliad Lucy Faithfull", "Ynglŷn â Sefydliad Lucy Faithfull"),
])
def test_the_about_heading_takes_ag_before_a_vowel_and_the_aspirate_mutation(name: str, heading: str) -> None:
    assert CY.after_word(WELSH.furniture.about, name) == heading
    assert EN.after_word(GB.furniture.about, "The Lucy Faithfull Foundation") == "About The Lucy Faithfull Foundation"


def test_an_organisation_named_the_same_in_welsh_is_printed_as_written_after_ynglyn_a(food: Path) -> None:
    """"Ynglŷn â Phrince's Trust" mutates an English name; organisation_cy given the same keeps it as written."""

    from tests.conftest import edit

    assert CY.after_word(WELSH.furniture.about, "Prince's Trust", as_written=True) == "Ynglŷn â Prince's Trust"
    assert CY.after_word(WELSH.furniture.about, "Oxfam", as_written=True) == "Ynglŷn ag Oxfam"
    campaign = food
    edit(campaign / "campaign.yaml", "organisation: The Cwtch Food Network", "organisation: Trussell")
    edit(campaign / "campaign.yaml", "organisation_cy: Rhwydwaith Bwyd Cwtch", "organisation_cy: Trussell")
    assert "Ynglŷn â Trussell\n" in api.preview(campaign, "Powys", locale="cy_GB")[0]


@pytest.mark.parametrize(("place", "in_it"), [
    ("Caerdydd", "yng Nghaerdydd"), ("Powys", "ym Mhowys"), ("Bangor", "ym Mangor"), ("Gwynedd", "yng Ngwynedd"),
    ("Tor-faen", "yn Nhor-faen"), ("Pen-y-bont ar Ogwr", "ym Mhen-y-bont ar Ogwr"), ("Casnewydd", "yng Nghasnewydd"),
    ("Merthyr Tudful", "ym Merthyr Tudful"), ("Rhondda Cynon Taf", "yn Rhondda Cynon Taf"),
    ("Ynys Môn", "ar Ynys Môn"),  # an island is "on": never "yn Ynys Môn"
])
def test_a_place_without_yn_cy_takes_yn_with_its_mutation_or_ar_for_an_island(place: str, in_it: str) -> None:
    assert CY.in_place(place, WELSH) == in_it


def test_a_welsh_rate_takes_o_and_the_soft_mutation_after_its_figure_and_says_its_unit_from_zero() -> None:
    # "41.6 o droseddau fesul 100,000 o bobl", as a count is "440 o alwadau"; a rate from zero says what it is a
    # rate of, as the English does ("rose from 0.0 to 41.6 offences per 100,000 people"), never "o 0.0 i 41.6".
    import dataclasses

    from tests.helpers import change

    unit = "troseddau fesul 100,000 o bobl"
    assert CY.unit_after(unit) == "o droseddau fesul 100,000 o bobl"
    assert CY.unit_after("fesul 1,000 o bobl") == "fesul 1,000 o bobl"
    assert CY.from_to_unit("18.0", "31.5", unit) == "o 18.0 i 31.5 o droseddau fesul 100,000 o bobl"
    assert EN.from_to_unit("18.0", "31.5", "offences") == "from 18.0 to 31.5 offences"
    from_zero = dataclasses.replace(change("0.0", "41.6", kind="rate"), unit=unit)
    assert wording.change_words(from_zero, WELSH, "perfect")[0] == \
        "wedi cynyddu o 0.0 i 41.6 o droseddau fesul 100,000 o bobl"


def test_a_welsh_title_that_names_a_place_or_body_goes_after_the_name_without_y(food: Path) -> None:
    # "Comisiynydd Heddlu a Throseddu Gwent" is definite by its name (the genitive), so never "Dywedodd y
    # Comisiynydd Heddlu a Throseddu Gwent Ann Jones": it follows the name, as "of" sends it there in English;
    # a rank alone keeps "y" before the name ("Dywedodd y Prif Gwnstabl Ann Jones"). A place in a title may be
    # mutated ("dros Gymru").

    from drafter.model import SourceRef, Speaker
    from drafter.render.quoting import attribution
    from tests.conftest import edit

    def who(title: str) -> str:
        speaker = Speaker("s", "Ann Jones", title, "", "", "", SourceRef("quotes.yaml", line=3))
        return attribution(speaker, small=CY.title_small_words, names_after=CY.title_names_after)

    assert who("Comisiynydd Heddlu a Throseddu Gwent") == "Ann Jones, comisiynydd heddlu a throseddu Gwent"
    assert who("Prif Gwnstabl") == "Prif Gwnstabl Ann Jones"
    campaign = food
    edit(campaign / "quotes.yaml", "title_cy: Prif Weithredwr", "title_cy: Pennaeth Codi Arian dros Gymru")
    welsh = api.preview(campaign, "Cardiff", locale="cy_GB")[0]
    assert "Dywedodd Megan Price, pennaeth codi arian dros Gymru, o Rwydwaith Bwyd Cwtch: “" in welsh


@pytest.mark.parametrize(("ordinal", "phrase"), [
    ("ail", "yr ail gyfradd uchaf"), ("trydydd", "y drydedd gyfradd uchaf"), ("pedwerydd", "y bedwaredd gyfradd uchaf"),
    ("pumed", "y bumed gyfradd uchaf"), ("wythfed", "yr wythfed gyfradd uchaf"), ("10fed", "y 10fed gyfradd uchaf"),
    ("cydradd drydydd", "y gydradd drydedd gyfradd uchaf"),
])
def test_an_ordinal_before_a_feminine_noun_is_feminine_and_mutates_it(ordinal: str, phrase: str) -> None:
    # "cyfradd" is feminine: "y drydedd gyfradd uchaf", never "y trydydd cyfradd uchaf"; a masculine noun keeps
    # the masculine ordinal ("y trydydd cynnydd mwyaf", above).
    article, noun = CY.ordinal_before(ordinal, "cyfradd uchaf")
    assert f"{article} {CY.ordinal_form(ordinal, 'cyfradd uchaf')} {noun}" == phrase
    assert CY.ordinal_form("trydydd", "cynnydd mwyaf") == "trydydd"
    assert EN.ordinal_form("third", "highest rate") == "third"


def test_a_welsh_template_may_rank_before_a_feminine_noun_and_check_reads_it_back(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import edit

    campaign = tmp_path / "tipping"
    shutil.copytree(EXAMPLE.parent.parent / "league-table" / "example", campaign)
    shutil.copytree(EXAMPLE.parent.parent / "league-table", campaign / "own", ignore=shutil.ignore_patterns("example"))
    edit(campaign / "campaign.yaml", "template: league-table ", "template: own ")
    edit(campaign / "own" / "release.cy.md.j2", "{% if story.background %}",
         '{{ story.name() }}: {{ rank(m, new, by="rate", the="cyfradd uchaf") }}.\n\n{% if story.background %}')
    api.draft(campaign, tmp_path / "out", areas=["Ceredigion"], locale="cy_GB", formats=["md"])
    text = (tmp_path / "out" / "ceredigion.cy.md").read_text(encoding="utf-8")
    assert "\nCeredigion: y drydedd gyfradd uchaf.\n" in text
    assert api.check(campaign, [tmp_path / "out" / "ceredigion.cy.md"]).findings == ()


def test_an_area_in_the_bottom_half_is_ranked_from_the_bottom_in_welsh_and_check_reads_it(tmp_path: Path) -> None:
    # As the English "the second lowest rate": Ynys Môn is fifth of five by rate and fourth by number.
    import shutil

    from tests.conftest import edit

    campaign = tmp_path / "tipping"
    shutil.copytree(EXAMPLE.parent.parent / "league-table" / "example", campaign)
    api.draft(campaign, tmp_path / "out", areas=["Ynys Môn"], locale="cy_GB", formats=["md"])
    release = tmp_path / "out" / "ynys-mon.cy.md"
    text = release.read_text(encoding="utf-8")
    assert "# Ynys Môn: yr ail gyfradd isaf o ran achosion o dipio anghyfreithlon yng Nghymru\n" in text
    assert "O ran nifer, dyma’r ail nifer lleiaf o blith ardaloedd Cymru." in text
    assert api.check(campaign, [release]).findings == ()
    edit(release, "dyma’r ail nifer lleiaf", "dyma’r trydydd nifer lleiaf")
    assert [f.found for f in api.check(campaign, [release]).findings] == ["trydydd"]
