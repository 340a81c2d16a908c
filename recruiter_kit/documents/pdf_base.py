"""Reusable reportlab pieces: fonts, paragraph styles, page furniture, bullets.

Every printable document in the app (job descriptions now, interview guides
later) uses these so they share one look: a sans-serif body at 10 pt, a clear
heading scale, page numbers "Page n of m" in the footer and PDF metadata.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus import Paragraph as RLParagraph

PAGE_SIZE = A4
MARGIN = 20 * mm
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#C8D3DF")

# Helvetica covers Latin-1 plus the typographic characters of Windows-1252;
# anything beyond (names in Greek, Cyrillic, ...) needs an embedded TrueType font.
_UNICODE_FONT_FILES = (
    ("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    # What Windows and macOS bring, where neither of the above is installed.
    ("Arial", "arial.ttf", "arialbd.ttf"),
    ("Arial", "Arial.ttf", "Arial Bold.ttf"),
)
_FONT_FOLDERS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
    Path("C:/Windows/Fonts"),
)


@dataclass(frozen=True, slots=True)
class FontPair:
    regular: str
    bold: str


BASE_FONTS = FontPair("Helvetica", "Helvetica-Bold")


def fonts_for(texts: Iterable[str]) -> FontPair:
    """Helvetica when every character fits its encoding, else an embedded Unicode font."""
    for text in texts:
        try:
            text.encode("cp1252")
        except UnicodeEncodeError:
            return _unicode_fonts() or BASE_FONTS
    return BASE_FONTS


@cache
def _unicode_fonts() -> FontPair | None:
    for family, regular, bold in _UNICODE_FONT_FILES:
        for folder in _FONT_FOLDERS:
            if (folder / regular).is_file() and (folder / bold).is_file():
                pdfmetrics.registerFont(TTFont(family, str(folder / regular)))
                pdfmetrics.registerFont(TTFont(f"{family}-Bold", str(folder / bold)))
                return FontPair(family, f"{family}-Bold")
    return None


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle


@cache
def styles(fonts: FontPair = BASE_FONTS) -> Styles:
    """The shared paragraph styles for one font pair."""
    body = ParagraphStyle(
        "Body",
        fontName=fonts.regular,
        fontSize=10,
        leading=14.5,
        alignment=TA_LEFT,
        spaceAfter=5,
        textColor=colors.black,
    )
    return Styles(
        title=ParagraphStyle(
            "Title",
            parent=body,
            fontName=fonts.bold,
            fontSize=21,
            leading=26,
            textColor=ACCENT,
            spaceAfter=5,
        ),
        subtitle=ParagraphStyle(
            "Subtitle",
            parent=body,
            fontSize=10.5,
            leading=15,
            textColor=MUTED,
            spaceAfter=1,
        ),
        heading=ParagraphStyle(
            "Heading",
            parent=body,
            fontName=fonts.bold,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=13,
            spaceAfter=5,
            keepWithNext=1,
        ),
        body=body,
        bullet=ParagraphStyle(
            "Bullet",
            parent=body,
            leftIndent=14,
            bulletIndent=3,
            spaceAfter=3,
            bulletFontName=fonts.regular,
        ),
        label=ParagraphStyle("Label", parent=body, fontName=fonts.bold, spaceAfter=3),
    )


def markup(text: str) -> str:
    """Escape text for a reportlab Paragraph, keeping the writer's line breaks."""
    return escape(text).replace("\n", "<br/>")


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """One Paragraph per blank-line separated block of `text`."""
    blocks = [block.strip() for block in text.split("\n\n")]
    return [RLParagraph(markup(block), style) for block in blocks if block]


def bullets(items: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    return [RLParagraph(markup(item), style, bulletText="\u2022") for item in items]


def keep_heading_with_next(heading: Flowable, body: list[Flowable]) -> list[Flowable]:
    """Glue a heading to the first flowable after it so no page ends on a heading."""
    if not body:
        return [heading]
    return [KeepTogether([heading, body[0]]), *body[1:]]


class NumberedCanvas(pdf_canvas.Canvas):
    """A canvas that knows the page count when it draws each footer.

    reportlab draws a page before it knows how many follow, so the pages are
    held back and their footers drawn once the document is complete.
    """

    footer_text = ""
    footer_font = BASE_FONTS.regular

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _ = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        self.setFont(self.footer_font, 8.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, 9.5 * mm, self.footer_text[:90])
        self.drawRightString(width - MARGIN, 9.5 * mm, f"Page {self._pageNumber} of {total}")
        self.restoreState()


def numbered_canvas(footer_text: str, fonts: FontPair) -> type[NumberedCanvas]:
    """A canvas class whose footer shows `footer_text` and the page numbers."""
    return type(
        "FooterCanvas",
        (NumberedCanvas,),
        {"footer_text": footer_text, "footer_font": fonts.regular},
    )
