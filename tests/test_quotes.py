"""Approved quotes: fingerprints, refusals, selection by scope, figures inside quotes, and the quotes commands."""

from __future__ import annotations

import datetime as dt
import json
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.compute.changes import compute_change
from drafter.errors import DrafterError, QuoteError
from drafter.load import load_campaign
from drafter.model import SourceRef, Speaker, Value
from drafter.quotes.choose import choose_quote, fingerprint
from drafter.quotes.claims import find_claims, judge
from drafter.quotes.library import approve_quote, list_quotes, withdraw_quote
from drafter.render.checks import claim_qualifiers, counts_else, measure_words
from drafter.render.quoting import attribution
from drafter.reports.check_words import tokens
from drafter.style.house import PRESETS
from drafter.style.titles import check_title, name_words, title_after_name
from drafter.writers.docx_read import read_docx
from tests.conftest import EXAMPLE, edit, files_in

runner = CliRunner()
YORK_WORD = "Safeguarding children from sexual abuse is a priority"


def draft_cli(example: Path, out: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["draft", str(example), "--out", str(out)])
    return result.exit_code, result.stderr


def test_example_quotes_are_approved_with_fingerprints() -> None:
    campaign = load_campaign(EXAMPLE)
    for quote in campaign.quotes:
        assert quote.status == "approved" and quote.approved_by and quote.approved_on
        assert quote.fingerprint == fingerprint(quote.speaker, quote.paragraphs)


def test_cheshire_quotes_york_verbatim_in_markdown_and_docx(example_draft: Path) -> None:
    york = next(q for q in load_campaign(EXAMPLE).quotes if q.id == "york-cheshire")
    markdown = (example_draft / "cheshire.md").read_text(encoding="utf-8")  # the example's draft, only read
    docx_text = "\n".join(text for _, text in read_docx(example_draft / "cheshire.docx").paragraphs)
    for paragraph in york.paragraphs:
        assert paragraph in markdown and paragraph in docx_text
    assert "Detective Inspector Stuart York, from Cheshire Constabulary’s strategic public protection directorate," \
        " added: “Safeguarding" in docx_text


def test_an_edited_quote_is_refused_until_approved_again(example: Path, tmp_path: Path) -> None:
    edit(example / "quotes.yaml", "is a priority for", "is the priority for")
    out = tmp_path / "out"
    code, stderr = draft_cli(example, out)
    assert code == 1
    assert stderr == ("error: quotes.yaml:37: area 'Cheshire': quote 'york-cheshire' has changed since approval "
                      "(its text no longer matches the approved fingerprint) (expected an approved, unexpired and "
                      f"unchanged quote: drafter quotes approve {example} york-cheshire --by NAME records the new "
                      "wording's approval, once the speaker has agreed it)\n")
    assert files_in(out) == {}
    result = runner.invoke(app, ["quotes", "approve", str(example), "york-cheshire", "--by", "Stuart York",
                                 "--on", "2018-09-01"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("approved york-cheshire (by Stuart York on 2018-09-01, fingerprint sha256:")
    assert draft_cli(example, out)[0] == 0


def test_a_draft_quote_is_refused_by_draft(example: Path, tmp_path: Path) -> None:
    edit(example / "quotes.yaml", "    status: approved\n    approved_by: Stuart York",
         "    status: draft\n    approved_by: Stuart York")
    code, stderr = draft_cli(example, tmp_path / "out")
    assert code == 1
    assert stderr == ("error: quotes.yaml:37: area 'Cheshire': quote 'york-cheshire' is a draft, not approved "
                      f"(expected an approved, unexpired and unchanged quote: drafter quotes approve {example} "
                      "york-cheshire --by NAME records its approval (drafter preview, or drafter draft "
                      "--draft-quotes, shows a draft marked as not approved))\n")
    assert not (tmp_path / "out").exists()
    with pytest.raises(QuoteError, match="is a draft, not approved") as refused:  # the library knows no folder
        api.draft(example, tmp_path / "api")
    assert "drafter quotes approve DIR york-cheshire --by NAME" in str(refused.value)


@pytest.mark.parametrize(("old", "new", "reason"), [
    ("    status: approved\n    approved_by: Stuart York", "    status: withdrawn\n    approved_by: Stuart York",
     "has been withdrawn"),
    ("    approved_on: 2018-08-29\n", "    approved_on: 2018-08-29\n    expires_on: 2018-09-01\n",
     "expired on 2018-09-01, before the release date 2018-09-04 (drafter quotes approve DIR york-cheshire --by NAME "
     "records its approval again with --expires on or after 2018-09-04, once the speaker has agreed it may still be "
     "used)"),
])
def test_an_optional_role_whose_quote_was_withdrawn_or_expired_is_left_out_with_a_warning(
        example: Path, tmp_path: Path, old: str, new: str, reason: str) -> None:
    edit(example / "quotes.yaml", old, new)
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out"), "--format", "md"])
    assert result.exit_code == 0, result.stderr
    reason = reason.replace("approve DIR", f"approve {example}")  # the folder as typed in the command
    assert (f"warning: quote 'york-cheshire' for the optional role 'local' {reason}; its paragraph is left out "
            "(areas: Cheshire)\n") in result.stderr
    cheshire = (tmp_path / "out" / "cheshire.md").read_text(encoding="utf-8")
    assert YORK_WORD not in cheshire and "grown enormously" in cheshire


@pytest.mark.parametrize(("old", "new", "reason"), [
    ("    status: approved\n    approved_by: Alan Barr", "    status: withdrawn\n    approved_by: Alan Barr",
     "has been withdrawn"),
    ("    approved_on: 2018-08-28\n", "    approved_on: 2018-08-28\n    expires_on: 2018-09-01\n",
     "expired on 2018-09-01, before the release date 2018-09-04"),
])
def test_a_required_role_whose_quote_was_withdrawn_or_expired_stops_the_batch(
        example: Path, tmp_path: Path, old: str, new: str, reason: str) -> None:
    edit(example / "quotes.yaml", old, new)
    code, stderr = draft_cli(example, tmp_path / "out")
    assert code == 1
    hint = "" if "withdrawn" in reason else (f": drafter quotes approve {example} barr-regional --by NAME records its "
                                             "approval again with --expires on or after 2018-09-04, once the "
                                             "speaker has agreed it may still be used")
    assert stderr == (f"error: quotes.yaml:22: area 'North West': quote 'barr-regional' {reason} "
                      f"(expected an approved, unexpired and unchanged quote{hint})\n")


def _make_york_draft(example: Path) -> None:
    edit(example / "quotes.yaml", "    status: approved\n    approved_by: Stuart York",
         "    status: draft\n    approved_by: Stuart York")


def test_preview_shows_a_draft_quote_marked_as_not_approved(example: Path) -> None:
    _make_york_draft(example)
    result = runner.invoke(app, ["preview", str(example), "--area", "Cheshire"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.split("\n\n")
    assert lines[0] == "DRAFT – QUOTE NOT APPROVED – NOT FOR PUBLICATION"
    marked = lines.index("[QUOTE NOT APPROVED]")  # on screen without Markdown's backslashes
    assert "\\" not in result.stdout
    assert lines[marked + 1].startswith("Detective Inspector Stuart York, from Cheshire Constabulary’s strategic "
                                        "public protection directorate, added: “Safeguarding")
    assert ("warning: quote 'york-cheshire' is a draft, not approved: the release is marked as a draft never to "
            "be sent (areas: Cheshire)\n") in result.stderr
    cumbria = runner.invoke(app, ["preview", str(example), "--area", "Cumbria"]).stdout  # no draft quote there
    assert cumbria.startswith("EMBARGOED UNTIL") and "NOT APPROVED" not in cumbria


def test_draft_quotes_flag_marks_the_files_the_manifest_and_check_reports_them(example: Path,
                                                                                tmp_path: Path) -> None:
    _make_york_draft(example)
    out = tmp_path / "out"
    result = runner.invoke(app, ["draft", str(example), "--out", str(out), "--draft-quotes"])
    assert result.exit_code == 0, result.stderr
    markdown = (out / "cheshire.md").read_text(encoding="utf-8")
    assert markdown.startswith("DRAFT – QUOTE NOT APPROVED – NOT FOR PUBLICATION\n\nEMBARGOED UNTIL")
    assert "\n\\[QUOTE NOT APPROVED\\]\n" in markdown  # the file stays Markdown that reads back exactly
    assert read_docx(out / "cheshire.docx").paragraphs[0] == (
        "Embargo", "DRAFT – QUOTE NOT APPROVED – NOT FOR PUBLICATION")
    manifest = json.loads((out / "drafter-manifest.json").read_text(encoding="utf-8"))["files"]
    assert manifest["cheshire.docx"]["draft"] == manifest["cheshire.md"]["draft"] == "unapproved quotes"
    assert "draft" not in manifest["cumbria.docx"]
    checked = runner.invoke(app, ["check", str(example), str(out / "cheshire.docx")])
    assert checked.exit_code == 1
    assert checked.stdout.splitlines() == [
        'cheshire.docx: Cheshire: paragraph 1 "DRAFT – QUOTE NOT APPROVED – NOT FOR PUBLICATION": this release was '
        "drafted with quotes that are not approved (--draft-quotes): it is a draft, never to be sent",
        'cheshire.docx: Cheshire: paragraph 13 "Detective Inspector Stuart York, from Cheshire Constabulary’s '
        "strategic …\": quote 'york-cheshire' is a draft, not approved",
        "2 findings in 1 file"]
    (out / "drafter-manifest.json").unlink()  # the draft line alone still says so
    alone = runner.invoke(app, ["check", str(example), str(out / "cheshire.md"), "--area", "Cheshire"])
    assert "it is a draft, never to be sent" in alone.stdout


def test_two_usable_quotes_for_one_role_and_scope_are_an_error_naming_both(example: Path, tmp_path: Path) -> None:
    """Each named with the scope that gives it to the area: "Cheshire only" and "Cheshire" say the same of an area
    with no areas in it, so neither is more specific."""
    with (example / "quotes.yaml").open("a", encoding="utf-8") as handle:
        handle.write("""
  - id: york-cheshire-2
    role: local
    speaker: stuart-york
    areas: [cheshire ONLY]
    status: approved
    text: A second approved quote for Cheshire.
""")
    code, stderr = draft_cli(example, tmp_path / "out")
    assert code == 1
    assert stderr == ("error: quotes.yaml:83: area 'Cheshire': quotes 'york-cheshire' (quotes.yaml:37, for Cheshire) "
                      "and 'york-cheshire-2' (quotes.yaml:83, for Cheshire only) both give the role 'local' here "
                      "(expected one usable quote per role and scope: withdraw one, or narrow its areas)\n")
    withdraw_quote(example, "york-cheshire")  # the newer one replaces it
    assert "A second approved quote for Cheshire." in api.preview(example, "Cheshire")[0]


def test_a_campaign_without_quotes_yaml_loads_and_a_required_role_says_what_is_missing(example: Path,
                                                                                         tmp_path: Path) -> None:
    (example / "quotes.yaml").unlink()
    campaign = load_campaign(example)
    assert campaign.quotes == () and campaign.speakers == ()
    code, stderr = draft_cli(example, tmp_path / "out")
    assert code == 1
    assert stderr == ("error: area 'North West': no quote in English has the role 'regional' "
                      "(expected a quote with that role in quotes.yaml; the campaign has no quotes at all: is "
                      "quotes.yaml in the campaign folder, with the quotes saved in it?)\n")


@pytest.mark.parametrize(("code", "name"), [("en", "English"), ("cy", "Welsh")])
def test_a_role_with_no_quote_in_the_language_names_the_language_in_words(code: str, name: str) -> None:
    campaign = load_campaign(EXAMPLE)
    cheshire = next(area for area in campaign.areas if area.name == "Cheshire")
    with pytest.raises(QuoteError) as caught:
        choose_quote("mayor", cheshire, campaign.quotes, campaign.parents(), campaign.release_date, optional=False,
                     language=code)
    assert str(caught.value) == (f"area 'Cheshire': no quote in {name} has the role 'mayor' (expected a quote with "
                                 "that role in quotes.yaml)")


def test_a_required_role_with_no_quote_in_scope_is_refused_naming_each_quotes_scope(example: Path,
                                                                                    tmp_path: Path) -> None:
    """helpline-rise prints the regional quote in every release: kept to the region's own, Cheshire has none."""
    edit(example / "quotes.yaml", "areas: [North West]          #", "areas: [North West only]     #")
    code, stderr = draft_cli(example, tmp_path / "out")
    assert code == 1
    assert stderr == ("error: area 'Cheshire': no quote for role 'regional' is in scope (quotes barr-regional for "
                      "North West only) (expected a quote in quotes.yaml whose areas include this area, its parent or "
                      "all)\n")


def test_the_most_specific_scope_wins(example: Path) -> None:
    text = (example / "quotes.yaml").read_text(encoding="utf-8")
    text += """
  - id: barr-cumbria
    role: regional
    speaker: alan-barr
    areas: [Cumbria]
    approved: yes
    text: Cumbria has its own words from the crime unit.

  - id: barr-everywhere
    role: regional
    speaker: alan-barr
    areas: all
    approved: yes
    text: Words for everywhere.
"""
    (example / "quotes.yaml").write_text(text, encoding="utf-8")
    assert "Cumbria has its own words" in api.preview(example, "Cumbria")[0]
    cheshire = api.preview(example, "Cheshire")[0]
    assert "grown enormously" in cheshire and "Words for everywhere" not in cheshire
    used = {row.quote.id: row.used_in for row in list_quotes(example)}
    assert used["barr-cumbria"] == ("Cumbria",)
    assert used["barr-everywhere"] == ()
    assert "Cumbria" not in used["barr-regional"]


def test_a_misspelt_rank_is_refused(example: Path, tmp_path: Path) -> None:
    edit(example / "quotes.yaml", "title: Detective Inspector", "title: Detective onspector")
    code, stderr = draft_cli(example, tmp_path / "out")
    assert code == 1
    assert stderr == ('error: quotes.yaml:12: speakers.stuart-york.title: "onspector" is not a known rank or '
                      "job-title word (expected a word from drafter's list or from title_words in quotes.yaml; "
                      "did you mean 'inspector'?)\n")


@pytest.mark.parametrize(("title", "word", "full"), [
    ("Chief Supt", "Supt", "Chief Superintendent"), ("Det. Insp.", "Det.", "Detective Inspector"),
    ("ACC", "ACC", "Assistant Chief Constable"), ("DCI", "DCI", "Detective Chief Inspector"),
    ("PCC for Cleveland", "PCC", "Police and Crime Commissioner for Cleveland"),
])
def test_a_police_rank_shortened_is_refused_with_it_in_full(example: Path, title: str, word: str, full: str) -> None:
    """"ACC" was refused with "did you mean 'ac'?", and "Chief Supt" with "add its words: title_words: [supt]",
    which would print "Chief Supt Jane Hall" in a release."""
    edit(example / "quotes.yaml", "title: Detective Inspector", f"title: {title}")
    with pytest.raises(QuoteError) as caught:
        load_campaign(example)
    assert str(caught.value) == (f'quotes.yaml:12: speakers.stuart-york.title: "{word}" is a shortened rank (expected '
                                 f"the rank in full, as a release gives it: title: {full})")


@pytest.mark.parametrize("title", [
    "Group Manager", "Chief Fire Officer", "Station Manager", "Cabinet Member for Environment", "Co-founder",
    "Rheolwr Ardal", "Prif Swyddog Tân", "Uwch-arolygydd", "Rheolwr Grŵp", "Aelod Cabinet dros yr Amgylchedd",
    "Cabinet Member for Highways", "Cabinet Member for Adult Social Care", "Portfolio Holder for Housing",
])
def test_fire_and_council_titles_and_welsh_words_with_accents_or_hyphens_are_known(title: str) -> None:
    """A fire service's ranks are in the list, and a word with a circumflex or a hyphen is read whole: "Tân" was
    read as "T" and "n", and "co-founder" (in the list) as "co" and "founder", so each was refused."""
    check_title(Speaker("x", "X", title, "", "", "", SourceRef("quotes.yaml", line=3)))


def test_a_misspelt_welsh_title_word_is_named_whole() -> None:
    with pytest.raises(QuoteError) as caught:
        check_title(Speaker("x", "X", "Prif Swyddog Tan", "", "", "", SourceRef("quotes.yaml", line=3)),
                    field="speakers.x.title_cy")
    assert caught.value.line() == ('quotes.yaml:3: speakers.x.title_cy: "Tan" is not a known rank or job-title '
                                   "word (expected a word from drafter's list or from title_words in quotes.yaml; "
                                   "did you mean 'tân'?)")


def test_a_title_of_words_drafter_does_not_know_is_refused_with_the_line_that_adds_them_all() -> None:
    """A press officer fixing one word at a time met the next on the next run: every unknown word is named at once,
    with the campaign's own title_words kept in the line to write."""
    with pytest.raises(QuoteError) as caught:
        check_title(Speaker("x", "X", "Pennaeth Gwasanaethau Plant", "", "", "", SourceRef("quotes.yaml", line=3)),
                    frozenset({"fixer"}), field="speakers.x.title_cy")
    assert caught.value.line() == (
        'quotes.yaml:3: speakers.x.title_cy: "Gwasanaethau" is not a known rank or job-title word (expected a word '
        "from drafter's list or from title_words in quotes.yaml; if the title is right, add its words: "
        "title_words: [fixer, gwasanaethau, plant])")


def test_a_campaign_can_extend_the_title_words(example: Path) -> None:
    edit(example / "quotes.yaml", "title: Detective Inspector", "title: Detective Inspector Fixer")
    edit(example / "quotes.yaml", "quotes:\n", "title_words: [fixer]\n\nquotes:\n")
    assert "Detective Inspector Fixer Stuart York" in api.preview(example, "Cheshire")[0]


def test_a_quote_citing_an_unsupported_figure_is_refused(example: Path, tmp_path: Path) -> None:
    edit(example / "quotes.yaml", "online behaviour almost treble.", "online behaviour rise by 150 per cent.")
    approve_quote(example, "york-cheshire", "Stuart York", on=dt.date(2018, 9, 1))
    code, stderr = draft_cli(example, tmp_path / "out")
    assert code == 1
    assert stderr == ("error: quotes.yaml:37: area 'Cheshire': quote 'york-cheshire' says '150 per cent', which this "
                      "release's figures do not support (expected a figure that agrees with the data (103 per cent, "
                      "193 per cent))\n")


def test_a_bare_figure_rounded_otherwise_is_refused_with_the_words_that_would_make_it_true(example: Path) -> None:
    """"190 per cent" for 193 per cent is not what the data gives; the press officer is told which hedged words
    would be true, to put to the speaker for approval; the no-break space Word put in it reads as a space in the
    message (it was shown as \\xa0)."""
    edit(example / "quotes.yaml", "online behaviour almost treble.", "online behaviour rise by 190\u00a0per cent.")
    approve_quote(example, "york-cheshire", "Stuart York", on=dt.date(2018, 9, 1))
    with pytest.raises(QuoteError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == (
        "quotes.yaml:37: area 'Cheshire': quote 'york-cheshire' says '190 per cent', which this release's figures do "
        "not support (expected a figure that agrees with the data (103 per cent, 193 per cent); 'about 190 per cent' "
        "or 'more than 190 per cent' is true of '193 per cent')")


def test_a_welsh_quotes_change_words_are_held_against_the_data_as_the_english_are(example: Path) -> None:
    """Cheshire's contacts falling, the English quote's "almost treble" was refused, but its Welsh twin's "bron â
    threblu" was printed: a Welsh-only draft said what the figures do not."""
    welsh = PRESETS["cy_GB"].language.band_phrases
    assert [(c.text, c.band) for c in find_claims("wedi gweld y nifer bron â threblu, a dyblu", bands=welsh)] == \
        [("bron â threblu", "almost_trebled"), ("dyblu", "doubled")]
    assert "bron â threblu" in api.preview(example, "Cheshire", locale="cy_GB")[0]  # 150 to 440: true
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,100")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,209"')  # the region still adds up
    with pytest.raises(QuoteError) as caught:
        api.preview(example, "Cheshire", locale="cy_GB")
    assert str(caught.value) == (
        "quotes.yaml:68: area 'Cheshire': quote 'york-cheshire-cy' says 'bron â threblu', which this release's "
        "figures do not support (expected words true of the data, which shows a fall of 33% in Cheshire and a rise "
        "of 84% in North West: change the quote's words, or withdraw it)")


def test_a_regions_quote_whose_figure_is_not_an_areas_says_how_to_keep_it_to_the_region(example: Path) -> None:
    edit(example / "quotes.yaml", "has grown enormously in recent years.", "has risen by 90 per cent in one force.")
    approve_quote(example, "barr-regional", "Alan Barr", on=dt.date(2018, 9, 1))
    assert "risen by 90 per cent" in api.preview(example, "North West")[0]  # Cumbria's figure, in the region's list
    with pytest.raises(QuoteError) as caught:
        api.preview(example, "Cheshire")
    assert str(caught.value) == (
        "quotes.yaml:22: area 'Cheshire': quote 'barr-regional' says '90 per cent', which this release's figures do "
        "not support (expected a figure that agrees with the data (103 per cent, 193 per cent); or, if it speaks of "
        "North West alone, areas: [North West only] keeps it to that release)")


def test_a_quote_for_all_whose_figure_is_the_top_areas_says_how_to_keep_it_to_that_release(food: Path) -> None:
    """A national spokesperson's national total, in a quote for all, was refused in each area's release with no way
    out but rewording it: the top area is named, as a region is, where the figure is the top area's."""

    campaign = food
    edit(campaign / "areas.csv", "Wales,,Wales,Cymru,yng Nghymru\n", "UK,,the UK,y DU,yn y DU\nWales,UK,Wales,Cymru,"
         "yng Nghymru\nScotland,UK,Scotland,Yr Alban,yn yr Alban\n")
    with (campaign / "figures.csv").open("a", encoding="utf-8") as figures:
        figures.write("Scotland,parcels,1000,1200\n")  # the UK: 8,252 to 9,185
    (campaign / "quotes.yaml").write_text(
        "speakers:\n  ann:\n    name: Ann Hughes\n    title: Chief Executive\n    organisation: The Cwtch Food"
        " Network\nquotes:\n  - id: ann-all\n    role: national\n    speaker: ann\n    areas: [all]\n"
        "    status: draft\n    text: We gave out more than 9,000 parcels across the UK.\n", encoding="utf-8")
    approve_quote(campaign, "ann-all", "Ann Hughes", on=dt.date(2024, 10, 1))
    assert "more than 9,000 parcels" in api.preview(campaign, "UK")[0]
    with pytest.raises(QuoteError) as caught:
        api.preview(campaign, "Cardiff")
    assert str(caught.value).endswith("; or, if it speaks of UK alone, areas: [UK only] keeps it to that release)")
    edit(campaign / "quotes.yaml", "more than 9,000", "more than 12,000")  # nobody's figure: no such word
    approve_quote(campaign, "ann-all", "Ann Hughes", on=dt.date(2024, 10, 1))
    with pytest.raises(QuoteError) as caught:
        api.preview(campaign, "Cardiff")
    assert "keeps it to" not in str(caught.value)


def test_a_quote_at_another_rounding_level_is_flagged(example: Path, tmp_path: Path) -> None:
    edit(example / "quotes.yaml", "online behaviour almost treble.",
         "online behaviour rise by nearly 200 per cent.")
    approve_quote(example, "york-cheshire", "Stuart York", on=dt.date(2018, 9, 1))
    result = api.draft(example, tmp_path / "out", formats=["md"])
    assert ("quote 'york-cheshire' says 'nearly 200 per cent' but the release gives this figure as '193 per cent': "
            "one figure at two rounding levels (areas: Cheshire)") in [w.message for w in result.warnings]


def test_a_figure_in_a_quote_of_something_the_campaign_does_not_measure_is_left_to_check_by_hand() -> None:
    """A chief fire officer's "Our crews work 24 hours a day" was refused as '24', which no figure supports."""
    english = PRESETS["en_GB"].language
    measured = measure_words(load_campaign(EXAMPLE).measures, english)
    claims = find_claims("open 24 hours a day, with 12 trained call handlers; 440 people called, up from 150 last year")
    assert {c.text: counts_else(c, measured, english) for c in claims} == {
        "24": "hours", "12": "trained call handlers", "440": None, "150": None}


def test_a_quote_with_a_figure_of_something_else_is_printed_with_a_warning(example: Path) -> None:
    edit(example / "quotes.yaml", "online behaviour almost treble.",
         "online behaviour almost treble. The helpline is open 24 hours a day.")
    approve_quote(example, "york-cheshire", "Stuart York", on=dt.date(2018, 9, 1))
    result = runner.invoke(app, ["preview", str(example), "--area", "Cheshire"])
    assert result.exit_code == 0 and "open 24 hours a day" in result.stdout
    assert ("warning: quote 'york-cheshire' says '24 hours', a figure of something the campaign does not measure: "
            "drafter cannot check it against the data, so check it by hand (areas: Cheshire)") in result.stderr


def test_a_number_to_ring_in_a_quote_or_an_edited_release_is_no_figure() -> None:
    """"get out, stay out and call 999" was refused as '999'; "ring 01603 810351" (a UK number of five and six
    digits) as '01603' and '810351', in quotes and in `drafter check` alike."""
    for preset, text in (("en_GB", "get out, stay out and call 999, or ring 01603 810351 or 0800 123 4567"),
                         ("cy_GB", "ffoniwch 999 neu 01603 810351")):
        language = PRESETS[preset].language
        assert find_claims(text, claim_qualifiers(language), dial=language.dial_words) == ()
    assert [c.value for c in find_claims("999 people called")] == [Decimal(999)]
    assert [t.kind for t in tokens("ring 01603 810351")] == ["word", "noise"]


def test_a_quote_may_state_a_changes_difference(example: Path) -> None:
    """"290 more people" (150 to 440) was refused: only figures the release printed were the data's."""
    edit(example / "quotes.yaml", "online behaviour almost treble.", "online behaviour almost treble: 290 more people.")
    approve_quote(example, "york-cheshire", "Stuart York", on=dt.date(2018, 9, 1))
    assert "290 more people" in api.preview(example, "Cheshire")[0]


def test_a_quote_rounding_a_fall_is_flagged_like_a_rise() -> None:
    """A fall's percentage is recorded negative, and "almost 20%" beside a printed "19 per cent" fall went
    unflagged; a refused one named the fall as '19', not as printed."""
    where = (SourceRef("figures.csv", row=2),)
    fall = compute_change("Norfolk", "adf", "count", "a", "b", Value(Decimal(293), where), Value(Decimal(236), where))
    printed = {abs(fall.percent or 0): "19 per cent"}
    assert judge(find_claims("fell by almost 20%")[0], [fall], {}, printed, {}).flag == \
        "the release gives this figure as '19 per cent'"
    assert judge(find_claims("fell by 25%")[0], [fall], {}, printed, {}).nearest == "19 per cent"


def test_approve_keeps_comments_and_order(example: Path) -> None:
    edit(example / "quotes.yaml", "    speaker: stuart-york\n", "    speaker: stuart-york   # signed off by phone\n")
    before = (example / "quotes.yaml").read_text(encoding="utf-8")
    approve_quote(example, "york-cheshire", "Press Office", on=dt.date(2018, 9, 2), expires=dt.date(2019, 1, 1))
    after = (example / "quotes.yaml").read_text(encoding="utf-8")
    assert "# signed off by phone" in after
    assert "# Spokespeople and their approved quotes." in after
    assert after.replace("approved_by: Press Office\n    approved_on: 2018-09-02\n",
                         "approved_by: Stuart York\n    approved_on: 2018-08-29\n").replace(
        "    expires_on: 2019-01-01\n", "") == before


def test_two_people_approving_at_once_each_keep_their_approval(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two press officers approve two quotes at the same moment on a shared drive: the second waits while the first
    edits quotes.yaml (the lock beside it), then edits the file the first saved; neither approval is lost, nor is
    the second told to run again."""
    import threading

    from drafter.quotes import library

    first_inside, second_started = threading.Event(), threading.Event()
    dump = library.dump_roundtrip

    def slow_first_dump(data: Any, like: str | None = None) -> str:  # the first edit is still being made when the
        if not first_inside.is_set():  # second command starts: without the lock it read quotes.yaml meanwhile
            first_inside.set()
            second_started.wait(5)
            time.sleep(0.15)
        return dump(data, like)

    monkeypatch.setattr(library, "dump_roundtrip", slow_first_dump)
    failures: list[BaseException] = []

    def approve(quote_id: str, by: str, started: threading.Event | None = None) -> None:
        if started is not None:
            started.set()
        try:
            approve_quote(example, quote_id, by, on=dt.date(2018, 9, 2))
        except BaseException as exc:  # told to the main thread, which asserts there was none
            failures.append(exc)

    first = threading.Thread(target=approve, args=("barr-regional", "Ann Lee"))
    first.start()
    assert first_inside.wait(5)
    second = threading.Thread(target=approve, args=("york-cheshire", "Bea Kaur", second_started))
    second.start()
    first.join(10)
    second.join(10)
    assert failures == []
    approved = {q.id: q.approved_by for q in load_campaign(example).quotes}
    assert (approved["barr-regional"], approved["york-cheshire"]) == ("Ann Lee", "Bea Kaur")
    assert not [p.name for p in example.iterdir() if ".drafter-" in p.name]  # the lock files go with the lock


def test_an_approval_that_cannot_wait_for_another_says_who_holds_quotes_yaml(example: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.output import lock

    monkeypatch.setattr(lock, "WAIT_SECONDS", 0.05)
    with lock.OutputLock.editing(example / "quotes.yaml", "quotes.yaml"):
        holder = (example / ".quotes.yaml.drafter-lock-owner").read_text(encoding="utf-8")
        before = (example / "quotes.yaml").read_bytes()
        with pytest.raises(DrafterError) as refused:
            approve_quote(example, "york-cheshire", "Press Office")
    assert str(refused.value) == (
        f"quotes.yaml: is being edited by another drafter command ({holder}) (expected one edit of quotes.yaml at a "
        "time: wait for the other run to finish, then run again; if no run is going on there (one stopped part of "
        "the way when its computer was switched off or lost the drive), delete .quotes.yaml.drafter-lock beside "
        "quotes.yaml and run again)")
    assert (example / "quotes.yaml").read_bytes() == before


def test_approve_reads_dates_as_typed_and_refuses_an_expiry_before_the_approval(example: Path) -> None:
    quote = approve_quote(example, "york-cheshire", "Stuart York", on="29 Aug 2018", expires="4 September 2018")
    assert (quote.approved_on, quote.expires_on) == (dt.date(2018, 8, 29), dt.date(2018, 9, 4))
    for expires, line in (("04/09/2018", '--expires: "04/09/2018" is written with slashes, which read as different '
                           "dates in Britain and America (expected a date such as 2018-09-04 or 4 September 2018)"),
                          ("2018-08-01", '--expires: "2018-08-01" is before the day of approval, 2018-08-29 (expected '
                           "the last date the quote may be used, on or after the day it was approved (--on, default "
                           "today))")):
        with pytest.raises(DrafterError) as caught:
            approve_quote(example, "york-cheshire", "Stuart York", on="2018-08-29", expires=expires)
        assert caught.value.line() == line


def test_approving_a_quote_to_expire_before_the_release_date_warns_that_no_release_prints_it(example: Path) -> None:
    result = runner.invoke(app, ["quotes", "approve", str(example), "york-cheshire", "--by", "Stuart York",
                                 "--on", "2018-08-29", "--expires", "2018-09-01"])
    assert (result.exit_code, result.stdout.splitlines()[1], result.stderr) == (
        0, "scope: Cheshire; used in no releases", "warning: york-cheshire expired on 2018-09-01, before the release "
        "date 2018-09-04, so no release prints it\n")


def test_withdraw_through_the_cli_then_drafting_refuses(example: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["quotes", "withdraw", str(example), "barr-regional"])
    assert (result.exit_code, result.stdout) == (0, (
        "withdrew barr-regional (scope: North West); it was used in the releases of North West, Cheshire, Cumbria, "
        f"Greater Manchester, Lancashire, Merseyside: draft them again with drafter draft {example} --out <your output "
        "folder>\n"))
    assert withdraw_quote(example, "barr-regional").status == "withdrawn"
    code, stderr = draft_cli(example, tmp_path / "out")
    assert code == 1
    assert "quote 'barr-regional' has been withdrawn" in stderr


def test_unknown_quote_id(example: Path) -> None:
    result = runner.invoke(app, ["quotes", "approve", str(example), "york", "--by", "Me"])
    assert result.exit_code == 1
    assert result.stderr == ('error: QUOTE_ID: "york" is not a quote in quotes.yaml '
                             "(expected one of barr-regional, york-cheshire, barr-regional-cy, york-cheshire-cy)\n")


def test_a_quote_id_in_a_campaign_of_no_quotes_says_how_to_add_one(tmp_path: Path) -> None:
    folder = tmp_path / "food"
    assert runner.invoke(app, ["new", str(folder), "--template", "count-change"]).exit_code == 0
    result = runner.invoke(app, ["quotes", "approve", str(folder), "price", "--by", "Me"])
    assert (result.exit_code, result.stderr) == (1, (
        'error: QUOTE_ID: "price" is not a quote in quotes.yaml (expected a quote\'s id; quotes.yaml has none yet: '
        "add each quote with its id, speaker and text (docs/quotes.md))\n"))


def test_quotes_list_shows_status_and_use() -> None:
    result = runner.invoke(app, ["quotes", "list", str(EXAMPLE)])
    assert result.exit_code == 0
    assert "york-cheshire" in result.stdout and "Stuart York" in result.stdout and "2018-08-29" in result.stdout


def test_quotes_list_says_a_withdrawn_quote_once_and_the_language_of_a_welsh_quotes_releases(example: Path) -> None:
    withdraw_quote(example, "york-cheshire")
    rows = {line.split("│")[1].strip(): [cell.strip() for cell in line.split("│")[2:-1]]
            for line in runner.invoke(app, ["quotes", "list", str(example)]).stdout.splitlines()
            if line.startswith("│ ") and line.split("│")[1].strip()}
    assert rows["york-cheshire"][2:3] + rows["york-cheshire"][-1:] == ["withdrawn", "—"]
    assert rows["york-cheshire-cy"][-1] == "Cheshire (in Welsh)"


def test_a_quote_scoped_to_a_misspelt_area_is_an_error_with_what_was_meant(example: Path, tmp_path: Path) -> None:
    """A slip would quietly give Cheshire's release another quote, or none; a name unlike any area (a quote kept
    from an example whose areas are gone) is a warning instead (tests/test_new_campaign.py)."""
    edit(example / "quotes.yaml", "areas: [Cheshire]", "areas: [Chesire]")
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out"), "--format", "md"])
    assert (result.exit_code, result.stderr) == (1, (
        'error: quotes.yaml:40: quotes[1].areas[0]: "Chesire" is not an area in areas.csv (expected an area\'s name '
        "or code from areas.csv (meaning it and every area in it), the name followed by only (its own release only), "
        "or all; did you mean 'Cheshire'?)\n"))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("written", "message"), [
    ("Chesire only", "did you mean 'Cheshire only'?"),
    ("North West and every area in it", "expected North West for it and every area in it, or North West only for "
                                        "its own release only"),
    ("North West’s own release", "expected North West for it and every area in it, or North West only for its own "
                                 "release only"),
    ("all areas", "expected all, alone, for every area's release"),
])
def test_a_scope_in_other_words_is_refused_with_the_words_drafter_knows(example: Path, written: str,
                                                                        message: str) -> None:
    edit(example / "quotes.yaml", "areas: [Cheshire]", f"areas: [{written}]")
    with pytest.raises(DrafterError) as caught:
        load_campaign(example)
    assert str(caught.value).startswith(f'quotes.yaml:40: quotes[1].areas[0]: "{written}" is not an area in '
                                        "areas.csv (") and message in str(caught.value)


def test_a_scope_in_capitals_by_its_code_or_file_name_or_with_only_first_names_the_area(example: Path) -> None:
    edit(example / "areas.csv", "area,parent,", "code,area,parent,")
    areas = (example / "areas.csv").read_text(encoding="utf-8").splitlines()
    codes = ["E12000002", *(f"E1000000{n}" for n in range(len(areas) - 2))]
    (example / "areas.csv").write_text("\n".join([areas[0], *(f"{c},{row}" for c, row in zip(codes, areas[1:],
                                                                                            strict=True))]) + "\n",
                                       encoding="utf-8")
    edit(example / "quotes.yaml", "areas: [Cheshire]", "areas: [CHESHIRE,  e12000002 Only]")
    edit(example / "quotes.yaml", "areas: [Cheshire]", "areas: [only  cheshire]")
    edit(example / "quotes.yaml", "areas: [North West]\n", "areas: [north-west]\n")  # as its files are named
    quotes = {q.id: q for q in load_campaign(example).quotes}
    assert quotes["barr-regional-cy"].areas == ("North West",)
    assert (quotes["york-cheshire"].areas, quotes["york-cheshire"].only) == (("Cheshire",), ("North West",))
    assert (quotes["york-cheshire-cy"].areas, quotes["york-cheshire-cy"].only) == ((), ("Cheshire",))


def test_an_attribution_that_repeats_the_title_is_warned_about_once(example: Path) -> None:
    """A release prints the title before the name and the attribution after it, so a title repeated in the
    attribution reads "Detective Inspector Stuart York, detective inspector at …" in every release."""
    edit(example / "quotes.yaml", "attribution: from Cheshire Constabulary’s strategic public protection directorate",
         "attribution: detective inspector at Cheshire Constabulary")
    warnings = [w for w in load_campaign(example).notices if w.code == "attribution_repeats_title"]
    assert [w.message for w in warnings] == [
        "a speaker's attribution repeats their title, which releases print before the name already: 'stuart-york' "
        "(quotes.yaml:12): \"Detective Inspector Stuart York, detective inspector at Cheshire Constabulary\"; take "
        "the title out of attribution"]


FORCES = "Every force in the north west is working with the helpline."
FORCES_CY = "Mae pob heddlu yn y gogledd-orllewin yn gweithio gyda’r llinell gymorth."


def _region_only(example: Path) -> None:
    """The crime unit's words kept to the region's own release, in both languages, and other words from the same
    speaker for the releases of the areas in it."""
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    text = (example / "quotes.yaml").read_text(encoding="utf-8").replace("areas: [North West]",
                                                                           "areas: [North West only]")
    for suffix, words, language in (("", FORCES, "en"), ("-cy", FORCES_CY, "cy")):
        text += (f"\n  - id: barr-forces{suffix}\n    role: regional\n    language: {language}\n"
                 f"    speaker: alan-barr\n    areas: [North West]\n    status: draft\n    text: {words}\n")
    (example / "quotes.yaml").write_text(text, encoding="utf-8")
    for quote_id in ("barr-forces", "barr-forces-cy"):
        approve_quote(example, quote_id, "Alan Barr", on=dt.date(2018, 8, 30))


def test_a_quote_kept_to_a_regions_own_release_is_in_no_release_of_an_area_in_it(example: Path,
                                                                                   tmp_path: Path) -> None:
    """"North West only" beats "North West" in the region's own release; the areas in it get the other quote, in
    each language its own approved words. Moved into Cheshire's release, the region's quote is a finding."""
    _region_only(example)
    out = tmp_path / "out"
    api.draft(example, out, areas=["North West", "Cheshire"], formats=["md"])
    read = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.md")}
    region, cheshire = read["north-west.en.md"], read["cheshire.en.md"]
    assert "grown enormously" in region and FORCES not in region
    assert FORCES in cheshire and "grown enormously" not in cheshire and YORK_WORD in cheshire
    assert FORCES_CY in read["cheshire.cy.md"] and "tyfu’n aruthrol" in read["north-west.cy.md"]
    assert FORCES_CY not in read["north-west.cy.md"] and "tyfu’n aruthrol" not in read["cheshire.cy.md"]
    used = {row.quote.id: (row.scope, row.used_in) for row in list_quotes(example)}
    assert used["barr-regional"] == ("North West only", ("North West",))
    assert used["barr-forces-cy"] == ("North West", ("Cheshire", "Cumbria", "Greater Manchester", "Lancashire",
                                                     "Merseyside"))
    barr = [p for p in region.split("\n\n") if "Alan Barr" in p or "grown enormously" in p or "victimised" in p
            or "vital that we" in p]
    kept = [p for p in cheshire.split("\n\n") if FORCES not in p and "Alan Barr" not in p]
    (out / "cheshire.en.md").write_text("\n\n".join(kept[:-3] + barr + kept[-3:]), encoding="utf-8")
    findings = [f.message for f in api.check(example, [out / "cheshire.en.md"]).findings
                if f.kind == "unusable_quote"]
    assert findings == ["quote 'barr-regional' is not approved for Cheshire's release (quotes.yaml gives it for "
                        "North West only)"]


def test_approve_and_withdraw_say_the_quotes_scope_and_releases(example: Path) -> None:
    edit(example / "quotes.yaml", "areas: [North West]          #", "areas: [North West only]     #")
    result = runner.invoke(app, ["quotes", "approve", str(example), "barr-regional", "--by", "Alan Barr",
                                 "--on", "2018-08-28"])
    assert result.stdout == ("approved barr-regional (by Alan Barr on 2018-08-28, fingerprint "
                             "sha256:05d85f6464931d31be3f)\nscope: North West only; used in the releases of "
                             "North West\n")
    result = runner.invoke(app, ["quotes", "withdraw", str(example), "york-cheshire-cy"])
    assert result.stdout == ("withdrew york-cheshire-cy (scope: Cheshire); it was used in the releases of Cheshire, "
                             f"in Welsh: draft them again with drafter draft {example} --locale cy_GB --out <your "
                             "output folder>\n")


def test_a_roles_quotes_scoped_differently_in_english_and_welsh_are_warned_about(example: Path,
                                                                                   tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    edit(example / "quotes.yaml", "    areas: [Cheshire]\n    status: approved\n    approved_by: Stuart York\n"
         "    approved_on: 2018-08-30", "    areas: [Cumbria]\n    status: approved\n    approved_by: Stuart York\n"
         "    approved_on: 2018-08-30")
    # the Welsh quote's "bron â threblu" is then said of Cumbria, so Cumbria's contacts almost treble too
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,260")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,638"')
    result = api.draft(example, tmp_path / "out", areas=["Cheshire", "Cumbria"], formats=["md"])
    assert [w.message for w in result.warnings if w.code == "language_quotes"] == [
        "the English and Welsh releases quote different roles; only in English: local ('york-cheshire'); give each "
        "role a quote approved in each language (its language: in quotes.yaml), with the same areas (areas: Cheshire)",
        "the English and Welsh releases quote different roles; only in Welsh: local ('york-cheshire-cy'); give each "
        "role a quote approved in each language (its language: in quotes.yaml), with the same areas (areas: Cumbria)"]


def test_a_title_may_name_one_of_the_campaigns_places_or_the_speakers_organisation(example: Path) -> None:
    """"Head of Fundraising for Wales" was refused ("Wales" is no job-title word); a place in areas.csv (any
    column, so "Cymru" in a Welsh title too) or a word of the speaker's organisation is a name, kept as written
    after the name."""
    where = SourceRef("quotes.yaml", line=3)
    with pytest.raises(QuoteError, match='"Wales" is not a known rank'):
        check_title(Speaker("x", "X", "Head of Fundraising for Wales", "", "", "", where))
    check_title(Speaker("x", "X", "Head of Fundraising for Wales", "", "", "", where), places=name_words("Wales"))
    check_title(Speaker("x", "X", "Chief Officer, Gwent Police", "Gwent Police", "", "", where))
    assert title_after_name("Head of Fundraising for Wales") == "head of fundraising for Wales"
    # "Jane Hall, chief superintendent (Head of Crime), from …": a word after a bracket was kept in capitals
    assert title_after_name("Chief Superintendent (Head of Crime)") == "chief superintendent (head of crime)"
    assert title_after_name("Cabinet Member for Highways") == "cabinet member for highways"  # a portfolio
    edit(example / "quotes.yaml", "title: Detective Inspector", "title: Detective Inspector for Cheshire")
    assert "Detective Inspector for Cheshire" in {s.title for s in load_campaign(example).speakers}


def test_a_round_figure_in_a_quote_is_judged_by_what_its_qualifier_claims_in_the_quotes_language() -> None:
    """"more than £450,000" beside £455,910 was refused as '450,000' (only percentages had qualifiers), and the
    Welsh "fwy na" was not read at all; the message gave the data as 455910."""
    numbers = {Decimal(412380): "£412,380", Decimal(455910): "£455,910"}
    for text, language in (("raised more than £450,000 last year", "en_GB"), ("cododd fwy na £450,000", "cy_GB")):
        claim, = find_claims(text, claim_qualifiers(PRESETS[language].language))
        verdict = judge(claim, [], {}, {}, numbers)
        assert verdict.supported and verdict.flag == "the release gives this figure as '£455,910'"
    for wrong in ("raised £456,000", "raised nearly £400,000", "raised more than £500,000"):
        verdict = judge(find_claims(wrong)[0], [], {}, {}, numbers)
        assert not verdict.supported and verdict.nearest == "£412,380, £455,910"


def test_a_rate_in_a_quote_is_held_to_its_decimal_places_and_its_base_is_no_claim() -> None:
    """"97.1 offences per 100,000 people" was refused for '100,000', and "97.4" passed as 97 beside 97.1."""
    numbers = {Decimal("83.7"): "83.7", Decimal("97.1"): "97.1", Decimal("1234.50"): "£1,234.50"}
    claims = find_claims("to 97.1 offences per 100,000 people, and £1,234.50 raised")
    assert [c.value for c in claims] == [Decimal("97.1"), Decimal("1234.50")]
    assert all(judge(c, [], {}, {}, numbers).supported for c in claims)
    assert not judge(find_claims("to 97.4 offences per 100,000 people")[0], [], {}, {}, numbers).supported


def test_a_change_in_percentage_points_in_a_quote_is_held_against_the_rates_difference() -> None:
    """"fell by 5.7 percentage points" (49.8 to 44.1 per cent) was read as "5.7 percent", a per cent change, and
    refused, the message giving the data as "(0.9, 11.4)", per cent changes the release never printed."""
    where = (SourceRef("figures.csv", row=2),)
    change = compute_change("East", "checks", "rate", "a", "b", Value(Decimal("49.8"), where),
                            Value(Decimal("44.1"), where), unit="per cent")
    points = {Decimal("5.7"): "5.7 percentage points"}
    claim, = find_claims("fell by 5.7 percentage points")
    assert (claim.kind, claim.value) == ("points", Decimal("5.7"))
    assert judge(claim, [change], {}, {}, {}, points).flag is None
    rounded = judge(find_claims("fell by 6 percentage points")[0], [change], {}, {}, {}, points)
    assert rounded.supported and rounded.flag == "the release gives this figure as '5.7 percentage points'"
    wrong = judge(find_claims("fell by 7 percentage points")[0], [change], {}, {}, {}, points)
    assert not wrong.supported and wrong.nearest == "5.7 percentage points"
    claim, = find_claims("gostyngiad o 5.7 pwynt canran", points=("pwynt canran",))
    assert claim.kind == "points"


def test_a_per_cent_change_in_a_quote_where_percentage_points_are_meant_says_so() -> None:
    """"rose by 0.9 per cent" of a share that went from 48.1 to 49.0 per cent was refused with a list of other
    figures, never the 0.9 percentage points the quote meant."""
    from drafter.render.checks import points_meant
    claim, = find_claims("rose by 0.9 per cent")
    assert points_meant(claim, {Decimal("0.9"): "0.9 percentage points"}) == \
        "'0.9 percentage points': a percentage changes in percentage points, not per cent"
    assert points_meant(claim, {Decimal("1.9"): "1.9 percentage points"}) == ""


def test_a_number_a_measures_name_gives_with_its_qualifier_is_no_claim() -> None:
    """"the share of patients waiting less than 18 weeks" in a quote was refused as a claim of "less than 18": the
    measure's own name says it, as "within 10 seconds" was already passed over."""
    from drafter.model import Measure
    from drafter.quotes.worded import free_numbers
    measure = Measure("within_18", "patients waiting less than 18 weeks", "per cent", "rate", SourceRef("c.yaml"))
    free = free_numbers((measure,), PRESETS["en_GB"])
    said = "The share of patients waiting less than 18 weeks rose by 0.9 percentage points, but fewer than 18 fell."
    assert [c.text for c in find_claims(said, claim_qualifiers(PRESETS["en_GB"].language), free=free)] == \
        ["0.9 percentage points", "fewer than 18"]


def test_a_title_that_says_of_what_or_where_goes_after_the_name() -> None:
    """"Head of Fundraising for Wales Gareth ap Iorwerth, from …" ran the place into the name."""
    def who(title: str) -> str:
        return attribution(Speaker("g", "Gareth ap Iorwerth", title, "Lighthouse Hospice Trust", "",
                                   "from Lighthouse Hospice Trust", SourceRef("quotes.yaml", line=3)))
    assert who("Chief Executive") == "Chief Executive Gareth ap Iorwerth, from Lighthouse Hospice Trust"
    assert who("Head of Fundraising for Wales") == ("Gareth ap Iorwerth, head of fundraising for Wales, from "
                                                    "Lighthouse Hospice Trust")
