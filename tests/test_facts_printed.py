"""The fact sheet shows what a release prints: a rank a template looked at only to choose its words (top(), for
"the lowest rate" rather than "the fifth highest") is there, its printed cell empty and its formula saying what it
decided, in the CSV, the JSON and the reviewer pack alike, and printed as soon as rank() prints it."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from drafter import api
from drafter.batch import prepare, render_all
from drafter.reports.changes import fact_changes
from drafter.reports.facts import fact_rows
from drafter.shipped import shipped_root
from tests.conftest import edit

LEAGUE = shipped_root() / "league-table" / "example"


def _rows(data: bytes) -> list[tuple[str, ...]]:
    return [tuple(row[:5]) for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))]


def test_the_league_tables_fact_sheet_leaves_the_ranks_it_only_looked_at_unprinted(tmp_path: Path) -> None:
    api.draft(LEAGUE, tmp_path / "out", areas=["Powys"], formats=["md"])
    text = (tmp_path / "out" / "powys.md").read_text(encoding="utf-8")
    assert "the lowest rate of fly-tipping incidents in Wales" in text and "the lowest of any area" in text
    rows = _rows((tmp_path / "out" / "powys.facts.csv").read_bytes())
    assert rows == [
        ("area", "fact", "printed", "exact value", "formula"),
        ("Powys", "incidents.this_year.per_1000.rank", "", "5", "not printed: decides whether it alone is the highest "
         "and whether it is the joint highest; rank 5 of 5 areas in Wales, by rate, highest first"),
        ("Powys", "incidents.this_year.per_1000.rank_lowest", "", "1", "not printed: decides whether it alone is the "
         "lowest; rank 1 of 5 areas in Wales, by rate, lowest first"),
        ("Powys", "incidents.this_year", "31", "31", "31 as given"),
        ("Powys", "incidents.this_year.per_1000", "0.2", "0.2330827067669172932330827068",
         "31 ÷ 133000 × 1000 = 0.2331… → 0.2"),
        ("Powys", "incidents.this_year.rank", "", "5", "not printed: decides whether it alone is the highest and "
         "whether it is the joint highest; rank 5 of 5 areas in Wales"),
        ("Powys", "incidents.this_year.rank_lowest", "", "1", "not printed: decides whether it alone is the lowest; "
         "rank 1 of 5 areas in Wales, by count, lowest first"),
        ("Powys", "incidents.last_year", "12", "12", "12 as given"),
        ("Powys", "incidents.last_year-this_year.change.rank", "", "3", "not printed: decides whether it alone is the "
         "highest; rank 3 of 5 areas in Wales, by change, highest first"),
        ("Powys", "incidents.last_year-this_year.change.rank_lowest", "", "3", "not printed: decides whether it is "
         "nearer the lowest than the highest; rank 3 of 5 areas in Wales, by change, lowest first"),
        ("Wales", "incidents.this_year.per_1000", "17.7", "17.73559322033898305084745763",
         "15696 ÷ 885000 × 1000 = 17.7356… → 17.7"),
    ]
    found = api.facts(LEAGUE, "Powys")
    assert [(f["area"], f["fact"], f["printed"], f["value"], f["formula"])
            for f in json.loads(api.facts_json(found))] == [(*r[:3], str(f.value), r[4])
                                                             for r, f in zip(rows[1:], found, strict=True)]
    review = (tmp_path / "out" / "review" / "review.csv").read_text(encoding="utf-8-sig")
    assert "fly-tipping incidents, per 1,000, rank, lowest first, April 2023 to March 2024 (not printed: decides " \
        "whether it alone is the lowest; rank 1 of 5 areas in Wales, by rate, lowest first; figures.csv, rows " \
        "2–11, column this_year)" in review
    assert "April 2023 to March 2024: 31 (31 as given; figures.csv, row 5, column this_year)" in review


def test_a_rank_printed_after_top_looked_at_it_is_printed_either_way_round(tmp_path: Path) -> None:
    campaign = tmp_path / "league"
    shutil.copytree(LEAGUE, campaign)
    (campaign / "mine").mkdir()
    edit(campaign / "campaign.yaml", "template: league-table", "template: mine")
    for body in ("{% if not top('incidents') %}{{ rank('incidents') }}{% endif %}",
                 "{{ rank('incidents') }}{% if not top('incidents') %}.{% endif %}"):
        (campaign / "mine" / "release.md.j2").write_text(
            '{% extends "base/release.md.j2" %}\n{% block headline %}Figures{% endblock %}\n{% block body %}\n'
            + body + "\n{% endblock %}\n", encoding="utf-8")
        rows = _rows(api.facts_csv(api.facts(campaign, "Swansea")))
        assert rows[1:] == [("Swansea", "incidents.this_year.rank", "second", "2", "rank 2 of 5 areas in Wales")]


def test_a_redraft_over_an_older_fact_sheet_that_gave_a_deciding_rank_as_printed_calls_nothing_changed() -> None:
    """A fact sheet of an earlier drafter gave "fifth" as printed for a rank only deciding the words: printed in
    neither draft, it is no figure "no longer in this release" to tell the newsdesks; a printed figure still is."""
    batch = prepare(LEAGUE, ["Powys"])
    release = render_all(batch)[0]
    old = {(r[0], r[1]): r[2] or f.text for r, f in zip(fact_rows(release.facts), release.facts, strict=True)}
    assert old[("Powys", "incidents.this_year.rank")] == "fifth"
    assert fact_changes(release, old, batch.campaign, batch.style) == ()
    old[("Powys", "incidents.this_year")] = "30"
    assert fact_changes(release, old, batch.campaign, batch.style) == (
        "fly-tipping incidents, April 2023 to March 2024: 30 → 31",)


def test_the_only_fall_is_the_fact_its_words_rest_on_not_printed_as_first(tmp_path: Path) -> None:
    """Cardiff's release says "the only fall in Wales": its rank by change backs those words, and is not printed
    as "first"."""
    api.draft(LEAGUE, tmp_path / "out", areas=["Cardiff"], formats=["md"])
    assert "by number, the only fall in Wales." in (tmp_path / "out" / "cardiff.md").read_text(encoding="utf-8")
    rows = [row for row in _rows((tmp_path / "out" / "cardiff.facts.csv").read_bytes()) if "change.rank" in row[1]]
    assert rows == [("Cardiff", "incidents.last_year-this_year.change.rank_lowest", "", "1",
                     "not printed: decides whether it is the only fall; rank 1 of 5 areas in Wales, by change, lowest "
                     "first; the only one down")]
