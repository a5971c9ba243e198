"""A campaign folder as Windows leaves it, read the same on every system: files saved by Windows programs, and
names that differ only in capitals (which Windows finds under either name and Linux does not)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.fileio import not_found
from drafter.load.csv_text import decode_csv
from drafter.load.folder import campaign_file
from drafter.load.media import missing
from drafter.load.yaml_text import decode_yaml

CAPITALS = ("a name that differs only in capitals, which Windows and a Mac take for {0} but this computer does "
            "not: rename it {0})")


def test_a_csv_file_ending_in_ctrl_z_as_older_windows_programs_save_it_is_read_without_it() -> None:
    data = "area,count\r\nYnys Môn,5\r\n".encode("cp1252") + b"\x1a"
    text, _ = decode_csv(data, "figures.csv")
    assert text == "area,count\r\nYnys Môn,5\r\n"
    assert decode_csv("area\r\nCaerdydd\r\n".encode("utf-8-sig") + b"\x1a", "areas.csv") == ("area\r\nCaerdydd\r\n", ())


def test_a_yaml_file_from_notepad_with_its_mark_crlf_and_ctrl_z_is_read() -> None:
    assert decode_yaml("about_cy: Ynglŷn\r\n".encode("utf-8-sig") + b"\x1a", "campaign.yaml") == "about_cy: Ynglŷn\r\n"


def test_a_file_named_in_other_capitals_is_named_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "Figures.CSV").write_bytes(b"area\n")
    error = not_found(tmp_path / "figures.csv", "figures.csv")
    assert str(error) == "figures.csv: file not found (expected figures.csv in the campaign folder; the folder has " \
        "Figures.CSV, " + CAPITALS.format("figures.csv")


def test_campaign_yaml_in_other_capitals_is_named(tmp_path: Path) -> None:
    (tmp_path / "Campaign.yaml").write_bytes(b"title: x\n")
    with pytest.raises(InputError) as caught:
        campaign_file(tmp_path)
    assert str(caught.value) == f"campaign.yaml: file not found (expected a campaign.yaml in {tmp_path}; the " \
        "folder has Campaign.yaml, " + CAPITALS.format("campaign.yaml")


def test_a_media_list_in_other_capitals_is_named(tmp_path: Path) -> None:
    (tmp_path / "Media.CSV").write_bytes(b"outlet\n")
    assert str(missing(tmp_path)).endswith("(see docs/sending.md); the folder has Media.CSV, " +
                                           CAPITALS.format("media.csv"))


def test_quotes_yaml_in_other_capitals_is_not_taken_for_no_quotes(example: Path) -> None:
    from drafter.load import load_campaign

    (example / "quotes.yaml").rename(example / "Quotes.yaml")
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert str(caught.value) == "quotes.yaml: file not found (expected quotes.yaml in the campaign folder; the " \
        "folder has Quotes.yaml, " + CAPITALS.format("quotes.yaml")


def test_quotes_yaml_marked_read_only_is_left_as_it_is_on_every_system(example: Path) -> None:
    from drafter.errors import QuoteError
    from drafter.quotes.library import withdraw_quote

    path = example / "quotes.yaml"
    before = path.read_bytes()
    path.chmod(0o444)  # Windows' read-only mark: there os.replace is refused; elsewhere it would replace the file
    with pytest.raises(QuoteError) as caught:
        withdraw_quote(example, "barr-regional")
    assert str(caught.value) == "quotes.yaml: is marked read-only, so drafter has not changed it (expected " \
        "quotes.yaml writable: clear its read-only mark (in File Explorer, right-click it, Properties, untick " \
        "Read-only), then run the command again)"
    assert path.read_bytes() == before


def test_a_letterhead_named_in_other_capitals_is_named(example: Path) -> None:
    from drafter.load import load_campaign

    (example / "letterhead.docx").write_bytes(b"")
    with (example / "campaign.yaml").open("a", encoding="utf-8") as yaml:
        yaml.write("reference: Letterhead.docx\n")
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert str(caught.value).endswith("the folder has letterhead.docx, " + CAPITALS.format("Letterhead.docx")[:-1] +
                                      ", or write it letterhead.docx in campaign.yaml's reference:)")


@pytest.mark.parametrize(("name", "why"), [
    ("con", '"con" is a name Windows keeps for a device'),
    ("Q3: fires", "\"Q3: fires\" holds ':', which Windows does not allow in a name"),
    ("helpline.", '"helpline." ends in a dot, which Windows drops from a name'),
])
def test_new_makes_no_campaign_folder_windows_cannot_open(tmp_path: Path, name: str, why: str) -> None:
    from typer.testing import CliRunner

    from drafter.cli import app

    target = tmp_path / "shared" / name
    result = CliRunner().invoke(app, ["new", str(target)])
    assert (result.exit_code, result.stderr) == (2, f'error: "{target}" would be a folder Windows cannot open: {why} '
                                                    '(expected a folder name without a dot or a space at its end, any '
                                                    'of <>:"|?*, or a name Windows keeps for a device (con, nul, com1 '
                                                    'and the like): give another name)\n')
    assert not (tmp_path / "shared").exists()


def test_send_writes_no_outbox_windows_cannot_open(drafted_example: tuple[Path, Path], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from drafter.cli import app

    campaign, out = drafted_example
    box = tmp_path / "sent."
    result = CliRunner().invoke(app, ["send", str(campaign), "--out", str(out), "--outbox", str(box)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f'error: {box}: --outbox: would be a folder Windows cannot open: "sent." ends in a dot, which Windows drops '
        'from a name (expected a folder name without a dot or a space at its end, any of <>:"|?*, or a name Windows '
        'keeps for a device (con, nul, com1 and the like): give another --outbox)')
    assert not box.exists()


def test_a_folder_on_the_way_in_other_capitals_is_named(example: Path) -> None:
    (example / "data").mkdir()
    error = not_found(example / "Data" / "figures.csv", "Data\\figures.csv")
    assert str(error) == "Data\\figures.csv: file not found (expected Data\\figures.csv in the campaign folder; the " \
        "folder has data, " + CAPITALS.format("Data")


def test_a_template_folder_in_other_capitals_is_named(example: Path) -> None:
    from drafter.load import load_campaign

    (example / "mine").mkdir()
    text = (example / "campaign.yaml").read_text(encoding="utf-8")
    (example / "campaign.yaml").write_text(text.replace("template: helpline-rise", "template: Mine"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_campaign(example)
    assert str(caught.value).endswith("or a folder holding release.md.j2; the folder has mine, " +
                                      CAPITALS.format("Mine")[:-1] + ", or write it mine in campaign.yaml's template:)")


def test_a_release_notepad_saved_as_ansi_is_checked_as_it_was_saved(tmp_path: Path) -> None:
    from drafter.reports.check_read import Unreadable, read_edited

    ansi = tmp_path / "cheshire.md"
    ansi.write_bytes("Calls to the helpline rose by 193 per cent – to 440 – in Ynys Môn.\r\n".encode("cp1252"))
    assert [p.text for p in read_edited(ansi).paragraphs] == [
        "Calls to the helpline rose by 193 per cent – to 440 – in Ynys Môn."]
    mixed = tmp_path / "cumbria.txt"
    mixed.write_bytes("Ynys Môn ".encode() + "Môn".encode("cp1252"))
    with pytest.raises(Unreadable) as caught:
        read_edited(mixed)
    assert str(caught.value) == "is not text in UTF-8, UTF-16 or Windows-1252 (save it as UTF-8 text, in Notepad: " \
        "File > Save As, Encoding (beside the Save button): UTF-8, Save, Yes to replace it)"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_quotes_yaml_notepad_saved_with_a_mark_keeps_it_and_its_line_endings(example: Path, encoding: str) -> None:
    from drafter.quotes.library import withdraw_quote

    path = example / "quotes.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding))
    withdraw_quote(example, "barr-regional")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf# ") and b"status: withdrawn\r\n" in data
    assert data.count(b"\n") == data.count(b"\r\n")


def test_a_folder_typed_with_backslashes_on_a_mac_or_linux_is_not_made_as_one_name(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from drafter.cli import app

    target = tmp_path / "campaigns\\knife"  # as the Windows lines of the docs write it: one name here, not two folders
    result = CliRunner().invoke(app, ["new", str(target)])
    assert (result.exit_code, result.stderr.split(" (expected")[0]) == (
        2, f'error: "{target}" would be a folder Windows cannot open: "campaigns\\knife" holds \\, which Windows takes '
           'for the line between two folders (this computer writes / between them)')
    assert list(tmp_path.iterdir()) == []
