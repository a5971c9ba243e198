"""A batch's files held on disk between rendering and writing, so memory does not grow with the batch.

Pass 1 renders every release once and appends its files here; only when every area has drafted does pass 2
read them back, in the same order, and write them into the output folder. The spool is an unnamed temporary
file (in the system's temporary folder, ``TMPDIR``), gone when closed or when the process dies, so a failed
batch leaves nothing behind. It needs as much free space as the batch's files take.
"""

from __future__ import annotations

import struct
import tempfile
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import IO

_HEADER = struct.Struct("<III")  # lengths of name, area and data, each record's prefix


class Spool:
    """Append ``(name, bytes, area)`` triples; read them back in order with :meth:`files`."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="drafter-spool-")  # noqa: SIM115 - closed by close()
        self.count = 0

    def add(self, files: Iterable[tuple[str, bytes, str]]) -> None:
        for name, data, area in files:
            name_bytes, area_bytes = name.encode("utf-8"), area.encode("utf-8")
            self._file.write(_HEADER.pack(len(name_bytes), len(area_bytes), len(data)))
            self._file.write(name_bytes + area_bytes)
            self._file.write(data)
            self.count += 1

    def files(self) -> Iterator[tuple[str, bytes, str]]:
        """Every file added, in order (one at a time in memory)."""
        self._file.flush()
        self._file.seek(0)
        for _ in range(self.count):
            name_length, area_length, data_length = _HEADER.unpack(self._file.read(_HEADER.size))
            name = self._file.read(name_length).decode("utf-8")
            area = self._file.read(area_length).decode("utf-8")
            yield name, self._file.read(data_length), area

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()
