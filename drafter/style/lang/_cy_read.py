"""Welsh a person may type into a release that drafter does not write, for `drafter check` to read: numbers and
ranks in words in every form, words before a year and after a count, approximate and direction words, the words between
a figure and its place, and words that stand for the data: the attributes of :class:`Read`, which
:class:`drafter.style.lang.cy.Welsh` takes them from."""

# Numbers in words, in the decimal counting schools teach ("dau gant", "pum deg dau", with the mutated forms after a
# number), and 50 and 150 as people say them, and the traditional names of 12, 15, 18, 20, 40 and 60 ("deugain o
# bobl"); each is read in its soft-mutated form too ("am dri diwrnod"); drafter writes figures.
NUMBER_NAMES = (("un", 1), ("dau", 2), ("dwy", 2), ("tri", 3), ("tair", 3), ("pedwar", 4), ("pedair", 4), ("pump", 5),
                ("pum", 5), ("chwech", 6), ("chwe", 6), ("saith", 7), ("wyth", 8), ("naw", 9), ("ugain", 20),
                ("hugain", 20), ("deuddeg", 12), ("pymtheg", 15), ("deunaw", 18), ("deugain", 40), ("trigain", 60),
                ("hanner cant", 50), ("cant a hanner", 150))
NUMBER_SCALES = (("deg", 10), ("ddeg", 10), ("cant", 100), ("gant", 100), ("chant", 100), ("mil", 1000), ("fil", 1000))
# Ordinals a person may type for drafter's "2il", "3ydd": masculine and feminine, and mutated after "y" ("y
# drydedd gyfradd uchaf").
ORDINAL_NAMES = (("cyntaf", 1), ("gyntaf", 1), ("ail", 2), ("trydydd", 3), ("drydydd", 3), ("trydedd", 3),
                 ("drydedd", 3), ("pedwerydd", 4), ("bedwerydd", 4), ("pedwaredd", 4), ("bedwaredd", 4), ("pumed", 5),
                 ("bumed", 5), ("chweched", 6), ("seithfed", 7), ("wythfed", 8), ("nawfed", 9), ("degfed", 10),
                 ("ddegfed", 10))
YEAR_WORDS = ("yn", "ym", "yng", "ers", "erbyn", "tan", "hyd", "cyn", "ôl", "ystod", "rhwng", "a", "ac")
MORE_WORDS = ("ychwanegol", "rhagor", "fwy", "llai")  # "2000 o alwadau ychwanegol", "2000 yn fwy": a figure
APPROX_BANDS = tuple((f"bron {link} {verb}", f"almost_{band}") for link, verbs in (
    ("â", (("dyblu", "doubled"), ("threblu", "trebled"), ("phedryblu", "quadrupled"), ("haneru", "halved"))),
    ("wedi", (("dyblu", "doubled"), ("treblu", "trebled"), ("pedryblu", "quadrupled"), ("haneru", "halved"))))
    for verb, band in verbs) + tuple(  # "wedi bron â dyblu", "bron wedi haneru"; "tair gwaith cymaint o bobl"
    (f"{adverb}{times} cymaint", f"{'almost_' if adverb else ''}{band}") for adverb in ("", "bron ")
    for times, band in (("dwywaith", "doubled"), ("tair gwaith", "trebled"), ("teirgwaith", "trebled"),
                        ("pedair gwaith", "quadrupled"), ("hanner", "halved")))
# A quote's change words, mutated as they may be ("i ddyblu", "bron â threblu", "wedi dreblu"), for the check of quotes.
BAND_PHRASES = tuple((phrase, band) for forms, band in (
    (("mwy na dyblu", "fwy na dyblu"), "more_than_doubled"), (("bron â threblu", "bron wedi treblu"), "almost_trebled"),
    (("mwy na threblu", "fwy na threblu"), "more_than_trebled"),
    (("fwy na phedair gwaith", "mwy na phedair gwaith"), "more_than_fourfold"), (("dyblu", "ddyblu"), "doubled"),
    (("treblu", "threblu", "dreblu"), "trebled"), (("pedryblu", "phedryblu", "bedryblu"), "quadrupled"),
    (("haneru",), "halved")) for phrase in forms)
# A change as a part of the earlier figure: "wedi cynyddu hanner", "traean" (a third; "draean" after "o"), "chwarter"
# ("dri chwarter" after "am").
FRACTIONS = (("hanner", 1, 2), ("traean", 1, 3), ("draean", 1, 3), ("dau draean", 2, 3), ("chwarter", 1, 4),
             ("tri chwarter", 3, 4), ("dri chwarter", 3, 4), ("pumed ran", 1, 5), ("degfed ran", 1, 10))
# "wedi codi 27%", "cododd", "wedi lleihau", "disgynnodd": the everyday verbs for drafter's "cynyddu" and "gostwng".
DIRECTION_WORDS = (("i fyny o", "up"), ("i lawr o", "down"), ("tyfodd", "up"), ("gostyngodd", "down"), ("codi", "up"),
                   ("cododd", "up"), ("lleihau", "down"), ("leihau", "down"), ("disgyn", "down"),
                   ("disgynnodd", "down"))
PLACE_WORDS = ("yn", "ar", "draws", "o", "ledled", "drwy")  # "440 yn Swydd Gaer", "3,549 ar draws y rhanbarth"
DATA_WORDS = ("nifer", "ffigur", "ffigurau", "cyfanswm", "gyfanswm", "cyfradd", "gyfradd", "cyfran", "gyfran")


class Read:
    """The Welsh words `drafter check` reads that drafter does not write (see :class:`~drafter.style.base.Language`)."""

    only_words: tuple[str, ...] = ("yn unig",)  # "Cymru yn unig": Wales only
    number_names: tuple[tuple[str, int], ...] = NUMBER_NAMES
    number_scales: tuple[tuple[str, int], ...] = NUMBER_SCALES
    scale_parts: tuple[tuple[str, int, int], ...] = (("hanner", 1, 2), ("chwarter", 1, 4), ("tri chwarter", 3, 4))
    ordinal_names: tuple[tuple[str, int], ...] = ORDINAL_NAMES
    year_words: tuple[str, ...] = YEAR_WORDS
    more_words: tuple[str, ...] = MORE_WORDS
    times_words: tuple[tuple[str, str], ...] = (("gwaith", "yn fwy|yn uwch|yn llai|yn is|cymaint|mor"),)
    times_numbers: tuple[tuple[str, int], ...] = (("ddwy", 2), ("dair", 3), ("bedair", 4))  # "dair gwaith yn fwy"
    approx_bands: tuple[tuple[str, str], ...] = APPROX_BANDS
    band_phrases: tuple[tuple[str, str], ...] = BAND_PHRASES
    direction_words: tuple[tuple[str, str], ...] = DIRECTION_WORDS
    noun_before_superlative: bool = True
    lowest_first: tuple[str, ...] = ("isaf", "lleiaf")  # "y nifer isaf": first from the bottom
    rank_scopes: tuple[str, ...] = ("o unrhyw", "ymhlith", "o blith", "o'r holl")  # "uchaf o unrhyw ardal"
    # Not "a", which is "who" as well as "and": "y nifer uchaf o bobl a gysylltodd â’r llinell gymorth yng …".
    rank_breaks: tuple[str, ...] = ("ac", "ond", "tra", "er", "erioed", "ers", "eto", "na", "nag", "cymharu")
    rate_nouns: tuple[str, ...] = ("cyfradd", "gyfradd", "chyfradd", "nghyfradd", "cyfraddau", "gyfraddau")
    count_nouns: tuple[str, ...] = ("nifer", "cyfanswm", "gyfanswm", "chyfanswm", "nghyfanswm")
    comparatives: tuple[tuple[str, str], ...] = (("mwy", "up"), ("fwy", "up"), ("uwch", "up"), ("llai", "down"),
                                                 ("is", "down"))
    unit_comparatives: tuple[tuple[str, str], ...] = (("yn fyrrach", "down"), ("yn hirach", "up"), ("yn llai",
                                                      "down"), ("yn fwy", "up"), ("yn gyflymach", "down"))
    than_words: tuple[str, ...] = ("na", "nag")
    relative_periods: tuple[str, ...] = ("y llynedd", "y flwyddyn flaenorol", "y flwyddyn cynt", "flwyddyn yn ôl",
                                         "eleni", "y flwyddyn ddiwethaf")
    other_words: tuple[str, ...] = ("unrhyw",)  # "nag unrhyw ardal arall"
    # "y mis blaenorol" (mis is masculine), "y flwyddyn flaenorol" (feminine: both softly mutated after "y"), and as
    # adverbs of time softly mutated, "fis yn gynharach", "flwyddyn yn gynharach"; "â’r un cyfnod y llynedd".
    relative_comparisons: tuple[tuple[str, str], ...] = (
        *((f"{m} {w}", "month") for m in ("mis", "fis") for w in ("blaenorol", "cynt", "diwethaf", "yn gynharach",
                                                                  "yn ôl")), ("o fis i fis", "month"),
        *((f"chwarter {w}", "quarter") for w in ("blaenorol", "cynt", "diwethaf", "yn gynharach")),
        *((f"chwe mis {w}", "half") for w in ("blaenorol", "cynt", "diwethaf", "yn gynharach")),
        *((f"{b} {w}", "calendar") for b in ("flwyddyn", "blwyddyn") for w in ("flaenorol", "cynt", "ddiwethaf")),
        ("llynedd", "calendar"), *((f"{b} yn {w}", "year") for b in ("flwyddyn", "blwyddyn") for w in (
            "gynharach", "ôl")), ("o flwyddyn i flwyddyn", "year"), ("flwyddyn ar flwyddyn", "year"), (
            "un cyfnod y llynedd", "year"), ("un adeg y llynedd", "year"), ("un cyfnod y flwyddyn flaenorol", "year"),
        *((f"{n} mis diwethaf", "twelve") for n in ("12", "deuddeg", "ddeuddeg")))
    half_years: tuple[tuple[str, int], ...] = (("hanner cyntaf", 1), ("ail hanner", 2), ("chwe mis cyntaf", 1),
                                               ("chwe mis olaf", 2), ("hanner cyntaf o", 1), ("ail hanner o", 2))
    relative_from_now: tuple[str, ...] = ("mis diwethaf", "fis diwethaf", "fis yn ôl", "chwarter diwethaf",
                                          "chwe mis diwethaf", "flwyddyn ddiwethaf", "llynedd", "flwyddyn yn ôl",
                                          "blwyddyn yn ôl")
    comparison_links: tuple[str, ...] = ("o", "na", "nag", "â", "ag", "ers", "dros", "â'r", "na'r", "o'r")
    relative_fillers: tuple[str, ...] = ("y", "yr", "yn", "ystod", "'r")
    comparing_alone: tuple[tuple[str, str], ...] = (("uwchlaw", "up"), ("islaw", "down"))
    list_orders: tuple[str, ...] = ("yr uchaf yn gyntaf", "y gyfradd uchaf yn gyntaf", "y nifer uchaf yn gyntaf")
    region_words: tuple[str, ...] = ("y rhanbarth", "rhanbarth", "rhanbarthol", "ranbarthol")  # "y gyfradd ranbarthol"
    region_scope_words: tuple[str, ...] = ("yr ardal", "yr ardal leol")  # "y nifer uchaf yn yr ardal"
    national_words: tuple[str, ...] = ("yn genedlaethol", "cenedlaethol", "genedlaethol", "y wlad", "ledled y wlad")
    area_adjectives: tuple[tuple[str, str], ...] = (("Cymreig", "Cymru"), ("Gymreig", "Cymru"), ("Seisnig", "Lloegr"),
                                                    ("Albanaidd", "Yr Alban"), ("Prydeinig", "Y Deyrnas Unedig"))
    fractions: tuple[tuple[str, int, int], ...] = FRACTIONS
    fraction_links: tuple[str, ...] = ("o", "o’r")  # "cynnydd o draean"; "traean o’r bobl"
    points_alone: tuple[str, ...] = ("pwynt", "pwyntiau")  # "13.5 pwynt" for "13.5 pwynt canran"
    population_words: tuple[str, ...] = ("poblogaeth", "boblogaeth", "trigolion", "bobl", "pobl", "pen", "o’r")
    proportion_links: tuple[str, ...] = ("o bob", "ym mhob", "allan o")  # "un o bob pump", "tri allan o ddeg"
    times_after_change: tuple[str, ...] = ("gwaith",)  # "wedi cynyddu deg gwaith": tenfold
    place_words: tuple[str, ...] = PLACE_WORDS
    data_words: tuple[str, ...] = DATA_WORDS
    dial_words: tuple[str, ...] = ("ffoniwch", "ffonio", "ffonia", "deialwch", "galwch", "tecstiwch")
    dial_on: tuple[str, ...] = ("ffoniwch … ar", "galwch … ar", "tecstiwch … ar", "cysylltwch â … ar")  # GIG 24 ar 111
    caption_words: tuple[str, ...] = ("ffigur", "tabl", "siart", "graff", "map", "atodiad", "nodyn", "nodiadau")
    reference_words: tuple[str, ...] = ("adran", "adrannau", "cymal", "erthygl", "atodlen", "pennod", "rheoliad",
                                        "rhan", "ran", "rhif", "tudalen", "dudalen", "paragraff")  # "rhif 1013025"
    law_words: tuple[str, ...] = ("deddf", "ddeddf", "neddf", "deddfau", "ddeddfau", "gorchymyn", "orchymyn",
                                  "rheoliadau", "mesur", "fesur")  # "Deddf Troseddau Rhywiol 2003" (mutated: "Ddeddf")
    ages: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = (  # "oedran 16 i 24", "rhwng 16 a 24 oed"
        ("oedran",), ("oed", "mlwydd", "blwydd"), ("a", "ac", "i", "neu", "hyd", "rhwng", "dros", "o", "dan"))
    age_nouns: tuple[str, ...] = ("oedran", "oed")  # "mae oedran cyfrifoldeb troseddol yn 10"
    number_abbreviations: tuple[str, ...] = ("rhif.", "tua.", "oddeutu.", "ffig.", "amcan.", "c.", "est.")
    source_words: tuple[str, ...] = ("yn ôl", "mae ffigurau", "ffigurau gan", "ymchwil gan", "arolwg gan")
    since_words: tuple[str, ...] = ("ers",)  # "ers 2020"; "y deng mlynedd diwethaf"; "ledled y DU", "ym Mhrydain"
    national_places: tuple[str, ...] = ("yn genedlaethol", "y wlad", "ledled y wlad")
    time_spans: tuple[tuple[str, str], ...] = (("mlynedd", "diwethaf"), ("blynedd", "diwethaf"), ("degawd", "diwethaf"))
    country_names: tuple[str, ...] = ("y DU", "Deyrnas Unedig", "Prydain", "Mhrydain", "Nghymru", "Lloegr", "Alban")
    reach_words: tuple[str, ...] = ("cyrraedd", "cyrhaeddodd", "cyrhaeddwyd", "gwelwyd gan")  # "cyrhaeddodd 2 filiwn"
    label_words: tuple[str, ...] = ("blwyddyn", "flwyddyn", "mlwyddyn", "blynyddoedd", "lefel", "cyfnod", "gyfnod",
                                    "gradd", "radd", "haen")
    plain_labels: tuple[str, ...] = ("llwybr", "llwybrau", "cyffordd", "gyffordd", "platfform", "uned", "fflat",
                                     "ward", "ystafell", "parth")  # "llwybrau 1 a 2", "Uned 5"
    rate_links: tuple[str, ...] = ("am bob", "ym mhob", "i bob")
    founding_words: tuple[str, ...] = ("sefydlwyd", "sefydlu", "ffurfiwyd", "ffurfio", "cofrestrwyd")
    street_words: tuple[str, ...] = ("heol", "stryd", "ffordd", "lôn", "rhodfa", "sgwâr", "teras", "cilgant", "street",
                                     "road", "lane", "avenue", "way", "place", "drive", "close", "square", "terrace")
    label_links: tuple[str, ...] = ("i", "a", "ac", "neu", "tan", "hyd")
    ordinal_nouns: tuple[str, ...] = ("flwyddyn", "blwyddyn", "cam", "gam", "tro", "waith", "gwaith", "pen-blwydd",
                                      "alwad", "galwad", "wythnos", "mis", "diwrnod", "ymgyrch", "digwyddiad")
    day_before: tuple[str, ...] = ("ar y", "o'r", "tan y", "erbyn y", "cyn y", "ar ôl y", "ers y")
    open_words: tuple[str, ...] = ("agor", "agored", "agorodd", "agorwyd", "staffio", "cau")  # "ar agor o 9 i 5"
    emergency_words: tuple[str, ...] = ("galwad", "galwadau", "alwad", "alwadau", "gwasanaeth")
    goal_words: tuple[str, ...] = ("safon", "targed", "darged", "tharged", "nharged", "nod", "uchelgais")
