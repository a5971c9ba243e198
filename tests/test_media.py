"""media.csv, the newsdesks each area's release goes to: read as Excel saves it, and checked in full, one clear
line for each kind of mistake."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.media import load_media, media_name
from drafter.load.media_areas import LeftOut, Places
from drafter.load.media_warnings import unknown_areas
from drafter.model import Area, SourceRef, Warning
from tests.conftest import EXAMPLE


def media_error(example: Path, text: str) -> str:
    (example / "media.csv").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_media(example / "media.csv", "media.csv", load_campaign(example).areas)
    return caught.value.line()


HEADER = "outlet,name,email,areas,language,attach\n"


@pytest.mark.parametrize(("row", "line"), [
    ("Echo,Desk,newsdesk@echo,Cheshire,en,docx",
     'media.csv:2: email: "newsdesk@echo" is not an e-mail address (expected an address such as '
     "newsdesk@example.org)"),
    ("Echo,Desk,news@echo.example.org,Chesire,en,docx",
     'media.csv:2: areas: "Chesire" is not an area in areas.csv but looks like a slip for Cheshire, an area of this '
     "campaign (expected the area's name as areas.csv spells it: did you mean 'Cheshire'?)"),
    ("Echo,Desk,news@echo.example.org,Kent,en,docx",  # a list of contacts only for areas the campaign does not cover
     "media.csv: areas: names none of the campaign's areas on any row (expected an area from areas.csv in each "
     "newsdesk's areas)"),
    ("Echo,Desk,Newsdesk <newsdesk@echo>,Cheshire,en,docx",
     'media.csv:2: email: "Newsdesk <newsdesk@echo>" is not an e-mail address (expected an address such as '
     "newsdesk@example.org)"),
    ('Echo,Desk,"news@echo.example.org; ed@echo",Cheshire,en,docx',
     'media.csv:2: email: "ed@echo" is not an e-mail address (in \'news@echo.example.org; ed@echo\') (expected an '
     "address such as newsdesk@example.org, each address separated by ;)"),
    ("Echo,Desk,/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=ab12,Cheshire,,",
     'media.csv:2: email: "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23…" is an Exchange address, '
     "which only Outlook inside your organisation can use (expected the contact's e-mail address "
     "(name@example.org), as Outlook shows it when you open the contact)"),
    ("Echo,Desk,news@echo.example.org.,Cheshire,en,docx",
     'media.csv:2: email: "news@echo.example.org." is not an e-mail address (expected the address without the '
     "dot at its end: news@echo.example.org)"),
    ("Echo,Desk,news@echo.example.org,Cheshire,fr,docx",
     'media.csv:2: language: "fr" is not a language drafter sends in (expected en (or English), cy (or Welsh), '
     "both, or empty)"),
    ("Echo,Desk,news@echo.example.org,Cheshire,en,rtf",
     'media.csv:2: attach: "rtf" is not a way to send the release (expected docx, pdf or body (the '
     "release in the message only))"),
])
def test_a_bad_contact_is_one_line_naming_file_row_field_and_value(example: Path, row: str, line: str) -> None:
    assert media_error(example, HEADER + row + "\n") == line


def test_a_contact_listed_twice_is_sent_once_for_both_rows_areas_unless_the_rows_disagree(example: Path) -> None:
    text = HEADER + "Echo,Desk,news@echo.example.org,Cheshire,,\nEcho,Ed,NEWS@echo.example.org,Cumbria,,\n"
    (example / "media.csv").write_text(text, encoding="utf-8")
    notices: list[Warning] = []
    (echo,) = load_media(example / "media.csv", "media.csv", load_campaign(example).areas, notices)
    assert (echo.email, echo.covers, echo.source.row) == ("news@echo.example.org", ("Cheshire", "Cumbria"), 2)
    assert notices == [Warning("media", "media.csv: NEWS@echo.example.org (rows 2 and 3) listed twice: each is sent "
                               "each release once, for the areas of both rows")]
    assert media_error(example, text.replace("Cumbria,,", "Cumbria,cy,")) == (
        'media.csv:3: email: "NEWS@echo.example.org" is listed twice (first on row 2), with a different language '
        "(expected each contact once, with all their areas in one cell separated by ;, or the same language on "
        "both rows)")


def test_areas_a_parent_and_all_as_excel_saves_them(example: Path) -> None:
    text = ("\ufeff" + HEADER + "Echo,Desk,a@echo.example.org, Cheshire ; Cumbria ,both,PDF\r\n"
            "NW,,b@nw.example.org,North West,,\r\nAll,,c@all.example.com,all,en,body\r\n")
    (example / "media.csv").write_bytes(text.encode("utf-8"))
    a, b, c = load_media(example / "media.csv", "media.csv", load_campaign(example).areas)
    assert (a.covers, a.languages, a.attach) == (("Cheshire", "Cumbria"), ("en", "cy"), "pdf")
    assert b.covers == ("North West", "Cheshire", "Cumbria", "Greater Manchester", "Lancashire", "Merseyside")
    assert (b.languages, b.attach) == ((), "docx")
    assert c.covers == b.covers and c.attach == "body"


def test_a_welsh_desks_list_names_areas_in_welsh_and_by_their_councils(example: Path) -> None:
    (example / "media.csv").write_text(HEADER + "Golwg,,a@golwg.example.org,Swydd Gaer; Manceinion Fwyaf,cy,\n"
                                       "Post,,b@post.example.org,Cumbria County Council,,\n", encoding="utf-8")
    golwg, post = load_media(example / "media.csv", "media.csv", load_campaign(example).areas)
    assert golwg.covers == ("Cheshire", "Greater Manchester")
    assert post.covers == ("Cumbria",)


def test_the_example_media_list_uses_only_example_domains() -> None:
    example = load_media(EXAMPLE / "media.csv", "media.csv", load_campaign(EXAMPLE).areas)
    assert len(example) == 5
    assert all(c.email.endswith((".example.org", ".example.com")) for c in example)


def test_a_contact_pasted_from_outlook_and_areas_in_any_case_are_read(example: Path) -> None:
    """Outlook copies a contact as "Name <address>"; the name fills an empty name column. An area is the same
    area in capitals, as in figures.csv."""
    text = HEADER + ("Echo,,Cheshire Echo Newsdesk <news@echo.example.org>,CHESHIRE;north west,,\n"
                     "Radio,Sam Carter,Sam <sam@radio.example.org>,ALL,,\n"
                     "Post,,MAILTO:news@post.example.org,Cumbria,,\n")
    (example / "media.csv").write_text(text, encoding="utf-8")
    echo, radio, post = load_media(example / "media.csv", "media.csv", load_campaign(example).areas)
    assert (echo.email, echo.name) == ("news@echo.example.org", "Cheshire Echo Newsdesk")
    assert post.email == "news@post.example.org"  # a link copied from a web page
    assert echo.covers == ("North West", "Cheshire", "Cumbria", "Greater Manchester", "Lancashire", "Merseyside")
    assert (radio.email, radio.name, len(radio.covers)) == ("sam@radio.example.org", "Sam Carter", 6)


def test_a_contact_list_exported_from_outlook_is_read_as_exported(example: Path) -> None:
    """Outlook's headings, its First and Last Name, a phone and notes column left unread, a blank row, trailing
    spaces, a name with a comma, and the language in words."""
    text = ("First Name,Last Name,Company,E-mail Address,Areas,Language,Business Phone,Notes\n"
            '"Carter, Sam",,Radio,sam@radio.example.org ,Cumbria ,Welsh,01234 567890,"calls, not texts"\n'
            ",,,,,,,\n"
            "Priya,Shah,Echo,news@echo.example.org,Cheshire,English and Welsh,,\n")
    (example / "media.csv").write_text(text, encoding="utf-8")
    radio, echo = load_media(example / "media.csv", "media.csv", load_campaign(example).areas)
    assert (radio.outlet, radio.name, radio.email, radio.covers, radio.languages) == (
        "Radio", "Carter, Sam", "sam@radio.example.org", ("Cumbria",), ("cy",))
    assert (echo.name, echo.languages, echo.attach) == ("Priya Shah", ("en", "cy"), "docx")


def test_an_exported_lists_headings_are_named_in_its_errors_and_a_misspelt_column_is_refused(example: Path
                                                                                              ) -> None:
    assert media_error(example, "Company,E-mail Address,Areas\nEcho,news@echo,Cheshire\n") == (
        'media.csv:2: E-mail Address: "news@echo" is not an e-mail address (expected an address such as '
        "newsdesk@example.org)")
    assert media_error(example, "outlet,email,areas,langauge\nEcho,news@echo.example.org,Cheshire,cy\n") == (
        "media.csv:1: header: \"langauge\" is not a media list column (did you mean 'language'?)")
    assert media_error(example, "outlet,email,areas,Welsh language?\nEcho,a@b.example.org,Cheshire,Yes\n") == (
        'media.csv:1: header: "Welsh language?" is not a column drafter reads, so the languages in it would be passed '
        "over (expected a column headed language instead, each cell en (or English), cy (or Welsh), both, or empty "
        "for every language the campaign is published in)")
    assert media_error(example, "outlet,email,e-mail address,areas\nEcho,a@b.example.org,,Cheshire\n") == (
        "media.csv:1: header: \"e-mail address\" and 'email' both give the contact's email (expected one column "
        "for each: take one out or rename it)")


def test_a_new_campaigns_media_list_of_no_newsdesks_says_what_to_add(example: Path) -> None:
    """`drafter new` starts a story template's media.csv with its header only."""
    assert media_error(example, HEADER) == (
        "media.csv: lists no newsdesks yet (expected a row for each newsdesk under the header: its outlet, email "
        "and the areas it covers (docs/sending.md))")


def test_draft_warns_of_each_slip_and_once_of_the_contacts_left_out(example: Path) -> None:
    """Drafting does not use the media list, but warns as send would: of each slip for an area's name (which send
    refuses), naming the row and the area meant, of a contact without an address, and once of every contact for
    areas the campaign does not cover, which send leaves out; a name in a row that also names an area of the
    campaign is passed over."""
    (example / "media.csv").write_text(HEADER + "Echo,Desk,news@echo.example.org,Cheshire;Halton;Chesire,en,docx\n"
                                       "Other,,x@other.example.org,north east;all,,\n"
                                       "Kent Messenger,,k@km.example.org,Kent,,\n"
                                       "Phone only,,,Surrey,,\n", encoding="utf-8")
    found = unknown_areas(example / "media.csv", "media.csv", load_campaign(example).areas)
    assert [w.message for w in found] == [
        "media.csv, row 2: areas: 'Chesire' is not in areas.csv but looks like a slip for Cheshire, an area of this "
        "campaign; correct it (did you mean 'Cheshire'?), as drafter send refuses the list until then",
        "media.csv, row 5: email is empty, so Phone only is sent nothing; add the e-mail address, or take the row "
        "out of media.csv",
        "media.csv: 1 contact is for an area this campaign does not cover, so it is sent nothing: Kent"]
    (example / "media.csv").write_text("outlet,email\nEcho,bad address\n", encoding="utf-8")  # send says what
    assert unknown_areas(example / "media.csv", "media.csv", load_campaign(example).areas) == ()


def test_preview_and_draft_warn_once_of_contacts_for_areas_the_campaign_does_not_cover(example: Path,
                                                                                      tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from drafter.cli import app

    with (example / "media.csv").open("a", encoding="utf-8") as media:
        media.write("Halton News,,news@halton.example.org,Halton,en,docx\nCrewe Chronicle,,c@crewe.example.org,"
                    "Cheshire East Council,,\nKent Desk,,k@kent.example.org,KENT,,\n")
    warning = ("warning: media.csv: 3 contacts are for areas this campaign does not cover, so they are sent nothing: "
               "Halton, Cheshire East Council and KENT; Cheshire East Council is named like Cheshire, which this "
               "campaign covers: if the newsdesks for Cheshire East Council should have the Cheshire release, add "
               "Cheshire to their rows\n")
    for command in (["preview"], ["draft", "--format", "md", "--out", str(tmp_path / "out")]):
        result = CliRunner().invoke(app, [*command, str(example), "--area", "Cheshire"])
        assert result.exit_code == 0, result.output
        assert result.stderr.count("media.csv") == 1 and warning in result.stderr


def test_a_media_list_kept_as_a_workbook_is_found_and_two_lists_are_refused(tmp_path: Path) -> None:
    assert media_name(tmp_path) == "media.csv"  # none: media.csv, which send says is not found
    (tmp_path / "media.xlsx").write_bytes(b"")
    assert media_name(tmp_path) == "media.xlsx"
    (tmp_path / "media.csv").write_text(HEADER, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        media_name(tmp_path)
    assert caught.value.line() == ("media.xlsx: the campaign folder has both media.csv and media.xlsx (expected one "
                                   "media list: take the other out of the folder)")
    assert media_name(tmp_path, strict=False) == "media.csv"  # drafting only warns from the list: it goes on


def test_an_outlook_export_saved_by_excel_as_plain_csv_with_semicolons_is_read(example: Path) -> None:
    """A list as Excel in a European locale saves it: Windows-1252, semicolons, a BOM-less header of Outlook's
    column names, a blank row, and an outlet's areas separated by / or , where each part is an area (";" would
    be a column break there); the file's Windows-1252 is warned of, as for figures."""
    text = ("First Name;Last Name;E-mail Address;Company;Area;Language\r\n"
            "Jo;Bloggs;Jo Bloggs <jo@paper.example.org>;Cumbria Paper;Cumbria / Lancashire;English\r\n"
            ";;;;;\r\n"
            "Rhys;Jones;rhys@golwg.example.org;Golwg Café;Cheshire, North West;Cymraeg\r\n")
    (example / "media.csv").write_bytes(text.encode("cp1252"))
    notices: list[Warning] = []
    paper, golwg = load_media(example / "media.csv", "media.csv", load_campaign(example).areas, notices)
    assert (paper.email, paper.name, paper.covers, paper.languages) == (
        "jo@paper.example.org", "Jo Bloggs", ("Cumbria", "Lancashire"), ("en",))
    assert (golwg.outlet, golwg.languages, len(golwg.covers)) == ("Golwg Café", ("cy",), 6)
    assert [w.code for w in notices] == ["windows_1252"]
    assert unknown_areas(example / "media.csv", "media.csv", load_campaign(example).areas)[1:] == ()
    assert contacts_of(example, "media.csv", HEADER + "Echo,,news@echo.example.org,Cumbria / Kent,,\n")[0] == [
        ("Echo", "", "news@echo.example.org", ("Cumbria",))]  # Kent: an area the campaign does not cover
    many = HEADER + "".join(f"Echo,,n{i}@echo.example.org,{area},,\n" for i, area in enumerate(
        ("Cheshire; Lancashrie", "Cumbria", "Kent / Chesire", "Kent; Cumbira")))
    assert media_error(example, many) == (
        'media.csv:2: areas: "Lancashrie" is not an area in areas.csv but looks like a slip for Lancashire, an area '
        "of this campaign (expected the area's name as areas.csv spells it: did you mean 'Lancashire'?; rows 4 and 5 "
        "have a slip for an area's name too)")


def test_an_area_may_be_named_by_its_welsh_name_from_areas_csv(example: Path) -> None:
    (example / "media.csv").write_text("outlet,email,areas,language\nGolwg,rhys@golwg.example.org,swydd gaer/Cumbria,"
                                       "Cymraeg\n", encoding="utf-8")
    (golwg,) = load_media(example / "media.csv", "media.csv", load_campaign(example).areas)
    assert golwg.covers == ("Cheshire", "Cumbria")
    assert unknown_areas(example / "media.csv", "media.csv", load_campaign(example).areas) == ()


def test_contacts_an_address_book_exported_without_an_e_mail_address_are_skipped_with_one_warning(
        example: Path) -> None:
    """Outlook exports every contact, some with a phone number only: they are sent nothing, said once; a list of
    such contacts alone is refused."""
    text = ("First Name,Last Name,Company,E-mail Address,Areas,Business Phone\n"
            "Sam,Carter,Radio,,Cumbria,01234 567890\n"
            "Priya,Shah,Echo,news@echo.example.org,Cheshire,\n"
            ",,Planning desk,,North West,01234 567891\n")
    (example / "media.csv").write_text(text, encoding="utf-8")
    notices: list[Warning] = []
    contacts = load_media(example / "media.csv", "media.csv", load_campaign(example).areas, notices)
    assert [c.email for c in contacts] == ["news@echo.example.org"]
    assert notices == [Warning("media", "media.csv, rows 2 and 4: E-mail Address is empty, so Sam Carter and Planning "
                                        "desk are sent nothing; add their e-mail addresses, or take those rows out "
                                        "of media.csv")]
    assert media_error(example, text.replace("news@echo.example.org", "")) == (
        "media.csv: E-mail Address: is empty on every row (expected each newsdesk's e-mail address, e.g. "
        "newsdesk@example.org, in that column)")


def contacts_of(example: Path, name: str, data: str | bytes) -> tuple[list[tuple[str, str, str, tuple[str, ...]]],
                                                                       list[str]]:
    path = example / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    notices: list[Warning] = []
    found = load_media(path, name, load_campaign(example).areas, notices)
    return [(c.outlet, c.name, c.email, c.covers) for c in found], [n.message for n in notices]


def test_outlook_exports_in_english_and_french_read_categories_as_areas_and_every_address(example: Path) -> None:
    """Outlook's Categories hold areas among other labels; E-mail 2 Address is sent too; a French Outlook's headings
    are read; a contact whose categories name no area is said of, not dropped unsaid."""
    english = ('"First Name","Last Name","Company","E-mail Address","E-mail 2 Address","Categories"\r\n'
               '"Siân","O\'Neill","Echo","sian@echo.example.org\u200b","news@echo.example.org","Media;Cheshire"\r\n'
               '"Jo","Bloggs","Post","jo@post.example.org","","Media;VIP"\r\n')
    assert contacts_of(example, "media.csv", english) == ([
        ("Echo", "Siân O'Neill", "sian@echo.example.org", ("Cheshire",)),
        ("Echo", "Siân O'Neill", "news@echo.example.org", ("Cheshire",))],
        ["media.csv, row 3: Categories names none of the campaign's areas, so Jo Bloggs is sent nothing; to send "
         "them a release, add an area from areas.csv to their Categories"])
    french = '"Prénom","Nom","Société","Adresse de messagerie","Catégories"\n"Anne","Martin","Le Journal",' \
             '"anne@journal.example.org","Cumbria"\n'
    assert contacts_of(example, "media.csv", french)[0] == [
        ("Le Journal", "Anne Martin", "anne@journal.example.org", ("Cumbria",))]
    slip = english.replace("Media;Cheshire", "Media;Chesire")
    assert media_error(example, slip) == ('media.csv:2: Categories: "Chesire" is not an area in areas.csv but looks '
                                          "like a slip for Cheshire, an area of this campaign (expected the area's "
                                          "name as areas.csv spells it: did you mean 'Cheshire'?)")


def test_google_contacts_and_mailchimp_exports_are_read_as_exported(example: Path) -> None:
    """Google's Labels and its addresses separated by ":::"; Mailchimp's TAGS, with its REGION (where a subscriber
    opened mail) never read as an area, and no company column."""
    google = ("First Name,Last Name,Organization Name,Labels,E-mail 1 - Label,E-mail 1 - Value\n"
              "Rhys,Evans,Echo,Cumbria ::: * myContacts,* Work,rhys@echo.example.org ::: RHYS@echo.example.org ::: "
              "desk@echo.example.org\n")
    assert contacts_of(example, "media.csv", google)[0] == [
        ("Echo", "Rhys Evans", "rhys@echo.example.org", ("Cumbria",)),
        ("Echo", "Rhys Evans", "desk@echo.example.org", ("Cumbria",))]
    mailchimp = ('"Email Address","First Name","Last Name","MEMBER_RATING","OPTIN_TIME","CC","REGION","TAGS"\n'
                 '"jo@post.example.org","Jo","Bloggs","2","2023-01-01 10:00:00","GB","North West",'
                 '"""Lancashire"",""Press"""\n')
    assert contacts_of(example, "media.csv", mailchimp)[0] == [("", "Jo Bloggs", "jo@post.example.org",
                                                                ("Lancashire",))]
    assert media_error(example, mailchimp.replace('""Lancashire""', '""Radio""')) == (
        "media.csv: TAGS: names none of the campaign's areas on any row (expected an area from areas.csv in each "
        "newsdesk's TAGS)")


def test_a_workbook_with_a_title_above_its_header_or_a_heading_over_two_rows_is_read(example: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "Newsdesks – March 2024"
    sheet.merge_cells("A1:D1")
    sheet.append(["Outlet", "Contact", None, "Areas"])
    sheet.merge_cells("B2:C2")
    sheet.append([None, "Name", "Email", None])
    sheet.append(["Echo", "Siân", "Newsdesk <news@echo.example.org>", "Cheshire\nCumbria"])  # Alt+Enter
    book.save(example / "media.xlsx")
    found = load_media(example / "media.xlsx", "media.xlsx", load_campaign(example).areas)
    assert [(c.outlet, c.name, c.email, c.covers, c.source.row) for c in found] == [
        ("Echo", "Siân", "news@echo.example.org", ("Cheshire", "Cumbria"), 4)]


def test_contact_cards_exported_as_vcard_are_a_media_list(example: Path) -> None:
    """media.vcf as Apple Contacts, Outlook and Google write it: folded lines, a photo, quoted-printable text in
    UTF-8 (vCard 2.1), escaped commas; areas in CATEGORIES or in the note; a card with no address is said of."""
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD" * 60
    cards = "\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", "N:O'Neill;Siân;;;", "FN:Siân O'Neill", "ORG:Golwg;Newyddion;",
        "item1.EMAIL;type=INTERNET;type=pref:sian@golwg.example.cymru",
        "NOTE:Ysgrifennydd Newyddion\\nAreas: Cheshire\\, Cumbria\\nLanguage: Cymraeg", photo[:75],
        *(" " + photo[i:i + 74] for i in range(75, len(photo), 74)), "END:VCARD",
        "BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Br=C3=A2n;Zo=C3=AB",
        "ORG:Echo", "EMAIL;PREF;INTERNET:zoe@echo.exam", " ple.org", "CATEGORIES:Press,Lancashire", "END:VCARD",
        "BEGIN:VCARD", "VERSION:4.0", "FN:Phone Only", "TEL:0123", "CATEGORIES:Cheshire", "END:VCARD", ""])
    (example / "media.csv").unlink()
    assert media_name(example) == "media.csv"
    found, notes = contacts_of(example, "media.vcf", cards)
    assert media_name(example) == "media.vcf"
    assert found == [("Golwg", "Siân O'Neill", "sian@golwg.example.cymru", ("Cheshire", "Cumbria")),
                     ("Echo", "Zoë Brân", "zoe@echo.example.org", ("Lancashire",))]
    assert notes == ["media.vcf, line 21: EMAIL is empty, so Phone Only is sent nothing; add the e-mail address, or "
                     "take the row out of media.vcf"]
    (example / "media.vcf").write_text("BEGIN:VCARD\nFN:Jo\nEMAIL:jo@post\nCATEGORIES:Cheshire\nEND:VCARD\n")
    with pytest.raises(InputError) as caught:
        load_media(example / "media.vcf", "media.vcf", load_campaign(example).areas)
    assert caught.value.line() == ('media.vcf:1: EMAIL: "jo@post" is not an e-mail address (expected an address '
                                   "such as newsdesk@example.org)")


def test_an_area_named_as_its_council_is_that_area(example: Path) -> None:
    text = HEADER + "Echo,,a@echo.example.org,Lancashire County Council; The County of Cumbria,,\n"
    assert contacts_of(example, "media.csv", text)[0] == [("Echo", "", "a@echo.example.org",
                                                           ("Cumbria", "Lancashire"))]
    assert media_error(example, HEADER + "Echo,,a@echo.example.org,Cumbira County Council,,\n").startswith(
        'media.csv:2: areas: "Cumbira County Council" is not an area in areas.csv but looks like a slip for Cumbria')


def test_a_media_list_under_another_name_is_named_in_the_error(tmp_path: Path) -> None:
    from drafter.load.media import missing

    (tmp_path / "areas.csv").write_text("area\n")
    assert missing(tmp_path).line() == ("media.csv: file not found (expected the media list in the campaign folder: "
                                        "outlet, name, email, areas, language, attach (see docs/sending.md))")
    (tmp_path / "Press contacts.csv").write_text("")
    assert missing(tmp_path).line().endswith("(see docs/sending.md); rename Press contacts.csv to media.csv)")
    (tmp_path / "Press contacts.csv").rename(tmp_path / "media list.xls")
    assert missing(tmp_path).line().endswith("; open media list.xls and save it as media.xlsx (or media.csv))")


def places_of(*names: str) -> Places:
    """A campaign's areas, each in the first but the first, with Cheshire's and Cardiff's Welsh names."""
    welsh = {"Cheshire": "Swydd Gaer", "Cardiff": "Caerdydd"}
    return Places.of(tuple(Area(name, name.lower().replace(" ", "-"), None if index == 0 else names[0], name,
                                (("name_cy", welsh[name]),) if name in welsh else (),
                                SourceRef("areas.csv", row=index + 2)) for index, name in enumerate(names)))


CAMPAIGN = places_of("North West", "Cheshire", "Cheshire East", "Cumbria", "Lancashire", "Trafford", "Bolton",
                     "Herefordshire", "Harrow", "Powys", "Cardiff", "Greater Manchester")


@pytest.mark.parametrize(("written", "slip", "like"), [
    # one slip of typing in a word of an area's name, whatever the capitals, spaces, hyphens and full stops
    ("Chesire", "Cheshire", "Cheshire"), ("CUMBIRA", "Cumbria", "Cumbria"), ("Lancashite", "Lancashire", "Lancashire"),
    ("NorthWest", "North West", "North West"), ("Norht-West.", "North West", "North West"),
    ("Powis", "Powys", None), ("Greater Manchster", "Greater Manchester", "Greater Manchester"),
    ("Swyd Gaer", "Cheshire", "Cheshire"), ("Caerdyd", "Cardiff", "Cardiff"),  # a Welsh name from name_cy
    ("Cumbira County Council", "Cumbria", "Cumbria"), ("Cyngor Sir Powis", "Powys", None),  # a council's
    # other areas, however close: a word more or less, another word, two slips in one, the first letter changed
    ("North East", None, None), ("Cheshire West and Chester", None, "Cheshire"), ("Cheshire West", None, "Cheshire"),
    ("Stafford", None, "Trafford"), ("Boston", None, None), ("Hertfordshire", None, "Herefordshire"),
    ("Barrow", None, None), ("Manchester", None, "Greater Manchester"), ("Gtr Manchester", None, "Greater Manchester"),
    ("Kent", None, None), ("Bur", None, None), ("East Lancashire", None, "Lancashire"),
    ("Cardiff Bay", None, "Cardiff"),
])
def test_a_slip_for_an_areas_name_is_told_from_another_area_by_closeness(written: str, slip: str | None,
                                                                         like: str | None) -> None:
    assert (CAMPAIGN.slip(written), CAMPAIGN.like(written)) == (slip, like)


def test_a_welsh_councils_name_is_its_area() -> None:
    assert [CAMPAIGN.find(name) for name in ("Cyngor Sir Powys", "Cyngor Caerdydd", "Cyngor Dinas a Sir Caerdydd",
                                             "Cyngor Sir Ddinbych")] == ["Powys", "Cardiff", "Cardiff", None]


def test_a_contact_for_a_region_all_or_the_whole_country_gets_every_release_it_covers(example: Path) -> None:
    text = HEADER + "".join(f"Desk,,d{i}@desk.example.org,{areas},,\n" for i, areas in enumerate(
        ("North West", "all", "National", "UK", "Cenedlaethol", "Kent; North West")))
    found, notes = contacts_of(example, "media.csv", text)
    assert {covers for *_, covers in found} == {("North West", "Cheshire", "Cumbria", "Greater Manchester",
                                                 "Lancashire", "Merseyside")} and len(found) == 6 and notes == []


def test_a_contact_left_out_is_counted_once_and_not_when_another_row_sends_it_a_release(example: Path) -> None:
    text = HEADER + ("Echo,,news@echo.example.org,Kent,,\nEcho,,NEWS@echo.example.org,Cheshire,,\n"
                     "Messenger,,km@km.example.org,Kent,,\nMessenger,,km@km.example.org,Surrey,,\n")
    (example / "media.csv").write_text(text, encoding="utf-8")
    notices: list[Warning] = []
    left: list[LeftOut] = []
    (echo,) = load_media(example / "media.csv", "media.csv", load_campaign(example).areas, notices, left)
    assert (echo.email, echo.covers, [(gone.row, gone.emails) for gone in left]) == (
        "NEWS@echo.example.org", ("Cheshire",), [(4, ("km@km.example.org",))])
    said = "media.csv: 1 contact is for an area this campaign does not cover, so it is sent nothing: Kent"
    assert [n.message for n in notices] == [said]  # as drafting says it
    assert [w.message for w in unknown_areas(example / "media.csv", "media.csv", load_campaign(example).areas)] == [
        said]


@pytest.mark.parametrize(("cell", "covered", "outside"), [
    ("Cheshire, Merseyside and Wirral", ("Cheshire", "Merseyside"), ("Wirral",)),
    ("Cheshire / Merseyside & Wirral", ("Cheshire", "Merseyside"), ("Wirral",)),
    ("Wirral, Cheshire and Merseyside", ("Cheshire", "Merseyside"), ("Wirral",)),
    ("Cumbria, Lancashire and Merseyside", ("Cumbria", "Lancashire", "Merseyside"), ()),
    ("Cumbria / Dumfries and Galloway", ("Cumbria",), ("Dumfries and Galloway",)),
])
def test_every_area_in_a_cell_listing_several_ways_is_covered(cell: str, covered: tuple[str, ...],
                                                               outside: tuple[str, ...]) -> None:
    """A newsdesk for "Cheshire, Merseyside and Wirral" gets the Merseyside release as well as Cheshire's: the
    parts of a part are read too, not left out with the name that is no area."""
    from drafter.load.media_areas import covers

    places = Places.of(load_campaign(EXAMPLE).areas)
    assert covers(cell, places, SourceRef("media.csv", row=2)) == (covered, outside)


@pytest.mark.parametrize(("cell", "covered"), [
    ("North West only", ("North West",)),  # a national or regional desk: the region's release, not each county's
    ("only North West", ("North West",)),
    ("north west ONLY; Cheshire", ("North West", "Cheshire")),
    ("Cheshire only, Merseyside", ("Cheshire", "Merseyside")),
    ("North West", ("North West", "Cheshire", "Cumbria", "Greater Manchester", "Lancashire", "Merseyside")),
])
def test_a_parent_named_only_is_sent_its_own_release_alone(cell: str, covered: tuple[str, ...]) -> None:
    """As in campaign.yaml's areas:, "North West only" is the North West's release without its areas'."""
    from drafter.load.media_areas import covers

    places = Places.of(load_campaign(EXAMPLE).areas)
    assert covers(cell, places, SourceRef("media.csv", row=2)) == (covered, ())


def test_labels_and_a_cards_note_listing_several_areas_in_words_give_each_area(example: Path) -> None:
    """Outlook's Categories or a contact card's note ("Areas: Cheshire, Merseyside and Wirral") read as an areas
    cell is: each area in it, "Media" and "Wirral" passed over."""
    cards = "\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", "FN:Jo Bloggs", "ORG:Wirral Globe", "EMAIL:jo@globe.example.org",
        "NOTE:Areas: Cheshire\\, Merseyside and Wirral", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Ann Lee", "ORG:Echo", "EMAIL:ann@echo.example.org",
        "CATEGORIES:Media,Cumbria and Lancashire", "END:VCARD", ""])
    (example / "media.csv").unlink()
    found, notes = contacts_of(example, "media.vcf", cards)
    assert found == [("Wirral Globe", "Jo Bloggs", "jo@globe.example.org", ("Cheshire", "Merseyside")),
                     ("Echo", "Ann Lee", "ann@echo.example.org", ("Cumbria", "Lancashire"))]
    assert notes == []  # Ann's labels name areas: not "names none of the campaign's areas"


@pytest.mark.parametrize(("cell", "found"), [
    ("Smith, John <john@echo.example.org>", [("john@echo.example.org", "Smith, John")]),
    ("Smith, John <john@echo.example.org>; Desk, News <desk@echo.example.org>;",
     [("john@echo.example.org", "Smith, John"), ("desk@echo.example.org", "Desk, News")]),
    ("news@echo.example.org, Smith, John <john@echo.example.org>",
     [("news@echo.example.org", ""), ("john@echo.example.org", "Smith, John")]),
    ('"Bloggs, Jo" <jo@echo.example.org>, desk@echo.example.org',
     [("jo@echo.example.org", "Bloggs, Jo"), ("desk@echo.example.org", "")]),
    # an Outlook To line pasted whole: each address, not the first alone
    ("Jo <jo@echo.example.org>; Desk <desk@echo.example.org>",
     [("jo@echo.example.org", "Jo"), ("desk@echo.example.org", "Desk")]),
    ("news@echo.example.org, Jo <jo@echo.example.org>", [("news@echo.example.org", ""), ("jo@echo.example.org", "Jo")]),
])
def test_a_name_outlook_writes_last_name_first_is_one_contact_not_two_addresses(
        cell: str, found: list[tuple[str, str]]) -> None:
    """Outlook in many offices names a contact "Smith, John": the comma is the name's, not a second address."""
    from drafter.load.media_columns import addresses

    assert addresses(cell) == (found, "")


def test_a_card_with_a_large_photo_folded_over_many_lines_is_read_in_time_linear_in_its_size(tmp_path: Path) -> None:
    # Each folded line was joined onto all before it, copying them: a 6 MB photo (80,000 lines) took minutes, and a
    # quoted-printable note the same.
    import time

    from drafter.load.vcard import read_vcard_rows

    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD" * 1_500_000
    note = "NOTE;ENCODING=QUOTED-PRINTABLE:Areas: Cumbria=0A" + "=\r\n".join(["x" * 73] * 40_000)
    (tmp_path / "media.vcf").write_text("\r\n".join([
        "BEGIN:VCARD", "FN:Sam Carter", photo[:75], *(" " + photo[i:i + 74] for i in range(75, len(photo), 74)),
        note, "EMAIL:sam@radio.example.com", "END:VCARD", ""]), encoding="utf-8")
    start = time.perf_counter()
    rows = list(read_vcard_rows(tmp_path / "media.vcf", "media.vcf", ("is empty", "cards")).rows)
    assert time.perf_counter() - start < 2
    assert [(row.number, row.cells["name"], row.cells["email"], row.cells["categories"]) for row in rows] == [
        (1, "Sam Carter", "sam@radio.example.com", "Cumbria")]


def test_a_contact_card_is_named_by_its_line_in_every_warning(drafted_example: tuple[Path, Path]) -> None:
    """A card in media.vcf is named by the line it starts on (docs/sending.md, "Contact cards"), never as a row:
    in the warnings of an address on two cards, and of a card asking for a language no release was drafted in."""
    example, out = drafted_example
    (example / "media.csv").unlink()
    card = "BEGIN:VCARD\nFN:Jo\nEMAIL:jo@echo.example.org\nCATEGORIES:{}\nNOTE:Language: Welsh\nEND:VCARD\n"
    (example / "media.vcf").write_text(card.format("Cheshire") + card.format("Cumbria"), encoding="utf-8")
    result = CliRunner().invoke(app, ["send", str(example), "--out", str(out), "--dry-run"])
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: media.vcf")]
    assert "warning: media.vcf: jo@echo.example.org (lines 1 and 7) listed twice" in result.stderr
    assert any(line.startswith("warning: media.vcf, line 1: jo@echo.example.org asks for releases in Welsh (cy)")
               for line in warnings), warnings
    assert not [line for line in warnings if re.search(r"\brows? \d", line)], warnings


def test_a_welsh_desks_list_says_only_and_and_in_welsh(food: Path) -> None:
    """A list typed in Welsh: "Cymru yn unig" (Wales only) and "Ceredigion a Phowys", "Caerdydd ac Abertawe" (the
    second area after "a" aspirated) were not read, and those newsdesks got nothing; they read as in English."""
    (food / "media.csv").write_text(HEADER + "Golwg,,a@golwg.example.org,Cymru yn unig,cy,\n"
                                    "Cambrian,,b@cambrian.example.org,Ceredigion a Phowys,cy,\n"
                                    "Cymru FM,,c@fm.example.org,Caerdydd ac Abertawe,cy,\n", encoding="utf-8")
    notices: list[Warning] = []
    golwg, cambrian, fm = load_media(food / "media.csv", "media.csv", load_campaign(food).areas, notices)
    assert (golwg.covers, cambrian.covers, fm.covers) == (("Wales",), ("Ceredigion", "Powys"), ("Cardiff", "Swansea"))
    assert notices == []
