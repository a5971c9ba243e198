"""Plain helpers that several test modules share (no fixtures and no tests here; fixtures are in conftest.py)."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import docx
from docx.shared import Cm, Pt
from hypothesis import settings

from drafter import api
from drafter.compute.changes import compute_change
from drafter.model import Change, SourceRef, Value
from drafter.reports.check_align import Alignment, align
from drafter.reports.check_known import Known
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import Item, Token, items, tokens
from drafter.shipped import shipped_root
from drafter.style.base import HouseStyle

SOURCE = (SourceRef("figures.csv", row=2, column="value"),)
ROOT = Path(__file__).resolve().parent.parent


def change(old: int | str, new: int | str, kind: str = "count") -> Change:
    """Cheshire's contacts going from ``old`` to ``new``, computed as drafter computes every change."""
    return compute_change("Cheshire", "contacts", kind, "before", "after",  # type: ignore[arg-type]
                          Value(Decimal(old), SOURCE), Value(Decimal(new), SOURCE))


def examples(full: int) -> int:
    """A property test's number of examples: ``full``, scaled as the run's hypothesis profile scales hypothesis's
    100 (a tenth in the quick local run: conftest.py)."""
    return max(1, full * settings.default.max_examples // 100)


def tiny_png() -> bytes:
    raw = b"".join(b"\x00" + b"\x00\x66\xcc" * 8 for _ in range(8))
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def make_letterhead(path: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(12)
    header = document.sections[0].header
    header.paragraphs[0].add_run().add_picture(io.BytesIO(tiny_png()), width=Cm(2))
    header.paragraphs[0].add_run(" Lucy Faithfull Foundation")
    document.sections[0].footer.paragraphs[0].text = "Registered charity number 1013025"
    document.add_paragraph("This letterhead body text must not appear in a release.")
    document.save(str(path))


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by its path inside it."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def kill_when_paused(script: str, args: list[str], marker: Path) -> None:
    """Run ``python -c script *args`` in the checkout, and kill it (as a power cut or Task Manager would) as soon
    as it writes ``marker``, where the script pauses, or after a minute."""
    process = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.kill()
    process.wait()


# A published table of figures for five Welsh areas, as a CSV file and campaign.yaml's figures: for it, with the
# campaign they fit (test_as_downloaded.py, and test_ods.py for the same table saved by LibreOffice).
AREAS = """\
area,parent,in_text,code
Wales,,Wales,W92000004
Ynys Môn,Wales,Ynys Môn,W06000001
Gwynedd,Wales,Gwynedd,W06000002
Rhondda Cynon Taf,Wales,Rhondda Cynon Taf,W06000016
Powys,Wales,Powys,W06000023
"""
# As a statistics office's download, opened in Excel and saved: a title and a source above the header, a blank
# row, the table, then a blank row and notes.
TABLE = """\
Pothole reports made to local authorities, Wales,,,
Source: Freedom of Information requests,,,
,,,
Area code,Local  authority,2022-23,2023-24
W06000001,Isle of Anglesey / Ynys Môn,"1,234","1,456"
W06000002,Gwynedd," 2,010 ","1,980"
W06000016,Rhondda Cynon Taf,"3,400","3,400"
W06000023,Powys,[x],n/a
W92000004,Wales,"20,000","21,000"
,,,
Notes:,,,
[x] not available,,,
"""
FIGURES = """
figures:
  last_year:
    file: potholes.csv
    area: Area Code
    value: 2022-23
  this_year:
    file: potholes.csv
    area: area code
    value: 2023-24
"""


def financial_years(campaign: Path) -> None:
    """count-change's half-years made the financial years 2022-23 and 2023-24, as the columns of TABLE name them
    (a column naming another period than its dates is warned of)."""
    for old, new in (("2023-04-01\n    end: 2023-09-30", "2022-04-01\n    end: 2023-03-31"),
                     ("2024-04-01\n    end: 2024-09-30", "2023-04-01\n    end: 2024-03-31")):
        text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
        assert old in text
        (campaign / "campaign.yaml").write_text(text.replace(old, new), encoding="utf-8")


def campaign_with(tmp_path: Path, template: str = "count-change") -> Path:
    """A shipped template's example with its areas replaced by five Welsh ones, and its figures removed."""
    campaign = tmp_path / "campaign"
    shutil.copytree(shipped_root() / template / "example", campaign)
    (campaign / "figures.csv").unlink()
    (campaign / "areas.csv").write_text(AREAS, encoding="utf-8")
    for key in ("subject_cy", "yn_cy"):
        text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
        (campaign / "campaign.yaml").write_text(
            "\n".join(line for line in text.splitlines() if key not in line) + "\n", encoding="utf-8")
    return campaign



def own_template(campaign: Path, english: str, welsh: str, template: str = "helpline-rise") -> None:
    """A press officer's own template, ``mine``, in English and Welsh, in place of the shipped ``template``:
    ``english`` and ``welsh`` are the text after each one's ``{% extends … %}``."""
    (campaign / "mine").mkdir()
    (campaign / "mine" / "release.md.j2").write_text('{% extends "base/release.md.j2" %}' + english, encoding="utf-8")
    (campaign / "mine" / "release.cy.md.j2").write_text('{% extends "base/release.cy.md.j2" %}' + welsh,
                                                        encoding="utf-8")
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    assert f"template: {template}" in text
    (campaign / "campaign.yaml").write_text(text.replace(f"template: {template}", "template: mine", 1),
                                            encoding="utf-8")

def edit_chart(source: Path, target: Path, pairs: list[tuple[str, str]]) -> None:
    """``source`` written to ``target`` with every ``old`` replaced by ``new`` in its first chart part, in turn, as
    a person editing the chart's data in Word or LibreOffice changes it (each ``old`` must be there)."""
    with zipfile.ZipFile(source) as package:
        parts = [(info, package.read(info.filename)) for info in package.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in parts:
            if info.filename == "word/charts/chart1.xml":
                text = data.decode("utf-8")
                for old, new in pairs:
                    assert old in text, old
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            package.writestr(info, data)


def checked_sentences(cases: dict[tuple[Path, str, str], dict[str, list[str]]], example_draft: Path,
                      folder: Callable[[str], Path], example: Path) -> dict[str, list[str]]:
    """Each sentence of ``cases`` ((campaign, area, locale) → sentences) added as a paragraph of its own before the
    closing line of the area's drafted release, one file a sentence, and checked: what `drafter check` prints for
    it after the file, area and paragraph, findings first. ``example_draft``: the shipped example already drafted
    (``example``'s en_GB release is not drafted again); ``folder(name)``: a new folder for each draft."""
    found: dict[str, list[str]] = {}
    for n, ((campaign, area, locale), sentences) in enumerate(cases.items()):
        out = folder(f"draft{n}")
        if (campaign, locale) == (example, "en_GB"):  # drafted already, for the session
            drafted = (example_draft / "cheshire.md").read_text(encoding="utf-8")
        else:
            api.draft(campaign, out, areas=[area], formats=["md"], locale=locale)
            drafted = next(out.glob("*.md")).read_text(encoding="utf-8")  # cheshire.md, or cheshire.cy.md
        closing = "\nDIWEDD" if locale == "cy_GB" else "\nENDS" if "\nENDS" in drafted else "\n**Media contact:**"
        assert closing in drafted  # AP's releases have no closing line: before the media contact
        files = {}
        for k, sentence in enumerate(sentences):
            files[sentence] = out / f"{area.lower()} {k}.md"
            files[sentence].write_text(drafted.replace(closing, f"\n{sentence}\n{closing}", 1), encoding="utf-8")
        result = api.check(campaign, list(files.values()), area=area, locale=locale)
        for sentence, path in files.items():
            found[sentence] = [("to check by hand: " if f.to_check_by_hand else "") + f.message
                               for f in (*result.findings, *result.by_hand) if f.file == path.name]
    return found


def drafted_release(texts: list[str], style: HouseStyle, link: Callable[[int, list[Item]], list[Known | None]],
                    universe: object) -> SimpleNamespace:
    """A release as `drafter check` holds it once drafted (the fields of check_drafted.Drafted its rules read),
    from its paragraphs: each paragraph's figures linked to facts by ``link(paragraph, items)``."""
    vocab = vocabulary(style)
    toks = [tokens(t) for t in texts]
    found = [items(t, k, vocab) for t, k in zip(texts, toks, strict=True)]
    return SimpleNamespace(texts=texts, toks=toks, items=found, links=[link(n, f) for n, f in enumerate(found)],
                           universe=universe, vocab=vocab, norms=[[t.norm for t in k] for k in toks])


def read_edits(drafted: SimpleNamespace, edited: list[str]) -> tuple[list[list[Token]], Alignment]:
    """An edited release's paragraphs as check reads them, and how they align with the drafted ones."""
    toks = [tokens(t) for t in edited]
    return toks, align(drafted.norms, [[t.norm for t in k] for k in toks])
