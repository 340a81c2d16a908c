"""Median time to render a job description to PDF (target: under 150 ms).

Run: .venv/bin/python bench/bench_jd_pdf.py [--runs 60] [--template backend-senior-product]
Times the whole export path a user waits for: layout plus reportlab, bytes in memory.
"""

from __future__ import annotations

import argparse
import statistics
import time

from recruiter_kit.documents.pdf_builder import build_pdf
from recruiter_kit.jobs.layout import document_spec
from recruiter_kit.jobs.library import TemplateLibrary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--template", default="backend-senior-product")
    args = parser.parse_args()
    job = TemplateLibrary().load(args.template)
    build_pdf(document_spec(job))  # warm-up: imports and font metrics
    timings = []
    for _ in range(args.runs):
        start = time.perf_counter()
        data = build_pdf(document_spec(job))
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    print(f"template: {args.template}, runs: {args.runs}, PDF size: {len(data):,} bytes")
    print(f"median: {statistics.median(timings):.1f} ms")
    print(f"p90:    {timings[int(len(timings) * 0.9) - 1]:.1f} ms")
    print(f"min:    {timings[0]:.1f} ms   max: {timings[-1]:.1f} ms")


if __name__ == "__main__":
    main()
