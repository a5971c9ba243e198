"""Writing files safely: atomic renames, a manifest of what drafter wrote, and never overwriting an edit.

A run writes each file under a temporary name in its own staging folder inside the output folder
(:class:`Staging`, ``.drafter-tmp-<random>``) while the batch is still being validated, and renames them into
place only once every area has drafted (:func:`write_files`), so a failed batch leaves nothing and a killed
one leaves every file old or new, never truncated; the next run removes what a killed one left. The manifest
(``drafter-manifest.json``, :mod:`drafter.output.manifest`) records each file's hash; a file whose bytes no
longer match was edited by a person and is skipped unless ``force``; a file drafter did not write is never
touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import secrets
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from drafter.errors import OutputError
from drafter.fileio import holding_program, kind, open_for_append
from drafter.model import SourceRef
from drafter.output.copies import Copy, copies
from drafter.output.decide import (
    PLACED,
    REWRITTEN,
    case_twin,
    case_twins,
    decide,
    decide_again,
    identity,
    refuse_read_only,
    safe_target,
)
from drafter.output.durable import (
    TEMP_PREFIX,
    discard_staged,
    keep_copy,
    sync_file,
    sync_folder,
    sync_paths,
    write_atomic,
)
from drafter.output.folders import make_folder_like, make_output_folder
from drafter.output.lock import OutputLock
from drafter.output.manifest import (
    JOURNAL,
    MANIFEST,
    Manifest,
    load_manifest,
    manifest_json,
    read_campaign,
    read_own,
    refuse_special,
)
from drafter.output.opened import replace
from drafter.output.owner import Owner, refuse_another
from drafter.output.paths import STAGING_TOKEN
from drafter.output.problems import cannot_write, moved_away

UNCHANGED = "; nothing has been changed"
DRAFT_FLAG = "unapproved quotes"  # the manifest's mark on a release drafted with --draft-quotes


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped_edited: list[str] = field(default_factory=list)
    skipped_foreign: list[str] = field(default_factory=list)
    skipped_read_only: list[str] = field(default_factory=list)  # made read-only by a person: left as it is
    skipped_case: list[tuple[str, str]] = field(default_factory=list)  # the name, and the file there whose name
    # differs from it in capitals only (Windows' same file)
    replaced_edited: list[tuple[str, str]] = field(default_factory=list)  # edited by a person, replaced with
    # --force: the name, and the name the edited file is kept under
    repaired: list[str] = field(default_factory=list)  # drafter's own write cut short by a power cut: written again
    emptied: list[str] = field(default_factory=list)  # drafter's release found empty (a sync program's): written again
    copies: list[Copy] = field(default_factory=list)  # a sync program's or a person's copy of a release beside it
    # (copies.py)
    no_manifest: bool = False  # the folder had no manifest (deleted, or never drafted into): drafter's earlier
    # releases that differ from this draft cannot be told from a person's files, so are among skipped_foreign


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Staged:
    """A file written in the staging folder, waiting to be renamed into place as ``name``."""

    name: str
    digest: str
    area: str
    draft: bool = False  # a release with unapproved quotes (--draft-quotes): flagged in the manifest


@dataclass(frozen=True)
class Staging:
    """One run's staging folder inside the output folder (:meth:`start`), where :meth:`stage` writes each
    file at its own name (``review/review.csv`` in a ``review`` folder), to be renamed into place from there.
    The run holds the folder's lock (:mod:`drafter.output.lock`) from :meth:`start` to :meth:`end`."""

    out_dir: Path
    folder: Path
    created: bool  # the run made the output folder, so a failed run removes it again
    lock: OutputLock
    owner: Owner | None = None  # the campaign drafting into the folder, recorded in its manifest

    @classmethod
    def start(cls, out_dir: Path, owner: Owner | None = None, take_over: bool = False) -> Staging:
        """Create the output folder if need be, take its lock, refuse a folder of another campaign (unless
        ``take_over``), remove what a killed run left, and make the staging folder."""
        created = make_output_folder(out_dir)
        folder = out_dir / f"{TEMP_PREFIX}{secrets.token_hex(STAGING_TOKEN)}"
        for attempt in range(3):
            try:
                lock = OutputLock.take(out_dir)
                break
            except OutputError:  # the folder gone while this run waited: a colleague's run made it, failed and
                if attempt == 2 or kind(out_dir) is not None:  # removed it, as a failed run removes a folder it made
                    raise
                created = make_output_folder(out_dir)
        try:
            if owner is not None:
                refuse_another(out_dir, owner, Owner.read(read_campaign(out_dir)), take_over)
            for own in (MANIFEST, JOURNAL):
                refuse_read_only(out_dir / own)
            discard_staged(out_dir)
            make_folder_like(folder, out_dir)
        except OutputError:
            lock.release()
            raise
        except OSError as exc:
            lock.release()
            raise moved_away(exc, out_dir, 0) or cannot_write(exc, out_dir, problem="cannot be written", field="--out",
                               expected="a folder you can write to", tried=folder) from None
        return cls(out_dir, folder, created, lock, owner)

    def stage(self, name: str, data: bytes | Iterable[bytes], area: str, *, draft: bool = False) -> Staged:
        """Write ``data`` (or its pieces, in order, as they come) to the staging folder as ``name``."""
        target = safe_target(self.out_dir, name)
        temp = self.folder / name
        digest = hashlib.sha256()
        try:
            if "/" in name and kind(temp.parent) is None:
                make_folder_like(temp.parent, self.out_dir)
            with open(temp, "xb") as handle:  # a new file in the run's own folder, made durable by write_files
                for piece in [data] if isinstance(data, bytes) else data:
                    handle.write(piece)
                    digest.update(piece)
        except OSError as exc:
            raise moved_away(exc, self.out_dir, 0) or cannot_write(exc, target, outcome=UNCHANGED, tried=temp) from None
        return Staged(name, digest.hexdigest(), area, draft)

    def end(self, failed: bool) -> None:
        """Remove the staging folder (and, after a failure, the output folder if this run made it), then let
        the next run in."""
        shutil.rmtree(self.folder, ignore_errors=True)
        if failed and self.created:
            with contextlib.suppress(OSError):
                (self.out_dir / "review").rmdir()
            self.lock.release()
            with contextlib.suppress(OSError):
                self.out_dir.rmdir()
            return
        self.lock.release()


def write_files(staging: Staging, files: Iterable[Staged], *, force: bool = False,
                on_file: Callable[[str], None] | None = None) -> WriteReport:
    """Rename staged files into the output folder under the manifest's protection, then save the manifest.

    What becomes of every file is settled first: a link, FIFO, device or folder where a release should go, or
    a release to be replaced that is open in a word processor, stops the batch before anything changes. If a
    rename fails part of the way all the same (Windows refusing to replace a file), the manifest is saved as things
    stand, so it stays true: the files before it are new, the rest as they were.
    """
    out_dir = staging.out_dir
    manifest = load_manifest(out_dir)
    campaign = staging.owner.record() if staging.owner else read_campaign(out_dir)
    twins = case_twins(out_dir)
    decisions = [(staged, *decide(out_dir, staged.name, staged.digest, manifest, force, twins))  # all before any change
                 for staged in files]
    placed = [staged for staged, decision, _ in decisions if decision in PLACED]
    _make_durable(staging, placed)
    report = WriteReport(no_manifest=kind(out_dir / MANIFEST) is None,
                         copies=copies(out_dir, twins.values(), {s.name: s.digest for s, _, _ in decisions}, manifest))
    journal_path = out_dir / JOURNAL
    refuse_special(journal_path)
    try:
        if (left := read_own(journal_path)) is not None:  # a killed run's, perhaps a colleague's: made this run's
            write_atomic(journal_path, left, outcome=UNCHANGED)
        fd = open_for_append(journal_path, SourceRef(str(journal_path)), OutputError)
    except OSError as exc:
        raise moved_away(exc, out_dir, 0) or cannot_write(exc, journal_path, outcome=UNCHANGED) from None
    try:
        with open(fd, "a", encoding="utf-8", closefd=True) as journal:
            # Every hash announced, durably, before any file is renamed, so whatever a power cut leaves, the next
            # run knows drafter's files, and its writes cut short, from a person's edits (an edit --force replaces
            # is announced on its own, just before: its broken copy would be the person's, not drafter's).
            journal.writelines(f"{s.name} {s.digest}\n" for s, d, _ in decisions if d in REWRITTEN)
            journal.flush()
            sync_file(journal.fileno())
            sync_folder(out_dir)
            for staged, decision, before in decisions:
                if decision in REWRITTEN:  # saved over by a person since it was decided? (decide.py)
                    decision = decide_again(out_dir / staged.name, staged.name, before, staged.digest,
                                            manifest) or decision
                if decision == "skipped_case":
                    report.skipped_case.append((staged.name, case_twin(staged.name, twins) or staged.name))
                else:
                    _put_in_place(staging, staged, decision, manifest, report, journal)
                if on_file:
                    on_file(staged.name)
    except (OutputError, OSError) as failure:
        if report.written:  # keep the manifest true about the files already in place
            with contextlib.suppress(OutputError, OSError):
                _sync_folders(out_dir, placed)
                write_atomic(out_dir / MANIFEST, manifest_json(manifest, campaign).encode("utf-8"))
                journal_path.unlink(missing_ok=True)
        elif left is None:  # this run's own journal, and nothing it announces was put in place: it goes too
            with contextlib.suppress(OSError):
                journal_path.unlink()
        if isinstance(failure, OutputError):
            raise
        raise moved_away(failure, out_dir, len(report.written)) or cannot_write(  # the journal itself: the drive
            failure, journal_path, outcome="; files written before it are intact" if report.written  # full, or gone
            else UNCHANGED) from None
    _sync_folders(out_dir, placed)
    write_atomic(out_dir / MANIFEST, manifest_json(manifest, campaign).encode("utf-8"), outcome=(
        "; the new files are in place, and the journal beside it names them, so drafter will know them as its own "
        "when it runs again" if report.written else UNCHANGED))
    journal_path.unlink(missing_ok=True)
    return report


def _sync_folders(out_dir: Path, placed: list[Staged]) -> None:
    """The renames made durable before the manifest says they were made: the output folder's, and review's."""
    for folder in sorted({(out_dir / staged.name).parent for staged in placed}):
        sync_folder(folder)


def _make_durable(staging: Staging, placed: list[Staged]) -> None:
    """Each file to be renamed into place made durable on the drive first, in one pass over the batch once every
    file is written, several at once (docs/safety.md says why: a file that stays as it was is never flushed,
    and flushes that wait together are served together)."""
    failed = sync_paths([staging.folder / staged.name for staged in placed])
    if failed:
        path, exc = failed
        raise moved_away(exc, staging.out_dir, 0) or cannot_write(
            exc, staging.out_dir / path.relative_to(staging.folder), tried=path, outcome=UNCHANGED) from None


def _put_in_place(staging: Staging, staged: Staged, decision: str, manifest: Manifest, report: WriteReport,
                  journal: TextIO) -> None:
    name, target = staged.name, staging.out_dir / staged.name
    if decision not in PLACED:
        getattr(report, decision).append(name)
        if decision == "unchanged":
            manifest[name] = _entry(staged)
        return
    try:
        if kind(target.parent) is None:
            make_folder_like(target.parent, staging.out_dir)
        if decision == "replaced_edited":  # the person's edit is kept beside it, under a name of its own
            journal.write(f"{name} {staged.digest}\n")  # announced before the file exists, as write_files does
            journal.flush()
            sync_file(journal.fileno())
            kept, copied = _free_name(target), identity(target)
            keep_copy(target, kept)  # the edit stays under its own name too until the draft replaces it
            if identity(target) != copied:  # saved again as it was copied: the person's save stays where it is
                kept.unlink()
                report.skipped_edited.append(name)
                return
            try:
                replace(staging.folder / name, target)
            except OSError:
                with contextlib.suppress(OSError):
                    kept.unlink()  # the edit is still in its place, as it was
                raise
            report.replaced_edited.append((name, kept.relative_to(staging.out_dir).as_posix()))
        else:
            replace(staging.folder / name, target)
            if decision in ("repaired", "emptied"):
                getattr(report, decision).append(name)
    except PermissionError as exc:  # Windows refuses to replace a file another program has open
        raise OutputError(
            f"could not be replaced ({exc.strerror}): it is probably open in another program; close it"
            f"{holding_program(target)} and run again (the files before it are new, it and the rest are as they were)",
            source=SourceRef(str(target)),
            expected=f"a {'file' if target.suffix.lower() == '.csv' else 'release'} no program has open") from None
    except OSError as exc:
        raise moved_away(exc, staging.out_dir, len(report.written)) or cannot_write(
            exc, target, outcome=f"; {_so_far(len(report.written))}") from None
    manifest[name] = _entry(staged)
    report.written.append(name)


def _so_far(written: int) -> str:
    """What stands when a file fails to go in place after ``written`` others did."""
    if not written:
        return "nothing has been changed"
    files = "1 file before it is" if written == 1 else f"{written:,} files before it are"
    return f"{files} the new draft, it and the rest are as they were, and none is half-written"


def _free_name(path: Path) -> Path:
    """Where to keep an edited file that --force replaces: ``cheshire.edited.docx`` (``.edited-2`` and on if
    taken). Slugs hold no dot, so no release is ever drafted under such a name."""
    names = (path.with_name(f"{path.stem}.edited{'' if n == 1 else f'-{n}'}{path.suffix}") for n in itertools.count(1))
    return next(kept for kept in names if kind(kept) is None)


def _entry(staged: Staged) -> dict[str, str]:
    """A file's manifest entry; a draft release's says so (``"draft": "unapproved quotes"``)."""
    entry = {"sha256": staged.digest, "area": staged.area}
    if staged.draft:
        entry["draft"] = DRAFT_FLAG
    return entry
