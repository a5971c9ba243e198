"""One figure, one way, across a batch: an area's figure reads the same in its own release and in its parent's
(and in the other language's), a batch that prints one two ways is refused naming the figure and the releases
(or warned about, by house_style: batch_consistency: warn), and a generated batch of 300 areas with an edge case
at every boundary prints every figure identically wherever it appears."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import TemplateError
from tests.conftest import ROOT, edit
from tests.synthetic import make_campaign

TWO_WAYS = """{% extends "base/release.md.j2" %}
{% set c = change("contacts") %}
{% block headline %}Calls{% endblock %}
{% block body %}
{% if area.parent %}Calls rose by {{ c.approx() }}.{% else %}{% for k in changes("contacts", area.children) %}
- {{ k.area.name }}: {{ k.noun() }}
{% endfor %}{% endif %}
{% endblock %}
"""


def _two_ways(campaign: Path) -> None:
    """Each area's release says its rise roundly ("nearly 200 per cent"); the region's list gives it exactly."""
    (campaign / "mine").mkdir()
    (campaign / "mine" / "release.md.j2").write_text(TWO_WAYS, encoding="utf-8")
    edit(campaign / "campaign.yaml", "template: helpline-rise", "template: mine")


def test_a_figure_printed_two_ways_in_a_batch_is_refused_naming_the_releases(example: Path, tmp_path: Path) -> None:
    _two_ways(example)
    with pytest.raises(TemplateError) as caught:
        api.draft(example, tmp_path / "out", formats=["md"])
    assert caught.value.line() == (
        "template: Cheshire's contacts.before-after.percent is printed two ways in this batch: '193 per cent' in "
        "release north-west and 'nearly 200 per cent' in release cheshire (and 2 more figures like it) (expected "
        "each figure printed one way in every release of the batch, e.g. the same helper for it in every "
        "template (or house_style: batch_consistency: warn))")
    assert not (tmp_path / "out").exists()  # nothing written


def test_a_batch_may_warn_instead(example: Path, tmp_path: Path) -> None:
    _two_ways(example)
    edit(example / "campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  batch_consistency: warn")
    result = api.draft(example, tmp_path / "out", formats=["md"])
    assert [w.message for w in result.warnings if w.code == "batch_consistency"] == [
        "Cheshire's contacts.before-after.percent is printed two ways in this batch: '193 per cent' in release "
        "north-west and 'nearly 200 per cent' in release cheshire",
        "Lancashire's contacts.before-after.percent is printed two ways in this batch: '95 per cent' in release "
        "north-west and 'more than 90 per cent' in release lancashire",
        "Merseyside's contacts.before-after.percent is printed two ways in this batch: '88 per cent' in release "
        "north-west and 'nearly 90 per cent' in release merseyside",
    ]
    assert (tmp_path / "out" / "cheshire.md").exists()


def test_the_same_figure_in_words_and_in_figures_or_in_two_languages_is_one_way(example: Path,
                                                                              tmp_path: Path) -> None:
    # Cumbria's 'before' count becomes 0: "no one" in its own release, "from none to 171" in the region's list
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,0,171")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,657","3,549"')
    edit(example / "campaign.yaml", "areas: all", "areas: all\nlanguages: [en_GB, cy_GB]")
    out = tmp_path / "out"
    api.draft(example, out, formats=["md"])
    assert "Between July and December 2017, no one from Cumbria" in (out / "cumbria.en.md").read_text("utf-8")
    assert "\n- Cumbria: from none to 171\n" in (out / "north-west.en.md").read_text("utf-8")
    assert "\n- Cumbria: o ddim i 171\n" in (out / "north-west.cy.md").read_text("utf-8")



def test_a_share_under_the_smallest_step_is_one_way_in_both_languages(tmp_path: Path) -> None:
    """Powys's share of Wales is 1 of 2,124: "less than 0.1 per cent" in English, "llai na 0.1%" in Welsh, one
    figure (a bilingual per-head batch once stopped here, calling them two ways)."""
    campaign = tmp_path / "campaign"
    shutil.copytree(ROOT / "templates" / "per-head" / "example", campaign)
    edit(campaign / "figures.csv", "Cardiff,points,194", "Cardiff,points,1940")
    edit(campaign / "campaign.yaml", "# languages: [en_GB, cy_GB]", "languages: [en_GB, cy_GB]")
    out = tmp_path / "out"
    api.draft(campaign, out, formats=["md"])
    assert "That is less than 0.1 per cent of the total for Wales" in (out / "powys.en.md").read_text("utf-8")
    assert "Mae hynny’n llai na 0.1% o gyfanswm Cymru" in (out / "powys.cy.md").read_text("utf-8")

# --- a generated batch of 300 areas -------------------------------------------------------------------------

EDGES = {  # area: (before, after), one at each boundary the house style has
    "Area 2": (1000, 5), "Area 3": (1000, 2997), "Area 4": (1000, 2003), "Area 5": (1_000_000, 1_040_000),
    "Area 6": (1_249_999, 1_250_000), "Area 7": (0, 12), "Area 8": (12, 0), "Area 9": (500, 500),
    "Area 10": (1, 40), "Area 11": (10**12, 1_040_000_000_000), "Area 12": (1000, 1095), "Area 13": (2000, 2199),
    "Area 14": (100_000, 100_040), "Area 15": (93_379, 23), "Area 16": (200, 100), "Area 17": (1000, 4003),
}


# The house style writes one to nine in words but "from 4 to 12" in figures, and zero as "none" after "from" and
# "to", as "zero" in a headline's "falls to zero" and as "no" or "no one" before its unit ("no calls"): those are
# one way of printing a count. Every other difference is a second way.
SAME_COUNT = {w: str(i) for i, w in enumerate(("none", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                              "nine"))} | {"zero": "0", "no": "0", "no one": "0"}


def _facts(out: Path) -> dict[tuple[str, str], dict[str, set[str]]]:
    """Every fact in every fact sheet: (area, fact) → {printed text: the releases that print it so}."""
    found: dict[tuple[str, str], dict[str, set[str]]] = {}
    for sheet in sorted(out.glob("*.facts.csv")):
        release = sheet.name.removesuffix(".facts.csv")
        with sheet.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                printed = SAME_COUNT.get(row["printed"], row["printed"])
                found.setdefault((row["area"], row["fact"]), {}).setdefault(printed, set()).add(release)
    return found


@pytest.mark.slow  # 300 areas, about 2 s a language; the quick run keeps an 80-area batch (tests/test_scale.py)
@pytest.mark.parametrize("locale", ["en_GB", "en_US"])
def test_a_batch_of_300_areas_prints_every_figure_identically_in_every_release(tmp_path: Path, locale: str) -> None:
    campaign = make_campaign(tmp_path / "campaign", 300)
    rows = (campaign / "figures.csv").read_text(encoding="utf-8").splitlines()
    for index, row in enumerate(rows):
        area = row.split(",")[0]
        if area in EDGES:
            rows[index] = f"{area},contacts,{EDGES[area][0]},{EDGES[area][1]}"
    (campaign / "figures.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = api.draft(campaign, out, formats=["md"], locale=locale)
    assert len(result.releases) == 300
    facts = _facts(out)
    shared = {key: ways for key, ways in facts.items() if len(set().union(*ways.values())) > 1}
    assert len({area for area, _ in shared}) >= 290  # nearly every area is printed in its region's release too
    two_ways = {key: ways for key, ways in shared.items() if len(ways) > 1}
    assert two_ways == {}
    texts = "\n".join(p.read_text(encoding="utf-8") for p in out.glob("*.md"))
    assert "from 1 million to 1.04 million" in texts and "from 1,249,999 to 1,250,000" in texts
    assert "1.04 trillion" in texts and "fallen by more than 99" in texts and "from none to 12" in texts
    assert not re.search(r"(?<![\d.,])0(\.0)?( per cent|%)", texts)
    for wrong in ("1,000 billion", "from 1 million to 1 million", "remained unchanged to"):
        assert wrong not in texts
    # the shipped template says a count with its unit through count(): "one person", "no one", never "one people"
    assert ", one person from Area 10 contacted" in texts and ", no one from Area 7 contacted" in texts
    assert [w.message for w in result.warnings if w.code == "count_of_one"] == []
