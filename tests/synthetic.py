"""A synthetic campaign of any size with the shipped example's structure (used by tests and bench/)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "templates" / "helpline-rise" / "example"


def make_campaign(target: Path, areas: int, *, seed: int = 1, per_region: int = 50) -> Path:
    """Copy the example and replace its areas and figures with ``areas`` areas in regions of ``per_region``.

    Region figures are left for drafter to sum, so every campaign passes the parent-sum check.
    """
    shutil.copytree(EXAMPLE, target)
    rng = random.Random(seed)
    regions = max(1, areas // (per_region + 1))
    area_rows = ["area,parent,in_text,force"]
    figure_rows = ["area,measure,before,after"]
    made = 0
    region_names = [f"Region {r + 1}" for r in range(regions)]
    for name in region_names:
        area_rows.append(f"{name},,{name.lower()},")
        made += 1
    index = 0
    while made < areas:
        index += 1
        parent = region_names[index % regions]
        name = f"Area {index}"
        area_rows.append(f"{name},{parent},{name},{name} Police")
        before = rng.randint(20, 3000) if index > 1 else 150
        after = rng.randint(0, 4 * before) if index > 1 else 440  # Area 1 has the local quote: "almost treble"
        figure_rows.append(f"{name},contacts,{before},{after}")
        made += 1
    (target / "areas.csv").write_text("\n".join(area_rows) + "\n", encoding="utf-8")
    (target / "figures.csv").write_text("\n".join(figure_rows) + "\n", encoding="utf-8")
    quotes = (target / "quotes.yaml").read_text(encoding="utf-8")
    quotes = quotes.replace("areas: [North West]", "areas: all").replace("areas: [Cheshire]", "areas: [Area 1]")
    quotes = quotes.replace("in Cheshire", "in the area").replace("for Cheshire Constabulary", "for the force")
    lines = [line for line in quotes.splitlines() if not line.strip().startswith(("fingerprint:", "approved_"))]
    (target / "quotes.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


LEAGUE = Path(__file__).resolve().parent.parent / "templates" / "league-table" / "example"
# The South East's 64 local authorities and Wales's 22 (with their Welsh names and "yn" forms); the other English
# regions have as many areas as theirs, named by number.
SOUTH_EAST = (
    "Bracknell Forest", "Brighton and Hove", "Buckinghamshire", "Isle of Wight", "Medway", "Milton Keynes",
    "Portsmouth", "Reading", "Slough", "Southampton", "West Berkshire", "Windsor and Maidenhead", "Wokingham",
    "Eastbourne", "Hastings", "Lewes", "Rother", "Wealden", "Basingstoke and Deane", "East Hampshire", "Eastleigh",
    "Fareham", "Gosport", "Hart", "Havant", "New Forest", "Rushmoor", "Test Valley", "Winchester", "Ashford",
    "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham", "Maidstone", "Sevenoaks", "Swale",
    "Thanet", "Tonbridge and Malling", "Tunbridge Wells", "Cherwell", "Oxford", "South Oxfordshire",
    "Vale of White Horse", "West Oxfordshire", "Elmbridge", "Epsom and Ewell", "Guildford", "Mole Valley",
    "Reigate and Banstead", "Runnymede", "Spelthorne", "Surrey Heath", "Tandridge", "Waverley", "Woking", "Adur",
    "Arun", "Chichester", "Crawley", "Horsham", "Mid Sussex", "Worthing",
)
WALES = (("Isle of Anglesey", "Ynys Môn", "ar Ynys Môn"), ("Gwynedd", "Gwynedd", "yng Ngwynedd"),
         ("Conwy", "Conwy", "yng Nghonwy"), ("Denbighshire", "Sir Ddinbych", "yn Sir Ddinbych"),
         ("Flintshire", "Sir y Fflint", "yn Sir y Fflint"), ("Wrexham", "Wrecsam", "yn Wrecsam"),
         ("Powys", "Powys", "ym Mhowys"), ("Ceredigion", "Ceredigion", "yng Ngheredigion"),
         ("Pembrokeshire", "Sir Benfro", "yn Sir Benfro"), ("Carmarthenshire", "Sir Gaerfyrddin", "yn Sir Gaerfyrddin"),
         ("Swansea", "Abertawe", "yn Abertawe"), ("Neath Port Talbot", "Castell-nedd Port Talbot",
                                                  "yng Nghastell-nedd Port Talbot"),
         ("Bridgend", "Pen-y-bont ar Ogwr", "ym Mhen-y-bont ar Ogwr"), ("Vale of Glamorgan", "Bro Morgannwg",
                                                                      "ym Mro Morgannwg"),
         ("Rhondda Cynon Taf", "Rhondda Cynon Taf", "yn Rhondda Cynon Taf"),
         ("Merthyr Tydfil", "Merthyr Tudful", "ym Merthyr Tudful"), ("Caerphilly", "Caerffili", "yng Nghaerffili"),
         ("Blaenau Gwent", "Blaenau Gwent", "ym Mlaenau Gwent"), ("Torfaen", "Tor-faen", "yn Nhor-faen"),
         ("Monmouthshire", "Sir Fynwy", "yn Sir Fynwy"), ("Newport", "Casnewydd", "yng Nghasnewydd"),
         ("Cardiff", "Caerdydd", "yng Nghaerdydd"))
REGIONS = (("North East", 12), ("North West", 39), ("Yorkshire and The Humber", 15), ("East Midlands", 35),
           ("West Midlands", 30), ("East of England", 45), ("London", 33), ("South West", 30))


def make_national(target: Path, *, seed: int = 1) -> Path:
    """The league-table example as a national campaign from local-authority figures: 325 areas in the nine
    English regions and Wales, under England and Wales, in English and Welsh."""
    shutil.copytree(LEAGUE, target)
    rng = random.Random(seed)
    areas = ["area,parent,in_text,name_cy,yn_cy", "England and Wales,,England and Wales,Cymru a Lloegr,"
             "yng Nghymru a Lloegr"]
    figures = ["area,measure,last_year,this_year"]

    def area(name: str, parent: str, cy: str = "", yn: str = "") -> None:
        areas.append(f'"{name}",{parent},"{name}","{cy or name}","{yn}"')
        people = rng.randint(60_000, 500_000)
        old = people * rng.randint(5, 60) // 1000
        figures.extend((f'"{name}",incidents,{old},{max(0, old + rng.randint(-old // 3, old // 3))}',
                        f'"{name}",population,,{people}'))

    for region, count in REGIONS:
        areas.append(f"{region},England and Wales,{region},,")
        for number in range(1, count + 1):
            area(f"{region} {number}", region)
    areas.append("South East,England and Wales,the South East,De-ddwyrain Lloegr,yn Ne-ddwyrain Lloegr")
    for name in SOUTH_EAST:
        area(name, "South East")
    areas.append("Wales,England and Wales,Wales,Cymru,yng Nghymru")
    for name, cy, yn in WALES:
        area(name, "Wales", cy, yn)
    (target / "areas.csv").write_text("\n".join(areas) + "\n", encoding="utf-8")
    (target / "figures.csv").write_text("\n".join(figures) + "\n", encoding="utf-8")
    yaml = (target / "campaign.yaml").read_text(encoding="utf-8")
    (target / "campaign.yaml").write_text(yaml.replace("# languages:", "languages:"), encoding="utf-8")
    return target
