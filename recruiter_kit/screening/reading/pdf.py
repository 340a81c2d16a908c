"""The fast PDF reader: pypdfium2 text with column detection from its text boxes.

pypdfium2 extracts a page in about 1 ms against about 35 ms for pdfplumber. Its
text follows the order the producer wrote, so a two-column page is split at
the gutter found from the page's text rectangles and read column by column.
Some producers place glyphs without space characters; pdfium then glues words
together ("usingC#"), so such pages are re-read by the reference reader, which
infers spaces from glyph gaps.
"""

from __future__ import annotations

from ctypes import byref, c_double, c_int, create_string_buffer
from pathlib import PurePath

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.reading.columns import Box, Columns, find_columns, spans_body
from recruiter_kit.screening.reading.limits import (
    MAX_PAGE_CHARS,
    MAX_PAGES,
    MAX_PDF_OBJECTS,
    MAX_REREAD_OBJECTS,
)
from recruiter_kit.screening.reading.model import NeedsOcr, RawDocument
from recruiter_kit.screening.reading.pdf_streams import check_inflated_size
from recruiter_kit.screening.reading.written import pdf_document_written

_PDFIUM_FORMAT = 3
_PDFIUM_PASSWORD = 4
# Share of letters in very long "words" above which a page is taken as glued.
_GLUED_SHARE = 0.12
_LONG_WORD = 18
_MAX_URI_BYTES = 2048  # a longer "link" is no address or profile
_SPACE_GAP = 0.08  # a gap wider than this share of the line height is a space
Region = tuple[float, float, float, float]  # left, bottom, right, top in PDF points, y upwards


def read_pdf(data: bytes, filename: str) -> RawDocument:
    """Read a PDF with pypdfium2, falling back to pdfplumber for glued pages."""
    name = PurePath(filename).name
    check_inflated_size(data, name)
    document = _open(data, name)
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise DocumentError(
                f"{name}: {count} pages, over the limit of {MAX_PAGES} pages for one resume"
            )
        written = pdf_document_written(document)
        pages: list[str] = []
        glued: list[int] = []
        links: list[str] = []
        budget = _Budget(name)
        for index in range(count):
            page = load_page(document, index, name)
            text, still_glued = _page_text(page, index, links, budget)
            # pdfplumber walks every glyph drawn, in Python, overdrawn ones too, which
            # pdfium folds together: only a page of a resume's size goes to it.
            if still_glued and budget.last_page_objects <= MAX_REREAD_OBJECTS:
                glued.append(index)
            pages.append(text)
    finally:
        document.close()
    if glued:
        pages = _reread_glued(data, name, pages, glued)
    if not any(page.strip() for page in pages):
        raise NeedsOcr(
            f"{name}: the PDF has no extractable text (probably a scan or only images); "
            "it needs OCR"
        )
    return RawDocument("application/pdf", pages, list(dict.fromkeys(links)), written=written)


def check_budget(data: bytes, name: str) -> None:
    """Raise `DocumentError` when the PDF's pages hold more than `_Budget` allows."""
    document = _open(data, name)
    try:
        budget = _Budget(name)
        for index in range(min(len(document), MAX_PAGES)):
            page = load_page(document, index, name)
            try:
                budget.spend_objects(page)
                textpage = page.get_textpage()
                budget.check_characters(textpage, index)
                textpage.close()
            finally:
                page.close()
    finally:
        document.close()


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        # pdfium tries the empty user password when none is given.
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == _PDFIUM_PASSWORD:
            raise DocumentError(
                f"{name}: the PDF is encrypted with a password; it cannot be read"
            ) from None
        if code == _PDFIUM_FORMAT:
            raise DocumentError(
                f"{name}: the PDF is corrupt or truncated and cannot be opened"
            ) from None
        raise DocumentError(f"{name}: the PDF cannot be opened ({error})") from None


def load_page(document: pdfium.PdfDocument, index: int, name: str) -> pdfium.PdfPage:
    """Page `index`, or a `DocumentError` when pdfium cannot load it (a broken page tree)."""
    try:
        return document[index]
    except pdfium.PdfiumError:
        raise DocumentError(
            f"{name}: page {index + 1} of the PDF is damaged and cannot be loaded"
        ) from None


class _Budget:
    """What the pages of one PDF may hold together before reading stops.

    pdfium's text extraction takes time that grows faster than the number of
    drawing objects on a page, and cannot be interrupted: the objects are
    counted first, which costs nothing once the page is loaded.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.objects = MAX_PDF_OBJECTS
        self.last_page_objects = 0

    def spend_objects(self, page: pdfium.PdfPage) -> None:
        self.last_page_objects = pdfium_c.FPDFPage_CountObjects(page.raw)
        self.objects -= self.last_page_objects
        if self.objects < 0:
            raise DocumentError(
                f"{self.name}: the PDF's pages draw more than {MAX_PDF_OBJECTS:,} objects, "
                "far more than a resume holds; it was not read"
            )

    def check_characters(self, textpage: pdfium.PdfTextPage, index: int) -> None:
        count = textpage.count_chars()
        if count > MAX_PAGE_CHARS:
            raise DocumentError(
                f"{self.name}: page {index + 1} holds {count:,} characters, over the limit "
                f"of {MAX_PAGE_CHARS:,} for a resume page; it was not read"
            )


def _page_text(
    page: pdfium.PdfPage,
    index: int,
    links: list[str],
    budget: _Budget,
) -> tuple[str, bool]:
    """The page's text in reading order, and whether its words still run together.

    The targets of the page's links go to `links`: an e-mail address or a
    profile often sits only behind an icon or the word "Email".
    """
    try:
        budget.spend_objects(page)
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            budget.check_characters(textpage, index)
            links.extend(_link_targets(page))
            boxes = _boxes(textpage, width, height)
            columns = None if boxes is None else find_columns(boxes, width, height)
            if columns is not None:
                return _read_columns(textpage, columns, width, height)
            text = _clean(textpage.get_text_range())
            if not looks_glued(text):
                return text, False
            # Words run together: put back the spaces the producer left out.
            text = _clean(spaced_text(textpage))
            return text, looks_glued(text)
        finally:
            textpage.close()
    finally:
        page.close()


def _link_targets(page: pdfium.PdfPage) -> list[str]:
    """The URIs of the page's link annotations (web, mailto: and tel: links)."""
    targets = []
    document = page.pdf.raw
    position, link = c_int(0), pdfium_c.FPDF_LINK()
    while pdfium_c.FPDFLink_Enumerate(page.raw, byref(position), byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(document, action, None, 0)
        if 1 < size <= _MAX_URI_BYTES:
            buffer = create_string_buffer(size)
            pdfium_c.FPDFAction_GetURIPath(document, action, buffer, size)
            targets.append(buffer.value.decode("utf-8", "replace").strip())
    return [target for target in targets if target]


def spaced_text(textpage: pdfium.PdfTextPage, region: Region | None = None) -> str:
    """The page's text (or a region's) with a space wherever two glyphs of a line stand apart.

    Some producers place every word by position and write no space character;
    pdfium then runs the words together ("usingC#"). Glyph boxes by advance
    width ("loose" boxes) touch inside a word, so a gap wider than a small
    share of the line height is a space, as pdfplumber infers it.
    """
    rect = pdfium_c.FS_RECTF()
    handle = textpage.raw
    parts: list[str] = []
    previous: tuple[float, float, float] | None = None  # right, bottom, top of the last glyph
    for index in range(textpage.count_chars()):
        pdfium_c.FPDFText_GetLooseCharBox(handle, index, rect)
        if region is not None and not _inside(rect, region):
            continue
        char = chr(pdfium_c.FPDFText_GetUnicode(handle, index))
        if char.isspace():
            parts.append(char)
            previous = None
            continue
        if previous is not None:
            height = max(rect.top - rect.bottom, previous[2] - previous[1])
            same_line = rect.bottom < previous[2] and rect.top > previous[1]
            if same_line and rect.left - previous[0] > _SPACE_GAP * height:
                parts.append(" ")
        parts.append(char)
        previous = (rect.right, rect.bottom, rect.top)
    return "".join(parts)


def _inside(rect: pdfium_c.FS_RECTF, region: Region) -> bool:
    x, y = (rect.left + rect.right) / 2, (rect.bottom + rect.top) / 2
    return region[0] <= x < region[2] and region[1] <= y < region[3]


def _boxes(textpage: pdfium.PdfTextPage, width: float, height: float) -> list[Box] | None:
    """Text rectangles in top-down coordinates (pdfium's y grows upwards).

    None as soon as one rectangle shows the page is a single column (a body line
    across the whole middle of the page), which most pages do early on; the rest
    of the rectangles and the gutter search are then skipped.
    """
    count = textpage.count_rects()  # also readies pdfium for the look-ups below
    handle = textpage.raw
    left, top, right, bottom = c_double(), c_double(), c_double(), c_double()
    boxes: list[Box] = []
    for index in range(count):
        if not pdfium_c.FPDFText_GetRect(handle, index, left, top, right, bottom):
            raise pdfium.PdfiumError("Failed to get a text rectangle.")
        box = (left.value, height - top.value, right.value, height - bottom.value)
        if spans_body(box, width, height):
            return None
        boxes.append(box)
    return boxes


def _read_columns(
    textpage: pdfium.PdfTextPage, columns: Columns, width: float, height: float
) -> tuple[str, bool]:
    """The page's text read column by column, and whether its words still run together."""
    # pdfium regions are left, bottom, right, top with y upwards.
    body_top = height - columns.body_top
    body_bottom = height - columns.body_bottom
    regions = [
        (0.0, body_top, width, height),
        (0.0, body_bottom, columns.gutter, body_top),
        (columns.gutter, body_bottom, width, body_top),
        (0.0, 0.0, width, body_bottom),
    ]
    regions = [region for region in regions if region[3] > region[1]]
    parts = [_clean(textpage.get_text_bounded(*region)) for region in regions]
    if not looks_glued("\n".join(parts)):  # blank parts, left out below, hold no words
        return "\n".join(part for part in parts if part.strip()), False
    parts = [_clean(spaced_text(textpage, region)) for region in regions]
    text = "\n".join(part for part in parts if part.strip())
    return text, looks_glued(text)


def _clean(text: str) -> str:
    # pdfium ends lines with CR LF; a lone CR appears between words some producers space with tabs.
    return text.replace("\r\n", "\n").replace("\r", " ")


def looks_glued(text: str) -> bool:
    """Whether a page's words run together because the producer wrote no spaces."""
    split = text.split()  # the same words as \S+ finds, split in C
    long_letters = sum(len(w) for w in split if len(w) >= _LONG_WORD and _is_word(w))
    if not long_letters:
        return False  # the usual page: no long words but e-mail addresses and links
    letters = sum(len(w) for w in split if _is_word(w))
    return letters >= 200 and long_letters / letters > _GLUED_SHARE


def _is_word(token: str) -> bool:
    # E-mail addresses, links and dotted names are long without being glued.
    return "@" not in token and "/" not in token and "." not in token[1:-1]


def _reread_glued(data: bytes, name: str, pages: list[str], glued: list[int]) -> list[str]:
    from recruiter_kit.screening.reading.pdf_reference import reference_page_texts

    fixed = reference_page_texts(data, name, glued)
    return [fixed.get(index, text) for index, text in enumerate(pages)]
