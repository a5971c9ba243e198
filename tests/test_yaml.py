"""Reading YAML: what each plain value means (YAML 1.2's core schema), the lines kept for error messages, and the
refusals, in the same words whichever parser runs (libyaml's, in C, or PyYAML's own)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.load.yaml_edit import load_roundtrip
from drafter.load.yaml_plain import TypedFloat, TypedInt
from drafter.load.yaml_text import decode_yaml, lost_letters
from drafter.load.yamlio import item_line, key_line, node_line, parse_yaml

PARSERS = pytest.mark.parametrize("fast", [True, False], ids=["libyaml", "pure"])

SCALARS: list[tuple[str, object]] = [
    # YAML 1.1's words for true and false are words in YAML 1.2
    ("yes", "yes"), ("no", "no"), ("on", "on"), ("off", "off"), ("y", "y"), ("n", "n"), ("Yes", "Yes"),
    ("true", True), ("True", True), ("TRUE", True), ("false", False), ("tRue", "tRue"),
    # whole numbers: a leading zero is not octal; 0o, 0x and 0b are
    ("012", 12), ("0o12", 10), ("0x1F", 31), ("-0x1F", -31), ("0b101", 5), ("1_000", 1000), ("+12", 12),
    ("0X1F", "0X1F"), ("0o8", "0o8"), ("-_", "-_"), ("0x_", "0x_"), ("_1", "_1"),
    # decimals
    ("1e3", 1000.0), ("1.10", 1.1), ("5.", 5.0), ("-.5", -0.5), (".5e+3", 500.0), (".5e3", ".5e3"),
    (".inf", math.inf), ("-.Inf", -math.inf), ("+.INF", math.inf), (".nan", math.nan), ("NaN", "NaN"),
    ("-.nan", "-.nan"), ("1,000", "1,000"),
    # nothing
    ("~", None), ("null", None), ("Null", None), ("NULL", None), ("", None), ("nUll", "nUll"),
    # dates and times
    ("2018-09-04", dt.date(2018, 9, 4)), ("2018-09-04 00:01:00", dt.datetime(2018, 9, 4, 0, 1)),
    ("2018-09-04T00:01:00", dt.datetime(2018, 9, 4, 0, 1)),
    ("2018-09-04 00:01:00.5", dt.datetime(2018, 9, 4, 0, 1, 0, 500000)),
    ("2018-09-04 00:01:00 +01:00", dt.datetime(2018, 9, 4, 0, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
    ("2018-09-04 00:01", "2018-09-04 00:01"), ("12:01", "12:01"), ("1:20", "1:20"), ("2018-9-4", "2018-9-4"),
    # quoted and block values are always text; a standard tag says what a value is
    ('"12"', "12"), ("'true'", "true"), ("'~'", "~"), ("|\n  12\n", "12\n"), (">-\n  2018-09-04\n", "2018-09-04"),
    ("!!str 12", "12"), ('!!int "12"', 12), ("!!float 1", 1.0), ("!!bool yes", True), ("!!null x", None),
    ("!!timestamp 2018-09-04", dt.date(2018, 9, 4)), ("!!binary aGk=", b"hi"), ('! "12"', 12),
]


@pytest.mark.parametrize(("text", "expected"), SCALARS, ids=[text or "(empty)" for text, _ in SCALARS])
def test_a_plain_value_means_what_yaml_1_2_says(text: str, expected: object) -> None:
    for fast in (True, False):
        value = parse_yaml(f"value: {text}\n", "x.yaml", fast=fast)["value"]
        if isinstance(expected, float) and math.isnan(expected):
            assert isinstance(value, float) and math.isnan(value)
        else:
            kind = {TypedInt: int, TypedFloat: float}.get(type(value), type(value))
            assert (value, kind) == (expected, type(expected))
            if kind in (int, float) and not text.startswith("!"):
                assert value.typed == text  # a key read as text takes it as typed: a phone number's 0 kept
            if isinstance(expected, dt.datetime):
                assert value.utcoffset() == expected.utcoffset()


@PARSERS
def test_every_mapping_and_list_keeps_its_lines(fast: bool) -> None:
    data = parse_yaml("# a comment\ntitle: x\nmeasures:\n  calls:\n    label: Calls\n  chats: {label: Chats}\n"
                      "areas:\n- North West\n-\n  - Cheshire\n- {name: Cumbria}\n", "x.yaml", fast=fast)
    assert data == {"title": "x", "measures": {"calls": {"label": "Calls"}, "chats": {"label": "Chats"}},
                    "areas": ["North West", ["Cheshire"], {"name": "Cumbria"}]}
    assert type(data).__mro__[1] is dict and type(data["areas"]).__mro__[1] is list
    assert (node_line(data), key_line(data, "title"), key_line(data, "areas")) == (2, 2, 7)
    assert key_line(data, "nope") is None
    measures = data["measures"]
    assert (node_line(measures), key_line(measures, "chats"), key_line(measures["chats"], "label")) == (4, 6, 6)
    areas = data["areas"]
    assert [item_line(areas, i) for i in range(4)] == [8, 10, 11, None]
    assert node_line(areas[1]) == item_line(areas[1], 0) == 10
    assert (node_line("text"), key_line(["a"], "a"), item_line({"a": 1}, 0)) == (None, None, None)


ANCHORS = "anchors and aliases (& and *) are not allowed (expected each value written out in full)"
TAGS = "(expected plain YAML values without ! tags)"
TWICE = "is given twice (expected each key once; it is first on line"
KEY = "(expected a word before each colon, such as title:, one a line)"
TAB = ("(expected spaces: YAML takes spaces, never tabs, before and after its keys; replace the tab with spaces, as "
       "many as the lines around it have)")


@PARSERS
@pytest.mark.parametrize(("text", "message"), [
    ("title: x\nlocale: [en_GB\nrelease_date: 2018-09-04\n",
     "x.yaml:3: YAML syntax error, column 13: expected ',' or ']', but got ':' (expected valid YAML)"),
    ("a: 1\n\tb: 2\n", f"x.yaml:2: has a tab at column 1 {TAB}"),
    ("a: x\ty\n", f"x.yaml:1: has a tab at column 5 {TAB}"),  # libyaml takes this tab; the words are the same
    ('a: "C:\\Users"\n', "x.yaml:1: has a backslash inside double quotes, which YAML reads as the start of a "
     "special character (expected a Windows path in single quotes ('data\\figures.csv') or written with / "
     "(data/figures.csv); in other text, a backslash written twice (\\\\))"),
    ('a:\n  rise: "Busy," it says.\n', "x.yaml:2: has a value that starts with a quotation mark and goes on after "
     "the matching one ('\"Busy,\" it says.') (expected the whole value in quotes (rise: '\"Busy,\" it says.'), or a "
     "value that does not start with a quotation mark)"),
    # Wrapped in marks with the same mark inside, the value inside them is what was meant: in the other marks.
    ("text: 'It's ours.'\n", "x.yaml:1: has a value that starts with a quotation mark and goes on after the matching "
     "one (\"'It's ours.'\") (expected the whole value in quotes (text: \"It's ours.\"), or a value that does not "
     "start with a quotation mark)"),
    ("a: 1\nb:x\nc: 2\n", "x.yaml:2: has no space after a colon, or no colon at all (expected a space after the colon "
     "(dateline: Cardiff), or a sentence that runs onto the next line indented under its key)"),
    ("a: 1\n---\nb: 2\n", "x.yaml:2: YAML syntax error, column 1: but found another document (expected valid YAML)"),
    ("a: 1\nb:\n  c: 1\n  c: 2\n", f"x.yaml:4: b.c: {TWICE} 3)"),
    ("quotes:\n- id: a\n  id: b\n", f"x.yaml:3: quotes[0].id: {TWICE} 2)"),
    ("1: a\n1.0: b\n", f"x.yaml:2: 1.0: {TWICE} 1)"),
    ("a: x\nb: &x 1\n", f"x.yaml:2: {ANCHORS}"),
    ("a: *x\n", f"x.yaml:1: {ANCHORS}"),
    ("a: !foo x\n", f"x.yaml:1: the tag '!foo' is not allowed {TAGS}"),
    ("<<: {b: 1}\n", f"x.yaml:1: the tag 'tag:yaml.org,2002:merge' is not allowed {TAGS}"),
    ("a: 2018-09-31\n", 'x.yaml:1: a: "2018-09-31" is not a date (expected a date such as 2018-09-04)'),
    ("a: 2018-09-04 25:00:00\n", 'x.yaml:1: a: "2018-09-04 25:00:00" is not a date (expected a date such as '
     "2018-09-04)"),
    ("a:\n  b: 1\n\u00a0 c: 2\n", "x.yaml:3: is indented with a non-breaking space, as a line copied "
     "from Word, an e-mail or a web page has, which looks like a space but YAML does not take as one (expected "
     "ordinary spaces: delete the spaces at the start of the line and type them again, as many as the lines around "
     "it have)"),
    ("a: !!int x\n", f"x.yaml:1: \"x\" does not fit its tag 'tag:yaml.org,2002:int' {TAGS}"),
    # were "('x', 'y'): is not a known key" and "None: is not a known key", as Python writes them
    ("a:\n  [x, y]: 1\n", f"x.yaml:2: a: has a key that is a list or mapping, not a word {KEY}"),
    ("~: 1\n", f"x.yaml:1: has a key that is empty {KEY}"),
], ids=["syntax", "tab", "tab in a value", "backslash", "quoted", "quoted in its own marks", "no colon",
        "two documents", "key twice", "key twice in a list", "1 and 1.0", "anchor", "alias", "tag", "merge",
        "not a day", "not an hour", "no-break space", "wrong tag", "list as a key", "empty key"])
def test_a_fault_is_one_line_whichever_parser_reads_it(fast: bool, text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "x.yaml", fast=fast)
    assert caught.value.line() == message


DEEP = "has lists or mappings nested more than 100 levels deep (expected keys, lists and text a few levels deep, " \
    "as docs/campaign-yaml.md and docs/quotes.md show)"


@PARSERS
@pytest.mark.parametrize(("text", "line"), [
    ("title: " + "[" * 500_000 + "]" * 500_000 + "\n", 1),  # PyYAML's parser took minutes and gigabytes on it
    ("a:\n" + "".join(" " * depth + "- x:\n" for depth in range(0, 404, 4)), 51),  # a list and a mapping a line
])
def test_a_file_nested_hundreds_of_levels_deep_is_refused_at_once(fast: bool, text: str, line: int) -> None:
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "x.yaml", fast=fast)
    assert caught.value.line() == f"x.yaml:{line}: {DEEP}"
    assert parse_yaml("a: " + "[" * 99 + "]" * 99 + "\n", "x.yaml", fast=fast)  # 99 levels and the mapping: taken


@PARSERS
def test_an_escape_libyaml_refuses_is_read_as_before(fast: bool) -> None:
    """A lone surrogate escape is left for drafter's text check, which names it (tests/test_bad_inputs.py)."""
    assert parse_yaml('a: "x \\ud800"\n', "x.yaml", fast=fast) == {"a": "x \ud800"}


def test_a_file_edited_in_place_is_refused_in_the_same_words(tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.yaml"
    quotes.write_text("speakers:\n  a: &a {name: A}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^quotes.yaml:2: anchors and aliases \(& and \*\) are not allowed"):
        load_roundtrip(quotes, "quotes.yaml")
    quotes.write_text("speakers:\n\ta: 1\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^quotes.yaml:2: has a tab at column 1 "):
        load_roundtrip(quotes, "quotes.yaml")


# --- campaign.yaml and quotes.yaml as Notepad saves them: UTF-8 and UTF-16 read; "ANSI" refused, as it has no ŵ
# or ŷ, saying how to save the file as UTF-8 and naming a word where one was lost

WELSH = "about_cy: Ynglŷn â’r dŵr – “Môn”\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_a_yaml_file_in_any_unicode_notepad_saves_is_read(encoding: str) -> None:
    data = WELSH.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert decode_yaml(data, "campaign.yaml") == WELSH


@pytest.mark.parametrize(("data", "message"), [
    ("title: Ynys Môn\nabout_cy: Yngl?n – d?r\n".encode("cp1252"),
     "campaign.yaml:1: is saved as ANSI (Windows-1252), not UTF-8: character 14 is 'ô' as ANSI writes it (expected the "
     "file saved as UTF-8, in Notepad: File > Save As, Encoding (beside the Save button): UTF-8, Save, Yes to replace "
     "it; ANSI has no ŵ or ŷ, so save from the window you typed them in, or type again each one Notepad saved as ?, "
     "w or y (such as 'Yngl?n' on line 2))"),
    ("title: Ynys Môn\n".encode() + "about: “quoted”\n".encode("cp1252"),
     "campaign.yaml:2: is partly UTF-8 and partly not: character 8 is '“' as ANSI writes it, not UTF-8 (expected "
     "UTF-8 throughout: type that line's '“' again, then save the file as UTF-8, in Notepad: File > Save As, "
     "Encoding (beside the Save button): UTF-8, Save, Yes to replace it)"),
    (b"title: \x81\n", "campaign.yaml:1: is not UTF-8 text: character 8 is the byte 0x81 (expected the file saved as "
     "UTF-8, in Notepad: File > Save As, Encoding (beside the Save button): UTF-8, Save, Yes to replace it)"),
])
def test_a_yaml_file_saved_as_ansi_is_refused_saying_how_to_save_it(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_yaml(data, "campaign.yaml")
    assert caught.value.line() == message


def test_a_question_mark_inside_a_word_is_a_letter_ansi_lost() -> None:
    text = "about_cy: Yngl?n â d?r. Pam? Beth?\nurl: https://example.org/page?id=3&a=b\nq: \"Why?\"\n"
    assert [w.message.split(" inside")[0] for w in lost_letters(text, "quotes.yaml")] == [
        "quotes.yaml: 'Yngl?n' (line 1), 'd?r' (line 1) have a question mark"]

