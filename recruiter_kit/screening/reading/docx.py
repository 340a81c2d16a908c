"""Read a DOCX: body paragraphs, tables and text boxes in document order.

The archive is checked for zip-bomb shapes before python-docx unpacks it. Text
is collected by walking the WordprocessingML tree ourselves: python-docx's
`Paragraph.text` skips text boxes, and its table API repeats merged cells. A
text box stored twice (the DrawingML choice and its VML fallback) is read once
by skipping `mc:Fallback`.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath
from typing import Any

from recruiter_kit.core.errors import DocumentError
from recruiter_kit.screening.reading.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_TEXT_CHARS,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_MEMBERS,
)
from recruiter_kit.screening.reading.model import CONTACT_SCHEMES, RawDocument
from recruiter_kit.screening.reading.written import docx_written

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_BOX = f"{_W}txbxContent"
_ENCRYPTED = 0x1  # the ZIP flag of a member stored encrypted
_DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read_docx(data: bytes, filename: str) -> RawDocument:
    """Read the text of a DOCX file in reading order."""
    name = PurePath(filename).name
    check_archive(data, name)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except ValueError as error:
        raise DocumentError(_not_a_word_document(name, str(error))) from None
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile) as error:
        raise DocumentError(
            f"{name}: not a valid DOCX ({error or 'missing Word document part'})"
        ) from None
    except Exception as error:  # lxml raises its own XMLSyntaxError for a broken part
        raise DocumentError(
            f"{name}: the DOCX is damaged ({type(error).__name__}: {error})"
        ) from None
    lines: list[str] = []
    for section in document.sections[:1]:
        # A document whose first page is set apart shows that page's own header there,
        # where a resume keeps its name and contact details; an empty one shows nothing,
        # and the default header is the one that holds them.
        if section.different_first_page_header_footer:
            _walk(section.first_page_header._element, lines)
        if not lines:
            _walk(section.header._element, lines)
    _walk(document.element.body, lines)
    text = "\n".join(lines)[:MAX_TEXT_CHARS]
    if not text.strip():
        raise DocumentError(f"{name}: the DOCX contains no text")
    properties = document.core_properties
    written = docx_written(properties.modified, properties.created)
    return RawDocument(_DOCX_TYPE, [text], _hyperlinks(document), written=written)


def _not_a_word_document(name: str, reason: str) -> str:
    """What python-docx's refusal of a main part ("content type is '...'") means to a person."""
    kind = next((kind for marker, kind in _OTHER_KINDS if marker in reason), None)
    if kind is None:
        return (
            f"{name}: not a valid DOCX ({reason.split(', content type', 1)[0] or 'no Word part'})"
        )
    return f"{name}: {kind} renamed .docx; open it in Word and save it as a .docx document"


# Office files python-docx refuses, by a word of their main part's content type.
_OTHER_KINDS = (
    ("macroEnabled", "a macro-enabled Word file (.docm or .dotm)"),
    ("template", "a Word template (.dotx)"),
    ("spreadsheetml", "an Excel workbook"),
    ("presentationml", "a PowerPoint presentation"),
)


def check_archive(data: bytes, name: str) -> None:
    """Refuse archives that are broken or would unpack to far more than they weigh."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise DocumentError(
            f"{name}: not a valid DOCX (the ZIP archive is damaged or truncated)"
        ) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise DocumentError(f"{name}: the DOCX has {len(members)} parts, too many for a resume")
        total = sum(member.file_size for member in members)
        if total > MAX_UNPACKED_BYTES:
            raise DocumentError(
                f"{name}: the DOCX would unpack to {total / 1_048_576:.0f} MB "
                f"(limit {MAX_UNPACKED_BYTES // 1_048_576} MB); refusing a possible zip bomb"
            )
        if any(member.flag_bits & _ENCRYPTED for member in members):
            raise DocumentError(f"{name}: the DOCX is protected with a password; it cannot be read")
        for member in members:
            if (
                member.compress_size
                and member.file_size / member.compress_size > MAX_COMPRESSION_RATIO
            ):
                raise DocumentError(
                    f"{name}: part '{member.filename}' is compressed "
                    f"{member.file_size // member.compress_size}:1; refusing a possible zip bomb"
                )
        if "word/document.xml" not in archive.namelist():
            raise DocumentError(
                f"{name}: not a valid DOCX (a ZIP archive without a Word document part)"
            )


def _walk(element: Any, lines: list[str]) -> None:
    """Append the text of block-level children (paragraphs, tables) in order."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            _paragraph(child, lines)
        elif tag == f"{_W}tbl":
            _table(child, lines)
        elif tag == _MC_FALLBACK:
            continue
        elif isinstance(tag, str) and tag != f"{_W}sectPr":
            _walk(child, lines)  # w:sdt content controls, w:customXml, ...


def _paragraph(paragraph: Any, lines: list[str]) -> None:
    parts: list[str] = []
    boxes: list[Any] = []
    _inline(paragraph, parts, boxes)
    text = "".join(parts).strip()
    if text:
        # A list item keeps its bullet as numbering, not as a character in the text.
        lines.append(f"• {text}" if _is_list_item(paragraph) and text[0] not in "•-*" else text)
    for box in boxes:
        _walk(box, lines)


def _is_list_item(paragraph: Any) -> bool:
    """Numbered or bulleted: list numbering on the paragraph, or a list paragraph style."""
    properties = paragraph.find(f"{_W}pPr")
    if properties is None:
        return False
    numbering = properties.find(f"{_W}numPr")
    if numbering is not None:
        number = numbering.find(f"{_W}numId")
        # numId 0 takes the numbering a style gave the paragraph away again.
        return number is None or number.get(f"{_W}val") != "0"
    style = properties.find(f"{_W}pStyle")
    name = style.get(f"{_W}val", "") if style is not None else ""
    return name.lower().startswith("list")


def _inline(element: Any, parts: list[str], boxes: list[Any]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == _TEXT_BOX:
            boxes.append(child)
        elif tag == _MC_FALLBACK or tag == f"{_W}delText":
            continue
        elif isinstance(tag, str):
            _inline(child, parts, boxes)


def _table(table: Any, lines: list[str]) -> None:
    """Rows top to bottom, cells left to right; a vertically merged cell appears once."""
    for row in table.iterchildren(f"{_W}tr"):
        for cell in row.iterchildren(f"{_W}tc"):
            _walk(cell, lines)


def _hyperlinks(document: Any) -> list[str]:
    """Web addresses (query strings dropped) and mailto:/tel: targets of the hyperlinks."""
    links = []
    for relation in document.part.rels.values():
        if relation.reltype.endswith("/hyperlink") and relation.is_external:
            target = str(relation.target_ref)
            if target.startswith(("http://", "https://")):
                links.append(target.split("?", 1)[0])
            elif target.lower().startswith(CONTACT_SCHEMES):
                links.append(target)
    return list(dict.fromkeys(links))
