"""The approved-quote library: fingerprints, scope, approval and expiry, and choosing a quote for an area."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from drafter.errors import QuoteError
from drafter.model import Area, Quote


def fingerprint(speaker: str, paragraphs: tuple[str, ...]) -> str:
    """A short hash of exactly what was approved: the speaker and every character of the text.

    >>> fingerprint("alan-barr", ("It is vital.",))
    'sha256:f601d7cd324b31e35c5e'
    """
    payload = speaker + "\n" + "\n\n".join(paragraphs)
    return "sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


def scope_rank(quote: Quote, area: Area, parents: dict[str, str | None]) -> int | None:
    """How specifically a quote is scoped to an area: 0 the area itself, 1 its parent, …; None if out of scope."""
    best: int | None = None
    chain = [area.name]
    current = parents.get(area.name)
    while current and current not in chain:
        chain.append(current)
        current = parents.get(current)
    for name in quote.areas:
        if name == "all":
            rank = len(chain) + 1
        elif name in chain:
            rank = chain.index(name)
        else:
            continue
        best = rank if best is None else min(best, rank)
    return best


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
    """The quote for ``role`` in ``area`` and ``language`` whose scope is most specific; refuse what may not be
    used.

    Of the quotes at the most specific scope, the usable ones are approved, unexpired and unchanged since
    approval (and, with ``drafts``, drafts too). Two usable quotes there is an error naming both; none is an
    error naming the first one's reason, except that an optional role whose quote is withdrawn or expired is
    left out (``Choice.left_out``). drafter never falls back to a less specific quote.
    """
    with_role = [q for q in quotes if (q.role, q.language) == (role, language)]
    if not with_role:
        if optional:
            return Choice(None)
        raise QuoteError(f"area {area.name!r}: no quote in language {language!r} has the role {role!r}",
                         expected="a quote with that role in quotes.yaml")
    in_scope = [(rank, q) for q in with_role if (rank := scope_rank(q, area, parents)) is not None]
    if not in_scope:
        if optional:
            return Choice(None)
        names = ", ".join(q.id for q in with_role)
        raise QuoteError(
            f"area {area.name!r}: no quote for role {role!r} is in scope (quotes {names})",
            expected="a quote whose areas include this area, its parent or all",
        )
    best = min(rank for rank, _ in in_scope)
    closest = [q for rank, q in in_scope if rank == best]
    usable = [q for q in closest if _usable(q, release_date, drafts)]
    if len(usable) > 1:
        first, second = usable[0], usable[1]
        raise QuoteError(
            f"area {area.name!r}: quotes {first.id!r} ({first.source}) and {second.id!r} ({second.source}) "
            f"both give the role {role!r} here", source=second.source,
            expected="one usable quote per role and scope: withdraw one, or narrow its areas")
    if usable:
        return Choice(usable[0], draft=usable[0].status == "draft")
    chosen = closest[0]
    reason = refusal(chosen, release_date)
    assert reason is not None
    if optional and (chosen.status == "withdrawn" or _expired(chosen, release_date)):
        return Choice(None, left_out=f"quote {chosen.id!r} for the optional role {role!r} {reason}")
    approve = f"drafter quotes approve DIR {chosen.id} --by NAME records"
    hint = {"draft": f": {approve} its approval (drafter preview, or drafter draft --draft-quotes, shows a draft "
                     "marked as not approved)"}.get(chosen.status, "")
    if chosen.status == "approved" and not _expired(chosen, release_date):  # changed since its approval
        hint = f": {approve} the new wording's approval, once the speaker has agreed it"
    raise QuoteError(
        f"area {area.name!r}: quote {chosen.id!r} {reason}",
        source=chosen.source,
        expected="an approved, unexpired and unchanged quote" + hint,
    )


def _expired(quote: Quote, release_date: dt.date) -> bool:
    return quote.expires_on is not None and quote.expires_on < release_date


def _usable(quote: Quote, release_date: dt.date, drafts: bool) -> bool:
    """Approved, unexpired and unchanged; with ``drafts``, an unexpired draft too (its text is not yet approved,
    so there is no fingerprint to match)."""
    if drafts and quote.status == "draft":
        return not _expired(quote, release_date)
    return refusal(quote, release_date) is None
