"""How `drafter check` reads approximate words, decimal places and figures said of the wrong area or period.

An approximate word ("nearly", "more than", "about", "almost doubled", Welsh "bron", "dros") is held against the
fact: false is a finding that says why; true is no finding, unless the release also gives the figure exactly
(one figure at two rounding levels, as the original Cheshire release said "193 per cent" and "nearly 200 per
cent"). A figure at more decimal places than drafter printed is fine when true at those places. In new text, a
figure beside one area's name that is another area's, and "from X to Y" with the periods' figures the wrong way
round, are findings. Read at unit level; the check corpus (tests/check_corpus.py) holds one edit of each class
in every format and language.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.reports.check_known import Known
from drafter.reports.check_states import states
from drafter.reports.check_swaps import clause, nearest_area
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import items, tokens
from drafter.style.bands import almost_holds
from drafter.style.house import PRESETS
from tests.conftest import EXAMPLE

WHAT = ("Cheshire's change in people contacting Stop It Now! for help in January to June 2018 compared with July to "
        "December 2017")


@pytest.mark.parametrize(("preset", "text", "band"), [
    ("en_GB", "has nearly tripled", "almost_trebled"),
    ("en_GB", "has almost doubled", "almost_doubled"),
    ("en_GB", "nearly halved", "almost_halved"),
    ("en_US", "has almost tripled", "almost_trebled"),
    ("cy_GB", "wedi bron â dyblu", "almost_doubled"),
    ("cy_GB", "bron wedi treblu", "almost_trebled"),
])
def test_an_approximate_change_word_is_read_whole(preset: str, text: str, band: str) -> None:
    found = items(text, tokens(text), vocabulary(PRESETS[preset]))
    assert [(i.kind, i.band) for i in found] == [("band", band)]


@pytest.mark.parametrize(("band", "ratio", "holds"), [
    ("almost_doubled", "1.93", True), ("almost_doubled", "1.89", False), ("almost_doubled", "2", False),
    ("almost_trebled", "2.9333", True), ("almost_trebled", "3.01", False),
    ("almost_halved", "0.52", True), ("almost_halved", "0.5", False), ("almost_halved", "0.6", False),
    ("doubled", "1.99", False),
])
def test_almost_holds_by_the_house_styles_measure_of_nearly(band: str, ratio: str, holds: bool) -> None:
    assert almost_holds(band, Decimal(ratio), PRESETS["en_GB"]) is holds


@pytest.mark.parametrize(("text", "figure", "area"), [
    ("Cheshire saw 3,549 people and the north west 440.", "3,549", "cheshire"),
    ("Cheshire saw 3,549 people and the north west 440.", "440", "north west"),
    ("In Cheshire the number rose to 440, and across the north west to 3,549.", "440", "cheshire"),
    ("In Cheshire the number rose to 440, and across the north west to 3,549.", "3,549", "north west"),
    ("There were 3,549 people in the north west and 440 in Cheshire.", "440", "cheshire"),
    ("There were 3,549 people in the north west and 440 in Cheshire.", "3,549", "north west"),
    ("Cheshire accounted for 440 of the north west's 3,549 contacts.", "440", "cheshire"),
])
def test_a_figure_is_said_of_the_area_its_clause_names(text: str, figure: str, area: str | None) -> None:
    toks = tokens(text)
    norms = [t.norm for t in toks]
    spans = [(k, k + 1, "cheshire") for k, w in enumerate(norms) if w == "cheshire"] + [
        (k, k + 2, "north west") for k, w in enumerate(norms) if norms[k:k + 2] in (["north", "west"],
                                                                                       ["north", "west's"])]
    item = next(i for i in items(text, toks, vocabulary(PRESETS["en_GB"])) if i.text == figure)
    within = clause(text, toks, item, (0, len(text)))
    links = frozenset({"in", "people", "the"})
    assert nearest_area(spans, item.first, item.last, toks, within, links) == area


EDITS = {  # edited file: (old, new) in the drafted Cheshire release, or a sentence added before ENDS
    "true": [("rose by 193 per cent", "rose by nearly 200 per cent"), ("has almost trebled.", "has nearly tripled."),
             ("a rise of 103 per cent", "a rise of more than 100 per cent"), ("to 440.", "to about 440.")],
    "decimals": [("rose by 193 per cent", "rose by 193.3 per cent")],
    "false": [("rose by 193 per cent", "rose by more than 200 per cent"),
              ("has almost trebled.", "has almost doubled."), ("a rise of 103 per cent", "a rise of 103.0 per cent")],
    "two-levels": "Between January and June 2018, that figure rose by nearly 200 per cent.",
    "swapped": "Cheshire saw 3,549 people and the north west 440. The north west went from 3,549 to 1,747.",
    "in-order": "Cheshire saw 440 people and the north west 3,549. The north west went from 1,747 to 3,549.",
    "year-like": "A total of 2000 people from Cheshire contacted the helpline. In 2000 more people called.",
    "something-else": "Donations to the charity have doubled. The number has almost doubled.",
}


def test_approximations_decimals_and_swaps_in_an_edited_release(example_draft: Path, tmp_path: Path) -> None:
    drafted = (example_draft / "cheshire.md").read_text(encoding="utf-8")
    files = []
    for name, edit in EDITS.items():
        text = drafted
        if isinstance(edit, str):
            text = text.replace("\nENDS\n", f"\n{edit}\n\nENDS\n")
        for old, new in edit if isinstance(edit, list) else ():
            text = text.replace(old, new, 1)
        (tmp_path / f"cheshire-{name}.md").write_text(text, encoding="utf-8")
        files.append(tmp_path / f"cheshire-{name}.md")
    result = api.check(EXAMPLE, files, area="Cheshire")
    found: dict[str, list[str]] = {name: [] for name in EDITS}
    for finding in result.findings:
        found[finding.file.removeprefix("cheshire-").removesuffix(".md")].append(finding.message)
    fact = "figures.csv, row 3, columns before and after"
    region = ("North West's change in people contacting Stop It Now! for help in January to June 2018 compared with "
              "July to December 2017")
    count = "'{}' in new text where {}'s figure for people contacting Stop It Now! for help in {} is '{}' ({})"
    assert found == {
        "true": [], "decimals": [], "in-order": [],
        "false": [
            f"'almost doubled' where {WHAT} was 'has almost trebled' ({fact}): the figures give 2.93 times",
            f"'more than 200 per cent' where {WHAT} was '193 per cent' ({fact}): '193 per cent' is not 'more than "
            "200 per cent': the figures give 193.3 per cent",
            f"'103.0 per cent' where {region} was '103 per cent' (figures.csv, row 2, columns before and after): to 1 "
            "decimal place it is 103.1"],
        "two-levels": [f"'nearly 200 per cent' in new text where {WHAT} is '193 per cent' ({fact}): the release also "
                       "gives it as '193 per cent': one figure at two rounding levels"],
        "swapped": [
            count.format("3,549", "Cheshire", "January to June 2018", "440", "figures.csv, row 3, column after")
            + ": '3,549' is North West's figure for people contacting Stop It Now! for help in January to June 2018",
            count.format("440", "North West", "July to December 2017", "1,747", "figures.csv, row 2, column before")
            + ": '440' is Cheshire's figure for people contacting Stop It Now! for help in January to June 2018",
            count.format("1,747", "North West", "January to June 2018", "3,549", "figures.csv, row 2, column after")
            + ": '3,549' and '1,747' are the wrong way round: the figure went from '1,747' to '3,549'"],
        "year-like": [count.format("2000", "Cheshire", "January to June 2018", "440", "figures.csv, row 3, column "
                                   "after")],
        "something-else": [f"'almost doubled' in new text where {WHAT} is 'has almost trebled' ({fact}): the "
                           "figures give 2.93 times"],
    }
    assert [f.message for f in result.by_hand if f.file == "cheshire-something-else.md"] == [
        "'have doubled' in new text is said of something the campaign does not measure, in a sentence that names "
        "none of its areas, periods, figures or what it counts: drafter cannot check it against the data"]


@pytest.mark.parametrize(("preset", "text", "rank"), [
    ("cy_GB", "yn drydydd o ran cyfradd", 3), ("cy_GB", "y drydedd gyfradd uchaf", 3),
    ("cy_GB", "yr ail ostyngiad mwyaf", 2), ("cy_GB", "yn gyntaf o ran nifer", 1),
    ("en_GB", "the twelfth highest rate", 12),
])
def test_a_rank_in_words_is_read_with_the_superlative_after_its_noun(preset: str, text: str, rank: int) -> None:
    found = [i for i in items(text, tokens(text), vocabulary(PRESETS[preset])) if i.kind == "ordinal"]
    assert [i.value for i in found] == [rank]


LEAGUE = EXAMPLE.parent.parent / "league-table" / "example"


def test_a_welsh_rank_typed_over_and_another_areas_rank_by_rate(tmp_path: Path) -> None:
    api.draft(LEAGUE, tmp_path, areas=["Cardiff"], formats=["md"], locale="cy_GB")
    drafted = (tmp_path / "cardiff.cy.md").read_text(encoding="utf-8")
    edits = {"trydydd": ("yn ail o ran", "yn drydydd o ran"),
             "ail-ostyngiad": ("yr unig ostyngiad", "yr ail ostyngiad mwyaf"),
             "swansea": ("\nDIWEDD\n", "\nRoedd gan Abertawe y gyfradd uchaf yng Nghymru, a Cheredigion y drydedd "
                                       "gyfradd uchaf.\n\nDIWEDD\n")}  # true: a feminine rank, mutated
    files = []
    for name, (old, new) in edits.items():
        assert old in drafted
        files.append(tmp_path / "edited" / name / "cardiff.md")
        files[-1].parent.mkdir(parents=True)
        files[-1].write_text(drafted.replace(old, new, 1), encoding="utf-8")
    result = api.check(LEAGUE, files, area="Cardiff", locale="cy_GB")
    # Cardiff's is the only fall ("yr unig ostyngiad"): first, which the check names "cyntaf"
    assert sorted((f.found, f.expected) for f in result.findings) == [("ail", "cyntaf"), ("drydydd", "ail")]
    assert {f.kind for f in result.findings} == {"wrong_rank"}


SEVERAL = EXAMPLE.parent.parent / "several-measures" / "example"
RATE = EXAMPLE.parent.parent / "rate-change" / "example"


def test_figures_swapped_between_measures_and_a_percentage_rate(tmp_path: Path) -> None:
    """Each figure of new text is held against the measure its words name ("118 people" is a count of people
    rescued, not launches); a rate in per cent ("31.5 per cent") is a percentage of the data."""
    files = []
    for campaign, sentence in ((SEVERAL, "In 2024, Cardiff's lifeboats made 40 launches and rescued 118 people."),
                               (SEVERAL, "In 2024, Cardiff's lifeboats made 118 launches and rescued 40 people."),
                               (RATE, "In Cardiff, 31.5 per cent of buses now run on electricity, up from 18.0 per "
                                      "cent.")):
        out = tmp_path / f"{campaign.parent.name}-{len(files)}"
        api.draft(campaign, out, areas=["Cardiff"], formats=["md"])
        text = (out / "cardiff.md").read_text(encoding="utf-8").replace("\nENDS\n", f"\n{sentence}\n\nENDS\n")
        (out / "cardiff.md").write_text(text, encoding="utf-8")
        files.append((campaign, out / "cardiff.md"))
    found = [[f.message for f in api.check(campaign, [path], area="Cardiff").findings] for campaign, path in files]
    assert found == [[
        "'40' in new text where Cardiff's figure for lifeboat launches in 2024 is '118' (figures.csv, row 2, column "
        "this_year): '40' is Cardiff's figure for people rescued in 2024",
        "'118' in new text where Cardiff's figure for people rescued in 2024 is '40' (figures.csv, row 7, column "
        "this_year): '118' is Cardiff's figure for lifeboat launches in 2024"], [], []]


def test_a_percentage_is_held_against_the_measure_its_clause_names(tmp_path: Path) -> None:
    """"People rescued in Cardiff rose by 11 per cent": 11 per cent is volunteer crew members' rise; people rescued
    stayed at 40. Each percentage is held against the measure its own clause names (and "23 per cent for lifeboat
    launches" against launches); two measures each with its own rise, in two clauses, are no finding."""
    api.draft(SEVERAL, tmp_path, areas=["Cardiff"], formats=["md"])
    release = tmp_path / "cardiff.md"
    added = ["People rescued in Cardiff rose by 11 per cent, compared with 23 per cent for lifeboat launches.",
             "Lifeboat launches rose by 23 per cent, while the number of volunteer crew members rose by 11 per cent.",
             "Lifeboat launches rose by 23 per cent and volunteers by 11 per cent.",
             "The 11 per cent rise in volunteers came as launches rose by 23 per cent."]
    release.write_text(release.read_text(encoding="utf-8").replace("\nENDS\n", "".join(
        f"\n{sentence}\n" for sentence in added) + "\nENDS\n"), encoding="utf-8")
    assert [f.message for f in api.check(SEVERAL, [release], area="Cardiff").findings] == [
        "'11 per cent' in new text where Cardiff's change in people rescued in 2024 compared with 2023 is '0.0 per "
        "cent' (figures.csv, row 7, columns last_year and this_year): '11 per cent' is Cardiff's change in volunteer "
        "crew members in 2024 compared with 2023"]


def test_a_percentage_of_a_rise_from_none_names_the_measure_its_clause_names(tmp_path: Path) -> None:
    """Powys's crew rose from none to eight: "Volunteer crew members in Powys rose by 9.8 per cent" names that rise,
    not the first of Powys's rises from none (launches)."""
    api.draft(SEVERAL, tmp_path, areas=["Powys"], formats=["md"])
    release = tmp_path / "powys.md"
    release.write_text(release.read_text(encoding="utf-8").replace(
        "\nENDS\n", "\nVolunteer crew members in Powys rose by 9.8 per cent.\n\nENDS\n"), encoding="utf-8")
    assert [f.message for f in api.check(SEVERAL, [release], area="Powys").findings] == [
        "'9.8 per cent' in new text where Powys' change in volunteer crew members in 2024 compared with 2023 is 'rose "
        "from none to eight' (figures.csv, row 15, columns last_year and this_year): a rise from none has no "
        "percentage: the house style gives it with its two figures"]


@pytest.mark.parametrize(("text", "sign"), [("−5.3%", "−"), ("+17 per cent", "+"), ("-5.3%", "−"), ("5.3%", ""),
                                            ("2017-18 saw 5%", ""), ("rose by 12", "")])
def test_a_sign_before_a_figure_is_read(text: str, sign: str) -> None:
    found = [i for i in items(text, tokens(text), vocabulary(PRESETS["en_GB"])) if i.kind in ("percent", "count")]
    assert found[-1].sign == sign


@pytest.mark.parametrize(("preset", "text", "value", "qualifier"), [
    ("en_GB", "nearly half a million pounds", "500000", "nearly"),
    ("en_GB", "more than half a million people", "500000", "more"),
    ("en_GB", "almost three-quarters of a million", "750000", "nearly"),
    ("en_GB", "around a quarter of a million people", "250000", "about"),
    ("en_GB", "nearly a million", "1000000", "nearly"),
    ("en_GB", "over two million people", "2000000", "more"),
    ("en_GB", "nearly a billion pounds", "1000000000", "nearly"),
    ("cy_GB", "bron hanner miliwn o bunnoedd", "500000", "nearly"),
    ("cy_GB", "mwy na miliwn o bobl", "1000000", "more"),
    ("cy_GB", "bron dwy filiwn o bobl", "2000000", "nearly"),  # "filiwn": "miliwn" mutated, never "biliwn"
])
def test_a_round_number_in_words_is_read_with_its_qualifier(preset: str, text: str, value: str,
                                                            qualifier: str) -> None:
    (found,) = items(text, tokens(text), vocabulary(PRESETS[preset]))
    assert (found.kind, found.value, found.qualifier, found.weak) == ("count", Decimal(value), qualifier, False)


@pytest.mark.parametrize(("preset", "text", "value", "shown"), [
    ("en_GB", "two and a half million people", "2500000", "two and a half million"),
    ("en_GB", "nearly three and a half thousand people", "3500", "nearly three and a half thousand"),
    ("en_GB", "one and a quarter million", "1250000", "one and a quarter million"),
    ("en_GB", "two and three quarters of a million", "2750000", "two and three quarters of a million"),
    ("cy_GB", "dwy fil a hanner o bobl", "2500", "dwy fil a hanner"),
    ("cy_GB", "bron dwy filiwn a hanner o bobl", "2500000", "bron dwy filiwn a hanner"),
    ("cy_GB", "cant a hanner o bobl", "150", "cant a hanner"),  # 150: a number of its own, no part
])
def test_a_number_and_a_part_of_a_thousand_or_a_million_is_one_figure(preset: str, text: str, value: str,
                                                                     shown: str) -> None:
    (found,) = [i for i in items(text, tokens(text), vocabulary(PRESETS[preset])) if i.kind == "count"]
    assert (found.value, found.text) == (Decimal(value), shown)


@pytest.mark.parametrize(("text", "figure", "holds"), [
    ("three and a half thousand", "3549", "approx"), ("two and a half thousand", "3549", ""),
    ("two and a half million", "2460000", "approx"), ("two and a half million", "2340000", ""),
    ("three thousand", "3049", ""),  # a round number in words with no part: that number
])
def test_a_number_and_a_part_is_true_to_its_last_place_as_3_5k_is(text: str, figure: str, holds: str) -> None:
    (item,) = items(text, tokens(text), vocabulary(PRESETS["en_GB"]))
    known = Known("North West", "contacts.after", "count", f"{int(figure):,}", "", (), Decimal(figure))
    assert states(item, known, PRESETS["en_GB"]) == holds


@pytest.mark.parametrize(("text", "figure", "holds"), [
    ("35,49", "3549", ""), ("44,0", "440", ""), ("1,7,47", "1747", ""), ("3549", "3549", "equal"),
    ("3,549", "3549", "same"), ("1,747,000", "1747000", "same")])
def test_a_figure_with_its_comma_in_the_wrong_place_is_not_the_figure(text: str, figure: str, holds: str) -> None:
    """"35,49" typed for "3,549" is read as 3549, but prints as another number: no figure of the data."""
    (item,) = items(text, tokens(text), vocabulary(PRESETS["en_GB"]))
    known = Known("North West", "contacts.after", "count", f"{int(figure):,}", "", (), Decimal(figure))
    assert states(item, known, PRESETS["en_GB"]) == holds


def test_half_a_million_typed_over_a_figure_is_held_against_it(tmp_path: Path) -> None:
    found = {}
    for after, typed in ((455900, "nearly half a million"), (480000, "nearly half a million"),
                         (520000, "more than half a million")):
        campaign = shutil.copytree(EXAMPLE, tmp_path / str(after))
        before = after * 100 // 293  # a rise of 193 per cent, which the quotes' "almost treble" still holds
        figures = (campaign / "figures.csv").read_text(encoding="utf-8").replace(
            "Cheshire,contacts,150,440", f"Cheshire,contacts,{before},{after}").replace(
            'North West,contacts,"1,747","3,549"', f"North West,contacts,{1597 + before},{3109 + after}")
        (campaign / "figures.csv").write_text(figures, encoding="utf-8")
        api.draft(campaign, campaign / "out", areas=["Cheshire"], formats=["md"])
        release = campaign / "out" / "cheshire.md"
        release.write_text(release.read_text(encoding="utf-8").replace(f"{after:,}", typed, 1), encoding="utf-8")
        found[after] = [f.message for f in api.check(campaign, [release], area="Cheshire").findings]
    assert found == {
        455900: ["'nearly half a million' where Cheshire's figure for people contacting Stop It Now! for help in "
                 "January to June 2018 was '455,900' (figures.csv, row 3, column after): '455,900' is not 'nearly "
                 "half a million'"],
        480000: [], 520000: []}


def test_a_change_word_is_held_against_the_change_of_the_figures_beside_it(tmp_path: Path) -> None:
    """A change word or a multiple typed in the crew sentence, or in the region's crew line, is held against that
    measure's change and names it: not Cardiff's first measure's (launches rose 1.23 times, crew 1.11 times, Wales'
    crew 1.1 times), which made "1.2-fold" of crew true and named launches for a fall typed in Wales' crew line. A
    figure of another measure typed in the crew sentence is named as that measure's, as another area's is."""
    api.draft(SEVERAL, tmp_path, areas=["Cardiff"], formats=["md"])
    drafted = (tmp_path / "cardiff.md").read_text(encoding="utf-8")
    crew = "crew members in Cardiff has risen by 11 per cent"
    files = []
    for old, new in ((crew, crew.replace("risen", "fallen")), (crew, crew.replace("by 11 per cent", "1.2-fold")),
                     (crew, crew.replace("by 11 per cent", "1.1-fold")), ("to 112, a rise", "to 112, a fall"),
                     ("from 28 volunteers", "from 96 volunteers")):
        assert old in drafted
        files.append(tmp_path / f"cardiff-{len(files)}.md")
        files[-1].write_text(drafted.replace(old, new, 1), encoding="utf-8")
    result = api.check(SEVERAL, files, area="Cardiff")
    found = [[f.message for f in result.findings if f.file.endswith(path.name)] for path in files]
    crew_change = "change in volunteer crew members in 2024 compared with 2023"
    assert found == [
        [f"'fallen' where Cardiff's {crew_change} was 'risen' (figures.csv, row 12, columns last_year and this_year)"],
        [f"'1.2-fold' in new text where Cardiff's {crew_change} is 'has risen by 11 per cent' (figures.csv, row 12, "
         "columns last_year and this_year): the figures give 1.11 times"],
        [],
        [f"'fall' where Wales' {crew_change} was 'rise' (figures.csv, rows 12–16, columns last_year and this_year)"],
        ["'96' where Cardiff's figure for volunteer crew members in 2023 was '28' (figures.csv, row 12, column "
         "last_year): '96' is Cardiff's figure for lifeboat launches in 2023"]]  # whose figure it is
