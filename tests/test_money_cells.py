"""Money as a press officer's spreadsheet writes it: with its currency sign ("£12,000", "12 000 €"), read as the
amount for a measure whose unit is a currency code and refused, at its cell, for any other; and an .xlsx
formula that no program has calculated, named as such with what to do."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter import api
from drafter.cli import app
from drafter.errors import InputError
from drafter.load import load_campaign
from drafter.load.numbers import parse_figure
from drafter.model import SourceRef
from tests.conftest import edit

runner = CliRunner()


def in_pounds(example: Path, unit: str = "GBP") -> None:
    edit(example / "campaign.yaml", "    unit: people\n", f"    unit: {unit}\n")


@pytest.mark.parametrize(("cell", "amount"), [
    ('"£12,000"', "12000"), ('"£1,234.50"', "1234.50"), ("£ 90", "90"), ('"12,000 £"', "12000"),
    ("£90", "90"), ('"12 000 £"', "12000"), ("90.5", "90.5"),
])
def test_money_written_with_its_sign_is_the_amount(example: Path, cell: str, amount: str) -> None:
    in_pounds(example)
    edit(example / "figures.csv", "Cumbria,contacts,90,171", f"Cumbria,contacts,{cell},171")
    edit(example / "figures.csv", 'North West,contacts,"1,747","3,549"\n', "")  # summed: not 1,747 now
    value = load_campaign(example).figures[("Cumbria", "contacts", "before")]
    assert (value.amount, str(value.amount)) == (Decimal(amount), amount)  # Decimal, pence kept as written


def test_euros_and_dollars_with_their_own_signs(example: Path) -> None:
    in_pounds(example, "EUR")
    edit(example / "figures.csv", 'Cumbria,contacts,90,171', 'Cumbria,contacts,"€3,000","3 000 €"')
    figures = load_campaign(example).figures
    assert figures[("Cumbria", "contacts", "before")].amount == Decimal(3000)
    assert figures[("Cumbria", "contacts", "after")].amount == Decimal(3000)


def draft_error(example: Path, tmp_path: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()
    return result.exit_code, result.stderr


@pytest.mark.parametrize(("unit", "cell", "sign", "code"), [
    ("people", "£90", "£ (pound sign)", "GBP"), ("pounds", "£90", "£ (pound sign)", "GBP"),
    ("euros", "€90", "€ (euro sign)", "EUR"), ("dollars", "$90", "$ (dollar sign)", "USD"),
])
def test_a_currency_sign_on_a_measure_that_is_not_money_is_refused(example: Path, tmp_path: Path, unit: str, cell: str,
                                                                   sign: str, code: str) -> None:
    """unit: pounds is a word after a number, not money: the refusal names the code to write for the sign."""
    edit(example / "campaign.yaml", "    unit: people\n", f"    unit: {unit}\n")
    edit(example / "figures.csv", "Cumbria,contacts,90,171", f"Cumbria,contacts,{cell},171")
    assert draft_error(example, tmp_path) == (1, (
        f'error: figures.csv:4: before: "{cell}" is written with the currency sign {sign} (expected a whole '
        f"number of 0 or more, such as 1,747, without a currency sign, for a count of {unit}; for money, the "
        f"measure's unit in campaign.yaml is the currency's code: unit: {code}, not unit: {unit})\n"))


def test_another_currencys_sign_is_refused_never_printed_as_the_measures(example: Path, tmp_path: Path) -> None:
    in_pounds(example)  # "€90" on a measure in GBP would have printed as £90
    edit(example / "figures.csv", "Cheshire,contacts,150,440", "Cheshire,contacts,£150,£440")
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,€90,171")
    assert draft_error(example, tmp_path) == (1, (
        'error: figures.csv:4: before: "€90" is written with € (euro sign), which is not the sign of GBP (expected '
        "an amount in GBP, written with £ or with no sign: if the figures really are in another currency, set the "
        "measure's unit to that currency's code in campaign.yaml)\n"))


@pytest.mark.parametrize(("unit", "cell"), [("USD", "$90"), ("CAD", "$90"), ("JPY", "¥90"), ("INR", "₹90")])
def test_a_currencys_own_sign_is_read_wherever_it_is_written(unit: str, cell: str) -> None:
    assert parse_figure(cell, "count", SourceRef("figures.csv", row=2), "before", unit) == Decimal(90)


@pytest.mark.parametrize(("unit", "cell", "sign"), [("GBP", "$90", "$ (dollar sign)"), ("EUR", "£90", "£ (pound sign)"),
                                                    ("USD", "€90", "€ (euro sign)")])
def test_a_sign_of_another_currency_is_named_with_the_units_own(unit: str, cell: str, sign: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_figure(cell, "count", SourceRef("figures.csv", row=2), "before", unit)
    assert str(caught.value).startswith(f'figures.csv:2: before: "{cell}" is written with {sign}, which is not '
                                        f"the sign of {unit}")


def test_a_dot_that_may_mark_thousands_is_refused(example: Path, tmp_path: Path) -> None:
    in_pounds(example, "EUR")
    edit(example / "figures.csv", "Cumbria,contacts,90,171", "Cumbria,contacts,12.000 €,171")
    assert draft_error(example, tmp_path) == (1, (
        'error: figures.csv:4: before: "12.000 €" could be read two ways: the dot may mark the decimals or the '
        "thousands (expected an amount of EUR with a comma or nothing between thousands and a dot before the pence "
        "or cents only, such as 12,000 or 12.50)\n"))


def test_money_in_a_workbook_as_text_is_the_amount(example: Path) -> None:
    from openpyxl import Workbook

    in_pounds(example)
    book = Workbook()
    sheet = book.active
    sheet.append(["area", "measure", "before", "after"])
    for area, before, after in [("Cheshire", "£150", "£440"), ("Cumbria", "£90.50", 171),
                                ("Greater Manchester", "£620", "£1,240"), ("Lancashire", "£410", "£799"),
                                ("Merseyside", "£477", "£899")]:
        sheet.append([area, "contacts", before, after])
    book.save(example / "figures.xlsx")
    (example / "figures.csv").unlink()
    figures = load_campaign(example).figures
    assert figures[("Cumbria", "contacts", "before")].amount == Decimal("90.50")
    assert figures[("North West", "contacts", "after")].amount == Decimal(3549)


def workbook_with_a_formula(example: Path, formula: object) -> None:
    """figures.xlsx as a script writes it: the figures, a blank row, and the region's total as a formula with no
    saved value (openpyxl, like many exports, does not calculate)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Contacts by area"])
    sheet.append([])
    sheet.append(["area", "measure", "before", "after"])
    for area, before, after in [("Cheshire", 150, 440), ("Cumbria", 90, 171), ("Greater Manchester", 620, 1240),
                                ("Lancashire", 410, 799), ("Merseyside", 477, 899)]:
        sheet.append([area, "contacts", before, after])
    sheet.append(["North West", "contacts", 1747, formula])
    sheet["A12"] = "Source: helpline records"
    book.save(example / "figures.xlsx")
    (example / "figures.csv").unlink()


def test_a_formula_no_program_has_calculated_says_what_to_do(example: Path, tmp_path: Path) -> None:
    workbook_with_a_formula(example, "=SUM(D4:D8)")
    assert draft_error(example, tmp_path) == (1, (
        'error: figures.xlsx:9: after: "=SUM(D4:D8)" is a formula that has not been calculated: the program that '
        "saved the workbook kept the formula but not its value (expected the figure: open the file in Excel and "
        "save it, so that the value is saved with the formula)\n"))


def test_a_workbook_with_empty_cells_and_no_formula_reads_as_before(example: Path) -> None:
    workbook_with_a_formula(example, 3549)
    campaign = load_campaign(example)
    assert campaign.figures[("North West", "contacts", "after")].amount == Decimal(3549)


def test_a_formula_with_its_saved_value_is_the_value(example: Path) -> None:
    """Excel saves a formula's value beside it: the value is read (openpyxl cannot save one, so the saved value
    is written into the sheet's XML as Excel writes it)."""
    import zipfile

    workbook_with_a_formula(example, "=SUM(D4:D8)")
    path = example / "figures.xlsx"
    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    assert "<f>SUM(D4:D8)</f><v></v>" in sheet or "<f>SUM(D4:D8)</f><v />" in sheet
    sheet = sheet.replace("<f>SUM(D4:D8)</f><v></v>", "<f>SUM(D4:D8)</f><v>3549</v>") \
        .replace("<f>SUM(D4:D8)</f><v />", "<f>SUM(D4:D8)</f><v>3549</v>")
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    assert load_campaign(example).figures[("North West", "contacts", "after")].amount == Decimal(3549)


def test_a_formula_excel_worked_out_as_empty_text_is_an_empty_cell(example: Path, tmp_path: Path) -> None:
    """=IF(…, "", …) that Excel has calculated to nothing is saved as empty text: an empty cell, not a formula
    nobody has calculated (a region's count left empty is its areas' sum, said in a warning)."""
    import zipfile

    workbook_with_a_formula(example, '=IF(D4>0,"",1)')
    path = example / "figures.xlsx"
    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    assert '<c r="D9"><f>' in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace('<c r="D9"><f>', '<c r="D9" t="str"><f>').encode()
    with zipfile.ZipFile(path, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    campaign = load_campaign(example)  # the region's count read as left blank: its areas' sum, with a warning
    assert campaign.figures[("North West", "contacts", "after")].amount == Decimal(3549)
    [blank] = [w.message for w in campaign.notices if w.code == "blank_total_summed"]
    assert ("North West's contacts for period 'after' (January to June 2018) is blank in figures.xlsx (row 9, column "
            "after)") in blank


@given(st.decimals(min_value=0, max_value=10**12, places=2),
       st.sampled_from([("£", "GBP"), ("€", "EUR"), ("$", "USD"), ("¥", "JPY"), ("₹", "INR")]),
       st.sampled_from(["{sign}{amount}", "{sign} {amount}", "{amount} {sign}", "{amount}{sign}"]))
def test_any_amount_written_with_its_sign_is_read_exactly(amount: Decimal, money: tuple[str, str], form: str) -> None:
    """Whatever the amount, the currency and where its sign stands, the Decimal read is the amount written, to the
    penny."""
    sign, unit = money
    text = form.format(sign=sign, amount=format(amount, ",.2f"))
    assert parse_figure(text, "count", SourceRef("figures.csv", row=2, column="after"), "after", unit) == amount


def test_a_sum_from_a_thousand_pounds_is_printed_in_whole_pounds_and_checks_clean(tmp_path: Path, food: Path) -> None:
    """A charity's "£412,300.50" is "£412,301" in a release, as a newsdesk writes a sum; "£18.75" keeps its pence,
    and two sums a few pence apart read as the same sum, virtually unchanged. The percentage is from the amounts as
    given."""

    from drafter import api

    campaign = food
    text = (campaign / "campaign.yaml").read_text(encoding="utf-8")
    unit = text.split("\n    unit: ", 1)[1].split("\n", 1)[0]
    edit(campaign / "campaign.yaml", f"\n    unit: {unit}\n", "\n    unit: GBP\n")
    (campaign / "figures.csv").write_text(
        "area,measure,last_year,this_year\n" 'Cardiff,parcels,"£412,300.50","£398,120.25"\n'
        "Swansea,parcels,£0.50,£18.75\n"
        'Ceredigion,parcels,"£1,000.25","£1,000.40"\n' "Powys,parcels,£900,£950\n" "Ynys Môn,parcels,£40,£45\n",
        encoding="utf-8")
    out = tmp_path / "out"
    result = api.draft(campaign, out, formats=["md"])
    listed = (out / "wales.md").read_text(encoding="utf-8")
    assert "\n- Cardiff: from £412,301 to £398,120, a fall of 3.4 per cent\n" in listed
    assert "\n- Swansea: from £0.50 to £18.75, a rise of £18.25\n" in listed
    assert "\n- Ceredigion: from £1,000 to £1,000, virtually no change\n" in listed
    assert [w.message for w in result.warnings if w.code == "small_base"] == [
        "the figure for emergency food parcels given out in period 'last_year' (April to September 2023) is below £20: "
        "too small a base for a percentage, so both are given (areas: Swansea)"]
    checked = api.check(campaign, sorted(out.glob("*.md")))
    assert (checked.findings, checked.by_hand) == ((), ())
    assert result



@pytest.mark.parametrize(("typed", "said"), [
    ("Cardiff gave £946 more than the year before.", []),
    ("Cardiff gave £950 more than the year before.", [  # the difference itself, "more" counting nothing else
        "'£950' in new text where the difference in Cardiff's figure for emergency food parcels given out in "
        "April to September 2024 compared with April to September 2023 is '£946' (figures.csv, row 2, columns "
        "last_year and this_year)"]),
])
def test_check_holds_a_typed_difference_in_money_as_money(tmp_path: Path, food: Path, typed: str, said: list[str]
                                                           ) -> None:
    """'£53,800 more' of a rise from £402,100 to £455,900 was 'a figure close to' the difference '53,800', and
    '£54,000' was held against '53,800' without its sign: a difference in money is money."""
    campaign = food
    edit(campaign / "campaign.yaml", "    unit: parcels ", "    unit: GBP #")
    out = tmp_path / "out"
    api.draft(campaign, out, areas=["Cardiff"], formats=["md"])
    text = (out / "cardiff.md").read_text(encoding="utf-8")
    (out / "cardiff.md").write_text(text.replace("\nENDS\n", f"\n{typed}\n\nENDS\n"), encoding="utf-8")
    assert [f.message for f in api.check(campaign, [out / "cardiff.md"]).findings] == said
