"""The check's corpus: the shipped example's Cheshire release drafted in a language, then edited the ways press
officers edit (benign) and the ways that put a wrong fact in front of a newsroom (harmful), each as its own file.

Every edit is made from the release itself and the house style (the counts, percentages, change words and
dates as drafter words them in that language), so one list of edits serves en_GB, en_US and cy_GB; only the
reworded and added sentences are written out per language. Used by tests/test_check_corpus.py and
bench/check_corpus.py (which prints the detection and false-alarm rates).
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import docx
from docx.oxml import parse_xml

from drafter import api
from drafter.batch import prepare
from drafter.compute.changes import round_half_up
from drafter.model import Release
from drafter.reports.check import Finding, check_files
from drafter.style import wording
from drafter.style.base import HouseStyle
from drafter.writers.docx_read import W
from tests.conftest import EXAMPLE, ROOT
from tests.helpers import change, edit_chart

LOCALES = ("en_GB", "en_US", "cy_GB")
AREA = "Cheshire"
FORMATS = ("docx", "md", "txt")
# The classes of words read (a year-like count, an approximate word, two areas' figures, …), each in one format in
# turn: the three formats' readers are the same after a paragraph's text is read, and the quick test run stays cheap.
ONE = (("docx",), ("md",), ("txt",))
# Sentences a person writes, per language (everything else is made from the release).
REWORDINGS = {
    "en": [("a major public awareness campaign", "a large public awareness campaign"),
           ("seeking help for their own online sexual behaviour", "asking for help with their own online behaviour")],
    "cy": [("ymgyrch fawr i godi ymwybyddiaeth", "ymgyrch sylweddol i godi ymwybyddiaeth"),
           ("i ofyn am help ynghylch", "i geisio help ynghylch")],
}
ADDED = {
    "en": "The charity thanked every one of the volunteers who answer the helpline.",
    "cy": "Diolchodd yr elusen i bob un o’r gwirfoddolwyr sy’n ateb y llinell gymorth.",
}
CONTACTS = {
    "en": "For confidential advice call 0808 1000 900, e-mail help@example.org or visit https://www.example.org.",
    "cy": "Am gyngor cyfrinachol ffoniwch 0808 1000 900, e-bostiwch help@example.org neu ewch i https://www.example.org.",
}
OTHER_FIGURES = {  # figures of what the campaign does not measure, and a year outside it: to check by hand
    "en": "The helpline is open 24 hours a day and has 12 trained call handlers. In 2019, it expanded to Wales.",
    "cy": "Mae’r llinell gymorth ar agor 24 awr y dydd ac mae ganddi 12 o drinwyr galwadau hyfforddedig. Yn 2019, "
          "ehangodd i Gymru.",
}
MEASURED = {  # a wrong figure with the measure's words after it, and with no words of its own
    "en": ("Since then, {} people from Cheshire have contacted the helpline.",
           "The number of people contacting the helpline from Cheshire rose to {}."),
    "cy": ("Ers hynny, mae {} o bobl o Swydd Gaer wedi cysylltu â’r llinell gymorth.",
           "Cynyddodd nifer y bobl o Swydd Gaer i {}."),
}
OTHER_COUNTS = {  # counts of other things, one close to Cheshire's 440, in sentences naming it: to check by hand
    "en": "In Cheshire, the helpline has 12 trained call handlers. Cheshire Constabulary has 430 officers trained in "
          "online safety.",
    "cy": "Yn Swydd Gaer, mae gan y llinell gymorth 12 o drinwyr galwadau. Mae gan Heddlu Swydd Gaer 430 o swyddogion.",
}
VERB_AFTER = {  # figures of other things with a verb after them: what each counts stops at its noun, to check by hand
    "en": "The service has 24 stations offering free Safe Drive courses, and 5 children attend each.",
    "cy": "Mae gan y gwasanaeth 24 o orsafoedd sy’n cynnig cyrsiau Safe Drive am ddim.",
}
CALLS = {  # a wrong figure with words that are not the measure's ("calls" where it counts people), about the area
    "en": "Since then, the helpline has taken {} calls from Cheshire.",
    "cy": "Ers hynny, mae’r llinell gymorth wedi cael {} o alwadau o Swydd Gaer.",
}
DATED = {  # a figure straight after a period, a date or a time and a comma: a figure, not the date's day
    "en": ("{}, {} people from Cheshire contacted the helpline.", "On {}, {} people from Cheshire contacted the "
           "helpline.", "At {}, the charity published the figures."),
    "cy": ("{}, {} o bobl o Swydd Gaer a gysylltodd â’r llinell gymorth.", "Ar {}, {} o bobl o Swydd Gaer a "
           "gysylltodd â’r llinell gymorth.", "Am {}, cyhoeddodd yr elusen y ffigurau."),
}
YEARS = {  # years a person writes beside a count's words: years, not figures
    "en": "Since 2018 people have called the helpline; the 2018 campaign ran into 2018/19.",
    "cy": "Ers 2018 mae pobl wedi ffonio’r llinell gymorth; parhaodd ymgyrch 2018 i 2018/19.",
}
WEEKDAY = {  # a weekday and date: Welsh "ar" mutates "Dydd" to "Ddydd"
    "en": "On {}, the charity launched the campaign.",
    "cy": "Ar {}, lansiodd yr elusen yr ymgyrch.",
}
RATE = {  # Cheshire's rate per 100,000 people (the ranked campaign's), and the base of a rate alone
    "en": ("That is {} per 100,000 people in Cheshire.", "The charity does not publish figures per 1,000 people."),
    "cy": ("Mae hynny’n {} fesul 100,000 o bobl yn Swydd Gaer.",
           "Nid yw’r elusen yn cyhoeddi ffigurau fesul 1,000 o bobl."),
}
TOTAL = {  # a count that looks like a year, after "a total of" (the period named, so it is held against its count)
    "en": "Between January and June 2018, a total of {} people from Cheshire contacted the helpline.",
    "cy": "Rhwng Ionawr a Mehefin 2018, cysylltodd cyfanswm o {} o bobl o Swydd Gaer â’r llinell gymorth.",
}
YEARS_BEFORE_MORE = {  # years before "more" and before a count's words: years, not figures
    "en": "Since 2018 more people have called the helpline, and in June 2018 people called it more than ever. "
          "Over 2018 and 2019, the charity trained more volunteers.",
    "cy": "Ers 2018 mae mwy o bobl wedi ffonio’r llinell gymorth, ac ym Mehefin 2018 ffoniodd mwy nag erioed. "
          "Dros 2018 a 2019, hyfforddodd yr elusen ragor o wirfoddolwyr.",
}
APPROX = {  # words for "nearly" and "more than" a person types (Welsh "o dros 100%", not "o mwy na 100%")
    "en": ("nearly {}", "more than {}"),
    "cy": ("bron {}", "dros {}"),
}
TWO_AREAS = {  # the area's figure and the region's in one sentence, each beside the other's name when swapped
    "en": "Between January and June 2018, Cheshire saw {} people and the north west {}.",
    "cy": "Rhwng Ionawr a Mehefin 2018, cysylltodd {} o bobl o Swydd Gaer, ac yng ngogledd-orllewin Lloegr {}.",
}
AREAS_AFTER = {  # each figure with its area's name after it, and a part of the region's figure: in their places
    "en": "There were {1} people in the north west and {0} in Cheshire; Cheshire accounted for {0} of the north "
          "west's {1}.",
    "cy": "Cysylltodd {1} o bobl yng ngogledd-orllewin Lloegr a {0} yn Swydd Gaer.",
}
RENAMED = {  # the region's name with one word changed (harmful), and put in other words (benign)
    "en": ("Across the north west", "Across the north east", "Across the region"),
    "cy": ("Yng ngogledd-orllewin Lloegr", "Yng ngogledd-ddwyrain Lloegr", "Yn y rhanbarth"),
}
FROM_TO = {  # the region's two figures, from the earlier period's to the later's (or the wrong way round)
    "en": "The number in the north west went from {} to {}.",
    "cy": "Aeth y nifer yng ngogledd-orllewin Lloegr o {} i {}.",
}
OTHER_CHANGES = {  # change words said of what the campaign does not measure: to check by hand
    "en": "Donations to the charity have doubled, and its running costs fell.",
    "cy": "Mae rhoddion i’r elusen wedi dyblu, ac mae ei chostau rhedeg wedi gostwng.",
}
CHANGED = {  # a change in the area's count in words drafter does not write: "down from", "twice as many"
    "en": ("In Cheshire, {} people contacted the helpline, down from {}.",
           "In Cheshire, twice as many people contacted the helpline as before."),
    "cy": ("Yn Swydd Gaer, cysylltodd {} o bobl â’r llinell gymorth, i lawr o {}.",
           "Yn Swydd Gaer, cysylltodd dwywaith cymaint o bobl â’r llinell gymorth ag o’r blaen."),
}
NUMBER_DOUBLED = {"en": "The number has almost doubled.", "cy": "Mae’r nifer bron wedi dyblu."}  # said of the data
TRUE_CHANGED = {
    "en": ("In Cheshire, {} people contacted the helpline, up from {}.",
           "In Cheshire, nearly three times as many people contacted the helpline as before."),
    "cy": ("Yn Swydd Gaer, cysylltodd {} o bobl â’r llinell gymorth, i fyny o {}.",
           "Yn Swydd Gaer, cysylltodd bron tair gwaith cymaint o bobl â’r llinell gymorth ag o’r blaen."),
}
FIRST_TIME = {  # an ordinal and a superlative that are no rank
    "en": "For the first time most callers were women.",
    "cy": "Am y tro cyntaf, menywod oedd y rhan fwyaf o’r galwyr.",
}
UP_FROM = {"en": "up from", "cy": "i fyny o"}  # "rose by 193 per cent to 440 (up from 150)"
MORE = {  # the difference between the two periods' counts ("290 more people")
    "en": "In Cheshire, {} more people contacted the helpline than in 2017.",
    "cy": "Yn Swydd Gaer, cysylltodd {} yn fwy o bobl â’r llinell gymorth nag yn 2017.",
}
MORE_ELIDED = {  # the difference with what it counts left to the sentence before ("That is 290 more.")
    "en": "That is {} more.",
    "cy": "Mae hynny {} yn fwy.",
}
MULTIPLES = {  # Cheshire's count rose from 150 to 440, 2.93 times: a multiple false in figures and in words, then true
    "en": ("In Cheshire, the number of people contacting the helpline rose 3.5-fold.",
           "In Cheshire, three times more people contacted the helpline than before.",
           "In Cheshire, the number of people contacting the helpline rose 2.9-fold, almost three times more."),
    "cy": ("Yn Swydd Gaer, cysylltodd 3.5 gwaith yn fwy o bobl â’r llinell gymorth nag o’r blaen.",
           "Yn Swydd Gaer, cysylltodd dair gwaith yn fwy o bobl â’r llinell gymorth nag o’r blaen.",
           "Yn Swydd Gaer, cysylltodd 2.9 gwaith yn fwy o bobl â’r llinell gymorth, bron dair gwaith yn fwy."),
}
SUPERLATIVE = {  # a rank said as a superlative alone, where the sentence says where it ranks: false, then true;
    # with what is counted between it and the place, in one clause: false, then true
    "en": (", the lowest in the north west.", "Cheshire now has the highest number in the north west.",
           "Cumbria had the lowest number of any force area in the north west.",
           "Cheshire had the highest number of people contacting the helpline in the north west.",
           "Greater Manchester had the highest number of people contacting the helpline in the north west."),
    "cy": (", yr isaf yng ngogledd-orllewin Lloegr.", "Swydd Gaer sydd â’r nifer uchaf yng ngogledd-orllewin Lloegr.",
           "Cumbria oedd â’r nifer isaf o unrhyw ardal heddlu yng ngogledd-orllewin Lloegr.",
           "Swydd Gaer oedd â’r nifer uchaf o bobl yn cysylltu â’r llinell gymorth yng ngogledd-orllewin Lloegr.",
           "Manceinion Fwyaf oedd â’r nifer uchaf o bobl a gysylltodd â’r llinell gymorth yng ngogledd-orllewin "
           "Lloegr."),
}
MILLION = {  # Cheshire's 1,050,000 residents (the ranked campaign's) as a round number in words: false, then true
    "en": ("Cheshire has a population of nearly a million.", "Cheshire has a population of more than a million."),
    "cy": ("Mae gan Swydd Gaer boblogaeth o bron miliwn.", "Mae gan Swydd Gaer boblogaeth o fwy na miliwn."),
}
RATE_OR_NUMBER = {  # a rank naming a number, held against the rank by count (Greater Manchester is first by count,
    # third by rate per 100,000 people): false, then ranks naming a rate, true
    "en": ("Greater Manchester had the third highest number in the north west.",
           "Greater Manchester had the third highest rate in the north west. Merseyside had the highest rate."),
    "cy": ("Manceinion Fwyaf oedd â’r trydydd nifer uchaf yng ngogledd-orllewin Lloegr.",
           "Manceinion Fwyaf oedd â’r drydedd gyfradd uchaf yng ngogledd-orllewin Lloegr."),
}
CHANGE_RANK = {  # a rank by the size of the change: Cheshire's 193 per cent is the north west's biggest rise
    "en": ("Cheshire saw the smallest rise in the north west.", "Cheshire saw the biggest rise in the north west."),
    "cy": ("Gwelodd Swydd Gaer y cynnydd lleiaf yng ngogledd-orllewin Lloegr.",
           "Gwelodd Swydd Gaer y cynnydd mwyaf yng ngogledd-orllewin Lloegr."),
}
FRACTION = {  # a change as a fraction of the earlier figure, false (Cheshire rose by 193 per cent), then true
    "en": ("In Cheshire, the number has risen by half.", "a third", "In Cheshire, the number has risen tenfold.",
           "In Cheshire, the number has risen by more than half. Half of the callers were men."),
    "cy": ("Yn Swydd Gaer, mae’r nifer wedi cynyddu hanner.", "traean",
           "Yn Swydd Gaer, mae’r nifer wedi cynyddu deg gwaith.",
           "Yn Swydd Gaer, mae’r nifer wedi cynyddu mwy na hanner. Roedd hanner y galwyr yn ddynion."),
}
GENERAL_PLACES = {  # the region in general words: a false rank (Cheshire is fourth highest), then true ones
    "en": ("Cheshire now has the highest number in the region.", "Cheshire had the most people nationally.",
           "Cumbria had the lowest number in the region. Greater Manchester had the highest number regionally."),
    "cy": ("Swydd Gaer sydd â’r nifer uchaf yn y rhanbarth.", "Swydd Gaer sydd â’r nifer uchaf yn genedlaethol.",
           "Cumbria oedd â’r nifer isaf yn y rhanbarth. Manceinion Fwyaf oedd â’r nifer uchaf ar draws y "
           "rhanbarth."),
}
NO_PLACE = {  # a superlative that ends a sentence about an area: its rank in its region, false then true
    "en": ("Cheshire saw the smallest rise.", "Cheshire now has the highest number.",
           "Cheshire saw the biggest rise. Cumbria had the lowest number."),
    "cy": ("Gwelodd Swydd Gaer y cynnydd lleiaf.", "Swydd Gaer sydd â’r nifer uchaf.",
           "Gwelodd Swydd Gaer y cynnydd mwyaf. Cumbria oedd â’r nifer isaf."),
}
REGIONAL = {  # a figure said of the region in an adjective: the region's figure, not the area's
    "en": ("Between January and June 2018, the regional total was {}.",
           "Cheshire's rise of {} compares with {} across the region."),
    "cy": ("Rhwng Ionawr a Mehefin 2018, {} oedd y cyfanswm rhanbarthol.",
           "Cododd y nifer yn Swydd Gaer {}, o’i gymharu â {} ar draws y rhanbarth."),
}
PLURAL_CHANGE = {  # a plural subject's change words: false of Cheshire's 2.93 times, true of the north west's 2.03
    "en": ("In Cheshire, calls to the helpline more than treble.",
           "Across the north west, calls to the helpline more than double."),
    "cy": ("Yn Swydd Gaer, mae’r nifer wedi mwy na threblu.",
           "Yng ngogledd-orllewin Lloegr, mae’r nifer wedi mwy na dyblu."),
}
ATTRIBUTION = {  # the words introducing a quote, the title put after the name
    "en": ("Assistant Chief Constable Alan Barr, from", "Alan Barr, Assistant Chief Constable, from"),
    "cy": ("y Prif Gwnstabl Cynorthwyol Alan Barr, o", "Alan Barr, y Prif Gwnstabl Cynorthwyol, o"),
}
MONEY = {  # an amount of money in a campaign that measures none: to check by hand
    "en": "Fines for sharing such images can reach £5,000.",
    "cy": "Gall dirwyon am rannu delweddau o’r fath gyrraedd £5,000.",
}
COMPARED = {  # two places compared: Cheshire's rise (193 per cent, 290 more) is bigger than Cumbria's (90, 81) and,
    # in per cent, than Greater Manchester's (100 per cent, 620 more); its 440 is not more than any other's
    "en": ("Cheshire saw a smaller rise than Cumbria.", "the figure rose to 440, more than any other force area in the "
           "north west.", "Cheshire saw a bigger rise than Greater Manchester. More people than ever called."),
    "cy": ("Gwelodd Swydd Gaer gynnydd llai na Cumbria.", "cododd y ffigur i 440, mwy nag unrhyw ardal heddlu arall "
           "yng ngogledd-orllewin Lloegr.", "Gwelodd Swydd Gaer gynnydd mwy na Manceinion Fwyaf."),
}
ABOVE = {  # the same compared with no "than": Cheshire's rise is above Cumbria's, not below it
    "en": ("Cheshire’s rise was below Cumbria’s.", "Cheshire’s rise was above Cumbria’s. The figures above are the "
           "charity’s."),
    "cy": ("Roedd cynnydd Swydd Gaer islaw cynnydd Cumbria.", "Roedd cynnydd Swydd Gaer uwchlaw cynnydd Cumbria."),
}
RANK_SENTENCE = {
    "en": '{{ area.in_text }} ranks {{ rank("contacts") }} among the police force areas of {{ area.parent.in_text }}.',
    "cy": 'Mae {{ area.name_cy }} {{ rank("contacts", after="yn") }} ymhlith ardaloedd heddlu {{ area.parent.yn_cy }}.',
}
LISTED = {  # the region's areas under a lead-in that states their order (for the edits of a list's order)
    "en": "The police force areas of {{ story.place(area.parent) }}, highest first:",
    "cy": "Ardaloedd heddlu {{ story.place(area.parent) }}, y nifer uchaf yn gyntaf:",
}
ALPHABETICAL = {"en": "in alphabetical order", "cy": "yn nhrefn yr wyddor"}
LIST_LINES = ('{% for k in areas_listed("contacts", "after", area.parent, by="count") %}'
              '- {{ story.name(k) }}: {{ count("contacts", "after", k) }}, {up} {{ count("contacts", "before", k) }}'
              '\n{% endfor %}')  # with UP_FROM's words in the language's release
RATE_COMPARED = {  # Cheshire's rate (14.3 per 100,000 people, then 41.9) was below Cumbria's (18.0, then 34.2) only in
    # the earlier period: said with no period, of the newer one (false); naming the earlier one (true)
    "en": ("Cheshire’s rate was lower than Cumbria’s.",
           "Between July and December 2017, Cheshire’s rate was lower than Cumbria’s."),
    "cy": ("Roedd cyfradd Swydd Gaer yn is na chyfradd Cumbria.",
           "Rhwng Gorffennaf a Rhagfyr 2017, roedd cyfradd Swydd Gaer yn is na chyfradd Cumbria."),
}


SHARE_WORDS = {  # Cheshire's share of the north west's people in words: 12.4 per cent is not half, but over a tenth
    "en": ("Between January and June 2018, Cheshire accounted for half of the people contacting the helpline in the "
           "north west.", "Cheshire accounted for more than a tenth of the people contacting the helpline in the north "
           "west."),
    "cy": ("Rhwng Ionawr a Mehefin 2018, roedd Swydd Gaer yn cyfrif am hanner o’r bobl a gysylltodd â’r llinell "
           "gymorth yng ngogledd-orllewin Lloegr.", "Roedd Swydd Gaer yn cyfrif am fwy na degfed ran o’r bobl a "
           "gysylltodd â’r llinell gymorth yng ngogledd-orllewin Lloegr."),
}
PROPORTION = {  # the same share as a proportion: 12.4 per cent is not one in three; it is more than one in ten
    "en": ("One in three people contacting the helpline in the north west between January and June 2018 was from "
           "Cheshire.", "More than one in ten people contacting the helpline in the north west was from Cheshire."),
    "cy": ("Roedd un o bob tri o’r bobl a gysylltodd â’r llinell gymorth yng ngogledd-orllewin Lloegr rhwng Ionawr a "
           "Mehefin 2018 yn dod o Swydd Gaer.", "Roedd mwy nag un o bob deg o’r bobl a gysylltodd â’r llinell gymorth "
           "yng ngogledd-orllewin Lloegr yn dod o Swydd Gaer."),
}
CAPTION = {  # a caption's label typed by hand: its number is no figure
    "en": "Figure 1: people contacting the helpline, by police force area",
    "cy": "Ffigur 1: pobl a gysylltodd â’r llinell gymorth, yn ôl ardal heddlu",
}
AGES = {  # an age range is no figure; a wrong count beside one is (the twin)
    "en": ("The campaign was aimed at people aged 16 to 24; most callers were aged between 25 and 44, few aged over "
           "65.",
           "Between January and June 2018, {} people aged 16 to 24 from Cheshire contacted the helpline."),
    "cy": ("Roedd yr ymgyrch wedi’i hanelu at bobl rhwng 16 a 24 oed; roedd y rhan fwyaf o’r galwyr rhwng 25 a 44 "
           "oed.",
           "Rhwng Ionawr a Mehefin 2018, cysylltodd {} o bobl rhwng 16 a 24 oed o Swydd Gaer â’r llinell gymorth."),
}
PERIOD_RANGES = {  # ranges of other things beside a period: no figures; a wrong count's range is (the twin)
    "en": ("Between January and June 2018, callers waited from 20 to 30 minutes; the helpline was open from 9 to 5, "
           "and most callers were aged 18 to 24.",
           "Between January and June 2018, the number in Cheshire went from 150 to {} people."),
    "cy": ("Rhwng Ionawr a Mehefin 2018, bu galwyr yn aros rhwng 20 a 30 munud; roedd y llinell ar agor o 9 i 5, ac "
           "roedd y rhan fwyaf o’r galwyr rhwng 18 a 24 oed.",
           "Rhwng Ionawr a Mehefin 2018, aeth y nifer yn Swydd Gaer o 150 i {} o bobl."),
}
LABELS = {  # roads, a disease's name, a school year, a level, a day, a short code, a share of something else
    "en": ("Between January and June 2018, posters went up along the A6 and the M62 in Cheshire, as during Covid-19; "
           "Year 7 pupils and volunteers trained to Level 3 took part from the 3rd. Text 81066 for help. The NSPCC "
           "says 60% of abuse goes unreported. Lines are open from 10 till 4 at weekends. The campaign’s 2nd phase "
           "begins in July (registered charity number 1013025).",
           "Between January and June 2018, {} people from Cheshire contacted the helpline, after posters went up along "
           "the A6 from the 3rd."),
    "cy": ("Rhwng Ionawr a Mehefin 2018, aeth posteri i fyny ar hyd yr A6 a’r M62 yn Swydd Gaer, fel yn ystod "
           "Covid-19; cymerodd disgyblion Blwyddyn 7 a gwirfoddolwyr wedi’u hyfforddi i Lefel 3 ran o’r 3ydd. "
           "Tecstiwch 81066 am help. Dywed yr NSPCC nad yw 60% o achosion yn cael eu hadrodd. Mae’r llinellau ar "
           "agor o 10 tan 4 ar benwythnosau. Mae 2il gam yr ymgyrch yn dechrau ym mis Gorffennaf (elusen gofrestredig "
           "rhif 1013025).",
           "Rhwng Ionawr a Mehefin 2018, cysylltodd {} o bobl o Swydd Gaer â’r llinell gymorth, ar ôl i bosteri fynd i "
           "fyny ar hyd yr A6 o’r 3ydd."),
}
CONTEXT = {  # what a charity's press officer adds for context: no figures, or to check by hand; a wrong count beside
    "en": ("The age of criminal responsibility is 10. Stop It Now! (registered charity no. 1013025) helps people aged "
           "11–17 and adults; buses on the 9 and the 61 routes carry its adverts, and the campaign reached 2 million "
           "people online. Visit stopitnow.org.uk/2024 or follow #StopItNow2024: it has helped 1,000s of people (see "
           "page 12 of its report). In Cheshire, 20 per cent of people contacting the helpline between January and "
           "June 2018 were women. Reports to police have risen 25% since 2019, according to the NSPCC.",  # (the twin)
           "The age of criminal responsibility is 10, and {} people from Cheshire contacted the helpline between "
           "January and June 2018 (stopitnow.org.uk/2024)."),
    "cy": ("Mae oedran cyfrifoldeb troseddol yn 10. Mae Stop It Now! (elusen gofrestredig rhif. 1013025) yn helpu pobl "
           "11–17 oed. Ewch i stopitnow.org.uk/2024 neu #StopItNow2024 (gweler tudalen 12 yr adroddiad). Yn ôl yr "
           "NSPCC, mae adroddiadau i’r heddlu wedi codi 25% ers 2019.",
           "Mae oedran cyfrifoldeb troseddol yn 10, a chysylltodd {} o bobl o Swydd Gaer â’r llinell gymorth rhwng "
           "Ionawr a Mehefin 2018 (stopitnow.org.uk/2024)."),
}
TIME_AND_PLACE = {  # context outside the campaign's periods and areas: to check by hand; its twins a year one off
    # beside the campaign's months, and a wrong count beside "since 2020" in a sentence naming the campaign's period
    "en": ("Almost 5,000 people have used the self-help website since 2020. Since the campaign began in 2002, over "
           "100,000 people have contacted the helpline. Over the last ten years, 4,000 people have called it. "
           "Nationally, 9,000 people contacted the helpline, and across the UK 12,000 people did so between January "
           "and June 2018.",
           "Between January and June 2019, 440 people from Cheshire contacted the helpline.",
           "Since 2020, {} people from Cheshire have contacted the helpline between January and June 2018."),
    "cy": ("Mae bron i 5,000 o bobl wedi defnyddio’r wefan hunangymorth ers 2020. Ers i’r ymgyrch ddechrau yn 2002, "
           "mae dros 100,000 o bobl wedi cysylltu â’r llinell gymorth. Dros y deng mlynedd diwethaf, mae 4,000 o bobl "
           "wedi ei ffonio. Ledled y DU, cysylltodd 12,000 o bobl â’r llinell gymorth rhwng Ionawr a Mehefin 2018.",
           "Rhwng Ionawr a Mehefin 2019, cysylltodd 440 o bobl o Swydd Gaer â’r llinell gymorth.",
           "Ers 2020, mae {} o bobl o Swydd Gaer wedi cysylltu â’r llinell gymorth rhwng Ionawr a Mehefin 2018."),
}
REFERENCES = {  # a law's section and a time ("10.30am", Welsh "10.30yb"): no figures
    "en": "Viewing such images is an offence under Section 2 of the Act. The charity will brief reporters at 10.30am.",
    "cy": "Mae gwylio delweddau o’r fath yn drosedd o dan Adran 2 o’r Ddeddf. Bydd yr elusen yn briffio gohebwyr am "
          "10.30yb.",
}
LAWS = {  # a law's name with its year ("Act 2003", "the 2003 Act"): no period; a wrong year beside one is (the twin)
    "en": ("Viewing such images is an offence under the Sexual Offences Act 2003 and the Protection of Children Act "
           "1978; the 2003 Act also covers sharing them.",
           "Under the Sexual Offences Act 2003, 440 people in Cheshire contacted the helpline between January and "
           "June 2019."),
    "cy": ("Mae gwylio delweddau o’r fath yn drosedd o dan Ddeddf Troseddau Rhywiol 2003 a Deddf Amddiffyn Plant "
           "1978.",
           "O dan Ddeddf Troseddau Rhywiol 2003, cysylltodd 440 o bobl o Swydd Gaer â’r llinell gymorth rhwng Ionawr "
           "a Mehefin 2019."),
}
EVERYDAY = {  # a rise in everyday words, then a fall: "rose by 193 per cent" made "climbed by", "dropped by"
    "en": ("climbed by", "dropped by"),
    "cy": ("wedi codi", "wedi lleihau"),  # Welsh "wedi cynyddu 193%" made "wedi codi", "wedi lleihau"
}
RISE_IN_POINTS = {  # the region's rise of 103 per cent typed as "90 percentage points", the gap between it and
    # Cheshire's 193 per cent but no rise of the region's; the twin says the gap after the rise, as a gap
    "en": ("90 percentage points", "90 points below Cheshire’s"),
    "cy": ("90 pwynt canran", "90 pwynt canran islaw cynnydd Swydd Gaer"),
}
OTHER_UNIT = {  # what 150 counts, drafter's words; another thing typed over them ("150 households"); a word added
    "en": ("people", "households", "individual people"),
    "cy": ("o bobl", "o aelwydydd", "o bobl wahanol"),
}
PROSE_LIST = {  # a list of areas' figures turned into prose by a colleague: each true, then Cumbria's later one wrong
    "en": "Cheshire rose from 150 to 440, Cumbria from 90 to {} and Greater Manchester from 620 to 1,240.",
    "cy": "Cododd Swydd Gaer o 150 i 440, Cumbria o 90 i {} a Manceinion Fwyaf o 620 i 1,240.",
}
BY_DIFFERENCE = {  # the region's change as the difference in number: in place of "from 1,747" (English), or new
    "en": ("went from {} to", "went up by {} to"),
    "cy": ("", "Yng ngogledd-orllewin Lloegr, cynyddodd y nifer {} i 3,549."),
}
QUOTE_SPLIT = {  # a quote's paragraph split in two (the second opening with a quotation mark), and a word changed
    "en": ("children and, wherever possible", "children\n\n“and, wherever possible", "and, whenever possible"),
    "cy": ("plant ac, lle bynnag", "plant\n\n“ac, lle bynnag", "ac, pryd bynnag"),
}
GAP = {  # the gap in points between the region's rise (103 per cent) and Cheshire's (193)
    "en": "The north west’s rise was 90 points below Cheshire’s.",
    "cy": "Roedd cynnydd gogledd-orllewin Lloegr 90 pwynt canran islaw cynnydd Swydd Gaer.",
}
GAP_COMPARED = {  # the same gap with a comparative and "than" (Welsh "yn is na"): true; the twin says it is above
    "en": ("The north west’s rise was 90 percentage points lower than Cheshire’s.",
           "The north west’s rise was 90 points above Cheshire’s."),
    "cy": ("Roedd cynnydd gogledd-orllewin Lloegr 90 pwynt canran yn is na chynnydd Swydd Gaer.",
           "Roedd cynnydd gogledd-orllewin Lloegr 90 pwynt canran yn uwch na chynnydd Swydd Gaer."),
}
REGION_GAP = {  # the gap said with the region's possessive ("than the region's"): true; the twin a gap no places give
    "en": ("Cheshire’s rise was 90 points higher than the region’s.",
           "Cheshire’s rise was 5 points higher than the region’s."),
    "cy": ("Roedd cynnydd Swydd Gaer 90 pwynt canran yn uwch na chynnydd y rhanbarth.",
           "Roedd cynnydd Swydd Gaer 5 pwynt canran yn uwch na chynnydd y rhanbarth."),
}
GAP_FALSE = {  # a gap in points that no two places' rises give (Cheshire's 193 per cent is 90 points above 103)
    "en": "The north west’s rise was 3.5 points lower than Cheshire’s.",
    "cy": "Roedd cynnydd gogledd-orllewin Lloegr 3.5 pwynt canran yn is na chynnydd Swydd Gaer.",
}
LAWS_TYPED = {  # a law's name typed in lower case in a sentence of the data, and a law's year that is one of the
    # campaign's but names no period of it (benign); a heading in title case whose wrong year has a law's word a few
    # capitalised words before it (the twin)
    "en": ("Under the children act 1989 and the Children and Social Work act 2017, 440 people in Cheshire contacted "
           "the helpline between January and June 2018. Since the Children and Social Work Act 2017, 440 people in "
           "Cheshire have contacted the helpline.",
           "Helpline Hears From 440 People In Cheshire Under The Act In June 2019"),
    "cy": ("O dan ddeddf plant 1989, cysylltodd 440 o bobl o Swydd Gaer â’r llinell gymorth rhwng Ionawr a Mehefin "
           "2018. Ers Deddf Plant a Gwaith Cymdeithasol 2017, mae 440 o bobl o Swydd Gaer wedi cysylltu â’r llinell "
           "gymorth.", "O dan y Ddeddf Ym Mehefin 2019, Cysylltodd 440 o Bobl o Swydd Gaer â’r Llinell Gymorth"),
}
FROM_IN_WORDS = {  # a number in words after "from" or "to": a figure (150 is 'one hundred and fifty'), and idioms
    # and ranges of something else (a range's start counts what its end counts: hours)
    "en": ("In Cheshire, 440 people contacted the helpline between January and June 2018, up from one hundred and "
           "sixty.", "In Cheshire, volunteers pass calls from one to the next, from two to three a day, and replies "
           "take from twenty-four to forty-eight hours, or from 24 to 48 hours at weekends."),
    "cy": ("Yn Swydd Gaer, cysylltodd 440 o bobl â’r llinell gymorth rhwng Ionawr a Mehefin 2018, i fyny o gant a "
           "chwe deg.", "Yn Swydd Gaer, mae gwirfoddolwyr yn trosglwyddo galwadau o un i’r llall, o ddau i dri y "
           "dydd, ac mae atebion yn cymryd o 24 i 48 awr."),
}
COMPARED_WITH = {  # the region's later figure compared with its earlier one, the period named only for the earlier:
    # true (the benign class); the two figures the other way round (the twin)
    "en": "In the north west, {} people contacted the helpline, compared with {} {}.",
    "cy": "Yng ngogledd-orllewin Lloegr, cysylltodd {} o bobl â’r llinell gymorth, o’i gymharu â {} {}.",
}
OWN_PERIODS = {  # each figure with a period straight after it: "from {earlier figure} {its period} to …"
    "en": "In Cheshire, the number went from {} {} to {} {}.",
    "cy": "Yn Swydd Gaer, aeth y nifer o {} {} i {} {}.",
}
WORDED_206 = {"cy": "dau gant a chwech"}  # a number in words a colleague types in Welsh (drafter writes figures)
QUOTED_CHANGE = {"en": ("almost treble", "almost double"), "cy": ("bron â threblu", "bron â dyblu")}  # in a quote
THANKS = {"en": "We thank every volunteer.", "cy": "Diolch i bob gwirfoddolwr."}  # a sentence with no figure


HEADLINE_FIGURE = {"en": "rises by {}", "cy": "wedi cynyddu {}"}  # a headline rewritten with a figure in it
NUMBER_START = {  # a sentence opening with its figure in words, as style guides ask: true (150), then not (160)
    "en": "{} people from Cheshire contacted the helpline between July and December 2017.",
    "cy": "{} o bobl o Swydd Gaer a gysylltodd â’r llinell gymorth rhwng Gorffennaf a Rhagfyr 2017.",
}
NUMBER_START_WORDS = {"en_GB": ("One hundred and fifty", "One hundred and sixty"),
                      "en_US": ("One hundred fifty", "One hundred sixty"),
                      "cy_GB": ("Cant a hanner", "Cant a chwe deg")}
OTHER_AREA = {  # Merseyside's later count (899), pasted from its release: said of Cheshire, then of Merseyside
    "en": ("Between January and June 2018, 899 people from Cheshire contacted the helpline.",
           "Merseyside saw 899 people between January and June 2018."),
    "cy": ("Rhwng Ionawr a Mehefin 2018, cysylltodd 899 o bobl o Swydd Gaer â’r llinell gymorth.",
           "Cysylltodd 899 o bobl ar Lannau Mersi rhwng Ionawr a Mehefin 2018."),
}
ALMOST_DOUBLED = {  # "almost doubled" of Lancashire (410 to 799: 1.95 times, true) and Merseyside (477 to 899: 1.88)
    "en": ("In Lancashire, the number has almost doubled.", "In Merseyside, the number has almost doubled."),
    "cy": ("Mae’r nifer yn Swydd Gaerhirfryn bron wedi dyblu.", "Mae’r nifer ar Lannau Mersi bron wedi dyblu."),
}
AS_MANY_AS = {  # the later count, then the earlier one with the earlier period after it: the period is the 150's
    "en": "In Cheshire, {} people contacted the helpline – almost three times as many as the 150 who did so between "
          "July and December 2017.",
    "cy": "Yn Swydd Gaer, cysylltodd {} o bobl â’r llinell gymorth – bron tair gwaith cymaint â’r 150 a wnaeth hynny "
          "rhwng Gorffennaf a Rhagfyr 2017.",
}
RELATIVE = {  # the comparison period named by where it stands: the example compares January to June 2018 with the
    # six months before, so a month, a year or the same period a year before is wrong (harmful), and six months
    # before, "last year" (2017) and "Last year" naming the newer period are true (benign)
    "en_GB": ("In Cheshire, {after} people contacted the helpline, up from {before} {phrase}.",
              ("the previous month", "a year earlier", "the same period last year", "last month"),
              ("In Cheshire, the number has almost trebled year on year.",),
              ("in the previous six months", "last year"), "Last year, {after} people from Cheshire contacted the "
              "helpline."),
    "en_US": ("In Cheshire, {after} people contacted the helpline, up from {before} {phrase}.",
              ("a year ago", "the previous quarter", "the same period last year"),
              ("In Cheshire, the number has almost tripled year over year.",),
              ("in the previous six months", "the previous year"), "Last year, {after} people from Cheshire "
              "contacted the helpline."),
    "cy_GB": ("Yn Swydd Gaer, cysylltodd {after} o bobl â’r llinell gymorth, i fyny o {before} {phrase}.",
              ("y mis blaenorol", "flwyddyn yn gynharach", "yn yr un cyfnod y llynedd"),
              ("Yn Swydd Gaer, mae’r nifer bron wedi treblu o’i gymharu â’r un cyfnod y llynedd.",),
              ("yn y chwe mis blaenorol", "y llynedd"), "Y llynedd, cysylltodd {after} o bobl o Swydd Gaer â’r "
              "llinell gymorth."),
}
WAIT_MEASURE = ("  contacts:\n    label: median wait for a call back\n    kind: rate\n    unit: weeks\n"
                "    unit_one: week\n    change_in: unit\n    label_cy: amser aros canolrifol am alwad yn ôl\n"
                "    unit_cy: wythnosau\n    unit_one_cy: wythnos\n    subject: the median wait for a call back in "
                "{area}\n    plural: false\n    subject_cy: yr amser aros canolrifol am alwad yn ôl {yn_cy}\n")
WAITS = ("area,measure,before,after\nNorth West,contacts,13.1,11.2\nCheshire,contacts,16.0,12.0\n"
         "Cumbria,contacts,10.0,11.0\nGreater Manchester,contacts,14.6,12.4\nLancashire,contacts,8.0,8.0\n"
         "Merseyside,contacts,12.5,10.0\n")  # Cheshire's wait falls by 4.0 weeks, 25 per cent
WEEKS = {"en": "weeks", "cy": "wythnosau"}
SHORTER = {  # Cheshire's change in weeks in other words: true with its 4.0, a finding with 5.0
    "en": "In Cheshire, the median wait for a call back is now {} weeks shorter.",
    "cy": "Yn Swydd Gaer, mae’r amser aros canolrifol am alwad yn ôl bellach {} o wythnosau yn fyrrach.",
}
OUT_OF_HOURS = "07700 900 001"  # campaign.yaml's media_contact.out_of_hours
LINE_BREAK = "<w:r><w:br/></w:r>"  # Shift+Enter in Word
NOTE_MARK = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
POPULATION = {"North West": "7,250,000", "Cheshire": "1,050,000", "Cumbria": "500,000", "Greater Manchester":
              "2,800,000", "Lancashire": "1,500,000", "Merseyside": "1,400,000"}


@dataclass(frozen=True)
class Edit:
    slug: str
    cls: str  # the class of edit: "count", "percent", "change word", … or "rewording", "deleted note", …
    harmful: bool
    formats: tuple[str, ...]
    apply: Callable[[Path], None]
    expected: str = ""  # what a finding must name as expected (harmful edits)
    ranked: bool = False  # made on the example with a rank sentence added


def ranked_campaign(target: Path) -> Path:
    """The shipped example with one more sentence, giving each force area's rank (for the ordinal edits), the
    region's areas listed under a lead-in that states their order (for the edits of a list's order), a chart (for
    the edits of a Word chart's figures), a table (for a sign in its change column), and populations, so that its
    counts have rates per 100,000 people (for the edits of a rate; the release states none)."""
    shutil.copytree(EXAMPLE, target)
    shipped = ROOT / "templates" / "helpline-rise"
    (target / "ranked").mkdir()
    for name, code in (("release.md.j2", "en"), ("release.cy.md.j2", "cy")):
        text = (shipped / name).read_text(encoding="utf-8")
        marker = '{% elif has("contacts", "after") %}'  # the end of the headline of a change, as before
        lines = LIST_LINES.replace("{up}", UP_FROM[code])
        text = text.replace(marker, f"\n{RANK_SENTENCE[code]}\n\n{LISTED[code]}\n\n{lines}\n{marker}", 1)
        (target / "ranked" / name).write_text(text, encoding="utf-8")
    campaign = target / "campaign.yaml"
    text = campaign.read_text(encoding="utf-8").replace("template: helpline-rise", "template: ranked")
    text = text.replace("\nperiods:", "    unit_cy: pobl\n"
                        "    population: population\n    per: 100000\n  population:\n"
                        "    label: residents\n    unit: people\n\nperiods:", 1)
    campaign.write_text(text + "\nchart: true\ntable: true\n", encoding="utf-8")
    with (target / "figures.csv").open("a", encoding="utf-8") as figures:  # a rate per 100,000 people
        figures.writelines(f'{area},population,"{people}","{people}"\n' for area, people in POPULATION.items())
    return target


def waits_campaign(target: Path) -> Path:
    """The shipped example as a median wait in weeks whose change is given in weeks (``change_in: unit``), drafted
    with the rate-change template ("has fallen by 4.0 weeks"), its quotes (of a count that almost trebled)
    withdrawn."""
    shutil.copytree(EXAMPLE, target)
    campaign = target / "campaign.yaml"
    text = campaign.read_text(encoding="utf-8").replace("template: helpline-rise", "template: rate-change")
    start, end = text.index("  contacts:\n"), text.index("periods:")
    campaign.write_text(text[:start] + WAIT_MEASURE + text[end:], encoding="utf-8")
    (target / "figures.csv").write_text(WAITS, encoding="utf-8")
    quotes = target / "quotes.yaml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace("    status: approved", "    status: withdrawn"),
                      encoding="utf-8")
    return target


def waits_edits(release: Release, style: HouseStyle) -> list[Edit]:
    """The edits of a change in weeks: a percentage typed over it (a false one harmful; a true one is a note on the
    house style, in tests/test_change_in_unit.py), and the change in other words, right and wrong."""
    code = style.language.code
    four = next(f.text for f in release.facts if f.area == AREA and f.name.endswith(".difference"))  # "4.0"
    weeks = style.language.unit_after(WEEKS[code])  # Welsh "o wythnosau"
    wrong = wording.percent_text(Decimal(30), style)[0]
    return [Edit("unit-change-percent", "change in its unit as a percentage, wrong", True, ("md", "txt"),
                 replace(f"{four} {weeks}", wrong, containing=f"{four} {weeks}, "), four),
            Edit("unit-change-in-words", "change in its unit in other words", False, ONE[0],
                 add(SHORTER[code].format(four), style)),
            Edit("unit-change-in-words-wrong", "change in its unit in other words, wrong", True, ONE[1],
                 add(SHORTER[code].format(wording.published_rate_text(Decimal("5.0"), style)), style), four)]


def drafted(out: Path, fmt: str) -> Path:
    """The one release drafted into ``out`` as ``fmt``: cheshire.docx, or cheshire.cy.docx in Welsh."""
    (found,) = out.glob(f"*.{fmt}")
    return found


def draft(campaign: Path, out: Path, locale: str) -> tuple[Release, HouseStyle]:
    api.draft(campaign, out, areas=[AREA], formats=list(FORMATS), locale=locale)
    batch = prepare(campaign, [AREA], locale=locale)
    return batch.renderer.render(batch.campaign, batch.campaign.area(AREA), batch.style), batch.style


def edits(release: Release, style: HouseStyle, *, ranked: bool = False) -> list[Edit]:
    """Every edit of the corpus for one drafted release (``ranked``: the edits of the rank sentence, the list and
    the chart only)."""
    facts = {f"{f.area} {f.name}": f.text for f in release.facts}
    code = style.language.code
    texts = [b.text for b in release.blocks]
    if ranked:
        rank = next(f for f in release.facts if f.name.endswith(".rank"))
        position = int(rank.value)
        shown = rank.text  # the fact as the rank sentence prints it: "yn bedwerydd"
        wrong = style.language.form_after("yn", wording.ordinal_text(position + 1, style))
        rate = wording.count_text(round_half_up(Decimal(440) / Decimal(POPULATION[AREA].replace(",", "")) * 100_000, 1),
                                  style, figures=True)  # Cheshire's contacts after, per 100,000 people: 41.9
        sentence, base = RATE[code]
        cumbria = next(f.text for f in release.facts if f.name == "contacts.before-after.percent"
                       and f.area == "Cumbria")  # "90 per cent": "+90 per cent" in the table's change column
        signs = [Edit("table-sign", "sign in a table", True, ("docx", "md"),
                      replace(f"+{cumbria}", f"−{cumbria}", containing=f"+{cumbria}"), f"+{cumbria}", ranked=True),
                 Edit("table-places", "true approximation", False, ("docx", "md"), replace(
                     f"+{cumbria}", f"+{cumbria.replace('90', '90.0')}", containing=f"+{cumbria}"), ranked=True)]
        return [Edit("ordinal", "ordinal", True, FORMATS, replace(shown, wrong, containing=shown),
                     shown, ranked=True), *signs, *chart_edits(release), *table_cell_edits(release),
                Edit("rate", "rate", True, FORMATS, add(sentence.format("45.0"), style), rate, ranked=True),
                Edit("rate-and-base", "rate or its base", False, FORMATS,
                     add(f"{sentence.format(rate)} {base}", style), ranked=True),
                Edit("rank-of-a-number", "rate or number rank", True, ONE[1],
                     add(RATE_OR_NUMBER[code][0], style), wording.ordinal_text(1, style), ranked=True),
                Edit("true-ranks-of-a-rate", "true rate or number rank", False, ONE[2],
                     add(RATE_OR_NUMBER[code][1], style), ranked=True), *list_edits(release, style),
                Edit("rate-compared-no-period", "comparison", True, ONE[0], add(RATE_COMPARED[code][0], style), rate,
                     ranked=True),
                Edit("rate-compared-in-its-period", "true comparison", False, ONE[1],
                     add(RATE_COMPARED[code][1], style), ranked=True),
                Edit("million-in-words", "count", True, ONE[2], add(MILLION[code][0], style),
                     wording.count_text(Decimal(POPULATION[AREA].replace(",", "")), style), ranked=True),
                Edit("million-in-words-true", "true approximation", False, ONE[0], add(MILLION[code][1], style),
                     ranked=True)]
    before, after = facts[f"{AREA} contacts.before"], facts[f"{AREA} contacts.after"]
    percent, region_percent = facts[f"{AREA} contacts.before-after.percent"], \
        facts["North West contacts.before-after.percent"]
    real = change(150, 440)
    band = wording.change_words(real, style, "perfect")[0]
    exact = wording.change_words(real, style, "past", exact=True)[0]
    fall = wording.change_words(change(100, 50), style, "past", exact=True)[0]
    rise = wording.change_words(change(100, 150), style, "past", exact=True)[0]
    verb_up, verb_down = rise.split(" 50")[0], fall.split(" 50")[0]
    headline = wording.change_words(real, style, "present", headline=True)[0]
    region_before, region_after = facts["North West contacts.before"], facts["North West contacts.after"]
    typo = region_after[:-2] + region_after[:-3:-1]  # two figures the wrong way round: 3,549 → 3,594
    launched = wording.month_text(dt.date(2018, 1, 1), style)
    first_sentence = next(t for t in texts if f" {before} " in t).split(". ")[0] + "."
    periods = release_periods(style)
    dateline = wording.date_text(dt.date(2018, 9, 4), style)
    july, august = (wording.month_text(dt.date(2017, m, 1), style, year=False) for m in (7, 8))
    wrong = wording.count_text(Decimal(450), style)  # near Cheshire's 440, and no fact of the campaign's
    between = wording.between_text(dt.date(2018, 1, 1), dt.date(2018, 6, 30), style)
    between = between[:1].upper() + between[1:]  # "Between January and June 2018"
    after_period, after_date, at_time = DATED[code]
    found: list[Edit] = [
        Edit("count-other-period", "count", True, FORMATS, replace(f" {before} ", f" {after} ", containing=periods[0]),
             before),
        Edit("percent-other-area", "percent", True, FORMATS, replace(percent, region_percent, containing=exact),
             percent),
        Edit("more-than-doubled", "change word", True, FORMATS,
             replace(band, wording.change_words(change(100, 250), style, "perfect")[0]), band),
        Edit("trebled", "change word", True, FORMATS,
             replace(band, wording.change_words(change(100, 300), style, "perfect")[0]), band),
        Edit("direction", "direction word", True, FORMATS, replace(exact, exact.replace(verb_up, verb_down)),
             exact.split(" ")[0] if code == "en" else exact.split(" ")[1]),
        Edit("everyday-direction", "direction word", True, ONE[1],
             replace(exact, exact.replace(verb_up, EVERYDAY[code][1])),
             verb_up.split(" ")[0] if code == "en" else verb_up.split(" ")[1]),
        Edit("everyday-direction-true", "true change in other words", False, ONE[2],
             replace(exact, exact.replace(verb_up, EVERYDAY[code][0]))),
        Edit("rise-in-points-as-gap", "percent", True, ONE[0],
             replace(region_percent, RISE_IN_POINTS[code][0], containing=region_before), region_percent),
        Edit("gap-after-a-rise", "gap in points", False, ONE[1],
             replace(region_percent, f"{region_percent}, {RISE_IN_POINTS[code][1]}", containing=region_before)),
        Edit("unit-renamed", "count", True, ONE[2], replace(f" {before} {OTHER_UNIT[code][0]} ",
             f" {before} {OTHER_UNIT[code][1]} ", containing=periods[0]), before),
        Edit("unit-kept-word-added", "rewording", False, ONE[0], replace(f" {before} {OTHER_UNIT[code][0]} ",
             f" {before} {OTHER_UNIT[code][2]} ", containing=periods[0])),
        Edit("year", "year", True, FORMATS, replace("2018", "2019", containing=periods[1]), "2018"),
        Edit("month", "date", True, FORMATS, replace(july, august, containing=periods[0]), july),
        Edit("dateline", "date", True, FORMATS,
             replace(dateline, wording.date_text(dt.date(2018, 9, 5), style), containing=dateline, whole=True),
             "4"),
        Edit("new-sentence-figure", "new sentence", True, FORMATS,
             add(first_sentence.replace(f" {before} ", " 1,240 "), style), before),
        Edit("tracked-insertion", "tracked change", True, ("docx",), tracked(f" {before} ", " 160 "), before),
        # As Word stores an edit: a wrong figure in runs with marks between its digits; a right one with a note's
        # marker after it and a zero-width space inside; the dateline retyped as a DATE field Word updated.
        Edit("figure-in-runs", "figure split in Word", True, ("docx",), in_runs(
            f" {after}.", [" 4", BOOKMARK[0], "4", PROOF, BOOKMARK[1], "5."]), after),
        Edit("word-marks", "Word's marks", False, ("docx",), both(
            in_runs(f" {after}.", [f" {after}", SUPERSCRIPT, "."]),
            in_runs(region_after, [region_after[:2], "\u200b", region_after[2:]]))),
        Edit("dateline-field", "date", True, ("docx",), in_runs(dateline, date_field(wording.date_text(
            dt.date(2026, 12, 1), style))), dateline),
        Edit("table", "table", True, ("docx", "md"), table(periods, before, str(int(Decimal(440)) + 5), style),
             after),
        Edit("headline-change-word", "change word", True, FORMATS, replace(headline, wording.change_words(
            change(100, 250), style, "present", headline=True)[0], containing=headline), headline),
        Edit("region-count-typo", "count", True, FORMATS, replace(region_after, typo, containing=region_after),
             region_after),
        Edit("moved-and-edited", "count", True, FORMATS, both(move(_paragraph_with(texts, periods[0])),
                                                              replace(f" {after}.", " 445.")), after),
        Edit("rewording", "rewording", False, FORMATS, replace_all(REWORDINGS[code])),
        Edit("deleted-paragraph", "deleted paragraph", False, FORMATS, delete(_paragraph_with(texts, launched))),
        Edit("added-sentence", "added sentence", False, FORMATS, add(ADDED[code], style)),
        Edit("contact-details", "added sentence", False, FORMATS, add(CONTACTS[code], style)),
        Edit("other-figures", "added sentence", False, FORMATS, add(OTHER_FIGURES[code], style)),
        Edit("other-counts", "added sentence", False, FORMATS, add(OTHER_COUNTS[code], style)),
        Edit("verb-after", "figure then a verb", False, FORMATS, add(VERB_AFTER[code], style)),
        Edit("calls", "other words", True, FORMATS, add(CALLS[code].format(wrong), style), after),
        Edit("measure-words", "new sentence", True, FORMATS, add(MEASURED[code][0].format(wrong), style), after),
        Edit("bare-figure", "new sentence", True, FORMATS, add(MEASURED[code][1].format(wrong), style), after),
        Edit("after-a-period", "figure after a date", True, FORMATS, add(after_period.format(between, 12), style),
             after),
        Edit("after-a-date", "figure after a date", True, FORMATS, add(after_date.format(dateline, 12), style),
             after),  # 2018: the second period's year
        Edit("year-like-figure", "figure like a year", True, FORMATS, add(after_period.format(between, 2000), style),
             after),  # "In 2018, 2000 people": a figure, not a year
        Edit("weekday", "weekday", True, FORMATS, add(WEEKDAY[code].format(weekday(dt.date(2018, 9, 3), style)),
                                                      style), wording.weekday_date_text(dt.date(2018, 9, 4), style)),
        Edit("true-weekday", "weekday and years", False, FORMATS, add(WEEKDAY[code].format(weekday(None, style)),
                                                                      style)),
        Edit("years", "weekday and years", False, FORMATS, add(YEARS[code], style)),
        Edit("true-after-a-period", "date and a comma", False, FORMATS,
             add(after_period.format(between, after), style)),
        Edit("after-a-time", "date and a comma", False, FORMATS, add(at_time.format(f"00:01 {dateline}"), style)),
        Edit("deleted-note", "deleted note", False, FORMATS, delete(_note(release))),
        Edit("emphasis", "bold or italic", False, ("docx", "md"), emphasise(percent, _quote(release))),
        Edit("reordered", "moved paragraph", False, FORMATS, move(_paragraph_with(texts, periods[0]))),
        Edit("split", "split paragraph", False, FORMATS, split(_paragraph_with(texts, periods[0]))),
        *approximate_edits(release, style, percent, region_percent, band),
        Edit("year-like-total", "figure like a year", True, ONE[0], add(TOTAL[code].format(2000), style), after),
        Edit("year-like-in-place", "figure like a year", True, ONE[1], replace(f" {after}.", " 2000."), after),
        Edit("years-before-more", "weekday and years", False, ONE[2], add(YEARS_BEFORE_MORE[code], style)),
        Edit("areas-swapped", "figures swapped", True, ONE[0],
             add(TWO_AREAS[code].format(region_after, after), style), after),
        Edit("areas-in-place", "two areas' figures", False, ONE[1],
             add(TWO_AREAS[code].format(after, region_after), style)),
        Edit("areas-after", "two areas' figures", False, ONE[2],
             add(AREAS_AFTER[code].format(after, region_after), style)),
        Edit("place-renamed", "place name", True, ONE[2], replace(*RENAMED[code][:2]),
             RENAMED[code][0].split(" ", 1)[1]),
        Edit("place-reworded", "rewording", False, ONE[1], replace(RENAMED[code][0], RENAMED[code][2])),
        Edit("wrong-way-round", "figures swapped", True, ONE[0],
             add(FROM_TO[code].format(region_after, region_before), style), region_after),
        Edit("right-way-round", "two areas' figures", False, ONE[1],
             add(FROM_TO[code].format(region_before, region_after), style)),
        Edit("other-changes", "change of something else", False, ONE[2], add(OTHER_CHANGES[code], style)),
        Edit("first-time", "added sentence", False, ONE[0], add(FIRST_TIME[code], style)),
        Edit("up-from", "earlier figure in brackets", False, ONE[1],
             replace(f" {after}.", f" {after} ({UP_FROM[code]} {before}).")),
        Edit("up-from-wrong", "earlier figure in brackets", True, ONE[2],
             replace(f" {after}.", f" {after} ({UP_FROM[code]} 160)."), before),
        Edit("down-from", "change in other words", True, ONE[0],
             add(CHANGED[code][0].format(after, before), style), wording.change_words(real, style, "past",
                                                                                      exact=True)[0]),
        Edit("twice-as-many", "change in other words", True, ONE[1], add(CHANGED[code][1], style), band),
        Edit("number-doubled", "change in other words", True, ONE[2], add(NUMBER_DOUBLED[code], style), band),
        Edit("multiple-figures", "multiple", True, ONE[0], add(MULTIPLES[code][0], style), band),
        Edit("multiple-words", "multiple", True, ONE[1], add(MULTIPLES[code][1], style), band),
        Edit("true-multiples", "true multiple", False, ONE[2], add(MULTIPLES[code][2], style)),
        Edit("true-other-words", "true change in other words", False, ONE[0], both(
            add(TRUE_CHANGED[code][0].format(after, before), style), add(TRUE_CHANGED[code][1], style))),
        Edit("more-people", "difference", True, ONE[1], add(MORE[code].format(300), style),
             wording.count_text(Decimal(290), style)),
        Edit("true-more-people", "true change in other words", False, ONE[2],
             add(MORE[code].format(wording.count_text(Decimal(290), style)), style)),
        Edit("more-elided", "difference", True, ONE[0], add(MORE_ELIDED[code].format(300), style),
             wording.count_text(Decimal(290), style)),
        Edit("true-more-elided", "true change in other words", False, ONE[1],
             add(MORE_ELIDED[code].format(wording.count_text(Decimal(290), style)), style)),
        *rank_and_fraction_edits(style, after, percent, band),
        *general_place_edits(style, after, region_after, percent, region_percent),
        Edit("plural-change-word", "change word", True, ONE[0], add(PLURAL_CHANGE[code][0], style), band),
        Edit("true-plural-change-word", "true change in other words", False, ONE[1],
             add(PLURAL_CHANGE[code][1], style)),
        Edit("attribution-reordered", "rewording", False, ONE[2], replace(*ATTRIBUTION[code])),
        Edit("money", "added sentence", False, ONE[0], add(MONEY[code], style)),
        Edit("smaller-rise-than", "comparison", True, ONE[1], add(COMPARED[code][0], style), percent),
        Edit("more-than-any-other", "comparison", True, ONE[2], add(COMPARED[code][1], style), after),
        Edit("true-comparison", "true comparison", False, ONE[0], add(COMPARED[code][2], style)),
        Edit("below", "comparison", True, ONE[1], add(ABOVE[code][0], style), percent),
        Edit("true-above", "true comparison", False, ONE[2], add(ABOVE[code][1], style)),
        *hurried_edits(release, style, percent, after, before),
        *colleague_edits(release, style),
        *wrong_place_edits(style, before, after, (region_before, region_after)),
        *furniture_edits(release, style, headline, percent),
        *typing_edits(style, before, after, region_after),
        *relative_edits(style, before, after),
        *worded_part_edits(style, region_before, region_after),
        *half_year_edits(style),
        *side_edits(style, after, region_before, region_after),
    ]
    worded = wording.count_text(Decimal(5), style) if style.number_words else WORDED_206[code]  # "five"
    found.append(Edit("new-sentence-number-word", "number word", True, FORMATS,
                      add(first_sentence.replace(f" {before} ", f" {worded} "), style), before))
    return found


def relative_edits(style: HouseStyle, before: str, after: str) -> list[Edit]:
    """The comparison period typed by where it stands from the newer one (RELATIVE): "up from 150 the previous month",
    "a year earlier", "year on year" for the six months before (harmful, each naming the earlier period), and "in the
    previous six months", "last year" and "Last year, 440 people …" (benign)."""
    sentence, wrong, whole, right, newer = RELATIVE[style.locale]
    period = "July to December 2017"  # what a finding names, in English in every language
    harmful = [*(sentence.format(after=after, before=before, phrase=p) for p in wrong), *whole]
    benign = [*(sentence.format(after=after, before=before, phrase=p) for p in right), newer.format(after=after)]
    return [*(Edit(f"relative-period-{n}", "relative period", True, ONE[n % 3], add(s, style), period)
              for n, s in enumerate(harmful)),
            *(Edit(f"true-relative-period-{n}", "true relative period", False, ONE[n % 3], add(s, style))
              for n, s in enumerate(benign))]


PARTS = {  # the region's figures in words with a part of a thousand: 3,549 is "three and a half thousand", not "two
    # and a half thousand" (in a new sentence naming the period, and typed over the figure)
    "en": ("under two thousand", "three and a half thousand", "two and a half thousand",
           "Between January and June 2018, two and a half thousand people contacted the helpline in the north west."),
    "cy": ("lai na dwy fil", "dair mil a hanner", "ddwy fil a hanner",
           "Rhwng Ionawr a Mehefin 2018, cysylltodd dwy fil a hanner o bobl â’r llinell gymorth yng ngogledd-orllewin "
           "Lloegr."),
}


def worded_part_edits(style: HouseStyle, region_before: str, region_after: str) -> list[Edit]:
    """The region's figures in words with a part of a thousand ("three and a half thousand", Welsh "tair mil a
    hanner"), true to their rounding as "3.5k" is (benign), and false, typed over the figure and in a new sentence."""
    under, true, false, sentence = PARTS[style.language.code]
    return [Edit("true-part-of-a-thousand", "true figure in words with a part", False, ONE[0],
                 replace_all([(region_before, under), (region_after, true)])),
            Edit("part-of-a-thousand", "figure in words with a part", True, ONE[1],
                 replace(region_after, false, containing=region_before), region_after),
            Edit("part-of-a-thousand-sentence", "figure in words with a part", True, ONE[2], add(sentence, style),
                 region_after)]


HALVES = {  # the earlier period (July to December 2017) named as a half of its year: the wrong half, the right one, and
    # the wrong one in a sentence of no figure of the campaign's (context)
    "en": ("Between July and December 2017", "In the first half of 2017", "In the second half of 2017",
           "In the first half of 2017, the charity opened a new office."),
    "cy": ("Rhwng Gorffennaf a Rhagfyr 2017", "Yn ystod hanner cyntaf 2017", "Yn ystod ail hanner 2017",
           "Yn ystod hanner cyntaf 2017, agorodd yr elusen swyddfa newydd."),
}


def half_year_edits(style: HouseStyle) -> list[Edit]:
    """A figure's period retyped as a half of its year ("In the first half of 2017, 150 people …" for drafter's
    "Between July and December 2017, 150 people …"): the wrong half is a finding naming the period; the right
    half, and a half in a sentence that states none of the campaign's figures, are not."""
    drafted, wrong, right, context = HALVES[style.language.code]
    return [Edit("half-year-wrong", "half of a year, wrong", True, ONE[2], replace(drafted, wrong),
                 "July to December 2017"),
            Edit("half-year-right", "half of a year", False, ONE[0], replace(drafted, right)),
            Edit("half-year-context", "half of a year", False, ONE[1], add(context, style))]


SIDES = {  # "to" and "from" before a figure: the later period's figure said after "from" (harmful), and the region's
    # "from X to Y" said "to Y from X" (benign)
    "en": (" to {}.", " from {}.", "from {} to {}", "to {1} from {0}"),
    "cy": (" i {}.", " o {}.", "o {} i {}", "i {1} o {0}"),
}


def side_edits(style: HouseStyle, after: str, region_before: str, region_after: str) -> list[Edit]:
    """"rose by 193 per cent from 440" for drafter's "… to 440": the later period's figure said as the earlier's, and
    "35,49" for "3,549", a comma typed in the wrong place; and "to 3,549 from 1,747", each figure after its own word."""
    to, from_, both_ways, turned = SIDES[style.language.code]
    digits = region_after.replace(",", "")
    return [Edit("to-as-from", "figure's side changed", True, ONE[0], replace(to.format(after), from_.format(after)),
                 after),
            Edit("comma-misplaced", "figure's comma misplaced", True, ONE[2], replace(
                region_after, f"{digits[:2]},{digits[2:]}"), region_after),  # "35,49" for "3,549"
            Edit("to-before-from", "figure's side kept", False, ONE[1], replace(
                both_ways.format(region_before, region_after), turned.format(region_before, region_after)))]


def colleague_edits(release: Release, style: HouseStyle) -> list[Edit]:
    """Edits a colleague makes that were new to the check: thousands typed with spaces ("3 594") or in thousands
    ("4.5k"), true ("1.7k to 3.5k") and false; the area's share of the region's figure in words ("half of the people …
    in the north west", "one in three people … in the north west"), false and true; a figure and its change pasted from
    another area's release ("90 per cent to 171", Cumbria's); the area's and the region's figures exchanged between
    their two paragraphs; and a caption's label typed by hand ("Figure 1:"), whose number is no figure."""
    code = style.language.code
    facts = {f"{f.area} {f.name}": f.text for f in release.facts}
    before, after = facts[f"{AREA} contacts.before"], facts[f"{AREA} contacts.after"]
    region_before, region_after = facts["North West contacts.before"], facts["North West contacts.after"]
    percent = facts[f"{AREA} contacts.before-after.percent"]
    periods = release_periods(style)

    def worded(value: int) -> str:
        return wording.percent_text(Decimal(value), style)[0]

    half, tenth = SHARE_WORDS[code]
    return [
        Edit("thousands-with-spaces", "figure in another form", True, ONE[0], replace_all(
            [(region_before, "1 747"), (region_after, "3 594")]), region_after),
        Edit("in-thousands", "figure in another form", True, ONE[1], replace(region_after, "4.5k"), region_after),
        Edit("true-in-thousands", "true approximation", False, ONE[2], replace_all(
            [(region_before, "1.7k"), (region_after, "3.5k")])),
        Edit("share-in-words", "share in words", True, ONE[0], add(half, style), worded(12)),
        Edit("true-share-in-words", "true share in words", False, ONE[1], add(tenth, style)),
        Edit("proportion", "share in words", True, ONE[2], add(PROPORTION[code][0], style), worded(12)),
        Edit("true-proportion", "true share in words", False, ONE[0], add(PROPORTION[code][1], style)),
        Edit("pasted-from-another-area", "another area's figures", True, FORMATS, both(
            replace(percent, worded(90), containing=f" {after}."), replace(f" {after}.", " 171.")), percent),
        Edit("swapped-between-paragraphs", "another area's figures", True, FORMATS, both(
            replace(f" {before} ", f" {region_before} ", containing=periods[0]),
            replace(region_before, before, containing=region_after)), before),
        Edit("caption-label", "caption label", False, FORMATS, add(CAPTION[code], style)),
        *press_office_edits(style, region_before),
    ]


def press_office_edits(style: HouseStyle, region_before: str) -> list[Edit]:
    """Sentences a press office adds that hold numbers which are no figures of the data: an age range ("aged 16 to 24"),
    a law's section and a time ("Section 2 of the Act", "10.30am"), a law's name with its year ("the Sexual Offences Act
    2003"), a list of areas' figures turned into prose; the gap said with "lower than" (Welsh "yn is na"); the region's
    change as the difference in number ("went up by 1,802 to 3,549"); the gap in points between two places' rises ("90
    points below Cheshire's"); a quote's paragraph split in two; ranges of other things in a sentence naming a period
    ("waited from 20 to 30 minutes", "open from 9 to 5"); roads, codes and labels ("the A6", "Covid-19", "Year 7",
    "Level 3", "the 3rd", "text 81066", "60% of abuse"); what a charity adds for context ("the age of criminal
    responsibility is 10", "registered charity no. 1013025", "the 9 and the 61 routes", "stopitnow.org.uk/2024"); and
    the harmful twins: a wrong count beside an age range, beside such context or in a range beside a period or beside
    roads and a day ("along the A6 from the 3rd"), a wrong difference, a word changed in a split quote, a wrong year
    beside a law's name, a wrong figure in the list turned into prose, a gap said to be above."""
    code = style.language.code
    ages, wrong_ages = AGES[code]
    was, difference = BY_DIFFERENCE[code]
    real, wrong = (wording.count_text(Decimal(n), style) for n in (1802, 1900))
    split_at, split, changed = QUOTE_SPLIT[code]

    def by(figure: str) -> Callable[[Path], None]:
        return replace(was.format(region_before), difference.format(figure)) if was else add(difference.format(
            figure), style)

    return [
        Edit("age-range", "age range", False, ONE[0], add(ages, style)),
        Edit("count-beside-ages", "new sentence", True, ONE[1], add(wrong_ages.format(450), style),
             wording.count_text(Decimal(440), style)),
        Edit("ranges-beside-a-period", "other ranges, a period", False, ONE[1], add(PERIOD_RANGES[code][0], style)),
        Edit("range-beside-a-period", "new sentence", True, ONE[2], add(PERIOD_RANGES[code][1].format(480), style),
             wording.count_text(Decimal(440), style)),
        Edit("section-and-time", "reference or time", False, ONE[2], add(REFERENCES[code], style)),
        Edit("labels-and-codes", "labels and codes", False, ONE[0], add(LABELS[code][0], style)),
        Edit("count-beside-labels", "new sentence", True, ONE[1], add(LABELS[code][1].format(450), style),
             wording.count_text(Decimal(440), style)),
        Edit("context-a-charity-adds", "context", False, ONE[2], add(CONTEXT[code][0], style)),
        Edit("count-beside-context", "new sentence", True, ONE[0], add(CONTEXT[code][1].format(450), style),
             wording.count_text(Decimal(440), style)),
        Edit("time-and-place-outside", "context outside the campaign", False, ONE[1], add(TIME_AND_PLACE[code][0],
                                                                                           style)),
        Edit("year-one-off-beside-months", "year", True, ONE[2], add(TIME_AND_PLACE[code][1], style), "2018"),
        Edit("count-beside-since", "new sentence", True, ONE[0], add(TIME_AND_PLACE[code][2].format(450), style),
             wording.count_text(Decimal(440), style)),
        Edit("law-and-year", "law's year", False, ONE[0], add(LAWS[code][0], style)),
        Edit("wrong-year-beside-a-law", "year", True, ONE[1], add(LAWS[code][1], style), "2018"),
        Edit("list-in-prose", "list in prose", False, ONE[2], add(PROSE_LIST[code].format(171), style)),
        Edit("list-in-prose-one-wrong", "count", True, ONE[0], add(PROSE_LIST[code].format(117), style), "171"),
        Edit("up-by-the-difference", "true change in other words", False, ONE[0], by(real)),
        Edit("up-by-a-wrong-difference", "difference", True, ONE[1], by(wrong), region_before if was else real),
        Edit("gap-in-points", "gap in points", False, ONE[2], add(GAP[code], style)),
        Edit("gap-lower-than", "gap in points", False, ONE[0], add(GAP_COMPARED[code][0], style)),
        Edit("gap-above", "comparison", True, ONE[1], add(GAP_COMPARED[code][1], style), "103"),
        Edit("quote-split", "quote split", False, ("md",), replace(split_at, split)),
        Edit("quote-split-and-changed", "quote", True, ("txt",), replace(split_at, split.replace(
            split.split("“", 1)[1], changed)), split_at.split(" ")[-2]),
    ]


def hurried_edits(release: Release, style: HouseStyle, percent: str, after: str, before: str) -> list[Edit]:
    """Edits a hurried colleague makes: a percentage typed as percentage points, a percentage rounded to ten, a
    figure written in words that is not the figure ("four hundred" for 440), a quote's change word edited, a
    period's month changed in the notes to editors; and, true, the change given as the difference in number."""
    code = style.language.code
    number = percent.replace(style.percent, "").strip()  # "193"
    notes = next(b.text for b in release.blocks if b.kind == "list_item" and all(
        p in b.text for p in release_periods(style)))
    june, july = (wording.month_text(dt.date(2018, m, 1), style, year=False) for m in (6, 7))
    quoted, requoted = QUOTED_CHANGE[code]
    ending = next(b.text.rstrip()[-12:] for b in release.blocks  # a quote's last paragraph: "… offending.”"
                  if b.style == "Quote" and b.text.rstrip().endswith("”"))
    rose = f" {after}."
    found = [
        Edit("percent-as-points", "percent", True, ONE[2], replace(percent, f"{number} {style.percent_points}",
                                                                   containing=rose), percent),
        Edit("percent-rounded-to-ten", "percent", True, ONE[0], replace(percent, percent.replace(number, "190"),
                                                                        containing=rose), percent),
        Edit("quote-change-word", "quote", True, ONE[1], replace(quoted, requoted), quoted),
        Edit("quote-words-added", "quote", True, ONE[2], replace(ending, f"{ending[:-1]} {THANKS[code]}”")),
        Edit("sentence-after-quote", "rewording", False, ONE[0], replace(ending, f"{ending} {THANKS[code]}")),
        Edit("notes-period-month", "date", True, ONE[2], replace(f"{june} 2018", f"{july} 2018", containing=notes[
            5:40]), june),
        Edit("difference-for-percent", "true change in other words", False, ONE[0], replace(
            percent, wording.count_text(Decimal(290), style), containing=rose)),
    ]
    if style.number_words:  # English: numbers in words ("four hundred" is not 440)
        found.append(Edit("count-in-words", "number word", True, ONE[1], replace(rose, " four hundred."), after))
    return found


def wrong_place_edits(style: HouseStyle, before: str, after: str, region: tuple[str, str]) -> list[Edit]:
    """Figures a colleague puts in the wrong place, and words of theirs that are no figure: a gap in points that no two
    places' rises give ("3.5 points lower than Cheshire's", "5 points higher than the region's", found naming the gap,
    90 points; "90 points higher than the region's" is true); a law's name typed in
    lower case ("the children act 1989", benign) and a wrong year in a heading in title case with a law's word before
    it ("… Under The Act In June 2019"); each figure with a period straight after it, the two figures in each
    other's periods, by the periods' words or their years ("from 440 in 2017 to 150 in 2018"), and in their own
    (benign), and each in its own period with the later first ("from 440 in 2018 to 150 in 2017": a rise said as a
    fall); the region's later figure "compared with" its earlier one in the earlier period (benign) and the other
    way round; a wrong number in words after "from" ("up from one hundred and sixty"), and idioms that are no figure
    ("from one to the next", benign)."""
    code = style.language.code
    law, heading = LAWS_TYPED[code]
    words = [wording.between_text(dt.date(2017, 7, 1), dt.date(2017, 12, 31), style),
             wording.between_text(dt.date(2018, 1, 1), dt.date(2018, 6, 30), style)]
    years = [wording.between_text(dt.date(y, 1, 1), dt.date(y, 12, 31), style) for y in (2017, 2018)]  # "in 2017"
    sentence = OWN_PERIODS[code]
    return [
        Edit("gap-in-points-false", "false gap in points", True, ONE[2], add(GAP_FALSE[code], style),
             f"90 {style.percent_points}"),
        Edit("gap-than-the-region-s", "gap in points", False, ONE[1], add(REGION_GAP[code][0], style)),
        Edit("gap-than-the-region-s-false", "false gap in points", True, ONE[0], add(REGION_GAP[code][1], style),
             f"90 {style.percent_points}"),
        Edit("law-in-lower-case", "law's year in lower case", False, ONE[0], add(law, style)),
        Edit("year-in-a-heading-with-a-law", "year", True, ONE[1], add(heading, style), "2018"),
        Edit("figures-in-each-other-s-periods", "figure beside the wrong period", True, ONE[2],
             add(sentence.format(after, words[0], before, words[1]), style), before),
        Edit("figures-in-each-other-s-years", "figure beside the wrong period", True, ONE[0],
             add(sentence.format(after, years[0], before, years[1]), style), before),
        Edit("periods-turned-round", "periods turned round", True, ONE[1],
             add(sentence.format(after, years[1], before, years[0]), style), before),
        Edit("compared-with-the-earlier", "figure beside its period", False, ONE[2], add(COMPARED_WITH[code].format(
            region[1], region[0], words[0]), style)),
        Edit("compared-the-other-way", "figure beside the wrong period", True, ONE[1], add(COMPARED_WITH[code].format(
            region[0], region[1], words[0]), style), region[0]),
        Edit("number-word-after-from", "number word", True, ONE[0], add(FROM_IN_WORDS[code][0], style), before),
        Edit("number-word-idioms", "added sentence", False, ONE[2], add(FROM_IN_WORDS[code][1], style)),
        Edit("figures-in-their-periods", "figure beside its period", False, ONE[1], both(
            add(sentence.format(before, words[0], after, words[1]), style),
            add(sentence.format(before, years[0], after, years[1]), style))),
    ]


def list_edits(release: Release, style: HouseStyle) -> list[Edit]:
    """The region's list under a lead-in that states its order: two lines swapped (harmful), and the lead-in
    rewritten to another order with the lines put in it (benign)."""
    lead = next(k for k, b in enumerate(release.blocks) if b.text.endswith(":") and any(
        o in b.text for o in style.language.list_orders))
    said = next(o for o in sorted(style.language.list_orders, key=len, reverse=True) if o in release.blocks[lead].text)
    lines = []
    for block in release.blocks[lead + 1:]:
        if block.kind != "list_item":
            break
        lines.append("".join(i.text for i in block.inlines))
    alphabetical = sorted(range(len(lines)), key=lambda k: lines[k])
    up = f", {UP_FROM[style.language.code]} "
    (one, one_end), (other, other_end) = (lines[1].split(up), lines[2].split(up))
    return [Edit("list-order", "list order", True, FORMATS, reorder(lines, [1, 0, *range(2, len(lines))]), lines[0],
                 ranked=True),
            Edit("list-lines-run-together", "list lines run together", True, FORMATS, both(
                replace(lines[1], f"{one}{up}{other_end}"), replace(lines[2], f"{other}{up}{one_end}")),
                 one_end.split(" ")[0], ranked=True),
            Edit("list-order-restated", "list order restated", False, FORMATS, both(
                replace(said, ALPHABETICAL[style.language.code], containing=said), reorder(lines, alphabetical)),
                 ranked=True)]


def approximate_edits(release: Release, style: HouseStyle, percent: str, region_percent: str, band: str) -> list[Edit]:
    """Approximate words, true and false, and a percentage at more decimal places, true and false: "more than 200
    per cent" and "has almost doubled" for a rise of 193.3 per cent (false), "nearly 200 per cent" beside the
    release's "193 per cent" (one figure at two rounding levels, as the original Cheshire release had it);
    "nearly 200 per cent", "more than 100 per cent" for 103.2, "nearly tripled" in place of drafter's words
    (true, and the figure at no other rounding level); "193.2 per cent" (false) and "193.3 per cent" (true)."""
    nearly, more = APPROX[style.language.code]

    def cent(value: int) -> str:
        return wording.percent_text(Decimal(value), style)[0]

    doubled = {"en": "has almost doubled", "cy": "wedi bron â dyblu"}[style.language.code]
    tripled = {"en": "has nearly tripled", "cy": "bron wedi treblu"}[style.language.code]
    sentence = _paragraph_with([b.text for b in release.blocks], percent).split(". ")[-1]
    return [
        Edit("more-than-200", "approximate word", True, ONE[0], replace(percent, more.format(cent(200))), percent),
        Edit("almost-doubled", "approximate word", True, ONE[1], replace(band, doubled), band),
        Edit("two-rounding-levels", "approximate word", True, ONE[2],
             add(sentence.replace(percent, nearly.format(cent(200))), style), percent),
        Edit("more-decimal-places", "decimal places", True, ONE[0], replace(percent, percent.replace("193", "193.2")),
             percent),
        Edit("true-approximations", "true approximation", False, ONE[1], replace_all(
            [(percent, nearly.format(cent(200))), (region_percent, more.format(cent(100))), (band, tripled)])),
        Edit("true-decimal-places", "true approximation", False, ONE[2],
             replace(percent, percent.replace("193", "193.3"))),
    ]


def rank_and_fraction_edits(style: HouseStyle, after: str, percent: str, band: str) -> list[Edit]:
    """A superlative alone where the sentence names the region ("440, the lowest in the north west": Cheshire is
    second lowest, fourth highest), a rank by the size of the change, and a change as a fraction ("by half", "a
    third" in place of "193 per cent", "tenfold"), false and true, each in one format in turn."""
    code = style.language.code
    lowest, highest, true_lowest, in_clause, true_in_clause = SUPERLATIVE[code]
    smallest, biggest = CHANGE_RANK[code]
    half, third, tenfold, true_fractions = FRACTION[code]
    second, fourth = (wording.ordinal_text(n, style) for n in (2, 4))
    return [
        Edit("lowest-in-region", "superlative", True, ONE[0], replace(f" {after}.", f" {after}{lowest}"), second),
        Edit("highest-in-region", "superlative", True, ONE[1], add(highest, style), fourth),
        Edit("true-lowest", "true superlative", False, ONE[2], add(true_lowest, style)),
        Edit("highest-in-clause", "superlative", True, ONE[0], add(in_clause, style), fourth),
        Edit("true-highest-in-clause", "true superlative", False, ONE[1], add(true_in_clause, style)),
        Edit("smallest-rise", "rank of a change", True, ONE[0], add(smallest, style), second),
        Edit("biggest-rise", "true rank of a change", False, ONE[1], add(biggest, style)),
        Edit("by-half", "fraction", True, ONE[2], add(half, style), percent),
        Edit("a-third", "fraction", True, ONE[0], replace(percent, third, containing=f" {after}."), percent),
        Edit("tenfold", "fraction", True, ONE[1], add(tenfold, style), band),
        Edit("true-fractions", "true fraction", False, ONE[2], add(true_fractions, style)),
    ]


def general_place_edits(style: HouseStyle, after: str, region_after: str, percent: str, region_percent: str
                        ) -> list[Edit]:
    """A place said in general words: "the highest number in the region", "nationally" (the region, the top of
    the example's tree), a superlative with no place ("Cheshire saw the smallest rise.": in its region), and "the
    regional total" (the region's figure: Cheshire's 440 is a finding) and "103 per cent across the region" beside
    Cheshire's 193 (each figure its own place's), false and true, each in one format in turn."""
    code = style.language.code
    total, compared = REGIONAL[code]
    region, national, true_ranks = GENERAL_PLACES[code]
    smallest, highest, true_no_place = NO_PLACE[code]
    second, fourth = (wording.ordinal_text(n, style) for n in (2, 4))
    return [
        Edit("highest-in-the-region", "rank in general words", True, ONE[0], add(region, style), fourth),
        Edit("highest-nationally", "rank in general words", True, ONE[1], add(national, style), fourth),
        Edit("true-ranks-in-general-words", "true rank in general words", False, ONE[2], add(true_ranks, style)),
        Edit("smallest-rise-no-place", "rank with no place", True, ONE[0], add(smallest, style), second),
        Edit("highest-no-place", "rank with no place", True, ONE[1], add(highest, style), fourth),
        Edit("true-ranks-no-place", "true rank with no place", False, ONE[2], add(true_no_place, style)),
        Edit("regional-total", "regional figure", True, ONE[0], add(total.format(after), style), region_after),
        Edit("true-regional-total", "true regional figure", False, ONE[1], add(total.format(region_after), style)),
        Edit("true-regional-change", "true regional figure", False, ONE[2],
             add(compared.format(percent, region_percent), style)),
    ]


def furniture_edits(release: Release, style: HouseStyle, headline: str, percent: str) -> list[Edit]:
    """The lines round a release's story, as a colleague edits them in Word: the embargo's time changed, typed
    "10.00" (harmful), and the line retyped in title case or its time typed "00.01", "12:01am" (benign); the
    dateline's year changed and its weekday added; the headline rewritten with a rounded figure that is false
    ("rises by more than 200 per cent"), with a true one beside the release's exact figure ("nearly 200 per cent": one
    figure at two rounding levels) and with the exact one; "almost doubled" said of another area, false of
    Merseyside's 1.88 times and true of Lancashire's 1.95; the out-of-hours number with a digit changed or a
    bracket typed into it, and written another way ("07700900001", "+44 7700 900 001")."""
    code = style.language.code
    embargo = release.blocks[0].text
    us = " a.m. " in embargo  # en_US: "12:01 a.m."
    retimed = embargo.replace(" a.m. ", " p.m. ") if us else embargo.replace("00:01", "10:00", 1)
    stopped = embargo.replace("12:01 a.m.", "12:01am") if us else embargo.replace("00:01", "00.01", 1)  # same time
    wrong_stop = embargo.replace("12:01 a.m.", "10.01am") if us else embargo.replace("00:01", "10.00", 1)
    titled = " ".join(w if any(c.isdigit() for c in w) or "." in w or w in ("BST", "GMT") else w.capitalize()
                      for w in embargo.split(" "))
    day = dt.date(2018, 9, 4)
    dateline = wording.date_text(day, style)
    over = APPROX[code][1].format(wording.percent_text(Decimal(200), style)[0])
    return [
        Edit("embargo-time", "embargo", True, FORMATS, replace(embargo, retimed, containing=embargo), embargo),
        Edit("embargo-title-case", "embargo restyled", False, FORMATS, replace(embargo, titled, containing=embargo)),
        Edit("embargo-time-typed", "embargo restyled", False, FORMATS, replace(embargo, stopped, containing=embargo)),
        Edit("embargo-time-typed-wrong", "embargo", True, FORMATS, replace(embargo, wrong_stop, containing=embargo),
             embargo),
        Edit("dateline-year", "dateline", True, ONE[0], replace(dateline, wording.date_text(dt.date(2017, 9, 4), style),
                                                               containing=dateline, whole=True), dateline),
        Edit("dateline-weekday", "dateline with its weekday", False, ONE[1], replace(
            dateline, wording.weekday_date_text(day, style), containing=dateline, whole=True)),
        Edit("headline-rounded", "headline figure", True, ONE[2], replace(
            headline, HEADLINE_FIGURE[code].format(over), containing=headline), percent),
        Edit("headline-exact", "true headline figure", False, ONE[0], replace(
            headline, HEADLINE_FIGURE[code].format(percent), containing=headline)),
        Edit("headline-nearly", "headline figure", True, ONE[1], replace(headline, HEADLINE_FIGURE[code].format(
            APPROX[code][0].format(wording.percent_text(Decimal(200), style)[0])), containing=headline), percent),
        Edit("almost-doubled-true", "another area's change word", False, ONE[2], add(ALMOST_DOUBLED[code][0], style)),
        Edit("almost-doubled-false", "another area's change word, false", True, ONE[0],
             add(ALMOST_DOUBLED[code][1], style), wording.change_words(change(477, 899), style, "perfect")[0]),
        Edit("out-of-hours-digit", "media contact", True, ONE[1], replace(OUT_OF_HOURS, "07700 900 011"), OUT_OF_HOURS),
        Edit("out-of-hours-bracket", "media contact", True, ONE[2], replace(OUT_OF_HOURS, "07700 900(001"),
             OUT_OF_HOURS),
        Edit("out-of-hours-run-together", "media contact written another way", False, ONE[0],
             replace(OUT_OF_HOURS, "07700900001")),
        Edit("out-of-hours-international", "media contact written another way", False, ONE[1],
             replace(OUT_OF_HOURS, "+44 7700 900 001")),
    ]


def typing_edits(style: HouseStyle, before: str, after: str, region_after: str) -> list[Edit]:
    """How figures get typed in Word: a sentence opening with its figure in words ("One hundred and fifty people …",
    true, and "One hundred and sixty", false); another area's count pasted from its release, said of the area (false)
    and of its own area (true, Welsh "ar Lannau Mersi"); a line break (Shift+Enter) before a figure and a
    footnote's marker after one, with the figure right (benign) and wrong (harmful); the later count with the
    earlier one after it and that one's period ("almost three times as many as the 150 who did so between July and
    December 2017": the period is not the 440's), right and wrong; a line break inside a figure
    ("3,5⏎49"), which prints it on two lines, right or wrong (harmful both)."""
    code = style.language.code
    right, wrong = NUMBER_START_WORDS[style.locale]
    pasted, own = OTHER_AREA[code]
    end = f" {after}."
    return [
        Edit("number-words-start", "number words at a sentence's start", False, ONE[2],
             add(NUMBER_START[code].format(right), style)),
        Edit("number-words-start-wrong", "number words at a sentence's start, wrong", True, ONE[0],
             add(NUMBER_START[code].format(wrong), style), before),
        Edit("other-area-s-figure", "another area's figure", True, ONE[1], add(pasted, style), after),
        Edit("as-many-as-the-earlier", "figure beside another's period", False, ONE[0],
             add(AS_MANY_AS[code].format(after), style)),
        Edit("as-many-as-the-earlier-wrong", "figure beside another's period, wrong", True, ONE[1],
             add(AS_MANY_AS[code].format(445), style), after),
        Edit("other-area-s-own-figure", "another area's figure in its place", False, ONE[2], add(own, style)),
        Edit("line-break-before-figure", "line break or note mark", False, ("docx",),
             in_runs(end, [" ", LINE_BREAK, f"{after}."])),
        Edit("line-break-before-wrong-figure", "line break or note mark, wrong figure", True, ("docx",),
             in_runs(end, [" ", LINE_BREAK, "445."]), after),
        Edit("footnote-after-figure", "line break or note mark", False, ("docx",),
             in_runs(end, [f" {after}", NOTE_MARK, "."])),
        Edit("footnote-after-wrong-figure", "line break or note mark, wrong figure", True, ("docx",),
             in_runs(end, [" 445", NOTE_MARK, "."]), after),
        Edit("line-break-inside-figure", "figure split by a line break", True, ("docx",),
             in_runs(region_after, [region_after[:3], LINE_BREAK, region_after[3:]]), region_after),
        Edit("line-break-inside-wrong-figure", "figure split by a line break", True, ("docx",),
             in_runs(region_after, [region_after[:3], LINE_BREAK, region_after[:-3:-1]]), region_after),
    ]


def table_cell_edits(release: Release) -> list[Edit]:
    """The release's table of figures edited in its cells: the area's later count typed over (harmful), and the first
    column's heading retyped in capitals (benign)."""
    table = next(b.table for b in release.blocks if b.table is not None)
    heading, after = table.header[0], table.rows[0][2]
    return [Edit("table-cell", "table cell", True, ("docx", "md"), in_cell(1, 2, after, "445"), after, ranked=True),
            Edit("table-heading", "table heading restyled", False, ("docx", "md"),
                 in_cell(0, 0, heading, heading.upper()), ranked=True)]


def in_cell(row: int, column: int, old: str, new: str) -> Callable[[Path], None]:
    """``old`` replaced with ``new`` in one cell of the release's table (``row`` 0 its headings), in Word or
    Markdown."""
    def apply(path: Path) -> None:
        if path.suffix == ".docx":
            document = _opened(path)
            cell = document.tables[-1].rows[row].cells[column]
            run = next(r for p in cell.paragraphs for r in p.runs if old in r.text)
            run.text = run.text.replace(old, new, 1)
            document.save(str(path))
            return
        lines = path.read_text(encoding="utf-8").split("\n")
        tables = [k for k, line in enumerate(lines) if line.startswith("|")]
        at = tables[row + (row > 0)]  # after the headings, the line of dashes
        cells = lines[at].split("|")
        assert old in cells[column + 1], (old, cells)
        cells[column + 1] = cells[column + 1].replace(old, new, 1)
        lines[at] = "|".join(cells)
        path.write_text("\n".join(lines), encoding="utf-8")

    return apply


def weekday(day: dt.date | None, style: HouseStyle) -> str:
    """Monday 4 September 2018 as a sentence's words ("Tuesday" where ``day`` is None), Welsh "Ddydd" after "Ar"."""
    launched = dt.date(2018, 9, 4)
    whole, date = wording.weekday_date_text(day or launched, style), wording.date_text(day or launched, style)
    text = whole[:len(whole) - len(date)] + wording.date_text(launched, style)
    return text.replace("Dydd ", "Ddydd ", 1)


def chart_edits(release: Release) -> list[Edit]:
    """A Word chart's data edited (as in LibreOffice's data table or Word's "Edit Data"): a figure typed over,
    two areas' labels swapped; and restyled (bars for columns, another colour)."""
    chart = next(b.chart for b in release.blocks if b.chart is not None)
    (mine, (before, after)), (other, _) = chart.series[0], chart.series[1]
    assert before is not None and after is not None
    cache = f"<c:v>{format(after, 'f')}</c:v>"
    swap = [(f"<c:v>{mine}</c:v>", "<c:v>\0</c:v>"), (f"<c:v>{other}</c:v>", f"<c:v>{mine}</c:v>"),
            ("<c:v>\0</c:v>", f"<c:v>{other}</c:v>")]
    return [Edit("chart-figure", "chart figure", True, ("docx",), in_chart([(cache, f"<c:v>{after + 5}</c:v>")]),
                 chart.labels[0][1], ranked=True),
            Edit("chart-labels", "chart label", True, ("docx",), in_chart(swap), chart.labels[0][0], ranked=True),
            Edit("chart-restyled", "chart restyled", False, ("docx",), in_chart(
                [('<c:barDir val="col"/>', '<c:barDir val="bar"/>'), (chart.colours[0], "C00000")]), ranked=True)]


def release_periods(style: HouseStyle) -> tuple[str, str]:
    """How the example's two periods are written after "between" in the release."""
    return (wording.between_text(dt.date(2017, 7, 1), dt.date(2017, 12, 31), style).split(" ", 1)[1],
            wording.between_text(dt.date(2018, 1, 1), dt.date(2018, 6, 30), style).split(" ", 1)[1])


def _note(release: Release) -> str:
    notes = [b.text for b in release.blocks if b.kind == "list_item"]
    return notes[1].split(" ", 1)[1]


def _quote(release: Release) -> str:
    quote = next(b.text for b in release.blocks if b.style == "Quote")
    return quote.split("“", 1)[1].split(".")[0]


def _paragraph_with(texts: list[str], words: str) -> str:
    return next(t for t in texts if words in t)


# --- applying an edit to a file, in each format ------------------------------------------------------------

def _blocks(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n\n")


def _write(path: Path, blocks: list[str]) -> None:
    path.write_text("\n\n".join(blocks), encoding="utf-8")


def _flat(text: str) -> str:
    return " ".join(text.replace("\\", "").split())


def _opened(path: Path):  # type: ignore[no-untyped-def]
    """A drafted Word document to edit, its no-break spaces ("193 per cent", kept on one line) as plain spaces, so
    the edits below find text as a person reads it; check reads either as a space, so the edit is all that differs."""
    document = docx.Document(str(path))
    for text in document.element.body.iter(f"{W}t"):
        if text.text and "\u00a0" in text.text:
            text.text = text.text.replace("\u00a0", " ")
    return document


def _docx_paragraph(document, containing: str):  # type: ignore[no-untyped-def]
    return next(p for p in document.paragraphs if containing in p.text)


def replace(old: str, new: str, *, containing: str | None = None, whole: bool = False) -> Callable[[Path], None]:
    """Replace ``old`` with ``new`` in the first paragraph holding ``containing`` (``whole``: that is all of it)."""
    where = containing or old

    def apply(path: Path) -> None:
        if path.suffix == ".docx":
            document = _opened(path)
            cells = (p for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs)
            paragraph = next(p for p in (*document.paragraphs, *cells) if where in p.text and (
                not whole or p.text == where))
            run = next(r for r in paragraph.runs if old in r.text)
            run.text = run.text.replace(old, new, 1)
            document.save(str(path))
            return
        blocks = _blocks(path)
        index = next(i for i, b in enumerate(blocks) if where in _flat(b) and (not whole or _flat(b) == where))
        flat = _flat(blocks[index])
        assert old in flat, (old, flat)
        blocks[index] = blocks[index].replace(old, new, 1) if "\n|" in blocks[index] else flat.replace(old, new, 1)
        _write(path, blocks)

    return apply


def in_chart(pairs: list[tuple[str, str]]) -> Callable[[Path], None]:
    """Every ``old`` replaced with ``new`` in the Word document's first chart part, in turn."""
    def apply(path: Path) -> None:
        edit_chart(path, path, pairs)

    return apply


def both(first: Callable[[Path], None], second: Callable[[Path], None]) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        first(path)
        second(path)

    return apply


def replace_all(pairs: list[tuple[str, str]]) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        for old, new in pairs:
            replace(old, new)(path)

    return apply


def add(sentence: str, style: HouseStyle) -> Callable[[Path], None]:
    """A new paragraph before the closing line."""
    def apply(path: Path) -> None:
        if path.suffix == ".docx":
            document = _opened(path)
            ends = next(p for p in document.paragraphs if p.text == style.ends)
            ends.insert_paragraph_before(sentence, style="Body Text")
            document.save(str(path))
            return
        blocks = _blocks(path)
        index = next(i for i, b in enumerate(blocks) if _flat(b) == style.ends)
        _write(path, [*blocks[:index], sentence, *blocks[index:]])

    return apply


def delete(text: str) -> Callable[[Path], None]:
    """The paragraph (or list line) holding ``text`` taken out."""
    def apply(path: Path) -> None:
        if path.suffix == ".docx":
            document = _opened(path)
            element = _docx_paragraph(document, text)._p
            element.getparent().remove(element)
            document.save(str(path))
            return
        blocks = _blocks(path)
        index = next(i for i, b in enumerate(blocks) if text in _flat(b))
        lines = blocks[index].split("\n")
        if path.suffix == ".md" and len(lines) > 1:
            blocks[index] = "\n".join(line for line in lines if text not in _flat(line))
        else:
            del blocks[index]
        _write(path, blocks)

    return apply


def reorder(lines: list[str], order: list[int]) -> Callable[[Path], None]:
    """A list's ``lines`` (each a line's words, found in the file) put in ``order``: the line at each place is
    ``lines[order[place]]``'s."""
    def apply(path: Path) -> None:
        if path.suffix == ".docx":
            document = _opened(path)
            elements = [_docx_paragraph(document, line)._p for line in lines]
            anchor = elements[0].getprevious()
            for element in elements:
                element.getparent().remove(element)
            for k in reversed(order):
                anchor.addnext(elements[k])
            document.save(str(path))
            return
        text = path.read_text(encoding="utf-8").split("\n")
        at = [next(i for i, t in enumerate(text) if line in t) for line in lines]
        was = [text[i] for i in at]
        for place, k in zip(at, order, strict=True):
            text[place] = was[k]
        path.write_text("\n".join(text), encoding="utf-8")

    return apply


def move(text: str) -> Callable[[Path], None]:
    """The paragraph holding ``text`` moved to just before the closing line's paragraph above it."""
    def apply(path: Path) -> None:
        if path.suffix == ".docx":
            document = _opened(path)
            element = _docx_paragraph(document, text)._p
            quote = next(p for p in document.paragraphs if p.style.name == "Quote")._p
            quote.addnext(copy.deepcopy(element))
            element.getparent().remove(element)
            document.save(str(path))
            return
        blocks = _blocks(path)
        index = next(i for i, b in enumerate(blocks) if text in _flat(b))
        block = blocks.pop(index)
        blocks.insert(index + 3, block)
        _write(path, blocks)

    return apply


def split(text: str) -> Callable[[Path], None]:
    """The paragraph holding ``text`` split in two after its first sentence."""
    def apply(path: Path) -> None:
        first, rest = text.split(". ", 1)
        if path.suffix == ".docx":
            document = _opened(path)
            paragraph = _docx_paragraph(document, text)
            paragraph.runs[0].text = rest
            paragraph.insert_paragraph_before(first + ".", style=paragraph.style)
            document.save(str(path))
            return
        replace(first + ". ", first + ".\n\n", containing=first)(path)

    return apply


def emphasise(words: str, quoted: str) -> Callable[[Path], None]:
    """``words`` in bold and ``quoted`` in italics, the text unchanged."""
    def apply(path: Path) -> None:
        if path.suffix == ".docx":
            document = _opened(path)
            for target, attribute in ((words, "bold"), (quoted, "italic")):
                paragraph = _docx_paragraph(document, target)
                run = next(r for r in paragraph.runs if target in r.text)
                before, after = run.text.split(target, 1)
                run.text = before
                middle = copy.deepcopy(run._r)
                tail = copy.deepcopy(run._r)
                run._r.addnext(middle)
                middle.addnext(tail)
                runs = paragraph.runs
                position = next(k for k, r in enumerate(runs) if r._r is middle)
                runs[position].text = target
                setattr(runs[position], attribute, True)
                runs[position + 1].text = after
            document.save(str(path))
            return
        replace(words, f"**{words}**", containing=words)(path)
        replace(quoted, f"*{quoted}*", containing=quoted)(path)

    return apply


# Marks Word stores inside a paragraph's text, that print as nothing or as a note's marker (a piece of in_runs)
BOOKMARK = ('<w:bookmarkStart w:id="7" w:name="_GoBack"/>', '<w:bookmarkEnd w:id="7"/>')
PROOF = '<w:proofErr w:type="spellStart"/>'
SUPERSCRIPT = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r>'


def date_field(shown: str) -> list[str]:
    """A DATE field showing ``shown`` (the day Word last updated it), as in_runs pieces."""
    return [f"<w:r>{xml}</w:r>" for xml in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve">'
            ' DATE \\@ "d MMMM yyyy" </w:instrText>', '<w:fldChar w:fldCharType="separate"/>',
            f"<w:t>{shown}</w:t>", '<w:fldChar w:fldCharType="end"/>')]


def in_runs(old: str, pieces: list[str]) -> Callable[[Path], None]:
    """``old`` in a Word document's first paragraph holding it replaced by ``pieces``, as Word stores an edit: each
    piece text in a run of its own, or Word's XML (a piece starting "<w:"): a bookmark, a field, a run."""
    def apply(path: Path) -> None:
        document = _opened(path)
        paragraph = _docx_paragraph(document, old)
        before, after = paragraph.text.split(old, 1)
        for run in paragraph.runs[1:]:
            run._r.getparent().remove(run._r)
        first = paragraph.runs[0]._r
        for piece in reversed([*pieces, after]):
            if piece.startswith("<w:"):
                first.addnext(parse_xml(f'<w:body xmlns:w="{W[1:-1]}">{piece}</w:body>')[0])
            elif piece:
                copied = copy.deepcopy(first)
                for text in copied.iter(f"{W}t"):
                    text.text = piece
                    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                first.addnext(copied)
        paragraph.runs[0].text = before
        document.save(str(path))

    return apply


def tracked(old: str, new: str) -> Callable[[Path], None]:
    """``old`` deleted and ``new`` inserted as Word tracked changes, not yet accepted."""
    def apply(path: Path) -> None:
        document = _opened(path)
        paragraph = _docx_paragraph(document, old)
        run = next(r for r in paragraph.runs if old in r.text)
        before, after = run.text.split(old, 1)
        run.text = before
        changes = parse_xml(
            f'<w:body xmlns:w="{W[1:-1]}"><w:del w:id="90" w:author="Reviewer"><w:r><w:delText xml:space="preserve">'
            f'{old}</w:delText></w:r></w:del><w:ins w:id="91" w:author="Reviewer"><w:r><w:t xml:space="preserve">'
            f'{new}</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">{after}</w:t></w:r></w:body>')
        anchor = run._r
        for element in list(changes):
            anchor.addnext(element)
            anchor = element
        document.save(str(path))

    return apply


def table(periods: tuple[str, str], first: str, wrong: str, style: HouseStyle) -> Callable[[Path], None]:
    """A table of the area's two counts after the body's first paragraphs, its second count wrong."""
    rows = [["", periods[0], periods[1]], [AREA, first, wrong]]

    def apply(path: Path) -> None:
        if path.suffix == ".docx":
            document = _opened(path)
            grid = document.add_table(rows=2, cols=3)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    grid.cell(r, c).text = text
            anchor = _docx_paragraph(document, periods[1])._p
            anchor.addnext(grid._tbl)
            document.save(str(path))
            return
        blocks = _blocks(path)
        index = next(i for i, b in enumerate(blocks) if periods[1] in _flat(b))
        lines = ["| " + " | ".join(rows[0]) + " |", "|---|---|---|", "| " + " | ".join(rows[1]) + " |"]
        _write(path, [*blocks[:index + 1], "\n".join(lines), *blocks[index + 1:]])

    return apply


def build(folder: Path, locale: str, *, libreoffice: bool = False, every_format: bool = True
          ) -> list[tuple[Edit, Path, Path]]:
    """The corpus for one language: every edit applied to its own copy of the drafted release, in each format,
    as (edit, file, the campaign to check it against). ``libreoffice``: also the Word file re-saved by
    LibreOffice (which must be installed). Not ``every_format``: each edit in one of its formats only, taken in
    turn (Word, Markdown, text, Word, …), so every class of edit is still there and so is every format, in a
    third of the files (the quick run's corpus; every format in CI)."""
    made: list[tuple[Edit, Path, Path]] = []
    turn = 0
    for kind in ("", "ranked", "waits"):
        ranked = kind == "ranked"
        campaign = ranked_campaign(folder / f"ranked-{locale}") if ranked else waits_campaign(
            folder / f"waits-{locale}") if kind else EXAMPLE
        out = folder / f"{kind + '-' if kind else ''}drafted-{locale}"
        release, style = draft(campaign, out, locale)
        for edit in waits_edits(release, style) if kind == "waits" else edits(release, style, ranked=ranked):
            formats = edit.formats if every_format else (edit.formats[turn % len(edit.formats)],)
            turn += 1
            for fmt in formats:
                target = folder / f"{locale}-{edit.slug}.{fmt}"
                shutil.copyfile(drafted(out, fmt), target)
                edit.apply(target)
                made.append((edit, target, campaign))
        if libreoffice and ranked:  # the release with a chart
            target = folder / f"{locale}-libreoffice.docx"
            shutil.copyfile(drafted(out, "docx"), target)
            resave_with_libreoffice([target], folder / "libreoffice")
            made.append((Edit("libreoffice", "re-saved by LibreOffice", False, ("docx",), lambda path: None), target,
                         campaign))
    return made


def resave_with_libreoffice(files: list[Path], work: Path) -> None:
    """Open and save each Word document in LibreOffice (one run for all, with a private profile)."""
    (work / "in").mkdir(parents=True, exist_ok=True)
    names = [work / "in" / f"{number}-{path.name}" for number, path in enumerate(files)]  # the same name twice
    for path, name in zip(files, names, strict=True):
        shutil.copyfile(path, name)
    subprocess.run(["soffice", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(work), *map(str, names)],
                   capture_output=True, text=True, timeout=300, check=True)
    for path, name in zip(files, names, strict=True):
        resaved = work / name.name
        assert resaved.read_bytes() != path.read_bytes()
        shutil.copyfile(resaved, path)


def run(made: list[tuple[Edit, Path, Path]]) -> list[tuple[Edit, Path, tuple[Finding, ...]]]:
    """Check every file of the corpus (one check per campaign, as `drafter check` checks many files)."""
    findings: dict[str, list[Finding]] = {}
    for campaign in dict.fromkeys(c for _, _, c in made):
        files = [path for _, path, c in made if c == campaign]
        for finding in check_files(campaign, files, area=AREA).findings:
            findings.setdefault(finding.file, []).append(finding)
    return [(edit, path, tuple(findings.get(path.name, ()))) for edit, path, _ in made]


def caught(edit: Edit, findings: tuple[Finding, ...]) -> bool:
    """A harmful edit is caught by a finding that names what drafter drafted there; a benign one by none."""
    if edit.harmful:
        return any(edit.expected in f.expected for f in findings)
    return not findings
