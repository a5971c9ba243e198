"""A measure's label in a Welsh release's reviewer pack and list of what changed: ``label_cy``, else ``unit_cy``,
else the English label with one warning naming the key to add; every shipped example that drafts in Welsh gives
``label_cy``, so `drafter new` leaves one to fill in."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

from drafter import api
from drafter.batch import prepare_languages
from drafter.load import load_campaign
from drafter.model import Fact
from drafter.reports.review import figure
from drafter.shipped import shipped_root, story_templates
from drafter.style.house import PRESETS
from tests.conftest import EXAMPLE, edit

HELPLINE_CY = "pobl a gysylltodd â Stop It Now! am help"
WARNING = ("measure 'contacts' has no label_cy in campaign.yaml, so the reviewer pack and lists of what changed name "
           "it in English in releases in Welsh ('people contacting Stop It Now! for help'): add label_cy: under "
           "measures: contacts: (measures.contacts.label_cy), what it counts in Welsh")


def test_a_welsh_reviewer_line_names_the_measure_by_label_cy_else_unit_cy(tmp_path: Path) -> None:
    fact = Fact("Cheshire", "contacts.after", "440", Decimal(440), "", ())
    welsh, english = PRESETS["cy_GB"], PRESETS["en_GB"]
    campaign = load_campaign(EXAMPLE)
    assert figure(campaign, fact, welsh).said() == f"{HELPLINE_CY}, Ionawr i Fehefin 2018"
    assert figure(campaign, fact, english).said() == "people contacting Stop It Now! for help, January to June 2018"
    folder = tmp_path / "campaign"
    shutil.copytree(EXAMPLE, folder)
    edit(folder / "campaign.yaml", f"    label_cy: {HELPLINE_CY}", "    unit_cy: galwyr")
    assert figure(load_campaign(folder), fact, welsh).said() == "galwyr, Ionawr i Fehefin 2018"


def test_a_welsh_release_of_a_measure_with_no_welsh_label_warns_once_naming_the_key(tmp_path: Path) -> None:
    folder = tmp_path / "campaign"
    shutil.copytree(EXAMPLE, folder)
    edit(folder / "campaign.yaml", f"    label_cy: {HELPLINE_CY}", "")
    welsh = prepare_languages(folder, locale="cy_GB")[0]
    assert [w.message for w in welsh.warnings if w.code == "label_missing"] == [WARNING]
    assert [w.code for w in prepare_languages(folder)[0].warnings if w.code == "label_missing"] == []  # English
    edit(folder / "campaign.yaml", "\nlocale: en_GB", "\nlocale: en_GB\nlanguages: [en_GB, cy_GB]")
    both = prepare_languages(folder)
    assert [[w.message for w in b.warnings if w.code == "label_missing"] for b in both] == [[WARNING], [WARNING]]
    release = api.preview(folder, "Cheshire", locale="cy_GB")[1]
    assert [w.message for w in release.warnings if w.code == "label_missing"] == [WARNING]


def test_every_example_that_drafts_in_welsh_gives_each_measure_a_welsh_label(tmp_path: Path) -> None:
    """`drafter new` copies the example's campaign.yaml: each measure's label_cy is there to fill in."""
    for name in story_templates():
        if not (shipped_root() / name / "release.cy.md.j2").is_file():
            continue
        campaign = load_campaign(shipped_root() / name / "example")
        assert [m.id for m in campaign.measures if not m.words("label", "cy")] == [], name
    made = tmp_path / "new"
    api.new_campaign(made, "league-table")
    assert (made / "campaign.yaml").read_text(encoding="utf-8").count("\n    label_cy: ") == 2


def test_text_given_in_english_only_is_named_once_with_the_keys_a_welsh_release_needs(food: Path) -> None:
    """A Welsh release leaves out a story sentence, About or notes given in English only: one warning says which,
    so the Welsh release does not go out without its source note unawares."""
    folder = food
    assert [w for w in prepare_languages(folder, locale="cy_GB")[0].warnings if w.code == "text_untranslated"] == []
    text = (folder / "campaign.yaml").read_text(encoding="utf-8")
    text = re.sub(r"\nabout_cy: >-\n(  .*\n)+", "\n", re.sub(r"  source_note_cy: .*\n", "", text))
    (folder / "campaign.yaml").write_text(text, encoding="utf-8")
    welsh = prepare_languages(folder, locale="cy_GB")[0]
    assert [w.message for w in welsh.warnings if w.code == "text_untranslated"] == [
        "releases in Welsh leave out what campaign.yaml gives in English only (story.source_note, about): add "
        "story.source_note_cy and about_cy, the same text in Welsh"]
    assert [w for w in prepare_languages(folder)[0].warnings if w.code == "text_untranslated"] == []  # English


def test_a_welsh_release_on_a_page_labelled_in_english_only_is_warned_of_with_the_key(tmp_path: Path) -> None:
    """count-change's example with `label: PRESS RELEASE` and no label_cy: its Welsh releases carried "PRESS RELEASE"
    at the top of every page, unwarned."""
    folder = tmp_path / "campaign"
    shutil.copytree(shipped_root() / "count-change" / "example", folder)
    text = (folder / "campaign.yaml").read_text(encoding="utf-8")
    (folder / "campaign.yaml").write_text(text + "label: PRESS RELEASE\n", encoding="utf-8")
    welsh = prepare_languages(folder, locale="cy_GB")[0]
    assert [w.message for w in welsh.warnings if w.code == "label_untranslated"] == [
        "releases in Welsh carry campaign.yaml's label as written ('PRESS RELEASE') at the top of every page: add "
        "label_cy:, the label in Welsh"]
    assert not [w for w in prepare_languages(folder)[0].warnings if w.code == "label_untranslated"]  # English only
    (folder / "campaign.yaml").write_text(text + "label: PRESS RELEASE\nlabel_cy: DATGANIAD I’R WASG\n",
                                          encoding="utf-8")
    assert not [w for w in prepare_languages(folder, locale="cy_GB")[0].warnings if w.code == "label_untranslated"]
