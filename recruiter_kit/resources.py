"""The one module that finds the data shipped with the app.

An installed wheel carries `resources/` and `templates/` inside the package
under `_data/`; a source checkout has them at the top of the repository.
Everything else asks this module for a path and never guesses one.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

_PACKAGE_ROOT = Path(__file__).resolve().parent
_CHECKOUT_ROOT = _PACKAGE_ROOT.parent


@cache
def _shipped_folder(name: str) -> Path:
    packaged = importlib_resources.files("recruiter_kit") / "_data" / name
    if packaged.is_dir():
        return Path(str(packaged))
    in_checkout = _CHECKOUT_ROOT / name
    if in_checkout.is_dir():
        return in_checkout
    raise FileNotFoundError(
        f"The shipped '{name}' folder is missing from this installation "
        f"(looked in {packaged} and {in_checkout}). Reinstall Recruiter Kit."
    )


def resources_dir() -> Path:
    """The shipped data folder: taxonomy, flag rules, question bank, word lists."""
    return _shipped_folder("resources")


def templates_dir() -> Path:
    """The shipped job-description templates."""
    return _shipped_folder("templates")


def resource_path(relative: str) -> Path:
    """Path of one shipped data file, e.g. ``resource_path("skills/taxonomy.json")``."""
    path = resources_dir() / relative
    if not path.exists():
        raise FileNotFoundError(f"Shipped data file not found: {path}")
    return path


def load_json(relative: str) -> Any:
    """Parse a shipped JSON data file."""
    with resource_path(relative).open(encoding="utf-8") as handle:
        return json.load(handle)


def migrations_dir() -> Path:
    """The Alembic scripts, which live inside the package so every install has them."""
    return _PACKAGE_ROOT / "storage" / "migrations"
