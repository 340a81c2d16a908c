"""Rewrites made for speed keep every match: opening digits taken one at a time."""

from __future__ import annotations

import random
import re

from recruiter_kit.screening.rules import Rules, combine, take_first_digit

PATTERNS = [
    r"\b\d+(?:\.\d+)?\s?ms\b",
    r"\b\d{2}(?:\.\d+)?\s?%",
    r"\b\d{2,}x",
    r"\b\d{2,4}x",
    r"\b\d+?x",
    r"\b\d++s",
    r"\b\d{1}k|\b\d+m",
]
TEXTS = [
    "p99 under 30 ms, 250ms and 1.5 ms; 99.95% uptime, 12345x 12x 1x",
    "a1 22 333x 4444x 55555x 7m 8k 9s 10 s 0.5ms",
]


def test_opening_digits_written_out() -> None:
    assert take_first_digit(r"\b\d+(?:\.\d+)?\s?ms\b") == r"\b\d\d*(?:\.\d+)?\s?ms\b"
    assert take_first_digit(r"\b\d{2,5}x") == r"\b\d\d{1,4}x"
    assert take_first_digit(r"\b\d{0,3}x") == r"\b\d{0,3}x"  # may open with no digit
    assert take_first_digit(r"\bp99") == r"\bp99"


def test_rewritten_patterns_find_the_same_matches() -> None:
    rng = random.Random(7)
    noise = ["".join(rng.choice("0123456789 .x%ms,a") for _ in range(40)) for _ in range(500)]
    texts = TEXTS + noise
    for pattern in PATTERNS:
        plain, rewritten = re.compile(pattern), re.compile(take_first_digit(pattern))
        for text in texts:
            assert [m.span() for m in rewritten.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (pattern, text)


def test_combined_outcome_patterns_find_what_the_plain_alternation_finds() -> None:
    patterns = Rules.load().raw["metrics"]["patterns"]
    combined = combine(patterns)
    assert not combined.pattern.startswith("(?=")  # the digit test is the shared first class
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    rng = random.Random(11)
    words = ["cut", "latency", "by", "40%", "from", "9", "to", "2", "p99", "$2m", "3 ms", "1.5x"]
    words += ["faster", "10k", "users", "rps", "gb", "12", ",", ".", "\n", "reduced", "a1"]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        assert [m.span() for m in combined.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
