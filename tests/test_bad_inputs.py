"""A catalogue of bad inputs: each gives one exact line on stderr, exit status 1, and leaves the output folder
exactly as it was (here: a folder holding one earlier file)."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drafter.cli import app
from drafter.output import files as output
from tests.conftest import edit, files_in

Mutation = Callable[[Path], None]


def write(name: str, text: str | bytes) -> Mutation:
    def apply(campaign: Path) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        (campaign / name).write_bytes(data)
    return apply


def replace(name: str, old: str, new: str) -> Mutation:
    return lambda campaign: edit(campaign / name, old, new)


def both(*mutations: Mutation) -> Mutation:
    def apply(campaign: Path) -> None:
        for mutation in mutations:
            mutation(campaign)
    return apply


def template(body: str) -> Mutation:
    def apply(campaign: Path) -> None:
        (campaign / "mine").mkdir()
        (campaign / "mine" / "release.md.j2").write_text(
            '{% extends "base/release.md.j2" %}\n' + body, encoding="utf-8")
        edit(campaign / "campaign.yaml", "template: helpline-rise", "template: mine")
    return apply


def xlsx(sheets: dict[str, list[list[object]]], yaml_extra: str = "") -> Mutation:
    def apply(campaign: Path) -> None:
        from openpyxl import Workbook

        book = Workbook()
        book.remove(book.active)
        for name, rows in sheets.items():
            sheet = book.create_sheet(name)
            for row in rows:
                sheet.append(row)
        book.save(campaign / "figures.xlsx")
        (campaign / "figures.csv").unlink()
        if yaml_extra:
            edit(campaign / "campaign.yaml", "areas: all", "areas: all\n" + yaml_extra)
    return apply


def special(name: str, what: str) -> Mutation:
    """Put a link to a device, a FIFO or a folder where an input file should be."""
    def apply(campaign: Path) -> None:
        (campaign / name).unlink()
        if what == "fifo":
            os.mkfifo(campaign / name)
        elif what == "folder":
            (campaign / name).mkdir()
        else:
            (campaign / name).symlink_to(what)
    return apply


def _unknown_packing(path: Path) -> None:
    """Found by fuzzing: a byte flipped in each part's compression method (to 99) made zipfile stop with a
    NotImplementedError traceback when the part was read."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset] = 99
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def zip_bomb(campaign: Path) -> None:
    """A real workbook with one more part that unpacks to 60 MB of zeros (about 260 KB packed: packed fast, as
    the limit drafter holds it to is what the part unpacks to)."""
    import zipfile

    xlsx({"Figures": FIGURES})(campaign)
    with zipfile.ZipFile(campaign / "figures.xlsx", "a", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        book.writestr("xl/bomb.xml", b"\0" * 60_000_000)


def quote_text(text: str) -> Mutation:
    """Cheshire's quote as one double-quoted line (so YAML escapes such as \\ud800 apply)."""
    def apply(campaign: Path) -> None:
        edit(campaign / "quotes.yaml", "    text: |\n      Safeguarding children from sexual abuse is a priority for "
             "Cheshire Constabulary.\n\n      We are very pleased with the success of the Stop It Now! campaign, "
             "which has seen the number of people in Cheshire seeking help about their online behaviour almost "
             "treble.\n", f'    text: "{text}"\n')
    return apply


def _not_xlsx(campaign: Path) -> None:
    (campaign / "figures.csv").unlink()
    (campaign / "figures.xlsx").write_bytes(b"not a zip")


FIGURES = [["area", "measure", "before", "after"], ["North West", "contacts", 1747, 3549],
           ["Cheshire", "contacts", 150, 440], ["Cumbria", "contacts", 90, 171],
           ["Greater Manchester", "contacts", 620, 1240], ["Lancashire", "contacts", 410, 799],
           ["Merseyside", "contacts", 477, 899]]
BOMB = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n"

CASES: list[tuple[str, Mutation, str]] = [
    # figures.csv / figures.xlsx
    ("empty figures", write("figures.csv", ""),
     "figures.csv: is empty (expected a header row and data rows)"),
    ("header only", write("figures.csv", "area,measure,before,after\n"),
     "figures.csv: has a header but no data rows (expected at least one data row)"),
    ("missing column", write("figures.csv", "area,before,after\nNorth West,1747,3549\n"),
     'figures.csv:1: header: "measure" is missing from the header (expected columns area, measure; the header row '
     "has area, before, after)"),
    ("duplicated column", write("figures.csv", "area,measure,before,before\nNorth West,contacts,1,2\n"),
     'figures.csv:1: header: "before" appears twice in the header (expected each column once)'),
    ("duplicate row", replace("figures.csv", "Cumbria,contacts,90,171",
                              "Cumbria,contacts,90,171\nCumbria,contacts,90,171"),
     "figures.csv:5: before: repeats the figure for area 'Cumbria', measure 'contacts', period 'before' (July to "
     "December 2017) already given on row 4 (expected one row per area, measure and period)"),
    ("non-numeric", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,tbc,"),
     'figures.csv:4: before: "tbc" is not a number (expected a whole number of 0 or more, such as 1,747, or a marker '
     "such as [x] where the figure is not available)"),
    ("negative", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,-90,"),
     'figures.csv:4: before: "-90" is negative (expected a whole number of 0 or more, such as 1,747)'),
    ("fractional count", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,90.5,"),
     'figures.csv:4: before: "90.5" is not a whole number (expected a whole number of 0 or more, such as 1,747; '
     "under the measure in campaign.yaml, money with pence says unit: GBP (its currency's code), and a figure with "
     "decimals, such as a rate per 100,000 people or a wait in weeks, says kind: rate)"),
    ("bad grouping", replace("figures.csv", "Cumbria,contacts,90,", 'Cumbria,contacts,"9,0",'),
     'figures.csv:4: before: "9,0" is not a number (expected a whole number of 0 or more, such as 1,747, or a marker '
     "such as [x] where the figure is not available)"),
    ("formula as text", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,=B2-B3,"),
     'figures.csv:4: before: "=B2-B3" is a formula, not a value (expected a whole number of 0 or more, such as '
     "1,747; paste values only)"),
    ("neither UTF-8 nor Windows-1252", write("figures.csv", b"area,measure,before,after\nYnys M\x81n,contacts,1,2\n"),
     "figures.csv:2: is neither UTF-8 nor Windows-1252 text: character 7 is the byte 0x81 (expected the file saved "
     "from Excel with File > Save As > 'CSV UTF-8 (Comma delimited)')"),
    ("unknown area", replace("figures.csv", "Merseyside,contacts", "Mersey side,contacts"),
     'figures.csv:7: area: "Mersey side" is not a known area (expected an area named in areas.csv; did you mean '
     "'Merseyside'?)"),
    ("area not covered", replace("figures.csv", "Merseyside,contacts", "Suffolk,contacts"),
     'figures.csv:7: area: "Suffolk" is not a known area (expected an area named in areas.csv: North West, Cheshire, '
     "Cumbria, Greater Manchester, Lancashire, Merseyside; delete the row of an area the campaign does not cover, "
     "or of one since merged into an area it does; if it is one of them written another way, add this name to an "
     "other_names column of areas.csv, on its row)"),
    ("empty area", replace("figures.csv", "Merseyside,contacts", ",contacts"),
     "figures.csv:7: area: is empty (expected an area named in areas.csv: North West, Cheshire, Cumbria, Greater "
     "Manchester, Lancashire, Merseyside)"),
    ("unknown measure", replace("figures.csv", "Cumbria,contacts", "Cumbria,contact"),
     'figures.csv:4: measure: "contact" is not a known measure (expected a measure id from campaign.yaml; did you '
     "mean 'contacts'?)"),
    ("unknown period column", replace("figures.csv", "area,measure,before,after", "area,measure,before,later"),
     'figures.csv:1: header: "later" is not a period id (expected a period id from campaign.yaml; '
     "did you mean 'after'?)"),
    ("long form unknown period", write("figures.csv", "area,measure,period,value\nNorth West,contacts,q1,5\n"),
     'figures.csv:2: period: "q1" is not a known period (expected a period id from campaign.yaml: before, after)'),
    ("missing figure", replace("figures.csv", "Merseyside,contacts,477,899", "Merseyside,contacts,477,"),
     "figures.csv:7: after: is empty, where Merseyside's figure for contacts goes (expected a whole number of 0 or "
     "more, such as 1,747, or a marker such as [x] where the figure is not available)"),
    ("too many cells", replace("figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,171,12"),
     "figures.csv:4: row: has 5 cells but the header has 4 columns (expected one cell per column)"),
    # figures are read row by row, yet a fault in the file itself is still reported before a figure's
    ("header only, columns missing", write("figures.csv", "area,before,after\n"),
     "figures.csv: has a header but no data rows (expected at least one data row)"),
    ("header only, long form with an extra column", write("figures.csv", "area,measure,period,value,notes\n"),
     "figures.csv: has a header but no data rows (expected at least one data row)"),
    ("unknown area, then too many cells", both(replace("figures.csv", "Cheshire,contacts", "Chester,contacts"),
                                               replace("figures.csv", "477,899", "477,899,12")),
     "figures.csv:7: row: has 5 cells but the header has 4 columns (expected one cell per column)"),
    ("not a number, then a control character", both(
        replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,n/a,"),
        replace("figures.csv", "Merseyside,", "Mersey\x07side,")),
     "figures.csv:7: area: contains the control character U+0007 at position 7 (expected printable text)"),
    ("unknown period column, then too many cells", both(
        replace("figures.csv", "area,measure,before,after", "area,measure,before,later"),
        replace("figures.csv", "477,899", "477,899,12")),
     "figures.csv:7: row: has 5 cells but the header has 4 columns (expected one cell per column)"),
    ("xlsx: unknown area, then too many cells",
     xlsx({"Figures": [*FIGURES[:2], ["Chester", "contacts", 150, 440], *FIGURES[3:6], [*FIGURES[6], 12]]}),
     "figures.xlsx:7: row: has 5 cells but the header has 4 columns (expected one cell per column)"),
    ("xlsx with several sheets", xlsx({"Notes": [["x"]], "Figures": [["x"]]}),
     "figures.xlsx: has 2 sheets (Notes, Figures), and none has the columns to read in its first 30 rows (expected "
     "figures_sheet: <name> in campaign.yaml to choose the sheet of figures, and each column named as its header "
     "writes it)"),
    ("xlsx wrong sheet name", xlsx({"Notes": [["x"]], "Figures": FIGURES}, "figures_sheet: Data"),
     "figures.xlsx: has no sheet named 'Data' (expected one of Notes, Figures)"),
    ("not an xlsx", lambda c: _not_xlsx(c),
     "figures.xlsx: is not an Excel workbook, though its name ends .xlsx: it is a file of another kind, renamed "
     "(expected the file opened in Excel and saved again as 'Excel Workbook (.xlsx)')"),
    ("xlsx packed an unknown way", both(xlsx({"Figures": FIGURES}), lambda c: _unknown_packing(c / "figures.xlsx")),
     "figures.xlsx: cannot be read as an Excel workbook: its part 'docProps/app.xml' is packed in a way drafter cannot "
     "unpack, as some programs other than Excel save a file (expected the file opened in Excel and saved again as "
     "'Excel Workbook (.xlsx)')"),
    # inputs that are not regular files, read through a bounded reader (issue 19)
    ("figures a link to /dev/urandom", special("figures.csv", "/dev/urandom"),
     "figures.csv: is a device, not a file (expected a regular file)"),
    ("areas a link to /dev/zero", special("areas.csv", "/dev/zero"),
     "areas.csv: is a device, not a file (expected a regular file)"),
    ("figures a FIFO", special("figures.csv", "fifo"), "figures.csv: is a FIFO, not a file (expected a regular file)"),
    ("figures a link to itself", special("figures.csv", "figures.csv"),  # a loop: was a RuntimeError traceback
     "figures.csv: is a link that leads round in a loop, never to a file (expected a link to a file, or the file "
     "itself: delete the link and put the file there)"),
    ("figures a row of 2 MB", lambda c: edit(c / "figures.csv", "Cheshire,contacts,150,440",
                                             "Cheshire,contacts,150,440" + ",xy" * 700_000),  # refused before split
     "figures.csv:3: has a row of more than 2,000,000 characters (expected a table as Excel or LibreOffice saves "
     "it, rows of at most 16,384 cells and 2,000,000 characters: check this is the file you mean, or save it again "
     "from the spreadsheet)"),
    ("figures wider than a spreadsheet", lambda c: edit(c / "figures.csv", "after\n", "after" + ",x" * 20_000 + "\n"),
     "figures.csv:1: has a row of 20,004 cells, more than the 16,384 columns a spreadsheet has (expected a table of "
     "at most 16,384 columns, as Excel or LibreOffice saves it: check this is the file you mean, or save it again "
     "from the spreadsheet)"),
    ("quotes a FIFO", special("quotes.yaml", "fifo"), "quotes.yaml: is a FIFO, not a file (expected a regular file)"),
    ("letterhead a link to /dev/zero", replace("campaign.yaml", "areas: all", "areas: all\nreference: /dev/zero"),
     'campaign.yaml:30: reference: "/dev/zero" is a device, not a file (expected a regular file)'),  # named no key
    ("letterhead a text file with no ending", both(  # was said to be a file whose name ends .docx
        replace("campaign.yaml", "areas: all", "areas: all\nreference: letterhead"), write("letterhead", "Logo here")),
     'campaign.yaml:30: reference: "letterhead" is not a Word document: it is a file of another kind (expected the '
     "file opened in Word and saved again as 'Word Document (.docx)')"),
    ("letterhead a folder", both(replace("campaign.yaml", "areas: all", "areas: all\nreference: letterhead.docx"),
                                 lambda c: (c / "letterhead.docx").mkdir()),
     'campaign.yaml:30: reference: "letterhead.docx" is a folder, not a file (expected a regular file)'),
    ("figures a folder", special("figures.csv", "folder"),
     "figures.csv: is a folder, not a file (expected a regular file)"),
    ("campaign.yaml a folder", special("campaign.yaml", "folder"),
     "campaign.yaml: is a folder, not a file (expected a regular file)"),
    ("xlsx zip bomb", zip_bomb,
     "figures.xlsx: part 'xl/bomb.xml' unpacks to 60,000,000 bytes, more than drafter unpacks (a zip bomb?) "
     "(expected an .xlsx file saved by Excel or LibreOffice, unpacking to at most 100,000,000 bytes)"),
    # numbers cannot be laundered on the way in (issue 19)
    ("minus zero", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,-0,"),
     'figures.csv:4: before: "-0" is negative (expected a whole number of 0 or more, such as 1,747)'),
    ("Bengali digit", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,\u09ea,"),
     "figures.csv:4: before: \"\u09ea\" contains the digit '\u09ea' (BENGALI DIGIT FOUR) (expected a whole number "
     "of 0 or more, such as 1,747, in the digits 0 to 9)"),
    ("full-width digits", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts,\uff19\uff10,"),
     "figures.csv:4: before: \"\uff19\uff10\" contains the digit '\uff19' (FULLWIDTH DIGIT NINE) (expected a "
     "whole number of 0 or more, such as 1,747, in the digits 0 to 9)"),
    ("29 digits", replace("figures.csv", "Cumbria,contacts,90,", "Cumbria,contacts," + "9" * 29 + ","),
     f'figures.csv:4: before: "{"9" * 29}" has 29 significant digits (expected at most 15 significant digits, as '
     "a spreadsheet keeps)"),
    # spreadsheets saved by Excel on Windows (issue 21)
    ("Windows drive path", replace("campaign.yaml", "areas: all", "areas: all\nfigures: C:\\Users\\me\\figures.csv"),
     'campaign.yaml:30: figures: "C:\\Users\\me\\figures.csv" is a Windows drive or network path, which this '
     "computer cannot open (expected a path relative to the campaign folder, such as data\\figures.csv)"),
    ("Windows network path", replace("campaign.yaml", "areas: all", "areas: all\nfigures: \\\\server\\share\\f.csv"),
     'campaign.yaml:30: figures: "\\\\server\\share\\f.csv" is a Windows drive or network path, which this '
     "computer cannot open (expected a path relative to the campaign folder, such as data\\figures.csv)"),
    ("lone surrogate in a quote", quote_text("Safeguarding \\ud800 children."),
     "quotes.yaml:45: quotes[1].text: contains half a character (a lone surrogate) U+D800 at position 14 (expected "
     "printable text)"),
    ("children do not add up", replace("figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,91,171"),
     "figures.csv:2: before: area 'North West', measure 'contacts', period 'before' (July to December 2017) is 1,747 "
     "but its areas (Cheshire, Cumbria, Greater Manchester, Lancashire, Merseyside) add up to 1,748 (expected a parent "
     "figure equal to the sum of its areas (within sum_tolerance: 0 in campaign.yaml); where areas.csv lists only some "
     "of North West's areas, write some in an areas_listed column on its row, and its figures are used as published)"),
    # areas.csv
    ("duplicate area", replace("areas.csv", "Merseyside,North West,",
                               "Cumbria,North West,Cumbria,,,\nMerseyside,North West,"),
     'areas.csv:7: area: "Cumbria" is listed twice (first on row 4) (expected each area once; two places of one '
     "name told apart by a different parent or a different code on each row, or in the area column, such as Cumbria "
     "(North West), with the name releases print in in_text)"),
    ("areas differing only in punctuation",
     replace("areas.csv", "Merseyside,North West,",
             "St Helens,North West,,,,\nSt. Helens,Merseyside,,,,\nMerseyside,North West,"),
     'areas.csv:8: area: "St. Helens" differs from \'St Helens\' (row 7) only in punctuation (expected each area '
     "once: if the two rows are one place written two ways, delete this row; if they are two places, give each its "
     "code in a code column, as published beside its figures, or tell them apart in the area column, such as St. "
     "Helens (Merseyside), with the name releases print in in_text)"),
    ("areas differing only in capitals",
     replace("areas.csv", "Merseyside,North West,",
             "Richmond,North West,,,,\nRICHMOND,Merseyside,,,,\nMerseyside,North West,"),
     'areas.csv:8: area: "RICHMOND" differs from \'Richmond\' (row 7) only in capitals or spacing (expected each '
     "area once: if the two rows are one place written two ways, delete this row; if they are two places, tell "
     "them apart in the area column, such as RICHMOND (Merseyside), with the name releases print in in_text)"),
    ("one area written as a publisher writes it too",
     replace("areas.csv", "Merseyside,North West,", 'City of Bristol,North West,,,,\n"Bristol, City of",North West,,,,'
             "\nMerseyside,North West,"),
     'areas.csv:8: area: "Bristol, City of" is \'City of Bristol\' (row 7) written another way, as publishers '
     "write it (expected each area once: delete this row; drafter reads 'Bristol, City of' in the figures as City "
     "of Bristol already)"),
    ("an area named All beside areas: all",
     replace("areas.csv", "North West,,the north west,", "All,,All,,,,,\nNorth West,All,the north west,"),
     'campaign.yaml:29: areas: "all" could mean every area or the area All (areas.csv row 2) (expected [All only] '
     "for that area alone, or no areas: line at all for every area)"),
    ("an area chosen twice", replace("campaign.yaml", "areas: all ", "areas: [Cumbria, cumbria]"),
     'campaign.yaml:29: areas[1]: "cumbria" names Cumbria, listed already (areas[0]) (expected each area once)'),
    ("unknown parent", replace("areas.csv", "Cumbria,North West,", "Cumbria,Nort West,"),
     'areas.csv:4: parent: "Nort West" is not an area in this file (expected the name of another row\'s area, or '
     "empty; did you mean 'North West'?)"),
    ("missing areas.csv", lambda c: (c / "areas.csv").unlink(),
     "areas.csv: file not found (expected areas.csv in the campaign folder)"),
    ("bad column name", replace("areas.csv", "area,parent,in_text,force,", "area,parent,in_text,Force Name,"),
     'areas.csv:1: header: "Force Name" is not a usable column name (expected lower-case letters, digits and '
     "underscores, e.g. force_name)"),
    ("control character in a name", replace("areas.csv", "Cumbria,North West,Cumbria,",
                                            "Cumbria,North West,Cum\x07bria,"),
     "areas.csv:4: in_text: contains the control character U+0007 at position 4 (expected printable text)"),
    ("parent loop", replace("areas.csv", "North West,,the north west,", "North West,Cheshire,the north west,"),
     'areas.csv:2: parent: "Cheshire" is part of a loop of parents (North West → Cheshire → North West) (expected '
     "parents that end at a top-level area: an empty parent on the row of the area the others are in)"),
    # campaign.yaml
    ("yaml syntax error", replace("campaign.yaml", "locale: en_GB", "locale: [en_GB"),
     "campaign.yaml:10: YAML syntax error, column 6: expected ',' or ']', but got ':' (expected valid YAML)"),
    ("a hundred thousand decimal places", replace("campaign.yaml", "areas: all",
                                                  "areas: all\nhouse_style:\n  percent_small_places: 100000"),
     'campaign.yaml: house_style.percent_small_places: "100000" is too large (expected a whole number from 0 to 6: '
     "decimal places for percentages below percent_whole_from)"),
    ("millions from a thousand", replace("campaign.yaml", "areas: all",
                                         "areas: all\nhouse_style:\n  million_from: 1000"),
     'campaign.yaml: house_style.million_from: "1000" is too small (expected a number of 1,000,000 or more: counts at '
     'or above this are written as "1.2 million")'),
    ("almost trebled from 0.3 times", replace("campaign.yaml", "areas: all",
                                              "areas: all\nhouse_style:\n  nearly_fraction: 0.1"),
     'campaign.yaml: house_style.nearly_fraction: "0.1" is too small (expected a number from 0.9 to 1: "nearly N" only '
     'for values at or above this fraction of N (1: never "nearly"))'),
    ("nearly from zero, which check divided by", replace("campaign.yaml", "areas: all",
                                                         "areas: all\nhouse_style:\n  nearly_fraction: 0"),
     'campaign.yaml: house_style.nearly_fraction: "0" is too small (expected a number from 0.9 to 1: "nearly N" only '
     'for values at or above this fraction of N (1: never "nearly"))'),
    ("nearly above its number", replace("campaign.yaml", "areas: all",
                                        "areas: all\nhouse_style:\n  nearly_fraction: 1.5"),
     'campaign.yaml: house_style.nearly_fraction: "1.5" is too large (expected a number from 0.9 to 1: "nearly N" only '
     'for values at or above this fraction of N (1: never "nearly"))'),
    ("unknown key", replace("campaign.yaml", "locale: en_GB", "locle: en_GB"),
     "campaign.yaml:9: locle: is not a known key (did you mean 'locale'?)"),
    ("wrong type", replace("campaign.yaml", "title: More people", "title:\n  - More people"),
     "campaign.yaml:5: title: is a list (expected the campaign's title, for the reviewer pack: title: Fires attended "
     "in 2024)"),
    ("alias bomb", write("campaign.yaml", BOMB),
     "campaign.yaml:1: anchors and aliases (& and *) are not allowed (expected each value written out in full)"),
    ("reused anchor", write("campaign.yaml", "title: &a x\norganisation: &a y\n"),
     "campaign.yaml:1: anchors and aliases (& and *) are not allowed (expected each value written out in full)"),
    ("key given twice", replace("campaign.yaml", "style: en_GB ", "locale: cy_GB\nstyle: en_GB "),
     "campaign.yaml:10: locale: is given twice (expected each key once; it is first on line 9)"),
    ("python tag", write("campaign.yaml", "title: !!python/object/apply:os.system [echo hi]\n"),
     "campaign.yaml:1: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed (expected plain "
     "YAML values without ! tags)"),
    ("bad date", replace("campaign.yaml", "release_date: 2018-09-04", "release_date: 2018-09-31"),
     'campaign.yaml:11: release_date: "2018-09-31" is not a date (expected a date such as 2018-09-04)'),
    ("bad locale", replace("campaign.yaml", "locale: en_GB", "locale: fr_FR"),
     'campaign.yaml:9: locale: "fr_FR" is not allowed (expected one of en_GB, en_US, cy_GB)'),
    ("bad embargo", replace("campaign.yaml", "embargo: 2018-09-04 00:01", "embargo: midnight"),
     'campaign.yaml:12: embargo: "midnight" is not a date and time (expected a local date and time such as '
     "2018-09-04 00:01 or 4 September 2018 00:01)"),
    ("bad time zone", replace("campaign.yaml", "timezone: Europe/London", "timezone: Europe/Cardiff"),
     'campaign.yaml:13: timezone: "Europe/Cardiff" is not a known time zone (expected an IANA zone such as '
     "Europe/London)"),
    ("time zone that is a region", replace("campaign.yaml", "timezone: Europe/London", "timezone: Europe"),
     'campaign.yaml:13: timezone: "Europe" is not a known time zone (expected an IANA zone such as Europe/London)'),
    ("very long time zone", replace("campaign.yaml", "timezone: Europe/London", "timezone: " + "x" * 300),
     f'campaign.yaml:13: timezone: "{"x" * 197}…" is not a known time zone (expected an IANA zone such as '
     "Europe/London)"),
    ("period ends before it starts", replace("campaign.yaml", "end: 2017-12-31", "end: 2017-06-30"),
     'campaign.yaml:24: periods.before.end: "2017-06-30" is before the start 2017-07-01 (expected an end date on or '
     "after the start)"),
    ("one period", replace("campaign.yaml", "  after:\n    start: 2018-01-01\n    end: 2018-06-30\n", ""),
     'figures.csv:1: header: "after" is not a period id (expected a period id from campaign.yaml: before; in this '
     "form every column but area and measure holds one period's figures: delete a column that does not; a column "
     "of area codes is read when areas.csv has a code column with them)"),
    ("no periods", replace("campaign.yaml", "  before:\n    start: 2017-07-01\n    end: 2017-12-31\n  after:\n"
                           "    start: 2018-01-01\n    end: 2018-06-30\n", "  {}\n"),
     'campaign.yaml:21: periods: "" is empty (expected at least one entry)'),
    ("missing campaign.yaml", lambda c: (c / "campaign.yaml").unlink(),
     "campaign.yaml: file not found (expected a campaign.yaml in {campaign})"),
    ("bad house-style rule", replace("campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  percnt: '%'"),
     "campaign.yaml: house_style.percnt: is not a known house-style rule (did you mean 'percent'?)"),
    # quotes.yaml
    ("unknown speaker", replace("quotes.yaml", "speaker: stuart-york", "speaker: stuart-yorke"),
     'quotes.yaml:39: quotes[1].speaker: "stuart-yorke" is not a speaker in this file (expected one of alan-barr, '
     "stuart-york)"),
    ("duplicate quote id", replace("quotes.yaml", "id: york-cheshire", "id: barr-regional"),
     'quotes.yaml:37: quotes[1].id: "barr-regional" is used by another quote too (on line 22) (expected a unique '
     "quote id: give one of them another, such as barr-regional-2)"),
    ("control character in a quote", replace("quotes.yaml", "is a priority", "is a\x0bpriority"),
     "quotes.yaml:46: contains the control character U+000B at column 51 (expected printable text)"),
    # templates
    ("undefined variable", template("{% block headline %}{{ area.nickname }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': the area has no attribute 'nickname' "
     "(expected only the variables and helpers drafter provides)"),
    ("a measure's unknown attribute", template("{% block headline %}{{ measures['contacts'].subjct }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': the value has no attribute 'subjct' "
     "(expected only the variables and helpers drafter provides; did you mean 'subject'?)"),
    ("an attribute named as one of another value's", template("{% block headline %}{{ measures['contacts'].after }}"
                                                              "{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': the value has no attribute 'after' "
     "(expected only the variables and helpers drafter provides)"),
    ("python internals", template("{% block headline %}{{ ''.__class__.__mro__ }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: tried something unsafe: access to attribute '__class__' of "
     "'str' object is unsafe. "
     "(expected templates that only print text and call drafter's helpers)"),
    ("unsafe call", template("{% block headline %}{{ area.name.format.__globals__ }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: tried something unsafe: access to attribute '__globals__' of "
     "'function' object is "
     "unsafe. (expected templates that only print text and call drafter's helpers)"),
    ("a view's internals", template("{% block headline %}{{ change('contacts')._ctx.campaign }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: tried something unsafe: access to attribute '_ctx' of 'ChangeView' object is "
     "unsafe. (expected templates that only print text and call drafter's helpers)"),
    ("a view's method internals", template("{% block headline %}{{ area.__init__.__globals__ }}"
                                           "{% endblock %}\n"),
     "mine/release.md.j2:2: template: tried something unsafe: access to attribute '__init__' of 'AreaView' object is "
     "unsafe. (expected templates that only print text and call drafter's helpers)"),
    ("template syntax error", template("{% block headline %}{{ area.name {% endblock %}\n"),
     "mine/release.md.j2:2: template: syntax error: expected token 'end of print statement', got '{' (expected valid "
     "Jinja2)"),
    ("runaway output", template("{% block headline %}{% for x in range(99999) %}{{ area.name }}{% endfor %}"
                                "{% endblock %}\n"),
     "mine/release.md.j2: template: area 'North West': produced more than 200,000 characters for one release "
     "(expected a press release of a few pages; look for a loop that never ends)"),
    # templates from elsewhere cannot exhaust the machine (issue 19)
    ("huge constant", template('{% block headline %}{{ "a" * 10**9 }}{% endblock %}\n'),
     "mine/release.md.j2:2: template: area 'North West': repeats a text or list 1,000,000,000 times, making more than "
     "200,000 (expected a template within drafter's limits (docs/templates.md))"),
    ("nested loops printing nothing", template("{% block headline %}{% for a in range(99999) %}{% for b in "
                                               "range(99999) %}{% endfor %}{% endfor %}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': runs its loops more than 1,000,000 times for one release "
     "(expected a template within drafter's limits (docs/templates.md))"),
    ("lipsum", template("{% block headline %}{{ lipsum(n=2000000) }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': 'lipsum' is undefined (expected only the "
     "variables and helpers "
     "drafter provides)"),
    ("doubling a namespace string", template('{% block headline %}{% set ns = namespace(s="a") %}{% for i in '
                                             "range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': 'namespace' is undefined (expected only the variables and "
     "helpers drafter provides)"),
    ("doubling through a macro", template('{% macro d(s) %}{{ d(s ~ s) }}{% endmacro %}'
                                          '{% block headline %}{{ d("ab") }}{% endblock %}\n'),
     "mine/release.md.j2:2: template: area 'North West': joins texts (~) into more than 200,000 characters (expected a "
     "template within drafter's limits (docs/templates.md))"),
    ("range of a billion", template("{% block headline %}{% for i in range(10**9) %}{% endfor %}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': asks for a range of 1,000,000,000 numbers, more than 100,000 "
     "(expected a template within drafter's limits (docs/templates.md))"),
    ("recursive macro", template("{% macro m(n) %}{{ m(n) }}{% endmacro %}{% block headline %}{{ m(1) }}"
                                 "{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': calls itself too deeply (a macro, or a template that "
     "includes or extends itself) (expected a macro or template that stops calling itself)"),
    ("a helper given a number for its role", template("{% block headline %}{{ quote(5) }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': quote(): role is 5, not text (expected the helper's "
     "arguments as docs/templates.md lists them)"),
    ("text split at nothing", template('{% block headline %}{{ area.name.split("") }}{% endblock %}\n'),
     "mine/release.md.j2:2: template: area 'North West': cannot be worked out (empty separator) (expected an "
     "expression that works for every area, with text where text is wanted and a list where a loop is "
     "(docs/templates.md))"),
    ("printf formatting", template('{% block headline %}{{ "%099999999d" % 1 }}{% endblock %}\n'),
     "mine/release.md.j2:2: template: area 'North West': formats text with %, which drafter's templates do not do "
     "(expected a template within drafter's limits (docs/templates.md))"),
    ("str.center", template("{% block headline %}{{ area.name.center(10**9) }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: tried something unsafe: access to attribute 'center' of 'str' object is unsafe. "
     "(expected templates that only print text and call drafter's helpers)"),
    ("str.center after a method allowed", template("{% block headline %}{{ area.name.upper() }} "
                                                  "{{ area.name.center(9) }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: tried something unsafe: access to attribute 'center' of 'str' object is unsafe. "
     "(expected templates that only print text and call drafter's helpers)"),
    ("a list changed in place", template("{% block headline %}{{ area.name }}"
                                         "{{ area.children.append(area) }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: tried something unsafe: access to attribute 'append' of 'list' object is "
     "unsafe. (expected templates that only print text and call drafter's helpers)"),
    ("format filter", template('{% block headline %}{{ "%d" | format(5) }}{% endblock %}\n'),
     "mine/release.md.j2:2: template: syntax error: No filter named 'format'. (expected valid Jinja2"
     "; the filters are capitalize, d, default, first, join, last, length, lower, sentence, title, trim, upper)"),
    ("replace filter on a figure", template('{% block headline %}{{ figure("contacts", "after") | replace("4", "9") }}'
                                            "{% endblock %}\n"),
     "mine/release.md.j2:2: template: syntax error: No filter named 'replace'. (expected valid Jinja2"
     "; the filters are capitalize, d, default, first, join, last, length, lower, sentence, title, trim, upper)"),
    ("a figure cut", template('{% block headline %}{{ figure("contacts", "after")[0:2] }}{% endblock %}\n'),
     "mine/release.md.j2:2: template: area 'North West': prints '3,', whose figures are not a fact drafter recorded "
     "(expected a helper's output printed as it is, not cut, replaced or joined)"),
    ("a year cut from a month", template("{% block headline %}{{ month('after')[-4:] }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': prints '2018', whose figures are not a fact drafter recorded "
     "(expected a helper's output printed as it is, not cut, replaced or joined)"),
    ("a figure joined to text", template('{% block headline %}{{ ["x", figure("contacts", "after")] | join("") }}'
                                         "{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': prints 'x3,549', whose figures are not a "
     "fact drafter recorded "
     "(expected a helper's output printed as it is, not cut, replaced or joined)"),
    ("a length printed", template("{% block headline %}{{ area.name | length }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': prints the raw number 10 (expected numbers printed through "
     "figure(), change() "
     "and the other helpers)"),
    ("a yes-or-no printed", template("{% block headline %}{{ change('contacts').has_percent }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': prints True, a yes-or-no (expected {% if … %} around the "
     "words it decides)"),
    ("division by zero", template("{% block headline %}{{ 1 / 0 }}{% endblock %}\n"),
     "mine/release.md.j2:2: template: area 'North West': arithmetic failed (division by zero) "
     "(expected numbers printed "
     "through drafter's helpers)"),
    ("unknown block style", template("{% block body %}{.bogus}\nText{% endblock %}\n"
                                     "{% block headline %}H{% endblock %}\n"),
     'mine/release.md.j2 (rendered for North West):10: markdown: "{.bogus}" is not a known block style '
     "(expected one of {.embargo}, {.dateline}, {.quote}, {.ends}, {.notes}, {.notes-heading}, {.contact}, {.body}, "
     "{.table-caption}, {.chart})"),
    ("two headlines", template("{% block headline %}One{% endblock %}\n{% block body %}# Two{% endblock %}\n"),
     "mine/release.md.j2: template: area 'North West': the release has 2 headlines (expected exactly "
     "one '# headline')"),
]


@pytest.mark.parametrize(("mutate", "message"), [(m, e) for _, m, e in CASES], ids=[c[0] for c in CASES])
def test_bad_input_gives_one_line_exit_1_and_changes_nothing(example: Path, tmp_path: Path, mutate: Mutation,
                                                             message: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "earlier.docx").write_bytes(b"a file drafter did not write")
    before = files_in(out)
    mutate(example)
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.stderr == "error: " + message.replace("{campaign}", str(example)) + "\n"
    assert result.exit_code == 1
    assert files_in(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["earlier.docx"]


def test_catalogue_is_large_enough() -> None:
    assert len(CASES) >= 40


def test_a_huge_file_is_refused(example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("drafter.load.table.MAX_TABLE_BYTES", 100)
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == "error: areas.csv: file is too large (776 bytes) (expected at most 100 bytes)\n"


def test_an_output_folder_that_cannot_be_created(example: Path, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(tmp_path / "afile" / "out")])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {tmp_path / 'afile' / 'out'}: --out: cannot be made, as {tmp_path / 'afile'} "
                             "is a file, not a folder (expected a folder for the releases: give another --out)\n")


def _drafted_then_corrected(example: Path, out: Path, example_draft: Path) -> dict[str, bytes]:
    """The example drafted into ``out`` (a copy of one draft of it), then Cheshire's figure (and its region's)
    corrected so the next draft rewrites files; the first draft's files, by name."""
    shutil.copytree(example_draft, out)
    before = files_in(out)
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,441")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,550"')
    return before


def test_a_full_disk_while_drafting_changes_nothing(example: Path, example_draft: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    before = _drafted_then_corrected(example, out, example_draft)
    real_open = open

    def full(path: object, *args: object, **kwargs: object) -> object:
        if "cheshire.docx" in str(path) and ".drafter-tmp-" in str(path):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(output, "open", full, raising=False)  # the staging write, while areas still draft
    _redraft_fails_changing_nothing(example, out, before, f"{out.resolve() / 'cheshire.docx'}: could not be written "
                                    "(No space left on device); nothing has been changed (expected space on the "
                                    "drive: delete files you no longer need, or draft into a folder on another "
                                    "drive)")


def _redraft_fails_changing_nothing(example: Path, out: Path, before: dict[str, bytes], message: str) -> None:
    """Draft the corrected example again: it fails with ``message``, and the folder is as it was."""
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {message}\n"
    assert files_in(out) == before
    assert not [name for name in os.listdir(out) if name.startswith(".drafter-tmp-")]


def test_a_full_disk_for_the_reviewer_pack_changes_nothing(example: Path, example_draft: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    before = _drafted_then_corrected(example, out, example_draft)
    real_open = open

    def full(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith("review.docx"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(output, "open", full, raising=False)  # staged last, once every area has drafted
    _redraft_fails_changing_nothing(example, out, before, f"{out / 'review' / 'review.docx'}: could not be "
                                    "written (No space left on device); nothing has been changed (expected space "
                                    "on the drive: delete files you no longer need, or draft into a folder on "
                                    "another drive)")


def test_a_full_disk_leaves_earlier_files_intact(example: Path, example_draft: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    before = _drafted_then_corrected(example, out, example_draft)
    real_replace = os.replace

    def full(src: str, dst: str) -> None:
        if str(dst).endswith("cheshire.docx"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full)
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {out / 'cheshire.docx'}: could not be written (No space left on device); 3 files "
                             "before it are the new draft, it and the rest are as they were, and none is "
                             "half-written (expected space on the drive: delete files you no longer need, or draft "
                             "into a folder on another drive)\n")
    after = files_in(out)
    assert after["cheshire.docx"] == before["cheshire.docx"]
    assert not [name for name in os.listdir(out) if name.startswith(".drafter-tmp-")]


def _link(name: str, to: str) -> Callable[[Path, Path], None]:
    def apply(out: Path, elsewhere: Path) -> None:
        path = out / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
        path.symlink_to(to.replace("{elsewhere}", str(elsewhere)))
    return apply


def _fifo(name: str) -> Callable[[Path, Path], None]:
    def apply(out: Path, elsewhere: Path) -> None:
        (out / name).unlink(missing_ok=True)
        os.mkfifo(out / name)
    return apply


def _folder(name: str) -> Callable[[Path, Path], None]:
    def apply(out: Path, elsewhere: Path) -> None:
        (out / name).unlink(missing_ok=True)
        (out / name).mkdir()
    return apply


def _nested_manifest(out: Path, elsewhere: Path) -> None:
    (out / "drafter-manifest.json").write_text('{"version": 1, "files": ' + "[" * 200_000 + "]" * 200_000 + "}")


LINK = "is a link, which drafter does not follow here"
OWN = "drafter's own file, or nothing: remove the {found}, or draft into a new folder"
OUTPUT_CASES: list[tuple[str, Callable[[Path, Path], None], str]] = [
    ("journal a link", _link(".drafter-journal", "{elsewhere}/notes.txt"),
     f"{{out}}/.drafter-journal: {LINK} (expected {OWN.format(found='link')})"),
    ("manifest a link", _link("drafter-manifest.json", "{elsewhere}/notes.txt"),
     f"{{out}}/drafter-manifest.json: {LINK} (expected {OWN.format(found='link')})"),
    ("manifest nested 200,000 deep", _nested_manifest,
     "{out}/drafter-manifest.json: is not a manifest drafter can read, so it cannot tell which files here a person "
     "has edited (expected the JSON file drafter writes: put back a good copy, or draft into a new folder)"),
    ("fact sheet a link", _link("cheshire.facts.csv", "{elsewhere}/notes.txt"),
     f"{{out}}/cheshire.facts.csv: {LINK} (expected a file drafter wrote, or nothing; remove the link)"),
    ("Markdown a FIFO", _fifo("cheshire.md"),
     "{out}/cheshire.md: is a FIFO, not a file (expected a file drafter wrote, or nothing; remove the FIFO)"),
    ("release a link to /dev/zero", _link("cheshire.docx", "/dev/zero"),
     f"{{out}}/cheshire.docx: {LINK} (expected a file drafter wrote, or nothing; remove the link)"),
    ("release a folder", _folder("cheshire.docx"),
     "{out}/cheshire.docx: is a folder, not a file (expected a file drafter wrote, or nothing; move the folder "
     "elsewhere)"),
    ("review a link elsewhere", _link("review", "{elsewhere}"),
     f"{{out}}/review: {LINK} (expected a folder drafter writes into; remove the link)"),
    ("lock a folder", _folder(".drafter-lock"),
     "{out}/.drafter-lock: is a folder, not a file (expected a file drafter keeps while it writes; remove the "
     "folder)"),
]


def _snapshot(root: Path) -> dict[str, object]:
    """Every path under ``root``: a link's target, a regular file's bytes, or what else it is (never read)."""
    found: dict[str, object] = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink():
            found[str(path)] = ("link", os.readlink(path))
        elif path.is_file():
            found[str(path)] = path.read_bytes()
        else:
            found[str(path)] = "folder" if path.is_dir() else "special"
    return found


@pytest.mark.parametrize(("mutate", "message"), [(m, e) for _, m, e in OUTPUT_CASES], ids=[c[0] for c in OUTPUT_CASES])
def test_a_bad_output_folder_gives_one_line_exit_1_and_changes_nothing(example: Path, example_draft: Path,
                                                                       tmp_path: Path,
                                                                       mutate: Callable[[Path, Path], None],
                                                                       message: str) -> None:
    out, elsewhere = tmp_path / "shared" / "out", tmp_path / "shared" / "elsewhere"
    _drafted_then_corrected(example, out, example_draft)
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("someone else's file\n", encoding="utf-8")
    mutate(out, elsewhere)
    before = _snapshot(tmp_path / "shared")
    result = CliRunner().invoke(app, ["draft", str(example), "--out", str(out)])
    assert result.stderr == "error: " + message.replace("{out}", str(out)) + "\n"
    assert result.exit_code == 1
    assert _snapshot(tmp_path / "shared") == before
