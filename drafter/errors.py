"""The one exception tree. The CLI catches :class:`DrafterError` once and prints :meth:`DrafterError.line`; and the
words of messages any stage may use: :func:`how_many`, a count with its noun and verb agreeing ("1 row was", "2 rows
were"), :func:`name_list`, a list of names with semicolons where a name has a comma, and :func:`possessive`, a
name's possessive ("Cheshire's", "East Midlands'")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: `drafter --help` loads this module, and the model is not light
    from drafter.model import Period, SourceRef


class DrafterError(Exception):
    """A user-facing problem: where it is, which field, the bad value and what was expected."""

    exit_code = 1

    def __init__(
        self,
        problem: str,
        *,
        source: SourceRef | None = None,
        field: str | None = None,
        value: object = None,
        expected: str | None = None,
        show_value: bool = True,
    ) -> None:
        self.problem = problem
        self.source = source
        self.field = field
        self.value = value
        self.expected = expected
        self.show_value = show_value
        super().__init__(self.line())

    def line(self) -> str:
        """``<file>:<row>: <field>: <problem> (expected …)`` — one line, no traceback."""
        parts: list[str] = []
        if self.source is not None:
            parts.append(str(self.source))
        if self.field:
            parts.append(self.field)
        problem = self.problem
        if self.show_value and self.value is not None and not isinstance(self.value, dict | list):  # its own words
            # are on its lines in the file; Python's [None, 'x'] for them is not what the person typed
            problem = f"{_show(self.value)} {problem}"
        parts.append(problem)
        text = ": ".join(parts)
        if self.expected:  # "(did you mean 'locale'?)" alone, not "(expected did you mean …)"
            text += f" ({self.expected})" if self.expected.startswith("did you mean") else \
                f" (expected {self.expected})"
        return " ".join(text.split("\n"))

    def about_area(self, area: str) -> None:
        """Say that this problem is about ``area`` (unless it already names an area)."""
        if not self.problem.startswith("area "):
            self.problem = f"area {area!r}: {self.problem}"
            self.args = (self.line(),)


def how_many(count: int, one: str, many: str | None = None) -> str:
    """A count and the words after it, as a message in English says them: ``one`` after a count of one, ``many``
    after any other (by default ``one`` with an s). Give ``many`` where the plural is not an s added, and where a
    verb follows, so that it agrees; the count keeps its thousands separator. For drafter's messages, which are in
    English; a count in a release is the house style's (``Language.counted``, "one parcel", "5 parcels").

    >>> how_many(1, "row"), how_many(0, "row"), how_many(1234, "row")
    ('1 row', '0 rows', '1,234 rows')
    >>> how_many(1, "row was left out", "rows were left out"), how_many(2, "entry", "entries")
    ('1 row was left out', '2 entries')
    """
    return f"{count:,} {one if count == 1 else one + 's' if many is None else many}"


def name_list(names: Sequence[str], most: int | None = None, *, and_word: str | None = None) -> str:
    """Every list a person reads, one rule: a message's or a warning's list of areas, rows, notes, files or values,
    the reviewer pack's, ``drafter send``'s lines. ``names`` are joined with commas, or with semicolons when one
    shown has a comma or a semicolon in it: "Armagh City, Banbridge and Craigavon", "Newry, Mourne and Down",
    "Edinburgh, City of" or "'Cheshire' (figures.csv rows 4, 9)" joined with commas would read as several. With
    ``and_word`` the last follows it ("Cheshire, Cumbria and Lancashire"; the word is the caller's, whatever the
    language of the releases). Past ``most`` names the rest are counted ("Cheshire, Cumbria and 3 more"), so a list
    of 300 never looks whole, and never "and 1 more": one left over is named, being no longer than its count. Any
    stage may use it, as errors.

    >>> name_list(["Cheshire", "Cumbria"]), name_list(["Cheshire", "Cumbria", "Lancashire"], and_word="and")
    ('Cheshire, Cumbria', 'Cheshire, Cumbria and Lancashire')
    >>> name_list([f"A{n}" for n in range(1, 16)], most=3)
    'A1, A2, A3 and 12 more'
    >>> name_list(["Belfast", "Armagh City, Banbridge and Craigavon"])
    'Belfast; Armagh City, Banbridge and Craigavon'
    >>> name_list(["Armagh City, Banbridge and Craigavon", "Newry, Mourne and Down"], and_word="and")
    'Armagh City, Banbridge and Craigavon; and Newry, Mourne and Down'
    >>> name_list(["Edinburgh, City of", "Fife", "Angus", "Moray"], most=2, and_word="and")
    'Edinburgh, City of; Fife; and 2 more'
    >>> name_list(["Fife", "Angus", "Moray"], most=2), name_list(["Cheshire"], and_word="and"), name_list([])
    ('Fife, Angus, Moray', 'Cheshire', '')
    """
    shown = list(names if most is None or len(names) <= most + 1 else names[:most])
    between = "; " if any("," in name or ";" in name for name in shown) else ", "
    last = ";" if between == "; " else ""
    word = and_word or "and"
    if len(shown) < len(names):
        return between.join(shown) + f"{last} {word} {len(names) - len(shown):,} more"
    if and_word is None or len(shown) < 2:
        return between.join(shown)
    return between.join(shown[:-1]) + f"{last} {and_word} {shown[-1]}"


def possessive(name: str) -> str:
    """A name's possessive as a message in English writes it: "Cheshire's", but "East Midlands'" and "Powys'" for a
    name ending in s, never "East Midlands's". Every message that says whose something is uses it.

    >>> possessive("Cheshire"), possessive("East Midlands"), possessive("WALES"), possessive("")
    ("Cheshire's", "East Midlands'", "WALES'", "'s")
    """
    return f"{name}'" if name.endswith(("s", "S")) else f"{name}'s"


def period_named(period: Period | str, periods: Iterable[Period] = ()) -> str:
    """A period as every message and warning names it: by campaign.yaml's id, which the press officer typed and
    the figures' columns are named by, and by what it is in words, as the releases write it (in English, as
    messages are, for a campaign in Welsh too). ``period`` is the period itself, or its id among ``periods``; an id
    not among them is named alone.

    >>> import datetime as dt
    >>> from drafter.model import Period, SourceRef
    >>> year = Period("last_year", dt.date(2023, 4, 1), dt.date(2023, 9, 30), SourceRef("campaign.yaml"),
    ...               "April to September 2023")
    >>> period_named(year), period_named("last_year", [year])
    ("period 'last_year' (April to September 2023)", "period 'last_year' (April to September 2023)")
    >>> period_named("next_year", [year])
    "period 'next_year'"
    """
    found = next((p for p in periods if p.id == period), None) if isinstance(period, str) else period
    named = f"period {(period if isinstance(period, str) else period.id)!r}"
    return f"{named} ({found.words})" if found is not None and found.words else named


def _show(value: object) -> str:
    text = str(value)
    if len(text) > 200:
        text = text[:197] + "…"
    return '"' + text.replace('"', '\\"') + '"'


class InputError(DrafterError):
    """A campaign file is missing, unreadable or holds a bad value."""


class QuoteError(DrafterError):
    """A quote is not approved, out of scope, expired or altered."""


class TemplateError(DrafterError):
    """A template is missing, broken or asks for something drafter cannot give."""


class OutputError(DrafterError):
    """The output folder cannot be written."""


class SendError(DrafterError):
    """A release may not be sent (check findings, a stale or unapproved file), or a mail server refused it."""


class UsageError(DrafterError):
    """The command line asks for something that does not exist (exit 2)."""

    exit_code = 2
