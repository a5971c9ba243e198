"""The command line: a thin typer layer over :mod:`drafter.api`, and the one error boundary.

Every :class:`~drafter.errors.DrafterError` is caught here, once, and printed as ``error: <one line>`` on
stderr with exit status 1 (2 for usage errors). Nothing else catches it; tracebacks are for bugs only.
"""

from __future__ import annotations

import importlib
import sys

from drafter.cli.app import app
from drafter.cli.drafting import DraftProgress

# The modules whose commands join ``app``, in the order --help lists them. A new command's module goes here.
COMMAND_MODULES = ("drafting", "checking", "letterhead", "quotes", "sending")
for _module in COMMAND_MODULES:
    importlib.import_module(f"drafter.cli.{_module}")

__all__ = ["DraftProgress", "app", "main"]


def main() -> None:
    """Console-script entry point."""
    _console_replaces_what_it_cannot_show()
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        sys.exit(130)


def _console_replaces_what_it_cannot_show() -> None:
    """A console that is not UTF-8 (Windows' cp1252 or cp850, ``LANG=C``) shows "Ynys M?n" rather than ending the
    command with an encoding error: characters it cannot show are replaced."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            reconfigure(errors="replace")
