"""Helpers the subcommands share."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from recruiter_kit.storage.database import Database, open_database


def open_db(args: argparse.Namespace, *, upgrade: bool = True) -> Database:
    """The database named by `--db` (or its defaults), checked and upgraded to the app's schema."""
    return open_database(getattr(args, "db", None), upgrade=upgrade)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
