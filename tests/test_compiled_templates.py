"""Templates compiled once and kept between runs (Jinja2's bytecode cache in the user's temporary folder): a kept
template gives what compiling it gives, every check still holds on every run, and a cache that is damaged or
cannot be written is passed over."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from drafter.errors import TemplateError
from drafter.render import environment, pruning
from drafter.render.environment import ReleaseTemplate
from drafter.render.release import tidy


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder Jinja2 keeps compiled templates in, private to the test."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates compiled (not found kept) from here on."""
    names: list[str] = []
    compile_ = environment._Sandbox.compile

    def counting(self: environment._Sandbox, source: object, name: str | None = None, *args: object,
                 **kwargs: object) -> object:
        names.append(str(name))
        return compile_(self, source, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(environment._Sandbox, "compile", counting)
    return names


def campaign(folder: Path, release: str, part: str = "Figures are checked.\n") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "part.md.j2").write_text(part, encoding="utf-8")
    path = folder / "release.md.j2"
    path.write_text(release, encoding="utf-8")
    return path


RELEASE = '# Headline for {{ area }}\n\n{% include "part.md.j2" %}\n'


def test_a_template_is_compiled_once_and_then_read_back_giving_the_same_release(
        tmp_path: Path, temp_folder: Path, compiled: list[str]) -> None:
    path = campaign(tmp_path / "campaign", RELEASE)
    first = ReleaseTemplate(path).render({"area": "Cheshire"}, "Cheshire")
    assert sorted(compiled) == ["part.md.j2", "release.md.j2"]
    assert len(list(temp_folder.rglob("drafter-*.cache"))) == 2
    again = ReleaseTemplate(path).render({"area": "Cheshire"}, "Cheshire")
    assert sorted(compiled) == ["part.md.j2", "release.md.j2"]  # nothing compiled the second time
    assert again == first
    assert tidy(first) == "# Headline for Cheshire\n\nFigures are checked.\n"


def test_a_changed_template_is_compiled_afresh(tmp_path: Path, temp_folder: Path, compiled: list[str]) -> None:
    path = campaign(tmp_path / "campaign", RELEASE)
    ReleaseTemplate(path)
    campaign(tmp_path / "campaign", RELEASE, part="Figures are checked twice.\n")
    text = ReleaseTemplate(path).render({"area": "Cheshire"}, "Cheshire")
    assert tidy(text) == "# Headline for Cheshire\n\nFigures are checked twice.\n"
    assert compiled == ["release.md.j2", "part.md.j2", "part.md.j2"]


def test_a_template_a_kept_one_includes_is_still_checked_and_found(tmp_path: Path, temp_folder: Path) -> None:
    path = campaign(tmp_path / "campaign", RELEASE)
    ReleaseTemplate(path)
    campaign(tmp_path / "campaign", RELEASE, part="Up by 193 per cent.\n")
    with pytest.raises(TemplateError) as typed:
        ReleaseTemplate(path)
    assert "types the number '193' into the template" in str(typed.value)
    (tmp_path / "campaign" / "part.md.j2").unlink()
    with pytest.raises(TemplateError) as missing:
        ReleaseTemplate(path)
    assert str(missing.value) == ('template: "part.md.j2" is not found (expected a template beside the campaign '
                                  "template or a shipped one)")


def test_a_template_with_a_typed_number_is_refused_on_every_run(tmp_path: Path, temp_folder: Path) -> None:
    path = campaign(tmp_path / "campaign", "# Up by 193 per cent\n")
    for _ in range(2):
        with pytest.raises(TemplateError, match="types the number '193' into the template"):
            ReleaseTemplate(path)
    assert not list(temp_folder.rglob("drafter-*.cache"))


def test_the_same_template_in_two_folders_names_its_own_file(tmp_path: Path, temp_folder: Path) -> None:
    for name in ("first", "second"):
        path = campaign(tmp_path / name, "# Headline for {{ aera }}\n")
        with pytest.raises(TemplateError) as caught:
            ReleaseTemplate(path, root=tmp_path).render({"area": "Cheshire"}, "Cheshire")
        assert str(caught.value).startswith(f"{Path(name, 'release.md.j2')}:1: template: area 'Cheshire': ")


def test_a_damaged_entry_is_compiled_afresh(tmp_path: Path, temp_folder: Path, compiled: list[str]) -> None:
    path = campaign(tmp_path / "campaign", RELEASE)
    ReleaseTemplate(path)
    for entry in temp_folder.rglob("drafter-*.cache"):
        entry.write_bytes(entry.read_bytes()[:40])
    text = ReleaseTemplate(path).render({"area": "Cheshire"}, "Cheshire")
    assert tidy(text) == "# Headline for Cheshire\n\nFigures are checked.\n"
    assert len(compiled) == 4


def test_a_temporary_folder_that_cannot_be_written_compiles_every_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiled: list[str]) -> None:
    not_a_folder = tmp_path / "temp"
    not_a_folder.write_text("a file where the temporary folder should be", encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    path = campaign(tmp_path / "campaign", RELEASE)
    for _ in range(2):
        assert ReleaseTemplate(path).render({"area": "Cheshire"}, "Cheshire").startswith("# Headline for Cheshire")
    assert len(compiled) == 4


def test_entries_unused_for_thirty_days_are_pruned_when_a_template_is_compiled_and_those_used_are_kept(
        tmp_path: Path, temp_folder: Path) -> None:
    path = campaign(tmp_path / "campaign", RELEASE)
    ReleaseTemplate(path)
    kept = {entry: entry.stat().st_mtime for entry in temp_folder.rglob("drafter-*.cache")}
    cache = next(iter(kept)).parent
    old = time.time() - 31 * pruning.DAY
    for entry in kept:
        os.utime(entry, (old, old))  # used 31 days ago, and used again now: brought up to date, so kept
    ReleaseTemplate(path)
    assert all(entry.stat().st_mtime > old + 30 * pruning.DAY for entry in kept)
    stale = cache / f"drafter-{'0' * 64}.cache"  # a template of a year ago, never used since
    stale.write_bytes(b"old")
    os.utime(stale, (old, old))
    stamp = cache / pruning.STAMP  # pruned when the first template was compiled: not again for a day
    os.utime(stamp, (old, old))
    campaign(tmp_path / "campaign", RELEASE, part="Figures are checked twice.\n")
    ReleaseTemplate(path)  # part.md.j2 compiled afresh: the moment to prune
    assert not stale.exists() and all(entry.exists() for entry in kept)
    assert len(list(cache.glob("drafter-*.cache"))) == 3
    stale.write_bytes(b"old")
    os.utime(stale, (old, old))
    campaign(tmp_path / "campaign", RELEASE, part="Figures are checked three times.\n")
    ReleaseTemplate(path)  # compiled afresh, but pruned in the last day: left for tomorrow
    assert stale.exists()
