"""Approved quotes as a release prints them: the speaker's attribution and the quote's paragraphs in the Quote
style."""

from __future__ import annotations

from drafter.document import escape_markdown
from drafter.errors import QuoteError
from drafter.model import Quote, Speaker
from drafter.style.base import HouseStyle
from drafter.style.titles import placed, title_after_name, title_before_name


def attribution(speaker: Speaker, titles: str = "before", small: tuple[str, ...] = (), names_after: bool = False,
                of: str = ", from {organisation}") -> str:
    """"Assistant Chief Constable Alan Barr, from the North West Regional Organised Crime Unit"; with
    ``titles="after"`` (house_style ``titles: after``), or for a title that says of what or where (see
    :func:`~drafter.style.titles.placed`): "Alan Barr, assistant chief constable, from …";
    ``small``: the words the language keeps in lower case in a title ("Comisiynydd Heddlu a Throseddu");
    ``names_after``: the language's :attr:`~drafter.style.base.Language.title_names_after`; ``of``: how the house
    style joins the speaker's organisation where quotes.yaml gives no ``attribution`` (AP: "Maria Rivera,
    president and CEO of the Housing Relief Fund")."""
    if not speaker.title:
        name = speaker.name
    elif placed(speaker.title, titles, names_after) == "after":
        name = f"{speaker.name}, {title_after_name(speaker.title)}"
    else:
        name = f"{title_before_name(speaker.title, small)} {speaker.name}"
    if speaker.of:
        return name + of.format(organisation=speaker.of)
    return f"{name}, {speaker.attribution}" if speaker.attribution else name


def quote_markdown(quote: Quote, speaker: Speaker, verb: str, style: HouseStyle, draft: bool = False) -> str:
    """The quote's paragraphs in the Quote style: attribution first (in the release's language: "…, said:",
    "Dywedodd …:"), opening marks on each paragraph and a closing mark on the last only, as newspapers set a
    quote that runs over several paragraphs. A quote not yet approved (``draft``) has the house style's draft mark
    ("[QUOTE NOT APPROVED]") on a line of its own before it, in the embargo line's style."""
    language, titles, furniture = style.language, style.titles, style.furniture
    if verb not in language.attribution_verbs:
        raise QuoteError(f"is not an attribution verb in {language.english}", field="quote(verb)", value=verb,
                         expected=", ".join(language.attribution_verbs))
    lines = []
    last = len(quote.paragraphs) - 1
    for index, paragraph in enumerate(quote.paragraphs):
        text = "“" + escape_markdown(paragraph) + ("”" if index == last else "")
        if index == 0:
            who = escape_markdown(attribution(speaker, titles, language.title_small_words, language.title_names_after,
                                              furniture.speaker_of))
            before = bool(speaker.title) and placed(speaker.title, titles, language.title_names_after) == "before"
            text = language.attribution(verb, who, titled=before) + text
        lines.append("{.quote}\n" + text)
    if draft:
        lines.insert(0, "{.embargo}\n" + escape_markdown(furniture.draft_quote))
    return "\n\n".join(lines)
