"""An organisation's name as a release prints it: as written at the start of a sentence, in a heading ("About The
Lucy Faithfull Foundation") or under a chart, and mid-sentence by the language's house rule ("a quote from the
Emergency Calls Trust": :meth:`drafter.style.base.Language.name_in_text`), unless campaign.yaml's
``organisation_in_text`` gives the name's own form ("The Lucy Faithfull Foundation", whose "The" is its own)."""

from __future__ import annotations

import re

from drafter.model import Campaign
from drafter.style.base import Language

_PLACE = re.compile(r"(?<!\{)\{organisation\}(?!\})")
_STARTS = re.compile(r"(?:^|[.!?:][’”\"')]*\s+)$")  # a sentence starts here: at the start, or after its full stop


def organisation_names(campaign: Campaign, language: Language) -> tuple[str, str]:
    """The organisation as written, and as it reads mid-sentence, in releases in ``language``.

    The form campaign.yaml marks (``organisation_in_text``) is the one name written as given; a name given in
    the language (``organisation_cy``) follows that language's rule (Welsh: as given)."""
    written = campaign.text_for("organisation", language.code) or campaign.organisation
    marked = campaign.text_for("organisation_in_text", "en")
    if marked and written == campaign.organisation:
        return written, marked
    return written, language.name_in_text(written)


def heading_name(campaign: Campaign, language: Language) -> str:
    """The organisation after "About": as campaign.yaml's ``organisation_in_text`` gives it where it does ("About
    the National Fire Chiefs Council"), else as written ("About The Cwtch Food Network")."""
    written, in_text = organisation_names(campaign, language)
    return in_text if campaign.text_for("organisation_in_text", "en") and written == campaign.organisation else written


def fill_organisation(text: str, written: str, in_text: str) -> str:
    """``text`` (a campaign sentence, filled in with ``str.format`` next) with each {organisation} as it reads
    where it stands: as written where it starts a sentence, else mid-sentence.

    >>> fill_organisation("{organisation} says so. Ask {organisation}.", "The Trust", "the Trust")
    'The Trust says so. Ask the Trust.'
    """
    def name(found: re.Match[str]) -> str:
        chosen = written if _STARTS.search(text[:found.start()]) else in_text
        return chosen.replace("{", "{{").replace("}", "}}")  # the name is text, not a place to fill

    return _PLACE.sub(name, text)
