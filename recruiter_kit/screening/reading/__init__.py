"""Turn a resume file's bytes into plain text in reading order.

Every reader raises `DocumentError` with a message that names the file and the
problem; nothing here hangs on a hostile file, because size and page limits are
checked before the expensive work starts.
"""

from __future__ import annotations

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.core.text import without_lone_surrogates
from recruiter_kit.screening.reading.limits import MAX_FILE_BYTES, MAX_PAGES
from recruiter_kit.screening.reading.model import NeedsOcr, RawDocument
from recruiter_kit.screening.reading.sniff import SUPPORTED_SUFFIXES, sniff_media_type

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PAGES",
    "SUPPORTED_SUFFIXES",
    "DocumentError",
    "NeedsOcr",
    "RawDocument",
    "read_document",
    "sniff_media_type",
]


def read_document(data: bytes, filename: str, *, pdf_reader: str = "fast") -> RawDocument:
    """Read one document of any supported kind.

    Args:
        data: the file's bytes.
        filename: the name shown in messages; its suffix says what the file claims to be.
        pdf_reader: "fast" (pypdfium2) or "reference" (pdfplumber) for PDFs.

    Raises:
        DocumentError: the file cannot be read; the message says why.
        NeedsOcr: a PDF carries no extractable text (a scan).
    """
    document = _read(data, filename, pdf_reader)
    # A JSON escape or a producer's broken character map can leave half of a
    # surrogate pair in the text, which no UTF-8 store or display accepts.
    document.pages = [without_lone_surrogates(page) for page in document.pages]
    document.links = [without_lone_surrogates(link) for link in document.links]
    return document


def _read(data: bytes, filename: str, pdf_reader: str) -> RawDocument:
    media_type = sniff_media_type(data, filename)
    if media_type == "application/pdf":
        if pdf_reader == "reference":
            from recruiter_kit.screening.reading.pdf_reference import read_pdf_reference

            return read_pdf_reference(data, filename)
        from recruiter_kit.screening.reading.pdf import read_pdf

        return read_pdf(data, filename)
    if media_type == DOCX_TYPE:
        from recruiter_kit.screening.reading.docx import read_docx

        return read_docx(data, filename)
    if media_type == "application/json":
        from recruiter_kit.screening.reading.jsonresume import read_json_resume

        return read_json_resume(data, filename)
    from recruiter_kit.screening.reading.text import read_text

    return read_text(data, filename, media_type)


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
