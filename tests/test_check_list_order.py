"""`drafter check` on a list whose lead-in states its order ("The areas of Wales, highest rate first:"): lines moved
out of that order are a finding while the lead-in still says it; ties may go either way; a lead-in rewritten to
another order, or one that never stated an order, holds the lines to none.

The rule is tested on drafter's list as text (no drafting); one Welsh region release is drafted for the end-to-end
case.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from drafter import api
from drafter.reports.check_known import Known
from drafter.reports.check_order import list_orders
from drafter.reports.check_words import tokens
from drafter.style.lang.cy import LANGUAGE as WELSH
from drafter.style.lang.en import LANGUAGE as ENGLISH
from tests.conftest import ROOT

LEAGUE = ROOT / "templates" / "league-table" / "example"
DRAFTED = ["The areas of Wales, highest rate first:",
           "- Swansea: 26.2 per 1,000 people (6,320 incidents)",
           "- Cardiff: 23.2 per 1,000 people (8,640 incidents)",
           "- Ceredigion: 8.6 per 1,000 people (610 incidents)",
           "- Powys: 8.6 per 1,000 people (31 incidents)",
           "ENDS"]
SWAPPED = ("the list no longer follows the order its lead-in gives ('highest rate first'): 'Cardiff' is above "
           "'Swansea', which drafter put before it (put the lines back in drafter's order, or change the lead-in)")


def _check(drafted: list[str], order: list[int], lead_in: str | None = None, language: object = ENGLISH,
           links: dict[int, list[Known]] | None = None) -> list[str]:
    """The messages for drafter's paragraphs edited into ``order`` (each edited paragraph's drafted one), the
    lead-in (paragraph 0) retyped as ``lead_in``; ``links``: the facts drafter's lines print, by line."""
    links = links or {}
    d = SimpleNamespace(texts=drafted, toks=[tokens(t) for t in drafted], rate_words=frozenset({"per", "fesul"}),
                        links=[links.get(k, []) for k in range(len(drafted))],
                        universe=SimpleNamespace(style=SimpleNamespace(language=language), campaign=SimpleNamespace(
                            periods=[SimpleNamespace(id="last_year"), SimpleNamespace(id="this_year")])))
    edited = [drafted[i] for i in order]
    if lead_in is not None:
        edited[0] = lead_in
    return [p.message for p in list_orders(d, edited, lambda j: order[j])]  # type: ignore[arg-type]


def test_two_lines_swapped_under_a_stated_order_are_a_finding_naming_them() -> None:
    assert _check(DRAFTED, [0, 2, 1, 3, 4, 5]) == [SWAPPED]


def test_a_line_moved_far_names_the_first_two_out_of_order() -> None:
    assert _check(DRAFTED, [0, 1, 3, 2, 4, 5])[0].split(": ", 1)[1].startswith("'Ceredigion' is above 'Cardiff'")
    assert _check(DRAFTED, [0, 4, 1, 2, 3, 5])[0].split(": ", 1)[1].startswith("'Powys' is above 'Swansea'")


def test_drafters_order_a_line_taken_out_and_a_tie_either_way_are_no_finding() -> None:
    assert _check(DRAFTED, [0, 1, 2, 3, 4, 5]) == []
    assert _check(DRAFTED, [0, 1, 3, 4, 5]) == []
    assert _check(DRAFTED, [0, 1, 2, 4, 3, 5]) == []  # Ceredigion and Powys: 8.6 each ("1,000" is every line's base)
    unknown = [*DRAFTED[:3], "- Ceredigion: not available", "- Powys: not available", "ENDS"]
    assert _check(unknown, [0, 1, 2, 4, 3, 5]) == []  # last, in areas.csv's order: no order is claimed of them
    assert _check(unknown, [0, 1, 3, 2, 4, 5]) != []


def _shares(area: str, old: str, new: str) -> list[Known]:
    return [Known(area, f"electric.{name}", "percent", f"{text} per cent", "", (), Decimal(text), periods=(name,))
            for name, text in (("last_year", old), ("this_year", new))]


def test_two_lines_sharing_a_figure_that_is_not_the_orders_are_no_tie() -> None:
    """By their latest figures, highest first: Cardiff's 31.5 above Swansea's 10.5, though both rose from 18.0."""
    shares = ["The areas of Wales, by their latest figures, highest first:",
              "- Cardiff: 18.0 per cent to 31.5 per cent", "- Swansea: 18.0 per cent to 10.5 per cent",
              "- Powys: 20.0 per cent to 10.5 per cent", "ENDS"]
    links = {1: _shares("Cardiff", "18.0", "31.5"), 2: _shares("Swansea", "18.0", "10.5"),
             3: _shares("Powys", "20.0", "10.5")}
    assert _check(shares, [0, 2, 1, 3, 4], links=links) == [
        "the list no longer follows the order its lead-in gives ('highest first'): 'Swansea' is above 'Cardiff', "
        "which drafter put before it (put the lines back in drafter's order, or change the lead-in)"]
    assert _check(shares, [0, 1, 3, 2, 4], links=links) == []  # the latest figure alike: a tie
    assert _check(shares, [0, 2, 1, 3, 4]) == []  # drafter's facts unknown: any figure in common is a tie
    going_down = {1: _shares("Cardiff", "20.0", "31.5"), 2: _shares("Swansea", "18.0", "10.5"),
                  3: _shares("Powys", "12.0", "10.5")}  # last year's figures go down the list too
    assert _check(shares, [0, 1, 3, 2, 4], links=going_down) == []  # tied on the latest, the order's figure


def test_a_lead_in_rewritten_to_another_order_or_stating_none_holds_the_lines_to_none() -> None:
    assert _check(DRAFTED, [0, 2, 1, 3, 4, 5], "The areas of Wales, in alphabetical order:") == []
    assert _check(DRAFTED, [0, 2, 1, 3, 4, 5], "The areas of Wales:") == []
    no_order = ["Across the police force areas of the north west:", *DRAFTED[1:]]
    assert _check(no_order, [0, 2, 1, 3, 4, 5]) == []


def test_a_welsh_lead_in_states_its_order_in_the_language_modules_words() -> None:
    welsh = ["Ardaloedd Cymru, y gyfradd uchaf yn gyntaf:", "- Abertawe: 26.2 fesul 1,000 o bobl",
             "- Caerdydd: 23.2 fesul 1,000 o bobl", "DIWEDD"]
    assert _check(welsh, [0, 2, 1, 3], language=WELSH) == [
        "the list no longer follows the order its lead-in gives ('y gyfradd uchaf yn gyntaf'): 'Caerdydd' is above "
        "'Abertawe', which drafter put before it (put the lines back in drafter's order, or change the lead-in)"]
    assert _check(welsh, [0, 2, 1, 3], "Ardaloedd Cymru, yn nhrefn yr wyddor:", WELSH) == []


@pytest.fixture(scope="module")
def wales(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The league table's release for Wales, drafted once as Markdown: copy, never edit."""
    out = tmp_path_factory.mktemp("league") / "out"
    api.draft(LEAGUE, out, areas=["Wales"], formats=["md"])
    return out / "wales.md"


def test_a_region_release_with_two_lines_swapped_is_a_finding_and_as_drafted_checks_clean(
        wales: Path, tmp_path: Path) -> None:
    lines = wales.read_text(encoding="utf-8").split("\n")
    first = lines.index("The areas of Wales, highest rate first:") + 2
    lines[first], lines[first + 1] = lines[first + 1], lines[first]
    edited = tmp_path / "wales.md"
    edited.write_text("\n".join(lines), encoding="utf-8")
    renamed = tmp_path / "renamed" / "wales.md"
    renamed.parent.mkdir()
    renamed.write_text("\n".join(lines).replace("highest rate first", "in no particular order"), encoding="utf-8")
    shutil.copyfile(wales, tmp_path / "as-drafted.md")
    result = api.check(LEAGUE, [edited, renamed, tmp_path / "as-drafted.md"], area="Wales")
    assert [f.line() for f in result.findings] == [
        'wales.md: Wales: paragraph 7 "• Cardiff: 23.2 per 1,000 people (8,640 fly-tipping …": ' + SWAPPED]
    assert result.findings[0].expected == "• Swansea: 26.2 per 1,000 people (6,320 fly-tipping incidents)"
