"""Media lists as press offices export them from a media database (Cision, Vuelio, Roxhill, Muck Rack, Meltwater):
who is sent which release is worked out from where each contact is (City, County, Region, Location), an opted-out
contact is sent nothing, and a list that says nowhere is refused, saying what to add."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.media import load_media
from drafter.load.media_areas import LeftOut
from drafter.model import Area, SourceRef, Warning

# Cision: UTF-8 with a byte order mark, every cell quoted, a personal address and the newsdesk's, "Cheshire East" and
# a combined authority in County, a Kent desk in a national list.
CISION = ('"First Name","Last Name","Job Title","Outlet","Outlet Type","Email","Phone","City","County","Country",'
          '"Subjects"\r\n'
          '"Sam","Carter","News Editor","Cheshire Echo","Newspaper","sam.carter@cheshire-echo.example.org",'
          '"01244 000000","Chester","Cheshire","United Kingdom","Crime; Courts; Health"\r\n'
          '"","","Newsdesk","Cheshire Echo","Newspaper","newsdesk@cheshire-echo.example.org","","Chester","Cheshire",'
          '"United Kingdom","News"\r\n'
          '"Priya","Shah","Reporter","Crewe Chronicle Example","Newspaper","priya@crewe.example.org","","Crewe",'
          '"Cheshire East","United Kingdom",""\r\n'
          '"Tom","Jones","Reporter","Manchester Evening Example","Newspaper","tom@men.example.org","","Manchester",'
          '"Greater Manchester Combined Authority","United Kingdom",""\r\n'
          '"","","Newsdesk","Kent Messenger Example","Newspaper","news@km.example.org","","Maidstone","Kent",'
          '"United Kingdom",""\r\n')
# Vuelio, saved by Excel as "Unicode Text": UTF-16, tabs; Surname; the outlet's own address on its newsdesk row; a
# Region beside Town and County; Do Not Contact.
VUELIO = ("Salutation\tFirst Name\tSurname\tJob Title\tMedia Outlet\tMedia Type\tEmail\tOutlet Email\tTelephone\tTown\t"
          "County\tRegion\tCountry\tSubject Areas\tDo Not Contact\r\n"
          "Ms\tJo\tLee\tHealth Correspondent\tLancashire Example Post\tRegional Newspaper\tjo.lee@lep.example.org\t"
          "newsdesk@lep.example.org\t\tPreston\tLancashire\tNorth West\tEngland\tHealth;Crime\tNo\r\n"
          "\t\t\tNewsdesk\tLancashire Example Post\tRegional Newspaper\t\tnewsdesk@lep.example.org\t\tPreston\t"
          "Lancashire\tNorth West\tEngland\tNews\tNo\r\n"
          "Mr\tAmir\tKhan\tPlanning Editor\tNorth West Tonight Example\tRegional TV\tplanning@nwt.example.com\t\t\t"
          "Salford\t\tNorth West\tEngland\tNews\t\r\n"
          "Mrs\tAnn\tBell\tReporter\tWestmorland Example Gazette\tWeekly Newspaper\tann@wg.example.org\t\t\tKendal\t"
          "Cumbria\tNorth West\tEngland\tFarming\tYes\r\n")
# Muck Rack: one Location cell, several outlets and two addresses in a cell, Do Not Contact as TRUE.
MUCK_RACK = ("Full Name,First Name,Last Name,Email,Title,Outlets,Location,Beats,Twitter,Do Not Contact\n"
             'Liz Ward,Liz,Ward,"liz.ward@echo.example.org; liz@freelance.example.com",Crime Reporter,'
             '"Liverpool Example Echo; Example Post","Liverpool, Merseyside, United Kingdom",Crime,@lizward,\n'
             'Dan Roe,Dan,Roe,dan@cumbria.example.org,Editor,Cumbria Example Live,"Carlisle, United Kingdom",News,,\n'
             'Mo Ali,Mo,Ali,mo@nw.example.org,Reporter,North West Example News,"North West, England",News,,TRUE\n'
             'Kat Pike,Kat,Pike,kat@cumbria.example.org,Reporter,Cumbria Example Times,"Carlisle, Cumbria",News,,\n'
             'Mo Ali,Mo,Ali,mo@nw.example.org,Reporter,North West Example News,"Manchester, Greater Manchester",,,\n')
# Meltwater: UTF-16 and tabs; City and State; one newsdesk address on two rows.
MELTWATER = ("First Name\tLast Name\tEmail\tJob Title\tOutlet\tOutlet Type\tCity\tState\tCountry\tTopics\tPhone\r\n"
             "Kat\tPike\tkat@cumbria.example.org\tReporter\tCumbria Example Times\tNewspaper\tCarlisle\tCumbria\t"
             "United Kingdom\tNews\t\r\n"
             "\t\tnews@cumbria.example.org\tNewsdesk\tCumbria Example Times\tNewspaper\tCarlisle\tCumbria\t"
             "United Kingdom\tNews\t\r\n"
             "Raj\tPatel\tnews@cumbria.example.org\tNight Editor\tCumbria Example Times\tNewspaper\tCarlisle\tCumbria\t"
             "United Kingdom\tNews\t\r\n")
# Roxhill: no column says where anyone is.
ROXHILL = ('"First name","Last name","Job title","Publication","Email","Twitter","Phone","Topics"\r\n'
           '"Liz","Ward","Crime Reporter","Liverpool Example Echo","liz.ward@echo.example.org","@lizward","",'
           '"Crime;Courts"\r\n')

ADD_AREAS = ("media.csv says where each newsdesk is ({}), not which areas it covers: to send a newsdesk a release of "
             "another area, add a column areas to media.csv and write the areas they cover in it, on their rows (a "
             "row's {} read only where its areas cell is empty)")


def read(example: Path, text: str, encoding: str) -> tuple[list[tuple[str, tuple[str, ...], str]], list[str],
                                                            list[LeftOut]]:
    (example / "media.csv").write_bytes(text.encode(encoding))
    notices: list[Warning] = []
    left: list[LeftOut] = []
    contacts = load_media(example / "media.csv", "media.csv", load_campaign(example).areas, notices, left)
    return [(c.email, c.covers, c.why) for c in contacts], [n.message for n in notices], left


@pytest.mark.parametrize(("text", "encoding", "contacts", "notices"), [
    (CISION, "utf-8-sig", [
        ("sam.carter@cheshire-echo.example.org", ("Cheshire",), "its County is Cheshire"),
        ("newsdesk@cheshire-echo.example.org", ("Cheshire",), "its County is Cheshire"),
        ("tom@men.example.org", ("Greater Manchester",), "its County is Greater Manchester Combined Authority")], [
        "media.csv: 2 contacts are for places this campaign does not cover, so they are sent nothing: Crewe, Cheshire "
        "East, Maidstone and Kent; Cheshire East is named like Cheshire, which this campaign covers: if the "
        "newsdesks for Cheshire East should have the Cheshire release, add Cheshire to their areas; "
        + ADD_AREAS.format("City, County and Country", "City, County and Country are")]),
    (VUELIO, "utf-16", [
        ("jo.lee@lep.example.org", ("Lancashire",), "its County is Lancashire"),
        ("newsdesk@lep.example.org", ("Lancashire",), "its County is Lancashire"),
        ("planning@nwt.example.com", ("North West",), "its Region is North West")], [
        "media.csv, row 5: Do Not Contact is marked, so Ann Bell is sent nothing, not even where the address is on "
        "another row"]),
    (MUCK_RACK, "utf-8", [
        ("liz.ward@echo.example.org", ("Merseyside",), "its Location is Liverpool, Merseyside, United Kingdom"),
        ("liz@freelance.example.com", ("Merseyside",), "its Location is Liverpool, Merseyside, United Kingdom"),
        ("kat@cumbria.example.org", ("Cumbria",), "its Location is Carlisle, Cumbria")], [
        "media.csv: 1 contact is for a place this campaign does not cover, so it is sent nothing: Carlisle; "
        + ADD_AREAS.format("Location", "Location is"),
        "media.csv, row 4: Do Not Contact is marked, so Mo Ali is sent nothing, not even where the address is on "
        "another row"]),
    (MELTWATER, "utf-16", [
        ("kat@cumbria.example.org", ("Cumbria",), "its State is Cumbria"),
        ("news@cumbria.example.org", ("Cumbria",), "its State is Cumbria")], [
        "media.csv: news@cumbria.example.org (rows 3 and 4) listed twice: each is sent each release once, for the "
        "areas of both rows"]),
], ids=["cision", "vuelio", "muck rack", "meltwater"])
def test_a_media_databases_export_is_sent_by_where_each_contact_is(example: Path, text: str, encoding: str,
                                                                   contacts: list[object], notices: list[str]) -> None:
    """The narrowest place a row names that is an area of areas.csv is its area, that area alone (a newsdesk in the
    North West is not sent each county's release); United Kingdom is never every area; a place that is no area of
    areas.csv leaves the contact out; an opted-out address is sent nothing on any of its rows."""
    assert read(example, text, encoding)[:2] == (contacts, notices)


def test_an_opted_out_contact_is_named_in_the_dry_runs_not_sent_lines(example: Path) -> None:
    left = read(example, VUELIO, "utf-16")[2]
    assert left == [LeftOut(5, "Westmorland Example Gazette", "Ann Bell", ("ann@wg.example.org",),
                            reason="Do Not Contact is marked on row 5")]


def test_a_list_that_says_nowhere_is_refused_and_an_areas_column_puts_it_right(example: Path) -> None:
    with pytest.raises(InputError) as caught:
        read(example, ROXHILL, "utf-8-sig")
    assert caught.value.line() == (
        'media.csv:1: header: "areas" is missing from the header (expected a column areas (or area, region, regions, '
        "or Outlook's Categories, Google's Labels, Mailchimp's TAGS, or a media database's County or City); the "
        "header row has First name, Last name, Job title, Publication, Email, Twitter, Phone, Topics)")
    with_areas = ROXHILL.replace('"Topics"', '"Topics","areas"').replace('Courts"\r\n', 'Courts","Merseyside"\r\n')
    assert read(example, with_areas, "utf-8-sig")[0] == [("liz.ward@echo.example.org", ("Merseyside",), "")]
    # an areas column beside County: a row's own areas win, an empty one gives way to its County
    cision = CISION.replace('"Subjects"', '"Subjects","areas"').replace('"Crime; Courts; Health"',
                                                                        '"Crime; Courts; Health","North West"')
    assert read(example, cision.replace('"News"\r\n', '"News",""\r\n'), "utf-8-sig")[0][:2] == [
        ("sam.carter@cheshire-echo.example.org", ("North West", "Cheshire", "Cumbria", "Greater Manchester",
                                                  "Lancashire", "Merseyside"), ""),
        ("newsdesk@cheshire-echo.example.org", ("Cheshire",), "its County is Cheshire")]


def test_a_slip_in_a_county_is_refused_naming_row_column_and_value(example: Path) -> None:
    with pytest.raises(InputError) as caught:
        read(example, CISION.replace('"Chester","Cheshire"', '"Chester","Chesire"', 1), "utf-8-sig")
    assert caught.value.line() == (
        'media.csv:2: County: "Chesire" is not an area in areas.csv but looks like a slip for Cheshire, an area of '
        "this campaign (expected the area's name as areas.csv spells it: did you mean 'Cheshire'?)")


def test_a_contact_whose_place_cells_are_empty_is_named_as_sent_nothing(example: Path) -> None:
    text = CISION.replace('"Chester","Cheshire","United Kingdom","Crime; Courts; Health"', '"","","","Crime"', 1)
    contacts, notices, _ = read(example, text, "utf-8-sig")
    assert "sam.carter@cheshire-echo.example.org" not in [email for email, _, _ in contacts]
    assert notices[0] == (
        "media.csv, row 2: City, County and Country name no area of areas.csv or are empty, so Sam Carter is sent "
        "nothing; to send them a release, add a column areas to media.csv and write the areas they cover in it, on "
        "their rows (a row's City, County and Country are read only where its areas cell is empty)")


def test_a_welsh_county_written_twice_is_its_area(tmp_path: Path) -> None:
    """Vuelio writes a Welsh county in both languages, "Gwynedd / Gwynedd"; "Ynys Môn / Isle of Anglesey" too."""
    from drafter.load.media_areas import Places
    from drafter.load.media_places import located
    from drafter.load.table import Row

    areas = tuple(Area(name, name.lower(), parent, name, (), SourceRef("areas.csv", row=n))
                  for n, (name, parent) in enumerate([("Wales", None), ("Gwynedd", "Wales"),
                                                      ("Isle of Anglesey", "Wales")], start=2))
    places = Places.of(areas)
    for county, area in (("Gwynedd / Gwynedd", "Gwynedd"), ("Ynys Môn / Isle of Anglesey", "Isle of Anglesey")):
        row = Row(2, {"city": "Bangor", "county": county, "country": "Wales"})
        assert located(row, ("city", "county", "country"), places, "media.csv", {"city": "City", "county": "County",
                                                                                "country": "Country"}) == (
            (area,), (), f"its County is {county}")


def test_a_region_column_alone_is_still_the_areas_a_contact_covers(example: Path) -> None:
    """A list a press office typed, with Region as its areas (and a Country beside it), is read as before: a Region
    is where a contact is only beside a City, Town or County."""
    contacts = read(example, "outlet,email,region,country\nNW Desk,nw@example.org,North West,England\n", "utf-8")[0]
    assert contacts == [("nw@example.org", ("North West", "Cheshire", "Cumbria", "Greater Manchester", "Lancashire",
                                            "Merseyside"), "")]


@pytest.mark.parametrize(("text", "contacts", "notices"), [
    ("First Name,Last Name,E-mail Address,Business City,Business State,Business Country/Region,Categories\n"
     "Sam,Carter,sam@echo.example.org,Chester,Cheshire,United Kingdom,Media\n"
     "Jo,Lee,jo@lep.example.org,Preston,Lancashire,United Kingdom,Cumbria\n"
     "Al,Day,al@km.example.org,Maidstone,Kent,United Kingdom,\n",
     [("sam@echo.example.org", ("Cheshire",), "its Business State is Cheshire"),
      ("jo@lep.example.org", ("Cumbria",), "")],
     ["media.csv: 1 contact is for places this campaign does not cover, so it is sent nothing: Maidstone and Kent; "
      + ADD_AREAS.format("Business City, Business State and Business Country/Region",
                         "Business City, Business State and Business Country/Region are")]),
    ("Name,E-mail 1 - Value,Address 1 - City,Address 1 - Region,Address 1 - Country\n"
     "Liz Ward,liz@echo.example.org,Liverpool,Merseyside,United Kingdom\n",
     [("liz@echo.example.org", ("Merseyside",), "its Address 1 - Region is Merseyside")], []),
    ("Email Address,First Name,Last Name,Address,MEMBER_RATING,OPTIN_TIME\n"
     "kat@cumbria.example.org,Kat,Ng,1 English St  Carlisle  Cumbria  CA3 8JR  GB,2,2024-01-02\n",
     [("kat@cumbria.example.org", ("Cumbria",), "its Address is 1 English St Carlisle Cumbria CA3 8JR GB")], []),
    ("Email Address,Address,MEMBER_RATING,OPTIN_TIME\n"
     "al@km.example.org,1 High St  Maidstone  Kent  ME14 1XX  GB,2,2024-01-02\n"
     "kat@cumbria.example.org,Cumbria,2,2024-01-02\n",
     [("kat@cumbria.example.org", ("Cumbria",), "its Address is Cumbria")],
     ["media.csv: 1 contact is for a place this campaign does not cover, so it is sent nothing: 1 High St "
      "Maidstone Kent ME14 1XX GB; " + ADD_AREAS.format("Address", "Address is")]),
], ids=["outlook", "google", "mailchimp", "mailchimp elsewhere"])
def test_an_address_books_address_is_where_each_contact_is(example: Path, text: str, contacts: list[object],
                                                           notices: list[str]) -> None:
    """Outlook's Business City and State (its Categories still win where they name an area), Google Contacts'
    Address 1 - City and Region, and Mailchimp's one Address cell are read as a media database's City and County."""
    assert read(example, text, "utf-8")[:2] == (contacts, notices)


def test_drafting_warns_of_a_list_read_by_where_each_contact_is_as_send_would(example: Path) -> None:
    """``drafter draft`` and ``preview`` read the list with send's own reader: a slip in a County is warned of (send
    refuses it, naming every row with one), and the contacts left out are said of as send says them."""
    from drafter.load.media_warnings import unknown_areas

    slipped = CISION.replace('"Chester","Cheshire"', '"Chester","Chesire"', 1)
    (example / "media.csv").write_text(slipped, encoding="utf-8")
    assert [w.message for w in unknown_areas(example / "media.csv", "media.csv", load_campaign(example).areas)] == [
        "media.csv, row 2: County: 'Chesire' is not in areas.csv but looks like a slip for Cheshire, an area of this "
        "campaign; correct it (did you mean 'Cheshire'?), as drafter send refuses the list until then",
        "media.csv: 2 contacts are for places this campaign does not cover, so they are sent nothing: Crewe, Cheshire "
        "East, Maidstone and Kent; Cheshire East is named like Cheshire, which this campaign covers: if the "
        "newsdesks for Cheshire East should have the Cheshire release, add Cheshire to their areas; "
        + ADD_AREAS.format("City, County and Country", "City, County and Country are")]
    with pytest.raises(InputError) as caught:
        read(example, slipped.replace('"Maidstone","Kent"', '"Maidstone","Lancashrie"'), "utf-8")
    assert caught.value.line() == (
        'media.csv:2: County: "Chesire" is not an area in areas.csv but looks like a slip for Cheshire, an area of '
        "this campaign (expected the area's name as areas.csv spells it: did you mean 'Cheshire'?; row 6 has a slip "
        "for an area's name too)")


def test_a_bounced_address_beside_a_do_not_contact_column_is_sent_nothing(example: Path) -> None:
    """An outlet's three contacts: one who asked not to be contacted, one whose address bounced, and the newsdesk,
    which alone is sent the release; each column is read, not only the first."""
    text = ("outlet,name,email,areas,Do Not Contact,Email Bounced\n"
            "Echo,Ann,ann@echo.example.org,Cheshire,Yes,\n"
            "Echo,Bob,bob@echo.example.org,Cheshire,,2018-08-30\n"
            "Echo,Desk,desk@echo.example.org,Cheshire,No,No\n")
    contacts, _, left = read(example, text, "utf-8")
    assert contacts == [("desk@echo.example.org", ("Cheshire",), "")]
    assert [(gone.emails, gone.reason) for gone in left] == [
        (("ann@echo.example.org",), "Do Not Contact is marked on row 2"),
        (("bob@echo.example.org",), "Email Bounced is marked on row 3")]
