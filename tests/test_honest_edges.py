"""Honest at the edges: random and boundary (old, new) pairs — zero, one, bases below 20, exact multiples, ratios a
hair either side of each band, percentages at x.5 and x.x5 around 10 per cent, counts either side of a million, a
billion and a trillion — drafted through a template that uses every change helper, in every preset, for an area
and for its parent's list. The rules are checked on the printed text:

1. a percentage is printed only where the house style gives one, is the exact change rounded half-up, and is
   never "0 per cent" nor "100 per cent" for a fall that did not reach zero (that is "more than 99 per cent");
2. a band word ("almost trebled") never stands beside a percentage that contradicts it ("200 per cent");
3. counts in millions carry enough places to show the change (else full figures), and "trillion" is used;
4. the area's figures read the same in its own release and in its parent's list;
5. zero reads "none" ("ddim" in Welsh) after "from" and "to", and suppressed counts mutate after "o" and "i".
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from drafter.batch import Batch, prepare
from drafter.document import to_markdown
from drafter.model import Value
from tests.conftest import EXAMPLE
from tests.helpers import examples

PRESETS = ("en_GB", "en_US", "cy_GB")
BODY = """{% set c = change("contacts") %}
{% block headline %}Calls {{ c.headline() }}{% endblock %}
{% block body %}
PAST: {{ c.past() }}

PERFECT: {{ c.perfect() }}

EXACT: {{ c.past(exact=True) }}

NOUN: {{ c.noun() }}

FROMTO: {{ c.from_to() }}

OLD: {{ c.old() }}

NEW: {{ c.new() }}

{% if c.has_percent %}PERCENT: {{ c.percent() }}{% endif %}

{% if area.parent %}{% set p = change("contacts", area=area.parent) %}PARENT: {{ p.from_to() }}, {{ p.noun() }}
{% else %}{% for k in changes("contacts", area.children) %}
LIST {{ k.area.name }}: {{ k.from_to() }}, {{ k.noun() }}
{% endfor %}{% endif %}
{% endblock %}
"""


class Batches(dict[str, Batch]):
    def __repr__(self) -> str:  # hypothesis shows the arguments of a failing case: not the whole campaign
        return "batches"


@pytest.fixture(scope="module")
def batches(tmp_path_factory: pytest.TempPathFactory) -> Batches:
    """The example campaign with a template that prints every change helper, ready in every preset."""
    folder = tmp_path_factory.mktemp("edges") / "campaign"
    shutil.copytree(EXAMPLE, folder)
    (folder / "edges").mkdir()
    for name, base in (("release.md.j2", "base/release.md.j2"), ("release.cy.md.j2", "base/release.cy.md.j2")):
        (folder / "edges" / name).write_text(f'{{% extends "{base}" %}}\n' + BODY, encoding="utf-8")
    yaml = (folder / "campaign.yaml").read_text(encoding="utf-8").replace("template: helpline-rise", "template: edges")
    (folder / "campaign.yaml").write_text(yaml, encoding="utf-8")
    return Batches({preset: prepare(folder, locale=preset) for preset in PRESETS})


def draft_pair(batch: Batch, old: int, new: int, threshold: int | None = None,
               areas: tuple[str, ...] = ("Cheshire", "North West")) -> dict[str, dict[str, str]]:
    """Cheshire's and North West's releases with Cheshire's counts set to (old, new), the north west summing its
    areas, as {area: {label: printed text}} (the headline's label is "HEADLINE")."""
    campaign = batch.campaign
    figures = dict(campaign.figures)
    for period, amount in (("before", old), ("after", new)):
        given = figures[("Cheshire", "contacts", period)]
        figures[("Cheshire", "contacts", period)] = dataclasses.replace(given, amount=Decimal(amount))
        total = sum(figures[(a.name, "contacts", period)].amount for a in campaign.children("North West"))
        region = figures[("North West", "contacts", period)]
        figures[("North West", "contacts", period)] = Value(total, region.sources, region.derived_from)
    campaign = dataclasses.replace(campaign, figures=figures, disclosure_threshold=threshold)
    printed: dict[str, dict[str, str]] = {}
    for name in areas:
        release = batch.renderer.render(campaign, campaign.area(name), batch.style)
        lines = {"HEADLINE": release.headline.removeprefix("Calls ")}
        for line in to_markdown(release.blocks).splitlines():
            label, sep, text = line.partition(": ")
            if sep and (label.isupper() or label.startswith("LIST ")):
                lines[label] = text
        printed[name] = lines
    return printed


# --- reading printed text back -------------------------------------------------------------------------------

SCALES = {"million": 10**6, "miliwn": 10**6, "billion": 10**9, "biliwn": 10**9, "trillion": 10**12,
          "triliwn": 10**12}
WORDS = {w: i for i, w in enumerate(("none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}
WORDS["ddim"] = WORDS["zero"] = 0
PERCENT = re.compile(r"(more than |mwy na |fwy na |nearly |bron i )?(\d[\d,]*(?:\.\d+)?)(?: per cent|%| percent)")
COUNT = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(?: (\w+))?$")


def count_read(text: str) -> tuple[Decimal, Decimal]:
    """A printed count as (value, size of its last place): "1.04 million" → (1040000, 10000)."""
    if text in WORDS:
        return Decimal(WORDS[text]), Decimal(1)
    match = COUNT.match(text)
    assert match, text
    number, word = match.group(1).replace(",", ""), match.group(2)
    if word:
        assert word in SCALES, text
        assert Decimal(number) < 1000, f"{text}: the next scale word should be used"
    scale = Decimal(SCALES[word]) if word else Decimal(1)
    places = len(number.partition(".")[2])
    return Decimal(number) * scale, Decimal(1).scaleb(-places) * scale


def from_to_read(text: str) -> tuple[str, str]:
    match = re.fullmatch(r"(?:from|o) (.+) (?:to|i) (.+)", text)
    assert match, text
    return match.group(1), match.group(2)


def exact_percent(old: int, new: int) -> Decimal:
    return abs(Decimal(new - old) / Decimal(old) * 100)


def half_up(value: Decimal) -> Decimal:
    places = 0 if value.quantize(Decimal("0.1"), ROUND_HALF_UP) >= 10 else 1
    return value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


# Band words as each language prints them, and what the percentage p beside them must then be.
BAND_WORDS = [  # (words in the past or headline, predicate on the rounded percentage); longest first
    ("almost", lambda p: 185 <= p < 200), ("bron â threblu", lambda p: 185 <= p < 200),
    ("more than doubl", lambda p: p > 100), ("mwy na dyblu", lambda p: p > 100),
    ("more than trebl", lambda p: p > 200), ("more than tripl", lambda p: p > 200),
    ("mwy na threblu", lambda p: p > 200), ("more than fourfold", lambda p: p > 300),
    ("fwy na phedair gwaith", lambda p: p > 300), ("doubl", lambda p: p == 100), ("dyblu", lambda p: p == 100),
    ("trebl", lambda p: p == 200), ("tripl", lambda p: p == 200), ("treblu", lambda p: p == 200),
    ("quadrupl", lambda p: p == 300), ("pedryblu", lambda p: p == 300), ("halv", lambda p: p == 50),
    ("haneru", lambda p: p == 50),
]


def check_release_pair(printed: dict[str, dict[str, str]], old: int, new: int, preset: str) -> None:
    own, region = printed["Cheshire"], printed["North West"]
    listed = region["LIST Cheshire"]
    changes = [own[k] for k in ("HEADLINE", "PAST", "PERFECT", "EXACT", "NOUN")] + \
        [own.get("PERCENT", ""), listed]
    percents = [(m.group(1), Decimal(m.group(2).replace(",", ""))) for text in changes
                for m in PERCENT.finditer(text)]
    # 1. a percentage only where the house style gives one, true and never 0 nor a false 100
    if old == new or old < 20:
        assert not percents and "PERCENT" not in own, (old, new, changes)
    for qualifier, value in percents:
        assert value != 0, changes
        exact = exact_percent(old, new)
        if qualifier is None:
            assert value == half_up(exact), (old, new, changes)
            assert not (new < old and new != 0 and value == 100), changes
        else:
            assert qualifier.strip() in ("more than", "mwy na", "fwy na") and exact > value, changes
    # 2. a band word never contradicts the percentage printed beside it
    if "EXACT" in own and percents and old >= 20:
        p = next(v for q, v in percents if q is None) if any(q is None for q, _ in percents) else None
        for text in (own["PAST"], own["HEADLINE"]):
            for words, agrees in BAND_WORDS:
                if words in text and p is not None:
                    assert agrees(p), (old, new, text, p)
                    break
    # 3. counts read in the right order, with a true difference
    old_text, new_text = from_to_read(own["FROMTO"])
    (shown_old, step_old), (shown_new, step_new) = count_read(old_text), count_read(new_text)
    assert (shown_old < shown_new) == (old < new) and (shown_old == shown_new) == (old == new), own["FROMTO"]
    assert abs((shown_new - shown_old) - (new - old)) * 2 <= max(step_old, step_new), own["FROMTO"]
    for value, text in ((old, old_text), (new, new_text)):
        if value >= 10**12 and " " in text:
            assert text.endswith(("trillion", "triliwn")), text
    # 4. one figure, one way: the area's own release and its parent's list agree
    assert listed == f"{own['FROMTO']}, {own['NOUN']}", (listed, own)
    # 5. zero after "from" and "to" is "none" / "ddim"; one and the others read as their own counts
    for value, text in ((old, old_text), (new, new_text)):
        if value == 0:
            assert text == ("ddim" if preset == "cy_GB" else "none"), own["FROMTO"]
    assert count_read(own["OLD"])[0] == shown_old and count_read(own["NEW"])[0] == shown_new
    if old == 1:
        assert own["OLD"] == ("1" if preset == "cy_GB" else "one")
    if preset == "cy_GB":  # the soft mutation after "o" (from, of) and "i" (to)
        assert not re.search(r"\b[oi] (mwy|llai|bron|dim)\b", " ".join([*own.values(), listed])), own
    # the words go the way the figures go
    rising = ("rose", "rises", "risen", "doubl", "trebl", "tripl", "quadrupl", "increase", "cynyddu", "dyblu",
              "treblu", "threblu", "pedryblu")
    falling = ("fell", "falls", "fallen", "halv", "gostwng", "haneru")
    for text in (own["PAST"], own["HEADLINE"]):
        if new > old and "unchanged" not in text and "yr un fath" not in text:
            assert any(w in text for w in rising) and not any(w in text for w in falling), text
        elif new < old and "unchanged" not in text and "yr un fath" not in text:
            assert any(w in text for w in falling) and not any(w in text for w in rising), text


# --- the pairs -------------------------------------------------------------------------------------------------

BASES = [0, 1, 2, 5, 9, 10, 19, 20, 21, 100, 200, 1000, 2000, 10_000, 100_000]
RATIOS = ["0", "0.001", "0.005", "0.495", "0.5", "0.505", "0.9", "0.905", "0.9005", "0.995", "1", "1.0005",
          "1.095", "1.0995", "1.105", "1.995", "2", "2.005", "2.85", "2.995", "2.999", "3", "3.005", "3.995", "4",
          "4.005", "5"]
SCALE_EDGES = [999_999, 10**6, 1_049_999, 1_249_999, 999_950_000, 10**9, 999_950_000_000, 10**12, 10**13]


@st.composite
def boundary_pairs(draw: st.DrawFn) -> tuple[int, int]:
    old = draw(st.sampled_from(BASES) | st.integers(min_value=20, max_value=10**6))
    new = int(old * Decimal(draw(st.sampled_from(RATIOS)))) + draw(st.integers(min_value=-3, max_value=3))
    return old, max(new, 0)


@st.composite
def short_scale_pairs(draw: st.DrawFn) -> tuple[int, int]:
    old = draw(st.sampled_from(SCALE_EDGES)) + draw(st.integers(min_value=-2, max_value=2))
    delta = draw(st.sampled_from([0, 1, 1000, 40_000, 50_000, 100_000, 10**8, 10**11]))
    return old, max(0, old + delta * draw(st.sampled_from([1, -1])))


pairs = st.one_of(st.tuples(st.integers(0, 10**7), st.integers(0, 10**7)), boundary_pairs(), short_scale_pairs())


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pairs)
@example((1000, 5)).via("a fall short of zero that rounds to 100 per cent")
@example((1000, 2997)).via("almost trebled, but 200 per cent")
@example((1000, 2003)).via("more than doubled, but 100 per cent")
@example((1_000_000, 1_040_000)).via("1 million to 1 million")
@example((1_249_999, 1_250_000)).via("1.2 million to 1.3 million, virtually no change")
@example((0, 12)).via("a zero base")
@example((12, 0)).via("a fall to zero")
@example((1, 40)).via("one")
@example((500, 500)).via("no change")
@example((10**12, 1_040_000_000_000)).via("trillions")
def test_every_printed_change_is_true_in_every_preset(batches: dict[str, Batch], pair: tuple[int, int]) -> None:
    old, new = pair
    for preset in PRESETS:
        check_release_pair(draft_pair(batches[preset], old, new), old, new, preset)


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from([0, 1, 3, 4, 5, 31]), st.sampled_from([0, 1, 3, 4, 5, 31]))
def test_suppressed_and_zero_counts_are_worded_right_in_every_language(batches: dict[str, Batch], old: int,
                                                                       new: int) -> None:
    for preset in PRESETS:
        # North West's release would print every area and the region: refused, as it gives Cheshire away
        own = draft_pair(batches[preset], old, new, threshold=5, areas=("Cheshire",))["Cheshire"]
        hidden = [0 < v < 5 for v in (old, new)]
        if not any(hidden):
            continue
        old_text, new_text = from_to_read(own["FROMTO"])
        for value, text in ((old, old_text), (new, new_text)):
            if 0 < value < 5:
                assert text == ("lai na 5" if preset == "cy_GB" else "fewer than five"), own["FROMTO"]
            elif value == 0:
                assert text == ("ddim" if preset == "cy_GB" else "none"), own["FROMTO"]
        assert "per cent" not in own["PAST"] and "%" not in own["PAST"]
        if preset == "cy_GB":  # a headline takes the perfect, as every other Welsh headline does
            assert own["HEADLINE"].startswith("wedi "), own["HEADLINE"]
            assert not re.search(r"\b[oi] llai\b", " ".join(own.values())), own
        if not all(hidden):
            assert own["PAST"].endswith(own["FROMTO"].split(" ", 1)[1]), own
        else:  # no direction: it would tell which of two suppressed counts is larger
            assert own["NOUN"] == ("llai na 5 yn y ddau gyfnod" if preset == "cy_GB" else
                                   "fewer than five in both periods"), own


# --- the worked examples in docs/house-style.md ------------------------------------------------------------------

def _worded(preset: str, old: int, new: int, how: str) -> str:
    from drafter.style import wording
    from drafter.style.house import PRESETS as STYLES
    from tests.helpers import change

    style, c = STYLES[preset], change(old, new)
    if how.startswith("counts "):
        style, how = dataclasses.replace(style, near_total_fall="counts"), how.removeprefix("counts ")
    hidden = (0 < old < 5, 0 < new < 5)
    return {
        "past": lambda: wording.change_words(c, style)[0],
        "exact": lambda: wording.change_words(c, style, exact=True)[0],
        "headline": lambda: wording.change_words(c, style, "present", headline=True)[0],
        "noun": lambda: wording.change_noun(c, style)[0],
        "from_to": lambda: wording.from_to_text(Decimal(old), Decimal(new), style)[0],
        "count": lambda: wording.count_text(Decimal(old), style),
        "people": lambda: style.language.counted(  # count() of a measure with unit: people (Welsh unit_cy: pobl)
            style.none_word if old == 0 else wording.count_text(Decimal(old), style), Decimal(old), "person",
            "people" if style.language.code == "en" else "pobl"),
        "hidden past": lambda: wording.suppressed_change_words(c, style, "past", 5, *hidden),
        "hidden headline": lambda: wording.suppressed_change_words(c, style, "present", 5, *hidden, headline=True),
        "hidden noun": lambda: wording.suppressed_noun(c, style, 5, all(hidden)),
    }[how]()


WORKED = [  # (old, new, how, en_GB, en_US, cy_GB), as in the "Honest at the edges" table
    (1000, 5, "past", "fell by more than 99 per cent", "fell by more than 99%", "wedi gostwng mwy na 99%"),
    (1000, 5, "noun", "a fall of more than 99 per cent", "a fall of more than 99%", "gostyngiad o fwy na 99%"),
    (1000, 5, "counts past", "fell from 1,000 to 5", "fell from 1,000 to 5", "wedi gostwng o 1,000 i 5"),
    (40, 0, "past", "fell from 40 to none", "fell from 40 to none", "wedi gostwng o 40 i ddim"),
    (40, 0, "headline", "falls to zero", "falls to zero", "wedi gostwng i ddim"),
    (40, 0, "noun", "a fall of 40", "a fall of 40", "gostyngiad o 40"),
    (500, 500, "past", "remained unchanged", "remained unchanged", "wedi aros yr un fath"),
    (100_000, 100_040, "past", "remained virtually unchanged", "remained virtually unchanged",
     "wedi aros bron yr un fath"),
    (12, 31, "past", "rose from 12 to 31", "rose from 12 to 31", "wedi cynyddu o 12 i 31"),
    (1000, 2997, "headline", "rises 200 per cent", "rises 200%", "wedi cynyddu 200%"),
    (1000, 2003, "past", "rose by 100 per cent", "rose by 100%", "wedi cynyddu 100%"),
    (1_000_000, 1_040_000, "from_to", "from 1 million to 1.04 million", "from 1 million to 1.04 million",
     "o 1 miliwn i 1.04 miliwn"),
    (990_000, 1_040_000, "from_to", "from 990,000 to 1.04 million", "from 990,000 to 1.04 million",
     "o 990,000 i 1.04 miliwn"),
    (1_249_999, 1_250_000, "from_to", "from 1,249,999 to 1,250,000", "from 1,249,999 to 1,250,000",
     "o 1,249,999 i 1,250,000"),
    (10**12, 10**12, "count", "1 trillion", "1 trillion", "1 triliwn"),
    (150, 440, "exact", "rose by 193 per cent", "rose by 193%", "wedi cynyddu 193%"),
    (150, 440, "noun", "a rise of 193 per cent", "a rise of 193%", "cynnydd o 193%"),
    (0, 12, "from_to", "from none to 12", "from none to 12", "o ddim i 12"),
    (12, 0, "from_to", "from 12 to none", "from 12 to none", "o 12 i ddim"),
    (1, 1, "count", "one", "one", "1"),
    (1, 1, "people", "one person", "one person", "1 person"),
    (0, 0, "people", "no one", "no one", "neb"),
    (0, 3, "hidden past", "rose from none to fewer than five", "rose from none to fewer than five",
     "wedi cynyddu o ddim i lai na 5"),
    (31, 3, "hidden past", "fell from 31 to fewer than five", "fell from 31 to fewer than five",
     "wedi gostwng o 31 i lai na 5"),
    (31, 3, "hidden headline", "falls from 31 to fewer than five", "falls from 31 to fewer than five",
     "wedi gostwng o 31 i lai na 5"),
    (3, 4, "hidden noun", "fewer than five in both periods", "fewer than five in both periods",
     "llai na 5 yn y ddau gyfnod"),
]


@pytest.mark.parametrize(("old", "new", "how", "gb", "us", "cy"), WORKED)
def test_each_worked_example_in_the_house_style_doc_is_what_drafter_prints(old: int, new: int, how: str, gb: str,
                                                                          us: str, cy: str) -> None:
    doc = (EXAMPLE.parents[2] / "docs" / "house-style.md").read_text(encoding="utf-8")
    table = doc.split("## Honest at the edges", 1)[1].split("\n\n")[2]
    for preset, expected in (("en_GB", gb), ("en_US", us), ("cy_GB", cy)):
        assert _worded(preset, old, new, how) == expected
        assert expected in table, f"docs/house-style.md: {expected!r} is not in the table"


def test_a_rate_that_fell_to_zero_is_worded_with_the_two_rates_never_as_a_fall_of_100_per_cent() -> None:
    """A rate published as 0.0 may be 0.04 to more places: "fell by 100 per cent" could be untrue, so the two rates
    are given, as for a rate from zero; the row in docs/house-style.md says the same."""
    from drafter.compute.changes import compute_change
    from drafter.model import Value
    from drafter.style import wording
    from drafter.style.bands import change_band
    from drafter.style.house import PRESETS as STYLES
    from tests.helpers import SOURCE

    doc = (EXAMPLE.parents[2] / "docs" / "house-style.md").read_text(encoding="utf-8")
    table = doc.split("## Honest at the edges", 1)[1].split("\n\n")[2]
    c = compute_change("Gwent", "knife", "rate", "a", "b", Value(Decimal("0.4"), SOURCE), Value(Decimal("0.0"), SOURCE),
                       unit="offences per 1,000 people")
    for preset, past in (("en_GB", "fell from 0.4 to 0.0"), ("en_US", "fell from 0.4 to 0.0"),
                         ("cy_GB", "wedi gostwng o 0.4 i 0.0")):
        assert change_band(c, STYLES[preset]) == "small_base"
        assert wording.change_words(c, STYLES[preset])[0].startswith(past + " "), preset  # then the unit
        assert past in table, f"docs/house-style.md: {past!r} is not in the table"
