"""The tunable data the quality checks read from `resources/jobs/`, loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from recruiter_kit import resources


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase to look for, with why it matters and what to write instead."""

    phrase: str
    pattern: re.Pattern[str]
    suggestion: str
    severity: str = "warning"
    category: str = ""


@dataclass(frozen=True, slots=True)
class GenderCodedWords:
    masculine: re.Pattern[str]
    feminine: re.Pattern[str]
    exceptions: frozenset[str]
    imbalance_threshold: int
    source: str


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Match `phrase` as whole words, any case, with flexible spaces."""
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


def _stems_pattern(stems: list[str]) -> re.Pattern[str]:
    parts = [re.escape(s[:-1]) + r"[\w-]*" if s.endswith("*") else re.escape(s) for s in stems]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])", re.IGNORECASE)


@cache
def gender_coded() -> GenderCodedWords:
    data = resources.load_json("jobs/gender_coded_words.json")
    return GenderCodedWords(
        masculine=_stems_pattern(data["masculine"]),
        feminine=_stems_pattern(data["feminine"]),
        exceptions=frozenset(word.lower() for word in data.get("exceptions", [])),
        imbalance_threshold=int(data.get("imbalance_threshold", 2)),
        source=data["source"],
    )


@cache
def exclusionary() -> tuple[Phrase, ...]:
    data = resources.load_json("jobs/exclusionary_words.json")
    return tuple(_phrase(item) for item in data["phrases"])


@cache
def buzzwords() -> tuple[Phrase, ...]:
    return tuple(_phrase(item) for item in resources.load_json("jobs/buzzwords.json")["phrases"])


@cache
def hype_titles() -> tuple[tuple[Phrase, ...], str]:
    data = resources.load_json("jobs/buzzwords.json")["hype_titles"]
    phrases = tuple(_phrase({"phrase": w, "suggestion": data["suggestion"]}) for w in data["words"])
    return phrases, data["suggestion"]


@cache
def acronyms() -> dict[str, dict[str, Any]]:
    return dict(resources.load_json("jobs/acronyms.json")["acronyms"])


@cache
def check_settings() -> dict[str, Any]:
    return dict(resources.load_json("jobs/checks.json"))


@cache
def level_ranges() -> dict[str, dict[str, Any]]:
    return dict(resources.load_json("jobs/levels.json")["levels"])


@cache
def skill_frequencies() -> dict[str, float]:
    """Share of backend postings naming each hard skill, keyed by canonical name."""
    data = resources.load_json("jobs/skill_frequencies.json")
    return {
        item["name"]: float(item["share"])
        for item in data["skills"]
        if item.get("kind", "hard") == "hard"
    }


@cache
def tool_categories() -> tuple[dict[str, Any], ...]:
    return tuple(resources.load_json("jobs/tool_categories.json")["categories"])


def _phrase(item: dict[str, Any]) -> Phrase:
    return Phrase(
        phrase=item["phrase"],
        pattern=phrase_pattern(item["phrase"]),
        suggestion=item["suggestion"],
        severity=item.get("severity", "warning"),
        category=item.get("category", ""),
    )
