"""`drafter check` on a figure or a year a colleague adds that is not a claim about the campaign's data ("open 24
hours a day", "12 trained call handlers", "In 2019, it expanded to Wales"): listed "to check by hand", apart from
the findings, without making check exit 1 or stopping `drafter send`; and the figures that are claims about the
data ("450 people contacted the helpline", a bare figure in a sentence about the measure) still findings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from tests.conftest import EXAMPLE

runner = CliRunner()
SENTENCE = ("The helpline is open 24 hours a day and has 12 trained call handlers; call 0808 1000 900. In 2019, it "
            "expanded to Wales.")
PARAGRAPH = 'cheshire.docx: Cheshire: paragraph 7 "{}": '
HAND = "to check by hand: " + PARAGRAPH
MEASURED = "not what the campaign measures (people contacting Stop It Now! for help): drafter cannot check it " \
           "against the data"
NOT_A_YEAR = "is not a year of the campaign's periods, release date or embargo (2017, 2018)"


@pytest.fixture(scope="module")
def welsh_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("welsh") / "out"
    api.draft(EXAMPLE, out, areas=["Cheshire"], locale="cy_GB")
    return out


def add(path: Path, text: str, before: str = "The rise follows") -> None:
    """A new paragraph, as a colleague adds one in Word, before the one starting ``before``."""
    document = docx.Document(str(path))
    anchor = next(p for p in document.paragraphs if p.text.startswith(before))
    anchor.insert_paragraph_before(text, anchor.style)
    document.save(str(path))


def check(*arguments: str | Path) -> tuple[int, list[str]]:
    result = runner.invoke(app, ["check", str(EXAMPLE), *map(str, arguments)])
    return result.exit_code, (result.stdout + result.stderr).splitlines()


def test_figures_that_count_something_else_and_a_year_outside_the_campaign_are_to_check_by_hand(inbox: Path
                                                                                                 ) -> None:
    add(inbox, SENTENCE)
    at = HAND.format("The helpline is open 24 hours a day …")
    assert check(inbox) == (0, [
        at + f"'24 hours' in new text counts hours, {MEASURED}",
        at + f"'12 trained call handlers' in new text counts trained call handlers, {MEASURED}",
        at + f"'2019' in new text {NOT_A_YEAR}, in a sentence that states none of the campaign's figures: drafter "
        "cannot check it against the data",
        "1 file checked clean; 3 to check by hand"])


def test_json_marks_what_is_to_check_by_hand_after_the_findings(inbox: Path) -> None:
    add(inbox, SENTENCE)
    add(inbox, "Since then, 450 people from Cheshire have contacted the helpline.")
    result = runner.invoke(app, ["check", str(EXAMPLE), str(inbox), "--json"])
    listed = [(e["kind"], e["paragraph"], e["found"], e["to_check_by_hand"]) for e in json.loads(result.stdout)]
    assert (result.exit_code, listed) == (1, [
        ("unknown_figure", 8, "450", False), ("figure_to_check", 7, "24 hours", True),
        ("figure_to_check", 7, "12 trained call handlers", True), ("year_to_check", 7, "2019", True)])


@pytest.mark.parametrize(("sentence", "found"), [
    # the measure's own words after the figure
    ("Since then, 450 people from Cheshire have contacted the helpline.", "'450' in new text"),
    ("Since then, more than 450 people have asked for help.", "'more than 450' in new text"),
    # no words of its own, in a sentence about the measure
    ("The number of people contacting the helpline from Cheshire rose to 450.", "'450' in new text"),
    ("Contacts rose to 450 last year, compared with 150 the year before.", "'450' in new text"),
    # words of its own, close to one of the data's, in a sentence that names one of the campaign's periods
    ("Between January and June 2018, the helpline took 450 calls.", "'450 calls' in new text"),
])
def test_a_wrong_figure_said_about_the_measure_is_still_a_finding(inbox: Path, sentence: str, found: str
                                                                  ) -> None:
    add(inbox, sentence)
    code, lines = check(inbox)
    assert (code, lines[-1]) == (1, "1 finding in 1 file")
    assert lines[0].startswith(PARAGRAPH.format(" ".join(sentence.split()[:8]) + " …") + found), lines


def test_a_year_outside_the_campaign_in_a_sentence_stating_its_figures_is_a_finding(inbox: Path) -> None:
    add(inbox, "In 2019, 440 people from Cheshire contacted the helpline.")
    assert check(inbox) == (1, [PARAGRAPH.format("In 2019, 440 people from Cheshire contacted the …")
                                + f"'2019' in new text {NOT_A_YEAR}", "1 finding in 1 file"])


def test_open_24_7_is_not_a_figure(inbox: Path) -> None:
    add(inbox, "The helpline is open 24/7 and answers in 3 languages.")
    assert check(inbox) == (0, [HAND.format("The helpline is open 24/7 and answers in …")
                                + f"'3 languages' in new text counts languages, {MEASURED}",
                                "1 file checked clean; 1 to check by hand"])


def test_in_welsh_what_a_figure_counts_is_read_after_o(welsh_draft: Path, tmp_path: Path) -> None:
    path = tmp_path / "cheshire.docx"
    shutil.copyfile(welsh_draft / "cheshire.cy.docx", path)
    add(path, "Mae’r llinell gymorth ar agor 24 awr y dydd ac mae ganddi 12 o drinwyr galwadau hyfforddedig. Yn "
        "2019, ehangodd i Gymru.", before="Daw’r cynnydd")
    at = HAND.format("Mae’r llinell gymorth ar agor 24 awr y …")
    assert check(path) == (0, [
        at + f"'24 awr' in new text counts 'awr', {MEASURED}",
        at + f"'12 o drinwyr galwadau hyfforddedig' in new text counts 'drinwyr galwadau hyfforddedig', {MEASURED}",
        at + f"'2019' in new text {NOT_A_YEAR}, in a sentence that states none of the campaign's figures: drafter "
        "cannot check it against the data",
        "1 file checked clean; 3 to check by hand"])
    add(path, "Ers hynny, mae 450 o bobl o Swydd Gaer wedi cysylltu â’r llinell gymorth.", before="Daw’r cynnydd")
    code, lines = check(path)
    assert (code, lines[0], lines[-1]) == (1, PARAGRAPH.replace("7", "8").format("Ers hynny, mae 450 o bobl o Swydd …")
                                           + "'450' in new text where Cheshire's figure for people contacting Stop "
                                           "It Now! for help in January to June 2018 is '440' (figures.csv, row 3, "
                                           "column after)",
                                           "1 finding in 1 file; 3 to check by hand")


def test_send_sends_a_release_with_figures_to_check_by_hand_and_says_so(drafted_example: tuple[Path, Path]) -> None:
    campaign, out = drafted_example
    add(out / "cheshire.docx", SENTENCE)
    result = runner.invoke(app, ["send", str(campaign), "--out", str(out), "--dry-run"])
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: to check by hand: ")]
    assert (result.exit_code, len(warnings)) == (0, 3)
    assert warnings[0] == ("warning: " + HAND.format("The helpline is open 24 hours a day …")
                           + f"'24 hours' in new text counts hours, {MEASURED}")
    assert "would send: Cheshire Echo <newsdesk@cheshire-echo.example.org>: Cheshire, cheshire.docx attached" in \
        result.stdout.splitlines()


def test_another_form_of_the_measures_word_before_a_figure_makes_it_a_claim(tmp_path: Path) -> None:
    campaign = EXAMPLE.parent.parent / "several-measures" / "example"  # lifeboat launches, people rescued
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Ceredigion"], formats=["docx"])
    add(out / "ceredigion.docx", "Crews launched 999 times, in 4 boats.", before="")
    result = runner.invoke(app, ["check", str(campaign), str(out / "ceredigion.docx")])
    lines = result.stdout.splitlines()
    assert (result.exit_code, [line.split('": ', 1)[1] for line in lines[:-1]], lines[-1]) == (1, [
        "'999' in new text where Ceredigion's figure for lifeboat launches in 2023 is '64' (figures.csv, row 4, "
        "column last_year)",  # a sentence naming no place, in Ceredigion's release: Ceredigion's, not Wales'
        "'4 boats' in new text counts boats, not what the campaign measures (lifeboat launches or people rescued or "
        "volunteer crew members): drafter cannot check it against the data"],
        "1 finding in 1 file; 1 to check by hand")


def test_a_count_in_the_campaigns_own_text_does_not_make_its_words_the_measures(tmp_path: Path) -> None:
    """About says "It has 58 trained call handlers": that count is no fact of the release, so "trained call
    handlers" are not what the campaign measures, and a colleague's "15 trained call handlers" is to check by hand,
    not a finding held against Cheshire's 440 (a fire service's "58 fire stations" made "24 gorsaf" a finding)."""
    campaign = tmp_path / "helpline"
    shutil.copytree(EXAMPLE, campaign)
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    (campaign / "campaign.yaml").write_text(text.replace(
        "or about someone else's.\n", "or about someone else's. It has 58 trained call handlers.\n", 1),
        encoding="utf-8")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cheshire"], formats=["docx"])
    add(out / "cheshire.docx", "Its helpline now has 15 trained call handlers.")
    result = runner.invoke(app, ["check", str(campaign), str(out / "cheshire.docx")])
    assert (result.exit_code, result.stdout.splitlines()) == (0, [
        HAND.format("Its helpline now has 15 trained call handlers.") + "'15 trained call handlers' in new text "
        f"counts trained call handlers, {MEASURED}", "1 file checked clean; 1 to check by hand"])
