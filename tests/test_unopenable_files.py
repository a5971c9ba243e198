"""A spreadsheet, a letterhead or a release to check that drafter cannot open (packed by an unusual writer, cut
short, saved with a password, an older file or a web page renamed, empty) is one line naming the file, what it is
and what to do, in a press officer's words, never Python's ("zip file version 14.8", "File is not a zip file")."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from drafter.cli import app
from drafter.errors import InputError
from drafter.load.ods import read_ods_rows
from drafter.load.xlsx import read_xlsx_rows
from drafter.reports.check_read import Unreadable, read_edited
from tests.conftest import EXAMPLE, ROOT, edit

runner = CliRunner()
ODS = ROOT / "tests" / "data" / "libreoffice" / "figures.ods"
WORD = ROOT / "templates" / "reference.docx"


def _workbook() -> bytes:
    book = Workbook()
    book.active.append(["area", "measure", "before", "after"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rewritten(data: bytes, change: Callable[[zipfile.ZipInfo], None], compression: int = zipfile.ZIP_DEFLATED
               ) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", compression) as copy:
        for info in source.infolist():
            part = source.read(info.filename)
            info.compress_type = compression
            change(info)
            copy.writestr(info, part)
    return buffer.getvalue()


def _newer_version(data: bytes) -> bytes:
    """Each part says it needs zip version 14.8 to unpack (Python unpacks up to 6.3)."""
    return _rewritten(data, lambda info: setattr(info, "extract_version", 148))


def _deflate64(data: bytes) -> bytes:
    """Each part packed with method 9 (Deflate64, as Windows' own zipping of a large file does)."""
    packed = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = packed.find(signature)
        while at >= 0:
            packed[at + offset:at + offset + 2] = b"\x09\x00"
            at = packed.find(signature, at + 4)
    return bytes(packed)


def _damaged(data: bytes) -> bytes:
    """The parts stored unpacked, and a byte of the first one changed: its checksum no longer matches."""
    stored = bytearray(_rewritten(data, lambda info: None, zipfile.ZIP_STORED))
    with zipfile.ZipFile(io.BytesIO(bytes(stored))) as archive:
        first = archive.infolist()[0]
    at = first.header_offset + 30 + len(first.filename.encode()) + 5
    stored[at] ^= 0x20
    return bytes(stored)


def _locked(data: bytes) -> bytes:
    """Each part marked as locked with a zip program's password."""
    flagged = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = flagged.find(signature)
        while at >= 0:
            flagged[at + offset] |= 1
            at = flagged.find(signature, at + 4)
    return bytes(flagged)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # an .xls or .doc, or any Office file saved with a password
PASSWORD = OLE + "EncryptionInfo".encode("utf-16-le") + bytes(8) + "EncryptedPackage".encode("utf-16-le")
PAGE = b"\xef\xbb\xbf<!DOCTYPE html>\n<html><head><title>Sign in to your account</title></head><body>, </body></html>"
BAD: dict[str, Callable[[bytes], bytes]] = {
    "zip version 14.8": _newer_version, "Deflate64": _deflate64, "damaged part": _damaged, "locked part": _locked,
    "cut short": lambda data: data[:len(data) // 2], "password": lambda _: PASSWORD, "older file": lambda _: OLE,
    "web page": lambda _: PAGE, "0 bytes": lambda _: b"",
}
AGAIN = "(expected the file downloaded or copied again; or, if it opens in Excel, saved again from there as 'Excel " \
    "Workbook (.xlsx)')"
RESAVE = "(expected the file opened in Excel and saved again as 'Excel Workbook (.xlsx)')"
XLSX_SAID = {
    "zip version 14.8": "figures.xlsx: cannot be read as an Excel workbook: one of its parts is packed in a way "
    f"drafter cannot unpack, as some programs other than Excel save a file {RESAVE}",
    "Deflate64": "figures.xlsx: cannot be read as an Excel workbook: its part 'docProps/app.xml' is packed in a way "
    f"drafter cannot unpack, as some programs other than Excel save a file {RESAVE}",
    "damaged part": "figures.xlsx: cannot be read as an Excel workbook: its part 'docProps/app.xml' is damaged, as "
    f"when a download or a copy goes wrong {AGAIN}",
    "locked part": "figures.xlsx: is protected with a password (its part 'docProps/app.xml' is locked), so drafter "
    "cannot open it (expected the file without a password, opened in Excel and saved again as 'Excel Workbook "
    "(.xlsx)')",
    "cut short": "figures.xlsx: cannot be read as an Excel workbook: it is cut short or damaged, as when a download or "
    f"a copy from a shared drive stops part of the way {AGAIN}",
    "password": "figures.xlsx: is protected with a password, so drafter cannot open it (expected the file saved "
    "without a password: in Excel, File > Info > Protect Workbook > Encrypt with Password, delete the password, and "
    "save)",
    "older file": f"figures.xlsx: is an older Excel workbook (.xls) with a name ending .xlsx {RESAVE}",
    "web page": "figures.xlsx: is a web page (HTML) with a name ending .xlsx, not an Excel workbook: a download that "
    "gave a sign-in or error page in place of the file, or a page saved from a browser (expected the file downloaded "
    "again from its link (signed in), or opened in Excel and saved again as 'Excel Workbook (.xlsx)')",
    "0 bytes": "figures.xlsx: is empty (0 bytes), so it was not saved, copied or downloaded in full (expected the "
    "file saved again from Excel as 'Excel Workbook (.xlsx)', or copied or downloaded again)",
}


@pytest.mark.parametrize("kind", list(BAD))
def test_a_workbook_drafter_cannot_open_is_told_in_words_of_what_to_do(tmp_path: Path, kind: str) -> None:
    (tmp_path / "figures.xlsx").write_bytes(BAD[kind](_workbook()))
    with pytest.raises(InputError) as raised:
        read_xlsx_rows(tmp_path / "figures.xlsx", "figures.xlsx", None, 10_000_000)
    assert raised.value.line() == XLSX_SAID[kind]


@pytest.mark.parametrize(("kind", "said"), [
    ("zip version 14.8", "figures.ods: cannot be read as an OpenDocument spreadsheet: one of its parts is packed in a "
     "way drafter cannot unpack, as some programs other than LibreOffice Calc save a file (expected the file opened "
     "in LibreOffice Calc and saved again as 'ODF Spreadsheet (.ods)')"),
    ("password", "figures.ods: is protected with a password, so drafter cannot open it (expected the file saved "
     "without a password: open it in LibreOffice Calc, File > Save As, and untick 'Save with password')"),
    ("web page", "figures.ods: is a web page (HTML) with a name ending .ods, not an OpenDocument spreadsheet: a "
     "download that gave a sign-in or error page in place of the file, or a page saved from a browser (expected the "
     "file downloaded again from its link (signed in), or opened in LibreOffice Calc and saved again as 'ODF "
     "Spreadsheet (.ods)')"),
    ("0 bytes", "figures.ods: is empty (0 bytes), so it was not saved, copied or downloaded in full (expected the "
     "file saved again from LibreOffice Calc as 'ODF Spreadsheet (.ods)', or copied or downloaded again)"),
])
def test_an_ods_drafter_cannot_open_is_told_in_words_of_what_to_do(tmp_path: Path, kind: str, said: str) -> None:
    (tmp_path / "figures.ods").write_bytes(BAD[kind](ODS.read_bytes()))
    with pytest.raises(InputError) as raised:
        read_ods_rows(tmp_path / "figures.ods", "figures.ods", None, 10_000_000)
    assert raised.value.line() == said


@pytest.mark.parametrize(("kind", "said"), [
    ("zip version 14.8", "cannot be read as a Word document: one of its parts is packed in a way drafter cannot "
     "unpack, as some programs other than Word save a file (expected the file opened in Word and saved again as "
     "'Word Document (.docx)')"),
    ("damaged part", "cannot be read as a Word document: its part '[Content_Types].xml' is damaged, as when a "
     "download or a copy goes wrong (expected the file downloaded or copied again; or, if it opens in Word, saved "
     "again from there as 'Word Document (.docx)')"),
    ("password", "is protected with a password, so drafter cannot open it (expected the file saved without a "
     "password: in Word, File > Info > Protect Document > Encrypt with Password, delete the password, and save)"),
    ("older file", "is an older Word document (.doc) with a name ending .docx (expected the file opened in Word and "
     "saved again as 'Word Document (.docx)')"),
])
def test_a_release_to_check_that_drafter_cannot_open_is_skipped_saying_what_to_do(tmp_path: Path, kind: str,
                                                                                   said: str) -> None:
    (tmp_path / "cheshire.docx").write_bytes(BAD[kind](WORD.read_bytes()))
    with pytest.raises(Unreadable) as raised:
        read_edited(tmp_path / "cheshire.docx")
    assert str(raised.value) == said


def _part_changed(name: str, change: Callable[[bytes], bytes | None]) -> bytes:
    """reference.docx with its part ``name`` changed (or left out, where ``change`` gives None): a whole archive
    whose every part unpacks, as the archive check asks, but whose XML python-docx cannot read."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(WORD) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            part = source.read(info.filename) if info.filename != name else change(source.read(info.filename))
            if part is not None:
                copy.writestr(info, part)
    return buffer.getvalue()


REPAIRED = ("(expected the file opened in Word (which repairs what it can) and saved again as 'Word Document (.docx)'; "
            "if Word cannot open it either, a copy from before it was damaged)")
XML_FAULTS = {
    "cut short": (_part_changed("word/styles.xml", lambda part: part[:len(part) // 2]),
                  "its part 'word/styles.xml' is damaged inside or cut short, as when a program other than Word writes "
                  f"the file wrongly, or it is edited by hand {REPAIRED}"),
    "missing": (_part_changed("word/document.xml", lambda part: None),
                "its part 'word/document.xml', which every Word document has, is missing, as when a program other "
                f"than Word writes the file wrongly {REPAIRED}"),
    "nested": (_part_changed("word/document.xml", lambda part: part.replace(
        b"<w:body>", b"<w:body>" + b"<w:sdt><w:sdtContent>" * 300 + b"</w:sdtContent></w:sdt>" * 300)),
        f"its contents are nested deeper than in any document Word saves (hundreds of tables or boxes, one inside "
        f"another) {REPAIRED}"),
}


@pytest.mark.parametrize("kind", list(XML_FAULTS))
def test_a_word_document_whose_insides_are_damaged_is_told_in_words_of_what_to_do(tmp_path: Path, kind: str) -> None:
    """Past the archive check, a fault in a part's XML was said in lxml's words ("XMLSyntaxError: …"): now what is
    wrong with the file and what to do, for a release to check and for a letterhead alike."""
    from drafter.document import STYLES_USED
    from drafter.errors import TemplateError
    from drafter.writers.docx import DocxWriter

    data, said = XML_FAULTS[kind]
    (tmp_path / "cheshire.docx").write_bytes(data)
    with pytest.raises(Unreadable) as unread:
        read_edited(tmp_path / "cheshire.docx")
    assert str(unread.value) == f"cannot be read as a Word document: {said}"
    with pytest.raises(TemplateError) as refused:
        DocxWriter(tmp_path / "cheshire.docx", STYLES_USED)
    assert refused.value.line() == f"{tmp_path / 'cheshire.docx'}: reference: cannot be opened as a Word document: " \
        + said


@pytest.mark.parametrize(("kind", "said"), [
    ("Deflate64", "error: campaign.yaml:30: reference: \"letterhead.docx\" cannot be read as a Word document: its part "
     "'[Content_Types].xml' is packed in a way drafter cannot unpack, as some programs other than Word save a file "
     "(expected the file opened in Word and saved again as 'Word Document (.docx)')\n"),
    ("0 bytes", "error: campaign.yaml:30: reference: \"letterhead.docx\" is empty (0 bytes), so it was not saved, "
     "copied or downloaded in full (expected the file saved again from Word as 'Word Document (.docx)', or copied or "
     "downloaded again)\n"),
])
def test_a_letterhead_drafter_cannot_open_stops_the_draft_before_anything_is_written(
        example: Path, tmp_path: Path, kind: str, said: str) -> None:
    (example / "letterhead.docx").write_bytes(BAD[kind](WORD.read_bytes()))
    edit(example / "campaign.yaml", "areas: all", "areas: all\nreference: letterhead.docx")
    result = runner.invoke(app, ["draft", str(example), "--out", str(tmp_path / "out"), "--format", "md"])
    assert (result.exit_code, result.stderr) == (1, said)
    assert not (tmp_path / "out").exists()


def test_a_workbook_saved_again_after_the_refusal_is_read(tmp_path: Path) -> None:
    """The refusal is of the file, not the name: the same workbook as Excel saves it reads."""
    (tmp_path / "figures.xlsx").write_bytes(_newer_version(_workbook()))
    with pytest.raises(InputError):
        read_xlsx_rows(tmp_path / "figures.xlsx", "figures.xlsx", None, 10_000_000)
    (tmp_path / "figures.xlsx").write_bytes(_workbook())
    assert read_xlsx_rows(tmp_path / "figures.xlsx", "figures.xlsx", None, 10_000_000) == [
        ["area", "measure", "before", "after"]]


def test_a_release_in_markdown_beside_a_word_document_python_cannot_unpack_is_checked(example_draft: Path,
                                                                                      tmp_path: Path) -> None:
    """The Word document drafted beside cheshire.md gives its language; one packed by an unusual writer has none to
    give, and the check goes on (it once stopped with Python's NotImplementedError)."""
    for name in ("cheshire.md", "cheshire.docx"):
        shutil.copyfile(example_draft / name, tmp_path / name)
    (tmp_path / "cheshire.docx").write_bytes(_newer_version((tmp_path / "cheshire.docx").read_bytes()))
    result = runner.invoke(app, ["check", str(EXAMPLE), str(tmp_path / "cheshire.md")])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "1 file checked clean\n", "")


def test_a_release_python_cannot_unpack_is_not_sent_saying_what_to_do(drafted_example: tuple[Path, Path]) -> None:
    campaign, out = drafted_example
    (out / "cheshire.docx").write_bytes(_newer_version((out / "cheshire.docx").read_bytes()))
    result = runner.invoke(app, ["send", str(campaign), "--out", str(out), "--dry-run"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]  # the embargo, lifted
    assert errors[0] == (
        f"error: {out / 'cheshire.docx'}: is not sent: drafter check cannot read it: cannot be read as a Word "
        "document: one of its parts is packed in a way drafter cannot unpack, as some programs other than Word save "
        "a file (expected the file opened in Word and saved again as 'Word Document (.docx)')")
