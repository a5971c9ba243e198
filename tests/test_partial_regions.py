"""A region only partly covered by areas.csv: a charity working in five of a region's ten councils lists the
region and its five. Its published total is not the sum of the five; areas.csv says so with ``areas_listed:
some`` on the region's row, and then no release states the sum of some areas as the region's total, or ranks
an area in a region it lists only part of. Without it drafter stays strict, and says how to declare it."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.shipped import shipped_root
from tests.conftest import edit

runner = CliRunner()
HEADER = "area,parent,in_text,force,name_cy,yn_cy,o_cy,force_cy"
REGION = "North West,,the north west,,gogledd-orllewin Lloegr,yng ngogledd-orllewin Lloegr,o ogledd-orllewin Lloegr,"


def published_totals(example: Path) -> None:
    """The region's own published totals (its other areas' people included), more than its five areas' sum."""
    edit(example / "figures.csv", 'North West,contacts,"1,747","3,549"', 'North West,contacts,"4,210","7,120"')


def some_areas(example: Path, cell: str = "some") -> None:
    edit(example / "areas.csv", HEADER, HEADER + ",areas_listed")
    edit(example / "areas.csv", REGION, REGION + "," + cell)


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr


def test_a_published_total_that_is_not_the_sum_says_how_to_declare_it(example: Path, tmp_path: Path) -> None:
    published_totals(example)
    assert run("draft", str(example), "--out", str(tmp_path / "out")) == (1, (
        "error: figures.csv:2: before: area 'North West', measure 'contacts', period 'before' (July to December 2017) "
        "is 4,210 but its areas (Cheshire, Cumbria, Greater Manchester, Lancashire, Merseyside) add up to 1,747 "
        "(expected a parent figure equal to the sum of its areas (within sum_tolerance: 0 in campaign.yaml); where "
        "areas.csv lists only some of North West's areas, write some in an areas_listed column on its row, and its "
        "figures are used as published)\n"))
    assert not (tmp_path / "out").exists()


def test_a_region_with_some_of_its_areas_keeps_its_published_total(example: Path) -> None:
    published_totals(example)
    some_areas(example)
    campaign = load_campaign(example)
    value = campaign.figures[("North West", "contacts", "after")]
    assert (value.amount, value.derived_from) == (Decimal(7120), ())
    assert campaign.area("North West").some_areas and not campaign.area("Cheshire").some_areas
    assert "areas_listed" not in dict(campaign.area("North West").extra)


def test_its_total_is_never_the_sum_of_the_areas_listed(example: Path, tmp_path: Path) -> None:
    some_areas(example)
    edit(example / "figures.csv", 'North West,contacts,"1,747","3,549"\n', "")
    assert run("draft", str(example), "--out", str(tmp_path / "out")) == (1, (
        "error: figures.csv: no figure for area 'North West', measure 'contacts', period 'before' (July to December "
        "2017) (expected one row per area, measure and period (North West's own total, as published: areas.csv lists "
        "only some of its areas (areas_listed: some), so theirs are not added up))\n"))


def test_the_releases_state_the_published_total(example: Path, tmp_path: Path) -> None:
    published_totals(example)
    some_areas(example)
    edit(example / "campaign.yaml", "\nlocale: en_GB\n", "\nlocale: en_GB\nlanguages: [en_GB, cy_GB]\n")
    code, _ = run("draft", str(example), "--out", str(tmp_path / "out"), "--format", "md")
    assert code == 0
    cheshire = (tmp_path / "out" / "cheshire.en.md").read_text(encoding="utf-8")
    assert "Across the north west as a whole, the number went from 4,210 to 7,120 over the same periods" in cheshire
    region = (tmp_path / "out" / "north-west.en.md").read_text(encoding="utf-8")
    assert "Between July and December 2017, 4,210 people from the north west contacted" in region
    assert "\nIn some of the police force areas of the north west:\n" in region
    assert "Across the police force areas" not in region
    welsh = (tmp_path / "out" / "north-west.cy.md").read_text(encoding="utf-8")
    assert "\nMewn rhai o ardaloedd heddlu gogledd-orllewin Lloegr:\n" in welsh
    assert "Fesul ardal heddlu" not in welsh


def test_count_change_lists_some_areas_as_some(tmp_path: Path, food: Path) -> None:
    campaign = food
    edit(campaign / "campaign.yaml", "\nlocale: en_GB\n", "\nlocale: en_GB\nlanguages: [en_GB, cy_GB]\n")
    whole = load_campaign(campaign)
    lines = (campaign / "areas.csv").read_text(encoding="utf-8").splitlines()
    lines[0] += ",areas_listed"
    lines[1] += ",some"  # Wales, with its published totals
    (campaign / "areas.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (campaign / "figures.csv").open("a", encoding="utf-8") as figures:
        for m in whole.measures:
            figures.write(",".join(["Wales", m.id, *(str(whole.figures[("Wales", m.id, p.id)].amount * 3)
                                                      for p in whole.periods)]) + "\n")
    assert run("draft", str(campaign), "--out", str(tmp_path / "out"), "--format", "md")[0] == 0
    english = (tmp_path / "out" / "wales.en.md").read_text(encoding="utf-8")
    assert "\nSome of the areas of Wales, by their latest figures, highest first:\n" in english
    welsh = (tmp_path / "out" / "wales.cy.md").read_text(encoding="utf-8")
    assert "\nRhai o ardaloedd Cymru, yn ôl eu ffigurau diweddaraf, yr uchaf yn gyntaf:\n" in welsh


def test_areas_listed_on_an_area_without_areas_is_refused(example: Path, tmp_path: Path) -> None:
    edit(example / "areas.csv", HEADER, HEADER + ",areas_listed")
    edit(example / "areas.csv", "Cumbria Constabulary,Cumbria,yng Nghumbria,o Gumbria,Heddlu Cumbria",
         "Cumbria Constabulary,Cumbria,yng Nghumbria,o Gumbria,Heddlu Cumbria,some")
    assert run("draft", str(example), "--out", str(tmp_path / "out")) == (1, (
        'error: areas.csv:4: areas_listed: "some" is some, but no area in this file has Cumbria as its parent '
        "(expected some only on the row of a parent whose areas this file lists only some of (the rows naming it "
        "as their parent), else empty)\n"))


def test_areas_listed_is_all_or_some(example: Path, tmp_path: Path) -> None:
    some_areas(example, "partly")
    assert run("draft", str(example), "--out", str(tmp_path / "out")) == (1, (
        'error: areas.csv:2: areas_listed: "partly" is not all or some (expected some where this file lists only '
        "some of the area's own areas (its figures are then its own published totals, not their sum); all or "
        "empty where it lists every one)\n"))


def test_no_area_is_ranked_in_a_region_listed_in_part(tmp_path: Path) -> None:
    campaign = tmp_path / "league"
    shutil.copytree(shipped_root() / "league-table" / "example", campaign)
    out = tmp_path / "out"
    assert run("draft", str(campaign), "--out", str(out / "whole"), "--format", "md")[0] == 0
    whole = load_campaign(campaign)  # the region's published totals: more than its areas' sums
    with (campaign / "figures.csv").open("a", encoding="utf-8") as figures:
        for m in whole.measures:
            found = [whole.figures.get(("Wales", m.id, p.id)) for p in whole.periods]
            cells = [str(v.amount + 1000) if v else "" for v in found]
            figures.write(",".join(["Wales", m.id, *cells]) + "\n")
    lines = (campaign / "areas.csv").read_text(encoding="utf-8").splitlines()
    parent = next(i for i, line in enumerate(lines) if line.split(",")[1] == "")
    lines[0] += ",areas_listed"
    lines[parent] += ",some"
    (campaign / "areas.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run("draft", str(campaign), "--out", str(out / "part"), "--format", "md")[0] == 0
    child = next(p.name for p in (out / "whole").glob("*.md") if "highest rate" in p.read_text(encoding="utf-8"))
    assert "highest" not in (out / "part" / child).read_text(encoding="utf-8")
    assert "of any area" not in (out / "part" / child).read_text(encoding="utf-8")
    assert "largest" not in (out / "part" / child).read_text(encoding="utf-8")
    assert "\nSome of the areas of Wales, highest rate first:\n" in (out / "part" / "wales.md").read_text(
        encoding="utf-8")


def test_a_suppressed_area_cannot_be_worked_out_from_a_region_listed_in_part(example: Path) -> None:
    """Disclosure control refuses a region's total beside all its areas but one suppressed (subtraction gives it
    away); a region listed in part is not the sum of its areas listed, so subtracting gives nothing away."""
    from drafter import api
    from drafter.errors import TemplateError

    edit(example / "campaign.yaml", "areas: all", "areas: all\ndisclosure_threshold: 100")
    with pytest.raises(TemplateError, match="could be worked out by subtraction"):
        api.preview(example, "North West")  # the whole region's total gives Cumbria's suppressed count away
    published_totals(example)
    some_areas(example)
    text = api.preview(example, "North West")[0]
    assert "- Cumbria: from fewer than 100 to 171\n" in text
    assert "4,210" in text


def test_a_table_leaves_the_rank_empty_in_a_region_listed_in_part(example: Path) -> None:
    from drafter import api

    edit(example / "campaign.yaml", "areas: all", "areas: all\ntable:\n  columns: [before, after, rank]")
    assert "| Greater Manchester | 620 | 1,240 | 1st |" in api.preview(example, "Cheshire")[0]
    published_totals(example)
    some_areas(example)
    text = api.preview(example, "Cheshire")[0]
    assert "| Greater Manchester | 620 | 1,240 |  |\n" in text
    assert "| North West (all areas) | 4,210 | 7,120 |  |\n" in text  # its published total, not a sum
    welsh = api.preview(example, "Cheshire", locale="cy_GB")[0]
    assert "Pobl a gysylltodd â Stop It Now! am help, fesul ardal\n" in welsh  # label_cy
    assert "| Gogledd-orllewin Lloegr (pob ardal) | 4,210 | 7,120 |  |\n" in welsh  # as a row starts
    out = example / "out"
    api.draft(example, out, areas=["Cheshire"], formats=["docx"])
    assert run("check", str(example), str(out / "cheshire.docx")) == (0, "")  # its own label checks clean


def test_a_welsh_caption_needs_the_measures_welsh_label_or_unit(example: Path) -> None:
    """Never "People, fesul ardal": a table's caption in Welsh is the measure's label_cy (or unit_cy); without
    either, the one-line error the story's label gives."""
    from drafter import api

    edit(example / "campaign.yaml", "areas: all", "areas: all\ntable:\n  columns: [before, after]")
    edit(example / "campaign.yaml", "    label_cy: pobl a gysylltodd â Stop It Now! am help", "")
    with pytest.raises(InputError) as caught:
        api.preview(example, "Cheshire", locale="cy_GB")
    assert str(caught.value) == (
        "campaign.yaml:16: measures.contacts.unit_cy: area 'Cheshire': is missing (expected the unit in that "
        "language, e.g. galwadau (and unit_one_cy: galwad), for its releases)")


def test_check_knows_no_rank_among_some_of_a_regions_areas(example: Path) -> None:
    """check holds a written rank against the ranks drafter knows: among all of a region's areas it knows each
    area's; among some of them (areas_listed: some), none."""
    from drafter.batch import prepare
    from drafter.reports.check_facts import Universe
    from drafter.reports.check_ranks import change_ranks

    def ranks() -> list[str]:
        universe = Universe(prepare(example))
        return [k.name for k in [*universe.of_area("Cheshire"), *change_ranks(universe, "Cheshire")]
                if k.kind == "ordinal"]

    assert ranks() == ["contacts.before.rank", "contacts.before.rank_lowest", "contacts.after.rank",
                       "contacts.after.rank_lowest",  # highest first and lowest first ("the lowest in the north west")
                       *(f"contacts.before-after.{by}.{rank}" for by in ("change", "percent")
                         for rank in ("rank", "rank_lowest"))]  # by the size of the change ("the biggest rise")
    published_totals(example)
    some_areas(example)
    assert ranks() == []


def test_a_parent_with_one_area_is_not_listed_nor_compared_with(food: Path) -> None:
    """Wales with Cardiff alone: the release for Wales gives its figures, not a list of one repeating them, and
    Cardiff's no "Across Wales as a whole" repeating its own."""
    from drafter.api import preview

    campaign = food
    (campaign / "quotes.yaml").unlink()
    for name in ("areas.csv", "figures.csv"):
        lines = (campaign / name).read_text("utf-8").splitlines()
        (campaign / name).write_text("\n".join(lines[:3 if name == "areas.csv" else 2]) + "\n", "utf-8")
    text, _ = preview(campaign, "Wales", escape=False)
    assert "from 4,120 parcels" in text and "The areas of Wales" not in text and "- Cardiff" not in text
    text, _ = preview(campaign, "Cardiff", escape=False)
    assert "from 4,120 parcels" in text and "as a whole" not in text


def test_a_county_alone_under_england_with_a_rate_unlike_englands_is_warned_of(tmp_path: Path) -> None:
    """A council's recycling rate under England's, areas.csv listing England and the one county: England is taken
    to be all of it, so the county's release says nothing of England, silently, unless drafter warns; with
    areas_listed: some on England's row the release gives England's rate as the whole."""
    from drafter import api

    campaign = tmp_path / "recycling"
    shutil.copytree(shipped_root() / "rate-change" / "example", campaign)
    edit(campaign / "campaign.yaml", "    subject_cy: cyfran y bysiau sy’n rhedeg ar drydan {yn_cy}\n", "")
    (campaign / "areas.csv").write_text("area,parent,in_text\nEngland,,England\nNorfolk,England,Norfolk\n"
                                        "Breckland,Norfolk,Breckland\nNorwich,Norfolk,Norwich\n", encoding="utf-8")
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nEngland,electric,41.7,42.3\n"
                                          "Norfolk,electric,41.2,44.0\nBreckland,electric,43.5,43.5\n"
                                          "Norwich,electric,34.9,35.9\n", encoding="utf-8")
    text, release = api.preview(campaign, "Norfolk")
    assert [w.message for w in release.warnings if w.code == "one_area_not_whole"] == [
        "England has one area in areas.csv, Norfolk, so Norfolk's releases are not compared with England's figures "
        "(taken to be all of England); but England's electric in period 'last_year' (April 2022 to March 2023) is "
        "41.7, and Norfolk's 41.2: where England has areas you do not list, write some in an areas_listed column on "
        "England's row of areas.csv"]
    assert "England" not in text
    (campaign / "areas.csv").write_text("area,parent,in_text,areas_listed\nEngland,,England,some\n"
                                        "Norfolk,England,Norfolk,\nBreckland,Norfolk,Breckland,\n"
                                        "Norwich,Norfolk,Norwich,\n", encoding="utf-8")
    text, release = api.preview(campaign, "Norfolk")
    assert "one_area_not_whole" not in [w.code for w in release.warnings]
    assert "\nAcross England as a whole, the figure went from 41.7 per cent to 42.3 per cent, a rise of 0.6 " \
           "percentage points.\n" in text
