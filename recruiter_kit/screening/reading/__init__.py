"""Turn a resume file's bytes into plain text in reading order.

Every reader raises `DocumentError` with a message that names the file and the
problem; nothing here hangs on a hostile file, because size and page limits are
checked before the expensive work starts.
"""

from __future__ import annotations

import re

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.core.text import without_lone_surrogates
from recruiter_kit.screening.reading.limits import (
    MAX_FILE_BYTES,
    MAX_LINKS,
    MAX_PAGES,
    MAX_TEXT_CHARS,
)
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
    document.pages = [_displayable(page) for page in _within(document.pages, MAX_TEXT_CHARS)]
    document.links = [_displayable(link) for link in document.links[:MAX_LINKS]]
    return document


def _within(pages: list[str], limit: int) -> list[str]:
    """The pages cut to `limit` characters together, as every reader cuts its text."""
    kept: list[str] = []
    for page in pages:
        if limit <= 0:
            break
        kept.append(page[:limit])
        limit -= len(page)
    return kept


def _displayable(text: str) -> str:
    """`text` that every store, window and terminal shows as the file meant it.

    A JSON escape or a producer's broken character map can leave half of a
    surrogate pair, which no UTF-8 store or display accepts. Control characters
    are dropped too: a terminal escape sequence in a name would recolour or
    rewrite the command's output, and a bell or NUL shows as nothing anywhere.
    """
    text = without_lone_surrogates(text)
    if _CONTROL.search(text) is None:  # nearly every document: one scan in C
        return text
    text = _TERMINAL_SEQUENCE.sub("", text)
    return _CONTROL.sub(lambda match: _CONTROL_REPLACEMENTS.get(match[0], " "), text)


# C0 and C1 control characters but tab, newline and carriage return, and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")
# An ANSI escape sequence: ESC [ parameters, or ESC and one character.
_TERMINAL_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-_])")
# A NUL sits between the letters of a mis-decoded UTF-16 text, and pdfium marks
# where a word was hyphenated at a line end with STX ("Un\x02dergraduate");
# vertical tab and form feed break lines (Word writes a manual line break as a
# vertical tab).
_CONTROL_REPLACEMENTS = {"\x00": "", "\x02": "", "\x0b": "\n", "\x0c": "\n"}


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
