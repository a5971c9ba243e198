"""Every shipped story template against every kind of measure campaign.yaml can declare: a count, money (unit: GBP),
a percentage (unit: per cent), a rate of something else (kind: rate, unit: offences per 100,000 people) and a rate
whose change is in its own unit (change_in: unit). Each either reads right in English and Welsh, for an area and its
parent, or is refused before anything is written, naming the template to use instead (drafter.shipped.TAKES)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import InputError
from drafter.shipped import copy_template, shipped_root
from tests.conftest import edit

UNITS = {
    "count": "    unit: parcels\n    unit_one: parcel\n    unit_cy: parseli\n    unit_one_cy: parsel\n",
    "money": "    unit: GBP\n",
    "percentage": "    kind: rate\n    unit: per cent\n",
    "rate": "    kind: rate\n    unit: offences per 100,000 people\n    unit_cy: troseddau fesul 100,000 o bobl\n",
    "weeks": "    kind: rate\n    unit: weeks\n    unit_one: week\n    change_in: unit\n    unit_cy: wythnosau\n"
             "    unit_one_cy: wythnos\n",
}
FIGURES = {  # Wales, then Cardiff (each: the first period, the last)
    "count": ('"7,240","7,814"', '"4,120","5,066"'), "money": ("7240,7814", "4120,5066"),
    "percentage": ("12.0,14.6", "18.0,31.5"), "rate": ("45.0,46.1", "58.2,57.4"), "weeks": ("11.0,10.2", "14.6,12.4"),
}
REST = {"count": '"3,120","2,748"', "money": "3120,2748", "percentage": "6.0,5.0", "rate": "30.0,30.0",
        "weeks": "5.1,5.1"}  # Swansea
PEOPLE = "  population:\n    label: residents\n    unit: people\n    label_cy: trigolion\n    unit_cy: pobl\n"
OTHER = ("  other:\n    label: other things\n    unit: things\n    unit_one: thing\n"
         "    subject: other things in {area}\n    plural: true\n"
         "    label_cy: pethau eraill\n    unit_cy: pethau\n    unit_one_cy: peth\n"
         "    subject_cy: pethau eraill {yn_cy}\n")


def campaign(folder: Path, template: str, kind: str) -> Path:
    """The smallest campaign of the kind for the template: Wales and two areas, two periods, in both languages."""
    folder.mkdir()
    unit = UNITS[kind]
    per_head = template in ("per-head", "league-table") and kind in ("count", "money")
    several = template == "several-measures"
    (folder / "campaign.yaml").write_text(
        f"title: Things\norganisation: Org\ntemplate: {template}\nlocale: en_GB\nlanguages: [en_GB, cy_GB]\n"
        "release_date: 2024-06-12\ntimezone: Europe/London\ndateline: Swansea\ndateline_cy: Abertawe\n"
        "measures:\n  contacts:\n    label: the thing\n    label_cy: y peth\n" + unit +
        "    subject: the thing in {area}\n    plural: false\n    subject_cy: y peth {yn_cy}\n" +
        ("    population: population\n    per: 1000\n" + PEOPLE if per_head else "") + (OTHER if several else "") +
        "story:\n  measure: contacts\n" + ("  measures: [contacts, other]\n" if several else "") +
        "periods:\n  before:\n    start: 2022-04-01\n    end: 2023-03-31\n"
        "  after:\n    start: 2023-04-01\n    end: 2024-03-31\nareas: all\n"
        "media_contact:\n  name: Press Office\n  phone: 01792 960 003\n  email: press@example.org\n"
        "about: Org is an org.\nabout_cy: Mae Org yn org.\n", encoding="utf-8")
    (folder / "areas.csv").write_text("area,parent,in_text,name_cy,yn_cy\nWales,,Wales,Cymru,yng Nghymru\n"
                                      "Cardiff,Wales,Cardiff,Caerdydd,yng Nghaerdydd\n"
                                      "Swansea,Wales,Swansea,Abertawe,yn Abertawe\n", encoding="utf-8")
    wales, cardiff = FIGURES[kind]
    rows = [f"Wales,contacts,{wales}", f"Cardiff,contacts,{cardiff}", f"Swansea,contacts,{REST[kind]}"]
    rows += ["Cardiff,population,360000,360000", "Swansea,population,240000,240000"] if per_head else []
    rows += ["Cardiff,other,10,20", "Swansea,other,12,11"] if several else []
    (folder / "figures.csv").write_text("area,measure,before,after\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return folder


def first_sentence(folder: Path, area: str, locale: str) -> str:
    """The release's first sentence: the start of its first paragraph after the headline and the dateline."""
    blocks = api.preview(folder, area, locale=locale, escape=False)[0].split("\n\n")
    headline = next(i for i, block in enumerate(blocks) if block.startswith("# "))
    return re.split(r"(?<=[.:])\s", blocks[headline + 2], maxsplit=1)[0]


# Each release's first sentence, for Cardiff and for Wales, in English and in Welsh: the same in count-change,
# rate-change and several-measures (rate-change gives a rate's unit once, with its first figure)
CHANGED: dict[str, list[str]] = {
    'count': [
        'The thing in Cardiff has risen by 23 per cent, from 4,120 parcels between April 2022 and March 2023 '
        'to 5,066 parcels between April 2023 and March 2024.',
        'Mae’r peth yng Nghaerdydd wedi cynyddu 23%, o 4,120 o barseli rhwng Ebrill 2022 a Mawrth 2023 i 5,066 '
        'o barseli rhwng Ebrill 2023 a Mawrth 2024.',
        'The thing in Wales has risen by 7.9 per cent, from 7,240 parcels between April 2022 and March 2023 to '
        '7,814 parcels between April 2023 and March 2024.',
        'Mae’r peth yng Nghymru wedi cynyddu 7.9%, o 7,240 o barseli rhwng Ebrill 2022 a Mawrth 2023 i 7,814 o '
        'barseli rhwng Ebrill 2023 a Mawrth 2024.',
    ],
    'money': [
        'The thing in Cardiff has risen by 23 per cent, from £4,120 between April 2022 and March 2023 to '
        '£5,066 between April 2023 and March 2024.',
        'Mae’r peth yng Nghaerdydd wedi cynyddu 23%, o £4,120 rhwng Ebrill 2022 a Mawrth 2023 i £5,066 rhwng '
        'Ebrill 2023 a Mawrth 2024.',
        'The thing in Wales has risen by 7.9 per cent, from £7,240 between April 2022 and March 2023 to £7,814 '
        'between April 2023 and March 2024.',
        'Mae’r peth yng Nghymru wedi cynyddu 7.9%, o £7,240 rhwng Ebrill 2022 a Mawrth 2023 i £7,814 rhwng '
        'Ebrill 2023 a Mawrth 2024.',
    ],
    'percentage': [
        'The thing in Cardiff has risen by 13.5 percentage points, from 18.0 per cent between April 2022 and '
        'March 2023 to 31.5 per cent between April 2023 and March 2024.',
        'Mae’r peth yng Nghaerdydd wedi cynyddu 13.5 pwynt canran, o 18.0% rhwng Ebrill 2022 a Mawrth 2023 i '
        '31.5% rhwng Ebrill 2023 a Mawrth 2024.',
        'The thing in Wales has risen by 2.6 percentage points, from 12.0 per cent between April 2022 and '
        'March 2023 to 14.6 per cent between April 2023 and March 2024.',
        'Mae’r peth yng Nghymru wedi cynyddu 2.6 pwynt canran, o 12.0% rhwng Ebrill 2022 a Mawrth 2023 i 14.6% '
        'rhwng Ebrill 2023 a Mawrth 2024.',
    ],
    'rate': [
        'The thing in Cardiff has fallen by 1.4 per cent, from 58.2 offences per 100,000 people between April '
        '2022 and March 2023 to 57.4 offences per 100,000 people between April 2023 and March 2024.',
        'Mae’r peth yng Nghaerdydd wedi gostwng 1.4%, o 58.2 o droseddau fesul 100,000 o bobl rhwng Ebrill '
        '2022 a Mawrth 2023 i 57.4 o droseddau fesul 100,000 o bobl rhwng Ebrill 2023 a Mawrth 2024.',
        'The thing in Wales has risen by 2.4 per cent, from 45.0 offences per 100,000 people between April '
        '2022 and March 2023 to 46.1 offences per 100,000 people between April 2023 and March 2024.',
        'Mae’r peth yng Nghymru wedi cynyddu 2.4%, o 45.0 o droseddau fesul 100,000 o bobl rhwng Ebrill 2022 a '
        'Mawrth 2023 i 46.1 o droseddau fesul 100,000 o bobl rhwng Ebrill 2023 a Mawrth 2024.',
    ],
    'weeks': [
        'The thing in Cardiff has fallen by 2.2 weeks, from 14.6 weeks between April 2022 and March 2023 to '
        '12.4 weeks between April 2023 and March 2024.',
        'Mae’r peth yng Nghaerdydd wedi gostwng 2.2 o wythnosau, o 14.6 o wythnosau rhwng Ebrill 2022 a Mawrth '
        '2023 i 12.4 o wythnosau rhwng Ebrill 2023 a Mawrth 2024.',
        'The thing in Wales has fallen by 0.8 weeks, from 11.0 weeks between April 2022 and March 2023 to 10.2 '
        'weeks between April 2023 and March 2024.',
        'Mae’r peth yng Nghymru wedi gostwng 0.8 o wythnosau, o 11.0 o wythnosau rhwng Ebrill 2022 a Mawrth '
        '2023 i 10.2 o wythnosau rhwng Ebrill 2023 a Mawrth 2024.',
    ],
}
SAID: dict[tuple[str, str], list[str] | str] = {
    ('helpline-rise', 'count'): [
        'The number of people in Cheshire seeking help to stop looking at sexual images of children online has '
        'almost trebled.',
        'Mae nifer y bobl yn Swydd Gaer sy’n gofyn am help i roi’r gorau i edrych ar ddelweddau rhywiol o '
        'blant ar-lein wedi bron â threblu.',
        'The number of people in the north west seeking help to stop looking at sexual images of children '
        'online has more than doubled.',
        'Mae nifer y bobl yng ngogledd-orllewin Lloegr sy’n gofyn am help i roi’r gorau i edrych ar ddelweddau '
        'rhywiol o blant ar-lein wedi mwy na dyblu.',
    ],
    ('helpline-rise', 'money'):
        'campaign.yaml:16: measures.contacts: "contacts" is money (unit: GBP), and helpline-rise counts the '
        'people who contacted a helpline (expected template: count-change for money)',
    ('helpline-rise', 'percentage'):
        'campaign.yaml:16: measures.contacts: "contacts" is a percentage, and helpline-rise counts the people '
        'who contacted a helpline (expected template: rate-change for a percentage)',
    ('helpline-rise', 'rate'):
        'campaign.yaml:16: measures.contacts: "contacts" is a rate (offences per 100,000 people), and '
        'helpline-rise counts the people who contacted a helpline (expected template: rate-change for a rate)',
    ('helpline-rise', 'weeks'):
        'campaign.yaml:16: measures.contacts: "contacts" is a rate in weeks, and helpline-rise counts the '
        'people who contacted a helpline (expected template: rate-change for a rate in weeks)',
    ('count-change', 'count'): CHANGED['count'],
    ('count-change', 'money'): CHANGED['money'],
    ('count-change', 'percentage'): CHANGED['percentage'],
    ('count-change', 'rate'): CHANGED['rate'],
    ('count-change', 'weeks'): CHANGED['weeks'],
    ('rate-change', 'count'): CHANGED['count'],
    ('rate-change', 'money'): CHANGED['money'],
    ('rate-change', 'percentage'): CHANGED['percentage'],
    ('rate-change', 'rate'): [
        'The thing in Cardiff has fallen by 1.4 per cent, from 58.2 offences per 100,000 people between April '
        '2022 and March 2023 to 57.4 between April 2023 and March 2024.',
        'Mae’r peth yng Nghaerdydd wedi gostwng 1.4%, o 58.2 o droseddau fesul 100,000 o bobl rhwng Ebrill '
        '2022 a Mawrth 2023 i 57.4 rhwng Ebrill 2023 a Mawrth 2024.',
        'The thing in Wales has risen by 2.4 per cent, from 45.0 offences per 100,000 people between April '
        '2022 and March 2023 to 46.1 between April 2023 and March 2024.',
        'Mae’r peth yng Nghymru wedi cynyddu 2.4%, o 45.0 o droseddau fesul 100,000 o bobl rhwng Ebrill 2022 a '
        'Mawrth 2023 i 46.1 rhwng Ebrill 2023 a Mawrth 2024.',
    ],
    ('rate-change', 'weeks'): CHANGED['weeks'],
    ('per-head', 'count'): [
        'Between April 2023 and March 2024, Cardiff had 5,066 parcels, or 14.1 per 1,000 people – the highest '
        'rate among the areas of Wales.',
        'Rhwng Ebrill 2023 a Mawrth 2024, roedd 5,066 o barseli yng Nghaerdydd, sef 14.1 fesul 1,000 o bobl.',
        'Between April 2023 and March 2024, Wales had 7,814 parcels, or 13.0 per 1,000 people.',
        'Rhwng Ebrill 2023 a Mawrth 2024, roedd 7,814 o barseli yng Nghymru, sef 13.0 fesul 1,000 o bobl.',
    ],
    ('per-head', 'money'):
        'campaign.yaml:11: measures.contacts: "contacts" is money (unit: GBP), and per-head gives a count and '
        'its rate per head in one period (expected template: count-change for money)',
    ('per-head', 'percentage'):
        'campaign.yaml:11: measures.contacts: "contacts" is a percentage, and per-head gives a count and its '
        'rate per head in one period (expected template: rate-change for a percentage)',
    ('per-head', 'rate'):
        'campaign.yaml:11: measures.contacts: "contacts" is a rate (offences per 100,000 people), and per-head '
        'gives a count and its rate per head in one period (expected template: rate-change for a rate)',
    ('per-head', 'weeks'):
        'campaign.yaml:11: measures.contacts: "contacts" is a rate in weeks, and per-head gives a count and '
        'its rate per head in one period (expected template: rate-change for a rate in weeks)',
    ('league-table', 'count'): [
        'Between April 2023 and March 2024, Cardiff recorded 5,066 parcels, or 14.1 per 1,000 people.',
        'Rhwng Ebrill 2023 a Mawrth 2024, cofnodwyd 5,066 o barseli yng Nghaerdydd, sef 14.1 fesul 1,000 o bobl.',
        'Between April 2023 and March 2024, Wales recorded 7,814 parcels, or 13.0 per 1,000 people.',
        'Rhwng Ebrill 2023 a Mawrth 2024, cofnodwyd 7,814 o barseli yng Nghymru, sef 13.0 fesul 1,000 o bobl.',
    ],
    ('league-table', 'money'):
        'campaign.yaml:11: measures.contacts: "contacts" is money (unit: GBP), and league-table ranks counts '
        'and their rates per head (expected template: count-change for money)',
    ('league-table', 'percentage'):
        'campaign.yaml:11: measures.contacts: "contacts" is a percentage, and league-table ranks counts and '
        'their rates per head (expected template: rate-change for a percentage)',
    ('league-table', 'rate'):
        'campaign.yaml:11: measures.contacts: "contacts" is a rate (offences per 100,000 people), and '
        'league-table ranks counts and their rates per head (expected template: rate-change for a rate)',
    ('league-table', 'weeks'):
        'campaign.yaml:11: measures.contacts: "contacts" is a rate in weeks, and league-table ranks counts and '
        'their rates per head (expected template: rate-change for a rate in weeks)',
    ('several-measures', 'count'): CHANGED['count'],
    ('several-measures', 'money'): CHANGED['money'],
    ('several-measures', 'percentage'): CHANGED['percentage'],
    ('several-measures', 'rate'): CHANGED['rate'],
    ('several-measures', 'weeks'): CHANGED['weeks'],
}


@pytest.mark.parametrize(("template", "kind"), list(SAID))
def test_each_template_reads_each_kind_of_measure_right_or_refuses_it(request: pytest.FixtureRequest, tmp_path: Path,
                                                                       template: str, kind: str) -> None:
    if template == "helpline-rise":  # the reference campaign, whose sentences, quotes and areas are its own
        folder, areas = request.getfixturevalue("example"), ("Cheshire", "North West")
        if kind != "count":  # its count is of people
            edit(folder / "campaign.yaml", "    unit: people\n    kind: count ", UNITS[kind] + "    #")
    else:
        folder, areas = campaign(tmp_path / "c", template, kind), ("Cardiff", "Wales")
    try:
        said: object = [first_sentence(folder, area, locale) for area in areas for locale in ("en_GB", "cy_GB")]
    except InputError as error:  # before anything is rendered
        said = error.line()
        with pytest.raises(InputError, match="expected template: "):
            api.draft(folder, tmp_path / "out", formats=["md"])
        assert not (tmp_path / "out").exists()  # nor written
    assert said == SAID[template, kind]


def test_an_unedited_copy_is_refused_as_drafter_s_own_and_an_edited_one_is_the_campaign_s(tmp_path: Path) -> None:
    folder = campaign(tmp_path / "c", "league-table", "weeks")
    (folder / "league-table").mkdir()
    copy_template("league-table", folder / "league-table")
    with pytest.raises(InputError) as refused:
        api.preview(folder, "Cardiff")
    assert refused.value.line() == SAID["league-table", "weeks"]
    with (folder / "league-table" / "release.md.j2").open("a", encoding="utf-8") as template:
        template.write("{# ranks a wait as we word it #}\n")
    said = first_sentence(folder, "Cardiff", "en_GB")
    assert said == "Between April 2023 and March 2024, Cardiff recorded 12.4 weeks."


def test_a_rate_of_one_period_is_told_the_template_to_use_needs_two(tmp_path: Path) -> None:
    """per-head, the one template of one period, refuses a percentage; rate-change, which takes it, compares two."""
    folder = tmp_path / "c"
    shutil.copytree(shipped_root() / "per-head" / "example", folder)
    edit(folder / "campaign.yaml", "    unit: public charging points\n", "    kind: rate\n    unit: per cent\n")
    edit(folder / "figures.csv", "Cardiff,points,194\n", "Wales,points,4.2\nCardiff,points,19.4\n")  # a rate's own
    with pytest.raises(InputError) as refused:
        api.preview(folder, "Cardiff")
    assert refused.value.line() == (
        'campaign.yaml:15: measures.points: "points" is a percentage, and per-head gives a count and its rate per head '
        "in one period (expected template: rate-change for a percentage, which compares two periods: add the earlier "
        "period to periods: in campaign.yaml)")
