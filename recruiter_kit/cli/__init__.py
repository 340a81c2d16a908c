"""The `recruiter-kit` command line.

With no subcommand it opens the desktop app; every subcommand works headless.
Each module of this package that defines `register(subparsers)` adds its own
subcommands, so features plug in without editing this file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import Any

from recruiter_kit import __version__
from recruiter_kit.core.errors import RecruiterKitError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recruiter-kit",
        description=(
            "Recruiter Kit: job descriptions, resume screening and interview guides for "
            "hiring backend engineers. Without a command, opens the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file path (default: $RECRUITER_KIT_DB, "
        "then recruiter-kit.sqlite3 in the user data folder)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in _command_modules():
        module.register(subparsers)
    return parser


def _command_modules() -> list[Any]:
    """The command modules: every module here with a `register(subparsers)`."""
    modules: list[Any] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda item: item.name):
        if info.name.startswith("_") or info.name == "common":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            modules.append(module)
    return modules


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _log_to_stderr(logging.DEBUG if args.verbose else logging.WARNING)
    _print_any_file_name()
    handler = getattr(args, "func", None)
    try:
        if handler is None:
            from recruiter_kit.app import run_gui

            return run_gui(args.db)
        return int(handler(args) or 0)
    except RecruiterKitError as error:
        print(f"recruiter-kit: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("recruiter-kit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) has gone: stop quietly, as command-line tools do.
        # stdout is pointed at devnull so Python's own flush at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _print_any_file_name() -> None:
    """Let output name files whose names are not valid in the terminal's encoding.

    Python holds such bytes as lone surrogates (PEP 383). On a UTF-8 terminal they
    are written back as the bytes they came from, the name `ls` shows; elsewhere
    as escapes. A strict stream would stop the command at the first such name.
    """
    for stream in (sys.stdout, sys.stderr):
        if not hasattr(stream, "reconfigure"):  # replaced, e.g. by a test's capture
            continue
        utf8 = (stream.encoding or "").lower().replace("-", "") == "utf8"
        stream.reconfigure(errors="surrogateescape" if utf8 else "backslashreplace")


def _log_to_stderr(level: int) -> None:
    # The level sits on the handler, not the root logger, so the GUI's log file can
    # record INFO without the terminal showing it.
    handler = logging.StreamHandler()
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, level))
