"""Probes aimed at one candidate's resume, built from their screening result.

Each probe quotes the resume line it comes from, so the interviewer can read
the claim back to the candidate word for word.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from recruiter_kit.resources import load_json
from recruiter_kit.screening.results import Evidence, FlagHit, ScreeningResult

PROBES_FILE = "interviews/probes.json"
DEFEND_NUMBER = "defend_number"
DEPTH = "depth"
YELLOW_FLAG = "yellow_flag"


@dataclass(frozen=True, slots=True)
class Probe:
    """A question tailored to one line of one candidate's resume."""

    id: str
    kind: str  # defend_number, depth or yellow_flag
    text: str  # the whole probe as said aloud, quote included
    quote: str  # the resume line, word for word
    question: str  # the probe without its quoting lead, for print under the quote
    look_for: tuple[str, ...]
    red_flags: tuple[str, ...]
    minutes: int
    subject: str = ""  # the skill or flag the probe is about
    line_number: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["look_for"], data["red_flags"] = list(self.look_for), list(self.red_flags)
        return data


@cache
def load_probe_templates() -> Mapping[str, Any]:
    return load_json(PROBES_FILE)


def build_probes(
    result: ScreeningResult, templates: Mapping[str, Any] | None = None
) -> list[Probe]:
    """All probes for a screened resume: numbers first, then unevidenced skills, then flags."""
    templates = templates or load_probe_templates()
    probes = [
        _number_probe(i, ev, templates) for i, ev in enumerate(result.metrics.quantified_lines, 1)
    ]
    probes += [
        _depth_probe(skill.name, skill.evidence[0] if skill.evidence else None, templates)
        for skill in sorted(result.skills, key=lambda s: s.name.lower())
        if not skill.evidenced
    ]
    probes += [_flag_probe(flag, templates) for flag in result.yellow_flags]
    return probes


def _number_probe(index: int, evidence: Evidence, templates: Mapping[str, Any]) -> Probe:
    template = templates[DEFEND_NUMBER]
    line = _clean(evidence.line)
    return Probe(
        id=f"number-{index}",
        kind=DEFEND_NUMBER,
        text=_say(template, line=line),
        quote=line,
        question=template["text"],
        look_for=tuple(template["look_for"]),
        red_flags=tuple(template["red_flags"]),
        minutes=int(templates["minutes"][DEFEND_NUMBER]),
        line_number=evidence.line_number,
    )


def _depth_probe(skill: str, evidence: Evidence | None, templates: Mapping[str, Any]) -> Probe:
    template = templates[DEPTH]
    line = _clean(evidence.line) if evidence else skill
    fill = {"skill": skill, "line": line}
    return Probe(
        id=f"depth-{skill.lower().replace(' ', '-')}",
        kind=DEPTH,
        text=_say(template, **fill),
        quote=line,
        question=template["text"].format(**fill),
        look_for=tuple(item.format(**fill) for item in template["look_for"]),
        red_flags=tuple(item.format(**fill) for item in template["red_flags"]),
        minutes=int(templates["minutes"][DEPTH]),
        subject=skill,
        line_number=evidence.line_number if evidence else None,
    )


def _flag_probe(flag: FlagHit, templates: Mapping[str, Any]) -> Probe:
    by_flag = templates[YELLOW_FLAG]
    template = dict(by_flag.get(flag.id, by_flag["default"]))
    evidence = flag.evidence[0] if flag.evidence else None
    # A flag about something missing has no line to quote: the screening's reason
    # stands in for it, introduced as a finding rather than as the candidate's words.
    line = _clean(evidence.line) if evidence else (flag.reason or flag.label)
    if evidence is None:
        template["lead"] = by_flag["missing_lead"]
    fill = {"line": line, "label": flag.label}
    return Probe(
        id=f"flag-{flag.id}",
        kind=YELLOW_FLAG,
        text=_say(template, **fill),
        quote=line,
        question=template["text"].format(**fill),
        look_for=tuple(template["look_for"]),
        red_flags=tuple(template["red_flags"]),
        minutes=int(templates["minutes"][YELLOW_FLAG]),
        subject=flag.label,
        line_number=evidence.line_number if evidence else None,
    )


def _say(template: Mapping[str, Any], **fill: str) -> str:
    return f"{template['lead'].format(**fill)} {template['text'].format(**fill)}"


def _clean(line: str) -> str:
    """The resume line without bullet marks and runs of spaces, as it would be read aloud."""
    return " ".join(line.strip().lstrip("•*-–·▪● ").split())
