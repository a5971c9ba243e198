"""PDF through LibreOffice, when it is installed: the DOCX is converted by a real word processor."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from drafter.errors import OutputError
from drafter.model import Release
from drafter.writers.setup import Setup


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx: bytes, stem: str) -> bytes:
    """Convert one DOCX to PDF with a private LibreOffice profile (safe beside other runs)."""
    program = soffice()
    if program is None:
        raise OutputError("LibreOffice (soffice) is not installed, so PDF cannot be made", field="--format",
                          value="pdf", expected="LibreOffice installed, or --format docx/md/html/txt")
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as work:
        folder = Path(work)
        source = folder / f"{stem}.docx"
        source.write_bytes(docx)
        profile = (folder / "profile").as_uri()
        result = subprocess.run(
            [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
             str(folder), str(source)], capture_output=True, text=True, timeout=180, check=False)
        target = folder / f"{stem}.pdf"
        if result.returncode != 0 or not target.is_file():
            raise OutputError(f"LibreOffice could not convert the release to PDF ({result.stderr.strip()[:200]})",
                              field="--format", value="pdf", expected="a working LibreOffice")
        return target.read_bytes()


class PdfWriter:
    extension = "pdf"

    def __init__(self, docx_writer: object) -> None:
        if soffice() is None:
            convert_to_pdf(b"", "check")  # raises the clear error before anything is written
        self.docx_writer = docx_writer

    def render(self, release: Release) -> bytes:
        return convert_to_pdf(self.docx_writer.render(release), release.slug)  # type: ignore[attr-defined]


def build(setup: Setup) -> PdfWriter:
    from drafter.writers import docx

    return PdfWriter(docx.build(setup))
