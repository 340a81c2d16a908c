"""The reference PDF reader: pdfplumber words with positions.

Slower (about 35 ms a page) but it infers spaces from glyph gaps and gives
word boxes, so it is the yardstick the fast reader is checked against and the
fallback for pages whose text pdfium glues together.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.reading.columns import Box, find_columns
from recruiter_kit.screening.reading.limits import MAX_PAGES
from recruiter_kit.screening.reading.model import NeedsOcr, RawDocument
from recruiter_kit.screening.reading.pdf_streams import check_inflated_size
from recruiter_kit.screening.reading.written import pdf_written_from_bytes

# A gap wider than this share of the glyph size is a space. The default absolute
# tolerance (3 pt) glues the words of tightly set LaTeX resumes together.
_X_TOLERANCE_RATIO = 0.1


def read_pdf_reference(data: bytes, filename: str) -> RawDocument:
    """Read every page of a PDF with pdfplumber, column-aware."""
    name = PurePath(filename).name
    check_inflated_size(data, name)
    from recruiter_kit.screening.reading.pdf import check_budget

    # pdfplumber is pure Python and about fifty times slower: pdfium counts first.
    check_budget(data, name)
    texts = reference_page_texts(data, name, None)
    pages = [texts[index] for index in sorted(texts)]
    if not any(page.strip() for page in pages):
        raise NeedsOcr(
            f"{name}: the PDF has no extractable text (probably a scan or only images); "
            "it needs OCR"
        )
    return RawDocument("application/pdf", pages, written=pdf_written_from_bytes(data))


def reference_page_texts(data: bytes, name: str, indexes: list[int] | None) -> dict[int, str]:
    """Text of the given pages (all when None), keyed by page index."""
    import io

    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise DocumentError(
                    f"{name}: {len(pdf.pages)} pages, over the limit of {MAX_PAGES} pages "
                    "for one resume"
                )
            wanted = range(len(pdf.pages)) if indexes is None else indexes
            return {index: _page_text(pdf.pages[index]) for index in wanted}
    except MalformedPDFException as error:
        raise DocumentError(f"{name}: the PDF is damaged ({error})") from None
    except (PdfminerException, PDFSyntaxError) as error:
        cause = error.args[0] if error.args else error
        if type(cause).__name__ == "PDFPasswordIncorrect":
            raise DocumentError(
                f"{name}: the PDF is encrypted with a password; it cannot be read"
            ) from None
        raise DocumentError(
            f"{name}: the PDF is corrupt or truncated and cannot be opened"
        ) from None


def _page_text(page: Any) -> str:
    words = page.extract_words(x_tolerance_ratio=_X_TOLERANCE_RATIO)
    boxes: list[Box] = [(w["x0"], w["top"], w["x1"], w["bottom"]) for w in words]
    columns = find_columns(boxes, float(page.width), float(page.height))
    if columns is None:
        return page.extract_text(x_tolerance_ratio=_X_TOLERANCE_RATIO) or ""
    width, height = float(page.width), float(page.height)
    regions = [
        (0, 0, width, columns.body_top),
        (0, columns.body_top, columns.gutter, columns.body_bottom),
        (columns.gutter, columns.body_top, width, columns.body_bottom),
        (0, columns.body_bottom, width, height),
    ]
    parts = []
    for x0, top, x1, bottom in regions:
        if bottom - top > 0.5:
            text = (
                page.within_bbox((x0, top, x1, bottom)).extract_text(
                    x_tolerance_ratio=_X_TOLERANCE_RATIO
                )
                or ""
            )
            if text.strip():
                parts.append(text)
    return "\n".join(parts)
