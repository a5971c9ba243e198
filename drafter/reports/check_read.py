"""Reading an edited release, whatever a person did to it: Word (all of it, through
:mod:`drafter.writers.docx_read`), Markdown, or plain text, as paragraphs in reading order.

Markdown is read by the same parser that reads drafter's own (:func:`drafter.document.parse_markdown`); Markdown
it does not take (a table, a link, a quotation) is read as plain text, paragraph by paragraph, so an edit
never stops the check.
"""

from __future__ import annotations

import contextlib
import re
from codecs import BOM_UTF8
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.document import parse_markdown
from drafter.errors import DrafterError, TemplateError
from drafter.fileio import read_bounded
from drafter.load.archive import DOCX, check_archive
from drafter.load.csv_text import UTF8_TEXT
from drafter.load.yaml_text import NOTEPAD
from drafter.model import Block, SourceRef
from drafter.reports.check_tokens import starts_item
from drafter.style.typed import flat
from drafter.writers.docx_chart_read import DocChart
from drafter.writers.docx_faults import UnreadableDocx
from drafter.writers.docx_read import LINE_BREAK, read_document

READS = (".docx", ".md", ".txt")
MAX_BYTES = 50_000_000  # as for the campaign's own files
# Markdown's parser takes some 60 µs a table cell (a 2 MB table of a million cells took minutes to check), and a
# release's tables have a few thousand: a Markdown file with more bars than this is read as plain text instead.
MAX_TABLE_BARS = 50_000
# Paragraphs and table cells read from one file: a release has some hundreds (a region of 400 areas' table a few
# thousand); judging each takes a millisecond or two, and a 600 KB Word file of 100,000 cells took three minutes.
MAX_PARAGRAPHS = 10_000
# Figures read from one file: a release prints some dozens (a region's table of 400 areas a few thousand); each takes
# under a millisecond to judge, and a 10 MB paragraph of five million of them ("9 9 9 …") took hours.
MAX_FIGURES = 20_000
_FIGURE = re.compile(r"\d[\d,.]*")  # a figure in digits, "1,747" one however long its groups run
# Words read from one file: a release has a thousand or two; a word that may start a phrase drafter reads ("a third",
# "a quarter") takes half a millisecond, and 300 KB of "*a *a …" took a minute.
MAX_WORDS = 50_000
_WORD = re.compile(r"[^\W\d_]+")
_BROKEN = re.compile(r"\d[\d,.]*\u2028[\d,.]*\d")  # a figure with a line break inside
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # "3,549": a figure in thousands
_UNDERLINE = re.compile(r"[=\-]{3,}")
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>#|{}.!()+\-])")
_ATTRIBUTES = re.compile(r"\{\.[\w-]+\}")
_EMPHASIS = re.compile(r"(\*{1,2}|_{1,2})(?=\S)|(?<=\S)(\*{1,2}|_{1,2})")


def _ansi(data: bytes) -> str:
    """A text release Notepad saved as "ANSI" (Windows-1252, its choice before Windows 10's update of May 2019),
    read as it was saved; one UTF-8 in part, or not text at all, is refused saying how to save it."""
    if not data.startswith(BOM_UTF8) and not UTF8_TEXT.search(data) and b"\0" not in data:
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("cp1252")
    raise Unreadable(f"is not text in UTF-8, UTF-16 or Windows-1252 (save it as UTF-8 text, {NOTEPAD})")


def _unbroken(text: str) -> tuple[str, tuple[str, ...]]:
    """A figure a line break (Shift+Enter) cuts in two, "3,5⏎49" or "1,⏎747", read as the one figure it is, and each
    such figure as it prints, its two lines joined by "⏎". Not two numbers on two lines ("Unit 5⏎12 High Street"):
    only where the two make one figure in thousands, or the first ends with its comma or decimal point."""
    broken: list[str] = []

    def joined(match: re.Match[str]) -> str:
        whole = match[0].replace(LINE_BREAK, "")
        if _GROUPED.fullmatch(whole) is None and not match[0].split(LINE_BREAK)[0].endswith((",", ".")):
            return match[0]
        broken.append(match[0].replace(LINE_BREAK, "⏎"))
        return whole

    return (_BROKEN.sub(joined, text), tuple(broken)) if LINE_BREAK in text else (text, ())


class Unreadable(Exception):
    """Why a file cannot be read as a release."""


@dataclass(frozen=True)
class Para:
    """One paragraph of an edited release."""

    text: str
    where: str = ""  # "" in the body; "table 1, row 2, column 3", "header", "footnote 1", "comment 1 by Jo"
    context: str = ""  # more words that say what its figures are (a table cell's row and column heading)
    pending: tuple[str, ...] = ()  # tracked changes not yet accepted or rejected
    comment: bool = False
    comments: tuple[str, ...] = ()  # the ids of the Word comments anchored in it
    anchor: str = ""  # a comment's own paragraph: the comment's id
    chart: DocChart | None = None  # a Word chart: the figures it draws (its text is its name)
    hidden: tuple[str, ...] = ()  # text in Word's hidden font: not read, as it does not print, but reported
    picture: bool = False  # a picture or an object from another program, whose figures cannot be read (its name)
    struck: tuple[str, ...] = ()  # text struck through by hand: not read, as it is meant to be gone, but reported
    broken: tuple[str, ...] = ()  # a figure with a line break inside it, as it prints: "3,5⏎49" (read as "3,549")


@dataclass(frozen=True)
class Edited:
    paragraphs: tuple[Para, ...]
    area: str = ""  # from the Word document's properties
    language: str = ""  # from the Word document's properties: "en-GB"


def read_edited(path: Path) -> Edited:
    """The file's paragraphs; :class:`Unreadable` (with the reason) when it cannot be read: not a regular file,
    over :data:`MAX_BYTES`, a Word document that is not one or would unpack into too much (a zip bomb)."""
    suffix = path.suffix.lower()
    source = SourceRef(path.name)
    try:  # drafter's own bounds on what it reads, each a one-line reason here
        data = read_bounded(path, source, MAX_BYTES)
    except DrafterError as exc:
        raise Unreadable(exc.problem) from None
    except OSError as exc:
        raise Unreadable(f"cannot be read ({exc.strerror or exc})") from None
    if suffix in (".docx", ".dotx"):
        try:  # not a Word document, or one Python cannot unpack: what it is, and what to do
            check_archive(data, source, DOCX)
        except DrafterError as exc:
            raise Unreadable(f"{exc.problem} (expected {exc.expected})") from None
    if suffix in (".docx", ".dotx"):  # a .dotx: a letterhead saved as a Word template
        try:
            document = read_document(data)
        except UnreadableDocx as exc:
            raise Unreadable(f"cannot be read as a Word document: {exc}") from None
        return _bounded(Edited(tuple(Para(flat(text), p.where, p.context, p.pending, p.comment, p.comments, p.anchor,
                                          p.chart, p.hidden, p.picture, p.struck, broken)
                                     for p in document.paragraphs for text, broken in [_unbroken(p.text)]),
                               document.area, document.language))
    try:  # UTF-8, or UTF-16 with its byte-order mark (Notepad's "Unicode")
        text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _ansi(data)
    if suffix == ".md" and text.count("|") <= MAX_TABLE_BARS:
        try:
            blocks = parse_markdown(text, source)
            return _bounded(Edited(tuple(Para(flat(t), where, context) for t, where, context in read_blocks(blocks)
                                         if t.strip())))
        except TemplateError:
            return _bounded(Edited(tuple(Para(_unmark(p)) for p in plain_paragraphs(text))))
    return _bounded(Edited(tuple(Para(p) for p in plain_paragraphs(text))))


def _bounded(edited: Edited) -> Edited:
    if len(edited.paragraphs) > MAX_PARAGRAPHS:
        raise Unreadable(f"has {len(edited.paragraphs):,} paragraphs and table cells, more than any release drafter "
                         f"drafts (at most {MAX_PARAGRAPHS:,} are checked)")
    for what, pattern, most in (("figures", _FIGURE, MAX_FIGURES), ("words", _WORD, MAX_WORDS)):
        if (count := sum(len(pattern.findall(paragraph.text)) for paragraph in edited.paragraphs)) > most:
            raise Unreadable(f"has {count:,} {what}, more than any release drafter drafts (at most {most:,} are "
                             "checked)")
    return edited


def read_blocks(blocks: Sequence[Block]) -> list[tuple[str, str, str]]:
    """A block tree as a reader meets it, as (text, where, context): a table's caption, then each cell with its
    place and, as context, its row and its column heading, as a Word table is read; a chart's title, its
    figures in words and its source line."""
    found: list[tuple[str, str, str]] = []
    tables = 0
    for block in blocks:
        if block.table is not None:
            tables += 1
            table = block.table
            if block.text:
                found.append((block.text, "", ""))
            for r, c, text in table.cells():
                row = (table.header, *table.rows)[r - 1]
                heading = table.header[c - 1] if r > 1 and c <= len(table.header) else ""
                place = f"table {tables}, row {r}, column {c}"
                if heading and row:
                    place = f"table {tables}, row {r} ({row[0]}), column {c} ({heading})"
                line = " | ".join(row)
                found.append((text, place, f"{line} | {heading}" if heading else line))
        elif block.chart is not None:
            found += [(block.text, "", ""), (block.chart.alt, "", ""), (block.chart.source, "", "")]
        else:
            found.append((block.text, "", ""))
    return found


def with_lead_ins(texts: Sequence[str], contexts: Sequence[str]) -> list[str]:
    """Each paragraph's context, and for a list's items its lead-in: a paragraph ending in a colon ("Across Wales
    as a whole, over the same periods:") says whose the figures are in the paragraphs after it that end with no
    full stop ("Lifeboat launches: from 312 to 325 (up 13)"), as a list's items do."""
    found, lead = [], ""
    for text, context in zip(texts, contexts, strict=True):
        item = bool(lead) and not text.rstrip().endswith((".", "!", "?", "”", '"'))
        found.append(" ".join(filter(None, (context, lead))) if item else context)
        lead = text if text.rstrip().endswith(":") else lead if item else ""
    return found


def plain_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text (drafter's .txt: blank lines between, lines wrapped, headings underlined). In a
    block that starts with a list's number or bullet, each line that starts with one (not indented, as a wrapped
    line of drafter's is) is an item of its own, a paragraph, as in Markdown kept as plain text."""
    found = []
    for block in re.split(r"\n[^\S\n]*\n", text.replace("\r\n", "\n")):
        lines = [line for line in block.splitlines() if not _UNDERLINE.fullmatch(line.strip())]
        items: list[list[str]] = []
        for line in lines:
            if not items or (starts_item(lines[0]) and line[:1].strip() and starts_item(line)):
                items.append([])
            items[-1].append(line)
        found += [joined for item in items if (joined := flat(" ".join(item)))]
    return found


def _unmark(paragraph: str) -> str:
    """Markdown's marks taken off a paragraph the parser would not take: headings, attributes, emphasis,
    escapes and table bars."""
    text = _ATTRIBUTES.sub("", paragraph).lstrip("#> ").replace("|", " ")
    text = _EMPHASIS.sub("", text)
    return flat(_ESCAPED.sub(r"\1", text))
