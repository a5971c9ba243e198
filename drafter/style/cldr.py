"""Locale data from CLDR: the only module that imports Babel. Every function takes the locale explicitly.

Babel rounds half-even, so callers pass values already rounded half-up (:func:`drafter.compute.round_half_up`);
these functions only lay the digits out.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date as _format_date
from babel.dates import format_time as _format_time
from babel.numbers import NumberFormatError, NumberPattern
from babel.numbers import parse_decimal as _parse_decimal
from babel.numbers import parse_pattern as _parse_pattern


@cache
def get_locale(code: str) -> Locale:
    """A cached Babel locale (building one parses CLDR data)."""
    return Locale.parse(code)


def format_number(value: Decimal, places: int, locale: str, *, grouping: bool = True) -> str:
    """Lay out an already-rounded Decimal with ``places`` decimals.

    >>> format_number(Decimal("1747"), 0, "en_GB"), format_number(Decimal("0.6"), 1, "cy_GB")
    ('1,747', '0.6')
    """
    return _format_number(str(value), places, locale, grouping)


@lru_cache(maxsize=512)
def _format_number(value: str, places: int, locale: str, grouping: bool) -> str:
    """Cached by the Decimal's exact text, so 1.0 and 1.00 (equal, but not the same digits) stay apart."""
    pattern = _pattern(("#,##0" if grouping else "0") + ("." + "0" * places if places else ""))
    return str(pattern.apply(Decimal(value), get_locale(locale), decimal_quantization=True))


@lru_cache(maxsize=64)
def _pattern(text: str) -> NumberPattern:
    """A parsed CLDR number pattern (parsing one costs more than applying it)."""
    return _parse_pattern(text)


def parse_number(text: str, locale: str) -> Decimal:
    """Parse a number as the locale writes it (used to prove formatting round-trips).

    >>> parse_number("1,747", "en_GB")
    Decimal('1747')
    """
    try:
        return Decimal(_parse_decimal(text, locale=get_locale(locale), strict=True))
    except NumberFormatError as exc:
        raise ValueError(str(exc)) from None


def decimal_symbol(locale: str) -> str:
    """The locale's decimal separator.

    >>> decimal_symbol("cy_GB"), decimal_symbol("de_DE")
    ('.', ',')
    """
    from babel.numbers import get_decimal_symbol

    return str(get_decimal_symbol(get_locale(locale)))


def format_date(value: dt.date, pattern: str, locale: str) -> str:
    """A date by an explicit CLDR pattern, e.g. ``d MMMM y``.

    >>> format_date(dt.date(2018, 9, 4), "d MMMM y", "cy_GB")
    '4 Medi 2018'
    """
    return _format_date_cached(value, pattern, locale)


@lru_cache(maxsize=1024)
def _format_date_cached(value: dt.date, pattern: str, locale: str) -> str:
    """A batch prints the same few dates in every release."""
    return str(_format_date(value, format=pattern, locale=get_locale(locale)))


def format_time(value: dt.time, pattern: str, locale: str) -> str:
    return str(_format_time(value, format=pattern, locale=get_locale(locale)))


def ordinal_category(number: int, locale: str) -> str:
    """CLDR's ordinal plural category for a whole number ("one" → "1st", "two" → "2nd", …).

    >>> ordinal_category(22, "en_GB"), ordinal_category(11, "en_GB"), ordinal_category(3, "cy_GB")
    ('two', 'other', 'few')
    """
    return str(get_locale(locale).ordinal_form(number))


def currency_symbol(code: str, locale: str) -> str:
    """The symbol a locale writes for an ISO 4217 currency: "£" for GBP, "$" for USD in en_US.

    >>> currency_symbol("GBP", "cy_GB"), currency_symbol("USD", "en_US")
    ('£', '$')
    """
    from babel.numbers import get_currency_symbol

    return str(get_currency_symbol(code, locale=get_locale(locale)))


def is_currency(code: str) -> bool:
    """Whether a measure's unit is an ISO 4217 currency code CLDR knows (GBP, USD, EUR, …).

    >>> is_currency("GBP"), is_currency("people")
    (True, False)
    """
    from babel.core import get_global

    return len(code) == 3 and code.isupper() and code in get_global("all_currencies")


def currency_code(sign: str, locale: str = "en") -> str:
    """The currency a sign is the symbol of where a locale writes it alone, or "": "GBP" for "£", "USD" for "$".

    >>> currency_code("£"), currency_code("€"), currency_code("$"), currency_code("¤")
    ('GBP', 'EUR', 'USD', '')
    """
    from babel.core import get_global
    from babel.numbers import get_currency_symbol

    return next((code for code in sorted(get_global("all_currencies"))  # XXX: CLDR's "no currency", "¤"
                 if code != "XXX" and get_currency_symbol(code, locale=get_locale(locale)) == sign), "")

