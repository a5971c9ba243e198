"""`drafter check` on the words of a rank in new text, in English and Welsh: a superlative of the data with the
words for what is counted between it and its place ("the highest number of people contacting the helpline in the
north west"), read within its clause; and a rank's noun, "rate" or "number", holding it against the rank by rate
or the rank by count only, where the campaign has both.

The rules are tested on their own first; then one draft per campaign and language, every sentence checked in one
call per draft.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from drafter.reports.check_known import Known
from drafter.reports.check_ranks import by_noun, in_clause
from drafter.reports.check_words import Item, tokens
from drafter.style.house import PRESETS
from drafter.style.lang.cy import LANGUAGE as WELSH
from drafter.style.lang.en import LANGUAGE as ENGLISH
from tests.conftest import EXAMPLE, ROOT
from tests.helpers import SOURCE, checked_sentences

PER_HEAD = ROOT / "templates" / "per-head" / "example"
PEOPLE = frozenset({"people", "contacting", "bobl"})


@pytest.mark.parametrize(("text", "place", "held"), [
    ("the highest number of people contacting the helpline in the north west", "in", True),
    ("the highest number of people who contacted the helpline in the north west", "in", True),
    ("the highest number of volunteers in the north west", "in", False),  # not what the campaign counts
    ("the highest number of people ever contacting the helpline in the north west", "in", False),  # a time
    ("the highest number of people, and staff in the north west", "in", False),  # another clause
    ("the highest number of people and staff in the north west", "in", False),
    ("the highest number of people in 2018 in the north west", "in", False),  # a figure between
    ("y nifer uchaf o bobl a gysylltodd â’r llinell gymorth yng ngogledd-orllewin Lloegr", "yng", True),
    ("y nifer uchaf erioed o bobl yng ngogledd-orllewin Lloegr", "yng", False),
])
def test_a_superlative_and_its_place_are_read_within_one_clause(text: str, place: str, held: bool) -> None:
    toks = tokens(text)
    superlative = next(k for k, t in enumerate(toks) if t.norm in ("highest", "uchaf"))
    end = max(k for k, t in enumerate(toks) if t.norm == place)
    breaks = (ENGLISH if superlative == 1 else WELSH).rank_breaks
    assert in_clause(toks[superlative:end], text, PEOPLE, breaks) is held


def _rank(name: str, position: int) -> Known:
    return Known("Ceredigion", name, "ordinal", str(position), name, SOURCE, Decimal(position))


BY_COUNT, BY_RATE = _rank("points.october.rank", 3), _rank("points.october.per_100000.rank", 2)
SHARE = _rank("share.october.rank", 1)  # a measure that is itself a rate (kind: rate)


@pytest.mark.parametrize(("text", "preset", "found", "held"), [
    ("the third highest rate", "en_GB", [BY_COUNT, BY_RATE, SHARE], [BY_RATE, SHARE]),
    ("the third highest number", "en_GB", [BY_COUNT, BY_RATE, SHARE], [BY_COUNT]),
    ("the third highest number of charging points per 100,000 people", "en_GB", [BY_COUNT, BY_RATE], [BY_RATE]),
    ("the third highest in Wales", "en_GB", [BY_COUNT, BY_RATE], [BY_COUNT, BY_RATE]),  # either
    ("the third highest rate", "en_GB", [BY_COUNT], [BY_COUNT]),  # no rank by rate: the one there is
    ("y drydedd gyfradd uchaf", "cy_GB", [BY_COUNT, BY_RATE], [BY_RATE]),
    ("y trydydd nifer uchaf", "cy_GB", [BY_COUNT, BY_RATE], [BY_COUNT]),
    ("y trydydd nifer uchaf fesul 100,000 o bobl", "cy_GB", [BY_COUNT, BY_RATE], [BY_RATE]),
])
def test_a_rank_naming_a_rate_or_a_number_is_held_against_that_rank(text: str, preset: str,
                                                                     found: list[Known], held: list[Known]) -> None:
    toks = tokens(text)
    first = next(k for k, t in enumerate(toks) if t.norm in ("third", "drydedd", "trydydd"))
    last = next(k for k, t in enumerate(toks) if t.norm in ("highest", "uchaf")) + 1
    item = Item("ordinal", first, last, text, Decimal(3), qualifier="superlative")
    universe = SimpleNamespace(style=PRESETS[preset], campaign=SimpleNamespace(
        measures=[SimpleNamespace(id="points", kind="count"), SimpleNamespace(id="share", kind="rate")]))
    assert by_noun(item, toks, universe, found) == held  # type: ignore[arg-type]


# Cheshire is fourth of the north west's five areas by count, Greater Manchester first. Ceredigion is third of
# Wales' five by count (40 public charging points) and second by rate (56.3 per 100,000 people).
CASES: dict[tuple[Path, str, str], dict[str, list[str]]] = {
    (EXAMPLE, "Cheshire", "en_GB"): {
        "Cheshire had the highest number of people contacting the helpline in the north west.": [
            "'highest' in new text where Cheshire's rank for people contacting Stop It Now! for help in January to "
            "June 2018 among North West\'s 5 areas is \'fourth\' (figures.csv, rows 3–7, column after)"],
        "Greater Manchester had the highest number of people contacting the helpline in the north west.": [],
        "Cheshire had the highest number of people contacting the helpline ever, and in the north west.": [],
    },
    (EXAMPLE, "Cheshire", "cy_GB"): {
        "Swydd Gaer oedd â’r nifer uchaf o bobl yn cysylltu â’r llinell gymorth yng ngogledd-orllewin Lloegr.": [
            "'uchaf' in new text where Cheshire's rank for people contacting Stop It Now! for help in January to "
            "June 2018 among North West\'s 5 areas is \'pedwerydd\' (figures.csv, rows 3–7, column after)"],
        "Manceinion Fwyaf oedd â’r nifer uchaf o bobl a gysylltodd â’r llinell gymorth yng ngogledd-orllewin "
        "Lloegr.": [],
    },
    (PER_HEAD, "Ceredigion", "en_GB"): {
        "Ceredigion had the third highest rate in Wales.": [
            "'third' in new text where Ceredigion's rank by public charging points per 100,000 in October 2024 is "
            "'second' (figures.csv, rows 2–11, column october)"],
        "Ceredigion had the second highest number in Wales.": [
            "'second' in new text where Ceredigion's rank for public charging points in October 2024 among "
            "Wales' 5 areas is 'third' (figures.csv, rows 2–6, column october)"],
        "Ceredigion had the second highest rate and the third highest number in Wales.": [],
    },
    (PER_HEAD, "Ceredigion", "cy_GB"): {
        "Ceredigion oedd â’r drydedd gyfradd uchaf yng Nghymru.": [
            "'drydedd' in new text where Ceredigion's rank by public charging points per 100,000 in October 2024 "
            "is 'ail' (figures.csv, rows 2–11, column october)"],
        "Ceredigion oedd â’r ail gyfradd uchaf yng Nghymru.": [],
    },
}


def test_ranks_in_new_text_read_as_a_newsdesk_reads_them(tmp_path_factory: pytest.TempPathFactory,
                                                         example_draft: Path) -> None:
    """Each sentence's findings (as `drafter check` prints them after the file, area and paragraph), the sentence
    added to the drafted release's Markdown as a paragraph of its own before the closing line."""
    found = checked_sentences(CASES, example_draft, tmp_path_factory.mktemp, EXAMPLE)
    assert found == {sentence: lines for cases in CASES.values() for sentence, lines in cases.items()}
