"""Tables and charts on campaigns unlike the shipped examples, at unit level: a table too wide for the page breaks
no word or figure, a chart's labels are the figures as the release prints them, and so on."""

from __future__ import annotations

import hashlib
import re
import shutil
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest
from docx.shared import Cm

from drafter import api
from drafter.batch import prepare
from drafter.document import STYLES_USED
from drafter.errors import InputError
from drafter.exhibits import Chart, Table
from drafter.model import Block, Fact, Inline
from drafter.reports.leftovers import out_of_step
from drafter.shipped import reference_docx, shipped_root
from drafter.writers import docx_chart, docx_table
from drafter.writers.docx import DocxWriter
from drafter.writers.docx_measure import ARIAL, Measure
from tests.conftest import edit

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def widths(table: Table) -> list[int]:
    return [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', docx_table.table_xml(table, ""))]


def room(text: str, measure: Measure = ARIAL, bold: bool = False) -> int:
    """What the longest word of a cell needs, as the table's layout counts it."""
    return docx_table.needs(text, measure, bold)


def test_a_table_too_wide_for_the_page_breaks_no_word_or_figure() -> None:
    welsh = Table("Y cant, fesul ardal", ("Ardal", "Ebrill 2022 i Fawrth 2023", "Ebrill 2023 i Fawrth 2024", "Newid",
                                          "Safle"),
                  (("Caerdydd", "18.0", "31.5", "cynnydd o 13.5 pwynt canran", "cyntaf"),
                   ("Abertawe", "12.0", "10.5", "gostyngiad o 1.5 pwynt canran", "ail"),
                   ("Ynys Môn", "0.0", "4.0", "cynnydd o 4.0 pwynt canran", "pedwerydd")))
    money = Table("Money", ("Area", "April to September 2023", "April to September 2024", "Change", "Rank"),
                  (("Bournemouth, Christchurch and Poole", "£109,177.92", "£416,297.61", "+281 per cent", "22nd"),
                   ("Stockton-on-Tees", "£8,561.37", "£601,170.90", "+6,922 per cent", "joint 11th"),
                   ("Herefordshire, County of", "fewer than five", "£658,431.93", "a rise of three", "seventh")))
    for table in (welsh, money):
        got = widths(table)
        assert sum(got) == docx_table.WIDTH
        for c, width in enumerate(got):
            assert width >= max(room(row[c], bold=row is table.header) for row in (table.header, *table.rows)), \
                (table.caption, c, got)


def test_a_table_that_fits_keeps_its_figures_on_one_line_and_gives_the_names_the_rest() -> None:
    table = Table("Contacts", ("Area", "Before", "After", "Change"),
                  (("Cheshire", "150", "440", "+193 per cent"), ("North West", "1,747", "3,549", "+103 per cent")))
    figures = [max(ARIAL(heading, bold=True), ARIAL(figure)) + docx_table.PAD
               for heading, figure in (("Before", "1,747"), ("After", "3,549"), ("Change", "+193 per cent"))]
    assert widths(table) == [docx_table.WIDTH - sum(figures), *figures]
    welsh = Table("Parseli", ("Ardal", "Ebrill i Fedi 2023", "Ebrill i Fedi 2024", "Newid"),
                  (("Caerdydd", "4,120", "5,066", "+23%"), ("Cymru", "92,259", "90,773", "−1.6%")))
    assert widths(welsh)[1:3] == [ARIAL("Ebrill i Fedi 2023", bold=True) + docx_table.PAD] * 2  # one line where it fits
    north = Table("Parcels", ("Area", "April to September 2023", "April to September 2024", "Change"),
                  (("Kingston upon Hull, City of", "1,796", "2,318", "+29 per cent"),
                   ("North of England", "289,187", "317,890", "+9.9 per cent")))
    got = widths(north)  # the Change column was twice as wide as "+9.9 per cent", and the long name broke
    assert got[0] >= ARIAL("Kingston upon Hull, City of") + docx_table.PAD
    assert got[3] == ARIAL("+9.9 per cent") + docx_table.PAD


def test_where_a_heading_must_wrap_word_by_word_what_the_names_can_spare_goes_to_it() -> None:
    """A council's wards: the names (Ystradgynlais, 13 letters) leave too little for every heading on two lines, so
    the headings wrap a word a line; "April 2023 to March 2024" took four lines in a column as wide as "16,673"
    beside "not available" on two. What the names' column can spare now widens it."""
    table = Table("Missed bin collections, by area", ("Area", "April 2022 to March 2023", "April 2023 to March 2024",
                                                      "Change"),
                  (("Crickhowell with Cwmdu and Tretower", "12", "0", "a fall of 12"),
                   ("Ystradgynlais", "282", "264", "−6.4 per cent"), ("Hay", "not available", "8", "not available"),
                   ("Bronllys and Felin-fach", "0", "3", "a rise of three"),
                   ("Powys", "17,237", "16,673", "−3.3 per cent")))
    got = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', docx_table.table_xml(table, "", 6300))]
    assert sum(got) == 6300 and got[0] == room("Ystradgynlais")  # the names keep their longest word (11 cm wide)
    assert got[2] >= ARIAL("April 2023", bold=True) + docx_table.PAD  # "April 2023" fits on a line


def test_a_charts_labels_are_the_figures_as_printed_not_rounded_by_a_number_format() -> None:
    chart = Chart("Share, by area", "Source: Us", "", ("2023", "2024"),
                  (("Cardiff", (Decimal("18.0"), Decimal("31.5"))), ("Powys", (None, Decimal("1250000")))),
                  (("18.0", "31.5"), ("fewer than five", "£1.3m")), ("1F4E79", "A6A6A6"))
    root = ElementTree.fromstring(docx_chart.chart_xml(chart, "cy_GB").encode())
    labels = [[(int(d.find(f"{C}idx").get("val")), "".join(t.text for t in d.iter(f"{A}t")))  # type: ignore[union-attr]
               for d in ser.iter(f"{C}dLbl")] for ser in root.iter(f"{C}ser")]
    assert labels == [[(0, "18.0")], [(0, "31.5"), (1, "£1.3m")]]  # "fewer than five" is not drawn, so no label
    assert 'lang="cy-GB"' in docx_chart.chart_xml(chart, "cy_GB")


def test_a_welsh_table_of_a_percentage_asks_for_its_welsh_label_rather_than_captioning_it_y_cant(tmp_path: Path
                                                                                                  ) -> None:
    campaign = tmp_path / "rate"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ntable: true")
    edit(campaign / "campaign.yaml", "    kind: rate ", "    unit_cy: y cant\n    kind: rate ")
    markdown, _ = api.preview(campaign, "Swansea", locale="cy_GB")
    assert "Cyfran y bysiau sy’n rhedeg ar drydan (%), fesul ardal\n" in markdown
    edit(campaign / "campaign.yaml", "    label_cy: cyfran y bysiau sy’n rhedeg ar drydan", "")
    with pytest.raises(InputError) as error:
        api.preview(campaign, "Swansea", locale="cy_GB")
    assert str(error.value).startswith("campaign.yaml:16: measures.electric.label_cy: area 'Swansea': is missing "
                                       "(expected the measure's label in that language, for its table's caption")


def test_a_table_and_a_chart_fit_between_the_letterheads_own_margins_in_its_font(tmp_path: Path) -> None:
    letterhead = docx.Document(str(reference_docx()))
    page = letterhead.sections[0]
    page.left_margin = page.right_margin = Cm(3.5)  # a page 21 cm wide: 14 cm of text, where drafter's own has 16
    letterhead.styles["Body Text"].font.name = "Georgia"
    letterhead.save(str(tmp_path / "letterhead.docx"))
    writer = DocxWriter(tmp_path / "letterhead.docx", STYLES_USED)
    text = 11906 - 2 * Cm(3.5).twips  # twentieths of a point
    table = Table("Money", ("Area", "April to September 2023", "April to September 2024", "Change", "Rank"),
                  (("Bournemouth, Christchurch and Poole", "£109,177.92", "£416,297.61", "+1,495 per cent", "22nd"),))
    xml = writer.paragraph_xml(Block("table", "Body Text", (Inline("Money"),), table=table))
    assert f'<w:tblW w:w="{text}" w:type="dxa"/>' in xml
    got = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', xml)]
    figures = [room(figure, writer.measure) for figure in ("£109,177.92", "£416,297.61", "+1,495", "22nd")]
    assert sum(got) == text and [g >= f for g, f in zip(got[1:], figures, strict=True)] == [True] * 4  # whole
    chart = Chart("Money", "Source: Us", "", ("2023",), (("Poole", (Decimal(1),)),), (("1",),), ("1F4E79",))
    extent = re.search(r'<wp:extent cx="(\d+)" cy="(\d+)"/>',
                       writer.paragraph_xml(Block("chart", "Body Text", (Inline("Money"),), chart=chart), chart=1))
    assert extent is not None and int(extent.group(1)) <= text * 635
    assert writer.font == "Georgia" and DocxWriter(reference_docx(), STYLES_USED).font == "Arial"
    faces = re.findall(r'typeface="([^"]*)"', docx_chart.chart_xml(chart, "en_GB", writer.font))
    assert len(faces) > 3 and set(faces) == {"Georgia"}  # its axes, legend and labels in the letterhead's font


@pytest.mark.parametrize(("values", "axis"), [
    (["0", "0"], ('formatCode="#,##0"', '<c:max val="1"/>', '<c:majorUnit val="1"/>')),  # not "0, 1, 1"
    (["3", "2"], ('formatCode="#,##0"', '<c:majorUnit val="1"/>')),  # not "0, 1, 1, 2, 2, 3"
    (["0.8", "1.2"], ('formatCode="#,##0.0"',)),  # not "0, 0, 1, 1"
    (["1500", "1750"], ('formatCode="#,##0"',)),
])
def test_a_charts_value_axis_never_prints_two_labels_alike(values: list[str], axis: tuple[str, ...]) -> None:
    chart = Chart("Crew", "Source: Us", "", ("2023", "2024"), (("Swansea", tuple(Decimal(v) for v in values)),),
                  (tuple(values),), ("1F4E79", "A6A6A6"))
    value_axis = docx_chart.chart_xml(chart, "en_US").split("<c:valAx>")[1]
    assert [part in value_axis for part in axis] == [True] * len(axis)
    assert ("<c:majorUnit" in value_axis) == ('<c:majorUnit val="1"/>' in axis)


def test_a_chart_of_many_areas_is_drawn_without_labels_a_bar_chart_as_tall_as_a_page_and_the_draft_says_so(
        food: Path) -> None:
    names = [f"Area {n}" for n in range(1, 14)]  # 13 areas, two periods: 26 bars
    chart = Chart("Crew", "Source: Us", "", ("2023", "2024"),
                  tuple((name, (Decimal(n), Decimal(n + 1))) for n, name in enumerate(names)),
                  tuple((str(n), str(n + 1)) for n in range(13)), ("1F4E79", "A6A6A6"), kind="bar")
    xml = docx_chart.chart_xml(chart, "en_GB")
    assert "<c:dLbl>" not in xml and '<c:showVal val="0"/>' in xml
    extent = re.search(r'cy="(\d+)"', docx_chart.drawing_xml(chart, 1))
    assert extent is not None and int(extent.group(1)) == 26 * docx_chart.BAR  # 0.5 cm a bar, not 9 cm in all
    campaign = food
    (campaign / "areas.csv").write_text("area,parent,yn_cy\nWales,,\n" + "".join(f"{n},Wales,\n" for n in names),
                                        "utf-8")
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\n" + "".join(
        f"{n},parcels,{i + 10},{i + 20}\n" for i, n in enumerate(names)), "utf-8")
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\nchart: true")
    _, release = api.preview(campaign, "Area 1")
    assert [w.message for w in release.warnings if w.code == "crowded_chart"] == [
        "the chart of parcels draws 13 areas, 26 bars: too many to label or read as columns; chart: kind: bar draws "
        "it as tall as a page (chart: against: parent draws each area against its region only)"]


def test_a_second_figure_is_withheld_only_where_a_suppressed_count_could_be_worked_out(food: Path) -> None:
    campaign = food
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ntable:\n  columns: [last_year, rank]\n"
         "disclosure_threshold: 20")  # Powys's 12 is suppressed: Wales's 7,252 less the others would give it away
    rows = [line for line in api.preview(campaign, "Cardiff")[0].splitlines() if line.startswith("| Ynys Môn")]
    assert rows == ["| Ynys Môn | not available | 4th |"]  # the next smallest, 0, withheld with it
    edit(campaign / "figures.csv", "Ceredigion,parcels,640,", "Ceredigion,parcels,[c],")
    table = [line for line in api.preview(campaign, "Cardiff")[0].splitlines() if line.startswith("| ")]
    assert "| Ynys Môn | 0 | 4th |" in table  # Wales's total is not available: nothing to subtract from
    assert table[-1] == "| Wales | not available |  |"  # and a region is never ranked


@pytest.mark.parametrize(("template", "order"), [
    ("count-change", ["Ynys Môn", "Powys", "Cardiff", "Ceredigion", "Swansea"]),  # from none, from 12 (in words)
    ("rate-change", ["Cardiff", "Ynys Môn", "Powys", "Ceredigion", "Swansea"]),  # by points, as the cells say
])
def test_a_table_sorted_by_change_puts_changes_in_words_where_they_belong(tmp_path: Path, template: str,
                                                                          order: list[str]) -> None:
    campaign = tmp_path / template
    shutil.copytree(shipped_root() / template / "example", campaign)
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ntable:\n  sort: change")
    rows = [line.split(" | ")[0].strip("|* ") for line in api.preview(campaign, "Swansea")[0].splitlines()
            if line.startswith("| ") and not line.startswith("| Area")]
    assert rows == [*order, "Wales"]


def test_a_figure_a_table_prints_one_way_and_a_sentence_another_is_not_called_out_of_date(tmp_path: Path) -> None:
    """Wales's release prints its crew of none as "none" in a sentence and "0" in its chart; a run for Swansea
    alone, which prints it "none", leaves Wales's release in step. A changed figure still puts it out of step."""
    batch = prepare(shipped_root() / "several-measures" / "example")
    sheet = (b"area,fact,printed,exact value,formula,source\r\nWales,crew.this_year,none,0,f,s\r\n"
             b"Wales,crew.this_year,0,0,f,s\r\n")
    (tmp_path / "wales.facts.csv").write_bytes(sheet)
    manifest = {"wales.facts.csv": {"sha256": hashlib.sha256(sheet).hexdigest(), "area": "Wales"}}

    def now(text: str) -> tuple[tuple[str, str, str], ...]:
        printed = [("swansea", [Fact("Wales", "crew.this_year", text, Decimal(0), "", ())])]
        return out_of_step(tmp_path, manifest, printed, ["Swansea"], batch.campaign, batch.style)

    assert now("none") == ()
    assert [line for _, _, line in now("two")] == ["Wales: volunteer crew members, 2024: 0 → two"]


def test_a_charts_title_chart_and_source_are_kept_together_and_fit_one_page() -> None:
    """A chart's title sat alone at the foot of a page, the chart on the next: the title keeps with the chart and
    the chart with its source, none split, and the chart is short enough that all three fit on the page."""
    from decimal import Decimal

    from drafter.exhibits import Chart
    from drafter.model import Block, Inline
    from drafter.writers.docx_table import CHART_TEXT, exhibit_xml

    series = tuple((f"Area {n}", (Decimal(n), Decimal(n + 1))) for n in range(1, 24))  # 46 bars: a tall bar chart
    chart = Chart("Calls, by area", "Source: the trust", "…", ("2017", "2018"), series,
                  tuple(("1", "2") for _ in series), ("1F4E79", "A6A6A6"), kind="bar")
    short_page = 12000  # twentieths of a point between the margins: US Letter, wide margins
    xml = exhibit_xml(Block("chart", "Caption", (Inline("Calls, by area"),), chart=chart), 1, {"Caption": "Caption",
                      "Notes": "Notes"}, "", 9000, height=short_page)
    paragraphs = re.findall(r"<w:p>.*?</w:p>", xml)
    assert [("<w:keepNext/>" in p, "<w:keepLines/>" in p) for p in paragraphs] == [(True, True), (True, True),
                                                                                   (False, False)]
    assert "Calls, by area" in paragraphs[0] and "<w:drawing>" in paragraphs[1] and "Source" in paragraphs[2]
    height = int(re.search(r'<wp:extent cx="\d+" cy="(\d+)"', xml)[1]) // 635
    assert height <= short_page - CHART_TEXT


def test_a_short_table_is_kept_on_one_page_and_a_long_one_may_run_on() -> None:
    """The per-head example's table of six rows was split by the foot of page 1, three rows over the page: each row
    of a short table but the last keeps with the next (Word's way, which LibreOffice reads too); a table longer than
    a page could hold runs on, its header repeated."""
    def kept(rows: int) -> list[bool]:
        table = Table("Points", ("Area", "October 2024"), tuple((f"Area {n}", str(n)) for n in range(rows)))
        found = ElementTree.fromstring(docx_table.table_xml(table, "").replace(
            "<w:tbl>", '<w:tbl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">', 1))
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        return [all(p.find(f"{w}pPr/{w}keepNext") is not None for p in row.iter(f"{w}p"))
                for row in found.iter(f"{w}tr")]

    assert kept(6) == [True] * 6 + [False]
    assert kept(docx_table.KEPT_WHOLE) == [True] * docx_table.KEPT_WHOLE + [False]
    assert not any(kept(docx_table.KEPT_WHOLE + 1))


def test_a_percentages_table_and_chart_say_their_figures_are_per_cent(tmp_path: Path) -> None:
    """The rate-change example's table and chart printed "18.0" and "31.5" under "Share of buses running on
    electricity, by area", with no unit anywhere on them: their caption and title now say it, once, in the house
    style's word; a label that already says it is left as it is."""
    from drafter.load.campaign import load_campaign
    from drafter.render.tables import label
    from drafter.style.house import PRESETS

    campaign = tmp_path / "rate"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    loaded = load_campaign(campaign)
    assert label(loaded, "electric", PRESETS["en_GB"]) == "Share of buses running on electricity (per cent)"
    assert label(loaded, "electric", PRESETS["en_US"]) == "Share of buses running on electricity (%)"
    assert label(loaded, "electric", PRESETS["cy_GB"]) == "Cyfran y bysiau sy’n rhedeg ar drydan (%)"
    edit(campaign / "campaign.yaml", "label: share of buses", "label: percentage of buses")
    assert label(load_campaign(campaign), "electric", PRESETS["en_GB"]) == "Percentage of buses running on electricity"
