"""Finding a known candidate by email or phone: the same answers, through an index."""

from __future__ import annotations

from recruiter_kit.core.models import Candidate
from recruiter_kit.storage.database import Database
from recruiter_kit.storage.screening_repository import (
    _IMPORT_LOOKUP,
    ImportRepository,
    ScreeningRepository,
)


def add(database: Database, code: str, email: str | None, phone: str | None) -> int:
    with database.session() as session:
        return ScreeningRepository(session).add_candidate(
            Candidate(id=None, name=code, code=code, email=email, phone=phone, job_id=None)
        )


def test_email_in_any_case_and_phone_by_its_last_digits(database: Database) -> None:
    ana = add(database, "C-ANA", "Ana@Example.org", None)
    ben = add(database, "C-BEN", None, "5550102030")
    with database.session() as session:
        lookups = ImportRepository(session.connection())
        by_email = lookups.import_lookup("ana@example.ORG", None, "C-NEW")
        by_phone = lookups.import_lookup(None, "+1 (555) 010-2030", "C-NEW")
        too_short = lookups.import_lookup(None, "010-2030", "C-NEW")
        taken = lookups.import_lookup(None, None, "C-ANA")
        sharing = ScreeningRepository(session).candidates_sharing_contact(
            "ANA@example.org", "1 555 010 2030"
        )
    assert (by_email.candidate_id, by_email.matched_by) == (ana, "email")
    assert (by_phone.candidate_id, by_phone.matched_by) == (ben, "phone")
    assert too_short.candidate_id is None and not too_short.code_taken
    assert taken.code_taken
    assert sharing == [(ana, "email"), (ben, "phone")]


def test_the_lookup_uses_the_indexes_not_a_scan_of_every_candidate(database: Database) -> None:
    with database.engine.connect() as connection:
        compiled = _IMPORT_LOOKUP.compile(connection)
        params = {
            **compiled.params,
            "email": "a@example.org",
            "phone": "550102030",
            "code": "C-1",
        }
        plan = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}",
            tuple(params[name] for name in compiled.positiontup or ()),
        ).fetchall()
    details = " | ".join(str(row[-1]) for row in plan)
    assert "ix_candidates_email_key" in details and "ix_candidates_phone_key" in details, details
    assert "SCAN candidates" not in details, details
