"""Documented limits that keep one hostile or huge file from stalling a batch.

A resume is rarely over 1 MB or 5 pages; the limits leave generous room above
that and still stop before a file can eat the machine.
"""

from __future__ import annotations

#: Largest file accepted, in bytes (20 MB).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Most pages read from one PDF.
MAX_PAGES = 40
#: Most bytes a DOCX may unpack to; more is treated as a zip bomb.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
#: Highest compression ratio accepted for one DOCX member (zip bombs run to 1000:1).
MAX_COMPRESSION_RATIO = 200
#: Most members in a DOCX archive.
MAX_ZIP_MEMBERS = 5000
#: Most characters of text kept from one document.
MAX_TEXT_CHARS = 400_000
