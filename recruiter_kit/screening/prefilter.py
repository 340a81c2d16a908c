"""Literal pre-checks that tell where a rule pattern can match at all.

Most rule patterns can only match where one of a few fixed strings occurs
("incident", "p99", "%"). Finding those strings with `str.find` costs a small
share of running the regex over the whole resume, so a pattern runs only on
the lines that hold one of them, and not at all when none occurs.

The strings are read from the pattern's parse tree, so a pattern a user adds
to the rules gets its pre-check without further work. The check is exact: a
pattern whose matches need not contain a fixed string, or that is compiled
case-insensitively, gets no pre-check and is searched as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, wraps
from typing import TypeVar

# The parse tree is the documented input of the `re` compiler but lives in a private
# module; if it ever moves, every pattern simply runs without a pre-check.
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    sre = sre_parse = None

_MAX_SET = 48  # alternative strings followed through the parse tree
# A gate with more strings than this costs about as much to check (one `str.find`
# per string) as the regex search it would save.
_MAX_GATE = 20
_SELECTIVE = 3  # strings shorter than this occur in nearly every line
_MAX_CLASS = 8  # a character class of up to this many characters is spelled out
_NEWLINE = ord("\n")

Strings = frozenset[str]
_T = TypeVar("_T")


def per_pattern(compute: Callable[[re.Pattern[str]], _T]) -> Callable[[re.Pattern[str]], _T]:
    """`compute` remembered for each compiled pattern, looked up by the pattern's identity.

    Hashing a compiled pattern hashes its whole compiled program (about a
    microsecond for a rule alternation, paid at every look-up); its identity
    costs nothing. The memo keeps each pattern, so no other can take its id.
    """
    memo: dict[int, tuple[re.Pattern[str], _T]] = {}

    @wraps(compute)
    def lookup(pattern: re.Pattern[str]) -> _T:
        known = memo.get(id(pattern))
        if known is None:
            known = memo[id(pattern)] = (pattern, compute(pattern))
        return known[1]

    return lookup


@dataclass(frozen=True, slots=True)
class Gate:
    """What must occur for a pattern to match, and whether a match stays on one line.

    Attributes:
        literals: every match contains at least one of these strings.
        one_line: no match (or look-around) can take in a line break, so
            searching each line on its own finds the same matches as searching
            the whole text.
    """

    literals: Strings
    one_line: bool


@per_pattern
def gate_for(pattern: re.Pattern[str]) -> Gate | None:
    """The pre-check for `pattern`, or None when it has none (it is then always searched)."""
    return gate_of_source(pattern.pattern, pattern.flags)


@cache
def gate_of_source(source: str, flags: int) -> Gate | None:
    """`gate_for` a pattern not compiled: it reads only the parse tree, not the program."""
    if sre_parse is None or flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL):
        return None
    try:
        tree = sre_parse.parse(source, flags)
        exact, required = _sequence(list(tree))
    except Exception:  # an unusual construct: no pre-check rather than a wrong one
        return None
    literals = required if exact is None else _useful(exact)
    if not literals or len(literals) > _MAX_GATE:
        return None
    return Gate(literals, not _may_cross_lines(list(tree)))


# --- which strings every match contains ------------------------------------------------
# Each node gives (exact, required): `exact` is the finite set of strings the node
# matches (None when too many), `required` a set of strings one of which every match
# contains (None when there is no such set).


def _sequence(nodes: list) -> tuple[Strings | None, Strings | None]:
    runs: list[Strings] = []
    current: Strings | None = frozenset({""})
    whole = True
    for op, value in nodes:
        exact, required = _node(op, value)
        if exact is not None and current is not None and len(exact) * len(current) <= _MAX_SET:
            current = frozenset(a + b for a in current for b in exact)
            continue
        whole = False
        if current is not None:
            runs.append(current)
        if exact is not None:
            current = exact
        else:
            current = frozenset({""})
            if required is not None:
                runs.append(required)
    if current is not None:
        runs.append(current)
    if whole:
        return current, _best(runs)
    return None, _best(runs)


def _node(op, value) -> tuple[Strings | None, Strings | None]:
    if op == sre.LITERAL:
        return frozenset({chr(value)}), None
    if op == sre.IN:
        return _char_class(value), None
    if op == sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""}), None  # zero width: contributes no characters
    if op == sre.SUBPATTERN:
        _group, add_flags, _del_flags, nodes = value
        if add_flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL):
            raise ValueError("inline flags")
        return _sequence(list(nodes))
    if op == sre.BRANCH:
        return _branch(value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, nodes = value
        exact, required = _sequence(list(nodes))
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return None, None
        if low == high == 1:
            return exact, required
        return None, _useful(exact) if exact is not None else required
    if op == sre.ATOMIC_GROUP:
        return _sequence(list(value))
    return None, None  # any character, categories, back-references: no strings


def _char_class(items: list) -> Strings | None:
    chars: set[str] = set()
    for op, value in items:
        if op == sre.LITERAL:
            chars.add(chr(value))
        elif op == sre.RANGE and value[1] - value[0] < _MAX_CLASS:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None  # negated sets, categories, wide ranges
    return frozenset(chars) if len(chars) <= _MAX_CLASS else None


def _branch(alternatives: list) -> tuple[Strings | None, Strings | None]:
    exacts: list[Strings | None] = []
    required: set[str] = set()
    usable = True
    for nodes in alternatives:
        exact, needed = _sequence(list(nodes))
        exacts.append(exact)
        strings = _useful(exact) if exact is not None else needed
        if strings is None:
            usable = False
        else:
            required |= strings
    union = None
    if all(exact is not None for exact in exacts):
        union = frozenset().union(*exacts)  # type: ignore[arg-type]
        if len(union) > _MAX_SET:
            union = None
    return union, _minimal(frozenset(required)) if usable else None


def _useful(strings: Strings) -> Strings | None:
    """The strings as a requirement: none if one of them is empty (it is always present)."""
    if "" in strings or len(strings) > _MAX_SET:
        return None
    return _minimal(strings)


def _minimal(strings: Strings) -> Strings | None:
    """Drop strings that contain another of the set: finding the shorter one is enough."""
    if len(strings) > _MAX_SET:
        return None
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for text in ordered:
        if not any(shorter in text for shorter in kept):
            kept.append(text)
    return frozenset(kept)


def _best(runs: list[Strings]) -> Strings | None:
    """The cheapest useful requirement: fewest strings among those of three characters or
    more (shorter ones occur everywhere), each string costing one `str.find`."""
    options = [strings for run in runs if (strings := _useful(run)) is not None]
    if not options:
        return None
    return max(options, key=lambda s: (min(len(t) for t in s) >= _SELECTIVE, -len(s)))


# --- whether a match can run over a line break ------------------------------------------


def _may_cross_lines(nodes: list) -> bool:
    return any(_node_crosses(op, value) for op, value in nodes)


def _node_crosses(op, value) -> bool:
    if op == sre.LITERAL:
        return value == _NEWLINE
    if op == sre.NOT_LITERAL:
        return value != _NEWLINE
    if op == sre.IN:
        return _class_crosses(value)
    if op == sre.AT:
        # Start and end anchors mean something else on a line cut out of the text.
        return value not in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _may_cross_lines(list(value[1]))
    if op == sre.SUBPATTERN:
        return _may_cross_lines(list(value[3]))
    if op == sre.BRANCH:
        return any(_may_cross_lines(list(nodes)) for nodes in value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _may_cross_lines(list(value[2]))
    if op == sre.ATOMIC_GROUP:
        return _may_cross_lines(list(value))
    # Without DOTALL (such patterns get no pre-check) "." stops at a newline; for
    # back-references and the rest, assume the worst.
    return op != sre.ANY


def _class_crosses(items: list) -> bool:
    negated = bool(items) and items[0][0] == sre.NEGATE
    holds_newline = False
    for op, value in items[1:] if negated else items:
        if op == sre.LITERAL:
            holds_newline |= value == _NEWLINE
        elif op == sre.RANGE:
            holds_newline |= value[0] <= _NEWLINE <= value[1]
        elif op == sre.CATEGORY:
            holds_newline |= value in (
                sre.CATEGORY_SPACE,
                sre.CATEGORY_UNI_SPACE,
                sre.CATEGORY_NOT_WORD,
                sre.CATEGORY_UNI_NOT_WORD,
                sre.CATEGORY_NOT_DIGIT,
                sre.CATEGORY_UNI_NOT_DIGIT,
                sre.CATEGORY_LINEBREAK,
                sre.CATEGORY_UNI_LINEBREAK,
            )
            # \S, \w, \d and "not a line break" never hold a newline.
        else:
            return True
    return not holds_newline if negated else holds_newline


class Alternation:
    """Rule patterns searched as one alternation, narrowed to those that can match.

    Leaving out a branch whose strings do not occur in a text cannot change what
    the alternation finds there, since that branch never matches in it; the
    regex engine then tries fewer branches at every position.
    """

    def __init__(self, patterns: list[str], combined: re.Pattern[str]) -> None:
        self.pattern = combined
        self._patterns = patterns
        self._flags = combined.flags
        self.gates: list[Gate | None] = [
            gate_of_source(f"(?:{pattern})", combined.flags) for pattern in patterns
        ]
        self._narrowed: dict[tuple[int, ...], re.Pattern[str]] = {}

    def narrowed(self, branches: tuple[int, ...]) -> re.Pattern[str] | None:
        """The alternation of only `branches` (indexes into the patterns); None when empty."""
        if not branches:
            return None
        if len(branches) == len(self._patterns):
            return self.pattern
        pattern = self._narrowed.get(branches)
        if pattern is None:
            source = "|".join(f"(?:{self._patterns[i]})" for i in branches)
            pattern = self._narrowed[branches] = re.compile(source, self._flags)
        return pattern


def split_by_first_digit(patterns: list[str], flags: int = 0) -> str | None:
    r"""An alternation of `patterns` that tests once whether a match starts with a digit.

    The branches whose match must start with a digit go behind one `(?=\d)`
    test (or behind the digit class they all open with, when the compiler can
    take it out in front) and the ones that cannot start with a digit after it. At any position
    only one of the two groups can match and each keeps its order, so the
    matches are those of the plain alternation; at a letter the engine skips
    the digit branches with one test instead of trying each. None when the
    patterns do not split that way (a branch may start either way, or all
    start alike), or when they all open with the same element: the regex
    compiler then tests that element once for all branches (a shared `\b`
    turns most positions away faster than the digit test would).
    """
    if flags & re.IGNORECASE or _common_start(patterns, flags):
        return None
    first = [_digit_first(pattern, flags) for pattern in patterns]
    if None in first or all(first) or not any(first):
        return None
    digits = "|".join(f"(?:{p})" for p, digit in zip(patterns, first, strict=True) if digit)
    others = "|".join(f"(?:{p})" for p, digit in zip(patterns, first, strict=True) if not digit)
    if _opens_with_character(digits, flags):
        # Every digit branch opens with the same digit class, which the compiler takes
        # out in front of them: the group is passed over at a letter by that one test.
        return f"(?:{digits})|{others}"
    return f"(?=\\d)(?:{digits})|{others}"


def _opens_with_character(pattern: str, flags: int) -> bool:
    """Whether `pattern`, once parsed, opens with one character or character class."""
    try:
        nodes = list(sre_parse.parse(pattern, flags))
    except Exception:
        return False
    return bool(nodes) and nodes[0][0] in (sre.LITERAL, sre.IN)


def _common_start(patterns: list[str], flags: int) -> bool:
    """Whether every pattern opens with the same element (the compiler factors it out)."""
    if sre_parse is None:
        return True
    try:
        firsts = [_opening(list(sre_parse.parse(pattern, flags))) for pattern in patterns]
    except Exception:
        return True
    return firsts[0] is not None and all(first == firsts[0] for first in firsts)


def _opening(nodes: list) -> object:
    while nodes and nodes[0][0] == sre.SUBPATTERN and nodes[0][1][0] is None:
        nodes = list(nodes[0][1][3])  # a group that captures nothing is looked through
    return nodes[0] if nodes else None


def _digit_first(pattern: str, flags: int) -> bool | None:
    """Whether a match must start with a digit (True), cannot (False), or either (None)."""
    if sre_parse is None:
        return None
    try:
        return _first_is_digit(list(sre_parse.parse(pattern, flags)))
    except Exception:  # an unusual construct: leave the branch where it is
        return None


def _first_is_digit(nodes: list) -> bool | None:
    for op, value in nodes:
        if op == sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next node consumes the first character
        if op == sre.SUBPATTERN:
            return _first_is_digit(list(value[3]))
        if op == sre.LITERAL:
            return not _NOT_DIGIT.match(chr(value))
        if op == sre.IN:
            if value == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
                return True
            if all(item_op == sre.LITERAL for item_op, _ in value):
                return False if all(_NOT_DIGIT.match(chr(c)) for _, c in value) else None
            return None
        if op == sre.BRANCH:
            answers = {_first_is_digit(list(alternative)) for alternative in value[1]}
            return answers.pop() if len(answers) == 1 else None
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            return _first_is_digit(list(value[2]))
        return None
    return None


_NOT_DIGIT = re.compile(r"\D")


# By the combined pattern's identity, as in `per_pattern`; each Alternation keeps its pattern.
_ALTERNATIONS: dict[int, Alternation] = {}


def register_alternation(patterns: list[str], combined: re.Pattern[str]) -> Alternation:
    """Remember that `combined` is the alternation of `patterns`, so searches can narrow it."""
    alternation = _ALTERNATIONS.get(id(combined))
    if alternation is None:
        alternation = _ALTERNATIONS[id(combined)] = Alternation(patterns, combined)
    return alternation


def alternation_of(pattern: re.Pattern[str]) -> Alternation | None:
    """The branches `pattern` was combined from, if it was registered."""
    return _ALTERNATIONS.get(id(pattern))


@per_pattern
def required_strings(pattern: re.Pattern[str]) -> Strings | None:
    """Strings one of which every match of `pattern` holds, or None when there are none.

    A text holding none of them needs no search: `pattern` cannot match in it.
    """
    alternation = alternation_of(pattern)
    gates = [gate_for(pattern)] if alternation is None else alternation.gates
    if any(gate is None for gate in gates):
        return None
    # Too many strings to look for cost about as much as the search they would save.
    return _minimal(frozenset().union(*(gate.literals for gate in gates)))  # type: ignore[union-attr]


class LineFinder:
    """Which lines of a text hold given strings; each string is looked for once."""

    def __init__(self, text: str, starts: list[int]) -> None:
        """`text` is the lines joined by newlines; `starts` where each line begins."""
        self._text = text
        self._starts = starts
        self._literal_lines: dict[str, list[int]] = {}
        self._gate_lines: dict[frozenset[str], list[int]] = {}

    def lines_with(self, literals: frozenset[str]) -> list[int]:
        """Numbers (ascending) of the lines holding one of `literals`."""
        numbers = self._gate_lines.get(literals)
        if numbers is None:
            found: set[int] = set()
            figures = _figures(literals)
            if figures is not None:
                found.update(self._lines_matching(figures))
            for literal in literals:
                if figures is None or literal[0].isalpha():
                    found.update(self._lines_with_literal(literal))
            numbers = self._gate_lines[literals] = sorted(found)
        return numbers

    def _lines_matching(self, pattern: re.Pattern[str]) -> list[int]:
        numbers: list[int] = []
        text, starts = self._text, self._starts
        found = pattern.search(text)
        while found is not None:
            number = bisect_right(starts, found.start()) - 1
            numbers.append(number)
            if number + 1 >= len(starts):
                break
            found = pattern.search(text, starts[number + 1])  # one hit is enough for a line
        return numbers

    def holds_any(self, literals: frozenset[str]) -> bool:
        """Whether the text holds one of `literals` (stops at the first found)."""
        text, known = self._text, self._literal_lines
        return any(
            bool(known[literal]) if literal in known else literal in text for literal in literals
        )

    def _lines_with_literal(self, literal: str) -> list[int]:
        numbers = self._literal_lines.get(literal)
        if numbers is None:
            numbers = self._literal_lines[literal] = []
            text, starts = self._text, self._starts
            at = text.find(literal)
            while at >= 0:
                number = bisect_right(starts, at) - 1
                numbers.append(number)
                # One hit is enough for a line: go on from the next line.
                at = text.find(literal, starts[number + 1]) if number + 1 < len(starts) else -1
        return numbers


@cache
def _figures(literals: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for the strings of `literals` that open with a figure or sign ("2019",
    "99.", "%"), when there are several; None otherwise.

    Figures and signs are rare in a resume: one scan that stops only at them finds
    every such string, where each `str.find` would read the whole text (three-
    character strings slowest).
    """
    figures = sorted(literal for literal in literals if not literal[0].isalpha())
    if len(figures) < 2:
        return None
    return re.compile("|".join(re.escape(figure) for figure in figures))
