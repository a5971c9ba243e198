"""Figures inside quotes: what a quote claims ("nearly 200 per cent", "almost treble", "1,747") and whether the
release's own data supports it. Pure: no locale, no I/O.

A claim the data does not support is refused; a claim that is true but states a figure at another rounding
level than the release ("nearly 200 per cent" beside "193 per cent") is flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from functools import lru_cache

from drafter.compute.changes import round_half_up
from drafter.model import Change
from drafter.style.base import in_points, in_unit
from drafter.style.typed import DIGITS, GROUP_SPACE, PHONE, SHORT_SCALES, YEAR, flat, is_phone, number_value, step

# Words before a figure and what each claims of it (the release's language gives its own: see Language.nearly,
# more_than and qualifier_words): "nearly" just below it, "more" above it, "fewer" below it, "about" near it.
ENGLISH = (("nearly", "nearly"), ("almost", "nearly"), ("more than", "more"), ("over", "more"),
           ("about", "about"), ("around", "about"), ("roughly", "about"), ("approximately", "about"))
# The words after a change in a percentage ("5.7 percentage points"; the release's language gives its own:
# Language.percent_points): a claim about the difference between two rates, never a per cent change.
POINTS = ("percentage points",)
SCALES = (("million", 10**6), ("billion", 10**9), ("trillion", 10**12))  # after a figure: "1.2 million"


@lru_cache(maxsize=8)
def _patterns(qualifiers: tuple[tuple[str, str], ...], points: tuple[str, ...], percent_words: tuple[str, ...] = (),
              scales: tuple[tuple[str, int], ...] = SCALES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of a change in percentage points, a percentage and a number, each with an optional qualifier
    before it (longest first, so "ychydig dros" is read before "dros") and, for a number, a currency sign ("more
    than £450,000") and a scale after it ("1.9k", "1.2 million"). "percentage" is no "percent": "5.7 percentage
    points" is points. A figure's digits are :data:`~drafter.style.typed.DIGITS`, as `drafter check` reads them."""
    words = sorted({re.escape(word) for word, _ in qualifiers}, key=len, reverse=True)
    qualifier = rf"(?:({'|'.join(words)})\s+)?"
    figure = rf"({DIGITS})\s*"
    point_words = sorted({re.escape(w).replace(r"\ ", r"\s+") + ("?" if w.endswith("s") else "")
                          for w in points}, key=len, reverse=True)
    point = re.compile(qualifier + figure + rf"(?:{'|'.join(point_words)})\b", re.IGNORECASE)
    per_cent = "".join("|" + re.escape(w).replace(r"\ ", r"\s+") for w in percent_words)  # Welsh "y cant"
    percent = re.compile(qualifier + figure + rf"(?:per\s*cent|percent|%{per_cent})(?!age)", re.IGNORECASE)
    # A number joined to another by a slash is no figure of the data: "24/7", "2023/24".
    scale = "|".join(sorted((re.escape(w) for w, _ in scales), key=len, reverse=True)) or "(?!)"
    number = re.compile(r"(?<![\w.,/\u202f])" + qualifier + rf"(?:[£$€]\s?)?({DIGITS})"
                        rf"(?:({'|'.join(SHORT_SCALES)})|\s+({scale}))?(?![\w%]|/\d)", re.IGNORECASE)
    return point, percent, number
# The base of a rate is no figure a quote claims: "97.1 offences per 100,000 people" (Welsh "fesul 100,000").
_RATE_BASE = re.compile(r"\b(?:per|fesul|for every|in every)\s+$", re.IGNORECASE)
# A number that is part of a name, after its capitalised word or three or more initials, is no figure: "Category 1
# calls", "Key Stage 2", "Year 6", "Tier 3", "NHS 24", "BBC 2", Welsh "Categori 1", "Blwyddyn 6", "Cyfnod Allweddol 2".
_NAMED_BY = re.compile(r"\b(?:Category|Categori|Stage|Year|Tier|Level|Band|Phase|Priority|Grade|Blwyddyn|Lefel|"
                       r"Haen|Cyfnod Allweddol|[A-Z]{3,6})\s+$")
_WORD_AFTER = re.compile(r"\s*(\w*)")  # the word just after a figure: "seconds" in "within 10 seconds"
_AFTER = re.compile(r"\s*([^.,;:!?()\[\]\"“”–—/]*)")  # the words after a figure, up to punctuation
_BAND = re.compile(r"(?:(almost|nearly|more than)\s+)?(?:(doubl|trebl|tripl|quadrupl|halv)(?:e|ed|es|ing)\b|"
                   r"(twice|two times|three times|four times)\s+as\s+(?:many|much|high|large|big|great)\b)",
                   re.IGNORECASE)  # "has almost trebled", "almost three times as many"
# A proportion ("one in five", "1 in 5", "three out of every ten") is no figure of the data: checked by hand.
SHARE = re.compile(r"(?<![\w.,])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+"
                    r"(?:every\s+)?(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred)\b",
                    re.IGNORECASE)
_BAND_NAMES = {"doubl": "doubled", "trebl": "trebled", "tripl": "trebled", "quadrupl": "quadrupled",
               "halv": "halved", "twice": "doubled", "two times": "doubled", "three times": "trebled",
               "four times": "quadrupled"}


@dataclass(frozen=True)
class Claim:
    text: str
    kind: str  # "points", "percent", "number", "band", "unit_change" ("three weeks shorter": its band the way it
    # went, "up" or "down"), "share" ("one in five") or "goal" ("a target of 90 per cent"): the last two by hand
    qualifier: str | None
    value: Decimal | None = None
    band: str | None = None
    after: str = ""  # for a number, the words after it up to the next punctuation: "hours a day" in "24 hours a day"
    money: bool = False  # a number with a currency sign before it: "£45,000"
    before: str = ""  # for a number, the words before it (and its qualifier) back to punctuation: "has fallen by"


@dataclass(frozen=True)
class Verdict:
    claim: Claim
    supported: bool
    flag: str | None  # why a supported claim should still be looked at
    nearest: str | None = None  # what the data says, for the message


@lru_cache(maxsize=1024)  # a batch checks the same approved quotes in every release
def find_claims(text: str, qualifiers: tuple[tuple[str, str], ...] = ENGLISH, points: tuple[str, ...] = POINTS,
                dial: tuple[str, ...] = (), bands: tuple[tuple[str, str], ...] = (), dial_on: tuple[str, ...] = (),
                percent_words: tuple[str, ...] = (), free: tuple[str, ...] = (),
                goals: tuple[str, ...] = (), scales: tuple[tuple[str, int], ...] = SCALES,
                months: tuple[str, ...] = (), counted: frozenset[str] = frozenset()) -> tuple[Claim, ...]:
    """Every figure a quote states, a qualifier before it read by what it claims (``qualifiers``, the quote's
    language's words: "fwy na £450,000" is "more" than 450,000 in Welsh; ``points``, its words for percentage
    points; ``dial``, its words before a number to ring: "call 999" states no figure, nor does a phone number;
    ``bands``, its change words with their bands, where they are not English's: Welsh "bron â threblu";
    ``percent_words``, its words for per cent besides "per cent" and "%": Welsh "193 y cant"; ``free``, numbers
    that are never figures before the word given with them: the emergency number ("999 calls"; "someone rings
    999" is a number to ring by ``dial``), and the "10 seconds" a measure's own name says ("answered within 10
    seconds");
    ``goals``, its words for a target or standard: a percentage beside one ("the 90 per cent standard", "a target
    of 90 per cent") is a "goal", no figure of the data, to check by hand; ``scales``, its words for a million and
    more: "1.2 million", Welsh "1.2 miliwn"; ``months``, its months' names: a number straight beside one is a day,
    "4 September", "September 4", unless one of ``counted``, the words of what the campaign counts, follows it:
    "In June 12 people").

    The paragraph is read as `drafter check` reads it (:mod:`drafter.style.typed`): "1 900", with a no-break or
    narrow no-break space between its groups, is 1,900; "1.9k" is 1,900 and "£1.2m" 1,200,000, each held to the
    places it is written to (a scaled figure's value carries its step as its exponent: "1.2 million" is 1.2E+6).

    >>> [(c.kind, c.qualifier, c.value, c.band) for c in find_claims("seen a rise of almost 200 per cent")]
    [('percent', 'nearly', Decimal('200'), None)]
    >>> [(c.kind, c.qualifier, c.value) for c in find_claims("mwy na £450,000", (("mwy na", "more"),))]
    [('number', 'more', Decimal('450000'))]
    >>> [(c.kind, c.qualifier, c.band) for c in find_claims("the number has almost trebled")]
    [('band', 'almost', 'almost_trebled')]
    >>> [c.band for c in find_claims("almost three times as many people, twice as many calls")]
    ['almost_trebled', 'doubled']
    >>> [c.value for c in find_claims("to 97.1 offences per 100,000 people, from 83.7")]
    [Decimal('97.1'), Decimal('83.7')]
    >>> find_claims("call 999, or 0800 123 4567", dial=("call",))
    ()
    >>> [c.value for c in find_claims("Category 1 calls in Key Stage 2 and Year 6, 3 in every category")]
    [Decimal('3')]
    >>> [c.value for c in find_claims("use NHS 24 or BBC 2, as 40 people in the UK 12 did")]
    [Decimal('40'), Decimal('12')]
    >>> [c.value for c in find_claims("999 calls within 10 seconds, not 10 days", free=("999 calls", "10 seconds"))]
    [Decimal('10')]
    >>> [c.kind for c in find_claims("the 90 per cent standard, a target of 95%, and 79.3 per cent", goals=("standard",
    ...                              "target"))]
    ['goal', 'goal', 'percent']
    >>> [c.after for c in find_claims("crews work 24 hours a day, 7 days a week")]
    ['hours a day', 'days a week']
    >>> [(c.kind, c.value) for c in find_claims("fell by almost 6 percentage points, to 44.1%")]
    [('points', Decimal('6')), ('percent', Decimal('44.1'))]
    >>> [(c.kind, c.text) for c in find_claims("1 in 5 callers, one in every ten")]
    [('share', '1 in 5'), ('share', 'one in every ten')]
    >>> [c.value for c in find_claims("1\u00a0900 calls, 1.9k calls, £1.2m and 2 million, not 1,747people")]
    [Decimal('1900'), Decimal('1.9E+3'), Decimal('1.2E+6'), Decimal('2E+6')]
    """
    text = flat(text)
    claims = [Claim(m.group(0), "share", None) for m in SHARE.finditer(text)]
    taken = [m.span() for m in PHONE.finditer(text) if is_phone(m.group())] + [m.span() for m in SHARE.finditer(text)]
    on = [r"\s+(?:\S+\s+){1,4}?".join(map(re.escape, p.split(" … "))) for p in dial_on]  # "call NHS 24 on 111"
    dialled = re.compile(rf"\b(?:{'|'.join([*map(re.escape, dial), *on])})\s+$", re.IGNORECASE) if dial else None
    claimed = {word.casefold(): label for word, label in qualifiers}
    month = {name.casefold() for name in months}
    point, percents, numbers = _patterns(qualifiers, points, percent_words, scales)
    for kind, pattern in (("points", point), ("percent", percents)):
        for match in pattern.finditer(text):
            if any(start <= match.start(2) < end for start, end in taken):
                continue
            qualifier = claimed[match.group(1).casefold()] if match.group(1) else None
            value = number_value(match.group(2))
            if value is not None:
                named = _goal(text, match.start(), match.end(), goals)
                claims.append(Claim(match.group(0), "goal" if named and kind == "percent" else kind, qualifier, value))
            taken.append(match.span())
    if bands:
        words = {phrase.casefold(): band for phrase, band in bands}
        said = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})\b", re.IGNORECASE)
        claims += [Claim(m.group(0), "band", None, band=words[m.group(0).casefold()]) for m in said.finditer(text)]
    for match in _BAND.finditer(text) if not bands else ():
        qualifier = match.group(1).lower() if match.group(1) else None
        base = _BAND_NAMES[" ".join((match.group(2) or match.group(3)).lower().split())]
        band = base
        if qualifier in ("almost", "nearly") and base == "trebled":
            band = "almost_trebled"
        elif qualifier == "more than" and base in ("doubled", "trebled"):
            band = f"more_than_{base}"
        claims.append(Claim(match.group(0), "band", qualifier, band=band))
    for match in numbers.finditer(text):
        before = text[:match.start()]
        if any(start <= match.start(2) < end for start, end in taken) or _RATE_BASE.search(before) or (
                dialled and dialled.search(before)) or _NAMED_BY.search(text, max(0, match.start() - 30),
                                                                         match.start()):
            continue
        word = _WORD_AFTER.match(text, match.end())  # always matches, if only nothing
        assert word is not None
        if f"{match.group(2)} {word.group(1).casefold()}" in free and (not match.group(1) or " ".join(
                f"{match.group(0)} {word.group(1)}".split()).casefold() in free):  # "less than 18 weeks" too
            continue
        value, scaled, money = number_value(match.group(2)), match.group(3) or match.group(4), bool(
            set("£$€") & set(match.group(0)))
        if value is None or (YEAR.fullmatch(match.group(2)) and not scaled):
            continue  # a year
        if not (match.group(1) or scaled or money) and value <= 31 and _beside(text, match.start(), word, month) \
                and word.group(1).casefold() not in counted:
            continue  # a day: "4 September", "September 4"
        if scaled:  # "1.9k", "1.2 million": to the places written, times the scale
            times = SHORT_SCALES.get(match.group(3).lower(), 1) if match.group(3) else \
                dict(scales)[match.group(4).lower()]
            value = (value * times).quantize(step(match.group(2), times))
        after = _AFTER.match(text, match.end())  # always matches, if only nothing
        claims.append(Claim(match.group(0), "number", claimed[match.group(1).casefold()] if match.group(1) else None,
                            value, after=after.group(1) if after else "", money=money,
                            before=words_before(text, match.start())))
    return tuple(claims)


_BEFORE = re.compile(r"([^.,;:!?()\[\]\"“”–—/]*)$")  # the words before a figure, back to punctuation


def words_before(text: str, start: int) -> str:
    """The words before ``start`` back to punctuation, at most 60 characters of them (read in a window, so that a
    paragraph of hundreds of figures is read in time in line with its length): "has fallen by"."""
    found = _BEFORE.search(text, max(0, start - 60), start)
    return " ".join(found.group(1).split()) if found else ""


def _beside(text: str, start: int, after: re.Match[str], months: set[str]) -> bool:
    """Whether a number is straight beside a month's name: before it ("4 September"), or after it, a full stop
    of its abbreviation aside ("September 4", "Sept. 4")."""
    before = re.search(r"(\w+)\.? $", text[:start])
    return bool(months) and ((after.group(1).casefold() in months and after.group(0)[:1] == " ") or bool(
        before and before.group(1).casefold() in months))


def _goal(text: str, start: int, end: int, goals: tuple[str, ...]) -> bool:
    """Whether a goal word stands just before a figure ("a target of 90 per cent") or just after it ("the 90 per
    cent standard")."""
    if not goals:
        return False
    before = re.search(r"(\w+)\s+(?:\w+\s+)?$", text[:start])  # "standard of ", Welsh "safon o "
    after = re.match(r"\s*(\w+)", text[end:])
    words = {w.casefold() for w in goals}
    return bool(before and before.group(1).casefold() in words) or bool(after and after.group(1).casefold() in words)


def judge(claim: Claim, changes: list[Change], bands: dict[str, str], printed: dict[Decimal, str],
          numbers: dict[Decimal, str], points: dict[Decimal, str] | None = None,
          levels: dict[Decimal, str] | None = None, units: dict[Decimal, str] | None = None) -> Verdict:
    """Whether the release's data supports a claim.

    ``changes`` are the release's changes, ``bands`` maps band names to the area they describe, ``printed``
    maps each exact percentage to the text the release printed for it, ``numbers`` each count printed to its
    text, ``points`` each change in percentage points printed (its size) to its text, ``levels`` each figure of a
    rate that is a percentage printed to its text ("79.3 per cent" of calls answered is the data's, not a change),
    ``units`` each change in a rate's own unit printed (its size) to its text ("2.2" of "fell by 2.2 weeks"): a
    claim said as such a change ("three weeks shorter") is held against those that went its way only.
    """
    if claim.kind == "points":
        return _judge_points(claim, [c for c in changes if in_points(c)], points or {})
    if claim.kind == "unit_change":
        return _judge_points(claim, [c for c in changes if in_unit(c) and c.direction == claim.band], units or {})
    if claim.kind in ("share", "goal"):  # a proportion of something the data does not count, a target: by hand
        return Verdict(claim, False, None, None)
    if claim.kind == "band":
        return Verdict(claim, claim.band in bands, None, ", ".join(sorted(b.replace("_", " ") for b in bands)) or None)
    if claim.kind == "number":
        assert claim.value is not None
        nearest = ", ".join(numbers[n] for n in sorted(numbers)) or None
        places = -int(claim.value.as_tuple().exponent)  # "97.1" is held to one place, not read as 97; "1.2
        # million" to the hundred thousand
        described = [n for n in sorted(numbers) if describes(claim.qualifier, claim.value, n, places)]
        if not described:
            return Verdict(claim, False, None, nearest)
        as_printed = claim.value in described or any(  # "£1.2m" where the release prints 1,234,567 "1.2 million"
            _digits(numbers[n]) == _digits(claim.text) for n in described)
        return Verdict(claim, True,
                       None if as_printed else f"the release gives this figure as {numbers[described[0]]!r}", nearest)
    percents = [abs(c.percent) for c in changes if c.percent is not None]
    places = len(claim.text.split(".")[1].split()[0].rstrip("%")) if "." in claim.text else 0
    nearest = ", ".join(sorted({printed.get(p, str(round_half_up(p, places))) for p in percents}
                               | set((levels or {}).values()))) or None
    for level, shown_level in (levels or {}).items():
        if percent_matches(claim, level):
            flagged = claim.qualifier is not None or _digits(shown_level) != _digits(claim.text)
            return Verdict(claim, True, f"the release gives this figure as {shown_level!r}" if flagged else None,
                           nearest)
    for exact in percents:
        shown = printed.get(exact)
        q = claim.qualifier
        if percent_matches(claim, exact):
            flag = None
            if shown is not None and (q is not None or _digits(shown) != _digits(claim.text)):
                flag = f"the release gives this figure as {shown!r}"
            return Verdict(claim, True, flag, nearest)
    return Verdict(claim, False, None, nearest)


def _judge_points(claim: Claim, changes: list[Change], printed: dict[Decimal, str]) -> Verdict:
    """A change in percentage points is held against the difference of each of ``changes`` (each rate that is a
    percentage), to the places the quote writes: "5.7 percentage points" for 49.8 to 44.1 per cent; and so is a
    change in a rate's own unit ("three weeks shorter"), against the changes in that unit that went its way."""
    assert claim.value is not None
    places = max(0, -int(claim.value.as_tuple().exponent))
    sizes = sorted({abs(c.difference) for c in changes})
    nearest = ", ".join(printed.get(s, str(s)) for s in sizes) or None
    for size in sizes:
        if describes(claim.qualifier, claim.value, size, places):
            shown = printed.get(size)
            flag = None
            if shown is not None and (claim.qualifier is not None or _digits(shown) != _digits(claim.text)):
                flag = f"the release gives this figure as {shown!r}"
            return Verdict(claim, True, flag, nearest)
    return Verdict(claim, False, None, nearest)


def percent_matches(claim: Claim, exact: Decimal) -> bool:
    """Whether a stated percentage (with its qualifier) is a true description of the exact value.

    >>> c = find_claims("nearly 200 per cent")[0]
    >>> percent_matches(c, Decimal("193.33")), percent_matches(c, Decimal("150"))
    (True, False)
    """
    assert claim.value is not None
    places = len(claim.text.split(".")[1].split()[0].rstrip("%")) if "." in claim.text else 0
    return describes(claim.qualifier, claim.value, exact, places)


def describes(q: str | None, target: Decimal, exact: Decimal, places: int) -> bool:
    """Whether ``target`` with what its qualifier claims ("nearly", "more", "fewer", "about" or none) truly
    describes ``exact`` rounded to ``places``: "more than 450,000" describes 455,910, "nearly 1,800" 1,747.

    "More than" is a figure up to a quarter above it, or one that rounds down to it at its last non-zero place
    ("more than 400" for 440 or 499, "more than 1,500" or "more than 1,000" for 1,747, but not "more than 400" for
    1,747); "fewer than" a figure up to a fifth below it, or one that rounds up to it.

    >>> [describes(q, Decimal(450000), Decimal(455910), 0) for q in ("more", None, "nearly")]
    [True, False, False]
    >>> [describes("more", Decimal(t), Decimal(n), 0) for t, n in ((400, 499), (1500, 1747), (400, 1747), (400, 400))]
    [True, True, False, False]
    """
    if q is None:
        return round_half_up(exact, places) == target
    if q == "nearly":
        return target * Decimal("0.95") <= exact < target
    if q == "more":
        return exact > target and (exact <= target * Decimal("1.25")
                                   or _rounded_like(exact, target, ROUND_DOWN) == target)
    if q == "fewer":
        return exact < target and (exact >= target * Decimal("0.8")
                                   or _rounded_like(exact, target, ROUND_CEILING) == target)
    return abs(exact - target) <= target * Decimal("0.05")


def _rounded_like(exact: Decimal, target: Decimal, rounding: str) -> Decimal:
    """``exact`` rounded (down, or up) to the last non-zero place of ``target``: 1,747 to the hundreds for 400."""
    return exact.quantize(Decimal(1).scaleb(int(target.normalize().as_tuple().exponent)), rounding=rounding)


def _digits(text: str) -> str:
    match = re.search(DIGITS, text)
    return match.group(0).replace(",", "").replace(GROUP_SPACE, "") if match else ""
