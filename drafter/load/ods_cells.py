"""What an ODS cell shows: its value as text, as the spreadsheet shows it (see :mod:`drafter.load.ods`), and
what the cell formats (number styles) say about how numbers are shown."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from xml.etree.ElementTree import Element

from drafter.load.numbers import SHOWN_IN

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
NUMBER = "{urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0}"
CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
NUMERIC = ("float", "percentage", "currency")  # value types read from office:value
_NUMBER_STYLES = (NUMBER + "number-style", NUMBER + "percentage-style", NUMBER + "currency-style")
_DIGITS = re.compile(r"[0-9]{1,9}\Z")
_MIDNIGHT = re.compile(r"T00:00(:00(\.0*)?)?$")
_SCALES = {"1000": "thousands", "1000000": "millions", "1000000000": "billions"}  # number:display-factor
_DURATION = re.compile(r"^-?PT([0-9]+)H([0-9]+)M([0-9]+)(?:\.[0-9]*)?S$")


class Styles:
    """What the cell formats say about numbers: each number format's decimal places and whether it shows a
    percentage, each cell style's number format (or its parent's), and the styles of hidden sheets."""

    def __init__(self) -> None:
        self.numbers: dict[str, tuple[int | None, bool, str, str]] = {}  # format → places, percent, format it maps
        # to, and what it divides a number by to show it: "1000" for a format showing thousands ("#,##0,")
        self.cells: dict[str, tuple[str, str]] = {}  # cell style → number format, parent style
        self.hidden: set[str] = set()  # styles of sheets not shown

    def take(self, element: Element) -> None:
        name = element.get(STYLE + "name", "")
        if element.tag in _NUMBER_STYLES:
            number = element.find(NUMBER + "number")
            places = number.get(NUMBER + "decimal-places", "") if number is not None else ""
            factor = number.get(NUMBER + "display-factor", "1") if number is not None else "1"
            mapped = next((m.get(STYLE + "apply-style-name", "") for m in element.findall(STYLE + "map")
                           if ">=0" in m.get(STYLE + "condition", "").replace(" ", "")), "")
            self.numbers[name] = (min(int(places), 20) if _DIGITS.match(places) else None,
                                  element.tag == NUMBER + "percentage-style", mapped, factor.strip())
        elif element.tag == STYLE + "style" and element.get(STYLE + "family") == "table-cell":
            self.cells[name] = (element.get(STYLE + "data-style-name", ""),
                                element.get(STYLE + "parent-style-name", ""))
        elif element.tag == STYLE + "style" and element.get(STYLE + "family") == "table":
            properties = element.find(STYLE + "table-properties")
            if properties is not None and properties.get(TABLE + "display") == "false":
                self.hidden.add(name)

    def shown(self, cell_style: str) -> tuple[int | None, bool, str]:
        """The decimal places (None: as many as the number has) and percentage of a cell style's format, and what
        it divides a number by to show it ("1000", for thousands)."""
        for _ in range(10):  # a parent style's format, where the style has none
            data, parent = self.cells.get(cell_style, ("", ""))
            if data or not parent:
                break
            cell_style = parent
        for _ in range(3):  # a format for negatives maps positives to another
            places, percent, mapped, factor = self.numbers.get(data, (None, False, "", "1"))
            if places is not None or not mapped:
                return places, percent, factor
            data = mapped
        return None, False, "1"


def cell_text(cell: Element, shown: tuple[int | None, bool, str]) -> str:
    """A cell's value as the spreadsheet shows it (see the module's docstring)."""
    kind = cell.get(OFFICE + "value-type")
    if cell.get(CALCEXT + "value-type") == "error":
        return _text(cell)
    words = _text(cell).strip() if kind in NUMERIC else ""
    if words and not any(c.isdigit() for c in words) and _number(cell.get(OFFICE + "value", ""), None, False) != "0":
        return words  # "[c]", as a format shows a small count to withhold it: read as shown, never as the count
    if kind in NUMERIC and shown[2] in _SCALES:  # "#,##0," shows 1234567 as 1,235: refused as such when read
        number = _number(cell.get(OFFICE + "value", ""), None, False)
        return f"{number} {SHOWN_IN} {_SCALES[shown[2]]}" if number is not None else _text(cell)
    if kind in NUMERIC:
        number = _number(cell.get(OFFICE + "value", ""), shown[0], kind == "percentage" or shown[1])
        return number if number is not None else _text(cell)
    if kind == "date":
        return _MIDNIGHT.sub("", cell.get(OFFICE + "date-value", "")) or _text(cell)
    if kind == "time":
        duration = _DURATION.match(cell.get(OFFICE + "time-value", ""))
        return ":".join(part.zfill(2) for part in duration.groups()) if duration else _text(cell)
    if kind == "boolean":
        return str(cell.get(OFFICE + "boolean-value", "").strip().lower() in ("true", "1"))
    formula = cell.get(TABLE + "formula", "")
    if kind is None and formula:  # saved without its value, by a program that does not calculate
        return "=" + formula.partition(":=")[2] if ":=" in formula else formula
    text = _text(cell)
    return text if text or kind != "string" else cell.get(OFFICE + "string-value", "")


def _number(value: str, places: int | None, percent: bool) -> str | None:
    """An exact decimal as shown: to 15 significant digits as a spreadsheet keeps, times 100 as a percentage,
    then to the format's decimal places (half up).

    >>> _number("0.18", 1, True), _number("1234.56", 0, False), _number("0.30000000000000004", None, False)
    ('18.0%', '1235', '0.3')
    """
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    if not number.is_finite() or not -400 < number.adjusted() < 400:  # no figure: the cell as shown is refused
        return None
    with localcontext() as context:
        context.prec, context.rounding = 15, ROUND_HALF_UP
        number = +number
        context.prec = 60
        if percent:
            number = number.scaleb(2)
        if places is None or number.adjusted() >= 15:
            text = format(number.normalize(), "f")
        else:
            text = format(number.quantize(Decimal(1).scaleb(-places)), "f")
    return text + ("%" if percent else "")


def _text(element: Element) -> str:
    """The text of a cell's paragraphs, a line each; a comment (office:annotation) is not among them."""
    return "\n".join(_inline(p) for p in element if p.tag in (TEXT + "p", TEXT + "h"))


def _inline(element: Element, depth: int = 0) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == TEXT + "s":
            count = child.get(TEXT + "c", "1")
            parts.append(" " * (min(int(count), 64) if _DIGITS.match(count) else 1))
        elif child.tag == TEXT + "tab":
            parts.append("\t")
        elif child.tag == TEXT + "line-break":
            parts.append("\n")
        elif child.tag.startswith(TEXT) and child.tag != TEXT + "note" and depth < 50:
            parts.append(_inline(child, depth + 1))  # a span of styled text, a link (not nested without end)
        parts.append(child.tail or "")
    return "".join(parts)
