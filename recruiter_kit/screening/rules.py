"""Screening rules loaded from resources/screening, with their regexes compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from recruiter_kit import resources
from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.screening.prefilter import register_alternation, split_by_first_digit

RULES_FILE = "screening/rules.json"
FLAGS_FILE = "screening/flags.json"
SECTIONS_FILE = "screening/sections.json"


_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")


# A guard (\b, or a look-behind at one character) opening a pattern, then one character.
_GUARDED_START = re.compile(
    r"^(?P<guard>\\b|\(\?<!\[(?:[^\]\\]|\\.)*\]\))"
    r"(?P<open>\((?!\?))?(?P<atom>\\d|[a-z0-9])(?P<plus>\+)?(?![*?{+])"
)


def hoist_guard(pattern: str) -> str:
    r"""The same pattern with an opening guard checked after the first character.

    The regex engine jumps straight to the characters that can start a match
    only when a pattern opens with one; behind a zero-width guard such as
    `\b\d` it tries the whole pattern at every position instead. A guard
    looking one character back gives the same answer one character later,
    looking two back: `\b\d` matches where `\d(?<!\w\d)` does (a digit is a
    word character), and `(?<![\w.])(\d` where `(\d(?<![\w.]\d)` does.
    """
    found = _GUARDED_START.match(pattern)
    if found is None:
        return pattern
    guard, atom = found["guard"], found["atom"]
    behind = "\\w" if guard == "\\b" else guard[4:-1]  # the class the guard looks at
    rest = atom + "*" if found["plus"] else ""
    return f"{found['open'] or ''}{atom}(?<!{behind}{atom}){rest}{pattern[found.end() :]}"


# A word boundary, then a digit repeated at least once ("\b\d+", "\b\d{2}").
_REPEATED_DIGIT = re.compile(r"^\\b\\d(?:(?P<plus>\+)|\{(?P<low>[1-9]\d*)(?P<high>,\d*)?\})")


def take_first_digit(pattern: str) -> str:
    r"""The same pattern with the first of its opening repeated digits written out.

    `\b\d+` matches what `\b\d\d*` does, trying the same lengths in the same
    order. In an alternation the difference is speed: a branch that opens with
    `\d` is passed over at a letter by one character test, one that opens with
    a repeat is entered first (a fifth faster on the scale flag's patterns).
    """
    found = _REPEATED_DIGIT.match(pattern)
    if found is None:
        return pattern
    if found["plus"]:
        repeat = "*"
    else:
        high = found["high"]  # ",n", "," or None, as in {low,n}, {low,} or {low}
        if high and high != ",":
            high = f",{int(high[1:]) - 1}"
        repeat = f"{{{int(found['low']) - 1}{high or ''}}}"
    return f"\\b\\d\\d{repeat}{pattern[found.end() :]}"


def lower_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern for lower-cased text.

    Rules are matched against lower-cased text, which lets the regex engine
    skip its case folding (about twice as fast). A pattern someone wrote with
    capital letters still works: it is compiled case-insensitively.
    """
    return re.compile(hoist_guard(pattern), _rule_flags(pattern))


def _rule_flags(pattern: str) -> int:
    """Case-insensitive for a pattern written with capital letters, else none."""
    return re.IGNORECASE if _UPPER_LITERAL.search(pattern.replace("\\", "")) else 0


def combine(patterns: list[str]) -> re.Pattern[str]:
    """One pattern matching any of `patterns` in lower-cased text (never matching when empty).

    A single alternation is searched once instead of once per pattern.
    """
    if not patterns:
        return re.compile(r"(?!)")
    # Guards stay in front when every branch opens with the same one: the compiler
    # tests a shared \b once, and it rejects most positions sooner than a character test.
    joined = "|".join(f"(?:{take_first_digit(pattern)})" for pattern in patterns)
    flags = _rule_flags(joined)
    split = split_by_first_digit(patterns, flags)
    if split is None:
        combined = re.compile(hoist_guard(joined), flags)
    else:
        # Branches that open differently are tried one by one at every position; one
        # that opens with a character (its guard hoisted behind it) is skipped by a
        # single character test, without entering it (about a quarter faster here).
        hoisted = split_by_first_digit([hoist_guard(p) for p in patterns], flags)
        combined = re.compile(hoisted or split, flags)
    if len(patterns) > 1:
        register_alternation(patterns, combined)
    return combined


def _pattern_message(error: re.error) -> str:
    """What a user who edited the rules is told of a pattern that does not compile."""
    pattern = error.pattern if isinstance(error.pattern, str) else ""
    at = error.pos or 0
    near = pattern[max(0, at - 30) : at + 10]
    return (
        f"The screening rules cannot be used: a pattern in {RULES_FILE}, {FLAGS_FILE} or "
        f"{SECTIONS_FILE} (under {resources.resources_dir()}) is not a valid regular "
        f'expression ({error.msg}, near "{near}"). Correct it, or reinstall Recruiter Kit '
        "to restore the shipped files."
    )


def _word_list(words: list[str]) -> re.Pattern[str]:
    """Any of `words` at the start of a word; an empty list matches nothing (not everywhere)."""
    if not words:
        return _never()
    return lower_pattern(r"\b(?:" + "|".join(words) + r")")


def _never() -> re.Pattern[str]:
    """A pattern that matches nothing: what an empty rule list means until `load` fills it."""
    return combine([])


@dataclass(frozen=True, slots=True)
class CourseWords:
    """What tells a dated line that names a course of study from one that names a job."""

    degrees: re.Pattern[str]
    job_titles: re.Pattern[str]


def _no_course_words() -> CourseWords:
    return CourseWords(_never(), _never())


@dataclass(frozen=True, slots=True)
class JobLabels:
    """Labels opening a line under a job's dates: its role ("Role: Backend Developer") and
    the client it was for ("Client: Acme")."""

    role: re.Pattern[str]  # its match's "value" group is the title
    client: re.Pattern[str]  # its match's "value" group is the client


def _no_job_labels() -> JobLabels:
    return JobLabels(_never(), _never())


def _label_pattern(labels: list[str]) -> re.Pattern[str]:
    """A line that opens with one of `labels` and a colon; the rest is its "value"."""
    if not labels:
        return _never()
    return re.compile(
        rf"^[\W_]*(?:{'|'.join(labels)})[ \t]*:[ \t]*(?P<value>[\W_]*\w.*)$", re.IGNORECASE
    )


@dataclass(frozen=True, slots=True)
class StudentWords:
    """What tells a student or a new graduate, whose years of dated work are no career."""

    seeking: re.Pattern[str]  # "looking for an internship" in the summary
    roles: re.Pattern[str]  # a student's job: intern, undergraduate researcher


def _no_student_words() -> StudentWords:
    return StudentWords(_never(), _never())


@dataclass(slots=True)
class Rules:
    """Everything tunable about signals and flags, ready to use."""

    raw: dict[str, Any]
    flags: dict[str, Any]
    sections: dict[str, Any]
    levels: dict[str, float] = field(default_factory=dict)
    metric_patterns: re.Pattern[str] = field(default_factory=lambda: combine([]))
    not_metrics: re.Pattern[str] = field(default_factory=lambda: combine([]))
    weak_phrases: re.Pattern[str] = field(default_factory=_never)
    reliability: re.Pattern[str] = field(default_factory=_never)
    software_roles: re.Pattern[str] = field(default_factory=_never)
    # "Engineer", "architect": software jobs in a software career, another trade's elsewhere.
    generic_roles: re.Pattern[str] = field(default_factory=_never)
    # Either of the two: what names a job title at all when reading a job's header.
    job_titles: re.Pattern[str] = field(default_factory=_never)
    # Engineers of other trades ("process engineer"): "engineer" alone is no software job.
    non_software_roles: re.Pattern[str] = field(default_factory=_never)
    non_professional_roles: re.Pattern[str] = field(default_factory=_never)
    # A job of any trade named in a header: which of two parts is the title ("Acme Ltd"
    # over "Accountant, 2019 - 2022" or under it).
    title_words: re.Pattern[str] = field(default_factory=_never)
    training_roles: re.Pattern[str] = field(default_factory=_never)
    software_work: re.Pattern[str] = field(default_factory=_never)
    courses: CourseWords = field(default_factory=_no_course_words)
    students: StudentWords = field(default_factory=_no_student_words)
    job_labels: JobLabels = field(default_factory=_no_job_labels)
    compiled: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(
        cls,
        rules: dict[str, Any] | None = None,
        flags: dict[str, Any] | None = None,
        sections: dict[str, Any] | None = None,
    ) -> Rules:
        """Rules from the given data, or from the shipped files for what is None."""
        self = cls(
            raw=rules if rules is not None else resources.load_json(RULES_FILE),
            flags=flags if flags is not None else resources.load_json(FLAGS_FILE),
            sections=sections if sections is not None else resources.load_json(SECTIONS_FILE),
        )
        try:
            self._compile()
        except re.error as error:
            raise InvalidInputError(_pattern_message(error)) from None
        return self

    def is_software_role(self, role: str) -> bool:
        """Whether a job's lower-cased role text names a software job.

        Another trade's engineer is taken out first, so "software quality engineer"
        still is one and "senior process engineer" is not. A title named only by a
        generic word ("integration engineer") counts here; `software_role` tells
        those apart.
        """
        return self.software_role(role) is not None

    def software_role(self, role: str) -> str | None:
        """ "named" when a role names a software job outright, "generic" when only a
        generic word does, None when it names none."""
        cleaned = self.non_software_roles.sub(" ", role)
        if self.software_roles.search(cleaned):
            return "named"
        return "generic" if self.generic_roles.search(cleaned) else None

    def _compile(self) -> None:
        raw = self.raw
        self.levels = {name: float(floor) for name, floor in raw["levels"].items()}
        metrics = raw["metrics"]
        self.metric_patterns = combine(metrics["patterns"])
        self.not_metrics = combine(metrics["not_metrics"])
        self.weak_phrases = _word_list([re.escape(p) for p in raw["weak_phrases"]])
        self.reliability = lower_pattern(r"\b(?:" + "|".join(raw["reliability"]) + ")")
        self.software_roles = _word_list(raw["software_roles"])
        generic = raw.get("generic_software_roles", {}).get("words", [])
        self.generic_roles = _word_list(generic)
        self.job_titles = _word_list(raw["software_roles"] + generic)
        self.non_software_roles = _word_list(raw.get("non_software_roles", []))
        # Training ("bootcamp") is not professional work either, and not a job beside projects.
        training = list(raw.get("training_roles", []))
        self.non_professional_roles = _word_list(raw["non_professional_roles"] + training)
        self.training_roles = _word_list(training)
        titles = raw.get("title_words", {}).get("words", [])
        self.title_words = _word_list(raw["non_professional_roles"] + titles)
        self.software_work = _word_list(raw["software_work"])
        education = raw.get("education_lines", {})
        self.courses = CourseWords(
            _word_list(education.get("degree_words", [])),
            _word_list(education.get("job_title_words", [])),
        )
        self.job_labels = JobLabels(
            _label_pattern(raw.get("role_labels", {}).get("words", [])),
            _label_pattern(self.sections.get("parts_of", {}).get("client_labels", [])),
        )
        students = raw.get("students", {})
        self.students = StudentWords(
            combine(students.get("seeking", [])), _word_list(students.get("roles", []))
        )
        for kind in ("green", "yellow"):
            for flag_id, spec in self.flags[kind].items():
                self.compiled[flag_id] = {
                    key: combine(spec[key])
                    for key in ("patterns", "exclude_patterns")
                    if key in spec
                }
                for key in ("count_pattern", "rate_pattern"):
                    if key in spec:
                        self.compiled[flag_id][key] = lower_pattern(spec[key])
