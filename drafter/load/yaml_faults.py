"""What a YAML syntax error means, in words a press officer can act on: the slips people make typing
campaign.yaml or quotes.yaml by hand (a tab, a line indented one space too far, "Source: …" with its own colon, a
backslash in double quotes, a value that opens with a quotation and runs on past it, no space after a colon).
The parsers' own words ("expected <block end>, but found '<block mapping start>'") are kept for the rest.
Pure: no parser is imported here; :func:`drafter.load.yamlio.syntax_error` gives the parser's problem and line.
"""

from __future__ import annotations

import re

_KEY = re.compile(r"^\s*(?:-\s+)?[^\s:#'\"][^:#]*:(?:\s|$)")  # "  source_note: ", "- id: "
# A value not in quotes with " #" and a word after it ("We're the #1 charity", "#NHSHeroes"): YAML reads the rest of
# the line as a note and leaves it out of the value. A note has a space after its # ("# the place").
_HASH = re.compile(r"^(?P<lead>[ ]*(?:-[ ]+)?(?:[^\s:#'\"-][^:#\n]*:[ ]+)?)"
                   r"(?P<value>[^\s'\"|>&*!\[{#](?:[^#\n:]|:(?! ))*?)[ ]+#(?=[^\s#])", re.MULTILINE)
_HASH_WORD = re.compile(r" #[^\s#]")  # what every such # has: looked for first, as few files have one
# A list or map written on one line with an item that starts with # ("colours: [#1F4E79, #A6A6A6]"): YAML reads
# the # as the start of a note, and the list never finds its "]".
_FLOW_HASH = re.compile(r"^(?P<lead>[ ]*(?:-[ ]+)?[^\s:#'\"-][^:#\n]*:[ ]+)"
                        r"(?P<value>[\[{](?:(?:[^\n'\"#]|\"[^\"\n]*\"|'[^'\n]*')*?[\[{,])?[ ]*#[^\s#][^\n]*[\]}])",
                        re.MULTILINE)
_FLOW_HASH_WORD = re.compile(r"[\[{,][ ]*#[^\s#]")

# What each slip is, and what to write instead.
TAB = ("spaces: YAML takes spaces, never tabs, before and after its keys; replace the tab with spaces, as many as "
       "the lines around it have")
ESCAPE = ("a Windows path in single quotes ('data\\figures.csv') or written with / (data/figures.csv); in other "
          "text, a backslash written twice (\\\\)")
COLON = "the whole value in quotes ({key}{value}), or no space after the colon inside it"
INDENT = ("each key lined up under the others in its group, with the same number of spaces as the line above it "
          "(or, for a key of a new group, two more than its heading)")
QUOTED = "the whole value in quotes ({key}{value}), or a value that does not start with a quotation mark"
HASH = "the whole value in quotes ({key}{value}), or a space after the # if it starts a note (# like this)"
FLOW_HASH = "each item that starts with # in quotes ({key}{value})"
UNCLOSED = "the closing quotation mark at the end of the value ({key}{value}), or none at its start"
NO_COLON = ("a space after the colon (dateline: Cardiff), or a sentence that runs onto the next line indented "
            "under its key")


_ODD_SPACE = re.compile(r"^[ ]*([\u00a0\u2000-\u200b\u202f\u3000])", re.MULTILINE)  # a no-break space …
_ANY_ODD = re.compile("[\u00a0\u2000-\u200b\u202f\u3000]")  # looked for first, as few files have one
_SPACE_NAMES = {"\u00a0": "a non-breaking space", "\u200b": "a zero-width space", "\u202f": "a narrow "
                "non-breaking space"}



def _first(pattern: re.Pattern[str], quick: re.Pattern[str], text: str) -> tuple[re.Match[str], int] | None:
    """``pattern``'s first match in ``text`` and its line (from 1), looked for only where the cheaper ``quick``
    finds something; None where there is none."""
    match = pattern.search(text) if quick.search(text) else None
    return None if match is None else (match, text.count("\n", 0, match.start()) + 1)

def odd_indent(text: str) -> tuple[int, str, str] | None:
    """The first line indented with a space YAML does not count as one (a non-breaking space, as a line copied
    from Word, an e-mail or a web page has), with what is wrong and what to write; None when there is none. Asked
    only of a file YAML cannot read (a quote's text may start with such a space, harmlessly).

    >>> line, what, expected = odd_indent("quotes:\\n  - id: a\\n\\u00a0\\u00a0\\u00a0 role: b\\n")
    >>> line, what[:50]
    (3, 'is indented with a non-breaking space, as a line c')
    >>> odd_indent("text: 10\\u00a0000 people\\n") is None
    True
    """
    found = _first(_ODD_SPACE, _ANY_ODD, text)
    if found is None:
        return None
    match, line = found
    name = _SPACE_NAMES.get(match.group(1), f"the space U+{ord(match.group(1)):04X}")
    return line, (f"is indented with {name}, as a line copied from Word, an e-mail or a web page has, which looks "
                  "like a space but YAML does not take as one"), \
        "ordinary spaces: delete the spaces at the start of the line and type them again, as many as the lines " \
        "around it have"


def hidden_hash(text: str) -> tuple[int, str, str] | None:
    """The first line whose value a # cuts short, with what is wrong and what to write; None when there is none.

    >>> line, what, expected = hidden_hash("title: x\\nbackground: We're the #1 charity\\n")
    >>> line, what.startswith("has a # inside the value of background (We're the #1 charity)")
    (2, True)
    >>> print(hidden_hash("dateline: Cardiff   # the place\\nx: 'the #1'\\n# note #2\\n"))
    None
    """
    found = _first(_HASH, _HASH_WORD, text)
    if found is None:
        return flow_hash(text)
    match, line = found
    key = match.group("lead").strip().lstrip("- ").rstrip(":").strip() or "a list item"
    whole = _short(text[match.start("value"):text.find("\n", match.start()) % (len(text) + 1)].strip())
    return line, (f"has a # inside the value of {key} ({whole}): YAML reads it as the start of a note and leaves "
                  "out the rest of the line"), HASH.format(key=match.group("lead").lstrip(),
                                                            value=_quoted(whole))


def flow_hash(text: str) -> tuple[int, str, str] | None:
    """The first line with a list (or map) on it whose item starts with a #, with what is wrong and what to write;
    None when there is none.

    >>> line, what, expected = flow_hash("chart:\\n  colours: [#1F4E79, #A6A6A6]\\n")
    >>> line, what[:34]
    (2, 'has a # inside the value of colour')
    >>> flow_hash('colours: ["#1F4E79", #A6A6A6]   # the latest first\\n')[2]
    'each item that starts with # in quotes (colours: ["#1F4E79", "#A6A6A6"])'
    >>> print(flow_hash("colours: ['#1F4E79']   # see a, #2\\nareas: [a, b]\\n"))
    None
    """
    found = _first(_FLOW_HASH, _FLOW_HASH_WORD, text)
    if found is None:
        return None
    match, line = found
    key, value = match.group("lead"), match.group("value")
    quoted = re.sub(r"(?<=[\[{,])([ ]*)(#[^,\]}]*?)([ ]*)(?=[,\]}]|$)", r'\1"\2"\3', value)
    return line, (f"has a # inside the value of {key.strip().lstrip('- ').rstrip(':').strip()} ({_short(value)}): "
                  "YAML reads it as the start of a note and leaves out the rest of the line"), \
        FLOW_HASH.format(key=key.lstrip(), value=quoted)


def unclosed_quote(text: str) -> tuple[int, str, str] | None:
    """The first line whose value opens with a quotation mark and never closes it, where the next line is another
    key (so YAML reads every line after it as the value, and stops lines later at a fault of its own), with what is
    wrong and what to write; None when there is none. Asked only of a file YAML cannot read.

    >>> line, what, expected = unclosed_quote('title: "More people\\norganisation: Trust\\n')
    >>> line, expected
    (1, 'the closing quotation mark at the end of the value (title: "More people"), or none at its start')
    >>> print(unclosed_quote("about: 'We''re here'\\nlong: 'runs\\n  on'\\nend: x\\n"))
    None
    """
    lines = text.split("\n")
    for number, line in enumerate(lines[:-1], start=1):
        key = _KEY.match(line)
        value = line[key.end():].strip() if key else ""
        after = lines[number]
        if key is None or value[:1] not in ("'", '"') or not _KEY.match(after) or \
                len(after) - len(after.lstrip()) > len(line) - len(line.lstrip()):  # a value going on, indented
            continue
        inside = value[1:].replace("''", "") if value[0] == "'" else re.sub(r"\\.", "", value[1:])
        if value[0] not in inside:
            return number, f"has a value that starts with a quotation mark and never closes it ({_short(value)!r})", \
                UNCLOSED.format(key=key.group().lstrip(), value=_short(value) + value[0])
    return None


def plain_fault(problem: str, line: str, column: int) -> tuple[str, str, bool] | None:
    """For a parser's ``problem`` at ``column`` (from 1) of ``line``: what is wrong and what to write, in plain
    words, and whether the fault is on the line before (the key that never found its colon); None for a fault
    that is none of the slips above.

    >>> plain_fault("mapping values are not allowed here", "  source_note: Source: NHS Digital", 22)[0]
    "has a second colon and space inside the value of source_note ('Source: NHS Digital')"
    >>> plain_fault("mapping values are not allowed here", "    unit: visits", 9)[0]
    'is indented differently from the lines above it'
    """
    key = _KEY.match(line)
    if "'\\t'" in problem or "\t" in problem:  # found character '\t' that cannot start any token
        return f"has a tab at column {column}", TAB, False
    if "escape" in problem:  # found unknown escape character; expected escape sequence of 8 hexadecimal numbers
        return "has a backslash inside double quotes, which YAML reads as the start of a special character", \
            ESCAPE, False
    if problem == "mapping values are not allowed here" and key and column > key.end():
        value = _short(line[key.end():].strip())
        name = key.group().strip().lstrip("- ").rstrip(":").strip()
        return f"has a second colon and space inside the value of {name} ({value!r})", \
            COLON.format(key=key.group().lstrip(), value=_quoted(value)), False
    if problem == "mapping values are not allowed here" or "found '<block mapping start>'" in problem:
        return "is indented differently from the lines above it", INDENT, False
    if "found '<scalar>'" in problem and key and line[key.end():].lstrip()[:1] in ("'", '"'):
        whole = line[key.end():].strip()
        # 'It's ours.' or "We said "act now"." in its own marks: the value inside them, in the other marks
        meant = whole[1:-1] if len(whole) > 2 and whole[-1] == whole[0] else whole
        return ("has a value that starts with a quotation mark and goes on after the matching one "
                f"({_short(whole)!r})"), QUOTED.format(key=key.group().lstrip(), value=_quoted(_short(meant))), False
    if problem == "could not find expected ':'":
        return "has no space after a colon, or no colon at all", NO_COLON, True
    return None


def _short(value: str) -> str:
    """A value's first words, for a message: "Source: Figures are visits counted …"."""
    return value if len(value) <= 40 else value[:40].rsplit(" ", 1)[0] + " …"


def _quoted(value: str) -> str:
    """A value in the quotes YAML takes it in as written: double quotes round an apostrophe ("We're"), else single
    quotes, with an apostrophe inside them written twice."""
    if "'" in value and '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"
