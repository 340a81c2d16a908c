"""`recruiter-kit db`: upgrade, inspect and back up the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from recruiter_kit.cli.common import open_db, print_json
from recruiter_kit.services.database import DatabaseService
from recruiter_kit.services.demo import populate_demo


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("db", help="upgrade, inspect, back up or seed the database")
    commands = parser.add_subparsers(title="db commands", metavar="ACTION", required=True)

    upgrade = commands.add_parser("upgrade", help="bring the schema to this version of the app")
    upgrade.set_defaults(func=_upgrade)

    info = commands.add_parser("info", help="where the database is, its schema and its counts")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(func=_info)

    backup = commands.add_parser("backup", help="write a consistent copy of a SQLite database")
    backup.add_argument("path", type=Path, help="the file to write")
    backup.set_defaults(func=_backup)

    demo = commands.add_parser("demo", help="fill an empty database with fictional demo data")
    demo.set_defaults(func=_demo)


def _upgrade(args: argparse.Namespace) -> int:
    database = open_db(args)
    info = DatabaseService(database).info()
    print(f"{info.url} is at schema {info.revision} (latest).")
    return 0


def _info(args: argparse.Namespace) -> int:
    database = open_db(args, upgrade=False)
    info = DatabaseService(database).info()
    if args.json:
        print_json(
            {
                "url": info.url,
                "file": str(info.file) if info.file else None,
                "size_bytes": info.size_bytes,
                "revision": info.revision,
                "head": info.head,
                "up_to_date": info.up_to_date,
                "jobs": info.jobs,
                "candidates": info.candidates,
                "documents": info.documents,
            }
        )
        return 0
    status = "up to date" if info.up_to_date else f"behind (latest is {info.head})"
    print(f"Database:   {info.url}")
    if info.size_bytes is not None:
        print(f"Size:       {info.size_bytes:,} bytes")
    print(f"Schema:     {info.revision or 'empty'} ({status})")
    print(f"Jobs:       {info.jobs}")
    print(f"Candidates: {info.candidates}")
    print(f"Documents:  {info.documents}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    target = DatabaseService(open_db(args, upgrade=False)).backup(args.path)
    print(f"Backed up to {target}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    if populate_demo(open_db(args)):
        print("Demo data added.")
    else:
        print("The database already holds jobs; demo data not added.")
    return 0
