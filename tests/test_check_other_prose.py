"""What a colleague adds around the data, as `drafter check` reads it: ranges of something else in a sentence that names
a period ("callers waited from 20 to 30 minutes", "open from 9 to 5", "aged 18 to 24", Welsh "rhwng 20 a 30 munud")
are no figures of the data, while a wrong figure of the data in such a sentence ("from 150 to 480 people") is still a
finding; a wrong difference from a period ("up 300 on July to December 2017") is named against the difference; a
gap said with the region's possessive ("5 points higher than the region's") is held against the gap with the region;
two figures each right for its period, the later first ("from 5,066 in 2024 to 4,120 in 2023"), are a change said the
wrong way; roads, names, labels, days and short codes ("the A6", "Covid-19", "Year 7", "Level 3", "on the 3rd", "text
81066") and a number joined to a unit of time or distance by a hyphen ("a 10-minute walk") are no figures, and a
percentage of something else ("60% of abuse") is to check by hand; "rose by 15 points"
is a change in points where the campaign gives one, and points of something else where it gives none; what a
charity's press officer adds for context ("the age of criminal responsibility is 10", "aged 11–17", "the 9 and the 61
routes", "registered charity no. 1013025", "stopitnow.org.uk/2024", "#StopItNow2024", "1,000s of people", "page 12")
is no figure, a campaign's reach ("reached 2 million people") and a part of what it counts ("20 per cent of people
contacting the helpline … were women") are to check by hand, and a wrong figure of the data beside them is a finding;
a time or a place outside the campaign's ("since 2020", "in 2002", "over the last ten years", "across the UK",
"nationally" where no country is one of its areas) makes its sentence's figures context, to check by hand, while a
period of the campaign's shape a year off ("between January and June 2019") is a wrong period.

Each sentence is added to the drafted release before its closing line and checked (tests.helpers.checked_sentences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.style import wording
from drafter.style.house import PRESETS
from tests.conftest import EXAMPLE, ROOT
from tests.helpers import checked_sentences

COUNT_CHANGE = ROOT / "templates" / "count-change" / "example"
RATE_CHANGE = ROOT / "templates" / "rate-change" / "example"
WHAT = "people contacting Stop It Now! for help"
AFTER = f"Cheshire's figure for {WHAT} in January to June 2018 is '440' (figures.csv, row 3, column after)"
DIFFERENCE = (f"the difference in Cheshire's figure for {WHAT} in January to June 2018 compared with July to December "
              "2017 is '290' (figures.csv, row 3, columns before and after)")


OTHER_SHARE = "is a percentage of something the campaign does not measure: drafter cannot check it against the data"


def by_hand(found: str, counts: str) -> str:
    return (f"to check by hand: '{found}' in new text counts {counts}, not what the campaign measures ({WHAT}): "
            "drafter cannot check it against the data")


SINCE_2020 = "a time outside the campaign's periods ('since 2020')"


def outside(found: str, said_of: str) -> str:
    return f"to check by hand: '{found}' in new text is said of {said_of}: drafter cannot check it against the data"


def outside_year(year: str, context: str, years: str = "2017, 2018") -> str:
    return (f"to check by hand: '{year}' in new text is a year outside the campaign's periods, release date and "
            f"embargo ({years}), given as context ('{context}'): drafter cannot check it against the data")


CASES: dict[tuple[Path, str, str], dict[str, list[str]]] = {  # sentence: the lines check prints for it
    (EXAMPLE, "Cheshire", "en_GB"): {
        # a range of something else beside a period: to check by hand, or no figure at all
        "Between January and June 2018, callers waited from 20 to 30 minutes.": [
            by_hand("20 to 30 minutes", "minutes"), by_hand("30 minutes", "minutes")],
        "Between January and June 2018, the helpline opened from 9 to 5.": [],
        "Between January and June 2018, the helpline was staffed between 8 and 8 each day.": [],
        "Between January and June 2018, most callers were aged 18 to 24.": [],
        # a wrong figure of the data in such a sentence, and one close to the data's with words of its own
        "Between January and June 2018, the number in Cheshire went from 150 to 480 people.": [
            f"'480' in new text where {AFTER}"],
        "Between January and June 2018, the helpline took 450 calls.": [
            f"'450 calls' in new text where {AFTER}: a figure close to it, in a sentence about a period of the "
            "campaign's"],
        "In Cheshire, the number rose from 9 to 5.": [  # no word for opening: figures of the data
            f"'9' in new text where Cheshire's figure for {WHAT} in July to December 2017 is '150' (figures.csv, "
            "row 3, column before)", f"'5' in new text where {AFTER}"],
        # a difference from a period: named against the difference
        "In Cheshire, 440 people contacted the helpline between January and June 2018, up 300 on July to December "
        "2017.": [f"'300' in new text where {DIFFERENCE}"],
        "In Cheshire, 440 people contacted the helpline between January and June 2018, up by 300 on July to December "
        "2017.": [f"'300' in new text where {DIFFERENCE}"],
        # roads, names, labels, days and short codes: no figures, in a sentence naming a period or an area too
        "Between January and June 2018, posters went up along the A6 and the M62 in Cheshire.": [],
        "The helpline stayed open during Covid-19.": [],
        # a number joined to a unit of time or distance by a hyphen describes something, as "24/7" does
        "The office is a 10-minute walk from the station, and runs a 24-hour line.": [],
        "In Cheshire, 440 people called the 24-hour line between January and June 2018, a 3-mile walk away.": [],
        "In Cheshire, 480 people called the 24-hour line between January and June 2018.": [
            f"'480' in new text where {AFTER}"],
        "Volunteers are trained to Level 3.": [],
        "Section 28 was repealed in 2003.": [  # a law's section states no figure: the year is not a wrong one
            "to check by hand: '2003' in new text is not a year of the campaign's periods, release date or embargo "
            "(2017, 2018), in a sentence that states none of the campaign's figures: drafter cannot check it against "
            "the data"],
        "Between January and June 2018, pupils in Years 7 to 9 in Cheshire had lessons.": [],
        "The campaign launches on the 3rd of September.": [],
        "Between January and June 2018, the campaign ran from the 3rd.": [],
        "Call 0300 123 4567 or text 81066.": [],
        "Lines are open from 10 till 4 at weekends.": [],
        "Stop It Now! is run by the Lucy Faithfull Foundation, registered charity number 1013025.": [],
        "Note 3: figures are rounded.": [],
        "The helpline's satisfaction score rose 5 points.": [by_hand("5 points", "points")],  # no change in points
        "Donations can be left at Unit 5, Ocean Park.": [],
        "In Cheshire, the charity's office is at 2 Birch Road, and at 140 Old Market Street.": [],  # addresses
        "The charity was founded in 1992, and set up the helpline in 2002.": [],  # its history, before the periods
        "The charity was founded in 2019.": [  # after them: it may be a period's year mistyped
            "to check by hand: '2019' in new text is not a year of the campaign's periods, release date or embargo "
            "(2017, 2018), in a sentence that states none of the campaign's figures: drafter cannot check it against "
            "the data"],
        "The helpline took its 100,000th call in 2018.": [],
        "The campaign’s 2nd phase began in July.": [],
        "The NSPCC said 60% of abuse goes unreported.": [f"to check by hand: '60%' in new text {OTHER_SHARE}"],
        # what a charity's press officer adds for context: no figures, or figures to check by hand
        "The age of criminal responsibility is 10.": [],
        "The campaign is aimed at children aged 11–17.": [],
        "Buses on the 9 and the 61 routes carried adverts.": [],
        "Stop It Now! is run by the Lucy Faithfull Foundation (registered charity no. 1013025).": [],
        "Visit stopitnow.org.uk/2024 or join in with #StopItNow2024.": [],
        "The helpline has helped 1,000s of people; see page 12 of its report, Nos. 3 and 4.": [],
        "In 2023, the charity’s 2nd national campaign ran for 6 weeks.": [
            "to check by hand: '2023' in new text is not a year of the campaign's periods, release date or embargo "
            "(2017, 2018), in a sentence that states none of the campaign's figures: drafter cannot check it against "
            "the data", by_hand("6 weeks", "weeks")],
        "In Cheshire, the campaign reached 2 million people online.": [
            "to check by hand: '2 million' in new text is how many the campaign reached or was seen by, not what it "
            "measures: drafter cannot check it against the data"],
        "In Cheshire, 20 per cent of people contacting the helpline between January and June 2018 were women.": [
            "to check by hand: '20 per cent' in new text is a part of what the campaign counts, and it gives no such "
            "part: drafter cannot check it against the data"],
        "Reports to police have risen 25% since 2019, according to the NSPCC.": [
            "to check by hand: 'risen' in new text is said of something the campaign does not measure, in a sentence "
            "that names none of its areas, periods, figures or what it counts: drafter cannot check it against the "
            "data", "to check by hand: '25%' in new text is a figure from another source, in a sentence that names "
            "none of the campaign's areas, periods or what it measures: check it against that source",
            "to check by hand: '2019' in new text is not a year of the campaign's periods, release date or embargo "
            "(2017, 2018), in a sentence that states none of the campaign's figures: drafter cannot check it against "
            "the data"],
        # a time or a place outside the campaign's periods and areas: its sentence's figures are context
        "Almost 5,000 people have used the self-help website since 2020.": [
            outside("Almost 5,000", SINCE_2020), outside_year("2020", "since 2020")],
        "Since the campaign began in 2002, over 100,000 people have contacted the helpline.": [
            outside_year("2002", "in 2002"), outside("over 100,000", "a time outside the campaign's periods ('in "
                                                                   "2002')")],
        "Over the last ten years, 4,000 people have contacted the helpline.": [
            outside("4,000", "a time outside the campaign's periods ('last ten years')")],
        "Nationally, 9,000 people have contacted the helpline.": [  # the campaign has no country: the north west
            outside("9,000", "a place that is none of the campaign's areas ('Nationally')")],
        # their twins: a period of the campaign's shape a year off, and the campaign's period named beside "since"
        "Between January and June 2019, 450 people contacted the helpline.": [
            "'2019' in new text is not a year of the campaign's periods, release date or embargo (2017, 2018)",
            f"'450' in new text where {AFTER}"],
        "Since 2020, 450 people in Cheshire have contacted the helpline between January and June 2018.": [
            f"'450' in new text where {AFTER}", outside_year("2020", "Since 2020")],
        "Under the Sexual Offences Act 2003, 450 people in Cheshire contacted the helpline.": [  # a law's year: no time
            f"'450' in new text where {AFTER}"],
        "Between January and June 2018, 450 people contacted the national helpline.": [  # a thing's, not a place
            f"'450' in new text where {AFTER}"],
        # their twins: a wrong figure of the data beside them is still a finding
        "According to the NSPCC, 450 people contacted the helpline.": [f"'450' in new text where {AFTER}"],
        "The number of people contacting the helpline in Cheshire reached 450 between January and June 2018.": [
            f"'450' in new text where {AFTER}"],
        "In Cheshire, calls reached 450.": [f"'450' in new text where {AFTER}"],
        "Visit stopitnow.org.uk/2024 or #StopItNow2024: Cheshire is #1 in the north west.": [  # "#1": a figure
            f"'1' in new text where Cheshire's figure for {WHAT} in July to December 2017 is '150' (figures.csv, row "
            "3, column before)"],
        "The age of criminal responsibility is 10, and in Cheshire 450 people contacted the helpline between January "
        "and June 2018.": [f"'450' in new text where {AFTER}"],
        "In Cheshire, the number of people of working age contacting the helpline was 95.": [
            f"'95' in new text where Cheshire's figure for {WHAT} in July to December 2017 is '150' (figures.csv, row "
            "3, column before)"],
        "In Cheshire, 2 million people contacted the helpline between January and June 2018.": [
            f"'2 million' in new text where {AFTER}"],
        "In Cheshire, 20 per cent more people contacted the helpline between January and June 2018.": [
            f"'20 per cent' in new text where Cheshire's change in {WHAT} in January to June 2018 compared with July "
            "to December 2017 is '193 per cent' (figures.csv, row 3, columns before and after)"],
        "Visit stopitnow.org.uk/2024: 450 people in Cheshire contacted the helpline between January and June 2018.": [
            f"'450' in new text where {AFTER}"],
        # a rank in figures after "from the" is still a rank; a percentage after a change word still a change
        "Cheshire went from the 2nd highest number in the north west to the highest.": [
            f"'2nd' in new text where Cheshire's rank for {WHAT} in July to December 2017 among North West's 5 areas "
            "is 'fourth' (figures.csv, rows 3–7, column before)"],
        "In Cheshire, the number of people contacting the helpline rose by 200 per cent of its earlier figure.": [
            f"'200 per cent' in new text where Cheshire's change in {WHAT} in January to June 2018 compared with July "
            "to December 2017 is '193 per cent' (figures.csv, row 3, columns before and after)"],
        # the region's possessive is the region
        "Cheshire's rise was 90 points higher than the region's.": [],
        "Cheshire’s rise was 5 points higher than the region’s.": [
            f"'5 points' in new text where the gap between Cheshire's change in {WHAT} in January to June 2018 "
            "compared with July to December 2017 ('193 per cent') and North West's ('103 per cent') is '90 percentage "
            "points' (figures.csv, rows 2–3, columns before and after)"],
    },
    (COUNT_CHANGE, "Cardiff", "en_GB"): {
        "In Cardiff, the number went from 5,066 in 2024 to 4,120 in 2023.": [
            "'from 5,066 in 2024 to 4,120 in 2023' in new text where Cardiff's figure for emergency food parcels given "
            "out in April to September 2023 is '4,120' (figures.csv, row 2, column last_year) and Cardiff's figure for "
            "emergency food parcels given out in April to September 2024 is '5,066' (figures.csv, row 2, column "
            "this_year): the later period first, so a rise reads as a fall"],
        "In Cardiff, the number went from 4,120 in 2023 to 5,066 in 2024.": [],
        # "food" is the measure's word, so the other source alone does not make it context: "since 2019" does
        "Food bank use has risen 37% since 2019, according to the Trussell Trust.": [
            outside("risen", "a time outside the campaign's periods ('since 2019')"),
            outside("37%", "a time outside the campaign's periods ('since 2019')"),
            outside_year("2019", "since 2019", "2023, 2024")],
        "According to the Trussell Trust, 3.1 million parcels were given out across the UK.": [
            outside("3.1 million", "a place that is none of the campaign's areas ('the UK')")],
        # their twins: the campaign's own year after "since", and a place that is one of its areas
        "Food bank use has risen 37% since 2023, according to the Trussell Trust.": [
            "'37%' in new text where Cardiff's change in emergency food parcels given out in April to September 2024 "
            "compared with April to September 2023 is '23 per cent' (figures.csv, row 2, columns last_year and "
            "this_year)"],
        "According to the Trussell Trust, 3.1 million parcels were given out across Wales.": [
            "'3.1 million' in new text where Wales' figure for emergency food parcels given out in April to September "
            "2024 is '7,985' (figures.csv, rows 2–6, column this_year)"],
    },
    (RATE_CHANGE, "Cardiff", "en_GB"): {
        "Cardiff's share was 16.9 points higher than the region's.": [],
        # points after a change word are a change in points where the campaign gives one
        "In Cardiff, the share rose by 15 points between April 2023 and March 2024.": [
            "'15 points' in new text where Cardiff's change in share of buses running on electricity in April 2023 to "
            "March 2024 compared with April 2022 to March 2023 is '13.5 percentage points' (figures.csv, row 3, "
            "columns last_year and this_year)"],
        "Between April 2023 and March 2024, Cardiff Bus ran 40 electric buses on routes 1 and 2.": [
            "to check by hand: '40 electric buses' in new text counts electric buses, not what the campaign measures "
            "(share of buses running on electricity): drafter cannot check it against the data"],
        "Transport for Wales aims for 100% of buses to be electric by 2035.": [  # a target: its year is no wrong one
            "to check by hand: '100%' in new text is a target or standard, not a figure of the data: drafter cannot "
            "check it against the data",
            "to check by hand: '2035' in new text is not a year of the campaign's periods, release date or embargo "
            "(2022, 2023, 2024), in a sentence that states none of the campaign's figures: drafter cannot check it "
            "against the data"],
        "In Cardiff, 31.5 per cent of buses now run on electricity.": [],  # a percentage of what it measures
        "In Cardiff, 40 per cent of buses now run on electricity.": [
            "'40 per cent' in new text where Cardiff's figure for share of buses running on electricity in April 2023 "
            "to March 2024 is '31.5 per cent' (figures.csv, row 3, column this_year)"],
        "Cardiff's share was 5 points higher than the country's.": [
            "'5 points' in new text where the gap between Cardiff's figure for share of buses running on electricity "
            "in April 2023 to March 2024 ('31.5 per cent') and Wales' ('14.6 per cent') is '16.9 percentage points' "
            "(figures.csv, rows 2–3, column this_year)"],
    },
    (EXAMPLE, "Cheshire", "cy_GB"): {
        "Rhwng Ionawr a Mehefin 2018, bu galwyr yn aros rhwng 20 a 30 munud.": [
            by_hand("20 a 30 munud", "'munud'"), by_hand("30 munud", "'munud'")],
        "Rhwng Ionawr a Mehefin 2018, roedd y llinell ar agor o 9 i 5.": [],
        "Rhwng Ionawr a Mehefin 2018, aeth y nifer yn Swydd Gaer o 150 i 480 o bobl.": [
            f"'480' in new text where {AFTER}"],
        "Mae’r ymgyrch yn dechrau ar y 3ydd o Fedi, o’r 3ydd.": [],
        "Mae’r llinellau ar agor o 10 tan 4. Mae 2il gam yr ymgyrch yn dechrau ym mis Gorffennaf.": [],
        "Cafodd disgyblion Blwyddyn 7 yn Swydd Gaer wersi ar yr A6 yn ystod Covid-19. Tecstiwch 81066.": [],
        "Yn Swydd Gaer, mae swyddfa’r elusen yn 12 Heol y Frenhines.": [],  # an address
        "Sefydlwyd yr elusen yn 1992.": [],  # its history
        "Mae oedran cyfrifoldeb troseddol yn 10. Mae’r ymgyrch ar gyfer plant 11–17 oed.": [],
        "Elusen gofrestredig rhif. 1013025 yw hi. Ewch i stopitnow.org.uk/2024. Gweler tudalen 12.": [],
        "Dywedodd yr NSPCC nad yw 60% o achosion yn cael eu hadrodd.": [
            f"to check by hand: '60%' in new text {OTHER_SHARE}"],
        "Yn Swydd Gaer, aeth y nifer o 440 rhwng Ionawr a Mehefin 2018 i 150 rhwng Gorffennaf a Rhagfyr 2017.": [
            "'o 440 rhwng Ionawr a Mehefin 2018 i 150 rhwng Gorffennaf a Rhagfyr 2017' in new text where Cheshire's "
            f"figure for {WHAT} in July to December 2017 is '150' (figures.csv, row 3, column before) and {AFTER}: the "
            "later period first, so a rise reads as a fall"],
        "Ledled y DU, cysylltodd 12,000 o bobl â’r llinell gymorth.": [
            outside("12,000", "a place that is none of the campaign's areas ('y DU')")],
        "Mae bron i 5,000 o bobl wedi defnyddio’r wefan hunangymorth ers 2020.": [
            outside("bron i 5,000", "a time outside the campaign's periods ('ers 2020')"),
            outside_year("2020", "ers 2020")],
        "Rhwng Ionawr a Mehefin 2019, cysylltodd 450 o bobl â’r llinell gymorth.": [
            "'2019' in new text is not a year of the campaign's periods, release date or embargo (2017, 2018)",
            f"'450' in new text where {AFTER}"],
        "Yn Swydd Gaer, cysylltodd 440 o bobl â’r llinell gymorth rhwng Ionawr a Mehefin 2018, i fyny 300 ar "
        "Orffennaf i Ragfyr 2017.": [f"'300' in new text where {DIFFERENCE}"],
    },
}


def test_prose_around_the_data_is_read_for_what_it_counts(tmp_path_factory: pytest.TempPathFactory,
                                                          example_draft: Path) -> None:
    found = checked_sentences(CASES, example_draft, tmp_path_factory.mktemp, EXAMPLE)
    assert found == {sentence: lines for cases in CASES.values() for sentence, lines in cases.items()}


@pytest.mark.parametrize(("locale", "text", "figure"), [
    *(("en_GB", f"Registered charity {word} 1013025.", None) for word in (
        "no.", "No.", "Nos.", "approx.", "c.", "est.", "Fig.", "St.")),
    *(("cy_GB", f"Elusen gofrestredig {word} 1013025.", None) for word in ("Rhif.", "rhif.", "tua.")),
    ("en_GB", "Calls rose. 440 people called.", "440"),  # a sentence that does start with a figure
    ("en_GB", "Calls rose to 440. 2 million people saw the campaign.", "2"),
])
def test_a_full_stop_after_an_abbreviation_ends_no_sentence(locale: str, text: str, figure: str | None) -> None:
    assert wording.figure_starting_sentence(text, PRESETS[locale]) == figure
