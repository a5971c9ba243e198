"""A finding names a fact as a press officer knows it: the measure by its label in the release's language (its id
only where it has none), cut short when long, and each period by its own label, whether the campaign has one,
two or more periods; never "the first period (before)". The ids stay in --json's "fact" field."""

from __future__ import annotations

import dataclasses
import datetime as dt

from drafter.load.campaign import load_campaign
from drafter.model import Period, SourceRef
from drafter.reports.check_names import Names
from drafter.style.house import PRESETS
from tests.conftest import ROOT

TEMPLATES = ROOT / "templates"


def test_a_measure_is_named_by_its_label_in_english_whatever_the_releases_language() -> None:
    campaign = load_campaign(TEMPLATES / "several-measures" / "example")  # with a label_cy
    assert Names(campaign, PRESETS["en_GB"]).measure("launches") == "lifeboat launches"
    assert Names(campaign, PRESETS["cy_GB"]).measure("launches") == "lifeboat launches"  # a finding is in English


def test_a_long_label_is_cut_short_and_an_empty_one_gives_the_id_in_words() -> None:
    campaign = load_campaign(TEMPLATES / "helpline-rise" / "example")
    long = dataclasses.replace(campaign.measures[0], id="adults_safe",
                               label="adults in the county who say that they feel safe walking alone after dark")
    empty = dataclasses.replace(campaign.measures[0], id="night_calls", label="")
    names = Names(dataclasses.replace(campaign, measures=(long, empty)), PRESETS["en_GB"])
    # "…" says the label goes on: "adults in the county" alone would be another measure than the one meant
    assert (names.measure("adults_safe"), names.measure("night_calls")) == ("adults in the county …", "night calls")


def test_a_label_of_eight_words_is_whole_in_a_finding() -> None:
    """check said "change in percentage of A&E patients seen in April 2025", leaving out "within four hours"."""
    campaign = load_campaign(TEMPLATES / "rate-change" / "example")
    seen = dataclasses.replace(campaign.measures[0], label="percentage of A&E patients seen within four hours")
    names = Names(dataclasses.replace(campaign, measures=(seen,)), PRESETS["en_GB"])
    assert names.measure(seen.id) == "percentage of A&E patients seen within four hours"  # nine words or fewer


def test_each_period_is_named_by_its_own_label_for_one_two_or_more_periods() -> None:
    campaign = load_campaign(TEMPLATES / "per-head" / "example")  # one period: October 2024
    names = Names(campaign, PRESETS["en_GB"])
    assert (names.when("october"), names.derived("points.october.per_100000", "Cardiff")) == (
        "in October 2024", "Cardiff's public charging points per 100,000 in October 2024")
    helpline = load_campaign(TEMPLATES / "helpline-rise" / "example")
    day = Period("launch_day", dt.date(2018, 9, 4), dt.date(2018, 9, 4), SourceRef("campaign.yaml"))
    three = Names(dataclasses.replace(helpline, periods=(*helpline.periods, day)), PRESETS["en_GB"])
    assert [three.when(p) for p in ("before", "after", "launch_day")] == [
        "in July to December 2017", "in January to June 2018", "on 4 September 2018"]
    assert three.between("after", "launch_day") == "on 4 September 2018 compared with January to June 2018"
    assert three.derived("contacts.before-after.change.rank", "Cheshire") == (
        "Cheshire's rank by the change in people contacting Stop It Now! for help in January to June 2018 "
        "compared with July to December 2017")
    welsh = Names(helpline, PRESETS["cy_GB"])
    assert welsh.when("before") == "in July to December 2017"  # not "in Gorffennaf i Ragfyr 2017"
