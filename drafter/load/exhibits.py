"""campaign.yaml's ``table:`` and ``chart:``: the table of figures and the chart the shipped templates print.

``table: true`` (or ``chart: true``) turns one on with its defaults; a mapping chooses more. Every key is
checked here, before anything is drafted, with the line it is on and what it may be.
"""

from __future__ import annotations

import re
from typing import Literal, cast

from drafter.errors import InputError
from drafter.exhibits import DEFAULT_COLOURS, ChartKind, ChartOption, Placement, TableOption
from drafter.load.schema import Mapping
from drafter.model import Measure, Period

COLUMNS = ("change", "per_head", "rank")  # besides the period ids
_COLOUR = re.compile(r"^#?[0-9A-Fa-f]{6}$")


def read_exhibits(top: Mapping, measures: tuple[Measure, ...], periods: tuple[Period, ...], story: str
                  ) -> tuple[TableOption | None, ChartOption | None]:
    """``table:`` and ``chart:``, each None when it is not there (or ``false``); ``story`` is the measure they
    show unless they name one."""
    table = chart = None
    if (entry := _entry(top, "table")) is not None:
        table = _table(entry, _measure(entry, measures, story), measures, [p.id for p in periods])
    if (entry := _entry(top, "chart")) is not None:
        chart = _chart(entry, _measure(entry, measures, story))
    return table, chart


def _table(entry: Mapping, measure: str, measures: tuple[Measure, ...], ids: list[str]) -> TableOption:
    allowed = [*ids, *(c for c in COLUMNS if c != "change" or len(ids) > 1)]
    default = [*ids, "change"] if len(ids) > 1 else ids
    columns: list[str] = []
    for value, ref in entry.sequence("columns") or [(c, entry.ref()) for c in default]:
        name = str(value).strip()
        if name not in allowed:
            raise InputError("is not a column a table can have", source=ref, field=ref.key, value=name,
                             expected="a period (" + ", ".join(ids) + ")" + ", change, per_head or rank")
        if name == "per_head" and not next(m for m in measures if m.id == measure).population:
            raise InputError("needs the measure's population", source=ref, field=ref.key, value=name,
                             expected=f"population: and per: under measures.{measure} in campaign.yaml")
        if name in columns:
            raise InputError("repeats a column", source=ref, field=ref.key, value=name, expected="each column once")
        columns.append(name)
    sort = entry.choice("sort", ("areas", *columns), "areas")
    order = entry.choice("order", ("highest", "lowest"), "highest")
    where = cast(Placement, entry.choice("where", ("body", "notes"), "notes"))
    entry.done()
    return TableOption(measure, tuple(columns), sort, order == "lowest", where)


def _chart(entry: Mapping, measure: str) -> ChartOption:
    against = cast(Literal["siblings", "parent"], entry.choice("against", ("siblings", "parent"), "siblings"))
    kind = cast(ChartKind, entry.choice("kind", ("column", "bar"), "column"))
    colours: list[str] = []
    for value, ref in entry.sequence("colours"):
        text = str(value).strip()
        if not _COLOUR.match(text):
            raise InputError("is not a colour", source=ref, field=ref.key, value=text,
                             expected="a colour as six hex digits, such as #1F4E79")
        colours.append(text.lstrip("#").upper())
    where = cast(Placement, entry.choice("where", ("body", "notes"), "body"))
    entry.done()
    if not colours:
        colours = list(DEFAULT_COLOURS)
    elif len(colours) == 1:
        colours.append(DEFAULT_COLOURS[1])
    return ChartOption(measure, against, kind, tuple(colours), where)


def _entry(top: Mapping, key: str) -> Mapping | None:
    raw = top.raw(key)
    if raw is None or raw is False:
        return None
    if raw is True:
        return Mapping({}, top.file, key, top.ref(key).line)
    if not isinstance(raw, dict):
        raise top.fail(key, "is not true, false or a mapping", raw,
                       f"{key}: true, or a mapping such as measure:, where: (see docs/tables-and-charts.md)")
    return top.mapping(key)


def _measure(entry: Mapping, measures: tuple[Measure, ...], story: str) -> str:
    ids = [m.id for m in measures]
    measure = entry.text("measure", story or ids[0])
    if measure not in ids:
        raise entry.fail("measure", "is not a measure of the campaign", measure, "one of " + ", ".join(ids))
    return measure
