"""Reading an original sized to the file gives the bytes reading up to the limit gave:
also for a file that grew after it was measured, or that reports no size at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recruiter_kit.services import importing
from recruiter_kit.services.importing import read_original


def shrunk_fstat(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """Make the file look `size` bytes long when measured, as if it grew afterwards."""
    real = os.fstat

    def fstat(descriptor: int) -> os.stat_result:
        values = list(real(descriptor))
        values[6] = size  # st_size
        return os.stat_result(values)

    monkeypatch.setattr(importing.os, "fstat", fstat)


def test_the_whole_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 40)
    assert read_original(path) == path.read_bytes()


def test_a_file_that_grew_after_it_was_measured_is_read_to_its_end(tmp_path, monkeypatch):
    path = tmp_path / "cv.txt"
    path.write_bytes(b"x" * 5000)
    shrunk_fstat(monkeypatch, 100)
    assert read_original(path) == b"x" * 5000


def test_a_file_that_grew_past_the_limit_is_read_one_byte_past_it(tmp_path, monkeypatch):
    path = tmp_path / "cv.txt"
    path.write_bytes(b"y" * 500)
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 50)
    shrunk_fstat(monkeypatch, 10)
    # One byte over the limit, as before: reading refuses it as too large.
    assert read_original(path) == b"y" * 51


def test_an_empty_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(b"")
    assert read_original(path) == b""
