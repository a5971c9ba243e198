"""Property tests over whole campaigns nobody wrote: each shipped example's campaign with a generated areas.csv
(one to 40 areas, a parent with one child, a region inside the region, names with commas, apostrophes, Welsh
letters, names that differ only in capitals or punctuation), generated figures (none, one, small bases, huge
counts, rates to one or two places, [x], *, .., [c]), every locale and both languages, and optional settings
(table, chart, house-style rules, disclosure). For every one:

1. ``draft`` succeeds, or raises a DrafterError of one line naming a file or the template, and writes nothing;
2. every figure of the fact sheet is in the release as printed, and every number the release prints is a fact,
   a date, a period or the campaign's own words;
3. ``check`` finds nothing in the releases as drafted;
4. each percentage change agrees with its two figures, worked out again with Decimal, rounded half up;
5. the same campaign drafted twice gives the same Markdown, byte for byte.

(Mutated campaigns, bytes and cells at random, are test_hostile_campaigns.py's.)"""

from __future__ import annotations

import csv
import io
import re
import shutil
import uuid
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import api
from drafter.errors import DrafterError
from drafter.shipped import shipped_root
from tests.helpers import examples

TEMPLATES = ("count-change", "helpline-rise", "league-table", "per-head", "rate-change", "several-measures")
NAMES = ("Cardiff", "Ynys Môn", "Bro Morgannwg", "Pen-y-bont", "Merthyr Tudful", "Sir Gâr", "Llŷn", "Ŵyl",
         "St David's", "King's Lynn", "O'Neill's", "Newry, Mourne and Down", "Armagh City, Banbridge and Craigavon",
         "Brighton & Hove", "Stoke-on-Trent", "Île", "Cheshire", "cheshire", "CHESHIRE", "St. Helens", "St Helens",
         "north-west", "Isle of Wight", "Conwy", "Ards", "Torfaen")
COUNTS = ("0", "1", "2", "5", "12", "19", "20", "21", "99", "1000", "999999", "1000000", "2500000",
          "123456789012", "[x]", "*", "..", "[c]")
RATES = ("0.0", "0.1", "1.2", "5.0", "10.0", "10.5", "33.3", "50.0", "99.9", "12.34", "0.04", "[x]")
RULES = {"list_areas": (0, 1, 3), "more_than_half": (True, False), "near_total_fall": ("more_than", "counts"),
         "percent_whole_from": (0, 100), "percent_small_places": (0, 2), "words_up_to": (0, 9),
         "percent": ("%", "per cent"), "million_from": (1000000, 2000000), "large_places": (0, 2),
         "rate_places_max": (0, 1, 3), "small_base": (0, 50), "nearly_fraction": ("0.9", "1")}
NUMBER = re.compile(r"(?<![\w.,])[£$€]?\d[\d,]*(?:\.\d+)?")
PERCENT = re.compile(r"(\w+)\.(\w+)-(\w+)\.percent")


@st.composite
def campaigns(draw: st.DrawFn) -> dict:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=draw(st.sampled_from((3, 8, 40)))))
    names = [f"{n} {k}" if names[:k].count(n) else n for k, n in enumerate(names)]
    settings_: dict = {}
    if draw(st.booleans()):
        settings_["table"] = draw(st.sampled_from((True, {"where": "body"})))
    if draw(st.booleans()):
        settings_["chart"] = draw(st.sampled_from((True, {"against": "parent"}, {"kind": "bar"})))
    rules = {rule: draw(st.sampled_from(values)) for rule, values in RULES.items() if draw(st.integers(0, 3)) == 0}
    if rules:
        settings_["house_style"] = rules
    if draw(st.integers(0, 5)) == 0:
        settings_["disclosure_threshold"] = draw(st.sampled_from((3, 10)))
    return {"template": draw(st.sampled_from(TEMPLATES)), "names": names, "nested": draw(st.booleans()),
            "locale": draw(st.sampled_from(("en_GB", "en_US", "cy_GB", "both"))), "settings": settings_,
            "counts": draw(st.lists(st.sampled_from(COUNTS), min_size=8, max_size=8)),
            "rates": draw(st.lists(st.sampled_from(RATES), min_size=8, max_size=8))}


def _csv(rows: list[list[str]]) -> str:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    return text.getvalue()


def build(folder: Path, spec: dict) -> Path:
    """The template's example with the generated areas, figures and settings."""
    campaign = folder / "campaign"
    shutil.copytree(shipped_root() / spec["template"] / "example", campaign)
    data = yaml.safe_load((campaign / "campaign.yaml").read_text("utf-8"))
    with (campaign / "areas.csv").open(encoding="utf-8") as file:
        seed = list(csv.reader(file))
    header, root = seed[0], seed[1][0]  # the root keeps its name: the quotes are scoped to it
    region = spec["names"][0] if spec["nested"] and len(spec["names"]) > 2 else root
    cells = {"name_cy": "{}", "yn_cy": "yn {}", "o_cy": "o {}", "force": "{} Police", "force_cy": "Heddlu {}"}
    rows = [header, seed[1]]
    for k, name in enumerate(spec["names"]):
        parent = root if name == region or k % 2 else region
        rows.append([name if c in ("area", "in_text") else parent if c == "parent" else
                     cells.get(c, "").format(name) for c in header])
    (campaign / "areas.csv").write_text(_csv(rows), "utf-8")
    periods, measures = list(data["periods"]), data["measures"]
    populations = {m.get("population") for m in measures.values()}
    figures = [["area", "measure", *periods]]
    for k, name in enumerate([root, *spec["names"]]):
        for measure, m in measures.items():
            rate = m.get("kind") == "rate" or m.get("unit") == "per cent"
            if name in (root, region) and not rate:
                continue  # a parent's count is the sum of its areas'
            pool = ["65000", "1000", "350000"] if measure in populations else spec["rates"] if rate else spec["counts"]
            figures.append([name, measure, *(pool[(k * 3 + j) % len(pool)] for j in range(len(periods)))])
    (campaign / "figures.csv").write_text(_csv(figures), "utf-8")
    data.pop("languages", None)
    if spec["locale"] == "both":
        data["languages"] = ["en_GB", "cy_GB"]
    data.update(spec["settings"])
    (campaign / "campaign.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return campaign


def numbers(text: str) -> list[str]:
    return [m.group(0).rstrip(",") for m in NUMBER.finditer(text)]


def facts_of(md: Path) -> list[dict[str, str]]:
    with md.with_name(md.name.removesuffix(".md") + ".facts.csv").open(encoding="utf-8-sig") as file:
        return list(csv.DictReader(file))


def assert_figures_are_facts(md: Path, facts: list[dict[str, str]], own_words: set[str]) -> None:
    text = md.read_text("utf-8")
    for fact in facts:
        printed = fact["printed"]
        # Each as printed, a Welsh figure mutated after "yn" ("fwy na 99%") and a rank in the form its words give it
        # ("drydedd") too (tests/test_facts_as_printed.py holds the words of every shipped example to it).
        if re.search(r"\d", printed):
            assert printed in text.replace("\u00a0", " "), (md.name, fact)
    printed_numbers = {n for fact in facts for n in numbers(fact["printed"])}
    body = "\n".join(line for line in text.splitlines() if not line.startswith(("EMBARGO", "**")))
    stray = [n for n in numbers(body) if n not in printed_numbers and n.replace(",", "") not in own_words
             and not re.fullmatch(r"(19|20)\d\d|[1-3]?\d", n)]  # a year, or a day of the month
    assert not stray, (md.name, stray)


def assert_percentages_agree(md: Path, facts: list[dict[str, str]]) -> None:
    exact = {(f["area"], f["fact"]): Decimal(f["exact value"]) for f in facts if f["exact value"]}
    for fact in facts:
        ids, shown = PERCENT.fullmatch(fact["fact"]), re.search(r"\d[\d,]*(?:\.\d+)?", fact["printed"])
        if not ids or not shown or re.search(r"more than|[mf]wy na", fact["printed"]):
            continue
        old, new = (exact.get((fact["area"], f"{ids[1]}.{ids[k]}")) for k in (2, 3))
        if not old or new is None:
            continue
        places = Decimal(1).scaleb(-len(shown[0].partition(".")[2]))
        assert Decimal(shown[0].replace(",", "")) == abs((new - old) / old * 100).quantize(places, ROUND_HALF_UP), \
            (md.name, fact)


def draft_and_hold(folder: Path, spec: dict, formats: list[str]) -> None:
    campaign = build(folder, spec)
    out = folder / "out"
    locale = None if spec["locale"] == "both" else spec["locale"]
    try:
        api.draft(campaign, out, formats=formats, locale=locale)
    except DrafterError as error:
        message = str(error)
        assert message.count("\n") == 0 and re.match(r"(campaign\.yaml|areas\.csv|figures\.csv|quotes\.yaml|"
                                                     r"template)\b", message), message
        assert not out.exists() or not [p for p in out.rglob("*") if p.is_file()], message
        return
    mds = sorted(out.glob("*.md"))
    again = folder / "again"
    api.draft(campaign, again, formats=["md"], locale=locale)
    assert {md.name: md.read_bytes() for md in mds} == {md.name: md.read_bytes() for md in again.glob("*.md")}
    result = api.check(campaign, sorted(p for p in out.iterdir() if p.suffix in (".md", ".docx")), locale=locale)
    assert not result.findings and not result.by_hand, [f.message for f in (*result.findings, *result.by_hand)]
    own_words = set(numbers("".join(p.read_text("utf-8") for p in campaign.glob("*.yaml"))))
    for md in mds:
        facts = facts_of(md)
        assert_figures_are_facts(md, facts, own_words)
        assert_percentages_agree(md, facts)


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(campaigns())
def test_a_generated_campaign_drafts_true_checks_clean_and_drafts_the_same_twice(tmp_path: Path, spec: dict) -> None:
    draft_and_hold(tmp_path / uuid.uuid4().hex, spec, ["md"])


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(campaigns())
def test_many_generated_campaigns_draft_true_and_check_clean_in_word_too(tmp_path: Path, spec: dict) -> None:
    draft_and_hold(tmp_path / uuid.uuid4().hex, spec, ["md", "docx"])
