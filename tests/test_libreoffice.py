"""The real word processor: every example release (and one on a letterhead) converted by LibreOffice, its text
read back with pdftotext, its pages counted, and page 1 of Cheshire rendered to an image.

Skipped, with the reason, where LibreOffice or poppler is absent — except when DRAFTER_REQUIRE_LIBREOFFICE is
set (as CI sets it), where their absence is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from drafter import api
from drafter.document import parse_markdown
from drafter.model import SourceRef
from tests.conftest import EXAMPLE, ROOT, edit
from tests.helpers import make_letterhead

TOOLS = ("soffice", "pdftotext", "pdfinfo", "pdftoppm")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
if MISSING and os.environ.get("DRAFTER_REQUIRE_LIBREOFFICE"):
    raise RuntimeError(f"DRAFTER_REQUIRE_LIBREOFFICE is set but {', '.join(MISSING)} not installed")
pytestmark = [pytest.mark.slow,  # a real word processor: seconds per conversion, run in CI
              pytest.mark.skipif(bool(MISSING), reason=f"LibreOffice/poppler not installed: {', '.join(MISSING)}")]
ARTEFACTS = ROOT / "tests" / "artefacts"


def convert(files: list[Path], outdir: Path) -> str:
    """One soffice run for all files, with a private profile; returns what it printed on stderr."""
    profile = (outdir / "profile").as_uri()
    result = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                             "--outdir", str(outdir), *map(str, files)],
                            capture_output=True, text=True, timeout=300, check=True)
    return result.stderr


def words(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("libreoffice")
    api.draft(EXAMPLE, folder)
    campaign = folder / "letterhead-campaign"
    shutil.copytree(EXAMPLE, campaign)
    make_letterhead(campaign / "letterhead.docx")
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\nreference: letterhead.docx")
    api.draft(campaign, folder / "letterhead", areas=["Cheshire"], formats=["docx", "md"])
    shutil.copyfile(folder / "letterhead" / "cheshire.docx", folder / "letterhead-cheshire.docx")
    shutil.copyfile(folder / "letterhead" / "cheshire.md", folder / "letterhead-cheshire.md")
    shutil.copyfile(folder / "review" / "review.docx", folder / "review-pack.docx")
    table = folder / "table-campaign"  # a Welsh release with a table: its narrow figures must not wrap
    shutil.copytree(EXAMPLE, table)
    edit(table / "campaign.yaml", "areas: all", "areas: all\ntable:\n  columns: [before, after, change]")
    api.draft(table, folder / "table", areas=["Cheshire"], formats=["docx"], locale="cy_GB")
    shutil.copyfile(folder / "table" / "cheshire.cy.docx", folder / "table-cheshire-cy.docx")
    stderr = convert(sorted(folder.glob("*.docx")), folder)
    return folder, stderr


SLUGS = ["north-west", "cheshire", "cumbria", "greater-manchester", "lancashire", "merseyside", "letterhead-cheshire"]


def test_conversion_gives_no_warnings(converted: tuple[Path, str]) -> None:
    _, stderr = converted
    # LibreOffice's Java launcher complains when no JRE is installed; that is about the machine, not the document.
    lines = [line for line in stderr.splitlines() if "javaldx" not in line]
    assert not [line for line in lines if re.search(r"warn|error", line, re.IGNORECASE)], stderr


@pytest.mark.parametrize("slug", SLUGS)
def test_pdf_text_is_the_release_text(converted: tuple[Path, str], slug: str) -> None:
    folder, _ = converted
    pdf = folder / f"{slug}.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    blocks = parse_markdown((folder / f"{slug}.md").read_text(encoding="utf-8"), SourceRef("md"))
    expected = words(" ".join(b.text for b in blocks))
    if slug.startswith("letterhead"):
        lines = [line.strip() for line in text.splitlines()]
        assert lines[0] == "Lucy Faithfull Foundation"  # the letterhead's header, on every page
        assert "Registered charity number 1013025" in lines  # and its footer
        text = "\n".join(line for line in lines
                         if line not in ("Lucy Faithfull Foundation", "Registered charity number 1013025"))
    else:  # the shipped reference's header, the label; its footer, the page number alone on its line
        assert [line.strip() for line in text.splitlines() if "PRESS RELEASE" in line] == ["PRESS RELEASE"] * len(
            [page for page in text.split("\f") if page.strip()])
        text = text.replace("PRESS RELEASE", "")
        numbers = [line.strip() for line in text.splitlines() if line.strip().isdigit()]
        assert numbers == [str(n) for n in range(1, len(numbers) + 1)] and numbers
        text = "\n".join(line for line in text.splitlines() if not line.strip().isdigit())
    got = words(text)
    assert got == expected  # capitals in the text itself; lists' bullets and numbers as Word numbers them
    for needle in ("193 per cent", "1,747", "3,549", "ENDS"):
        if slug in ("cheshire", "letterhead-cheshire"):
            assert needle in got


@pytest.mark.parametrize("slug", SLUGS)
def test_a_regional_release_fits_on_two_pages(converted: tuple[Path, str], slug: str) -> None:
    folder, _ = converted
    info = subprocess.run(["pdfinfo", str(folder / f"{slug}.pdf")], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]
    assert 1 <= pages <= 2


def test_the_reviewer_pack_for_six_areas_is_at_most_two_pages(converted: tuple[Path, str]) -> None:
    folder, _ = converted
    info = subprocess.run(["pdfinfo", str(folder / "review-pack.pdf")], capture_output=True, text=True,
                          check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1)) <= 2  # type: ignore[union-attr]
    text = subprocess.run(["pdftotext", str(folder / "review-pack.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Merseyside" in text and "Signature" in text


def test_page_one_of_cheshire_is_not_blank(converted: tuple[Path, str]) -> None:
    folder, _ = converted
    ARTEFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(folder / "cheshire.pdf"), str(ARTEFACTS / "cheshire-page-1")], check=True)
    subprocess.run(["pdftoppm", "-gray", "-r", "30", "-f", "1", "-l", "1", "-singlefile",
                    str(folder / "cheshire.pdf"), str(folder / "page")], check=True)
    data = (folder / "page.pgm").read_bytes()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    pixels = fields[4][-width * height:]
    dark = sum(1 for value in pixels if value < 128)
    assert (ARTEFACTS / "cheshire-page-1.png").stat().st_size > 1000
    assert dark > width * height * 0.01, "page 1 looks blank"


def test_no_figure_in_a_table_is_broken_across_lines(converted: tuple[Path, str]) -> None:
    """Each column is as wide as its figures need ("+193%" on one line, not "+19" over "3%"); the areas' names
    take what is left."""
    folder, _ = converted
    text = subprocess.run(["pdftotext", "-layout", str(folder / "table-cheshire-cy.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    rows = [line.split() for line in text.splitlines()]
    assert ["Swydd", "Gaer", "150", "440", "+193%"] in rows
    assert ["Manceinion", "Fwyaf", "620", "1,240", "+100%"] in rows
    assert any(row[:1] == ["Ardal"] and row[-1] == "Newid" for row in rows)


def test_a_tall_charts_title_chart_and_source_share_a_page_on_a_short_letterhead(tmp_path: Path) -> None:
    """A bar chart of 23 areas is drawn up to a page tall; on a US Letter letterhead with one-inch margins its title,
    the chart and its source line were more than a page, so LibreOffice parted them. Each is on the same page."""
    import docx
    from docx.shared import Inches

    from tests.synthetic import make_campaign

    campaign = make_campaign(tmp_path / "campaign", 24)
    letterhead = docx.Document(str(ROOT / "templates" / "reference.docx"))
    page = letterhead.sections[-1]
    page.page_width, page.page_height, page.top_margin, page.bottom_margin = Inches(8.5), Inches(11), Inches(1), \
        Inches(1)
    letterhead.save(str(campaign / "letter.docx"))
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\nreference: letter.docx\nchart:\n  kind: bar")
    api.draft(campaign, tmp_path / "out", areas=["Area 1"], formats=["docx"])
    convert([tmp_path / "out" / "area-1.docx"], tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "area-1.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")

    def page_of(needle: str) -> int:
        return next(n for n, page in enumerate(pages) if needle in page)

    title = page_of("People contacting Stop It Now! for help, by area")
    assert page_of("Area 23\n") == title and page_of("Source: The Lucy Faithfull Foundation") == title


def test_a_short_table_is_not_split_by_the_foot_of_a_page(tmp_path: Path) -> None:
    """The per-head example's Ynys Môn release, with its chart and table: the table's caption, header and three rows
    sat at the foot of page 1 and its other three rows on page 2. The table is on one page, whole."""
    campaign = tmp_path / "per-head"
    shutil.copytree(ROOT / "templates" / "per-head" / "example", campaign)
    edit(campaign / "campaign.yaml", "areas: all", "areas: all\ntable: true\nchart: true")
    api.draft(campaign, tmp_path / "out", areas=["Ynys Môn"], formats=["docx"])
    convert([tmp_path / "out" / "ynys-mon.docx"], tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "ynys-mon.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    table = [page for page in text.split("\f") if "Area " in page]
    assert len(table) == 1, table
    assert all(name in table[0] for name in ("Cardiff", "Swansea", "Ceredigion", "Powys", "Ynys Môn", "Wales"))


def test_a_headline_never_ends_on_a_line_of_one_figure(tmp_path: Path) -> None:
    """several-measures' Ynys Môn headline, "Lifeboat launches in Ynys Môn rise from 12 to 19", broke before "19",
    leaving the figure alone on the headline's second line."""
    campaign = tmp_path / "boats"
    shutil.copytree(ROOT / "templates" / "several-measures" / "example", campaign)
    api.draft(campaign, tmp_path / "out", areas=["Ynys Môn"], formats=["docx"])
    convert([tmp_path / "out" / "ynys-mon.docx"], tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "ynys-mon.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = next(n for n, line in enumerate(lines) if line.startswith("Lifeboat launches in Ynys Môn rise"))
    assert lines[start + 1].endswith("to 19") and lines[start + 1] != "19", lines[start:start + 2]


def test_the_reviewer_pack_gives_its_warnings_room_and_fits_two_rows_a_page(food: Path, tmp_path: Path) -> None:
    """count-change's example in English and Welsh with its table and chart: each release's warnings (a small base
    and a rise from none, in every release whose table names Powys and Ynys Môn) ran a word or two a line down a
    column an eighth of the page wide, so every row took a page of its own: 12 pages for 12 releases. The Warnings
    column is as wide as the Quotes column, and the pack is half as long."""
    edit(food / "campaign.yaml", "# languages: [en_GB, cy_GB]", "languages: [en_GB, cy_GB]")
    edit(food / "campaign.yaml", "areas: all", "areas: all\ntable: true\nchart: true")
    api.draft(food, tmp_path / "out", formats=["md"])
    shutil.copyfile(tmp_path / "out" / "review" / "review.docx", tmp_path / "pack.docx")
    convert([tmp_path / "pack.docx"], tmp_path)
    info = subprocess.run(["pdfinfo", str(tmp_path / "pack.pdf")], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1)) <= 6  # type: ignore[union-attr]
