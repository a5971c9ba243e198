"""`drafter check` on the figures inside a Word chart: a value or a label changed in the chart's data (in
LibreOffice's data table, or Word's "Edit Data") is a finding naming the chart, its category and series, the
value found and the figure from figures.csv; the chart restyled, or its figures written another way, is not.
One drafted release for the module; every edited copy is checked in one call."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter import api
from drafter.reports.check import CheckResult
from tests.conftest import EXAMPLE
from tests.helpers import edit_chart

PARAGRAPH = 'paragraph 14 (chart 1{}) "People contacting Stop It Now! for help, by …": '
EDITS = {
    "value": [("<c:v>440</c:v>", "<c:v>445</c:v>")],
    "bar label": [("<a:t>440</a:t>", "<a:t>445</a:t>")],  # the label on the bar typed over, its value kept
    "relabelled": [("<c:v>Cheshire</c:v>", "<c:v>Chester</c:v>")],
    "swapped": [("<c:v>Cheshire</c:v>", "<c:v>\0</c:v>"), ("<c:v>Cumbria</c:v>", "<c:v>Cheshire</c:v>"),
                ("<c:v>\0</c:v>", "<c:v>Cumbria</c:v>")],
    "period": [("<c:v>January to June 2018</c:v>", "<c:v>January to June 2019</c:v>")],
    "restyled": [("<c:v>440</c:v>", "<c:v>440.0</c:v>"), ("<c:v>1240</c:v>", "<c:v>1.24E3</c:v>"),
                 ('<c:barDir val="col"/>', '<c:barDir val="bar"/>'), ("A6A6A6", "C00000")],
    "data sheet": [("</c:chartSpace>", '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>'
                    "</c:chartSpace>")],
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Each edit's lines (findings, then what is to check by hand), by edit."""
    work = tmp_path_factory.mktemp("chart")
    campaign = work / "campaign"
    shutil.copytree(EXAMPLE, campaign)
    with (campaign / "campaign.yaml").open("a", encoding="utf-8") as yaml:
        yaml.write("\nchart: true\n")
    api.draft(campaign, work / "out", areas=["Cheshire"], formats=["docx"])
    files = []
    for name, pairs in EDITS.items():
        files.append(work / f"cheshire {name}.docx")
        edit_chart(work / "out" / "cheshire.docx", files[-1], pairs)
    files.append(work / "out" / "cheshire.docx")
    results: list[CheckResult] = [api.check(campaign, files, area="Cheshire")]
    hidden = work / "hidden"  # Cumbria's first count (90) is under the threshold: drafter draws no bar for it
    shutil.copytree(campaign, hidden)
    with (hidden / "campaign.yaml").open("a", encoding="utf-8") as yaml:
        yaml.write("disclosure_threshold: 100\n")
    api.draft(hidden, work / "hidden-out", areas=["Cheshire"], formats=["docx"])
    files = [work / "cheshire hidden.docx"]
    edit_chart(work / "hidden-out" / "cheshire.docx", files[0],
               [('<c:pt idx="2"><c:v>620</c:v></c:pt>', '<c:pt idx="1"><c:v>90</c:v></c:pt><c:pt idx="2"><c:v>620'
                 '</c:v></c:pt>')])
    results.append(api.check(hidden, files, area="Cheshire"))
    lines: dict[str, list[str]] = {}
    for result in results:
        lines.update({Path(path).name: [] for path in result.checked})
        for finding in (*result.findings, *result.by_hand):
            lines[finding.file].append(finding.line().replace(f"{finding.file}: Cheshire: ", ""))
    return lines


def test_a_figure_typed_over_in_a_chart_is_a_finding_naming_its_category_series_and_cell(
        checked: dict[str, list[str]]) -> None:
    assert checked["cheshire value.docx"] == [
        PARAGRAPH.format(", category 1 (Cheshire), series 2 (January to June 2018)") + "'445' where Cheshire's "
        "figure for people contacting Stop It Now! for help in January to June 2018 was '440' (figures.csv, row 3, "
        "column after)"]


def test_a_bars_label_typed_over_is_a_finding_too(checked: dict[str, list[str]]) -> None:
    assert checked["cheshire bar label.docx"] == [
        PARAGRAPH.format(", category 1 (Cheshire), series 2 (January to June 2018), its label") + "'445' where "
        "drafter labelled the bar '440'"]


def test_an_area_s_label_changed_is_a_finding(checked: dict[str, list[str]]) -> None:
    assert checked["cheshire relabelled.docx"] == [
        PARAGRAPH.format(", category 1") + "'Chester' where drafter wrote 'Cheshire' (the label of the area the "
        "chart's figures there are for)"]


def test_two_areas_labels_swapped_hold_each_area_s_bars_against_the_other_s_figures(
        checked: dict[str, list[str]]) -> None:
    assert checked["cheshire swapped.docx"] == [
        PARAGRAPH.format(", category 1 (Cumbria), series 1 (July to December 2017)") + "'150' where Cumbria's "
        "figure for people contacting Stop It Now! for help in July to December 2017 was '90' (figures.csv, row 4, "
        "column before)",
        PARAGRAPH.format(", category 2 (Cheshire), series 1 (July to December 2017)") + "'90' where Cheshire's "
        "figure for people contacting Stop It Now! for help in July to December 2017 was '150' (figures.csv, row 3, "
        "column before)",
        PARAGRAPH.format(", category 1 (Cumbria), series 2 (January to June 2018)") + "'440' where Cumbria's "
        "figure for people contacting Stop It Now! for help in January to June 2018 was '171' (figures.csv, row 4, "
        "column after)",
        PARAGRAPH.format(", category 2 (Cheshire), series 2 (January to June 2018)") + "'171' where Cheshire's "
        "figure for people contacting Stop It Now! for help in January to June 2018 was '440' (figures.csv, row 3, "
        "column after)"]


def test_a_period_s_label_changed_is_a_finding(checked: dict[str, list[str]]) -> None:
    assert checked["cheshire period.docx"] == [
        PARAGRAPH.format(", series 2") + "'January to June 2019' where drafter wrote 'January to June 2018' (the "
        "label of the period the chart's figures there are for)"]


def test_a_figure_typed_where_drafter_draws_no_bar_is_a_finding_that_does_not_repeat_the_hidden_count(
        checked: dict[str, list[str]]) -> None:
    assert checked["cheshire hidden.docx"] == [
        PARAGRAPH.format(", category 2 (Cumbria), series 1 (July to December 2017)") + "'90' where Cumbria's "
        "figure for people contacting Stop It Now! for help in July to December 2017 is not drawn: drafter shows it "
        "as 'fewer than 100' (figures.csv, "
        "row 4, column before)"]


def test_a_chart_restyled_or_its_figures_written_another_way_checks_clean(checked: dict[str, list[str]]) -> None:
    assert (checked["cheshire restyled.docx"], checked["cheshire.docx"]) == ([], [])


def test_a_chart_with_a_data_sheet_of_its_own_is_to_check_by_hand(checked: dict[str, list[str]]) -> None:
    assert checked["cheshire data sheet.docx"] == [
        "to check by hand: " + PARAGRAPH.format("") + "chart 1 carries a data sheet of its own (Word's “Edit "
        "Data”), which drafter's charts "
        "do not: drafter checked the figures the chart shows, not the sheet; if the sheet is edited, check the "
        "release again"]
