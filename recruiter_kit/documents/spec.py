"""A format-neutral outline of a printable document.

Features describe what to print (a job description, later an interview guide)
as a `DocumentSpec`; the PDF and DOCX builders decide how it looks. Keeping the
outline plain data lets every format show the same headings in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Definitions:
    """Label and value rows, e.g. a tool category and its tools."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Tags:
    """Short names shown on one line, e.g. skills: 'Go · PostgreSQL · Kafka'."""

    items: tuple[str, ...]


Block = Paragraph | Bullets | Definitions | Tags


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """Title, a few lines under it (location, pay) and the sections in reading order."""

    title: str
    subtitle_lines: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    subject: str = ""
    author: str = "Recruiter Kit"
    keywords: tuple[str, ...] = field(default_factory=tuple)
