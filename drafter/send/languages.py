"""Which languages' releases there are to send: the campaign's own, and any other drafted into the folder.

A campaign in English whose Welsh releases were drafted with ``drafter draft --locale cy_GB`` into the same folder
has them there under their Welsh names (``cheshire.cy.docx``): they are sent to the contacts who asked for Welsh
(``cy`` or ``both`` in media.csv), for the areas whose Welsh release was drafted; a contact with no language gets
the campaign's own. A contact who asked for a language in which an area's release was not drafted is told of
(:func:`undrafted_notes`), never sent the release in another language instead.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from drafter.batch import Batch, prepare_languages
from drafter.errors import name_list
from drafter.fileio import kind
from drafter.load.media import MediaContact
from drafter.load.media_columns import row_word
from drafter.model import Warning
from drafter.output.manifest import Manifest
from drafter.style.house import PRESETS
from drafter.writers.docx_package import read_language

RELEASE_FILES = ("docx", "md", "txt", "pdf", "html")  # a release's own files (not its fact sheet)
MAX_NAMED = 5  # a note names at most this many areas, then "and 3 more"


def drafted_elsewhere(batches: list[Batch], out_dir: Path, manifest: Manifest, campaign_dir: Path,
                      areas: Sequence[str] = ()) -> list[Batch]:
    """A batch for each language other than the campaign's whose releases are in the output folder (drafted with
    ``--locale``), holding only the areas drafted in it, in the locale they were drafted in (the Word file's
    language, else the campaign's preset in that language, else the language's first)."""
    own = {batch.style.language.code for batch in batches}
    campaign = batches[0].campaign
    codes = {preset.language.code for preset in PRESETS.values()}
    found: dict[str, dict[str, str]] = {}  # language code → area → a drafted file of it
    for name, entry in manifest.items():
        parts = name.split(".")
        area = entry.get("area")
        if len(parts) == 3 and "/" not in name and parts[1] in codes - own and parts[2] in RELEASE_FILES and area:
            found.setdefault(parts[1], {}).setdefault(area, name)
    extra = []
    for code, drafted in sorted(found.items()):
        batch = prepare_languages(campaign_dir, areas, locale=_locale(code, drafted, out_dir, campaign.style,
                                                                        campaign.locale), campaign=campaign)[0]
        chosen = tuple(area for area in batch.areas if area in drafted)
        if chosen:
            extra.append(dataclasses.replace(batch, areas=chosen))
    return extra


def _locale(code: str, drafted: dict[str, str], out_dir: Path, *campaign_presets: str | None) -> str:
    for name in drafted.values():
        path = out_dir / name.rpartition(".")[0]
        word = path.with_name(path.name + ".docx")
        if kind(word) == "file":
            written = read_language(word).replace("-", "_")
            if written in PRESETS and PRESETS[written].language.code == code:
                return written
            break
    for preset in (*campaign_presets, *PRESETS):
        if preset and PRESETS[preset].language.code == code:
            return preset
    raise AssertionError(code)  # the code came from a preset


def wants(contact: MediaContact, code: str, own: set[str]) -> bool:
    """Whether ``contact`` asked for releases in ``code``: by name, or, with no language given, the campaign's."""
    return code in contact.languages if contact.languages else code in own


def undrafted_notes(media: Sequence[MediaContact], media_file: str, batches: Sequence[Batch], chosen: Sequence[str],
                    campaign_dir: Path, out_dir: Path) -> list[Warning]:
    """For each contact who asked for a language in which some of their areas' releases were not drafted: which,
    that they are not sent them (in that language or any other), and how to draft them."""
    drafted: dict[str, set[str]] = {}
    for batch in batches:
        drafted.setdefault(batch.style.language.code, set()).update(batch.areas)
    notes = []
    translations = batches[0].campaign.translations if batches else ()
    for contact in media:
        for code in contact.languages:
            missing = [area for area in contact.covers if area in chosen and area not in drafted.get(code, ())]
            if not missing:
                continue
            name = next(p.language.english for p in PRESETS.values() if p.language.code == code)
            locale = next(preset for preset, p in PRESETS.items() if p.language.code == code)
            many = len(missing) > 1 or code not in drafted
            what = (f"no release was drafted in {name}, so none is sent to them in {name}" if code not in drafted
                    else f"the {_names(missing)} release{'s were' if many else ' was'} not drafted in {name}, so "
                    f"{'they are' if many else 'it is'} not sent to them in {name}")
            them = 'them' if many else 'it'
            scope = {t for lang, k, t in translations if (lang, k) == (code, "area")}  # areas_cy: [Wales]
            how = (f"add {them} to areas_{code} in campaign.yaml and draft again, or write en in the row's language "
                   "column" if scope and not scope & set(missing) else f"draft {them} into the same folder "
                   f"(drafter draft {campaign_dir} --locale {locale} --out {out_dir}), then run drafter send again")
            where = f"{media_file}, {row_word(media_file)} {contact.source.row}"  # a card by its first line
            notes.append(Warning("media", f"{where}: {contact.email} asks for releases in {name} ({code}), but "
                                 f"{what}; to send {them}, {how}"))
    return notes


def _names(areas: list[str]) -> str:
    """``Cheshire``, ``Cheshire and Cumbria``, ``Cheshire, Cumbria, … and 3 more``."""
    return name_list(areas, MAX_NAMED, and_word="and")
