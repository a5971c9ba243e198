"""Published tables as UK publishers lay them out, each rule tested where it is decided: a table of councils that
gives each row its region's code (and the Department for Education's, England's and the regions' rows first); a
column under a heading merged over a two-row header, named with the heading; a heading that marks its column's
figures provisional; a footnote under the table that names an area; a year as the sum of its quarters' rows; a
CSV file saved as Windows text whose header cells hold line breaks; figures written as accounts write them, in
Excel's scientific notation, as "####", or in a format that shows thousands; the letters the Department for
Education writes in place of a figure; and the row left out that an area missing from the figures is told of."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest

from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.added import refuse_whole_years
from drafter.load.area_names import AreaColumn, AreaNames
from drafter.load.code_columns import find_code_column
from drafter.load.columns import find_column
from drafter.load.csv_text import decode_csv
from drafter.load.figures import Collector
from drafter.load.numbers import is_marker, parse_figure
from drafter.load.ods_cells import NUMBER, OFFICE, STYLE, Styles, cell_text
from drafter.load.row_filter import read_filter
from drafter.load.schema import Mapping
from drafter.load.table import Row, RowStream, read_rows
from drafter.load.xlsx import _cell_text
from drafter.model import Area, Measure, SourceRef
from tests.conftest import edit
from tests.helpers import campaign_with

_AREAS = (("Wales", None, "W92000004"), ("Cardiff", "Wales", "W06000015"), ("Powys", "Wales", "W06000023"),
          ("South West", None, "E12000009"), ("Cornwall", "South West", "E06000052"))


def _names() -> AreaNames:
    return AreaNames.of(tuple(Area(name, name.lower(), parent, name, (("code", code),), SourceRef("areas.csv", row=n))
                              for n, (name, parent, code) in enumerate(_AREAS, start=2)))


def _councils(*rows: tuple[str, str, str, str]) -> RowStream:
    """A table of councils whose rows give their region's code and name before their own, as DLUHC's do."""
    columns = ("region code", "region name", "la code", "la name", "2024")
    return RowStream("t.csv", columns, iter(Row(n, dict(zip(columns, (*r, "1"), strict=True)))
                                            for n, r in enumerate(rows, start=2)))


def test_a_councils_own_code_is_chosen_over_its_regions_beside_it() -> None:
    rows = (("W92000004", "Wales", "", ""),  # a region's total first, as the Department for Education gives it
            ("W92000004", "Wales", "W06000001", "Isle of Anglesey"),  # not a campaign area: its region's code is
            ("W92000004", "Wales", "W06000015", "Cardiff"), ("W92000004", "Wales", "W06000023", "Powys"),
            ("E12000009", "South West", "E06000052", "Cornwall"))
    columns = ["region code", "region name", "la code", "la name"]
    for area in ("la code", "la name", None):  # area: names the codes, the names, or (figures.csv) neither
        table, found = find_code_column(_councils(*rows), _names(), columns, area)
        assert found == "la code"
        assert [row.number for row in table.rows] == [2, 3, 4, 5, 6]  # the rows looked at are still read


def test_the_column_area_names_is_taken_when_it_holds_codes() -> None:
    rows = (("W92000004", "Wales", "W06000015", "Cardiff"), ("W92000004", "Wales", "W06000023", "Powys"))
    assert find_code_column(_councils(*rows), _names(), ["la code", "region code"], "region code")[1] == "region code"
    # without it, the codes that differ from row to row are the rows' own
    assert find_code_column(_councils(*rows), _names(), ["region code", "la code"], None)[1] == "la code"


def test_one_column_of_codes_is_found_at_the_first_row_with_one() -> None:
    table = RowStream("t.csv", ("code", "name"), iter([Row(2, {"code": "K04000001", "name": "England and Wales"}),
                                                       Row(3, {"code": "W06000015", "name": "Cardiff"})]))
    assert find_code_column(table, _names(), ["code", "name"], "name")[1] == "code"


def published(campaign: Path, file: str, area: str, last: str, this: str, sheet: str = "") -> None:
    """campaign.yaml's figures: ``file`` (and its ``sheet``) for both periods, by the ``area`` column, last year's
    in the column ``last`` and this year's in ``this``."""
    at = f"    sheet: {sheet}\n" if sheet else ""
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n" + "".join(
        f"  {period}:\n    file: {file}\n{at}    area: {area}\n    value: {column}\n"
        for period, column in (("last_year", last), ("this_year", this))))


def test_a_table_of_councils_under_their_regions_codes_drafts_each_councils_own_figures(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "councils.csv").write_text(
        "Region code,Region name,LA code,LA name,2023,2024\r\n"
        "E12000009,South West,E06000022,Bath and North East Somerset,5,6\r\n"  # not the campaign's: left out
        "W92000004,Wales,W06000001,Isle of Anglesey,\"1,234\",\"1,301\"\r\n"
        "W92000004,Wales,W06000002,Gwynedd,987,\"1,020\"\r\n"
        "W92000004,Wales,W06000016,Rhondda Cynon Taff,\"3,456\",[x]\r\n"
        "W92000004,Wales,W06000023,Powys,12,31\r\n", encoding="utf-8")
    published(campaign, "councils.csv", "LA name", "2023", "2024")
    loaded = load_campaign(campaign)
    assert {area: loaded.figures[(area, "parcels", "last_year")].amount for area in
            ("Ynys Môn", "Gwynedd", "Rhondda Cynon Taf", "Powys", "Wales")} == {
        "Ynys Môn": Decimal(1234), "Gwynedd": Decimal(987), "Rhondda Cynon Taf": Decimal(3456), "Powys": Decimal(12),
        "Wales": Decimal(5689)}  # the sum of its areas: the file gives no row of Wales's own
    assert loaded.unavailable[("Rhondda Cynon Taf", "parcels", "this_year")].marker == "[x]"


@pytest.mark.parametrize("typed", ["may 2024", "may-24", "2024-05", "2024-05-01", "may-2024 [note 1]"])
def test_a_month_column_is_named_however_the_month_is_written(typed: str) -> None:
    """Stat-Xplore heads its month columns "May-24": a press officer's `value: May 2024` was refused, while `rows:`
    took the month written any of these ways; a financial year is never a month ("2011-12" is no December)."""
    columns = ["national - regional - la - oas", "may-23", "may-24", "total", "2011-12"]
    assert find_column(typed, columns) == "may-24"
    assert find_column("2011-12", columns) == "2011-12"
    assert find_column("dec 2011", columns) is None


def test_a_column_under_a_merged_heading_is_named_by_its_own_name_or_with_the_heading(tmp_path: Path) -> None:
    path = tmp_path / "parcels.csv"
    path.write_text("Table 1a: Emergency food parcels [note 1],,,\r\nArea code,Area name,Parcels [note 2],\r\n"
                    ",,2023,2024 [note 3]\r\nW06000015,Cardiff,\"4,120\",\"5,066\"\r\n", encoding="utf-8")
    for wanted in (("parcels 2023", "parcels 2024"), ("2023", "2024")):
        table = read_rows(path, "parcels.csv", names=("area code", *wanted), only_names=True)
        found = [find_column(name, table.columns) for name in wanted]
        row = next(table.rows)
        assert [row.cells[column] for column in found] == ["4,120", "5,066"]
        assert table.header_row == 3
    assert table.heading(found[1]) == "2024 [note 3]"  # fact sheets name the column as the header spells it
    with pytest.raises(InputError) as caught:
        read_rows(path, "parcels.csv", names=("area code", "parcels"), only_names=True)
    assert str(caught.value) == ('parcels.csv:2: header: "Parcels [note 2]" is a heading over several columns, in a '
                                 "header of two rows (expected one of its columns, named with the heading: parcels "
                                 "2023, parcels 2024)")


def test_a_windows_text_warning_names_the_row_excel_shows_and_the_letter_in_a_long_note() -> None:
    text = ('Local authority,"Parcels\r\n2023","Parcels\r\n2024"\r\nCardiff,"4,120","5,066"\r\n\r\n'
            "1. Figures for Cornwall were not supplied \u2013 see the note on the Notes sheet.\r\n")
    _, (warning,) = decode_csv(text.encode("cp1252"), "parcels.csv")
    assert "check that '…were not supplied \u2013 see the note on the…' (row 4) reads as in Excel" in warning.message


@pytest.mark.parametrize(("cell", "said"), [
    ("(1,234)", '"(1,234)" is a negative number, written in brackets, as accounts write one (expected a whole number '
     "of 0 or more, such as 1,747: drafter works out each change, a fall too, from the two periods' figures, so "
     "give it the figures, not the change)"),
    ("\u221212", '"\u221212" is a negative number, written with a minus sign (expected a whole number'),
    ("#####", '"#####" is what Excel shows where a column is too narrow for its figure, and a CSV file saved from '
     "Excel keeps what its cells show (expected a whole number of 0 or more, such as 1,747: widen the column in "
     "Excel (double-click the line to the right of its letter) and save the file again)"),
    ("1234567 shown in thousands", "is shown in thousands by its cell's number format, where the workbook holds "
     "1234567 (expected a whole number of 0 or more, such as 1,747, shown in full, as the releases would print it: "
     "check that the publisher means the figure in full, then format the column as Number (Format Cells > Number) "
     "and save the file again)"),
    ("1.23E+03", '"1.23E+03" is written in Excel\'s scientific notation, which keeps only some of its digits '
     "(expected a whole number of 0 or more, such as 1,747, written in full: in Excel, format the column as Number "
     "(Format Cells > Number) and save the file again)"),
])
def test_a_figure_as_accounts_or_scientific_notation_write_it_is_refused_in_those_words(cell: str, said: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_figure(cell, "count", SourceRef("parcels.csv", row=7), "Parcels 2024")
    assert str(caught.value).startswith(f"parcels.csv:7: Parcels 2024: {said}")


def test_an_area_missing_from_the_figures_is_told_the_row_left_out_that_holds_its_name() -> None:
    collector = Collector()
    collector.ignored += [("m.csv", 2, "Bristol, City of"), ("m.csv", 3, "Cornwall"),
                          ("m.csv", 5, "Kingston upon Hull, City of")]
    assert collector._left_out("Hull").endswith(
        "such as 'Kingston upon Hull, City of' (m.csv row 5): if that is Hull, add the name as the file writes it to "
        "an other_names column of areas.csv, on Hull's row: Kingston upon Hull, City of")


def test_a_region_missing_from_the_figures_is_told_the_row_that_names_it_in_another_column() -> None:
    """The Department for Education's region's own row leaves la_name empty and names the region in region_name:
    a rate's region had no figure, and the error said only that none was published."""
    areas = tuple(Area(name, name.lower(), None, name, (), SourceRef("areas.csv"))
                  for name in ("North East", "Darlington"))
    column = AreaColumn(AreaNames.of(areas), "la.csv", "la_name")
    collector = Collector()
    for number, level, region in ((2, "National", ""), (3, "Regional", "North East")):
        row = Row(number, {"time_period": "202324", "geographic_level": level, "region_name": region, "la_name": "",
                           "value": "21.6"})
        collector.leave_out("la.csv", row, "202324", column)
    assert collector._left_out("North East") == (
        "; la.csv row 3 names North East in its column 'region_name', with 'la_name' empty: to read that row, give "
        "the period a second entry, with area: region_name and rows: that take that row (as figures-as-published.md "
        "shows for the Department for Education)")
    assert collector._left_out("Darlington") == ""


def test_an_area_named_in_full_is_told_the_row_left_out_that_names_it_shorter() -> None:
    """A press officer's areas.csv names their service in full ("Avon Fire and Rescue Service"), the Home Office's
    table "Avon": the error named no row, as "Avon" has not every word of the name, nor is much like it."""
    collector = Collector()
    collector.ignored += [("fire.xlsx", 6, "England"), ("fire.xlsx", 8, "Avon"), ("fire.xlsx", 15, "Kent")]
    assert collector._left_out("Avon Fire and Rescue Service") == (
        "; 3 rows were left out where the area cell names no area in areas.csv, such as 'Avon' (fire.xlsx row 8): if "
        "that is Avon Fire and Rescue Service, add the name as the file writes it to an other_names column of "
        "areas.csv, on Avon Fire and Rescue Service's row: Avon")


def test_a_footnote_under_the_table_that_names_an_area_is_a_note_not_a_second_row_of_it(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "parcels.csv").write_text(
        "Local authority,Notes,2023,2024\nYnys Môn,,10,11\nGwynedd,,20,21\nRhondda Cynon Taf,,30,31\n"
        "Powys,[note 1],40,41\n\nNotes,,,\nPowys,Figures for 2024 include two food banks opened in May,,\n",
        encoding="utf-8")
    published(campaign, "parcels.csv", "Local authority", "2023", "2024")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Powys", "parcels", "this_year")].amount == Decimal(41)
    assert ("2 notes among the figures were left out, as text, not figures: 'Notes' (parcels.csv row 7), 'Powys: "
            "Figures for 2024 include two food banks opened in May' (parcels.csv row 8)") in \
        "\n".join(notice.message for notice in loaded.notices)


def test_a_column_whose_heading_marks_its_figures_provisional_is_named_without_the_mark(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "parcels.csv").write_text(
        "Area code,2022-23 [r],2023-24 [p] [note 2]\nW06000001,10,11\nW06000002,20,21\nW06000016,30,31\n"
        "W06000023,40,41\n", encoding="utf-8")
    published(campaign, "parcels.csv", "Area code", "2022-23", "2023-24")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Powys", "parcels", "this_year")].amount == Decimal(41)
    assert loaded.figures[("Powys", "parcels", "this_year")].marks == ("[p]",)
    assert ("parcels.csv: the column '2023-24 [p] [note 2]' (provisional) carries the publisher's mark in its "
            "heading, and so does each of its figures in the fact sheet") in \
        "\n".join(notice.message for notice in loaded.notices)


def test_a_list_in_rows_of_whole_years_or_overlapping_periods_is_refused_as_no_period_s_parts() -> None:
    def listed(*values: object) -> None:
        chosen = read_filter(Mapping({"rows": {"Year": list(values)}}, "campaign.yaml", "figures.last_year"))
        assert chosen.summed is not None
        refuse_whole_years(chosen.summed)
    listed(1, 2, 3, 4)
    listed("2023 Q1", "2023 Q2")
    listed("2024-07", "2024-08", "2024-09")
    for values in (("2022-23", "2023-24"), ("2023 Q1", "Jan 2023 to Jun 2023")):
        with pytest.raises(InputError) as caught:
            listed(*values)
        assert caught.value.problem == ("lists whole years, or periods that overlap, whose rows would be added up as "
                                        "one period's")


def test_a_year_is_the_sum_of_its_quarters_rows_in_a_table_of_a_row_per_force_quarter_and_offence(
        tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    lines = ["Financial Year,Financial Quarter,Force Name,Offence Group,Number of Offences"]
    for n, force in enumerate(("Ynys Môn", "Gwynedd", "Rhondda Cynon Taf", "Powys"), start=1):
        lines += [f"{year},{quarter},{force},{group},{n * 100 + quarter * 10 + extra}"
                  for year in ("2022/23", "2023/24") for quarter in (1, 2, 3, 4)
                  for group, extra in (("Robbery", 0), ("Theft", 5))]
    (campaign / "prc.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n" + "".join(
        f"  {period}:\n    file: prc.csv\n    area: Force Name\n    rows: {{Financial Year: '{year}', "
        "Financial Quarter: [1, 2, 3, 4], Offence Group: Robbery}\n    value: Number of Offences\n"
        for period, year in (("last_year", "2022/23"), ("this_year", "2023/24"))))
    loaded = load_campaign(campaign)
    powys = loaded.figures[("Powys", "parcels", "this_year")]
    assert (powys.amount, powys.parts) == (Decimal(1700), (Decimal(410), Decimal(420), Decimal(430), Decimal(440)))
    assert [source.row for source in powys.sources] == [58, 60, 62, 64]
    assert loaded.figures[("Wales", "parcels", "this_year")].amount == Decimal(500 + 900 + 1300 + 1700)  # its areas


def test_a_workbook_cell_whose_format_shows_thousands_is_read_as_so_shown_for_the_parser_to_refuse() -> None:
    assert _cell_text(1234567, "#,##0,") == "1234567 shown in thousands"  # Excel shows 1,235
    styles = Styles()
    number = ElementTree.fromstring(f'<n:number-style xmlns:n="{NUMBER[1:-1]}" xmlns:s="{STYLE[1:-1]}" s:name="N1">'
                                    '<n:number n:decimal-places="0" n:display-factor="1000"/></n:number-style>')
    styles.take(number)
    cell = ElementTree.fromstring(f'<c xmlns:o="{OFFICE[1:-1]}" o:value-type="float" o:value="1234567"/>')
    assert cell_text(cell, styles.shown("")) == "1234567"  # a cell of another style: as it is
    styles.cells["ce1"] = ("N1", "")
    assert cell_text(cell, styles.shown("ce1")) == "1234567 shown in thousands"  # LibreOffice shows 1,235


def test_the_department_for_educations_letters_in_place_of_a_figure_mark_it_not_available() -> None:
    assert all(is_marker(cell) for cell in ("low", "u", "c", "x", "z", "LOW"))
    collector = Collector()
    measure = Measure("pupils", "pupils", "pupils", "count", SourceRef("campaign.yaml"))
    collector.put(("Powys", "pupils", "y1"), "low", SourceRef("ees.csv", row=2), "num_pupils", measure)
    collector.put(("Powys", "pupils", "y2"), "169u", SourceRef("ees.csv", row=3), "num_pupils", measure)
    assert collector.unavailable[("Powys", "pupils", "y1")].marker == "low"
    assert collector.found[("Powys", "pupils", "y2")].marks == ("u",)  # a figure of low reliability: read, marked


def test_a_table_statswales_publishes_in_welsh_is_read_by_each_areas_name_cy(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(
        "area,parent,in_text,name_cy\nWales,,Wales,Cymru\nIsle of Anglesey,Wales,Anglesey,Ynys Môn\n"
        "Gwynedd,Wales,Gwynedd,Gwynedd\nRhondda Cynon Taf,Wales,Rhondda Cynon Taf,Rhondda Cynon Taf\n"
        "Vale of Glamorgan,Wales,the Vale of Glamorgan,Bro Morgannwg\n", encoding="utf-8")
    (campaign / "parcels.csv").write_text(
        "Ardal,2023,2024\nCymru,70,80\nYnys Môn,10,11\nGwynedd,20,21\nRhondda Cynon Taf,30,31\n"
        "Bro Morgannwg,10,17\nCaerdydd,99,99\n", encoding="utf-8")
    published(campaign, "parcels.csv", "Ardal", "2023", "2024")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Vale of Glamorgan", "parcels", "this_year")].amount == Decimal(17)
    assert loaded.figures[("Wales", "parcels", "last_year")].amount == Decimal(70)
    assert "'Caerdydd' (parcels.csv row 7)" in "\n".join(notice.message for notice in loaded.notices)  # not ours
