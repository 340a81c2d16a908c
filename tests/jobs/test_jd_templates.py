"""Every shipped template loads, renders to every format and passes its own checks."""

from __future__ import annotations

import html
import io
import json
import re

import pdfplumber
import pytest

from recruiter_kit import resources
from recruiter_kit.documents.docx_builder import build_docx
from recruiter_kit.documents.pdf_builder import build_pdf
from recruiter_kit.jobs import checks
from recruiter_kit.jobs.layout import HEADINGS, document_spec
from recruiter_kit.jobs.library import TemplateLibrary
from recruiter_kit.jobs.rendering import Renderer

SHIPPED = [info.name for info in TemplateLibrary().list()]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def expected_in_order(job) -> list[str]:  # type: ignore[no-untyped-def]
    """Every heading and bullet of the job, in the order a reader meets them."""
    spec = document_spec(job)
    expected = [spec.title]
    for section in spec.sections:
        expected.append(section.heading)
        for block in section.blocks:
            items = getattr(block, "items", None)
            if items:
                expected.extend(items)
    return expected


def assert_in_order(text: str, expected: list[str], *, fold_case: bool = False) -> None:
    def norm(value: str) -> str:
        return _squash(value).casefold() if fold_case else _squash(value)

    flat = norm(text)
    position = 0
    for item in expected:
        found = flat.find(norm(item), position)
        assert found >= 0, f"{item!r} missing or out of order"
        position = found + len(norm(item))


def test_library_has_the_required_roles() -> None:
    assert len(SHIPPED) >= 10
    for level in ("junior", "mid", "senior"):
        for flavour in ("product", "platform"):
            assert f"backend-{level}-{flavour}" in SHIPPED
    assert any(name.startswith("fullstack") for name in SHIPPED)
    assert any(name.startswith("data-engineer") for name in SHIPPED)
    assert any(name.startswith("devops-sre") for name in SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_template_renders_to_text_formats(name: str, library: TemplateLibrary) -> None:
    job = library.load(name)
    renderer = Renderer(library)
    for fmt in ("md", "html", "txt"):
        output = renderer.render(job, fmt)
        if fmt == "html":
            output = html.unescape(output)
        assert_in_order(output, expected_in_order(job)[1:], fold_case=fmt == "txt")
        assert job.title in output
    assert "<h2>What you will do</h2>" in renderer.render(job, "html")


@pytest.mark.parametrize("name", SHIPPED)
def test_template_pdf_holds_every_heading_and_bullet_in_order(
    name: str, library: TemplateLibrary
) -> None:
    job = library.load(name)
    data = build_pdf(document_spec(job))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        assert pdf.metadata["Title"] == job.title
        pages = len(pdf.pages)
    assert_in_order(text, expected_in_order(job))
    assert f"Page 1 of {pages}" in text


@pytest.mark.parametrize("name", SHIPPED)
def test_template_docx_holds_every_heading_and_bullet(name: str, library: TemplateLibrary) -> None:
    import docx

    job = library.load(name)
    document = docx.Document(io.BytesIO(build_docx(document_spec(job))))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert_in_order(text, expected_in_order(job))
    assert document.core_properties.title == job.title
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == HEADINGS["about_role"]


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_template_passes_its_own_checks(name: str, library: TemplateLibrary) -> None:
    findings = checks.run_checks(library.load(name))
    assert [f for f in findings if f.severity != "info"] == []


def test_template_skills_use_taxonomy_names(library: TemplateLibrary) -> None:
    try:
        taxonomy = resources.load_json("skills/taxonomy.json")
    except FileNotFoundError:
        pytest.skip("the screening taxonomy is not shipped in this build")
    canonical = {skill["name"] for skill in taxonomy["skills"]}
    for name in SHIPPED:
        job = library.load(name)
        unknown = [skill.name for skill in job.hard_skills if skill.name not in canonical]
        assert unknown == [], f"{name}: {unknown} are not canonical taxonomy names"


def test_resource_files_name_their_source() -> None:
    for path in sorted(resources.resources_dir().joinpath("jobs").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data.get("source"), f"{path.name} names no source"
    gendered = resources.load_json("jobs/gender_coded_words.json")["source"]
    assert "Gaucher" in gendered and "2011" in gendered
    assert (
        "000_7974c4e0e8101b8e.txt" in resources.load_json("jobs/skill_frequencies.json")["source"]
    )
