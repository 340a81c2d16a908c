"""Decide what a file really is from its first bytes, and refuse a mismatch."""

from __future__ import annotations

from pathlib import PurePath

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.reading.limits import MAX_FILE_BYTES

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".pdf", ".docx", ".txt", ".md", ".json"})

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_EXPECTED = {
    ".pdf": "application/pdf",
    ".docx": _DOCX,
    ".json": "application/json",
    ".txt": "text/plain",
    ".md": "text/markdown",
}
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / encrypted Office files


def _looks_like(data: bytes) -> str:
    """A short human name for what the bytes look like, for error messages."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "a PDF"
    if head.startswith(_ZIP_MAGIC):
        return "a ZIP archive"
    if head.startswith(_OLE_MAGIC):
        return "a legacy Word (.doc) or encrypted Office file"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "an image"
    return "text or unknown data"


def sniff_media_type(data: bytes, filename: str) -> str:
    """The media type of `data`, checked against the suffix of `filename`.

    Raises:
        DocumentError: unsupported suffix, empty or oversized file, or content
            that does not match the suffix.
    """
    path = PurePath(filename)
    name = path.name or filename
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise DocumentError(
            f"{name}: unsupported file type '{suffix or 'none'}' (supported: {supported})"
        )
    if not data:
        raise DocumentError(f"{name}: the file is empty (0 bytes)")
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(
            f"{name}: the file is {len(data) / 1_048_576:.1f} MB, over the "
            f"{MAX_FILE_BYTES // 1_048_576} MB limit for one resume"
        )
    found = _looks_like(data)
    expected = _EXPECTED[suffix]
    if suffix == ".pdf" and found != "a PDF":
        raise DocumentError(
            f"{name}: not a PDF although named .pdf (the content looks like {found})"
        )
    if suffix == ".docx" and found != "a ZIP archive":
        raise DocumentError(
            f"{name}: not a valid DOCX (a DOCX is a ZIP archive; the content looks like {found})"
        )
    if suffix in (".txt", ".md", ".json") and found != "text or unknown data":
        raise DocumentError(f"{name}: named {suffix} but the content looks like {found}")
    return expected
