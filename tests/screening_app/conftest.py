"""Fixtures shared by the screening app tests."""

from __future__ import annotations

from typing import Any

import pytest
from screening_app_helpers import CountingScreener

from recruiter_kit.services.screening import ScreeningService


@pytest.fixture
def counting_screener(monkeypatch: pytest.MonkeyPatch) -> CountingScreener:
    """Every ScreeningService screens with a fast fake that counts its calls.

    The fake lives in this process, so one worker screens here too: the command
    line would otherwise isolate it in a process of its own.
    """
    screener = CountingScreener()
    monkeypatch.setattr(ScreeningService, "screener", property(lambda self: screener))
    import_files = ScreeningService.import_files

    def in_this_process(self: ScreeningService, *args: Any, **kwargs: Any) -> Any:
        return import_files(self, *args, **(kwargs | {"isolated": False}))

    monkeypatch.setattr(ScreeningService, "import_files", in_this_process)
    return screener
