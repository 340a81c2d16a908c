"""A printable table report: a title, a line about it, and a table that runs over pages.

Landscape, so a row of a dozen short columns fits; every cell wraps, the
header row repeats on each page, and the footer numbers the pages, as in
every other document the app prints (`pdf_base`).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from recruiter_kit.documents.pdf_base import (
    MARGIN,
    PAGE_SIZE,
    RULE,
    fonts_for,
    markup,
    numbered_canvas,
    styles,
)

_PAGE = landscape(PAGE_SIZE)
# The frame keeps 6 pt of padding on each side; a table as wide as the frame lines up.
_WIDTH = _PAGE[0] - 2 * MARGIN - 12
_HEADER_FILL = colors.HexColor("#EEF3F8")
_STRIPE = colors.HexColor("#F7F9FB")
# More than a printed page's cell can show; the rest of a longer cell is left out.
_MAX_CELL_CHARS = 2_000


@dataclass(frozen=True, slots=True)
class TableReport:
    """What one report prints. `weights` share the page's width among the columns."""

    title: str
    subtitle: str
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    weights: Sequence[float]
    footer: str = ""


def build_table_pdf(report: TableReport) -> bytes:
    """The report as the bytes of a PDF."""
    texts = [report.title, report.subtitle, *report.header]
    texts += [cell for row in report.rows for cell in row]
    fonts = fonts_for(texts)
    look = styles(fonts)
    cell = ParagraphStyle("Cell", parent=look.body, fontSize=8, leading=10, spaceAfter=0)
    head = ParagraphStyle("HeadCell", parent=cell, fontName=fonts.bold)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=_PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=20 * mm,
        title=report.title,
        creator="Recruiter Kit",
    )
    total = sum(report.weights)
    widths = [_WIDTH * weight / total for weight in report.weights]
    data = [[Paragraph(markup(text), head) for text in report.header]]
    for row in report.rows:
        data.append([Paragraph(markup(text[:_MAX_CELL_CHARS]), cell) for text in row])
    # A row taller than a page (a job listing a hundred missing skills) goes on over the
    # next page; without it reportlab gives up on the whole document.
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    stripes = [("BACKGROUND", (0, row), (-1, row), _STRIPE) for row in range(2, len(data), 2)]
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *stripes,
            ]
        )
    )
    story = [
        Paragraph(markup(report.title), look.title),
        Paragraph(markup(report.subtitle), look.subtitle),
        Spacer(1, 4 * mm),
        table,
    ]
    document.build(story, canvasmaker=numbered_canvas(report.footer or report.title, fonts))
    return buffer.getvalue()
