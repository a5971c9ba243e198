"""`drafter check` on edits a press officer makes to the shipped examples other than the helpline's, each rule at
unit level and one end-to-end check per example:

- a band word typed over a small base's change ("have more than doubled, from 12 to 31"), which the house style
  words with no band word, is held against the ratio: true there, a finding where false ("have trebled");
- a plural subject's change words ("more than double") are change words; a one-word plural verb ("double") and a
  fraction ("almost half") are read only where they stand in place of drafter's change word or percentage;
- "the highest number" typed over drafter's "the highest" is the same rank; a superlative names its measure by the
  noun after it ("the highest number of fly-tipping incidents"), a rate by the noun before it ("Cardiff's rate was
  the highest"), and a change's rank only when said of a change; a rank drafter wrote whose noun the edit changed
  ("By rate, that is the highest" for "By number, …") is judged again, for drafter's period;
- "13.5 points" for drafter's "13.5 percentage points" is the same figure written another way (a house-style
  finding); a fraction with "of" after it is a share ("a third of buses in Cardiff": 31.5 per cent is not a third),
  read only where the campaign's figures give such a share ("half of the drivers" is not read);
- a rate's base said of another thing ("per 1,000 households" for "per 1,000 people") is a finding; in other words
  for a population ("per 1,000 residents") it is not;
- a list's items are their lead-in's ("Across Wales as a whole, over the same periods:"): "(up 13)" is Wales';
- the words introducing a quote put in another order are no finding;
- two places compared ("fewer parcels than Swansea", "a higher rate than Swansea's", "Cardiff's rate was above
  Swansea's") are held against the figures, for the period the sentence names, else the release's newer period,
  false only where false of every measure the sentence may mean; an area "above" its own region, with no rate or
  change said, is no comparison (the region's average?);
- an amount of money in a campaign that measures none, a count in one whose figures are all shares, and the number
  of places a rank is among ("among the 22 council areas") are to check by hand, not findings.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.reports.check_compare import _about
from drafter.reports.check_in_place import in_place
from drafter.reports.check_known import Known
from drafter.reports.check_multiples import multiples
from drafter.reports.check_read import with_lead_ins
from drafter.reports.check_states import states
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import Item, items, tokens
from drafter.style.house import PRESETS
from tests.conftest import ROOT

EN = PRESETS["en_GB"]


def read(text: str) -> list[Item]:
    return items(text, tokens(text), vocabulary(EN))


def small_base(ratio: Decimal) -> Known:  # Powys' parcels, 12 to 31: worded "have risen from 12 parcels …"
    return Known("Powys", "parcels.band", "band", "have risen", "Powys' change", (), ratio, band="small_base")


@pytest.mark.parametrize(("words", "holds"), [
    ("have more than doubled", True), ("have trebled", False), ("have doubled", False), ("have almost trebled", False),
])
def test_a_band_word_over_a_small_base_is_held_against_the_ratio(words: str, holds: bool) -> None:
    (item,) = [i for i in read(words) if i.kind == "band"]
    assert bool(states(item, small_base(Decimal(31) / 12), EN)) is holds


def test_a_plural_subjects_change_words_are_read_and_a_bare_verb_only_in_place() -> None:
    assert [(i.kind, i.band) for i in read("Across the region, the figures more than double.")] == [
        ("band", "more_than_doubled")]
    assert [i.kind for i in read("Crews work a double shift.")] == []
    text = "Parcels in Cardiff double"
    toks = tokens(text)
    changed = {3}
    assert [(i.kind, i.band) for i in in_place(text, toks, [], vocabulary(EN), changed, {3: {"change"}})] == [
        ("band", "doubled")]
    assert in_place(text, toks, [], vocabulary(EN), changed, {3: {"percent"}}) == []  # not where a change was


def test_a_fraction_is_read_only_in_place_of_a_percentage() -> None:
    text = "That is almost half of the total."
    toks = tokens(text)
    (item,) = in_place(text, toks, read(text), vocabulary(EN), {2, 3}, {2: {"percent"}, 3: {"percent"}})
    assert (item.kind, item.text, item.value, item.qualifier) == ("percent", "almost half", Decimal(50), "nearly")
    assert in_place(text, toks, read(text), vocabulary(EN), set(), {}) == []  # "half of the callers": not read


def test_a_fraction_over_a_percentage_takes_the_place_of_an_ordinal_word_in_it() -> None:
    text = "to almost a third between"  # "third" alone reads as a rank
    toks = tokens(text)
    assert [(i.kind, i.text) for i in in_place(text, toks, read(text), vocabulary(EN), {1, 2, 3}, {
        k: {"percent"} for k in (1, 2, 3)})] == [("percent", "almost a third")]


@pytest.mark.parametrize(("text", "read"), [
    ("A third of buses run on electricity.", [("percent", "A third", Decimal(100) / 3, "share")]),
    ("More than one in ten people called.", [("percent", "More than one in ten", Decimal(10), "share")]),
    ("Now 1 in 5 buses run on electricity.", [("percent", "1 in 5", Decimal(20), "share")]),
    ("Rose by half.", [("direction", "Rose", None, ""), ("percent", "half", Decimal(50), "fraction")]),  # a change
])
def test_a_part_in_words_is_read_as_a_share(text: str, read: list[tuple[str, str, Decimal | None, str]]) -> None:
    toks = tokens(text)
    assert [(i.kind, i.text, i.value, i.band) for i in multiples(text, toks, items(text, toks, vocabulary(EN)),
                                                            vocabulary(EN))] == read


def test_a_welsh_number_word_before_o_bobl_is_a_count_not_a_share() -> None:
    text, cy = "Cysylltodd cant a hanner o bobl, a dau gant a chwech o bobl wedyn.", PRESETS["cy_GB"]
    toks = tokens(text)
    found = multiples(text, toks, items(text, toks, vocabulary(cy), frozenset({"bobl"})), vocabulary(cy))
    assert [(i.kind, i.value, i.weak) for i in found] == [("count", 150, False), ("count", 206, False)]


def test_a_lists_items_are_said_of_its_lead_in() -> None:
    texts = ["Across Wales as a whole, over the same periods:", "Launches: from 312 to 325 (up 13)",
             "Rescued: from 131 to 139", "The charity says more people visit beaches.", "After it."]
    assert with_lead_ins(texts, ["", "", "", "", ""]) == ["", texts[0], texts[0], "", ""]


def test_a_comparison_naming_no_period_is_of_the_releases_newer_one() -> None:
    pairs = [("2023", "2024"), ("2022", "2024"), ("2022", "2023")]  # (earlier, later), the later newest first
    assert _about(pairs, set(), "2024") == [("2023", "2024"), ("2022", "2024")]  # the changes to the newer period
    assert _about(pairs, {"2023"}, "2024") == [("2022", "2023")]  # the change to the period it names
    assert _about(pairs, {"2022", "2024"}, "2024") == [("2022", "2024")]  # between the two it names


CARDIFF = "Cardiff"
POWYS_RISE = ("have risen from 12 parcels between April and September 2023 to 31 parcels between April and "
              "September 2024")
EDITS: dict[str, list[tuple[str, str, str, list[str]]]] = {  # example: [(area, old, new, what check prints)]
    "count-change": [
        ("Powys", "have risen from 12 parcels", "have more than doubled, from 12 parcels", []),
        ("Powys", POWYS_RISE, "have risen by 158 per cent", [  # a small base: its two figures
            "'158 per cent' in new text where Powys' change in emergency food parcels given out in April to "
            "September 2024 compared with April to September 2023 is 'rose from 12 to 31' (figures.csv, row 5, "
            "columns last_year and this_year): a rise from a base this small, which the house style gives with its "
            "two figures, not as a percentage"]),
        ("Powys", POWYS_RISE, "have risen by 185 per cent", [
            "'185 per cent' in new text where Powys' change in emergency food parcels given out in April to "
            "September 2024 compared with April to September 2023 is 'rose from 12 to 31' (figures.csv, row 5, "
            "columns last_year and this_year): the figures give a rise of 158 per cent, which the house style gives "
            "with its two figures, not as a percentage"]),
        (CARDIFF, "Chief Executive Megan Price, of the Cwtch Food Network, said:",
         "Megan Price, Chief Executive of the Cwtch Food Network, said:", []),
        (CARDIFF, "\nENDS", "\nCardiff gave out fewer parcels than Swansea.\n\nENDS", [
            "'fewer parcels than Swansea' in new text where Cardiff's figure for emergency food parcels given out in "
            "April to September 2024 is '5,066' and Swansea's figure for emergency food parcels given out in April to "
            "September 2024 is '2,108' (figures.csv, row 2, column this_year; figures.csv, row 3, column this_year)"]),
        (CARDIFF, "\nENDS", "\nCardiff gave out more parcels than Swansea.\n\nENDS", []),
        (CARDIFF, "\nENDS", "\nCardiff accounts for 63 per cent of the parcels given out in Wales.\n\nENDS", []),
        (CARDIFF, "\nENDS", "\nCardiff accounts for 70 per cent of the parcels given out in Wales.\n\nENDS", [
            "'70 per cent' in new text where Cardiff's share of Wales' emergency food parcels given out in April to "
            "September 2024 is '63 per cent' (figures.csv, rows 2–6, column this_year)"]),  # its share of Wales'
        (CARDIFF, "\nENDS", "\nCardiff gave out fewer parcels than any other year.\n\nENDS", []),  # no place
        (CARDIFF, "Cardiff rise 23 per cent", "Cardiff double", [
            "'double' where Cardiff's change in emergency food parcels given out in April to September 2024 compared "
            "with April to September 2023 was 'rise' (figures.csv, row 2, columns last_year and this_year): the "
            "figures give 1.23 times"])],
    "league-table": [
        (CARDIFF, "\nENDS", "\nBetween April 2023 and March 2024, Cardiff’s rate was higher than Swansea’s.\n\nENDS", [
            "'higher than Swansea’s' in new text where Cardiff's fly-tipping incidents per 1,000 in April 2023 to "
            "March 2024 is '23.2' and Swansea's fly-tipping incidents per 1,000 in April 2023 to March 2024 is '26.2' "
            "(figures.csv, rows 2, 7, column this_year; figures.csv, rows 3, 8, column this_year)"]),
        (CARDIFF, "\nENDS", "\nCardiff’s rate was higher than Swansea’s.\n\nENDS", [  # of the newer period
            "'higher than Swansea’s' in new text where Cardiff's fly-tipping incidents per 1,000 in April 2023 to "
            "March 2024 is '23.2' and Swansea's fly-tipping incidents per 1,000 in April 2023 to March 2024 is '26.2' "
            "(figures.csv, rows 2, 7, column this_year; figures.csv, rows 3, 8, column this_year)"]),
        (CARDIFF, "\nENDS", "\nBetween April 2022 and March 2023, Cardiff’s rate was higher than Swansea’s.\n\nENDS",
         []),  # true of the period it names
        (CARDIFF, "\nENDS", "\nLast year, Cardiff’s rate was higher than Swansea’s.\n\nENDS", []),  # "last year":
        # the newest period or the one before (true of that one)
        (CARDIFF, "\nENDS", "\nLast year, Cardiff’s rate was lower than Powys’s.\n\nENDS", [  # of neither
            "'lower than Powys’s' in new text where Cardiff's fly-tipping incidents per 1,000 in April 2023 to "
            "March 2024 is '23.2' and Powys' fly-tipping incidents per 1,000 in April 2023 to March 2024 is '0.2' "
            "(figures.csv, rows 2, 7, column this_year; figures.csv, rows 5, 10, column this_year)"]),
        (CARDIFF, "\nENDS", "\nBetween April 2023 and March 2024, Cardiff’s rate was above Swansea’s.\n\nENDS", [
            "'above Swansea’s' in new text where Cardiff's fly-tipping incidents per 1,000 in April 2023 to "
            "March 2024 is '23.2' and Swansea's fly-tipping incidents per 1,000 in April 2023 to March 2024 is '26.2' "
            "(figures.csv, rows 2, 7, column this_year; figures.csv, rows 3, 8, column this_year)"]),
        (CARDIFF, "\nENDS", "\nBetween April 2023 and March 2024, Cardiff’s rate was below Swansea’s.\n\nENDS", []),
        (CARDIFF, "\nENDS", "\nCardiff’s rate was above the Welsh average. Cardiff was above Wales as a whole. The "
         "figures above are councils’. Cardiff’s rate was above 20 per 1,000 people.\n\nENDS", []),  # a region's
        # average, not its total; no place after "above"; "above 20" is "over 20", as true of 23.2
        ("Swansea", "\nENDS", "\nSwansea had the highest number of fly-tipping incidents in Wales.\n\nENDS", [
            "'highest' in new text where Swansea's rank for fly-tipping incidents in April 2023 to March 2024 among "
            "Wales' 5 areas is 'second' (figures.csv, rows 2–6, column this_year)"]),  # no period named: the newer
        # a rank naming no period, true only of the earlier one (Cardiff's rate was first then, second now)
        (CARDIFF, "\nENDS", "\nCardiff’s rate was the highest in Wales.\n\nENDS", [
            "'highest' in new text where Cardiff's rank by fly-tipping incidents per 1,000 in April 2023 to March 2024 "
            "is 'second' (figures.csv, rows 2–11, column this_year)"]),
        (CARDIFF, "\nENDS", "\nBetween April 2022 and March 2023, Cardiff’s rate was the highest in Wales.\n\nENDS",
         []),
        (CARDIFF, "By number, that is the highest of any area in Wales.",
         "That is the highest number of any area in Wales.", []),
        (CARDIFF, "By number, that is the highest", "By rate, that is the highest", [  # the rank drafter wrote, by rate
            "'highest' in new text where Cardiff's rank by fly-tipping incidents per 1,000 in April 2023 to March 2024 "
            "is 'second' (figures.csv, rows 2–11, column this_year)"]),
        (CARDIFF, "23.2 per 1,000 people", "23.2 per 1,000 households", [  # a rate's base said of another thing
            "'per 1,000 households' where drafter wrote 'per 1,000 people': the figures give a rate per 1,000 people "
            "(campaign.yaml, measures.incidents.population), not per 1,000 households"]),
        (CARDIFF, "23.2 per 1,000 people", "23.2 per 1,000 residents", []),  # the same base in other words
        (CARDIFF, "\nENDS", "\nCouncils can fine people up to £1,000 for fly-tipping.\n\nENDS", [
            "to check by hand: '£1,000' in new text is an amount of money, and the campaign measures none: drafter "
            "cannot check it against the data"])],
    "per-head": [
        # "for every" for "per", and the sentence recast round the rate: the same rate, held against the figures
        (CARDIFF, "or 52.2 per 100,000 people", "or 52.2 for every 100,000 people", []),
        (CARDIFF, "In October 2024, Cardiff had 194 public charging points, or 52.2 per 100,000 people –",
         "Cardiff had 194 public charging points in October 2024. That is 52.2 for every 100,000 residents,", []),
        (CARDIFF, "In October 2024, Cardiff had 194 public charging points, or 52.2 per 100,000 people –",
         "Cardiff had 194 public charging points in October 2024. That is 55.2 for every 100,000 residents,", [
             "'55.2' where Cardiff's public charging points per 100,000 in October 2024 was '52.2' (figures.csv, rows "
             "2, 7, column october)"]),
        (CARDIFF, "That is 51 per cent", "That is almost half", [
            "'almost half' where Cardiff's share of Wales' public charging points in October 2024 was '51 per "
            "cent' (figures.csv, rows 2–6, column october): '51 per cent' is not 'almost half': the figures give "
            "51.3 per cent"]),
        (CARDIFF, "That is 51 per cent", "That is just over half", []),
        (CARDIFF, "among the areas of Wales.", "among the 22 council areas of Wales.", [
            "to check by hand: '22' in new text counts the places a rank is among, not what the campaign measures: "
            "drafter cannot check it against the data"]),
        (CARDIFF, "\nENDS", "\nCardiff’s rate was the highest in Wales.\n\nENDS", [
            "'highest' in new text where Cardiff's rank by public charging points per 100,000 in October 2024 is "
            "'third' (figures.csv, rows 2–11, column october)"])],
    "several-measures": [
        (CARDIFF, "Lifeboat launches: from 312 to 325", "Lifeboat launches: from 312 to 325 (up 13)", []),
        (CARDIFF, "Lifeboat launches: from 312 to 325", "Lifeboat launches: from 312 to 325 (up 31)", [
            "'31' in new text where the difference in Wales' figure for lifeboat launches in 2024 compared with 2023 "
            "is '13' (figures.csv, rows 2–6, columns last_year and this_year): '31' is Cardiff's figure for "
            "volunteer crew members in 2024"])],
    "rate-change": [
        (CARDIFF, "\nENDS", "\nOperators plan to add 40 electric buses by 2026.\n\nENDS", [
            "to check by hand: '40 electric buses' in new text counts electric buses, not what the campaign measures "
            "(share of buses running on electricity): drafter cannot check it against the data",
            "to check by hand: '2026' in new text is not a year of the campaign's periods, release date or embargo "
            "(2022, 2023, 2024), in a sentence that states none of the campaign's figures: drafter cannot check it "
            "against the data"]),
        (CARDIFF, "has risen by 13.5 percentage points", "has risen by 13.5 points", [  # the same figure, shortened
            "'13.5 points' where Cardiff's change in share of buses running on electricity in April 2023 to March 2024 "
            "compared with April 2022 to March 2023 was '13.5 percentage points' (figures.csv, row 3, columns "
            "last_year and this_year): the same figure, not as the house style writes it"]),
        (CARDIFF, "has risen by 13.5 percentage points", "has risen by 15.3 points", [
            "'15.3 points' where Cardiff's change in share of buses running on electricity in April 2023 to March 2024 "
            "compared with April 2022 to March 2023 was '13.5 percentage points' (figures.csv, row 3, columns "
            "last_year and this_year)"]),
        (CARDIFF, "\nENDS", "\nA third of buses in Cardiff now run on electricity.\n\nENDS", [  # 31.5 per cent
            "'A third' in new text where Cardiff's figure for share of buses running on electricity in April 2023 to "
            "March 2024 is '31.5 per cent' (figures.csv, row 3, column this_year): the figures give 31.5 per cent"]),
        (CARDIFF, "\nENDS", "\nMore than a quarter of buses in Cardiff now run on electricity. Half of the drivers "
         "have trained on them.\n\nENDS", []),  # true; a part of something the figures give no share of: not read
        (CARDIFF, "\nENDS", "\nNearly one in three buses in Cardiff now runs on electricity.\n\nENDS",
         []),  # 31.5 per cent: nearly 33, and a bound beside the release's "31.5 per cent", no other rounding
        # "to 32 per cent" beside "risen by 13.5 percentage points, from 18.0": no longer adds up (it passed as true)
        (CARDIFF, "to 31.5 per cent between April 2023", "to 32 per cent between April 2023", [
            "'32 per cent' where Cardiff's figure for share of buses running on electricity in April 2023 to March "
            "2024 was '31.5 per cent' (figures.csv, row 3, column this_year): rounded from the figure as given, which "
            "the release's changes are worked out from"]),
        (CARDIFF, "to 31.5 per cent between April 2023", "to about 32 per cent between April 2023", []),
        # "18 per cent" for the published 18.0: the same figure, nothing rounded (the change still adds up)
        (CARDIFF, "from 18.0 per cent between April 2022", "from 18 per cent between April 2022", [
            "'18 per cent' where Cardiff's figure for share of buses running on electricity in April 2022 to March "
            "2023 was '18.0 per cent' (figures.csv, row 3, column last_year): the same figure, not as the house style "
            "writes it"])],
}


def test_edits_of_the_other_examples(tmp_path: Path) -> None:
    """Each edit in a copy of the area's drafted Markdown release, checked with the others of its example."""
    found: dict[tuple[str, str], list[str]] = {}
    wanted: dict[tuple[str, str], list[str]] = {}
    for example, edits in EDITS.items():
        campaign, out = ROOT / "templates" / example / "example", tmp_path / example
        api.draft(campaign, out, areas=sorted({area for area, *_ in edits}), formats=["md"])
        files = []
        for n, (area, old, new, lines) in enumerate(edits):
            drafted = (out / f"{area.lower()}.md").read_text(encoding="utf-8")
            assert old in drafted, old
            files.append(out / f"{area.lower()} {n}.md")
            files[-1].write_text(drafted.replace(old, new, 1), encoding="utf-8")
            wanted[example, files[-1].name] = lines
        for area in sorted({area for area, *_ in edits}):
            mine = [f for f, (a, *_) in zip(files, edits, strict=True) if a == area]
            result = api.check(campaign, mine, area=area)
            for path in mine:
                found[example, path.name] = [("to check by hand: " if f.to_check_by_hand else "") + f.message
                                    for f in (*result.findings, *result.by_hand) if f.file == path.name]
    assert found == wanted
