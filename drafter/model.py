"""Plain frozen dataclasses passed between the pipeline's stages.

load → :class:`Campaign` → compute → :class:`AreaFacts` → render → :class:`Release` → write.
Nothing here does I/O or formatting; every value read from a file keeps its :class:`SourceRef`.

The classes a campaign or a release holds thousands of (:class:`SourceRef`, :class:`Value`, :class:`Area`,
:class:`Fact`, :class:`Warning`, :class:`Inline`, :class:`Block`) have ``__slots__``: no ``__dict__`` per
object, which at 10,000 areas is several megabytes. The others keep a ``__dict__`` (:class:`Campaign` needs
one for its ``cached_property`` lookups).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Literal


@dataclass(frozen=True, order=True, slots=True)
class SourceRef:
    """Where a value came from: a file, and a row (CSV/XLSX, 1-based, header is row 1) or key path (YAML)."""

    file: str
    row: int | None = None
    column: str | None = None
    key: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f":{self.row}"
        elif self.line is not None:
            where += f":{self.line}"
        return where

    def cell(self) -> str:
        """The place as a reviewer reads it: ``figures.csv, row 3, column value``.

        Worked out on each call rather than cached: a campaign holds one SourceRef per figure, and a cached
        string on each would cost more memory than writing the fact sheets spends rebuilding it.
        """
        row, column, key = self.row, self.column, self.key
        if row is not None and column is not None and key is None:  # a figure's cell: the common case
            return f"{self.file}, row {row}, column {column}"
        where = self.file
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column}"
        if key is not None:
            where += f", key {key}"
        return where


MeasureKind = Literal["count", "rate"]


@dataclass(frozen=True)
class Measure:
    id: str
    label: str
    unit: str
    kind: MeasureKind
    source: SourceRef


@dataclass(frozen=True)
class Period:
    id: str
    start: dt.date
    end: dt.date
    source: SourceRef

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Area:
    name: str
    slug: str
    parent: str | None
    in_text: str
    extra: tuple[tuple[str, str], ...]  # equal ones shared between areas (drafter.load.areas)
    file: str
    row: int

    @property
    def source(self) -> SourceRef:
        """The area's row (made when asked for: a campaign holds thousands of areas, and few are ever cited)."""
        return SourceRef(self.file, row=self.row)


@dataclass(frozen=True, slots=True)
class Value:
    """One figure: an exact Decimal and the cells it came from (several when summed from children)."""

    amount: Decimal
    sources: tuple[SourceRef, ...]
    derived_from: tuple[str, ...] = ()  # child area names when the figure is a sum


FigureKey = tuple[str, str, str]  # (area, measure, period)


class Figures(Mapping[FigureKey, Value]):
    """Every figure of a campaign by (area, measure, period), held compactly and read like a dict.

    Each area has a run of places, one per (measure, period) in a fixed order; a place holds the figure's
    amount and the row it was read from in flat arrays, and its :class:`Value`, with its
    :class:`SourceRef`, is made when it is looked up. A whole count at exponent 0 is held as a machine
    integer, from which its Decimal comes back exactly (same digits, same exponent); any other amount makes
    the amounts a list that keeps each Decimal as parsed. Held as a Value, a SourceRef and a key each, the
    figures were most of the memory a 10,000-area campaign took. A sum drafter worked out for a parent is held
    as its total and its children; its sources, every child's cells, are gathered when it is looked up (the
    last few looked up are kept: a batch's releases keep asking for the same parents). Filled by the loader
    (:meth:`put`, :meth:`put_sum`, then :meth:`freeze`); never changed after.
    """

    __slots__ = ("_amounts", "_columns", "_index", "_keys", "_recent", "_rows", "_slot", "_sums", "file")
    RECENT_SUMS = 64

    def __init__(self, file: str, keys: Sequence[tuple[str, str]], columns: Sequence[str]) -> None:
        self.file = file
        self._keys = tuple(keys)  # (measure, period) of each place in an area's run
        self._slot = {key: index for index, key in enumerate(self._keys)}
        self._columns = tuple(columns)  # the column each place's figure is read from
        self._index: dict[str, int] = {}  # area → where its run starts
        self._amounts: array[int] | list[int | Decimal] = array("q")
        self._rows = array("I")  # 0: no figure in this place (rows count from 1)
        self._sums: dict[FigureKey, tuple[Decimal, tuple[str, ...]]] = {}  # key → total, child areas
        self._recent: dict[FigureKey, Value] = {}  # sums last looked up, the latest last

    def put(self, area: str, measure: str, period: str, amount: Decimal, row: int) -> None:
        start = self._index.get(area)
        if start is None:
            start = self._index[area] = len(self._rows)
            self._amounts.extend([0] * len(self._keys))
            self._rows.extend([0] * len(self._keys))
        place = start + self._slot[(measure, period)]
        if _machine_integer(amount):
            self._amounts[place] = int(amount)
        else:
            amounts: list[int | Decimal] = self._amounts if isinstance(self._amounts, list) else list(self._amounts)
            amounts[place] = amount
            self._amounts = amounts
        self._rows[place] = row

    def put_sum(self, key: FigureKey, total: Decimal, children: tuple[str, ...]) -> None:
        """``key``'s figure is ``total``, the sum of the same measure and period of each of ``children``."""
        self._sums[key] = (total, children)

    def freeze(self) -> Figures:
        self._recent.clear()
        return self

    def _place(self, key: FigureKey) -> int | None:
        start = self._index.get(key[0])
        slot = self._slot.get((key[1], key[2]))
        if start is None or slot is None or not self._rows[start + slot]:
            return None
        return start + slot

    def __getitem__(self, key: FigureKey) -> Value:
        place = self._place(key)
        if place is None:
            return self._sum(key)
        amount = self._amounts[place]
        source = SourceRef(self.file, row=self._rows[place], column=self._columns[place - self._index[key[0]]])
        return Value(amount if isinstance(amount, Decimal) else Decimal(amount), (source,))

    def amount(self, key: FigureKey) -> Decimal:
        """``self[key].amount``, without gathering a sum's sources."""
        place = self._place(key)
        if place is None:
            return self._sums[key][0]
        amount = self._amounts[place]
        return amount if isinstance(amount, Decimal) else Decimal(amount)

    def _sum(self, key: FigureKey) -> Value:
        value = self._recent.pop(key, None)
        if value is None:
            total, children = self._sums[key]
            _, measure, period = key
            sources = tuple(s for child in children for s in self[(child, measure, period)].sources)
            value = Value(total, sources, children)
            if len(self._recent) >= self.RECENT_SUMS:
                del self._recent[next(iter(self._recent))]
        self._recent[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple) or len(key) != 3:
            return False
        return self._place(key) is not None or key in self._sums

    def __iter__(self) -> Iterator[FigureKey]:
        for area, start in self._index.items():
            for slot, (measure, period) in enumerate(self._keys):
                if self._rows[start + slot]:
                    yield area, measure, period
        yield from self._sums

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _machine_integer(amount: Decimal) -> bool:
    """Whether ``amount`` is a whole number at exponent 0 that a signed 64-bit integer holds (then
    ``Decimal(int(amount))`` is ``amount``, digit for digit). "-0" is not: it would come back as "0"."""
    return amount.as_tuple().exponent == 0 and not amount.is_signed() and amount < 2**63


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    title: str
    organisation: str
    department: str
    attribution: str  # how the speaker is introduced, e.g. "from the North West Regional Organised Crime Unit"
    source: SourceRef
    translations: tuple[tuple[str, str, str], ...] = ()  # (language, "title"/"attribution", text): title_cy …

    def in_language(self, language: str) -> Speaker:
        """The speaker as a release in ``language`` introduces them: the Welsh title and attribution for
        Welsh releases (``title_cy``, ``attribution_cy``), else as written."""
        found = {key: text for lang, key, text in self.translations if lang == language}
        if not found:
            return self
        return dataclasses.replace(self, title=found.get("title", self.title),
                                   attribution=found.get("attribution", self.attribution))


QuoteStatus = Literal["draft", "approved", "withdrawn"]


@dataclass(frozen=True)
class Quote:
    id: str
    role: str
    speaker: str
    paragraphs: tuple[str, ...]
    areas: tuple[str, ...]  # area or parent names; "all" means every area
    status: QuoteStatus
    approved_by: str | None
    approved_on: dt.date | None
    expires_on: dt.date | None
    fingerprint: str | None
    source: SourceRef
    language: str = "en"  # the language the quote was approved in: "en" or "cy"


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str
    email: str
    out_of_hours: str


@dataclass(frozen=True)
class Campaign:
    root: str
    title: str
    organisation: str
    template: str
    locale: str
    style: str
    release_date: dt.date
    embargo: dt.datetime | None
    timezone: str
    measures: tuple[Measure, ...]
    periods: tuple[Period, ...]
    areas: tuple[Area, ...]
    draft_areas: tuple[str, ...]
    # every figure by (area, measure, period), held once; read it through figure_map(), never modify it
    figures: Mapping[tuple[str, str, str], Value] = field(hash=False)
    speakers: tuple[Speaker, ...]
    quotes: tuple[Quote, ...]
    contact: Contact
    about: str
    notes: tuple[str, ...]
    settings: tuple[tuple[str, str], ...] = ()
    source: SourceRef = field(default_factory=lambda: SourceRef("campaign.yaml"))
    sum_tolerance: Decimal = Decimal(0)  # how far a parent's given figure may differ from its areas' sum
    reference: str | None = None  # the organisation's letterhead DOCX, relative to the campaign folder
    languages: tuple[str, ...] = ("en_GB",)  # every release is published in each, at the same time
    disclosure_threshold: int | None = None  # counts below it are suppressed ("fewer than five")

    translations: tuple[tuple[str, str, str], ...] = ()  # (language, key, text): about and notes in Welsh

    def text_for(self, key: str, language: str) -> str:
        """Campaign text in a language: the Welsh ``about_cy`` for Welsh releases, else the main text."""
        if language == "en":
            return str(getattr(self, key, ""))
        return next((t for lang, k, t in self.translations if lang == language and k == key), "")

    def notes_for(self, language: str) -> tuple[str, ...]:
        if language == "en":
            return self.notes
        return tuple(t for lang, k, t in self.translations if lang == language and k == "notes")

    def measure(self, measure_id: str) -> Measure:
        return next(m for m in self.measures if m.id == measure_id)

    def period(self, period_id: str) -> Period:
        return next(p for p in self.periods if p.id == period_id)

    def area(self, name: str) -> Area:
        return self._areas_by_name[name]

    def figure_map(self) -> Mapping[tuple[str, str, str], Value]:
        """Figures by (area, measure, period), as loaded (the campaign's own mapping, not a copy)."""
        return self.figures

    def parents(self) -> dict[str, str | None]:
        """Area → parent name; built once per campaign (callers must not modify it)."""
        return self._parents

    @cached_property
    def _parents(self) -> dict[str, str | None]:
        return {a.name: a.parent for a in self.areas}

    def children(self, name: str) -> tuple[Area, ...]:
        return self._children.get(name, ())

    @cached_property
    def _areas_by_name(self) -> dict[str, Area]:
        return {a.name: a for a in self.areas}

    @cached_property
    def _children(self) -> dict[str, tuple[Area, ...]]:
        grouped: dict[str, list[Area]] = {}
        for area in self.areas:
            if area.parent:
                grouped.setdefault(area.parent, []).append(area)
        return {k: tuple(v) for k, v in grouped.items()}


Direction = Literal["up", "down", "same"]


@dataclass(frozen=True)
class Change:
    """A change between two periods of one measure in one area, exact and unformatted."""

    area: str
    measure: str
    old_period: str
    new_period: str
    old: Value
    new: Value
    difference: Decimal
    ratio: Decimal | None  # None when old is zero
    percent: Decimal | None  # exact (new − old) ÷ old × 100; None when old is zero
    direction: Direction
    kind: MeasureKind


@dataclass(frozen=True, slots=True)
class Fact:
    """A number as printed in a release, with its exact value, formula and source cells."""

    area: str
    name: str
    text: str
    value: Decimal
    formula: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True, slots=True)
class Warning:
    code: str
    message: str
    area: str | None = None


@dataclass(frozen=True, slots=True)
class Inline:
    text: str
    bold: bool = False
    italic: bool = False


BlockKind = Literal["heading", "paragraph", "list_item"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of a release: a kind, a named style and runs of text."""

    kind: BlockKind
    style: str
    inlines: tuple[Inline, ...]
    level: int = 0
    marker: str = ""  # "1." or "-" for list items
    page_break: bool = False  # start on a new page (the reviewer pack: one page per area)

    @property
    def text(self) -> str:
        body = "".join(i.text for i in self.inlines)
        return f"{self.marker} {body}" if self.marker else body


@dataclass(frozen=True)
class Release:
    area: str
    slug: str
    language: str
    headline: str
    blocks: tuple[Block, ...]
    facts: tuple[Fact, ...]
    quotes_used: tuple[str, ...]
    warnings: tuple[Warning, ...]
    organisation: str
    release_date: dt.date
