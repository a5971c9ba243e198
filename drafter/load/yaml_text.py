"""A YAML file's bytes (campaign.yaml, quotes.yaml) as Notepad saves them, read into text.

Read: UTF-8, with the mark at its start Notepad's "UTF-8 with BOM" writes or without it, and UTF-16 or UTF-32
with that mark (Notepad's "UTF-16 LE", called "Unicode" in older Notepads): each holds every letter, and YAML
allows them.

Refused, saying how to save the file as UTF-8 in Notepad: a file saved as "ANSI" (Windows-1252). Unlike a CSV
file from Excel (:mod:`drafter.load.csv_text`, read with a warning), these files hold the words of the release and
the approved quotes, and ANSI has no ŵ or ŷ: Notepad writes them as ``?`` (or ``w``, ``y``) when it saves, so
"Ynglŷn" would go out as "Yngl?n". While the file is still open in Notepad, its window still has them, and saving
it again as UTF-8 keeps them; so drafter stops at once, naming a word where a ``?`` stands for a letter when
there is one. A file with no other letter outside ASCII is UTF-8 as it stands, so what ANSI lost there is found
by :func:`lost_letters`, a warning. Also refused: a file UTF-8 in part and not in part (a line pasted from another
file), and one that is not text in either.
"""

from __future__ import annotations

import codecs
import re

from drafter.errors import InputError, name_list
from drafter.load.csv_text import DOS_END, UTF8_TEXT
from drafter.model import SourceRef, Warning

NOTEPAD = "in Notepad: File > Save As, Encoding (beside the Save button): UTF-8, Save, Yes to replace it"
# A question mark between two letters of a word, where ANSI had no letter for it ("Yngl?n", "d?r"); not in a web
# address ("page?id=3"), whose word has a slash, an equals sign or an ampersand.
_LOST = re.compile(r"(?<![\w/=&?.])[^\W\d_]+(\?[^\W\d_]+)+(?![\w/=&?])")


def decode_yaml(data: bytes, display: str) -> str:
    """The text of a YAML file's bytes, or an error saying how to save it as UTF-8.

    >>> decode_yaml("about_cy: Ynglŷn\\n".encode("utf-16"), "campaign.yaml")
    'about_cy: Ynglŷn\\n'
    """
    data = data.removesuffix(DOS_END)  # Ctrl-Z, the end-of-file mark an older Windows editor adds
    for mark, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                           (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(mark):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"is {encoding.upper()} text that is cut short or damaged", source=SourceRef(display),
                                 expected=f"the file saved again as UTF-8, {NOTEPAD}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as fault:
        bad = fault.start
    line = data.count(b"\n", 0, bad) + 1
    start = data.rfind(b"\n", 0, bad) + 1
    column = len(data[start:bad].decode("utf-8", "replace")) + 1
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    meant = f"'{data[bad:bad + 1].decode('cp1252')}' as ANSI writes it" if text else f"the byte 0x{data[bad]:02x}"
    if data.startswith(codecs.BOM_UTF8) or UTF8_TEXT.search(data) or not text:
        raise InputError(f"is partly UTF-8 and partly not: character {column} is {meant}, not UTF-8" if text else
                         f"is not UTF-8 text: character {column} is the byte 0x{data[bad]:02x}",
                         source=SourceRef(display, line=line),
                         expected=f"UTF-8 throughout: type that line's {meant.split(' as ')[0]} again, then save the "
                         f"file as UTF-8, {NOTEPAD}" if text else f"the file saved as UTF-8, {NOTEPAD}")
    lost = _LOST.search(text)
    example = f" (such as {lost.group()!r} on line {text.count(chr(10), 0, lost.start()) + 1})" if lost else ""
    raise InputError(f"is saved as ANSI (Windows-1252), not UTF-8: character {column} is {meant}",
                     source=SourceRef(display, line=line),
                     expected=f"the file saved as UTF-8, {NOTEPAD}; ANSI has no ŵ or ŷ, so save from the window you "
                     f"typed them in, or type again each one Notepad saved as ?, w or y{example}")


def lost_letters(text: str, display: str) -> tuple[Warning, ...]:
    """A warning for each word with a question mark where a letter should be ("Yngl?n"), as Notepad leaves a ŵ or
    ŷ in a file it saved as ANSI; such a file is plain ASCII, so nothing else shows it.

    >>> [w.message[:58] for w in lost_letters("about_cy: d?r\\nurl: https://example.org/a?b=c\\n", "x.yaml")]
    ["x.yaml: 'd?r' (line 1) has a question mark inside a word, "]
    """
    if "?" not in text:  # most files: no word can have one
        return ()
    found = [f"{lost.group()!r} (line {text.count(chr(10), 0, lost.start()) + 1})" for lost in _LOST.finditer(text)]
    if not found:
        return ()
    named = name_list(found, 3)
    return (Warning("yaml_lost_letter", f"{display}: {named} {'has' if len(found) == 1 else 'have'} a question mark "
                    "inside a word, where Notepad leaves a ŵ or ŷ when it saves a file as ANSI; type the letter again, "
                    f"and save the file as UTF-8 ({NOTEPAD})"),)
