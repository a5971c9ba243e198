"""Figures exactly as downloaded, round three: a workbook to the Government Statistical Service's accessibility
standard (cover, contents and notes sheets; a title and notes above the header; note marks in headings; its
shorthand "[c]", "[x]", "[w]" with a note beside it; "[r]", "2,391 r", "567 (p)", "12 [pr]"), police force tables by
name and by code, and a money cell written "50p": read right, or refused naming the cell and what to do, never a
wrong number."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from drafter.load import load_campaign
from tests.conftest import edit
from tests.helpers import campaign_with


def _figures(campaign: Path, file: str, area: str, more: str = "") -> None:
    """campaign.yaml's figures: 2022-23 and 2023-24 from ``file``, the areas in column ``area``."""
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\nfigures:\n"
         f"  last_year: {{file: {file}, area: {area}, value: 2022-23{more}}}\n"
         f"  this_year: {{file: {file}, area: {area}, value: 2023-24{more}}}\n")


def _gss_book(path: Path, header: list[str], rows: list[list[object]]) -> None:
    """A workbook as ONS, the Home Office and the Welsh Government publish one since 2021: Cover, Contents and
    Notes sheets, then Table_1 with its title and notes above the header, and a source line below the table."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Cover"
    book.active.append(["Fly-tipping incidents, 2022-23 and 2023-24"])
    book.create_sheet("Contents").append(["Worksheet title", "Worksheet description"])
    notes = book.create_sheet("Notes")
    for note in (["Note number", "Note text"], ["note 1", "Figures for 2023-24 are provisional."],
                 ["note 5", "Suppressed to protect confidentiality."]):
        notes.append(note)
    sheet = book.create_sheet("Table_1")
    for line in ("Table 1: Fly-tipping incidents by local authority", "This worksheet contains one table. Some "
                 "cells refer to notes which can be found on the notes worksheet.", "Some shorthand is used in this "
                 "table. [c] = confidential, [x] = not available, [w] = none recorded in the survey.",
                 "Source: Welsh Government"):
        sheet.append([line])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    sheet.append([])
    sheet.append(["Source: Fly-tipping returns [note 1]"])
    book.save(path)


GSS_HEADER = ["Area code", "Area name", "2022-23 [note 2]", "2023-24 [note 1]", None, "Rate 2022-23", "Rate 2023-24"]
GSS_ROWS: list[list[object]] = [  # a blank column between the counts and the rates; some counts stored as text
    ["W92000004", "Wales", 1000, "1,100", None, 3.1, 3.4],
    ["W06000001", "Isle of Anglesey", "[c] [note 5]", "20", None, "[c]", 0.3],
    ["W06000002", "Gwynedd", "1,234 [r]", "567 (p)", None, 1.2, 0.5],
    ["W06000016", "Rhondda Cynon Taf", "2,391 r", "[x][note 4]", None, 2.1, "[x]"],
    ["W06000023", "Powys", "12 [pr]", "[w]", None, 0.1, "[w]"],
    [None, "All areas", 9000, 9100, None, 3.0, 3.1],
]


def test_a_gss_workbook_is_read_with_its_shorthand_its_marks_and_its_notes_beside_a_marker(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    _gss_book(campaign / "fly-tipping.xlsx", GSS_HEADER, GSS_ROWS)
    _figures(campaign, "fly-tipping.xlsx", "Area code", ", sheet: Table_1")
    loaded = load_campaign(campaign)
    read = {key[:3:2]: (value.amount, value.marks) for key, value in loaded.figures.items()}
    assert read == {("Wales", "last_year"): (Decimal(1000), ()), ("Wales", "this_year"): (Decimal(1100), ()),
                    ("Ynys Môn", "this_year"): (Decimal(20), ()),
                    ("Gwynedd", "last_year"): (Decimal(1234), ("[r]",)),
                    ("Gwynedd", "this_year"): (Decimal(567), ("[p]",)),
                    ("Rhondda Cynon Taf", "last_year"): (Decimal(2391), ("r",)),
                    ("Powys", "last_year"): (Decimal(12), ("[pr]",))}
    # a suppressed figure, with or without its note, is never a number, 0 least of all
    assert {key[0]: u.marker for key, u in loaded.unavailable.items()} == {
        "Ynys Môn": "[c] [note 5]", "Rhondda Cynon Taf": "[x][note 4]", "Powys": "[w]"}
    said = {w.code: w.message for w in loaded.notices}
    assert said["figures_marked"] == (
        "4 figures carry the publisher's marks, and are read as the number beside them: Gwynedd '1,234 [r]' "
        "(revised; sheet Table_1 of fly-tipping.xlsx row 8); Rhondda Cynon Taf '2,391 r' (revised; sheet Table_1 of "
        "fly-tipping.xlsx row 9); Powys '12 [pr]' (provisional and revised; sheet Table_1 of fly-tipping.xlsx row 10); "
        "Gwynedd '567 (p)' (provisional; sheet Table_1 of fly-tipping.xlsx row 8); check what each mark means before "
        "you publish the figure")
    assert said["not_available"] == (
        "3 figures are marked as not available and are worded as such: Ynys Môn's emergency food parcels given out in "
        "period 'last_year' (April to September 2023): '[c] [note 5]', sheet Table_1 of fly-tipping.xlsx row 7; "
        "Rhondda Cynon Taf's emergency food parcels given out in period 'this_year' (April to September 2024): "
        "'[x][note 4]', sheet Table_1 of fly-tipping.xlsx row 9; Powys' emergency food parcels given out in period "
        "'this_year' (April to September 2024): '[w]', sheet Table_1 of fly-tipping.xlsx row 10")
    assert said["notes_left_out"] == ("1 note among the figures was left out, as text, not a figure: 'Source: "
                                      "Fly-tipping returns [note 1]' (sheet Table_1 of fly-tipping.xlsx row 13)")
    assert "'All areas' (sheet Table_1 of fly-tipping.xlsx row 11)" in said["rows_ignored"]  # Wales has its own row
    text, _release = api.preview(campaign, "Ynys Môn", escape=False)
    assert "the figure for emergency food parcels given out in Ynys Môn was 20. Figures for Ynys Môn are not " \
        "available for April to September 2023, so there is no comparison to give." in text


@pytest.mark.parametrize(("cell", "below", "more"), [
    ("[c] [note 5]", None, ""), ("[x][note 4]", None, ""), (".. (note 2)", None, ""), ("<5 [note 3]", 5, ""),
    ("[w]", None, ""), ("- [note 5]", None, ", dash_means: nil"),  # the note may say why this dash is no nil
])
def test_a_marker_with_a_note_beside_it_is_not_available(tmp_path: Path, cell: str, below: int | None,
                                                          more: str) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "bins.csv").write_text(f'Area,2022-23,2023-24\nWales,900,950\nYnys Môn,"{cell}",14\nGwynedd,1,2\n'
                                       "Rhondda Cynon Taf,3,4\nPowys,5,6\n", encoding="utf-8")
    _figures(campaign, "bins.csv", "Area", more)
    loaded = load_campaign(campaign)
    missing = loaded.unavailable[("Ynys Môn", "parcels", "last_year")]
    assert (missing.marker, missing.below) == (cell, below)
    assert ("Ynys Môn", "parcels", "last_year") not in loaded.figures


@pytest.mark.parametrize(("cell", "read"), [("50p", None), ("£0.50", Decimal("0.50")), ("0.50 [p]", Decimal("0.50"))])
def test_an_amount_of_money_written_50p_is_refused_as_pence_or_a_provisional_mark(tmp_path: Path, cell: str,
                                                                                read: Decimal | None) -> None:
    """Read as the mark for provisional, "50p" would be printed as £50."""
    campaign = campaign_with(tmp_path)
    edit(campaign / "campaign.yaml", "    unit: parcels ", "    unit: GBP ")
    edit(campaign / "campaign.yaml", "    kind: count\n", "    kind: rate\n")
    (campaign / "prices.csv").write_text(f"Area,2022-23,2023-24\nWales,£1.20,£1.10\nYnys Môn,{cell},£0.20\n"
                                         "Gwynedd,1,2\nRhondda Cynon Taf,3,4\nPowys,5,6\n", encoding="utf-8")
    _figures(campaign, "prices.csv", "Area")
    if read is not None:
        assert load_campaign(campaign).figures[("Ynys Môn", "parcels", "last_year")].amount == read
        return
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == (
        'prices.csv:3: 2022-23: "50p" could be 50 pence, or 50 with the publisher\'s mark p (provisional) (expected '
        "the amount in pounds, such as £0.50 for 50p, or the mark in brackets for a provisional figure, 50 [p]: "
        "correct the cell and save the file again)")


FORCES = """\
area,parent,in_text{code}
Wales,,Wales{wales}
North Wales,Wales,North Wales{north}
Gwent,Wales,Gwent{gwent}
South Wales,Wales,South Wales{south}
Dyfed-Powys,Wales,Dyfed-Powys{dyfed}
"""
CODES = {"code": ",code", "wales": ",W92000004", "north": ",W15000001", "gwent": ",W15000002",
         "south": ",W15000003", "dyfed": ",W15000004"}
FORCE_ROWS: list[list[object]] = [
    ["K04000001", "England and Wales", 100000, 110000], ["W92000004", "Wales", 1000, 1100],
    ["W15000001", "North Wales Police", 10, 20], ["W15000002", "Gwent Police", 1, 2],
    ["W15000003", "South Wales Police", 3, "4 [r]"], ["W15000004", "Dyfed-Powys Police", 5, "[c]"],
    ["E23000001", "Metropolitan Police", 4, 4], [None, "British Transport Police", 4, 4]]


@pytest.mark.parametrize(("coded", "area"), [(True, "Police force area code"), (False, "Police force area name"),
                                             (False, "Police force area code")])
def test_a_police_force_table_is_read_by_its_codes_or_names_and_a_column_of_codes_told_apart(
        tmp_path: Path, coded: bool, area: str) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(FORCES.format(**(CODES if coded else dict.fromkeys(CODES, ""))),
                                        encoding="utf-8")
    _gss_book(campaign / "crime.xlsx", ["Police force area code", "Police force area name", "2022-23", "2023-24"],
              FORCE_ROWS)
    _figures(campaign, "crime.xlsx", f"'{area}'", ", sheet: Table_1")
    if not coded and area.endswith("code"):  # codes in the column named, none in areas.csv
        with pytest.raises(InputError) as refused:
            load_campaign(campaign)
        assert str(refused.value) == (
            "crime.xlsx: no figure for area 'North Wales', measure 'parcels', period 'last_year' (April to September "
            "2023) (expected one row per area, measure and period; 8 rows were left out where the area cell names no "
            "area in areas.csv, such as 'K04000001' (sheet Table_1 of crime.xlsx row 6): name the areas as areas.csv "
            "does, or give areas.csv a code column with the codes the figures use)")
        return
    loaded = load_campaign(campaign)
    assert loaded.figures[("South Wales", "parcels", "this_year")].amount == Decimal(4)
    assert loaded.figures[("Wales", "parcels", "this_year")].amount == Decimal(1100)  # as given, not summed
    assert loaded.unavailable[("Dyfed-Powys", "parcels", "this_year")].marker == "[c]"
    left = [w.message for w in loaded.notices if w.code == "rows_ignored"]
    wales, met = ("England and Wales (K04000001)", "Metropolitan Police (E23000001)") if coded else \
        ("England and Wales", "Metropolitan Police")
    assert left == [f"3 rows of the figures were left out, naming no area in areas.csv: '{wales}' (sheet Table_1 of "
                    f"crime.xlsx row 6), '{met}' (sheet Table_1 of crime.xlsx row 12), 'British Transport Police' "
                    "(sheet Table_1 of crime.xlsx row 13)"]


ENGLAND = """\
area,parent,in_text
England,,England
South West,England,the South West
Devon and Cornwall,South West,Devon and Cornwall
Avon and Somerset,South West,Avon and Somerset
London,England,London
Metropolitan,London,the Metropolitan Police area
City of London,London,the City of London
"""


def test_force_names_as_the_home_office_prints_them_are_your_areas(tmp_path: Path) -> None:
    """"Devon & Cornwall", "Avon and Somerset Constabulary", "Metropolitan Police", "London, City of" beside their
    codes and region, England and Wales' and England's rows, British Transport Police and a Total."""
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(ENGLAND, encoding="utf-8")
    _gss_book(campaign / "crime.xlsx", ["Force area code", "Force name", "Region", "2022-23 [note 2]",
                                        "2023-24 [note 2]"], [
        ["K04000001", "England and Wales", None, "5,300,000", "5,400,000"],
        ["E92000001", "England", None, 5000000, 5100000],
        ["E23000035", "Devon & Cornwall", "South West", 1000, "1,100"],
        ["E23000036", "Avon and Somerset Constabulary", "South West", 20, "[c] [note 7]"],
        ["E23000001", "Metropolitan Police", "London", 300000, 310000],
        ["E23000034", "London, City of", "London", 4000, "4,200 [r]"],
        [None, "British Transport Police", None, 60000, 61000], [None, "Total", None, 5365000, 5476300]])
    _figures(campaign, "crime.xlsx", "Force name", ", sheet: Table_1")
    loaded = load_campaign(campaign)
    read = {key[0]: value.amount for key, value in loaded.figures.items() if key[2] == "this_year"}
    assert read == {"Devon and Cornwall": 1100, "Metropolitan": 310000, "City of London": 4200, "London": 314200,
                    "England": 5100000}
    assert loaded.unavailable[("South West", "parcels", "this_year")].because == \
        "it is the sum of its areas, and Avon and Somerset's is not available"
    assert [w.message for w in loaded.notices if w.code == "rows_ignored"] == [
        "3 rows of the figures were left out, naming no area in areas.csv: 'England and Wales' (sheet Table_1 of "
        "crime.xlsx row 6), 'British Transport Police' (sheet Table_1 of crime.xlsx row 12), 'Total' (sheet Table_1 "
        "of crime.xlsx row 13)"]


COMMA_STYLE = '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-'  # Excel's Comma style: 0 shown as "-"


@pytest.mark.parametrize(("value", "number_format", "read"), [
    (3, '[<5]"[c]";#,##0', "[c]"),  # a count under 5 shown as [c]: withheld, though the workbook holds it
    (12, '[<5]"[c]";#,##0', Decimal(12)),
    (3, '[Red][<5]"*";[>=5]#,##0', "*"),
    (0, COMMA_STYLE, Decimal(0)),  # a zero is 0, whatever its format shows
    (6, ";;;", None),  # shown as nothing
])
def test_a_figure_a_number_format_shows_as_a_marker_is_not_available(tmp_path: Path, value: int, number_format: str,
                                                                     read: Decimal | str | None) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for row in (["Area", "2022-23", "2023-24"], ["Wales", 900, 950], ["Ynys Môn", value, 14], ["Gwynedd", 1, 2],
                ["Rhondda Cynon Taf", 3, 4], ["Powys", 5, 6]):
        book.active.append(row)
    book.active["B3"].number_format = number_format
    campaign = campaign_with(tmp_path)
    book.save(campaign / "bins.xlsx")
    _figures(campaign, "bins.xlsx", "Area")
    key = ("Ynys Môn", "parcels", "last_year")
    if read is None:
        with pytest.raises(InputError) as refused:
            load_campaign(campaign)
        assert str(refused.value) == (
            "bins.xlsx:3: 2022-23: looks empty, as its cell's number format hides the figure the workbook holds, 6 "
            "(expected a figure the sheet shows: the publisher may have hidden it to withhold it, so write [x] in the "
            "cell where it is not to be given, or, where it is, format the cell as Number (Format Cells > Number) "
            "and save the file again)")
        return
    loaded = load_campaign(campaign)
    if isinstance(read, str):
        assert loaded.unavailable[key].marker == read
        assert key not in loaded.figures
    else:
        assert loaded.figures[key].amount == read


@pytest.mark.parametrize("area", ["Area code", "Area name"])  # matched by code, or by name where areas.csv has
def test_an_area_name_marked_r_or_p_marks_its_rows_figures(tmp_path: Path, area: str) -> None:  # no codes
    from drafter.render.views import value_formula

    campaign = campaign_with(tmp_path)
    if area == "Area name":
        areas = (campaign / "areas.csv").read_text(encoding="utf-8")
        (campaign / "areas.csv").write_text("\n".join(line.rsplit(",", 1)[0] for line in areas.splitlines()) + "\n",
                                            encoding="utf-8")
    (campaign / "bins.csv").write_text(
        "Area code,Area name,2022-23,2023-24\nW92000004,Wales,900,950\nW06000001,Ynys Môn [note 3],1,2\n"
        "W06000002,Gwynedd [r],3,4\nW06000016,Rhondda Cynon Taf [P],5,6\nW06000023,Powys,7,8\n", encoding="utf-8")
    _figures(campaign, "bins.csv", f"'{area}'")
    loaded = load_campaign(campaign)
    gwynedd = loaded.figures[("Gwynedd", "parcels", "this_year")]
    assert (gwynedd.amount, value_formula(gwynedd)) == (Decimal(4), "4 as given (the publisher marks it [r]: revised)")
    assert loaded.figures[("Rhondda Cynon Taf", "parcels", "last_year")].marks == ("[p]",)
    assert [w.message for w in loaded.notices if w.code == "area_noted"] == [
        "bins.csv marks 3 area names with a note or mark: 'Ynys Môn [note 3]' (row 3), 'Gwynedd [r]' (row 4: "
        "revised), 'Rhondda Cynon Taf [P]' (row 5: provisional); read what each note or mark says before you publish "
        "the area's figures"]
