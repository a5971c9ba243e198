"""drafter send: the media list, the outbox, a real mail server on 127.0.0.1, never twice, and corrections.

The server is aiosmtpd, started by each test on a free port; its handler records every message it accepts and
can answer chosen recipients 4xx (for a while) or 5xx, or hold a message unanswered until the test has killed
the sending process.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email
import email.policy
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import DrafterError, SendError, UsageError
from drafter.load.media import MediaContact
from drafter.model import SourceRef
from drafter.send.languages import wants
from drafter.send.log import read_log
from drafter.send.plan import make_plan
from tests.conftest import EXAMPLE, edit

SUBJECT = "EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018: "
EVERYONE = 11  # the example media list: five desks, North West Tonight gets all six areas' releases


@dataclass
class Desk:
    """An aiosmtpd handler: the newsdesks' mail server."""

    received: list[EmailMessage] = field(default_factory=list)
    refuse: dict[str, list[str]] = field(default_factory=dict)  # address → answers to give before 250
    refuse_message: str = ""  # the answer to every message (DATA), where not 250
    hold_after: int | None = None  # hold the message after this many, unanswered, until ``let_go``
    holding: threading.Event = field(default_factory=threading.Event)
    let_go: threading.Event = field(default_factory=threading.Event)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        answers = self.refuse.get(address)
        if answers:
            return answers.pop(0) if len(answers) > 1 or not answers[0].startswith("5") else answers[0]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_message:
            return self.refuse_message
        if self.hold_after is not None and len(self.received) >= self.hold_after:
            self.holding.set()
            while not self.let_go.is_set():
                await asyncio.sleep(0.02)
            return "451 4.3.0 try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        message["X-Envelope-To"] = ",".join(envelope.rcpt_tos)
        message["X-TLS"] = "yes" if session.ssl else ""
        self.received.append(message)
        return "250 OK"

    def to(self) -> list[str]:
        return [str(m["X-Envelope-To"]) for m in self.received]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(desk: Desk, host: str = "127.0.0.1", **options: Any) -> Iterator[str]:
    controller = Controller(desk, hostname=host, port=free_port(), **options)
    controller.start()
    try:
        yield f"{host}:{controller.port}"
    finally:
        desk.let_go.set()
        controller.stop()


@pytest.fixture
def desk() -> Desk:
    return Desk()


@pytest.fixture
def drafted(drafted_example: tuple[Path, Path]) -> tuple[Path, Path]:
    """The example campaign (with its media list), drafted into ``out`` (a private copy of one draft)."""
    assert (drafted_example[0] / "media.csv").is_file()
    return drafted_example


def send(campaign: Path, out: Path, server: str, **options: Any) -> Any:
    """Sent the day before the example's embargo lifts, unless ``now`` says otherwise."""
    return api.send(campaign, out, smtp=server, pace=0, retry_wait=0, env={}, **{"now": BEFORE, **options})


BEFORE = dt.datetime(2018, 9, 3, 12, tzinfo=dt.UTC)  # the day before the example's embargo (00:01 BST, 4 September)
# what the command line says of the example's embargo, which lifted in 2018
LIFTED = ("warning: campaign.yaml: the embargo has lifted, but each message still leads with EMBARGOED UNTIL 00:01 "
          "BST TUESDAY 4 SEPTEMBER 2018; to send them without it, take embargo: out of campaign.yaml and draft again "
          "first (those sent a release already then get it as a correction)\n")


# --- the media list ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new", "line"), [
    ("newsdesk@cheshire-echo.example.org", "newsdesk at cheshire-echo",
     'media.csv:2: email: "newsdesk at cheshire-echo" is not an e-mail address (expected an address such as '
     "newsdesk@example.org)"),
    ("Lancashire;Merseyside", "Lancashire;Mersyside",  # a slip for an area of the campaign: its desk would miss it
     'media.csv:5: areas: "Mersyside" is not an area in areas.csv but looks like a slip for Merseyside, an area of '
     "this campaign (expected the area's name as areas.csv spells it: did you mean 'Merseyside'?)"),
])
def test_a_bad_media_list_stops_send_before_anything_is_built(drafted: tuple[Path, Path], tmp_path: Path, old: str,
                                                              new: str, line: str) -> None:
    campaign, out = drafted
    edit(campaign / "media.csv", old, new)
    with (campaign / "media.csv").open("a", encoding="utf-8") as media:
        media.write("Kent Messenger,,news@km.example.org,Kent,,\n")  # left out, but the list is refused first
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--outbox", str(tmp_path / "box")])
    assert (result.exit_code, result.stderr) == (1, f"error: {line}\n")
    assert not (tmp_path / "box").exists()


# A national media list, kept for every campaign: most of its newsdesks are for areas this one does not cover.
NATIONAL = ("outlet,name,email,areas,language,attach\n"
            "Cheshire Echo,Newsdesk,newsdesk@cheshire-echo.example.org,Cheshire,en,docx\n"
            "Kent Messenger,,news@km.example.org,Kent,,\n"
            "Surrey Live,,desk@surrey.example.org; editor@surrey.example.org,Surrey,,\n"
            "Crewe Chronicle,Jo Bloggs,news@crewe.example.org,Cheshire East,,\n"
            "Border Post,,news@border.example.org,Cumbria / Dumfries and Galloway,,body\n"
            "Essex Echo,,news@essex.example.org,Essex; Suffolk,,\n"
            "Press Association,,planning@pa.example.org,National,,body\n"
            "Western Morning,,news@wmn.example.org,Devon; Cornwall,,\n")
LEFT_OUT = ("warning: media.csv: 5 contacts are for areas this campaign does not cover, so they are sent nothing: "
            "Kent, Surrey, Cheshire East, Essex, Suffolk and 2 more; Cheshire East is named like Cheshire, which this "
            "campaign covers: if the newsdesks for Cheshire East should have the Cheshire release, add Cheshire to "
            "their rows\n")


def test_a_national_media_list_leaves_out_the_areas_the_campaign_does_not_cover_and_the_dry_run_says_who(
        drafted: tuple[Path, Path]) -> None:
    """A contact for areas the campaign does not cover is left out, said once with how many and which areas, and
    listed in the dry run; a contact naming one of its areas besides (Cumbria / Dumfries and Galloway) gets that
    area's release; National is every area."""
    campaign, out = drafted
    (campaign / "media.csv").write_text(NATIONAL, encoding="utf-8")
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--dry-run"])
    assert (result.exit_code, result.stderr) == (0, LIFTED + LEFT_OUT)
    lines = result.stdout.splitlines()
    assert [line for line in lines if not line.startswith("would send: Press Association")] == [
        "would send: Cheshire Echo <newsdesk@cheshire-echo.example.org>: Cheshire, cheshire.docx attached",
        "would send: Border Post <news@border.example.org>: Cumbria, in the message",
        "not sent: Kent Messenger <news@km.example.org>: Kent, an area this campaign does not cover",
        "not sent: Surrey Live <desk@surrey.example.org>: Surrey, an area this campaign does not cover",
        "not sent: Surrey Live <editor@surrey.example.org>: Surrey, an area this campaign does not cover",
        "not sent: Crewe Chronicle <news@crewe.example.org>: Cheshire East, an area this campaign does not cover",
        "not sent: Essex Echo <news@essex.example.org>: Essex and Suffolk, areas this campaign does not cover",
        "not sent: Western Morning <news@wmn.example.org>: Devon and Cornwall, areas this campaign does not cover",
        "8 to send"]
    assert [line.split(": ")[2] for line in lines if "Press Association" in line] == [
        f"{area}, in the message" for area in ("North West", "Cheshire", "Cumbria", "Greater Manchester", "Lancashire",
                                              "Merseyside")]
    edit(campaign / "media.csv", "National", "Wales")  # no contact now covers four of the campaign's areas
    notes = api.send(campaign, out, dry_run=True, env={}).notes
    assert [n.message for n in notes if n.code == "media_uncovered"] == [
        "media.csv: no contact covers North West, Greater Manchester, Lancashire and Merseyside, so their releases "
        "are sent to nobody; to send them, add each area to the rows of the newsdesks that should have it"]


def test_a_national_media_list_sends_each_release_only_to_the_campaigns_newsdesks(drafted: tuple[Path, Path],
                                                                                 desk: Desk) -> None:
    campaign, out = drafted
    (campaign / "media.csv").write_text(NATIONAL, encoding="utf-8")
    with serving(desk) as server:
        result = send(campaign, out, server)
    sent = sorted((entry.email, entry.area) for entry in read_log(out))
    assert sent == sorted([("newsdesk@cheshire-echo.example.org", "Cheshire"), ("news@border.example.org", "Cumbria"),
                           *(("planning@pa.example.org", area) for area in ("North West", "Cheshire", "Cumbria",
                                                                            "Greater Manchester", "Lancashire",
                                                                            "Merseyside"))])
    assert sorted(str(m["X-Envelope-To"]) for m in desk.received) == sorted(email for email, _ in sent)
    assert result.sent == 8 and [n.message for n in result.notes] == [LEFT_OUT.removeprefix("warning: ").rstrip()]


# --- the outbox -------------------------------------------------------------------------------------------

def test_the_outbox_parses_back_with_headers_and_the_mime_tree(drafted: tuple[Path, Path], tmp_path: Path) -> None:
    campaign, out = drafted
    box = tmp_path / "box"
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--outbox", str(box)])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(f"{EVERYONE} in the outbox\n")
    names = sorted(p.name for p in box.iterdir())
    assert len(names) == EVERYONE and "cheshire--newsdesk-at-cheshire-echo.example.org.eml" in names
    assert all(n.isascii() and not set(n) & set('<>:"/\\|?* ') for n in names)  # safe on Windows
    raw = (box / "cheshire--newsdesk-at-cheshire-echo.example.org.eml").read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # SMTP line endings throughout
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["To"] == "Newsdesk <newsdesk@cheshire-echo.example.org>"
    assert message["From"] == '"Press Office, The Lucy Faithfull Foundation" <press@example.org>'
    assert message["Subject"] == SUBJECT + ("Number of people in Cheshire seeking help to stop viewing sexual "
                                            "images of children online almost trebles")
    assert message["X-Unsent"] == "1" and message["Content-Language"] == "en" and message["Date"]
    assert message["Message-ID"].endswith("@example.org>")
    tree = [(part.get_content_type(), part.get_filename()) for part in message.walk()]
    assert tree == [("multipart/mixed", None), ("multipart/alternative", None), ("text/plain", None),
                    ("text/html", None), ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "cheshire.docx")]
    attachment = next(message.iter_attachments())
    assert attachment.get_content() == (out / "cheshire.docx").read_bytes()
    body = message.get_body(("plain",))
    assert body is not None and "193 per cent to 440" in body.get_content()
    html = message.get_body(("html",))
    assert html is not None and "193\u00a0per\u00a0cent to 440" in html.get_content()  # kept on a line, as in Word
    body_only = email.message_from_bytes((box / "cumbria--sam.carter-at-radio-cumbria.example.com.eml").read_bytes(),
                                         policy=email.policy.default)
    assert [p.get_content_type() for p in body_only.walk()] == ["multipart/alternative", "text/plain", "text/html"]
    # the same message has the same Message-ID on every run
    CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--outbox", str(tmp_path / "again")])
    again = (tmp_path / "again" / "cheshire--newsdesk-at-cheshire-echo.example.org.eml").read_bytes()
    assert email.message_from_bytes(again)["Message-ID"] == email.message_from_bytes(raw)["Message-ID"]


def test_dry_run_lists_who_gets_what_and_writes_nothing(drafted: tuple[Path, Path]) -> None:
    campaign, out = drafted
    before = sorted(p.name for p in out.iterdir())
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--dry-run"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1] == ("would send: Cheshire Echo <newsdesk@cheshire-echo.example.org>: Cheshire, cheshire.docx "
                        "attached")
    assert lines[3] == ("would send: Radio Cumbria Example <sam.carter@radio-cumbria.example.com>: Cumbria, in the "
                        "message")
    assert lines[-1] == f"{EVERYONE} to send"
    assert sorted(p.name for p in out.iterdir()) == before


def test_dry_run_of_an_outlook_export_saved_by_excel_as_plain_csv_says_who_gets_what(drafted: tuple[Path, Path]
                                                                                       ) -> None:
    """Outlook's columns, Windows-1252 and semicolons, a blank row, a name pasted with an address, areas split by
    /, and a language in Welsh: each contact is sent what it covers, the Welsh-only
    desk nothing (no Welsh release was drafted), and both are said."""
    campaign, out = drafted
    (campaign / "media.csv").write_bytes((
        "First Name;Last Name;E-mail Address;Company;Area;Language;Business Phone\r\n"
        "Jo;Bloggs;Jo Bloggs <jo@paper.example.org>;Cumbria Paper;Cumbria / Lancashire;English;01234 567890\r\n"
        ";;;;;;\r\n"
        "Rhys;Jones;rhys@golwg.example.org;Golwg Café;Cheshire;Cymraeg;\r\n").encode("cp1252"))
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--dry-run"])
    assert (result.exit_code, result.stdout) == (0, (
        "would send: Cumbria Paper <jo@paper.example.org>: Cumbria, cumbria.docx attached\n"
        "would send: Cumbria Paper <jo@paper.example.org>: Lancashire, lancashire.docx attached\n2 to send\n"))
    assert result.stderr.splitlines() == [LIFTED.rstrip(),
        "warning: media.csv: saved as Excel's plain 'CSV (Comma delimited)', not as UTF-8, so read as Windows text "
        "(Windows-1252); check that 'Golwg Café' (row 4) reads as in Excel, and to be sure, save it from Excel with "
        "File > Save As > 'CSV UTF-8 (Comma delimited)'",
        "warning: media.csv: no contact covers North West, Greater Manchester and Merseyside, so their releases are "
        "sent to nobody; to send them, add each area to the rows of the newsdesks that should have it",
        f"warning: media.csv, row 4: rhys@golwg.example.org asks for releases in Welsh (cy), but no release was "
        f"drafted in Welsh, so none is sent to them in Welsh; to send them, draft them into the same folder "
        f"(drafter draft {campaign} --locale cy_GB --out {out}), then run drafter send again"]


def test_the_warnings_are_said_before_anything_is_sent(drafted: tuple[Path, Path]) -> None:
    """A release nobody would get (no newsdesk covers Merseyside) is said before the first message goes, not after
    the last: the command line prints the warnings as soon as the batch is planned."""
    campaign, out = drafted
    (campaign / "media.csv").write_text("outlet,email,areas\nEcho,news@echo.example.org,Cheshire\n", "utf-8")
    said: list[tuple[str, bool]] = []

    def warn(notes: tuple[Any, ...]) -> None:
        said.extend((note.message, (out / "box").exists()) for note in notes)

    api.send(campaign, out, outbox=out / "box", on_notes=warn, now=BEFORE)
    assert said == [("media.csv: no contact covers North West, Cumbria, Greater Manchester, Lancashire and "
                     "Merseyside, so their releases are sent to nobody; to send them, add each area to the rows of "
                     "the newsdesks that should have it", False)]  # nothing written yet


@pytest.mark.parametrize(("now", "lifted"), [
    (dt.datetime(2018, 9, 3, 23, 0, tzinfo=dt.UTC), False),  # 00:00 BST on 4 September: a minute to go
    (dt.datetime(2018, 9, 3, 23, 1, tzinfo=dt.UTC), True),  # 00:01 BST: lifted
    (dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC), True),
])
def test_an_embargo_already_lifted_is_said_before_sending(drafted: tuple[Path, Path], now: dt.datetime,
                                                          lifted: bool) -> None:
    campaign, out = drafted
    notes = api.send(campaign, out, dry_run=True, now=now).notes
    assert [f"warning: {n.message}\n" for n in notes if n.code == "embargo_lifted"] == ([LIFTED] if lifted else [])


def test_two_addresses_alike_but_for_a_sign_each_have_their_own_file_in_the_outbox(drafted: tuple[Path, Path]
                                                                                  ) -> None:
    """jo+news@ and jo-news@ are two newsdesks: neither's .eml is written over by the other's."""
    campaign, out = drafted
    (campaign / "media.csv").write_text("outlet,email,areas\nA,jo+news@echo.example.org,Cheshire\n"
                                        "B,jo-news@echo.example.org,Cheshire\nC,jo_news@echo.example.org,Cheshire\n",
                                        "utf-8")
    written = api.send(campaign, out, outbox=out / "box", now=BEFORE).outbox
    assert len(written) == len(set(written)) == len(list((out / "box").iterdir())) == 3
    assert "cheshire--jo-news-at-echo.example.org.eml" in written  # an address that needs no change keeps its name


def test_nothing_to_do_is_a_usage_error(drafted: tuple[Path, Path]) -> None:
    campaign, out = drafted
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr == "error: send: nothing to do (expected --dry-run, --outbox FOLDER or --smtp HOST)\n"


# --- refusing what may not be sent ------------------------------------------------------------------------

def test_a_release_with_check_findings_is_not_sent(drafted: tuple[Path, Path], desk: Desk) -> None:
    campaign, out = drafted
    edit(campaign / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")  # not drafted again
    edit(campaign / "figures.csv", '"1,747","3,549"', '"1,747","3,554"')
    with serving(desk) as server, pytest.raises(SendError) as caught:
        send(campaign, out, server)
    assert caught.value.line().startswith(
        f"nothing is sent, as 6 releases may not be sent: {out / 'north-west.docx'}: is not sent: '3,549' where North "
        "West's figure for people contacting Stop It Now! for help in January to June 2018 was '3,554' (figures.csv, "
        f"row 2, column after) (and 2 more findings); {out / 'cheshire.docx'}: is not sent: '193 per cent' where ")
    assert all(str(out / f"{slug}.docx") in caught.value.line() for slug in ("cumbria", "merseyside", "lancashire"))
    assert desk.received == [] and not (out / "sent.csv").exists()


def test_a_dry_run_lists_every_release_and_why_each_refused_one_is_refused(drafted: tuple[Path, Path]) -> None:
    campaign, out = drafted
    edit(campaign / "media.csv", "Cheshire,en,docx", "Cheshire,en,pdf")  # a PDF not drafted
    (out / "cumbria.docx").unlink()  # refused too, though it is not the first
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--dry-run"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == EVERYONE + 1
    assert lines[0] == ("would send: North West Tonight Example <planning@nw-tonight.example.com>: North West, "
                        "north-west.docx attached")
    assert lines[1] == "refused: Cheshire Echo <newsdesk@cheshire-echo.example.org>: Cheshire, cheshire.pdf attached"
    assert lines[-1] == "7 to send; 4 refused (2 releases may not be sent)"
    assert result.stderr == LIFTED + (
        f"error: {out / 'cheshire.pdf'}: was not drafted, and the media list asks for the Cheshire release as PDF "
        f"(expected the release drafted into the same folder first: drafter draft {campaign} --format pdf "
        f"--out {out})\n"
        f"error: {out / 'cumbria.docx'}: was drafted but is no longer in the folder, and the media list asks for the "
        f"Cumbria release as DOCX (expected the release drafted into the same folder again: drafter draft {campaign} "
        f"--format docx --out {out}; or Cumbria taken out of media.csv so that nobody is sent it)\n")
    with pytest.raises(SendError) as caught:  # a real send names both, and sends nothing
        api.send(campaign, out, outbox=out / "box")
    assert caught.value.line() == (
        f"nothing is sent, as 2 releases may not be sent: {out / 'cheshire.pdf'}: was not drafted, and the media "
        f"list asks for the Cheshire release as PDF; {out / 'cumbria.docx'}: was drafted but is no longer in the "
        "folder, and the media list asks for the Cumbria release as DOCX (expected each release put right; drafter "
        "send --dry-run lists them, each with what to do)")
    assert not (out / "box").exists()


def test_an_edited_headline_is_the_subject_and_the_headline_of_the_message(drafted: tuple[Path, Path]) -> None:
    import docx

    from drafter.send.message import subject

    campaign, out = drafted
    document = docx.Document(str(out / "cumbria.docx"))
    heading = next(p for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1")
    heading.runs[0].text = "Cumbria helpline contacts nearly double"
    for run in heading.runs[1:]:
        run.text = ""
    document.save(str(out / "cumbria.docx"))
    cumbria = [o for o in make_plan(campaign, out, today=dt.date(2018, 9, 3)).outgoing if o.release.area == "Cumbria"]
    assert {subject(o) for o in cumbria} == {
        "EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018: Cumbria helpline contacts nearly double"}
    assert [b.text for b in cumbria[0].release.blocks if b.style == "Heading 1"] == [
        "Cumbria helpline contacts nearly double"]


def test_a_paragraph_reworded_in_word_keeps_its_place_in_a_numbered_list(drafted: tuple[Path, Path]) -> None:
    import docx

    campaign, out = drafted
    document = docx.Document(str(out / "cumbria.docx"))
    note = next(p for p in document.paragraphs if p.text.startswith("Spokespeople are available"))
    note.runs[0].text = "Spokespeople are available for interview in English and Welsh."
    for run in note.runs[1:]:
        run.text = ""
    document.save(str(out / "cumbria.docx"))
    cumbria = next(o for o in make_plan(campaign, out, today=dt.date(2018, 9, 3)).outgoing
                   if o.release.area == "Cumbria")
    listed = [b for b in cumbria.release.blocks if b.marker]
    assert [b.marker for b in listed] == ["1.", "2.", "3."] and {b.style for b in listed} == {"Notes"}
    assert listed[2].text == "3. Spokespeople are available for interview in English and Welsh."


def test_an_edited_release_that_checks_clean_is_sent_as_edited(drafted: tuple[Path, Path], desk: Desk) -> None:
    import docx

    campaign, out = drafted
    document = docx.Document(str(out / "cumbria.docx"))
    document.add_paragraph("Interviews are available on request.")
    document.save(str(out / "cumbria.docx"))
    with serving(desk) as server:
        send(campaign, out, server)
    for message in desk.received:
        for part in message.iter_attachments():
            assert part.get_content() == (out / str(part.get_filename())).read_bytes()
    assert len(desk.received) == EVERYONE
    # the message's text says what the edited file says, also to Radio Cumbria, who gets no attachment
    cumbria = [m for m in desk.received if "Cumbria" in str(m["Subject"])]
    assert {str(m["X-Envelope-To"]) for m in cumbria} == {"sam.carter@radio-cumbria.example.com",
                                                         "planning@nw-tonight.example.com"}
    for message in cumbria:
        for kind in ("plain", "html"):
            body = message.get_body((kind,))
            assert body is not None and "Interviews are available on request." in body.get_content()
    assert all("Interviews" not in str(m.get_body(("plain",)).get_content())  # type: ignore[union-attr]
               for m in desk.received if m not in cumbria)
    # edited again after it was sent: a correction to its two recipients, naming only the new paragraph
    document = docx.Document(str(out / "cumbria.docx"))
    document.add_paragraph("Photographs are available.")
    document.save(str(out / "cumbria.docx"))
    plan = make_plan(campaign, out, today=dt.date(2018, 9, 3))
    assert sorted((o.recipient.email, o.kind, o.changes and o.changes.sentences_added) for o in plan.outgoing) == [
        (email, "correction", ("Photographs are available.",)) for email in
        ("planning@nw-tonight.example.com", "sam.carter@radio-cumbria.example.com")]


def test_an_edited_release_sent_and_then_outdated_by_a_corrected_figure_is_refused_not_passed_over(
        drafted: tuple[Path, Path], desk: Desk) -> None:
    # The redraft skips the edited file, which still says what was sent: it is not "already sent" but owed a correction
    import docx

    campaign, out = drafted
    document = docx.Document(str(out / "cumbria.docx"))
    document.add_paragraph("Interviews are available on request.")
    document.save(str(out / "cumbria.docx"))
    (campaign / "media.csv").write_text("outlet,email,areas\nRadio Cumbria,desk@example.org,Cumbria\n", "utf-8")
    with serving(desk) as server:
        send(campaign, out, server)
    edit(campaign / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(campaign / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,166")
    assert api.draft(campaign, out, areas=["Cumbria"]).report.skipped_edited == ["cumbria.docx"]
    plan = make_plan(campaign, out, today=dt.date(2018, 9, 3))
    assert not [o for o in plan.outgoing if o.release.area == "Cumbria"]  # the file says what its newsdesks have
    why = dict(plan.refused)[("Cumbria", "en")]
    assert why.line().startswith(f"{out / 'cumbria.docx'}: is not sent: '90 per cent' where Cumbria's change ")


def test_a_release_drafted_with_unapproved_quotes_is_not_sent(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    edit(example / "quotes.yaml", "status: approved", "status: draft")
    api.draft(example, out, draft_quotes=True)
    with pytest.raises(DrafterError) as caught:  # the quote is still a draft
        api.send(example, out, dry_run=True)
    assert "is a draft, not approved" in caught.value.line()
    edit(example / "quotes.yaml", "status: draft", "status: approved")  # approved, but not drafted again
    refused = api.send(example, out, dry_run=True).refused
    assert len(refused) == 6 and refused[0] == (
        f"{out / 'north-west.docx'}: was drafted with quotes that are not approved (--draft-quotes), so it is a "
        "draft never to be sent (expected the quotes approved, then drafter draft again without --draft-quotes)")


def test_a_quote_expired_by_the_day_of_sending_is_refused(drafted: tuple[Path, Path]) -> None:
    import datetime as dt

    campaign, out = drafted
    edit(campaign / "quotes.yaml", "status: approved", "status: approved\n    expires_on: 2030-01-01")
    api.draft(campaign, out)
    refused = api.send(campaign, out, dry_run=True, today=dt.date(2030, 1, 2)).refused
    assert refused and all("expired on 2030-01-01, so the release cannot be sent today" in why for why in refused)


def test_a_pdf_asked_for_but_not_drafted_is_refused(drafted: tuple[Path, Path]) -> None:
    campaign, out = drafted
    edit(campaign / "media.csv", "Cheshire,en,docx", "Cheshire,en,pdf")
    assert api.send(campaign, out, dry_run=True).refused == (
        f"{out / 'cheshire.pdf'}: was not drafted, and the media list asks for the Cheshire release as PDF "
        f"(expected the release drafted into the same folder first: drafter draft {campaign} --format pdf "
        f"--out {out})",)


# --- a real mail server -----------------------------------------------------------------------------------

def test_the_server_receives_each_message_with_both_bodies_and_the_drafted_file(
        drafted: tuple[Path, Path], desk: Desk) -> None:
    campaign, out = drafted
    with serving(desk) as server:
        result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--smtp", server,
                                          "--pace", "0"], env={"DRAFTER_SMTP_USER": None,
                                                               "DRAFTER_SMTP_PASSWORD": None})
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == f"{EVERYONE} sent"
    assert len(desk.received) == EVERYONE
    cheshire = [m for m in desk.received if m["To"].addresses[0].addr_spec == "newsdesk@cheshire-echo.example.org"]
    assert len(cheshire) == 1 and cheshire[0]["X-Envelope-To"] == "newsdesk@cheshire-echo.example.org"
    assert cheshire[0]["Subject"].startswith(SUBJECT + "Number of people in Cheshire")
    assert "X-Unsent" not in cheshire[0]
    assert "193 per cent to 440" in cheshire[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "193\u00a0per\u00a0cent to 440" in cheshire[0].get_body(("html",)).get_content()  # type: ignore[union-attr]
    (attached,) = cheshire[0].iter_attachments()
    assert attached.get_content() == (out / "cheshire.docx").read_bytes()
    log = read_log(out)
    assert len(log) == EVERYONE and {e.kind for e in log} == {"release"}
    assert [e.message_id for e in log] == [str(m["Message-ID"]) for m in desk.received]
    # a second run sends nothing
    with serving(desk) as server:
        again = send(campaign, out, server)
    assert (again.sent, again.already, len(desk.received)) == (0, EVERYONE, EVERYONE)


def test_an_outlook_export_reaches_exactly_its_addresses_each_once(drafted: tuple[Path, Path], desk: Desk) -> None:
    """Outlook's Categories as areas among other labels, E-mail 2 Address, a display name, the same address in
    other capitals on another row: each address is sent each of its areas' releases once, and nobody else."""
    campaign, out = drafted
    (campaign / "media.csv").write_bytes((
        '"First Name","Last Name","Company","E-mail Address","E-mail 2 Address","Categories"\r\n'
        '"Siân","O\'Neill","Echo","Siân <sian@echo.example.org>","news@echo.example.org","Media;Cheshire"\r\n'
        '"Jo","Bloggs","Post","jo@post.example.org","","VIP"\r\n'
        '"Siân","O\'Neill","Echo","SIAN@echo.example.org","","Cumbria"\r\n').encode("cp1252"))
    with serving(desk) as server:
        result = send(campaign, out, server)
    assert result.sent == 3
    assert sorted((m["X-Envelope-To"], m["Subject"].split(": ")[1].split(" in ")[1].split(" ")[0])
                  for m in desk.received) == [("news@echo.example.org", "Cheshire"),
                                              ("sian@echo.example.org", "Cheshire"),
                                              ("sian@echo.example.org", "Cumbria")]
    assert {m["To"].addresses[0].display_name for m in desk.received} == {"Siân O'Neill"}
    assert [n.message.split(":")[0] for n in result.notes] == [  # read as Windows-1252; Jo sent nothing; Siân
        "media.csv", "media.csv, row 3", "media.csv", "media.csv"]  # listed twice; no contact covers four areas


@pytest.mark.slow  # a real mail server: the quick run keeps the server, kill and correction tests
def test_a_temporary_refusal_is_retried(drafted: tuple[Path, Path], desk: Desk) -> None:
    campaign, out = drafted
    desk.refuse["newsdesk@cheshire-echo.example.org"] = ["451 4.7.1 greylisted, try again", "452 4.2.2 busy"]
    waits: list[float] = []
    with serving(desk) as server:
        result = api.send(campaign, out, smtp=server, pace=0, retry_wait=3, env={}, sleep=waits.append)
    assert result.sent == EVERYONE and waits == [3, 6]
    assert desk.to().count("newsdesk@cheshire-echo.example.org") == 1


@pytest.mark.slow  # a real mail server, twice: the quick run keeps the server, kill and correction tests
def test_an_address_refused_for_good_is_passed_over_the_rest_sent_and_a_rerun_sends_it_once_corrected(
        drafted: tuple[Path, Path], desk: Desk) -> None:
    """One newsdesk's address no longer exists: the other newsdesks are not kept waiting for it (an embargo may
    be hours away), and the run ends with an error naming its row."""
    campaign, out = drafted
    desk.refuse["sam.carter@radio-cumbria.example.com"] = ["550 5.1.1 no such mailbox"]
    with serving(desk) as server:
        result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--smtp", server,
                                          "--pace", "0"])
    assert result.exit_code == 1
    assert result.stderr == LIFTED + (
        'error: media.csv:3: email: "sam.carter@radio-cumbria.example.com" the mail server refused it (550 5.1.1 '
        f"no such mailbox), so it was sent nothing; the 10 messages to the rest of the list were sent (in "
        f"{out / 'sent.csv'}) (expected an address the server accepts: correct it or take it off the list, then run "
        "drafter send again to send what is not sent yet)\n")
    assert len(desk.received) == EVERYONE - 1 and "sam.carter@radio-cumbria.example.com" not in desk.to()
    desk.refuse.clear()
    with serving(desk) as server:
        assert send(campaign, out, server).sent == 1
    assert len(desk.received) == EVERYONE and len(set(zip(desk.to(), (m["Subject"] for m in desk.received),
                                                          strict=True))) == EVERYONE


@pytest.mark.slow  # a real mail server
def test_a_message_refused_for_its_size_says_so_not_that_the_address_is_wrong(drafted: tuple[Path, Path], desk: Desk
                                                                              ) -> None:
    campaign, out = drafted
    desk.refuse_message = "552 5.3.4 Message size exceeds fixed maximum message size"
    with serving(desk) as server, pytest.raises(SendError) as caught:
        send(campaign, out, server)
    assert caught.value.line() == (
        'media.csv:6: email: "planning@nw-tonight.example.com" the mail server refused the message to it (552 5.3.4 '
        f"Message size exceeds fixed maximum message size); 0 messages sent before it are in {out / 'sent.csv'} "
        "(expected what the server says put right (a message too large: a smaller file, or attach set to body on "
        "that row; a From address it will not send as: --from), then run drafter send again to send the rest)")


@pytest.mark.slow  # a real mail server
def test_a_server_that_refuses_every_address_stops_the_run_at_the_third(drafted: tuple[Path, Path], desk: Desk
                                                                         ) -> None:
    campaign, out = drafted  # "550 relaying denied" to everyone: not 11 refusals, and nothing recorded as sent
    desk.refuse.update({address: ["550 5.7.1 relaying denied"] for address in (
        "planning@nw-tonight.example.com", "newsdesk@cheshire-echo.example.org",
        "sam.carter@radio-cumbria.example.com")})
    with serving(desk) as server, pytest.raises(SendError) as caught:
        send(campaign, out, server)
    assert caught.value.line() == (
        'media.csv:3: email: "sam.carter@radio-cumbria.example.com" the mail server refused it (550 5.7.1 relaying '
        f"denied); 0 messages sent before it are in {out / 'sent.csv'} (expected an address the server accepts: "
        "correct it or take it off the list, then run drafter send again to send the rest)")
    assert desk.received == [] and not (out / "sent.csv").exists()


@pytest.mark.slow  # a real mail server: the quick run keeps the server, kill and correction tests
def test_plain_text_is_refused_to_a_server_that_is_not_this_computer(drafted: tuple[Path, Path], desk: Desk
                                                                      ) -> None:
    campaign, out = drafted
    try:
        context = serving(desk, host="127.0.0.2")
        server = context.__enter__()
    except Exception:  # OSError, or aiosmtpd's own error when it cannot listen there (macOS)
        pytest.skip("127.0.0.2 is not a loopback address here")
    try:
        with pytest.raises(SendError) as caught:
            send(campaign, out, server)
    finally:
        context.__exit__(None, None, None)
    assert caught.value.line() == (
        f'--smtp: "{server}" does not offer an encrypted connection (STARTTLS), so nothing was sent (expected '
        "the mail server your mail program uses, usually on port 587)")
    assert desk.received == []


def test_credentials_come_from_the_environment_and_half_of_them_is_an_error(drafted: tuple[Path, Path]) -> None:
    campaign, out = drafted
    with pytest.raises(UsageError) as caught:
        api.send(campaign, out, smtp="127.0.0.1:1", env={"DRAFTER_SMTP_USER": "press"})
    assert caught.value.line() == (
        "DRAFTER_SMTP_PASSWORD: is not set, and DRAFTER_SMTP_USER is (expected both set (the mail account's user "
        "name and password), or neither)")


@pytest.mark.slow
def test_a_killed_run_resumes_and_sends_everyone_exactly_once(drafted: tuple[Path, Path], desk: Desk) -> None:
    campaign, out = drafted
    desk.hold_after = 4
    env = {k: v for k, v in os.environ.items() if not k.startswith("DRAFTER_SMTP")}
    with serving(desk) as server:
        process = subprocess.Popen([sys.executable, "-m", "drafter", "send", str(campaign), "--out", str(out),
                                    "--smtp", server, "--pace", "0"], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert desk.holding.wait(60), "the fifth message never arrived"
        finally:
            process.kill()
            process.wait()
    assert len(desk.received) == 4 and len(read_log(out)) == 4
    desk.hold_after = None
    desk.holding.clear()
    desk.let_go.clear()
    with serving(desk) as server:
        result = send(campaign, out, server)
    assert (result.sent, result.already) == (EVERYONE - 4, 4)
    pairs = [(to, str(m["Subject"])) for to, m in zip(desk.to(), desk.received, strict=True)]
    assert len(pairs) == EVERYONE and len(set(pairs)) == EVERYONE
    assert len(read_log(out)) == EVERYONE


def test_a_correction_goes_to_exactly_the_earlier_recipients_and_says_what_changed(
        corrected_example: tuple[Path, Path], desk: Desk) -> None:
    # Sent to everyone, then Cheshire's and Cumbria's figures corrected and drafted again (the north west total
    # stays as it was); the Cheshire Echo is taken off the list (drafting does not read it), and a new desk joins
    # for Cheshire: the Echo still gets the correction, the new desk the corrected release, and nobody else
    # anything.
    campaign, out = corrected_example
    edit(campaign / "media.csv", "Cheshire Echo,Newsdesk,newsdesk@cheshire-echo.example.org,Cheshire,en,docx",
         "Wirral Example,Desk,desk@wirral.example.org,Cheshire,en,docx")
    with serving(desk) as server:
        result = send(campaign, out, server)
    got = sorted((m["X-Envelope-To"], str(m["Subject"]).split(": ")[0], m["Subject"].split(" in ")[1].split()[0])
                 for m in desk.received)
    assert got == [
        ("desk@wirral.example.org", "EMBARGOED UNTIL 00:01 BST TUESDAY 4 SEPTEMBER 2018", "Cheshire"),
        ("newsdesk@cheshire-echo.example.org", "CORRECTION", "Cheshire"),
        ("planning@nw-tonight.example.com", "CORRECTION", "Cheshire"),
        ("planning@nw-tonight.example.com", "CORRECTION", "Cumbria"),
        ("planning@nw-tonight.example.com", "CORRECTION", "the"),  # the north west's names its areas' figures
        ("sam.carter@radio-cumbria.example.com", "CORRECTION", "Cumbria"),
    ]
    assert result.already == 6  # the media list's other desks have the releases as they are
    echo = next(m for m in desk.received if m["X-Envelope-To"] == "newsdesk@cheshire-echo.example.org")
    text = echo.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    opening = text.split("\n\n")[:6]
    assert opening[0] == "CORRECTION"
    assert opening[1].startswith("This replaces the release sent to you on ")
    assert opening[2:5] == [
        "What changed:", "• people contacting Stop It Now! for help, change, per cent, July to\n  December 2017 → "
        "January to June 2018: 193 per cent → 197 per cent", "• people contacting Stop It Now! for help, January to "
        "June 2018: 440 →\n  445"]  # the north west's total is as it was, so it is not listed
    assert opening[5].startswith("• “Between July and December 2017") and "197 per cent\n  to 445.”" in opening[5]
    assert "rose by 197 per cent to 445" in text
    earlier = next(e for e in read_log(out) if e.email == "newsdesk@cheshire-echo.example.org")
    assert echo["In-Reply-To"] == earlier.message_id
    assert (next(echo.iter_attachments()).get_content() == (out / "cheshire.docx").read_bytes())
    # and once sent, the correction is not sent again
    with serving(desk) as server:
        assert send(campaign, out, server).sent == 0


# --- a correction as a newsdesk reads it: the .eml in the outbox, parsed back, says what changed in words (the figure
# as the reviewer pack says it, printed then and now), in the release's language

def sent_and_corrected(campaign: Path, out: Path) -> None:
    """Send every release through a mail server (so the send log knows who had what), correct Cheshire's and
    Cumbria's figures (the north west's total stays as it was) and draft again."""
    with serving(Desk()) as server:
        api.send(campaign, out, smtp=server, pace=0, env={})
    edit(campaign / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(campaign / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,166")
    api.draft(campaign, out)


@pytest.fixture(scope="module")
def example_sent_and_corrected(tmp_path_factory: pytest.TempPathFactory, example_draft: Path) -> tuple[Path, Path]:
    """The example campaign and its draft after ``sent_and_corrected``, made once per module: copy, never edit."""
    folder = tmp_path_factory.mktemp("corrected")
    campaign, out = Path(shutil.copytree(EXAMPLE, folder / "campaign")), Path(shutil.copytree(example_draft,
                                                                                             folder / "out"))
    sent_and_corrected(campaign, out)
    return campaign, out


@pytest.fixture
def corrected_example(example_sent_and_corrected: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of ``example_sent_and_corrected``'s campaign and output folder: safe to edit."""
    campaign, out = (Path(shutil.copytree(folder, tmp_path / folder.name)) for folder in example_sent_and_corrected)
    return campaign, out


def corrected(campaign: Path, out: Path, box: Path) -> dict[str, EmailMessage]:
    """``sent_and_corrected``, then the corrections written to ``box`` with drafter send --outbox."""
    sent_and_corrected(campaign, out)
    return outbox(campaign, out, box)


def outbox(campaign: Path, out: Path, box: Path) -> dict[str, EmailMessage]:
    """What drafter send --outbox writes to ``box``: each .eml parsed back, by file name."""
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--outbox", str(box)])
    assert result.exit_code == 0, result.output
    messages = {}
    for path in box.iterdir():
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        messages[path.name] = message
    return messages


def what_changed(message: EmailMessage, heading: str) -> list[str]:
    """The plain-text body's list under its "What changed:" heading, each item on one line."""
    text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    items = []
    for paragraph in text.split(f"\n\n{heading}\n\n", 1)[1].split("\n\n"):
        if not paragraph.startswith("• "):
            break  # the list ends where the corrected release begins
        if not paragraph.startswith("• “"):  # the changed paragraphs, each in quotation marks, follow the figures
            items.append(" ".join(paragraph[2:].split()))
    return items


def test_a_correction_email_says_what_changed_in_words(corrected_example: tuple[Path, Path], tmp_path: Path
                                                       ) -> None:
    campaign, out = corrected_example
    messages = outbox(campaign, out, tmp_path / "box")
    echo = messages["cheshire--newsdesk-at-cheshire-echo.example.org--correction.eml"]
    assert str(echo["Subject"]).startswith("CORRECTION: EMBARGOED UNTIL ")
    assert what_changed(echo, "What changed:") == [
        "people contacting Stop It Now! for help, change, per cent, July to December 2017 → January to June 2018: "
        "193 per cent → 197 per cent",
        "people contacting Stop It Now! for help, January to June 2018: 440 → 445"]
    html = echo.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "people contacting Stop It Now! for help, January to June 2018: 440 → 445" in html
    for message in messages.values():  # no newsdesk is told a fact id
        for part in ("plain", "html"):
            body = message.get_body((part,)).get_content()  # type: ignore[union-attr]
            assert "contacts." not in body and "(none)" not in body


@pytest.mark.slow  # a correction in Welsh: the quick run keeps the English correction's words
def test_a_welsh_correction_says_what_changed_in_welsh(example: Path, tmp_path: Path) -> None:
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    (example / "media.csv").write_text("outlet,name,email,areas,language,attach\n"
                                       "Golwg Example,,golwg@example.org,Cheshire,cy,body\n", encoding="utf-8")
    out = tmp_path / "out"
    api.draft(example, out)
    messages = corrected(example, out, tmp_path / "box")
    assert list(messages) == ["cheshire.cy--golwg-at-example.org--correction.eml"]
    golwg = messages["cheshire.cy--golwg-at-example.org--correction.eml"]
    assert str(golwg["Subject"]).startswith("CYWIRIAD: EMBARGO TAN ")
    assert what_changed(golwg, "Beth sydd wedi newid:") == [
        "pobl a gysylltodd â Stop It Now! am help, newid, canran, Gorffennaf i Ragfyr 2017 → Ionawr i Fehefin 2018: "
        "193% → 197%",
        "pobl a gysylltodd â Stop It Now! am help, Ionawr i Fehefin 2018: 440 → 445"]


@pytest.mark.slow  # a real mail server: the quick run keeps the server, kill and correction tests
def test_the_user_name_and_password_come_from_the_environment_and_are_never_printed(
        drafted: tuple[Path, Path], desk: Desk) -> None:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    logins: list[tuple[str, str]] = []

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        login, password = (bytes(x).decode() for x in (data.login, data.password))
        logins.append((login, password))
        return AuthResult(success=password == "s3cret-pw", handled=False)  # handled=False: answer 535

    campaign, out = drafted
    env = {"DRAFTER_SMTP_USER": "press.office", "DRAFTER_SMTP_PASSWORD": "wrong-pw"}
    with serving(desk, authenticator=authenticate, auth_require_tls=False) as server:
        refused = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--smtp", server, "--pace", "0"],
                                     env=env)
        assert desk.received == []
        env["DRAFTER_SMTP_PASSWORD"] = "s3cret-pw"
        accepted = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--smtp", server, "--pace",
                                            "0"], env=env)
    assert refused.exit_code == 1
    assert refused.stderr == LIFTED + (
        f'error: --smtp: "{server}" refused the user name and password (expected the account\'s user name in '
        "DRAFTER_SMTP_USER and its password (or app password) in DRAFTER_SMTP_PASSWORD)\n")
    assert accepted.exit_code == 0 and len(desk.received) == EVERYONE
    # smtplib tries each way of logging in the server offers (PLAIN, then LOGIN) before giving up
    assert logins == [("press.office", "wrong-pw")] * 2 + [("press.office", "s3cret-pw")]
    for result in (refused, accepted):
        assert "pw" not in result.output + result.stderr
    assert "pw" not in (out / "sent.csv").read_text(encoding="utf-8")


@pytest.mark.slow  # a real mail server: the quick run keeps the server, kill and correction tests
def test_messages_are_paced(drafted: tuple[Path, Path], desk: Desk) -> None:
    campaign, out = drafted
    waits: list[float] = []
    with serving(desk) as server:
        api.send(campaign, out, smtp=server, pace=1.5, env={}, sleep=waits.append)
    assert waits == [1.5] * (EVERYONE - 1)


@pytest.mark.slow  # a real mail server: the quick run keeps the server, kill and correction tests
def test_a_bilingual_campaign_sends_each_contact_the_languages_they_asked_for(example: Path, tmp_path: Path,
                                                                             desk: Desk) -> None:
    edit(example / "campaign.yaml", "locale: en_GB", "locale: en_GB\nlanguages: [en_GB, cy_GB]")
    (example / "media.csv").write_text(
        "outlet,name,email,areas,language,attach\nGolwg Example,,golwg@example.org,Cheshire,cy,docx\n"
        "Both Example,,both@example.org,Cumbria,both,body\nAny Example,,any@example.org,Cumbria,,body\n"
        "English Example,,en@example.org,Cumbria,en,body\n", encoding="utf-8")
    out = tmp_path / "out"
    api.draft(example, out)
    with serving(desk) as server:
        api.send(example, out, smtp=server, pace=0, env={})
    got = sorted((str(m["X-Envelope-To"]), str(m["Content-Language"]), str(m["Subject"]).split(" 00:01")[0],
                  next((p.get_filename() for p in m.iter_attachments()), None)) for m in desk.received)
    assert got == [("any@example.org", "cy", "EMBARGO TAN", None), ("any@example.org", "en", "EMBARGOED UNTIL", None),
                   ("both@example.org", "cy", "EMBARGO TAN", None), ("both@example.org", "en", "EMBARGOED UNTIL", None),
                   ("en@example.org", "en", "EMBARGOED UNTIL", None),
                   ("golwg@example.org", "cy", "EMBARGO TAN", "cheshire.cy.docx")]
    # a correction speaks the release's language
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,166")
    api.draft(example, out)
    desk.received.clear()
    with serving(desk) as server:
        api.send(example, out, smtp=server, pace=0, env={})
    golwg = next(m for m in desk.received if m["X-Envelope-To"] == "golwg@example.org")
    assert str(golwg["Subject"]).startswith("CYWIRIAD: EMBARGO TAN 00:01 BST DDYDD MAWRTH 4 MEDI 2018: ")
    text = golwg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.startswith("CYWIRIAD\r\n\r\nMae hwn yn cymryd lle’r datganiad a anfonwyd atoch ar ")
    assert "Beth sydd wedi newid:" in text


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made by openssl for this test."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


@pytest.mark.slow  # a real mail server: the quick run keeps the server, kill and correction tests
def test_starttls_is_used_when_offered_and_the_certificate_is_checked(
        drafted: tuple[Path, Path], desk: Desk, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ssl

    campaign, out = drafted
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    with serving(desk, tls_context=context, require_starttls=True) as server:
        with pytest.raises(SendError) as caught:  # a certificate nobody vouches for
            send(campaign, out, server)
        assert caught.value.line().startswith(f'--smtp: "{server}" could not be reached securely (')
        assert desk.received == []
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # as a company's own authority is trusted
        result = send(campaign, out, server)
    assert result.sent == len(desk.received) == EVERYONE
    assert all(m["X-TLS"] for m in desk.received)


def test_area_sends_only_that_areas_release(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.draft(example, out, areas=["Cheshire"])
    result = CliRunner().invoke(app, ["send", str(example), "--out", str(out), "--area", "Cheshire", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "would send: Cheshire Echo <newsdesk@cheshire-echo.example.org>: Cheshire, cheshire.docx attached",
        "would send: North West Tonight Example <planning@nw-tonight.example.com>: Cheshire, cheshire.docx attached",
        "2 to send"]


@pytest.mark.slow  # a real mail server: the quick run keeps the server, kill and correction tests
def test_a_temporary_refusal_that_lasts_stops_the_run_and_a_rerun_resumes(drafted: tuple[Path, Path],
                                                                         desk: Desk) -> None:
    campaign, out = drafted
    desk.refuse["newsdesk@cheshire-echo.example.org"] = ["452 4.2.2 mailbox full"] * 6
    with serving(desk) as server, pytest.raises(SendError) as caught:
        send(campaign, out, server)
    assert caught.value.line() == (
        'media.csv:2: email: "newsdesk@cheshire-echo.example.org" the mail server kept refusing it for now (452 '
        f"4.2.2 mailbox full); 1 message sent before it is in {out / 'sent.csv'} (expected the server to "
        "accept mail again: run drafter send again later to send the rest)")
    assert desk.refuse["newsdesk@cheshire-echo.example.org"] == ["452 4.2.2 mailbox full"]  # five tries
    with serving(desk) as server:
        assert send(campaign, out, server).sent == EVERYONE - 1
    pairs = [(to, str(m["Subject"])) for to, m in zip(desk.to(), desk.received, strict=True)]
    assert len(pairs) == len(set(pairs)) == EVERYONE


# --- Welsh releases drafted with --locale cy_GB beside a campaign in English: each goes to those who asked for
# Welsh, a newsdesk with no language gets the campaign's own, an area not drafted in Welsh is said of by name, and
# nothing is sent twice or in the other language, corrections included

LANGUAGES_MEDIA = ("outlet,name,email,areas,language,attach\n"
         "Golwg Example,,golwg@example.cymru,Cheshire;Cumbria,cy,docx\n"
         "Both Example,,both@example.cymru,Cheshire,both,body\n"
         "Any Example,,any@example.org,Cheshire;Cumbria,,body\n")


@pytest.fixture
def welsh_beside(drafted_example: tuple[Path, Path]) -> tuple[Path, Path]:
    """The example drafted in English, and Cheshire's release drafted with --locale cy_GB into the same folder."""
    campaign, out = drafted_example
    (campaign / "media.csv").write_text(LANGUAGES_MEDIA, encoding="utf-8")
    api.draft(campaign, out, locale="cy_GB", areas=["Cheshire"])
    return campaign, out


def test_a_contact_with_no_language_gets_the_campaigns_own_and_one_that_asked_gets_that() -> None:
    def contact(*languages: str) -> MediaContact:
        return MediaContact("Echo", "", "a@example.org", ("Cheshire",), languages, "docx", SourceRef("media.csv"))

    assert [wants(contact(), code, {"en"}) for code in ("en", "cy")] == [True, False]
    assert [wants(contact("cy"), code, {"en"}) for code in ("en", "cy")] == [False, True]
    assert [wants(contact("en", "cy"), code, {"en"}) for code in ("en", "cy")] == [True, True]
    assert [wants(contact(), code, {"en", "cy"}) for code in ("en", "cy")] == [True, True]  # a bilingual campaign


def test_welsh_releases_drafted_beside_the_english_go_to_those_who_asked_for_welsh(
        welsh_beside: tuple[Path, Path], tmp_path: Path) -> None:
    campaign, out = welsh_beside
    plan = make_plan(campaign, out, today=dt.date(2018, 9, 3))
    assert [(o.recipient.email, o.release.area, o.language, o.file) for o in plan.outgoing] == [
        ("both@example.cymru", "Cheshire", "en", ""),
        ("any@example.org", "Cheshire", "en", ""),
        ("golwg@example.cymru", "Cheshire", "cy", "cheshire.cy.docx"),  # an area's languages together
        ("both@example.cymru", "Cheshire", "cy", ""),
        ("any@example.org", "Cumbria", "en", "")]
    assert not plan.refused
    assert [n.message for n in plan.notes] == [
        "media.csv: no contact covers North West, Greater Manchester, Lancashire and Merseyside, so their releases "
        "are sent to nobody; to send them, add each area to the rows of the newsdesks that should have it",
        f"media.csv, row 2: golwg@example.cymru asks for releases in Welsh (cy), but the Cumbria release was not "
        f"drafted in Welsh, so it is not sent to them in Welsh; to send it, draft it into the same folder "
        f"(drafter draft {campaign} --locale cy_GB --out {out}), then run drafter send again"]
    result = api.send(campaign, out, outbox=tmp_path / "box", env={})
    golwg = email.message_from_bytes((tmp_path / "box" / "cheshire.cy--golwg-at-example.cymru.eml").read_bytes(),
                                     policy=email.policy.default)
    assert golwg["Content-Language"] == "cy" and str(golwg["Subject"]).startswith("EMBARGO TAN 00:01 BST ")
    assert next(golwg.iter_attachments()).get_content() == (out / "cheshire.cy.docx").read_bytes()
    assert len(result.outbox) == 5


def test_a_welsh_release_deleted_since_it_was_drafted_with_locale_is_refused_giving_that_locale(
        welsh_beside: tuple[Path, Path]) -> None:
    campaign, out = welsh_beside
    (out / "cheshire.cy.docx").unlink()
    assert api.send(campaign, out, dry_run=True, env={}).refused == (
        f"{out / 'cheshire.cy.docx'}: was drafted but is no longer in the folder, and the media list asks for the "
        f"Cheshire release as DOCX (expected the release drafted into the same folder again: drafter draft {campaign} "
        f"--locale cy_GB --format docx --out {out}; or Cheshire taken out of media.csv so that nobody is sent it)",)


def test_no_welsh_drafted_is_said_and_nothing_is_sent_in_english_instead(drafted_example: tuple[Path, Path]) -> None:
    campaign, out = drafted_example
    (campaign / "media.csv").write_text(LANGUAGES_MEDIA, encoding="utf-8")
    result = api.send(campaign, out, dry_run=True, env={})
    assert sorted((p.recipient, p.area, p.language) for p in result.planned) == [
        ("Any Example <any@example.org>", "Cheshire", "en"), ("Any Example <any@example.org>", "Cumbria", "en"),
        ("Both Example <both@example.cymru>", "Cheshire", "en")]
    assert [n.message.split(", but ")[1].split(";")[0] for n in result.notes if n.code == "media"] == [
        "no release was drafted in Welsh, so none is sent to them in Welsh"] * 2


@pytest.mark.slow  # two redrafts and two runs of a mail server: the quick run keeps the plan and the outbox
def test_a_correction_goes_in_each_language_to_those_who_had_that_language_once(
        welsh_beside: tuple[Path, Path], desk: Desk) -> None:
    campaign, out = welsh_beside
    with serving(desk) as server:
        api.send(campaign, out, smtp=server, pace=0, env={})
    assert len(desk.received) == 5
    edit(campaign / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,150,445")
    edit(campaign / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,90,166")
    api.draft(campaign, out)  # the English only: the Welsh release is now out of date
    refused = api.send(campaign, out, dry_run=True, env={})
    assert [p.language for p in refused.planned if p.refused] == ["cy", "cy"]
    assert refused.refused[0].startswith(f"{out / 'cheshire.cy.docx'}: is not sent: '193%' where ")
    assert f"draft it again (drafter draft {campaign} --locale cy_GB --out {out}); " in refused.refused[0]
    api.draft(campaign, out, locale="cy_GB", areas=["Cheshire"])
    desk.received.clear()
    with serving(desk) as server:
        api.send(campaign, out, smtp=server, pace=0, env={})
    got = sorted((str(m["X-Envelope-To"]), str(m["Content-Language"]), str(m["Subject"]).split(":")[0])
                 for m in desk.received)
    assert got == [("any@example.org", "en", "CORRECTION"), ("any@example.org", "en", "CORRECTION"),
                   ("both@example.cymru", "cy", "CYWIRIAD"),
                   ("both@example.cymru", "en", "CORRECTION"), ("golwg@example.cymru", "cy", "CYWIRIAD")]
    desk.received.clear()
    with serving(desk) as server:
        assert api.send(campaign, out, smtp=server, pace=0, env={}).sent == 0


def test_a_media_database_export_sends_by_county_and_never_corrects_an_opted_out_contact(
        corrected_example: tuple[Path, Path]) -> None:
    """A list exported from a media database (County, City, Do Not Contact, UTF-16 from Excel): the dry run says why
    each newsdesk gets its release, and a newsdesk marked Do Not Contact since it was sent the release is not sent
    the correction."""
    campaign, out = corrected_example
    (campaign / "media.csv").write_bytes(
        ("First Name\tLast Name\tOutlet\tEmail\tCity\tCounty\tDo Not Contact\r\n"
         "\t\tCheshire Echo\tnewsdesk@cheshire-echo.example.org\tChester\tCheshire\tYes\r\n"
         "Sam\tCarter\tRadio Cumbria Example\tsam.carter@radio-cumbria.example.com\tCarlisle\tCumbria\t\r\n"
         ).encode("utf-16"))
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if "cheshire-echo" in line or "Radio" in line] == [
        "would send: Radio Cumbria Example <sam.carter@radio-cumbria.example.com>: CORRECTION of Cumbria, "
        "cumbria.docx attached (changed: people contacting Stop It Now! for help, change, per cent, July to December "
        "2017 → January to June 2018: 90 per cent → 84 per cent; people contacting Stop It Now! for help, January "
        "to June 2018: 171 → 166) (as its County is Cumbria)",
        "not sent: Cheshire Echo <newsdesk@cheshire-echo.example.org>: Do Not Contact is marked on row 2"]
