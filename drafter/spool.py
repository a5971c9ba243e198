"""Pass 1's record of each area, kept on disk so a batch's memory does not grow with its areas.

For every area pass 1 drafts, the main process appends one line: the files it staged and its row of the
reviewer pack. Pass 2 reads the lines back: the main process to rename the staged files into place, and
(alongside, in a worker when there are any) the reviewer pack's builder, once per format of the pack; then
the record is removed. It lives in the output folder under the
temporary-file prefix, so a failed or killed batch's record goes with its staged files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from drafter.output import TEMP_PREFIX, Staged
from drafter.review import ReviewRow


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
