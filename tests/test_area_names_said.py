"""Areas as a press officer names and reads them: a list of names with a comma in one ("Armagh City, Banbridge
and Craigavon") read as the areas it names; ``--area`` by any name drafter reads; the media list's contacts for
areas a campaign leaves out, and the areas nobody covers, told by draft as by send."""

from __future__ import annotations

import csv
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import UsageError
from drafter.model import Warning
from drafter.reports.warnings import merge_warnings
from tests.conftest import edit
from tests.helpers import campaign_with

AREAS = """\
area,parent,code,in_text,name_cy,other_names
United Kingdom,,K02000001,the United Kingdom,Y Deyrnas Unedig,
Northern Ireland,United Kingdom,N92000002,Northern Ireland,Gogledd Iwerddon,
Belfast,Northern Ireland,N09000003,Belfast,Béal Feirste,
"Newry, Mourne and Down",Northern Ireland,N09000010,"Newry, Mourne and Down",,Newry and Mourne
"Armagh City, Banbridge and Craigavon",Northern Ireland,N09000002,"Armagh City, Banbridge and Craigavon",,ABC
Scotland,United Kingdom,S92000003,Scotland,Yr Alban,
"Edinburgh, City of",Scotland,S12000036,the City of Edinburgh,Caeredin,
"""
FIGURES = """\
area,measure,last_year,this_year
Belfast,parcels,100,200
"Newry, Mourne and Down",parcels,300,400
"Armagh City, Banbridge and Craigavon",parcels,500,600
"Edinburgh, City of",parcels,700,800
"""
MEDIA = """\
outlet,email,areas
Belfast Live,news@example.org,Belfast
Armagh I,desk@example.org,"Armagh City, Banbridge and Craigavon"
"""


@pytest.fixture
def campaign(tmp_path: Path) -> Path:
    """The count-change example with Northern Ireland's districts and the City of Edinburgh as its areas."""
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(AREAS, encoding="utf-8")
    (campaign / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (campaign / "quotes.yaml").write_text("", encoding="utf-8")
    (campaign / "media.csv").write_text(MEDIA, encoding="utf-8")
    return campaign


def test_a_warnings_areas_with_a_comma_in_a_name_are_parted_by_semicolons() -> None:
    said = "no quote for the optional role 'local'; its paragraph is left out"
    warnings = [Warning("optional_quote", said, area) for area in
                ("Belfast", "Armagh City, Banbridge and Craigavon", "Newry, Mourne and Down", "Edinburgh, City of")]
    assert [w.message for w in merge_warnings([*warnings, Warning("small_base", "too small", "Belfast"),
                                               Warning("small_base", "too small", "Cheshire")])] == [
        f"{said} (areas: Belfast; Armagh City, Banbridge and Craigavon; Newry, Mourne and Down; Edinburgh, City of)",
        "too small (areas: Belfast, Cheshire)"]


def test_the_reviewer_pack_and_send_part_a_name_with_a_comma_from_the_next(campaign: Path, tmp_path: Path) -> None:
    api.draft(campaign, tmp_path / "out", formats=["md"])
    review = (tmp_path / "out" / "review" / "review.csv").read_text(encoding="utf-8")
    assert "sum of Belfast; Newry, Mourne and Down; Armagh City, Banbridge and Craigavon = 1200" in review
    sent = api.send(campaign, tmp_path / "out", dry_run=True)
    assert [p.line() for p in sent.planned] == [
        "Belfast Live <news@example.org>: Belfast, belfast.docx attached",
        "Armagh I <desk@example.org>: Armagh City, Banbridge and Craigavon; armagh-city-banbridge-and-craigavon.docx "
        "attached"]
    assert [n.message for n in sent.notes if n.code == "media_uncovered"] == [
        "media.csv: no contact covers United Kingdom; Northern Ireland; Newry, Mourne and Down; Scotland; and "
        "Edinburgh, City of, so their releases are sent to nobody; to send them, add each area to the rows of the "
        "newsdesks that should have it"]


@pytest.mark.parametrize(("typed", "area"), [
    ("the City of Edinburgh", "Edinburgh, City of"),  # in_text, as its releases print it
    ("Caeredin", "Edinburgh, City of"),  # name_cy
    ("ABC", "Armagh City, Banbridge and Craigavon"),  # other_names
    ("N09000010", "Newry, Mourne and Down"),  # its code
    ("the six counties", "Northern Ireland"),  # an in_text no form of its name reads as
])
def test_area_takes_any_name_drafter_reads_for_the_area(campaign: Path, typed: str, area: str) -> None:
    edit(campaign / "areas.csv", "N92000002,Northern Ireland,", "N92000002,the six counties,")
    assert api.preview(campaign, typed)[1].area == area


def test_area_refuses_a_name_two_areas_print_naming_both(campaign: Path) -> None:
    edit(campaign / "areas.csv", "N09000003,Belfast,", "N09000003,the north,")
    edit(campaign / "areas.csv", "S92000003,Scotland,", "S92000003,the north,")
    with pytest.raises(UsageError) as refused:
        api.preview(campaign, "The North")
    assert str(refused.value) == (
        "--area: \"The North\" could name 'Belfast' (areas.csv row 4, its in_text) and 'Scotland' (areas.csv row 7, "
        "its in_text) (expected a name only one area answers to: the area's name as areas.csv writes it, or its code)")


def test_check_and_send_take_an_area_by_its_other_names(campaign: Path, tmp_path: Path) -> None:
    api.draft(campaign, tmp_path / "out", formats=["md"])
    checked = api.check(campaign, [tmp_path / "out" / "armagh-city-banbridge-and-craigavon.md"], area="ABC")
    assert (checked.findings, len(checked.checked)) == ((), 1)
    sent = api.send(campaign, tmp_path / "out", areas=["ABC"], dry_run=True)
    assert [p.area for p in sent.planned] == ["Armagh City, Banbridge and Craigavon"]


def test_contacts_for_areas_campaign_yaml_leaves_out_are_told_once_by_draft_preview_and_send(campaign: Path,
                                                                                            tmp_path: Path) -> None:
    edit(campaign / "campaign.yaml", "\nareas: all\n", '\nareas: [Belfast, "Edinburgh, City of"]\n')
    with (campaign / "media.csv").open("a", encoding="utf-8") as media:
        media.write('Scotsman,desk@scotsman.example.org,Scotland\nNewry Reporter,n@example.org,"Newry, Mourne and '
                    'Down"\nKent Messenger,k@example.org,Kent\n')
    told = ("media.csv: 2 contacts are for areas that are in areas.csv but not chosen for this campaign in "
            "campaign.yaml's areas:, so they are sent nothing: Armagh City, Banbridge and Craigavon; and Newry, "
            "Mourne and Down (to send them those areas' releases, add them to areas: in campaign.yaml and draft again)")
    drafted = api.draft(campaign, tmp_path / "out", formats=["md"]).warnings
    previewed = api.preview(campaign, "Belfast")[1].warnings
    sent = api.send(campaign, tmp_path / "out", dry_run=True).notes
    for warnings in (drafted, previewed, sent):
        assert [w.message for w in warnings if w.code.startswith("media")] == [
            "media.csv: 1 contact is for an area this campaign does not cover, so it is sent nothing: Kent", told]
    edit(campaign / "media.csv", "Newry, Mourne and Down", "Belfast")
    assert [w.message for w in api.preview(campaign, "Belfast")[1].warnings if w.code == "media_not_chosen"] == [
        "media.csv: 1 contact is for an area that is in areas.csv but not chosen for this campaign in campaign.yaml's "
        "areas:, so it is sent nothing: Armagh City, Banbridge and Craigavon (to send it that area's release, add it "
        "to areas: in campaign.yaml and draft again)"]


def test_draft_and_preview_say_which_areas_no_contact_covers_as_send_does(campaign: Path, tmp_path: Path) -> None:
    nobody = ("media.csv: no contact covers United Kingdom; Northern Ireland; Newry, Mourne and Down; Scotland; and "
              "Edinburgh, City of, so their releases are sent to nobody; to send them, add each area to the rows of "
              "the newsdesks that should have it")
    drafted = api.draft(campaign, tmp_path / "out", formats=["md"], areas=["Belfast"]).warnings
    assert [w.message for w in drafted if w.code == "media_uncovered"] == [nobody]
    assert [w.message for w in api.preview(campaign, "Belfast")[1].warnings if w.code == "media_uncovered"] == [nobody]
    (campaign / "media.csv").unlink()
    assert [w for w in api.preview(campaign, "Belfast")[1].warnings if w.code.startswith("media")] == []


def test_a_messages_html_keeps_each_figure_on_a_line_and_its_text_keeps_plain_spaces(campaign: Path,
                                                                                     tmp_path: Path) -> None:
    (campaign / "media.csv").write_text("outlet,email,areas,attach\nArmagh I,desk@example.org,\"Armagh City, "
                                        "Banbridge and Craigavon\",body\n", encoding="utf-8")
    out = tmp_path / "out"
    api.draft(campaign, out, formats=["md", "txt", "html"], areas=["ABC"])
    assert "risen by 20\u00a0per\u00a0cent" in (out / "armagh-city-banbridge-and-craigavon.html").read_text("utf-8")
    api.send(campaign, out, outbox=tmp_path / "outbox")
    (eml,) = (tmp_path / "outbox").iterdir()
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    html, text = (message.get_body((kind,)) for kind in ("html", "plain"))
    assert html is not None and "risen by 20\u00a0per\u00a0cent" in html.get_content()
    assert text is not None and "risen by 20 per cent" in text.get_content() and "\u00a0" not in text.get_content()
    again = api.send(campaign, out, dry_run=True)  # nothing changed since it was drafted: not refused
    assert ([(p.kind, p.changes, p.refused) for p in again.planned], again.refused) == ([("release", (), False)], ())
    checked = api.check(campaign, [out / "armagh-city-banbridge-and-craigavon.md",
                                   out / "armagh-city-banbridge-and-craigavon.txt"])
    assert (checked.findings, len(checked.checked)) == ((), 2)


def test_a_bilingual_batch_lists_areas_by_the_same_rule_in_its_welsh_rows(tmp_path: Path, food: Path) -> None:
    campaign = food
    header, *rows = AREAS.splitlines()
    (campaign / "areas.csv").write_text("\n".join([f"{header},yn_cy", *(f"{row},yno" for row in rows)]) + "\n",
                                        encoding="utf-8")
    (campaign / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (campaign / "quotes.yaml").write_text("", encoding="utf-8")
    edit(campaign / "campaign.yaml", "# languages: [en_GB, cy_GB]", "languages: [en_GB, cy_GB]")
    warnings = api.draft(campaign, tmp_path / "out", formats=["md"]).warnings
    assert [w.message for w in warnings if w.code == "place_in_english"] == [
        "areas.csv has no name_cy for these areas, so the cy_GB releases give their names in English: add a name_cy "
        "column with each area's name in that language (the same where it does not change) (areas: Armagh City, "
        "Banbridge and Craigavon; Newry, Mourne and Down)"]
    with (tmp_path / "out" / "review" / "review.csv").open(encoding="utf-8", newline="") as review:
        welsh = next(row for row in csv.reader(review) if row[1] == "northern-ireland.cy")  # its key figures:
    assert "sum of Belfast; Newry, Mourne and Down; Armagh City, Banbridge and Craigavon = 1200" in welsh[3]
