"""Three edges of "a shared drive must never cost anyone their work": a release drafted in another language into
a folder of the campaign's releases, a path too long for Windows, and drafter's compiled templates left behind in
the temporary folder."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import OutputError
from drafter.load.text import unique_slugs
from drafter.output.files import Staging
from drafter.output.manifest import MANIFEST
from drafter.output.paths import STAGED, refuse_long_paths
from drafter.render import pruning
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


def test_the_longest_path_is_held_to_windows_limit_as_staged_on_every_system(tmp_path: Path) -> None:
    out = tmp_path / ("o" * (199 - len(str(tmp_path))))  # a folder 200 characters long
    files = [("cheshire.md", "Cheshire"), ("review/review.csv", "")]
    refuse_long_paths(out, [*files, ("n" * 25 + ".md", "North")])  # 200 + 30 + 1 + 28 = 259: allowed
    with pytest.raises(OutputError) as refused:
        refuse_long_paths(out, [*files, ("n" * 26 + ".md", "North")])
    assert refused.value.line() == (
        f"{out}: --out: is too long a path for Windows: North's file {'n' * 26}.md would be 230 characters long in it "
        "(260 while drafter writes it, in its working folder), and Windows cannot open a path of 260 characters or "
        "more without long paths turned on, which Word does not use; nothing has been changed (expected a shorter "
        "path: an output folder of at most 199 characters (this one is 200), nearer the top of the drive or with a "
        "shorter name)")
    with pytest.raises(OutputError, match=r"the reviewer pack's file review/review\.cy\.docx would be"):
        refuse_long_paths(out / ("x" * 40), [("ely.md", "Ely"), ("review/review.cy.docx", "")])
    staging = Staging.start(tmp_path / "real")
    try:
        assert len(str(staging.folder)) == len(str(tmp_path / "real")) + STAGED  # as drafter names its folder
    finally:
        staging.end(failed=True)


def test_long_area_names_give_slugs_of_whole_words_short_enough_for_any_folder() -> None:
    names = ["NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",
             "NHS Bath and North East Somerset, Swindon and Wiltshire ICB - 92G",
             "NHS Bath and North East Somerset, Swindon and Wiltshire ICB - 93C",
             "Cambridgeshire and Peterborough Combined Authority", "Bournemouth, Christchurch and Poole",
             "Dumfriesshire, Clydesdale and Tweeddale", "Kingston upon Hull, City of", "Na h-Eileanan Siar",
             "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"]  # one word of 58 letters
    assert list(unique_slugs(names).values()) == [
        "nhs-bath-and-north-east-somerset-swindon-and-wiltshire",
        "nhs-bath-and-north-east-somerset-swindon-and-wiltshire-icb",
        "nhs-bath-and-north-east-somerset-swindon-and-wiltshire-icb-2",
        "cambridgeshire-and-peterborough-combined-authority", "bournemouth-christchurch-and-poole",
        "dumfriesshire-clydesdale-and-tweeddale", "kingston-upon-hull-city-of", "na-h-eileanan-siar",
        "llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"]
    # with .cy.facts.csv and the staging folder, at most 107 characters: an output folder of 150 will do
    assert max(len(slug) for slug in unique_slugs(names).values()) <= 64


ENTRY = f"drafter-{'a' * 64}.cache"


def test_pruning_removes_only_drafters_own_old_entries_never_a_link_a_folder_or_another_programs_file(
        tmp_path: Path) -> None:
    now = time.time()
    old, fresh = now - 31 * pruning.DAY, now - 29 * pruning.DAY
    folder, outside = tmp_path / "temp", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    names = {ENTRY: old, f"drafter-{'b' * 64}.cache": fresh, f"drafter-{'c' * 64}.cachek3j_9x2a.tmp": old,
             "__jinja2_abc.cache": old, f"drafter-{'d' * 63}.cache": old, "drafter-notes.cache": old,
             f"drafter-{'e' * 64}.cache.bak": old, f"Drafter-{'f' * 64}.cache": old}
    for name, when in names.items():
        (folder / name).write_bytes(b"x")
        os.utime(folder / name, (when, when))
    (folder / f"drafter-{'1' * 64}.cache").mkdir()
    target = outside / f"drafter-{'2' * 64}.cache"
    target.write_bytes(b"someone's")
    os.utime(target, (old, old))
    link = folder / target.name
    try:
        link.symlink_to(target)
    except OSError:  # Windows without the right to make links
        link = None
    assert pruning.prune(str(folder), now) == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*(name for name in names if name not in (ENTRY, f"drafter-{'c' * 64}.cachek3j_9x2a.tmp")),
         f"drafter-{'1' * 64}.cache", *([target.name] if link else [])])
    assert target.read_bytes() == b"someone's"


def test_pruning_never_fails_and_marking_an_entry_used_never_follows_a_link(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert pruning.prune(str(tmp_path / "not-there")) == 0
    entry = tmp_path / ENTRY
    entry.write_bytes(b"x")
    os.utime(entry, (0, 0))

    def refuse(path: object) -> None:
        raise PermissionError(13, "held by another program")

    monkeypatch.setattr(pruning.os, "unlink", refuse)
    assert pruning.prune(str(tmp_path)) == 0 and entry.exists()  # left for next time, no error
    monkeypatch.undo()
    hour_ago = time.time() - 3600
    os.utime(entry, (hour_ago, hour_ago))
    pruning.used(str(entry))
    assert entry.stat().st_mtime == hour_ago  # marked within the day: not written again
    os.utime(entry, (0, 0))
    pruning.used(str(entry))
    assert entry.stat().st_mtime > hour_ago
    target, link = tmp_path / "elsewhere.txt", tmp_path / f"drafter-{'9' * 64}.cache"
    target.write_bytes(b"x")
    os.utime(target, (0, 0))
    try:
        link.symlink_to(target)
    except OSError:
        return
    pruning.used(str(link))
    assert target.stat().st_mtime == 0


def test_pruning_is_at_most_daily_and_a_stamp_that_is_a_link_stops_it(tmp_path: Path) -> None:
    now = time.time()
    entry = tmp_path / ENTRY
    entry.write_bytes(b"x")
    os.utime(entry, (now - 31 * pruning.DAY,) * 2)
    assert pruning.prune_daily(str(tmp_path), now) == 1 and (tmp_path / pruning.STAMP).is_file()
    entry.write_bytes(b"x")
    os.utime(entry, (now - 31 * pruning.DAY,) * 2)
    assert pruning.prune_daily(str(tmp_path), now + 3600) == 0 and entry.exists()  # pruned within the day
    assert pruning.prune_daily(str(tmp_path), now + pruning.DAY + 1) == 1
    (tmp_path / pruning.STAMP).unlink()
    try:
        (tmp_path / pruning.STAMP).symlink_to(tmp_path / "elsewhere")
    except OSError:  # Windows without the right to make links
        return
    entry.write_bytes(b"x")
    os.utime(entry, (now - 31 * pruning.DAY,) * 2)
    assert pruning.prune_daily(str(tmp_path), now + 3 * pruning.DAY) == 0 and entry.exists()
    assert not (tmp_path / "elsewhere").exists()
