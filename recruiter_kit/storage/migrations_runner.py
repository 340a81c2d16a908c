"""Running the Alembic migrations from code, without an alembic.ini on disk."""

from __future__ import annotations

from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from recruiter_kit.core.errors import DatabaseError, SchemaTooNewError
from recruiter_kit.resources import migrations_dir
from recruiter_kit.storage.database import Database, parse_url, sqlite_file


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    # Alembic's config is interpolated with ConfigParser: a literal % must be doubled.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:
        raise DatabaseError("The app ships no database migrations; the installation is broken.")
    return head


@dataclass(frozen=True, slots=True)
class SchemaState:
    current: str | None
    head: str
    known: bool

    @property
    def is_behind(self) -> bool:
        return self.known and self.current != self.head

    @property
    def is_newer(self) -> bool:
        return not self.known


def _read_only_url(url: str) -> URL | str:
    parsed = parse_url(url)
    file = sqlite_file(parsed)
    if file is None:
        return url
    # mode=ro opens without creating the file or turning on WAL, so checking never writes.
    return URL.create("sqlite", database=f"file:{file}", query={"mode": "ro", "uri": "true"})


def inspect_schema(url: str) -> SchemaState:
    """Which revision the database is at, read without writing to it."""
    head = head_revision()
    file = sqlite_file(parse_url(url))
    if file is not None and not file.exists():
        return SchemaState(current=None, head=head, known=True)
    try:
        engine = create_engine(_read_only_url(url))
    except (SQLAlchemyError, ImportError) as error:
        raise DatabaseError(f"Cannot use the database {_describe(url)}: {error}") from error
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as error:
        raise DatabaseError(
            f"Cannot read the database {_describe(url)}: {getattr(error, 'orig', None) or error}"
        ) from error
    finally:
        engine.dispose()
    known = current is None or _is_known(current)
    return SchemaState(current=current, head=head, known=known)


def _is_known(revision: str) -> bool:
    try:
        return script_directory().get_revision(revision) is not None
    except Exception:  # alembic raises several types for unknown ids
        return False


def _describe(url: str) -> str:
    file = sqlite_file(parse_url(url))
    return str(file) if file is not None else parse_url(url).render_as_string(hide_password=True)


def schema_too_new(url: str, state: SchemaState) -> SchemaTooNewError:
    return SchemaTooNewError(
        f"The database {_describe(url)} was written by a newer Recruiter Kit "
        f"(schema revision {state.current!r}; this app knows up to {state.head!r}). "
        "Update Recruiter Kit to open it; the file was left untouched."
    )


def upgrade(database: Database, revision: str = "head") -> None:
    """Bring the schema to `revision` on the database's own engine."""
    config = alembic_config(database.url)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(database: Database, revision: str) -> None:
    config = alembic_config(database.url)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
