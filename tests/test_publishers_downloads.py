"""Files exactly as UK statistics publishers publish them (StatsWales, the Home Office, NHS England, ONS), each the
smallest that shows one thing a press officer meets when naming the download in campaign.yaml as it is: read
right, or refused in their words."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from drafter.load import load_campaign
from tests.helpers import campaign_with


def _by_year(campaign: Path, file: str, area: str, last: str = "2022-23", this: str = "2023-24") -> None:
    """campaign.yaml's figures: each period from ``file``, the areas in column ``area``."""
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    (campaign / "campaign.yaml").write_text(text.replace("\nareas: all\n", (
        f"\nareas: all\nfigures:\n  last_year: {{file: {file}, area: {area}, value: {last}}}\n"
        f"  this_year: {{file: {file}, area: {area}, value: {this}}}\n")), encoding="utf-8")


# StatsWales' CSV download: a byte-order mark, Windows line ends, a title in both languages, headings and names
# written "Welsh / English", and its symbols "." (not applicable) and ".." (not available).
STATSWALES = """\
"Digwyddiadau tipio anghyfreithlon / Fly-tipping incidents"

"Awdurdod lleol / Local authority","2022-23","2023-24"
"Cymru / Wales","6,656","."
"Ynys Môn / Isle of Anglesey","1,234","1,456"
"Gwynedd","2,010",".."
"Rhondda Cynon Taf","3,400","3,400"
"Powys","12","14"
"Sir Fynwy / Monmouthshire","800","820"
"""
WELSH_NAMES = """\
area,parent,in_text,name_cy,other_names
Wales,,Wales,Cymru,
Ynys Môn,Wales,Ynys Môn,Ynys Môn,Isle of Anglesey
Gwynedd,Wales,Gwynedd,Gwynedd,
Rhondda Cynon Taf,Wales,Rhondda Cynon Taf,Rhondda Cynon Taf,
Powys,Wales,Powys,Powys,
"""


def test_a_statswales_download_is_read_by_its_names_in_both_languages_and_its_full_stop_symbol(
        tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(WELSH_NAMES, encoding="utf-8")
    (campaign / "fly-tipping.csv").write_bytes(b"\xef\xbb\xbf" + STATSWALES.replace("\n", "\r\n").encode("utf-8"))
    _by_year(campaign, "fly-tipping.csv", "Awdurdod lleol / Local authority")
    loaded = load_campaign(campaign)
    # "Cymru / Wales" is Wales, its two names; "Ynys Môn / Isle of Anglesey" is Ynys Môn (the other in other_names)
    assert loaded.figures[("Wales", "parcels", "last_year")].amount == Decimal(6656)
    assert loaded.figures[("Ynys Môn", "parcels", "this_year")].amount == Decimal(1456)
    assert loaded.unavailable[("Wales", "parcels", "this_year")].marker == "."  # StatsWales' "not applicable"
    assert loaded.unavailable[("Gwynedd", "parcels", "this_year")].marker == ".."
    left = [w.message for w in loaded.notices if w.code == "rows_ignored"]
    assert left == ["1 row of the figures was left out, naming no area in areas.csv: 'Sir Fynwy / Monmouthshire' "
                    "(fly-tipping.csv row 9)"]
    text, _release = api.preview(campaign, "Ynys Môn", escape=False)
    assert "from 1,234 parcels between April and September 2023 to 1,456 parcels" in text


def test_a_name_in_two_languages_whose_halves_name_two_places_is_no_area(tmp_path: Path) -> None:
    """"Powys / Cheshire" (or a joint service's "Gwynedd / Môn") is not taken for the one half that is an area."""
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(WELSH_NAMES, encoding="utf-8")
    (campaign / "fly-tipping.csv").write_text(STATSWALES.replace('"Gwynedd",', '"Gwynedd / Cheshire",'),
                                              encoding="utf-8")
    _by_year(campaign, "fly-tipping.csv", "Awdurdod lleol / Local authority")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value).startswith(
        "fly-tipping.csv: no figure for area 'Gwynedd', measure 'parcels', period 'last_year'")


# A table as the Home Office and councils publish it, without codes: the region's own row, then a grand total.
TOTALLED = """\
Local authority,2022-23,2023-24
Wales,"6,656","6,850"
Ynys Môn,"1,234","1,456"
Gwynedd,"2,010","1,980"
Rhondda Cynon Taf,"3,400","3,400"
Powys,12,14
Total,"90,000","91,000"
"""


@pytest.mark.parametrize(("wales", "said"), [
    (True, []),  # Wales has its own row: the total is another's (England and Wales'), and nothing is said of it
    (False, ["'Total' (figures-by-council.csv row 6) was left out: if it is Wales' total, write Wales in its area "
             "cell, and its figures are used as given (else Wales' figures are the sum of its areas', and not "
             "available where one of theirs is not)"]),  # no column of codes to write Wales' code in
])
def test_a_total_row_is_said_to_be_the_regions_only_where_the_region_has_no_row(tmp_path: Path, wales: bool,
                                                                                said: list[str]) -> None:
    campaign = campaign_with(tmp_path)
    table = TOTALLED if wales else TOTALLED.replace('Wales,"6,656","6,850"\n', "")
    (campaign / "figures-by-council.csv").write_text(table, encoding="utf-8")
    _by_year(campaign, "figures-by-council.csv", "Local authority")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Wales", "parcels", "this_year")].amount == Decimal(6850)
    assert [w.message for w in loaded.notices if w.code == "total_row_left_out"] == said


def test_a_sheet_named_in_other_capitals_or_with_underscores_is_named_as_its_tab_spells_it(tmp_path: Path) -> None:
    """ONS names a sheet "Table_1" in its contents and "Table 1" on the tab, or the other way round: campaign.yaml
    may write either, and warnings and fact sheets name the tab a person sees."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Contents"
    sheet = book.create_sheet("Table 1")
    for row in (["Area code", "2022-23", "2023-24"], ["W06000001", 1234, 1456], ["W06000002", 2010, 1980],
                ["W06000016", 3400, 3400], ["W06000023", 12, 14], ["E92000001", 9, 9]):
        sheet.append(row)
    campaign = campaign_with(tmp_path)
    book.save(campaign / "fly-tipping.xlsx")
    _by_year(campaign, "fly-tipping.xlsx", "Area code")
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    text = text.replace("{file: fly-tipping.xlsx,", "{file: fly-tipping.xlsx, sheet: Table_1,", 1)
    (campaign / "campaign.yaml").write_text(text.replace("{file: fly-tipping.xlsx, area", "{file: fly-tipping.xlsx, "
                                                         "sheet: TABLE 1, area"), encoding="utf-8")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Powys", "parcels", "this_year")].sources[0].cell() == \
        "sheet Table 1 of fly-tipping.xlsx, row 5, column 2023-24"
    assert [w.message for w in loaded.notices if w.code == "rows_ignored"] == [
        "1 row of the figures was left out, naming no area in areas.csv: 'E92000001' (sheet Table 1 of "
        "fly-tipping.xlsx row 6)"]  # once, though both periods read it, under names written two ways


def test_a_year_under_two_headings_in_a_csv_file_is_told_both_columns_it_could_be(tmp_path: Path) -> None:
    """A two-row header saved as CSV, "Number" and "Rate per 1000" each over both years: the year alone names
    neither, and the refusal names both, not the one most like it."""
    campaign = campaign_with(tmp_path)
    (campaign / "fires.csv").write_text(
        "Area code,Number,,Rate per 1000,\n,2022-23,2023-24,2022-23,2023-24\nW06000001,1,2,0.1,0.2\n",
        encoding="utf-8")
    _by_year(campaign, "fires.csv", "Area code")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value).endswith("did you mean 'Number 2022-23' or 'Rate per 1000 2022-23'?)")


# NHS England's CSV: a row per organisation, month and measure, "*" where a count is suppressed and "-" for nil.
NHS = """\
REPORTING_PERIOD_START,BREAKDOWN,PRIMARY_LEVEL,PRIMARY_LEVEL_DESCRIPTION,MEASURE_ID,MEASURE_VALUE
2023-09-01,England,England,England,MHS01,9999
2023-09-01,LA,W06000001,Isle of Anglesey,MHS01,-
2023-09-01,LA,W06000002,Gwynedd,MHS01,2010
2023-09-01,LA,W06000016,Rhondda Cynon Taf,MHS01,*
2023-09-01,LA,W06000023,Powys,MHS01,12
2024-09-01,LA,W06000001,Isle of Anglesey,MHS01,140
2024-09-01,LA,W06000002,Gwynedd,MHS01,1980
2024-09-01,LA,W06000016,Rhondda Cynon Taf,MHS01,3400
2024-09-01,LA,W06000023,Powys,MHS01,-
"""


@pytest.mark.parametrize("dash_means", ["", "nil"])
def test_a_dash_is_not_available_unless_campaign_yaml_says_the_publisher_writes_it_for_nil(
        tmp_path: Path, dash_means: str) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "mhsds.csv").write_text(NHS, encoding="utf-8")
    said = f", dash_means: {dash_means}" if dash_means else ""
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    (campaign / "campaign.yaml").write_text(text.replace("\nareas: all\n", "\nareas: all\nfigures:\n" + "".join(
        f"  {period}: {{file: mhsds.csv, area: PRIMARY_LEVEL, rows: {{REPORTING_PERIOD_START: {month}, MEASURE_ID: "
        f"MHS01}}, value: MEASURE_VALUE{said}}}\n" for period, month in (("last_year", "2023-09-01"),
                                                                         ("this_year", "2024-09-01")))),
        encoding="utf-8")
    loaded = load_campaign(campaign)
    assert loaded.unavailable[("Rhondda Cynon Taf", "parcels", "last_year")].marker == "*"  # never nil
    dashes = [w.message for w in loaded.notices if w.code.startswith("dash_")]
    if not dash_means:
        assert loaded.unavailable[("Ynys Môn", "parcels", "last_year")].marker == "-"
        assert dashes == [
            "2 figures written as a dash are read as not available, such as Ynys Môn's (mhsds.csv row 3); many "
            "publishers (NHS England, the Welsh Government, older ONS tables) write a dash for nil, none: where the "
            "file's notes say so, write dash_means: nil under each period of figures: in campaign.yaml, and each "
            "dash is read as 0"]
        return
    nil = loaded.figures[("Ynys Môn", "parcels", "last_year")]
    assert (nil.amount, nil.marks, nil.sources[0].cell()) == (0, ("-",), "mhsds.csv, row 3, column MEASURE_VALUE")
    assert loaded.figures[("Powys", "parcels", "this_year")].amount == 0
    assert dashes == ["2 figures written as a dash are read as 0, as dash_means: nil in campaign.yaml says: Ynys Môn "
                      "(mhsds.csv, row 3, column MEASURE_VALUE); Powys (mhsds.csv, row 10, column MEASURE_VALUE); "
                      "check that the publisher's notes say a dash means nil"]
    text, _release = api.preview(campaign, "Ynys Môn", escape=False)
    assert "have risen from none between April and September 2023 to 140 parcels between April and" in text, text
    (campaign / "campaign.yaml").write_text((campaign / "campaign.yaml").read_text(encoding="utf-8").replace(
        "dash_means: nil", "dash_means: zero", 1), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value).endswith('figures.last_year.dash_means: "zero" is not what a dash can mean (expected '
                                       "nil, where the publisher's notes say a dash means nil (none), or not "
                                       "available)")


# An ONS table of counts above its table of rates, on one sheet, with the same headings.
TWO_TABLES = """\
Table 1a: Incidents by council
Area code,2022-23,2023-24
W06000001,"1,234","1,456"
W06000002,"2,010","1,980"
W06000016,"3,400","3,400"
W06000023,12,14

"Table 1b: Incidents per 1,000 people"
Area code,2022-23,2023-24
W06000001,17.7,20.9
W06000002,16.1,15.8
W06000016,14.0,14.0
W06000023,0.1,0.1
"""


def test_a_table_below_another_on_one_sheet_is_named_by_its_title(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "incidents.csv").write_text(TWO_TABLES, encoding="utf-8")
    _by_year(campaign, "incidents.csv", "Area code")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == (
        "incidents.csv:10: area: names Ynys Môn again, whose figures are on row 3: rows 8 to 9 ('Table 1b: "
        "Incidents per 1,000 people' …) begin a second table below the first (expected the table you mean named by "
        "its title under figures.last_year in campaign.yaml: table: Table 1b for the one below, or table: with the "
        "title above the first)")
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")

    def named(title: str) -> None:
        (campaign / "campaign.yaml").write_text(text.replace("{file: incidents.csv,", "{file: incidents.csv, "
                                                             f"table: {title},"), encoding="utf-8")

    named("table 1a")  # whatever its capitals
    assert load_campaign(campaign).figures[("Powys", "parcels", "this_year")].amount == Decimal(14)
    named("Table 1b")  # its rates, read for this campaign's count: refused at Table 1b's first row
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value).startswith('incidents.csv:10: 2022-23: "17.7" is not a whole number')
    named("Table 1")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == ("incidents.csv: table: has no table titled 'Table 1' (expected the title of a "
                                  "table as the sheet writes it above the table: Table 1a, Table 1b)")
