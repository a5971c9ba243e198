"""Figures as published in long form, a row per area per year (and per measure), taken with ``rows:`` under each
period in campaign.yaml: which cells match, the errors a press officer sees, and one campaign from a CSV file and
one from a workbook."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.row_filter import RowFilter, read_filter
from drafter.load.schema import Mapping
from drafter.load.table import Row, column_name
from tests.conftest import edit
from tests.helpers import campaign_with

runner = CliRunner()

# As StatsWales or NOMIS give a download: one row per area, year and measure, the country among the areas, and a
# source under the table.
LONG = """\
Area code,Area name,Year,Measure,Value
W92000004,Wales,2022-23,Parcels,"20,000"
W92000004,Wales,2023-24 [note 1],Parcels,"21,000"
W06000001,Isle of Anglesey,2022-23,Parcels,"1,234"
W06000001,Isle of Anglesey,2022-23,Volunteers,40
W06000001,Isle of Anglesey,2023-24 [note 1],Parcels,"1,456"
W06000001,Isle of Anglesey,2023-24 [note 1],Volunteers,42
W06000002,Gwynedd,2022-23,Parcels,"2,010"
W06000002,Gwynedd,2023-24 [note 1],Parcels,"1,980"
W06000016,Rhondda Cynon Taf,2022-23,Parcels,"3,400"
W06000016,Rhondda Cynon Taf,2023-24 [note 1],Parcels,"3,400"
W06000023,Powys,2022-23,Parcels,[x]
W06000023,Powys,2023-24 [p],Parcels,990
Source: Cwtch Food Network,,,,
"""
FIGURES = """
figures:
  last_year:
    file: parcels.csv
    area: Area code
    rows: {Year: 2022-23, Measure: parcels}
    values: {parcels: Value}
  this_year:
    file: parcels.csv
    area: Area code
    rows: {Year: 2023-24, Measure: parcels}
    value: Value
"""


@pytest.fixture
def long_form(tmp_path: Path) -> Path:
    campaign = campaign_with(tmp_path)
    (campaign / "parcels.csv").write_text(LONG, encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\n" + FIGURES)
    return campaign


def conditions(**wanted: object) -> RowFilter:
    chosen = read_filter(Mapping({"rows": wanted}, "campaign.yaml", "figures.last_year"))
    chosen.use_columns({column_name(column): column_name(column) for column in wanted})
    return chosen


def row(number: int = 2, **cells: str) -> Row:
    return Row(number, {column_name(column): cell for column, cell in cells.items()})


def test_a_cell_matches_a_value_whatever_its_case_spacing_note_marks_or_way_of_writing_a_number() -> None:
    chosen = conditions(Year="2023-24", Measure="Primary fires")
    assert chosen.take(row(Year="2023-24 [note 1]", Measure=" PRIMARY\u00a0 fires"))
    assert not chosen.take(row(Year="2023/24", Measure="Primary fires"))
    assert not chosen.take(row(Year="2023-24", Measure="Primary fires (all)"))
    year = conditions(Year=2023)  # campaign.yaml's 2023 is a number, as a workbook's cell may be
    assert [year.take(row(Year=cell)) for cell in ("2023", "2023.0", " 2023 ", "2024", "2023-24")] == \
        [True, True, True, False, False]
    assert conditions(Date=dt.date(2024, 3, 31)).take(row(Date="2024-03-31"))  # a workbook's date, year first
    persons = conditions(Sex="")  # the rows that leave Sex empty, where the publisher's totals do
    assert [persons.take(row(Sex=cell)) for cell in ("", " ", "Female")] == [True, True, False]


def test_a_cell_with_the_publishers_mark_after_the_value_matches_and_its_rows_carry_the_mark() -> None:
    chosen = conditions(Year="2023-24")
    cells = ["2023-24 [p]", "2023-24 (r)", "2023-24 [note 2]", "2023-24\u00b3", "2023-24p", "2022-23 to 2023-24",
             "2023-24 [x]", "2023-24 (provisional)", "2022-23 [p]", "2023-24 [all]"]
    assert [chosen.take(row(number, Year=cell)) for number, cell in enumerate(cells, start=2)] == \
        [True, True, True, True, True, False, False, False, False, False]
    assert chosen.marks(row(Year="2023-24 [p]")) == ("[p]",) and chosen.marks(row(Year="2023-24")) == ()
    assert [w.message for w in chosen.notices("fires.csv")] == [
        "fires.csv: the rows taken for Year 2023-24 carry the publisher's marks, and are read as that value's: "
        "Year '2023-24 [p]' (provisional; row 2); Year '2023-24 (r)' (revised; row 3); "
        "Year '2023-24 [note 2]' (a note in the publisher's notes; row 4); Year '2023-24\u00b3' (a mark "
        "of the publisher's; row 5); Year '2023-24p' (provisional; row 6); their figures "
        "carry the mark too: check what each mark means before you publish the figures"]
    marked = conditions(Year="2023-24 [p]")  # a value written with its mark takes that mark's rows only
    assert [marked.take(row(Year=cell)) for cell in ("2023-24 [p]", "2023-24", "2023-24 [r]")] == [True, False, False]
    assert not conditions(Year="2022-23 to 2023-24").take(row(Year="2023-24"))


def test_without_rows_every_row_is_taken_and_a_repeat_told_apart_only_by_figures_is_left_to_the_caller() -> None:
    chosen = read_filter(Mapping({}, "campaign.yaml", "figures.last_year"))
    assert chosen.take(row(Year="anything")) and not chosen.blank(row(Year=""))
    chosen.refuse_none_taken("fires.csv")  # nothing to refuse
    def repeat(first: Row, again: Row) -> None:
        chosen.refuse_repeat("Durham", chosen.first_row(first, {"area"}), again, "fires.csv", {"area"}, "area")

    # a second table below the first differs in figures, markers and codes: the caller refuses it as such
    repeat(row(4, Area="Durham", Rate="11.5", Code="E06000047"), row(9, Area="Durham", Rate="[x]", Code="E06000057"))
    chosen.use_columns({}, {"area": "Area", "year": "Year", "rate": "Rate"})  # as the file's header spells them
    with pytest.raises(InputError, match=re.escape("(Year: '2022-23' on row 4, '2023-24' here) (expected one row per "
                                                   "area: add the column that tells them apart to rows: under the "
                                                   "period in campaign.yaml, such as rows: {Year: 2022-23})")):
        repeat(row(4, Area="Durham", Year="2022-23", Rate="11.5"), row(9, Area="Durham", Year="2023-24", Rate="12"))


def test_the_values_an_error_lists_are_the_nearest_first_and_those_held_beside_the_other_conditions() -> None:
    chosen = conditions(Year="2022/23")
    for number, year in enumerate(["2019-20", "2020-21", "2021-22", "2022-23", "2023-24"], start=2):
        chosen.take(row(number, Year=year))
    with pytest.raises(InputError) as raised:
        chosen.refuse_none_taken("fires.csv")
    assert raised.value.expected == "a value the column 'Year' holds: '2022-23', '2021-22', '2023-24', '2020-21', " \
        "'2019-20'"  # nearest in time, not in spelling: '2020-21' is two years away
    both = conditions(Year="2022-23", Measure="Secondary fires")
    for number, (year, measure) in enumerate([("2022-23", "Primary fires"), ("2023-24", "Secondary fires")], 2):
        both.take(row(number, Year=year, Measure=measure))
    with pytest.raises(InputError) as raised:
        both.refuse_none_taken("fires.csv")
    assert raised.value.field == "figures.last_year.rows.Year"  # each is held, but not with the other
    assert raised.value.expected == "a value the column 'Year' holds in the rows with Measure Secondary fires: " \
        "'2023-24'"


def test_periods_an_error_lists_are_nearest_in_time_first_however_each_is_spelt() -> None:
    chosen = conditions(Period="2022-23")
    for number, period in enumerate(["Apr 2019 to Mar 2020", "2021/22", "Year ending March 2024", "2020-2021",
                                     "Apr 2022 to Mar 2023 (provisional)", "All years"], start=2):
        chosen.take(row(number, Period=period))
    with pytest.raises(InputError) as raised:
        chosen.refuse_none_taken("crime.csv")
    assert raised.value.expected == "a value the column 'Period' holds: 'Apr 2022 to Mar 2023 (provisional)', " \
        "'2021/22', 'Year ending March 2024', '2020-2021', 'Apr 2019 to Mar 2020', 'All years'"


def test_a_long_form_csv_file_serves_every_period(long_form: Path) -> None:
    campaign = load_campaign(long_form)
    assert campaign.figures[("Ynys Môn", "parcels", "last_year")].amount == 1234
    assert campaign.figures[("Ynys Môn", "parcels", "this_year")].amount == 1456  # "2023-24 [note 1]"
    assert campaign.unavailable[("Powys", "parcels", "last_year")].marker == "[x]"
    assert campaign.figures[("Powys", "parcels", "this_year")].marks == ("[p]",)  # its year is provisional
    assert [n.message for n in campaign.notices if n.code == "rows_marked"] == [
        "parcels.csv: the rows taken for Year 2023-24 and Measure parcels carry the publisher's marks, and are read as "
        "that value's: Year '2023-24 [note 1]' (a note in the publisher's notes; 4 rows from row 3); Year "
        "'2023-24 [p]' (provisional; row 13); their figures carry the mark too: check what each mark "
        "means before you publish the figures"]
    assert campaign.figures[("Gwynedd", "parcels", "this_year")].sources[0].cell() == "parcels.csv, row 9, column Value"
    assert [n.message for n in campaign.notices if n.code == "notes_left_out"] == [
        "1 note among the figures was left out, as text, not a figure: 'Source: Cwtch Food Network' "
        "(parcels.csv row 14)"]



def test_an_area_left_out_of_a_row_per_year_is_named_once_with_its_rows(long_form: Path) -> None:
    edit(long_form / "parcels.csv", "Source:", "E92000001,England,2022-23,Parcels,1\n"
         "E92000001,England,2023-24,Parcels,2\nSource:")
    assert [n.message for n in load_campaign(long_form).notices if n.code == "rows_ignored"] == [
        "2 rows of the figures were left out, naming no area in areas.csv: 'England (E92000001)' (parcels.csv "
        "rows 14, 15)"]

def test_a_workbook_whose_years_are_numbers_drafts(tmp_path: Path) -> None:
    from openpyxl import Workbook

    campaign = campaign_with(tmp_path)
    book = Workbook()
    sheet = book.active
    sheet.append(["Food parcels by local authority and year"])
    sheet.append([])
    sheet.append(["Local authority", "Financial year ending", "Measure [note 2]", "Count"])
    for name, year, count in [("Wales", 2023, 7644), ("Wales", 2024, 7826), ("Ynys Môn", 2023, 1234),
                              ("Ynys Môn", 2024, 1456), ("Gwynedd", 2023, 2010), ("Gwynedd", 2024, 1980),
                              ("Rhondda Cynon Taf", 2023, 3400), ("Rhondda Cynon Taf", 2024, 3400),
                              ("Powys", 2023, 1000), ("Powys", 2024.0, 990)]:
        sheet.append([name, year, "Food parcels", count])
    book.save(campaign / "parcels.xlsx")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         "  last_year: {file: parcels.xlsx, area: Local authority, rows: {Financial year ending: 2023, Measure: food "
         "parcels}, value: Count}\n"
         "  this_year: {file: parcels.xlsx, area: Local authority, rows: {Financial year ending: '2024', Measure: "
         "food parcels}, value: Count}\n")
    drafted = runner.invoke(app, ["preview", str(campaign), "--area", "Powys"])
    assert drafted.exit_code == 0, drafted.stderr
    assert "from 1,000 parcels between April and September 2023 to 990 parcels" in drafted.stdout
    assert load_campaign(campaign).figures[("Powys", "parcels", "this_year")].sources[0].cell() == \
        "parcels.xlsx, row 13, column Count"  # as the header spells it


def preview_error(campaign: Path) -> str:
    result = runner.invoke(app, ["preview", str(campaign), "--area", "Gwynedd"])
    assert result.exit_code == 1, result.stdout
    return result.stderr


def test_a_value_in_no_row_is_told_the_values_its_column_holds(long_form: Path) -> None:
    edit(long_form / "campaign.yaml", "rows: {Year: 2022-23,", "rows: {Year: 2022/23,")
    assert preview_error(long_form) == (
        'error: campaign.yaml:56: figures.last_year.rows.Year: "2022/23" is in no row of parcels.csv (expected a '
        "value the column 'Year' holds: '2022-23', '2023-24 [note 1]', '2023-24 [p]')\n")


def test_values_never_in_one_row_together_are_told_what_the_other_rows_hold(long_form: Path) -> None:
    edit(long_form / "campaign.yaml", "rows: {Year: 2023-24, Measure: parcels}", "rows: {Year: 2024-25, Measure: "
         "volunteers}")
    edit(long_form / "parcels.csv", "Parcels,990", "Parcels,990\nW06000023,Powys,2024-25,Parcels,")
    assert preview_error(long_form) == (
        'error: campaign.yaml:61: figures.this_year.rows.Year: "2024-25" is in no row of parcels.csv with Measure '
        "volunteers (expected a value the column 'Year' holds in the rows with Measure volunteers: "
        "'2023-24 [note 1]', '2022-23')\n")


def test_two_rows_for_one_area_are_refused_with_the_column_that_tells_them_apart(long_form: Path) -> None:
    edit(long_form / "campaign.yaml", "rows: {Year: 2022-23, Measure: parcels}", "rows: {Year: 2022-23}")
    assert preview_error(long_form) == (
        'error: parcels.csv:5: area: "W06000001" names Ynys Môn again among the rows with Year 2022-23, as row 4 '
        "does (Measure: 'Parcels' on row 4, 'Volunteers' here) (expected one row per area: add the column that "
        "tells them apart to rows: under the period in campaign.yaml, such as rows: {Year: 2022-23, Measure: "
        "Parcels})\n")


def test_a_row_given_twice_is_refused_naming_both(long_form: Path) -> None:
    edit(long_form / "parcels.csv", 'W06000002,Gwynedd,2022-23,Parcels,"2,010"\n',
         'W06000002,Gwynedd,2022-23,Parcels,"2,010"\nW06000002,Gwynedd,2022-23,Parcels,"2,100"\n')
    assert preview_error(long_form) == (
        'error: parcels.csv:9: area: "W06000002" names Gwynedd again among the rows with Year 2022-23 and Measure '
        "parcels, as row 8 does (expected one row per area among the rows rows: takes: delete one of rows 8 and 9, "
        "or add a condition to rows:)\n")


def test_a_year_written_once_above_its_rows_is_refused_at_the_empty_cell(long_form: Path) -> None:
    edit(long_form / "parcels.csv", "W06000002,Gwynedd,2022-23,", "W06000002,Gwynedd,,")
    assert preview_error(long_form) == (
        "error: parcels.csv:8: Year: is empty in a row of Gwynedd's, and no row with Year 2022-23 and Measure "
        "parcels names Gwynedd (expected the Year in every row: where the file writes it once above its rows, as "
        "in merged cells, write it in each row)\n")


def test_rows_not_written_as_columns_and_values_is_refused(long_form: Path) -> None:
    edit(long_form / "campaign.yaml", "rows: {Year: 2022-23, Measure: parcels}", "rows: 2022-23")
    assert preview_error(long_form) == (
        'error: campaign.yaml:56: figures.last_year.rows: "2022-23" is not a column and a value (expected each '
        "column and the value of the rows to take, such as rows: {Year: 2023-24, Measure: Fires})\n")


def test_rows_with_no_conditions_is_refused(long_form: Path) -> None:
    edit(long_form / "campaign.yaml", "rows: {Year: 2022-23, Measure: parcels}", "rows: {}")
    assert preview_error(long_form) == (
        "error: campaign.yaml:56: figures.last_year.rows: is empty (expected each column and the value of the rows "
        "to take, such as rows: {Year: 2023-24, Measure: Fires})\n")


def test_a_condition_of_a_list_of_one_value_is_refused(long_form: Path) -> None:
    """A list of several values adds their rows up (test_published.py); a list of one is a slip for the value."""
    edit(long_form / "campaign.yaml", "rows: {Year: 2022-23,", "rows: {Year: [2022-23],")
    assert preview_error(long_form) == (
        "error: campaign.yaml:56: figures.last_year.rows.Year: is a list (expected one value, as the file writes it: "
        "Year: 2023-24 (Year: '' for the rows where it is empty; true or false in quotes), or a list of two or "
        "more)\n")


def test_a_provisional_and_a_revised_row_of_one_year_are_told_apart_by_their_marks() -> None:
    chosen = conditions(Year="2023-24", Measure="Fires")
    first, again = row(4, Area="Durham", Year="2023-24 [p]", Measure="Fires"), \
        row(9, Area="Durham", Year="2023-24 [r]", Measure="Fires")
    assert chosen.take(first) and chosen.take(again)
    with pytest.raises(InputError) as raised:
        chosen.refuse_repeat("Durham", chosen.first_row(first, {"area", "year", "measure"}), again, "fires.csv",
                             {"area", "year", "measure"}, "area")
    assert raised.value.problem == "names Durham again among the rows with Year 2023-24 and Measure Fires, as row 4 " \
        "does (year: '2023-24 [p]' on row 4, '2023-24 [r]' here)"
    assert raised.value.expected == "one row per area: add the column that tells them apart to rows: under the " \
        "period in campaign.yaml, such as rows: {Measure: Fires, year: 2023-24 [p]}"
