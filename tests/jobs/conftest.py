"""Fixtures for the job-description tests."""

from __future__ import annotations

import pytest

from recruiter_kit.jobs.library import TemplateLibrary
from recruiter_kit.jobs.model import JobDescription


@pytest.fixture
def library() -> TemplateLibrary:
    return TemplateLibrary()


@pytest.fixture
def senior_job(library: TemplateLibrary) -> JobDescription:
    return library.load("backend-senior-product")
