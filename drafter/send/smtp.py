"""Sending through a mail server with the standard library's ``smtplib``.

The connection is encrypted (STARTTLS, or TLS from the start on port 465) whenever the server is anywhere but
this computer: a release under embargo, and the password, never cross a network in plain text. The user name
and password come from the environment (:data:`USER_VAR`, :data:`PASSWORD_VAR`), never from the command line,
and are never printed. A temporary refusal (4xx, or a dropped connection) is retried with a growing wait; a
permanent one (5xx) is raised, for the run to pass over that recipient or stop.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage

from drafter.errors import SendError, UsageError

USER_VAR = "DRAFTER_SMTP_USER"
PASSWORD_VAR = "DRAFTER_SMTP_PASSWORD"
LOCAL = ("127.0.0.1", "::1", "localhost")  # this computer: plain text may stay on it
SUBMISSION = 587  # the port mail programs send on, with STARTTLS
IMPLICIT_TLS = 465
RETRIES = 4  # after the first try: waits of 1, 2, 4 and 8 times --retry-wait


@dataclass(frozen=True)
class Server:
    host: str
    port: int

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


def parse_server(text: str) -> Server:
    """``HOST``, ``HOST:PORT`` or ``[IPv6]:PORT``; the port is 587 unless given.

    >>> parse_server("smtp.example.org"), parse_server("127.0.0.1:2525")
    (Server(host='smtp.example.org', port=587), Server(host='127.0.0.1', port=2525))
    """
    host, port = text.strip(), ""
    if host.startswith("["):
        host, _, rest = host[1:].partition("]")
        port = rest.removeprefix(":")
    elif host.count(":") == 1:
        host, _, port = host.partition(":")
    if not host or " " in host or (port and not (port.isdigit() and 0 < int(port) < 65536)):
        raise UsageError("is not a mail server", field="--smtp", value=text,
                         expected="HOST or HOST:PORT, e.g. smtp.office365.com:587")
    return Server(host, int(port) if port else SUBMISSION)


def credentials(env: Mapping[str, str]) -> tuple[str, str] | None:
    """The user name and password from the environment, or None when neither is set."""
    user, password = env.get(USER_VAR, ""), env.get(PASSWORD_VAR, "")
    if bool(user) != bool(password):
        missing = PASSWORD_VAR if user else USER_VAR
        raise UsageError(f"is not set, and {USER_VAR if user else PASSWORD_VAR} is", field=missing,
                         expected="both set (the mail account's user name and password), or neither")
    return (user, password) if user else None


class Refused(Exception):
    """The server refused a message for good (5xx), or kept refusing it for a while (4xx); ``recipient``: it
    refused the recipient's address ("550 no such mailbox"), not the message or the sender."""

    def __init__(self, code: int, text: str, temporary: bool, recipient: bool = False) -> None:
        super().__init__(f"{code} {text}" if code else text)  # 0: no answer, the connection lost
        self.code, self.text, self.temporary, self.recipient = code, text, temporary, recipient


class Mailer:
    """One connection to a mail server, opened by :meth:`open` and reopened after a failure."""

    def __init__(self, server: Server, login: tuple[str, str] | None, *, retry_wait: float,
                 sleep: Callable[[float], None] = time.sleep, timeout: float = 60.0) -> None:
        self.server, self.login, self.retry_wait, self.sleep, self.timeout = server, login, retry_wait, sleep, timeout
        self.smtp: smtplib.SMTP | None = None
        self.reached = False  # connected once: a connection that cannot be opened again is refused for now

    def open(self) -> None:
        """Connect, encrypt and log in; a failure leaves no connection open."""
        try:
            self._connect()
        except BaseException:
            self.close()
            raise
        self.reached = True

    def _connect(self) -> None:
        server = self.server
        context = ssl.create_default_context()
        try:
            smtp: smtplib.SMTP
            if server.port == IMPLICIT_TLS:
                smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=self.timeout, context=context)
            else:
                smtp = smtplib.SMTP(server.host, server.port, timeout=self.timeout)
            self.smtp = smtp  # closed by close(), whatever happens next
            smtp.ehlo()
            if server.port != IMPLICIT_TLS:
                if smtp.has_extn("starttls"):
                    smtp.starttls(context=context)
                    smtp.ehlo()
                elif server.host not in LOCAL:
                    raise SendError("does not offer an encrypted connection (STARTTLS), so nothing was sent",
                                    field="--smtp", value=str(server),
                                    expected="the mail server your mail program uses, usually on port 587")
            if self.login:
                smtp.login(*self.login)
        except smtplib.SMTPAuthenticationError:
            raise SendError("refused the user name and password", field="--smtp", value=str(server),
                            expected=f"the account's user name in {USER_VAR} and its password (or app password) "
                            f"in {PASSWORD_VAR}") from None
        except smtplib.SMTPNotSupportedError:
            raise SendError("does not take a user name and password here", field="--smtp", value=str(server),
                            expected=f"{USER_VAR} and {PASSWORD_VAR} unset, or the server's submission port") from None
        except ssl.SSLError as exc:
            raise SendError(f"could not be reached securely ({exc.reason or exc})", field="--smtp",
                            value=str(server), expected="a mail server with a valid certificate") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise SendError(f"could not be reached ({_reason(exc)})", field="--smtp", value=str(server),
                            expected="the mail server's name and port, and a connection to it") from None

    def close(self) -> None:
        if self.smtp is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self.smtp.quit()
            with contextlib.suppress(OSError):
                self.smtp.close()
            self.smtp = None

    def send(self, message: EmailMessage, sender: str, recipient: str) -> None:
        """Send one message to one recipient, retrying a temporary refusal; :class:`Refused` when it cannot."""
        for attempt in range(RETRIES + 1):
            try:
                if self.smtp is None:
                    self._reopen()
                assert self.smtp is not None
                self.smtp.send_message(message, sender, [recipient])
                return
            except smtplib.SMTPRecipientsRefused as exc:
                code, text = next(iter(exc.recipients.values()))
                failure = Refused(code, _text(text), 400 <= code < 500, recipient=True)
            except smtplib.SMTPResponseException as exc:
                failure = Refused(exc.smtp_code, _text(exc.smtp_error), 400 <= exc.smtp_code < 500)
            except (smtplib.SMTPServerDisconnected, OSError) as exc:
                failure = Refused(0, f"the connection was lost ({_reason(exc)})", True)
            self.close()
            if not failure.temporary or attempt == RETRIES:
                raise failure
            self.sleep(self.retry_wait * 2 ** attempt)


    def _reopen(self) -> None:
        """Open the connection; one dropped half-way that cannot be opened again at once ("421 too many
        connections") is a refusal for now, waited for, not a server never reached."""
        try:
            self.open()
        except SendError as exc:
            if not self.reached:
                raise
            raise smtplib.SMTPServerDisconnected(exc.problem) from None


def _text(raw: bytes | str) -> str:
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    return " ".join(text.split())


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
