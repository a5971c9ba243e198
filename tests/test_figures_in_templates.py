"""The house-style rules a template's figures follow, through small templates of the tests' own: one rounding level
per figure in a release (refused, or a warning by setting), ranks and joint ranks, one number of decimal places
for a list of percentages, and a warning when a sentence starts with a figure (AP lets a year start one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import api
from drafter.errors import TemplateError
from tests.conftest import edit

SET_CHANGE = '{% set c = change("contacts") %}\n'
RANK = '{{ area.in_text | sentence }} ranks {{ rank("contacts", "after") }} in the region.'


def _use_template(campaign: Path, body: str, *, headline: str = "Calls up", head: str = SET_CHANGE) -> None:
    """Make the campaign use a small template of its own (extending the base release), with no quote roles to fill."""
    (campaign / "mine").mkdir()
    (campaign / "mine" / "release.md.j2").write_text(
        '{% extends "base/release.md.j2" %}\n' + head + "{% block headline %}" + headline + "{% endblock %}\n"
        "{% block body %}" + body + "{% endblock %}\n", encoding="utf-8")
    edit(campaign / "campaign.yaml", "template: helpline-rise", "template: mine")
    edit(campaign / "quotes.yaml", "areas: [North West]", "areas: []")


# --- one rounding level per figure -----------------------------------------------------------------------------

def test_one_figure_at_two_rounding_levels_is_refused_or_warned(example: Path) -> None:
    _use_template(example, "Calls rose by {{ c.percent() }}.", headline="Calls up {{ c.approx() }}")
    with pytest.raises(TemplateError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == (
        "template: area 'Cheshire': Cheshire's contacts.before-after.percent is shown at two rounding levels: "
        "'nearly 200 per cent', '193 per cent' (expected one way of giving each figure in a release (or "
        "house_style: rounding_conflicts: warn))")
    edit(example / "campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  rounding_conflicts: warn")
    release = api.preview(example, "Cheshire")[1]
    assert [w.code for w in release.warnings] == ["rounding_conflict"]


def test_a_count_and_its_approximation_in_one_release_is_refused(example: Path) -> None:
    _use_template(example, "About {{ figure('contacts', 'after', area='North West', approx=True) }} people, "
                  "{{ c.from_to() }}; in the north west {{ figure('contacts', 'after', area='North West') }}.")
    with pytest.raises(TemplateError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == (
        "template: area 'Cheshire': North West's contacts.after is shown at two rounding levels: 'nearly 3,600', "
        "'3,549' (expected one way of giving each figure in a release (or house_style: rounding_conflicts: warn))")


# --- ranks and sequences ---------------------------------------------------------------------------------------

def test_rank_through_templates(example: Path) -> None:
    _use_template(example, RANK, headline="Calls", head="")
    text, release = api.preview(example, "Lancashire")
    assert "Lancashire ranks third in the region." in text  # 1,240, 899, 799, 440, 171
    assert [f.formula for f in release.facts] == ["rank 3 of 5 areas in North West"]


def test_a_shared_rank_says_joint(example: Path) -> None:
    edit(example / "figures.csv", "Lancashire,contacts,410,799", "Lancashire,contacts,410,899")
    edit(example / "figures.csv", '"1,747","3,549"', '"1,747","3,649"')
    _use_template(example, RANK, headline="Calls", head="")
    text, release = api.preview(example, "Lancashire")
    assert "Lancashire ranks joint second in the region." in text
    assert [f.formula for f in release.facts] == ["rank 2 (joint) of 5 areas in North West"]


LIST = ("{% for k in changes('contacts', area.parent.children) %}\n- {{ k.area.name }}: {{ k.noun() }}\n"
        "{% endfor %}\n")


def test_a_list_prints_each_percentage_as_the_areas_own_release_does(example: Path) -> None:
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,500,548")
    edit(example / "figures.csv", '"1,747","3,549"', '"2,157","3,926"')
    _use_template(example, "Cheshire is {{ rank('contacts') }}.\n\n" + LIST)
    text = api.preview(example, "Cheshire")[0]
    assert "Cheshire is fifth." in text
    assert "- Cumbria: a rise of 9.6 per cent" in text and "- Cheshire: a rise of 193 per cent" in text


def test_a_shared_list_takes_its_places_only_from_the_percentages_it_prints(example: Path) -> None:
    edit(example / "campaign.yaml", "areas: all", "areas: all\nhouse_style:\n  list_places: shared")
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,500,548")
    edit(example / "figures.csv", '"1,747","3,549"', '"2,157","3,926"')
    _use_template(example, LIST)
    text = api.preview(example, "Cheshire")[0]
    assert "- Cumbria: a rise of 9.6 per cent" in text and "- Cheshire: a rise of 193.3 per cent" in text
    edit(example / "figures.csv", "Cumbria,contacts,500,548", "Cumbria,contacts,500,500")  # no change: no percentage
    edit(example / "figures.csv", '"2,157","3,926"', '"2,157","3,878"')
    text = api.preview(example, "Cheshire")[0]
    assert "- Cumbria: no change" in text and "- Cheshire: a rise of 193 per cent" in text


# --- sentence starts -------------------------------------------------------------------------------------------

def test_a_sentence_starting_with_a_figure_is_warned_about(example: Path) -> None:
    _use_template(example, "Calls rose. {{ c.new() }} people called.")
    release = api.preview(example, "Cheshire")[1]
    assert [w.message for w in release.warnings if w.code == "sentence_start"] == [
        "a sentence starts with a figure (spell it out or recast the sentence): 'Calls rose. 440 people called.'"]


def test_ap_lets_a_year_start_a_sentence_but_not_a_count(example: Path) -> None:
    _use_template(example, "Calls rose. {{ year('after') }} was busy.")
    assert not [w for w in api.preview(example, "Cheshire", locale="en_US")[1].warnings if w.code == "sentence_start"]
    assert [w for w in api.preview(example, "Cheshire")[1].warnings if w.code == "sentence_start"]


# --- honest at the edges, through the shipped template ---------------------------------------------------------

def _cheshire(campaign: Path, old: int, new: int) -> None:
    """Cheshire's counts set to (old, new); the north west's left for drafter to sum."""
    rows = (campaign / "figures.csv").read_text(encoding="utf-8").splitlines()
    rows = [f"Cheshire,contacts,{old},{new}" if r.startswith("Cheshire,") else r for r in rows
            if not r.startswith("North West,")]
    (campaign / "figures.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_an_unchanged_count_has_no_percentage_and_percent_is_refused(example: Path) -> None:
    _cheshire(example, 12, 12)
    edit(example / "quotes.yaml", "areas: [Cheshire]", "areas: [Cumbria]")  # no local quote for Cheshire
    text = api.preview(example, "Cheshire")[0]
    assert "that figure stayed at 12." in text and "per cent" not in text.split("Across")[0]
    _use_template(example, "Calls rose by {{ c.approx() }}.")
    with pytest.raises(TemplateError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == (  # the template's line is named
        "mine/release.md.j2:4: template: area 'Cheshire': asks for the percentage change in contacts for Cheshire, "
        "which the house style does not give (unchanged) (expected {% if c.has_percent %} around it, or "
        "c.past()/c.noun(), which word it safely)")


def test_past_to_gives_the_later_count_alone_and_is_refused_for_no_change(example: Path) -> None:
    _cheshire(example, 150, 150)
    _use_template(example, "Calls rose. Then {{ c.past_to() }}.")
    with pytest.raises(TemplateError) as caught:
        api.preview(example, "Cheshire")
    assert caught.value.line() == (
        "mine/release.md.j2:4: template: area 'Cheshire': asks for the later figure of a change in contacts for "
        "Cheshire, which past_to() does not word (unchanged, a count) (expected c.past_to() only for a count whose "
        "c.direction is 'up' or 'down', not fewer than the threshold in both periods; else c.past())")
    _cheshire(example, 150, 0)
    text, release = api.preview(example, "Cheshire")
    assert "Then fell to zero." in text
    assert [(f.name, f.text) for f in release.facts if f.area == "Cheshire"] == [("contacts.after", "zero")]


def test_a_quote_that_says_almost_treble_beside_200_per_cent_is_flagged_not_refused(example: Path) -> None:
    _cheshire(example, 1000, 2997)
    text, release = api.preview(example, "Cheshire")
    assert "online rises 200 per cent" in text and "has risen by 200 per cent" in text
    assert "that figure rose to 2,997" in text  # the percentage once
    assert [w.message for w in release.warnings if w.code == "quote_rounding"] == [
        "quote 'york-cheshire' says 'almost treble' but the release gives this change as a percentage: one figure "
        "at two rounding levels"]
    percent = next(f for f in release.facts if f.area == "Cheshire" and f.name.endswith(".percent"))
    assert percent.formula == ("(2997 − 1000) ÷ 1000 × 100 = 199.7 → 200; worded as a percentage, not 'almost "
                               "trebled' (ratio 2.997), which 200 per cent would contradict")


def test_a_fall_short_of_zero_is_more_than_99_per_cent_and_its_fact_says_why(example: Path) -> None:
    _cheshire(example, 1000, 5)
    edit(example / "quotes.yaml", "areas: [Cheshire]", "areas: [Cumbria]")  # no local quote for Cheshire
    text, release = api.preview(example, "Cheshire")
    assert "online falls more than 99 per cent" in text and "has fallen by more than 99 per cent" in text
    assert "that figure fell to five" in text
    percent = next(f for f in release.facts if f.area == "Cheshire" and f.name.endswith(".percent"))
    assert percent.formula == ("(5 − 1000) ÷ 1000 × 100 = -99.5 → 99, a fall; said as more than this, not 100: "
                               "the count did not fall to zero")  # printed without its minus sign, so "a fall"
