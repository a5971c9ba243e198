"""Who gets what: each release drafted in the output folder, matched to the media list and the send log.

A recipient gets an area's release in each language they asked for, once. When the release has changed since
a recipient had it (its version, the SHA-256 of its Markdown, differs from the send log's), they get a
correction, and only they do: a correction goes to exactly the earlier recipients of that area and language,
from the log, even those since taken off the media list. Before anything is built, every release with
someone to go to must be sendable (:func:`refuse_unsendable`): each release that is not is refused, and the plan
names every refused release and why, not only the first (a dry run lists them all; a send sends nothing).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.batch import Batch, prepare_languages, releases
from drafter.document import HEADLINE_STYLE, escape_markdown, parse_markdown, to_markdown
from drafter.errors import SendError, how_many
from drafter.fileio import file_digest, kind
from drafter.load.media import load_media, media_name, missing
from drafter.load.media_areas import LeftOut
from drafter.load.media_warnings import nobody_covers, not_chosen
from drafter.model import Block, Release, SourceRef, Warning
from drafter.output.files import DRAFT_FLAG
from drafter.output.manifest import Manifest, load_manifest
from drafter.reports.changes import AreaChanges, changes_since_last_draft
from drafter.reports.check import Finding, check_files
from drafter.reports.check_read import Unreadable, read_edited
from drafter.reports.facts import facts_csv
from drafter.send.languages import drafted_elsewhere, undrafted_notes, wants
from drafter.send.log import LOG, Sent, latest, read_log, version_folder
from drafter.style.typed import flat

_NOT_SENT = ("header", "footer", "comment")  # the letterhead's header and footer, and Word's comments
CHECKED = ("docx", "md", "txt")  # the drafted file `drafter check` reads for a release, the first there is


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str
    outlet: str
    attach: str  # "docx", "pdf" or "body"
    source: SourceRef  # their row in media.csv, or in the send log
    why: str = ""  # why they get it, where the list says only where they are: "its County is Cheshire"


@dataclass(frozen=True)
class Outgoing:
    """One message to build: a release (or a correction of one) for one recipient."""

    recipient: Recipient
    release: Release
    batch: Batch
    language: str  # "en", "cy"
    version: str
    file: str  # the drafted file attached, or "" for the release in the message only
    earlier: Sent | None = None  # for a correction: the message it corrects
    changes: AreaChanges | None = None

    @property
    def kind(self) -> str:
        return "correction" if self.earlier else "release"


@dataclass(frozen=True)
class Plan:
    outgoing: tuple[Outgoing, ...]
    already: int  # messages the log says were sent of the current versions
    log: tuple[Sent, ...]
    notes: tuple[Warning, ...]  # contacts who get nothing, and why
    refused: tuple[tuple[tuple[str, str], SendError], ...] = ()  # (area, language) → why it may not be sent
    left_out: tuple[LeftOut, ...] = ()  # contacts for areas the campaign does not cover, sent nothing

    def why_refused(self, out: Outgoing) -> SendError | None:
        """Why ``out``'s release may not be sent, or None."""
        return next((why for key, why in self.refused if key == (out.release.area, out.language)), None)


def version_of(release: Release) -> str:
    return hashlib.sha256(to_markdown(release.blocks).encode("utf-8")).hexdigest()


def version_files(release: Release) -> dict[str, bytes]:
    """What is kept of a release as sent, under its drafted names, for a later correction to compare with."""
    return {f"{release.slug}.md": to_markdown(release.blocks).encode("utf-8"),
            f"{release.slug}.facts.csv": facts_csv(release.facts)}


def make_plan(campaign_dir: Path, out_dir: Path, *, today: dt.date, areas: Sequence[str] = ()) -> Plan:
    """Every message to send now (of ``areas``' releases, or all), checked sendable; raises before anything is
    built or sent."""
    batches = prepare_languages(campaign_dir, areas)
    campaign = batches[0].campaign
    media_file = media_name(campaign_dir)
    if kind(campaign_dir / media_file) is None:
        raise missing(campaign_dir)
    read_as: list[Warning] = []  # a media list saved by Excel as plain CSV
    left_out: list[LeftOut] = []
    media = load_media(campaign_dir / media_file, media_file, campaign.areas, read_as, left_out)
    manifest = load_manifest(out_dir)
    if not manifest:
        raise SendError("has no releases drafted in it", source=SourceRef(str(out_dir)), field="--out",
                        expected=f"the folder drafter draft wrote: drafter draft {campaign_dir} --out {out_dir}")
    log = read_log(out_dir)
    last = latest(log)
    barred = {e.lower() for gone in left_out if gone.reason for e in gone.emails}  # "Do Not Contact": no correction
    own = {batch.style.language.code for batch in batches}
    elsewhere = drafted_elsewhere(batches, out_dir, manifest, campaign_dir, areas)  # --locale cy_GB's releases
    batches += elsewhere
    drafts = {b.style.language.code: f"drafter draft {campaign_dir} --locale {b.style.locale}" for b in elsewhere}
    redraft = {code: f"{command} --out {out_dir}" for code, command in drafts.items()}  # how such a release out of
    # date is drafted again
    notes = read_as + not_chosen(((c.email, c.covers) for c in media), campaign.draft_areas, media_file) \
        + nobody_covers({area for contact in media for area in contact.covers}, batches[0].areas, media_file) \
        + undrafted_notes(media, media_file, batches, batches[0].areas, campaign_dir, out_dir)
    outgoing: list[Outgoing] = []
    to_check: dict[Path, tuple[str, str]] = {}  # each release's drafted file that drafter check reads
    refused: dict[tuple[str, str], SendError] = {}
    order: list[tuple[str, str]] = []  # each release due, in the order of the releases
    already = 0
    for batch in batches:
        code = batch.style.language.code
        for drafted in releases(batch):
            release = as_edited(drafted, out_dir, manifest)
            wanted = [c for c in media if release.area in c.covers and wants(c, code, own)]
            version = version_of(release)
            mine: list[Outgoing] = []
            keys = set()
            for contact in wanted:
                recipient = Recipient(contact.email, contact.name, contact.outlet, contact.attach, contact.source,
                                      contact.why)
                keys.add(contact.email.lower())
                earlier = last.get((contact.email.lower(), release.area, code))
                if earlier is not None and earlier.version == version:
                    already += 1
                    continue
                mine.append(_outgoing(recipient, release, batch, code, version, earlier, out_dir))
            keys |= barred
            for (email, area, language), earlier in sorted(last.items()):  # earlier recipients now off the list
                if (area, language) == (release.area, code) and email not in keys and earlier.version != version:
                    attach = earlier.file.rpartition(".")[2] if earlier.file else "body"
                    recipient = Recipient(earlier.email, earlier.name, earlier.outlet, attach, SourceRef(LOG))
                    mine.append(_outgoing(recipient, release, batch, code, version, earlier, out_dir))
            if mine:
                order.append((release.area, code))
                try:
                    to_check[refuse_unsendable(out_dir, release, manifest, mine, today, drafts.get(
                        code, f"drafter draft {campaign_dir}"))] = (release.area, code)
                except SendError as why:
                    refused[(release.area, code)] = why
                outgoing.extend(mine)
            elif release is not drafted and any((a, lang) == (release.area, code) for _, a, lang in last):
                # edited in Word and sent as it stands: still held to today's figures, so that one corrected since
                # (the redraft skips an edited file) is refused, not passed over as sent: its newsdesks are owed it
                order.append((release.area, code))
                to_check[out_dir / _checked_name(release, manifest)] = (release.area, code)
    if to_check:
        found, by_hand = refuse_findings(campaign_dir, list(to_check), {
            path: redraft[code] for path, (_, code) in to_check.items() if code in redraft})
        refused |= {to_check.get(path, (path.name, "")): why for path, why in found}  # a file not asked for too
        notes.extend(Warning("check", f.line()) for f in by_hand)
    # an area's release in each language together (a newsdesk that asked for both gets them one after the other),
    # the areas in the campaign's order, the languages in campaign.yaml's
    places = {area: index for index, area in enumerate(batches[0].areas)}
    codes = {batch.style.language.code: index for index, batch in enumerate(batches)}
    order.sort(key=lambda key: (places.get(key[0], len(places)), codes.get(key[1], len(codes))))
    rank = {key: index for index, key in enumerate(order)}
    outgoing.sort(key=lambda out: rank[out.release.area, out.language])
    ranked = sorted(refused.items(), key=lambda item: rank.get(item[0], len(rank)))
    return Plan(tuple(outgoing), already, tuple(log), tuple(notes), tuple(ranked), tuple(left_out))


def as_edited(release: Release, out_dir: Path, manifest: Manifest) -> Release:
    """The release as a person edited it, if they did: each message's text (and a contact's who asked for the
    release in the message only) then says what the edited file says, paragraph by paragraph (the letterhead's
    header and footer and Word's comments left out), not what drafter drafted. A file that cannot be read is
    left to :func:`refuse_findings` to refuse."""
    name = _checked_name(release, manifest)
    if not name or kind(out_dir / name) != "file" or manifest[name].get("area") != release.area:
        return release
    path = out_dir / name
    if file_digest(path, SourceRef(str(path)), SendError) == manifest[name].get("sha256"):
        return release
    try:
        edited = read_edited(path)
    except Unreadable:
        return release
    drafted = {flat(text): block for block in release.blocks if block.table is None and block.chart is None
               for text in (block.text, block.text.removeprefix(block.marker))}  # Word numbers a list itself
    kept = [para.text for para in edited.paragraphs
            if para.text.strip() and not (para.comment or para.anchor or para.where.startswith(_NOT_SENT))]
    # a paragraph as drafted keeps its look (the headline's, the embargo line's); another is plain, but for new
    # words where the headline was, before any paragraph drafter wrote after it: the headline, in other words
    first = next((i for i, block in enumerate(release.blocks) if block.style == HEADLINE_STYLE), 0)
    opening = {flat(block.text) for block in release.blocks[:first + 1]}  # the embargo line and the headline
    retitled = flat(release.headline) not in kept
    reworded = _reworded(release.blocks, kept)
    blocks: list[Block] = []
    for index, text in enumerate(kept):
        new = [drafted[text]] if text in drafted else parse_markdown(escape_markdown(text) + "\n", SourceRef(name))
        if index in reworded and len(new) == 1:  # keeps the look of the paragraph it rewords (a numbered note)
            new = [dataclasses.replace(reworded[index], inlines=new[0].inlines)]
        if retitled and text not in drafted and all(flat(b.text) in opening for b in blocks):
            new, retitled = [dataclasses.replace(new[0], kind="heading", style=HEADLINE_STYLE, level=1)], False
        retitled = retitled and (text not in drafted or text in opening)
        blocks.extend(new)
    title = next((b.text for b in blocks if b.style == HEADLINE_STYLE), release.headline)
    return dataclasses.replace(release, blocks=tuple(blocks), headline=title)


def _checked_name(release: Release, manifest: Manifest) -> str:
    """The release's drafted file that ``drafter check`` reads (Word, else Markdown, else text), or ""."""
    return next((f"{release.slug}.{ext}" for ext in CHECKED if f"{release.slug}.{ext}" in manifest), "")


def _reworded(drafted: Sequence[Block], kept: list[str]) -> dict[int, Block]:
    """Each edited paragraph that stands, one for one, where a drafted paragraph was (the same paragraphs before
    and after it), by its place in ``kept``, with the drafted block whose look (style, list number) it keeps."""
    own = [block for block in drafted if block.table is None and block.chart is None]
    texts = [flat(block.text.removeprefix(block.marker)) for block in own]
    found: dict[int, Block] = {}
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, texts, kept, autojunk=False).get_opcodes():
        if op == "replace" and i2 - i1 == j2 - j1:
            found |= {j1 + k: own[i1 + k] for k in range(j2 - j1)}
    return found


def _outgoing(recipient: Recipient, release: Release, batch: Batch, language: str, version: str,
              earlier: Sent | None, out_dir: Path) -> Outgoing:
    file = "" if recipient.attach == "body" else f"{release.slug}.{recipient.attach}"
    changes = None
    if earlier is not None:
        found = changes_since_last_draft(version_folder(out_dir, earlier.version), [release], batch.campaign,
                                         batch.style)  # in the release's language
        changes = found[0] if found else AreaChanges(release.area, (), (), (), language)
    return Outgoing(recipient, release, batch, language, version, file, earlier, changes)


def refuse_unsendable(out_dir: Path, release: Release, manifest: Manifest, outgoing: list[Outgoing],
                      today: dt.date, draft: str = "drafter draft") -> Path:
    """Refuse a release that is not as drafter drafted it: a file to attach that was not drafted, was drafted
    with unapproved quotes or (a PDF, which check cannot read) changed since; a quote that is no longer
    approved or has expired today. Returns the drafted file :func:`refuse_findings` is to check. ``draft``: the
    command that drafts the release, less its format and folder (``drafter draft my-campaign --locale cy_GB``
    for a release drafted with ``--locale``)."""
    for name in sorted({o.file for o in outgoing if o.file}):
        _refuse_file(out_dir, name, release, manifest, checked=name.endswith(CHECKED), draft=draft)
    checked = _checked_name(release, manifest)
    if not checked:
        raise SendError(f"no Word, Markdown or text file of the {release.area} release was drafted, so it cannot "
                        "be checked", source=SourceRef(str(out_dir)), field="--out",
                        expected="drafter draft with --format docx (the default)")
    _refuse_file(out_dir, checked, release, manifest, checked=True, draft=draft)
    quotes = {quote.id: quote for quote in outgoing[0].batch.campaign.quotes}
    for quote_id in release.quotes_used:
        quote = quotes[quote_id]
        if quote.status != "approved":
            raise SendError(f"quote {quote_id!r} in the {release.area} release is {quote.status}, not approved",
                            source=quote.source, expected="only approved quotes in a release that is sent")
        if quote.expires_on is not None and quote.expires_on < today:
            raise SendError(f"quote {quote_id!r} in the {release.area} release expired on "
                            f"{quote.expires_on.isoformat()}, so the release cannot be sent today",
                            source=quote.source, expected="a quote approved for longer (drafter quotes approve), "
                            "then drafter draft again")
    return out_dir / checked


def refuse_findings(campaign_dir: Path, files: list[Path], redraft: dict[Path, str] | None = None
                    ) -> tuple[list[tuple[Path, SendError]], tuple[Finding, ...]]:
    """Refuse each release to be sent that has check findings (an edited release that checks clean may be sent),
    or that check cannot read: each such file with why. Also returns what check lists to check by hand, which
    does not stop the sending. ``redraft``: the command that drafts a file again, where it is not plain
    ``drafter draft`` (a release drafted with ``--locale``)."""
    result = check_files(campaign_dir, files)
    refused: dict[Path, SendError] = {}
    by_file: dict[str, list[Finding]] = {}
    for finding in result.findings:
        by_file.setdefault(finding.file, []).append(finding)
    for name, findings in by_file.items():
        path = next((f for f in files if f.name == name), Path(name))
        others = len(findings) - 1
        more = f" (and {how_many(others, 'more finding')})" if others else ""
        refused[path] = SendError(f"is not sent: {findings[0].message}{more}", source=SourceRef(str(path)),
                                  expected="a release that checks clean: correct it, or draft it again"
                                  + (f" ({redraft[path]})" if redraft and path in redraft else "")
                                  + f"; drafter check {campaign_dir} {path} lists every finding")
    for name, why in result.skipped:
        path = next((f for f in files if f.name == name), Path(name))
        refused.setdefault(path, SendError(f"is not sent: drafter check cannot read it: {why}", source=SourceRef(
            str(path)), expected=None if "(expected " in why else "the release as drafter drafted it"))
    return list(refused.items()), result.by_hand


def _refuse_file(out_dir: Path, name: str, release: Release, manifest: Manifest, *, checked: bool,
                 draft: str = "drafter draft") -> None:
    entry = manifest.get(name)
    path = out_dir / name
    extension = name.rpartition(".")[2]
    command = f"{draft} --format {extension} --out {out_dir}"  # into the same folder, in the release's language
    if entry is not None and entry.get("area") == release.area and kind(path) is None:  # deleted since
        raise SendError(f"was drafted but is no longer in the folder, and the media list asks for the {release.area} "
                        f"release as {extension.upper()}", source=SourceRef(str(path)),
                        expected=f"the release drafted into the same folder again: {command}; or "
                        f"{release.area} taken out of media.csv so that nobody is sent it")
    if entry is None or entry.get("area") != release.area or kind(path) != "file":
        raise SendError(f"was not drafted, and the media list asks for the {release.area} release as "
                        f"{extension.upper()}", source=SourceRef(str(path)),
                        expected=f"the release drafted into the same folder first: {command}")
    if entry.get("draft") == DRAFT_FLAG:
        raise SendError("was drafted with quotes that are not approved (--draft-quotes), so it is a draft never to "
                        "be sent", source=SourceRef(str(path)),
                        expected="the quotes approved, then drafter draft again without --draft-quotes")
    if not checked and file_digest(path, SourceRef(str(path)), SendError) != entry.get("sha256"):
        raise SendError("has changed since drafter made it, and drafter cannot check a PDF",
                        source=SourceRef(str(path)), expected="drafter draft --format pdf again to make it afresh")

