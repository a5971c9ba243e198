"""A press officer's own campaign, as campaign.yaml and a spreadsheet give it: the edges the shipped examples
do not reach (three years, a year between marked not available, …)."""

from __future__ import annotations

from pathlib import Path

from drafter import api


def _three_years(food: Path, middle: dict[str, str]) -> None:
    """count-change's example with a year between its two, each area's figure for it from ``middle``."""
    yaml = food / "campaign.yaml"
    text = yaml.read_text(encoding="utf-8")
    before = "  this_year:\n    start: 2024-04-01"
    assert before in text
    yaml.write_text(text.replace(before, "  between:\n    start: 2023-10-01\n    end: 2024-03-31\n" + before),
                    encoding="utf-8")
    rows = ["area,measure,last_year,between,this_year"] + [f'{area},parcels,"{old}","{between}","{new}"' for area, (
        old, new) in {"Cardiff": ("4,120", "5,066"), "Swansea": ("2,480", "2,108"), "Ceredigion": ("640", "640"),
                      "Powys": ("12", "31"), "Ynys Môn": ("0", "140")}.items() for between in [middle[area]]]
    (food / "figures.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_year_between_the_two_compared_marked_not_available_takes_nothing_from_the_comparison(food: Path) -> None:
    """A police force's three years, the middle one [c] for one district: the first and last were both there,
    yet the release said "Figures for Swansea are not available for <the last year>, so there is no comparison
    to give", and Wales's that its first year was not available; the comparison is the first and last's."""
    _three_years(food, {"Cardiff": "4,500", "Swansea": "[c]", "Ceredigion": "600", "Powys": "20",
                        "Ynys Môn": "70"})
    text = api.preview(food, "Swansea", locale="en_GB", escape=False)[0]
    assert "no comparison" not in text and "not available" not in text
    assert "Emergency food parcels given out in Swansea have fallen by 15 per cent, from 2,480 parcels" in text
    assert "Across Wales as a whole, the figure went from 7,252 to 7,985 over the same periods" in text
