"""The README's table of limits on one resume file says what the code enforces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import recruiter_kit
from recruiter_kit.screening.reading import limits
from recruiter_kit.services import importing, isolation, originals

README = Path(recruiter_kit.__file__).resolve().parent.parent / "README.md"
MB = 1024 * 1024


def documented() -> dict[str, str]:
    if not README.exists():
        pytest.skip("not running from a source checkout")
    text = README.read_text(encoding="utf-8")
    table = text.split("## Limits on one resume file", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"^\| (?!what |---)(.+?) \| (.+?) \|$", table, re.M))


def test_the_readme_states_each_limit_the_code_enforces() -> None:
    assert documented() == {
        "file size": f"{limits.MAX_FILE_BYTES // MB} MB",
        "PDF pages": f"{limits.MAX_PAGES}",
        "PDF content once unpacked, images aside": f"{limits.MAX_PDF_INFLATED_BYTES // MB} MB",
        "PDF drawing objects, all pages together": f"{limits.MAX_PDF_OBJECTS:,}",
        "characters on one PDF page": f"{limits.MAX_PAGE_CHARS:,}",
        "DOCX unpacked size / compression ratio of one part / parts": (
            f"{limits.MAX_UNPACKED_BYTES // MB} MB / {limits.MAX_COMPRESSION_RATIO}:1 / "
            f"{limits.MAX_ZIP_MEMBERS:,}"
        ),
        "text kept from one document": f"{limits.MAX_TEXT_CHARS:,} characters",
        "Markdown read from one file (what follows is left out)": (
            f"{limits.MAX_MARKDOWN_CHARS:,} characters"
        ),
        "time to screen one file": f"{importing.TASK_DEADLINE_S:g} s",
        "memory of one worker process (Linux; where the system allows the limit)": (
            isolation.memory_limit_text()
        ),
        "time to draw an original in the Candidates workspace": (
            f"{originals.RENDER_DEADLINE_S:g} s"
        ),
    }
