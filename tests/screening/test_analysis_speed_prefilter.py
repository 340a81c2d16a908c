"""Lines found by one scan for figures are those a search for each string finds."""

from __future__ import annotations

import random

from recruiter_kit.screening.prefilter import LineFinder

LITERALS = frozenset({"196", "201", "202", "99.", "%", "$", "date", "now"})


def _finder(lines: list[str]) -> LineFinder:
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return LineFinder("\n".join(lines), starts)


def test_lines_with_figures_and_words() -> None:
    rng = random.Random(3)
    pieces = ["2019", "2021", "1968", "99.9", "40%", "$2m", "to date", "now", "known", "x", " "]
    for _ in range(300):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(8)]
        expected = [n for n, line in enumerate(lines) if any(s in line for s in LITERALS)]
        assert _finder(lines).lines_with(LITERALS) == expected
