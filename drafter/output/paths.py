"""Paths Windows can open: every file of a batch, as drafter writes it and where it ends up, checked against the
path length Windows allows without long-path support, before anything is made or written.

Windows (and Word, Explorer and most programs on it) cannot open a file whose full path (drive or share, every
folder, the name) is 260 characters or more (MAX_PATH, counting the character that ends it), unless long
paths are switched on for the whole computer and the program asks for them, which Word does not. The check is
pure arithmetic on the path as this computer spells it, made on every system: a folder on a shared drive or a
USB stick is opened from Windows too (docs/safety.md says why).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from drafter.errors import OutputError, possessive
from drafter.model import SourceRef
from drafter.output.durable import TEMP_PREFIX
from drafter.output.problems import WINDOWS_MAX_PATH

STAGING_TOKEN = 8  # bytes of randomness in a run's staging folder's name, written as twice as many hex digits
STAGED = 1 + len(TEMP_PREFIX) + 2 * STAGING_TOKEN  # what a file's path gains while it is staged: /.drafter-tmp-…


def refuse_long_paths(out_dir: Path, files: Iterable[tuple[str, str]]) -> None:
    """Stop, before anything is made, if a file of the batch (``files``: each file's name in the output folder, as
    ``review/review.csv``, and its area, "" for the reviewer pack) would have a path Windows cannot open, in the
    run's staging folder or in its place: the longest is named, with how long a folder would do. (The reviewer
    pack's names are among ``files``, so the folders drafter makes stay within Windows' shorter limit for a
    folder, 248 characters.)"""
    folder = os.path.abspath(out_dir)
    longest = max(files, key=lambda file: windows_length(file[0]), default=None)
    if longest is None:
        return
    name, area = longest
    staged = windows_length(folder) + STAGED + 1 + windows_length(name)
    if staged < WINDOWS_MAX_PATH:
        return
    whose = f"{possessive(area)} file" if area else "the reviewer pack's file"
    length = windows_length(folder)
    raise OutputError(
        f"is too long a path for Windows: {whose} {name} would be {length + 1 + windows_length(name)} "
        f"characters long in it ({staged} while drafter writes it, in its working folder), and Windows cannot open "
        f"a path of {WINDOWS_MAX_PATH} characters or more without long paths turned on, which Word does not use; "
        "nothing has been changed", source=SourceRef(str(out_dir)), field="--out",
        expected=f"a shorter path: an output folder of at most {WINDOWS_MAX_PATH - 1 - staged + length} characters "
                 f"(this one is {length}), nearer the top of the drive or with a shorter name")


def windows_length(text: str) -> int:
    """A path's length as Windows counts it, in UTF-16 units: a letter beyond the first 65,536 (𠀀, and many
    other rarer Chinese characters) counts twice.

    >>> windows_length("kent.md"), windows_length("αθήνα.md"), windows_length("\U00020000.md")
    (7, 8, 5)
    """
    return len(text.encode("utf-16-le", "surrogatepass")) // 2
