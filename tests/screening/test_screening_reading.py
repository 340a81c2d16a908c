"""Reading resumes of every supported kind, and refusing bad files with a clear message."""

from __future__ import annotations

import io
import json

import pytest
import screening_fixtures as fx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.normalize import normalize_text
from recruiter_kit.screening.reading import (
    MAX_FILE_BYTES,
    MAX_PAGES,
    SUPPORTED_SUFFIXES,
    NeedsOcr,
    read_document,
    sniff_media_type,
)
from recruiter_kit.screening.screener import Screener


def lines_of(data: bytes, name: str, reader: str = "fast") -> list[str]:
    return normalize_text(read_document(data, name, pdf_reader=reader).text).split("\n")


def test_supported_suffixes() -> None:
    assert {".pdf", ".docx", ".txt", ".md", ".json"} == SUPPORTED_SUFFIXES


@pytest.mark.parametrize("reader", ["fast", "reference"])
def test_single_column_pdf_keeps_line_order(reader: str) -> None:
    lines = lines_of(fx.single_column_pdf(), "cv.pdf", reader)
    assert lines[0] == "Marta Quill"
    assert lines.index("Experience") < lines.index("Skills") < lines.index("Education")


@pytest.mark.parametrize("reader", ["fast", "reference"])
def test_two_column_pdf_is_read_column_by_column(reader: str) -> None:
    lines = lines_of(fx.two_column_pdf(interleave=True), "two.pdf", reader)
    left = [
        lines.index(item)
        for item in ("Go", "Python", "PostgreSQL", "Kubernetes", "Northgate University")
    ]
    right = [
        lines.index(item) for item in ("Experience", "Jan 2019 - Present", "Jun 2016 - Dec 2019")
    ]
    assert left == sorted(left) and right == sorted(right)
    # The whole left column comes before the right one, not interleaved line by line.
    assert max(left) < min(right)
    assert lines[0] == "Marta Quill"


_CONTACT = "jordan@example.com | +1 555 010 2000"


def _sidebar_pdf(side: list[str], main: list[str], main_x: float) -> bytes:
    """A contact line over a sidebar and a main column, the columns drawn row by row."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(40, 790, "Marta Quill")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(40, 770, _CONTACT)  # its glyphs end at x = 220.5
    canvas.setFont("Helvetica", 9.5)
    for row in range(max(len(side), len(main))):
        if row < len(side):
            canvas.drawString(40, 730 - 14 * row, side[row])
        if row < len(main):
            canvas.drawString(main_x, 730 - 14 * row, main[row])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _right_of(lines: list[str], gap: float) -> float:
    return 40 + max(stringWidth(line, "Helvetica", 9.5) for line in lines) + gap


_SIDE = ["SKILLS", "Python, Go, PostgreSQL", "Kubernetes, Kafka, Redis", "Docker, Terraform"]
_SIDE += ["EDUCATION", "B.Sc. Computer Science", "State University, 2015", "LANGUAGES"]
_SIDE += ["English, German", "INTERESTS", "Climbing, chess", "Open source"]
_MAIN = ["EXPERIENCE", "Senior Backend Engineer, Acme", "Jan 2020 - Present"]
_MAIN += ["• Built the payments API in Go", "• Ran the on-call rotation", "• Moved billing"]
_MAIN += ["Backend Engineer, Globex", "Mar 2016 - Dec 2019", "• Designed REST APIs in Python"]
_MAIN += ["• Added integration tests", "• Cut page load time by 35%", "• Fixed reporting bugs"]


@pytest.mark.parametrize("reader", ["fast", "reference"])
@pytest.mark.parametrize(
    "main_x",
    [
        # The contact line above ends a point and a half left of the main column: a
        # gutter tried every few points landed on the column's first letters ("SKILLS E").
        222.0,
        # 10 points from the sidebar's longest line, on the same rows: less than a word
        # space joins text into one run, so the columns stay apart.
        _right_of(_SIDE, 10.0),
    ],
    ids=["contact-line-1.5pt", "gutter-10pt"],
)
def test_a_narrow_gutter_keeps_the_columns_apart(reader: str, main_x: float) -> None:
    lines = lines_of(_sidebar_pdf(_SIDE, _MAIN, main_x), "narrow.pdf", reader)
    assert [line for line in lines if line in _SIDE + _MAIN] == _SIDE + _MAIN
    assert all(len(line) > 3 for line in lines)  # no letter cut off on a line of its own


def test_fast_and_reference_readers_agree_on_two_columns(screener: Screener) -> None:
    data = fx.two_column_pdf(interleave=True)
    fast = screener.screen_bytes(data, "two.pdf")
    reference = Screener(screener.taxonomy, screener.rules, pdf_reader="reference").screen_bytes(
        data, "two.pdf"
    )
    assert {(s.name, s.evidenced) for s in fast.skills} == {
        (s.name, s.evidenced) for s in reference.skills
    }
    assert [f.id for f in fast.green_flags] == [f.id for f in reference.green_flags]


def test_table_pdf_keeps_label_and_content_rows_together() -> None:
    text = read_document(fx.table_pdf(), "table.pdf").text
    assert "Built REST APIs in Go and PostgreSQL" in text
    assert text.index("Experience") < text.index("Fernhill") < text.index("Skills")


def test_docx_paragraphs_tables_and_text_box_read_once() -> None:
    data = fx.resume_docx(table_layout=True, text_box="Certified Kubernetes Administrator")
    lines = lines_of(data, "cv.docx")
    assert lines[0] == "Marta Quill"
    assert lines.index("Experience") < lines.index("Senior Backend Engineer, Fernhill Payments")
    assert lines.index("Skills") < lines.index("Languages: Go, Python, SQL")
    # The text box is stored twice (DrawingML and its VML fallback) but read once.
    assert lines.count("Certified Kubernetes Administrator") == 1


def test_json_resume_becomes_sections(screener: Screener) -> None:
    result = screener.screen_bytes(json.dumps(fx.JSON_RESUME).encode(), "cv.json")
    assert result.status == "ok"
    assert result.contact.name == "Marta Quill"
    assert "experience" in result.sections and "skills" in result.sections
    assert {"Go", "PostgreSQL", "REST"} <= {s.name for s in result.skills}


def test_markdown_loses_markup_keeps_text() -> None:
    data = b"# Marta Quill\n\n## Experience\n- Built **REST** APIs in [Go](https://go.dev)\n"
    document = read_document(data, "cv.md")
    assert "Marta Quill" in document.text and "# " not in document.text
    assert "**" not in document.text
    assert "• Built REST APIs in Go" in document.text
    assert document.links == ["https://go.dev"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Zoë Ångström, Python".encode(), "Zoë Ångström"),
        ("Zoë Ångström, Python".encode("cp1252"), "Zoë Ångström"),
        ("Zoë Ångström, Python".encode("utf-16"), "Zoë Ångström"),
        # Without a byte order mark, as some Windows tools save text.
        ("Zoë Ångström, Python".encode("utf-16-le"), "Zoë Ångström"),
        ("Zoë Ångström, Python".encode("utf-16-be"), "Zoë Ångström"),
    ],
)
def test_text_encodings(data: bytes, expected: str) -> None:
    assert expected in read_document(data, "cv.txt").text


def test_json_resume_in_utf16_without_a_byte_order_mark() -> None:
    data = '{"basics": {"name": "Zoë Ångström", "email": "zoe@example.com"}}'.encode("utf-16-le")
    assert "Zoë Ångström" in read_document(data, "cv.json").text


def test_utf16_that_does_not_decode_is_refused_with_its_reason(screener: Screener) -> None:
    # NULs in every odd byte, then a lone low surrogate (U+DC41): not valid UTF-16.
    data = "Python developer".encode("utf-16-le") + b"\x41\xdc"
    result = screener.screen_bytes(data, "cv.txt")
    assert result.status == "error"
    assert "cv.txt" in result.error and "UTF-16 without a byte order mark" in result.error


BAD_FILES = [
    ("empty.pdf", b"", "empty"),
    ("corrupt.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n garbage", "corrupt or truncated"),
    ("text.pdf", b"Just a plain text resume", "not a PDF"),
    ("pdf.docx", b"%PDF-1.4 fake", "not a valid DOCX"),
    ("notzip.docx", b"Plain words, not a zip archive", "not a valid DOCX"),
    ("pdf.txt", b"%PDF-1.7 binary", "looks like a PDF"),
    ("binary.txt", bytes(range(256)) * 4, "unknown encoding"),
    ("broken.json", b"{not json", "not valid JSON"),
    ("other.json", b"[1, 2, 3]", "not a JSON Resume"),
    ("photo.png", b"\x89PNG....", "unsupported file type"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES)
def test_bad_files_give_a_clear_error(
    screener: Screener, name: str, data: bytes, message: str
) -> None:
    result = screener.screen_bytes(data, name)
    assert result.status == "error"
    assert name in result.error and message in result.error


def test_truncated_pdf(screener: Screener) -> None:
    data = fx.single_column_pdf()
    result = screener.screen_bytes(data[: len(data) // 3], "truncated.pdf")
    assert result.status == "error"
    assert "truncated.pdf" in result.error


def test_encrypted_pdf_with_a_password_is_refused(screener: Screener) -> None:
    result = screener.screen_bytes(fx.encrypted_pdf("secret"), "locked.pdf")
    assert result.status == "error"
    assert "locked.pdf" in result.error and "encrypted" in result.error


@pytest.mark.parametrize("reader", ["fast", "reference"])
def test_encrypted_pdf_with_empty_user_password_is_read(reader: str) -> None:
    text = read_document(fx.encrypted_pdf(""), "owner-only.pdf", pdf_reader=reader).text
    assert "Marta Quill" in text


def test_image_only_pdf_needs_ocr(screener: Screener) -> None:
    result = screener.screen_bytes(fx.image_only_pdf(), "scan.pdf")
    assert result.status == "needs_ocr"
    assert "scan.pdf" in result.error and "OCR" in result.error
    with pytest.raises(NeedsOcr):
        read_document(fx.image_only_pdf(), "scan.pdf")


def test_oversized_file_is_refused_before_reading() -> None:
    with pytest.raises(DocumentError, match=r"big\.pdf.*limit"):
        sniff_media_type(b"%PDF-1.4" + b"\0" * MAX_FILE_BYTES, "big.pdf")


def test_too_many_pages_is_refused(screener: Screener) -> None:
    result = screener.screen_bytes(fx.many_pages_pdf(MAX_PAGES + 1), "long.pdf")
    assert result.status == "error"
    assert f"over the limit of {MAX_PAGES} pages" in result.error


def test_zip_bomb_docx_is_refused(screener: Screener) -> None:
    result = screener.screen_bytes(fx.zip_bomb_docx(), "bomb.docx")
    assert result.status == "error"
    assert "bomb.docx" in result.error and "zip bomb" in result.error


def test_zip_without_word_part_is_not_a_docx(screener: Screener) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    result = screener.screen_bytes(buffer.getvalue(), "archive.docx")
    assert result.status == "error" and "without a Word document part" in result.error


def test_screen_file_reports_a_missing_file(screener: Screener, tmp_path) -> None:
    result = screener.screen_file(tmp_path / "gone.pdf")
    assert result.status == "error" and "gone.pdf" in result.error


def test_a_batch_goes_on_past_bad_files(screener: Screener) -> None:
    batch = [
        ("a.pdf", b""),
        ("b.pdf", fx.single_column_pdf()),
        ("c.docx", b"nope"),
        ("d.docx", fx.resume_docx()),
    ]
    statuses = [screener.screen_bytes(data, name).status for name, data in batch]
    assert statuses == ["error", "ok", "error", "ok"]


def test_docx_hyperlink_targets_become_contact_links(screener: Screener) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE

    document = docx.Document()
    document.add_paragraph("Sam Ortiz")
    paragraph = document.add_paragraph()
    rel_id = paragraph.part.relate_to(
        "https://github.com/samortiz?tab=repos", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    link = paragraph._p.makeelement(
        docx.oxml.ns.qn("w:hyperlink"), {docx.oxml.ns.qn("r:id"): rel_id}
    )
    run = docx.oxml.OxmlElement("w:r")
    text = docx.oxml.OxmlElement("w:t")
    text.text = "GitHub"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    buffer = io.BytesIO()
    document.save(buffer)
    result = screener.screen_bytes(buffer.getvalue(), "links.docx")
    assert "GitHub" in result.text
    assert "https://github.com/samortiz" in result.contact.links


@pytest.mark.parametrize(
    ("first_page_apart", "in_first_page_header"),
    [(False, False), (True, True), (True, False)],
    ids=["header", "first-page-header", "first-page-apart-without-header"],
)
def test_the_name_and_contact_details_in_a_docx_page_header_are_read(
    screener: Screener, first_page_apart: bool, in_first_page_header: bool
) -> None:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = first_page_apart
    header = section.first_page_header if in_first_page_header else section.header
    header.paragraphs[0].text = "Marta Kowalska"
    header.add_paragraph("marta.k@mailbox.test | +48 601 234 567")
    for line in ("Experience", "Backend Developer, Northwind, 2017 - 2024", "• Go services"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)

    contact = screener.screen_bytes(buffer.getvalue(), "cv.docx").contact
    assert (contact.name, contact.email) == ("Marta Kowalska", "marta.k@mailbox.test")
    assert contact.phone == "+48 601 234 567"


def test_words_placed_without_spaces_are_separated() -> None:
    import pypdfium2 as pdfium

    from recruiter_kit.screening.reading.pdf import looks_glued

    data = fx.glued_pdf()
    raw = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert looks_glued(raw)  # the case is real: pdfium alone glues the words
    for reader in ("fast", "reference"):
        lines = lines_of(data, "glued.pdf", reader)
        assert lines[0] == (
            "Developed web based applications using ASP.Net and JavaScript with a SQL Server "
            "database for the tutoring team at the university"
        )


def test_docx_with_a_broken_document_part(screener: Screener) -> None:
    import zipfile

    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(fx.resume_docx())) as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for item in source.infolist():
            broken = item.filename == "word/document.xml"
            target.writestr(item, b"<w:document><broken" if broken else source.read(item))
    result = screener.screen_bytes(buffer.getvalue(), "broken.docx")
    assert result.status == "error"
    assert "broken.docx" in result.error


def _all_boxes(data: bytes) -> list[tuple[list[tuple[float, float, float, float]], float, float]]:
    import pypdfium2 as pdfium

    pages = []
    document = pdfium.PdfDocument(data)
    for index in range(len(document)):
        page = document[index]
        width, height = page.get_size()
        textpage = page.get_textpage()
        boxes = []
        for rect in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(rect)
            boxes.append((left, height - top, right, height - bottom))
        pages.append((boxes, width, height))
    return pages


def _full_width_pdf() -> bytes:
    # Long enough to run across the middle of the page, low enough to sit in the body.
    wide = (
        "• Built and ran the ledger service that settles card payments for every merchant "
        "on the platform, nightly"
    )
    return fx.single_column_pdf([*fx.SINGLE_COLUMN, wide])


@pytest.mark.parametrize(
    "data",
    [fx.single_column_pdf(), fx.two_column_pdf(), fx.table_pdf(), _full_width_pdf()],
    ids=["single", "two-column", "table", "full-width"],
)
def test_a_box_across_the_body_means_one_column(data: bytes) -> None:
    from recruiter_kit.screening.reading.columns import find_columns, spans_body

    for boxes, width, height in _all_boxes(data):
        if any(spans_body(box, width, height) for box in boxes):
            assert find_columns(boxes, width, height) is None


def test_fast_reader_skips_the_gutter_search_on_a_full_width_page() -> None:
    import pypdfium2 as pdfium

    from recruiter_kit.screening.reading.pdf import _boxes

    def boxes_of(data: bytes) -> object:
        page = pdfium.PdfDocument(data)[0]
        width, height = page.get_size()
        return _boxes(page.get_textpage(), width, height)

    assert boxes_of(_full_width_pdf()) is None
    assert boxes_of(fx.two_column_pdf()) is not None


MARKDOWN_RESUME = """---
name: Ines Varga
layout: resume
---
# [Ines Varga](https://ines.dev) #

<div align="center">ines@example.com · <a href="tel:+15550102030">call</a></div>

## 🛠️ Skills
_Go_, **PostgreSQL**, `Kafka` {.breakable}

## Experience
- ### Senior Backend Engineer
  Ledgerline, _Jan 2018 - Present_
  - Built the billing API in Go

| Company | Role | Dates |
|---|---|---|
| Fernhill | Backend Engineer | 2014 - 2017 |
"""


def test_markdown_as_people_write_it() -> None:
    document = read_document(MARKDOWN_RESUME.encode(), "cv.md")
    lines = document.text.split("\n")
    assert lines[0] == "Ines Varga"  # the front matter's name
    assert "Ines Varga" in lines and "ines@example.com · call" in lines
    assert "🛠️ Skills" in lines and "Go, PostgreSQL, Kafka" in lines
    assert "Senior Backend Engineer" in lines and "Ledgerline, Jan 2018 - Present" in lines
    assert "Fernhill | Backend Engineer | 2014 - 2017" in lines
    assert "https://ines.dev" in document.links
    assert not any(mark in document.text for mark in ("<", "#", "_", "{", "---"))


def test_markdown_resume_is_screened_whole(screener: Screener) -> None:
    result = screener.screen_bytes(MARKDOWN_RESUME.encode(), "cv.md")
    assert result.contact.name == "Ines Varga"
    assert result.contact.email == "ines@example.com"
    assert {"Go", "PostgreSQL", "Kafka"} <= {s.name for s in result.skills}
    assert result.years_experience is not None and result.years_experience >= 11
    assert "missing_production_exposure" not in {flag.id for flag in result.yellow_flags}


def test_a_resume_opening_with_a_rule_keeps_its_text() -> None:
    text = "---\n# Jane Doe\njane@example.org\n## Experience\nEngineer, Acme, 2019 - 2024\n---\n"
    document = read_document((text + "## Skills\nPython\n").encode(), "cv.md")
    assert "Jane Doe" in document.text and "Engineer, Acme, 2019 - 2024" in document.text
