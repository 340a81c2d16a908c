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
#: Most bytes the compressed streams of a PDF, images aside, may inflate to (16 MB).
#: Resumes measured 0.1 to 0.3 MB; pdfium holds about twenty times a content
#: stream's size in memory while it parses the page, and cannot be interrupted.
MAX_PDF_INFLATED_BYTES = 16 * 1024 * 1024
#: Most drawing objects (text runs, paths, images) on all pages of one PDF together.
#: The densest resume measured drew 5,400 on one page; pdfium needs about 0.8 s to
#: extract the text of 100,000 and its time grows faster than the count from there.
MAX_PDF_OBJECTS = 100_000
#: Most characters on one PDF page. The densest resume page measured held 5,300;
#: the glued-words repair and the reference reader walk a page character by character.
MAX_PAGE_CHARS = 50_000
#: Most link targets kept from one document. A resume links a handful of profiles;
#: a file with thousands would only slow the contact search down.
MAX_LINKS = 200
#: Most characters of a Markdown file parsed as Markdown. The parser takes up to
#: 15 microseconds a character on list- or table-heavy text (6 s for 400,000);
#: Markdown resumes measured stay under 20,000.
MAX_MARKDOWN_CHARS = 100_000
#: Most drawing objects on a page whose run-together words the reference reader
#: re-reads. pdfplumber took a second for 1,000 overdrawn runs of 28 letters; the
#: densest resume page measured drew 5,400 objects.
MAX_REREAD_OBJECTS = 6_000
