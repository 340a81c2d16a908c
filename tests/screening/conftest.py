"""Fixtures shared by the screening tests."""

from __future__ import annotations

from datetime import date

import pytest

import recruiter_kit.screening.screener as screener_module
from recruiter_kit.screening.screener import Screener


class _Today(date):
    @classmethod
    def today(cls) -> _Today:
        return cls(2026, 11, 21)


@pytest.fixture(scope="module")
def screener() -> Screener:
    """One screener per test module: building it loads the taxonomy and the rules."""
    return Screener()


@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Screening sees 2026-11-21 as today, so "Present" and year counts stay put."""
    monkeypatch.setattr(screener_module, "date", _Today)
