"""Checking releases a person has edited (Word, Markdown or text) against the release drafter drafts today.

For each file: which area and language it is for (``--area`` and ``--locale``, else the output folder's manifest,
the Word document's properties and the language tag in its name, else the language whose draft it is closest
to); the release drafted again; the two lined up word by word (:mod:`drafter.reports.check_align`) and every
item the edit touched judged against the facts (:mod:`drafter.reports.check_judge`); then the whole file:
tracked changes still pending, comments, approved quotes, the embargo and closing lines, a sentence that starts
with a figure. Files that are not releases (a Word lock file, a fact sheet, the reviewer pack) are skipped,
each with its reason.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from drafter.batch import Batch, Renderers, area_typed, campaign_reference, prepare_languages
from drafter.errors import DrafterError, how_many, possessive
from drafter.fileio import kind, loops
from drafter.load.text import slugify
from drafter.model import Release
from drafter.output.files import DRAFT_FLAG
from drafter.output.manifest import MANIFEST, Manifest, load_manifest
from drafter.reports.check_drafted import Drafted
from drafter.reports.check_facts import Universe
from drafter.reports.check_file import FileCheck
from drafter.reports.check_known import BY_HAND
from drafter.reports.check_read import READS, Edited, Unreadable, read_edited
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import tokens
from drafter.style.house import PRESETS
from drafter.writers.docx_package import read_language

__all__ = ["TO_CHECK", "CheckResult", "Finding", "check_files", "findings_json"]
TO_CHECK = "to check by hand: "  # before each line of what drafter cannot check against the data


@dataclass(frozen=True)
class Finding:
    file: str
    area: str
    kind: str  # wrong_figure, unknown_figure, wrong_band, wrong_direction, wrong_date, style, rounding, …
    paragraph: int  # its number in the file as read (1 is the first), 0 for the file as a whole
    paragraph_text: str  # its first words
    where: str  # "" in the body; "table 1, row 2, column 3", "header", "footnote 1"
    found: str
    expected: str
    fact: str  # "Cheshire contacts.before", as in the fact sheet (an id for programs); "" when no fact is behind it
    fact_words: str  # the same fact as a press officer knows it: "Cheshire's figure for people contacting …"
    source: str  # the cells the fact comes from
    message: str
    to_check_by_hand: bool = False  # not a finding: something drafter cannot check against the data

    def line(self) -> str:
        """The finding as `drafter check` prints it: file, area, paragraph (its number and first words), message;
        something to check by hand with "to check by hand: " before it."""
        where = f" ({self.where})" if self.where else ""
        place = f'paragraph {self.paragraph}{where} "{self.paragraph_text}": ' if self.paragraph else ""
        return f"{TO_CHECK if self.to_check_by_hand else ''}{self.file}: {self.area}: {place}{self.message}"


@dataclass(frozen=True)
class CheckResult:
    findings: tuple[Finding, ...]
    checked: tuple[str, ...]  # the files checked
    skipped: tuple[tuple[str, str], ...]  # (file, why it is not checked)
    by_hand: tuple[Finding, ...] = ()  # figures and years drafter cannot check against the data: not findings

    def summary(self) -> str:
        """ "2 findings in 6 files", "2 findings in 1 of 6 files" (the files with a finding, where others have
        none), or "6 files checked clean"; then "; 1 to check by hand" if any."""
        files, found = how_many(len(self.checked), "file"), how_many(len(self.findings), "finding")
        some = len({finding.file for finding in self.findings})
        where = f"{some} of {files}" if some < len(self.checked) else files
        done = f"{found} in {where}" if self.findings else f"{files} checked clean"
        return done + (f"; {len(self.by_hand)} to check by hand" if self.by_hand else "")


class _Drafts:
    """The campaign drafted again, once per language and area asked for."""

    def __init__(self, campaign_dir: Path, locale: str | None) -> None:
        self.campaign_dir = campaign_dir
        self.renderers: Renderers = {}  # each template compiled once, whichever languages are tried
        self.batches = prepare_languages(campaign_dir, locale=locale, drafts=True,  # a draft quote is a finding
                                         renderers=self.renderers)
        self.forced = locale is not None
        self.releases: dict[tuple[str, str], Release | str] = {}
        self.headers: list[str] | None = None
        self.read: dict[tuple[str, str], Drafted] = {}
        self.universes: dict[str, Universe] = {}
        self.chosen: dict[Path, str] = {}
        self.manifests: dict[Path, Manifest] = {}  # the language found for a folder's files

    def manifest(self, folder: Path) -> Manifest:
        """The manifest of a folder of releases, read once."""
        if folder not in self.manifests:
            self.manifests[folder] = load_manifest(folder) if (folder / MANIFEST).is_file() else {}
        return self.manifests[folder]

    def batch(self, locale: str) -> Batch:
        for batch in self.batches:
            if batch.style.locale == locale:
                return batch
        batch = prepare_languages(self.campaign_dir, locale=locale, drafts=True, campaign=self.batches[0].campaign,
                                  renderers=self.renderers)[0]
        self.batches.append(batch)
        return batch

    def release(self, batch: Batch, area: str) -> Release | str:
        """The release as drafted today, or why the campaign no longer drafts it."""
        key = (batch.style.name + batch.tag, area)
        if key not in self.releases:
            try:
                self.releases[key] = batch.renderer.render(batch.campaign, batch.campaign.area(area), batch.style,
                                                           drafts=batch.drafts)
            except DrafterError as exc:  # reported as a finding about this file, not as the command's error
                self.releases[key] = exc.line()
        return self.releases[key]

    def drafted(self, batch: Batch, release: Release) -> Drafted:
        """The release read as the check reads an edited one (with the letterhead's headers and footers)."""
        key = (batch.style.name + batch.tag, release.area)
        if key not in self.read:
            if self.headers is None:
                try:
                    paragraphs = read_edited(campaign_reference(batch.campaign)).paragraphs
                except (Unreadable, OSError):
                    paragraphs = ()
                self.headers = [p.text for p in paragraphs if p.where in ("header", "footer")]
            if key[0] not in self.universes:
                self.universes[key[0]] = Universe(batch)
            self.read[key] = Drafted(self.universes[key[0]], vocabulary(batch.style, any(
                m.change_in == "unit" for m in batch.campaign.measures)), release, self.headers)
        return self.read[key]


def check_files(campaign_dir: Path, files: Sequence[Path], area: str | None = None,
                locale: str | None = None) -> CheckResult:
    """Every finding in the given files, and the files skipped; no finding means the files check clean."""
    drafts = _Drafts(campaign_dir, locale)
    campaign = drafts.batches[0].campaign
    names = set(campaign.parents())
    area = area_typed(campaign, area) if area is not None else None  # "the north west", its code, its name_cy
    findings: list[Finding] = []
    checked: list[str] = []
    skipped: list[tuple[str, str]] = []
    for path in expand_files(files):
        opened = _open(path, area, names, drafts)
        if isinstance(opened, str):
            skipped.append((str(path), opened))
            continue
        edited, which = opened
        batch = _batch_for(path, edited, which, drafts)
        release = drafts.release(batch, which)
        checked.append(str(path))
        if isinstance(release, str):
            findings.append(Finding(path.name, which, "no_release", 0, "", "", "", "", "", "", "",
                                    f"the campaign no longer drafts a release for {which}: {release}"))
            continue
        banner = batch.style.furniture.draft_release
        manifest_entry = drafts.manifest(path.parent).get(path.name)
        if (isinstance(manifest_entry, dict) and manifest_entry.get("draft") == DRAFT_FLAG) or any(
                p.text == banner for p in edited.paragraphs[:1]):
            findings.append(Finding(path.name, which, "draft", 1, banner, "", banner, "", "", "", "",
                                    "this release was drafted with quotes that are not approved "
                                    "(--draft-quotes): it is a draft, never to be sent"))
        if edited.area and edited.area != which and area is None:
            findings.append(Finding(path.name, which, "wrong_area", 0, "", "", edited.area, which, "", "", "",
                                    f"the document's properties say it is {possessive(edited.area)} release, but "
                                    f"drafter wrote {path.name} for {which}: is it {possessive(edited.area)} release "
                                    f"saved under {possessive(which)} name? (it is checked as {possessive(which)})"))
        check = FileCheck(edited, drafts.drafted(batch, release), batch)
        for problem in check.run():
            paragraph = edited.paragraphs[problem.paragraph] if problem.paragraph >= 0 else None
            fact = problem.fact
            findings.append(Finding(
                path.name, which, problem.kind, problem.paragraph + 1, _first_words(paragraph.text) if paragraph
                else "", problem.where or (paragraph.where if paragraph else ""), problem.found, problem.expected,
                fact.id if fact else "", fact.what if fact else "", fact.source() if fact else "", problem.message,
                problem.kind in BY_HAND))
    return CheckResult(tuple(f for f in findings if not f.to_check_by_hand), tuple(checked), tuple(skipped),
                       tuple(f for f in findings if f.to_check_by_hand))


def expand_files(files: Sequence[Path]) -> list[Path]:
    """The files to check: a folder stands for every release in it (.docx, .md, .txt; not its subfolders), and a
    name with a wildcard for the files it matches, as Windows' PowerShell and Command Prompt leave ``out\\*.docx``
    for the program to expand. Anything else is kept as given, to be read or skipped with its reason."""
    found: list[Path] = []
    for path in files:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() in READS and not p.name.startswith("~$")
                            and not p.is_dir())
        elif not path.exists() and any(c in path.name for c in "*?[") and path.parent.is_dir():
            found += sorted(path.parent.glob(path.name)) or [path]
        else:
            found.append(path)
    return found


def _open(path: Path, area: str | None, names: set[str], drafts: _Drafts) -> tuple[Edited, str] | str:
    """The file read, and its area; or why it is skipped."""
    reason = _not_a_release(path)
    if reason is not None:
        return reason
    try:
        edited = read_edited(path)
    except Unreadable as exc:
        return str(exc)
    which = _area_of(path, area, names, edited.area, drafts)
    return (edited, which) if which else _no_area(path, drafts, edited.area)


def _not_a_release(path: Path) -> str | None:
    if path.name.startswith("~$"):
        return "a Word lock file (Word keeps one beside a document while it is open), not a release"
    if not path.exists():
        return "is a link that leads round in a loop, never to a file" if kind(path) == "link" and loops(path) \
            else "does not exist"
    if path.is_dir():
        return "is a folder"
    if path.suffix.lower() in (".doc", ".odt", ".rtf", ".docm"):  # a release saved in another word processor's format
        return f"is a {path.suffix.lower()} file: save it as a Word document (.docx) and check that"
    if path.suffix.lower() not in READS:
        return f"is not a release: check reads {', '.join(READS)} files"
    return None


def _no_area(path: Path, drafts: _Drafts, named: str) -> str:
    if gone := drafts.manifest(path.parent).get(path.name, {}).get("area"):
        return (f"is an earlier draft of {possessive(gone)} release, and {gone} is no longer one of the campaign's "
                f"areas (areas.csv): move it out of the folder so nobody sends it")
    if path.name in drafts.manifest(path.parent) or f"{path.parent.name}/{path.name}" in drafts.manifest(
            path.parent.parent):  # review/review.docx, in the output folder's manifest
        return "is not an area's release: drafter wrote it for the whole batch (the reviewer pack), not for one area"
    if named:
        return (f"is a release for {named}, which is not an area of this campaign (another campaign's release? give "
                "--area to check it as one of this campaign's)")
    return ("is not a release drafter drafted: no manifest entry, document property or file name names its area "
            "(give --area)")


def _area_of(path: Path, area: str | None, names: set[str], from_document: str, drafts: _Drafts) -> str | None:
    if area:
        return area
    entry = drafts.manifest(path.parent).get(path.name, {})
    if entry.get("area") in names:
        return str(entry["area"])
    return from_document if from_document in names else _named(path, drafts)


def _named(path: Path, drafts: _Drafts) -> str | None:
    """The area whose file name drafter gives the file, as it was or with words added ("cheshire.md",
    "cheshire.cy.md", "Cheshire FINAL.md"), the longest such name first; None if none does."""
    stem = slugify(path.name.split(".")[0].replace("_", " "))
    areas = sorted(drafts.batches[0].campaign.areas, key=lambda a: -len(a.slug))
    return next((a.name for a in areas if stem == a.slug or stem.startswith(a.slug + "-")), None)


def _batch_for(path: Path, edited: Edited, area: str, drafts: _Drafts) -> Batch:
    """The language the file was drafted in: --locale, the Word document's language, the language's code in the
    file's name (cheshire.cy.docx), else the campaign's language or preset whose draft it is closest to."""
    if drafts.forced:
        return drafts.batches[0]
    sibling = path.with_suffix(".docx")  # cheshire.md beside the cheshire.docx drafted with it
    language = edited.language or (read_language(sibling) if sibling != path and kind(sibling) == "file" else "")
    if language.replace("-", "_") in PRESETS:
        return drafts.batch(language.replace("-", "_"))
    tag = Path(path.stem).suffix.lstrip(".")
    tagged = [b for b in drafts.batches if b.tag and b.tag == tag]
    if tagged:
        return tagged[0]
    coded = [code for code, preset in PRESETS.items() if tag and preset.language.code == tag]  # --locale cy_GB's
    if len(coded) == 1:
        return drafts.batch(coded[0])
    edited_keys = {" ".join(t.norm for t in tokens(p.text)) for p in edited.paragraphs}
    best, score = drafts.batches[0], -1.0
    before = drafts.chosen.get(path.parent)  # files in one folder were drafted together: try its language first
    for locale in dict.fromkeys([*([before] if before else []), *(b.style.locale for b in drafts.batches), *PRESETS]):
        batch = drafts.batch(locale)
        release = drafts.release(batch, area)
        if isinstance(release, str):
            continue
        keys = {" ".join(t.norm for t in tokens(b.text)) for b in release.blocks}
        share = len(keys & edited_keys) / max(1, len(keys))
        if share > score:
            best, score = batch, share
        if share == 1 or (locale == before and share >= 0.9):
            break  # every paragraph as drafted in this language (or nearly, as its neighbours were)
    drafts.chosen[path.parent] = best.style.locale
    return best


def _first_words(text: str, count: int = 8) -> str:
    words = text.split(maxsplit=count)  # not the whole paragraph: it has a finding for each of its figures
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def findings_json(findings: Sequence[Finding], by_hand: Sequence[Finding] = ()) -> str:
    """The findings, then what is to check by hand (``"to_check_by_hand": true``), as one JSON list."""
    return json.dumps([asdict(f) for f in [*findings, *by_hand]], indent=2, ensure_ascii=False) + "\n"
