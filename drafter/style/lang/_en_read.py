"""English a person may type into a release that drafter does not write, for `drafter check` to read: numbers and
ranks in words, words before a year and after a count, approximate and direction words, what is not counted, labels,
ages, sources and the words that stand for the data: the attributes of :class:`Read`, which
:class:`drafter.style.lang.en.English` takes them from, as Welsh's are in ``_cy_read``."""

from __future__ import annotations

from drafter.style.base import Language

# Read by `drafter check` in an edited release ("fifty people", "two hundred and forty"); drafter writes figures.
NUMBER_NAMES = (("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
                ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
                ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90))
NUMBER_SCALES = (("hundred", 100), ("thousand", 1000))
ORDINAL_NAMES = tuple((w, n) for n, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                      "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), start=10))
QUALIFIER_WORDS = (("almost", "nearly"), ("just under", "nearly"), ("over", "more"), ("just over", "more"),
                   ("above", "more"), ("less than", "fewer"), ("fewer than", "fewer"), ("under", "fewer"),
                   ("below", "fewer"), ("about", "about"),
                   ("around", "about"), ("roughly", "about"), ("approximately", "about"), ("some", "about"))
YEAR_WORDS = ("in", "since", "by", "until", "till", "during", "before", "after", "from", "through", "throughout",
              "between", "and")  # "in 2018 people", "between 2017 and 2018 people": years
MORE_WORDS = ("more", "fewer", "less", "extra", "additional", "further")  # "2000 more calls": a figure
_MULTIPLES = (("doubled", ("double", "doubled", "doubles", "doubling")),
              ("trebled", ("treble", "trebled", "trebles", "trebling", "triple", "tripled", "triples", "tripling")),
              ("quadrupled", ("quadruple", "quadrupled", "quadruples", "quadrupling")),
              ("halved", ("halve", "halved", "halves", "halving")))
_TIMES = (("twice", "doubled"), ("two times", "doubled"), ("three times", "trebled"), ("four times", "quadrupled"),
          ("half", "halved"))
APPROX_BANDS = tuple((f"{adverb} {form}", f"almost_{band}") for adverb in ("almost", "nearly")
                     for band, forms in _MULTIPLES for form in forms) + tuple(  # "has nearly tripled", "almost doubles"
    (f"{adverb}{times} as {many}", f"{'almost_' if adverb else ''}{band}") for adverb in ("", "almost ", "nearly ")
    for times, band in _TIMES for many in ("many", "much", "high"))  # "three times as many people"
DIRECTION_WORDS = (("up from", "up"), ("down from", "down"), ("up by", "up"), ("down by", "down"), ("increased", "up"),
                   ("decreased", "down"), ("grew", "up"), ("dropped", "down"), ("declined", "down"), ("went up", "up"),
                   ("went down", "down"), ("climbed", "up"), ("jumped", "up"), ("soared", "up"), ("plunged", "down"),
                   ("increase", "up"), ("decrease", "down"))  # "the biggest increase in the north west"
SUPERLATIVES = ("highest", "lowest", "largest", "smallest", "biggest", "greatest", "most", "fewest")
LOWEST_FIRST = ("lowest", "smallest", "fewest")  # "the lowest in the north west": first from the bottom
RANK_SCOPES = ("of any", "among", "amongst", "of all")  # "the lowest of any force area": a rank, and where
AREA_ADJECTIVES = (("Welsh", "Wales"), ("English", "England"), ("Scottish", "Scotland"), ("British", "United Kingdom"),
                   ("British", "UK"), ("British", "Great Britain"), ("Northern Irish", "Northern Ireland"))
FRACTIONS = (("half", 1, 2), ("a half", 1, 2), ("a third", 1, 3), ("one third", 1, 3), ("two thirds", 2, 3),
             ("a quarter", 1, 4), ("one quarter", 1, 4), ("three quarters", 3, 4), ("a fifth", 1, 5),
             ("a tenth", 1, 10))  # "has risen by half", "rose by a third": a change as a part of the earlier figure
FOLD_WORDS = tuple((f"{word}fold", n) for word, n in (
    ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
    ("ten", 10), ("twenty", 20), ("fifty", 50), ("hundred", 100), ("thousand", 1000)))  # "has risen tenfold"
NOT_COUNTED = (  # after a figure, not what it counts (for `drafter check`)
    "a", "an", "the", "of", "in", "on", "at", "to", "from", "for", "by", "with", "within", "into", "over", "under",
    "during", "between", "since", "until", "till", "before", "after", "ago", "across", "among", "against", "per",
    "and", "or", "but", "nor", "so", "yet", "than", "as", "while", "whereas", "when", "where", "which", "who",
    "that", "this", "these", "those", "last", "next", "previous", "previously", "earlier", "later", "now", "then",
    "again", "alone", "only", "just", "overall", "altogether", "total", "respectively", "compared",
    "according", "up", "down", "out", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "will", "would", "could", "can", "may", "might", "did", "do", "does", "it", "its", "they", "their", "them",
    "he", "she", "we", "our", "you", "there", "here", "each", "every", "all", "both", "either", "including",
    "despite", "because", "if", "though", "although", "unlike", "like", "via", "through", "throughout",
    "about", "around", "almost", "nearly",
)


class Read(Language):
    """The English words `drafter check` reads that drafter does not write (see
    :class:`~drafter.style.base.Language`)."""

    number_names = NUMBER_NAMES
    number_scales = NUMBER_SCALES
    scale_parts = (("a", 1, 1), ("half a", 1, 2), ("a half", 1, 2), ("a quarter of a", 1, 4), ("quarter of a", 1, 4),
                   ("three quarters of a", 3, 4))  # "nearly half a million pounds": 500,000; "three-quarters" too
    ordinal_names = ORDINAL_NAMES
    qualifier_words = QUALIFIER_WORDS
    percent_words = ("pc", "percent")  # "193 pc", "193 percent" (American): drafter writes "193 per cent" in en_GB
    superlatives = SUPERLATIVES
    lowest_first = LOWEST_FIRST
    quantifiers = ("most", "fewest")  # "most callers": no rank; "the most calls in the north west": first
    rank_scopes = RANK_SCOPES
    rank_breaks = ("and", "but", "or", "while", "whereas", "although", "though", "than", "compared", "unlike",
                   "because", "ever", "since", "yet", "record", "before")
    rate_nouns = ("rate", "rates")
    count_nouns = ("number", "numbers", "total", "count")
    comparatives = (("more", "up"), ("higher", "up"), ("bigger", "up"), ("larger", "up"), ("greater", "up"),
                    ("fewer", "down"), ("less", "down"), ("lower", "down"), ("smaller", "down"))
    unit_comparatives = (("shorter", "down"), ("longer", "up"), ("less", "down"), ("more", "up"), ("fewer", "down"),
                         ("quicker", "down"), ("faster", "down"), ("slower", "up"))  # "three weeks shorter"
    than_words = ("than",)
    other_words = ("any other", "every other", "all other")
    comparing_alone = (("above", "up"), ("below", "down"))
    relative_periods = ("last year", "the year before", "a year earlier", "a year before", "the previous year",
                        "a year ago", "this year", "the latest year", "the most recent year")
    relative_comparisons = tuple((phrase, kind) for kind, phrases in (
        ("month", ("previous month", "last month", "preceding month", "prior month", "month before", "month earlier",
                   "month ago", "month on month", "month over month")),
        ("quarter", ("previous quarter", "last quarter", "preceding quarter", "prior quarter", "quarter before",
                     "quarter earlier", "quarter on quarter", "quarter over quarter")),
        ("half", ("previous six months", "last six months", "preceding six months", "prior six months",
                  "six months before", "six months earlier", "previous half year")),
        ("calendar", ("previous year", "preceding year", "prior year", "year before", "last year")),
        ("year", ("year earlier", "year ago", "year on year", "year over year", "same period last year",
                  "same period a year earlier", "same time last year", "same months last year",
                  "same period the previous year")),
        ("twelve", ("past 12 months", "last 12 months", "past twelve months", "last twelve months")))
        for phrase in phrases)
    half_years = (("first half of", 1), ("second half of", 2), ("latter half of", 2), ("first six months of", 1),
                  ("last six months of", 2), ("final six months of", 2), ("second six months of", 2),
                  ("first 6 months of", 1), ("last 6 months of", 2))
    relative_from_now = ("last month", "last quarter", "last six months", "last year", "month ago", "year ago")
    comparison_links = ("from", "than", "with", "on", "since", "versus", "vs", "against", "over")
    relative_fillers = ("the", "a", "in", "during", "at", "for")
    list_orders = ("highest first", "highest rate first")
    region_words = ("the region", "regionally", "regional", "region wide", "its region", "area's region",
                    "the region's", "its region's")  # "5 points higher than the region's"
    region_scope_words = ("the area", "the wider area", "the local area", "force area's region")  # "the most in it"
    national_words = ("nationally", "national", "the country", "nationwide", "country wide", "the country's",
                      "the nation's")
    area_adjectives = AREA_ADJECTIVES
    fractions = FRACTIONS
    fraction_links = ("by", "of")  # "rose by a third", "a rise of a quarter"
    points_alone = ("points", "point")  # "13.5 points" for "13.5 percentage points"
    population_words = ("population", "residents", "inhabitants", "people", "head", "persons")  # "per 1,000 …"
    proportion_links = ("in", "out of")  # "one in five buses", "1 in 5", "three out of ten"
    fold_words = FOLD_WORDS
    not_counted = NOT_COUNTED
    year_words = YEAR_WORDS
    more_words = MORE_WORDS
    times_words = (("fold", ""), ("times", "more|higher|greater|larger|bigger|as|over|fewer|lower|smaller"))
    approx_bands = APPROX_BANDS
    dial_words = ("call", "ring", "dial", "phone", "text", "calls", "calling", "rings", "ringing", "dials", "dialling",
                  "dialing", "phones", "phoning", "texts", "texting")
    dial_on = ("call … on", "ring … on", "phone … on", "text … on", "contact … on")  # "call NHS 24 on 111"
    caption_words = ("figure", "fig", "table", "chart", "graph", "map", "appendix", "annex", "note", "notes")
    reference_words = ("section", "sections", "clause", "article", "schedule", "chapter", "regulation", "part",
                       "no", "nos", "number", "page", "pages", "paragraph", "para", "pp")  # "charity number 1013025"
    law_words = ("act", "acts", "order", "regulations")  # "the Sexual Offences Act 2003", "the 2003 Act"
    ages = (("aged", "ages"), ("year",), ("to", "and", "or", "between", "over", "under"))  # "aged 16 to 24"
    age_nouns, reach_words = ("age",), ("reached", "reaching", "reach", "reaches", "seen by", "viewed by")
    since_words, country_names = ("since",), ("the UK", "Britain", "the United Kingdom", "the British Isles")
    national_places = ("nationally", "nationwide", "the country", "country wide", "the nation")
    time_spans = tuple((first, last) for first in ("last", "past") for last in ("years", "decade", "decades"))
    source_words = ("according to", "figures show", "figures from", "data from", "research by", "survey by")
    number_abbreviations = ("no.", "nos.", "approx.", "c.", "ca.", "est.", "fig.", "figs.", "st.", "tel.", "ext.")
    hyphen_units = ("second", "minute", "hour", "day", "week", "month", "year", "mile", "metre", "meter", "kilometre",
                    "kilometer", "km", "foot", "yard", "inch", "mph")  # "a 10-minute walk", "a 24-hour line"
    label_words = ("year", "years", "level", "levels", "stage", "stages", "grade", "grades", "tier", "phase", "band")
    plain_labels = ("route", "routes", "junction", "junctions", "platform", "platforms", "unit", "units", "flat",
                    "suite", "ward", "wards", "room", "gate", "zone", "zones", "bay")  # "routes 1 and 2", "Unit 5"
    rate_links = ("for every", "for each", "in every", "out of every")
    founding_words = ("founded", "established", "formed", "set up", "registered", "incorporated", "founding")
    street_words = ("street", "road", "lane", "avenue", "way", "place", "drive", "close", "square", "terrace",
                    "crescent", "row", "walk", "parade", "gardens", "court", "hill", "quay", "wharf")
    label_links = ("to", "and", "or", "till", "until")  # "Years 7 to 9", "open from 10 till 4"
    ordinal_nouns = ("phase", "year", "time", "anniversary", "edition", "birthday", "round", "week", "month", "day",
                     "call", "visit", "annual", "consecutive", "successive", "straight", "campaign", "event")
    day_before = ("on the", "from the", "until the", "till the", "by the", "since the", "before the", "after the")
    open_words = ("open", "opens", "opened", "opening", "staffed", "manned", "available", "runs", "closes")
    emergency_words = ("call", "calls", "caller", "callers", "service", "services", "line", "operator", "operators")
    goal_words = ("standard", "standards", "target", "targets", "goal", "goals", "aim", "aims", "aiming", "benchmark",
                  "threshold", "ambition", "pledge")
    direction_words = DIRECTION_WORDS
    place_words = ("in", "across", "for", "from", "at", "within", "throughout", "the")
    data_words = ("number", "numbers", "figure", "figures", "total", "rate", "rates", "share", "count")
