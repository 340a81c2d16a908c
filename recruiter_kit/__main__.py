"""`python -m recruiter_kit` and the `recruiter-kit` entry point."""

from __future__ import annotations

import sys


def main() -> int:
    from recruiter_kit.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
