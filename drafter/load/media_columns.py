"""A media list's columns as contact lists are exported, and the addresses in its e-mail cells.

Outlook (in English, French, German or Welsh), Google Contacts, Mailchimp and media databases each head their
columns in their own words: this module says which of them give drafter's ``outlet``, ``name``, ``email``,
``areas``, ``language`` and ``attach``, which hold a contact's further addresses ("E-mail 2 Address", "E-mail 2 -
Value"), and which hold labels that may name areas among other things (Outlook's "Categories", Google's "Labels",
Mailchimp's "TAGS"). It finds the header below a title row (a workbook's "Newsdesks – March 2024" merged across
the top), and reads each address of a cell: ``Name <address>``, a To line's ``a@x.org; b@y.org``, Google's ``a@x.org
::: b@y.org``; and it words the warnings of contacts who are sent nothing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError, name_list
from drafter.load.schema import Mapping
from drafter.load.table import NO_ROWS, Row, RowStream, read_rows
from drafter.model import Warning

COLUMNS = ("outlet", "name", "email", "areas", "language", "attach")
# The headings contact lists exported from Outlook, Google Contacts or a media database give drafter's columns.
ALIASES = {"outlet": ("company", "organisation", "organization", "organization name", "organization 1 - name",
                      "publication", "media outlet", "outlet name", "outlets", "media outlet name", "société", "firma",
                      "cwmni", "sefydliad", "cyhoeddiad"),
           "name": ("full name", "display name", "contact", "contact name", "enw", "nom complet"),
           "email": ("e-mail", "e-mail address", "email address", "e-mail 1 - value", "email 1 - value",
                     "e-mail 1 address", "contact email", "work email", "primary email", "adresse de messagerie",
                     "adresse e-mail", "e-mail-adresse", "e-mail-adresse 1", "cyfeiriad e-bost", "e-bost", "ebost"),
           "areas": ("area", "region", "regions", "patch", "ardal", "ardaloedd"),
           "language": ("languages", "language preference", "preferred language", "iaith", "dewis iaith"),
           "attach": ("attachment",)}
# A contact's further addresses, each sent the same releases as the first.
EXTRA_EMAIL = re.compile(r"e-?mail ([2-9])(?: address| - value)?|adresse de messagerie ([2-9])"
                         r"|(?:secondary|alternative|alternate|other) e-?mail(?: address)?"
                         r"|e-mail ([2-9]): adresse|e-mail-adresse ([2-9])")
# Labels that may name areas among other things ("Media; Cardiff"), read when there is no areas column.
TAGS = ("categories", "labels", "group membership", "tags", "catégories", "kategorien", "categorïau")
# The first and last names of a contact list without a name column.
NAME_PARTS = (("first name", "last name"), ("first name", "surname"), ("given name", "family name"), ("prénom", "nom"),
              ("vorname", "nachname"), ("enw cyntaf", "cyfenw"))
# Where a media database's export says a contact is, narrowest first: read, when the list has no areas column, for
# the areas a contact's row is for (:mod:`drafter.load.media_places`). A Region beside them is one of them.
# Outlook's Business/Home/Other City and State (a UK contact's county), Google Contacts' "Address 1 - City" and
# "Address 1 - Region", and Mailchimp's "Address", the whole address in one cell, are read as theirs.
_OUTLOOK = ("business", "home", "other")
ONE_CELL = "address"  # Mailchimp's: "1 English St Carlisle Cumbria CA3 8JR GB", read for an area's name in it
PLACES = (("city", "town", "town/city", "location", "locality", *(f"{k} city" for k in _OUTLOOK),
           *(f"address {n} - city" for n in "123"), ONE_CELL),
          ("county", "county/state", "state/county", "local authority", "district", *(f"{k} state" for k in _OUTLOOK),
           *(f"address {n} - region" for n in "123")),
          ("state", "region", "state/region", "province"),
          ("country", *(f"{k} country/region" for k in _OUTLOOK), *(f"address {n} - country" for n in "123")))
# A mark that a contact asked not to be sent anything, or that its address bounced: such a row, and its address on
# any row, is never sent to.
OPT_OUT = ("do not contact", "do not email", "opted out", "opt out", "opt-out", "email opt out", "e-mail opt out",
           "unsubscribed", "no contact", "bounced", "email bounced", "e-mail bounced", "hard bounce", "hard bounced")
OPT_IN = ("", "no", "n", "false", "0", "-")  # what such a column holds for a contact who may be sent releases
# The outlet's own address beside a journalist's (Vuelio's "Outlet Email"): a row without its own address is sent there.
OUTLET_EMAIL = ("outlet email", "outlet e-mail", "media outlet email", "outlet email address")
# Columns a Mailchimp audience export always has: its REGION is where a subscriber opened mail, not an area.
MAX_NAMED = 5  # a warning names at most this many contacts, then "and 3 more"
MAILCHIMP = ("member_rating", "optin_time", "leid", "euid")
# A heading that says which language a contact wants, in words drafter does not read as its language column.
_LANGUAGE_WORDS = re.compile(r"welsh|cymraeg|iaith|language|saesneg|english")


@dataclass(frozen=True)
class Headings:
    """Which column gives each of drafter's fields, as the list heads them."""

    field: dict[str, str]  # drafter's column → the list's
    extra: tuple[str, ...] = ()  # further e-mail columns
    tags: str = ""  # labels read for areas, when the list has no areas column
    name_parts: tuple[str, ...] = ()  # first and last name, when it has no name column
    places: tuple[str, ...] = ()  # where a contact is (City, County, Region), narrowest first, when no areas column
    opt_out: tuple[str, ...] = ()  # "Do Not Contact", "Bounced"
    outlet_email: str = ""  # the outlet's address, for a row without its own


def read_media_rows(path: Path, display: str, empty: tuple[str, str] = NO_ROWS) -> RowStream:
    """The list's rows under its header: the first row, or, where that holds no e-mail heading (a title over a
    workbook, a heading merged over two rows), the first of the first rows that does."""
    try:
        table = read_rows(path, display, empty=empty)
        if any(_field(column) == "email" for column in table.columns):
            return table
    except InputError as fault:
        if fault.field != "header":
            raise
        first: InputError | None = fault
    else:
        first = None
    for form in ("email", *ALIASES["email"]):
        try:
            found = read_rows(path, display, names=(form,), empty=empty)
        except InputError:
            continue
        if form in found.columns:
            return found
    if first is not None:
        raise first
    return table


def _field(column: str) -> str | None:
    return next((f for f in COLUMNS if column == f or column in ALIASES[f]), None)


def headings(table: RowStream) -> Headings:
    """Which column of the list holds each of drafter's: its own name or a contact export's heading for it
    ("E-mail Address"). Other columns (a phone number, notes) are left unread, unless one looks like a slip of
    a column drafter reads that the list lacks ("langauge"), which would otherwise be left unread unnoticed."""
    mailchimp = all(mark in table.columns for mark in MAILCHIMP[:2]) or any(m in table.columns for m in MAILCHIMP[2:])
    heading: dict[str, str] = {}
    for column in table.columns:
        field = _field(column)
        if field is None or (mailchimp and column == "region"):
            continue
        if field in heading:
            raise InputError(f"and {table.heading(heading[field])!r} both give the contact's {field}",
                             source=table.header_ref(column), field="header", value=table.heading(column),
                             expected="one column for each: take one out or rename it")
        heading[field] = column
    extra = tuple(c for c in table.columns if EXTRA_EMAIL.fullmatch(c))
    places = tuple(c for group in PLACES for c in table.columns if c in group and not (mailchimp and c == "region"))
    if heading.get("areas") in PLACES[2] and any(c in PLACES[0] + PLACES[1] for c in places):  # a Region beside a
        # City or County: where the contact is
        del heading["areas"]
    places = places if "areas" not in heading or heading["areas"] not in places else ()
    tags = "" if "areas" in heading else next((c for c in table.columns if c in TAGS), "")
    opt_out = tuple(c for c in table.columns if c in OPT_OUT)
    outlet_email = next((c for c in table.columns if c in OUTLET_EMAIL), "")
    known = {*heading.values(), *extra, tags, *places, *opt_out, outlet_email}
    for column in table.columns:
        if column not in known and "language" not in heading and _LANGUAGE_WORDS.search(column):
            raise InputError("is not a column drafter reads, so the languages in it would be passed over",
                             source=table.header_ref(column), field="header", value=table.heading(column),
                             expected="a column headed language instead, each cell en (or English), cy (or Welsh), "
                             "both, or empty for every language the campaign is published in")
        if column not in known:
            slip = difflib.get_close_matches(column, [f for f in COLUMNS if f not in heading], n=1, cutoff=0.75)
            if slip:
                raise InputError("is not a media list column", source=table.header_ref(column), field="header",
                                 value=table.heading(column), expected=f"did you mean {slip[0]!r}?")
    for field in ("email", "areas"):
        if field not in heading and not (field == "areas" and (tags or places)):
            raise InputError("is missing from the header", source=table.header_ref(), field="header", value=field,
                             expected=f"a column {field} (or {', '.join(ALIASES[field][:3])}"
                             + (", or Outlook's Categories, Google's Labels, Mailchimp's TAGS, or a media "
                                "database's County or City" if field == "areas" else "") + "); the header row has "
                             + ", ".join(table.heading(column) for column in table.columns))
    parts = (next((pair for pair in NAME_PARTS if set(pair) <= set(table.columns)), ())
             or next((pair for pair in NAME_PARTS if pair[0] in table.columns), ())) if "name" not in heading else ()
    return Headings(heading, extra, tags, parts, places, opt_out, outlet_email)


def tag_names(cell: str) -> list[str]:
    """The labels in a cell of labels: Outlook's ``Media;Cardiff``, Google's ``Cardiff ::: * myContacts`` (its own
    labels, with a star, left out), Mailchimp's ``"Cardiff","Swansea"``.

    >>> tag_names('Cardiff ::: * myContacts'), tag_names('"Cardiff","Vale of Glamorgan"'), tag_names("Media; Powys")
    (['Cardiff'], ['Cardiff', 'Vale of Glamorgan'], ['Media', 'Powys'])
    """
    parts = re.split(r"\s*(?::::|;|\",\")\s*", cell.strip())
    names = [part.strip().strip('"').strip() for part in parts]  # "Media, Cardiff" is split by the caller, who
    # knows the areas: "London, City of" is one (media_areas.comma_names)
    return [name for name in names if name and not name.startswith("*")]


def row_addresses(row: Row, display: str, cells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each address of a row's e-mail cells, once, with the name pasted with it; a cell with something in it
    that is not an address is refused, naming that part."""
    found: dict[str, tuple[str, str]] = {}
    for column, cell in cells:
        addresses_in, bad = addresses(cell)
        if bad:
            several = cell.count("@") > 1 and bad != cell.strip()
            dot = f"the address without the dot at its end: {bad.rstrip('.')}" \
                if bad.endswith(".") and is_address(bad.rstrip(".")) else ""
            if bad.lower().startswith("/o="):  # an Exchange address, of a colleague's contact exported from Outlook
                raise InputError("is an Exchange address, which only Outlook inside your organisation can use",
                                 source=row.ref(display, column), field=column, value=bad[:60] + "…",
                                 expected="the contact's e-mail address (name@example.org), as Outlook shows it when "
                                 "you open the contact")
            raise InputError("is not an e-mail address" + (f" (in {cell.strip()!r})" if several else ""),
                             source=row.ref(display, column), field=column, value=bad,
                             expected=dot or "an address such as newsdesk@example.org"
                             + (", each address separated by ;" if several else ""))
        for address, name in addresses_in:
            found.setdefault(address.lower(), (address, name))
    return list(found.values())


def addresses(cell: str) -> tuple[list[tuple[str, str]], str]:
    """Each address in an e-mail cell with the name pasted with it, and, where a part is not an address, that
    part (else ""). Outlook copies a contact as ``Newsdesk <newsdesk@example.org>`` (a ``;`` after it from a To
    line), an older Outlook as ``Newsdesk [mailto:newsdesk@example.org]``; a To line holds several, separated by
    ``;`` or ``,``; Google Contacts puts a contact's addresses of one kind in one cell, separated by ``:::``.

    >>> addresses("Cheshire Echo Newsdesk <newsdesk@example.org>;")
    ([('newsdesk@example.org', 'Cheshire Echo Newsdesk')], '')
    >>> addresses("mailto:a@example.org"), addresses('"Desk, News" <a@example.org>, b@example.org')
    (([('a@example.org', '')], ''), ([('a@example.org', 'Desk, News'), ('b@example.org', '')], ''))
    >>> addresses("a@example.org ::: b@example.org")[0], addresses("a@example.org; b@example")[1]
    ([('a@example.org', ''), ('b@example.org', '')], 'b@example')
    """
    cell = _INVISIBLE.sub("", cell)  # a zero-width space pasted from a web page with the address
    cell = _LAST_FIRST.sub(r'\1 "\2, \3" <', cell)  # Outlook's "Smith, John <john@…>": one name, quoted
    one = _address(cell)
    if not cell.strip() or is_address(one[0]):
        return ([one] if cell.strip() else []), ""
    text = re.sub(r"\s*(?::::|;)\s*", ", ", cell.strip().rstrip(";,"))
    found = [(address.strip(), name.strip()) for name, address in _parsed(text)]
    written = [part.strip() for part in re.split(r"[,;]|:::", cell) if part.strip()]
    if len(found) < 2 or (len(found) != len(written) and not all(is_address(a) for a, _ in found)):
        return [], cell.strip()
    bad = next((address or cell.strip() for address, _ in found if not is_address(address)), "")
    return ([] if bad else found), bad


_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
_LAST_FIRST = re.compile(r'(^|[;,])\s*([^";,<>@:]+),\s*([^";,<>@:]+?)\s*<')  # "Smith, John <", unquoted
# An address as newsdesks have them: letters, digits and the usual signs before the @; a domain with a dot.
_ADDRESS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                      r"@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+")


def is_address(text: str) -> bool:
    """Whether ``text`` is an e-mail address drafter sends to (or from).

    >>> is_address("newsdesk@example.org"), is_address("newsdesk@example"), is_address("a b@example.org")
    (True, False, False)
    """
    return len(text) <= 254 and _ADDRESS.fullmatch(text) is not None


def contact_address(contact: Mapping) -> str:
    """campaign.yaml's ``media_contact: email:``, printed in every release: empty, or an e-mail address (a slip
    such as ``press@example`` or ``press office`` would send every journalist nowhere)."""
    text = contact.text("email", "")
    if text and not is_address(text):
        raise contact.fail("email", "is not an e-mail address", text,
                           "an address such as press@example.org, printed in every release for journalists to write to")
    return text


def _address(cell: str) -> tuple[str, str]:
    """The address in one contact's cell, and the name pasted with it; a cell in no such form is the address as
    written.

    >>> _address("Jo Bloggs [mailto:jo@example.org]"), _address("jo@example.org (Jo Bloggs)")
    (('jo@example.org', 'Jo Bloggs'), ('jo@example.org', 'Jo Bloggs'))
    """
    text = re.sub(r"^mailto:", "", cell.strip().rstrip(";,").strip(), flags=re.IGNORECASE)  # a link copied
    text = re.sub(r"\[mailto:([^\]]*)\]$", r"<\1>", text, flags=re.IGNORECASE)
    if text.endswith((">", ")")) and ("<" in text or "(" in text):
        found = _parsed(text)  # not parseaddr, which gives the first of "Jo <jo@…>; Desk <desk@…>" alone
        if len(found) == 1 and found[0][1] and is_address(found[0][1]):
            return found[0][1], found[0][0].strip()
    return text, ""


def _parsed(text: str) -> list[tuple[str, str]]:
    """The (name, address) pairs of a cell with names or several addresses in it, by the standard library's parser
    (imported only then: a list of plain addresses, as most are, never needs it, and it costs every run that reads
    one some milliseconds; see ARCHITECTURE.md's import rules)."""
    from email.utils import getaddresses

    return getaddresses([text])


def row_word(display: str) -> str:
    """What a warning calls a contact's place in the list: a row, or a card's first line in a .vcf file."""
    return "line" if display.lower().endswith(".vcf") else "row"


def untagged_warning(rows: list[tuple[int, str]], display: str, column: str) -> Warning:
    """One warning for the contacts whose labels name none of the campaign's areas, who are sent nothing."""
    many = len(rows) > 1
    numbers = name_list([str(number) for number, _ in rows], 10, and_word="and")
    named = name_list([name for _, name in rows], MAX_NAMED, and_word="and")
    place = f"{row_word(display)}{'s' if many else ''}"
    return Warning("media", f"{display}, {place} {numbers}: {column} names none of the campaign's areas, so {named} "
                   f"{'are' if many else 'is'} sent nothing; to send them a release, add an area from areas.csv to "
                   f"their {column}" + (" (or, in Apple Contacts, a line 'Areas: …' to their note)"
                                        if place.startswith("line") else ""))


def unaddressed_warning(rows: list[tuple[int, str]], display: str, column: str) -> Warning:
    """One warning for every contact without an e-mail address (an address book's export has them), who is sent
    nothing: their rows and names (or outlets), and what to do."""
    many = len(rows) > 1
    numbers = name_list([str(number) for number, _ in rows], 10, and_word="and")
    names = [name or f"the contact on row {number}" for number, name in rows]
    named = name_list(names, 5, and_word="and")
    place = f"{row_word(display)}{'s' if many else ''}"
    return Warning("media", f"{display}, {place} {numbers}: {column} is empty, so {named} "
                   f"{'are' if many else 'is'} sent nothing; add {'their' if many else 'the'} e-mail "
                   f"address{'es' if many else ''}, or take {'those rows' if many else 'the row'} out of {display}")
