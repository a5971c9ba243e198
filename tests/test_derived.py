"""Derived figures: rates per head, shares of a parent's total and ranks by count, rate and change, each exact in
Decimal and each recorded as a fact with its formula and source cells."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import api
from drafter.compute import derived
from drafter.compute.changes import round_half_up
from drafter.render.peers import printed_rate
from drafter.shipped import shipped_root
from tests.conftest import edit

counts = st.integers(min_value=0, max_value=10**9)


@given(counts, st.integers(min_value=1, max_value=10**9), st.sampled_from([1000, 100_000]))
def test_a_rate_per_head_times_the_population_gives_back_the_count(count: int, people: int, per: int) -> None:
    rate = derived.per_head(Decimal(count), Decimal(people), per)
    assert rate is not None
    assert abs(rate * people / per - count) < Decimal("1e-15") * max(count, 1)


@given(st.dictionaries(st.sampled_from("ABCDEFG"), counts, min_size=1))
def test_ranks_count_the_areas_ahead_and_share_a_place_when_tied(values: dict[str, int]) -> None:
    exact = {k: Decimal(v) for k, v in values.items()}
    for name, mine in exact.items():
        high, low = derived.rank(exact, name), derived.rank(exact, name, lowest=True)
        assert high.position == 1 + sum(1 for v in exact.values() if v > mine)
        assert low.position == 1 + sum(1 for v in exact.values() if v < mine)
        assert high.tied == low.tied == (list(exact.values()).count(mine) > 1)
        assert high.among == len(exact)


@given(st.dictionaries(st.sampled_from("ABCDEF"), st.integers(0, 60), min_size=1),
       st.dictionaries(st.sampled_from("UVW"), st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=2),
       st.data())
def test_a_rank_beside_hidden_figures_holds_wherever_they_lie(values: dict[str, int],
                                                               hidden: dict[str, tuple[int, int]],
                                                               data: st.DataObject) -> None:
    """bounded_rank gives a rank only where every hidden value within its bounds gives that same rank; and where
    every hidden value lies strictly on one side of the area's, it always gives one."""
    exact = {k: Decimal(v) for k, v in values.items()}
    bounds = {k: derived.Bounds(Decimal(low), Decimal(low + width)) for k, (low, width) in hidden.items()}
    lying = {k: Decimal(data.draw(st.integers(low, low + width))) for k, (low, width) in hidden.items()}
    for name, mine in exact.items():
        for lowest in (False, True):
            found = derived.bounded_rank(exact, bounds, name, lowest=lowest)
            clear = all(b.high < mine or b.low > mine for b in bounds.values())  # type: ignore[operator]
            assert (found is not None) == clear
            if found is not None:
                assert found == derived.rank({**exact, **lying}, name, lowest=lowest)


@given(st.integers(2, 20), st.integers(1, 10**7), st.sampled_from([1000, 100_000]), st.data())
def test_a_suppressed_counts_rate_lies_within_the_bounds_its_threshold_gives(
        threshold: int, people: int, per: int, data: st.DataObject) -> None:
    count = data.draw(st.integers(1, threshold - 1))  # what "fewer than five" may be
    bounds = derived.per_head_bounds(derived.Bounds(Decimal(1), Decimal(threshold - 1)), Decimal(people), per, 1)
    rate = derived.per_head(Decimal(count), Decimal(people), per)
    assert rate is not None and bounds.low is not None and bounds.high is not None
    assert bounds.low <= round_half_up(rate, 1) <= bounds.high


def test_no_rank_beside_a_figure_that_could_be_anything() -> None:
    unknown = {"Powys": derived.Bounds(None, None)}
    assert derived.bounded_rank({"Cardiff": Decimal(0)}, unknown, "Cardiff", lowest=True) is None
    assert derived.bounded_rank({"Cardiff": Decimal(9)}, {"Powys": derived.Bounds(Decimal(0), None)}, "Cardiff") \
        is None


def test_a_zero_population_or_total_gives_no_rate_or_share() -> None:
    assert derived.per_head(Decimal(5), Decimal(0), 1000) is None
    assert derived.share(Decimal(5), Decimal(0)) is None


@pytest.fixture
def league(tmp_path: Path) -> Path:
    campaign = tmp_path / "league"
    shutil.copytree(shipped_root() / "league-table" / "example", campaign)
    (campaign / "mine").mkdir()
    edit(campaign / "campaign.yaml", "template: league-table", "template: mine")
    return campaign


def facts_of(campaign: Path, body: str, area: str = "Powys") -> dict[str, tuple[str, str]]:
    (campaign / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}Figures{% endblock %}\n{% block body %}\n'
        + body + "\n{% endblock %}\n", encoding="utf-8")
    release = api.preview(campaign, area)[1]
    return {f.name: (f.text, f.formula) for f in release.facts}


def test_per_head_share_and_ranks_are_facts_with_formulas(league: Path) -> None:
    found = facts_of(league, '{{ per_head("incidents") }}; {{ share("incidents") }}; '
                     '{{ rank("incidents", by="rate") }}; {{ rank("incidents", by="change") }};'
                     ' {{ rank("incidents", by="change", lowest=True) }};'
                     ' {{ rank("incidents", by="percent") }}', area="Swansea")
    assert found == {
        "incidents.this_year.per_1000": ("26.2", "6320 ÷ 241000 × 1000 = 26.2241… → 26.2"),
        "incidents.this_year.share": ("40 per cent", "6320 ÷ 15696 × 100 = 40.2650… → 40"),
        "incidents.this_year.per_1000.rank": ("first", "rank 1 of 5 areas in Wales, by rate, highest first"),
        "incidents.last_year-this_year.change.rank": ("first",
                                                      "rank 1 of 5 areas in Wales, by change, highest first"),
        "incidents.last_year-this_year.change.rank_lowest": ("fifth",
                                                             "rank 5 of 5 areas in Wales, by change, lowest first"),
        "incidents.last_year-this_year.percent.rank": (
            "first", "rank 1 of 3 areas in Wales, by percent, highest first (2 without a figure left out)"),
    }


def test_a_rate_uses_the_population_of_another_period_and_says_so(league: Path) -> None:
    edit(league / "figures.csv", 'Powys,population,,"133,000"', 'Powys,population,"133,000",')
    found = facts_of(league, '{{ per_head("incidents") }}')
    assert found["incidents.this_year.per_1000"] == (
        "0.2", "31 ÷ 133000 (population for last_year) × 1000 = 0.2331… → 0.2")


def test_a_rate_keeps_its_place_when_it_is_zero(league: Path) -> None:
    """1.0 per 1,000, not 1: beside 26.2 in a list or table, a rate missing its place reads as another kind of
    figure."""
    edit(league / "figures.csv", "Powys,incidents,12,31", "Powys,incidents,12,133")
    found = facts_of(league, '{{ per_head("incidents", unit=False) }}')
    assert found["incidents.this_year.per_1000"] == ("1.0", "133 ÷ 133000 × 1000 = 1 → 1.0")


def test_ranking_by_percent_leaves_out_small_and_zero_bases_and_refuses_one(league: Path) -> None:
    with pytest.raises(Exception, match="asks for the rank of Powys by percent, which it has none of"):
        facts_of(league, '{{ rank("incidents", by="percent") }}')


@pytest.mark.parametrize(("locale", "places", "rate"), [
    ("en_GB", None, "1.0 fly-tipping incidents per 1,000 people"),
    ("en_GB", 0, "1 fly-tipping incident per 1,000 people"),
    ("cy_GB", None, "1.0 o achosion o dipio anghyfreithlon fesul 1,000 o bobl"),
    ("cy_GB", 0, "1 achos o dipio anghyfreithlon fesul 1,000 o bobl"),
])
def test_a_rate_printed_1_0_takes_the_plural_and_a_whole_1_the_singular(league: Path, locale: str,
                                                                         places: int | None, rate: str) -> None:
    """per-head's headline said "Cardiff has 1.0 public charging point per 100,000 people": a rate given to a place
    takes its unit as any rate as published does ("1.0 days"), and only a whole 1 its unit_one ("1 day")."""
    edit(league / "figures.csv", "Powys,incidents,12,31", "Powys,incidents,12,133")
    edit(league / "campaign.yaml", "locale: en_GB", f"locale: {locale}")
    body = f'Rate: {{{{ per_head("incidents"{"" if places is None else f", places={places}"}) }}}}.'
    (league / "mine" / "release.cy.md.j2").write_text(
        '{% extends "base/release.cy.md.j2" %}\n{% block headline %}Ffigurau{% endblock %}\n{% block body %}\n'
        + body + "\n{% endblock %}\n", encoding="utf-8")
    facts_of(league, body)
    assert f"Rate: {rate}.\n" in api.preview(league, "Powys")[0]


@pytest.mark.parametrize(("row", "marked", "ranks"), [
    ('Powys,population,,"133,000"', "Powys,population,,[x]", "rate no, count yes, change yes"),
    ("Powys,incidents,12,31", "Powys,incidents,[x],31", "rate yes, count yes, change no"),
    # "<5": from 0 to 4, below Cardiff's count and rate and a fall of 8 to 12 above its fall of 480, wherever it lies
    ("Powys,incidents,12,31", "Powys,incidents,12,<5", "rate yes, count yes, change yes"),
    ("Powys,incidents,12,31", "Powys,incidents,12,[c]", "rate no, count no, change no"),
])
def test_no_rank_in_a_region_while_another_area_has_no_figure_to_rank_by(league: Path, row: str, marked: str,
                                                                         ranks: str) -> None:
    """Cardiff is not "the lowest rate in Wales" when Powys's rate is not known (its population is marked [x]),
    nor "the largest fall" when Powys's earlier count is not: Powys's might be lower, or larger."""
    edit(league / "figures.csv", row, marked)
    (league / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}Figures{% endblock %}\n{% block body %}\n'
        '{% for by in ("rate", "count", "change") %}{{ by }} {{ "yes" if ranked("incidents", by=by) else "no" }}, '
        '{% endfor %}\n{% endblock %}\n', encoding="utf-8")
    assert ranks in api.preview(league, "Cardiff")[0]


def test_the_league_lists_areas_highest_rate_first_and_top_says_who_is_first(league: Path) -> None:
    (league / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}Figures{% endblock %}\n{% block body %}\n'
        "{% for k in league('incidents') %}\n- {{ k.name }}{% if top('incidents', by='rate', area=k) %} (top)"
        "{% endif %}\n{% endfor %}\n{% endblock %}\n", encoding="utf-8")
    text = api.preview(league, "Wales")[0]
    assert "- Swansea (top)\n- Cardiff\n- Ceredigion\n- Ynys Môn\n- Powys\n" in text


def test_a_count_of_none_is_said_as_a_count_not_as_a_rate_of_zero(league: Path) -> None:
    """The house style never prints "0 per 1,000 people" (nor "no incidents per 1,000 people"): a count of none
    is said as the count, in either language."""
    edit(league / "figures.csv", "Powys,incidents,12,31", "Powys,incidents,12,0")
    (league / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}Figures{% endblock %}\n{% block body %}\n'
        'Powys: {{ per_head("incidents") }}; {{ per_head("incidents", unit=False) }}.\n{% endblock %}\n',
        encoding="utf-8")
    text, release = api.preview(league, "Powys")
    assert "Powys: no fly-tipping incidents; no fly-tipping incidents.\n" in text
    assert {f.name: f.text for f in release.facts} == {"incidents.this_year": "no"}  # as printed, not "none"
    shutil.copy(league / "mine" / "release.md.j2", league / "mine" / "release.cy.md.j2")
    edit(league / "campaign.yaml", "locale: en_GB", "locale: cy_GB")
    text, release = api.preview(league, "Powys")
    assert "Powys: dim achosion o dipio anghyfreithlon; dim achosion o dipio anghyfreithlon.\n" in text
    assert {f.name: f.text for f in release.facts} == {"incidents.this_year": "dim"}  # not "ddim", unprinted here


def test_a_rate_that_rounds_to_nothing_reads_fewer_than_its_last_place(league: Path) -> None:
    edit(league / "figures.csv", 'Powys,population,,"133,000"', 'Powys,population,,"133,000,000"')
    found = facts_of(league, '{{ per_head("incidents") }}')
    assert found["incidents.this_year.per_1000"] == (
        "fewer than 0.1", "31 ÷ 133000000 × 1000 = 0.0002… → below 0.1")
    assert "fewer than 0.1 fly-tipping incidents per 1,000 people" in api.preview(league, "Powys")[0]


def test_areas_whose_rates_print_the_same_share_a_rank_by_rate(league: Path) -> None:
    """Cardiff 8,640 ÷ 372,000 × 1,000 = 23.23 and Ceredigion 1,647 ÷ 71,000 × 1,000 = 23.20 both print "23.2":
    a reader comparing the releases sees one rate, so neither is "second" and the other "third"."""
    edit(league / "figures.csv", "Ceredigion,incidents,610,610", 'Ceredigion,incidents,610,"1,647"')
    for area in ("Cardiff", "Ceredigion"):
        found = facts_of(league, '{{ per_head("incidents") }}; {{ rank("incidents", by="rate") }}', area=area)
        assert found["incidents.this_year.per_1000"][0] == "23.2"
        assert found["incidents.this_year.per_1000.rank"] == (
            "joint second", "rank 2 (joint) of 5 areas in Wales, by rate, highest first")



def test_areas_tied_by_printed_rate_are_joint_and_the_check_holds_joint_to_it(tmp_path: Path) -> None:
    """Swansea 143 ÷ 241,000 and Ceredigion 42 ÷ 70,800 both print 59.3 per 100,000: each is "the joint highest
    rate" (not "the joint first highest"); Cardiff 194 ÷ 372,000 and Powys 69 ÷ 132,300 both print 52.2, "the
    joint second lowest" (third and fourth of five: ranked from the bottom, in the bottom half). A colleague's "the
    highest rate" or "the second lowest rate" is a wrong rank (the second was reported as "the same figure at
    another rounding level")."""
    campaign = tmp_path / "points"
    shutil.copytree(shipped_root() / "per-head" / "example", campaign)
    for old, new in (("Ceredigion,points,40", "Ceredigion,points,42"), ("Powys,points,1", "Powys,points,69"),
                     ('Ceredigion,population,"71,000"', 'Ceredigion,population,"70,800"'),
                     ('Powys,population,"133,000"', 'Powys,population,"132,300"')):
        edit(campaign / "figures.csv", old, new)
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Swansea", "Cardiff"], formats=["md"])
    assert "had 143 public charging points, or 59.3 per 100,000 people – the joint highest rate among the areas " \
        "of Wales." in (out / "swansea.md").read_text(encoding="utf-8")
    assert "or 52.2 per 100,000 people – the joint second lowest rate" in (out / "cardiff.md").read_text(
        encoding="utf-8")
    edit(out / "swansea.md", "the joint highest rate", "the highest rate")
    edit(out / "cardiff.md", "the joint second lowest rate", "the second lowest rate")
    findings = api.check(campaign, [out / "cardiff.md", out / "swansea.md"]).findings
    assert [(f.kind, f.message) for f in findings] == [
        ("wrong_rank", "'second' where Cardiff's rank, lowest first, by public charging points per 100,000 in October "
         "2024 was 'joint second' (figures.csv, rows 2–11, column october)"),
        ("wrong_rank", "'highest' where Swansea's rank by public charging points per 100,000 in October 2024 was "
         "'joint highest' (figures.csv, rows 2–11, column october)")]


def test_top_half_says_which_end_an_area_is_nearer_so_a_rank_is_told_from_there(league: Path) -> None:
    """Of five areas the fourth highest is "the second lowest": top(..., lowest=True, half=True) is true in the
    bottom half, and the middle one belongs to neither end."""
    (league / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}Figures{% endblock %}\n{% block body %}\n'
        "{% for k in league('incidents') %}\n- {{ k.name }}"
        "{% if top('incidents', by='rate', area=k, lowest=True, half=True) %} (low)"
        "{% elif top('incidents', by='rate', area=k, half=True) %} (high){% endif %}\n{% endfor %}\n"
        "{% endblock %}\n", encoding="utf-8")
    text = api.preview(league, "Wales")[0]
    assert "- Swansea (high)\n- Cardiff (high)\n- Ceredigion\n- Ynys Môn (low)\n- Powys (low)\n" in text


def test_a_rate_that_rounds_to_nothing_ranks_above_an_area_with_none(league: Path) -> None:
    """Powys's 31 among 133 million people prints "fewer than 0.1 per 1,000 people", more than Ynys Môn's none: not
    "the joint lowest rate" beside it (it was, ranked by the rate rounded to 0.0), but the second lowest; and two
    such rates are equal as printed."""
    edit(league / "figures.csv", 'Powys,population,,"133,000"', 'Powys,population,,"133,000,000"')
    edit(league / "figures.csv", "Ynys Môn,incidents,0,95", "Ynys Môn,incidents,95,0")
    found = facts_of(league, '{{ per_head("incidents") }}; {{ rank("incidents", by="rate", lowest=True) }}')
    assert found["incidents.this_year.per_1000"][0] == "fewer than 0.1"
    assert [v for k, v in found.items() if k.endswith(".rank_lowest")] == [
        ("second", "rank 2 of 5 areas in Wales, by rate, lowest first")]
    edit(league / "figures.csv", 'Ceredigion,population,,"71,000"', 'Ceredigion,population,,"71,000,000"')
    found = facts_of(league, '{{ rank("incidents", by="rate", lowest=True) }}')
    assert [v[0] for k, v in found.items() if k.endswith(".rank_lowest")] == ["joint second"]


@given(st.decimals(min_value=0, max_value=100, places=3), st.decimals(min_value=0, max_value=100, places=3))
def test_rates_rank_as_printed_none_below_fewer_than_the_last_place_below_the_rest(a: Decimal, b: Decimal) -> None:
    """What a rank by rate compares is the rate as printed: in order, none only for none, equal when printed alike."""
    low, high = sorted((a, b))
    assert printed_rate(low, 1) <= printed_rate(high, 1)
    assert (printed_rate(a, 1) == 0) == (a == 0)
    if a and b and round_half_up(a, 1) == round_half_up(b, 1):
        assert printed_rate(a, 1) == printed_rate(b, 1)
