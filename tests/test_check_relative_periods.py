"""The comparison period a colleague names by where it stands from the newer one ("up from 150 the previous month",
"a year earlier", "year on year", US "a year ago", Welsh "y mis blaenorol", "flwyddyn yn gynharach"), as `drafter
check` holds it against the periods the campaign compares: the shipped example compares January to June 2018 with
the six months before, count-change's April to September 2024 with the same months a year earlier. A phrase true of
the comparison is no finding; one false of it names the period the figures compare with.

Each sentence is added to the drafted release before its closing line and checked (tests.helpers.checked_sentences).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from drafter.model import Period, SourceRef
from drafter.reports.check_relative import holds
from tests.conftest import EXAMPLE, ROOT
from tests.helpers import checked_sentences

COUNT_CHANGE = ROOT / "templates" / "count-change" / "example"
HALF = ("in new text where the release compares January to June 2018 with July to December 2017 (campaign.yaml, key "
        "periods.before): July to December 2017 is 6 months earlier, not")
YEAR = ("in new text where the release compares April to September 2024 with April to September 2023 (campaign.yaml, "
        "key periods.last_year): April to September 2023 is a year earlier, not")
IN_CHESHIRE = "In Cheshire, 440 people contacted the helpline between January and June 2018, up from 150"
YN_SWYDD_GAER = "Yn Swydd Gaer, cysylltodd 440 o bobl â’r llinell gymorth rhwng Ionawr a Mehefin 2018, i fyny o 150"
IN_CARDIFF = "In Cardiff, 5,066 parcels were given out, up from 4,120"
YNG_NGHAERDYDD = "Yng Nghaerdydd, rhoddwyd 5,066 o barseli, i fyny o 4,120"
CASES: dict[tuple[Path, str, str], dict[str, list[str]]] = {  # sentence: the lines check prints for it
    (EXAMPLE, "Cheshire", "en_GB"): {
        f"{IN_CHESHIRE} the previous month.": [f"'the previous month' {HALF} a month earlier"],
        f"{IN_CHESHIRE} a year earlier.": [f"'a year earlier' {HALF} the same months a year earlier"],
        "In Cheshire, the number has almost trebled compared with the same period last year.": [
            f"'the same period last year' {HALF} the same months a year earlier"],
        "In Cheshire, the number of people contacting the helpline rose by 193 per cent year on year.": [
            f"'year on year' {HALF} the same months a year earlier"],
        f"{IN_CHESHIRE} last month.": [f"'last month' {HALF} a month earlier"],
        "In Cheshire, 440 people contacted the helpline, compared with 150 in the previous quarter.": [
            f"'the previous quarter' {HALF} three months earlier"],
        "Over the past 12 months, 440 people from Cheshire contacted the helpline.": [
            "'the past 12 months' in new text where the release's figures are for January to June 2018 (campaign.yaml, "
            "key periods.after), 6 months long, compared with July to December 2017, 6 months earlier: neither is 12 "
            "months"],
        # true of six months before, and of a period in the year before (as a newsdesk reads "last year")
        f"{IN_CHESHIRE} in the previous six months.": [],
        f"{IN_CHESHIRE} last year.": [],
        f"{IN_CHESHIRE} the previous year.": [],
        # "last year" that names the newer period; a phrase in a sentence about something else
        "Last year, 440 people from Cheshire contacted the helpline.": [],
        "Donations to the charity rose year on year.": [
            "to check by hand: 'rose' in new text is said of something the campaign does not measure, in a sentence "
            "that names none of its areas, periods, figures or what it counts: drafter cannot check it against the "
            "data"],
    },
    (EXAMPLE, "Cheshire", "cy_GB"): {
        f"{YN_SWYDD_GAER} y mis blaenorol.": [f"'y mis blaenorol' {HALF} a month earlier"],
        f"{YN_SWYDD_GAER} flwyddyn yn gynharach.": [f"'flwyddyn yn gynharach' {HALF} the same months a year earlier"],
        "Yn Swydd Gaer, mae’r nifer bron wedi treblu o’i gymharu â’r un cyfnod y llynedd.": [
            f"'un cyfnod y llynedd' {HALF} the same months a year earlier"],
        f"{YN_SWYDD_GAER} yn y chwe mis blaenorol.": [],
        f"{YN_SWYDD_GAER} y llynedd.": [],
        "Y llynedd, cysylltodd 440 o bobl o Swydd Gaer â’r llinell gymorth.": [],
    },
    (COUNT_CHANGE, "Cardiff", "en_GB"): {
        f"{IN_CARDIFF} the previous month.": [f"'the previous month' {YEAR} a month earlier"],
        f"{IN_CARDIFF} in the previous six months.": [f"'the previous six months' {YEAR} six months earlier"],
        f"{IN_CARDIFF} a year earlier.": [],
        f"{IN_CARDIFF} in the same period last year.": [],
        "Parcels given out in Cardiff rose by 23 per cent year on year.": [],
        f"{IN_CARDIFF} the previous year.": [],
    },
    (COUNT_CHANGE, "Cardiff", "en_US"): {
        f"{IN_CARDIFF} a month ago.": [f"'a month ago' {YEAR} a month earlier"],
        f"{IN_CARDIFF} a year ago.": [],
        "Parcels given out in Cardiff rose 23% year over year.": [],
    },
    (COUNT_CHANGE, "Cardiff", "cy_GB"): {
        f"{YNG_NGHAERDYDD} y mis blaenorol.": [f"'y mis blaenorol' {YEAR} a month earlier"],
        f"{YNG_NGHAERDYDD} flwyddyn yn gynharach.": [],
        f"{YNG_NGHAERDYDD} yn yr un cyfnod y llynedd.": [],
        f"{YNG_NGHAERDYDD} y flwyddyn flaenorol.": [],
    },
}


def test_a_comparison_period_typed_is_held_against_the_periods_compared(
        tmp_path_factory: pytest.TempPathFactory, example_draft: Path) -> None:
    found = checked_sentences(CASES, example_draft, tmp_path_factory.mktemp, EXAMPLE)
    assert found == {sentence: lines for cases in CASES.values() for sentence, lines in cases.items()}


def _period(start: str, end: str) -> Period:
    return Period("p", dt.date.fromisoformat(start), dt.date.fromisoformat(end), SourceRef("campaign.yaml"))


@pytest.mark.parametrize(("kind", "old", "new", "true"), [
    ("month", ("2024-08-01", "2024-08-31"), ("2024-09-01", "2024-09-30"), True),  # month on month
    ("year", ("2024-08-01", "2024-08-31"), ("2024-09-01", "2024-09-30"), False),
    ("twelve", ("2024-08-01", "2024-08-31"), ("2024-09-01", "2024-09-30"), False),
    ("month", ("2023-09-01", "2023-09-30"), ("2024-09-01", "2024-09-30"), False),  # September on September
    ("year", ("2023-09-01", "2023-09-30"), ("2024-09-01", "2024-09-30"), True),
    ("twelve", ("2023-09-01", "2023-09-30"), ("2024-09-01", "2024-09-30"), True),  # a change over 12 months
    ("quarter", ("2024-04-01", "2024-06-30"), ("2024-07-01", "2024-09-30"), True),
    ("month", ("2024-04-01", "2024-06-30"), ("2024-07-01", "2024-09-30"), False),
    ("twelve", ("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31"), True),  # financial years
    ("calendar", ("2017-07-01", "2017-12-31"), ("2018-01-01", "2018-06-30"), True),  # in the year before
    ("calendar", ("2022-01-01", "2022-12-31"), ("2024-01-01", "2024-12-31"), False),  # two years before
])
def test_what_each_kind_of_phrase_says_of_two_periods(kind: str, old: tuple[str, str], new: tuple[str, str],
                                                       true: bool) -> None:
    assert holds(kind, _period(*old), _period(*new)) is true
