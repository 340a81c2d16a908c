"""`recruiter-kit jd`: job-description templates, jobs, exports and quality checks."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from recruiter_kit.cli.common import open_db, print_json
from recruiter_kit.core.errors import InvalidInputError, TemplateError
from recruiter_kit.jobs import checks
from recruiter_kit.jobs.library import TemplateLibrary, load_template_file
from recruiter_kit.jobs.model import JobDescription
from recruiter_kit.services.jobs import (
    EXPORT_FORMATS,
    SETTABLE_FIELDS,
    JobService,
    parse_assignment,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("jd", help="job descriptions: templates, jobs, export, lint")
    commands = parser.add_subparsers(title="jd commands", metavar="ACTION", required=True)

    templates = commands.add_parser("templates", help="list the job-description templates")
    templates.add_argument("--json", action="store_true", help="print a JSON list")
    templates.set_defaults(func=_templates)

    new = commands.add_parser("new", help="create a job from a template")
    new.add_argument("--template", required=True, metavar="NAME", help="template name")
    new.add_argument("--title", help="the job title (default: the template's)")
    new.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="set a field; lists take items separated by ';'. Fields: "
        + ", ".join(SETTABLE_FIELDS)
        + ", tools.<category>",
    )
    new.add_argument("--json", action="store_true", help="print the created job as JSON")
    new.set_defaults(func=_new)

    listing = commands.add_parser("list", help="list stored jobs")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(func=_list)

    export = commands.add_parser("export", help="write a job as PDF, DOCX, Markdown, HTML or text")
    export.add_argument("id", type=int, help="job id (see 'jd list')")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.set_defaults(func=_export)

    lint = commands.add_parser(
        "lint",
        help="check a job for exclusionary wording, missing salary and more; "
        "exits 1 when a check of severity 'error' fails",
    )
    lint.add_argument(
        "target",
        metavar="FILE_OR_ID",
        help="a stored job id, a job-description JSON file, or a text/Markdown posting",
    )
    lint.add_argument("--json", action="store_true", help="print the findings as JSON")
    lint.set_defaults(func=_lint)


def _templates(args: argparse.Namespace) -> int:
    infos, problems = TemplateLibrary().scan()
    if args.json:
        print_json([info.to_json() for info in infos])
    else:
        width = max((len(info.name) for info in infos), default=4)
        for info in infos:
            origin = " (yours)" if info.user else ""
            print(f"{info.name:<{width}}  {info.label}{origin}")
    for problem in problems:
        print(f"recruiter-kit: skipped a broken template: {problem.message}", file=sys.stderr)
    return 0


def _new(args: argparse.Namespace) -> int:
    values = dict(parse_assignment(item) for item in args.set)
    service = JobService(open_db(args))
    saved = service.create_from_template(args.template, title=args.title, values=values)
    if args.json:
        print_json(saved.to_json())
    else:
        print(f"Created job {saved.id}: {saved.description.title}")
    return 0


def _list(args: argparse.Namespace) -> int:
    jobs = JobService(open_db(args)).list_jobs()
    if args.json:
        print_json([job.to_json() for job in jobs])
        return 0
    for job in jobs:
        level = f" [{job.level}]" if job.level else ""
        print(f"{job.id:>4}  {job.title}{level}")
    if not jobs:
        print("No jobs yet. Create one with: recruiter-kit jd new --template NAME")
    return 0


def _export(args: argparse.Namespace) -> int:
    path = JobService(open_db(args)).export(args.id, args.format, args.out)
    print(f"Wrote {path}")
    return 0


def _lint(args: argparse.Namespace) -> int:
    findings = _findings_for(args)
    if args.json:
        print_json([finding.to_json() for finding in findings])
    else:
        for finding in findings:
            quoted = f' "{finding.text}"' if finding.text else ""
            print(f"{finding.severity:<7} {finding.field}:{quoted} {finding.message}")
            print(f"        -> {finding.suggestion}")
        if not findings:
            print("No problems found.")
    return 1 if checks.has_errors(findings) else 0


def _findings_for(args: argparse.Namespace) -> list[checks.Finding]:
    target: str = args.target
    path = Path(target)
    if target.isdigit() and not path.exists():
        return JobService(open_db(args)).lint_job(int(target))
    if not path.is_file():
        raise InvalidInputError(f"{target} is neither a job id nor a readable file.")
    if path.suffix.lower() == ".json":
        return checks.run_checks(_read_json_job(path))
    return checks.run_text_checks(_read_text(path))


def _read_json_job(path: Path) -> JobDescription:
    """A template file ({"template": ..., "job": ...}) or a bare job-description object."""
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as error:
        raise InvalidInputError(f"{path}, line {error.lineno}: {error.msg}.") from None
    if isinstance(data, dict) and "job" in data:
        try:
            return load_template_file(path)[1]
        except TemplateError as error:
            raise InvalidInputError(str(error)) from None
    try:
        return JobDescription.from_dict(data)
    except InvalidInputError as error:
        raise InvalidInputError(f"{path}: {error}") from None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInputError(f"Cannot read {path}: {error}.") from None
