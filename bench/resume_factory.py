"""Fictional resumes as PDFs, for the screening benchmark and tests.

Every resume is different (names, employers, skills, bullets and figures are
drawn from a seeded random generator), so deduplication never merges two of
them. About a third are laid out in two columns and about half run to a
second page.
"""

from __future__ import annotations

import random
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

FIRST = [
    "Amara",
    "Bilal",
    "Chen",
    "Dana",
    "Emeka",
    "Freya",
    "Goran",
    "Hana",
    "Ivan",
    "Jia",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tariq",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Novak",
    "Haddad",
    "Ferreira",
    "Kowalski",
    "Mensah",
    "Ivanova",
    "Castillo",
    "Brennan",
    "Sato",
    "Adeyemi",
    "Keller",
    "Rahman",
]
EMPLOYERS = [
    "Northwind Logistics",
    "Bluefin Payments",
    "Quarry Analytics",
    "Lumen Health",
    "Tallgrass Media",
    "Copperleaf Energy",
    "Harbor Freight Tech",
    "Kestrel Travel",
]
TITLES = [
    "Backend Engineer",
    "Software Engineer",
    "Senior Backend Engineer",
    "Platform Engineer",
    "Site Reliability Engineer",
    "Junior Developer",
]
LANGUAGES = ["Python", "Go", "Java", "Kotlin", "TypeScript", "Rust", "Ruby", "C#", "Scala"]
STORES = ["PostgreSQL", "MySQL", "Redis", "MongoDB", "DynamoDB", "Cassandra", "Elasticsearch"]
INFRA = ["Docker", "Kubernetes", "Terraform", "AWS", "GCP", "Azure", "GitHub Actions", "Jenkins"]
MESSAGING = ["Kafka", "RabbitMQ", "Amazon SQS", "NATS"]
OBSERVABILITY = ["Prometheus", "Grafana", "Datadog", "OpenTelemetry"]
BULLETS = [
    "Designed a REST API in {lang} serving {n}k requests per second with p99 under {ms} ms",
    "Moved the order pipeline from cron jobs to {mq}, cutting end-to-end delay by {pct}%",
    "Tuned {db} indexes and queries, reducing median latency from {ms2} ms to {ms} ms",
    "Built a gRPC service in {lang} that handles {n} million events per day",
    "Ran the on-call rotation and wrote postmortems; kept uptime at 99.9{pct}%",
    "Added integration tests and a CI/CD pipeline with {infra}, shipping {n} deploys a week",
    "Migrated {n} services to {infra} with zero downtime",
    "Set up dashboards and SLO alerts in {obs} for {n} services",
    "Worked on internal tools for the support team",
    "Helped with the migration of legacy reports",
    "Cached hot reads in {db2}, lowering database load by {pct}%",
    "Led a team of {small} engineers rebuilding the billing service in {lang}",
]
SCHOOLS = ["Riverside University", "Institute of Technology Lakeshore", "Coastal State College"]


def _fill(rng: random.Random, template: str, skills: dict[str, str]) -> str:
    return template.format(
        lang=skills["lang"],
        db=skills["db"],
        db2=skills["db2"],
        mq=skills["mq"],
        infra=skills["infra"],
        obs=skills["obs"],
        n=rng.randint(2, 90),
        ms=rng.randint(8, 90),
        ms2=rng.randint(120, 900),
        pct=rng.randint(11, 75),
        small=rng.randint(3, 9),
    )


def _content(index: int, rng: random.Random) -> dict[str, object]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    handle = name.lower().replace(" ", ".") + str(index)
    skills = {
        "lang": rng.choice(LANGUAGES),
        "db": rng.choice(STORES),
        "db2": rng.choice(STORES),
        "mq": rng.choice(MESSAGING),
        "infra": rng.choice(INFRA),
        "obs": rng.choice(OBSERVABILITY),
    }
    long = rng.random() < 0.5
    jobs = []
    year = 2025
    for _ in range(rng.randint(6, 8) if long else rng.randint(2, 3)):
        start = year - rng.randint(1, 4)
        end = "Present" if year == 2025 else f"Mar {year}"
        count = rng.randint(5, 7) if long else rng.randint(3, 5)
        bullets = [_fill(rng, rng.choice(BULLETS), skills) for _ in range(count)]
        jobs.append(
            (f"{rng.choice(TITLES)}, {rng.choice(EMPLOYERS)}", f"Jan {start} - {end}", bullets)
        )
        year = start
    listed = sorted({*skills.values(), *rng.sample(INFRA + STORES + LANGUAGES, 4)})
    return {
        "name": name,
        "contact": [
            f"{handle}@example.com",
            f"+1 555 {index % 1000:03d} {rng.randint(1000, 9999)}",
            f"github.com/{handle.replace('.', '')}",
        ],
        "summary": f"Backend engineer who builds {skills['lang']} services on {skills['db']} "
        f"and {skills['infra']}; cares about tests, observability and clear APIs.",
        "jobs": jobs,
        "skills": listed,
        "education": [f"B.Sc. Computer Science, {rng.choice(SCHOOLS)}, {year - rng.randint(0, 2)}"],
    }


class _Writer:
    """Writes wrapped lines down a column and starts a new page when it is full."""

    def __init__(self, canvas: Canvas, x: float, width: float) -> None:
        self.canvas, self.x, self.width = canvas, x, width
        self.y = A4[1] - 60

    def line(self, text: str, size: float = 9.5, bold: bool = False, gap: float = 2) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
        for part in simpleSplit(text, font, size, self.width):
            if self.y < 50:
                self.canvas.showPage()
                self.y = A4[1] - 60
            self.canvas.setFont(font, size)
            self.canvas.drawString(self.x, self.y, part)
            self.y -= size + gap

    def heading(self, text: str) -> None:
        self.y -= 6
        self.line(text.upper(), size=11, bold=True, gap=4)


def _experience(writer: _Writer, content: dict[str, object]) -> None:
    writer.heading("Experience")
    for title, dates, bullets in content["jobs"]:  # type: ignore[attr-defined]
        writer.line(f"{title}    {dates}", bold=True)
        for bullet in bullets:
            writer.line(f"• {bullet}")
        writer.y -= 4


def resume_pdf(index: int, seed: int = 7) -> bytes:
    """One fictional resume; the same index and seed give the same bytes' content."""
    rng = random.Random(seed * 100_003 + index)
    content = _content(index, rng)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(f"Resume {index}")
    two_columns = rng.random() < 0.33
    if two_columns:
        side = _Writer(canvas, 40, 150)
        main = _Writer(canvas, 210, A4[0] - 250)
        side.line(str(content["name"]), size=15, bold=True, gap=6)
        for item in content["contact"]:  # type: ignore[attr-defined]
            side.line(item, size=8.5)
        side.heading("Skills")
        side.line(", ".join(content["skills"]), size=8.5)  # type: ignore[arg-type]
        side.heading("Education")
        for item in content["education"]:  # type: ignore[attr-defined]
            side.line(item, size=8.5)
        main.heading("Summary")
        main.line(str(content["summary"]))
        _experience(main, content)
    else:
        writer = _Writer(canvas, 50, A4[0] - 100)
        writer.line(str(content["name"]), size=16, bold=True, gap=6)
        writer.line("  |  ".join(content["contact"]), size=9)  # type: ignore[arg-type]
        writer.heading("Summary")
        writer.line(str(content["summary"]))
        _experience(writer, content)
        writer.heading("Skills")
        writer.line(", ".join(content["skills"]))  # type: ignore[arg-type]
        writer.heading("Education")
        for item in content["education"]:  # type: ignore[attr-defined]
            writer.line(item)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_resumes(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` resumes as resume-0000.pdf, ... into `folder` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"resume-{index:04d}.pdf"
        if not path.exists():
            path.write_bytes(resume_pdf(index, seed))
        paths.append(path)
    return paths
