"""`recruiter-kit questions list` and `recruiter-kit guide`: the bank and printable guides."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from recruiter_kit.cli.common import open_db, print_json
from recruiter_kit.interviews.questions import LEVELS


def register(subparsers: argparse._SubParsersAction) -> None:
    questions = subparsers.add_parser("questions", help="browse the interview question bank")
    actions = questions.add_subparsers(title="questions commands", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list questions, optionally of one category or level")
    listing.add_argument(
        "--category", metavar="C", help="e.g. system_design, databases, reliability"
    )
    listing.add_argument("--level", metavar="L", choices=LEVELS, help="junior, mid or senior")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(func=_list_questions)

    guide = subparsers.add_parser("guide", help="build an interview guide and write it as a PDF")
    guide.add_argument("--job", type=int, required=True, metavar="ID", help="the job's id")
    guide.add_argument(
        "--candidate", type=int, metavar="ID", help="tailor probes to this candidate"
    )
    # No argparse defaults: the service falls back to the stages file's, as the app does.
    stage, minutes = _defaults()
    guide.add_argument(
        "--stage",
        metavar="S",
        help="phone_screen, technical_deep_dive, system_design or production_behaviour "
        f"(default: {stage})",
    )
    guide.add_argument(
        "--minutes", type=int, metavar="N", help=f"30, 45, 60 or 90 (default: {minutes})"
    )
    guide.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF"
    )
    guide.add_argument("--interviewer", default="", metavar="NAME", help="printed in the header")
    guide.add_argument(
        "--blind", action="store_true", help="print the candidate's code, not the name"
    )
    guide.add_argument(
        "--json", action="store_true", help="also print the chosen questions and probes"
    )
    guide.set_defaults(func=_guide)


def _defaults() -> tuple[str, str]:
    """The default stage and length for the help text; a broken stages file must not
    stop the other commands from starting, so it only shows up in the help then."""
    from recruiter_kit.core.errors import RecruiterKitError
    from recruiter_kit.interviews.stages import load_rules

    try:
        rules = load_rules()
    except RecruiterKitError:
        return "see resources/interviews/stages.json", "see resources/interviews/stages.json"
    return rules.default_stage, str(rules.default_minutes)


def _service(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from recruiter_kit.services.interviews import InterviewService

    return InterviewService(open_db(args))


def _list_questions(args: argparse.Namespace) -> int:
    listing = _service(args).list_questions(category=args.category, level=args.level)
    for skipped in listing.skipped:
        print(
            f"Warning: {skipped.reason} It is left out; fix it in the app (Interviews > "
            "Question bank).",
            file=sys.stderr,
        )
    questions = listing.questions
    if args.json:
        print_json([q.to_dict() for q in questions])
        return 0
    for q in questions:
        levels = "/".join(q.levels)
        print(f"{q.id:<28} {q.category:<14} {levels:<18} {q.minutes:>3} min")
        print(textwrap.indent(textwrap.fill(q.text, 92), "    "))
    print(f"{len(questions)} question(s).")
    return 0


def _guide(args: argparse.Namespace) -> int:
    from recruiter_kit.services.interviews import require_pdf_name

    require_pdf_name(args.out)  # before any work, so a wrong name costs nothing
    service = _service(args)
    draft = service.build_guide(args.job, args.candidate, stage=args.stage, minutes=args.minutes)
    path = service.export_pdf(draft, args.out, interviewer=args.interviewer, blind=args.blind)
    guide = draft.guide
    if args.json:
        data = guide.to_dict() | {"pdf": str(path)}
        if args.blind:
            data["candidate_code"] = draft.candidate.code if draft.candidate else None
        print_json(data)
        return 0
    print(
        f"Wrote {path}: {len(guide.questions)} questions and {len(guide.probes)} probes, "
        f"{guide.total_minutes} of {guide.slot_minutes} minutes."
    )
    for note in guide.notes:
        print(f"Note: {note}")
    return 0
