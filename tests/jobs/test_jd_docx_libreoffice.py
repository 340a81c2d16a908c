"""A DOCX export opens in LibreOffice: it converts to a PDF holding the posting's text."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from recruiter_kit.documents.docx_builder import build_docx
from recruiter_kit.jobs.layout import document_spec
from recruiter_kit.jobs.library import TemplateLibrary

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_docx_converts_to_pdf_in_libreoffice(tmp_path: Path) -> None:
    job = TemplateLibrary().load("data-engineer-mid")
    source = tmp_path / "job.docx"
    source.write_bytes(build_docx(document_spec(job)))
    profile = tmp_path / "lo-profile"  # a private profile: parallel runs must not share one
    environment = {**os.environ, "HOME": str(tmp_path)}
    result = subprocess.run(
        [
            str(LIBREOFFICE),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
        check=False,
    )
    converted = tmp_path / "job.pdf"
    assert converted.exists(), result.stderr or result.stdout
    with pdfplumber.open(converted) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    assert "Data Engineer" in text
    assert "What you will do" in text
    assert "Page 1 of" in text
