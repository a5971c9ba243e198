"""`drafter check` on a measure's name put where drafter named another, in a campaign of several: "People rescued in
Cardiff have risen by 23 per cent" for drafter's "Lifeboat launches in …", and two lines of a list with their labels
exchanged (typed over, or run together from the two lines, as the alignment may read them). A measure's name
reworded into its own words ("volunteers" for "volunteer crew members"), or words of none, is no finding.

The rule is tested on drafter's words as text, with the several-measures example's measures (no drafting).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from drafter import api
from drafter.model import SourceRef
from drafter.reports.check_align import align
from drafter.reports.check_known import Known
from drafter.reports.check_measure_names import measure_spans, renamed_measures, renamed_units
from drafter.reports.check_spliced import spliced
from drafter.reports.check_words import Item, tokens
from drafter.style.house import PRESETS
from tests.conftest import ROOT
from tests.helpers import drafted_release, read_edits

EN = PRESETS["en_GB"]
WORDS = {"launches": {"label": "lifeboat launches", "unit": "launches", "unit_one": "launch",
                      "subject": "lifeboat launches in {area}"},
         "rescued": {"label": "people rescued", "unit": "people", "unit_one": "person",
                     "subject": "the number of people rescued in {area}"},
         "crew": {"label": "volunteer crew members", "unit": "volunteers", "unit_one": "volunteer",
                  "subject": "the number of volunteer crew members in {area}"}}
DRAFTED = ["Lifeboat launches in Cardiff have risen by 23 per cent.",
           "- Lifeboat launches: from 312 to 325, a rise of 4.2 per cent",
           "- People rescued: from 131 to 139, a rise of 6.1 per cent",
           "- Volunteer crew members: from 102 to 112, a rise of 9.8 per cent"]
FIGURES = {1: ("launches", ("312", "325", "4.2 per cent")), 2: ("rescued", ("131", "139", "6.1 per cent")),
           3: ("crew", ("102", "112", "9.8 per cent"))}


def _measure(name: str) -> SimpleNamespace:
    return SimpleNamespace(id=name, words=lambda key, code: WORDS[name][key] if code == "en" else "")


def _links(line: int, found: list[Item]) -> list[Known | None]:
    if line not in FIGURES:
        return [None] * len(found)
    measure, texts = FIGURES[line]
    numbers = [k for k, item in enumerate(found) if item.kind in ("count", "percent")]
    return [Known("Wales", f"{measure}.{('last_year', 'this_year', 'change')[n]}", "count", texts[n],
                  f"Wales's figure for {WORDS[measure]['label']}", (), Decimal(texts[n].split()[0]))
            if (n := numbers.index(k) if k in numbers else -1) >= 0 else None for k in range(len(found))]


def _drafted() -> SimpleNamespace:
    campaign = SimpleNamespace(measures=[_measure(m) for m in WORDS])
    universe = SimpleNamespace(campaign=campaign, style=EN, area_spans=lambda norms: [], of_area=lambda area: [])
    return drafted_release(DRAFTED, EN, _links, universe)


def _found(edited: list[str]) -> list[tuple[int, str, str]]:
    d = _drafted()
    toks, alignment = read_edits(d, edited)
    return [(p.paragraph, p.kind, p.message) for p in (*renamed_measures(d, edited, toks, alignment),  # type: ignore
                                                       *spliced(d, edited, toks, alignment))]  # type: ignore


def test_a_measures_words_are_read_as_its_name() -> None:
    norms = [t.norm for t in tokens("The number of people rescued in Cardiff rose, as did lifeboat launches.")]
    assert measure_spans(_drafted(), norms) == [(0, 6, "rescued"), (10, 12, "launches")]  # type: ignore[arg-type]


def test_another_measures_name_typed_over_drafters_is_a_finding() -> None:
    edited = ["People rescued in Cardiff have risen by 23 per cent.", *DRAFTED[1:]]
    assert _found(edited) == [(0, "wrong_measure", "'People rescued' where drafter wrote 'Lifeboat launches': the "
                               "figures beside it are lifeboat launches, not people rescued")]


def test_two_lines_labels_exchanged_are_findings() -> None:
    edited = [DRAFTED[0], DRAFTED[1].replace("Lifeboat launches", "People rescued"),
              DRAFTED[2].replace("People rescued", "Lifeboat launches"), DRAFTED[3]]
    found = _found(edited)
    assert {(j, kind) for j, kind, _ in found} == {(1, "wrong_measure"), (2, "wrong_measure")}


def test_a_measure_reworded_in_its_own_words_or_in_no_measures_is_no_finding() -> None:
    assert _found(DRAFTED) == []
    assert _found([DRAFTED[0].replace("Lifeboat launches", "Launches"), *DRAFTED[1:]]) == []
    assert _found([*DRAFTED[:3], DRAFTED[3].replace("Volunteer crew members", "Volunteers")]) == []
    assert _found([DRAFTED[0].replace("Lifeboat launches", "Call-outs"), *DRAFTED[1:]]) == []


def test_a_table_cells_place_unmatched_is_not_read_as_words() -> None:
    """A cell's place (its row and column, one more word for the alignment) whose heading changed is no word."""
    d = _drafted()
    edited = ["People rescued", *DRAFTED[1:]]
    toks = [tokens(t) for t in edited]
    norms = [[t.norm for t in k] for k in toks]
    norms[0].append("\0table 1: cardiff: 2025")  # as place_mark adds it
    alignment = align([*d.norms[:0], ["\0table 1: cardiff: 2024"], *d.norms[1:]], norms)
    assert renamed_measures(d, edited, toks, alignment) == []  # type: ignore[arg-type]
    assert spliced(d, edited, toks, alignment) == []  # type: ignore[arg-type]


CALLS = {"label": "phone calls to the helpline", "unit": "calls", "unit_one": "call",
         "subject": "calls to the helpline"}
CELLS = (SourceRef("figures.csv", 2, "this_year"),)
CALLS_DRAFTED = "The helpline in Cardiff took 193 per cent more calls in 2024 than in 2023, 880 calls in all."


def _calls_found(edited: str, drafted: str = CALLS_DRAFTED) -> list[str]:
    """renamed_units on a release whose percentage change is followed by what it counts ("193 per cent more calls")."""
    def link(_: int, found: list[Item]) -> list[Known | None]:
        return [Known("Cardiff", "calls.last_year-this_year.percent", "percent", "193 per cent", "Cardiff's change in "
                      "calls to the helpline in 2024 compared with 2023", CELLS, Decimal(193)) if i.kind == "percent"
                else Known("Cardiff", "calls.this_year", "count", "880", "Cardiff's figure for calls to the helpline "
                           "in 2024", CELLS, Decimal(880)) if i.kind == "count" else None for i in found]

    campaign = SimpleNamespace(measures=[SimpleNamespace(id="calls", words=lambda key, code: CALLS[key])])
    universe = SimpleNamespace(campaign=campaign, style=EN)
    d = drafted_release([drafted], EN, link, universe)
    d.count_links = frozenset()
    toks, alignment = read_edits(d, [edited])
    return [p.message for p in renamed_units(d, [edited], toks, alignment)]  # type: ignore[arg-type]


def test_a_percentage_more_of_another_thing_is_a_finding() -> None:
    """"193 per cent more staff" for drafter's "193 per cent more calls": the change is in calls, not staff; its
    count's word changed too ("880 staff") is the same finding, and a word added beside it ("phone calls") or the
    figure reworded around it is none."""
    assert _calls_found(CALLS_DRAFTED.replace("more calls", "more staff")) == [
        "'193 per cent more staff' where drafter wrote '193 per cent more calls': the figure is Cardiff's change in "
        "calls to the helpline in 2024 compared with 2023 (figures.csv, row 2, column this_year), not one of 'staff'"]
    assert _calls_found(CALLS_DRAFTED.replace("880 calls", "880 staff")) == [
        "'880 staff' where drafter wrote '880 calls': the figure is Cardiff's figure for calls to the helpline in "
        "2024 (figures.csv, row 2, column this_year), not a number of 'staff'"]
    assert _calls_found(CALLS_DRAFTED.replace("more calls", "more phone calls")) == []
    assert _calls_found(CALLS_DRAFTED.replace("more calls", "more calls to the helpline")) == []
    assert _calls_found(CALLS_DRAFTED) == []


def test_a_word_of_a_measures_name_after_its_figure_replaced_is_a_finding() -> None:
    """"880 phone staff" for drafter's "880 phone calls": the run of the measure's words after the figure, one of
    them replaced by a word of none of the measure's; one added before them ("880 incoming phone calls") is none."""
    drafted = "The helpline in Cardiff took 193 per cent more calls in 2024 than in 2023, 880 phone calls in all."
    assert _calls_found(drafted.replace("880 phone calls", "880 phone staff"), drafted) == [
        "'880 phone staff' where drafter wrote '880 phone calls': the figure is Cardiff's figure for calls to the "
        "helpline in 2024 (figures.csv, row 2, column this_year), not a number of 'staff'"]
    assert _calls_found(drafted.replace("880 phone calls", "880 incoming phone calls"), drafted) == []


def test_a_share_said_to_be_of_another_thing_is_to_check_by_hand(tmp_path: Path) -> None:
    """"31.5 per cent of routes" for drafter's "31.5 per cent" (of buses) may be another thing, or the same in other
    words ("of the fleet"): listed to check by hand, not a finding; "of buses" is the measure's own word."""
    campaign = ROOT / "templates" / "rate-change" / "example"
    api.draft(campaign, tmp_path, areas=["Cardiff"], formats=["md"])
    release = tmp_path / "cardiff.md"
    text = release.read_text(encoding="utf-8")
    release.write_text(text.replace("to 31.5 per cent between", "to 31.5 per cent of routes between").replace(
        "to 14.6 per cent", "to 14.6 per cent of buses"), encoding="utf-8")
    result = api.check(campaign, [release], area="Cardiff")
    assert (result.findings, [f.message for f in result.by_hand]) == ((), [
        "'31.5 per cent of routes' where drafter wrote '31.5 per cent': the figure is Cardiff's figure for share of "
        "buses running on electricity in April 2023 to March 2024 (figures.csv, row 3, column this_year), and "
        "'routes' is none of its words: check it is what the figure is of"])


def test_a_multiple_in_a_clause_naming_no_measure_is_of_its_sentences_measure(tmp_path: Path) -> None:
    """"rescued 40 people in 2024, twice as many as in 2023": the multiple's clause names no measure, its sentence
    names one (people rescued), so it is held against that measure's change, not the release's first."""
    campaign = ROOT / "templates" / "several-measures" / "example"
    api.draft(campaign, tmp_path, areas=["Cardiff"], formats=["md"])
    release = tmp_path / "cardiff.md"
    release.write_text(release.read_text(encoding="utf-8").replace(
        "The charity says", "The charity rescued 40 people in 2024, twice as many as in 2023. The charity says"),
        encoding="utf-8")
    assert [f.message for f in api.check(campaign, [release], area="Cardiff").findings] == [
        "'twice as many' in new text where Cardiff's change in people rescued in 2024 compared with 2023 is 'has "
        "remained unchanged' (figures.csv, row 7, columns last_year and this_year): the figures give no change: the "
        "same figure in both periods"]
