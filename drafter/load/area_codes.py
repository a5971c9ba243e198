"""Area codes as publishers print them beside an area's name, and as areas.csv's ``code`` column gives them: a
UK GSS code (``E06000023``), or a US FIPS code (``29`` for Missouri, ``29047`` for Clay County, Missouri), in
each form a download writes it (``29-047``; the Census Bureau's ``0500000US29047``; ``1001`` where Excel dropped
Autauga County's leading zero, ``01001``). A cell of digits is read as a code only in a column that holds codes
(areas.csv's ``code``, or a column of a figures file headed as codes): a figure is never taken for one."""

from __future__ import annotations

import re

GSS_CODE = re.compile(r"[A-Za-z][0-9]{8}")  # E06000023: the country's letter, the entity's two digits, six more
# An NHS organisation's ODS code, as NHS England's files give a region (Y62), an ICB (QYG), a sub-ICB location
# (01X) or a trust (RBT, R0A): three capitals, or three to five capitals and digits with one of each (a GP
# practice's six, A81001, would be a GSS code cut short).
ODS_CODE = re.compile(r"[A-Z]{3}|(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{3,5}")
FIPS_CODE = re.compile(r"[0-9]{2}|[0-9]{5}")  # 29: a state; 29047: a county, its state's two digits and three more
# As downloads write a FIPS code: "29-047", the Census Bureau's GEO_ID "0500000US29047", "1001" (Excel dropped 0).
_FIPS_FORMS = re.compile(r"(?:[0-9]{7}US)?([0-9]{1,2})(?:-?([0-9]{3}))?", re.IGNORECASE)
_CENSUS = re.compile(r"[0-9]{7}US[0-9]{2}(?:[0-9]{3})?", re.IGNORECASE)  # a GEO_ID: a code whatever its heading
# A column of FIPS codes as US downloads head it: FIPS, County FIPS, FIPS_Code, FIPStxt, GEO_ID, GEOID, LocationID.
_NUMBER = re.compile(r"[0-9][0-9,.\- ]*")  # a cell of a column of codes that is a number, or a code with a dash
_FIPS_HEADER = re.compile(r".*fips.*|geo_?id[0-9]*|(.*[ _])?(location|geo|area|county|state|place)[ _]?id")


def area_code(cell: str) -> str:
    """The code a cell of codes gives, as areas.csv keeps it: a GSS code in capitals, an ODS code as the NHS writes
    it, in capitals, a FIPS code as its two or five digits; the cell stripped where it is none.

    >>> [area_code(c) for c in ("e06000023", "29047", "29-047", "1001", "6", "0500000US29047", "12.5", "290470")]
    ['E06000023', '29047', '29047', '01001', '06', '29047', '12.5', '290470']
    >>> [area_code(c) for c in ("Y62", "QYG", "01X", "R0A", "Wales", "Usk")]
    ['Y62', 'QYG', '01X', 'R0A', 'Wales', 'Usk']
    """
    text = cell.strip()
    if GSS_CODE.fullmatch(text):
        return text.upper()
    found = _FIPS_FORMS.fullmatch(text)
    if found is None:
        return text
    return found[1].zfill(2) + (found[2] or "")


def is_area_code(cell: str) -> bool:
    """Whether a cell of areas.csv's ``code`` column is a code drafter reads (in any form :func:`area_code`
    reads).

    >>> [is_area_code(c) for c in ("E06000023", "29047", "29-047", "1001", "29", "290470", "E0600052", "")]
    [True, True, True, True, True, False, False, False]
    >>> [is_area_code(c) for c in ("Y62", "QYG", "01X", "RBT20", "A81001", "WALES", "Usk", "qyg")]
    [True, True, True, True, False, False, False, False]
    """
    code = area_code(cell)
    return bool(GSS_CODE.fullmatch(code) or FIPS_CODE.fullmatch(code) or ODS_CODE.fullmatch(code))


def is_fips_column(column: str, cells: list[str], named: bool = False) -> bool:
    """Whether a figures file's column holds FIPS codes: headed as codes (``FIPS``, ``County FIPS``, ``GEO_ID``,
    or ``code`` as any code column), or the column campaign.yaml names as the area's (``named``), with every
    number in it a FIPS code in some form (words, such as a note or "United States", may be among them); or a
    column of the Census Bureau's GEO_IDs, whatever its heading. A column of counts ("Population": 29047) is
    never one, nor one with a count among its codes.

    >>> is_fips_column("county fips", ["29047", "1001", "", "Notes"]), is_fips_column("population", ["29047"])
    (True, False)
    >>> is_fips_column("area", ["29047"], named=True), is_fips_column("code", ["29047", "1,747"])
    (True, False)
    """
    filled = [cell.strip() for cell in cells if cell.strip()]
    if any(_CENSUS.fullmatch(cell) for cell in filled):
        return True
    numbers = [cell for cell in filled if _NUMBER.fullmatch(cell)]
    headed = named or bool(_FIPS_HEADER.fullmatch(column) or re.fullmatch(r"(.* )?codes?", column))
    return headed and bool(numbers) and all(FIPS_CODE.fullmatch(area_code(cell)) for cell in numbers)
