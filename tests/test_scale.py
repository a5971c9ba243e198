"""Fast at national scale, without cutting corners: the fast DOCX writer against python-docx's own API, a
failing area late in a batch, memory as the batch grows (speed is measured in bench/, not here)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter import api
from drafter.document import STYLES_USED, parse_markdown
from drafter.errors import DrafterError
from drafter.model import Release, SourceRef
from drafter.shipped import reference_docx
from drafter.writers.docx import DocxWriter
from tests.conftest import EXAMPLE, ROOT, edit, spaced
from tests.helpers import examples
from tests.slow_docx import slow_docx
from tests.synthetic import make_campaign


def _runs(data: bytes) -> list[tuple[str, list[tuple[str, bool, bool]]]]:
    document = docx.Document(io.BytesIO(data))
    return [(p.style.name, [(spaced(r.text), bool(r.bold), bool(r.italic)) for r in p.runs])  # "193 per cent" kept
            for p in document.paragraphs]  # on a line by the fast writer alone


@pytest.fixture(scope="module")
def releases() -> tuple[Release, ...]:
    """The shipped example's six releases, rendered once for the tests that write them (frozen: read only)."""
    return tuple(api.render_all(api.prepare(EXAMPLE)))


def test_fast_writer_gives_what_python_docx_builds_through_its_api(releases: tuple[Release, ...]) -> None:
    writer = DocxWriter(reference_docx(), STYLES_USED)
    assert len(releases) == 6
    for release in releases:
        fast, slow = writer.render(release), slow_docx(release)
        assert _runs(fast) == _runs(slow), release.area  # same paragraphs, styles, text, bold and italic
        assert any(style == "Quote" for style, _ in _runs(fast))
        fast_doc, slow_doc = docx.Document(io.BytesIO(fast)), docx.Document(io.BytesIO(slow))
        for name in ("title", "author", "category", "created"):
            assert getattr(fast_doc.core_properties, name) == getattr(slow_doc.core_properties, name), name
        with zipfile.ZipFile(io.BytesIO(fast)) as package, zipfile.ZipFile(reference_docx()) as reference:
            assert package.testzip() is None
            assert package.read("word/styles.xml") == reference.read("word/styles.xml")  # parts copied as is


def test_the_fast_writer_is_deterministic_and_reuses_compressed_parts(releases: tuple[Release, ...]) -> None:
    release = releases[1]
    one, two = DocxWriter(reference_docx(), STYLES_USED), DocxWriter(reference_docx(), STYLES_USED)
    assert one.render(release) == two.render(release) == one.render(release)
    styles = one.static["word/styles.xml"]
    one.render(release)
    assert one.static["word/styles.xml"] is styles  # compressed once per batch, not per release


BODY_LINE = 11  # where the shipped template's body starts: the error must point at it


def _failing_campaign(tmp_path: Path, areas: int, bad_area: str) -> Path:
    campaign = make_campaign(tmp_path / "campaign", areas)
    (campaign / "tpl").mkdir()
    template = (ROOT / "templates" / "helpline-rise" / "release.md.j2").read_text(encoding="utf-8")
    template = template.replace("{% block body %}", "{% block body %}{% if area.name == '" + bad_area
                                + "' %}{{ no_such_thing }}{% endif %}", 1)
    assert template.splitlines()[BODY_LINE - 1].startswith("{% block body %}")
    (campaign / "tpl" / "release.md.j2").write_text(template, encoding="utf-8")
    edit(campaign / "campaign.yaml", "template: helpline-rise", "template: tpl")
    return campaign


def test_one_failing_area_late_in_a_batch_writes_nothing(tmp_path: Path) -> None:
    campaign = _failing_campaign(tmp_path, 80, "Area 70")
    out = tmp_path / "out"
    with pytest.raises(DrafterError) as info:
        api.draft(campaign, out)
    assert info.value.line() == (
        f"tpl/release.md.j2:{BODY_LINE}: template: area 'Area 70': 'no_such_thing' is undefined "
        "(expected only the variables and helpers drafter provides)")
    assert not out.exists()


@pytest.mark.slow  # 80 areas; the quick run keeps one failing area late in an 80-area batch
def test_a_failing_batch_leaves_an_earlier_draft_exactly_as_it_was(tmp_path: Path) -> None:
    campaign = _failing_campaign(tmp_path, 80, "no such area yet")
    out = tmp_path / "out"
    api.draft(campaign, out)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    before = {p.relative_to(out): (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    edit(campaign / "tpl" / "release.md.j2", "'no such area yet'", "'Area 70'")
    with pytest.raises(DrafterError):
        api.draft(campaign, out)
    after = {p.relative_to(out): (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    assert after == before  # no temporary file left, nothing renamed, nothing touched
    assert sorted(p.name for p in out.iterdir()) == sorted({p.parts[0] for p in before})  # no staging folder


@pytest.mark.slow  # 80 areas; the quick run keeps one failing area late in an 80-area batch
def test_a_failing_area_gives_the_same_message_through_the_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from drafter.cli import app

    campaign = _failing_campaign(tmp_path, 80, "Area 70")
    result = CliRunner().invoke(app, ["draft", str(campaign), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (f"error: tpl/release.md.j2:{BODY_LINE}: template: area 'Area 70': "
                             "'no_such_thing' is undefined "
                             "(expected only the variables and helpers drafter provides)\n")
    assert not (tmp_path / "out").exists()


PEAK = """
import json, resource, sys
from pathlib import Path
from drafter import api
api.draft(Path(sys.argv[1]), Path(sys.argv[2]), formats=["docx", "md"])
try:  # this process's own peak: ru_maxrss also counts the parent's size when it was started (Linux keeps it)
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(peak))
"""


def _peak_kb(campaign: Path, out: Path) -> int:
    result = subprocess.run([sys.executable, "-c", PEAK, str(campaign), str(out)], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    return int(json.loads(result.stdout.strip().splitlines()[-1]))


BUDGET_KB = 250 * 1024  # peak RSS at 10,000 areas (bench/ measures it there)


@pytest.mark.slow
def test_peak_memory_grows_slowly_enough_for_10000_areas(tmp_path: Path) -> None:
    """A batch keeps a few kilobytes per area (its summary, reviewer row and manifest entries); the releases
    are rendered, staged and dropped one by one. At the rate measured between 100 and 700 areas, 10,000
    areas stay within the budget."""
    small = _peak_kb(make_campaign(tmp_path / "small", 100), tmp_path / "out-small")
    large = _peak_kb(make_campaign(tmp_path / "large", 700), tmp_path / "out-large")
    assert len(list((tmp_path / "out-large").glob("*.docx"))) == 700
    per_area = max(0, large - small) / 600
    assert small + per_area * 9900 <= BUDGET_KB, (small, large)


VALUE_PIECES = [*"aZ19 .)-+=~#>*_`[]<>&;!|{}\\\"'(:/", "&amp;", "&copy;", "&#169;", "&#x41;", "&copy", "1.", "2)", "\n"]


@settings(max_examples=examples(500))
@given(st.lists(st.sampled_from(VALUE_PIECES),
                min_size=1, max_size=12).map(lambda pieces: "".join(pieces).strip()).filter(bool))
def test_any_value_escaped_for_markdown_reads_back_as_itself(value: str) -> None:
    from drafter.document import escape_markdown

    printed = value.replace("\n", " ")
    for before in ("", "Before ", "Before\n"):
        blocks = parse_markdown(before + escape_markdown(value), SourceRef("value"))
        assert [b.text for b in blocks] == [before.replace("\n", " ") + printed]
