"""Finding templates: a shipped template's name, or a path relative to the campaign folder."""

from __future__ import annotations

import difflib
import functools
import hashlib
import shutil
from pathlib import Path

from drafter.errors import TemplateError, UsageError
from drafter.model import SourceRef

TEMPLATE_FILE = "release.md.j2"
REFERENCE_DOCX = "reference.docx"
REFERENCE_CAMPAIGN = "helpline-rise"  # the reference campaign: its template prints the charity's own quotes
QUOTES_FILE = "quotes.yaml"
COPY_NOTE = ".as-copied"  # in a campaign's copy of a shipped template: each file's digest as drafter new copied it

# The kinds of measure a shipped template's sentences are written for, where it does not take every kind: its story's
# measures of any other kind are refused before anything is drafted (drafter.load.story.check_template_measures),
# since a weeks rate in league-table would read "Powys recorded 5.1 weeks. By number, that is the third highest …".
# Kinds: count, money (unit: GBP), percentage (unit: per cent), rate (kind: rate, any other unit), rate in its unit
# (change_in: unit). Each: the kinds it takes, and what it does, as its refusal says it.
TAKES: dict[str, tuple[tuple[str, ...], str]] = {
    "helpline-rise": (("count",), "counts the people who contacted a helpline"),
    "league-table": (("count",), "ranks counts and their rates per head"),
    "per-head": (("count",), "gives a count and its rate per head in one period"),
}
# The templates that word a change of a rate per head: a story measure that is a count with population: and per: is
# drafted as its rate in each period (drafter.compute.per_head), "rose from 95.3 to 101.2 fires per 100,000 dwellings".
RATES_PER_HEAD = ("rate-change",)


@functools.cache  # where drafter is installed does not change while it runs (each draft asks a dozen times)
def shipped_root() -> Path:
    """The shipped ``templates/`` folder: inside the installed package, or beside it in a checkout."""
    packaged = Path(__file__).resolve().parent / "_templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"


def shipped_names() -> list[str]:
    root = shipped_root()
    return sorted(p.name for p in root.iterdir() if (p / TEMPLATE_FILE).is_file())


def template_present(name: str, campaign_root: Path) -> bool:
    """Whether ``template:`` names something in the campaign folder or a shipped template; a name too long for the
    drive (an OSError from asking) is neither."""
    try:
        return (campaign_root / name).exists() or name in shipped_names()
    except OSError:
        return False


def story_templates() -> list[str]:
    """The shipped templates a campaign can start from: those with an example campaign (not the skeleton)."""
    return [name for name in shipped_names() if (shipped_root() / name / "example").is_dir()]


def resolve_template(name: str, campaign_root: Path, language: str = "en") -> Path:
    """The template file for ``template:`` in campaign.yaml; ``release.cy.md.j2`` beside it for Welsh."""
    candidate = campaign_root / name
    if candidate.is_dir():
        candidate = candidate / TEMPLATE_FILE
    if not candidate.is_file():
        shipped = shipped_root() / name / TEMPLATE_FILE
        if "/" not in name and "\\" not in name and shipped.is_file():
            candidate = shipped
    if candidate.is_file():
        variant = candidate.with_name(candidate.name.replace(".md.j2", f".{language}.md.j2"))
        if variant.is_file():
            return variant
        if language != "en":
            raise TemplateError(
                f"has no {language!r} variant", source=SourceRef("campaign.yaml", key="template"), field="template",
                value=name, expected=f"{variant.name} beside {candidate.name} for releases in that language")
        return candidate
    raise TemplateError("is not a shipped template or a template file", source=SourceRef("campaign.yaml",
                        key="template"), field="template", value=name, expected=template_hint(name))


def template_hint(name: str) -> str:
    """What ``template:`` should be, for a name that is no template: the shipped template nearest in spelling
    ("did you mean 'helpline-rise'?"), else all of them."""
    near = difflib.get_close_matches(name.strip("/\\").lower(), shipped_names(), n=1, cutoff=0.75)
    return f"did you mean {near[0]!r}?" if near else \
        "one of " + ", ".join(story_templates()) + f", or a folder holding {TEMPLATE_FILE}"


def example_folder(name: str) -> Path:
    folder = shipped_root() / name / "example"
    if not folder.is_dir():
        raise UsageError("is not a shipped template", field="--template", value=name,
                         expected="one of " + ", ".join(story_templates()) + "; drafter templates lists them")
    return folder


def template_files(name: str) -> list[Path]:
    """A shipped template's own files: ``release.md.j2`` and its language variants (``release.cy.md.j2``)."""
    folder = shipped_root() / name
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(".md.j2"))


def copy_template(name: str, folder: Path) -> list[str]:
    """Copy a shipped template's files into ``folder``, noting each one's digest in :data:`COPY_NOTE`, so that a
    later drafter tells a copy nobody has edited from one a person has (:func:`stale_copy`)."""
    names = []
    for item in template_files(name):
        shutil.copyfile(item, folder / item.name)
        names.append(item.name)
    (folder / COPY_NOTE).write_text("".join(f"{_digest(folder / n)} {n}\n" for n in names), encoding="utf-8")
    return names


def stale_copy(name: str, campaign_root: Path) -> str | None:
    """What to say of a campaign's copy of a shipped template that nobody has edited since ``drafter new`` made it,
    while drafter's own has changed since: the copy drafts, so newer wording would be lost unseen. None for a
    copy a person edited, one as drafter ships it now, or no copy."""
    folder, shipped = campaign_root / name, shipped_root() / name
    if "/" in name or "\\" in name or not (folder / COPY_NOTE).is_file() or not (shipped / TEMPLATE_FILE).is_file():
        return None
    noted = _noted(folder)
    if not _unedited(folder, noted):
        return None  # edited: the campaign's own
    if {p.name: _digest(p) for p in template_files(name)} == noted:
        return None
    return (f"{name}/ in the campaign folder is drafter's {name} template as drafter new copied it, unedited, and "
            f"drafter's own has changed since: delete the folder {name} to draft with drafter's own, or edit the "
            "copy to keep it as it is")


def measure_kinds(name: str, campaign_root: Path) -> tuple[tuple[str, ...], str] | None:
    """The kinds of measure ``template: name`` takes and what it does (:data:`TAKES`), where it is drafter's own
    template or a copy of it nobody has edited; None where it takes every kind, or is a template of the campaign's
    own (a person's edited copy may be written for other measures)."""
    folder = campaign_root / name
    if name not in TAKES or (folder.exists() and not ((noted := _noted(folder)) and _unedited(folder, noted))):
        return None
    return TAKES[name]


def _unedited(folder: Path, noted: dict[str, str]) -> bool:
    """Whether every file :data:`COPY_NOTE` notes in ``folder`` is as drafter new copied it."""
    return all((folder / file).is_file() and _digest(folder / file) == digest
                               for file, digest in noted.items())


def _noted(folder: Path) -> dict[str, str]:
    """Each file's digest as drafter new copied it into ``folder`` (:data:`COPY_NOTE`), by name; empty without one."""
    note = folder / COPY_NOTE
    if not note.is_file():
        return {}
    lines = note.read_text(encoding="utf-8", errors="replace").splitlines()
    return {file: digest for digest, _, file in (line.partition(" ") for line in lines) if file}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_media_file() -> Path:
    """The media.csv ``drafter new`` gives a campaign started from a story template: the column names only, for
    the press office's own newsdesks (an example's newsdesks are for its areas, not theirs)."""
    return shipped_root() / "base" / "media.csv"


def new_quotes_file() -> Path:
    """The quotes.yaml ``drafter new`` gives a campaign started from a story template: comments that say how to
    add a quote, and no quote (so none of an example's quotes, naming its charity and its areas, can reach a
    release of the new campaign)."""
    return shipped_root() / "base" / QUOTES_FILE


def template_description(name: str) -> str:
    """The one paragraph a shipped template's ``about.txt`` gives: what story it tells."""
    about = shipped_root() / name / "about.txt"
    return " ".join(about.read_text(encoding="utf-8").split()) if about.is_file() else ""


def reference_docx() -> Path:
    return shipped_root() / REFERENCE_DOCX
