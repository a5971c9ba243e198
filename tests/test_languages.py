"""A language is one module, its presets and its templates: adding one edits nothing else in drafter.

The toy French language below is dropped into drafter.style.lang's search path — as a new file in
drafter/style/lang/ would be — in a fresh interpreter, and a campaign is drafted in it from the command line.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from typer.testing import CliRunner

from drafter.cli import app
from tests.conftest import edit

TOY_LANGUAGE = '''
"""French, as a toy: just enough words to draft a release."""

import dataclasses

from drafter.style.base import Language
from drafter.style.lang.en import EN_GB
from drafter.style.percents import percent_text


class French(Language):
    code = "fr"
    name = "Français"
    english = "French"
    nearly = "près de"
    more_than = "plus de"
    less_than = "moins de"
    attribution_verbs = ("a déclaré",)

    def ordinal_suffix(self, number, category):
        return "er" if number == 1 else "e"

    def from_to(self, old_text, new_text):
        return f"de {old_text} à {new_text}"

    def join(self, first, joiner, second, style):
        return f"{first} {'à' if joiner == 'to' else 'et'} {second}"

    def within(self, text, span):
        return f"{'le' if span == 'day' else 'en'} {text}"

    def change_words(self, change, band, style, tense, *, exact, headline, places, scale=None, one=""):
        verb = "a augmenté" if change.direction == "up" else "a baissé"
        if change.percent is None or band in ("small_base", "points", "unchanged", "virtually_unchanged"):
            return "est resté stable" if change.direction == "same" else verb, []
        text, rounded = percent_text(change.percent, style, places)
        return f"{verb} de {text}", [("percent", text, rounded)]

    def change_noun(self, direction, amount):
        noun = {"up": "une hausse", "down": "une baisse", "same": "aucun changement"}[direction]
        return noun if amount is None else f"{noun} de {amount}"

    def virtually_no_change(self):
        return "pratiquement aucun changement"

    def fewer_than(self, count, style, *, after_from):
        return f"moins de {count}"

    def suppressed_change(self, direction, tense, old, new, *, both_hidden, headline=False):
        return f"est passé {self.from_to(old, new)}"

    def change_to(self, direction, tense, new):
        return f"{'a augmenté' if direction == 'up' else 'a baissé'} à {new}"

    def in_both_periods(self, count):
        return f"{count} aux deux périodes"

    def attribution(self, verb, who, *, titled):
        return f"{who} {verb} : "


LANGUAGE = French()
PRESETS = (dataclasses.replace(
    EN_GB, name="fr_FR", locale="fr_FR", language=LANGUAGE, number_words=(), words_up_to=0, none_word="aucun",
    percent="%", percent_points="points de pourcentage", embargo_words="SOUS EMBARGO JUSQU’AU",
    no_embargo="DIFFUSION IMMÉDIATE", ends="FIN", million_word="millions", billion_word="milliards",
    between_word="entre", to_word="à", and_word="et", fewer_than="moins de", ordinal_words=(), tied="ex aequo {}",
),)
'''

TOY_TEMPLATE = """\
{.embargo}
{{ embargo_line() }}

# Appels {{ area.name }} : {{ change("contacts").headline() }}

{.dateline}
{{ campaign.release_date }}

{% set c = change("contacts") %}
{{ between("before") | sentence }}, {{ c.old() }} personnes ont appelé ;
le nombre {{ c.past() }} {{ between("after") }}.

{.ends}
{{ ends }}
"""

RUN = """\
import sys
import drafter.style.lang
drafter.style.lang.__path__.append(sys.argv[1])
from drafter.cli import main
sys.argv = ["drafter", *sys.argv[2:]]
main()
"""


def test_a_language_added_as_one_module_drafts_a_release_in_it(example: Path, tmp_path: Path) -> None:
    languages = tmp_path / "languages"
    languages.mkdir()
    (languages / "fr.py").write_text(textwrap.dedent(TOY_LANGUAGE), encoding="utf-8")
    mine = example / "mine"
    mine.mkdir()
    (mine / "release.md.j2").write_text('{% extends "helpline-rise/release.md.j2" %}\n', encoding="utf-8")
    (mine / "release.fr.md.j2").write_text(TOY_TEMPLATE, encoding="utf-8")
    edit(example / "campaign.yaml", "template: helpline-rise", "template: mine")
    edit(example / "campaign.yaml", "about_cy:", "about_fr: La fondation protège les enfants.\nabout_cy:")
    out = tmp_path / "out"

    done = subprocess.run(
        [sys.executable, "-c", RUN, str(languages), "draft", str(example), "--out", str(out), "--locale", "fr_FR",
         "--area", "Cheshire", "--format", "md"], capture_output=True, text=True, encoding="utf-8", check=False)

    assert done.returncode == 0, done.stderr
    release = (out / "cheshire.fr.md").read_text(encoding="utf-8")
    assert "# Appels Cheshire : a augmenté de 193%" in release
    assert "Entre juillet et décembre 2017, 150 personnes ont appelé ; le nombre a augmenté de 193% entre janvier " \
           "et juin 2018." in release  # the period's words and its month names in French, from Babel
    assert "SOUS EMBARGO JUSQU’AU 00:01 BST MARDI 4 SEPTEMBRE 2018" in release
    assert release.rstrip().endswith("FIN")


def test_without_the_module_the_language_is_refused_naming_the_presets(example: Path, tmp_path: Path) -> None:
    """In this process, whose drafter.style.lang holds only the shipped modules (the toy is added in a fresh one)."""
    done = CliRunner().invoke(app, ["draft", str(example), "--out", str(tmp_path / "out"), "--locale", "fr_FR"])
    assert done.exit_code == 2
    assert done.stderr == ('error: --locale: "fr_FR" is not a supported locale (expected one of en_GB, en_US, '
                           "cy_GB)\n")
    assert not (tmp_path / "out").exists()


def test_a_redraft_in_english_says_the_welsh_releases_beside_it_are_out_of_date(
        drafted_example: tuple[Path, Path]) -> None:
    from drafter import api
    from drafter.cli.drafting import leftover_lines

    campaign, out = drafted_example
    api.draft(campaign, out, locale="cy_GB", areas=["Cheshire"])
    assert api.draft(campaign, out, areas=["Cheshire"]).leftovers.other_languages == ()  # as they were
    edit(campaign / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(campaign / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,166")
    result = api.draft(campaign, out, areas=["Cheshire"])
    assert leftover_lines(result.leftovers, out)[-1] == (
        "not drafted in this run: the releases of Cheshire drafted with --locale cy_GB print a figure that has "
        "changed since (Cheshire: people contacting Stop It Now! for help, change, per cent, July to December 2017 → "
        f"January to June 2018), so they are out of date: draft them again with --locale cy_GB --out {out}")
    # and the Welsh redraft says the English North West release, which the run with --area left, is out of date
    welsh = api.draft(campaign, out, locale="cy_GB", areas=["Cheshire"])
    assert [(locale, areas) for locale, areas, _ in welsh.leftovers.other_languages] == [("", ("North West",))]


def test_a_welsh_quote_withdrawn_and_only_the_english_releases_redrafted_names_the_welsh_ones_still_printing_it(
        drafted_example: tuple[Path, Path]) -> None:
    from drafter import api
    from drafter.cli.drafting import leftover_lines

    campaign, out = drafted_example
    api.draft(campaign, out, locale="cy_GB", areas=["Cheshire"])
    api.withdraw_quote(campaign, "york-cheshire-cy")
    result = api.draft(campaign, out, areas=["Cheshire"])
    assert leftover_lines(result.leftovers, out, campaign)[-1] == (
        f"not drafted in this run: the Welsh release of Cheshire ({out / 'cheshire.cy.docx'}) still prints the "
        "withdrawn quote york-cheshire-cy, so drafter send refuses it: draft it again with drafter draft "
        f"{campaign} --locale cy_GB --out {out}")
    api.draft(campaign, out, locale="cy_GB", areas=["Cheshire"])  # drafted again: without the quote
    assert api.draft(campaign, out, areas=["Cheshire"]).leftovers.withdrawn == ()
