"""Checking a release a person has edited (DOCX or Markdown) against the campaign's data and approved quotes.

Paragraphs still exactly as drafter would draft them are trusted; every other paragraph has its numbers,
percentages and number words matched against the facts of its area (a figure from another area's release
is named as such). Across the whole file: one figure at two rounding levels, approved quotes whose wording
changed or that may no longer be used, and house-style breaches the text shows on its face.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

from drafter.batch import Batch, prepare_languages
from drafter.document import parse_markdown
from drafter.errors import DrafterError, UsageError
from drafter.model import Release, SourceRef
from drafter.output.files import DRAFT_FLAG
from drafter.output.manifest import MANIFEST, load_manifest
from drafter.quotes.choose import refusal
from drafter.quotes.claims import find_claims, percent_matches
from drafter.style import wording

_WORDS = {w: Decimal(i) for i, w in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}
_WORD = re.compile(r"\b(" + "|".join(list(_WORDS)[1:]) + r")\b(?=\s+(?:people|person|per|of|more|fewer|times))",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    file: str
    area: str
    kind: str  # unknown_figure, other_area_figure, two_roundings, changed_quote, unusable_quote, style, draft
    text: str
    paragraph: str
    message: str


def check_files(campaign_dir: Path, files: Sequence[Path], area: str | None = None) -> list[Finding]:
    """Every finding in the given files; an empty list means the files check clean."""
    batches = prepare_languages(campaign_dir, drafts=True)  # a draft quote is reported, not a reason to stop
    rendered: dict[str, tuple[dict[str, Release], dict[str, str]]] = {}
    findings: list[Finding] = []
    for path in files:
        batch = _batch_for(path, batches)  # cheshire.cy.docx is checked against the Welsh release
        if batch.tag not in rendered:
            rendered[batch.tag] = _render_every_area(batch)
        releases, problems = rendered[batch.tag]
        which = _area_of(path, area, batch.campaign.areas)
        paragraphs = _paragraphs(path)
        banner = batch.style.furniture.draft_release
        if _drafted_as_draft(path) or banner in paragraphs[:1]:
            findings.append(Finding(path.name, which, "draft", banner, banner,
                                    "this release was drafted with quotes that are not approved "
                                    "(--draft-quotes): it is a draft, never to be sent"))
            paragraphs = [p for p in paragraphs if p != banner]
        checker = _FileCheck(path.name, which, paragraphs, releases, batch)
        if which in problems:
            findings.append(Finding(path.name, which, "style", "", "",
                                    f"the campaign no longer drafts for {which}: {problems[which]}"))
        findings.extend(checker.run())
    return findings


def _drafted_as_draft(path: Path) -> bool:
    """Whether the manifest beside ``path`` records it as a draft with unapproved quotes."""
    if not (path.parent / MANIFEST).is_file():
        return False
    return load_manifest(path.parent).get(path.name, {}).get("draft") == DRAFT_FLAG


def _batch_for(path: Path, batches: Sequence[Batch]) -> Batch:
    """The batch for a file's language: the tag before its extension in a bilingual campaign ("cy")."""
    tag = Path(path.stem).suffix.lstrip(".")
    return next((b for b in batches if b.tag and b.tag == tag), batches[0])


def _render_every_area(batch: Batch) -> tuple[dict[str, Release], dict[str, str]]:
    releases: dict[str, Release] = {}
    problems: dict[str, str] = {}
    for name in [a.name for a in batch.campaign.areas]:
        try:
            releases[name] = batch.renderer.render(batch.campaign, batch.campaign.area(name), batch.style,
                                                   drafts=batch.drafts)
        except DrafterError as exc:
            problems[name] = exc.line()
    return releases, problems


def findings_json(findings: Sequence[Finding]) -> str:
    return json.dumps([asdict(f) for f in findings], indent=2, ensure_ascii=False) + "\n"


def _paragraphs(path: Path) -> list[str]:
    if not path.is_file():
        raise UsageError("is not a file", field="FILE", value=str(path), expected="a drafted .docx or .md release")
    if path.suffix.lower() == ".docx":
        from drafter.writers.docx import read_docx

        try:
            return [text for _, text in read_docx(path).paragraphs if text.strip()]
        except Exception as exc:  # python-docx raises several types for a broken package
            raise UsageError(f"cannot be read as a Word document ({exc})", field="FILE", value=str(path),
                             expected="a .docx file") from None
    if path.suffix.lower() == ".md":
        text = path.read_text(encoding="utf-8-sig")
        return [b.text for b in parse_markdown(text, SourceRef(path.name))]
    raise UsageError("is not a .docx or .md file", field="FILE", value=str(path), expected="a drafted release")


def _area_of(path: Path, area: str | None, areas: Sequence[object]) -> str:
    names = [a.name for a in areas]  # type: ignore[attr-defined]
    if area:
        if area not in names:
            raise UsageError("is not an area in areas.csv", field="--area", value=area,
                             expected="one of " + ", ".join(names))
        return area
    if (path.parent / MANIFEST).is_file():
        entry = load_manifest(path.parent).get(path.name, {})
        if entry.get("area") in names:
            return str(entry["area"])
    if path.suffix.lower() == ".docx":
        from drafter.writers.docx import read_docx

        found = read_docx(path).area
        if found in names:
            return found
    raise UsageError("has no manifest entry or document property naming its area", field="FILE",
                     value=str(path), expected="--area NAME")


class _FileCheck:
    def __init__(self, file: str, area: str, paragraphs: list[str], releases: dict[str, Release],
                 batch: Batch) -> None:
        self.file, self.area, self.paragraphs = file, area, paragraphs
        self.releases, self.batch = releases, batch
        self.release = releases.get(area)
        self.own = [f for f in self.release.facts if f.area == area] if self.release else []
        self.own_all = list(self.release.facts) if self.release else []
        self.findings: list[Finding] = []

    def add(self, kind: str, text: str, paragraph: str, message: str) -> None:
        self.findings.append(Finding(self.file, self.area, kind, text, paragraph, message))

    def run(self) -> list[Finding]:
        fresh = {b.text for b in self.release.blocks} if self.release else set()
        edited = [p for p in self.paragraphs if p not in fresh]
        for paragraph in edited:
            self._figures(paragraph)
            self._sentence_start(paragraph)
        self._roundings()
        self._quotes()
        self._style()
        return self.findings

    def _figures(self, paragraph: str) -> None:
        for claim in find_claims(paragraph):
            if claim.kind == "percent":
                if not any(f.name.endswith(".percent") and percent_matches(claim, abs(f.value)) and
                           (claim.qualifier is not None or _digits(f.text) == _digits(claim.text))
                           for f in self.own_all):
                    self._unmatched(claim.text, paragraph, lambda f, c=claim: f.name.endswith(".percent") and
                                    c.qualifier is None and _digits(f.text) == _digits(c.text))
            elif claim.kind == "number":
                value = claim.value
                if not any(f.value == value for f in self.own_all if not f.name.endswith(".percent")):
                    self._unmatched(claim.text, paragraph, lambda f, v=value: not f.name.endswith(".percent")
                                    and f.value == v)
        for match in _WORD.finditer(paragraph):
            value = _WORDS[match.group(1).lower()]
            if not any(f.value == value for f in self.own_all):
                self._unmatched(match.group(1), paragraph, lambda f, v=value: f.value == v)

    def _unmatched(self, text: str, paragraph: str, same: object) -> None:
        others = sorted({f.area for r in self.releases.values() for f in r.facts
                         if f.area != self.area and same(f)})  # type: ignore[operator]
        if others:
            self.add("other_area_figure", text, paragraph,
                     f"{text!r} matches no fact of {self.area} but matches {', '.join(others)}: copied from "
                     "another area's release?")
        else:
            self.add("unknown_figure", text, paragraph, f"{text!r} matches no fact of {self.area}")

    def _roundings(self) -> None:
        shown: dict[Decimal, set[str]] = {}
        where: dict[str, str] = {}
        for paragraph in self.paragraphs:
            for claim in find_claims(paragraph):
                if claim.kind != "percent":
                    continue
                for fact in self.own_all:
                    if fact.name.endswith(".percent") and percent_matches(claim, abs(fact.value)):
                        shown.setdefault(fact.value, set()).add(claim.text)
                        where.setdefault(claim.text, paragraph)
        for texts in shown.values():
            if len({_normal(t) for t in texts}) > 1:
                ordered = sorted(texts)
                self.add("two_roundings", " / ".join(ordered), where[ordered[-1]],
                         f"one figure is given at two rounding levels: {', '.join(repr(t) for t in ordered)}")

    def _quotes(self) -> None:
        body = "\n".join(self.paragraphs)
        campaign = self.batch.campaign
        used = set(self.release.quotes_used) if self.release else set()
        for quote in campaign.quotes:
            present = [p for p in quote.paragraphs if p in body]
            if quote.id in used:
                for paragraph in quote.paragraphs:
                    if paragraph not in body:
                        near = difflib.get_close_matches(paragraph, self.paragraphs, n=1, cutoff=0.5)
                        self.add("changed_quote", paragraph, near[0] if near else "",
                                 f"approved quote {quote.id!r} has been changed: its wording no longer matches "
                                 "what was approved")
            if present:
                reason = refusal(quote, campaign.release_date)
                if reason:
                    self.add("unusable_quote", present[0], present[0], f"quote {quote.id!r} {reason}")

    def _sentence_start(self, paragraph: str) -> None:
        figure = wording.figure_starting_sentence(paragraph, self.batch.style)
        if figure and not re.match(r"^\d+\.\s", paragraph):
            self.add("style", figure, paragraph, "a sentence starts with a figure")

    def _style(self) -> None:
        style = self.batch.style
        for paragraph in self.paragraphs:
            if style.percent != "%" and re.search(r"\d\s*%", paragraph):
                self.add("style", "%", paragraph, f"'%' where the house style says {style.percent!r}")
        if style.ends not in self.paragraphs:
            self.add("style", style.ends, "", f"the {style.ends!r} line is missing")
        first = self.paragraphs[0] if self.paragraphs else ""
        if not (first.startswith(style.embargo_words) or first == style.no_embargo):
            self.add("style", "", first, "the release does not open with its embargo line")


def _digits(text: str) -> str:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return match.group(0).replace(",", "") if match else ""


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())
