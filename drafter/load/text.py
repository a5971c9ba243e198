"""Rules for text that goes into a release: no XML-illegal control characters; safe file slugs; what tells apart
two names that look alike on screen."""

from __future__ import annotations

import re
import unicodedata

from drafter.errors import InputError
from drafter.fileio import WINDOWS_RESERVED
from drafter.model import SourceRef

# XML 1.0 forbids C0 controls other than tab, newline and carriage return, and U+FFFE/U+FFFF; a lone surrogate
# (half of a character, which a YAML escape such as "\ud800" can make) cannot be written as UTF-8 at all.
ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")

# Slugs are [a-z0-9-], never end in a dot or a space, and are never a name Windows keeps for a device.
MAX_SLUG = 60


def check_text(text: str, source: SourceRef, field: str) -> str:
    """Refuse characters that cannot appear in a Word document. Right-to-left and combining marks are fine.

    >>> check_text("Ynys Môn", SourceRef("areas.csv", row=2), "area")
    'Ynys Môn'
    """
    match = ILLEGAL_CHARACTERS.search(text)
    if match:
        what = "half a character (a lone surrogate)" if "\ud800" <= match.group() <= "\udfff" else \
            "the control character"
        # In YAML, a backslash inside double quotes makes one: "data\figures.csv" holds a form feed (\f).
        escaped = "; a backslash inside double quotes makes one: write a Windows path in single quotes " \
            "('data\\figures.csv') or with / (data/figures.csv)" if source.file.endswith((".yaml", ".yml")) \
            and what == "the control character" else ""
        raise InputError(
            f"contains {what} U+{ord(match.group()):04X} at position {match.start() + 1}",
            source=source,
            field=field,
            expected="printable text" + escaped,
        )
    return text


def slugify(name: str) -> str:
    """Lower case with hyphens, a name its reader recognises and safe as a file name on every system.

    >>> slugify("Greater Manchester")
    'greater-manchester'
    >>> slugify("Ynys Môn"), slugify("Łódź"), slugify("Ærø")  # letters NFKD leaves alone too
    ('ynys-mon', 'lodz', 'aero')
    >>> slugify("../../etc")
    'etc'
    >>> slugify("CON")
    'con-area'
    >>> slugify("King's Lynn"), slugify("King’s Lynn")  # an apostrophe, straight or curly, is no word break
    ('kings-lynn', 'kings-lynn')

    A name with letters of another script keeps its letters, in lower case and composed (NFC, as Windows and
    macOS both show it), with hyphens for the rest, rather than only its Latin letters, or none and a number:

    >>> slugify("Αθήνα"), slugify("ਲੁਧਿਆਣਾ"), slugify("Київ (Kyiv)"), slugify("Αθη\u0301να FINAL")
    ('αθήνα', 'ਲੁਧਿਆਣਾ', 'київ-kyiv', 'αθήνα-final')

    A long name is cut after its last whole word within 60 characters (and 120 bytes), so a path stays short
    enough for Windows:

    >>> slugify("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board")
    'nhs-bath-and-north-east-somerset-swindon-and-wiltshire'
    """
    named = unicodedata.normalize("NFC", name.replace("'", "").replace("\u2019", "")).translate(_LATIN)
    ascii_name = unicodedata.normalize("NFKD", named).encode("ascii", "ignore").decode("ascii")
    letters = sum(unicodedata.category(character) in _LETTERS for character in named)
    if sum(character.isalpha() for character in ascii_name) >= letters:  # every letter kept: a Latin name
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    else:  # another script: its letters, marks and digits (a vowel sign is a mark), nothing Windows refuses
        kept = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in named.lower())
        slug = "-".join(unicodedata.normalize("NFC", kept).split())
    while len(slug) > MAX_SLUG or len(slug.encode("utf-8")) > 2 * MAX_SLUG:
        words = slug[:-1].rpartition("-")[0]  # whole words, unless the first is itself very long
        slug = words if len(words) >= MAX_SLUG // 2 else slug[:-1].rstrip("-")
    if not slug:
        slug = "area"
    if slug in WINDOWS_RESERVED or slug in {"review", "manifest"}:
        slug += "-area"
    return slug


_LETTERS = frozenset({"Lu", "Ll", "Lt", "Lo"})  # not a modifier letter, such as the ʻokina of Hawaiʻi
# Latin letters that NFKD does not take apart into a plain letter and an accent.
_LATIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                        "ß": "ss", "ẞ": "SS", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i",
                        "ħ": "h", "Ħ": "H"})


def unique_slugs(names: list[str]) -> dict[str, str]:
    """A distinct slug per name, numbering collisions in order (``kent``, ``kent-2``), told apart as a drive that
    ignores capitals would (Windows, macOS).

    >>> unique_slugs(["Kent", "KENT", "Ké nt"])
    {'Kent': 'kent', 'KENT': 'kent-2', 'Ké nt': 'ke-nt'}
    """
    used: set[str] = set()
    result: dict[str, str] = {}
    for name in names:
        base = slugify(name)
        slug, n = base, 1
        while slug.casefold() in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug.casefold())
        result[name] = slug
    return result


def unlike(value: str, near: str) -> str:
    """What tells two names apart that look alike on screen: their capitals, or one or two characters such as
    a curly apostrophe against a straight one.

    >>> unlike("King’s Lynn", "King's Lynn")
    " (they differ only in ’ (RIGHT SINGLE QUOTATION MARK) here against ' (APOSTROPHE) there)"
    """
    if value.casefold() == near.casefold():
        return " (they differ only in capitals)"
    if len(value) != len(near):
        return ""
    pairs = [(a, b) for a, b in zip(value, near, strict=True) if a != b]
    def plain(character: str) -> bool:
        return character.isascii() and character.isalnum()
    if len(pairs) > 2 or any(plain(a) and plain(b) for a, b in pairs):  # "Cumbira": a slip anyone can see
        return ""
    named = " and ".join(f"{a} ({character_name(a)}) here against {b} ({character_name(b)}) there" for a, b in pairs)
    return f" (they differ only in {named})"


def character_name(character: str) -> str:
    return unicodedata.name(character, f"U+{ord(character):04X}")
