"""Files other programs hold: releases open in a word processor, and files held for a moment.

Word keeps ``~$`` and the file's name (less its first one or two letters when the name is long) beside a
document it has open, and LibreOffice ``.~lock.<name>#``. On Windows a release open in Word cannot be replaced;
on a shared drive seen from another computer it can, and the person who has it open would later save their
copy over the new draft. So a release about to be replaced while such a file is beside it stops the batch
before any file changes. A file held for a moment by a program that opens every new file (a virus scanner,
the search indexer, OneDrive) is waited for, half a second at most, rather than stopping the batch half-way.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from drafter.errors import OutputError
from drafter.fileio import kind
from drafter.model import SourceRef


def lock_files(path: Path) -> list[str]:
    """The names a word processor's lock file for ``path`` may have (Word shortens long names)."""
    name = path.name
    return [f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"]


def refuse_open(path: Path) -> None:
    """Stop if a word processor's (or a spreadsheet's) lock file is beside the file at ``path``."""
    sheet = path.suffix.lower() == ".csv"  # a fact sheet or review.csv, which Excel opens with a lock file too
    for name in lock_files(path):
        if kind(path.with_name(name)) == "file":
            raise OutputError(
                f"is open in a {'spreadsheet' if sheet else 'word processor'} ({name} is beside it), so it is not "
                "replaced; nothing has been changed", source=SourceRef(str(path)),
                expected=f"the {'file' if sheet else 'release'} closed: close it and run again; if nobody has it "
                         f"open, delete {name}, a hidden file: turn on Hidden items in File Explorer's View menu to "
                         "see it")  # Word and LibreOffice mark their lock files hidden: nobody sees them otherwise


RETRY_WAITS = (0.05, 0.15, 0.3)  # seconds: half a second in all


def replace(source: Path, target: Path) -> None:
    """``os.replace``, tried again for a moment when refused: on Windows a virus scanner, the search indexer or
    OneDrive often holds a file for a fraction of a second after it is written or read."""
    for wait in RETRY_WAITS:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            time.sleep(wait)
    os.replace(source, target)
