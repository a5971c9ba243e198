"""A fact in the words a press officer knows it by, for a finding of the check: the measure by its ``label`` in
campaign.yaml (its id only where it has no label), shortened when long, and each period by its own label as the
house style writes it in English ("July to December 2017"), never by campaign.yaml's ids ("contacts", "before")
or by its place ("the first period").

A derived fact of the fact sheet ("fires.year.per_10000.rank") is named the same way: "Powys's rank by fires
attended per 10,000 in 2023".
"""

from __future__ import annotations

import re

from drafter.errors import possessive
from drafter.model import Campaign
from drafter.style import wording
from drafter.style.base import HouseStyle
from drafter.style.house import INTERFACE, PRESETS, message_style

_DERIVED = re.compile(r"^(?P<m>[a-z0-9_]+)\.(?P<p>[a-z0-9_]+(?:-[a-z0-9_]+)?)"
                      r"(?:\.(?P<what>per_(?P<per>\d+)|share|change|percent))?(?P<rank>\.rank(?:_lowest)?)?$")
LONGEST = 9  # words of a label kept whole ("percentage of A&E patients seen within four hours"); a longer one is cut


def short_label(label: str, small_words: frozenset[str]) -> str:
    """A measure's label, cut short when it is longer than :data:`LONGEST` words: before the first small word
    ("for", "who", Welsh "am") after its first four words, within two words of that length, so what is left
    reads as a whole; else after its first words. Either way "…" says it goes on: "percentage of A&E patients
    seen" alone would name another measure than "… seen within four hours".

    >>> short_label("people contacting Stop It Now! for help", frozenset({"for"}))
    'people contacting Stop It Now! for help'
    >>> short_label("people who contacted the Stop It Now! helpline for help", frozenset({"for", "the", "who"}))
    'people who contacted the Stop It Now! helpline …'
    >>> short_label("adults in the county who say that they feel safe at night", frozenset({"in", "the", "who"}))
    'adults in the county …'
    >>> short_label("twelve month rolling average monthly household recycling tonnage collected at kerbside",
    ...             frozenset({"of"}))
    'twelve month rolling average monthly household recycling tonnage collected …'
    """
    words = label.split()
    if len(words) <= LONGEST:
        return label
    cut = next((k for k in range(4, LONGEST + 3) if k < len(words) and words[k].casefold() in small_words), 0)
    return " ".join(words[:cut or LONGEST]) + " …"


def own_words(words: str, style: HouseStyle) -> str:
    """Words of the release inside a finding's sentence: as they are in an English release ("counts hours"),
    quoted in a release in another language ("counts 'awr'"), so that a line never reads as one sentence of two
    languages."""
    return words if style.language is PRESETS[INTERFACE].language else f"'{words}'"


class Names:
    """The campaign's measures and periods in a finding's words. A finding is a sentence in English, as every
    message of drafter's is, so a release in another language has its facts named in English too (the
    measure's ``label``, the periods as en_GB writes them), and only what it quotes from the release, between
    quotation marks, is in the release's language: "'2019' where the period January to June 2018 was '2018'"."""

    def __init__(self, campaign: Campaign, style: HouseStyle) -> None:
        style = message_style(style)
        small = frozenset(style.language.not_counted)
        self._labels = {m.id: short_label(m.label or m.id.replace("_", " "), small) for m in campaign.measures}
        self._periods = {p.id: p for p in campaign.periods}
        self._style = style

    def measure(self, measure_id: str) -> str:
        """"people contacting Stop It Now! for help"; the id in words for a measure campaign.yaml no longer has."""
        return self._labels.get(measure_id) or measure_id.replace("_", " ")

    def period(self, period_id: str) -> str:
        """"July to December 2017", as the house style writes the period; its id for one no longer there."""
        period = self._periods.get(period_id)
        return wording.period_text(period.start, period.end, self._style) if period else period_id

    def when(self, period_id: str) -> str:
        """"in July to December 2017"; "on 4 September 2018" for a period of one day."""
        period = self._periods.get(period_id)
        return f"{'on' if period and period.start == period.end else 'in'} {self.period(period_id)}"

    def between(self, old: str, new: str) -> str:
        """"in January to June 2018 compared with July to December 2017", as the releases set one period against
        another (never "between July to December 2017 and January to June 2018", which reads as one span)."""
        return f"{self.when(new)} compared with {self.period(old)}"

    def derived(self, name: str, area: str) -> str | None:
        """A fact sheet's derived fact (a rate per head, a share, or a rank by count, rate, change or percent) in
        words, or None for a fact that is not one of those."""
        found = _DERIVED.match(name)
        if found is None or not (found["rank"] or (found["what"] or "").startswith(("per_", "share"))):
            return None
        m, period, what = self.measure(found["m"]), found["p"], found["what"] or "count"
        if what in ("change", "percent"):
            old, _, new = period.partition("-")
            words = f"the {'change' if what == 'change' else 'percentage change'} in {m} {self.between(old, new)}"
        else:
            when = self.when(period)
            words = f"{m} {when}" if what == "count" else f"share of its region's {m} {when}" if what == "share" \
                else f"{m} per {int(found['per']):,} {when}"
        if not found["rank"]:
            return f"{possessive(area)} {words}"
        return f"{possessive(area)} rank{', lowest first,' if found['rank'] == '.rank_lowest' else ''} by {words}"
