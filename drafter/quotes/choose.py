"""The approved-quote library: fingerprints, approval and expiry, and choosing a quote for an area by its scope."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from dataclasses import dataclass

from drafter.errors import QuoteError, name_list
from drafter.model import Area, Quote, Warning
from drafter.quotes.scope import Match, scope_match, scope_words
from drafter.style.lang import english_name


def fingerprint(speaker: str, paragraphs: tuple[str, ...]) -> str:
    """A short hash of exactly what was approved: the speaker and every character of the text.

    >>> fingerprint("alan-barr", ("It is vital.",))
    'sha256:f601d7cd324b31e35c5e'
    """
    payload = speaker + "\n" + "\n\n".join(paragraphs)
    return "sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


def refusal(quote: Quote, release_date: dt.date) -> str | None:
    """Why a quote may not be used on ``release_date``, or None when it may."""
    if quote.status == "withdrawn":
        return "has been withdrawn"
    if quote.status == "draft":
        return "is a draft, not approved"
    if quote.expires_on is not None and quote.expires_on < release_date:
        return f"expired on {quote.expires_on.isoformat()}, before the release date {release_date.isoformat()}"
    if quote.fingerprint is not None and quote.fingerprint != fingerprint(quote.speaker, quote.paragraphs):
        return "has changed since approval (its text no longer matches the approved fingerprint)"
    return None


EXPIRING_DAYS = 14  # an approved quote expiring this soon after the release date is warned about


def expiring(quotes: tuple[Quote, ...], release_date: dt.date) -> tuple[Warning, ...]:
    """One warning naming each approved quote that expires on the release date or in the :data:`EXPIRING_DAYS`
    after it: a release sent after that day is refused (``drafter send``), so the press officer should know."""
    parts = [f"{q.id!r} ({q.source}) on {q.expires_on.isoformat()}" for q in quotes if q.status == "approved"
             and q.expires_on is not None and 0 <= (q.expires_on - release_date).days < EXPIRING_DAYS]
    if not parts:
        return ()
    return (Warning("quote_expiring", f"quotes expire within {EXPIRING_DAYS} days of the release date: "
                    + ", ".join(parts) + "; a release using one cannot be sent after that day: if it may go later, "
                    "ask the speaker to approve it again (drafter quotes approve --expires)"),)


@dataclass(frozen=True)
class Choice:
    """The quote a release uses for a role, or None; ``left_out`` says why an optional role's quote was left
    out (withdrawn or expired), and ``draft`` marks an unapproved quote shown only because drafts were asked
    for (``drafter preview``, ``drafter draft --draft-quotes``)."""

    quote: Quote | None
    left_out: str | None = None
    draft: bool = False


def choose_quote(
    role: str,
    area: Area,
    quotes: tuple[Quote, ...],
    parents: dict[str, str | None],
    release_date: dt.date,
    *,
    optional: bool,
    language: str = "en",
    drafts: bool = False,
) -> Choice:
    """The quote for ``role`` in ``area`` and ``language`` whose scope is most specific (``Cheshire only``, then
    ``Cheshire``, its parent, …, then ``all``: :func:`~drafter.quotes.scope.scope_match`); refuse what may not be
    used.

    Of the quotes at the most specific scope, the usable ones are approved, unexpired and unchanged since
    approval (and, with ``drafts``, drafts too). Two usable quotes there is an error naming both; none is an
    error naming the first one's reason, except that an optional role whose quote is withdrawn or expired is
    left out (``Choice.left_out``). drafter never falls back to a less specific quote.
    """
    with_role = [q for q in quotes if (q.role, q.language) == (role, language)]
    if not with_role:
        near = _near_role(role, language, quotes)
        if optional:
            return Choice(None, left_out=near)
        raise QuoteError(f"area {area.name!r}: no quote in {english_name(language)} has the role {role!r}",
                         expected="a quote with that role in quotes.yaml" + (f" ({near})" if near else "") + (
                             "; the campaign has no quotes at all: is quotes.yaml in the campaign folder, with the "
                             "quotes saved in it?" if not quotes else ""))
    in_scope = [(match, q) for q in with_role if (match := scope_match(q, area, parents)) is not None]
    if not in_scope:
        if optional:
            return Choice(None)
        names = name_list([f"{q.id} for {scope_words(q)}" for q in with_role])
        raise QuoteError(
            f"area {area.name!r}: no quote for role {role!r} is in scope (quotes {names})",
            expected="a quote in quotes.yaml whose areas include this area, its parent or all",
        )
    best = min(match.rank for match, _ in in_scope)
    if best == 0 and any(match.rank == 1 for match, _ in in_scope) and area.name not in parents.values():
        best = 1  # "Cheshire only" and "Cheshire" say the same of an area with no areas in it: one scope
    closest = [(match, q) for match, q in in_scope if match.rank <= best]
    usable = [(match, q) for match, q in closest if _usable(q, release_date, drafts)]
    if len(usable) > 1:
        raise QuoteError(
            f"area {area.name!r}: quotes {_named(*usable[0])} and {_named(*usable[1])} both give the role "
            f"{role!r} here", source=usable[1][1].source,
            expected="one usable quote per role and scope: withdraw one, or narrow its areas")
    if usable:
        return Choice(usable[0][1], draft=usable[0][1].status == "draft")
    chosen = closest[0][1]
    reason = refusal(chosen, release_date)
    assert reason is not None
    approve = f"drafter quotes approve DIR {chosen.id} --by NAME records"
    renew = f"{approve} its approval again with --expires on or after {release_date.isoformat()}, once the speaker " \
        "has agreed it may still be used"
    if optional and (chosen.status == "withdrawn" or _expired(chosen, release_date)):
        return Choice(None, left_out=f"quote {chosen.id!r} for the optional role {role!r} {reason}"
                      + (f" ({renew})" if chosen.status != "withdrawn" else ""))
    hint = {"draft": f": {approve} its approval (drafter preview, or drafter draft --draft-quotes, shows a draft "
                     "marked as not approved)"}.get(chosen.status, "")
    if chosen.status == "approved" and not _expired(chosen, release_date):  # changed since its approval
        hint = f": {approve} the new wording's approval, once the speaker has agreed it"
    elif chosen.status == "approved":
        hint = f": {renew}"
    raise QuoteError(
        f"area {area.name!r}: quote {chosen.id!r} {reason}",
        source=chosen.source,
        expected="an approved, unexpired and unchanged quote" + hint,
    )


def _near_role(role: str, language: str, quotes: tuple[Quote, ...]) -> str | None:
    """A quote whose role is the one asked for written another way ("Local" for "local", "loacl"), in words:
    "quote 'york' (quotes.yaml:37) has the role 'Local', not 'local' as the template asks"; None when none is."""
    roles: dict[str, Quote] = {}
    for quote in quotes:
        if quote.language != language:  # a role of quotes approved in another language is no slip
            continue
        roles.setdefault(quote.role.casefold(), quote)
    near = difflib.get_close_matches(role.casefold(), list(roles), n=1, cutoff=0.8)
    if not near:
        return None
    quote = roles[near[0]]
    return f"quote {quote.id!r} ({quote.source}) has the role {quote.role!r}, not {role!r} as the template asks"


def _named(match: Match, quote: Quote) -> str:
    """"'york-cheshire' (quotes.yaml:37, for North West, which Cheshire is in)": a quote, where it is, and the
    scope that gives it to the area."""
    return f"{quote.id!r} ({quote.source}, {match.why})"


def _expired(quote: Quote, release_date: dt.date) -> bool:
    return quote.expires_on is not None and quote.expires_on < release_date


def _usable(quote: Quote, release_date: dt.date, drafts: bool) -> bool:
    """Approved, unexpired and unchanged; with ``drafts``, an unexpired draft too (its text is not yet approved,
    so there is no fingerprint to match)."""
    if drafts and quote.status == "draft":
        return not _expired(quote, release_date)
    return refusal(quote, release_date) is None
