"""Sending each area's release to its newsdesks: after output and reports, the last stage.

:func:`send_releases` plans who gets what (:mod:`drafter.send.plan`: the media list, the releases drafted in
the output folder, the send log), refuses anything not as drafted and checked clean, builds every message
(:mod:`drafter.send.message`), then writes them to an outbox folder as ``.eml`` files, sends them through a mail
server (:mod:`drafter.send.smtp`), or both, under the output folder's lock. Each accepted message is added to
the send log (:mod:`drafter.send.log`) before the next is sent, so a rerun sends nothing twice.
"""

from __future__ import annotations

import datetime as dt
import time
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

from drafter.errors import SendError, UsageError, how_many, name_list
from drafter.fileio import kind, read_bounded
from drafter.load.media_areas import LeftOut
from drafter.load.media_columns import is_address
from drafter.model import Campaign, Release, SourceRef, Warning
from drafter.output.durable import write_atomic
from drafter.output.folders import UNOPENABLE, unopenable_folder
from drafter.output.lock import OutputLock
from drafter.send import log as send_log
from drafter.send.message import as_bytes, build, eml_name
from drafter.send.plan import Outgoing, make_plan, version_files
from drafter.send.smtp import Mailer, Refused, credentials, parse_server
from drafter.style.wording import embargo_text

MAX_ATTACHMENT_BYTES = 50_000_000
MAX_BOUNCED = 3  # addresses refused for good before any message is accepted: the server refuses everyone, so stop

__all__ = ["Planned", "SendResult", "send_releases"]


@dataclass(frozen=True)
class Planned:
    """One message, as ``--dry-run`` and the summary show it."""

    recipient: str  # "Cheshire Echo <newsdesk@…>"
    area: str  # with the language in a bilingual campaign: "Cheshire (cy)"
    language: str
    kind: str  # "release" or "correction"
    attached: str  # the file name, or "" (the release in the message only)
    subject: str
    changes: tuple[str, ...]  # for a correction: what changed
    refused: bool = False  # its release may not be sent (SendResult.refused says why)
    why: str = ""  # why this newsdesk gets it, where the media list says only where it is: "its County is Cheshire"

    def line(self) -> str:
        """``Cheshire Echo <newsdesk@…>: Cheshire, cheshire.docx attached`` (``Newry, Mourne and Down; newry-….docx
        attached``: :func:`name_list`'s semicolons after a name with a comma)."""
        what = f"{self.attached} attached" if self.attached else "in the message"
        head = "CORRECTION of " if self.kind == "correction" else ""
        said = (f"changed: {'; '.join(self.changes)}" if self.changes else "", f"as {self.why}" if self.why else "")
        return f"{self.recipient}: {head}{name_list([self.area, what])}" + "".join(f" ({s})" for s in said if s)


@dataclass(frozen=True)
class SendResult:
    planned: tuple[Planned, ...]
    already: int  # messages the log says each recipient already has
    sent: int  # messages a mail server accepted in this run
    outbox: tuple[str, ...]  # .eml files written
    notes: tuple[Warning, ...]
    refused: tuple[str, ...] = ()  # for a dry run: each release that may not be sent, and why (an error line)
    left_out: tuple[str, ...] = ()  # each address of a contact for areas the campaign does not cover, and its areas


def send_releases(campaign_dir: Path, out_dir: Path, *, areas: Sequence[str] = (), outbox: Path | None = None,
                  smtp: str | None = None, dry_run: bool = False, sender: str | None = None, pace: float = 1.0,
                  retry_wait: float = 30.0, env: Mapping[str, str] | None = None, today: dt.date | None = None,
                  now: dt.datetime | None = None, on_sent: Callable[[Planned], None] | None = None,
                  on_notes: Callable[[tuple[Warning, ...]], None] | None = None,
                  sleep: Callable[[float], None] = time.sleep) -> SendResult:
    """Plan, check and build every message due, then write the outbox and send (see the module's text).
    ``on_notes`` is given the warnings once the batch is planned, before anything is written or sent; ``now`` (in
    UTC) is when the sending is, for the embargo, by default the computer's clock."""
    if not (dry_run or outbox or smtp):
        raise UsageError("nothing to do", field="send", expected="--dry-run, --outbox FOLDER or --smtp HOST")
    server = parse_server(smtp) if smtp else None
    login = credentials(env if env is not None else {}) if server else None
    if kind(out_dir) != "folder":
        raise SendError("is not a folder of drafted releases", source=SourceRef(str(out_dir)), field="--out",
                        expected=f"the folder drafter draft wrote: drafter draft {campaign_dir} --out {out_dir}")
    lock = OutputLock.take(out_dir)
    try:
        plan = make_plan(campaign_dir, out_dir, today=today or dt.date.today(), areas=areas)
        planned = tuple(_planned(out, refused=plan.why_refused(out) is not None) for out in plan.outgoing)
        refused = tuple(why.line() for _, why in plan.refused)
        notes = (*_lifted(plan.outgoing, now or dt.datetime.now(dt.UTC)), *plan.notes)
        if on_notes:  # said before anything is sent: a release sent to nobody, a contact left out
            on_notes(notes)
        if dry_run:
            return SendResult(planned, plan.already, 0, (), notes, refused, _left_out(plan.left_out))
        if plan.refused:  # the whole batch is checked first: nothing is sent while any release is refused
            raise _refused_releases([why for _, why in plan.refused])
        if not plan.outgoing:
            return SendResult(planned, plan.already, 0, (), notes)
        from_address = _sender(plan.outgoing[0].batch.campaign, sender)
        now = dt.datetime.now(dt.UTC)
        attached = {name: _attachment(out_dir, name) for name in sorted({o.file for o in plan.outgoing if o.file})}
        bodies: dict[int, tuple[Release, str, str]] = {}

        def messages() -> Iterator[tuple[Outgoing, EmailMessage, str]]:
            """Each message, built as it is written or sent, so that a list of thousands never has them all in
            memory together (every file to attach was read above, before anything is written)."""
            for out in plan.outgoing:
                yield (out, *build(out, from_address, attached.get(out.file), now=now, bodies=bodies))

        written = _write_outbox(outbox, messages()) if outbox else ()
        sent = 0
        if server is not None:
            for out in plan.outgoing:  # kept first, so nothing but the log is written between accepted messages
                send_log.keep_version(out_dir, out.version, version_files(out.release))
            mailer = Mailer(server, login, retry_wait=retry_wait, sleep=sleep)
            log = list(plan.log)
            bounced: dict[str, tuple[Outgoing, Refused]] = {}  # each address the server refused for good
            try:
                for index, (out, message, file_hash) in enumerate(messages()):
                    if out.recipient.email.lower() in bounced:  # refused for one release: not tried for the next
                        continue
                    if index and pace:
                        sleep(pace)
                    try:
                        mailer.send(message, from_address.addr_spec, out.recipient.email)
                    except Refused as refused:
                        if refused.temporary or not refused.recipient or (
                                len(bounced) + 1 >= MAX_BOUNCED and not sent):  # it refuses everyone, or the message
                            raise _refused(out, refused, sent, out_dir) from None
                        bounced[out.recipient.email.lower()] = (out, refused)
                        continue
                    log.append(send_log.Sent(
                        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), out.recipient.email,
                        out.recipient.name, out.recipient.outlet, out.release.area, out.language, out.kind,
                        out.file, file_hash, out.version, str(message["Message-ID"])))
                    send_log.write_log(out_dir, log)
                    sent += 1
                    if on_sent:
                        on_sent(planned[index])
                if bounced:
                    raise _bounced(list(bounced.values()), sent, out_dir)
            finally:
                mailer.close()
        return SendResult(planned, plan.already, sent, written, notes)
    finally:
        lock.release()


def _lifted(outgoing: Sequence[Outgoing], now: dt.datetime) -> tuple[Warning, ...]:
    """A warning that the embargo the messages lead with has already lifted, or none."""
    if not outgoing:
        return ()
    campaign = outgoing[0].batch.campaign
    if campaign.embargo is None:
        return ()
    local = now.astimezone(zoneinfo.ZoneInfo(campaign.timezone)).replace(tzinfo=None)
    if campaign.embargo > local:
        return ()
    said = embargo_text(campaign.embargo, campaign.timezone, outgoing[0].batch.style)
    return (Warning("embargo_lifted", f"campaign.yaml: the embargo has lifted, but each message still leads with "
                    f"{said}; to send them without it, take embargo: out of campaign.yaml and draft again first "
                    "(those sent a release already then get it as a correction)"),)


def _refused_releases(refused: list[SendError]) -> SendError:
    """One refused release's own error; for several, one error naming each and why."""
    if len(refused) == 1:
        return refused[0]
    return SendError(f"nothing is sent, as {len(refused)} releases may not be sent: "
                     + "; ".join(f"{why.source}: {why.problem}" if why.source else why.problem for why in refused),
                     expected="each release put right; drafter send --dry-run lists them, each with what to do")


def _planned(out: Outgoing, *, refused: bool = False) -> Planned:
    from drafter.send.message import subject

    r = out.recipient
    who = f"{r.outlet or r.name} <{r.email}>" if r.outlet or r.name else r.email
    changes = out.changes.facts if out.changes else ()
    if out.changes and not changes and out.changes.sentences_added:
        changes = (how_many(len(out.changes.sentences_added), "new or edited paragraph"),)
    area = f"{out.release.area} ({out.language})" if out.batch.tag else out.release.area
    return Planned(who, area, out.language, out.kind, out.file, subject(out), changes, refused, r.why)


def _left_out(contacts: Iterable[LeftOut]) -> tuple[str, ...]:
    """``Kent Messenger <news@…>: Kent, an area this campaign does not cover``, for each address."""
    lines = []
    for contact in contacts:
        areas = name_list(list(contact.names), len(contact.names), and_word="and")
        what = f"{'areas' if len(contact.names) > 1 else 'an area'} this campaign does not cover"
        for address in contact.emails:
            who = contact.outlet or contact.name
            if contact.reason:  # "Do Not Contact is marked on row 5"
                lines.append(f"{who} <{address}>: {contact.reason}" if who else f"{address}: {contact.reason}")
                continue
            lines.append(f"{who} <{address}>: " + name_list([areas, what]) if who else
                         f"{address}: " + name_list([areas, what]))
    return tuple(lines)


def _sender(campaign: Campaign, sender: str | None) -> Address:
    """The From address: ``--from``, else campaign.yaml's media contact."""
    address = sender or campaign.contact.email
    if not address:
        raise UsageError("is not given, and campaign.yaml's media_contact has no email", field="--from",
                         expected="the press office's address, e.g. --from press@example.org")
    if not is_address(address):
        raise UsageError("is not an e-mail address", field="--from" if sender else "media_contact.email",
                         value=address, expected="an address such as press@example.org")
    return Address(campaign.contact.name if not sender else "", addr_spec=address)


def _attachment(out_dir: Path, name: str) -> bytes:
    path = out_dir / name
    return read_bounded(path, SourceRef(str(path)), MAX_ATTACHMENT_BYTES, follow=False, error=SendError)


def _write_outbox(folder: Path, messages: Iterable[tuple[Outgoing, EmailMessage, str]]) -> tuple[str, ...]:
    found = kind(folder)
    if found not in (None, "folder"):
        raise SendError(f"is a {found}, not a folder", source=SourceRef(str(folder)), field="--outbox",
                        expected="a folder for the ready e-mails")
    if refused := unopenable_folder(folder):  # Outlook on Windows could open none of the e-mails in it
        raise SendError(refused, source=SourceRef(str(folder)), field="--outbox",
                        expected=f"{UNOPENABLE}: give another --outbox")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SendError(f"cannot be written ({exc.strerror})", source=SourceRef(str(folder)), field="--outbox",
                        expected="a folder you can write to") from None
    names = []
    for out, message, _ in messages:
        name = eml_name(out)
        del message["X-Unsent"]
        message["X-Unsent"] = "1"  # Outlook opens it as a message ready to send
        write_atomic(folder / name, as_bytes(message))
        del message["X-Unsent"]
        names.append(name)
    return tuple(names)


def _bounced(bounced: list[tuple[Outgoing, Refused]], sent: int, out_dir: Path) -> SendError:
    """The addresses the server refused for good, the rest of the list sent: one error naming each row."""
    if len(bounced) == 1:
        (out, refused), = bounced
        return SendError(
            f"the mail server refused it ({refused}), so it was sent nothing; the {_rest(sent)} (in "
            f"{out_dir / send_log.LOG})", source=out.recipient.source,
            field="email", value=out.recipient.email, expected=_CORRECT)
    named = "; ".join(f'{out.recipient.source}: "{out.recipient.email}" ({refused})' for out, refused in bounced)
    return SendError(f"the mail server refused {len(bounced)} addresses, so they were sent nothing: {named}; the "
                     f"{_rest(sent)} (in {out_dir / send_log.LOG})", expected=_CORRECT)


def _rest(sent: int) -> str:
    return how_many(sent, "message to the rest of the list was sent", "messages to the rest of the list were sent")


_CORRECT = ("an address the server accepts: correct it or take it off the list, then run drafter send again to send "
            "what is not sent yet")


def _refused(out: Outgoing, refused: Refused, sent: int, out_dir: Path) -> SendError:
    why = "kept refusing it for now" if refused.temporary else "refused it" if refused.recipient else \
        "refused the message to it"  # at MAIL FROM or DATA: too large, or a From address it will not send as
    expected = ("the server to accept mail again: run drafter send again later to send the rest" if refused.temporary
                else "an address the server accepts: correct it or take it off the list, then run drafter send again "
                "to send the rest" if refused.recipient else "what the server says put right (a message too large: "
                "a smaller file, or attach set to body on that row; a From address it will not send as: --from), "
                "then run drafter send again to send the rest")
    return SendError(
        f"the mail server {why} ({refused}); "
        f"{how_many(sent, 'message sent before it is', 'messages sent before it are')} in "
        f"{out_dir / send_log.LOG}", source=out.recipient.source, field="email", value=out.recipient.email,
        expected=expected)
