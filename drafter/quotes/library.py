"""Managing the quote library: listing quotes, adding, approving and withdrawing them in quotes.yaml.

Edits keep the file's comments, order, quoting and indentation (a round trip through :mod:`drafter.load.yaml_edit`)
and are written atomically, through a link to the file it points at, keeping its permissions. Approving
records who, when, an optional expiry, and the fingerprint of the exact text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import stat
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import DrafterError, QuoteError, UsageError, name_list
from drafter.load import load_campaign
from drafter.load.area_names import AreaNames
from drafter.load.area_scope import EXPECTED, read_names
from drafter.load.dates import NotADate, parse_date
from drafter.load.folder import campaign_file
from drafter.load.yaml_edit import dump_roundtrip, load_roundtrip, new_mapping
from drafter.load.yamlio import read_text
from drafter.model import Campaign, Quote, SourceRef
from drafter.output.decide import read_only
from drafter.output.durable import discard_temporary, write_atomic
from drafter.output.lock import OutputLock
from drafter.quotes.choose import choose_quote, fingerprint, refusal
from drafter.quotes.scope import scope_words
from drafter.style.house import PRESETS

QUOTES_FILE = "quotes.yaml"


@dataclass(frozen=True)
class QuoteRow:
    quote: Quote
    speaker: str
    used_in: tuple[str, ...]
    problem: str | None  # why it cannot be used on the release date, if so
    scope: str = ""  # its areas as quotes.yaml says them: "North West only, Cheshire"
    locale: str = ""  # the --locale that drafts releases in its language ("" when campaign.yaml's languages do)


def list_quotes(campaign_dir: Path) -> list[QuoteRow]:
    """Every quote with its speaker, and the areas whose releases would use it (most specific scope wins)."""
    campaign = load_campaign(campaign_dir)
    speakers = {s.id: s.name for s in campaign.speakers}
    return [QuoteRow(q, speakers[q.speaker], _used_in(campaign, q), refusal(q, campaign.release_date), scope_words(q),
                     _locale(campaign, q.language)) for q in campaign.quotes]


def _locale(campaign: Campaign, language: str) -> str:
    """The --locale a draft takes to write releases in ``language`` ("cy_GB"), or "" when campaign.yaml's
    ``languages`` publish in it already."""
    if any(PRESETS[code].language.code == language for code in campaign.languages):
        return ""
    return next(name for name, preset in PRESETS.items() if preset.language.code == language)


def _used_in(campaign: Campaign, quote: Quote) -> tuple[str, ...]:
    """The areas whose releases would print ``quote`` for its role, as :func:`choose_quote` chooses (a draft
    counts: it is what a preview shows)."""
    parents = campaign.parents()
    used = []
    for area in campaign.areas:
        try:
            choice = choose_quote(quote.role, area, campaign.quotes, parents, campaign.release_date, optional=True,
                                  language=quote.language, drafts=True)
        except QuoteError:
            continue
        if choice.quote is quote:
            used.append(area.name)
    return tuple(used)


def approve_quote(campaign_dir: Path, quote_id: str, by: str, *, expires: dt.date | str | None = None,
                  on: dt.date | str | None = None) -> Quote:
    """Mark a quote approved by ``by`` on ``on`` (default today), recording the fingerprint of its text. The
    dates may be given as a person types them (``2018-09-04``, ``4 September 2018``)."""
    if not by.strip():
        raise UsageError("is empty", field="--by", expected="the name of the person who approved the quote")
    expires, on = _date("--expires", expires), _date("--on", on)
    if expires is not None and expires < (on or dt.date.today()):
        raise UsageError(f"is before the day of approval, {(on or dt.date.today()).isoformat()}", field="--expires",
                         value=expires.isoformat(), expected="the last date the quote may be used, on or after "
                         "the day it was approved (--on, default today)")
    with _editing(campaign_dir):
        seen = _seen(campaign_dir)
        campaign = load_campaign(campaign_dir)  # validates everything else first
        quote = _find(campaign, quote_id)
        data, entry = _entry(campaign_dir, quote_id)
        _set_status(entry, "approved")
        _put(entry, "approved_by", by.strip())
        _put(entry, "approved_on", on or dt.date.today())
        if expires is not None:
            _put(entry, "expires_on", expires)
        _put(entry, "fingerprint", fingerprint(quote.speaker, quote.paragraphs))
        _save(campaign_dir, data, seen)
    return _find(load_campaign(campaign_dir), quote_id)


def add_quote(campaign_dir: Path, quote_id: str, *, speaker: str, text: str, role: str = "spokesperson",
              areas: tuple[str, ...] = (), name: str = "", title: str = "", organisation: str = "",
              language: str = "en") -> Quote:
    """Add a quote to quotes.yaml as a draft, for ``areas`` (default every release), said by ``speaker``: a
    speaker of quotes.yaml, or a new one with ``name`` (and ``title`` and ``organisation``). The whole campaign is
    read with it before it is kept: a quote drafter would refuse (a title it does not know, an area that is not in
    areas.csv) is named, and quotes.yaml is left as it was."""
    words = {"QUOTE_ID": quote_id, "--speaker": speaker, "--text": text, "--role": role}
    for field, value in words.items():
        if not value.strip():
            raise UsageError("is empty", field=field, expected="the quote's id, its speaker's id, its words and "
                             "its role, as quotes.md describes them")
    with _editing(campaign_dir):
        seen = _seen(campaign_dir)
        campaign = load_campaign(campaign_dir)  # validates everything else first
        if any(q.id == quote_id.strip() for q in campaign.quotes):
            raise QuoteError("is already a quote in quotes.yaml", field="QUOTE_ID", value=quote_id,
                             expected="a new id for the new quote, such as the speaker and the area: york-cheshire")
        _refuse_unknown_areas(campaign, areas)
        known = {s.id for s in campaign.speakers}
        if speaker.strip() not in known and not name.strip():
            raise QuoteError("is not a speaker in quotes.yaml", field="--speaker", value=speaker,
                             expected=("one of " + ", ".join(sorted(known)) + ", or " if known else "") +
                             "--name with the speaker's name (and --title and --organisation) to add them")
        data = load_roundtrip(campaign_dir / QUOTES_FILE, QUOTES_FILE) if seen is not None else None
        if data is None:  # drafter new's quotes.yaml: its notes on how to add a quote, and no quote yet
            data = new_mapping({"speakers": new_mapping({}), "quotes": []})
        if speaker.strip() not in known:
            own = {"name": name.strip(), "title": title.strip(), "organisation": organisation.strip()}
            data.setdefault("speakers", new_mapping({}))[speaker.strip()] = new_mapping(
                {key: value for key, value in own.items() if value})
        data.setdefault("quotes", []).append(new_mapping({
            "id": quote_id.strip(), "role": role.strip(), "speaker": speaker.strip(),
            "areas": [area.strip() for area in areas if area.strip()] or ["all"], "status": "draft",
            **({"language": language.strip()} if language.strip() != "en" else {}),
            "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")) + "\n"}))
        _save(campaign_dir, data, seen, keep=seen if seen is not None and not _has_quotes(seen) else "")
        try:
            return _find(load_campaign(campaign_dir), quote_id.strip())
        except DrafterError:  # refused with it: quotes.yaml goes back to as it was
            target = (campaign_dir / QUOTES_FILE).resolve()
            if seen is None:
                target.unlink()
            else:
                write_atomic(target, _mark(target) + seen.encode("utf-8"))
            raise


def _refuse_unknown_areas(campaign: Campaign, areas: tuple[str, ...]) -> None:
    """Refuse an ``--area`` unlike any area in areas.csv ("Teesside" where areas.csv has Middlesbrough and its
    neighbours): a quote kept for it would be printed in no release. (quotes.yaml itself keeps such a quote with a
    warning, as one kept from an example whose areas are gone; one being added now is a mistake.)"""
    def refuse(text: str, ref: SourceRef) -> None:
        raise QuoteError("is not an area in areas.csv, so no release would print the quote", field="--area",
                         value=text,
                         expected=f"{EXPECTED}; the areas are {name_list([a.name for a in campaign.areas])}")
    read_names([(area, SourceRef("--area")) for area in areas if area.strip()], AreaNames.of(campaign.areas),
               "--area", refuse)


def _has_quotes(text: str) -> bool:
    return any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())


def _editing(campaign_dir: Path) -> AbstractContextManager[None]:
    """quotes.yaml held for one edit, from before it is read until the edited file is in place: a colleague
    approving a quote at the same moment on a shared drive waits for this edit, then makes theirs on top of it
    (:meth:`~drafter.output.lock.OutputLock.editing`). A folder that is not a campaign's is refused first."""
    campaign_file(campaign_dir)
    return OutputLock.editing(campaign_dir / QUOTES_FILE, QUOTES_FILE)


def _date(option: str, value: dt.date | str | None) -> dt.date | None:
    """A date option's value, as a date or as typed; a usage error naming the option when it is not a date."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except NotADate as problem:
        raise UsageError(problem.why or "is not a date", field=option, value=value,
                         expected="a date such as 2018-09-04 or 4 September 2018") from None


def withdraw_quote(campaign_dir: Path, quote_id: str) -> Quote:
    """Mark a quote withdrawn: no release may use it any more."""
    with _editing(campaign_dir):
        seen = _seen(campaign_dir)
        campaign = load_campaign(campaign_dir)
        _find(campaign, quote_id)
        data, entry = _entry(campaign_dir, quote_id)
        _set_status(entry, "withdrawn")
        _save(campaign_dir, data, seen)
    return _find(load_campaign(campaign_dir), quote_id)


def _find(campaign: Campaign, quote_id: str) -> Quote:
    for quote in campaign.quotes:
        if quote.id == quote_id:
            return quote
    raise QuoteError("is not a quote in quotes.yaml", field="QUOTE_ID", value=quote_id,
                     expected="one of " + ", ".join(q.id for q in campaign.quotes) if campaign.quotes else
                     "a quote's id; quotes.yaml has none yet: add each quote with its id, speaker and text "
                     "(docs/quotes.md)")


def _entry(campaign_dir: Path, quote_id: str) -> tuple[Any, Any]:
    data = load_roundtrip(campaign_dir / QUOTES_FILE, QUOTES_FILE)
    for entry in data["quotes"]:
        if str(entry.get("id", "")).strip() == quote_id:
            return data, entry
    raise QuoteError("is not a quote in quotes.yaml", field="QUOTE_ID", value=quote_id)  # pragma: no cover


def _set_status(entry: Any, status: str) -> None:
    """Write ``status:``, replacing the foundation's ``approved: yes/no`` in the same place."""
    if "approved" in entry:
        position = list(entry).index("approved")
        del entry["approved"]
        entry.insert(position, "status", status)
    else:
        _put(entry, "status", status)  # before the text, which stays last


def _put(entry: Any, key: str, value: object) -> None:
    """Set a key, adding a new one just before the quote's text so the text stays last."""
    if key in entry or "text" not in entry:
        entry[key] = value
    else:
        entry.insert(list(entry).index("text"), key, value)


def _seen(campaign_dir: Path) -> str | None:
    """quotes.yaml as it is before an edit (None when there is none), to tell a change saved meanwhile."""
    path = campaign_dir / QUOTES_FILE
    return read_text(path, QUOTES_FILE) if path.is_file() else None


def _save(campaign_dir: Path, data: Any, seen: str | None, keep: str = "") -> None:
    """Write quotes.yaml back: through a link to the file it points at (a library shared between campaigns
    stays shared), with the file's permissions and indentation, removing temporary files an earlier,
    killed save left beside it. A file someone else saved since ``seen`` was read is left as they saved it."""
    target = (campaign_dir / QUOTES_FILE).resolve()
    mode = stat.S_IMODE(os.stat(target).st_mode) if target.exists() else 0o644
    # ``keep``: the notes of a file that held no quote yet, before the first. Worked out before the file is read
    # again: from that read to the rename, a colleague's save would be lost, so nothing slow happens between them
    text = _mark(target) + (keep + ("\n" if keep else "") + dump_roundtrip(data, like=seen)).encode("utf-8")
    if (read_text(target, QUOTES_FILE) if target.exists() else None) != seen:
        raise QuoteError("was changed by someone else while drafter was editing it, so drafter left it as they "
                         "saved it", source=SourceRef(QUOTES_FILE),
                         expected="the command run again, once they have finished editing quotes.yaml")
    if target.exists() and read_only(target):  # Windows refuses to replace it; elsewhere it must not be either
        raise QuoteError("is marked read-only, so drafter has not changed it", source=SourceRef(QUOTES_FILE),
                         expected="quotes.yaml writable: clear its read-only mark (in File Explorer, right-click it, "
                         "Properties, untick Read-only), then run the command again")
    discard_temporary(target)
    write_atomic(target, text, mode=mode)


def _mark(target: Path) -> bytes:
    """The mark (BOM) quotes.yaml begins with when it began with one (Notepad's "UTF-8 with BOM", or "Unicode",
    written back as UTF-8): an older Notepad takes a file without it for ANSI, and would show ŵ as "Åµ"."""
    try:
        with open(target, "rb") as handle:
            head = handle.read(3)
    except OSError:
        return b""
    return codecs.BOM_UTF8 if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else b""
