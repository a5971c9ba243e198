"""A message as a journalist reads it and a mail server takes it: what a correction says changed, in plain words;
and a server that drops the connection half-way through a batch and will not take a new one at once (Microsoft
365's "421 too many connections"), waited for as any refusal for now, not reported as a server never reached."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

import pytest

from drafter.errors import SendError
from drafter.send.smtp import Mailer, Refused, Server


class Dropping:
    """An SMTP connection that is dropped on the first message it is given."""

    def send_message(self, message: EmailMessage, sender: str, recipients: list[str]) -> None:
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    def quit(self) -> None: ...

    def close(self) -> None: ...


def mailer(reconnects: list[bool], waits: list[float]) -> Mailer:
    """A mailer whose first connection drops, then whose reconnections succeed or fail as ``reconnects`` says."""
    opened = Mailer(Server("smtp.example.org", 587), None, retry_wait=1, sleep=waits.append)

    def connect() -> None:
        if opened.smtp is None and reconnects and not reconnects.pop(0):
            raise SendError("could not be reached (421 4.3.2 too many connections)", field="--smtp",
                            value="smtp.example.org:587", expected="the mail server's name and port")
        opened.smtp = Dropping()  # type: ignore[assignment]

    opened._connect = connect  # type: ignore[method-assign]
    return opened


def test_a_connection_that_cannot_be_opened_again_at_once_is_waited_for_and_then_stops_as_for_now() -> None:
    waits: list[float] = []
    with pytest.raises(Refused) as caught:
        mailer([True, False, False, False, False], waits).send(EmailMessage(), "press@example.org",
                                                               "news@echo.example.org")
    assert caught.value.temporary and waits == [1, 2, 4, 8]
    assert str(caught.value) == "the connection was lost (could not be reached (421 4.3.2 too many connections))"


def test_a_server_never_reached_stops_at_once() -> None:
    opened = Mailer(Server("smtp.example.org", 587), None, retry_wait=1, sleep=lambda _: None)

    def refuse() -> None:
        raise SendError("could not be reached (Connection refused)", field="--smtp", value="smtp.example.org:587",
                        expected="the mail server's name and port, and a connection to it")

    opened._connect = refuse  # type: ignore[method-assign]
    with pytest.raises(SendError):
        opened.send(EmailMessage(), "press@example.org", "news@echo.example.org")


@pytest.mark.parametrize(("markdown", "said"), [
    ("**Media contact:** Press Office, 01632 960 002", "“Media contact: Press Office, 01632 960 002”"),
    ("{.quote}\nShe said: “It is *vital* that we act.”", "“She said: “It is vital that we act.””"),
    ("## Notes to editors", "“Notes to editors”"),
    ("Stop It Now\\! runs a helpline", "“Stop It Now! runs a helpline”"),
])
def test_a_corrections_changed_paragraph_is_quoted_as_its_words_without_markdown(markdown: str, said: str) -> None:
    """What a correction says changed is read by a journalist: no asterisks, hashes or backslashes of Markdown."""
    from drafter.send.message import _plain

    assert _plain(markdown) == said
