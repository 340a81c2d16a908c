"""`recruiter-kit candidates`: the ranking, a resume's details, and who a resume belongs to.

The same use cases as the Candidates workspace: list a job's ranking,
export it (CSV or PDF), re-screen it after the job changed, show a screened
resume with its flags, skills and match, and undo a wrong match by email or
phone (split, link), or put a candidate imported without a job into a job's
ranking (assign).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from recruiter_kit.cli.common import open_db, print_json
from recruiter_kit.core.progress import run_to_end
from recruiter_kit.screening.results import latest_first
from recruiter_kit.services.blind import blind_label, blind_result
from recruiter_kit.services.importing import plain
from recruiter_kit.services.ranking_export import export_ranking, ranking
from recruiter_kit.services.screening import (
    CandidateDetail,
    ScreeningRow,
    ScreeningService,
    ranking_order,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "candidates",
        help="list, inspect and re-screen screened candidates; split or link resumes",
        description="The candidates screened so far: a job's ranking, one resume's details, "
        "re-screening after a job changed, and which candidate a resume belongs to.",
    )
    commands = parser.add_subparsers(dest="candidates_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="the ranking, best match first")
    listing.add_argument("--job", type=int, metavar="ID", help="only this job's candidates")
    _output_options(listing)
    listing.set_defaults(func=_list)

    export = commands.add_parser(
        "export",
        help="write the ranking with each candidate's flags and match: CSV, or a PDF to print",
    )
    export.add_argument("--job", type=int, metavar="ID", help="only this job's candidates")
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="-",
        help="the file to write: a PDF when it ends in .pdf, else CSV marked as UTF-8 for "
        "spreadsheets (default: CSV on standard output)",
    )
    export.add_argument(
        "--blind", action="store_true", help="no names, contact details or file names"
    )
    export.set_defaults(func=_export)

    show = commands.add_parser("show", help="one screened resume: flags, skills, match, links")
    show.add_argument("screening", type=int, metavar="SCREENING", help="id from 'list'")
    _output_options(show)
    show.set_defaults(func=_show)

    rescreen = commands.add_parser(
        "rescreen", help="match a job's candidates again after the job changed (nothing re-read)"
    )
    rescreen.add_argument("--job", type=int, metavar="ID", required=True)
    rescreen.set_defaults(func=_rescreen)

    split = commands.add_parser(
        "split", help="make a resume matched by email or phone a candidate of its own"
    )
    split.add_argument("screening", type=int, metavar="SCREENING", help="id from 'list'")
    split.set_defaults(func=_split)

    link = commands.add_parser("link", help="give a resume to another candidate (undoes a split)")
    link.add_argument("screening", type=int, metavar="SCREENING", help="id from 'list'")
    link.add_argument("candidate", type=int, metavar="CANDIDATE", help="candidate id")
    link.set_defaults(func=_link)

    assign = commands.add_parser("assign", help="put a candidate's resumes into a job's ranking")
    assign.add_argument("candidate", type=int, metavar="CANDIDATE", help="candidate id")
    assign.add_argument("--job", type=int, metavar="ID", required=True)
    assign.set_defaults(func=_assign)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--blind", action="store_true", help="hide names, contact details, links and schools"
    )


# --- list ---------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    service = ScreeningService(open_db(args))
    if args.job is not None:
        service.job(args.job)  # an unknown job is an error, not an empty ranking
    rows = service.rank(args.job)
    rows.sort(key=ranking_order)
    if args.json:
        print_json([row_json(row, args.blind) for row in rows])
        return 0
    if not rows:
        print("No candidates yet." if args.job is None else f"No candidates for job {args.job}.")
        return 0
    header = ("Screening", "Cand.", "Score", "Level", "Years", "Green", "Yellow", "Status")
    print("{:>9}  {:>5}  {:>5}  {:<6}  {:>5}  {:>5}  {:>6}  {:<9}  Candidate".format(*header))
    for row in rows:
        score = "" if row.score is None else str(row.score)
        years = "" if row.years is None else f"{row.years:.1f}"
        candidate = "" if row.candidate_id is None else str(row.candidate_id)
        print(
            f"{row.screening_id:>9}  {candidate:>5}  {score:>5}  {row.level or '':<6}  "
            f"{years:>5}  {row.green:>5}  {row.yellow:>6}  {row.status:<9}  {_who(row, args.blind)}"
        )
    return 0


def row_json(row: ScreeningRow, blind: bool) -> dict[str, Any]:
    """One ranking line as `candidates list --json` prints it."""
    return {
        "screening_id": row.screening_id,
        "candidate_id": row.candidate_id,
        "candidate_code": row.code,
        "document_id": row.document_id,
        "job_id": row.job_id,
        "name": None if blind else row.name,
        "file": None if blind else row.filename,
        "status": row.status,
        "error": None if blind else row.error,
        "score": row.score,
        "level": row.level,
        "years_experience": row.years,
        "green_flags": row.green,
        "yellow_flags": row.yellow,
    }


def _who(row: ScreeningRow, blind: bool) -> str:
    if row.candidate_id is None:
        return "(unreadable)" if blind else f"{row.filename}: {row.error or row.status}"
    return blind_label(row.name, row.code, blind)


# --- export -------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    service = ScreeningService(open_db(args))
    if args.output == "-":
        sys.stdout.write(run_to_end(ranking(service, args.job, blind=args.blind)).csv_text())
        return 0
    path = run_to_end(export_ranking(service, Path(args.output), args.job, blind=args.blind))
    print(f"Wrote {path}")
    return 0


# --- show ---------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    detail = ScreeningService(open_db(args)).detail(args.screening)
    result = detail.result
    code = detail.candidate.code if detail.candidate else None
    if args.blind:
        result = blind_result(result, code)
    if args.json:
        data = plain(result)
        data.pop("text", None)
        data.pop("sections", None)
        data["screening_id"] = detail.row.screening_id
        data["candidate_id"] = detail.row.candidate_id
        data["candidate_code"] = code
        data["job"] = detail.job.title if detail.job else None
        data["links"] = _links_json(detail, args.blind)
        print_json(data)
        return 0
    for line in _show_lines(detail, result, args.blind):
        print(line)
    return 0


def _links_json(detail: CandidateDetail, blind: bool) -> dict[str, Any]:
    links = detail.links
    return {
        "resumes": [] if blind else list(links.resumes),
        "resume_count": len(links.resumes),
        "linked_by": links.linked_by,
        "matches": [
            {
                "candidate_id": match.candidate_id,
                "candidate": blind_label(match.name, match.code, blind),
                "shared": match.shared,
            }
            for match in links.matches
        ],
    }


def _show_lines(detail: CandidateDetail, result: Any, blind: bool) -> list[str]:
    row = detail.row
    who = blind_label(row.name, row.code, blind) if row.candidate_id else "(no candidate)"
    years = "?" if result.years_experience is None else f"{result.years_experience:.1f}"
    lines = [
        f"{who} (candidate {row.candidate_id}, screening {row.screening_id})",
        f"Status: {result.status}" + (f" ({result.error})" if result.error else ""),
        f"Level: {result.level or '?'}, {years} years",
    ]
    if result.match is not None:
        job = detail.job.title if detail.job else "the job"
        lines.append(f"Match with {job}: {result.match.score}/100")
        lines.extend(f"  {line}" for line in result.match.explanation)
    for title, flags in (
        ("Green flags", result.green_flags),
        ("Yellow flags", result.yellow_flags),
    ):
        lines.append(f"{title}: {len(flags)}")
        for flag in flags:
            why = flag.evidence[0].line if flag.evidence else flag.reason
            lines.append(f"  {flag.label}: {why}")
    evidenced = [skill.name for skill in result.skills if skill.evidenced]
    listed = [skill.name for skill in result.skills if not skill.evidenced]
    lines.append(f"Skills used in experience or projects: {', '.join(evidenced) or '-'}")
    lines.append(f"Skills only listed: {', '.join(listed) or '-'}")
    lines.append(f"Work history: {len(result.experience)} dated job(s)")
    for entry in latest_first(result.experience):
        where = f", {entry.organisation}" if entry.organisation else ""
        lines.append(f"  {entry.role()}{where} ({entry.period()})")
    if detail.links.linked_by:
        lines.append(
            f"Joined a known candidate by {detail.links.linked_by}; "
            f"'candidates split {row.screening_id}' makes it a candidate of its own."
        )
    for match in detail.links.matches:
        lines.append(
            f"Shares {match.shared} with candidate {match.candidate_id} "
            f"({blind_label(match.name, match.code, blind)}); "
            f"'candidates link {row.screening_id} {match.candidate_id}' joins them."
        )
    return lines


# --- changes ------------------------------------------------------------------------


def _rescreen(args: argparse.Namespace) -> int:
    count = run_to_end(ScreeningService(open_db(args)).rescreen_job(args.job))
    print(f"Re-screened {count} resume(s) against job {args.job}.")
    return 0


def _split(args: argparse.Namespace) -> int:
    candidate_id = ScreeningService(open_db(args)).split_resume(args.screening)
    print(f"Screening {args.screening} now belongs to a new candidate, {candidate_id}.")
    return 0


def _link(args: argparse.Namespace) -> int:
    removed = ScreeningService(open_db(args)).link_resume(args.screening, args.candidate)
    note = " The candidate it came from had nothing else and was removed." if removed else ""
    print(f"Screening {args.screening} now belongs to candidate {args.candidate}.{note}")
    return 0


def _assign(args: argparse.Namespace) -> int:
    added = ScreeningService(open_db(args)).assign_to_job(args.candidate, args.job)
    if added:
        print(f"Added {added} resume(s) of candidate {args.candidate} to job {args.job}.")
    else:
        print(f"Candidate {args.candidate} is in job {args.job}'s ranking.")
    return 0
