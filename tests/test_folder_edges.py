"""Three edges of "a shared drive must never cost anyone their work": a release drafted in another language into
a folder of the campaign's releases, a path too long for Windows, and drafter's compiled templates left behind in
the temporary folder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from drafter import api
from drafter.output.manifest import MANIFEST
from drafter.reports.leftovers import find_leftovers, language_of
from tests.helpers import tree


def test_a_welsh_run_into_a_folder_of_english_releases_writes_beside_them_and_touches_none(
        drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    (out / "cumbria.md").write_text((out / "cumbria.md").read_text(encoding="utf-8") + "Edited.\n", encoding="utf-8")
    english = tree(out)
    result = api.draft(example, out, areas=["Cheshire", "Cumbria"], formats=["md"], locale="cy_GB")
    after = tree(out)
    english.pop(MANIFEST)
    assert {name: data for name, data in after.items() if name in english} == english  # not a byte changed
    assert sorted(set(after) - set(english) - {MANIFEST}) == [
        "cheshire.cy.facts.csv", "cheshire.cy.md", "cumbria.cy.facts.csv", "cumbria.cy.md",
        "review/review.cy.csv", "review/review.cy.docx"]
    assert after["cheshire.cy.md"].startswith(b"EMBARGO TAN")
    files = json.loads(after[MANIFEST])["files"]  # the manifest true of both languages' files
    for name in ("cheshire.md", "cheshire.cy.md", "cumbria.cy.md", "review/review.cy.docx"):
        assert files[name]["sha256"] == hashlib.sha256(after[name]).hexdigest()
    assert files["cumbria.md"]["sha256"] != hashlib.sha256(after["cumbria.md"]).hexdigest()  # still known as edited
    assert result.report.skipped_edited == [] and result.leftovers.old == () and result.leftovers.behind == ()
    assert [c for c in result.changes if c.facts or c.sentences_added] == []  # Welsh is not "a change" from English
    checked = api.check(example, [out / "cheshire.cy.md"])  # read as the Welsh release it is, by its name
    assert checked.findings == () and checked.summary() == "1 file checked clean"


def test_a_release_files_language_is_the_code_in_its_name_else_the_campaigns_own() -> None:
    assert [language_of(name, "en") for name in (
        "cheshire.docx", "cheshire.cy.docx", "cheshire.facts.csv", "cheshire.cy.facts.csv", "isle-of-wight.en.md",
    )] == ["en", "cy", "en", "cy", "en"]


def test_an_earlier_draft_is_named_only_in_the_language_this_run_drafts(tmp_path: Path) -> None:
    for name in ("cheshire.docx", "cheshire.cy.docx"):
        (tmp_path / name).write_bytes(b"x")
    digest = hashlib.sha256(b"x").hexdigest()
    manifest = {name: {"sha256": digest, "area": "Cheshire"} for name in ("cheshire.docx", "cheshire.cy.docx")}

    def named(staged: list[str]) -> list[str]:
        found = find_leftovers(tmp_path, manifest, [(n, "Cheshire", "0") for n in staged], [], ["Cheshire"], "en")
        return [leftover.name for leftover in found.old]

    assert named(["cheshire.cy.docx"]) == []  # a Welsh run: the English release is not an earlier draft of it
    assert named(["cheshire.docx"]) == []
    assert named(["cheshire.en.docx", "cheshire.cy.docx"]) == ["cheshire.docx"]  # now bilingual: renamed
