"""The schema only changes through Alembic, and opening a database never damages it."""

from __future__ import annotations

import json
import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column

from recruiter_kit import paths
from recruiter_kit.core.errors import DatabaseError, SchemaTooNewError
from recruiter_kit.storage import migrations_runner
from recruiter_kit.storage.database import Database, open_database, sqlite_url
from recruiter_kit.storage.models import Base


def test_empty_database_is_upgraded_to_head(db_url: str) -> None:
    database = open_database(db_url)
    state = migrations_runner.inspect_schema(db_url)
    assert state.current == migrations_runner.head_revision()
    assert not state.is_behind
    database.dispose()


def schema_differences(database: Database) -> list[object]:
    """What autogenerate finds between the models and the migrated database.

    SQLite's reflection cannot read indexes on expressions (SQLAlchemy warns
    and skips them), so those are compared by `expression_indexes` instead.
    """
    with database.engine.connect() as connection, warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", "Skipped unsupported reflection of expression-based index"
        )
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression")
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return [
            diff
            for diff in compare_metadata(context, Base.metadata)
            if not (diff[0] == "add_index" and diff[1].name in MODEL_EXPRESSION_INDEXES)
        ]


MODEL_EXPRESSION_INDEXES = {
    index.name: index
    for table in Base.metadata.tables.values()
    for index in table.indexes
    if any(not isinstance(part, Column) for part in index.expressions)
}


def expression_indexes(database: Database) -> dict[str, str]:
    """Name -> SQL of every index on an expression in the migrated database."""
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
        return {name: sql for name, sql in rows if name in MODEL_EXPRESSION_INDEXES}


def test_models_and_migrations_agree(database: Database) -> None:
    assert schema_differences(database) == []
    assert set(expression_indexes(database)) == set(MODEL_EXPRESSION_INDEXES)


def test_expression_indexes_match_the_models(database: Database) -> None:
    found = expression_indexes(database)
    for name, index in MODEL_EXPRESSION_INDEXES.items():
        compiled = str(index.expressions[0].compile(database.engine)).replace("candidates.", "")
        assert compiled.replace(" ", "") in found[name].replace(" ", ""), (name, found[name])


def test_revision_chain_is_linear() -> None:
    script = migrations_runner.script_directory()
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    assert [rev for rev in revisions if rev.down_revision is None] == [revisions[-1]]
    for revision in revisions:
        assert not isinstance(revision.down_revision, tuple | list), revision.revision
        assert not revision.is_merge_point


def test_older_database_is_upgraded_with_its_data_kept(db_url: str) -> None:
    old = Database(db_url)
    migrations_runner.upgrade(old, "0001_initial")
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO jobs (title, level, required_skills, nice_to_have_skills, details, "
            "created_at, updated_at) VALUES ('Backend Engineer', 'mid', '[\"Go\"]', '[]', '{}', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    old.dispose()
    assert migrations_runner.inspect_schema(db_url).is_behind

    upgraded = open_database(db_url)
    with upgraded.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT title, required_skills FROM jobs").all()
    assert rows == [("Backend Engineer", '["Go"]')]
    assert migrations_runner.inspect_schema(db_url).current == migrations_runner.head_revision()
    upgraded.dispose()


def test_every_revision_downgrades_and_upgrades_again(database: Database) -> None:
    migrations_runner.downgrade(database, "base")
    migrations_runner.upgrade(database)
    assert schema_differences(database) == []
    assert set(expression_indexes(database)) == set(MODEL_EXPRESSION_INDEXES)


def test_going_back_before_line_references_writes_results_in_full(
    database: Database, db_url: str
) -> None:
    """An older app reads evidence and sections only as text: a downgrade writes them so."""
    from recruiter_kit.screening.results import Evidence, ScreeningResult, SkillHit
    from recruiter_kit.services.importing import Screened, plain

    line = "Built Python services"
    result = ScreeningResult(
        status="ok",
        text=f"Dana\nExperience\n{line}",
        sections={"header": ["Dana"], "experience": [line]},
        skills=[SkillHit("Python", "languages", True, [Evidence(line, "experience", 2)])],
    )
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO documents (filename, media_type, size, sha256, content, status, "
            "created_at) VALUES ('dana.txt', 'text/plain', 1, 'x', x'00', 'ok', '2026-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO screenings (document_id, status, green_count, yellow_count, result, "
            "created_at, updated_at) VALUES (1, 'ok', 0, 0, ?, '2026-01-01', '2026-01-01')",
            (Screened.of(result).result_json,),
        )
    migrations_runner.downgrade(database, "0007_drop_plain_contact_indexes")
    with database.engine.connect() as connection:
        stored = json.loads(connection.exec_driver_sql("SELECT result FROM screenings").scalar())
    expected = plain(result)
    del expected["text"]
    assert stored == expected


def test_database_from_a_newer_app_is_refused_untouched(db_path: Path, db_url: str) -> None:
    open_database(db_url).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer Recruiter Kit"):
        open_database(db_url)
    assert db_path.read_bytes() == before


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Shopping list: milk, eggs\n" * 50)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Recruiter Kit database"):
        open_database(sqlite_url(path))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_unreachable_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(sqlite_url(tmp_path / "missing" / "folder" / "db.sqlite3"))


def test_folder_given_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(sqlite_url(tmp_path))


def test_sqlite_connections_are_tuned(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_default_database_folder_is_made_on_first_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATABASE_URL_VAR, raising=False)
    folder = paths.default_database_path().parent
    assert not folder.exists()
    database = open_database()
    database.dispose()
    assert paths.default_database_path().is_file()


def test_default_database_folder_is_not_made_when_only_inspecting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(paths.DATABASE_URL_VAR, raising=False)
    with pytest.raises(DatabaseError, match=r"There is no database at .* yet"):
        open_database(upgrade=False)
    assert not paths.default_database_path().parent.exists()
