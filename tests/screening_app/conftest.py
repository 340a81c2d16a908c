"""Fixtures shared by the screening app tests."""

from __future__ import annotations

import pytest
from screening_app_helpers import CountingScreener

from recruiter_kit.services.screening import ScreeningService


@pytest.fixture
def counting_screener(monkeypatch: pytest.MonkeyPatch) -> CountingScreener:
    """Every ScreeningService screens with a fast fake that counts its calls."""
    screener = CountingScreener()
    monkeypatch.setattr(ScreeningService, "screener", property(lambda self: screener))
    return screener
