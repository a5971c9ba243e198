"""quotes.yaml: the speakers and the approved-quote library, read and validated (approval rules live in quotes.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.load.area_names import AreaNames
from drafter.load.area_scope import ALL, read_names
from drafter.load.schema import Mapping
from drafter.load.yamlio import item_line, load_yaml
from drafter.model import Quote, SourceRef, Speaker, Warning
from drafter.quotes.choose import fingerprint
from drafter.style.lang import languages as known_languages
from drafter.style.titles import check_title, title_before_name

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_PASTED = re.compile(r"quotes\[[0-9]+\]\.text")  # a quote pasted from Word in its marks, left out by without_marks
STATUSES = ("draft", "approved", "withdrawn")


def load_quotes(path: Path, display: str, area_names: AreaNames, places: frozenset[str] = frozenset(),
                in_text: dict[str, str] | None = None
                ) -> tuple[tuple[Speaker, ...], tuple[Quote, ...], tuple[Warning, ...]]:
    """The speakers and quotes (a title may name one of the ``places``, the words of areas.csv's names; a speaker
    without an ``attribution`` is "from" their organisation as it reads mid-sentence, ``in_text`` or by the
    house rule, "from the Emergency Calls Trust"), and a
    warning naming any area a quote's scope names that areas.csv does not have and nothing like it (left out
    of its scope: a quote kept from an example, for areas that are gone, is used for none). A file of comments
    only, as ``drafter new`` writes it, holds no quotes."""
    lost: list[Warning] = []  # a ŵ or ŷ that saving the file as ANSI made a ?
    data = load_yaml(path, display, lost, marks_kept=_PASTED)
    if data is None:
        return (), (), tuple(lost)
    top = Mapping(data, display)
    unknown: list[tuple[str, str, SourceRef]] = []  # (area, quote id, where)
    speakers = []
    languages = known_languages()
    other_languages = [code for code in languages if code != "en"]  # title_cy, attribution_cy, …
    for speaker_id, entry in top.items("speakers"):
        _check_id(speaker_id, entry)
        organisation = entry.text("organisation", "")
        of = (in_text or {}).get(organisation) or languages["en"].name_in_text(organisation) if organisation else ""
        speakers.append(Speaker(
            id=speaker_id,
            name=entry.text("name"),
            title=entry.text("title", ""),
            organisation=organisation,
            department=entry.text("department", ""),
            attribution=entry.text("attribution", "from " + of if of else ""),
            source=entry.ref(),
            translations=tuple((code, key, entry.text(f"{key}_{code}")) for code in other_languages
                               for key in ("title", "attribution") if entry.has(f"{key}_{code}")),  # title_cy …
            of="" if entry.has("attribution") else of,  # "from" or "of" it, as the house style introduces one
        ))
        entry.done()
    extra = frozenset(str(v).strip().lower() for v, _ in top.sequence("title_words"))
    mutated: dict[str, frozenset[str]] = {}  # a place as a language writes it inside a title: "dros Gymru" for "Cymru"
    for known in speakers:
        check_title(known, extra, places=places)
        for code in other_languages:
            if known.in_language(code).title != known.title:
                if code not in mutated:  # worked out once, for the first speaker whose title is translated
                    mutated[code] = frozenset(form for word in places for form in languages[code].forms(word))
                check_title(known.in_language(code), extra, f"speakers.{known.id}.title_{code}", mutated[code])
    speaker_ids = {s.id for s in speakers}
    quotes: list[Quote] = []
    seen: dict[str, int | None] = {}  # each id, and the line of its quote
    for item, ref in top.sequence("quotes", required=True):
        index = len(quotes)
        entry = Mapping(item, display, f"quotes[{index}]", ref.line)
        quote_id = entry.text("id")
        _check_id(quote_id, entry, "id")
        if quote_id in seen:
            first = f"line {seen[quote_id]}" if seen[quote_id] else "an earlier quote"
            raise entry.fail("id", f"is used by another quote too (on {first})", quote_id,
                             "a unique quote id: give one of them another, such as "
                             + _unused(quote_id, seen, str(entry.raw("language") or "").strip()))
        seen[quote_id] = ref.line
        speaker = entry.text("speaker")
        if speaker not in speaker_ids:
            named = [s for s in speakers if " ".join(s.name.split()).casefold() == " ".join(speaker.split()).casefold()]
            raise entry.fail("speaker", "is not a speaker in this file", speaker,
                             f"{named[0].id}, the id under speakers: of {named[0].name}" if named else
                             "one of " + ", ".join(sorted(speaker_ids)))
        paragraphs, *earlier = _paragraphs(entry)
        approved = entry.text("fingerprint", "") or None
        if approved is not None and any(approved == fingerprint(speaker, were)
                                        for were in earlier if were != paragraphs):
            approved = fingerprint(speaker, paragraphs)  # approved as drafter read it before (marks kept): same words
        areas, only = _scope(entry, area_names, unknown, quote_id)
        status = _status(entry)
        quotes.append(Quote(
            id=quote_id,
            role=entry.text("role", quote_id),
            speaker=speaker,
            paragraphs=paragraphs,
            areas=areas,
            status=status,  # type: ignore[arg-type]
            approved_by=entry.text("approved_by", "") or None,
            approved_on=entry.date("approved_on") if entry.has("approved_on") else None,
            expires_on=entry.date("expires_on") if entry.has("expires_on") else None,
            fingerprint=approved,
            source=SourceRef(display, line=item_line(top.data["quotes"], index), key=f"quotes[{index}]"),
            language=entry.choice("language", tuple(languages), "en"),
            only=only,
        ))
        entry.done()
    top.done()
    return tuple(speakers), tuple(quotes), (tuple(lost) + _unknown_areas(unknown)
                                            + _repeated_titles(speakers, other_languages)
                                            + _untranslated(speakers, quotes, other_languages))


def _untranslated(speakers: list[Speaker], quotes: list[Quote], other_languages: list[str]) -> tuple[Warning, ...]:
    """One warning naming each speaker of a quote (not withdrawn) in another language (``language: cy``) who has no
    ``title_cy`` or ``attribution_cy``: that language's release would introduce them in English."""
    parts = []
    quoted = {(q.speaker, q.language) for q in quotes if q.status != "withdrawn"}  # who is quoted in which language
    for speaker in speakers:
        for code in other_languages:
            if (speaker.id, code) not in quoted:
                continue
            keys = [f"{key}_{code}" for key, text in (("title", speaker.title), ("attribution", speaker.attribution))
                    if text and not any((lang, key) == (code, done) for lang, done, _ in speaker.translations)]
            if keys:
                parts.append(f"{speaker.id!r} ({speaker.source}) has no {' or '.join(keys)}")
    if not parts:
        return ()
    return (Warning("speaker_untranslated", "a speaker quoted in another language is introduced there in English, "
                    "by their title and attribution: " + "; ".join(parts) + "; add the missing keys under the "
                    "speaker"),)


def _repeated_titles(speakers: list[Speaker], other_languages: list[str]) -> tuple[Warning, ...]:
    """One warning naming each speaker whose attribution repeats their title: a release prints the title before
    the name and the attribution after it, "Chief Executive Amara Okafor, chief executive of …"."""
    parts = []
    for speaker in speakers:
        for code in ("en", *other_languages):
            said = speaker.in_language(code)
            if code != "en" and said is speaker:
                continue
            if said.title and re.search(rf"\b{re.escape(said.title)}\b", said.attribution, re.IGNORECASE):
                parts.append(f"{speaker.id!r} ({speaker.source}): \"{title_before_name(said.title)} {said.name}, "
                             f"{said.attribution}\"")
    if not parts:
        return ()
    return (Warning("attribution_repeats_title", "a speaker's attribution repeats their title, which releases print "
                    "before the name already: " + "; ".join(parts) + "; take the title out of attribution"),)


def _unknown_areas(unknown: list[tuple[str, str, SourceRef]]) -> tuple[Warning, ...]:
    """One warning for every quote area that is not in areas.csv and like none that is, naming each and where."""
    if not unknown:
        return ()
    parts = [f"{name!r} (quote {quote_id!r}, {ref})" for name, quote_id, ref in unknown]
    return (Warning("quote_unknown_area", "quotes.yaml names areas that are not in areas.csv, so those quotes are "
                    "used for none of them: " + ", ".join(parts) + "; change their areas: or delete them"),)


def _unused(quote_id: str, seen: dict[str, int | None], language: str = "") -> str:
    """An id no quote has yet: ``york-cheshire-cy`` for a copy of ``york-cheshire`` in Welsh, else
    ``york-cheshire-2``."""
    if language and language != "en" and _ID.match(f"{quote_id}-{language}") and f"{quote_id}-{language}" not in seen:
        return f"{quote_id}-{language}"
    return next(f"{quote_id}-{n}" for n in range(2, len(seen) + 3) if f"{quote_id}-{n}" not in seen)


def _check_id(value: str, entry: Mapping, key: str | None = None) -> None:
    """Refuse an id (a speaker's, the mapping's own key; a quote's, its ``key``) that is not one word of letters,
    digits, hyphens, dots or underscores, suggesting one that is ("dean-cumbria" for "dean cumbria")."""
    if not _ID.match(value):
        usable = "-".join(re.findall(r"[A-Za-z0-9_.]+", value.replace("’", "").replace("'", "")))
        raise InputError("is not a usable id", source=entry.ref(key), field=entry.key(key) if key else entry.path,
                         value=value, expected="letters, digits, hyphens, dots or underscores" + (
                             f", such as {usable}" if _ID.match(usable) else ""))


def _paragraphs(entry: Mapping) -> tuple[tuple[str, ...], ...]:
    """The quote's paragraphs as a release prints them, then as drafter read them before (for a fingerprint
    approved then): paragraphs are separated by blank lines (and by Word's marks, :func:`_marked`), a single line
    break inside one is a space, and quotation marks typed around them are left out (:func:`without_marks`)."""
    text = entry.text("text")
    blocks = re.split(r"\n\s*\n", text.strip())
    typed = tuple(" ".join(line.strip() for line in block.splitlines()) for block in blocks)
    split = tuple(part for paragraph in typed for part in _marked(paragraph))
    return without_marks(split), typed, without_marks(typed)


def _marked(paragraph: str) -> list[str]:
    """Word's paragraphs pasted with their marks (“ before each, ” after the last) but no blank line between them,
    or read by YAML as one line, apart again: a “ after a sentence's end opens a paragraph where no ” closes a
    phrase before the paragraph's end (“We call it “Get Help”. is left whole).

    >>> _marked("“It has grown. “We must act.”")
    ['“It has grown.', '“We must act.”']
    """
    if "”" in paragraph[:-1]:
        return [paragraph]
    return re.split(r"(?<=[.!?…])\s+(?=“)", paragraph)


_OPENING = "“\"„«"
_CLOSING = "”\"“»"
_MARKS = frozenset(_OPENING + _CLOSING)


def without_marks(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A quote pasted with its own quotation marks, as Word sets it (“…” round each paragraph, or “ before each
    and ” after the last), without them: a release adds its own, and would print ““…””. A paragraph with
    another mark inside it (“We call it “Get Help”,” she said) is left as it is.

    >>> without_marks(("“It has grown.", "“We must act.”"))
    ('It has grown.', 'We must act.')
    >>> without_marks(('We call it "Get Help".',))
    ('We call it "Get Help".',)
    """
    opened = False
    result = []
    for index, paragraph in enumerate(paragraphs):
        lead = paragraph[:1] in _OPENING
        trail = len(paragraph) > 1 and paragraph[-1:] in _CLOSING and (
            lead or (opened and index == len(paragraphs) - 1))
        inner = paragraph[int(lead):len(paragraph) - int(trail)]
        if (lead or trail) and inner.strip() and not _MARKS.intersection(inner):
            paragraph = inner.strip()
            opened = opened or (index == 0 and lead)
        result.append(paragraph)
    return tuple(result)


def _scope(entry: Mapping, area_names: AreaNames, unknown: list[tuple[str, str, SourceRef]], quote_id: str
           ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A quote's scope, (areas, only), read as every list of areas is (:mod:`drafter.load.area_scope`): each area
    named means it and every area in it, ``all`` (the default) every area, and an area's name followed by ``only``
    that area's own release only. One unlike any area is noted in ``unknown`` and left out, so a quote whose areas
    are all gone is in scope nowhere."""
    items: list[tuple[Any, SourceRef]] = entry.sequence("areas")
    if not items:
        return (ALL,), ()
    named = read_names(items, area_names, "areas", lambda text, ref: unknown.append((text, quote_id, ref)))
    return (tuple(dict.fromkeys(n.area for n in named if not n.only)),
            tuple(dict.fromkeys(n.area for n in named if n.only)))


def _status(entry: Mapping) -> str:
    """``status`` (draft, approved, withdrawn), or the foundation's ``approved: yes/no``."""
    if entry.has("status"):
        if entry.has("approved"):
            raise entry.fail("approved", "is given as well as status", entry.raw("approved"),
                             "either status or approved, not both")
        said = entry.text("status")
        if " ".join(said.split()).casefold() not in STATUSES:
            raise entry.fail("status", "is not allowed", said, "one of " + ", ".join(STATUSES))
        return " ".join(said.split()).casefold()  # "Approved" as typed at the start of a line is approved
    return "approved" if entry.flag("approved", "is not yes or no", "yes or no") else "draft"


__all__ = ["fingerprint", "load_quotes"]
