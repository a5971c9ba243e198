"""Inputs a mutation fuzzer over the shipped examples found mishandled: a number typed where text goes printed
as Python wrote it, a list given for a date shown as Python's repr, and a quote's areas all gone refused without
naming quotes.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import api
from drafter.errors import DrafterError, QuoteError
from drafter.load import load_campaign
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


def test_a_quote_whose_areas_are_all_gone_names_quotes_yaml_and_areas_csv(example: Path, tmp_path: Path) -> None:
    for name in ("areas.csv", "figures.csv"):
        (example / name).write_text((example / name).read_text("utf-8").replace("North West,", "NW region,"), "utf-8")
    with pytest.raises(QuoteError) as caught:
        api.draft(example, tmp_path / "out", formats=["md"])
    assert str(caught.value).startswith("area ")
    assert "(quotes barr-regional for no area in areas.csv) (expected a quote in quotes.yaml whose areas include " \
           "this area, its parent or all)" in str(caught.value)
    assert not (tmp_path / "out").exists()
