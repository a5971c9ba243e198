"""The period a publisher's file names for a figure (a column "2022-23", a sheet "FY24", a row's "YE Mar 24") held
against the dates campaign.yaml gives the period: another year's, written under the wrong period, is warned of,
however the publisher spells it; a financial, academic or fiscal year, a quarter, a month, a week or a day that is
the period's (or a part of it) passes without a word."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from drafter import api
from drafter.load import load_campaign
from drafter.shipped import shipped_root
from tests.conftest import edit


def _campaign(tmp_path: Path, last: tuple[str, str, str], this: tuple[str, str, str]) -> Path:
    """count-change's example, its figures one file with a column per period named as a publisher names it:
    ``last`` and ``this`` are each period's start, end and column."""
    campaign = tmp_path / "campaign"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    (campaign / "figures.csv").unlink()
    (campaign / "areas.csv").write_text("area,parent,in_text,name_cy,yn_cy\nWales,,Wales,Cymru,yng Nghymru\n"
                                        "Cardiff,Wales,Cardiff,Caerdydd,yng Nghaerdydd\n", encoding="utf-8")
    header = f"Area,{last[2]},{this[2]}\n"
    rows = "Cardiff,40,45\nWales,40,45\n"
    (campaign / "published.csv").write_text(header + rows, encoding="utf-8")
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    text = re.sub(r"periods:.*?\n\n", f"periods:\n  last_year: {{start: {last[0]}, end: {last[1]}}}\n"
                  f"  this_year: {{start: {this[0]}, end: {this[1]}}}\n\n", text, flags=re.S)
    text = text.replace("release_date: 2024-10-15", "release_date: 2026-10-15").replace(
        "embargo: 2024-10-15 00:01", "embargo: 2026-10-15 00:01")
    (campaign / "campaign.yaml").write_text(text + "figures:\n" + "".join(
        f"  {period}:\n    file: published.csv\n    area: Area\n    value: \"{column}\"\n"
        for period, column in (("last_year", last[2]), ("this_year", this[2]))), encoding="utf-8")
    return campaign


@pytest.mark.parametrize(("last", "this"), [
    (("2022-04-01", "2023-03-31", "2022-23"), ("2023-04-01", "2024-03-31", "2023/24")),  # financial years
    (("2022-04-01", "2023-03-31", "YE Mar 23"), ("2023-04-01", "2024-03-31", "12 months to March 2024")),  # rolling
    (("2022-09-01", "2023-08-31", "Academic year 2022/23"), ("2023-09-01", "2024-08-31", "2023/24")),
    (("2022-10-01", "2023-09-30", "FY23"), ("2023-10-01", "2024-09-30", "FY 2024")),  # US federal fiscal years
    (("2022-07-01", "2023-06-30", "FY 2022-23"), ("2023-07-01", "2024-06-30", "Fiscal year 2024")),  # a state's
    (("2023-01-01", "2023-03-31", "Q1 2023"), ("2024-01-01", "2024-03-31", "January to March 2024")),
    (("2024-02-01", "2024-02-29", "Feb-24"), ("2024-03-01", "2024-03-31", "March 2024")),  # month on month
    (("2023-04-03", "2023-04-09", "w/e 9 April 2023"), ("2024-04-01", "2024-04-07", "week ending 7 April 2024")),
    (("2022-12-31", "2022-12-31", "31 December 2022"), ("2023-12-31", "2023-12-31", "2023-12-31")),
    (("2023-01-01", "2023-12-31", "2023"), ("2024-01-01", "2024-12-31", "Incidents")),  # no period: not judged
])
def test_a_column_naming_its_periods_dates_passes_without_a_word(tmp_path: Path, last: tuple[str, str, str],
                                                                 this: tuple[str, str, str]) -> None:
    campaign = load_campaign(_campaign(tmp_path, last, this))
    assert [n.message for n in campaign.notices if n.code == "period_named"] == []
    assert campaign.figures[("Cardiff", "parcels", "this_year")].amount == 45


@pytest.mark.parametrize(("last", "this", "said"), [
    (("2022-04-01", "2023-03-31", "2023-24"), ("2023-04-01", "2024-03-31", "2022-23"),
     ["figures.last_year.value: '2023-24' names April 2023 to March 2024, not period 'last_year' (April 2022 to March "
      "2023)", "figures.this_year.value: '2022-23' names April 2022 to March 2023, not period 'this_year' (April "
      "2023 to March 2024)"]),
    (("2023-01-01", "2023-03-31", "Q1 2023"), ("2024-01-01", "2024-03-31", "2023 Q1"),
     ["figures.this_year.value: '2023 Q1' names January 2023 to March 2023, not period 'this_year' (January to March "
      "2024)"]),
    (("2022-10-01", "2023-09-30", "FY 2022-23"), ("2023-10-01", "2024-09-30", "FY23"),
     ["figures.this_year.value: 'FY23' names October 2022 to September 2023, not period 'this_year' (October 2023 to "
      "September 2024)"]),
    (("2022-04-01", "2023-03-31", "YE Mar 23"), ("2023-04-01", "2024-03-31", "YE Mar 23 (revised)"),
     ["figures.this_year.value: 'YE Mar 23 (revised)' names April 2022 to March 2023, not period 'this_year' (April "
      "2023 to March 2024)"]),
    (("2022-12-31", "2022-12-31", "31 December 2022"), ("2023-12-31", "2023-12-31", "w/e 31 December 2023"),
     ["figures.this_year.value: 'w/e 31 December 2023' names 25 December 2023 to 31 December 2023, not period "
      "'this_year' (31 December 2023)"]),
])
def test_a_column_naming_another_period_is_warned_of_in_the_publishers_words(
        tmp_path: Path, last: tuple[str, str, str], this: tuple[str, str, str], said: list[str]) -> None:
    campaign = load_campaign(_campaign(tmp_path, last, this))
    assert [n.message.split(": ", 1)[1] for n in campaign.notices if n.code == "period_named"] == [
        f"{s}: check that these are this period's figures" for s in said]


def test_periods_listed_newest_first_are_still_compared_earlier_to_later(tmp_path: Path) -> None:
    campaign = tmp_path / "helpline"
    shutil.copytree(shipped_root() / "helpline-rise" / "example", campaign)
    edit(campaign / "campaign.yaml", "  before:\n    start: 2017-07-01\n    end: 2017-12-31\n", "")
    edit(campaign / "campaign.yaml", "    end: 2018-06-30\n",
         "    end: 2018-06-30\n  before:\n    start: 2017-07-01\n    end: 2017-12-31\n")
    text = api.preview(campaign, "Cheshire")[0]
    assert "has almost trebled" in text and "fallen" not in text
    assert "Between January and June 2018, that figure rose by 193 per cent to 440." in text
