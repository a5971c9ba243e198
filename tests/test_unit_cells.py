"""A file as published with a column of units beside the figures, as statistics.gov.scot gives one on every row
("GBP Thousand"): read as it stands, £402.1 thousand would print as £402.10, so a row whose unit says thousands
or millions is refused until the measure says figures_in, and then read a thousand times over."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.shipped import shipped_root
from tests.conftest import edit

FIGURES = """figures:
  last_year:
    file: statistics.csv
    area: FeatureCode
    rows: {DateCode: 2022/2023, Measurement: Count}
    value: Value
  this_year:
    file: statistics.csv
    area: FeatureCode
    rows: {DateCode: 2023/2024, Measurement: Count}
    value: Value

"""


@pytest.fixture
def scottish(tmp_path: Path) -> Path:
    """count-change's parcels as money raised in £ thousands, a row per area, year and measurement, with Units."""
    campaign = tmp_path / "money"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    (campaign / "figures.csv").unlink()
    edit(campaign / "campaign.yaml", "    unit: parcels ", "    unit: GBP #")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\n" + FIGURES)
    edit(campaign / "areas.csv", "area,parent,in_text,name_cy,yn_cy\n", "area,parent,in_text,name_cy,yn_cy,code\n")
    for n, name in enumerate(("Wales,,Wales,Cymru,yng Nghymru", "Cardiff,Wales,Cardiff,Caerdydd,yng Nghaerdydd",
                              "Swansea,Wales,Swansea,Abertawe,yn Abertawe",
                              "Ceredigion,Wales,Ceredigion,Ceredigion,yng Ngheredigion",
                              "Powys,Wales,Powys,Powys,ym Mhowys", "Ynys Môn,Wales,Ynys Môn,Ynys Môn,ar Ynys Môn")):
        edit(campaign / "areas.csv", name + "\n", f"{name},S120000{n + 10}\n")
    rows = "".join(f'"S120000{n + 10}","{year}","Count","GBP Thousand","{value}"\n' for n, pair in enumerate(
        (("4.1", "5.0"), ("2.4", "2.1"), ("0.6", "0.6"), ("1.2", "3.1"), ("0.0", "1.4")), start=1)
        for year, value in zip(("2022/2023", "2023/2024"), pair, strict=True))
    (campaign / "statistics.csv").write_text('"FeatureCode","DateCode","Measurement","Units","Value"\n' + rows,
                                             encoding="utf-8")
    return campaign


def test_a_row_whose_units_say_thousands_is_refused_until_figures_in_says_so(scottish: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_campaign(scottish)
    assert caught.value.line() == (
        'statistics.csv:2: Units: "GBP Thousand" says this row\'s figures are in thousands, which campaign.yaml does '
        "not say of measure 'parcels', so 1.2 would be read as 1.2 (expected figures_in: thousands under measures: "
        "parcels: in campaign.yaml, so that 1.2 is read as 1,200)")
    edit(scottish / "campaign.yaml", "    unit: GBP #", "    figures_in: thousands\n    unit: GBP #")
    assert load_campaign(scottish).figures[("Cardiff", "parcels", "this_year")].amount == Decimal(5000)


def test_a_title_block_saying_thousands_above_the_header_is_refused_until_figures_in_says_so(scottish: Path) -> None:
    """A Scottish Government table's title block says "£ thousands" on a line of its own above the header; read as it
    stands, Edinburgh's £402,100 printed as £402.10, without a word."""
    (scottish / "statistics.csv").write_text(
        "Table 1: Funds raised by council area\n£ thousands\n\nFeatureCode,DateCode,Measurement,Value\n" + "".join(
            f"S120000{n + 10},{year},Count,{value}\n" for n, pair in enumerate(
                (("4.1", "5.0"), ("2.4", "2.1"), ("0.6", "0.6"), ("1.2", "3.1"), ("0.0", "1.4")), start=1)
            for year, value in zip(("2022/2023", "2023/2024"), pair, strict=True)), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_campaign(scottish)
    assert caught.value.line() == (
        'statistics.csv:2: above the header: "£ thousands" says the table\'s figures are in thousands, which '
        "campaign.yaml does not say of measure 'parcels', so 1.2 would be read as 1.2 (expected figures_in: thousands "
        "under measures: parcels: in campaign.yaml, so that 1.2 is read as 1,200; or, where that line says it of "
        "other figures, the line taken out of the file)")
    edit(scottish / "campaign.yaml", "    unit: GBP #", "    figures_in: thousands\n    unit: GBP #")
    assert load_campaign(scottish).figures[("Powys", "parcels", "this_year")].amount == Decimal(3100)
