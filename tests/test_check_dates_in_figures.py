"""`drafter check` on a dateline retyped in figures ("04/09/2018"): the release date in figures is a house-style
finding saying how drafter writes it, another date a wrong date; read day first or month first as the release's
locale writes a date (en_US: month first), in English and Welsh. Not "a sentence starts with a figure"."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from tests.conftest import EXAMPLE

runner = CliRunner()
SOURCE = "(campaign.yaml, key release_date)"


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Cheshire's release drafted in each language."""
    found = {}
    for locale in ("en_GB", "en_US", "cy_GB"):
        out = tmp_path_factory.mktemp(locale) / "out"
        api.draft(EXAMPLE, out, areas=["Cheshire"], locale=locale)
        found[locale] = out / ("cheshire.cy.docx" if locale == "cy_GB" else "cheshire.docx")
    return found


def retype(source: Path, target: Path, dateline: str, typed: str) -> Path:
    """The dateline paragraph retyped whole, as a person does in Word."""
    document = docx.Document(str(source))
    paragraph = next(p for p in document.paragraphs if p.text == dateline)
    paragraph.runs[0].text = typed
    for run in paragraph.runs[1:]:
        run._r.getparent().remove(run._r)
    document.save(str(target))
    return target


@pytest.mark.parametrize(("locale", "dateline", "typed", "message"), [
    ("en_GB", "4 September 2018", "04/09/2018", "'04/09/2018' is the release date (2018-09-04) in figures: the "
     f"house style writes it '4 September 2018' {SOURCE}"),
    ("en_GB", "4 September 2018", "05/09/2018", "'05/09/2018' where the release date (2018-09-04) was "
     f"'4 September 2018' {SOURCE}"),
    ("en_US", "Sept. 4, 2018", "09/04/2018", "'09/04/2018' is the release date (2018-09-04) in figures: the "
     f"house style writes it 'Sept. 4, 2018' {SOURCE}"),
    ("en_US", "Sept. 4, 2018", "04/09/2018", "'04/09/2018' where the release date (2018-09-04) was "
     f"'Sept. 4, 2018' {SOURCE}"),
    ("cy_GB", "4 Medi 2018", "04/09/2018", "'04/09/2018' is the release date (2018-09-04) in figures: the "
     f"house style writes it '4 Medi 2018' {SOURCE}"),
])
def test_a_dateline_retyped_in_figures_is_a_finding_about_the_date(drafts: dict[str, Path], tmp_path: Path,
                                                                   locale: str, dateline: str, typed: str,
                                                                   message: str) -> None:
    path = retype(drafts[locale], tmp_path / "cheshire.docx", dateline, typed)
    result = runner.invoke(app, ["check", str(EXAMPLE), str(path)])
    assert (result.exit_code, result.stdout.splitlines()) == (1, [
        f'cheshire.docx: Cheshire: paragraph 3 "{typed}": {message}', "1 finding in 1 file"])
