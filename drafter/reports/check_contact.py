"""The media contact as the check holds it: the phone numbers and e-mail address campaign.yaml's ``media_contact``
gives, which drafter prints at the end of every release. They are no figures of the data, but a journalist rings
or writes to what the release prints, so one changed is a finding; the same number or address written another way
("07700 900001" or "+44 7700 900 001" for "07700 900 001", "Press@Example.org") is not. A number with a stray mark
in it ("07700 900(001") is, as a journalist cannot tell what was meant."""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.model import Campaign, SourceRef
from drafter.reports.check_align import Alignment
from drafter.reports.check_known import Known, Problem
from drafter.reports.check_words import Item, Token
from drafter.style.typed import is_phone

_FIELDS = (("phone", "the media contact's phone number"), ("out_of_hours", "the media contact's out-of-hours number"),
           ("email", "the media contact's e-mail address"))
# A telephone number as people write one: its country's code ("+44", with "(0)" after it), the area code in
# brackets, and groups of digits with one space, hyphen or full stop between them.
_WELL_FORMED = re.compile(r"(?:\+\d{1,3}[ \-]?(?:\(0\)[ \-]?)?)?(?:\(\d{2,6}\)[ \-]?)?\d+(?:[ \-.]\d+)*")
_STRAY = re.compile(r"[^\d +\-.]|(?<=\d)\(|\)(?=\d)|[ \-.]{2,}")


def contact_facts(campaign: Campaign) -> list[Known]:
    """The media contact's phone numbers and e-mail address, each a fact with the key it comes from."""
    c = campaign.contact
    return [Known("", f"media_contact.{key}", "contact", getattr(c, key), what,
                  (SourceRef(campaign.source.file, key=f"media_contact.{key}"),))
            for key, what in _FIELDS if getattr(c, key)]


def contact_of(text: str, facts: list[Known]) -> Known | None:
    """Which of the media contact's details ``text`` (a phone number or address drafter printed) is."""
    return next((k for k in facts if same_contact(text, k.text)), None)


def same_contact(found: str, drafted: str) -> bool:
    """Whether ``found`` is ``drafted`` written another way: a phone number with the same digits, its spaces,
    hyphens, country code or brackets round its area code as people write them; an address in other capitals, with
    or without "https://", "www." or a slash at its end."""
    if not is_phone(drafted):  # an address, or a postcode: "Press@Example.org", "mailto:", "https://" aside
        return _address(found) == _address(drafted)
    return _WELL_FORMED.fullmatch(found.strip()) is not None and _same_digits(found, drafted)


def contact_problem(j: int, shown: str, expected: str, known: Known | None) -> Problem | None:
    """The finding for ``shown`` typed where drafter printed ``expected`` (``known``: which detail it is; None for a
    web address or postcode of the campaign's own text); None where it is the same written another way."""
    if same_contact(shown, expected):
        return None
    note = contact_note(shown, expected)
    if known is None:
        return Problem(j, "changed", shown, expected, None, f"'{shown}' where drafter wrote '{expected}'" + (
            f": {note}" if note else ""))
    return Problem(j, "changed_contact", shown, expected, known, f"'{shown}' where {known.what} was '{expected}' "
                   f"({known.source()}): {note}")


def lost_contacts(items: Sequence[Sequence[Item]], links: Sequence[Sequence[Known | None]], alignment: Alignment,
                  edited: Sequence[str], toks_e: Sequence[Sequence[Token]]) -> list[Problem]:
    """A phone number or address of the media contact's with words typed in its place that read as neither
    ("press@example", "press @example.org"): what a journalist would write to. One taken out whole, or typed over
    with figures (the judge's), is none of these."""
    wanted = [(i, item, known) for i, (found, known_of) in enumerate(zip(items, links, strict=True))
              for item, known in zip(found, known_of, strict=True)
              if known is not None and known.kind == "contact" and not alignment.used[i][item.first]]
    if not wanted:
        return []
    ends = {(i, k) for i, item, _ in wanted for k in (item.first - 1, item.last)}
    at = {place: (j, t) for j, row in enumerate(alignment.matches) for t, place in enumerate(row) if place in ends}
    problems = []
    for i, item, known in wanted:
        left, right = at.get((i, item.first - 1)), at.get((i, item.last))
        if left is None:
            continue
        j, first = left[0], left[1] + 1
        last = right[1] if right is not None and right[0] == j else len(toks_e[j]) if item.last == len(
            alignment.used[i]) else first
        row, toks = alignment.matches[j], toks_e[j][first:last]
        if toks and all(row[t] is None for t in range(first, last)) and all(
                t.kind in ("word", "symbol") for t in toks):
            problem = contact_problem(j, edited[j][toks[0].start:toks[-1].end], item.text, known)
            problems.extend([problem] if problem else [])
    return problems


def contact_note(found: str, drafted: str) -> str:
    """Why a changed contact detail matters, in a press officer's words."""
    if "@" in drafted:
        return "an e-mail to it would not reach the press office"
    if not is_phone(drafted):
        return "a reader following it would not reach the page drafter linked" if "." in drafted else ""
    if _same_digits(found, drafted):
        stray = _STRAY.search(found.strip())
        mark = f"'{stray.group().strip() or 'a double space'}'" if stray else "a mark"
        return f"the same digits with {mark} in them, which a journalist may misread"
    return "a journalist would ring the wrong number"


def _address(text: str) -> str:
    text = text.strip().casefold().removeprefix("mailto:")
    for prefix in ("https://", "http://", "www."):
        text = text.removeprefix(prefix)
    return text.rstrip("/")


def _same_digits(found: str, drafted: str) -> bool:
    a, b = _digits(found), _digits(drafted)
    if a == b:
        return True
    for one, other in ((a, b), (b, a)):  # "+44 7700 900001" for "07700 900001": the country's code for the 0
        if one.startswith("+") and not other.startswith("+"):
            national = other[1:] if other.startswith("0") else other  # "+1 555 010 0123" for "555 010 0123"
            return any(one[1 + k:] == national for k in (1, 2, 3))
    return False


def _digits(text: str) -> str:
    text = text.replace("(0)", "")
    return ("+" if text.strip().startswith("+") else "") + "".join(c for c in text if c.isdigit())
