"""Plain frozen dataclasses passed between the pipeline's stages: load → :class:`Campaign` → compute → render →
:class:`Release` → write. Nothing here does I/O or formatting; every value read keeps its :class:`SourceRef`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Literal

from drafter.exhibits import Chart, ChartOption, Table, TableOption
from drafter.sources import SourceRef

# tables and charts (drafter.exhibits) and where a value came from (drafter.sources), re-exported
__all__ = ["Chart", "ChartOption", "SourceRef", "Table", "TableOption"]

MeasureKind = Literal["count", "rate"]  # this and the four below: the closed sets of words some fields take
ChangeIn = Literal["per cent", "unit"]  # change_in: a rate's changes in per cent, or in its own unit ("2.2 weeks")
QuoteStatus = Literal["draft", "approved", "withdrawn"]
Direction = Literal["up", "down", "same"]
BlockKind = Literal["heading", "paragraph", "list_item", "table", "chart"]


def is_currency_code(unit: str) -> bool:
    """Whether a measure's unit is written as a currency code (three capital letters: GBP, EUR, USD): its figures
    are money, which the house style, knowing every code, words as such, and disclosure control never hides."""
    return len(unit) == 3 and unit.isascii() and unit.isalpha() and unit.isupper()


@dataclass(frozen=True)
class Measure:
    """What is counted or measured (campaign.yaml ``measures:``): its label, unit and kind."""

    id: str
    label: str
    unit: str  # after a number: "people", "calls"; a currency code (GBP) for money; "per cent" for a percentage
    kind: MeasureKind
    source: SourceRef
    unit_one: str = ""  # after one: "person", "call" (empty: the same as unit)
    subject: str = ""  # what a story says changed, with {area} where the place goes: "calls to the line from {area}"
    plural: bool = False  # the subject takes a plural verb: "calls … rise" (False: "the number … rises")
    required: bool = True  # False: given for some areas only (templates ask has())
    population: str = ""  # the measure of people a rate per head divides by ("population")
    per: int = 0  # the rate per head is per this many people: 1000 → "12.4 calls per 1,000 people"
    translations: tuple[tuple[str, str, str], ...] = ()  # (language, key, text): unit_cy, subject_cy, …
    unit_given: bool = True  # False: campaign.yaml left unit out, and it is "people" (a warning says so)
    scale: int = 1  # figures_in: its figures are given in thousands (1000), millions or billions ("1.2" for 1,200,000)
    change_in: ChangeIn = "per cent"  # "unit": a rate's changes in its unit, "fell by 2.2 weeks" (a percentage: points)

    def words(self, key: str, language: str, *otherwise: str) -> str:
        """``label``, ``unit``, ``unit_one`` or ``subject`` in a language, else the first ``otherwise`` in it, or ""."""
        given = str(getattr(self, key)) if language == "en" else \
            next((t for lang, k, t in self.translations if (lang, k) == (language, key)), "")
        return given or next(filter(None, (self.words(k, language) for k in otherwise)), "")


@dataclass(frozen=True)
class Period:
    """A period the figures cover (campaign.yaml ``periods:``), first and last day included."""

    id: str
    start: dt.date
    end: dt.date
    source: SourceRef
    words: str = ""  # in English, as the releases write it ("April to September 2023"): messages name it so

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Area:
    """A row of areas.csv: the name, its slug for file names, its parent and how text names it."""

    name: str
    slug: str
    parent: str | None
    in_text: str
    extra: tuple[tuple[str, str], ...]  # (column, cell) of each extra column in areas.csv
    source: SourceRef
    some_areas: bool = False  # areas.csv lists only some of its areas (areas_listed: some): its figures are its own
    written: str = ""  # the area cell as areas.csv writes it, where another row gives the same name and drafter
    # tells them apart by parent or code ("Clay County" for "Clay County, Missouri"); else ""


@dataclass(frozen=True, slots=True)
class Value:
    """One figure: an exact Decimal and the cells it came from (several when summed from children)."""
    amount: Decimal
    sources: tuple[SourceRef, ...]
    derived_from: tuple[str, ...] = ()  # child area names when the figure is a sum
    marks: tuple[str, ...] = ()  # the publisher's marks beside it in its cell: "[note 3]", "r" (revised), "[u]"
    parts: tuple[Decimal, ...] = ()  # the cells' figures, in order, when it is their sum (a quarter's months)
    scale: int = 1  # the cell gave it in thousands (1000) or millions (figures_in): 1.2 for 1200000
    given: Decimal | None = None  # a rate as its cell gave it, before the house style rounded it (rate_places_max)
    worked: str = ""  # a rate per head drafter worked out: "38 ÷ 39874 × 100000 = 95.30… → 95.3"
    counted: Decimal | None = None  # that rate's count, the base its percentage change can be trusted to


FigureKey = tuple[str, str, str]  # (area, measure, period)


@dataclass(frozen=True, slots=True)
class Unavailable:
    """A figure the source marks as not available ("[c]", "..", "*"): worded as unavailable, never as a number."""

    marker: str  # as the file has it; for a parent, the marker of the area that makes its total unknown
    source: SourceRef
    because: str = ""  # for a parent's total: "Rutland's figure is not available"
    below: int | None = None  # a count the marker says is below this ("<5": 5); None: it says nothing of its size


@dataclass(frozen=True)
class Speaker:
    """A spokesperson from quotes.yaml, as a release introduces them."""

    id: str
    name: str
    title: str
    organisation: str
    department: str
    attribution: str  # how the speaker is introduced, e.g. "from the North West Regional Organised Crime Unit"
    source: SourceRef
    translations: tuple[tuple[str, str, str], ...] = ()  # (language, "title"/"attribution", text): title_cy …
    of: str = ""  # the organisation mid-sentence, where the attribution is drafter's own: the preset words it

    def in_language(self, language: str) -> Speaker:
        """The speaker as a release in ``language`` introduces them (Welsh: ``title_cy``, ``attribution_cy``)."""
        found = {key: text for lang, key, text in self.translations if lang == language}
        if not found:
            return self
        return dataclasses.replace(self, title=found.get("title", self.title), of="" if "attribution" in found else
                                   self.of, attribution=found.get("attribution", self.attribution))


@dataclass(frozen=True)
class Quote:
    """An approved (or draft, or withdrawn) quote from quotes.yaml, with its scope and approval."""

    id: str
    role: str
    speaker: str
    paragraphs: tuple[str, ...]
    areas: tuple[str, ...]  # area names, each meaning the area and every area in it; "all" means every area
    status: QuoteStatus
    approved_by: str | None
    approved_on: dt.date | None
    expires_on: dt.date | None
    fingerprint: str | None
    source: SourceRef
    language: str = "en"  # the language the quote was approved in: "en" or "cy"
    only: tuple[str, ...] = ()  # areas for whose own release only it is approved ("North West only")


@dataclass(frozen=True)
class Contact:
    """The media contact printed at the end of every release."""

    name: str
    phone: str
    email: str
    out_of_hours: str


@dataclass(frozen=True, slots=True)
class Warning:
    """Something a person should know that does not stop the batch (a small base, an optional quote)."""

    code: str
    message: str
    area: str | None = None


@dataclass(frozen=True)
class Campaign:
    """Everything a campaign folder holds, validated: the load stage's result."""

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
    figures: dict[FigureKey, Value] = field(hash=False)  # every figure, parents' sums included; never modified
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
    dateline: str = ""  # the place the dateline names ("Carlisle"); the date alone when empty
    label: str = ""  # "PRESS RELEASE": the label at the top of every page of the shipped letterhead
    story_measure: str = ""  # the measure the shipped templates' story is about (story.measure; default the first)
    story: tuple[tuple[str, str], ...] = ()  # (key, text): the story's sentences (rise, fall, background, …)
    story_measures: tuple[str, ...] = ()  # story.measures: the measures a release of several gives, in order
    unavailable: dict[FigureKey, Unavailable] = field(default_factory=dict, hash=False)  # "[c]", "..": no figure
    notices: tuple[Warning, ...] = ()  # what loading left out, one warning per kind (rows that are not areas, …)
    table: TableOption | None = None  # table: in campaign.yaml, for the shipped templates
    chart: ChartOption | None = None  # chart: in campaign.yaml
    translations: tuple[tuple[str, str, str], ...] = ()  # (language, key, text): about and notes in Welsh, …

    def text_for(self, key: str, language: str) -> str:
        """Campaign text in a language: Welsh ``about_cy`` for Welsh releases, else the main text (or ``en``'s)."""
        return str(getattr(self, key)) if language == "en" and hasattr(self, key) else next(
            (t for lang, k, t in self.translations if lang == language and k == key), "")

    def languages_for(self, area: str) -> tuple[str, ...]:
        """The languages (``en``, ``cy``) an area's release is published in: each of ``languages``, but one whose
        areas campaign.yaml names (``areas_cy: [Wales]``, kept as translations (``cy``, ``area``, name)) for those."""
        return tuple(dict.fromkeys(code[:2] for code in self.languages if area in (
            {t for lang, k, t in self.translations if lang == code[:2] and k == "area"} or {area})))

    def story_text(self, key: str, language: str) -> str:
        """One of the story's sentences (``story.rise`` …) in a language ("" when not given)."""
        return dict(self.story).get(key, "") if language == "en" else self.text_for(f"story.{key}", language)

    def notes_for(self, language: str) -> tuple[str, ...]:
        return self.notes if language == "en" else tuple(
            t for lang, k, t in self.translations if lang == language and k == "notes")

    def measure(self, measure_id: str) -> Measure:
        return next(m for m in self.measures if m.id == measure_id)

    def period(self, period_id: str) -> Period:
        return next(p for p in self.periods if p.id == period_id)

    def area(self, name: str) -> Area:
        return self._areas_by_name[name]

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
    unit: str = ""  # the measure's unit: a currency code (GBP) makes its figures and differences amounts
    change_in: ChangeIn = "per cent"  # the measure's change_in: "unit" gives a rate's change in it ("2.2 weeks")


@dataclass(frozen=True, slots=True)
class Fact:
    """A number as printed in a release, with its exact value, formula and source cells. A fact recorded only
    to decide the wording (a rank ``top()`` looks at to say "the lowest" rather than "the fifth highest") is
    not printed: ``text`` is then how it would read, and ``decides`` says what it decided."""

    area: str
    name: str
    text: str
    value: Decimal
    formula: str
    sources: tuple[SourceRef, ...]
    printed: bool = True
    decides: str = ""  # a fact not printed: the wording it decides ("whether it is the lowest")


@dataclass(frozen=True, slots=True)
class Inline:
    """A run of text in a paragraph, plain, bold or italic."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of a release: a kind, a named style and runs of text."""

    kind: BlockKind
    style: str
    inlines: tuple[Inline, ...]
    level: int = 0
    marker: str = ""  # "1." or "-" for list items
    page_break: bool = False  # start on a new page (the reviewer pack: one page per area)
    table: Table | None = None  # kind "table": its cells (inlines: the caption)
    chart: Chart | None = None  # kind "chart": its data (inlines: the title)

    @property
    def text(self) -> str:
        body = "".join(i.text for i in self.inlines)
        return f"{self.marker} {body}" if self.marker else body


@dataclass(frozen=True)
class Release:
    """One area's release, rendered: its block tree and the facts, quotes and warnings behind it."""
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
    draft_quotes: tuple[str, ...] = ()  # quotes printed unapproved (--draft-quotes): a draft never to be sent
    campaign: str = ""  # the campaign's title (the document's subject)
    language_tag: str = "en-GB"  # the language as Word and HTML tag it (the style's Language says it)
    keywords: str = ""  # the document's keywords: the area's name in the release's language ("Swydd Gaer")
    units: tuple[str, ...] = ()  # the words it may print after a figure ("weeks", "per 1,000 people"), kept with it
