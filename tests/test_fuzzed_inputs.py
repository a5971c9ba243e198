"""Inputs a mutation fuzzer over the shipped examples found mishandled: a number typed where text goes printed
as Python wrote it, a list or mapping shown as Python's repr, a quote's areas all gone refused without naming
quotes.yaml, and a Word document whose main part is not a document read with a traceback."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter import api
from drafter.errors import DrafterError, QuoteError
from drafter.load import load_campaign
from drafter.writers.docx_faults import REPAIRED, UnreadableDocx
from drafter.writers.docx_read import read_document
from tests.conftest import edit


@pytest.mark.parametrize(("old", "new", "read"), [
    ("phone: 01632 960 001", "phone: 01632960001", lambda c: c.contact.phone),
    ("organisation: The Lucy Faithfull Foundation", "organisation: -.inf", lambda c: c.organisation),
    ("organisation: The Lucy Faithfull Foundation", "organisation: 1.10", lambda c: c.organisation),
    ("organisation: The Lucy Faithfull Foundation", "organisation: 1e3", lambda c: c.organisation),
])
def test_a_number_typed_where_text_goes_is_kept_as_typed(example: Path, old: str, new: str, read: object) -> None:
    edit(example / "campaign.yaml", old, new)
    assert read(load_campaign(example)) == new.split(": ", 1)[1]  # type: ignore[operator]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("embargo: 2018-09-04 00:01 ", "embargo:\n  -\n  - x\n#",
     "campaign.yaml:12: embargo: is a list (expected a local date and time such as 2018-09-04 00:01 or 4 September "
     "2018 00:01)"),
    ("release_date: 2018-09-04", "release_date: {day: 4}",
     "campaign.yaml:11: release_date: is a mapping (expected a date such as 2018-09-04 or 4 September 2018)"),
])
def test_a_list_or_mapping_given_for_a_date_is_named_as_such(example: Path, old: str, new: str,
                                                             message: str) -> None:
    edit(example / "campaign.yaml", old, new)
    with pytest.raises(DrafterError) as caught:
        load_campaign(example)
    assert str(caught.value) == message


@pytest.mark.parametrize("typed", ["press@example", "Press Office", ".nan", "press @example.org"])
def test_the_press_offices_e_mail_address_printed_in_every_release_is_an_address(example: Path, typed: str) -> None:
    """campaign.yaml's media_contact email is printed in every release for journalists to write to: one that is no
    address ("hello", a domain with no dot) was printed in every release."""
    text = (example / "campaign.yaml").read_text("utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.strip().startswith("email:"))
    (example / "campaign.yaml").write_text(re.sub(r"(?m)^(\s*email:).*$", rf"\1 {typed}", text), "utf-8")
    with pytest.raises(DrafterError) as caught:
        load_campaign(example)
    assert str(caught.value) == (
        f'campaign.yaml:{line}: media_contact.email: "{typed}" is not an e-mail address (expected an address such '
        "as press@example.org, printed in every release for journalists to write to)")


def test_a_quote_whose_areas_are_all_gone_names_quotes_yaml_and_areas_csv(example: Path, tmp_path: Path) -> None:
    for name in ("areas.csv", "figures.csv"):
        (example / name).write_text((example / name).read_text("utf-8").replace("North West,", "NW region,"), "utf-8")
    with pytest.raises(QuoteError) as caught:
        api.draft(example, tmp_path / "out", formats=["md"])
    assert str(caught.value).startswith("area ")
    assert "(quotes barr-regional for no area in areas.csv) (expected a quote in quotes.yaml whose areas include " \
           "this area, its parent or all)" in str(caught.value)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("old", "new", "file", "message"), [
    ("    kind: count  ", "    plural: [~]\n    kind: count  ", "campaign.yaml",
     "campaign.yaml:19: measures.contacts.plural: is not true or false (expected true (\"calls … rise\") or false "
     "(\"demand … rises\"))"),
    ("quotes:\n", "quotes: {x: ~}\nold_quotes:\n", "quotes.yaml",
     "quotes.yaml:21: quotes: is a mapping (expected a list)"),
])
def test_a_list_or_mapping_is_never_shown_as_python_writes_it(example: Path, old: str, new: str, file: str,
                                                              message: str) -> None:
    edit(example / file, old, new)
    with pytest.raises(DrafterError) as caught:
        load_campaign(example)
    assert str(caught.value) == message


def _with_document_xml(docx: bytes, change: Callable[[str], str]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["word/document.xml"] = change(parts["word/document.xml"].decode("utf-8")).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("change", [
    lambda xml: xml.replace("<w:document ", "<w:documen ", 1).replace("</w:document>", "</w:documen>"),
    lambda xml: re.sub(r"<w:body>.*</w:body>", "", xml, flags=re.S),
], ids=["its root renamed", "its body gone"])
def test_a_word_document_whose_main_part_is_not_a_document_is_unreadable_not_a_traceback(
        example_draft: Path, change: Callable[[str], str]) -> None:
    with pytest.raises(UnreadableDocx) as caught:
        read_document(_with_document_xml((example_draft / "cheshire.docx").read_bytes(), change))
    assert str(caught.value) == ("it is not laid out inside as Word lays out a document, as when another program "
                                 f"writes it wrongly (expected {REPAIRED})")


def test_a_template_name_too_long_for_the_drive_is_refused_not_a_traceback(example: Path) -> None:
    edit(example / "campaign.yaml", "template: helpline-rise", "template: " + "x" * 300)
    with pytest.raises(DrafterError) as caught:
        load_campaign(example)
    assert str(caught.value) == (f'campaign.yaml:8: template: "{"x" * 197}…" is not a shipped template or a folder '
                                 "in the campaign folder (expected one of count-change, helpline-rise, "
                                 "league-table, per-head, rate-change, several-measures, or a folder holding "
                                 "release.md.j2)")
