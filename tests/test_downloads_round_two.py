"""Figures exactly as downloaded, round two: what a CSV file's unquoted thousands, a cell's own "£1.2m", a
percentage column with one cell not formatted as one, a month written as Excel shows it in rows:, a workbook of
several sheets with none named, and files as Power BI, Excel for Mac and pivot tables save them become: read right,
or refused naming the cell and what to do."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.load import load_campaign
from tests.conftest import edit
from tests.helpers import campaign_with


def _figures(campaign: Path, file: str, area: str, last: str = "2022-23", this: str = "2023-24",
             more: str = "") -> None:
    """campaign.yaml's figures: each period from ``file``, the areas in column ``area`` (``more``: other keys)."""
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         f"  last_year: {{file: {file}, area: {area}, value: {last}{more}}}\n"
         f"  this_year: {{file: {file}, area: {area}, value: {this}{more}}}\n")


def _refusal(campaign: Path) -> str:
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    return str(refused.value)


@pytest.mark.parametrize(("row", "said"), [
    ("Powys,14,500,16,200", ": its extra cells look like figures written with a comma between the thousands and "
     "no quote marks around them, which splits each into cells of its own: 14,500; 16,200 (expected one cell per "
     "column: each such "
     'figure in quote marks ("14,500") or without its comma (14500); correct the row in Notepad, or download the '
     "file again)"),
    ("Powys,90,171,200", " (expected one cell per column)"),  # 90,171 or 171,200: nothing is guessed
])
def test_a_row_split_by_a_figures_unquoted_thousands_comma_says_so_only_where_the_extra_cells_are_those(
        tmp_path: Path, row: str, said: str) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "bins.csv").write_text("Area,2022-23,2023-24\nWales,900,950\nYnys Môn,12,14\nGwynedd,1,2\n"
                                       f"Rhondda Cynon Taf,3,4\n{row}\n", encoding="utf-8")
    _figures(campaign, "bins.csv", "Area")
    cells = row.count(",") + 1
    assert _refusal(campaign) == f"bins.csv:6: row: has {cells} cells but the header has 3 columns{said}"


MONEY = """\
Area,2022-23,2023-24
Wales,£3.4bn,"£3,500,000,000"
Ynys Môn,£1.2m,"£1,250,000"
Gwynedd,£12k,£12.5k
Rhondda Cynon Taf,"£1,000",£1.234567m
Powys,0.5m,£2 million
"""


def test_an_amount_of_money_written_with_its_own_m_or_bn_is_read_in_full_and_named(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    edit(campaign / "campaign.yaml", "    unit: parcels ", "    unit: GBP ")
    (campaign / "grants.csv").write_text(MONEY, encoding="utf-8")
    _figures(campaign, "grants.csv", "Area")
    loaded = load_campaign(campaign)
    read = {key[:3:2]: str(value.amount) for key, value in loaded.figures.items()}
    assert read == {("Wales", "last_year"): "3400000000", ("Wales", "this_year"): "3500000000",
                    ("Ynys Môn", "last_year"): "1200000", ("Ynys Môn", "this_year"): "1250000",
                    ("Gwynedd", "last_year"): "12000", ("Gwynedd", "this_year"): "12500",
                    ("Rhondda Cynon Taf", "last_year"): "1000", ("Rhondda Cynon Taf", "this_year"): "1234567",
                    ("Powys", "last_year"): "500000", ("Powys", "this_year"): "2000000"}
    said = [w.message for w in loaded.notices if w.code == "own_scale"]
    assert said == ["7 amounts written in thousands, millions or billions in their cell are read in full: Wales "
                    "'£3.4bn' as 3,400,000,000 (grants.csv, row 2, column 2022-23); Ynys Môn '£1.2m' as 1,200,000 "
                    "(grants.csv, row 3, column 2022-23); Gwynedd '£12k' as 12,000 (grants.csv, row 4, column "
                    "2022-23); "
                    "Powys '0.5m' as 500,000 (grants.csv, row 6, column 2022-23); Gwynedd '£12.5k' as 12,500 "
                    "(grants.csv, row 4, column 2023-24); Rhondda Cynon Taf '£1.234567m' as 1,234,567 (grants.csv, "
                    "row 5, column 2023-24); Powys '£2 million' as 2,000,000 (grants.csv, row 6, column 2023-24); "
                    "figures_in does not apply to them"]


@pytest.mark.parametrize(("cell", "kind", "said"), [
    ("12k", "count", "grants.csv:3: 2022-23: \"12k\" is written in thousands, as a rounded figure (expected the count "
     "in full, as the publisher gives it, such as 1,234,567; where every figure of the column is in thousands, "
     "written as a plain number (1.2), say figures_in: thousands under measures: parcels in campaign.yaml)"),
    ("1.2m", "count", "grants.csv:3: 2022-23: \"1.2m\" is written in millions, as a rounded figure (expected the count "
     "in full, as the publisher gives it, such as 1,234,567; where every figure of the column is in millions, "
     "written as a plain number (1.2), say figures_in: millions under measures: parcels in campaign.yaml)"),
    ("8m", "rate", "grants.csv:3: 2022-23: \"8m\" has 'm' after the number, which could be millions, or minutes or "
     "metres (expected a plain number such as 12.5, in the unit campaign.yaml gives the measure)"),
])
def test_a_count_or_rate_written_with_k_or_m_is_refused_pointing_at_figures_in(tmp_path: Path, cell: str, kind: str,
                                                                              said: str) -> None:
    campaign = campaign_with(tmp_path)
    edit(campaign / "campaign.yaml", "    kind: count\n", f"    kind: {kind}\n")
    (campaign / "grants.csv").write_text(f"Area,2022-23,2023-24\nWales,900,950\nYnys Môn,{cell},14\n",
                                         encoding="utf-8")
    _figures(campaign, "grants.csv", "Area")
    assert _refusal(campaign) == said


def _percentages(path: Path, odd: float, sheets: tuple[str, ...] = ("Table 1",)) -> None:
    """A workbook of percentages formatted as such (0.123 shown as 12.3%), but Gwynedd's 2023-24 cell, ``odd``,
    left in Excel's General format; each of ``sheets`` other than the last a cover or notes sheet."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = sheets[0]
    for name in sheets:
        sheet = book[name] if name in book.sheetnames else book.create_sheet(name)
        if name != sheets[-1]:
            sheet.append([f"{name}: bus journeys by electric bus, Wales"])
            continue
        sheet.append(["Area", "2022-23", "2023-24"])
        for area, last, this in [("Wales", 0.102, 0.146), ("Ynys Môn", 0.01, 0.04), ("Gwynedd", 0.18, odd),
                                 ("Rhondda Cynon Taf", 0.12, 0.123), ("Powys", 0.008, 0.012)]:
            sheet.append([area, last, this])
            for cell in sheet[sheet.max_row][1:]:
                cell.number_format = "0.0%" if cell.value != odd else "General"
    book.save(path)


@pytest.mark.parametrize(("odd", "said"), [
    (0.105, "sheet Table 1 of buses.xlsx:4: 2023-24: \"0.105\" is not shown as a percentage, where other cells of "
     "the column are, such as '14.6%' (row 2): it would be read as 0.105 per cent (expected every figure of the "
     "column shown as a percentage: if it is 10.5%, format the cell as a percentage in Excel (Home > %) and save the "
     "file again; if it is 0.105%, type 0.105%)"),
    (31.5, "1 figure is not shown as a percentage where other cells of the column are (such as '14.6%' (row 2)), and "
     "is read as per cent as written: '31.5' (sheet Table 1 of buses.xlsx, row 4, column 2023-24); check each in "
     "the spreadsheet"),
])
def test_a_cell_not_shown_as_a_percentage_in_a_column_of_percentages_is_refused_or_named(
        tmp_path: Path, odd: float, said: str) -> None:
    campaign = campaign_with(tmp_path, "rate-change")
    _percentages(campaign / "buses.xlsx", odd)
    _figures(campaign, "buses.xlsx", "Area", more=", sheet: Table 1")
    if odd < 1:
        assert _refusal(campaign) == said
        return
    loaded = load_campaign(campaign)
    assert loaded.figures[("Gwynedd", "electric", "this_year")].amount == Decimal("31.5")
    assert [w.message for w in loaded.notices if w.code == "percent_unformatted"] == [said]


def _ons_book(path: Path, tables: dict[str, list[str]]) -> None:
    """An ONS-style workbook: Cover, Contents and Notes sheets, then each of ``tables`` with its header and the
    five areas' figures (a title above the header)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Cover"
    book["Cover"].append(["Food parcels, Wales"])
    book.create_sheet("Contents").append(["Table 1", "Parcels by area"])
    book.create_sheet("Notes").append(["Note 1", "Figures are provisional"])
    for name, header in tables.items():
        sheet = book.create_sheet(name)
        sheet.append([f"{name}: food parcels"])
        sheet.append(header)
        for number, area in enumerate(("Wales", "Ynys Môn", "Gwynedd", "Rhondda Cynon Taf", "Powys"), start=1):
            sheet.append([area, 100 * number, 110 * number])
    book.save(path)


@pytest.mark.parametrize(("tables", "said"), [
    ({"Table 1": ["Area", "2022-23", "2023-24"], "Table 2": ["Area", "Rate 2022-23", "Rate 2023-24"]},
     "parcels.xlsx has 5 sheets (Cover, Contents, Notes, Table 1, Table 2) and campaign.yaml names none: sheet "
     "'Table 1' is read, the only one whose header has the columns to read; to be sure, write sheet: Table 1 under "
     "each period of figures: that reads it, in campaign.yaml"),
    ({"Table 1": ["Area", "2022-23", "2023-24"], "Table 2": ["Area", "2022-23", "2023-24"]},
     "parcels.xlsx: has 5 sheets (Cover, Contents, Notes, Table 1, Table 2), and 2 sheets have the columns to read: "
     "Table 1 and Table 2 (expected sheet: <name> under figures.last_year in campaign.yaml to choose one of them)"),
    ({"Table 1": ["Area", "2021", "2022"]},
     "parcels.xlsx: has 4 sheets (Cover, Contents, Notes, Table 1), and none has the columns to read in its first 30 "
     "rows (expected sheet: <name> under figures.last_year in campaign.yaml to choose the sheet of figures, and each "
     "column named as its header writes it)"),
])
def test_a_workbook_of_several_sheets_with_none_named_is_read_from_the_one_with_the_columns(
        tmp_path: Path, tables: dict[str, list[str]], said: str) -> None:
    campaign = campaign_with(tmp_path)
    _ons_book(campaign / "parcels.xlsx", tables)
    _figures(campaign, "parcels.xlsx", "Area")
    if not said.startswith("parcels.xlsx has"):
        assert _refusal(campaign) == said
        return
    loaded = load_campaign(campaign)
    assert loaded.figures[("Powys", "parcels", "this_year")].amount == Decimal(550)
    assert loaded.figures[("Powys", "parcels", "this_year")].sources[0].cell() == \
        "sheet Table 1 of parcels.xlsx, row 7, column 2023-24"  # as the fact sheet names it
    assert [w.message for w in loaded.notices if w.code == "sheet_chosen"] == [said]


AREAS_FIVE = ("Wales", "Ynys Môn", "Gwynedd", "Rhondda Cynon Taf", "Powys")


def _by_month(campaign: Path, file: str, last: str, this: str) -> int:
    """campaign.yaml's figures: each period the rows of one month (``last``, ``this``) of ``file``; the line of the
    first period, for a message."""
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         f"  last_year: {{file: {file}, area: Area, rows: {{Month: '{last}'}}, value: Value}}\n"
         f"  this_year: {{file: {file}, area: Area, rows: {{Month: '{this}'}}, value: Value}}\n")
    lines = (campaign / "campaign.yaml").read_text(encoding="utf-8").splitlines()
    return next(n for n, text in enumerate(lines, start=1) if text.startswith("  last_year: {file:"))


def _monthly_book(path: Path, days: tuple[int, ...] = (1,)) -> None:
    """A workbook of a row per area and month, the month a date cell shown as Excel's mmm-yy ("Mar-23")."""
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Area", "Month", "Value"])
    for number, area in enumerate(AREAS_FIVE, start=1):
        for month in (dt.date(2023, 1, 1), *(dt.date(2023, 3, day) for day in days), dt.date(2024, 3, 1)):
            book.active.append([area, month, number * 10 + month.month + month.year - 2023])
            book.active.cell(book.active.max_row, 2).number_format = "mmm-yy"
    book.save(path)


@pytest.mark.parametrize(("last", "this"), [("Mar-23", "Mar-24"), ("March 2023", "Mar 2024"),
                                            ("01/03/2023", "01/03/2024"), ("2023-03", "2024-03-01")])
def test_a_month_in_rows_written_as_excel_shows_it_is_the_month_a_workbook_holds_as_a_date(
        tmp_path: Path, last: str, this: str) -> None:
    campaign = campaign_with(tmp_path)
    _monthly_book(campaign / "monthly.xlsx")
    _by_month(campaign, "monthly.xlsx", last, this)
    loaded = load_campaign(campaign)
    # 01/03/2023 is 1 March, as in the UK (Wales' row of January holds 11)
    assert loaded.figures[("Wales", "parcels", "last_year")].amount == Decimal(13)
    assert loaded.figures[("Wales", "parcels", "this_year")].amount == Decimal(14)
    assert loaded.figures[("Powys", "parcels", "this_year")].sources[0].cell() == "monthly.xlsx, row 16, column Value"


@pytest.mark.parametrize(("cells", "last", "said"), [
    ("Mar-23", "2023-03-01", ""),  # a CSV file saved from the workbook keeps what the cell shows
    ("01/03/2023", "March 2023", ""),  # or the date, day first, as Excel on a UK laptop saves it
    ("03/01/2023", "01/03/2023", "campaign.yaml:{line}: figures.last_year.rows.Month: \"01/03/2023\" is in no row of "
     "monthly.csv (expected a value the column 'Month' holds: '03/01/2023', 'Mar-24')"),  # 3 January, day first
])
def test_a_month_in_rows_matches_a_csv_files_dates_as_excel_saved_them(tmp_path: Path, cells: str, last: str,
                                                                       said: str) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "monthly.csv").write_text("Area,Month,Value\n" + "".join(
        f"{area},{cells},{n}\n{area},Mar-24,{n + 1}\n" for n, area in enumerate(AREAS_FIVE, start=1)),
        encoding="utf-8")
    line = _by_month(campaign, "monthly.csv", last, "Mar-24")
    if said:
        assert _refusal(campaign) == said.format(line=line)
        return
    loaded = load_campaign(campaign)
    assert loaded.figures[("Powys", "parcels", "last_year")].amount == Decimal(5)
    assert loaded.figures[("Powys", "parcels", "this_year")].amount == Decimal(6)


@pytest.mark.parametrize(("days", "cells", "last", "said"), [
    ((1, 15), "", "Mar-23", "campaign.yaml:{line}: figures.last_year.rows.Month: \"Mar-23\" names a month, where "
     "the column 'Month' holds days, such as '2023-03-15' (expected a day, written year first (2023-03-15); for a "
     "month, the list of its days, whose rows are added up)"),
    ((1,), "03/13/2023", "01/03/2023", "campaign.yaml:{line}: figures.last_year.rows.Month: \"01/03/2023\" names "
     "a date, where the column 'Month' writes dates month first, as American software does ('03/13/2023') (expected "
     "the date as the file writes it, month first: '03/01/2023' for 1 March 2023, or '01/03/2023' for 3 January "
     "2023)"),
    ((1,), "03/13/2023", "Mar-23", "campaign.yaml:{line}: figures.last_year.rows.Month: \"Mar-23\" names a date, "
     "where the column 'Month' writes dates month first, as American software does ('03/13/2023') (expected the "
     "date as the file writes it, month first: '03/01/2023' for 1 March 2023)"),
    ((1,), "", "03/13/2023", "campaign.yaml:{line}: figures.last_year.rows.Month: \"03/13/2023\" is no date when "
     "read day first, as in the UK (expected the date written year first: 2023-03-13 for 13 March 2023)"),
])
def test_a_date_in_rows_that_could_be_read_wrong_is_refused_saying_what_to_write(
        tmp_path: Path, days: tuple[int, ...], cells: str, last: str, said: str) -> None:
    campaign = campaign_with(tmp_path)
    if cells:  # a CSV file from American software: month first
        (campaign / "monthly.csv").write_text("Area,Month,Value\n" + "".join(
            f"{area},{cells},{n}\n{area},03/01/2024,{n + 1}\n" for n, area in enumerate(AREAS_FIVE, start=1)),
            encoding="utf-8")
    else:
        _monthly_book(campaign / "monthly.xlsx", days)
    line = _by_month(campaign, "monthly.csv" if cells else "monthly.xlsx", last, "Mar-24")
    assert _refusal(campaign) == said.format(line=line)


def test_a_power_bi_export_with_a_sep_line_and_european_decimals_is_read(tmp_path: Path) -> None:
    """Power BI and Excel set to European settings write "sep=;" first (for Excel to read it) and a decimal comma."""
    campaign = campaign_with(tmp_path, "rate-change")
    (campaign / "export.csv").write_bytes(("sep=;\r\nArea;2022-23;2023-24\r\nWales;1.234,5;1.456,0\r\n"
                                           "Ynys Môn;12,5;14,0\r\nGwynedd;2,0;1,9\r\nRhondda Cynon Taf;3,4;3,4\r\n"
                                           "Powys;12,0;14,25\r\n").encode("utf-8-sig"))
    _figures(campaign, "export.csv", "Area")
    loaded = load_campaign(campaign)
    read = {key[0]: str(value.amount) for key, value in loaded.figures.items() if key[2] == "last_year"}
    assert read == {"Wales": "1234.5", "Ynys Môn": "12.5", "Gwynedd": "2.0", "Rhondda Cynon Taf": "3.4",
                    "Powys": "12.0"}
    assert loaded.figures[("Powys", "electric", "this_year")].sources[0].cell() == "export.csv, row 7, column 2023-24"


MAC = ('Area,2022-23,2023-24\rWales,"1,234","1,456"\rYnys Mon,12,14\rGwynedd,20,19\rRhondda Cynon Taf,34,34\r'
       "Powys,12,14\r")


@pytest.mark.parametrize(("note", "said"), [
    ("", ""),  # lines ended by a carriage return alone
    ("People\u2019s Panel figures \u2013 see notes,,\r", "export.csv:7: is not UTF-8, and read as Windows text it has "
     "'People\u00d5s Panel figures \u00d0 see notes', as text saved on a Mac reads (expected the file saved from Excel "
     "with File > Save As > 'CSV UTF-8 (Comma delimited)', which Excel on a Mac has too)"),
])
def test_excels_csv_macintosh_is_read_by_its_line_ends_and_its_curly_apostrophe_refused(
        tmp_path: Path, note: str, said: str) -> None:
    campaign = campaign_with(tmp_path)
    edit(campaign / "areas.csv", "Ynys Môn,Wales,Ynys Môn,", "Ynys Mon,Wales,Ynys Mon,")
    (campaign / "export.csv").write_bytes((MAC + note).encode("mac_roman"))
    _figures(campaign, "export.csv", "Area")
    if said:
        assert _refusal(campaign) == said
        return
    loaded = load_campaign(campaign)
    assert loaded.figures[("Wales", "parcels", "this_year")].amount == Decimal(1456)
    assert loaded.figures[("Powys", "parcels", "this_year")].sources[0].cell() == "export.csv, row 6, column 2023-24"


def test_a_pivot_tables_area_left_empty_under_its_first_row_is_told_how_excel_repeats_it(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "pivot.csv").write_text("Area,Year,Value\n" + "".join(
        f"{area},2022-23,{n}\n,2023-24,{n + 1}\n" for n, area in enumerate(AREAS_FIVE, start=1))
        + "Grand Total,,30\n", encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         "  last_year: {file: pivot.csv, area: Area, rows: {Year: 2022-23}, value: Value}\n"
         "  this_year: {file: pivot.csv, area: Area, rows: {Year: 2023-24}, value: Value}\n")
    assert _refusal(campaign) == (
        "pivot.csv:3: Area: is empty in a row of figures under Wales' (row 2) (expected the area in each row of its "
        "own: write Wales in this cell if the row is Wales' (drafter does not take an empty cell as the area above "
        "it; cells merged down over the rows in a workbook are read as each row's), or delete the row; a PivotTable "
        "leaves it empty unless, in Excel, PivotTable Design > Report Layout > Repeat All Item Labels is chosen "
        "before the sheet is saved)")


def test_an_excel_table_with_a_filter_and_a_bold_total_row_is_read_without_its_total(tmp_path: Path) -> None:
    """Format as Table, with its Total Row ticked: a SUBTOTAL formula openpyxl saves without its value."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.table import Table

    book = Workbook()
    book.active.append(["Area", "2022-23", "2023-24"])
    for number, area in enumerate(AREAS_FIVE, start=1):
        book.active.append([area, number * 10, number * 11])
    book.active.append(["Total", "=SUBTOTAL(109,Table1[2022-23])", "=SUBTOTAL(109,Table1[2023-24])"])
    for cell in book.active[7]:
        cell.font = Font(bold=True)
    book.active.add_table(Table(displayName="Table1", ref="A1:C7", totalsRowCount=1))
    book.active.auto_filter.ref = "A1:C6"
    campaign = campaign_with(tmp_path)
    book.save(campaign / "table.xlsx")
    _figures(campaign, "table.xlsx", "Area")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Powys", "parcels", "this_year")].amount == Decimal(55)
    assert [w.message for w in loaded.notices if w.code == "rows_ignored"] == [
        "1 row of the figures was left out, naming no area in areas.csv: 'Total' (table.xlsx row 7)"]


def test_a_date_written_as_a_month_first_file_writes_it_takes_its_rows(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "monthly.csv").write_text("Area,Month,Value\n" + "".join(
        f"{area},3/13/2023,{n}\n{area},3/1/2024,{n + 1}\n" for n, area in enumerate(AREAS_FIVE, start=1)),
        encoding="utf-8")
    _by_month(campaign, "monthly.csv", "03/13/2023", "3/1/2024")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Powys", "parcels", "last_year")].amount == Decimal(5)
    assert loaded.figures[("Powys", "parcels", "this_year")].amount == Decimal(6)
