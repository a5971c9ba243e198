"""One e-mail per recipient and release, with the standard library's ``email`` package.

The subject is led by the embargo line as the house style words it ("EMBARGOED UNTIL 00:01 BST Tuesday 4
September 2018: <headline>"); the body is the release as plain text and as HTML (the text and HTML writers'
output, so the message says what the drafted files say); the drafted file is attached byte for byte. A
correction opens with what changed. The Message-ID is derived from the campaign, area, language, recipient and
the attached file's hash, so the same message always has the same ID (mail programs drop a second copy).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from drafter.document import escape_markdown, parse_markdown
from drafter.model import Campaign, Release, SourceRef
from drafter.send.plan import Outgoing
from drafter.style.wording import date_text, embargo_text
from drafter.writers.html import HtmlWriter
from drafter.writers.text import TextWriter

TYPES = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         "pdf": ("application", "pdf"), "md": ("text", "markdown"), "txt": ("text", "plain")}
MAX_PARAGRAPHS = 6  # a correction lists at most this many new or changed paragraphs
MAX_STEM = 120  # an outbox file's name stays well inside Windows' 260-character paths


def subject(out: Outgoing) -> str:
    """The embargo line, then the headline; a correction's starts "CORRECTION: " (in the release's language)."""
    campaign = out.batch.campaign
    line = f"{embargo_text(campaign.embargo, campaign.timezone, out.batch.style)}: {out.release.headline}"
    return f"{out.batch.style.furniture.correction}: {line}" if out.earlier else line


def message_id(campaign: Campaign, out: Outgoing, file_hash: str, domain: str) -> str:
    """A Message-ID the same for the same campaign, area, language, recipient, kind and file."""
    key = "\n".join((campaign.title, out.release.area, out.language, out.recipient.email.lower(), out.kind,
                     file_hash))
    return f"<{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}@{domain}>"


def build(out: Outgoing, sender: Address, attachment: bytes | None, *, now: dt.datetime,
          bodies: dict[int, tuple[Release, str, str]] | None = None) -> tuple[EmailMessage, str]:
    """The message for ``out`` and the hash the send log records (the attached file's, else the body's).
    ``bodies`` keeps each release's text and HTML between its messages (a list of 5,000 newsdesks sends one
    release to hundreds), keyed by the release object, which it also holds so that the key stays its own."""
    release = out.release
    kept = bodies.get(id(release)) if bodies is not None and out.changes is None else None
    if kept is not None and kept[0] is release:
        text, html = kept[1], kept[2]
    else:
        if out.changes is not None:
            release = _with_correction(out)
        text = TextWriter().render(release).decode("utf-8")
        html = HtmlWriter().render(release).decode("utf-8")
        if bodies is not None and out.changes is None:
            bodies[id(release)] = (release, text, html)
    file_hash = hashlib.sha256(attachment if attachment is not None else text.encode("utf-8")).hexdigest()
    campaign = out.batch.campaign
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = Address(out.recipient.name or "", addr_spec=out.recipient.email)
    message["Subject"] = subject(out)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id(campaign, out, file_hash, sender.domain)
    if out.earlier is not None:
        message["In-Reply-To"] = message["References"] = out.earlier.message_id
    message.set_content(text, subtype="plain", cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    if attachment is not None:
        maintype, subtype = TYPES[out.file.rpartition(".")[2]]
        message.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=out.file)
    message["Content-Language"] = out.language  # after the parts are made, which move Content-* headers down
    return message, file_hash


def _with_correction(out: Outgoing) -> Release:
    """The release with a correction's opening: what it replaces, and what changed."""
    changes = out.changes
    assert changes is not None and out.earlier is not None
    words = out.batch.style.furniture
    sent = date_text(dt.date.fromisoformat(out.earlier.time[:10]), out.batch.style)
    lines = [f"{{.embargo}}\n{escape_markdown(words.correction)}",
             escape_markdown(words.corrects.format(date=sent))]
    paragraphs = [_plain(text) for text in changes.sentences_added]
    if len(paragraphs) > MAX_PARAGRAPHS:
        paragraphs = [*paragraphs[:MAX_PARAGRAPHS - 1], "…"]
    changed = [f"- {escape_markdown(fact)}" for fact in changes.facts] + [
        f"- {escape_markdown(text)}" for text in paragraphs]
    if changed:
        lines.append(escape_markdown(words.what_changed) + "\n\n" + "\n".join(changed))
    blocks = parse_markdown("\n\n".join(lines) + "\n", SourceRef("correction"))
    return dataclasses.replace(out.release, blocks=blocks + out.release.blocks)


def _plain(markdown: str) -> str:
    """A paragraph of the release's Markdown as its words, in quotation marks: read by the Markdown parser, so no
    style attribute, heading mark, emphasis or escape shows ("**Media contact:**" is "Media contact:")."""
    blocks = parse_markdown(markdown.strip() + "\n", SourceRef("correction"))
    return "“" + " ".join("".join(run.text for run in block.inlines) for block in blocks) + "”"


def eml_name(out: Outgoing) -> str:
    """The outbox file's name, safe on Windows: ``cheshire--newsdesk-at-echo.example.org.eml``; an address
    changed to be so (``jo+news@``, ``jo-news-…``) ends with a piece of its hash, so that no other's is the same."""
    address = out.recipient.email.lower()
    who = re.sub(r"[^a-z0-9._-]+", "-", address.replace("@", "-at-")).strip(".-")
    if who != address.replace("@", "-at-"):
        who += "-" + hashlib.sha256(address.encode()).hexdigest()[:8]
    stem = f"{out.release.slug}--{who}" + ("--correction" if out.earlier else "")
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM - 13].rstrip(".-") + "-" + hashlib.sha256(stem.encode()).hexdigest()[:12]
    return stem + ".eml"


def as_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=SMTP)
