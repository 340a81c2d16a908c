"""The findings of one screening as HTML for the detail pane: match, flags, skills, signals."""

from __future__ import annotations

from html import escape

from recruiter_kit.screening.results import (
    Evidence,
    ExperienceEntry,
    FlagHit,
    Match,
    ScreeningResult,
    SkillHit,
    latest_first,
)

GREEN = "#d9f2d9"
YELLOW = "#fbefbf"
SKILL = "#dfe9fb"
_MAX_EVIDENCE = 3


def findings_html(result: ScreeningResult, job_title: str | None) -> str:
    """Everything screening concluded, each finding with the lines behind it."""
    if result.status != "ok":
        return (
            f"<p><b>Not screened.</b> {escape(result.error or 'The file could not be read.')}</p>"
        )
    parts = [_match(result.match, job_title)]
    parts.append(_flags("Green flags", result.green_flags, GREEN))
    parts.append(_flags("Yellow flags", result.yellow_flags, YELLOW))
    parts.append(_skills(result.skills))
    parts.append(_signals(result))
    parts.append(_work_history(result.experience))
    return "".join(parts)


def _match(match: Match | None, job_title: str | None) -> str:
    if match is None:
        return (
            "<h3>Match</h3><p>Not matched to a job. Choose a job and import into it, "
            "or re-screen.</p>"
        )
    rows = [f"<h3>Match: {match.score}/100{' for ' + escape(job_title) if job_title else ''}</h3>"]
    listed = set(match.matched_listed_only)
    evidenced = [name for name in match.matched if name not in listed]
    rows.append(_line("Evidenced", evidenced))
    rows.append(_line("Only listed", match.matched_listed_only))
    rows.append(_line("Missing", match.missing))
    if match.knockouts:
        rows.append(_line("Knock-outs", match.knockouts, colour="#a33a2a"))
    if match.level_fit:
        rows.append(f"<p><b>Level:</b> {escape(match.level_fit)}</p>")
    if match.explanation:
        items = "".join(f"<li>{escape(line)}</li>" for line in match.explanation)
        rows.append(f"<ul>{items}</ul>")
    return "".join(rows)


def _line(label: str, names: list[str], colour: str | None = None) -> str:
    text = ", ".join(escape(name) for name in names) if names else "none"
    style = f' style="color:{colour}"' if colour else ""
    return f"<p><b>{label}:</b> <span{style}>{text}</span></p>"


def _flags(title: str, flags: list[FlagHit], colour: str) -> str:
    if not flags:
        return f"<h3>{title}</h3><p>None.</p>"
    items = []
    for flag in flags:
        why = _evidence(flag.evidence) if flag.evidence else f"<br><i>{escape(flag.reason)}</i>"
        items.append(
            f'<li><span style="background:{colour}"><b>{escape(flag.label or flag.id)}</b></span>'
            f"{why}</li>"
        )
    return f"<h3>{title}</h3><ul>{''.join(items)}</ul>"


def _evidence(items: list[Evidence]) -> str:
    lines = [
        f"<br>&ldquo;{escape(item.line.strip())}&rdquo;"
        + (f" <small>({escape(item.section)})</small>" if item.section else "")
        for item in items[:_MAX_EVIDENCE]
    ]
    more = len(items) - _MAX_EVIDENCE
    if more > 0:
        lines.append(f"<br><small>and {more} more</small>")
    return "".join(lines)


def _skills(skills: list[SkillHit]) -> str:
    if not skills:
        return "<h3>Skills</h3><p>No skill from the taxonomy was found.</p>"
    by_category: dict[str, list[SkillHit]] = {}
    for skill in skills:
        by_category.setdefault(skill.category, []).append(skill)
    rows = ["<h3>Skills</h3>"]
    for category, hits in sorted(by_category.items()):
        names = ", ".join(
            f"<b>{escape(hit.name)}</b>"
            if hit.evidenced
            else f"{escape(hit.name)} <small>(listed)</small>"
            for hit in hits
        )
        rows.append(f"<p><i>{escape(category)}:</i> {names}</p>")
    rows.append(
        "<p><small>Bold: used in an experience or project line. (listed): only in a "
        "skills list.</small></p>"
    )
    return "".join(rows)


def _signals(result: ScreeningResult) -> str:
    metrics = result.metrics
    rows = ["<h3>Resume signals</h3>"]
    # The notes open with the share of bullets that state an outcome.
    rows.extend(f"<p>{escape(note)}</p>" for note in metrics.notes)
    if metrics.weak_phrases:
        rows.append(f"<p>Weak phrasing:{_evidence(metrics.weak_phrases)}</p>")
    if metrics.reliability_lines:
        rows.append(f"<p>Reliability and on-call:{_evidence(metrics.reliability_lines)}</p>")
    if result.years_experience is not None:
        rows.append(
            f"<p>{result.years_experience:.1f} years of experience"
            f"{' (' + escape(result.level) + ')' if result.level else ''}.</p>"
        )
    return "".join(rows)


def _work_history(entries: list[ExperienceEntry]) -> str:
    """The dated jobs the resume names, latest first."""
    if not entries:
        return "<h3>Work history</h3><p>No dated jobs were found in the resume.</p>"
    items = []
    for entry in latest_first(entries):
        role = escape(entry.role())
        where = f", {escape(entry.organisation)}" if entry.organisation else ""
        items.append(f"<li><b>{role}</b>{where} <small>({escape(entry.period())})</small></li>")
    return (
        f"<h3>Work history</h3><ul>{''.join(items)}</ul>"
        "<p><small>Years of experience leave out internships, student jobs and "
        "training.</small></p>"
    )


def highlight_lines(result: ScreeningResult) -> list[tuple[str, str]]:
    """(line, colour) pairs to highlight in the resume text: flags win over skills."""
    colours: dict[str, str] = {}
    for skill in result.skills:
        for item in skill.evidence:
            colours.setdefault(item.line.strip(), SKILL)
    for flag in result.yellow_flags:
        for item in flag.evidence:
            colours[item.line.strip()] = YELLOW
    for flag in result.green_flags:
        for item in flag.evidence:
            colours[item.line.strip()] = GREEN
    return [(line, colour) for line, colour in colours.items() if line]
