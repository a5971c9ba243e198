"""``house_style: list_areas: none``: a region's release names none of its areas in its story, and says they are
all in the table in the notes to editors, in English and Welsh; a word other than none is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError


def with_list_areas(campaign: Path, value: str) -> None:
    with (campaign / "campaign.yaml").open("a", encoding="utf-8") as file:
        file.write(f"house_style:\n  list_areas: {value}\n")


@pytest.mark.parametrize(("locale", "lead_in", "line", "row"), [
    (None, "The areas of Wales", "The five areas are in the table in the notes to editors.",
     "| Cardiff | 4,120 | 5,066 | +23 per cent |"),
    ("cy_GB", "Ardaloedd Cymru", "Mae’r 5 ardal yn y tabl yn y nodiadau i olygyddion.",
     "| Caerdydd | 4,120 | 5,066 | +23% |"),
])
def test_list_areas_none_leaves_the_list_to_the_table_in_the_notes(
        food: Path, locale: str | None, lead_in: str, line: str, row: str) -> None:
    before = api.preview(food, "Wales", locale=locale, escape=False)[0]
    assert lead_in in before and line not in before
    with_list_areas(food, "none")
    paragraphs = api.preview(food, "Wales", locale=locale, escape=False)[0].split("\n\n")
    assert not any(p.startswith(lead_in) or p.startswith("- ") for p in paragraphs)
    assert paragraphs[4] == line  # straight after the area's change: Wales has no parent to compare with
    assert row in "\n\n".join(paragraphs)


def test_list_areas_as_a_word_other_than_none_is_refused(food: Path) -> None:
    with_list_areas(food, "no")
    with pytest.raises(InputError) as caught:
        api.preview(food, "Wales")
    assert str(caught.value) == (
        'campaign.yaml: house_style.list_areas: "no" is not valid (expected a whole number of 0 or more: the most '
        "areas a region's release "
        "names in its list of them, highest figure first; the rest (at least three) are counted there and given in a "
        "table in the notes to editors (0: every area; none: no area, every area in the table))")
