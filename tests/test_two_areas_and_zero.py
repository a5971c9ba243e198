"""A fall to zero and a region of two areas, as a newsdesk words them: "fell from 9,120 to none", never "100 per
cent" (the headline's "falls to zero" is in test_honest_edges.py's worked examples); and of two areas that both
fell, "the smaller fall", never "the second largest fall"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.batch import prepare
from drafter.document import to_markdown
from tests.helpers import ROOT

AREAS = """area,parent,in_text,name_cy,yn_cy
Wales,,Wales,Cymru,yng Nghymru
Cardiff,Wales,Cardiff,Caerdydd,yng Nghaerdydd
Swansea,Wales,Swansea,Abertawe,yn Abertawe
"""


def _release(tmp_path: Path, cardiff: str, swansea: str, locale: str, area: str) -> str:
    folder = tmp_path / "campaign"
    shutil.copytree(ROOT / "templates" / "league-table" / "example", folder)
    (folder / "areas.csv").write_text(AREAS, encoding="utf-8")
    (folder / "figures.csv").write_text(
        f'area,measure,last_year,this_year\nCardiff,incidents,{cardiff}\nSwansea,incidents,{swansea}\n'
        'Cardiff,population,,"372,000"\nSwansea,population,,"241,000"\n', encoding="utf-8")
    batch = prepare(folder, locale=locale)
    release = batch.renderer.render(batch.campaign, batch.campaign.area(area), batch.style)
    return f"# {release.headline}\n{to_markdown(release.blocks)}"


@pytest.mark.parametrize(("cardiff", "swansea", "locale", "area", "expected"), [
    ('"9,120","8,640"', '"5,410","5,000"', "en_GB", "Swansea",
     "the number fell by 7.6 per cent – by number, the smaller fall in Wales."),
    ('"9,120","9,500"', '"5,410","6,320"', "en_US", "Cardiff",
     "the number rose by 4.2% — by number, the smaller rise in Wales."),
    ('"9,120","8,640"', '"5,410","5,000"', "cy_GB", "Swansea",
     "roedd y nifer wedi gostwng 7.6% – o ran nifer, y gostyngiad lleiaf yng Nghymru."),
    ('"9,120","8,640"', '"5,410","5,000"', "en_GB", "Cardiff",
     "the number fell by 5.3 per cent – by number, the largest fall in Wales."),
    ('"9,120",0', '"5,410","5,000"', "en_GB", "Cardiff",
     "the number fell from 9,120 to none – by number, the largest fall in Wales."),
    ('"9,120",0', '"5,410","5,000"', "cy_GB", "Cardiff",
     "roedd y nifer wedi gostwng o 9,120 i ddim – o ran nifer, y gostyngiad mwyaf yng Nghymru."),
])
def test_of_two_areas_the_other_is_the_smaller_and_a_fall_to_zero_has_no_percentage(
        tmp_path: Path, cardiff: str, swansea: str, locale: str, area: str, expected: str) -> None:
    text = _release(tmp_path, cardiff, swansea, locale, area)
    assert expected in text, text
    assert "second" not in text and " ail " not in text
    assert "100 per cent" not in text and "100%" not in text



@pytest.mark.parametrize(("locale", "row"), [("en_GB", "| Cardiff | 96 | 0 | a fall of 96 |"),
                                             ("cy_GB", "| Caerdydd | 96 | 0 | gostyngiad o 96 |")])
def test_a_tables_change_column_gives_a_fall_to_zero_as_a_noun_and_its_fact_says_why(tmp_path: Path, locale: str,
                                                                                     row: str) -> None:
    folder = tmp_path / "campaign"
    shutil.copytree(ROOT / "templates" / "several-measures" / "example", folder)
    figures = folder / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace("Cardiff,launches,96,118", "Cardiff,launches,96,0"),
                       encoding="utf-8")
    (folder / "t").mkdir()
    for name, base in (("release.md.j2", "base/release.md.j2"), ("release.cy.md.j2", "base/release.cy.md.j2")):
        body = '{% block body %}\n{{ table("launches") }}\n{% endblock %}\n'
        (folder / "t" / name).write_text(f'{{% extends "{base}" %}}{{% block headline %}}H{{% endblock %}}' + body,
                                         encoding="utf-8")
    yaml = folder / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("template: several-measures", "template: t"),
                    encoding="utf-8")
    batch = prepare(folder, locale=locale)
    release = batch.renderer.render(batch.campaign, batch.campaign.area("Wales"), batch.style)
    assert row in to_markdown(release.blocks).splitlines()
    [fact] = [f for f in release.facts if f.area == "Cardiff" and f.name == "launches.last_year-this_year.difference"]
    assert fact.formula == ("0 − 96 = -96, a fall; a fall to zero: worded with the two figures, not as a fall of 100 "
                            "per cent")
