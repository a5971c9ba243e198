"""The words of a language that `drafter check` reads in an edited release: numbers and ranks in words, what a
figure's neighbours say it claims, change words the house style does not write. :class:`Language` (in
:mod:`drafter.style.base`) has them all; a language module gives those it has."""

from __future__ import annotations


class Reading:
    """Words a person may type into a release, for `drafter check` to read (none by default)."""

    only_words: tuple[str, ...] = ("only",)  # after or before an area in a list of areas: "Wales only", "only Wales"
    # Numbers in words that a person may type into an edited release, for `drafter check` to read ("fifty
    # people"; the preset's number_words are read too): words with their values, and scales, which multiply
    # what comes before them ("two hundred", Welsh "dau gant", "pum deg"); other words for "per cent".
    number_names: tuple[tuple[str, int], ...] = ()
    ordinal_names: tuple[tuple[str, int], ...] = ()  # "tenth", Welsh "ail", "trydydd" (drafter writes "3ydd")
    number_scales: tuple[tuple[str, int], ...] = ()
    # Words before a million or a billion that make a number with it, each with its fraction (numerator,
    # denominator): "half a million", "a quarter of a million", "a million", Welsh "hanner miliwn"; the word for a
    # million alone is read as one after a qualifier ("nearly a million", Welsh "bron miliwn").
    scale_parts: tuple[tuple[str, int, int], ...] = ()
    percent_words: tuple[str, ...] = ()
    # Other words before a figure that a person may type, each with what it claims: "nearly" (just below it),
    # "more" (above it), "fewer" (below it) or "about" (it, rounded): "almost 90 per cent", "over 400 people".
    qualifier_words: tuple[tuple[str, str], ...] = ()
    # Words that rank first on their own ("the highest rate") and follow an ordinal ("the third highest"); those of
    # them that count from the bottom ("the lowest", "the second smallest"); those that are also quantifiers ("most
    # callers"), a rank alone only after the article; and words after one that say where it ranks ("of any").
    superlatives: tuple[str, ...] = ()
    lowest_first: tuple[str, ...] = ()
    quantifiers: tuple[str, ...] = ()
    rank_scopes: tuple[str, ...] = ()
    # Words that end what a superlative of the data ranks before a place is named: a new clause ("and", "but") or
    # a time, not a place ("ever", "since"): "the highest number of people contacting the helpline in the north
    # west" ranks among the north west's areas; "the highest number ever, and in the north west …" does not.
    rank_breaks: tuple[str, ...] = ()
    # The nouns of a rank by a rate ("the third highest rate", Welsh "y drydedd gyfradd uchaf") and of one by a
    # count ("the third highest number"): each is held against that rank only, where a campaign has both.
    rate_nouns: tuple[str, ...] = ()
    count_nouns: tuple[str, ...] = ()
    # A comparison of two places a person types ("more parcels than Swansea", "a smaller rise than Cumbria"): the
    # comparatives, each "up" (more, higher) or "down"; the word before the place compared with ("than", Welsh
    # "na"); and words for every other area of the region after it ("more than any other force area").
    comparatives: tuple[tuple[str, str], ...] = ()
    # After a change in a rate's own unit, the words that say which way it went ("three weeks shorter", Welsh "tair
    # wythnos yn fyrrach"): a quote's figure so said is held against those changes (drafter.quotes.worded).
    unit_comparatives: tuple[tuple[str, str], ...] = ()
    than_words: tuple[str, ...] = ()
    other_words: tuple[str, ...] = ()
    # Words that compare on their own, with no "than", the place compared with straight after them ("Cardiff's rate
    # is above Swansea's", Welsh "uwchlaw"): each "up" or "down". And words that name a period by where it stands in
    # time, not by its dates ("last year", Welsh "y llynedd"): a release's newest period may be last year itself,
    # so a comparison with one is held against the newest period and the one before it.
    comparing_alone: tuple[tuple[str, str], ...] = ()
    relative_periods: tuple[str, ...] = ()
    # The period a figure is compared with, named by where it stands from the newer one (drafter.reports.
    # check_relative): "the previous month", "a year earlier", Welsh "y mis blaenorol", each without its article
    # and with what it says, "month", "quarter", "half" or "year" (that far earlier), "calendar" (within the year
    # before: "last year") or "twelve" ("over the past 12 months").
    relative_comparisons: tuple[tuple[str, str], ...] = ()
    # A half of a year named by its words, before the year ("the first half of 2017", Welsh "hanner cyntaf 2017"):
    # each with its half, 1 (January to June) or 2 (July to December); held against the campaign's periods.
    half_years: tuple[tuple[str, int], ...] = ()
    relative_from_now: tuple[str, ...] = ()  # "last year": maybe the newer period, so the comparison's after a link
    comparison_links: tuple[str, ...] = ()  # "from" in "up from 150 last year", "with" in "compared with last year"
    relative_fillers: tuple[str, ...] = ()  # between a link and a phrase: the articles ("the", "a") first, "in"
    # Places named in general words: the area's region ("the region", "regionally", Welsh "y rhanbarth"), words
    # that say where a rank is only (the region: "the most in the area"), the top of the campaign's tree
    # ("nationally", "in the country"), and a place's adjective with the place's name as areas.csv may give it
    # ("Welsh", "Wales": "the Welsh average" is Wales's).
    region_words: tuple[str, ...] = ()
    area_adjectives: tuple[tuple[str, str], ...] = ()
    region_scope_words: tuple[str, ...] = ()
    national_words: tuple[str, ...] = ()
    # Words of a list's lead-in that state the order of its lines ("The areas of Wales, highest rate first:"): while
    # the lead-in still says them, the lines must stay in an order they allow.
    list_orders: tuple[str, ...] = ()
    # A part of the earlier figure a change is said in ("rose by a third", Welsh "wedi cynyddu traean"): words,
    # numerator, denominator; and multiples in one word ("tenfold"), with their values.
    fractions: tuple[tuple[str, int, int], ...] = ()
    fraction_links: tuple[str, ...] = ()  # between a change word and its fraction: "by" in "rose by a third"
    # The noun of "percentage points" said alone ("13.5 points", Welsh "13.5 pwynt"): where drafter wrote percentage
    # points, the same figure written another way, not another figure.
    points_alone: tuple[str, ...] = ()
    population_words: tuple[str, ...] = ()  # a rate's base said in other words: "per 1,000 population", "residents"
    proportion_links: tuple[str, ...] = ()  # between the two numbers of a proportion: "one in five", "un o bob pump"
    fold_words: tuple[tuple[str, int], ...] = ()
    times_after_change: tuple[str, ...] = ()  # a multiple with nothing after it, straight after a change word: "gwaith"
    # Words after a figure that do not say what it counts ("rose to 440 in June", "440 last year"): a figure
    # followed by one of them (or by punctuation) has no words of its own, and `drafter check` holds it against
    # the data; one followed by other words ("24 hours", "12 trained call handlers") counts something else.
    not_counted: tuple[str, ...] = ()
    # Words before a year ("in 2018", "since 2000"): a number that looks like a year after one of them is a year,
    # even before a count's words ("Since 2018 people have called"); after any other word it is a figure there
    # ("a total of 2000 people"). And words after a figure that say it is a count, not a year: "2000 more calls".
    year_words: tuple[str, ...] = ()
    # Change words a person may type that the house style does not write, each with its band: "almost doubled"
    # ("almost_doubled": a ratio of at least nearly_fraction × 2, below 2), "nearly tripled" ("almost_trebled").
    approx_bands: tuple[tuple[str, str], ...] = ()
    # A quote's change words in the language, each with its band ("bron â threblu": almost_trebled), in every form
    # a quote may give them, for the check of quotes against the data; none: English's own ("almost trebled").
    band_phrases: tuple[tuple[str, str], ...] = ()
    # Direction words a person may type that the house style does not write, each "up" or "down": "down from".
    direction_words: tuple[tuple[str, str], ...] = ()
    # Words that stand for what a campaign measures ("the number", "the figure", Welsh "y nifer"): a change word
    # in a sentence with one is said of the data ("The number has almost doubled"), not of something else.
    data_words: tuple[str, ...] = ()
    place_words: tuple[str, ...] = ()  # between a figure and the area it is of: "440 in Cheshire", "yng Nghymru"
    noun_before_superlative: bool = False  # a rank's noun between its ordinal and superlative: "ail ostyngiad mwyaf"
    more_words: tuple[str, ...] = ()
    # A multiple of the earlier figure after a number, each with the words one of which must follow it ("|"
    # between them; none: a multiple alone): "154-fold", "2.9 times higher", not "launched 999 times"; Welsh "dair
    # gwaith yn fwy". And number words in a form they take before one that the number names lack (Welsh "dair").
    times_words: tuple[tuple[str, str], ...] = ()
    times_numbers: tuple[tuple[str, int], ...] = ()
    dial_words: tuple[str, ...] = ()  # before a number to ring, no figure: "call 999", Welsh "ffoniwch 999"
    dial_on: tuple[str, ...] = ()  # whom to ring at "…", before the number: "call … on" for "call NHS 24 on 111"
    caption_words: tuple[str, ...] = ()  # capitalised before a caption's number, no figure: "Figure 1", "Ffigur 1"
    reference_words: tuple[str, ...] = ()  # before a law's or a document's part, no figure: "Section 2", "Adran 2"
    law_words: tuple[str, ...] = ()  # capitalised, a law whose name holds a year: "Act 2003", Welsh "Deddf 2003"
    # An age or a range of ages, no figure: the words before it ("aged 16 to 24"), the words after it (Welsh "16 i 24
    # oed"), and the words that join a range's two ends.
    ages: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    age_nouns: tuple[str, ...] = ()  # an age said as what a thing is: "the age of criminal responsibility is 10"
    # Abbreviations whose full stop ends no sentence, before a number: "registered charity no. 1013025", "approx. 30".
    number_abbreviations: tuple[str, ...] = ()
    source_words: tuple[str, ...] = ()  # another source for a sentence's figures: "according to the NSPCC"
    reach_words: tuple[str, ...] = ()  # before how many a campaign reached, no figure: "reached 2 million people"
    # Context outside the campaign's periods and areas: a word before a year that starts a span to now ("since
    # 2020", Welsh "ers 2020"); the first and last words of a span back from now, up to two words between ("the last
    # ten years", Welsh "y deng mlynedd diwethaf"); countries' names besides those of area_adjectives ("the UK"); and
    # the words of national_words that name the country as a place, not a thing ("nationally", not "national").
    since_words: tuple[str, ...] = ()
    time_spans: tuple[tuple[str, str], ...] = ()
    country_names: tuple[str, ...] = ()
    national_places: tuple[str, ...] = ()
    # A capitalised word before a label's number, no figure: "Year 7", "Level 3", Welsh "Blwyddyn 7"; the words that
    # join two ("Years 7 to 9", "from 10 till 4"); the words before a day of the month as an ordinal ("on the 3rd",
    # Welsh "ar y 3ydd").
    label_words: tuple[str, ...] = ()
    hyphen_units: tuple[str, ...] = ()  # after a number and a hyphen, a description, no figure: "a 10-minute walk"
    plain_labels: tuple[str, ...] = ()  # the same in any case: "routes 1 and 2", "Unit 5", Welsh "llwybrau 1 a 2"
    label_links: tuple[str, ...] = ()
    # A rate's base in other words than the house style's "per": "52.2 for every 100,000 people", Welsh "am bob".
    rate_links: tuple[str, ...] = ()
    # Words before the year an organisation began, no figure where it is before every year of the campaign's
    # ("founded in 1984", "set up in 1992", Welsh "sefydlwyd yn 1984").
    founding_words: tuple[str, ...] = ()
    # A street's word, capitalised, within the few capitalised words after a house's number: "2 Birch Road",
    # "12 High Street", Welsh "12 Heol y Frenhines": an address, no figure.
    street_words: tuple[str, ...] = ()
    day_before: tuple[str, ...] = ()
    ordinal_nouns: tuple[str, ...] = ()  # an ordinal of something else, no rank: "the 2nd phase", "100,000th call"
    open_words: tuple[str, ...] = ()  # before opening hours, no figure: "open from 9 to 5", Welsh "ar agor o 9 i 5"
    # A target or standard a figure names, no figure of the data, checked by hand: "the 90 per cent standard",
    # "a target of 90 per cent", Welsh "y safon o 90 y cant".
    goal_words: tuple[str, ...] = ()
    # After the emergency number, the words that make it the number to ring, not a count: "999 calls", "999 call
    # handlers" ("launched 999 times" is a count).
    emergency_words: tuple[str, ...] = ()
    # Words :meth:`counted` writes for a count of none (English "no one", Welsh "neb"): `drafter check` reads
    # them as none ("no one" not as "one"), so "one person" typed over "no one" is a finding.
    none_words: tuple[str, ...] = ()

    def ends_counted(self, word: str) -> bool:
        """Whether what a figure counts ends with ``word`` (for `drafter check`): the noun of "24 stations offer
        free courses" is "stations", and the verb after it is not what is counted. None by default: the check
        stops at a word of :attr:`not_counted`, or after three words."""
        return False
