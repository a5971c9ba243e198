"""Markdown → the release's block tree: the only module that imports markdown-it-py.

Templates write a small Markdown subset — headings, paragraphs, lists, *emphasis* and **strong** — with a
``{.style}`` line before a block to name its Word style. Anything else is refused, so a writer never meets a
construct it cannot show.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin

from drafter.errors import TemplateError
from drafter.model import Block, BlockKind, Inline, SourceRef

# Markdown class → Word paragraph style (the reference DOCX defines each one).
STYLE_FOR_CLASS = {
    "embargo": "Embargo",
    "dateline": "Dateline",
    "quote": "Quote",
    "ends": "Ends",
    "notes": "Notes",
    "notes-heading": "Notes Heading",
    "contact": "Contact",
    "body": "Body Text",
}
HEADING_STYLE = {1: "Title", 2: "Notes Heading"}
BODY_STYLE = "Body Text"
LIST_STYLE = "Notes"
STYLES_USED = tuple(sorted({*STYLE_FOR_CLASS.values(), *HEADING_STYLE.values(), BODY_STYLE, LIST_STYLE}))
CLASS_FOR_STYLE = {style: cls for cls, style in STYLE_FOR_CLASS.items()}

_PARSER = MarkdownIt("commonmark", {"html": False}).use(attrs_block_plugin).disable(
    ["code", "fence", "blockquote", "hr", "html_block", "reference", "table"], ignoreInvalid=True
)
# Block structure without inline parsing: a release's paragraphs recur across a batch (quotes, notes, contact,
# boilerplate), so each paragraph's inline tokens are parsed once (by the full parser, as its core inline rule
# would) and cached by text.
_BLOCKS = MarkdownIt("commonmark", {"html": False}).use(attrs_block_plugin).disable(
    ["code", "fence", "blockquote", "hr", "html_block", "reference", "table", "inline"], ignoreInvalid=True
)
_ESCAPE = re.compile(r"([\\`*_\[\]<>#|{}]|&(?=#?\w+;))")  # "&" only where it would start an entity: "&amp;"
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])", re.MULTILINE)
_BLOCK_START = re.compile(r"^(\s*)([-+=~])", re.MULTILINE)  # a list, a heading's underline, a rule, a fence
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]<>#|{}\n]|&#?\w+;|^\s*(?:\d+[.)]|[-+=~])")


def escape_markdown(text: str) -> str:
    r"""Make text literal in Markdown, so a quote's ``*`` or an area's ``#`` is printed, not obeyed.

    >>> escape_markdown("St Helens [North] *urgent*")
    'St Helens \\[North\\] \\*urgent\\*'
    """
    if _NEEDS_ESCAPE.search(text) is None:
        return text  # most values: a name, a number in words, a date
    text = _ESCAPE.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\1\2\\\3", text)
    text = _BLOCK_START.sub(r"\1\\\2", text)
    return text.replace("\n", " ")


_INDENTED = re.compile(r"^[ \t]+\S|\r", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)", re.MULTILINE)
_LIST_START = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def parse_markdown(text: str, source: SourceRef) -> tuple[Block, ...]:
    """Parse a rendered release into blocks; unsupported Markdown is a :class:`TemplateError`.

    A release is mostly paragraphs separated by blank lines, and many of them (quotes, notes, contact,
    boilerplate) recur across a batch, so each such chunk is parsed once and cached. That gives the same
    blocks as parsing the whole text only where no construct spans a blank line other than the two kept
    together (a {.style} line and its block, a loose list), so the whole text is parsed instead when a line is
    indented (a list item's continuation) or anything is refused (for the error's line number in the whole
    text). A property test holds the two paths equal.
    """
    chunks = _chunks(text)
    if chunks is not None:
        try:
            return tuple(block for chunk in chunks for block in _chunk_blocks(chunk))
        except TemplateError:
            pass
    return _parse_whole(text, source)


def _chunks(text: str) -> list[str] | None:
    """The text's blank-line-separated chunks, or None when they cannot be parsed one by one. A {.style}
    line stays with the block after it and a list's items (a loose list) stay together, blank lines and all."""
    if _INDENTED.search(text):
        return None
    parts = _BLANK_LINES.split(text)
    separators = _BLANK_LINES.findall(text)
    chunks: list[str] = []
    glue: str | None = None  # the separator to join the next part onto the last chunk with
    for index, part in enumerate(parts):
        if glue is None and chunks and _LIST_ITEM.match(part) and _LIST_ITEM.search(chunks[-1]):
            glue = separators[index - 1]
        if glue is not None:
            chunks[-1] += glue + part
            glue = None
        else:
            chunks.append(part)
        if index < len(separators) and part.rstrip().rsplit("\n", 1)[-1].startswith("{"):
            glue = separators[index]  # a {.style} line applies to the next block, even across a blank line
    return chunks


@lru_cache(maxsize=128)  # the chunks every release shares stay; one-off ones pass through
def _chunk_blocks(chunk: str) -> tuple[Block, ...]:
    fast = _plain_blocks(chunk)
    return fast if fast is not None else _parse_whole(chunk, SourceRef("(chunk)"))


# A line of plain text: no character Markdown could read as syntax (escaped values always carry a backslash),
# no control character, no whitespace at either end, and not a block's start (a heading, list, quote, rule…).
_SYNTAX = r"\\`*_\[\]<>&{}|#\x00-\x1f\x7f"
_PLAIN = rf"[^\s{_SYNTAX}~!=+\-](?:[^\t{_SYNTAX}]*[^\s{_SYNTAX}])?"
_PLAIN_LINE = re.compile(_PLAIN)
_PLAIN_ITEM = re.compile(r"(?:([-*+])|(\d{1,9})([.)])) (" + _PLAIN + ")")
_PLAIN_HEADING = re.compile(r"(#{1,2}) (" + _PLAIN + ")")
_STYLE_LINE = re.compile(r"\{\.([a-z][a-z-]*)\}")


def _plain_blocks(chunk: str) -> tuple[Block, ...] | None:
    """The blocks of a chunk in the plain subset most of a release is written in — an optional known {.style}
    line, then one heading, one paragraph or one flat list — read without markdown-it; None for anything else,
    which markdown-it then reads. A property test holds this equal to markdown-it on the subset's edges."""
    lines = chunk.split("\n")
    if lines[-1] == "":
        lines.pop()  # the release's final newline
    if not lines:
        return ()
    style_class = None
    styled = _STYLE_LINE.fullmatch(lines[0])
    if styled:
        style_class = styled.group(1)
        if style_class not in STYLE_FOR_CLASS or len(lines) < 2:
            return None
        lines = lines[1:]
    if any(_LIST_START.match(line) for line in lines):
        items = [_PLAIN_ITEM.fullmatch(line) for line in lines]
        if style_class or not all(items) or any(_LIST_START.match(m.group(4)) for m in items if m):
            return None
        first = items[0]
        assert first is not None
        kind = first.group(1) or first.group(3)
        if any((m.group(1) or m.group(3)) != kind for m in items if m):
            return None  # a new marker starts a new list
        number = int(first.group(2) or 1) or 1  # as _parse_whole numbers a list from 0
        blocks = []
        for item in items:
            assert item is not None
            marker = "•" if first.group(1) else f"{number}."
            number += 1
            blocks.append(Block("list_item", LIST_STYLE, (Inline(item.group(4)),), 0, marker))
        return tuple(blocks)
    heading = _PLAIN_HEADING.fullmatch(lines[0])
    if heading:
        if len(lines) > 1:
            return None
        level = len(heading.group(1))
        style = STYLE_FOR_CLASS[style_class] if style_class else HEADING_STYLE[level]
        return (Block("heading", style, (Inline(heading.group(2)),), level),)
    if not all(_PLAIN_LINE.fullmatch(line) for line in lines):
        return None
    style = STYLE_FOR_CLASS[style_class] if style_class else BODY_STYLE
    return (Block("paragraph", style, (Inline(" ".join(lines)),)),)


def _parse_whole(text: str, source: SourceRef) -> tuple[Block, ...]:
    tokens = _BLOCKS.parse(text)
    blocks: list[Block] = []
    pending_class: str | None = None
    list_stack: list[tuple[str, int]] = []  # (marker kind, next number)
    heading_level = 0
    for token in tokens:
        kind = token.type
        if kind in ("paragraph_open", "heading_open"):
            pending_class = _class(token, source)
            heading_level = int(token.tag[1]) if kind == "heading_open" else 0
        elif kind == "inline":
            block_kind: BlockKind
            marker = ""
            if heading_level:
                block_kind = "heading"
                style = HEADING_STYLE.get(heading_level)
                if style is None:
                    raise TemplateError(f"has a level-{heading_level} heading", source=_at(source, token),
                                        field="markdown", expected="# for the headline or ## for a section")
            elif list_stack:
                block_kind = "list_item"
                style = LIST_STYLE
                ordered, number = list_stack[-1]
                marker = f"{number}." if ordered == "ol" else "•"
                list_stack[-1] = (ordered, number + 1)
            else:
                block_kind = "paragraph"
                style = BODY_STYLE
            if pending_class:
                style = STYLE_FOR_CLASS[pending_class]
            inlines = _inlines(_inline_children(token.content), token, source)
            if inlines:
                blocks.append(Block(block_kind, style, inlines, heading_level, marker))
        elif kind in ("ordered_list_open", "bullet_list_open"):
            if list_stack:
                raise TemplateError("has a list inside a list", source=_at(source, token), field="markdown",
                                    expected="flat lists only")
            start = int(token.attrs.get("start", 1) or 1)
            list_stack.append(("ol" if kind == "ordered_list_open" else "ul", start))
        elif kind in ("ordered_list_close", "bullet_list_close"):
            list_stack.pop()
        elif kind in ("paragraph_close", "heading_close", "list_item_open", "list_item_close"):
            if kind != "list_item_open":
                pending_class = None
        else:
            raise TemplateError(f"uses unsupported Markdown ({kind})", source=_at(source, token),
                                field="markdown", expected="headings, paragraphs, lists and emphasis")
    return tuple(blocks)


def _at(source: SourceRef, token: Token) -> SourceRef:
    line = token.map[0] + 1 if token.map else None
    return SourceRef(source.file, line=line, key=source.key)


def _class(token: Token, source: SourceRef) -> str | None:
    cls = token.attrs.get("class")
    if cls is None:
        return None
    cls = str(cls)
    if cls not in STYLE_FOR_CLASS:
        raise TemplateError("is not a known block style", source=_at(source, token), field="markdown",
                            value="{." + cls + "}", expected="one of " + ", ".join(
                                "{." + c + "}" for c in STYLE_FOR_CLASS))
    return cls


@lru_cache(maxsize=64)  # the paragraphs every release shares stay; one-off ones pass through
def _inline_children(content: str) -> tuple[Token, ...]:
    """A paragraph's inline tokens (shared between releases: read, never changed)."""
    inline = _PARSER.parseInline(content)[0]
    return tuple(inline.children or ())


def _inlines(children: tuple[Token, ...], token: Token, source: SourceRef) -> tuple[Inline, ...]:
    runs: list[Inline] = []
    bold = italic = False
    for child in children:
        kind = child.type
        if kind == "text":
            _append(runs, Inline(child.content, bold, italic))
        elif kind in ("softbreak", "hardbreak"):
            _append(runs, Inline(" ", bold, italic))
        elif kind == "strong_open":
            bold = True
        elif kind == "strong_close":
            bold = False
        elif kind == "em_open":
            italic = True
        elif kind == "em_close":
            italic = False
        elif kind == "code_inline":
            _append(runs, Inline(child.content, bold, italic))
        elif kind in ("link_open", "link_close"):
            continue  # link text is kept; addresses in a release are written out in full
        else:
            raise TemplateError(f"uses unsupported inline Markdown ({kind})", source=_at(source, token),
                                field="markdown", expected="plain text, *emphasis* and **strong**")
    return tuple(runs)


def _append(runs: list[Inline], run: Inline) -> None:
    if runs and (runs[-1].bold, runs[-1].italic) == (run.bold, run.italic):
        runs[-1] = Inline(runs[-1].text + run.text, run.bold, run.italic)
    else:
        runs.append(run)


def to_markdown(blocks: tuple[Block, ...]) -> str:
    """The release as clean Markdown for a newsdesk: no style attributes, text escaped so it reads back exactly.

    >>> print(to_markdown((Block("heading", "Title", (Inline("Calls *rise*"),), 1),
    ...                    Block("paragraph", "Body Text", (Inline("Up "), Inline("193", bold=True))))), end="")
    # Calls \\*rise\\*
    <BLANKLINE>
    Up **193**
    """
    out: list[str] = []
    previous_list = False
    for block in blocks:
        body = "".join(_inline_md(run) for run in block.inlines)
        if block.kind == "heading":
            line = "#" * block.level + " " + body
        elif block.kind == "list_item":
            line = f"{'-' if block.marker == '•' else block.marker} {body}"
        else:
            line = body
        if block.kind == "list_item" and previous_list:
            out[-1] += "\n" + line
        else:
            out.append(line)
        previous_list = block.kind == "list_item"
    return "\n\n".join(out) + "\n"


def _inline_md(run: Inline) -> str:
    text = escape_markdown(run.text)
    if not text.strip():
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    core = text.strip()
    if run.bold:
        core = f"**{core}**"
    if run.italic:
        core = f"*{core}*"
    return lead + core + trail
