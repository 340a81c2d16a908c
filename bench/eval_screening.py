"""Accuracy of resume screening against a labelled folder of resumes.

Prints skill precision and recall (overall and per labelled category), flag
accuracy, the extra checks (metrics, email, phone), and each file's misses so
a rule can be judged on what it gets wrong.

    .venv/bin/python bench/eval_screening.py /work/shared/eval-dev
    .venv/bin/python bench/eval_screening.py /work/shared/eval-dev --reader reference
    .venv/bin/python bench/eval_screening.py /work/shared/eval-dev --compare-readers

Label semantics are in the folder's README: skills are what the text names
anywhere; the labelled "infrastructure" spans the taxonomy's infrastructure,
messaging, observability and data-platform categories. Flags are scored on
documents whose doc_type is "resume" (a job description has no flags).
Label names are mapped to canonical names through the taxonomy, so "AWS EKS"
and "Amazon EKS" are the same skill; a label the taxonomy does not know stays
as written and counts as a miss.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recruiter_kit.screening.results import ScreeningResult  # noqa: E402
from recruiter_kit.screening.screener import Screener  # noqa: E402

LABEL_CATEGORIES = {
    "languages": {"languages"},
    "datastores": {"datastores"},
    "infrastructure": {"infrastructure", "messaging", "observability", "data_platforms"},
    "apis": {"apis"},
}
FLAGS = [
    ("green_flags", "specific_language"),
    ("green_flags", "database_experience"),
    ("green_flags", "api_design"),
    ("green_flags", "production_at_scale"),
    ("green_flags", "testing_and_deployment"),
    ("yellow_flags", "generic_backend_without_specifics"),
    ("yellow_flags", "no_database_or_api"),
    ("yellow_flags", "missing_production_exposure"),
    ("yellow_flags", "only_tutorial_projects"),
]


def predicted_skills(result: ScreeningResult) -> dict[str, set[str]]:
    return {
        label: {hit.name for hit in result.skills if hit.category in categories}
        for label, categories in LABEL_CATEGORIES.items()
    }


def labelled_skills(label: dict, screener: Screener) -> dict[str, set[str]]:
    return {
        category: {screener.taxonomy.canonical(name) or name for name in label.get(category, [])}
        for category in LABEL_CATEGORIES
    }


def evaluate(
    folder: Path, labels: list[dict], screener: Screener, verbose: bool
) -> dict[str, float]:
    counts: dict[str, Counter] = {c: Counter() for c in LABEL_CATEGORIES}
    flag_right = flag_total = 0
    extra = Counter()
    for label in labels:
        result = screener.screen_file(folder / label["file"])
        if result.status != "ok":
            print(f"{label['file']}: {result.status}: {result.error}")
        found, wanted = predicted_skills(result), labelled_skills(label, screener)
        misses: list[str] = []
        for category in LABEL_CATEGORIES:
            tp, fp, fn = (
                found[category] & wanted[category],
                found[category] - wanted[category],
                wanted[category] - found[category],
            )
            counts[category].update(tp=len(tp), fp=len(fp), fn=len(fn))
            if fp:
                misses.append(f"  {category} extra: {sorted(fp)}")
            if fn:
                misses.append(f"  {category} missed: {sorted(fn)}")
        if label.get("doc_type", "resume") == "resume":
            right, total, wrong = score_flags(result, label)
            flag_right, flag_total = flag_right + right, flag_total + total
            misses += [f"  flag {w}" for w in wrong]
            misses += score_extras(result, label, extra)
        if verbose and misses:
            print(label["file"])
            print("\n".join(misses))
    return report(counts, flag_right, flag_total, extra)


def score_flags(result: ScreeningResult, label: dict) -> tuple[int, int, list[str]]:
    right = total = 0
    wrong = []
    for field, flag in FLAGS:
        expected = flag in label.get(field, [])
        actual = any(hit.id == flag for hit in getattr(result, field))
        total += 1
        if expected == actual:
            right += 1
        else:
            wrong.append(f"{flag}: expected {expected}, got {actual}")
    return right, total, wrong


def score_extras(result: ScreeningResult, label: dict, extra: Counter) -> list[str]:
    checks = {
        "has_metrics": result.metrics.quantified > 0,
        "email_present": result.contact.email is not None,
        "phone_present": result.contact.phone is not None,
        # The labeller's level is a judgement ("unknown" where none was made);
        # a resume with no dated experience gets no level from us.
        "level_guess": result.level,
    }
    wrong = []
    for key, actual in checks.items():
        if key in label and label[key] != "unknown":
            extra[f"{key}_total"] += 1
            if actual == label[key]:
                extra[f"{key}_right"] += 1
            else:
                wrong.append(f"  {key}: expected {label[key]}, got {actual}")
    return wrong


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report(
    counts: dict[str, Counter], flag_right: int, flag_total: int, extra: Counter
) -> dict[str, float]:
    total = sum(counts.values(), Counter())
    figures = {
        "precision": _ratio(total["tp"], total["tp"] + total["fp"]),
        "recall": _ratio(total["tp"], total["tp"] + total["fn"]),
        "flag_accuracy": _ratio(flag_right, flag_total),
    }
    print(
        f"\nskills overall: precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  "
        f"(tp {total['tp']}, fp {total['fp']}, fn {total['fn']})"
    )
    for category, c in counts.items():
        print(
            f"  {category:15s} precision {_ratio(c['tp'], c['tp'] + c['fp']):.3f}  "
            f"recall {_ratio(c['tp'], c['tp'] + c['fn']):.3f}  "
            f"(tp {c['tp']}, fp {c['fp']}, fn {c['fn']})"
        )
    print(
        f"flag accuracy: {figures['flag_accuracy']:.3f} "
        f"({flag_right}/{flag_total} flag decisions on resumes)"
    )
    for key in ("has_metrics", "email_present", "phone_present", "level_guess"):
        print(f"  {key}: {extra[key + '_right']}/{extra[key + '_total']}")
    return figures


def compare_readers(folder: Path, labels: list[dict]) -> int:
    """Show that the fast PDF reader finds what the pdfplumber reference finds."""
    fast, reference = Screener(pdf_reader="fast"), Screener(pdf_reader="reference")
    differences = 0
    for label in labels:
        if not label["file"].endswith(".pdf"):
            continue
        a, b = (
            fast.screen_file(folder / label["file"]),
            reference.screen_file(folder / label["file"]),
        )
        skills_a, skills_b = (
            {(s.name, s.evidenced) for s in a.skills},
            {(s.name, s.evidenced) for s in b.skills},
        )
        flags_a = {f.id for f in a.green_flags + a.yellow_flags}
        flags_b = {f.id for f in b.green_flags + b.yellow_flags}
        same = (
            skills_a == skills_b
            and flags_a == flags_b
            and a.metrics.quantified == b.metrics.quantified
        )
        differences += not same
        print(f"{'same' if same else 'DIFFERENT':9s} {label['file']}")
        if not same:
            print(f"  only fast: {sorted(skills_a - skills_b)} {sorted(flags_a - flags_b)}")
            print(f"  only reference: {sorted(skills_b - skills_a)} {sorted(flags_b - flags_a)}")
            print(f"  quantified: fast {a.metrics.quantified}, reference {b.metrics.quantified}")
    print(
        f"\n{differences} PDF(s) differ between the pypdfium2 fast path "
        "and the pdfplumber reference"
    )
    return 1 if differences else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--labels", type=Path, help="labels file (default: FOLDER/labels.json)")
    parser.add_argument(
        "--reader", choices=("fast", "reference"), default="fast", help="PDF reader"
    )
    parser.add_argument(
        "--compare-readers", action="store_true", help="compare the two PDF readers"
    )
    parser.add_argument("--quiet", action="store_true", help="figures only, no per-file misses")
    args = parser.parse_args()
    labels = json.loads((args.labels or args.folder / "labels.json").read_text(encoding="utf-8"))
    if args.compare_readers:
        return compare_readers(args.folder, labels)
    evaluate(args.folder, labels, Screener(pdf_reader=args.reader), verbose=not args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
