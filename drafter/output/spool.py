"""Pass 1's record of each area, and each release's summary, kept on disk so a batch's memory does not grow
with its areas.

For every area pass 1 drafts, the main process appends one line: the files it staged and its row of the
reviewer pack. Pass 2 reads the lines back: the main process to rename the staged files into place, and
(alongside, in a worker when there are any) the reviewer pack's builder, once per format of the pack; then
the record is removed. It lives in the output folder under the
temporary-file prefix, so a failed or killed batch's record goes with its staged files.
"""

from __future__ import annotations

import json
import os
import tempfile
import weakref
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import overload

from drafter.errors import OutputError
from drafter.model import SourceRef
from drafter.output.files import TEMP_PREFIX, Staged
from drafter.reports.review import ReviewRow


@dataclass(frozen=True, slots=True)
class Summary:
    """What a batch's result keeps of each release (all else goes to disk)."""

    area: str
    slug: str
    language: str
    headline: str


class Summaries(Sequence[Summary]):
    """Each release's summary in drafting order, appended during pass 1 and read back as a sequence.

    Held in an unnamed temporary file in the output folder (gone when this is, or when the process ends),
    with only the end of each summary in memory: at 10,000 areas the summaries were the largest thing a batch
    held after its campaign. The draft command reads the first few; the reviewer pack lists them all.
    """

    def __init__(self, out_dir: Path) -> None:
        self._folder = out_dir
        self._ends = array("Q")
        try:
            self._file = tempfile.TemporaryFile(dir=out_dir, prefix=TEMP_PREFIX)  # noqa: SIM115 - see finalize
        except OSError as exc:
            raise _unwritable(out_dir, exc) from None
        weakref.finalize(self, self._file.close)

    def add(self, summary: Summary) -> None:
        line = json.dumps([summary.area, summary.slug, summary.language, summary.headline],
                          ensure_ascii=False).encode("utf-8") + b"\n"
        try:
            self._file.write(line)
        except OSError as exc:
            raise _unwritable(self._folder, exc) from None
        self._ends.append((self._ends[-1] if self._ends else 0) + len(line))

    def done(self) -> Summaries:
        """Every summary added: they can be read."""
        try:
            self._file.flush()
        except OSError as exc:
            raise _unwritable(self._folder, exc) from None
        return self

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> Summary: ...

    @overload
    def __getitem__(self, index: slice) -> list[Summary]: ...

    def __getitem__(self, index: int | slice) -> Summary | list[Summary]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = range(len(self))[index]  # negative from the end; IndexError past it
        start = self._ends[index - 1] if index else 0
        area, slug, language, headline = json.loads(os.pread(self._file.fileno(), self._ends[index] - start, start))
        return Summary(area, slug, language, headline)


def _unwritable(folder: Path, exc: OSError) -> OutputError:
    return OutputError(f"could not be written ({exc.strerror}); nothing has been changed",
                       source=SourceRef(str(folder)), expected="space and permission to write")


class Pass1Record:
    """Append-only while pass 1 runs (a context manager that closes it), then read as often as needed."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / f"{TEMP_PREFIX}pass1-{os.getpid()}"
        self._file = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 - closed by __exit__

    def __enter__(self) -> Pass1Record:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._file.close()

    @staticmethod
    def line(files: Sequence[Staged], review: ReviewRow) -> str:
        """One area's line, made where the area was drafted (a worker process, so the main one only writes)."""
        return json.dumps({"files": [[f.name, f.digest, f.area, f.temp] for f in files],
                           "review": [review.area, review.slug, review.headline, review.figures, review.quotes,
                                      review.warnings]}, ensure_ascii=False) + "\n"

    def add(self, line: str) -> None:
        self._file.write(line)

    def staged(self) -> Iterator[Staged]:
        for line in _lines(self.path):
            for name, digest, area, temp in line["files"]:
                yield Staged(name, digest, area, temp)

    def reviews(self) -> Iterator[ReviewRow]:
        return reviews(self.path)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def reviews(path: Path) -> Iterator[ReviewRow]:
    """The reviewer rows of the record at ``path``, in area order (a worker process reads them by path)."""
    for line in _lines(path):
        area, slug, headline, figures, quotes, warnings = line["review"]
        yield ReviewRow(area, slug, headline, tuple(figures), tuple(quotes), tuple(warnings))


def _lines(path: Path) -> Iterator[dict[str, list]]:  # type: ignore[type-arg]
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)
