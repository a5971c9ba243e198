"""The documentation stays true to the code: commands.md is what --help prints, every key and rule drafter
accepts is documented, and no link leads outside the repository."""

from __future__ import annotations

import re
import shutil
import textwrap
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.media import load_media
from drafter.load.media_warnings import media_warnings
from drafter.shipped import shipped_root
from tests.conftest import ROOT
from tools.commands_doc import (
    COMMANDS_DOC,
    command_paths,
    commands_markdown,
    recorded_typer_version,
    typer_version,
)
from tools.docs_contents import anchors, refreshed

DOCS = sorted([ROOT / "README.md", ROOT / "ARCHITECTURE.md", ROOT / "CONTRIBUTING.md",
               *(ROOT / "docs").glob("*.md")])
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_commands_doc_is_what_each_command_help_prints() -> None:
    text = COMMANDS_DOC.read_text(encoding="utf-8")
    fresh = commands_markdown()
    if recorded_typer_version(text) != typer_version():  # another typer lays help out a little differently:
        words = re.compile(r"--[a-z-]+|[A-Za-z][a-z]{3,}")  # every option and word of help must still be there
        assert set(words.findall(fresh)) <= set(words.findall(text)), (
            "docs/commands.md is out of date: run python tools/commands_doc.py and review the diff")
        return
    assert text == fresh, "docs/commands.md is out of date: run python tools/commands_doc.py and review the diff"


def test_every_command_has_its_section_in_commands_doc() -> None:
    text = COMMANDS_DOC.read_text(encoding="utf-8")
    paths = command_paths()
    assert ("check",) in paths and ("quotes", "approve") in paths  # the walk reaches commands and subcommands
    missing = [" ".join(path) for path in paths if f"\n## {' '.join(('drafter', *path))}\n" not in text]
    assert missing == [], f"docs/commands.md has no section for: {missing}; run python tools/commands_doc.py"


def test_readme_is_at_most_8000_bytes() -> None:
    assert len((ROOT / "README.md").read_bytes()) <= 8000


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_in_the_docs_leads_to_a_file_in_the_repository(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    assert "../shared" not in text
    for target in LINK.findall(text):
        assert not target.startswith(("https://", "http://")), f"{doc.name} links outside the repository: {target}"
        if target.startswith("#"):
            continue
        path = (doc.parent / target.split("#", 1)[0]).resolve()
        assert path.is_relative_to(ROOT), f"{doc.name} links outside the repository: {target}"
        assert path.exists(), f"{doc.name} links to a missing file: {target}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_to_a_heading_finds_it(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    missing = []
    for target in LINK.findall(text):
        page, _, heading = target.partition("#")
        if heading and not target.startswith(("https://", "http://")):
            linked = doc if not page else (doc.parent / page).resolve()
            if linked.suffix == ".md" and heading not in anchors(linked.read_text(encoding="utf-8")):
                missing.append(target)
    assert missing == [], f"{doc.name} links to headings that are not there: {missing}"


def test_each_long_page_opens_with_a_contents_list_of_its_headings() -> None:
    pages = {page.name: page.read_text(encoding="utf-8") for page in (ROOT / "docs").glob("*.md")}
    long_pages = ("campaign-folder.md", "campaign-yaml.md", "figures.md", "areas.md", "quotes.md", "welsh.md",
                  "check.md", "safety.md")
    assert all("<!-- contents -->" in pages[name] for name in long_pages)
    stale = sorted(name for name, text in pages.items() if refreshed(text) != text)
    assert stale == [], f"{stale}: a contents list is out of date: run python tools/docs_contents.py"


def test_a_contents_list_follows_the_headings_after_it() -> None:
    page = ("# Page\n\n## Start here\n\n<!-- contents -->\n- [Old](#old)\n<!-- /contents -->\n\n"
            "## `check` says so\n\n### Tips\n\n#### Too deep\n\n```\n## not a heading\n```\n\n## Tips\n")
    assert refreshed(page).split("<!-- contents -->\n")[1].split("<!--")[0] == (
        "- [check says so](#check-says-so)\n  - [Tips](#tips)\n- [Tips](#tips-1)\n")


def test_readme_links_every_doc() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for doc in [*(ROOT / "docs").glob("*.md"), ROOT / "CONTRIBUTING.md", ROOT / "ARCHITECTURE.md"]:
        assert f"]({doc.relative_to(ROOT).as_posix()})" in readme, f"README.md does not link {doc.name}"


def _known(example: Path, yaml_file: str, addition: str) -> list[str]:
    """What drafter says it accepts where ``addition`` puts an unknown key: the list in its error message."""
    with (example / yaml_file).open("a", encoding="utf-8") as handle:
        handle.write(addition)
    result = CliRunner().invoke(app, ["preview", str(example), "--area", "Cheshire"])
    assert result.exit_code == 1, result.output
    found = re.search(r"\(expected one of ([^)]*)\)\n$", result.stderr)
    assert found, result.stderr
    return found.group(1).split(", ")


def test_campaign_yaml_doc_names_every_campaign_yaml_key(example: Path) -> None:
    doc = (ROOT / "docs" / "campaign-yaml.md").read_text(encoding="utf-8")
    keys = _known(example, "campaign.yaml", "\nzzqqxxjj: 1\n")
    assert "reference" in keys and "title" in keys
    assert [key for key in keys if f"`{key}`" not in doc] == []


def _table_keys(doc: str, header: str) -> list[str]:
    """The keys a table of campaign-yaml.md lists in its first column (the table under the ``header`` row)."""
    rows = doc.split(f"\n{header}", 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    return [key for row in rows for key in re.findall(r"`(\w+)`", row.split("|")[1])]


# Each table of campaign-yaml.md: its header row, what makes the example's campaign.yaml name an unknown key
# where the table's keys go (text replaced, text added), and a key drafter must know there.
KEY_TABLES = {
    "| key | required | what it is |": (("", ""), "\nzzqqxxjj: 1\n", "reference"),
    "| key under a measure | what it is |": (("    kind: count ", "    zzqqxxjj: 1\n    kind: count "), "", "unit"),
    "| key under `story` | printed |": (("", ""), "\nstory:\n  zzqqxxjj: 1\n", "rise"),
}


@pytest.mark.parametrize("header", KEY_TABLES)
def test_campaign_yaml_doc_tables_list_keys_drafter_accepts_and_every_one_it_does(example: Path, header: str) -> None:
    """Every key a table of campaign-yaml.md lists is one drafter accepts there (a press officer copying it is not
    refused), and every key drafter accepts there is named on the page."""
    doc = (ROOT / "docs" / "campaign-yaml.md").read_text(encoding="utf-8")
    (old, new), addition, must = KEY_TABLES[header]
    text = (example / "campaign.yaml").read_text(encoding="utf-8")
    assert old in text
    (example / "campaign.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    known = _known(example, "campaign.yaml", addition)
    assert must in known
    assert [key for key in _table_keys(doc, header) if key not in known] == []
    assert [key for key in known if f"`{key}`" not in doc] == []


def test_campaign_yaml_doc_names_every_media_contact_key(example: Path) -> None:
    doc = (ROOT / "docs" / "campaign-yaml.md").read_text(encoding="utf-8")
    text = (example / "campaign.yaml").read_text(encoding="utf-8")
    (example / "campaign.yaml").write_text(text.replace("media_contact:\n", "media_contact:\n  zzqqxxjj: 1\n"),
                                           encoding="utf-8")
    keys = _known(example, "campaign.yaml", "")
    assert "phone" in keys
    assert [key for key in keys if f"`{key}`" not in doc and f"\n  {key}:" not in doc] == []


def test_quotes_doc_names_every_quotes_yaml_key(example: Path) -> None:
    doc = (ROOT / "docs" / "quotes.md").read_text(encoding="utf-8")
    text = (example / "quotes.yaml").read_text(encoding="utf-8")
    speaker = text.replace("    name: Alan Barr\n", "    name: Alan Barr\n    zzqqxxjj: 1\n")
    (example / "quotes.yaml").write_text(speaker, encoding="utf-8")
    speaker_keys = _known(example, "quotes.yaml", "")
    (example / "quotes.yaml").write_text(text.replace("  - id: barr-regional\n", "  - id: barr-regional\n"
                                                      "    zzqqxxjj: 1\n", 1), encoding="utf-8")
    quote_keys = _known(example, "quotes.yaml", "")
    assert "attribution" in speaker_keys and "fingerprint" in quote_keys
    for key in [*speaker_keys, *quote_keys, "speakers", "quotes", "title_words"]:
        assert re.search(rf"^ *(- )?{key}:", doc, re.MULTILINE), f"docs/quotes.md: no {key}: in quotes.yaml"


def test_house_style_doc_names_every_rule_a_campaign_may_set(example: Path) -> None:
    doc = (ROOT / "docs" / "house-style.md").read_text(encoding="utf-8")
    rules = _known(example, "campaign.yaml", "\nhouse_style:\n  zzqqxxjj: 1\n")
    assert "percent" in rules and "more_than_half" in rules
    assert [rule for rule in rules if f"`{rule}`" not in doc] == []


YAML_BLOCK = re.compile(r"```yaml\n(.*?)```", re.DOTALL)


def test_the_campaign_yaml_the_docs_give_to_copy_drafts_as_they_say(example: Path) -> None:
    """Each ```yaml block of tables-and-charts.md, house-style.md and letterhead.md, added to the shipped
    example's campaign.yaml as the doc says (a key the example has already is changed there, not given twice),
    previews: no snippet a press officer copies is refused."""
    original = (example / "campaign.yaml").read_text(encoding="utf-8")
    api.new_letterhead(example)  # letterhead.md's step 1, before its step 5 names the file
    previewed = {}
    for name in ("tables-and-charts.md", "house-style.md", "letterhead.md"):
        for indented in YAML_BLOCK.findall((ROOT / "docs" / name).read_text(encoding="utf-8")):
            block, text = textwrap.dedent(indented), original
            for key in re.findall(r"^(\w+):", block, re.MULTILINE):
                text = re.sub(rf"^{key}:.*\n", "", text, flags=re.MULTILINE)
            (example / "campaign.yaml").write_text(f"{text}\n{block}", encoding="utf-8")
            previewed[name, block] = api.preview(example, "Cheshire")[0]
    assert len(previewed) == 4
    assert all("| **Cheshire** |" in text for (name, _), text in previewed.items() if name == "tables-and-charts.md")
    assert [text for (name, _), text in previewed.items() if name == "house-style.md" and "193% to 440" in text]


def test_figures_as_published_row_per_area_and_year_snippets_read_as_it_says(tmp_path: Path) -> None:
    """figures-as-published.md's download with a row per area and year, and the `figures:` with `rows:` it gives
    for it, read into a campaign started from count-change (whose periods are last_year and this_year)."""
    doc = (ROOT / "docs" / "figures-as-published.md").read_text(encoding="utf-8")
    download = re.search(r"```csv\n(Area code,Area,Year,Measure,Value\n.*?)```", doc, re.DOTALL)
    figures = re.search(r"```yaml\n(figures:\n  last_year:\n    file: fires-by-district.csv\n.*?)```", doc, re.DOTALL)
    assert download and figures
    assert _durham_parcels(tmp_path, {"fires-by-district.csv": download.group(1)}, figures.group(1)) == [612, 654]


def _durham_parcels(tmp_path: Path, files: dict[str, str], figures: str) -> list[object]:
    """County Durham's two periods' counts in a campaign started from count-change's example, its figures given by
    ``files`` (downloads as published) and the ``figures:`` block a page shows, pasted under campaign.yaml."""
    campaign = tmp_path / "campaign"
    shutil.copytree(shipped_root() / "count-change" / "example", campaign)
    (campaign / "figures.csv").unlink()
    for name, text in files.items():
        (campaign / name).write_text(text, encoding="utf-8")
    (campaign / "areas.csv").write_text("area,parent,in_text,code,yn_cy\n"
                                        "County Durham,,County Durham,E06000047,yn Swydd Durham\n", encoding="utf-8")
    with (campaign / "campaign.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n" + figures)
    loaded = load_campaign(campaign)
    return [loaded.figures[("County Durham", "parcels", p)].amount for p in ("last_year", "this_year")]


def test_figures_as_published_start_here_reads_a_download_a_period(tmp_path: Path) -> None:
    """figures-as-published.md's "Start here" `figures:`, pasted under a campaign started from count-change
    (periods last_year and this_year), reads each period's download by its area code column: the first snippet
    a press officer copies is not refused."""
    doc = (ROOT / "docs" / "figures-as-published.md").read_text(encoding="utf-8")
    start = doc[doc.index("## Start here"):doc.index("<!-- contents -->")]
    figures = re.search(r"```yaml\n(figures:\n.*?)```", start, re.DOTALL)
    assert figures
    files = {name: f"Area code,Area,Incidents\nE92000001,England,9000\nE06000047,County Durham,{count}\n"
             "Source: example,,\n" for name, count in (("incidents-2022-23.csv", 612), ("incidents-2023-24.csv", 654))}
    assert _durham_parcels(tmp_path, files, figures.group(1)) == [612, 654]


def test_architecture_says_why_each_dependency_is_used() -> None:
    """Every library pyproject.toml lists (to run, test or bench) is named in ARCHITECTURE.md's section on why."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = [*project["dependencies"], *(d for extra in project["optional-dependencies"].values() for d in extra)]
    names = [re.match(r"[A-Za-z0-9._-]+", requirement).group(0) for requirement in listed]  # type: ignore[union-attr]
    section = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8").split("## Third-party libraries, and why")[1]
    section = section.split("\n## ", 1)[0]
    assert "jinja2" in names and "aiosmtpd" in names
    assert [name for name in names if f"`{name}`" not in section] == []


SENDING = ROOT / "docs" / "sending.md"
DESKS = "outlet,name,email,areas,language,attach\n"
# Media lists that give the lines docs/sending.md quotes: what each is, and the campaign's chosen areas.
SENDING_WARNINGS = {
    "contacts without an address": ("Outlet,First Name,Last Name,E-mail Address,Area\n,Sam,Carter,,Cumbria\n"
                                    "Echo,Jo,Bloggs,jo@echo.example.org,Cheshire\nNW,Planning desk,,,North West\n"
                                    "All,,,all@all.example.org,all\n", ()),
    "an area nobody covers": (DESKS + "All,,a@b.example.org,North West only;Cheshire;Cumbria;Greater Manchester;"
                                      "Lancashire\n", ()),
    "an area not chosen": (DESKS + "Echo,,a@b.example.org,Cheshire;Cumbria\nL,,l@b.example.org,Lancashire\n",
                           ("Cheshire", "Cumbria")),
    "a slip, warned of": (DESKS + "A,,a@b.example.org,all\nB,,b@b.example.org,all\nC,,c@b.example.org,all\n"
                                  "D,,d@b.example.org,Chesire\n", ()),
}
SENDING_ERRORS = {
    "a list saying where nobody is": "First name,Last name,Job title,Publication,Email,Twitter,Phone,Topics\n"
                                     "Jo,Bloggs,Reporter,Echo,jo@echo.example.org,@jo,0161,crime\n",
    "no row with an address": "Outlet,First Name,Last Name,E-mail Address,Area\nRadio,Sam,Carter,,Cumbria\n",
    "a slip, refused": DESKS + "A,,a@b.example.org,all\nD,,d@b.example.org,Chesire\n",
}


@pytest.mark.parametrize("case", SENDING_WARNINGS)
def test_the_media_list_warnings_sending_md_quotes_are_drafters(example: Path, case: str) -> None:
    """Each warning docs/sending.md quotes of a media list is one drafter gives, word for word."""
    text, chosen = SENDING_WARNINGS[case]
    (example / "media.csv").write_text(text, encoding="utf-8")
    areas = load_campaign(example).areas
    given = [f"warning: {w.message}" for w in media_warnings(example, areas, chosen or tuple(a.name for a in areas))]
    assert given and [line for line in given if line not in SENDING.read_text(encoding="utf-8")] == [], given


@pytest.mark.parametrize("case", SENDING_ERRORS)
def test_the_media_list_errors_sending_md_quotes_are_drafters(example: Path, case: str) -> None:
    """Each error docs/sending.md quotes of a media list is the line drafter refuses that list with."""
    (example / "media.csv").write_text(SENDING_ERRORS[case], encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_media(example / "media.csv", "media.csv", load_campaign(example).areas)
    assert f"error: {refused.value.line()}\n" in SENDING.read_text(encoding="utf-8")


def test_the_usage_errors_safety_md_quotes_are_drafters(example: Path) -> None:
    """safety.md's three usage errors (an option left out, one misspelt, a word too many): drafter prints each,
    word for word, with status 2."""
    doc = (ROOT / "docs" / "safety.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for args in (["preview", str(example)], ["preview", str(example), "--are", "Cheshire"],
                 ["preview", str(example), "Campaign", "--area", "Cheshire"]):
        result = runner.invoke(app, args, prog_name="drafter")
        assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.output
        assert f"\n{result.stderr}" in doc, result.stderr


def test_the_missing_figure_the_docs_quote_is_drafters(example: Path) -> None:
    """The error campaign-folder.md and safety.md give as the example of a refused campaign: Cumbria's row taken
    out of figures.csv."""
    figures = example / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace("Cumbria,contacts,90,171\n", ""), encoding="utf-8")
    result = CliRunner().invoke(app, ["preview", str(example), "--area", "Cheshire"])
    assert result.exit_code == 1 and result.stderr.startswith("error: figures.csv: no figure for area 'Cumbria'")
    for page in ("campaign-folder.md", "safety.md"):
        assert f"\n{result.stderr}" in (ROOT / "docs" / page).read_text(encoding="utf-8"), page
