"""Parsing a figure from a cell into an exact Decimal, accepting what spreadsheets write."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from drafter.errors import InputError, how_many, possessive
from drafter.model import Measure, MeasureKind, SourceRef, Value, is_currency_code
from drafter.style.base import is_percentage
from drafter.style.cldr import currency_code, currency_symbol

_GROUPED = re.compile(r"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")
_PLAIN = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")
_SPACES = re.compile(r"(?<=[0-9])[ \u00a0\u202f](?=[0-9]{3}(?![0-9]))")
_EXCEL_ERROR = re.compile(r"^#(N/A|DIV/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!)$",
                          re.IGNORECASE)
_CALC_ERROR = re.compile(r"^Err:[0-9]{3}$", re.IGNORECASE)
_DOTTED_THOUSANDS = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+$")  # "12.000", "1.234.567"
# A publisher's mark beside a figure, which qualifies it but does not withhold it: "15,016 [note 3]", "44.6 [u]",
# "[r] 79.9", and the older letter straight after the figure, "169.9r" (GSS symbols: revised, provisional, …).
_BRACKETED = re.compile(r"\[([^\[\]]{1,20})\]")
_LETTER = re.compile(r"(?<=[0-9])[ \u00a0]?([rpeu])$", re.IGNORECASE)  # "169.9r", "2,391 r"
# The same marks in round brackets, as older tables write them ("2,391 (r)", "15,016 (note 3)"), and a footnote
# symbol straight after the figure ("2,391*", "2,391\u2020", "2,391\u00b9"): read as marks, named in the warning.
_ROUND = re.compile(r"\((note\s*[0-9][^()]{0,16}|[rpeu])\)", re.IGNORECASE)
_SYMBOL = re.compile(r"(?<=[0-9])\s*([*\u2020\u2021]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)$")
# What statistics offices write for a figure they do not give: ONS's [c] (confidential), [x] (not available),
# [z] (not applicable), [low]; the older "..", "." (not applicable, as the Welsh Government's StatsWales writes it),
# ":", "*", "~" (rounds to zero) and "-" (also as an en or em dash),
# and "n/a" (also "na" and "n.a."); the same letters without brackets, as the Department for Education's data files
# write them in place of a figure ("c", "low", "u", "x", "z"); and a count too small to give, "<5" (fewer than
# five), as health and police figures withhold one; and "[w]" (none recorded in the survey, as StatsWales writes).
MARKERS = ("[c]", "[x]", "[z]", "[low]", "[u]", "[w]", "..", ".", ":", "*", "~", "-", "–", "—", "x", "c", "z", "low",
           "u", "n/a", "na", "n.a.", "n.a")
_FEWER_THAN = re.compile(r"<\s*[0-9]+")
# A note's number beside a marker, as GSS workbooks write one in a cell: "[c] [note 5]", "[x][note 4]", ".. (note 2)".
_NOTE = re.compile(r"[\[(]\s*note\s*[0-9][^\[\]()]{0,16}[\])]", re.IGNORECASE)
SHOWN_IN = "shown in"  # a workbook's cell whose format scales it: "1234567 shown in thousands" (shown as 1,235)
_SCALED = re.compile(r"([0-9.]+) shown in (thousands|millions|billions)")
HIDDEN = "hidden by its format"  # a workbook's cell whose number format shows nothing (";;;"): "6 hidden by its format"
MAX_DIGITS = 15  # what a spreadsheet keeps (Excel stores 15 significant digits); sums of them stay exact


def currency_sign(text: str) -> str:
    """The currency sign a cell's figure is written with, before or after it (any character Unicode calls a
    currency symbol: £, €, $, ¥, ₹ …), or "".

    >>> currency_sign("£12,000"), currency_sign("12,000 €"), currency_sign("12,000")
    ('£', '€', '')
    """
    cell = text.strip()
    for end in (cell[:1], cell[-1:]):
        if end and unicodedata.category(end) == "Sc":
            return end
    return ""


def _without_sign(cell: str, sign: str, unit: str, source: SourceRef, field: str, shown: str,
                  expected: str) -> str:
    """The figure without its currency sign, for a measure of money; refused for any other measure, and where
    the sign leaves it unclear which mark groups thousands ("12.000 €" is 12,000 in much of Europe)."""
    name = unicodedata.name(sign, "a currency sign").lower()
    if not is_currency_code(unit):  # unit: pounds, or £: a word after a number, "412,300 pounds", not money
        code = currency_code(sign) or "GBP"
        raise InputError(f"is written with the currency sign {sign} ({name})", source=source, field=field,
                         value=shown, expected=expected + f", without a currency sign, for a count of "
                         f"{unit or 'people'}; for money, the measure's unit in campaign.yaml is the currency's code: "
                         f"unit: {code}" + (f", not unit: {unit}" if unit else ""))
    own = currency_symbol(unit, "en")  # "£" for GBP, "$" for USD, "CA$" for CAD: CLDR's, whatever the locale
    if sign not in own:  # "€12,000" on a measure in GBP is another currency's amount, never printed as pounds
        raise InputError(f"is written with {sign} ({name}), which is not the sign of {unit}", source=source,
                         field=field, value=shown, expected=f"an amount in {unit}" + (f", written with {own} or" if
                         currency_sign(own) else ",") + " with no sign: if the figures really are in another "
                         "currency, set the measure's unit to that currency's code in campaign.yaml")
    number = (cell[1:] if cell.startswith(sign) else cell[:-1]).strip()
    if _DOTTED_THOUSANDS.match(number):
        raise InputError("could be read two ways: the dot may mark the decimals or the thousands",
                         source=source, field=field, value=shown,
                         expected=f"an amount of {unit} with a comma or nothing between thousands and a dot before "
                         "the pence or cents only, such as 12,000 or 12.50")
    return number


def is_marker(text: str) -> bool:
    """Whether a cell holds a marker for a figure the publisher does not give, in place of the figure.

    >>> is_marker("[c]"), is_marker(" N/A "), is_marker("~"), is_marker("<5"), is_marker("5"), is_marker("<5%")
    (True, True, True, True, False, False)
    >>> is_marker("."), is_marker(".5"), is_marker("5.")
    (True, False, False)
    >>> is_marker("[c] [note 5]"), is_marker("[x][note 4]"), is_marker("<5 (note 2)"), is_marker("[note 4]")
    (True, True, True, False)
    """
    cell = _NOTE.sub(" ", text).strip()
    return cell.lower() in MARKERS or bool(_FEWER_THAN.fullmatch(cell))


def fewer_than(marker: str) -> int | None:
    """The number a marker says a withheld count is below ("<5": 5), or None for a marker that says nothing of
    its size ("[c]", "..").

    >>> fewer_than("<5"), fewer_than("< 10 [note 2]"), fewer_than("[c]")
    (5, 10, None)
    """
    cell = _NOTE.sub(" ", marker).strip()
    return int(cell[1:].strip()) if _FEWER_THAN.fullmatch(cell) else None


def split_marks(text: str) -> tuple[str, tuple[str, ...]]:
    """A cell's figure without the publisher's marks beside it, and the marks as written.

    >>> split_marks("15,016 [note 3]"), split_marks("169.9r"), split_marks("[u] 289"), split_marks("1,747")
    (('15,016', ('[note 3]',)), ('169.9', ('r',)), ('289', ('[u]',)), ('1,747', ()))
    >>> split_marks("2,391 (r)"), split_marks("2,391*"), split_marks("2,391\u00b9"), split_marks("(2,391)")
    (('2,391', ('[r]',)), ('2,391', ('*',)), ('2,391', ('\u00b9',)), ('(2,391)', ()))
    """
    marks = tuple(f"[{m}]" for m in _BRACKETED.findall(text)) + tuple(f"[{m}]" for m in _ROUND.findall(text))
    figure = _ROUND.sub(" ", _BRACKETED.sub(" ", text)).strip()
    letter = (_LETTER.search(figure) or _SYMBOL.search(figure)) if figure[:1].isdigit() else None
    if letter:
        marks += (letter.group(1),)
        figure = figure[:letter.start()].rstrip()
    return (figure, marks) if figure and marks else (text.strip(), ())


_NUMBER = re.compile(r"(?P<before>[^0-9]*)(?P<number>[0-9](?:[0-9.,\u00a0\u202f ]*[0-9])?)(?P<after>[^0-9]*)")
_EITHER = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")  # "1,500", "1.500": a mark before three digits, and no other
_DOTS_AND_COMMA = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?")  # "1.234,5", "1.234.567"
_DECIMAL_COMMA = re.compile(r"[0-9\u00a0\u202f ]+,[0-9]+")  # "10,2", "1 234,5", "0,125"


def from_decimal_comma(text: str, source: SourceRef, field: str, kind: MeasureKind = "rate", unit: str = "") -> str:
    """A figure from a file whose columns Excel separated with semicolons or tabs, and so may have written in the
    laptop's own number format, as :func:`parse_figure` reads it: a mark that can only be a decimal comma becomes
    a decimal point ("10,2", "1.234,5", "1 234,5"). A mark before three digits and no other could be either the
    decimals' or the thousands' ("1,500" is one and a half in an Excel set to French settings, fifteen hundred in
    one set to English): in a count, a whole number, it can only be the thousands'; in a rate or an amount of
    money it is refused. Anything else is left as it is, for :func:`parse_figure` to read or refuse.

    >>> [from_decimal_comma(t, SourceRef("figures.csv", row=2), "2024") for t in ("10,2", "1.234,5", "12.5", "1747")]
    ['10.2', '1234.5', '12.5', '1747']
    >>> from_decimal_comma("4.120", SourceRef("figures.csv", row=2), "2024", "count")
    '4120'
    """
    match = _NUMBER.fullmatch(text.strip())
    if match is None:
        return text
    number = match["number"]
    if _EITHER.fullmatch(number) and kind == "count" and not is_currency_code(unit):
        number = number[:-4] + number[-3:]
    elif _EITHER.fullmatch(number):
        mark, decimals = "comma" if "," in number else "dot", Decimal(number.replace(",", ".")).normalize()
        raise InputError(f"could be read two ways: as {decimals:f} where its {mark} marks the decimals, or as "
                         f"{number[:-4]},{number[-3:]} where it marks the thousands", source=source, field=field,
                         value=text,
                         expected="the figure written so that it reads one way only, such as 1500 or 1,5 (in Excel, "
                         "Format Cells > Number, without the thousands separator), or the sheet saved as an Excel "
                         "Workbook (.xlsx), which keeps each figure as a number")
    elif _DOTS_AND_COMMA.fullmatch(number):
        number = number.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(number):
        number = number.replace(",", ".")
    return match["before"] + number + match["after"]


def parse_figure(text: str, kind: MeasureKind, source: SourceRef, field: str = "value", unit: str = "",
                 shown: str = "", whose: str = "") -> Decimal:
    """A count or rate from a cell: ``"1,747"``, ``" 1747 "`` and ``"1 747"`` are all 1747. A rate may be
    written as a percentage, as Excel shows one: ``"12.5%"`` is 12.5. Money (a measure whose ``unit`` is a
    currency code) may be written with its currency sign before or after it: ``"£1,234.50"``, ``"12 000 €"``.
    An error shows ``shown``, where given: the cell as written, before :func:`from_decimal_comma` read it; an empty
    cell names ``whose`` figure goes there, where given ("Powys' figure for population").

    >>> parse_figure("1,747", "count", SourceRef("figures.csv", row=2))
    Decimal('1747')
    >>> parse_figure("12.5%", "rate", SourceRef("figures.csv", row=2))
    Decimal('12.5')
    >>> parse_figure("£1,234.50", "rate", SourceRef("figures.csv", row=2), unit="GBP")
    Decimal('1234.50')
    """
    cell, shown = text.strip(), shown.strip() or text.strip()  # shown: the cell as written, before a decimal comma
    money = is_currency_code(unit)  # an amount of money may have pence or cents, whatever its kind
    expected = f"an amount of {unit} such as 1,234.50" if money else \
        "a whole number of 0 or more, such as 1,747" if kind == "count" else "a number such as 12.5"
    if not cell:
        raise InputError(f"is empty, where {whose} goes" if whose else "is empty", source=source, field=field,
                         expected=expected + ", or a marker such as [x] where the figure is not available")
    workbook = source.file.lower().endswith((".xlsx", ".xlsm", ".ods"))
    if cell.startswith("=") and len(cell) > 1 and workbook:  # a formula saved without its value: read as its text
        program = "LibreOffice Calc" if source.file.lower().endswith(".ods") else "Excel"
        raise InputError("is a formula that has not been calculated: the program that saved the workbook kept the "
                         "formula but not its value", source=source, field=field, value=shown,
                         expected=f"the figure: open the file in {program} and save it, so that the value is saved "
                         "with the formula")
    if cell.startswith("=") and len(cell) > 1:
        raise InputError("is a formula, not a value", source=source, field=field, value=shown,
                         expected=expected + "; paste values only")
    if _CALC_ERROR.match(cell):  # LibreOffice's own errors, such as Err:502 (an invalid argument)
        raise InputError(f"is LibreOffice's error {cell}: the formula that gives this figure failed",
                         source=source, field=field, expected="a number: correct the formula in the spreadsheet, "
                         "or write [x] where the figure is not available")
    if _EXCEL_ERROR.match(cell):
        raise InputError(f"is Excel's error {cell.upper()}: the formula that gives this figure failed",
                         source=source, field=field, expected="a number: correct the formula in the spreadsheet, "
                         "or write [x] where the figure is not available")
    sign = currency_sign(cell)
    if sign:
        cell = _without_sign(cell, sign, unit, source, field, shown, expected)
    if cell.endswith("%"):
        if kind == "count":
            raise InputError("is a percentage", source=source, field=field, value=shown,
                             expected=expected + " (a percentage is a measure with kind: rate in campaign.yaml)")
        if unit and not is_percentage(unit):  # 0.012 shown as 1.2% is 12 per 1,000, never "1.2 per 1,000 people"
            raise InputError("is a percentage", source=source, field=field, value=shown,
                             expected=f"{expected} in {unit}, without a % sign: format the cell as a number in the "
                             "spreadsheet, or give the measure unit: per cent in campaign.yaml if it is a percentage")
        cell = cell[:-1].rstrip()
    for character in cell:  # "৪" looks like 8 and is the Bengali 4: only 0-9 are read as digits
        if not "0" <= character <= "9" and unicodedata.category(character) == "Nd":
            raise InputError(
                f"contains the digit {character!r} ({unicodedata.name(character, 'a non-ASCII digit')})",
                source=source, field=field, value=shown, expected=expected + ", in the digits 0 to 9")
    compact = _SPACES.sub("", cell)
    if _GROUPED.match(compact):
        compact = compact.replace(",", "")
    if not _PLAIN.match(compact):
        _refuse_written_otherwise(compact, source, field, shown, expected)
        raise InputError("is not a number", source=source, field=field, value=shown,
                         expected=expected + ", or a marker such as [x] where the figure is not available")
    if compact.startswith("-"):  # "-0" too: a figure is never negative, and "-0 people" is no figure
        raise InputError("is negative", source=source, field=field, value=shown, expected=expected)
    whole, _, fraction = compact.lstrip("+").partition(".")
    digits = len(whole.lstrip("0")) + len(fraction) if whole.lstrip("0") else len(fraction.lstrip("0"))
    if digits > MAX_DIGITS:
        raise InputError(f"has {digits} significant digits", source=source, field=field, value=shown,
                         expected=f"at most {MAX_DIGITS} significant digits, as a spreadsheet keeps")
    try:
        number = Decimal(compact)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise InputError("is not a number", source=source, field=field, value=shown, expected=expected) from None
    if kind == "count" and not money and number != number.to_integral_value():
        raise InputError("is not a whole number", source=source, field=field, value=shown, expected=expected
                         + "; under the measure in campaign.yaml, money with pence says unit: GBP (its currency's "
                         "code), and a figure with decimals, such as a rate per 100,000 people or a wait in weeks, "
                         "says kind: rate")
    if kind == "count" and not money:
        number = number.quantize(Decimal(1))
    return number


_ACCOUNTS = re.compile(r"\(\s*[0-9][0-9,.]*\s*\)|\u2212\s*[0-9][0-9,.]*")  # "(1,234)", "−1,234": negative
_SCIENTIFIC = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?[eE][+-]?[0-9]+")  # "1.23E+03", as Excel shows a long number


def _refuse_written_otherwise(cell: str, source: SourceRef, field: str, shown: str, expected: str) -> None:
    """A figure written as accounts or Excel's scientific notation show it, refused in those words: a negative
    number in brackets or with a minus sign ("(1,234)", "−1,234"), as a change column writes a fall; "####",
    and "1.23E+03", which keep none or only some of the digits, as the column was too narrow to show them."""
    scaled = _SCALED.fullmatch(cell)
    if scaled:
        raise InputError(f"is shown in {scaled[2]} by its cell's number format, where the workbook holds "
                         f"{scaled[1]}", source=source, field=field, expected=expected + ", shown in full, as the "
                         "releases would print it: check that the publisher means the figure in full, then format "
                         "the column as Number (Format Cells > Number) and save the file again")
    if cell.endswith(" " + HIDDEN):
        raise InputError(f"looks empty, as its cell's number format hides the figure the workbook holds, "
                         f"{cell.removesuffix(' ' + HIDDEN)}", source=source, field=field, expected="a figure the "
                         "sheet shows: the publisher may have hidden it to withhold it, so write [x] in the cell "
                         "where it is not to be given, or, where it is, format the cell as Number (Format Cells > "
                         "Number) and save the file again")
    if _ACCOUNTS.fullmatch(cell):
        how = "in brackets, as accounts write one" if cell.startswith("(") else "with a minus sign"
        raise InputError(f"is a negative number, written {how}", source=source, field=field, value=shown,
                         expected=expected + ": drafter works out each change, a fall too, from the two periods' "
                         "figures, so give it the figures, not the change")
    if set(cell) == {"#"}:
        raise InputError("is what Excel shows where a column is too narrow for its figure, and a CSV file saved from "
                         "Excel keeps what its cells show", source=source, field=field, value=shown,
                         expected=expected + ": widen the column in Excel (double-click the line to the right of its "
                         "letter) and save the file again")
    if _SCIENTIFIC.fullmatch(cell):
        raise InputError("is written in Excel's scientific notation, which keeps only some of its digits",
                         source=source, field=field, value=shown, expected=expected + ", written in full: in Excel, "
                         "format the column as Number (Format Cells > Number) and save the file again")


def same_places(figures: dict[tuple[str, str, str], Value], measures: tuple[Measure, ...]
                ) -> tuple[dict[tuple[str, str, str], Value], str]:
    """A rate given as a whole number among rates all given to the same decimal places, to those places, by
    adding zeros, never by rounding: a sheet in Excel's General format shows 1.0 as "1", and a CSV file saved
    from it writes "1" beside "0.4", which a release printed as "from 1 offences per 1,000 people". Rates given
    to several places ("12.5" and "12.50") are each kept as given. Returns the figures and, where any changed, a
    line naming the first, for a warning.

    >>> from drafter.model import SourceRef
    >>> m = Measure("knife", "knife crime", "offences per 1,000 people", "rate", SourceRef("campaign.yaml"))
    >>> figures = {(a, "knife", "y1"): Value(Decimal(t), (SourceRef("figures.csv", row=r),))
    ...            for r, (a, t) in enumerate((("Gwent", "0.4"), ("North Wales", "1")), start=2)}
    >>> aligned, said = same_places(figures, (m,))
    >>> aligned["North Wales", "knife", "y1"].amount
    Decimal('1.0')
    >>> print(said)  # doctest: +NORMALIZE_WHITESPACE
    North Wales' knife crime, 1 (figures.csv, row 3), is printed 1.0, as the other figures of knife crime have
    1 decimal place
    """
    out, said = dict(figures), ""
    for measure in (m for m in measures if m.kind == "rate"):
        keys = [key for key in figures if key[1] == measure.id]
        given = {-int(figures[k].amount.as_tuple().exponent) for k in keys} - {0}
        if len(given) != 1:  # all whole, or given to several places ("12.5" and "12.50"): each as given
            continue
        places = given.pop()
        for key in keys:
            value = figures[key]
            if value.amount.as_tuple().exponent == 0 and not value.derived_from:
                out[key] = dataclasses.replace(value, amount=value.amount.quantize(Decimal(1).scaleb(-places)))
                said = said or (f"{possessive(key[0])} {measure.label}, {value.amount} ({value.sources[0].cell()}), is "
                                f"printed {out[key].amount}, as the other figures of {measure.label} have "
                                f"{how_many(places, 'decimal place')}")
    return out, said


def scaled(amount: Decimal, measure: Measure, ref: SourceRef, column: str, shown: str) -> Decimal:
    """A figure given in thousands or millions (campaign.yaml's ``figures_in``) as the number it stands for: 1.2
    (£ millions) is 1200000; a count must then be whole."""
    if measure.scale == 1:
        return amount
    amount *= measure.scale
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    if measure.kind == "count" and not is_currency_code(measure.unit):
        raise InputError(f"is not a whole number once multiplied by {measure.scale:,} (figures_in in campaign.yaml)",
                         source=ref, field=column, value=shown, expected="a whole number of people or things: "
                         "check the figures are in the units figures_in gives")
    return amount
