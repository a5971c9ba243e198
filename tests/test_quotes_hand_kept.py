"""quotes.yaml as a press office keeps it by hand over a campaign: quotes pasted from Word with their own quotation
marks, figures of other things inside quotes, and a second person saving the file while drafter edits it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from drafter import api
from drafter.errors import DrafterError, QuoteError
from drafter.load import load_campaign
from drafter.quotes import library
from drafter.quotes.choose import fingerprint, refusal
from drafter.quotes.claims import find_claims, judge
from drafter.render.checks import claim_qualifiers
from drafter.style.house import PRESETS
from tests.conftest import edit

YORK_1 = "Safeguarding children from sexual abuse is a priority for Cheshire Constabulary."
YORK_2 = "We are very pleased with the success of the Stop It Now! campaign"


def _york(example: Path) -> Any:
    campaign = load_campaign(example)
    return next(q for q in campaign.quotes if q.id == "york-cheshire"), campaign.release_date


def test_quotation_marks_pasted_with_a_quote_are_left_out_and_its_approval_stands(example: Path) -> None:
    quotes = example / "quotes.yaml"
    original, _ = _york(example)
    edit(quotes, f"      {YORK_1}\n", f"      “{YORK_1}\n")  # Word's way: “ on each paragraph, ” on the last
    edit(quotes, f"      {YORK_2}", f"      “{YORK_2}")
    edit(quotes, "almost treble.\n", "almost treble.”\n")
    york, release_date = _york(example)
    assert york.paragraphs == original.paragraphs
    assert refusal(york, release_date) is None
    # A quote approved with its marks in it (before drafter left them out) keeps its approval.
    typed = ("“" + original.paragraphs[0], "“" + original.paragraphs[1] + "”")
    edit(quotes, str(original.fingerprint), fingerprint("stuart-york", typed))
    york, release_date = _york(example)
    assert refusal(york, release_date) is None and york.paragraphs == original.paragraphs


def test_words_paragraphs_pasted_with_their_marks_and_no_blank_line_are_two_paragraphs(example: Path) -> None:
    """Word's “ before each paragraph and ” after the last, pasted with no blank line between them (or read by YAML as
    one line), printed ““…“…””; now two paragraphs without the pasted marks, and an approval of the old reading
    (the same words) stands."""
    quotes = example / "quotes.yaml"
    original, _ = _york(example)
    edit(quotes, f"      {YORK_1}\n\n      {YORK_2}", f"      “{YORK_1}\n      “{YORK_2}")
    edit(quotes, "almost treble.\n", "almost treble.”\n")
    old_reading = (f"“{YORK_1} “{original.paragraphs[1]}”",)
    edit(quotes, original.fingerprint, fingerprint("stuart-york", old_reading))
    york, release_date = _york(example)
    assert york.paragraphs == original.paragraphs
    assert refusal(york, release_date) is None


def test_a_phrase_in_quotation_marks_inside_a_quote_keeps_them(example: Path) -> None:
    edit(example / "quotes.yaml", "success of the Stop It Now! campaign", "success of the “Get Help” campaign")
    york, _ = _york(example)
    assert "“Get Help”" in york.paragraphs[1]


def test_a_slash_between_numbers_and_a_bare_more_than_are_read_as_a_press_officer_means_them() -> None:
    english = claim_qualifiers(PRESETS["en_GB"].language)
    assert find_claims("open 24/7, and in 2023/24 too", english) == ()
    more, fewer = find_claims("more than 400 people, fewer than 200 calls", english)
    numbers = {Decimal(1747): "1,747", Decimal(3549): "3,549", Decimal(150): "150"}
    # "more than 400" is not 1,747 (that is "more than 1,700"); "fewer than 200" is 150.
    assert not judge(more, [], {}, {}, numbers).supported
    assert judge(more, [], {}, {}, {Decimal(440): "440"}).supported
    assert (fewer.qualifier, judge(fewer, [], {}, {}, numbers).supported) == ("fewer", True)
    assert not judge(fewer, [], {}, {}, {Decimal(90): "90"}).supported


def test_money_and_a_proportion_in_a_quote_about_people_are_left_to_check_by_hand(example: Path) -> None:
    quotes = example / "quotes.yaml"
    edit(quotes, "    status: approved\n    approved_by: Stuart York",
         "    status: draft\n    approved_by: Stuart York")
    edit(quotes, YORK_1, "We spent £45,000 on it, we are open 24/7, more than 400 people called, 1 in 5 of them women.")
    _, release = api.preview(example, "Cheshire")
    said = [w.message for w in release.warnings if w.code in ("quote_unchecked", "quote_rounding")]
    assert said == [
        "quote 'york-cheshire' says '1 in 5', a figure of something the campaign does not measure: drafter cannot "
        "check it against the data, so check it by hand",
        "quote 'york-cheshire' says '£45,000', a figure of something the campaign does not measure: drafter cannot "
        "check it against the data, so check it by hand",
        "quote 'york-cheshire' says 'more than 400' but the release gives this figure as '440': one figure at two "
        "rounding levels"]


def test_a_quotes_yaml_saved_by_someone_else_meanwhile_is_left_as_they_saved_it(
        example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quotes = example / "quotes.yaml"
    loaded = library.load_roundtrip

    def someone_saves(path: Path, display: str) -> Any:
        data = loaded(path, display)
        quotes.write_text(quotes.read_text(encoding="utf-8") + "# Jo's note\n", encoding="utf-8")
        return data

    monkeypatch.setattr(library, "load_roundtrip", someone_saves)
    with pytest.raises(QuoteError) as caught:
        library.withdraw_quote(example, "york-cheshire")
    assert str(caught.value) == ("quotes.yaml: was changed by someone else while drafter was editing it, so drafter "
                                 "left it as they saved it (expected the command run again, once they have finished "
                                 "editing quotes.yaml)")
    text = quotes.read_text(encoding="utf-8")
    assert text.endswith("# Jo's note\n") and "withdrawn" not in text


def test_a_quotes_role_written_another_way_is_named_where_its_paragraph_is_left_out(example: Path) -> None:
    edit(example / "quotes.yaml", "    role: local\n", "    role: Local\n")
    _, release = api.preview(example, "Cheshire")
    assert [w.message for w in release.warnings if w.code == "quote_left_out"] == [
        "quote 'york-cheshire' (quotes.yaml:37) has the role 'Local', not 'local' as the template asks; its paragraph "
        "is left out"]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("    areas: [Cheshire]", "    areas: Cheshire and Cumbria",
     "quotes.yaml:40: quotes[1].areas: \"Cheshire and Cumbria\" is not an area in areas.csv (expected a list with "
     "one area in each place: areas: [Cheshire, Cumbria])"),
    ("    speaker: stuart-york\n    areas", "    speaker: stuart york\n    areas",
     "quotes.yaml:39: quotes[1].speaker: \"stuart york\" is not a speaker in this file (expected stuart-york, the id "
     "under speakers: of Stuart York)"),
])
def test_areas_in_one_line_and_a_speaker_by_name_say_what_to_write(example: Path, old: str, new: str,
                                                                   message: str) -> None:
    edit(example / "quotes.yaml", old, new)
    with pytest.raises(DrafterError) as caught:
        load_campaign(example)
    assert str(caught.value) == message


def test_a_welsh_quotes_per_cent_is_held_against_the_change_not_read_as_a_count(example: Path) -> None:
    quotes = example / "quotes.yaml"
    edit(quotes, "    speaker: stuart-york\n    areas: [Cheshire]\n    status: approved\n    approved_by: Stuart York\n"
         "    approved_on: 2018-08-30", "    speaker: stuart-york\n    areas: [Cheshire]\n    status: draft")
    edit(quotes, "bron â threblu.", "bron â threblu, cynnydd o 150 y cant.")
    with pytest.raises(QuoteError) as caught:
        api.preview(example, "Cheshire", locale="cy_GB")
    assert str(caught.value) == (
        "quotes.yaml:68: area 'Cheshire': quote 'york-cheshire-cy' says '150 y cant', which this release's figures "
        "do not support (expected a figure that agrees with the data (103%, 193%))")


def test_three_times_as_many_is_held_against_the_change_like_trebled() -> None:
    almost, twice = find_claims("almost three times as many people, and twice as many calls")
    assert (almost.band, twice.band) == ("almost_trebled", "doubled")
    verdict = judge(twice, [], {"more_than_doubled": "Cumbria", "rise": "North West"}, {}, {})
    assert (verdict.supported, verdict.nearest) == (False, "more than doubled, rise")


def test_a_quotes_yaml_saved_on_windows_keeps_its_line_endings_when_a_quote_is_withdrawn(example: Path) -> None:
    quotes = example / "quotes.yaml"
    before = quotes.read_text(encoding="utf-8").replace("\n", "\r\n")
    quotes.write_bytes(before.encode("utf-8"))
    library.withdraw_quote(example, "york-cheshire")
    after = quotes.read_bytes().decode("utf-8")
    assert after.count("\r\n") == after.count("\n") == before.count("\n")
    changed = [(old, new) for old, new in zip(before.split("\r\n"), after.split("\r\n"), strict=True) if old != new]
    assert changed == [("    status: approved", "    status: withdrawn")]


def test_a_speaker_quoted_in_welsh_without_a_welsh_title_is_warned_about(example: Path) -> None:
    edit(example / "quotes.yaml", "    title_cy: Ditectif Arolygydd\n", "")
    warnings = [w.message for w in load_campaign(example).notices if w.code == "speaker_untranslated"]
    assert warnings == ["a speaker quoted in another language is introduced there in English, by their title and "
                        "attribution: 'stuart-york' (quotes.yaml:12) has no title_cy; add the missing keys under the "
                        "speaker"]
    edit(example / "quotes.yaml", "    status: approved\n    approved_by: Stuart York\n    approved_on: 2018-08-30",
         "    status: withdrawn\n    approved_by: Stuart York\n    approved_on: 2018-08-30")  # not quoted in Welsh
    assert [w for w in load_campaign(example).notices if w.code == "speaker_untranslated"] == []


def test_a_status_written_into_a_quote_that_had_none_goes_before_its_text(example: Path) -> None:
    quotes = example / "quotes.yaml"
    edit(quotes, "    status: approved\n    approved_by: Stuart York", "    approved_by: Stuart York")
    library.withdraw_quote(example, "york-cheshire")
    assert "    status: withdrawn\n    text: |\n      Safeguarding" in quotes.read_text(encoding="utf-8")


def test_an_approved_quote_expiring_soon_after_the_release_date_is_warned_about(example: Path) -> None:
    edit(example / "quotes.yaml", "    approved_on: 2018-08-29\n",
         "    approved_on: 2018-08-29\n    expires_on: 2018-09-10\n")
    assert [w.message for w in load_campaign(example).notices if w.code == "quote_expiring"] == [
        "quotes expire within 14 days of the release date: 'york-cheshire' (quotes.yaml:37) on 2018-09-10; a release "
        "using one cannot be sent after that day: if it may go later, ask the speaker to approve it again (drafter "
        "quotes approve --expires)"]


def test_a_status_typed_with_a_capital_is_read(example: Path) -> None:
    edit(example / "quotes.yaml", "    status: approved\n    approved_by: Stuart York",
         "    status: Approved\n    approved_by: Stuart York")
    york, release_date = _york(example)
    assert york.status == "approved" and refusal(york, release_date) is None


def test_a_one_line_quote_pasted_from_word_in_its_marks_is_read_but_a_curly_quoted_area_is_refused_by_key(
        example: Path) -> None:
    """A quote pasted on one line with Word's marks and a trailing space is its words (a release adds its own
    marks); any other value in curly marks is refused, naming its key, as YAML would keep them in the value."""
    quotes = example / "quotes.yaml"
    text = quotes.read_text(encoding="utf-8")
    start = text.index(f"    text: |\n      {YORK_1}")
    end = text.index("almost treble.\n", start) + len("almost treble.\n")
    quotes.write_text(text[:start] + f"    text: “{YORK_1}” \n" + text[end:], encoding="utf-8")
    york, _ = _york(example)
    assert york.paragraphs == (YORK_1,)
    edit(quotes, "areas: [Cheshire]", "areas: [‘Cheshire’]")
    with pytest.raises(DrafterError) as caught:
        load_campaign(example)
    assert caught.value.line() == (
        "quotes.yaml:40: quotes[1].areas[0]: ‘Cheshire’ is inside curly quotation marks, as Word pastes them, which "
        "YAML keeps as part of the value (expected the value without them (Cheshire), or, to print them, the whole "
        "value in straight single quotes ('‘Cheshire’'))")


def test_a_quote_id_typed_as_words_is_refused_with_an_id_to_write(example: Path) -> None:
    edit(example / "quotes.yaml", "id: york-cheshire\n", "id: york cheshire\n")
    with pytest.raises(DrafterError) as caught:
        load_campaign(example)
    assert caught.value.line() == ('quotes.yaml:37: quotes[1].id: "york cheshire" is not a usable id (expected '
                                   "letters, digits, hyphens, dots or underscores, such as york-cheshire)")


def test_a_welsh_copy_of_a_quote_left_with_its_id_is_refused_with_the_id_to_give_it(example: Path) -> None:
    edit(example / "quotes.yaml", "id: york-cheshire-cy\n", "id: york-cheshire\n")
    with pytest.raises(DrafterError) as caught:
        load_campaign(example)
    assert caught.value.line() == (
        'quotes.yaml:68: quotes[3].id: "york-cheshire" is used by another quote too (on line 37) (expected a unique '
        "quote id: give one of them another, such as york-cheshire-cy)")
