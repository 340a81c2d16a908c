"""Fictional resumes built by the tests: PDFs with reportlab, DOCX with python-docx.

Every person, employer and figure here is invented for the tests.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table

from recruiter_kit.screening.results import ScreeningResult
from recruiter_kit.screening.screener import Screener

WIDTH, HEIGHT = A4

HEADER = [
    "Marta Quill",
    "Backend Engineer",
    "marta.quill@example.com | +1 415 555 0142 | linkedin.com/in/martaquill",
]

EXPERIENCE = [
    "Experience",
    "Senior Backend Engineer, Fernhill Payments",
    "Jan 2019 - Present",
    "• Built REST APIs in Go backed by PostgreSQL serving 4,000 requests per second",
    "• Cut p99 latency from 900 ms to 120 ms by adding Redis caching",
    "• Carried the on-call rotation and wrote postmortems for every incident",
    "Backend Engineer, Lantern Logistics",
    "Jun 2016 - Dec 2019",
    "• Wrote integration tests and a CI/CD pipeline on GitHub Actions",
    "• Helped with the migration of reports to Kafka",
]
SKILLS = [
    "Skills",
    "Languages: Go, Python, SQL",
    "Datastores: PostgreSQL, Redis, Cassandra",
    "Cloud: AWS, Kubernetes, Docker",
]
EDUCATION = ["Education", "B.Sc. Computer Science, Northgate University", "Sep 2012 - Jun 2016"]

SINGLE_COLUMN = [
    *HEADER,
    "Summary",
    "Backend engineer who builds payment services.",
    *EXPERIENCE,
    *SKILLS,
    *EDUCATION,
]


def _canvas(buffer: io.BytesIO, encrypt: StandardEncryption | None = None) -> Canvas:
    canvas = Canvas(buffer, pagesize=A4, encrypt=encrypt, invariant=1)
    canvas.setFont("Helvetica", 10)
    return canvas


def _write_lines(
    canvas: Canvas, lines: Sequence[str], x: float, top: float, step: float = 14
) -> float:
    y = top
    for line in lines:
        canvas.drawString(x, y, line)
        y -= step
    return y


def single_column_pdf(
    lines: Sequence[str] = SINGLE_COLUMN, *, encrypt: StandardEncryption | None = None
) -> bytes:
    buffer = io.BytesIO()
    canvas = _canvas(buffer, encrypt)
    _write_lines(canvas, lines, 60, HEIGHT - 60)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


LEFT_COLUMN = [
    "Skills",
    "Go",
    "Python",
    "PostgreSQL",
    "Redis",
    "Kubernetes",
    "Education",
    "Northgate University",
    "B.Sc. 2016",
    "Links",
    "github.com/martaquill",
]
RIGHT_COLUMN = EXPERIENCE


def two_column_pdf(*, interleave: bool = True) -> bytes:
    """A header across the page, then a narrow left column and a wide right column.

    With `interleave` the content stream alternates between the columns line by
    line, so only a column-aware reader gets the reading order right.
    """
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    _write_lines(canvas, HEADER, 60, HEIGHT - 50)
    top = HEIGHT - 120
    rows = max(len(LEFT_COLUMN), len(RIGHT_COLUMN))
    if interleave:
        for index in range(rows):
            if index < len(LEFT_COLUMN):
                canvas.drawString(40, top - 14 * index, LEFT_COLUMN[index])
            if index < len(RIGHT_COLUMN):
                canvas.drawString(200, top - 14 * index, RIGHT_COLUMN[index])
    else:
        _write_lines(canvas, LEFT_COLUMN, 40, top)
        _write_lines(canvas, RIGHT_COLUMN, 200, top)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def table_pdf() -> bytes:
    """Section names in a left table column, their content in the right one."""
    buffer = io.BytesIO()
    rows = [
        ["Marta Quill", "marta.quill@example.com"],
        [
            "Experience",
            "Backend Engineer, Fernhill Payments\nJan 2019 - Present\n"
            "Built REST APIs in Go and PostgreSQL",
        ],
        ["Skills", "Go, Python, PostgreSQL, Redis"],
        ["Education", "Northgate University, 2016"],
    ]
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([Table(rows, colWidths=[100, 360])])
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A 'scan': shapes and no text at all."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    for index in range(20):
        canvas.rect(60, HEIGHT - 80 - 30 * index, 400, 12, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def many_pages_pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    for page in range(pages):
        canvas.drawString(60, HEIGHT - 60, f"Page {page + 1} of a very long document")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    """Encrypted with an owner password; `user_password` "" opens without asking."""
    return single_column_pdf(
        encrypt=StandardEncryption(user_password, ownerPassword="owner-secret", strength=128)
    )


_TEXT_BOX_XML = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
    "<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:textbox><w:txbxContent>"
    "<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def resume_docx(*, table_layout: bool = False, text_box: str | None = None) -> bytes:
    """A DOCX resume; `table_layout` puts section names and content in a two-cell table."""
    import docx
    from lxml import etree

    document = docx.Document()
    for line in HEADER:
        document.add_paragraph(line)
    sections = [EXPERIENCE, SKILLS, EDUCATION]
    if table_layout:
        table = document.add_table(rows=len(sections), cols=2)
        for row, section in zip(table.rows, sections, strict=True):
            row.cells[0].text = section[0]
            row.cells[1].text = section[1]
            for line in section[2:]:
                row.cells[1].add_paragraph(line)
    else:
        for section in sections:
            for line in section:
                document.add_paragraph(line)
    if text_box is not None:
        anchor = document.add_paragraph()
        anchor._p.append(etree.fromstring(_TEXT_BOX_XML.format(text=text_box)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb_docx() -> bytes:
    """A 'DOCX' whose document part unpacks to 40 MB of zeros from a few kilobytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (40 * 1024 * 1024))
    return buffer.getvalue()


JSON_RESUME = {
    "basics": {
        "name": "Marta Quill",
        "label": "Backend Engineer",
        "email": "marta.quill@example.com",
        "phone": "+1 415 555 0142",
        "profiles": [{"network": "GitHub", "url": "https://github.com/martaquill"}],
    },
    "work": [
        {
            "name": "Fernhill Payments",
            "position": "Senior Backend Engineer",
            "startDate": "2019-01-01",
            "highlights": ["Built REST APIs in Go backed by PostgreSQL"],
        }
    ],
    "skills": [{"name": "Languages", "keywords": ["Go", "Python"]}],
}


def glued_pdf() -> bytes:
    """Words placed one by one with a narrow gap and no space characters, as some
    producers write them; pdfium alone runs most of them together."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = [
        "Developed",
        "web",
        "based",
        "applications",
        "using",
        "ASP.Net",
        "and",
        "JavaScript",
        "with",
        "a",
        "SQL",
        "Server",
        "database",
        "for",
        "the",
        "tutoring",
        "team",
        "at",
        "the",
        "university",
    ]
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    for row in range(12):
        x = 40.0
        for word in words:
            canvas.drawString(x, HEIGHT - 60 - 14 * row, word)
            x += stringWidth(word, "Helvetica", 10) + 1.6
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def skill_names(screener: Any, text: str) -> set[str]:
    """The skills screening finds in a plain-text resume (which must read without error)."""
    result = screener.screen_bytes(text.encode(), "resume.txt")
    assert result.status == "ok", result.error
    return {hit.name for hit in result.skills}


def screen(screener: Screener, text: str) -> ScreeningResult:
    """Screen a plain-text resume written in a test."""
    return screener.screen_bytes(text.encode(), "cv.txt")


def green_ids(screener: Screener, text: str) -> set[str]:
    """The ids of the green flags a plain-text resume raises."""
    return {flag.id for flag in screen(screener, text).green_flags}


def yellow_ids(screener: Screener, text: str) -> set[str]:
    """The ids of the yellow flags a plain-text resume raises."""
    return {flag.id for flag in screen(screener, text).yellow_flags}


def green_for_bullet(screener: Screener, bullet: str) -> set[str]:
    """The green flags raised by one bullet under a dated backend job."""
    job = "Experience\nBackend Engineer, Ledgerline, 2018 - 2024"
    return green_ids(screener, f"{job}\n• {bullet}\n")


def spans(screener: Screener, dated_line: str) -> list[tuple[str | None, str | None]]:
    """The (start, end) of each job read from one dated line under a job title."""
    result = screen(screener, f"Ana Ruiz\nExperience\nBackend Developer, Acme\n{dated_line}\n")
    return [(entry.start, entry.end) for entry in result.experience]
