"""Speakers' titles and ranks: every word checked against a known list, capitalised before a name."""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

from drafter.errors import QuoteError
from drafter.model import Speaker
from drafter.shipped import shipped_root

_SMALL = {"of", "for", "and", "the", "to", "in", "on", "at"}
# A word of a title: letters of any alphabet ("Tân", "Grŵp"), with apostrophes, full stops and hyphens inside it
# ("children's", "Rt.", "co-founder", "uwch-arolygydd" are one word each, as the list holds them)
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[’'.-])*")


# Ranks as police and fire services shorten them in their own notes, never in a release: each in full
_SHORT_RANKS = {
    "supt": "Superintendent", "ch": "Chief", "det": "Detective", "insp": "Inspector", "sgt": "Sergeant",
    "asst": "Assistant", "dep": "Deputy", "cc": "Chief Constable", "acc": "Assistant Chief Constable",
    "dcc": "Deputy Chief Constable", "dcs": "Detective Chief Superintendent", "dci": "Detective Chief Inspector",
    "di": "Detective Inspector", "ds": "Detective Sergeant", "dc": "Detective Constable", "pc": "Police Constable",
    "pcso": "Police Community Support Officer", "pcc": "Police and Crime Commissioner",
    "acfo": "Assistant Chief Fire Officer", "dcfo": "Deputy Chief Fire Officer",
}


@lru_cache(maxsize=1)
def shipped_title_words() -> frozenset[str]:
    text = (shipped_root() / "words" / "title_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _normal(word: str) -> str:
    return word.lower().replace("’", "'").strip(".-")


def name_words(*names: str) -> frozenset[str]:
    """The words of proper names that a title may hold besides ranks and job words: the campaign's places (every
    column of areas.csv but its codes) and the speaker's organisation ("Head of Fundraising for Wales",
    "Chief Officer, Gwent Police").

    >>> sorted(name_words("Vale of Glamorgan", "Ynys Môn"))
    ['glamorgan', 'môn', 'of', 'vale', 'ynys']
    """
    return frozenset(_normal(word) for name in names for word in _WORD.findall(name))


def check_title(speaker: Speaker, extra_words: frozenset[str] = frozenset(), field: str | None = None,
                places: frozenset[str] = frozenset()) -> None:
    """Refuse a title with a word that is not a known rank or job-title word (e.g. "onspector"), nor a word of
    one of the campaign's places (``places``, from :func:`name_words`) or of the speaker's organisation.

    >>> from drafter.model import SourceRef
    >>> where = SourceRef("quotes.yaml", line=9)
    >>> york = Speaker("stuart-york", "Stuart York", "Detective onspector", "", "", "", where)
    >>> check_title(york)
    Traceback (most recent call last):
    ...
    drafter.errors.QuoteError: quotes.yaml:9: speakers.stuart-york.title: "onspector" is not a known rank or \
job-title word (expected a word from drafter's list or from title_words in quotes.yaml; did you mean 'inspector'?)
    >>> check_title(Speaker("jane-hall", "Jane Hall", "Det. Chief Supt", "", "", "", where))
    Traceback (most recent call last):
    ...
    drafter.errors.QuoteError: quotes.yaml:9: speakers.jane-hall.title: "Det." is a shortened rank (expected the \
rank in full, as a release gives it: title: Detective Chief Superintendent)
    """
    known = shipped_title_words() | extra_words | places | name_words(speaker.organisation)
    unknown = list(dict.fromkeys(word for word in _WORD.findall(speaker.title)
                                 if _normal(word) and _normal(word) not in known))
    if not unknown:
        return
    near = _near(_normal(unknown[0]), known)
    if _normal(unknown[0]) in _SHORT_RANKS:  # "Chief Supt", "ACC": the rank as a release gives it
        raise QuoteError("is a shortened rank", source=speaker.source, field=field or f"speakers.{speaker.id}.title",
                         value=unknown[0], expected="the rank in full, as a release gives it: title: " + _WORD.sub(
                             lambda m: _SHORT_RANKS.get(_normal(m.group()), m.group()), speaker.title))
    if near:  # a slip: "onspector", "Tan" for "Tân"
        hint = f"; did you mean {near!r}?"
    else:  # words of the speaker's own: every one at once, and the line that adds them
        hint = "; if the title is right, add its words: title_words: [" + ", ".join(
            sorted(extra_words) + [_normal(word) for word in unknown if not _near(_normal(word), known)]) + "]"
    raise QuoteError(
        "is not a known rank or job-title word", source=speaker.source,
        field=field or f"speakers.{speaker.id}.title", value=unknown[0],
        expected="a word from drafter's list or from title_words in quotes.yaml" + hint,
    )


def _near(word: str, known: frozenset[str]) -> str | None:
    """The known word ``word`` is a slip for, if any, read without accents too ("tan" for "tân")."""
    bare = {_bare(k): k for k in sorted(known)}
    if _bare(word) in bare:
        return bare[_bare(word)]
    near = difflib.get_close_matches(word, sorted(known), n=1, cutoff=0.75)
    return near[0] if near else None


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def placed(title: str, titles: str, names_after: bool = False) -> str:
    """Where a title goes (house_style ``titles``): "before" puts a rank or a short title before the name
    ("Chief Executive Siân Prydderch"), but one that says of what or where, or names an organisation after a
    comma, after it, as newspapers set it ("Gareth ap Iorwerth, head of fundraising for Wales", never "Head of
    Fundraising for Wales Gareth ap Iorwerth"); "after" puts every title after the name.

    ``names_after``: a name in the title after its first word (a word not in drafter's list: a place, an
    organisation) puts it after the name too, as Welsh needs ("Comisiynydd Heddlu a Throseddu Gwent" is definite
    by its name and takes no article).

    >>> placed("Detective Inspector", "before"), placed("Head of Fundraising for Wales", "before")
    ('before', 'after')
    >>> placed("Prif Gwnstabl", "before", True), placed("Comisiynydd Heddlu a Throseddu Gwent", "before", True)
    ('before', 'after')
    """
    words = title.split()
    named = names_after and any(_normal(word) not in shipped_title_words() for word in words[1:])
    short = "," not in title and not named and not any(word.lower() in _SMALL for word in words[1:])
    return "before" if titles == "before" and short else "after"


def title_before_name(title: str, small: tuple[str, ...] = ()) -> str:
    """A title as it reads before a name: each word capitalised, small words lower-case (``small``: the
    release's language's, besides English's).

    >>> title_before_name("detective inspector"), title_before_name("head of safeguarding")
    ('Detective Inspector', 'Head of Safeguarding')
    >>> title_before_name("comisiynydd heddlu a throseddu", ("a",))
    'Comisiynydd Heddlu a Throseddu'
    """
    words = title.split()
    out = []
    for index, word in enumerate(words):
        if index and (word.lower() in _SMALL or word.lower() in small):
            out.append(word.lower())
        elif word.isupper() or any(c.isupper() for c in word[1:]):
            out.append(word)  # MP, QPM, McDonald: leave as written
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def title_after_name(title: str) -> str:
    """A title as it reads after a name (house_style ``titles: after``): its rank and job words (drafter's list)
    in lower case; places and organisations in it, acronyms, names with capitals inside them and anything
    after a comma (an organisation) as written.

    >>> title_after_name("Detective Inspector"), title_after_name("Chief Executive, NHS Wales")
    ('detective inspector', 'chief executive, NHS Wales')
    >>> title_after_name("Head of Fundraising for Wales")
    'head of fundraising for Wales'
    >>> title_after_name("Chief Superintendent (Head of Crime)")  # a word after a bracket is a word too
    'chief superintendent (head of crime)'
    """
    role, comma, rest = title.partition(",")
    known = shipped_title_words()

    def cased(found: re.Match[str]) -> str:
        w = found.group()
        return w.lower() if _normal(w) in known and not (w.isupper() or any(c.isupper() for c in w[1:])) else w

    return _WORD.sub(cased, role) + comma + rest
