"""quotes.yaml: the speakers and the approved-quote library, read and validated (approval rules live in quotes.py)."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.load.schema import Mapping
from drafter.load.yamlio import item_line, load_yaml
from drafter.model import Quote, SourceRef, Speaker, Warning
from drafter.quotes.choose import fingerprint
from drafter.style.lang import languages as known_languages
from drafter.style.titles import check_title, title_before_name

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
STATUSES = ("draft", "approved", "withdrawn")


def load_quotes(path: Path, display: str, area_names: set[str]
                ) -> tuple[tuple[Speaker, ...], tuple[Quote, ...], tuple[Warning, ...]]:
    """The speakers and quotes, and a warning naming any area a quote's scope names that areas.csv does not
    have (left out of its scope: a quote kept from an example, for areas that are gone, is used for none). A
    file of comments only, as ``drafter new`` writes it, holds no quotes."""
    data = load_yaml(path, display)
    if data is None:
        return (), (), ()
    top = Mapping(data, display)
    unknown: list[tuple[str, str, SourceRef]] = []  # (area, quote id, where)
    speakers = []
    other_languages = [code for code in known_languages() if code != "en"]  # title_cy, attribution_cy, …
    for speaker_id, entry in top.items("speakers"):
        _check_id(speaker_id, entry)
        organisation = entry.text("organisation", "")
        speakers.append(Speaker(
            id=speaker_id,
            name=entry.text("name"),
            title=entry.text("title", ""),
            organisation=organisation,
            department=entry.text("department", ""),
            attribution=entry.text("attribution", f"from {organisation}" if organisation else ""),
            source=entry.ref(),
            translations=tuple((code, key, entry.text(f"{key}_{code}")) for code in other_languages
                               for key in ("title", "attribution") if entry.has(f"{key}_{code}")),  # title_cy …
        ))
        entry.done()
    extra = frozenset(str(v).strip().lower() for v, _ in top.sequence("title_words"))
    for known in speakers:
        check_title(known, extra)
        for code in other_languages:
            if known.in_language(code).title != known.title:
                check_title(known.in_language(code), extra, f"speakers.{known.id}.title_{code}")
    speaker_ids = {s.id for s in speakers}
    quotes: list[Quote] = []
    seen: set[str] = set()
    for item, ref in top.sequence("quotes", required=True):
        index = len(quotes)
        entry = Mapping(item, display, f"quotes[{index}]", ref.line)
        quote_id = entry.text("id")
        _check_id(quote_id, entry)
        if quote_id in seen:
            raise entry.fail("id", "is used by another quote", quote_id, "a unique quote id")
        seen.add(quote_id)
        speaker = entry.text("speaker")
        if speaker not in speaker_ids:
            raise entry.fail("speaker", "is not a speaker in this file", speaker,
                             "one of " + ", ".join(sorted(speaker_ids)))
        paragraphs = _paragraphs(entry)
        areas = _areas(entry, area_names, unknown, quote_id)
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
            fingerprint=entry.text("fingerprint", "") or None,
            source=SourceRef(display, line=item_line(top.data["quotes"], index), key=f"quotes[{index}]"),
            language=entry.choice("language", tuple(known_languages()), "en"),
        ))
        entry.done()
    top.done()
    return tuple(speakers), tuple(quotes), _unknown_areas(unknown, area_names) + _repeated_titles(speakers,
                                                                                                   other_languages)


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


def _unknown_areas(unknown: list[tuple[str, str, SourceRef]], area_names: set[str]) -> tuple[Warning, ...]:
    """One warning for every quote area that is not in areas.csv, naming each and where it is."""
    if not unknown:
        return ()
    parts = []
    for name, quote_id, ref in unknown:
        near = difflib.get_close_matches(name, sorted(area_names), n=1)
        parts.append(f"{name!r} (quote {quote_id!r}, {ref}" + (f"; did you mean {near[0]!r}?" if near else "") + ")")
    return (Warning("quote_unknown_area", "quotes.yaml names areas that are not in areas.csv, so those quotes are "
                    "used for none of them: " + ", ".join(parts) + "; change their areas: or delete them"),)


def _check_id(value: str, entry: Mapping) -> None:
    if not _ID.match(value):
        raise InputError("is not a usable id", source=entry.ref(), field=entry.path, value=value,
                         expected="letters, digits, hyphens, dots or underscores")


def _paragraphs(entry: Mapping) -> tuple[str, ...]:
    """Paragraphs are separated by blank lines; a single line break inside one is a space."""
    text = entry.text("text")
    blocks = re.split(r"\n\s*\n", text.strip())
    return tuple(" ".join(line.strip() for line in block.splitlines()) for block in blocks)


def _areas(entry: Mapping, area_names: set[str], unknown: list[tuple[str, str, SourceRef]], quote_id: str
           ) -> tuple[str, ...]:
    """A quote's scope: its areas (``all`` when none are named); an area not in areas.csv is noted in
    ``unknown`` and left out, so a quote whose areas are all gone is in scope nowhere."""
    items: list[tuple[Any, SourceRef]] = entry.sequence("areas")
    if not items:
        return ("all",)
    areas = []
    for value, ref in items:
        name = str(value).strip()
        if name != "all" and name not in area_names:
            unknown.append((name, quote_id, ref))
            continue
        areas.append(name)
    return tuple(areas)


def _status(entry: Mapping) -> str:
    """``status`` (draft, approved, withdrawn), or the foundation's ``approved: yes/no``."""
    if entry.has("status"):
        if entry.has("approved"):
            raise entry.fail("approved", "is given as well as status", entry.raw("approved"),
                             "either status or approved, not both")
        return entry.choice("status", STATUSES)
    return "approved" if entry.flag("approved", "is not yes or no", "yes or no") else "draft"


__all__ = ["fingerprint", "load_quotes"]
