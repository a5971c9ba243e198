"""Welsh initial mutations, as drafter applies them (Gramadeg y Gymraeg, §§ on the soft, nasal and aspirate
mutations): a month after "i" and "a", a place after "yn", an ordinal after the predicative "yn", a count after
"o". Every other Welsh word is in :mod:`drafter.style.lang.cy`."""

from __future__ import annotations

# Digraphs that are letters of their own and do not mutate as their first character would.
_UNMUTATED = ("ch", "ph", "th", "ff", "ng", "dd")
_SOFT = (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""),
         ("m", "f"))
_ASPIRATE = (("p", "ph"), ("t", "th"), ("c", "ch"))
_NASAL = (("c", "ngh"), ("p", "mh"), ("t", "nh"), ("g", "ng"), ("b", "m"), ("d", "n"))
VOWELS = "aeiouwyâêîôûŵŷ"


def _mutate(word: str, table: tuple[tuple[str, str], ...]) -> str:
    lower = word.lower()
    for first, replacement in table:
        if lower.startswith(first) and not (len(first) == 1 and lower.startswith(_UNMUTATED)):
            rest = word[len(first):]
            mutated = replacement + rest
            return mutated[:1].upper() + mutated[1:] if word[:1].isupper() else mutated
    return word


def soft(word: str) -> str:
    """Soft mutation, as after "i" (to) and "o" (from).

    >>> [soft(m) for m in ("Rhagfyr", "Gorffennaf", "Mehefin", "Tachwedd", "Chwefror", "Llun", "Ionawr")]
    ['Ragfyr', 'Orffennaf', 'Fehefin', 'Dachwedd', 'Chwefror', 'Lun', 'Ionawr']
    """
    return _mutate(word, _SOFT)


def after_yn(text: str) -> str:
    """Soft mutation after the predicative "yn" (before a noun or adjective), which leaves "ll" and "rh" as they
    are: "yn drydydd", "yn gydradd ail", but "yn llai na 5". (The "yn" of a verb-noun, "yn cynyddu", does not
    mutate; drafter never passes one here.)

    >>> after_yn("trydydd"), after_yn("cydradd ail"), after_yn("llai na 5"), after_yn("ail"), after_yn("10fed")
    ('drydydd', 'gydradd ail', 'llai na 5', 'ail', '10fed')
    """
    return text if text[:2].lower() in ("ll", "rh") else soft(text)


# An island, and the banks of a river, are "on" in Welsh, not "in": "ar Ynys Môn", "ar Lannau Mersi".
ON_PLACES = ("ynys", "glannau")


def in_place(place: str) -> str:
    """ "yn" (in) before a place, with the nasal mutation it causes and "yn" taking the sound of what follows;
    "yn Abertawe", "yn Swydd Gaer" as they are; an island or a river's banks take "ar" and its soft mutation.

    >>> [in_place(p) for p in ("Caerdydd", "Powys", "Tregaron", "Gwynedd", "Bangor", "Dinbych", "Merthyr Tudful")]
    ['yng Nghaerdydd', 'ym Mhowys', 'yn Nhregaron', 'yng Ngwynedd', 'ym Mangor', 'yn Ninbych', 'ym Merthyr Tudful']
    >>> [in_place(p) for p in ("Tor-faen", "Pen-y-bont ar Ogwr", "Rhondda Cynon Taf", "Ynys Môn", "Glannau Mersi")]
    ['yn Nhor-faen', 'ym Mhen-y-bont ar Ogwr', 'yn Rhondda Cynon Taf', 'ar Ynys Môn', 'ar Lannau Mersi']
    """
    if place.split(" ")[0].lower() in ON_PLACES:
        return "ar " + soft(place)
    mutated = _mutate(place, _NASAL)
    lower = mutated.lower()
    return ("yng " if lower.startswith("ng") else "ym " if lower.startswith("m") else "yn ") + mutated


def unmutated(place: str) -> tuple[tuple[str, str], ...]:
    """``place`` after "yn" as a person may type it unmutated, each with the form drafter writes; none for a place
    that keeps its name after "yn" ("yn Sir y Fflint") or takes another word ("ar Ynys Môn"; "yn Ynys Môn" is
    written too).

    >>> dict(unmutated("Conwy"))["yn Conwy"], dict(unmutated("Powys"))["ym Powys"]
    ('yng Nghonwy', 'ym Mhowys')
    >>> unmutated("Ynys Môn"), unmutated("Sir y Fflint")
    ((), ())
    """
    own = in_place(place)
    if own.partition(" ")[2] == place:
        return ()
    return tuple((f"{word} {place}", own) for word in ("yn", "yng", "ym"))


def aspirate(word: str) -> str:
    """Aspirate mutation, as after "a" (and).

    >>> aspirate("Tachwedd"), aspirate("Mehefin")
    ('Thachwedd', 'Mehefin')
    """
    return _mutate(word, _ASPIRATE)


# A verb in the past that a count follows ("cysylltodd", "cofnodwyd"): the third person's and the impersonal's
# endings, on a word longer than a noun with the same ending ("bwyd", "rhodd").
PAST_ENDINGS = ("odd", "wyd")


def negative(verb: str) -> str:
    """A verb in the past made negative, as before "neb" or "dim": "ni" and the mixed mutation (aspirate where it
    can, else soft), "nid" before a vowel; as it is when it is no such verb.

    >>> [negative(v) for v in ("cysylltodd", "Cofnodwyd", "rhoddwyd", "lansiwyd", "achubwyd", "gwelwyd", "bwyd")]
    ['ni chysylltodd', 'Ni chofnodwyd', 'ni roddwyd', 'ni lansiwyd', 'nid achubwyd', 'ni welwyd', 'bwyd']
    """
    lower = verb.lower()
    if " " in verb or len(verb) < 6 or not lower.endswith(PAST_ENDINGS):
        return verb
    ni = "Ni" if verb[:1].isupper() else "ni"
    if lower[:1] in VOWELS:
        return f"{ni}d {lower}"
    mutated = _mutate(lower, _ASPIRATE)
    return f"{ni} {mutated if mutated != lower else soft(lower)}"


def and_before(text: str) -> str:
    """ "a" before a consonant (mutating it), "ac" before a vowel: "a Thachwedd 2018", "ac Ionawr 2018".

    >>> and_before("Ionawr 2018"), and_before("Tachwedd"), and_before("Rhagfyr 2017"), and_before("4 Medi 2018")
    ('ac Ionawr 2018', 'a Thachwedd', 'a Rhagfyr 2017', 'a 4 Medi 2018')
    """
    if text[:1].lower() in VOWELS:
        return "ac " + text
    return "a " + aspirate(text)


def article(word: str) -> str:
    """The article before a word: "yr" before a vowel or "h", else "y" ("y Prif Gwnstabl", "yr Arolygydd").

    >>> article("Prif Gwnstabl"), article("Arolygydd")
    ('y', 'yr')
    """
    return "yr" if word[:1].lower() in VOWELS + "h" else "y"


def to_before(text: str) -> str:
    """ "i" with the soft mutation it causes: "i Ragfyr 2017", "i 10 Medi".

    >>> to_before("Rhagfyr 2017"), to_before("Mehefin 2018"), to_before("10 Medi 2018")
    ('i Ragfyr 2017', 'i Fehefin 2018', 'i 10 Medi 2018')
    """
    return "i " + soft(text)


