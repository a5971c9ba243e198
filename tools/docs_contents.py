"""Rewrite the contents list of each long page in docs/ from its headings, so the list a press officer scans
first cannot drift from the page.

    python tools/docs_contents.py           # rewrite every list that is out of date
    python tools/docs_contents.py --check   # exit 1, naming the pages, if any is out of date

A page opts in with the two lines ``<!-- contents -->`` and ``<!-- /contents -->``; between them go links to
each ``##`` and ``###`` heading that follows the list, with the anchors GitHub gives them. Run it after adding
or renaming such a heading; tests/test_docs.py fails until you do.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- contents -->\n", "<!-- /contents -->"
HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*$")


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, only letters, digits, ``-`` and ``_``, spaces as ``-``."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _headings(text: str) -> list[tuple[int, int, str, str]]:
    """Each heading outside a code block: its offset, level, text and anchor (a repeat gets ``-1``, ``-2``)."""
    found: list[tuple[int, int, str, str]] = []
    seen: dict[str, int] = {}
    fenced, offset = False, 0
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        match = None if fenced else HEADING.match(line.rstrip("\n"))
        if match:
            base = anchor(match.group(2))
            repeat = seen.get(base, 0)
            seen[base] = repeat + 1
            found.append((offset, len(match.group(1)), match.group(2), base if repeat == 0 else f"{base}-{repeat}"))
        offset += len(line)
    return found


def anchors(text: str) -> set[str]:
    """Every anchor a link may name in a page: one for each of its headings."""
    return {slug for _, _, _, slug in _headings(text)}


def refreshed(text: str) -> str:
    """``text`` with its contents list rebuilt from the ``##`` and ``###`` headings after it (unchanged if none)."""
    start = text.find(START)
    end = text.find(END, start + 1)
    if start < 0 or end < 0:
        return text
    lines = [f"{'  ' * (level - 2)}- [{words.replace('`', '')}](#{slug})"
             for offset, level, words, slug in _headings(text) if offset > end and level in (2, 3)]
    return text[:start + len(START)] + "".join(f"{line}\n" for line in lines) + text[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if a contents list is out of date")
    args = parser.parse_args(argv)
    stale = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        fresh = refreshed(text)
        if fresh != text:
            stale.append(page.relative_to(ROOT).as_posix())
            if not args.check:
                page.write_bytes(fresh.encode("utf-8"))
    if stale:
        print(("out of date: " if args.check else "rewrote: ") + ", ".join(stale))
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
