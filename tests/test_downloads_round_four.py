"""Figures exactly as downloaded, round four: a Fingertips indicator (a row per area, year, sex and deprivation
decile, a suppressed value left empty with its reason in a "Value note" column), an NHS England file of ICBs with
their region's columns first, a council's table whose total row names the council ("Calderdale total"), a note
under a table in a column other than the areas': read right, or refused saying what to do, never a zero."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from drafter.errors import InputError
from drafter.load import load_campaign
from tests.helpers import campaign_with

# Fingertips' "Export data" CSV, cut down: England's own row and its rows by deprivation decile, which differ in
# Category Type and Category (left empty on its own row), and a suppressed value left empty with a note.
FINGERTIPS = """\
Indicator ID,Area Code,Area Name,Sex,Category Type,Category,Time period,Value,Count,Value note
93240,W92000004,Wales,Persons,,,2022-23,72.1,40012,
93240,W92000004,Wales,Persons,IMD deciles,Most deprived decile,2022-23,81.0,5012,
93240,W06000001,Ynys Môn,Persons,,,2022-23,79.5,414,
93240,W06000002,Gwynedd,Persons,,,2022-23,,,Value suppressed for disclosure control due to small count
93240,W06000016,Rhondda Cynon Taf,Persons,,,2022-23,66.4,213,
93240,W06000023,Powys,Persons,,,2022-23,70.2,226,
"""


def _rows(campaign: Path, file: str, rows: str, value: str = "Count", area: str = "Area Code") -> None:
    """campaign.yaml's figures: both periods from the rows of ``file`` that ``rows`` takes."""
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    entry = f"{{file: {file}, area: {area}, rows: {rows}, value: {value}}}"
    (campaign / "campaign.yaml").write_text(text.replace(
        "\nareas: all\n", f"\nareas: all\nfigures:\n  last_year: {entry}\n  this_year: {entry}\n"), encoding="utf-8")


def _refusal(campaign: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    return str(caught.value)


def test_two_rows_of_an_area_are_told_apart_by_the_column_left_empty_on_one_not_by_a_figure(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "falls.csv").write_text(FINGERTIPS, encoding="utf-8")
    _rows(campaign, "falls.csv", "{Time period: 2022-23, Sex: Persons}")
    said = _refusal(campaign)
    # the rows differ in Count too, but a figure is what a row holds: Category Type, empty on England's own row,
    # is the column to add, written '' (nothing after its colon would be no value in YAML)
    assert said.endswith("(expected one row per area: add the column that tells them apart to rows: under the period "
                         "in campaign.yaml, such as rows: {Time period: 2022-23, Sex: Persons, Category Type: ''})")
    assert "(Category Type: '' on row 2, 'IMD deciles' here; Category: '' on row 2, 'Most deprived decile' here;" \
        in said


def test_a_value_left_empty_with_a_note_that_it_is_suppressed_is_not_available_never_zero(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "falls.csv").write_text(FINGERTIPS, encoding="utf-8")
    _rows(campaign, "falls.csv", "{Time period: 2022-23, Sex: Persons, Category Type: ''}")
    loaded = load_campaign(campaign)
    assert ("Gwynedd", "parcels", "this_year") not in loaded.figures
    withheld = loaded.unavailable[("Gwynedd", "parcels", "this_year")]
    assert (withheld.marker, withheld.source.row, withheld.source.column) == (
        "Value note: Value suppressed for disclosure control due to small count", 5, "Count")
    assert loaded.figures[("Wales", "parcels", "last_year")].amount == Decimal(40012)  # its own row, not a decile's
    said = next(w.message for w in loaded.notices if w.code == "not_available")
    assert "Gwynedd's emergency food parcels given out in period 'last_year' (April to September 2023): 'Value " \
        "note: Value suppressed for disclosure control due to small count', falls.csv row 5" in said


def test_a_value_left_empty_without_a_note_saying_why_is_still_refused(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "falls.csv").write_text(FINGERTIPS.replace("Value suppressed for disclosure control due to small "
                                                           "count", "Aggregated from all known lower geographies"),
                                        encoding="utf-8")
    _rows(campaign, "falls.csv", "{Time period: 2022-23, Sex: Persons, Category Type: ''}")
    assert _refusal(campaign) == "falls.csv:5: Count: is empty, where Gwynedd's figure for parcels goes (expected a " \
        "whole number of 0 or more, such as 1,747, or a marker such as [x] where the figure is not available)"


# NHS England's file of ICBs: each row's region first, then the ICB's own codes (ODS and ONS) and name, a blank
# column at the end, and a note under the table in its first column.
NHS = """\
Period,Region Code,Region Name,ICB Code,ICB ONS Code,ICB Name,Referrals received,
2024-09,Y61,WALES REGION,QYG,W06000001,NHS Ynys Mon ICB,"1,234",
2024-09,Y61,WALES REGION,QE1,W06000002,NHS Gwynedd ICB,"2,010",
2024-09,Y61,WALES REGION,QOP,W06000016,NHS Rhondda ICB,"3,400",
2024-09,Y61,WALES REGION,QMJ,W06000023,NHS Powys ICB,12,
2024-09,Y56,LONDON COMMISSIONING REGION,QMK,E54000027,NHS North Central London ICB,"9,876",

* Figures for Métis ICB suppressed
"""


def test_a_row_left_out_is_named_by_the_names_beside_its_code_not_its_regions(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "referrals.csv").write_text(NHS, encoding="utf-8")
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    entry = "{file: referrals.csv, area: ICB ONS Code, value: Referrals received}"
    (campaign / "campaign.yaml").write_text(text.replace(
        "\nareas: all\n", f"\nareas: all\nfigures:\n  last_year: {entry}\n  this_year: {entry}\n"), encoding="utf-8")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Gwynedd", "parcels", "this_year")].amount == Decimal(2010)
    left = [w.message for w in loaded.notices if w.code == "rows_ignored"]
    assert left == ["1 row of the figures was left out, naming no area in areas.csv: 'NHS North Central London ICB "
                    "(E54000027)' (referrals.csv row 6)"]
    notes = [w.message for w in loaded.notices if w.code == "notes_left_out"]
    assert notes == ["1 note among the figures was left out, as text, not a figure: '* Figures for Métis ICB "
                     "suppressed' (referrals.csv row 8)"]


def test_a_total_row_that_names_its_area_is_that_areas_row_used_as_given(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text("\n".join(line.rsplit(",", 1)[0] for line in (
        campaign / "areas.csv").read_text(encoding="utf-8").splitlines()) + "\n", encoding="utf-8")  # no codes
    (campaign / "bins.csv").write_text(
        "Council,2022-23,2023-24\nYnys Môn,412,388\nGwynedd,298,342\nRhondda Cynon Taf,150,150\nPowys,[x],25\n"
        "Wales total,877,905\n", encoding="utf-8")
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    (campaign / "campaign.yaml").write_text(text.replace("\nareas: all\n", (
        "\nareas: all\nfigures:\n  last_year: {file: bins.csv, area: Council, value: 2022-23}\n"
        "  this_year: {file: bins.csv, area: Council, value: 2023-24}\n")), encoding="utf-8")
    loaded = load_campaign(campaign)
    # the publisher's total, though Powys's 2022-23 is not available: never its areas' sum without it
    assert loaded.figures[("Wales", "parcels", "last_year")].amount == Decimal(877)
    assert loaded.figures[("Wales", "parcels", "last_year")].sources[0].row == 6
    assert not [w for w in loaded.notices if w.code in ("rows_ignored", "total_row_left_out")]


NHS_AREAS = """\
area,parent,in_text,code
North West,,the north west,Y62
Cheshire and Merseyside,North West,Cheshire and Merseyside,QYG
Lancashire and South Cumbria,North West,Lancashire and South Cumbria,QE1
"""
NHS_BY_ODS = """\
Period,Region Code,Region Name,ICB Code,ICB ONS Code,ICB Name,Referrals received
2024-09,Y62,NORTH WEST COMMISSIONING REGION,QYG,E54000008,NHS Cheshire and Merseyside ICB,"12,345"
2024-09,Y62,NORTH WEST COMMISSIONING REGION,QE1,E54000048,NHS Lancashire and South Cumbria ICB,"8,901"
2024-09,Y56,LONDON COMMISSIONING REGION,QMJ,E54000027,NHS North Central London ICB,"9,876"
"""


def test_nhs_organisation_codes_in_areas_csv_match_an_nhs_files_codes(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(NHS_AREAS, encoding="utf-8")  # a region's Y62, an ICB's QYG
    (campaign / "referrals.csv").write_text(NHS_BY_ODS, encoding="utf-8")
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    entry = "{file: referrals.csv, area: ICB Code, value: Referrals received}"
    (campaign / "campaign.yaml").write_text(text.replace(
        "\nareas: all\n", f"\nareas: all\nfigures:\n  last_year: {entry}\n  this_year: {entry}\n"), encoding="utf-8")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Cheshire and Merseyside", "parcels", "this_year")].amount == Decimal(12345)
    assert loaded.figures[("North West", "parcels", "this_year")].amount == Decimal(21246)  # its ICBs' sum
    left = [w.message for w in loaded.notices if w.code == "rows_ignored"]
    assert left == ["1 row of the figures was left out, naming no area in areas.csv: 'NHS North Central London ICB "
                    "(QMJ)' (referrals.csv row 4)"]


def test_an_nhs_bodys_name_is_read_as_its_place_as_a_police_forces_is(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text("area,parent,in_text\nNorth West,,the north west\nCheshire and Merseyside,"
                                        "North West,Cheshire and Merseyside\nLancashire and South Cumbria,North West,"
                                        "Lancashire and South Cumbria\n", encoding="utf-8")  # no codes
    (campaign / "referrals.csv").write_text(NHS_BY_ODS.replace("ICB,", "Integrated Care Board,", 1), encoding="utf-8")
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    entry = "{file: referrals.csv, area: ICB Name, value: Referrals received}"
    (campaign / "campaign.yaml").write_text(text.replace(
        "\nareas: all\n", f"\nareas: all\nfigures:\n  last_year: {entry}\n  this_year: {entry}\n"), encoding="utf-8")
    loaded = load_campaign(campaign)  # "NHS Cheshire and Merseyside Integrated Care Board", "NHS … ICB"
    assert loaded.figures[("Cheshire and Merseyside", "parcels", "this_year")].amount == Decimal(12345)
    assert loaded.figures[("Lancashire and South Cumbria", "parcels", "this_year")].amount == Decimal(8901)


# Public Health Scotland's open data: a row per month and board, each figure's qualifier in a column after it
# ("…QF": "c" confidential, ":" not available; "d" derived, on Scotland's row, is no marker).
PHS = """\
\ufeffMonth,HB,HBQF,NumberOfAttendancesAll,NumberOfAttendancesAllQF
202309,W92000004,d,6656,
202309,W06000001,,1234,
202309,W06000002,,,c
202309,W06000016,,3400,
202309,W06000023,,12,
"""


def test_a_value_left_empty_with_a_marker_in_its_qualifier_column_is_not_available(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "ae.csv").write_text(PHS, encoding="utf-8")
    _rows(campaign, "ae.csv", "{Month: 202309}", value="NumberOfAttendancesAll", area="HB")
    loaded = load_campaign(campaign)
    assert loaded.unavailable[("Gwynedd", "parcels", "this_year")].marker == "NumberOfAttendancesAllQF: c"
    assert loaded.figures[("Wales", "parcels", "this_year")].amount == Decimal(6656)


def test_a_column_named_with_its_words_in_another_order_is_told_the_one_of_its_year(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    book = Workbook()
    sheet = book.active
    sheet.append(["Council", "2022-23", None, "2023-24", None])  # the year over its measures, merged, as councils do
    sheet.append([None, "Missed collections", "Households", "Missed collections", "Households"])
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("D1:E1")
    sheet.merge_cells("A1:A2")
    sheet.append(["Powys", 412, 5210, 388, 5230])
    book.save(campaign / "bins.xlsx")
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    (campaign / "campaign.yaml").write_text(text.replace("\nareas: all\n", (
        "\nareas: all\nfigures:\n  last_year: {file: bins.xlsx, area: Council, value: Missed collections 2022-23}\n"
        "  this_year: {file: bins.xlsx, area: Council, value: 2023-24 Missed collections}\n")), encoding="utf-8")
    assert _refusal(campaign).endswith("did you mean '2022-23 Missed collections'?)")  # never 2023-24's


def test_a_quarter_with_a_month_withheld_by_its_qualifier_is_not_available(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    months = PHS.replace("202309,W06000002,,,c", "202309,W06000002,,30,").replace("202309,W06000016,,3400,",
                                                                               "202309,W06000016,,,c")
    later = "".join(line.replace("202309", month) + "\n" for month in ("202308", "202307")
                    for line in PHS.splitlines()[1:])
    (campaign / "ae.csv").write_text(months + later, encoding="utf-8")
    _rows(campaign, "ae.csv", "{Month: [202307, 202308, 202309]}", value="NumberOfAttendancesAll", area="HB")
    loaded = load_campaign(campaign)
    withheld = loaded.unavailable[("Rhondda Cynon Taf", "parcels", "this_year")]  # September's withheld
    assert (withheld.marker, withheld.source.row) == ("NumberOfAttendancesAllQF: c", 5)
    assert ("Rhondda Cynon Taf", "parcels", "this_year") not in loaded.figures
    assert loaded.unavailable[("Gwynedd", "parcels", "this_year")].marker == "NumberOfAttendancesAllQF: c"  # July's


@pytest.mark.parametrize(("cell", "named"), [("202309", "September 2023"), ("202223", "April 2022 to March 2023")])
def test_a_month_or_year_written_as_six_digits_under_the_wrong_period_is_warned_of(tmp_path: Path, cell: str,
                                                                                   named: str) -> None:
    # Public Health Scotland writes a month 202309, the Department for Education a year 202223: under this_year
    # (April to September 2024), either names another period, as "2023-09" or "2022/23" would
    campaign = campaign_with(tmp_path)
    (campaign / "ae.csv").write_text(PHS.replace("202309", cell), encoding="utf-8")
    _rows(campaign, "ae.csv", f"{{Month: {cell}}}", value="NumberOfAttendancesAll", area="HB")
    warned = [w.message for w in load_campaign(campaign).notices if w.code == "period_named"]
    assert f"figures.this_year.rows.Month: '{cell}' names {named}, not period 'this_year' (April to September " \
        "2024): check that these are this period's figures" in " ".join(warned)
