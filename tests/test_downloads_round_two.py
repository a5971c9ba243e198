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
     "no quote marks around them, which splits each into cells of its own: 14,500; 16,200 (expected one cell per column: each such "
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
