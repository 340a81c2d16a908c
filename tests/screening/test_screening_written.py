""" "Present" on a resume means when it was written, taken from the file's own metadata."""

from __future__ import annotations

import io
from datetime import date, datetime

import docx

from recruiter_kit.screening.reading.model import RawDocument
from recruiter_kit.screening.reading.written import pdf_date, pdf_written, plausible
from recruiter_kit.screening.screener import Screener

TODAY = date(2026, 11, 20)
RESUME = [
    "Robin Example",
    "robin@example.com",
    "Experience",
    "Backend Engineer, Example Ltd, August 2018 - Present",
    "- Built REST APIs in Python on PostgreSQL",
    "Skills",
    "Python, PostgreSQL",
]


def docx_resume(saved: datetime | None) -> bytes:
    document = docx.Document()
    for line in RESUME:
        document.add_paragraph(line)
    document.core_properties.modified = saved
    document.core_properties.created = saved
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_pdf_dates_are_parsed_leniently() -> None:
    assert pdf_date("D:20190530175600+02'00'") == date(2019, 5, 30)
    assert pdf_date(b"D:2015") == date(2015, 1, 1)
    assert pdf_date("20240616051326Z") == date(2024, 6, 16)
    assert pdf_date("D:20191399") is None
    assert pdf_date("yesterday") is None
    assert pdf_date(None) is None
    assert pdf_written({"CreationDate": "D:20170316", "ModDate": "D:20180101"}) == date(2018, 1, 1)


def test_implausible_dates_are_ignored() -> None:
    assert plausible(date(1980, 1, 1), TODAY) is None
    assert plausible(date(2030, 1, 1), TODAY) is None
    assert plausible(date(2019, 5, 30), TODAY) == date(2019, 5, 30)


def test_an_old_resume_counts_years_up_to_when_it_was_written() -> None:
    screener = Screener()
    result = screener.analyse(
        RawDocument("text/plain", ["\n".join(RESUME)], written=date(2019, 5, 30)), today=TODAY
    )
    assert result.years_experience is not None and result.years_experience < 1.5
    assert result.level == "junior"
    fresh = screener.analyse(RawDocument("text/plain", ["\n".join(RESUME)]), today=TODAY)
    assert fresh.years_experience is not None and fresh.years_experience > 8
    assert fresh.level == "senior"


def test_a_saved_date_older_than_the_resume_itself_is_not_believed() -> None:
    result = Screener().analyse(
        RawDocument("text/plain", ["\n".join(RESUME)], written=date(2000, 1, 1)), today=TODAY
    )
    assert result.years_experience is not None and result.years_experience > 8


def test_docx_metadata_reaches_the_screening() -> None:
    result = Screener().screen_bytes(docx_resume(datetime(2019, 5, 30, 12, 0)), "robin.docx")
    assert result.status == "ok"
    assert result.years_experience is not None and result.years_experience < 1.5
