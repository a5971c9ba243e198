"""Loading a campaign folder: figure layouts, parent sums, and the warnings a campaign earns."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.model import SourceRef
from drafter.shipped import shipped_root
from tests.conftest import edit


def test_wide_form_figures_are_exact_decimals_with_their_cells(example: Path) -> None:
    campaign = load_campaign(example)
    value = campaign.figures[("North West", "contacts", "before")]
    assert value.amount == Decimal(1747) and isinstance(value.amount, Decimal)
    assert [s.cell() for s in value.sources] == ["figures.csv, row 2, column before"]


def test_long_form_figures_with_excel_habits(example: Path) -> None:
    rows = ["area,measure,period,value"]
    data = {"North West": (1747, 3549), "Cheshire": (150, 440), "Cumbria": (90, 171),
            "Greater Manchester": (620, 1240), "Lancashire": (410, 799), "Merseyside": (477, 899)}
    for area, (before, after) in data.items():
        rows.append(f' {area} ,contacts,before,"{before:,}"')
        rows.append(f"{area},contacts,after, {after} ")
    (example / "figures.csv").write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    campaign = load_campaign(example)
    assert campaign.figures[("Greater Manchester", "contacts", "after")].amount == 1240


def test_xlsx_figures(example: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["area", "measure", "before", "after"])
    for area, before, after in [("North West", 1747, 3549.0), ("Cheshire", 150, 440), ("Cumbria", 90, 171),
                                ("Greater Manchester", 620, 1240), ("Lancashire", "410", 799),
                                ("Merseyside", 477, 899)]:
        sheet.append([area, "contacts", before, after])
    book.save(example / "figures.xlsx")
    (example / "figures.csv").unlink()
    campaign = load_campaign(example)
    assert campaign.figures[("North West", "contacts", "after")].amount == 3549
    assert campaign.figures[("North West", "contacts", "after")].sources[0].file == "figures.xlsx"


def test_counts_read_back_digit_for_digit_and_areas_keep_their_row(example: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,150,150")  # Cheshire's 150 too
    edit(example / "figures.csv", '"1,747","3,549"', '"1,807","3,528"')
    campaign = load_campaign(example)
    figures = campaign.figures
    amounts = [figures[(area, "contacts", period)].amount for area, period in
               [("Cheshire", "before"), ("Cumbria", "before"), ("Cumbria", "after")]]
    assert amounts == [150, 150, 150] and [str(a) for a in amounts] == ["150"] * 3
    assert all(isinstance(a, Decimal) for a in amounts)
    areas = {a.name: a for a in campaign.areas}
    assert areas["Cheshire"].in_text == "Cheshire" and areas["Cheshire"].parent == "North West"
    assert areas["Cheshire"].source == SourceRef("areas.csv", row=3)
    assert areas["North West"].in_text == "the north west"


def test_an_areas_extra_cells_are_kept_for_templates(tmp_path: Path) -> None:
    from drafter.load.areas import load_areas

    (tmp_path / "areas.csv").write_text("area,parent,force\nA,,\nB,A,Police\nC,A,Police\nD,,Other\n", "utf-8")
    a, b, c, d = load_areas(tmp_path / "areas.csv", "areas.csv")[0]
    assert b.extra == c.extra == (("force", "Police"),)
    assert a.extra == (("force", ""),) and d.extra == (("force", "Other"),)
    assert [x.source for x in (a, d)] == [SourceRef("areas.csv", row=2), SourceRef("areas.csv", row=5)]


def test_a_parent_is_read_as_any_area_cell_and_two_places_of_one_name_are_told_apart(tmp_path: Path) -> None:
    from drafter.load.areas import load_areas

    (tmp_path / "areas.csv").write_text("area,parent,in_text\nNorth West,,\nLancashire,north-west,\nWales,,\n"
                                        "Newport,Wales,\nNewport (Lancashire),LANCASHIRE,Newport\n", "utf-8")
    areas = load_areas(tmp_path / "areas.csv", "areas.csv")[0]
    assert [(a.parent, a.slug, a.in_text) for a in areas[1::3]] == [("North West", "lancashire", "Lancashire"),
                                                                     ("Lancashire", "newport-lancashire", "Newport")]
    assert areas[3].parent == "Wales"


def test_a_source_cell_as_a_reviewer_reads_it() -> None:
    assert SourceRef("figures.csv", row=3, column="after").cell() == "figures.csv, row 3, column after"
    assert SourceRef("figures.csv", row=3).cell() == "figures.csv, row 3"
    assert SourceRef("figures.csv", column="after").cell() == "figures.csv, column after"
    assert SourceRef("campaign.yaml", key="measures.contacts", line=19).cell() == \
        "campaign.yaml, key measures.contacts"
    assert SourceRef("a.xlsx", row=2, column="x", key="k").cell() == "a.xlsx, row 2, column x, key k"
    assert SourceRef("quotes.yaml").cell() == "quotes.yaml"


def _with_a_rate(example: Path, cells: list[tuple[str, str, str]]) -> None:
    """Give the example a rate measure (figures in the order of areas.csv) and a template that prints it."""
    edit(example / "campaign.yaml", "    kind: count ", "    kind: count\n  share:\n    label: share of callers\n"
         "    unit: per cent\n    kind: rate\n#")
    with (example / "figures.csv").open("a", encoding="utf-8") as figures:
        figures.writelines(f"{area},share,{before},{after}\n" for area, before, after in cells)
    (example / "mine").mkdir()
    (example / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n{% block headline %}Calls{% endblock %}\n'
        '{% block body %}A share of {{ figure("share", "before") }}, then {{ figure("share", "after") }}.'
        "{% endblock %}\n", encoding="utf-8")
    edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")
    edit(example / "quotes.yaml", "areas: [North West]", "areas: []")


def test_a_rate_keeps_the_exponent_it_was_given(example: Path) -> None:
    _with_a_rate(example, [("North West", "12.5", "12.50"), ("Cheshire", "12.50", "12.5"),
                           ("Cumbria", "12.5", "12.5"), ("Greater Manchester", "12.500", "1"),
                           ("Lancashire", "0", "0.0"), ("Merseyside", "3", "3")])
    figures = load_campaign(example).figures
    assert [str(figures[(area, "share", "before")].amount) for area in ("North West", "Cheshire", "Cumbria",
                                                                        "Greater Manchester")] == \
        ["12.5", "12.50", "12.5", "12.500"]
    text, release = api.preview(example, "Cheshire")
    assert "A share of 12.50 per cent, then 12.5 per cent." in text  # a rate as count() prints it
    assert [(f.text, f.formula) for f in release.facts] == [("12.50", "12.50 as given"), ("12.5", "12.5 as given")]
    assert [f.formula for f in api.preview(example, "Lancashire")[1].facts] == ["0 as given", "0.0 as given"]


@pytest.mark.parametrize("cell", ["-0", "-0.0", "-0,000"])
def test_minus_zero_is_refused_as_negative(example: Path, cell: str) -> None:
    edit(example / "figures.csv", "Lancashire,contacts,410,", f'Lancashire,contacts,"{cell}",')
    with pytest.raises(InputError) as raised:
        load_campaign(example)
    assert raised.value.line() == (f'figures.csv:6: before: "{cell}" is negative (expected a whole number of 0 or '
                                   "more, such as 1,747)")


def test_parent_figure_is_the_sum_of_its_children_when_not_given(example: Path) -> None:
    edit(example / "figures.csv", 'North West,contacts,"1,747","3,549"\n', "")
    campaign = load_campaign(example)
    value = campaign.figures[("North West", "contacts", "after")]
    assert value.amount == 3549
    assert value.derived_from == ("Cheshire", "Cumbria", "Greater Manchester", "Lancashire", "Merseyside")
    assert len(value.sources) == 5
    _, release = api.preview(example, "Cheshire")
    assert any(f.area == "North West" and f.text == "3,549" and f.formula.startswith("sum of Cheshire")
               for f in release.facts)


def test_a_small_base_gives_counts_and_a_warning(example: Path, tmp_path: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,12,31")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,669","3,409"')
    result = api.draft(example, tmp_path / "out", formats=["md"])
    text = (tmp_path / "out" / "cumbria.md").read_text(encoding="utf-8")
    assert "has risen from 12 to 31" in text and "per cent to 31" not in text
    assert "- Cumbria: from 12 to 31, a rise of 19" in (tmp_path / "out" / "north-west.md").read_text("utf-8")
    assert [w.message for w in result.warnings if w.code == "small_base"] == [
        "the figure for people contacting Stop It Now! for help in period 'before' (July to December 2017) is below "
        "20: too small a base for a percentage, so both are given (areas: Cumbria)"]


def test_unequal_periods_are_warned_about(example: Path) -> None:
    edit(example / "campaign.yaml", "end: 2017-12-31", "end: 2018-01-31")
    edit(example / "campaign.yaml", "start: 2018-01-01", "start: 2018-02-01")
    edit(example / "campaign.yaml", "end: 2018-06-30", "end: 2018-07-31")
    batch = api.prepare(example)
    from drafter.reports.warnings import campaign_warnings

    assert [w.message for w in campaign_warnings(batch.campaign, batch.style)] == [
        "period 'before' (July 2017 to January 2018) is 7 months long and period 'after' (February to July 2018) 6 "
        "months long: name both periods exactly in the release"]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("kind: count", "kind: counted",
     'campaign.yaml:19: measures.contacts.kind: "counted" is not allowed (expected one of count, rate)'),
    ("release_date: 2018-09-04", "release_date: 4th Sept",
     'campaign.yaml:11: release_date: "4th Sept" is not a date (expected a date such as 2018-09-04 or '
     "4 September 2018)"),
    ("organisation:", "organisaton:",
     "campaign.yaml:6: organisaton: is not a known key (did you mean 'organisation'?)"),
    ("areas: all", "areas: all\ntemplat: x",
     "campaign.yaml:30: templat: is not a known key (did you mean 'template'?)"),
])
def test_campaign_yaml_errors_name_line_key_value_and_expectation(example: Path, old: str, new: str,
                                                                    message: str) -> None:
    edit(example / "campaign.yaml", old, new)
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert caught.value.line() == message


@pytest.mark.parametrize("marker", ["[c]", "[x]", "..", "*", "-", "[low]"])
def test_a_suppression_marker_is_a_figure_not_available_with_its_cell(example: Path, marker: str) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", f"Cumbria,contacts,90,{marker}")
    edit(example / "figures.csv", 'North West,contacts,"1,747","3,549"\n', "")
    campaign = load_campaign(example)
    missing = campaign.unavailable[("Cumbria", "contacts", "after")]
    assert (missing.marker, missing.source.cell()) == (marker, "figures.csv, row 3, column after")
    assert ("Cumbria", "contacts", "after") not in campaign.figures
    north_west = campaign.unavailable[("North West", "contacts", "after")]  # its total cannot be summed
    assert north_west.because == "it is the sum of its areas, and Cumbria's is not available"
    assert [w.code for w in campaign.notices] == ["not_available", "total_not_available"]


def test_an_empty_cell_is_still_refused_for_a_measure_every_area_must_have(example: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,")
    with pytest.raises(InputError, match=r"figures\.csv:4: after: is empty"):
        load_campaign(example)


def test_a_measure_not_required_may_be_missing_for_some_areas(example: Path) -> None:
    edit(example / "campaign.yaml", "    kind: count ", "    kind: count\n  rate:\n    label: a rate\n    kind: rate\n"
         "    required: false\n    unit: per cent\n   ")
    with (example / "figures.csv").open("a", encoding="utf-8") as handle:
        handle.write("Cheshire,rate,12.5,\nCumbria,rate,,8.1\n")
    campaign = load_campaign(example)
    assert campaign.figures[("Cheshire", "rate", "before")].amount == Decimal("12.5")
    assert ("Cheshire", "rate", "after") not in campaign.figures and ("Lancashire", "rate", "after") not in \
        campaign.figures


def test_a_file_outside_the_campaign_folder_is_used_with_a_warning_naming_it(example: Path, tmp_path: Path) -> None:
    (example / "figures.csv").rename(tmp_path / "figures.csv")
    edit(example / "campaign.yaml", "areas: all", "areas: all\nfigures: ../figures.csv")
    result = api.draft(example, tmp_path / "out")
    assert [w.message for w in result.warnings if w.code == "outside_campaign"] == [
        "campaign.yaml:30: figures names ../figures.csv, which is outside the campaign folder; check it is the file "
        "you mean (a copy inside the folder travels with it)"]


def test_header_errors_name_columns_as_the_files_header_spells_them(tmp_path: Path, example: Path) -> None:
    """A column named twice, in two spellings; a column that is no period; the header as the file has it."""
    from drafter.load.table import read_rows

    (tmp_path / "figures.csv").write_text("Area,Measure,Before,before\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_rows(tmp_path / "figures.csv", "figures.csv")
    assert caught.value.line() == ('figures.csv:1: header: "before" appears twice in the header (first as '
                                   "'Before') (expected each column once)")
    edit(example / "figures.csv", "area,measure,before,after\n", "Area,Measure,Before,After,Notes\n")
    edit(example / "figures.csv", '"1,747","3,549"\n', '"1,747","3,549",\n')
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert caught.value.line().startswith('figures.csv:1: header: "Notes" is not a period id (expected a period id')


def test_a_parent_count_left_blank_for_one_period_is_its_areas_sum_with_a_warning(example: Path) -> None:
    edit(example / "figures.csv", '"1,747","3,549"', ',"3,549"')
    campaign = load_campaign(example)
    summed = campaign.figures[("North West", "contacts", "before")]
    assert (summed.amount, summed.derived_from[:2]) == (Decimal(1747), ("Cheshire", "Cumbria"))
    [warning] = [w for w in campaign.notices if w.code == "blank_total_summed"]
    assert warning.message == (
        "1 parent figure left blank was added up from its areas': North West's contacts for period 'before' (July to "
        "December 2017) is blank in figures.csv (row 2, column before), and drafter added up its areas' figures: "
        "1,747. Where the publisher gives the total, type it in its cell; where the total is not published, write [x] "
        "there, and its releases say it is not available")


def test_a_parent_count_left_blank_is_refused_where_its_other_total_is_not_its_areas_sum(example: Path) -> None:
    edit(example / "figures.csv", '"1,747","3,549"', '"1,760",')
    edit(example / "campaign.yaml", "\nmeasures:", "\nsum_tolerance: 20\nmeasures:")
    with pytest.raises(InputError) as refused:
        load_campaign(example)
    assert str(refused.value) == (
        "figures.csv:2: after: is empty, and North West's figure for period 'before' (July to December 2017) (1,760) "
        "is not the sum of its areas' (1,747), so theirs for period 'after' (January to June 2018) cannot stand in for "
        "it (expected North West's contacts for period 'after' (January to June 2018) as published, or a marker such "
        "as [x] where it is not available)")


def test_a_parent_count_left_blank_over_an_area_not_available_is_not_available(example: Path) -> None:
    edit(example / "figures.csv", '"1,747","3,549"', ',"3,549"')
    edit(example / "figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,[x],")
    campaign = load_campaign(example)
    north_west = campaign.unavailable[("North West", "contacts", "before")]
    assert north_west.because == "it is the sum of its areas, and Cumbria's is not available"
    assert [w.code for w in campaign.notices] == ["not_available", "total_not_available"]


@pytest.mark.parametrize("unit", ["per cent", "%", "percent"])
def test_a_measure_in_per_cent_is_a_rate_without_saying_kind(tmp_path: Path, unit: str) -> None:
    """A recycling rate of 41.2 per cent, with unit: per cent and no kind: line, is a percentage: its figures have
    decimals and it changes in percentage points, never "is not a whole number"."""
    campaign = tmp_path / "buses"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "    kind: rate                   # a rate: changes in percentage points\n", "")
    edit(campaign / "campaign.yaml", "    unit: per cent ", f"    unit: '{unit}' ")
    loaded = load_campaign(campaign)
    assert loaded.measure("electric").kind == "rate"
    text, _ = api.preview(campaign, "Cardiff")
    assert "in Cardiff rises 13.5 percentage points\n" in text
