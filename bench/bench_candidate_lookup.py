"""How long finding a known candidate by email or phone takes as the database grows.

An import asks this once per file, so it must not grow with the number of
candidates already stored.

    .venv/bin/python bench/bench_candidate_lookup.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recruiter_kit.core.models import Candidate  # noqa: E402
from recruiter_kit.storage.database import open_database, sqlite_url  # noqa: E402
from recruiter_kit.storage.screening_repository import (  # noqa: E402
    ImportRepository,
    ScreeningRepository,
)

SIZES = (1_000, 10_000, 50_000)
LOOKUPS = 200


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        database = open_database(sqlite_url(Path(scratch) / "bench.sqlite3"))
        stored = 0
        for size in SIZES:
            with database.session() as session:
                repository = ScreeningRepository(session)
                for i in range(stored, size):
                    repository.add_candidate(
                        Candidate(
                            id=None,
                            name=f"Person {i}",
                            code=f"C-{i:08d}",
                            email=f"person{i}@example.org",
                            phone=f"+1555{i:07d}",
                        )
                    )
            stored = size
            start = time.perf_counter()
            for i in range(LOOKUPS):
                with database.session() as session:
                    ImportRepository(session.connection()).import_lookup(
                        f"new{i}@example.org", "+44 20 7946 0958", f"C-NEW{i}"
                    )
            per_lookup = (time.perf_counter() - start) / LOOKUPS * 1000
            print(f"{size:>6} candidates: {per_lookup:.3f} ms a lookup (its own transaction)")
        database.dispose()


if __name__ == "__main__":
    main()
