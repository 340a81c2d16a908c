"""Turn a `DocumentSpec` into a Word document with python-docx."""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from recruiter_kit.documents.spec import (
    Block,
    Bullets,
    Definitions,
    DocumentSpec,
    Paragraph,
    Tags,
)

_ACCENT = RGBColor(0x1F, 0x4E, 0x79)
_MUTED = RGBColor(0x55, 0x55, 0x55)


def build_docx(spec: DocumentSpec) -> bytes:
    """Build the document with Word's own heading and list styles, so it stays editable."""
    document = new_docx()
    _set_properties(document, spec)
    _set_base_font(document)
    document.add_heading(spec.title, level=0)
    for line in spec.subtitle_lines:
        run = document.add_paragraph().add_run(line)
        run.font.color.rgb = _MUTED
    for section in spec.sections:
        heading = document.add_heading(section.heading, level=1)
        heading.paragraph_format.keep_with_next = True
        for run in heading.runs:
            run.font.color.rgb = _ACCENT
        for block in section.blocks:
            _add_block(document, block)
    _add_page_numbers(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_properties(document, spec: DocumentSpec) -> None:
    properties = document.core_properties
    properties.title = spec.title
    properties.subject = spec.subject
    properties.author = spec.author
    properties.keywords = ", ".join(spec.keywords)


def _set_base_font(document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)


def _add_block(document, block: Block) -> None:
    if isinstance(block, Paragraph):
        for text in (part.strip() for part in block.text.split("\n\n")):
            if text:
                document.add_paragraph(text)
    elif isinstance(block, Bullets):
        for item in block.items:
            document.add_paragraph(item, style="List Bullet")
    elif isinstance(block, Tags):
        document.add_paragraph(" \u00b7 ".join(block.items))
    elif isinstance(block, Definitions):
        for label, value in block.rows:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)


def _add_page_numbers(document) -> None:
    """A centred "Page n of m" footer made of Word fields, which Word fills in."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Page ")
    _add_field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    _add_field(paragraph, "NUMPAGES")


def _add_field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = instruction
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, code, end):
        run._r.append(element)
