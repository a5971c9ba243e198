"""A percentage in a release of several measures prints as its own release prints it, and a quote in a campaign of
percentages may state one ("79.3 per cent"), a standard ("the 90 per cent standard", checked by hand), the number to
ring ("999 calls") and the numbers of a measure's own name ("within 10 seconds"); a wrong percentage is still
refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from drafter import api
from drafter.errors import InputError, QuoteError
from drafter.model import Measure, SourceRef
from drafter.quotes.claims import find_claims
from drafter.render.checks import counts_else, free_numbers, measure_words
from drafter.style.house import PRESETS

RATE_EXAMPLE = Path(__file__).parents[1] / "templates" / "rate-change" / "example"
QUOTES = """\
speakers:
  ann:
    name: Ann Rees
    title: Director
    organisation: Bysiau Glân Cymru
quotes:
  - id: ann
    role: spokesperson
    speaker: ann
    status: draft
    text: |
      {}
"""


@pytest.fixture
def buses(tmp_path: Path) -> Path:
    """The rate-change example (a percentage) drafted with the several-measures template."""
    target = tmp_path / "buses"
    shutil.copytree(RATE_EXAMPLE, target)
    yaml = target / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("template: rate-change", "template: several-measures"),
                    encoding="utf-8")
    return target


def test_a_percentage_in_a_list_keeps_its_places_and_its_per_cent(buses: Path) -> None:
    text, _ = api.preview(buses, "Wales")
    assert "- Ceredigion: unchanged at 5.0 per cent\n" in text  # not "unchanged at 5", beside its own "5.0 per cent"


def test_a_quote_may_state_the_percentage_a_standard_and_the_number_to_ring(buses: Path) -> None:
    (buses / "quotes.yaml").write_text(QUOTES.format(
        "Now 31.5 per cent of our buses run on electricity. Our standard of 60 per cent by 2030 stands, and "
        "whoever rings 999 about a bus fire is answered."), encoding="utf-8")
    text, release = api.preview(buses, "Cardiff")
    assert "Now 31.5 per cent of our buses run on electricity." in text
    assert [w.message for w in release.warnings if w.code == "quote_unchecked"] == [
        "quote 'ann' says '60 per cent', a target or standard, not a figure of the data: drafter cannot check it "
        "against the data, so check it by hand"]


def test_a_percentage_the_data_does_not_give_is_still_refused(buses: Path) -> None:
    (buses / "quotes.yaml").write_text(QUOTES.format("Now 35 per cent of our buses run on electricity."),
                                       encoding="utf-8")
    with pytest.raises(QuoteError) as caught:
        api.preview(buses, "Cardiff")
    assert str(caught.value) == (
        "quotes.yaml:7: area 'Cardiff': quote 'ann' says '35 per cent', which this release's figures do not support "
        "(expected a figure that agrees with the data (10.2 per cent, 14.6 per cent, 18.0 per cent, 31.5 per cent, 43, "
        "75))")  # nor, for a quote for every area, a word of keeping it to one


def test_numbers_a_measure_names_are_no_figures_and_a_plural_noun_says_what_is_counted() -> None:
    style = PRESETS["en_GB"]
    answered = Measure(id="answered", label="share of 999 calls answered within 10 seconds", kind="rate",
                       unit="per cent", subject="the share of 999 calls answered within 10 seconds in {area}",
                       source=SourceRef("campaign.yaml"))
    calls = Measure(id="calls", label="999 calls received", kind="count", unit="calls", unit_one="call",
                    source=SourceRef("campaign.yaml"))
    free = free_numbers((answered, calls), style)
    assert {"999 call", "999 calls", "10 seconds"} <= set(free)
    said = "Every 999 call within 10 seconds: we took on 40 more call handlers, 120 more calls came in, 999 times over."
    claims = find_claims(said, free=free)
    assert [c.text for c in claims] == ["40", "120", "999"]  # "999 times" is a count
    measured = measure_words((answered, calls), style.language)
    assert [counts_else(c, measured, style.language) for c in claims] == ["more call handlers", None, "times"]


def test_a_regions_percentage_never_published_is_asked_for_with_what_to_do(buses: Path) -> None:
    figures = buses / "figures.csv"
    figures.write_text("".join(line for line in figures.read_text(encoding="utf-8").splitlines(keepends=True)
                               if not line.startswith("Wales,")), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        api.preview(buses, "Cardiff")
    assert str(caught.value) == (
        "figures.csv: no figure for area 'Wales', measure 'electric', period 'last_year' (April 2022 to March 2023) "
        "(expected one row per area, measure and period (Wales' own, as published: a rate is never worked out from its "
        "areas'; where none is published, write required: false under measures: electric in campaign.yaml, and its "
        "releases say it is not available))")


def with_bus_counts(buses: Path) -> None:
    """A count of buses beside the share, and no share for Wales, as the Home Office gives no region's share of
    999 calls answered."""
    yaml = buses / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace(
        "    plural: false                # \"the share … rises\"\n",
        "    plural: false\n    required: false\n  buses:\n    label: buses in service\n    unit: buses\n"
        "    unit_one: bus\n    subject: buses in service in {area}\n    plural: true\n"), encoding="utf-8")
    figures = buses / "figures.csv"
    rows = [line for line in figures.read_text(encoding="utf-8").splitlines() if not line.startswith("Wales,")]
    counts = [f"{line.split(',')[0]},buses,{n},{n + 3}" for n, line in enumerate(rows[1:], start=40)]
    figures.write_text("\n".join(rows + counts) + "\n", encoding="utf-8")


def test_a_region_with_no_percentage_of_its_own_leads_with_a_measure_it_has(buses: Path) -> None:
    with_bus_counts(buses)
    text = api.preview(buses, "Wales")[0]
    assert "\n# Buses in service in Wales rise 7.1 per cent\n" in text  # not "…: figures not available"
    body = text.split("Swansea, 12 June 2024\n\n")[1]
    assert body.startswith("Buses in service in Wales have risen by 7.1 per cent, from 210 buses between April 2022 "
                           "and March 2023 to 225 buses between April 2023 and March 2024.\n\nFigures for the share of "
                           "buses running on electricity in Wales are not available, so there is no comparison")
    assert "The group says new charging depots" not in text  # the share's story sentence, never said of buses


def test_check_reads_the_number_to_ring_a_measures_own_number_and_a_target_as_no_figures(buses: Path) -> None:
    yaml = buses / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace(
        "label: share of buses running on electricity\n",
        "label: share of buses running on electricity for 12 hours a day through snow falls\n"), encoding="utf-8")
    out = buses / "out"
    api.draft(buses, out, areas=["Cardiff"])
    document = docx.Document(str(out / "cardiff.docx"))
    anchor = next(p for p in document.paragraphs if p.text.startswith("The group says"))
    anchor.insert_paragraph_before("In Cardiff 31.5 per cent of buses ran on electricity for 12 hours a day, short "
                                   "of the 40 per cent target; 999 calls about buses were few. One in 3 drivers "
                                   "says snow falls each winter.", anchor.style)  # "falls": the measure's word
    document.save(str(out / "cardiff.docx"))
    result = api.check(buses, [out / "cardiff.docx"])
    assert result.findings == ()
    assert [f.message for f in result.by_hand] == [
        "'40 per cent' in new text is a target or standard, not a figure of the data: drafter cannot check it "
        "against the data", "'One in 3' in new text is a proportion: drafter cannot check it against the data"]


def test_a_measure_the_template_never_prints_is_warned_about(buses: Path) -> None:
    with_bus_counts(buses)
    yaml = buses / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("template: several-measures", "template: rate-change"),
                    encoding="utf-8")
    result = api.draft(buses, buses / "out", formats=["md"])
    assert [w.message for w in result.warnings if w.code == "measure_unused"] == [
        "no release prints measure 'buses' (buses in service): the template 'rate-change' does not give it "
        "(several-measures gives several; or take it out of campaign.yaml)"]


def test_a_percentage_known_for_one_period_only_is_said_as_its_subject(buses: Path) -> None:
    figures = buses / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace("Cardiff,electric,18.0,31.5",
                                                                   "Cardiff,electric,18.0,[x]"), encoding="utf-8")
    text = api.preview(buses, "Cardiff")[0]
    assert "Between April 2022 and March 2023, the share of buses running on electricity in Cardiff was 18.0 per " \
           "cent. " in text  # not "the figure for share of buses … was 18.0"


@pytest.mark.parametrize(("said", "expected"), [
    ("In Cardiff, the share was 18.0 per cent between April 2023 and March 2024.", "'18.0 per cent' in new text "
     "where Cardiff's figure for share of buses running on electricity in April 2023 to March 2024 is '31.5 per "
     "cent' (figures.csv, row 3, column this_year): '18.0 per cent' is Cardiff's figure for share of buses running "
     "on electricity in April 2022 to March 2023"),
    ("In Cardiff, the share was 31.5 per cent between April 2022 and March 2023.", "'31.5 per cent' in new text "
     "where Cardiff's figure for share of buses running on electricity in April 2022 to March 2023 is '18.0 per "
     "cent' (figures.csv, row 3, column last_year): '31.5 per cent' is Cardiff's figure for share of buses running "
     "on electricity in April 2023 to March 2024")])
def test_check_holds_a_percentage_said_of_a_period_against_that_periods(buses: Path, said: str,
                                                                         expected: str) -> None:
    """A rate's figure said of the other period ('18.0 per cent' for this year, last year's share) was clean: a
    percentage was held against every period's, where a count was held against the period its sentence names."""
    yaml = buses / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("template: several-measures", "template: rate-change"),
                    encoding="utf-8")
    out = buses / "out"
    api.draft(buses, out, areas=["Cardiff"], formats=["md"])
    release = out / "cardiff.md"
    drafted = release.read_text(encoding="utf-8")
    release.write_text(drafted.replace("The group says new", f"{said} The group says new"), encoding="utf-8")
    assert [f.message for f in api.check(buses, [release]).findings] == [expected]
