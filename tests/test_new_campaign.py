"""A campaign without a programmer: starting from `drafter new --template count-change` and editing only
campaign.yaml, areas.csv and the figures (no Jinja2, and quotes.yaml left as `drafter new` wrote it), a fire
service and a US county crisis line draft releases with none of the examples' words. The fire service's steps are
read from docs/new-campaign.md, so the walk-through stays true."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from tests.conftest import ROOT, edit

runner = CliRunner()
DOC = ROOT / "docs" / "new-campaign.md"
# Words of the two campaigns a new one may start from: the reference (Stop It Now!) and count-change's example.
HELPLINE_WORDS = ("Stop It Now", "Lucy Faithfull", "sexual", "images", "children", "helpline", "Cheshire",
                  "north west", "police", "Alan Barr", "Stuart York", "people")
FOOD_WORDS = ("food", "parcel", "Cwtch", "Wales", "Cardiff", "network", "Megan Price", "families")

US_CAMPAIGN = """\
title: Calls to the 988 crisis line across Oregon
organisation: Oregon Crisis Response Collaborative
template: count-change
locale: en_US
release_date: 2024-10-15
embargo: 2024-10-15 06:30
timezone: America/Los_Angeles
dateline: Portland
measures:
  calls:
    label: calls to the 988 Suicide and Crisis Lifeline
    unit: calls
    unit_one: call
    subject: calls to the 988 Suicide and Crisis Lifeline from {area}
    plural: true
story:
  rise: Counselors say more callers are reaching out early, before a crisis becomes an emergency.
  fall: Counselors say fewer callers are waiting until a crisis becomes an emergency.
  unchanged: Counselors say demand has held steady through the year.
  background: The line is answered around the clock by trained counselors at call centers across the state.
  source_note: The figures count calls answered by Oregon's 988 call centers, by the county the caller gave.
periods:
  last_year: {start: 2023-01-01, end: 2023-06-30}
  this_year: {start: 2024-01-01, end: 2024-06-30}
media_contact:
  name: Communications Office
  phone: 555-0100
  out_of_hours: 555-0199
about: The Oregon Crisis Response Collaborative runs the state's 988 call centers.
"""
US_AREAS = """\
area,parent,in_text
Oregon,,Oregon
Multnomah County,Oregon,Multnomah County
Lane County,Oregon,Lane County
Marion County,Oregon,Marion County
Wasco County,Oregon,Wasco County
Wheeler County,Oregon,Wheeler County
"""
US_FIGURES = """\
area,measure,last_year,this_year
Multnomah County,calls,"6,210","12,170"
Lane County,calls,"2,950","2,610"
Marion County,calls,"1,800","1,800"
Wasco County,calls,14,22
Wheeler County,calls,0,1
"""


def doc_files() -> dict[str, str]:
    return dict(re.findall(r"<!-- file: (\S+) -->\n```\w+\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S))


def start(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "campaign"
    assert runner.invoke(app, ["new", str(folder), "--template", "count-change"]).exit_code == 0
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    template = folder / "count-change"
    assert {p.name: p.read_bytes() for p in template.glob("*.j2")} == {
        p.name: p.read_bytes() for p in (ROOT / "templates" / "count-change").glob("*.j2")}  # no Jinja2 edited
    return folder


def drafted(folder: Path, out: Path) -> dict[str, str]:
    result = runner.invoke(app, ["draft", str(folder), "--out", str(out), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert "quote" not in result.stderr  # no example quote, and no warning about one
    return {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.md")}


def assert_none_of(words: tuple[str, ...], releases: dict[str, str]) -> None:
    for name, text in releases.items():
        found = [w for w in words if w.lower() in text.lower()]
        assert found == [], f"{name} says {found}"


def test_the_fire_service_campaign_in_the_docs_drafts_with_no_word_of_the_examples(tmp_path: Path) -> None:
    files = doc_files()
    assert sorted(files) == ["areas.csv", "campaign.yaml", "figures.csv"]
    releases = drafted(start(tmp_path, files), tmp_path / "out")
    assert len(releases) == 7
    assert_none_of(HELPLINE_WORDS + FOOD_WORDS, releases)
    assert "# Fires attended by firefighters in Allerdale fall 11 per cent\n" in releases["allerdale.md"]
    assert "# Fires attended by firefighters in Barrow-in-Furness rise 16 per cent\n" in \
        releases["barrow-in-furness.md"]
    assert "have remained unchanged, at 398 fires both between April 2022 and March 2023 and between April " \
           "2023 and March 2024." in releases["carlisle.md"]
    assert " said" not in "".join(releases.values())  # no quote paragraph until the service adds its own
    assert "The service says its free home safety visits" in releases["allerdale.md"]
    assert "Firefighters are urging" not in releases["allerdale.md"]  # the rise's sentence, after a fall
    assert "Firefighters are urging" not in releases["carlisle.md"] and "The service will keep offering" in \
        releases["carlisle.md"]


def test_the_docs_show_the_preview_a_real_run_prints(tmp_path: Path) -> None:
    folder = start(tmp_path, doc_files())
    shown = re.search(r"<!-- preview: (\w+) -->\n```console\n\$ (.*?)\n(.*?)```", DOC.read_text(encoding="utf-8"),
                      re.S)
    assert shown is not None
    area, command, output = shown.groups()
    assert command == f"drafter preview fires --area {area}"
    result = runner.invoke(app, ["preview", str(folder), "--area", area])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == output


def test_a_us_county_crisis_line_campaign_drafts_in_ap_style_with_no_word_of_the_examples(tmp_path: Path) -> None:
    folder = start(tmp_path, {"campaign.yaml": US_CAMPAIGN, "areas.csv": US_AREAS, "figures.csv": US_FIGURES})
    releases = drafted(folder, tmp_path / "out")
    assert len(releases) == 6
    assert_none_of(HELPLINE_WORDS + FOOD_WORDS + ("Notes to editors", "Out of hours", "per cent"), releases)
    multnomah = releases["multnomah-county.md"]
    assert multnomah.startswith("EMBARGOED UNTIL 6:30 a.m. PDT Tuesday, Oct. 15, 2024\n")
    assert "\n# Calls to the 988 Suicide and Crisis Lifeline from Multnomah County rise 96%\n" in multnomah
    assert "\nPORTLAND — Oct. 15, 2024\n" in multnomah
    assert "Calls to the 988 Suicide and Crisis Lifeline from Multnomah County have risen by 96%, from 6,210 " \
           "calls between January and June 2023 to 12,170 calls between January and June 2024." in multnomah
    assert "\n## Background\n" in multnomah and "**After hours:** 555-0199" in multnomah
    assert "\n\\#\\#\\#\n" in multnomah  # "###", escaped in Markdown
    assert "Calls to the 988 Suicide and Crisis Lifeline from Lane County fall 12%" in releases["lane-county.md"]
    assert "# Calls to the 988 Suicide and Crisis Lifeline from Wheeler County rise from none to one\n" in \
        releases["wheeler-county.md"]
    edit(folder / "campaign.yaml", "embargo: 2024-10-15 06:30", "embargo: 2024-10-15 06:00")
    assert runner.invoke(app, ["preview", str(folder), "--area", "Lane County"]).stdout.startswith(
        "EMBARGOED UNTIL 6 a.m. PDT Tuesday, Oct. 15, 2024\n")  # AP: no ":00"


@pytest.mark.parametrize(("preset", "plural", "headline", "perfect"), [
    ("en_GB", True, "rise 96 per cent", "have risen by 96 per cent"),
    ("en_GB", False, "rises 96 per cent", "has risen by 96 per cent"),
    ("en_US", True, "rise 96%", "have risen by 96%"),
    ("en_US", False, "rises 96%", "has risen by 96%"),
    ("cy_GB", True, "wedi cynyddu 96%", "wedi cynyddu 96%"),
    ("cy_GB", False, "wedi cynyddu 96%", "wedi cynyddu 96%"),  # Welsh verbs do not change with the subject
])
def test_headline_verbs_agree_with_a_singular_or_plural_subject(tmp_path: Path, preset: str, plural: bool,
                                                                 headline: str, perfect: str) -> None:
    campaign = US_CAMPAIGN.replace("locale: en_US", f"locale: {preset}").replace(
        "plural: true", f"plural: {str(plural).lower()}\n    unit_cy: galwadau\n    unit_one_cy: galwad\n"
        "    subject_cy: y galwadau o {area}")
    if not plural:
        campaign = campaign.replace("subject: calls to", "subject: demand for")
    folder = start(tmp_path, {"campaign.yaml": campaign, "areas.csv": US_AREAS, "figures.csv": US_FIGURES})
    result = runner.invoke(app, ["preview", str(folder), "--area", "Multnomah County"])
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    subject = {"cy_GB": "y galwadau o Multnomah County"}.get(
        preset, ("calls to" if plural else "demand for") + " the 988 Suicide and Crisis Lifeline from Multnomah County")
    assert f"\n# {subject[:1].upper() + subject[1:]} {headline}\n" in text
    lead = {"cy_GB": f"Mae’r {subject[2:]}"}.get(preset, subject[:1].upper() + subject[1:])
    assert f"\n{lead} {perfect}, " in text


def test_a_new_campaign_from_a_story_template_carries_none_of_the_examples_quotes(tmp_path: Path) -> None:
    """`drafter new` gives a story template's campaign a quotes.yaml that says how to add a quote and holds none;
    the reference campaign keeps its charity's quotes, which its template asks for."""
    assert runner.invoke(app, ["new", str(tmp_path / "x"), "--template", "count-change"]).exit_code == 0
    guide = (tmp_path / "x" / "quotes.yaml").read_text(encoding="utf-8")
    assert all(line.startswith("#") for line in guide.splitlines() if line.strip())
    assert_none_of(FOOD_WORDS + HELPLINE_WORDS, {"quotes.yaml": guide})
    assert runner.invoke(app, ["new", str(tmp_path / "y")]).exit_code == 0
    assert (tmp_path / "y" / "quotes.yaml").read_bytes() == (ROOT / "templates" / "helpline-rise" / "example" /
                                                            "quotes.yaml").read_bytes()


def test_a_new_campaign_from_a_story_template_has_a_media_list_to_fill_in(tmp_path: Path) -> None:
    """`drafter new` gives a story template's campaign a media.csv holding the column names only (the press
    office's own newsdesks go under them); until a row is added, send says so in one line."""
    folder = tmp_path / "x"
    result = runner.invoke(app, ["new", str(folder), "--template", "count-change"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"created {folder} with areas.csv, campaign.yaml, figures.csv, media.csv, "
                                    "quotes.yaml\n")
    assert (folder / "media.csv").read_text(encoding="utf-8") == "outlet,name,email,areas,language,attach\n"
    assert runner.invoke(app, ["draft", str(folder), "--out", str(tmp_path / "out")]).exit_code == 0
    sent = runner.invoke(app, ["send", str(folder), "--out", str(tmp_path / "out"), "--dry-run"])
    assert (sent.exit_code, sent.stderr) == (1, "error: media.csv: lists no newsdesks yet (expected a row for each "
                                                "newsdesk under the header: its outlet, email and the areas it "
                                                "covers (docs/sending.md))\n")


def test_stale_example_quotes_for_areas_that_are_gone_are_a_warning_and_never_printed(tmp_path: Path) -> None:
    """A press officer who copied the example folder by hand keeps its quotes.yaml: its quotes name the
    example's areas, so they are used for none of the new ones, with one warning naming each."""
    folder = start(tmp_path, doc_files())
    (folder / "quotes.yaml").write_bytes((ROOT / "templates" / "count-change" / "example" / "quotes.yaml").read_bytes())
    result = runner.invoke(app, ["draft", str(folder), "--out", str(tmp_path / "out"), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    assert "warning: quotes.yaml names areas that are not in areas.csv, so those quotes are used for none of " \
           "them: 'Wales' (quote 'price-wales', quotes.yaml:18), 'Wales' (quote 'price-wales-cy', quotes.yaml:30); " \
           "change their areas: or delete them\n" in result.stderr
    releases = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.md")}
    assert len(releases) == 7
    assert_none_of(HELPLINE_WORDS + FOOD_WORDS, releases)
