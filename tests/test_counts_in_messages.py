"""Counts in drafter's messages and warnings as a person writes them: "1 row was left out", "2 rows were"."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import how_many
from tests.conftest import edit
from tests.helpers import FIGURES, campaign_with, financial_years


@pytest.mark.parametrize(("count", "one", "many", "said"), [
    (0, "row", None, "0 rows"),
    (1, "row", None, "1 row"),
    (2, "row", None, "2 rows"),
    (1234, "row", None, "1,234 rows"),
    (1, "row was left out", "rows were left out", "1 row was left out"),
    (2, "row was left out", "rows were left out", "2 rows were left out"),
    (1, "entry", "entries", "1 entry"),
    (3, "entry", "entries", "3 entries"),
])
def test_a_count_takes_the_words_of_its_number(count: int, one: str, many: str | None, said: str) -> None:
    assert how_many(count, one, many) == said


TABLE = """\
Area code,Local authority,2022-23,2023-24
W06000001,Ynys Môn,"1,234","1,456"
W06000002,Gwynedd,"2,010","1,980"
W06000016,Rhondda Cynon Taf,"3,400","3,400"
W06000023,Powys,[x],"1,200"
W92000004,Wales,"20,000","8,036"
E92000001,England,"99,000","98,000"
,,,
Source: Freedom of Information requests,,,
"""


def test_a_draft_with_one_of_each_left_out_says_each_in_the_singular(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "potholes.csv").write_text(TABLE, encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\n" + FIGURES)
    financial_years(campaign)
    result = CliRunner().invoke(app, ["draft", str(campaign), "--out", str(tmp_path / "out"), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[:3] == [
        "warning: 1 row of the figures was left out, naming no area in areas.csv: 'England (E92000001)' "
        "(potholes.csv row 7)",
        "warning: 1 note among the figures was left out, as text, not a figure: 'Source: Freedom of Information "
        "requests' (potholes.csv row 9)",
        "warning: 1 figure is marked as not available and is worded as such: Powys' emergency food parcels given out "
        "in period 'last_year' (April 2022 to March 2023): '[x]', potholes.csv row 5"]


def test_columns_marked_in_their_headings_are_named_with_a_verb_that_agrees() -> None:
    from drafter.load.published import _marked_columns

    one = _marked_columns("parcels.csv", {"parcels": ("[p]",)}, {}, {"parcels": ("2023-24 [p]",)})
    two = _marked_columns("parcels.csv", {"parcels": ("[p]",)}, {}, {"parcels": ("2022-23 [r]", "2023-24 [p]")})
    assert [w.message.split(" in the fact sheet")[0] for w in (*one, *two)] == [
        "parcels.csv: the column '2023-24 [p]' (provisional) carries the publisher's mark in its heading, and so "
        "does each of its figures",
        "parcels.csv: the columns '2022-23 [r]' (revised) and '2023-24 [p]' (provisional) carry the publisher's mark "
        "in their headings, and so does each of their figures"]
