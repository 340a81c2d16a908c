"""Helpers for the screening application tests: a small stand-in screener and resume files.

The stand-in reads plain-text resumes written by `write_text_resume` and counts
its calls, so service tests can check what was (and was not) read again. Tests
of the whole pipeline use the real `Screener`.
"""

from __future__ import annotations

from pathlib import Path

from recruiter_kit.screening.results import (
    Contact,
    Evidence,
    FlagHit,
    JobCriteria,
    Match,
    ScreeningResult,
    SkillHit,
)

KNOWN_SKILLS = {
    "Python": "languages",
    "Go": "languages",
    "PostgreSQL": "datastores",
    "Kubernetes": "infrastructure",
    "Kafka": "messaging",
}


class ScreensEachFile:
    """`screen_many` for a stand-in screener: its `screen_bytes` on each document in turn."""

    def screen_bytes(
        self, data: bytes, filename: str, job: JobCriteria | None = None
    ) -> ScreeningResult:
        raise NotImplementedError

    def screen_many(
        self, documents: list[tuple[bytes, str]], job: JobCriteria | None = None
    ) -> list[ScreeningResult]:
        return [self.screen_bytes(data, filename, job) for data, filename in documents]


class CountingScreener(ScreensEachFile):
    """Reads `Key: value` text resumes; `BROKEN` marks an unreadable file, `SCANNED` a scan."""

    def __init__(self) -> None:
        self.reads = 0
        self.matches = 0

    def screen_bytes(
        self, data: bytes, filename: str, job: JobCriteria | None = None
    ) -> ScreeningResult:
        self.reads += 1
        if not data:
            return ScreeningResult(status="error", error=f"{filename}: the file is empty (0 bytes)")
        if data.startswith(b"BROKEN"):
            return ScreeningResult(status="error", error=f"{filename}: damaged beyond reading")
        if data.startswith(b"SCANNED"):
            return ScreeningResult(status="needs_ocr", error=f"{filename}: no text; needs OCR")
        text = data.decode("utf-8")
        fields = dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)
        lines = text.splitlines()
        skills = [
            SkillHit(
                name=name,
                category=category,
                evidenced=True,
                evidence=[Evidence(line=line) for line in lines if name in line.split()],
            )
            for name, category in KNOWN_SKILLS.items()
            if any(name in line.split() for line in lines)
        ]
        years = float(fields.get("Years", "0"))
        result = ScreeningResult(
            status="ok",
            text=text,
            contact=Contact(
                name=fields.get("Name"),
                email=fields.get("Email"),
                phone=fields.get("Phone"),
                links=[],
            ),
            years_experience=years,
            level="senior" if years >= 5 else "mid" if years >= 2 else "junior",
            skills=skills,
            green_flags=[
                FlagHit(
                    id="specific_language",
                    kind="green",
                    label="Language",
                    evidence=skills[0].evidence,
                )
            ]
            if skills
            else [],
        )
        if job is not None:
            result.match = self.match(result, job)
        return result

    def match(self, result: ScreeningResult, job: JobCriteria) -> Match:
        self.matches += 1
        have = {skill.name for skill in result.skills}
        matched = [name for name in job.required if name in have]
        missing = [name for name in job.required if name not in have]
        score = round(100 * len(matched) / len(job.required)) if job.required else 0
        return Match(job_id=job.job_id, score=score, matched=matched, missing=missing)


def write_text_resume(
    folder: Path,
    stem: str,
    *,
    name: str,
    email: str | None = None,
    phone: str | None = None,
    skills: tuple[str, ...] = (),
    years: int = 3,
) -> Path:
    lines = [f"Name: {name}"]
    if email:
        lines.append(f"Email: {email}")
    if phone:
        lines.append(f"Phone: {phone}")
    lines.append(f"Years: {years}")
    lines.append("Experience")
    lines.extend(f"- Built services with {skill} at Example Corp" for skill in skills)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def resume_lines(index: int) -> tuple[list[str], list[str]]:
    """A fictional resume as (side column, main column) lines; every index differs."""
    languages = ["Python", "Go", "Java", "Kotlin", "Rust"]
    stores = ["PostgreSQL", "Redis", "MySQL", "MongoDB"]
    language, store = languages[index % 5], stores[index % 4]
    first = ["Amara", "Bilal", "Chiara", "Dmitri", "Esi", "Farid", "Greta", "Hiro"]
    last = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Ferreira"]
    side = [
        f"{first[index % 8]} {last[index % 7]}",
        f"person{index}@example.net",
        f"+1 415 {index:03d} {1000 + index:04d}",
        "SKILLS",
        f"{language}, {store}, Docker, Kubernetes",
    ]
    main = [
        "EXPERIENCE",
        "Backend Engineer, Example Systems    Jan 2019 - Present",
        f"• Built a REST API in {language} serving {index + 20}k requests per second",
        f"• Tuned {store} queries, cutting p99 latency by {10 + index % 60}%",
        "• Wrote integration tests and ran the CI/CD pipeline with GitHub Actions",
        "• Joined the on-call rotation and wrote postmortems after incidents",
        "EDUCATION",
        "B.Sc. Computer Science, Example State University, 2018",
    ]
    return side, main


def resume_pdf_bytes(index: int, *, two_columns: bool = False) -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    side, main = resume_lines(index)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    columns = [(40, side), (220, main)] if two_columns else [(50, side + main)]
    for x, lines in columns:
        y = A4[1] - 60
        for line in lines:
            canvas.setFont("Helvetica-Bold" if line.isupper() else "Helvetica", 10)
            canvas.drawString(x, y, line)
            y -= 15
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_pdf_resumes(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        path = folder / f"resume-{index:04d}.pdf"
        path.write_bytes(resume_pdf_bytes(index, two_columns=index % 3 == 0))
        paths.append(path)
    return paths
