"""Tables and charts (issue 20): turned on in campaign.yaml, every cell a fact, in Word a real table and a native
chart, suppression and small bases as in the text, checked like text, in Welsh too."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from tests.conftest import edit, spaced

runner = CliRunner()
TURNED_ON = "areas: all\ntable:\n  columns: [before, after, change, rank]\n  sort: after\n  where: body\nchart: true\n"


@pytest.fixture
def campaign(example: Path) -> Path:
    edit(example / "campaign.yaml", "areas: all", TURNED_ON)
    return example


def facts(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def table_of(path: Path) -> list[list[str]]:
    return [[spaced(cell.text) for cell in row.cells] for row in docx.Document(str(path)).tables[0].rows]


def test_the_example_with_a_table_drafts_a_word_table_whose_cells_are_the_facts(campaign: Path, tmp_path: Path
                                                                               ) -> None:
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cheshire"], formats=["docx", "md"])
    rows = table_of(out / "cheshire.docx")
    assert rows[0] == ["Area", "July to December 2017", "January to June 2018", "Change", "Rank"]
    assert [r[0] for r in rows[1:]] == ["Greater Manchester", "Merseyside", "Lancashire", "Cheshire", "Cumbria",
                                        "North West"]  # sorted by the latest count, the region last
    assert rows[4] == ["Cheshire", "150", "440", "+193 per cent", "4th"]  # a table's rank in figures
    printed = {(f["area"], f["fact"]): f["printed"] for f in facts(out / "cheshire.facts.csv")}
    for row in rows[1:]:
        area = row[0]
        assert row[1] == printed[(area, "contacts.before")]
        assert row[2] == printed[(area, "contacts.after")]
        assert row[3].lstrip("+") == printed[(area, "contacts.before-after.percent")]
        if area != "North West":
            assert row[4] == printed[(area, "contacts.after.rank")]
    xml = zipfile.ZipFile(out / "cheshire.docx").read("word/document.xml").decode()
    assert '<w:tblStyle w:val="FiguresTable"/>' in xml
    assert xml.count("<w:tblHeader/>") == 1 and xml.count("<w:cantSplit/>") == len(rows)
    assert "</w:tbl><w:p><w:pPr><w:pStyle w:val=\"Ends\"/><w:spacing w:before=\"240\"/>" in xml  # space, not a
    assert all(p.text.strip() or p._p.xpath(".//w:drawing")  # blank paragraph; the chart's holds its drawing
               for p in docx.Document(str(out / "cheshire.docx")).paragraphs)
    assert "| **Cheshire** | **150** | **440** | **+193 per cent** | **4th** |" in \
        (out / "cheshire.md").read_text(encoding="utf-8")


def test_the_chart_is_a_native_word_chart_with_its_figures_as_alt_text_and_the_same_bytes_twice(
        campaign: Path, tmp_path: Path) -> None:
    api.draft(campaign, tmp_path / "a", areas=["Cheshire"], formats=["docx"])
    api.draft(campaign, tmp_path / "b", areas=["Cheshire"], formats=["docx"])
    data = (tmp_path / "a" / "cheshire.docx").read_bytes()
    assert data == (tmp_path / "b" / "cheshire.docx").read_bytes()
    package = zipfile.ZipFile(io.BytesIO(data))
    chart = package.read("word/charts/chart1.xml").decode()
    assert '<c:barDir val="col"/>' in chart and '<a:srgbClr val="1F4E79"/>' in chart
    assert "<c:v>440</c:v>" in chart and "<c:v>Cheshire</c:v>" in chart
    assert "charts/chart1.xml" in package.read("word/_rels/document.xml.rels").decode()
    assert "/word/charts/chart1.xml" in package.read("[Content_Types].xml").decode()
    descr = re.search(r'descr="([^"]*)"', package.read("word/document.xml").decode())
    assert descr is not None
    assert "Cheshire: July to December 2017 150, January to June 2018 440; Cumbria:" in descr.group(1)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "Source: The Lucy Faithfull Foundation" in paragraphs


def test_a_suppressed_count_and_a_small_base_read_as_in_the_text(campaign: Path, tmp_path: Path) -> None:
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 100\n"
         "house_style:\n  small_base: 100")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cheshire"], formats=["docx", "md"])
    rows = {row[0]: row for row in table_of(out / "cheshire.docx")}
    assert rows["Cumbria"][1] == "fewer than 100"  # suppressed, as the house style words it
    assert rows["Lancashire"][1] == "not available"  # the next smallest, so Cumbria's cannot be subtracted
    assert "per cent" not in rows["Cumbria"][3] and rows["Cumbria"][3]
    assert rows["Cumbria"][4] == "5th"  # ranked by the latest count, which is not suppressed
    chart = zipfile.ZipFile(out / "cheshire.docx").read("word/charts/chart1.xml").decode()
    assert "<c:v>90</c:v>" not in chart and "<c:v>410</c:v>" not in chart  # neither is drawn
    descr = re.search(r'descr="([^"]*)"', zipfile.ZipFile(out / "cheshire.docx").read("word/document.xml").decode())
    assert descr is not None and "Cumbria: July to December 2017 fewer than 100" in descr.group(1)


def test_a_cell_edited_in_word_is_a_finding_naming_its_row_and_column(campaign: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cheshire"], formats=["docx", "md"])
    document = docx.Document(str(out / "cheshire.docx"))
    cell = document.tables[0].rows[5].cells[2]
    assert cell.text == "171"
    cell.paragraphs[0].runs[0].text = "181"
    document.save(str(out / "cheshire.docx"))
    result = runner.invoke(app, ["check", str(campaign), str(out / "cheshire.docx")])
    assert result.exit_code == 1, result.output
    assert "(table 1, row 6 (Cumbria), column 3 (January to June 2018)) \"181\": '181'" in result.output
    assert ("Cumbria's figure for people contacting Stop It Now! for help in January to June 2018 was '171' "
            "(figures.csv, row 4, column after)") in result.output


def test_a_cell_edited_in_markdown_is_a_finding_too(campaign: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cheshire"], formats=["md"])
    edit(out / "cheshire.md", "| Cumbria | 90 | 171 |", "| Cumbria | 90 | 181 |")
    result = runner.invoke(app, ["check", str(campaign), str(out / "cheshire.md")])
    assert result.exit_code == 1
    assert "(table 1, row 6 (Cumbria), column 3 (January to June 2018))" in result.output


@pytest.mark.parametrize(("welsh", "drafted", "typed", "finding"), [
    (False, "4th", "5th", "'5th' where Cheshire's rank for people contacting Stop It Now! for help in January to June "
     "2018 among North West's 5 areas was '4th' (figures.csv, rows 3–7, column after)"),
    (False, "4th", "fourth", ""),  # the right rank, in words
    (False, "4th", "5", "'5' where Cheshire's rank"),  # a rank in bare figures, held as a rank, not a count
    (False, "4th", "4", ""),
    (True, "4ydd", "5ed", "'5ed' where Cheshire's rank"),
    (True, "4ydd", "pedwerydd", ""),
])
def test_a_rank_typed_over_in_a_tables_rank_column_is_a_finding_and_the_right_rank_is_not(
        campaign: Path, tmp_path: Path, welsh: bool, drafted: str, typed: str, finding: str) -> None:
    if welsh:
        edit(campaign / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
        edit(campaign / "campaign.yaml", "label_cy: pobl a gysylltodd", "label_cy: pobl yn cysylltu")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cheshire"], formats=["md"])
    path = out / ("cheshire.cy.md" if welsh else "cheshire.en.md" if (out / "cheshire.en.md").exists() else
                  "cheshire.md")
    edit(path, f"| **{drafted}** |", f"| **{typed}** |")
    result = runner.invoke(app, ["check", str(campaign), str(path)])
    assert result.exit_code == (1 if finding else 0), result.output
    assert (finding in result.output and "column 5 (" in result.output) if finding else \
        "1 file checked clean" in result.output


def test_a_rank_typed_over_in_a_word_documents_table_is_a_finding(campaign: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cheshire"], formats=["docx"])
    document = docx.Document(str(out / "cheshire.docx"))
    cell = document.tables[0].rows[4].cells[4]
    assert cell.text == "4th"  # read back from Word: the rank in figures
    cell.paragraphs[0].runs[0].text = "3rd"
    document.save(str(out / "cheshire.docx"))
    result = runner.invoke(app, ["check", str(campaign), str(out / "cheshire.docx")])
    assert result.exit_code == 1, result.output
    assert ("(table 1, row 5 (Cheshire), column 5 (Rank)) \"3rd\": '3rd' where Cheshire's rank for people "
            "contacting Stop It Now! for help in January to June 2018 among North West's 5 areas was '4th'"
            ) in spaced(result.output)


def test_welsh_releases_print_the_same_table_in_welsh(campaign: Path, tmp_path: Path) -> None:
    edit(campaign / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    edit(campaign / "campaign.yaml", "label_cy: pobl a gysylltodd", "label_cy: pobl yn cysylltu")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cheshire"], formats=["docx"])  # parity: the same facts in both
    rows = table_of(out / "cheshire.cy.docx")
    assert rows[0] == ["Ardal", "Gorffennaf i Ragfyr 2017", "Ionawr i Fehefin 2018", "Newid", "Safle"]
    assert rows[4] == ["Swydd Gaer", "150", "440", "+193%", "4ydd"]  # as "4th" in English, a rank in figures
    captions = [p.text for p in docx.Document(str(out / "cheshire.cy.docx")).paragraphs if p.style.name == "Caption"]
    assert captions == ["Pobl yn cysylltu â Stop It Now! am help, fesul ardal"] * 2  # the chart's and the table's
    english = {(f["area"], f["fact"]): f["exact value"] for f in facts(out / "cheshire.en.facts.csv")}
    welsh = {(f["area"], f["fact"]): f["exact value"] for f in facts(out / "cheshire.cy.facts.csv")}
    assert english == welsh


@pytest.mark.parametrize(("yaml", "message"), [
    ("table:\n  columns: [before, nope]", 'error: campaign.yaml:31: table.columns[1]: "nope" is not a column a table '
     "can have (expected a period (before, after), change, per_head or rank)"),
    ("table:\n  colums: [before]", "error: campaign.yaml:31: table.colums: is not a known key (did you "
     "mean 'columns'?)"),
    ("chart:\n  colours: [blue]", 'error: campaign.yaml:31: chart.colours[0]: "blue" is not a colour (expected a '
     "colour as six hex digits, such as #1F4E79)"),
    ("table: 3", 'error: campaign.yaml:30: table: "3" is not true, false or a mapping (expected table: true, or a '
     "mapping such as measure:, where: (see docs/tables-and-charts.md))"),
])
def test_a_wrong_table_or_chart_key_names_its_line_and_what_it_may_be(example: Path, yaml: str, message: str
                                                                      ) -> None:
    edit(example / "campaign.yaml", "areas: all", "areas: all\n" + yaml)
    result = runner.invoke(app, ["draft", str(example), "--out", str(example / "out")])
    assert result.exit_code == 1
    assert result.stderr.strip() == message


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice/poppler not installed")
def test_libreoffice_draws_the_chart_with_its_bars(campaign: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cheshire"], formats=["docx"])
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(out / "cheshire.docx")],
                   capture_output=True, timeout=300, check=True)
    subprocess.run(["pdftoppm", "-r", "40", "-f", "2", "-l", "2", "-singlefile", str(out / "cheshire.pdf"),
                    str(out / "page")], check=True, timeout=120)
    data = (out / "page.ppm").read_bytes()
    magic, width, height, _, pixels = data.split(maxsplit=4)
    assert magic == b"P6"
    rgb = [tuple(pixels[i:i + 3]) for i in range(0, int(width) * int(height) * 3, 3)]
    near = sum(1 for r, g, b in rgb if abs(r - 0x1F) < 24 and abs(g - 0x4E) < 24 and abs(b - 0x79) < 24)
    grey = sum(1 for r, g, b in rgb if abs(r - 0xA6) < 10 and abs(g - 0xA6) < 10 and abs(b - 0xA6) < 10)
    assert near > 500 and grey > 200, (near, grey)  # bars in the campaign's colours, not a blank frame


def test_a_rate_per_head_column_has_one_decimal_place_and_sorting_by_it_ranks_by_it(tmp_path: Path) -> None:
    campaign = tmp_path / "campaign"
    shutil.copytree(Path(__file__).resolve().parent.parent / "templates" / "per-head" / "example", campaign)
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ntable:\n  columns: [october, per_head, rank]\n"
         "  sort: per_head\nchart:\n  kind: bar\n  against: parent\n  colours: ['#C00000']")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cardiff"], formats=["docx", "md"])
    rows = table_of(out / "cardiff.docx")
    assert rows[0] == ["Area", "October 2024", "Per 100,000 people", "Rank"]
    assert [r[2] for r in rows[1:4]] == ["59.3", "56.3", "52.2"]
    assert rows[3] == ["Cardiff", "194", "52.2", "3rd"]  # in figures, as a newsdesk's table prints a rank
    assert "the third highest rate" in (out / "cardiff.md").read_text(encoding="utf-8")  # a sentence's in words
    rank = "points.october.per_100000.rank"  # the fact sheet has each way the release prints it
    assert {(f["printed"], f["exact value"]) for f in facts(out / "cardiff.facts.csv")
            if f["area"] == "Cardiff" and f["fact"] == rank} == {("3rd", "3"), ("third", "3")}
    chart = zipfile.ZipFile(out / "cardiff.docx").read("word/charts/chart1.xml").decode()
    assert '<c:barDir val="bar"/>' in chart and '<a:srgbClr val="C00000"/>' in chart
    assert "<c:v>Cardiff</c:v></c:pt><c:pt idx=\"1\"><c:v>Wales</c:v>" in chart


def test_a_percentage_in_a_change_column_reads_as_the_sentence_prints_it(tmp_path: Path) -> None:
    """"−5.3 per cent" in the cell, in Word and in Markdown: not "−5\\.3 per cent" (the percentage escaped as a
    sentence's start is, then as a cell's)."""
    campaign = tmp_path / "campaign"
    shutil.copytree(Path(__file__).resolve().parent.parent / "templates" / "league-table" / "example", campaign)
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ntable:\n  columns: [last_year, this_year, change]")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Powys"], formats=["docx", "md"])
    assert ["Cardiff", "9,120", "8,640", "−5.3 per cent"] in table_of(out / "powys.docx")
    assert "| Wales | 15,152 | 15,696 | +3.6 per cent |\n" in (out / "powys.md").read_text(encoding="utf-8")
