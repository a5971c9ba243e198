"""What changed since the last draft: per area, the facts and sentences that differ from the files drafter
wrote last time in the same output folder (read before they are replaced), so a late correction can be told to
the right newsrooms."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.document import to_markdown
from drafter.errors import OutputError
from drafter.fileio import read_bounded
from drafter.model import Release, SourceRef

MAX_OLD_BYTES = 10_000_000  # last time's Markdown or fact sheet for one release: a few kilobytes


@dataclass(frozen=True)
class AreaChanges:
    area: str
    facts: tuple[str, ...]  # "Cheshire contacts.after: 440 → 445"
    sentences_added: tuple[str, ...]
    sentences_removed: tuple[str, ...]


def changes_since_last_draft(out_dir: Path, releases: Sequence[Release]) -> tuple[AreaChanges, ...]:
    result = []
    for release in releases:
        old_facts = _read_facts(out_dir / f"{release.slug}.facts.csv")
        old_text = _read(out_dir / f"{release.slug}.md")
        if old_facts is None and old_text is None:
            continue  # first draft of this area
        new_facts = {(f.area, f.name): f.text for f in release.facts}
        fact_lines = []
        for key in sorted(set(new_facts) | set(old_facts or {})):
            before, after = (old_facts or {}).get(key), new_facts.get(key)
            if before != after:
                fact_lines.append(f"{key[0]} {key[1]}: {before or '(none)'} → {after or '(none)'}")
        if old_text is not None:
            old_sentences = _sentences(old_text)
            new_sentences = _sentences(to_markdown(release.blocks))
        else:  # last time's draft had no Markdown (--format docx): no sentences to compare, so none "added"
            old_sentences = new_sentences = []
        added = tuple(s for s in new_sentences if s not in old_sentences)
        removed = tuple(s for s in old_sentences if s not in new_sentences)
        if fact_lines or added or removed:
            result.append(AreaChanges(release.area, tuple(fact_lines), added, removed))
    return tuple(result)


def _read(path: Path) -> str | None:
    """Last time's file, if drafter's (a regular file: a link, FIFO or device in its place is refused)."""
    try:
        data = read_bounded(path, SourceRef(str(path)), MAX_OLD_BYTES, follow=False, error=OutputError)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(f"cannot be read ({exc.strerror})", source=SourceRef(str(path)),
                          expected="a file you can read") from None
    return data.decode("utf-8-sig", errors="replace")


def _read_facts(path: Path) -> dict[tuple[str, str], str] | None:
    text = _read(path)
    if text is None:
        return None
    rows = csv.reader(io.StringIO(text))
    next(rows, None)
    return {(row[0], row[1]): row[2] for row in rows if len(row) >= 3}


def _sentences(markdown: str) -> list[str]:
    out = []
    for paragraph in markdown.split("\n\n"):
        text = " ".join(paragraph.split())
        if text:
            out.append(text)
    return out
