"""The printed guide: header, questions with guidance, probes and the scorecard page."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
from interview_helpers import NUMBER_LINES, job, screened

from recruiter_kit.interviews.guide import GuideRequest, build_guide
from recruiter_kit.interviews.pdf import GuideHeader, render_guide
from recruiter_kit.interviews.questions import load_bank
from recruiter_kit.interviews.scorecard import load_template
from recruiter_kit.interviews.stages import load_rules


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [" ".join((page.extract_text() or "").split()) for page in pdf.pages]


def test_pdf_holds_header_questions_probes_and_scorecard() -> None:
    bank, template = load_bank(), load_template()
    guide = build_guide(bank, load_rules(), job(), GuideRequest("system_design", 60), screened())
    header = GuideHeader(
        "Backend Engineer, Ledger",
        guide.stage_label,
        "Dana Whitfield",
        date(2026, 3, 4),
        "C-7A1B2C",
    )
    pages = _pages(render_guide(guide, header, template))
    text = " ".join(pages)
    for expected in (
        "Backend Engineer, Ledger",
        "System design",
        "Dana Whitfield",
        "2026-03-04",
        "C-7A1B2C",
    ):
        assert expected in pages[0]
    for item in guide.questions:
        assert " ".join(item.question.text.split())[:60] in text
        assert f"{item.question.minutes} min" in text
    assert "Look for" in text and "Red flags" in text and "Notes" in text
    for line in NUMBER_LINES:
        assert line in text
    scorecard = pages[-1] if "Scorecard" in pages[-1] else pages[-2]
    for competency in template.competencies:
        assert competency.label in scorecard
    assert "Strong yes" in scorecard and "Strong no" in scorecard
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_names_outside_latin1_are_printed() -> None:
    guide = build_guide(load_bank(), load_rules(), job(), GuideRequest("phone_screen", 30))
    header = GuideHeader("Backend", guide.stage_label, "Zoë Ødegård", None, "Дмитрий Ковалёв")
    assert "Дмитрий Ковалёв" in _pages(render_guide(guide, header, load_template()))[0]
