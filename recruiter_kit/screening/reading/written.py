"""When a document was written, from its own metadata.

A resume's "Present" means the day it was written, not the day it is read: an
old resume read today would otherwise gain every year since. PDF and DOCX files
record when they were last saved; that date, when it is plausible, stands in for
"Present".
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pypdfium2 as pdfium

# Before this a date in metadata is a producer's placeholder, not a resume's.
EARLIEST_PLAUSIBLE = date(1995, 1, 1)
_PDF_DATE = re.compile(r"^(?:D:)?(?P<year>\d{4})(?P<month>\d{2})?(?P<day>\d{2})?")


def pdf_date(value: object) -> date | None:
    """A PDF date string ("D:20190530175600+02'00'") as a date, or None."""
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    if not isinstance(value, str):
        return None
    match = _PDF_DATE.match(value.strip())
    if match is None:
        return None
    try:
        return date(int(match["year"]), int(match["month"] or 1), int(match["day"] or 1))
    except ValueError:
        return None


def pdf_written(metadata: dict[str, object]) -> date | None:
    """The last-saved date of a PDF from its metadata dictionary."""
    return plausible(pdf_date(metadata.get("ModDate")) or pdf_date(metadata.get("CreationDate")))


def pdf_document_written(document: pdfium.PdfDocument) -> date | None:
    """The last-saved date of an open PDF, as `pdf_written` finds it in the metadata.

    Only the two dates are read, and the creation date only when the modification
    date gives none: each metadata key costs two calls into pdfium, and the whole
    dictionary (eight keys) was a tenth of the fast reader's own work.
    """
    return plausible(
        pdf_date(document.get_metadata_value("ModDate"))
        or pdf_date(document.get_metadata_value("CreationDate"))
    )


def pdf_written_from_bytes(data: bytes) -> date | None:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        return pdf_document_written(document)
    finally:
        document.close()


def docx_written(modified: datetime | None, created: datetime | None) -> date | None:
    stamp = modified or created
    return plausible(stamp.date()) if stamp is not None else None


def plausible(value: date | None, today: date | None = None) -> date | None:
    """`value` if it could be when a resume was written, else None."""
    if value is None:
        return None
    if value < EARLIEST_PLAUSIBLE or value > (today or date.today()):
        return None
    return value
