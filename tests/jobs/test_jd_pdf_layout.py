"""PDF typography: no page ends on a section heading, pages are numbered, Unicode survives."""

from __future__ import annotations

import dataclasses
import io

import pdfplumber

from recruiter_kit.documents.pdf_builder import build_pdf
from recruiter_kit.jobs.layout import HEADINGS, document_spec
from recruiter_kit.jobs.model import JobDescription


def page_lines(data: bytes) -> list[list[str]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(page.extract_text() or "").splitlines() for page in pdf.pages]


def test_no_page_ends_on_a_heading(senior_job: JobDescription) -> None:
    headings = set(HEADINGS.values())
    # Grow the posting step by step so section boundaries fall at many places on the page.
    for extra in range(0, 24, 3):
        filler = [f"Extra responsibility number {i} that takes one line" for i in range(extra)]
        job = dataclasses.replace(
            senior_job.copy(), responsibilities=senior_job.responsibilities + filler
        )
        pages = page_lines(build_pdf(document_spec(job)))
        for number, lines in enumerate(pages[:-1], start=1):
            body = [line for line in lines if not line.startswith(job.title)]  # drop the footer
            body = [line for line in body if "Page " not in line]
            assert body[-1] not in headings, f"page {number} of {len(pages)} ends on {body[-1]!r}"
        assert pages[-1][-1].endswith(f"Page {len(pages)} of {len(pages)}")


def test_non_latin_text_is_kept(senior_job: JobDescription) -> None:
    job = dataclasses.replace(senior_job.copy(), company="Δέλτα Πληρωμές", location="Київ")
    text = "\n".join("\n".join(lines) for lines in page_lines(build_pdf(document_spec(job))))
    assert "Δέλτα Πληρωμές" in text
    assert "Київ" in text
