"""One reader of figures typed in prose (drafter.style.typed): the quote check and `drafter check` read the same
figure from the same words. A quote's "1 900" with a no-break space between its groups was read by the quote check
as 1 and 900, and refused as stating a figure the data does not give, where `drafter check` read 1,900; "1.9k",
"£1.2m" and "2 million" were read by the quote check as 1, 1 and 2, Welsh "llai na 200" as a bare 200, and the day
of "September 4" as a figure."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import QuoteError
from drafter.quotes.claims import judge
from drafter.render.checks import claims_in
from drafter.reports.check_vocab import vocabulary
from drafter.reports.check_words import items, tokens
from drafter.shipped import shipped_root
from drafter.style.house import PRESETS
from drafter.style.typed import flat

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"
KINDS = {"count": "number", "money": "number", "percent": "percent", "points": "points"}


def quote_reads(text: str, preset: str) -> list[tuple[str, str, Decimal]]:
    """The figures the quote check reads in ``text``: kind, qualifier, value."""
    return [(c.kind, c.qualifier or "", c.value) for c in claims_in(text, PRESETS[preset])
            if c.value is not None and c.kind in KINDS.values()]


def check_reads(text: str, preset: str) -> list[tuple[str, str, Decimal]]:
    """The figures `drafter check` reads in ``text``, as it reads an edited release's paragraph."""
    paragraph = flat(text)
    return [(KINDS[i.kind], i.qualifier, i.value) for i in items(paragraph, tokens(paragraph),
                                                                 vocabulary(PRESETS[preset]))
            if i.kind in KINDS and i.value is not None]


@pytest.mark.parametrize(("text", "preset", "figures"), [
    (f"1{NBSP}900 calls", "en_GB", [1900]),
    (f"1{NNBSP}900 calls", "en_GB", [1900]),
    (f"1{THIN}900 calls", "en_GB", [1900]),
    ("1 900 calls", "en_GB", [1900]),
    ("1,900 calls", "en_GB", [1900]),
    (f"more than 1{NBSP}900 calls", "en_GB", [1900]),
    (f"1{NBSP}900{NBSP}000 calls", "en_GB", [1_900_000]),
    ("1.9k calls", "en_GB", [1900]),
    ("nearly 2k calls", "en_GB", [2000]),
    ("3.5m people", "en_GB", [3_500_000]),
    ("£1.2m raised", "en_GB", [1_200_000]),
    ("£1.2 million raised", "en_GB", [1_200_000]),
    ("$3bn", "en_US", [3_000_000_000]),
    ("2 million calls", "en_US", [2_000_000]),
    ("down −5% and up +5 per cent", "en_GB", [5, 5]),
    ("a rise of 193 percent, 5.3pc or 193%", "en_GB", [193, Decimal("5.3"), 193]),
    ("almost 200 per cent, and 5.7 percentage points", "en_GB", [200, Decimal("5.7")]),
    ("(1,747) and 1,747–1,900.", "en_GB", [1747, 1747, 1900]),
    (f"1{NNBSP}900 o alwadau", "cy_GB", [1900]),
    (f"mwy na 1{NBSP}900", "cy_GB", [1900]),
    ("£1.2m, 1.9k a 1.2 miliwn", "cy_GB", [1_200_000, 1900, 1_200_000]),
    ("bron 200 y cant, 5.7 pwynt canran", "cy_GB", [200, Decimal("5.7")]),
    ("llai na 200 o bobl, o lai na 200 i 300", "cy_GB", [200, 200, 300]),  # "fewer": the quote check read none
    ("on 4 September 2018, 440 people; by Sept. 4, 441", "en_GB", [440, 441]),  # a day, no figure
    ("on September 4, 2018, 440 people", "en_US", [440]),
    ("ar 4 Medi, 440 o bobl", "cy_GB", [440]),
])
def test_the_quote_check_and_drafter_check_read_the_same_figure(text: str, preset: str,
                                                                 figures: list[int | Decimal]) -> None:
    said, checked = quote_reads(text, preset), check_reads(text, preset)
    assert sorted(said, key=str) == sorted(checked, key=str)  # the same kind, qualifier and value of each figure
    assert [value for _, _, value in checked] == figures


@pytest.fixture
def parcels(tmp_path: Path) -> Path:
    """The count-change example (parcels handed out), its quotes one draft quote by test."""
    target = tmp_path / "parcels"
    shutil.copytree(shipped_root() / "count-change" / "example", target)
    return target


QUOTES = """\
speakers:
  ann:
    name: Ann Rees
    title: Director
    organisation: The Cwtch Food Network
quotes:
  - id: ann
    role: spokesperson
    speaker: ann
    status: draft
    text: |
      Our volunteers handed out {} parcels in Swansea this year.
"""


@pytest.mark.parametrize("space", [NBSP, NNBSP])
def test_a_quotes_figure_with_a_no_break_space_between_its_groups_is_held_against_the_data(
        parcels: Path, space: str) -> None:
    figures = parcels / "figures.csv"
    (parcels / "quotes.yaml").write_text(QUOTES.format(f"1{space}900"), encoding="utf-8")
    text = figures.read_text(encoding="utf-8")
    figures.write_text(text.replace('Swansea,parcels,"2,480","2,108"', 'Swansea,parcels,"2,480","1,900"'),
                       encoding="utf-8")
    markdown, _ = api.preview(parcels, "Swansea")
    assert f"handed out 1{space}900 parcels" in markdown
    figures.write_text(text.replace('Swansea,parcels,"2,480","2,108"', 'Swansea,parcels,"2,480","1,700"'),
                       encoding="utf-8")
    with pytest.raises(QuoteError) as caught:
        api.preview(parcels, "Swansea")
    assert str(caught.value) == (
        "quotes.yaml:7: area 'Swansea': quote 'ann' says '1 900', which this release's figures do not support "
        "(expected a figure that agrees with the data (325, 780, 1,700, 2,480, 7,252, 7,577))")


@pytest.mark.parametrize(("said", "supported", "flag"), [
    ("1.2 million calls", True, None),  # as the release prints 1,234,567
    ("£1.2m", True, None),
    ("2 million calls", False, None),
    ("more than 1.2 million calls", True, None),
    ("1.23 million calls", True, "the release gives this figure as '1.2 million'"),  # two rounding levels
    ("1.8k calls", False, None),  # a bare figure is one the data gives, not one it rounds to
    ("nearly 1.8k calls", True, "the release gives this figure as '1,747'"),
])
def test_a_scaled_figure_in_a_quote_is_held_to_the_places_it_is_written_to(said: str, supported: bool,
                                                                            flag: str | None) -> None:
    numbers = {Decimal(1747): "1,747", Decimal(1_234_567): "1.2 million"}
    claim, = claims_in(said, PRESETS["en_GB"])
    verdict = judge(claim, [], {}, {}, numbers)
    assert (verdict.supported, verdict.flag) == (supported, flag)
