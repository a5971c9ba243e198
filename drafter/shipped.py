"""Finding templates: a shipped template's name, or a path relative to the campaign folder."""

from __future__ import annotations

from pathlib import Path

from drafter.errors import TemplateError, UsageError
from drafter.model import SourceRef

TEMPLATE_FILE = "release.md.j2"
REFERENCE_DOCX = "reference.docx"
REFERENCE_CAMPAIGN = "helpline-rise"  # the reference campaign: its template prints the charity's own quotes
QUOTES_FILE = "quotes.yaml"


def shipped_root() -> Path:
    """The shipped ``templates/`` folder: inside the installed package, or beside it in a checkout."""
    packaged = Path(__file__).resolve().parent / "_templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"


def shipped_names() -> list[str]:
    root = shipped_root()
    return sorted(p.name for p in root.iterdir() if (p / TEMPLATE_FILE).is_file())


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
    raise TemplateError(
        "is not a shipped template or a template file", source=SourceRef("campaign.yaml", key="template"),
        field="template", value=name,
        expected="one of " + ", ".join(shipped_names()) + f", or a folder holding {TEMPLATE_FILE}",
    )


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
