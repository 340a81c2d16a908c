"""The literal pre-checks must never change what a rule pattern finds."""

from __future__ import annotations

import re

import pytest
from screening_fixtures import SINGLE_COLUMN

from recruiter_kit.screening.experience import RANGE
from recruiter_kit.screening.prefilter import Alternation, gate_for, split_by_first_digit
from recruiter_kit.screening.rules import Rules, hoist_guard, lower_pattern
from recruiter_kit.screening.sections import SectionFinder, TextIndex
from recruiter_kit.screening.signals import bullet_lines, is_quantified, quantified_lines

RULES = Rules.load()

# Invented lines that hit the rules from several sides, including matches that run
# over a line break and phrases the metric rules must not count.
EXTRA = [
    "Experience",
    "Site Reliability Engineer, Quarry Labs",
    "Mar 2018 – Present",
    "• Ran the on-call rotation, wrote post-mortems and defined SLOs for 12 services",
    "• Served 3.5M requests per day at p99 under 80 ms and 99.95% uptime",
    "• Designed and built REST APIs consumed by 40,000",
    "users across three regions",
    "• Worked on the APIs of the billing backend; integrated third-party APIs",
    "• Led a team of 6 engineers; reduced costs by 30% and saved $1.2M",
    "• Helped with load testing and end-to-end tests in the CI/CD pipeline",
    "• Cut latency from 900",
    "ms to 120 ms with auto-scaling",
    "Projects",
    "• Tutorial app using a NoSQL datastore, rate-limited to 10 requests a second",
    "Education",
    "B.Sc. Computing 2012 - 2016, GPA 3.9, ranked 2nd of 300 students",
]


def _index(lines: list[str]) -> TextIndex:
    return TextIndex(SectionFinder(RULES.sections).split(lines))


def _rule_patterns() -> list[re.Pattern[str]]:
    patterns = [
        RULES.weak_phrases,
        RULES.reliability,
        RULES.software_work,
        RULES.not_metrics,
        RULES.metric_patterns,
        RANGE,
    ]
    for compiled in RULES.compiled.values():
        patterns.extend(compiled.values())
    return patterns


def _full_scan(index: TextIndex, pattern: re.Pattern[str]) -> list[tuple[int, tuple[int, int]]]:
    return [
        (index.line_at(match.start()).number, match.span())
        for match in pattern.finditer(index.lowered)
    ]


@pytest.mark.parametrize("lines", [SINGLE_COLUMN, EXTRA, SINGLE_COLUMN + EXTRA])
def test_gated_search_finds_what_a_full_scan_finds(lines: list[str]) -> None:
    for pattern in _rule_patterns():
        index = _index(lines)
        full = _full_scan(index, pattern)
        assert [(line.number, m.span()) for line, m in index.matches(pattern)] == full
        expected = list(dict.fromkeys(n for n, _ in full if not index.lines[n].heading))
        assert [line.number for line in index.matching(pattern)] == expected
        assert index.contains(pattern) == bool(full)


def test_every_match_holds_one_of_the_gate_strings() -> None:
    index = _index(SINGLE_COLUMN + EXTRA)
    checked = 0
    for pattern in _rule_patterns():
        gate = gate_for(pattern)
        if gate is None:
            continue
        for match in pattern.finditer(index.lowered):
            assert any(literal in match.group(0) for literal in gate.literals), pattern.pattern
            checked += 1
    assert checked > 20


def test_narrowed_metric_check_agrees_with_the_full_check() -> None:
    index = _index(SINGLE_COLUMN + EXTRA)
    bullets = bullet_lines(index.lines)
    expected = [line for line in bullets if is_quantified(line.text, RULES)]
    assert quantified_lines(bullets, RULES) == expected
    assert len(expected) >= 4


def test_gate_strings_read_from_the_pattern() -> None:
    gate = gate_for(lower_pattern(r"\bp(?:95|99|999)\b"))
    assert gate is not None
    assert gate.literals == {"p95", "p99"}  # "p999" holds "p99"
    assert gate.one_line
    assert gate_for(lower_pattern(r"on-?call")).literals == {"on-call", "oncall"}


def test_patterns_without_a_safe_gate() -> None:
    assert gate_for(re.compile(r"\d+\s?%")).one_line is False  # \s takes a newline
    assert gate_for(re.compile(r"build[^.;\n]{0,9}apis?")).one_line is True
    assert gate_for(re.compile(r"\d+ ?users?", re.IGNORECASE)) is None
    assert gate_for(re.compile(r"(?:[a-z]+)?")) is None  # may match anything


def test_alternation_narrows_to_chosen_branches() -> None:
    patterns = [r"\d+%", r"\d+ ms\b"]
    alternation = Alternation(patterns, lower_pattern("|".join(f"(?:{p})" for p in patterns)))
    assert alternation.narrowed(()) is None
    assert alternation.narrowed((0, 1)) is alternation.pattern
    only_ms = alternation.narrowed((1,))
    assert only_ms is not None
    assert only_ms.search("cut 40%") is None
    assert only_ms.search("at 80 ms") is not None


def _raw_rule_patterns() -> list[str]:
    raw, flags = RULES.raw, RULES.flags
    found = [*raw["metrics"]["patterns"], *raw["metrics"]["not_metrics"], *raw["reliability"]]
    for kind in ("green", "yellow"):
        for spec in flags[kind].values():
            found += spec.get("patterns", []) + spec.get("exclude_patterns", [])
            found += [spec[key] for key in ("count_pattern", "rate_pattern") if key in spec]
    return found


def test_hoisted_guards_match_the_same_text() -> None:
    texts = [
        "\n".join(SINGLE_COLUMN + EXTRA).lower(),
        "x1 ms a1.5ms 2 ms _3 ms .4 ms 5\nms p99 xp99 _p95 v1.2 users 3,000 users a3 users",
        "9.9% 99.95% uptime 12k requests per day; b12k requests/day 1.000 rows",
    ]
    hoisted = 0
    for source in _raw_rule_patterns():
        plain, fast = re.compile(source), lower_pattern(source)
        hoisted += fast.pattern != source
        for text in texts:
            for at in (0, 1, 5):  # a start position must not change the answer either
                expected = [(m.span(), m.groups()) for m in plain.finditer(text, at)]
                assert [(m.span(), m.groups()) for m in fast.finditer(text, at)] == expected
    assert hoisted >= 5
    assert hoist_guard(r"\b\d+?x") == r"\b\d+?x"  # a lazy repeat is left alone
    assert hoist_guard(r"\b(?:a|b)") == r"\b(?:a|b)"
    assert hoist_guard(r"\bp(?:95|99)") == r"p(?<!\wp)(?:95|99)"


def test_split_by_first_digit_keeps_every_match() -> None:
    patterns = RULES.raw["metrics"]["patterns"]
    split = split_by_first_digit(patterns)
    assert split is not None and split.startswith(r"(?=\d)")
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    fast = re.compile(split)
    texts = ["\n".join(SINGLE_COLUMN + EXTRA).lower(), "cut $2m, 40% and 3 ms at p99 from 9 to 2"]
    for text in texts + [line.lower() for line in EXTRA]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # All branches open with \b: the compiler already tests it once, so no split.
    assert split_by_first_digit(RULES.raw["metrics"]["not_metrics"]) is None
    assert split_by_first_digit([r"\d+%", r"(?:x|\d)y"]) is None  # a branch may start either way
