"""Markdown → the release's block tree: the only module that imports markdown-it-py.

Templates write a small Markdown subset — headings, paragraphs, lists, *emphasis*, **strong** and pipe tables
(a ``{.table-caption}`` paragraph before one is its caption) — with a ``{.style}`` line before a block to name
its Word style; a ``{.chart}`` paragraph is where a chart goes (its title; the render stage adds its data).
Anything else is refused, so a writer never meets a construct it cannot show.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin

from drafter.errors import TemplateError
from drafter.model import Block, BlockKind, Inline, SourceRef, Table

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
    "table-caption": "Caption",
    "chart": "Caption",  # the chart's title, over it
}
# The headline is Word's "Heading 1", so outline, navigation pane, screen readers and converters see a heading; its
# look comes from drafter's "Headline" style, which the reference's Heading 1 is based on.
HEADLINE_STYLE = "Heading 1"
LOOK_STYLE = "Headline"  # the look the headline takes: drafter's, or a letterhead's own "Headline"
SECTION_STYLE = "Heading 2"  # a section under the headline ("Notes to editors", "About …"): Word's Heading 2 …
SECTION_LOOK = "Notes Heading"  # … in the look of drafter's (or a letterhead's) "Notes Heading"
HEADING_STYLE = {1: HEADLINE_STYLE, 2: SECTION_STYLE}
HEADING_LOOKS = ((HEADLINE_STYLE, LOOK_STYLE), (SECTION_STYLE, SECTION_LOOK))  # each heading and its look
BODY_STYLE = "Body Text"
BODY_LIST_STYLE = "Body List"  # a list in the story, at the body's size
LIST_STYLE = "Notes"  # a list after a section heading (notes to editors)
STYLES_USED = tuple(sorted({*STYLE_FOR_CLASS.values(), *HEADING_STYLE.values(), BODY_STYLE, BODY_LIST_STYLE,
                            LIST_STYLE}))
CLASS_FOR_STYLE = {style: cls for cls, style in STYLE_FOR_CLASS.items() if cls != "chart"}
TABLE_STYLE = "Figures Table"  # the reference DOCX's table style for a table of figures

_PARSER = MarkdownIt("commonmark", {"html": False}).use(attrs_block_plugin).disable(
    ["code", "fence", "blockquote", "hr", "html_block", "reference"], ignoreInvalid=True
).enable("table")
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


def parse_markdown(text: str, source: SourceRef) -> tuple[Block, ...]:
    """Parse a rendered release into blocks; unsupported Markdown is a :class:`TemplateError`."""
    tokens = _PARSER.parse(text)
    blocks: list[Block] = []
    pending_class: str | None = None
    list_stack: list[tuple[str, int]] = []  # (marker kind, next number)
    heading_level = 0
    in_section = False  # after a "## section" heading: its lists are notes
    table: list[list[tuple[Inline, ...]]] | None = None  # the rows of a table being read
    numeric: list[bool] = []
    for token in tokens:
        kind = token.type
        if table is not None:
            if kind == "table_close":
                blocks.append(_table(blocks, table, numeric))
                table = None
            elif kind == "tr_open":
                table.append([])
            elif kind in ("th_open", "td_open") and len(table) == 1:
                numeric.append("right" in str(token.attrs.get("style", "")))
            elif kind == "inline":
                table[-1].append(_inlines(token, source))
            continue
        if kind == "table_open":
            table, numeric = [], []
        elif kind in ("paragraph_open", "heading_open"):
            pending_class = _class(token, source)
            heading_level = int(token.tag[1]) if kind == "heading_open" else 0
            in_section = in_section or heading_level > 1
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
                style = LIST_STYLE if in_section else BODY_LIST_STYLE
                ordered, number = list_stack[-1]
                marker = f"{number}." if ordered == "ol" else "•"
                list_stack[-1] = (ordered, number + 1)
            else:
                block_kind = "paragraph"
                style = BODY_STYLE
            if pending_class:
                style = STYLE_FOR_CLASS[pending_class]
            inlines = _inlines(token, source)
            if pending_class == "chart":
                block_kind = "chart"
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


def _table(blocks: list[Block], rows: list[list[tuple[Inline, ...]]], numeric: list[bool]) -> Block:
    """A table block; a caption paragraph just before it becomes its caption, and a row all in bold is
    emphasised (the release's own area)."""
    caption = blocks.pop().inlines if blocks and blocks[-1].style == "Caption" and blocks[-1].kind == "paragraph" \
        else ()
    texts = [tuple("".join(run.text for run in cell) for cell in row) for row in rows]
    bold = tuple(r for r, row in enumerate(rows[1:])
                 if row and all(run.bold for cell in row for run in cell if run.text))
    table = Table("".join(run.text for run in caption), texts[0] if texts else (), tuple(texts[1:]),
                  tuple(numeric), bold)
    return Block("table", TABLE_STYLE, caption, table=table)


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


def _inlines(token: Token, source: SourceRef) -> tuple[Inline, ...]:
    runs: list[Inline] = []
    bold = italic = False
    for child in token.children or ():
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


def to_markdown(blocks: tuple[Block, ...], *, escape: bool = True) -> str:
    """The release as clean Markdown for a newsdesk: no style attributes, text escaped so it reads back exactly
    (``escape=False``: its text as it is, for a person to read on screen: "[QUOTE NOT APPROVED]", not
    "\\[QUOTE NOT APPROVED\\]").

    >>> print(to_markdown((Block("heading", "Heading 1", (Inline("Calls *rise*"),), 1),
    ...                    Block("paragraph", "Body Text", (Inline("Up "), Inline("193", bold=True))))), end="")
    # Calls \\*rise\\*
    <BLANKLINE>
    Up **193**
    """
    out: list[str] = []
    previous_list = False
    for block in blocks:
        literal = escape_markdown if escape else _as_it_is
        body = "".join(_inline_md(run, literal) for run in block.inlines)
        if block.table is not None:
            line = (body + "\n\n" if body else "") + _table_md(block.table, escape)
        elif block.chart is not None:  # the chart's title, its figures in words, and its source
            line = "\n\n".join([body, literal(block.chart.alt), literal(block.chart.source)])
        elif block.kind == "heading":
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


def _table_md(table: Table, escape: bool = True) -> str:
    """A pipe table: figures aligned right, the emphasised row in bold."""
    def row(cells: tuple[str, ...], bold: bool) -> str:
        return "| " + " | ".join(escape_cell(c, bold, escape=escape) for c in cells) + " |"

    align = "|" + "".join("---:|" if n else "---|" for n in table.numeric or [False] * len(table.header))
    lines = [row(table.header, False), align]
    lines += [row(cells, r in table.bold_rows) for r, cells in enumerate(table.rows)]
    return "\n".join(lines)


def escape_cell(text: str, bold: bool = False, *, escape: bool = True) -> str:
    r"""A table cell's text in a pipe table: literal, its bars escaped, a sign left as it is (no list starts in
    a cell).

    >>> escape_cell("+193 per cent", bold=True), escape_cell("A|B"), escape_cell("59.3")
    ('**+193 per cent**', 'A\\|B', '59.3')
    """
    core = _ESCAPE.sub(r"\\\1", text) if escape else text  # no line starts in a cell: "59.3", "+12" need none
    return f"**{core}**" if bold and core else core


def _as_it_is(text: str) -> str:
    """Text for the screen: as it is, on one line."""
    return text.replace("\n", " ")


def _inline_md(run: Inline, literal: Callable[[str], str] = escape_markdown) -> str:
    text = literal(run.text)
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
