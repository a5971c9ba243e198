"""Areas as publishers name them: by GSS code where areas.csv gives codes, else by the official forms of their
names ("Bristol, City of", "Devon & Cornwall", "Dyfed-Powys", "The Vale of Glamorgan"), never by a guess
between two areas; one way of reading an area cell for figures, files as published, media.csv, quotes.yaml and
campaign.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.area_names import AreaNames
from drafter.load.areas import load_areas
from drafter.load.media import load_media
from drafter.load.quotes_file import load_quotes
from drafter.model import Area, SourceRef
from tests.conftest import edit
from tests.helpers import campaign_with, financial_years


def names(*areas: str) -> AreaNames:
    return AreaNames.of(tuple(Area(name, name.lower(), None, name, (), SourceRef("areas.csv", row=row))
                              for row, name in enumerate(areas, start=2)))


def test_official_names_are_the_names_a_press_officer_writes() -> None:
    known = names("Bristol", "City of Kingston upon Hull", "Herefordshire", "Devon and Cornwall", "Dyfed Powys",
                  "Vale of Glamorgan", "City of London", "Metropolitan", "London", "King's Lynn and West Norfolk",
                  "St Helens", "Stockton-on-Tees", "Newry, Mourne and Down", "Armagh City, Banbridge and Craigavon",
                  "Perth and Kinross", "City of Edinburgh", "Avon and Somerset")
    published = {"Bristol, City of": "Bristol", "Kingston upon Hull, City of": "City of Kingston upon Hull",
                 "Herefordshire, County of": "Herefordshire", "Devon & Cornwall": "Devon and Cornwall",
                 "Dyfed-Powys": "Dyfed Powys", "The Vale of Glamorgan": "Vale of Glamorgan",
                 "London, City of": "City of London", "Metropolitan Police": "Metropolitan", "LONDON": "London",
                 "King’s Lynn and West Norfolk": "King's Lynn and West Norfolk", "St. Helens": "St Helens",
                 "Stockton on Tees": "Stockton-on-Tees", "Newry Mourne and Down": "Newry, Mourne and Down",
                 "Armagh City Banbridge & Craigavon": "Armagh City, Banbridge and Craigavon",
                 "Perth & Kinross": "Perth and Kinross", "Edinburgh, City of": "City of Edinburgh",
                 "Avon and Somerset Constabulary": "Avon and Somerset"}
    assert {written: known.find(written) for written in published} == published
    assert [known.find(other) for other in ("Kingston upon Hull", "Bristol City", "Cornwall", "")] == [None] * 4


def test_the_city_of_london_is_not_london() -> None:
    assert names("London").find("London, City of") is None  # a police force area, not the region
    assert names("London, City of").find("London") is None
    assert names("Bristol, City of").find("Bristol") == "Bristol, City of"


def test_a_name_two_areas_answer_to_is_refused_naming_both() -> None:
    with pytest.raises(InputError) as caught:
        names("Metropolitan", "Metropolitan Police Service").find("Metropolitan Police", SourceRef("pfa.csv", row=9))
    assert str(caught.value) == (
        "pfa.csv:9: area: \"Metropolitan Police\" could name 'Metropolitan' (areas.csv row 2) and 'Metropolitan "
        "Police Service' (areas.csv row 3) (expected a name only one area answers to: name the area as areas.csv "
        "does, or give areas.csv a code column with the codes the file uses)")
    assert names("Metropolitan", "Metropolitan Police Service").find("Metropolitan") == "Metropolitan"  # as written


def test_a_name_with_the_publishers_type_after_it_is_the_area_its_name_is_and_never_another() -> None:
    known = names("Dartford", "Ashford", "Kent", "Bristol", "Cardiff", "Metropolitan Police Service", "Richmond")
    typed = {"Dartford (B)": "Dartford", "Ashford (B)": "Ashford", "Kent (County)": "Kent", "Cardiff (UA)": "Cardiff",
             "Bristol, City of (UA)": "Bristol", "Met Police (MPS)": "Metropolitan Police Service",
             "Kent [note 2] (County)": "Kent"}
    assert {written: known.find(written) for written in typed} == typed
    # Not a type: a place after the name, a lower-case mark, words; nor a name that matches no area without it.
    assert [known.find(other) for other in ("Richmond (Yorks)", "Kent (r)", "Dartford (Borough Council)",
                                            "Gravesham (B)", "(B)")] == [None] * 5
    two = names("Durham", "County Durham", "London", "Metropolitan Police")
    for written, both in [("Durham (County)", "'Durham' (areas.csv row 2) and 'County Durham' (areas.csv row 3)"),
                          ("London (Met)", "'London' (areas.csv row 4) and 'Metropolitan Police' (areas.csv row 5)")]:
        with pytest.raises(InputError) as caught:
            two.find(written, SourceRef("districts.csv", row=9))
        assert caught.value.problem == f"could name {both}" and caught.value.value == written


GSS_EXPECTED = ("a GSS code as ONS, the Home Office and the Welsh Government publish it: a capital letter and eight "
                "digits, such as E06000023, W06000015 or E23000006; an NHS organisation's ODS code, such as Y62, QYG "
                "or 01X; or an empty cell")
FIPS_EXPECTED = ("a US FIPS code as the Census Bureau publishes it: 2 digits for a state, such as 29 for Missouri, or "
                 "5 for a county, its state's 2 and 3 more, such as 29095 for Jackson County, Missouri; a GSS code, "
                 "a capital letter and eight digits, such as E06000023; or an empty cell")


@pytest.mark.parametrize(("code", "expected"), [("E0600052", GSS_EXPECTED), ("290950", FIPS_EXPECTED),
                                                ("29-09", FIPS_EXPECTED)])
def test_an_area_code_that_is_neither_a_gss_nor_a_fips_code_is_refused(tmp_path: Path, code: str,
                                                                        expected: str) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(f"area,code\nBristol,E06000023\nCornwall,{code}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["preview", str(campaign), "--area", "Bristol"])
    assert (result.exit_code, result.stderr) == (
        1, f'error: areas.csv:3: code: "{code}" is not an area code (expected {expected})\n')


AREAS = """\
area,parent,in_text,areas_listed{code}
South West,,the south west,some{south_west}
Bristol,South West,Bristol,{bristol}
Cornwall,South West,Cornwall,{cornwall}
Wales,,Wales,some{wales}
Vale of Glamorgan,Wales,the Vale of Glamorgan,{vale}
Cardiff,Wales,Cardiff,{cardiff}
Rhondda Cynon Taf,Wales,Rhondda Cynon Taf,{rct}
"""
NO_CODES = AREAS.format(code="", south_west="", bristol="", cornwall="", wales="", vale="", cardiff="", rct="")
CODES = AREAS.format(code=",code", south_west=",E12000009", bristol=",E06000023", cornwall=",E06000052",
                     wales=",W92000004", vale=",W06000014", cardiff=",W06000015", rct=",W06000016")
# As the Home Office and the Welsh Government publish it, saved from Excel: a title, a source and a note above
# the header; the publisher's codes and official names; England and Wales, England and a region among the areas;
# notes under the table.
DOWNLOAD = """\
"Table 1: Fires attended by fire and rescue services, by local authority, England and Wales",,,
Source: Home Office and Welsh Government fire statistics,,,
This worksheet contains one table. Some cells refer to notes which can be found in the notes worksheet.,,,
Area code,Area name,2022-23,2023-24 [note 1]
K04000001,England and Wales,"150,210","148,900"
E92000001,England,"141,090","139,500"
E12000009,South West,"12,400","12,010"
E06000023,"Bristol, City of (UA)","1,870","1,790"
E06000052,Cornwall,"1,210","1,250"
W92000004,Wales,"9,120","9,400"
W06000014,The Vale of Glamorgan,410,395
W06000015,Cardiff (UA),"1,302","1,410"
W06000016,Rhondda Cynon Taf,"1,102","1,088"
,,,
Notes,,,
[note 1] Figures for 2023-24 are provisional.,,,
"""
FIGURES = """
figures:
  last_year:
    file: fires-by-local-authority.csv
    area: {column}
    value: 2022-23
  this_year:
    file: fires-by-local-authority.csv
    area: {column}
    value: 2023-24 [note 1]
"""


def download(tmp_path: Path, areas: str, column: str) -> Path:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(areas, encoding="utf-8")
    (campaign / "fires-by-local-authority.csv").write_text(DOWNLOAD, encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\n" + FIGURES.format(column=column))
    financial_years(campaign)
    return campaign


def test_a_download_drafts_as_downloaded_by_its_official_names(tmp_path: Path) -> None:
    campaign = download(tmp_path, NO_CODES, "Area name")
    result = api.draft(campaign, tmp_path / "out", formats=["md"])
    assert [w.message for w in result.warnings] == [
        "2 rows of the figures were left out, naming no area in areas.csv: 'England and Wales' "
        "(fires-by-local-authority.csv row 5), 'England' (fires-by-local-authority.csv row 6)",
        "2 notes among the figures were left out, as text, not figures: 'Notes' (fires-by-local-authority.csv "
        "row 15), '[note 1] Figures for 2023-24 are provisional.' (fires-by-local-authority.csv row 16)"]
    bristol = (tmp_path / "out" / "bristol.md").read_text(encoding="utf-8")
    assert "from 1,870 parcels between April 2022 and March 2023 to 1,790 parcels" in bristol
    vale = (tmp_path / "out" / "vale-of-glamorgan.md").read_text(encoding="utf-8")
    assert "from 410 parcels" in vale and "to 395 parcels" in vale
    region = (tmp_path / "out" / "south-west.md").read_text(encoding="utf-8")
    assert "from 12,400 parcels between April 2022 and March 2023 to 12,010 parcels" in region  # as published
    assert "- Bristol: from 1,870 to 1,790, a fall of 4.3 per cent\n" in region


def test_figures_follow_the_codes_whatever_the_names_say(tmp_path: Path) -> None:
    campaign = download(tmp_path, CODES.replace("Cardiff,Wales,Cardiff", "Caerdydd,Wales,Caerdydd"), "Area name")
    edit(campaign / "fires-by-local-authority.csv", "W06000016,Rhondda Cynon Taf", "W06000016,Rhondda Cynon Taff")
    edit(campaign / "areas.csv", ",some,E12000009", ",some,")  # an area without a code is found by its name
    loaded = load_campaign(campaign)  # the file's names are decoration: Caerdydd and Taff are found by code
    assert loaded.figures[("South West", "parcels", "this_year")].amount == 12010
    assert loaded.figures[("Caerdydd", "parcels", "this_year")].amount == 1410
    assert loaded.figures[("Rhondda Cynon Taf", "parcels", "last_year")].sources[0] == \
        SourceRef("fires-by-local-authority.csv", row=13, column="2022-23")
    assert [w.message for w in loaded.notices if w.code == "rows_ignored"] == [
        "2 rows of the figures were left out, naming no area in areas.csv: 'England and Wales (K04000001)' "
        "(fires-by-local-authority.csv row 5), 'England (E92000001)' (fires-by-local-authority.csv row 6)"]
    assert not [w for w in loaded.notices if w.code == "code_name_differs"]


def test_a_total_without_a_code_is_found_by_its_name_in_a_column_headed_as_the_publisher_heads_it(
        tmp_path: Path) -> None:
    """With `area:` naming the codes, the names were looked for only under a heading such as "Area name", so a
    region's total with no code beside "Local authority" was left out as '(empty)'."""
    campaign = download(tmp_path, CODES.replace(",some,E12000009", ",some,"), "Area code")
    edit(campaign / "fires-by-local-authority.csv", "Area code,Area name", "Area code,Local authority")
    edit(campaign / "fires-by-local-authority.csv", "E12000009,South West", ",South West")
    loaded = load_campaign(campaign)
    assert loaded.figures[("South West", "parcels", "this_year")].amount == 12010


def test_a_code_beside_another_areas_name_is_warned_about(tmp_path: Path) -> None:
    swapped = CODES.replace(",W06000015", ",W06000X").replace(",W06000016", ",W06000015").replace(
        ",W06000X", ",W06000016")  # Cardiff and Rhondda Cynon Taf have each other's codes in areas.csv
    loaded = load_campaign(download(tmp_path, swapped, "Area code"))
    assert loaded.figures[("Cardiff", "parcels", "this_year")].amount == 1088
    assert [w.message for w in loaded.notices if w.code == "code_name_differs"] == [
        "fires-by-local-authority.csv names another area of areas.csv than the code beside it (row 12: W06000015 "
        "is Rhondda Cynon Taf's code in areas.csv, but the file names it 'Cardiff (UA)'; row 13: W06000016 is "
        "Cardiff's code in areas.csv, but the file names it 'Rhondda Cynon Taf'); figures follow the codes: check "
        "the codes in areas.csv"]


def test_figures_csv_may_keep_its_codes_beside_the_names(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(CODES, encoding="utf-8")
    (campaign / "figures.csv").write_text(
        "area,code,measure,last_year,this_year\nThe Vale of Glamorgan,W06000014,parcels,1,2\n"
        "Cardiff,W06000015,parcels,3,4\nRCT,W06000016,parcels,5,6\nBristol,E06000023,parcels,7,8\n"
        "Cornwall,E06000052,parcels,9,10\nSouth West,E12000009,parcels,20,22\nWales,W92000004,parcels,12,14\n"
        "Newport,W06000022,parcels,1,1\n", encoding="utf-8")
    loaded = load_campaign(campaign)
    assert loaded.figures[("Rhondda Cynon Taf", "parcels", "this_year")].amount == 6
    assert [w.message for w in loaded.notices if w.code == "rows_ignored"] == [
        "1 row of the figures was left out, naming no area in areas.csv: 'Newport (W06000022)' (figures.csv "
        "row 9)"]
    (campaign / "figures.csv").write_text(  # or name its areas by code alone
        "area,measure,last_year,this_year\nW06000014,parcels,1,2\nW06000015,parcels,3,4\nW06000016,parcels,5,6\n"
        "E06000023,parcels,7,8\nE06000052,parcels,9,10\nE12000009,parcels,20,22\nW92000004,parcels,12,14\n",
        encoding="utf-8")
    assert load_campaign(campaign).figures[("Vale of Glamorgan", "parcels", "this_year")].amount == 2
    (campaign / "areas.csv").write_text(NO_CODES, encoding="utf-8")
    edit(campaign / "figures.csv", "area,measure,", "area,code,measure,")
    with pytest.raises(InputError) as caught:
        load_campaign(campaign)
    assert str(caught.value) == (
        'figures.csv:1: header: "code" is not a period id (expected a period id from campaign.yaml: last_year, '
        "this_year; in this form every column but area and measure holds one period's figures: delete a column "
        "that does not; a column of area codes is read when areas.csv has a code column with them)")


def test_media_csv_and_campaign_yaml_read_area_names_the_same_way(tmp_path: Path) -> None:
    campaign = download(tmp_path, NO_CODES, "Area name")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: [\"Bristol, City of\", The Vale of Glamorgan]\n")
    assert load_campaign(campaign).draft_areas == ("Bristol", "Vale of Glamorgan")
    (campaign / "media.csv").write_text("outlet,email,areas\nBristol Post,news@example.org,\"Bristol, City of\"\n"
                                        "Barry News,desk@example.org,The Vale of Glamorgan; RHONDDA CYNON TAF\n",
                                        encoding="utf-8")
    contacts = load_media(campaign / "media.csv", "media.csv", load_areas(campaign / "areas.csv", "areas.csv")[0])
    assert [c.covers for c in contacts] == [("Bristol",), ("Vale of Glamorgan", "Rhondda Cynon Taf")]
    (campaign / "quotes.yaml").write_text((campaign / "quotes.yaml").read_text(encoding="utf-8").replace(
        "areas: [Wales]", "areas: [\"Bristol, City of\", Wales]", 1), encoding="utf-8")
    assert ("Bristol", "Wales") in [q.areas for q in load_campaign(campaign).quotes]


def test_the_codes_are_found_below_hundreds_of_other_areas(tmp_path: Path) -> None:
    campaign = download(tmp_path, CODES.replace("Cardiff,Wales,Cardiff", "Caerdydd,Wales,Caerdydd"), "Area name")
    england = "".join(f"E06{n:06d},Council {n},1,1\n" for n in range(100, 500))  # every English council first
    edit(campaign / "fires-by-local-authority.csv", "E92000001,", england + "E92000001,")
    assert load_campaign(campaign).figures[("Caerdydd", "parcels", "this_year")].amount == 1410


def test_a_quotes_scope_reads_a_publishers_name_with_only_and_a_slip_in_one_is_told_the_area(tmp_path: Path) -> None:
    """quotes.yaml's scopes ("X only", did-you-mean) go through the same matcher as every other area cell."""
    quotes = tmp_path / "quotes.yaml"
    body = ("speakers:\n  ann:\n    name: Ann\nquotes:\n  - id: q\n    speaker: ann\n    areas: [{areas}]\n"
            "    text: Words.\n")
    known = names("Bristol", "Vale of Glamorgan", "Wales")
    quotes.write_text(body.format(areas='"Bristol, City of only", The Vale of Glamorgan'), encoding="utf-8")
    quote = load_quotes(quotes, "quotes.yaml", known)[1][0]
    assert (quote.areas, quote.only) == (("Vale of Glamorgan",), ("Bristol",))
    quotes.write_text(body.format(areas='"Brist0l, City of only"'), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_quotes(quotes, "quotes.yaml", known)
    assert str(caught.value).endswith("did you mean 'Bristol only'?)")
    quotes.write_text(body.format(areas="The Vale of Glamorgan and every area in it"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_quotes(quotes, "quotes.yaml", known)
    assert str(caught.value).endswith("(expected Vale of Glamorgan for it and every area in it, or Vale of "
                                      "Glamorgan only for its own release only)")


def test_facts_prints_a_publishers_note_in_a_heading_as_written(tmp_path: Path) -> None:
    """Rich read "[note 1]" in a column's heading as markup and printed nothing for it."""
    result = CliRunner().invoke(app, ["facts", str(download(tmp_path, CODES, "Area code")), "--area", "Cardiff"])
    assert result.exit_code == 0, result.stderr
    assert "[note 1]" in " ".join(result.stdout.split())


def test_areas_csv_copied_from_ons_reads_right_mid_sentence(tmp_path: Path) -> None:
    """An areas.csv pasted from the ONS list, with no in_text column: "in Bristol", "in the North East",
    "in Yorkshire and the Humber", never "in Bristol, City of" or "in North East"; an in_text given wins."""
    path = tmp_path / "areas.csv"
    path.write_text('area,parent,in_text\nNorth East,,\nYorkshire and The Humber,,\nLondon,,\n'
                    'South West,,the south west\n'
                    '"Bristol, City of",South West,\n"Herefordshire, County of",,\n"London, City of",London,\n'
                    '"Bournemouth, Christchurch and Poole",South West,\nIsle of Wight,,\n', encoding="utf-8")
    assert [a.in_text for a in load_areas(path, "areas.csv")[0]] == [
        "the North East", "Yorkshire and the Humber", "London", "the south west", "Bristol", "Herefordshire",
        "the City of London", "Bournemouth, Christchurch and Poole", "the Isle of Wight"]


def test_an_unknown_area_among_hundreds_says_how_many_areas_it_did_not_list(tmp_path: Path) -> None:
    """A national areas.csv: the error lists twelve areas and the number left, and what to do with an area merged
    into another (Allerdale into Cumberland)."""
    campaign = campaign_with(tmp_path)
    places = [f"Place {n}" for n in range(1, 31)]
    (campaign / "areas.csv").write_text("area,parent\nWales,\n" + "".join(f"{p},Wales\n" for p in places),
                                        encoding="utf-8")
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nAllerdale,parcels,1,2\n"
                                          + "".join(f"{p},parcels,1,2\n" for p in places), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_campaign(campaign)
    assert str(raised.value).endswith("Place 10, Place 11 and 19 more; delete the row of an area the campaign does "
                                      "not cover, or of one since merged into an area it does; if it is one of them "
                                      "written another way, add this name to an other_names column of areas.csv, on "
                                      "its row)")


def _welsh(*areas: tuple[str, str]) -> AreaNames:
    return AreaNames.of(tuple(Area(name, name.lower(), None, name, (("name_cy", cy),), SourceRef("areas.csv", row=row))
                              for row, (name, cy) in enumerate(areas, start=2)))


def test_a_table_published_in_welsh_names_each_area_by_its_name_cy_in_any_form_an_english_name_is_read() -> None:
    known = _welsh(("Wales", "Cymru"), ("Cardiff", "Caerdydd"), ("Swansea", "Abertawe"),
                   ("Vale of Glamorgan", "Bro Morgannwg"), ("Powys", "Powys"), ("Isle of Anglesey", "Ynys Môn"))
    published = {"Caerdydd": "Cardiff", "ABERTAWE": "Swansea", "Bro  Morgannwg": "Vale of Glamorgan",
                 "Cymru": "Wales", "Powys": "Powys", "Ynys Mon": "Isle of Anglesey", "Cardiff": "Cardiff",
                 "Caerdydd [note 2]": "Cardiff"}
    assert {written: known.find(written) for written in published} == published
    assert known.near("Caerdyd") == "Cardiff"  # a slip of the Welsh name is asked about too


def test_a_name_that_is_one_areas_name_and_anothers_welsh_name_is_refused_naming_both() -> None:
    known = _welsh(("Newport", "Casnewydd"), ("Casnewydd", ""))
    with pytest.raises(InputError) as caught:
        known.find("CASNEWYDD", SourceRef("t.csv", row=4))
    assert str(caught.value) == (
        "t.csv:4: area: \"CASNEWYDD\" could name 'Newport' (areas.csv row 2, its name_cy 'Casnewydd') and "
        "'Casnewydd' (areas.csv row 3) (expected a name only one area answers to: name the area as areas.csv "
        "does, or give areas.csv a code column with the codes the file uses)")
    with pytest.raises(InputError, match="could name 'Newport'"):
        known.find("Casnewydd")  # as areas.csv writes one, and as the other's name_cy: still both


def test_two_places_whose_names_differ_only_by_a_hyphen_are_told_apart_by_their_codes(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(
        "area,parent,code\nWales,,W92000004\nAber-Teifi,Wales,W06000008\nAber Teifi,Wales,W06000023\n",
        encoding="utf-8")
    (campaign / "figures.csv").write_text(
        "code,area,measure,last_year,this_year\nW06000008,Aberteifi,parcels,10,20\nW06000023,Aberteifi,parcels,30,"
        "40\n", encoding="utf-8")
    loaded = load_campaign(campaign)
    assert [(a.name, a.slug) for a in loaded.areas] == [
        ("Wales", "wales"), ("Aber-Teifi", "aber-teifi"), ("Aber Teifi", "aber-teifi-2")]
    assert (loaded.figures[("Aber-Teifi", "parcels", "this_year")].amount,
            loaded.figures[("Aber Teifi", "parcels", "this_year")].amount) == (20, 40)
    (campaign / "areas.csv").write_text("area,parent\nWales,\nAber-Teifi,Wales\nAber Teifi,Wales\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:  # without codes, "Aber Teifi" in a file could be a slip for either
        load_campaign(campaign)
    assert str(refused.value) == (
        'areas.csv:4: area: "Aber Teifi" differs from \'Aber-Teifi\' (row 3) only in punctuation (expected each area '
        "once: if the two rows are one place written two ways, delete this row; if they are two places, give each its "
        "code in a code column, as published beside its figures, or tell them apart in the area column, such as Aber "
        "Teifi (Wales), with the name releases print in in_text)")


NORTHERN_IRELAND = """\
area,parent,code
Northern Ireland,,N92000002
Belfast,Northern Ireland,N09000003
"Newry, Mourne and Down",Northern Ireland,N09000010
"Armagh City, Banbridge and Craigavon",Northern Ireland,N09000002
"""
NI_QUOTES = """\
speakers:
  ciara: {name: Ciara Doyle, title: Chief Executive, organisation: The Cwtch Food Network}
quotes:
  - id: ciara-newry
    role: spokesperson
    speaker: ciara
    areas: [Newry, Mourne and Down]
    status: draft
    text: Nobody should face debt alone.
"""


@pytest.mark.parametrize(("file", "old", "new", "message"), [
    ("campaign.yaml", "\nareas: all\n", "\nareas: [Belfast, Newry, Mourne and Down]\n",
     'campaign.yaml:50: areas[1]: "Newry" is not an area in areas.csv (expected an area\'s name from areas.csv; '
     'a name with a comma in it goes in quotes, or YAML reads it as two: ["Newry, Mourne and Down"])'),
    ("campaign.yaml", "\nareas: all\n", "\nareas: [Armagh City, Banbridge and Craigavon]\n",
     'campaign.yaml:50: areas[0]: "Armagh City" is not an area in areas.csv (expected an area\'s name from areas.csv; '
     'a name with a comma in it goes in quotes, or YAML reads it as two: ["Armagh City, Banbridge and '
     'Craigavon"])'),
    ("quotes.yaml", "", "",
     'quotes.yaml:7: quotes[0].areas[0]: "Newry" is not an area in areas.csv (expected an area\'s name from '
     'areas.csv; a name with a comma in it goes in quotes, or YAML reads it as two: ["Newry, Mourne and Down"])'),
])
def test_a_name_with_a_comma_split_by_yaml_is_refused_with_the_quotes_to_write(
        tmp_path: Path, file: str, old: str, new: str, message: str) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text(NORTHERN_IRELAND, encoding="utf-8")
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nBelfast,parcels,1,2\n\"Newry, Mourne "
                                          "and Down\",parcels,3,4\n\"Armagh City, Banbridge and Craigavon\",parcels,"
                                          "5,6\n", encoding="utf-8")
    (campaign / "quotes.yaml").write_text(NI_QUOTES if file == "quotes.yaml" else "", encoding="utf-8")
    if old:
        edit(campaign / file, old, new)
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == message


def test_a_publishers_own_name_for_an_area_is_read_once_areas_csv_gives_it_in_other_names(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text("area,parent,in_text,code\nScotland,,Scotland,S92000003\nNa h-Eileanan Siar,"
                                        "Scotland,the Western Isles,S12000013\n", encoding="utf-8")
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nEilean Siar,parcels,0,3\n",
                                          encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == (
        'figures.csv:2: area: "Eilean Siar" is not a known area (expected an area named in areas.csv: Scotland, Na '
        "h-Eileanan Siar; delete the row of an area the campaign does not cover, or of one since merged into an area "
        "it does; if it is one of them written another way, add this name to an other_names column of areas.csv, on "
        "its row)")
    (campaign / "areas.csv").write_text("area,parent,in_text,code,other_names\nScotland,,Scotland,S92000003,\nNa "
                                        "h-Eileanan Siar,Scotland,the Western Isles,S12000013,Eilean Siar; Comhairle "
                                        "nan Eilean Siar\n", encoding="utf-8")
    assert load_campaign(campaign).figures[("Na h-Eileanan Siar", "parcels", "this_year")].amount == 3
    assert api.preview(campaign, "COMHAIRLE NAN EILEAN SIAR")[0].splitlines()[2] == (
        "# Emergency food parcels given out in the Western Isles rise from none to three")


def test_a_row_left_out_from_a_file_as_published_is_named_with_the_other_name_to_add(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text("area,parent,in_text,code\nScotland,,Scotland,S92000003\nNa h-Eileanan Siar,"
                                        "Scotland,the Western Isles,S12000013\n", encoding="utf-8")
    (campaign / "fires.csv").write_text("Table 3: Fires by council area,,\nCouncil area,2022-23,2023-24\nScotland,"
                                        "20,23\nEilean Siar,0,3\nAction Fraud,1,1\n", encoding="utf-8")
    edit(campaign / "campaign.yaml", "\nareas: all\n", "\nareas: all\n" + FIGURES.replace(
        "fires-by-local-authority.csv", "fires.csv").replace(" [note 1]", "").format(column="Council area"))
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == (
        "fires.csv: no figure for area 'Na h-Eileanan Siar', measure 'parcels', period 'last_year' (April to September "
        "2023) (expected one row per area, measure and period; 2 rows were left out where the area cell names no area "
        "in areas.csv, such as 'Eilean Siar' (fires.csv row 4): if that is Na h-Eileanan Siar, add the name as the "
        "file writes it to an other_names column of areas.csv, on Na h-Eileanan Siar's row: Eilean Siar)")


def test_a_police_force_with_no_population_is_told_to_make_the_population_required_false(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path, "per-head")
    (campaign / "areas.csv").write_text("area,parent\nWales,\nGwent,Wales\nBritish Transport Police,\n",
                                        encoding="utf-8")
    (campaign / "figures.csv").write_text("area,measure,october\nGwent,points,10\nGwent,population,\"600,000\"\n"
                                          "British Transport Police,points,7\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_campaign(campaign)
    assert str(refused.value) == (
        "figures.csv: no figure for area 'British Transport Police', measure 'population', period 'october' (October "
        "2024) (expected one row per area, measure and period; the figures give British Transport Police's points but "
        "no population: where none is published for it, write required: false under measures: population in "
        "campaign.yaml, and its releases go without it)")
    edit(campaign / "campaign.yaml", "    unit: people\n", "    unit: people\n    required: false\n")
    assert "# British Transport Police has seven public charging points\n" in api.preview(
        campaign, "British Transport Police")[0]


def test_a_media_list_cell_of_names_with_commas_between_them_and_in_them_names_each_area(tmp_path: Path) -> None:
    (tmp_path / "areas.csv").write_text(NORTHERN_IRELAND, encoding="utf-8")
    (tmp_path / "media.csv").write_text(
        'outlet,email,areas\nBelfast Live,news@example.org,"Belfast, Newry, Mourne and Down"\nArmagh I,desk@example.'
        'org,"Armagh City, Banbridge and Craigavon, Newry, Mourne and Down"\nNewry Reporter,n@example.org,"Newry, '
        'Mourne and Down"\n', encoding="utf-8")
    contacts = load_media(tmp_path / "media.csv", "media.csv", load_areas(tmp_path / "areas.csv", "areas.csv")[0])
    assert [c.covers for c in contacts] == [("Belfast", "Newry, Mourne and Down"),
                                            ("Newry, Mourne and Down", "Armagh City, Banbridge and Craigavon"),
                                            ("Newry, Mourne and Down",)]


def test_areas_named_in_greek_are_drafted_to_files_named_in_greek_and_checked_back(tmp_path: Path) -> None:
    campaign = campaign_with(tmp_path)
    (campaign / "areas.csv").write_text("area,parent\nΕλλάδα,\nΑθήνα,Ελλάδα\nΠάτρα,Ελλάδα\n", encoding="utf-8")
    (campaign / "figures.csv").write_text("area,measure,last_year,this_year\nΑθήνα,parcels,10,20\nΠάτρα,parcels,3,3\n",
                                          encoding="utf-8")
    result = api.draft(campaign, tmp_path / "out", formats=["md"])
    assert [release.slug for release in result.releases] == ["ελλάδα", "αθήνα", "πάτρα"]  # once: area, area-2, …
    renamed = tmp_path / "out" / "Αθήνα FINAL.md"  # as a colleague saves it, the name in capitals
    renamed.write_bytes((tmp_path / "out" / "αθήνα.md").read_bytes())
    checked = api.check(campaign, [renamed])
    assert (len(checked.checked), checked.skipped, checked.findings) == (1, (), ())
