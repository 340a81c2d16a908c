"""Text no UTF-8 writer accepts (lone surrogates) never stops an import or the command line.

Python keeps the bytes of a file name that are not UTF-8 as lone surrogates,
and a JSON file may escape one. SQLite refuses such text, and a strict terminal
refuses to print it; either used to end the whole batch with a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from recruiter_kit.core.progress import run_to_end
from recruiter_kit.core.text import without_lone_surrogates
from recruiter_kit.screening.reading import read_document
from recruiter_kit.services.screening import FileOutcome, ScreeningService
from recruiter_kit.storage.repositories import DocumentRepository

RESUME = "Dana Example\nBackend engineer\nExperience\nBuilt Python services on PostgreSQL\n"
ESCAPED_HALF = (
    '{"basics": {"name": "Dana \\ud800 Example", "email": "dana@example.com"}, '
    '"work": [{"name": "Acme", "position": "Backend Engineer", "startDate": "2019-01", '
    '"summary": "Built Python services"}]}'
)

needs_byte_names = pytest.mark.skipif(
    sys.platform == "win32" or sys.getfilesystemencoding() != "utf-8",
    reason="file names are bytes decoded as UTF-8 only on POSIX systems",
)


def latin1_named(folder: Path, text: str = RESUME) -> Path:
    """A resume whose name was saved in Latin-1 ("café.txt"), as old archives hold them."""
    path = folder / os.fsdecode(b"caf\xe9.txt")
    path.write_text(text, encoding="utf-8")
    return path


def test_lone_surrogates_become_the_replacement_character() -> None:
    assert without_lone_surrogates("caf\udce9 \ud800x") == "caf\ufffd \ufffdx"
    assert without_lone_surrogates("café 😀") == "café 😀"


def test_a_json_resume_with_an_escaped_half_pair_reads_as_valid_text() -> None:
    document = read_document(ESCAPED_HALF.encode(), "dana.json")
    assert "Dana \ufffd Example" in document.text
    document.text.encode("utf-8")  # raises on a lone surrogate


@needs_byte_names
def test_a_file_name_that_is_not_utf8_is_stored_and_the_batch_goes_on(
    database, tmp_path: Path
) -> None:
    folder = tmp_path / "resumes"
    folder.mkdir()
    latin1 = latin1_named(folder)
    (folder / "dana.json").write_text(ESCAPED_HALF, encoding="utf-8")
    (folder / "zoe.txt").write_text(RESUME.replace("Dana", "Zoe"), encoding="utf-8")
    outcomes: list[FileOutcome] = []
    service = ScreeningService(database)
    summary = run_to_end(service.import_files([folder], on_file=outcomes.append))
    assert summary.ok == 3 and summary.failures == 0
    stored = {outcome.path: outcome for outcome in outcomes}
    assert all(outcome.stored for outcome in outcomes)
    with database.session() as session:
        document = DocumentRepository(session).get(stored[latin1].document_id)
    assert document.filename == "caf\ufffd.txt"
    assert service.original(document.id) == latin1.read_bytes()


@needs_byte_names
@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
def test_the_command_prints_such_a_name_on_a_strict_terminal(
    db_path: Path, tmp_path: Path, encoding: str
) -> None:
    folder = tmp_path / "resumes"
    folder.mkdir()
    latin1_named(folder)
    command = [sys.executable, "-m", "recruiter_kit", "--db", str(db_path), "screen", str(folder)]
    environment = os.environ | {"PYTHONIOENCODING": f"{encoding}:strict"}
    done = subprocess.run(command, capture_output=True, env=environment, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    shown = b"caf\xe9.txt" if encoding == "utf-8" else b"caf\\udce9.txt"
    assert shown in done.stdout
    assert b"1 screened" in done.stdout
