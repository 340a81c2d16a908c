"""Skill names for the skill picker: the screening taxonomy plus posting frequencies.

The taxonomy (`resources/skills/taxonomy.json`, owned by screening) gives the
canonical names that screening matches; the frequencies
(`resources/jobs/skill_frequencies.json`) say how often backend postings ask
for a skill. Without a taxonomy the picker still offers the frequency list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from recruiter_kit import resources
from recruiter_kit.jobs import wordlists


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
def skill_suggestions() -> tuple[SkillSuggestion, ...]:
    """Every suggestible hard skill, most frequent in postings first, then by name."""
    shares = wordlists.skill_frequencies()
    found: dict[str, SkillSuggestion] = {}
    for item in _taxonomy_skills():
        name = str(item["name"])
        aliases = tuple(str(a) for a in item.get("aliases", []))
        found[name.casefold()] = SkillSuggestion(
            name, shares.get(name), aliases, str(item.get("category", ""))
        )
    data = resources.load_json("jobs/skill_frequencies.json")
    for item in data["skills"]:
        if item.get("kind") == "hard" and item["name"].casefold() not in found:
            found[item["name"].casefold()] = SkillSuggestion(item["name"], float(item["share"]))
    return tuple(sorted(found.values(), key=lambda s: (-(s.share or 0.0), s.name.casefold())))


def canonical_name(text: str) -> str:
    """The taxonomy's name for `text` (matching names and aliases, any case), else `text`."""
    wanted = text.strip().casefold()
    for suggestion in skill_suggestions():
        if wanted == suggestion.name.casefold() or wanted in (
            a.casefold() for a in suggestion.aliases
        ):
            return suggestion.name
    return text.strip()


def _taxonomy_skills() -> list[dict]:
    try:
        data = resources.load_json("skills/taxonomy.json")
    except (FileNotFoundError, ValueError):
        return []  # screening's taxonomy not shipped (yet): the frequency list still works
    skills = data.get("skills", []) if isinstance(data, dict) else []
    return [item for item in skills if isinstance(item, dict) and item.get("name")]
