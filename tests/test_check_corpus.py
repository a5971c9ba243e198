"""The check's corpus (tests/check_corpus.py): in en_GB, en_US and cy_GB, every harmful edit of the shipped
example's release is a finding naming what drafter drafted there, and no benign edit is one.

bench/check_corpus.py prints the same corpus's detection and false-alarm rates, class by class.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.reports.check import Finding
from tests.check_corpus import FORMATS, LOCALES, Edit, build, caught, resave_with_libreoffice, run
from tests.conftest import EXAMPLE

runner = CliRunner()
HARMFUL = {"count", "percent", "change word", "direction word", "year", "date", "ordinal", "new sentence",
           "number word", "tracked change", "table", "chart figure", "chart label",
           "other words", "rate", "figure after a date", "figure like a year", "weekday", "approximate word",
           "decimal places", "figures swapped", "change in other words", "difference",
           "earlier figure in brackets", "sign in a table", "multiple", "figure split in Word", "place name",
           "superlative", "rank of a change", "fraction", "rank in general words", "rank with no place",
           "regional figure", "rate or number rank", "comparison", "list order", "list lines run together",
           "quote", "figure in another form", "share in words", "another area's figures", "false gap in points",
           "figure beside the wrong period", "periods turned round", "embargo", "dateline", "headline figure",
           "media contact", "number words at a sentence's start, wrong", "another area's figure",
           "line break or note mark, wrong figure", "table cell", "another area's change word, false",
           "figure split by a line break", "figure beside another's period, wrong",
           "change in its unit as a percentage, wrong", "change in its unit in other words, wrong", "relative period",
           "figure in words with a part", "half of a year, wrong",
           "figure's side changed", "figure's comma misplaced"}
BENIGN = {"rewording", "added sentence", "deleted note", "deleted paragraph", "bold or italic", "moved paragraph",
          "split paragraph", "chart restyled", "rate or its base", "date and a comma",
          "figure then a verb", "weekday and years", "true approximation", "two areas' figures",
          "change of something else", "true change in other words", "true multiple",
          "earlier figure in brackets", "Word's marks", "true superlative", "true rank of a change", "true fraction",
          "true rank in general words", "true rank with no place", "true regional figure",
          "true rate or number rank", "true comparison", "list order restated", "true share in words",
          "caption label", "age range", "other ranges, a period", "labels and codes", "reference or time",
          "gap in points", "quote split", "law's year", "list in prose", "law's year in lower case",
          "figure beside its period", "context", "context outside the campaign", "embargo restyled",
          "dateline with its weekday", "true headline figure", "media contact written another way",
          "number words at a sentence's start", "another area's figure in its place", "line break or note mark",
          "table heading restyled", "another area's change word",
          "figure beside another's period", "change in its unit in other words", "true relative period",
          "true figure in words with a part", "half of a year",
          "figure's side kept"}
Checked = list[tuple[Edit, Path, tuple[Finding, ...]]]


@pytest.fixture(scope="module", params=[pytest.param(("en_GB", False), id="en_GB-each-edit-in-one-format"),
                                        *(pytest.param((locale, True), id=locale, marks=pytest.mark.slow)
                                          for locale in LOCALES)])
def checked(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Checked:
    """The quick run checks en_GB's corpus with each edit in one of its formats, in turn (every class and every
    format, in a third of the files); CI checks every language's with every edit in every format."""
    locale, every_format = request.param
    return run(build(tmp_path_factory.mktemp(f"corpus-{locale}"), locale, every_format=every_format))


def test_every_class_of_edit_is_in_the_corpus_in_every_format(checked: Checked) -> None:
    classes = {edit.cls for edit, _, _ in checked}
    assert classes == HARMFUL | BENIGN
    assert {path.suffix for _, path, _ in checked} == {".docx", ".md", ".txt"}


def test_every_harmful_edit_is_a_finding_naming_what_drafter_drafted(checked: Checked) -> None:
    missed = [(path.name, edit.expected, [f.message for f in findings])
              for edit, path, findings in checked if edit.harmful and not caught(edit, findings)]
    assert missed == []


def test_no_benign_edit_is_a_finding(checked: Checked) -> None:
    alarms = [(path.name, [f.message for f in findings])
              for edit, path, findings in checked if not edit.harmful and not caught(edit, findings)]
    assert alarms == []


def test_the_command_exits_1_for_a_harmful_edit_and_0_for_a_benign_one(checked: Checked) -> None:
    by_name = {path.name: path for _, path, _ in checked}
    language = next(iter(by_name)).split("-")[0]

    def made(slug: str) -> str:  # the Word file where the corpus has it, else the format it has the edit in
        return str(next(by_name[name] for name in (f"{language}-{slug}.{fmt}" for fmt in FORMATS) if name in by_name))

    harmful = runner.invoke(app, ["check", str(EXAMPLE), made("year"), "--area", "Cheshire"])
    benign = runner.invoke(app, ["check", str(EXAMPLE), made("rewording"), "--area", "Cheshire"])
    assert (harmful.exit_code, benign.exit_code) == (1, 0)
    assert "'2019' where the period January to June 2018 was '2018'" in harmful.stdout  # in English in Welsh too


LIBREOFFICE = shutil.which("soffice")


@pytest.mark.skipif(LIBREOFFICE is None and not os.environ.get("DRAFTER_REQUIRE_LIBREOFFICE"),
                    reason="LibreOffice (soffice) is not installed")
@pytest.mark.slow
def test_a_release_re_saved_by_libreoffice_checks_clean(tmp_path: Path) -> None:
    if LIBREOFFICE is None:
        raise RuntimeError("DRAFTER_REQUIRE_LIBREOFFICE is set but soffice is not installed")
    from tests.check_corpus import draft, drafted

    files = []
    for locale in LOCALES:
        draft(EXAMPLE, tmp_path / locale, locale)
        files.append(drafted(tmp_path / locale, "docx"))
    resave_with_libreoffice(files, tmp_path / "resaved")
    result = runner.invoke(app, ["check", str(EXAMPLE), *map(str, files)])
    assert (result.exit_code, result.stdout) == (0, "3 files checked clean\n")


@pytest.mark.skipif(LIBREOFFICE is None and not os.environ.get("DRAFTER_REQUIRE_LIBREOFFICE"),
                    reason="LibreOffice (soffice) is not installed")
@pytest.mark.slow
def test_a_figure_edited_before_or_after_a_libreoffice_round_trip_is_a_finding(tmp_path: Path) -> None:
    """LibreOffice rewrites the XML, splits runs and renames styles: a wrong figure typed in Word's way before
    the round trip, or into the file LibreOffice saved, is still the finding it was."""
    if LIBREOFFICE is None:
        raise RuntimeError("DRAFTER_REQUIRE_LIBREOFFICE is set but soffice is not installed")
    from tests.check_corpus import BOOKMARK, PROOF, draft, in_runs

    draft(EXAMPLE, tmp_path / "out", "en_GB")
    before, after = tmp_path / "edited then re-saved.docx", tmp_path / "re-saved then edited.docx"
    for path in (before, after):
        shutil.copyfile(tmp_path / "out" / "cheshire.docx", path)
    wrong = in_runs(" 440.", [" 4", BOOKMARK[0], "4", PROOF, BOOKMARK[1], "5."])
    wrong(before)
    resave_with_libreoffice([before, after], tmp_path / "resaved")
    wrong(after)
    result = runner.invoke(app, ["check", str(EXAMPLE), str(before), str(after), "--area", "Cheshire"])
    assert result.exit_code == 1
    assert [line.split(": ", 1)[0] for line in result.stdout.splitlines() if "'445' where Cheshire's figure" in line
            ] == [before.name, after.name]
