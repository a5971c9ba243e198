"""The fixed words around a release's story (:class:`Furniture`): headings, contact labels, the dateline, table
and chart captions, a correction's words. Each language module gives its presets' furniture; a house style holds
one (:class:`drafter.style.base.HouseStyle`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Furniture:
    """The fixed words around a release's story, by preset: headings, contact labels, the dateline, and the
    marks on a draft whose quotes are not yet approved. en_US follows AP (no UK "Notes to editors")."""

    notes_heading: str = "Notes to editors"
    media_contact: str = "Media contact"
    out_of_hours: str = "Out of hours"
    about: str = "About"  # "About The Lucy Faithfull Foundation"
    also_available: str = "This press release is also available in Welsh."  # in a bilingual campaign
    release_kind: str = "Press release"  # a Word document's subject in a language campaign.yaml has no title in
    dateline: str = "{place}, {date}"  # when campaign.yaml names a place; else the date alone
    dateline_upper: bool = False  # AP: "CARLISLE, Pa. —": the city in capitals, its state as written
    states: tuple[tuple[str, str], ...] = ()  # a state after the dateline's comma, any way typed → AP's ("Pa.")
    cities_alone: tuple[tuple[str, str], ...] = ()  # AP's cities that stand alone, and state: ("denver", "Colo.")
    paper: str = "A4"  # drafter's own page, where campaign.yaml names no letterhead (AP: "Letter", US Letter)
    draft_release: str = "DRAFT – QUOTE NOT APPROVED – NOT FOR PUBLICATION"  # first line of a draft release
    draft_quote: str = "[QUOTE NOT APPROVED]"  # before an unapproved quote
    # A speaker's organisation after their name and title, where quotes.yaml gives no attribution: "Alan Barr, from
    # the Crime Unit"; AP: "Maria Rivera, president and CEO of the Housing Relief Fund", "Maria Rivera of the …"
    speaker_of: str = ", from {organisation}"
    not_available: str = "not available"  # a suppressed or missing figure, in a list
    dash: str = "–"  # the spaced dash between clauses: "52.2 per 100,000 people – the highest rate" (AP: "—")
    in_place: str = "in {area}"  # after a measure's subject that does not say where the area goes
    number_of: str = "the number of {label}"  # a measure's subject when campaign.yaml gives none
    per_head: str = "{rate} per {per}"  # "52.3 charging points per 100,000 people"
    # The kind of place a campaign's areas are (campaign.yaml's area_word: "force area"), after one and any other
    # number; in the words below as {kind}, {kinds} and, at a sentence's start, {Kind}
    area_word: str = "area"
    area_words: str = "areas"
    table_area: str = "{Kind}"  # a table's first column heading
    table_change: str = "Change"  # heading of a table's change column
    table_rank: str = "Rank"
    table_per: str = "Per {per}"  # heading of a rate per head column: "Per 100,000 people"
    table_caption: str = "{label}, by {kind}"  # "People contacting the helpline, by area"
    percent_label: str = "{label} ({percent})"  # a percentage's label in a caption: "Share of buses (per cent)"
    table_whole: str = "{area} (all {kinds})"  # a region row areas.csv lists only some areas of: its published total
    chart_title: str = "{label}: {area} and {others}"  # a chart's title
    chart_source: str = "Source: {organisation}"  # under a table or chart
    correction: str = "CORRECTION"  # leads a corrected release's subject when it is sent again (drafter send)
    corrects: str = "This replaces the release sent to you on {date}."  # a correction's opening
    what_changed: str = "What changed:"
    # A figure in a reviewer's words (the reviewer pack, and what changed since the last draft): what a fact's
    # last part says it is ("percent" → "change, per cent"; "per" words a rate per head: "per 100,000"), and a
    # figure new in a release or gone from it, in what a correction says changed.
    figure_what: tuple[tuple[str, str], ...] = (
        ("percent", "change, per cent"), ("points", "change, percentage points"), ("difference", "change"),
        ("old", "before"), ("new", "after"), ("share", "share of the total"), ("change", "change"), ("rank", "rank"),
        ("rank_lowest", "rank, lowest first"), ("per", "per {per}"))
    figure_new: str = "{figure}: {value} (new in this release)"
    # After a region's list cut to list_areas: where the rest are ({count}: how many), or all of them when none of
    # its areas has a figure to list by.
    others_listed: str = "The other {count} {kinds} are in the table in the notes to editors."
    all_listed: str = "The {count} {kinds} are in the table in the notes to editors."
    figure_gone: str = "{figure}: {value} (no longer in this release)"

    def dateline_place(self, place: str) -> str:
        """The dateline's place as the preset sets it: AP's city in capitals and its state after the first comma as
        AP abbreviates it, however typed ("Carlisle, PA", "Carlisle, Pennsylvania": "CARLISLE, Pa."; "NEW YORK"),
        and no state after a city AP's datelines give alone ("Denver, Colorado": "DENVER"; but "WASHINGTON, Pa.");
        else as written.

        >>> ap = Furniture(dateline_upper=True, states=(("pa", "Pa."), ("pennsylvania", "Pa."), ("colorado", "Colo."),
        ...                ("dc", "D.C.")), cities_alone=(("denver", "Colo."), ("washington", "D.C.")))
        >>> ap.dateline_place("Carlisle, PA"), ap.dateline_place("Carlisle, Pennsylvania"), ap.dateline_place("Rome")
        ('CARLISLE, Pa.', 'CARLISLE, Pa.', 'ROME')
        >>> [ap.dateline_place(typed) for typed in ("Denver, Colorado", "Washington, DC", "Washington, PA")]
        ['DENVER', 'WASHINGTON', 'WASHINGTON, Pa.']
        >>> Furniture().dateline_place("Carlisle")
        'Carlisle'
        """
        if not self.dateline_upper:
            return place
        city, comma, state = place.partition(",")
        written = dict(self.states).get(state.strip().lower().rstrip("."))
        if written and (city.strip().lower(), written) in self.cities_alone:
            return city.strip().upper()
        return city.upper() + comma + (" " + written if written else state)
