"""The approved-quote library: fingerprints, scope, approval and expiry, and choosing a quote for an area."""

from __future__ import annotations

import datetime as dt
import hashlib

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


def choose_quote(
    role: str,
    area: Area,
    quotes: tuple[Quote, ...],
    parents: dict[str, str | None],
    release_date: dt.date,
    *,
    optional: bool,
    language: str = "en",
) -> Quote | None:
    """The quote for ``role`` in ``area`` and ``language`` whose scope is most specific; refuse what may not be
    used."""
    with_role = [q for q in quotes if (q.role, q.language) == (role, language)]
    if not with_role:
        if optional:
            return None
        raise QuoteError(f"no quote in language {language!r} has the role {role!r}", field="role", value=None,
                         expected="a quote with that role in quotes.yaml")
    in_scope = [(rank, q) for q in with_role if (rank := scope_rank(q, area, parents)) is not None]
    if not in_scope:
        if optional:
            return None
        names = ", ".join(q.id for q in with_role)
        raise QuoteError(
            f"area {area.name!r}: no quote for role {role!r} is in scope (quotes {names})",
            expected="a quote whose areas include this area, its parent or all",
        )
    in_scope.sort(key=lambda pair: pair[0])
    rank, chosen = in_scope[0]
    reason = refusal(chosen, release_date)
    if reason is not None:
        raise QuoteError(
            f"area {area.name!r}: quote {chosen.id!r} {reason}",
            source=chosen.source,
            expected="an approved, unexpired and unchanged quote",
        )
    return chosen
