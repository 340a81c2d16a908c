"""What a reader hands to the rest of screening."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from recruiter_kit.core.errors import DocumentError

#: Link schemes kept as they are written: an e-mail address or a phone number behind a link.
CONTACT_SCHEMES = ("mailto:", "tel:")


@dataclass(slots=True)
class RawDocument:
    """Text in reading order, one string per page (one page for non-paged formats)."""

    media_type: str
    pages: list[str]
    #: Link targets behind the text (a DOCX hyperlink shows "GitHub", its URL is here).
    links: list[str] = field(default_factory=list)
    #: When the file was last saved, from its metadata: what "Present" meant to its writer.
    written: date | None = None
    #: Whether a layout may have wrapped its lines at the margin. A structured format's
    #: lines are its fields ("Backend Engineer, Acme | 2019 - Present" above a summary
    #: that opens in lower case) and are never joined as wrapped text.
    may_wrap: bool = True

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


class NeedsOcr(DocumentError):
    """The document is an image (a scan): there is no text to read without OCR."""
