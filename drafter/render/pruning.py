"""drafter's compiled templates in the user's temporary folder, kept while they are used and pruned after.

Each template drafter compiles is kept as ``drafter-<64 hex digits>.cache`` (:mod:`drafter.render.environment`),
and an edited template, a new drafter or a new Jinja2 makes new ones, so the old would pile up: hundreds after a
test run or a year of drafting. So an entry that is used has its modification time brought up to date (at most
once a day, so a run that compiles nothing writes nothing), and when a template is compiled afresh (the only
time entries are added), drafter's entries not used for :data:`KEEP_DAYS` days are removed, at most once a day:
a file beside them, ``drafter-pruned.stamp``, records when (on the drive, so every run shares it).

Pruning is careful, as it works in a folder other programs use: only names drafter gives its entries (and the
temporary files Jinja2 writes them through) are touched, never a link, a folder or anything else; a link is
never followed; and nothing that goes wrong (a file another program holds, a folder that cannot be read) is
ever more than a file left for next time: pruning never stops a draft.
"""

from __future__ import annotations

import os
import re
import stat
import time

KEEP_DAYS = 30
DAY = 24 * 60 * 60
PATTERN = "drafter-%s.cache"  # Jinja2's name for an entry: %s is its key, a SHA-256 in hex
STAMP = "drafter-pruned.stamp"  # when the folder was last pruned: its modification time
_OWN = re.compile(r"drafter-[0-9a-f]{64}\.cache(?:[a-z0-9_]{1,16}\.tmp)?")  # an entry, or one being written


def seen(folder: str, path: str, *, found: bool) -> None:
    """An entry looked up: ``found`` (used: its time brought up to date), or not (a template to compile afresh,
    and so the moment to prune ``folder``, if it was not pruned in the last day)."""
    if found:
        used(path)
    else:
        prune_daily(folder)


def used(path: str, now: float | None = None) -> None:
    """Mark the entry at ``path`` as used, unless it was marked in the last day or is not a plain file."""
    now = time.time() if now is None else now
    try:
        info = os.stat(path, follow_symlinks=False)
        if stat.S_ISREG(info.st_mode) and now - info.st_mtime > DAY:
            os.utime(path, (now, now))
    except OSError:
        pass  # read-only, or gone: it is pruned a little early at worst, and compiled again


def prune_daily(folder: str, now: float | None = None) -> int:
    """:func:`prune` ``folder`` unless its stamp says it was pruned in the last day; then stamp it. A stamp that is
    not a plain file (a link put in its place) stops pruning altogether; never raises."""
    now = time.time() if now is None else now
    stamp = os.path.join(folder, STAMP)
    try:
        info = os.stat(stamp, follow_symlinks=False)
        if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < DAY:
            return 0
        os.utime(stamp, (now, now))
    except FileNotFoundError:
        try:
            with open(stamp, "x"):  # made, never opened through a link: "x" fails on any name already there
                pass
        except OSError:
            return 0
    except OSError:
        return 0
    return prune(folder, now)


def prune(folder: str, now: float | None = None) -> int:
    """Remove drafter's entries in ``folder`` not used (modified) for :data:`KEEP_DAYS` days; how many went.
    Only plain files named as drafter names them; never raises."""
    cutoff = (time.time() if now is None else now) - KEEP_DAYS * DAY
    removed = 0
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not _OWN.fullmatch(entry.name):
                    continue
                try:
                    info = entry.stat(follow_symlinks=False)
                    if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                        os.unlink(entry.path)  # a name, never followed: were it a link now, the link would go
                        removed += 1
                except OSError:
                    continue  # held open by another run, or gone already
    except OSError:
        pass  # the folder cannot be read: nothing is pruned this time
    return removed
