"""What a redraft leaves behind in the output folder that a press officer must know about: a release a person
edited that is now older than the draft (skipped, so it still says what the earlier draft said), and releases
of an earlier draft that this one no longer writes (an area gone from the campaign; a release now written under
another name, as when a campaign starts publishing in Welsh and ``cheshire.docx`` becomes ``cheshire.en.docx``).

drafter never deletes a release, so these stay in the folder; the draft command names them so that nobody
sends one by mistake, and says which of them hold a person's edit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from drafter.batch import plain_language
from drafter.errors import OutputError
from drafter.fileio import file_digest, kind
from drafter.model import Campaign, Fact, SourceRef
from drafter.output.manifest import Manifest
from drafter.reports.changes import read_fact_rows, read_fact_values
from drafter.reports.review import figure
from drafter.style.base import HouseStyle, Language
from drafter.style.house import PRESETS


@dataclass(frozen=True)
class Leftover:
    """One release file of an earlier draft that this draft did not write."""

    name: str
    area: str
    gone: bool  # its area is no longer in the campaign
    edited: bool  # a person edited it since drafter wrote it


@dataclass(frozen=True)
class WithdrawnLeft:
    """The releases of one language, not drafted in this run, whose files still print a withdrawn quote."""

    locale: str  # the --locale that drafts them again ("" for the campaign's own languages)
    language: str  # the language's name in drafter's messages: "Welsh"
    areas: tuple[str, ...]
    files: tuple[str, ...]  # each release's first file found printing it
    quotes: tuple[str, ...]  # the withdrawn quotes' ids


@dataclass(frozen=True)
class Leftovers:
    behind: tuple[str, ...] = ()  # skipped as edited, and the draft has changed since the one the person edited
    old: tuple[Leftover, ...] = ()
    # A run with --area: each release of an area it did not draft that prints a figure as this run's releases
    # no longer print it, as (its area, its fact sheet's name, the first such figure in a reviewer's words, then →
    # now)
    out_of_step: tuple[tuple[str, str, str], ...] = ()
    # Each language's releases this run did not draft (the Welsh ones drafted with --locale cy_GB beside a run in
    # English) that were drafted from a figure since changed, as (the locale to draft them in, their areas, the first
    # such figure in a reviewer's words)
    other_languages: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    # Each language's releases this run did not draft that still print a quote withdrawn since
    withdrawn: tuple[WithdrawnLeft, ...] = ()

    @staticmethod
    def checked(name: str) -> bool:
        """Whether ``drafter check`` reads the file ``name`` (a release as Word, Markdown or text; not its fact
        sheet, HTML or PDF, nor the reviewer pack), so the line for it out of date can give that command."""
        from drafter.reports.check_read import READS  # here, not at import: it brings the DOCX reader

        return "/" not in name and Path(name).suffix.lower() in READS


def edits_left_behind(out_dir: Path, manifest: Manifest, staged: Sequence[tuple[str, str, str]]
                      ) -> dict[str, tuple[str, ...]]:
    """Before anything is put in place (for the reviewer pack, which is written with the batch): by release slug,
    its files that a person edited since drafter wrote them and whose draft has changed since, which a run
    without ``--force`` leaves as they are. A file a killed run was writing (its journal's ``pending`` hashes) is
    left to the write's own judgement (it may be drafter's write cut short) and not named here."""
    found: dict[str, list[str]] = {}
    for name, area, digest in staged:
        entry = manifest.get(name)
        if not area or entry is None or entry.get("pending") or digest == entry.get("sha256"):
            continue
        if kind(out_dir / name) == "file" and _digest(out_dir / name) not in (None, entry.get("sha256"), digest):
            slug = name.removesuffix(".facts.csv") if name.endswith(".facts.csv") else name.rpartition(".")[0]
            found.setdefault(slug, []).append(name)
    return {slug: tuple(names) for slug, names in found.items()}


def format_of(name: str) -> str:
    """A release file's format as its name ends: ``facts.csv`` for a fact sheet, else its last extension."""
    return "facts.csv" if name.endswith(".facts.csv") else name.rpartition(".")[2]


def language_of(name: str, plain: str) -> str:
    """The language of a release file by its name: the code before its format (``cheshire.cy.docx``: ``cy``),
    else ``plain``, the language of releases without one (slugs hold no dot)."""
    stem = name.removesuffix("." + format_of(name))
    return stem.rpartition(".")[2] if "." in stem else plain


def find_leftovers(out_dir: Path, manifest: Manifest, staged: Sequence[tuple[str, str, str]],
                   skipped_edited: Sequence[str], campaign_areas: Iterable[str], plain: str = "") -> Leftovers:
    """``manifest`` as the run found it (with the hashes a killed run's journal announced), so each file's
    entry is the draft a person edited; ``staged`` is every file this run drafted as (name, area, SHA-256);
    ``plain``, the language of a release file whose name has no language code (``cheshire.docx``).

    A file of an earlier draft is named when its area is no longer in the campaign, or when this run drafted
    its area in its format and language under another name; a file of an area this run did not draft
    (``--area``), of a format it did not write (``--format``), or in a language it did not draft (the English
    releases beside a run with ``--locale cy_GB``), is not.
    """
    drafted = {name: digest for name, _, digest in staged}
    behind = tuple(name for name in skipped_edited if name in manifest and drafted.get(name) not in {
        manifest[name].get("sha256"), *manifest[name].get("pending", "").split()})
    formats_of: dict[str, set[tuple[str, str]]] = {}
    for name, area, _ in staged:
        if area:
            formats_of.setdefault(area, set()).add((format_of(name), language_of(name, plain)))
    known = set(campaign_areas)
    old = []
    for name, entry in sorted(manifest.items()):
        area = entry.get("area", "")
        if not area or name in drafted or "/" in name or kind(out_dir / name) != "file":
            continue
        gone = area not in known
        if gone or (format_of(name), language_of(name, plain)) in formats_of.get(area, ()):
            old.append(Leftover(name, area, gone, _edited(out_dir / name, entry)))
    return Leftovers(behind, tuple(old))


def out_of_step(out_dir: Path, manifest: Manifest, printed: Iterable[tuple[str, Iterable[Fact]]],
                drafted_areas: Iterable[str], campaign: Campaign, style: HouseStyle
                ) -> tuple[tuple[str, str, str], ...]:
    """After a run that drafted some areas only (``--area``): the other areas' releases in ``out_dir`` whose fact
    sheet prints a figure differently from how this run's releases (``printed``: each one's slug and facts) now
    print it, such as a region's total that a correction changed. Compared within a language (a bilingual
    batch's slugs end ``.en``, ``.cy``), so "197 per cent" is never set against "197%". A fact sheet no longer as
    drafter wrote it is not read (:func:`drafter.reports.changes.read_facts`). A figure printed two ways (a
    count of none as "none" in a sentence and "0" in a table or chart) is in step while one way is still printed."""
    now: dict[str, dict[tuple[str, str], list[str]]] = {}
    for slug, facts in printed:
        texts = now.setdefault(slug.partition(".")[2], {})
        for f in facts:
            if f.printed:  # a rank only deciding the wording is printed in no file
                texts.setdefault((f.area, f.name), []).append(f.text)
    skip = set(drafted_areas)
    found = []
    for name, entry in sorted(manifest.items()):
        if not name.endswith(".facts.csv") or "/" in name or entry.get("area", "") in skip:
            continue
        current = now.get(name.removesuffix(".facts.csv").partition(".")[2], {})
        then: dict[tuple[str, str], list[str]] = {}
        for area, fact, text in read_fact_rows(out_dir / name, manifest) or []:
            if text:
                then.setdefault((area, fact), []).append(text)
        for (area, fact), was in then.items():
            if (area, fact) in current and not set(was) & set(current[area, fact]):
                said = figure(campaign, Fact(area, fact, was[-1], Decimal(0), "", ()), style).said()
                found.append((entry.get("area", ""), name, f"{area}: {said}: {was[-1]} → {current[area, fact][-1]}"))
                break
    return tuple(found)


def other_languages_behind(out_dir: Path, manifest: Manifest, values: dict[tuple[str, str], Decimal],
                           drafted: Iterable[str], campaign: Campaign, style: HouseStyle
                           ) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """The releases in ``out_dir`` in a language this run did not draft (``drafted``: its language codes) whose fact
    sheet holds a figure's exact value other than this run's (``values``), as a corrected figure leaves the Welsh
    releases drafted with ``--locale cy_GB`` beside a redraft in English; by language (the locale to draft it in),
    "" for the campaign's own), their areas and the first such figure in a reviewer's words. Exact values are
    compared, so "197%" and "197 per cent" agree."""
    skip, plain = set(drafted), plain_language(campaign)
    found: dict[str, tuple[list[str], str]] = {}
    for name, entry in sorted(manifest.items()):
        code = language_of(name, plain)
        if not name.endswith(".facts.csv") or "/" in name or code in skip:
            continue
        for key, was in (read_fact_values(out_dir / name, manifest) or {}).items():
            try:
                changed = key in values and Decimal(was) != values[key]
            except InvalidOperation:
                changed = False
            if changed:
                said = figure(campaign, Fact(key[0], key[1], "", Decimal(0), "", ()), style).said()
                found.setdefault(code, ([], f"{key[0]}: {said}"))[0].append(entry.get("area", ""))
                break
    return tuple((_locale_of(code, plain), tuple(areas), said) for code, (areas, said) in found.items())


def with_other_languages(left: Leftovers, out_dir: Path, manifest: Manifest, values: dict[tuple[str, str], Decimal],
                         drafted: Iterable[str], campaign: Campaign, style: HouseStyle) -> Leftovers:
    """``left`` with the releases in another language that this run did not draft and that are now out of date:
    printing a figure since changed (:func:`other_languages_behind`), or a quote since withdrawn
    (:func:`withdrawn_behind`)."""
    codes = set(drafted)
    return dataclasses.replace(left, other_languages=other_languages_behind(out_dir, manifest, values, codes, campaign,
                                                                           style),
                               withdrawn=withdrawn_behind(out_dir, manifest, codes, campaign))


def withdrawn_behind(out_dir: Path, manifest: Manifest, drafted: Iterable[str], campaign: Campaign
                     ) -> tuple[WithdrawnLeft, ...]:
    """The releases in ``out_dir`` in a language this run did not draft (``drafted``: its language codes) whose
    Word, Markdown or text file still prints a quote withdrawn since, as a Welsh quote withdrawn leaves the Welsh
    releases drafted with ``--locale cy_GB`` when only the English ones are drafted again; by language. A file
    is read only when a quote in its language is withdrawn."""
    skip, plain = set(drafted), plain_language(campaign)
    quotes = [quote for quote in campaign.quotes if quote.status == "withdrawn" and quote.language not in skip]
    if not quotes:  # the usual run: nothing to read, so the readers (which bring the DOCX reader) are not imported
        return ()
    from drafter.reports.check_read import Unreadable, read_edited
    from drafter.style.typed import flat

    withdrawn: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # language → each quote's id and paragraphs
    for quote in quotes:
        withdrawn.setdefault(quote.language, []).append((quote.id, tuple(flat(p) for p in quote.paragraphs)))
    found: dict[str, dict[str, tuple[str, list[str]]]] = {}  # language → area → (its file, the quotes it prints)
    for name, entry in sorted(manifest.items()):
        code, area = language_of(name, plain), entry.get("area", "")
        if code not in withdrawn or not area or area in found.get(code, {}) or not Leftovers.checked(name) \
                or kind(out_dir / name) != "file":
            continue
        try:
            text = " ".join(para.text for para in read_edited(out_dir / name).paragraphs)
        except Unreadable:
            continue
        printed = [quote_id for quote_id, paragraphs in withdrawn[code] if any(p and p in text for p in paragraphs)]
        if printed:
            found.setdefault(code, {})[area] = (name, printed)
    order = {area.name: index for index, area in enumerate(campaign.areas)}
    left = []
    for code, by_area in sorted(found.items()):
        areas = sorted(by_area, key=lambda a: order.get(a, len(order)))
        left.append(WithdrawnLeft(_locale_of(code, plain), _language(code).english, tuple(areas),
                                  tuple(by_area[a][0] for a in areas),
                                  tuple(dict.fromkeys(q for a in areas for q in by_area[a][1]))))
    return tuple(left)


def _language(code: str) -> Language:
    return next(preset.language for preset in PRESETS.values() if preset.language.code == code)


def _locale_of(code: str, plain: str) -> str:
    """The --locale that drafts the releases in ``code`` again: "" for ``plain``, the campaign's own."""
    return "" if code == plain else next(name for name, preset in PRESETS.items() if preset.language.code == code)


def _edited(path: Path, entry: dict[str, str]) -> bool:
    return _digest(path) not in (None, entry.get("sha256"))


def _digest(path: Path) -> str | None:
    try:
        return file_digest(path, SourceRef(str(path)), OutputError)
    except (OutputError, OSError):
        return None
