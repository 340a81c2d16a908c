"""Worker processes read files themselves and prove by hash that they read what was stored."""

from __future__ import annotations

import hashlib
from pathlib import Path

from recruiter_kit.services.importing import _screen_file_in_worker

RESUME = b"Dana Example\ndana@example.com\nExperience\nBackend Engineer, 2019 - 2023\nSkills\nGo\n"


def test_worker_screens_the_file_it_was_given(tmp_path: Path) -> None:
    file = tmp_path / "dana.txt"
    file.write_bytes(RESUME)
    result = _screen_file_in_worker(str(file), hashlib.sha256(RESUME).hexdigest(), None)
    assert result.status == "ok"
    assert result.contact["email"] == "dana@example.com"


def test_a_file_changed_after_it_was_hashed_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "dana.txt"
    file.write_bytes(RESUME)
    stale = hashlib.sha256(b"what the importer read before the file changed").hexdigest()
    result = _screen_file_in_worker(str(file), stale, None)
    assert result.status == "error"
    assert "dana.txt" in result.error and "changed while" in result.error


def test_a_file_gone_before_the_worker_reads_it_is_an_error_naming_it(tmp_path: Path) -> None:
    result = _screen_file_in_worker(str(tmp_path / "gone.txt"), "0" * 64, None)
    assert result.status == "error"
    assert "gone.txt" in result.error
