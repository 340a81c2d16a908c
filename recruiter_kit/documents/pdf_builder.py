"""Turn a `DocumentSpec` into a PDF with reportlab."""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, HRFlowable, SimpleDocTemplate, Spacer
from reportlab.platypus import Paragraph as RLParagraph

from recruiter_kit.documents import pdf_base
from recruiter_kit.documents.spec import (
    Block,
    Bullets,
    Definitions,
    DocumentSpec,
    Paragraph,
    Tags,
)


def build_pdf(spec: DocumentSpec) -> bytes:
    """Lay out the document on A4 pages and return the PDF bytes."""
    fonts = pdf_base.fonts_for(_all_text(spec))
    style = pdf_base.styles(fonts)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pdf_base.PAGE_SIZE,
        leftMargin=pdf_base.MARGIN,
        rightMargin=pdf_base.MARGIN,
        topMargin=pdf_base.MARGIN,
        bottomMargin=pdf_base.MARGIN + 4,
        title=spec.title,
        author=spec.author,
        subject=spec.subject,
        keywords=", ".join(spec.keywords),
        creator="Recruiter Kit",
    )
    document.build(_story(spec, style), canvasmaker=pdf_base.numbered_canvas(spec.title, fonts))
    return buffer.getvalue()


def _story(spec: DocumentSpec, style: pdf_base.Styles) -> list[Flowable]:
    story: list[Flowable] = [RLParagraph(pdf_base.markup(spec.title), style.title)]
    story += [RLParagraph(pdf_base.markup(line), style.subtitle) for line in spec.subtitle_lines]
    story += [Spacer(1, 4), HRFlowable(width="100%", thickness=0.8, color=pdf_base.RULE)]
    for section in spec.sections:
        body = [flowable for block in section.blocks for flowable in _block(block, style)]
        heading = RLParagraph(pdf_base.markup(section.heading), style.heading)
        story += pdf_base.keep_heading_with_next(heading, body)
    return story


def _block(block: Block, style: pdf_base.Styles) -> list[Flowable]:
    if isinstance(block, Paragraph):
        return pdf_base.paragraphs(block.text, style.body)
    if isinstance(block, Bullets):
        return pdf_base.bullets(block.items, style.bullet)
    if isinstance(block, Definitions):
        return [_definition(label, value, style) for label, value in block.rows]
    if isinstance(block, Tags):
        text = " \u00b7 ".join(pdf_base.markup(item) for item in block.items)
        return [RLParagraph(text, style.body)]
    raise TypeError(f"Unknown block {block!r}")


def _definition(label: str, value: str, style: pdf_base.Styles) -> Flowable:
    text = f"<b>{pdf_base.markup(label)}:</b> {pdf_base.markup(value)}"
    return RLParagraph(text, style.bullet, bulletText="\u2022")


def _all_text(spec: DocumentSpec) -> list[str]:
    texts = [spec.title, *spec.subtitle_lines]
    for section in spec.sections:
        texts.append(section.heading)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                texts.append(block.text)
            elif isinstance(block, Bullets | Tags):
                texts.extend(block.items)
            else:
                texts.extend(f"{label} {value}" for label, value in block.rows)
    return texts
