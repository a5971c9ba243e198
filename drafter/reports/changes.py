"""What changed since the last draft: per area, the facts and sentences that differ from the files drafter
wrote last time in the same output folder (read before they are replaced), so a late correction can be told to
the right newsrooms. Each figure is said in a reviewer's words (:func:`drafter.reports.review.figure`), never by
its fact id."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from drafter.document import to_markdown
from drafter.errors import OutputError
from drafter.fileio import kind, read_bounded, unreadable
from drafter.model import Campaign, Fact, Release, SourceRef
from drafter.output.manifest import Manifest
from drafter.reports.facts import FACT_COLUMNS, FORMULA_START
from drafter.reports.review import figure
from drafter.style.base import HouseStyle

MAX_OLD_BYTES = 10_000_000  # last time's Markdown or fact sheet for one release: a few kilobytes


@dataclass(frozen=True)
class AreaChanges:
    area: str
    # In a reviewer's words, one figure a line: the release's own area's first ("people contacting Stop It Now!
    # for help, January to June 2018: 440 → 445"), then each other area's it prints, after the area's name
    # ("North West: people contacting Stop It Now! for help, January to June 2018: 3,549 → 3,554").
    facts: tuple[str, ...]
    sentences_added: tuple[str, ...]
    sentences_removed: tuple[str, ...]
    language: str = ""  # the release's locale: "en_GB", "cy_GB"


def changes_since_last_draft(out_dir: Path, releases: Sequence[Release], campaign: Campaign, style: HouseStyle,
                             drafted: Manifest | None = None) -> tuple[AreaChanges, ...]:
    """What changed in each release since the files in ``out_dir``, its figures worded under ``style``. With the
    folder's manifest (``drafted``), only a file still as drafter wrote it is compared: a person's edit is not a
    change in the draft, and the newsrooms need no correction for it."""
    result = []
    for release in releases:
        old_facts = read_facts(out_dir / f"{release.slug}.facts.csv", drafted)
        old_text = _read(out_dir / f"{release.slug}.md", drafted)
        if old_facts is None and old_text is None:
            continue  # first draft of this area
        # a fact sheet gone, or no longer drafter's: its figures are not compared (each would be called new)
        fact_lines = fact_changes(release, old_facts, campaign, style) if old_facts is not None else ()
        if old_text is not None:
            old_sentences = _sentences(old_text)
            new_sentences = _sentences(to_markdown(release.blocks))
        else:  # last time's draft had no Markdown (--format docx): no sentences to compare, so none "added"
            old_sentences = new_sentences = []
        added = tuple(s for s in new_sentences if s not in old_sentences)
        removed = tuple(s for s in old_sentences if s not in new_sentences)
        if fact_lines or added or removed:
            result.append(AreaChanges(release.area, fact_lines, added, removed, release.language))
    return tuple(result)


def fact_changes(release: Release, old: dict[tuple[str, str], str], campaign: Campaign, style: HouseStyle
                 ) -> tuple[str, ...]:
    """Each figure printed differently from last time (as last time's fact sheet has it), or new, or gone: the
    release's own area's first, in the order the release prints them, then other areas', each after its name."""
    # A rank only deciding the words is printed in neither draft, though a fact sheet of an earlier version
    # of drafter gave its ordinal ("fifth"): not a figure gone.
    new = {(f.area, f.name): f for f in release.facts if f.printed}
    deciding = {(f.area, f.name) for f in release.facts if not f.printed}
    old = {key: text for key, text in old.items() if text and key not in deciding}
    words = style.furniture
    by_area: dict[str, list[str]] = {release.area: []}
    for key in [*new, *(key for key in old if key not in new)]:
        before, now = old.get(key), new.get(key)
        if now is not None and before == now.text:
            continue
        fact = now or Fact(key[0], key[1], before or "", Decimal(0), "", ())
        said = figure(campaign, fact, style).said()
        if now is None:
            line = words.figure_gone.format(figure=said, value=before)
        elif before is None:
            line = words.figure_new.format(figure=said, value=now.text)
        else:
            line = f"{said}: {before} → {now.text}"
        by_area.setdefault(key[0], []).append(line)
    own = by_area.pop(release.area)
    return (*own, *(f"{area}: {line}" for area, lines in by_area.items() for line in lines))


def _read(path: Path, drafted: Manifest | None) -> str | None:
    """Last time's file, if a regular file still as drafter wrote it (as ``drafted``, the manifest, has it, when
    there is one): a link, FIFO, device or folder in its place is not read (putting the new file in place refuses
    it, saying what to do), nor is a file a person edited."""
    if kind(path) != "file" or path.stat().st_size > MAX_OLD_BYTES:  # too large to be drafter's: not compared
        return None
    try:
        data = read_bounded(path, SourceRef(str(path)), MAX_OLD_BYTES, follow=False, error=OutputError)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise unreadable(exc, SourceRef(str(path)), OutputError) from None
    if drafted is not None:
        entry = drafted.get(path.name, {})
        if hashlib.sha256(data).hexdigest() not in {entry.get("sha256"), *entry.get("pending", "").split()}:
            return None
    return data.decode("utf-8-sig", errors="replace")


def read_facts(path: Path, drafted: Manifest | None) -> dict[tuple[str, str], str] | None:
    """Last time's fact sheet, ``(area, fact) → printed``; None when there is none, or when it is no longer one
    drafter wrote (saved again by a spreadsheet with semicolons, another encoding or other columns, or not a CSV
    at all; or, with the folder's manifest ``drafted``, edited by a person at all): comparing with it would call
    every figure new, so its figures are not compared."""
    rows = read_fact_rows(path, drafted)
    return None if rows is None else {(area, fact): printed for area, fact, printed in rows}


def read_fact_rows(path: Path, drafted: Manifest | None) -> list[tuple[str, str, str]] | None:
    """Last time's fact sheet as its rows, ``(area, fact, printed)``, a figure printed two ways (in words in a
    sentence, in figures in a table: "none", "0") in a row each; None as for :func:`read_facts`."""
    rows = _fact_sheet(path, drafted)
    return None if rows is None else [(_cell(row[0]), _cell(row[1]), _cell(row[2])) for row in rows if len(row) >= 3]


def read_fact_values(path: Path, drafted: Manifest | None) -> dict[tuple[str, str], str] | None:
    """Last time's fact sheet, ``(area, fact) → exact value`` (the same in every language); None as for
    :func:`read_facts`."""
    rows = _fact_sheet(path, drafted)
    return None if rows is None else {(_cell(row[0]), _cell(row[1])): row[3] for row in rows if len(row) >= 4}


def _fact_sheet(path: Path, drafted: Manifest | None) -> list[list[str]] | None:
    """The rows of a fact sheet drafter wrote, below its header; None as for :func:`read_facts`."""
    text = _read(path, drafted)
    if text is None:
        return None
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:  # a NUL byte, a stray line end: not drafter's fact sheet any more
        return None
    if not rows or tuple(rows[0]) != FACT_COLUMNS:
        return None
    return rows[1:]


def _cell(text: str) -> str:
    """A fact sheet's cell as drafter had it, less the apostrophe :func:`drafter.reports.facts.neutralise` put
    before a cell a spreadsheet would run as a formula."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def _sentences(markdown: str) -> list[str]:
    out = []
    for paragraph in markdown.split("\n\n"):
        text = " ".join(paragraph.split())
        if text:
            out.append(text)
    return out
