"""An area written once over several rows of a published table (its row of numbers and its row of rates): read as
each row's where the sheet merges the cell down over them (.xlsx mergeCells, .ods number-rows-spanned), and
refused where the cells below it are simply left blank, naming the row and what to write there. (An .ods
sheet's merged cells: tests/test_ods.py.)"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.xlsx import read_xlsx_rows
from tests.conftest import edit
from tests.helpers import campaign_with

_ROWS = [["Area", "Measure", "2023", "2024"], ["Wales", "Number", 70, 80], [None, "Rate", 15, 25],
         ["Ynys Môn", "Number", 10, 11], [None, "Rate", 11, 12], ["Gwynedd", "Number", 20, 21],
         [None, "Rate", 21, 22], ["Rhondda Cynon Taf", "Number", 30, 31], [None, "Rate", 31, 32],
         ["Powys", "Number", 10, 17], [None, "Rate", 41, 42]]  # a row per area and measure


def _workbook(path: Path, merged: bool) -> None:
    book = Workbook()
    for cells in _ROWS:
        book.active.append(cells)
    for first in range(2, len(_ROWS), 2) if merged else ():
        book.active.merge_cells(f"A{first}:A{first + 1}")
    book.save(path)


def test_a_cell_an_xlsx_merges_down_is_each_rows_and_one_merged_across_stays_in_its_first_cell(tmp_path: Path) -> None:
    book = Workbook()
    for cells in (["Area", "Rates", None], [None, "2023", "2024"], ["Cardiff", "Number", 120], [None, "Rate", 4.1],
                  ["Powys", "Number", 5]):
        book.active.append(cells)
    book.active.merge_cells("A1:A2")  # a heading merged down over a header of two rows
    book.active.merge_cells("B1:C1")  # a heading merged across: in its first cell only
    book.active.merge_cells("A3:A4")
    book.active.merge_cells("A5:A60")  # past the table: the blank rows it covers stay blank
    book.save(tmp_path / "t.xlsx")
    rows = read_xlsx_rows(tmp_path / "t.xlsx", "t.xlsx", None, 10**7)
    assert rows[:5] == [["Area", "Rates"], ["Area", "2023", "2024"], ["Cardiff", "Number", "120"],
                        ["Cardiff", "Rate", "4.1"], ["Powys", "Number", "5"]]
    assert not any(cell for cells in rows[5:] for cell in cells)


def _rates(tmp_path: Path, file: str) -> Path:
    campaign = campaign_with(tmp_path)
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n" + "".join(
        f"  {period}:\n    file: {file}\n    area: Area\n    rows: {{Measure: Rate}}\n    value: '{column}'\n"
        for period, column in (("last_year", "2023"), ("this_year", "2024"))))
    return campaign


def test_an_area_merged_down_over_its_rows_in_a_workbook_gives_each_its_figures(tmp_path: Path) -> None:
    campaign = _rates(tmp_path, "rates.xlsx")
    _workbook(campaign / "rates.xlsx", merged=True)
    loaded = load_campaign(campaign)
    assert loaded.figures[("Powys", "parcels", "this_year")].amount == Decimal(42)
    assert loaded.figures[("Powys", "parcels", "this_year")].sources[0].row == 11


def test_an_area_left_blank_under_its_first_row_is_refused_naming_the_row_and_what_to_write(tmp_path: Path) -> None:
    campaign = _rates(tmp_path, "rates.xlsx")
    _workbook(campaign / "rates.xlsx", merged=False)
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    assert str(caught.value) == (
        "rates.xlsx:3: Area: is empty in a row of figures under Wales' (row 2) (expected the area in each row of "
        "its own: write Wales in this cell if the row is Wales' (drafter does not take an empty cell as the area "
        "above it; cells merged down over the rows in a workbook are read as each row's), or delete the row; a "
        "PivotTable leaves it empty unless, in Excel, PivotTable Design > Report Layout > Repeat All Item Labels is "
        "chosen before the sheet is saved)")


def test_a_row_left_blank_only_under_the_last_area_is_a_total_left_out_not_refused(tmp_path: Path) -> None:
    """An unlabelled total under the table (every area's rows written in full above it) is no area's row: it is
    left out and told of, as a row naming no area is; an area's own figures are never taken from it."""
    campaign = _rates(tmp_path, "rates.xlsx")
    book = Workbook()
    for cells in [[c if c is not None else _ROWS[i - 1][0] for c in row] for i, row in enumerate(_ROWS)] + [
            [None, "Rate", 119, 133]]:
        book.active.append(cells)
    book.save(campaign / "rates.xlsx")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Powys", "parcels", "this_year")].amount == Decimal(42)
    assert [w.message for w in loaded.notices if w.code == "rows_ignored"] == [
        "1 row of the figures was left out, naming no area in areas.csv: 'Rate' (rates.xlsx row 12)"]


def test_a_tidy_files_national_row_between_areas_is_its_own_row_not_one_under_the_area_above(tmp_path: Path) -> None:
    """The Department for Education's tidy CSV leaves la_name empty on its national and regional rows, which
    follow the last area's row of the year before: "National" in geographic_level, before the area's column,
    says the row is its own, left out as naming no area, never refused as a row under that area."""
    campaign = campaign_with(tmp_path)
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n" + "".join(
        f"  {period}:\n    file: tidy.csv\n    area: la_name\n    rows: {{time_period: '{year}'}}\n    value: value\n"
        for period, year in (("last_year", "202223"), ("this_year", "202324"))))
    rows = ["time_period,geographic_level,country_name,la_name,value"]
    for year, base in (("202223", 10), ("202324", 20)):
        rows += [f"{year},National,Wales,,{base * 9}"] + [
            f"{year},Local authority,Wales,{area},{base + i}"
            for i, area in enumerate(("Ynys Môn", "Gwynedd", "Rhondda Cynon Taf", "Powys"))]
    (campaign / "tidy.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Ynys Môn", "parcels", "this_year")].amount == Decimal(20)
    assert loaded.figures[("Ynys Môn", "parcels", "this_year")].sources[0].row == 8
