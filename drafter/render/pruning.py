"""drafter's compiled templates in the user's temporary folder, kept while they are used and pruned after.

Each template drafter compiles is kept as ``drafter-<64 hex digits>.cache`` (:mod:`drafter.render.environment`),
and an edited template, a new drafter or a new Jinja2 makes new ones, so the old would pile up: hundreds after a
test run or a year of drafting. So an entry that is used has its modification time brought up to date (at most
once a day, so a run that compiles nothing writes nothing), and when a template is compiled afresh (the only
time entries are added), drafter's entries not used for :data:`KEEP_DAYS` days are removed, once per process.

Pruning is careful, as it works in a folder other programs use: only names drafter gives its entries (and the
temporary files Jinja2 writes them through) are touched, never a link, a folder or anything else; a link is
never followed; and nothing that goes wrong (a file another program holds, a folder that cannot be read) is
ever more than a file left for next time: pruning never stops a draft.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import time

KEEP_DAYS = 30
DAY = 24 * 60 * 60
PATTERN = "drafter-%s.cache"  # Jinja2's name for an entry: %s is its key, a SHA-256 in hex
_OWN = re.compile(r"drafter-[0-9a-f]{64}\.cache(?:[a-z0-9_]{1,16}\.tmp)?")  # an entry, or one being written


def seen(folder: str, path: str, *, found: bool) -> None:
    """An entry looked up: ``found`` (used: its time brought up to date), or not (a template to compile afresh,
    and so the moment to prune ``folder``, once per process)."""
    if found:
        used(path)
    else:
        prune_once(folder)


def used(path: str, now: float | None = None) -> None:
    """Mark the entry at ``path`` as used, unless it was marked in the last day or is not a plain file."""
    now = time.time() if now is None else now
    try:
        info = os.stat(path, follow_symlinks=False)
        if stat.S_ISREG(info.st_mode) and now - info.st_mtime > DAY:
            os.utime(path, (now, now))
    except OSError:
        pass  # read-only, or gone: it is pruned a little early at worst, and compiled again


@functools.cache
def prune_once(folder: str) -> int:
    """:func:`prune` ``folder``, the first time a process asks."""
    return prune(folder)


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
