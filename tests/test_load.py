"""Loading a campaign folder: figure layouts, parent sums, and the warnings a campaign earns."""

from __future__ import annotations

import pickle
from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.model import Block, Fact, Inline, SourceRef, Warning
from tests.conftest import edit


def test_wide_form_figures_are_exact_decimals_with_their_cells(example: Path) -> None:
    campaign = load_campaign(example)
    value = campaign.figure_map()[("North West", "contacts", "before")]
    assert value.amount == Decimal(1747) and isinstance(value.amount, Decimal)
    assert [s.cell() for s in value.sources] == ["figures.csv, row 2, column before"]


def test_long_form_figures_with_excel_habits(example: Path) -> None:
    rows = ["area,measure,period,value"]
    data = {"North West": (1747, 3549), "Cheshire": (150, 440), "Cumbria": (90, 171),
            "Greater Manchester": (620, 1240), "Lancashire": (410, 799), "Merseyside": (477, 899)}
    for area, (before, after) in data.items():
        rows.append(f' {area} ,contacts,before,"{before:,}"')
        rows.append(f"{area},contacts,after, {after} ")
    (example / "figures.csv").write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    campaign = load_campaign(example)
    assert campaign.figure_map()[("Greater Manchester", "contacts", "after")].amount == 1240


def test_xlsx_figures(example: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["area", "measure", "before", "after"])
    for area, before, after in [("North West", 1747, 3549.0), ("Cheshire", 150, 440), ("Cumbria", 90, 171),
                                ("Greater Manchester", 620, 1240), ("Lancashire", "410", 799),
                                ("Merseyside", 477, 899)]:
        sheet.append([area, "contacts", before, after])
    book.save(example / "figures.xlsx")
    (example / "figures.csv").unlink()
    campaign = load_campaign(example)
    assert campaign.figure_map()[("North West", "contacts", "after")].amount == 3549
    assert campaign.figure_map()[("North West", "contacts", "after")].sources[0].file == "figures.xlsx"


def test_the_objects_held_by_the_thousand_have_slots_and_the_rest_a_dict(example: Path) -> None:
    campaign = load_campaign(example)
    value = campaign.figure_map()[("North West", "contacts", "before")]
    inline = Inline("Calls rose", bold=True)
    many = [value, value.sources[0], campaign.areas[0], Fact("Cheshire", "contacts.after", "440", Decimal(440),
            "440 as given", value.sources), Warning("small_base", "a warning", "Cumbria"), inline,
            Block("paragraph", "Body Text", (inline,))]
    for thing in many:
        assert not hasattr(thing, "__dict__"), type(thing)
        with pytest.raises(AttributeError):
            object.__setattr__(thing, "stray", 1)  # past frozen's guard: slots have no room for it
        assert pickle.loads(pickle.dumps(thing)) == thing  # workers started by forkserver get them pickled
    few = [campaign, campaign.measures[0], campaign.periods[0], campaign.speakers[0], campaign.quotes[0]]
    for thing in few:
        object.__setattr__(thing, "stray", 1)
        assert vars(thing)["stray"] == 1
    assert [a.name for a in campaign.children("North West")][:2] == ["Cheshire", "Cumbria"]  # cached_property
    assert isinstance(hash(campaign), int)


def test_a_source_cell_as_a_reviewer_reads_it() -> None:
    assert SourceRef("figures.csv", row=3, column="after").cell() == "figures.csv, row 3, column after"
    assert SourceRef("figures.csv", row=3).cell() == "figures.csv, row 3"
    assert SourceRef("figures.csv", column="after").cell() == "figures.csv, column after"
    assert SourceRef("campaign.yaml", key="measures.contacts", line=19).cell() == \
        "campaign.yaml, key measures.contacts"
    assert SourceRef("a.xlsx", row=2, column="x", key="k").cell() == "a.xlsx, row 2, column x, key k"
    assert SourceRef("quotes.yaml").cell() == "quotes.yaml"


def test_parent_figure_is_the_sum_of_its_children_when_not_given(example: Path) -> None:
    edit(example / "figures.csv", 'North West,contacts,"1,747","3,549"\n', "")
    campaign = load_campaign(example)
    value = campaign.figure_map()[("North West", "contacts", "after")]
    assert value.amount == 3549
    assert value.derived_from == ("Cheshire", "Cumbria", "Greater Manchester", "Lancashire", "Merseyside")
    assert len(value.sources) == 5
    _, release = api.preview(example, "Cheshire")
    assert any(f.area == "North West" and f.text == "3,549" and f.formula.startswith("sum of Cheshire")
               for f in release.facts)


def test_a_small_base_gives_counts_and_a_warning(example: Path, tmp_path: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,12,31")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,669","3,409"')
    result = api.draft(example, tmp_path / "out", formats=["md"])
    text = (tmp_path / "out" / "cumbria.md").read_text(encoding="utf-8")
    assert "has risen from 12 to 31" in text and "per cent to 31" not in text
    assert "- Cumbria: from 12 to 31, a rise of 19" in (tmp_path / "out" / "north-west.md").read_text("utf-8")
    assert [w.message for w in result.warnings if w.code == "small_base"] == [
        "the base for contacts in before is below 20: counts given, not a percentage (areas: Cumbria)"]


def test_unequal_periods_are_warned_about(example: Path) -> None:
    edit(example / "campaign.yaml", "end: 2017-12-31", "end: 2018-01-31")
    edit(example / "campaign.yaml", "start: 2018-01-01", "start: 2018-02-01")
    edit(example / "campaign.yaml", "end: 2018-06-30", "end: 2018-07-31")
    batch = api.prepare(example)
    from drafter.campaign_checks import campaign_warnings

    assert [w.message for w in campaign_warnings(batch.campaign, batch.style)] == [
        "periods 'before' (July 2017 to January 2018, 7 months) and 'after' (February to July 2018, 6 months) "
        "differ in length; name both periods exactly in the release"]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("kind: count", "kind: counted",
     'campaign.yaml:19: measures.contacts.kind: "counted" is not allowed (expected one of count, rate)'),
    ("release_date: 2018-09-04", "release_date: 4th Sept",
     'campaign.yaml:11: release_date: "4th Sept" is not a date (expected a date such as 2018-09-04)'),
    ("organisation:", "organisaton:",
     "campaign.yaml: organisation: is missing (expected text)"),
    ("areas: all", "areas: all\ntemplat: x",
     "campaign.yaml:30: templat: is not a known key (expected did you mean 'template'?)"),
])
def test_campaign_yaml_errors_name_line_key_value_and_expectation(example: Path, old: str, new: str,
                                                                    message: str) -> None:
    edit(example / "campaign.yaml", old, new)
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert caught.value.line() == message
