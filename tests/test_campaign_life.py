"""A campaign lived with over several weeks, redrafted into the same folder each time: what drafter says about
the files a redraft leaves as they were (a release a colleague edited, now older than the draft; an earlier
draft's files under names this draft no longer writes)."""

from __future__ import annotations

from pathlib import Path

import docx
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from tests.conftest import edit

runner = CliRunner()


def edit_in_word(path: Path) -> None:
    document = docx.Document(str(path))
    document.paragraphs[6].add_run(" Cheshire Constabulary joined the campaign in March.")
    document.save(str(path))


def take_out_cumbria(example: Path) -> None:
    """Cumbria's rows taken out of areas.csv and figures.csv, and North West's totals with them."""
    for name in ("areas.csv", "figures.csv"):
        path = example / name
        path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                                if not line.startswith("Cumbria,")), encoding="utf-8")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,657","3,378"')


def test_an_edited_release_left_behind_by_a_revised_figure_is_named_out_of_date(
        drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    edit_in_word(out / "cheshire.docx")
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(example / "figures.csv", '"3,549"', '"3,554"')
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert (f"skipped {out / 'cheshire.docx'}: edited since drafter wrote it, and the release has changed since the "
            "draft that was edited, so it is out of date (drafter check "
            f"{example} {out / 'cheshire.docx'} lists the figures, dates and quotes in it that no longer match): "
            "correct it by hand, or use --force to replace it, keeping the edited file beside it\n") in result.stderr
    review = (out / "review" / "review.csv").read_text(encoding="utf-8-sig")
    assert review.count("edited by a person") == 1  # the pack's row says what the folder's Word file does not
    assert ("cheshire.docx edited by a person and not replaced by this draft: it still says what an earlier draft "
            "said, not what this row says (drafter check lists where)") in review
    again = api.draft(example, out)  # still behind: the manifest keeps the hash of the draft the person edited
    assert again.leftovers.behind == ("cheshire.docx",)


def test_files_an_earlier_draft_wrote_that_this_one_does_not_are_named(drafted_example: tuple[Path, Path]) -> None:
    """Welsh switched on renames every release (cheshire.docx becomes cheshire.en.docx), and an area taken out of
    areas.csv is drafted no more: drafter deletes neither, so it names both, and which hold a person's edit."""
    example, out = drafted_example
    edit_in_word(out / "cheshire.docx")
    edit(example / "campaign.yaml", "locale: en_GB\n", "locale: en_GB\nlanguages: [en_GB, cy_GB]\n")
    take_out_cumbria(example)
    old = {(f.name, f.area, f.gone, f.edited) for f in api.draft(example, out).leftovers.old}
    assert ("cheshire.docx", "Cheshire", False, True) in old
    assert ("cheshire.md", "Cheshire", False, False) in old
    assert {(n, g) for n, a, g, _ in old if a == "Cumbria"} == {
        ("cumbria.docx", True), ("cumbria.md", True), ("cumbria.facts.csv", True)}
    assert len(old) == 6 * 3


def test_a_release_holding_a_quote_since_replaced_is_told_so_not_that_the_new_quote_was_changed(
        example: Path, inbox: Path) -> None:
    """york-cheshire withdrawn and york-cheshire-2 approved in its place: a release drafted before holds the old
    quote where the new one goes. Nobody changed york-cheshire-2's wording, so the check must not say so."""
    api.withdraw_quote(example, "york-cheshire")
    edit(example / "quotes.yaml", "  # The same quotes as approved in Welsh", """  - id: york-cheshire-2
    role: local
    speaker: stuart-york
    areas: [Cheshire]
    status: approved
    approved_by: Stuart York
    approved_on: 2018-09-01
    text: Protecting children is a priority for Cheshire Constabulary.

  # The same quotes as approved in Welsh""")
    messages = [f.message for f in api.check(example, [inbox]).findings if f.kind in ("changed_quote",
                                                                                      "unusable_quote")]
    assert messages == ["quote 'york-cheshire' has been withdrawn",
                        "quote 'york-cheshire' stands where drafter puts approved quote 'york-cheshire-2', which "
                        "quotes.yaml now gives this release (draft it again, or put the new quote in by hand)"]


def test_a_run_for_one_area_names_the_other_releases_a_changed_total_leaves_out_of_date(
        drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(example / "figures.csv", '"3,549"', '"3,554"')
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--area", "Cheshire"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == (
        "not drafted in this run (--area): the releases of Cumbria, Greater Manchester, Lancashire, Merseyside, "
        "North West print a figure that has changed since (North West: people contacting Stop It Now! for help, "
        "January to June 2018: 3,549 → 3,554), so they are out of date: draft again without --area to bring every "
        "release up to date")
    title = docx.Document(str(out / "review" / "review.docx")).paragraphs[0].text.replace("\u00a0", " ")
    assert title.endswith("(Cheshire only: drafted with --area, so the other areas' releases are not in this pack)")


def test_a_change_of_words_alone_says_which_paragraphs(drafted_example: tuple[Path, Path]) -> None:
    """The embargo moved by a day: no figure changed, so the paragraphs themselves say what did."""
    example, out = drafted_example
    edit(example / "campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: 2018-09-05 00:01")
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--area", "Cumbria", "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("changed since the last draft: Cumbria\n    1 new or edited paragraph: "
                                  "“EMBARGOED UNTIL 00:01 BST WEDNESDAY 5 SEPTEMBER 2018”\n")


def test_check_names_an_earlier_draft_of_an_area_since_taken_out(drafted_example: tuple[Path, Path]) -> None:
    example, out = drafted_example
    take_out_cumbria(example)
    assert api.check(example, [out / "cumbria.docx"]).skipped == ((str(out / "cumbria.docx"), (
        "is an earlier draft of Cumbria's release, and Cumbria is no longer one of the campaign's areas (areas.csv): "
        "move it out of the folder so nobody sends it")),)


def test_the_line_for_an_edited_file_out_of_date_gives_the_check_only_for_a_file_check_reads(tmp_path: Path) -> None:
    """drafter check reads Word, Markdown and text: the line for an out-of-date fact sheet, HTML or PDF gives no
    command that would skip the file; the reviewer pack says it describes an earlier draft."""
    from drafter.cli.drafting import edited_left_alone
    from drafter.reports.leftovers import Leftovers

    left = Leftovers(behind=("cheshire.txt", "cheshire.html", "review/review.docx"))
    out = tmp_path / "out"
    assert f"(drafter check {tmp_path} {out / 'cheshire.txt'} lists" in edited_left_alone(
        "cheshire.txt", left, tmp_path, out)
    assert edited_left_alone("cheshire.html", left, tmp_path, out) == (
        "edited since drafter wrote it, and the release has changed since the draft that was edited, so it is out of "
        "date: correct it by hand, or use --force to replace it, keeping the edited file beside it")
    assert "it still describes an earlier draft, not this one" in edited_left_alone(
        "review/review.docx", left, tmp_path, out)
    assert edited_left_alone("cheshire.md", left, tmp_path, out) == (
        "edited since drafter wrote it (use --force to replace it)")


def test_a_new_local_quote_through_its_life_never_replaces_a_release_edited_in_word(
        drafted_example: tuple[Path, Path]) -> None:
    """A new speaker's quote for Cumbria, kept to Cumbria and the region's own release: a draft, approved from the
    command line; a colleague edits Cumbria's release in Word; the speaker rewords the quote, approved again: the
    redraft leaves the edited release as it is, saying so, and check names the quote it holds as changed."""
    example, out = drafted_example
    edit(example / "quotes.yaml", "\nquotes:\n", """  jo-dean:
    name: Jo Dean
    title: Chief Superintendent
    organisation: Cumbria Constabulary

quotes:
  - id: dean-cumbria
    role: local
    speaker: jo-dean
    areas: [Cumbria, North West only]
    status: draft
    text: “Cumbria Constabulary will keep working with the helpline.”{trailing}
""".format(trailing=" "))  # pasted from Word: its marks, and a space after them
    approve = ["quotes", "approve", str(example), "dean-cumbria", "--by", "Jo Dean", "--on", "30 August 2018"]
    assert runner.invoke(app, approve).stdout.splitlines()[1] == (
        "scope: North West only, Cumbria; used in the releases of North West, Cumbria")
    api.draft(example, out, areas=["Cumbria"])
    document = docx.Document(str(out / "cumbria.docx"))
    assert any(p.text.endswith("from Cumbria Constabulary, added: “Cumbria Constabulary will keep working with the "
                               "helpline.”") for p in document.paragraphs)
    edit_in_word(out / "cumbria.docx")
    edit(example / "quotes.yaml", "with the helpline.”", "with the helpline and its partners.”")
    assert runner.invoke(app, approve).exit_code == 0
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--area", "Cumbria"])
    assert result.exit_code == 0, result.stderr
    assert f"skipped {out / 'cumbria.docx'}: edited since drafter wrote it, and the release has changed" in (
        result.stderr)
    assert [f.message for f in api.check(example, [out / "cumbria.docx"]).findings] == [
        "approved quote 'dean-cumbria' has been changed: its wording no longer matches what was approved"]
