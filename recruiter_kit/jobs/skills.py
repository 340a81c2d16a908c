"""Skill names for the skill picker: the screening taxonomy plus posting frequencies.

The taxonomy (`resources/skills/taxonomy.json`, owned by screening) gives the
canonical names that screening matches; the frequencies
(`resources/jobs/skill_frequencies.json`) say how often backend postings ask
for a skill. Names are made canonical by the same `Taxonomy` screening uses, so
a skill a recruiter picks is the skill screening finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from recruiter_kit import resources
from recruiter_kit.jobs import wordlists
from recruiter_kit.screening.taxonomy import TAXONOMY_FILE, Taxonomy


@dataclass(frozen=True, slots=True)
class SkillSuggestion:
    name: str
    share: float | None  # fraction of backend postings naming it, when known
    aliases: tuple[str, ...] = ()
    category: str = ""

    @property
    def share_text(self) -> str:
        return f"{self.share:.0%} of postings" if self.share is not None else ""


@cache
def _taxonomy_data() -> dict[str, Any]:
    return resources.load_json(TAXONOMY_FILE)


@cache
def _taxonomy() -> Taxonomy:
    return Taxonomy.load(_taxonomy_data())


@cache
def skill_suggestions() -> tuple[SkillSuggestion, ...]:
    """Every suggestible hard skill, most frequent in postings first, then by name."""
    shares = wordlists.skill_frequencies()
    found: dict[str, SkillSuggestion] = {}
    for item in _taxonomy_data()["skills"]:
        name = str(item["name"])
        aliases = tuple(str(a) for a in item.get("aliases", []))
        found[name.casefold()] = SkillSuggestion(
            name, shares.get(name), aliases, str(item.get("category", ""))
        )
    for name, share in shares.items():
        found.setdefault(name.casefold(), SkillSuggestion(name, share))
    return tuple(sorted(found.values(), key=lambda s: (-(s.share or 0.0), s.name.casefold())))


def canonical_name(text: str) -> str:
    """The taxonomy's name for `text` (any of its names, aliases or spellings), else `text`."""
    return _taxonomy().canonical(text.strip()) or text.strip()
