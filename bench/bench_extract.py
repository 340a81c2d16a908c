"""Speed of the screening engine against bare pypdfium2 text extraction.

Generates N fictional resumes (bench/resume_factory.py: one and two pages, a
third in two columns), then times on the same bytes:

* bare pypdfium2 extraction (open, get_text_range per page): the floor;
* the engine's `Screener.screen_bytes` with a job (reading with column
  detection, structure, skills, flags, signals, match), split into its reading
  and analysis parts;
* pdfplumber's extract_text on a sample, for scale;

each with 1 and 2 worker processes (best of three runs), and prints ms per page
and per resume, resumes per second, the engine-to-bare ratio, and the engine's
time split into reading and analysis as multiples of bare extraction. Storage is
not included: bench/bench_screening.py measures the whole import pipeline. The
load average is printed before and after, since other work on a shared machine
moves every figure: compare runs at like load.

    .venv/bin/python bench/bench_extract.py            # 400 resumes
    .venv/bin/python bench/bench_extract.py -n 200
    .venv/bin/python bench/bench_extract.py -n 1000
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import pypdfium2 as pdfium  # noqa: E402
from resume_factory import resume_pdf  # noqa: E402

from recruiter_kit.screening.reading import read_document  # noqa: E402
from recruiter_kit.screening.results import JobCriteria  # noqa: E402
from recruiter_kit.screening.screener import Screener  # noqa: E402

JOB = JobCriteria(
    job_id=1,
    level="senior",
    required=["Python", "PostgreSQL", "Kubernetes"],
    nice_to_have=["Kafka", "Redis"],
)
_SCREENER: Screener | None = None


def bare_extract(documents: list[bytes]) -> int:
    """Open each PDF and extract every page's text; returns the characters read."""
    chars = 0
    for data in documents:
        pdf = pdfium.PdfDocument(data)
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        pdf.close()
    return chars


def _screener() -> Screener:
    global _SCREENER
    if _SCREENER is None:
        _SCREENER = Screener()
    return _SCREENER


def engine(documents: list[bytes]) -> int:
    screener = _screener()
    return sum(
        screener.screen_bytes(data, f"r{i}.pdf", JOB).status == "ok"
        for i, data in enumerate(documents)
    )


def read_only(documents: list[bytes]) -> int:
    return sum(len(read_document(data, f"r{i}.pdf").pages) for i, data in enumerate(documents))


def plumber(documents: list[bytes]) -> int:
    import io

    import pdfplumber

    chars = 0
    for data in documents:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            chars += sum(len(page.extract_text() or "") for page in pdf.pages)
    return chars


def timed(function, documents: list[bytes], workers: int, repeat: int = 3) -> float:
    """Best wall time of `repeat` runs; workers > 1 splits the documents across processes."""
    best = float("inf")
    if workers == 1:
        function(documents[:5])  # warm caches and imports
        for _ in range(repeat):
            start = time.perf_counter()
            function(documents)
            best = min(best, time.perf_counter() - start)
        return best
    chunks = [documents[i :: workers * 4] for i in range(workers * 4)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(function, [documents[:5]] * workers))  # start and warm the workers
        for _ in range(repeat):
            start = time.perf_counter()
            list(pool.map(function, chunks))
            best = min(best, time.perf_counter() - start)
    return best


def _load() -> str:
    """The 1, 5 and 15 minute load averages."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=400, help="number of resumes")
    args = parser.parse_args()
    documents = [resume_pdf(index) for index in range(args.n)]
    pages = sum(len(pdfium.PdfDocument(data)) for data in documents)
    print(f"{args.n} resumes, {pages} pages ({pages / args.n:.2f} a resume)")
    print(f"load average before: {_load()}\n")
    rows = [
        ("bare pypdfium2 extraction", bare_extract),
        ("engine: reading only", read_only),
        ("engine: screen_bytes + match", engine),
    ]
    results: dict[tuple[str, int], float] = {}
    print(f"{'':32s} {'workers':>7s} {'ms/page':>8s} {'ms/resume':>10s} {'resumes/s':>10s}")
    for label, function in rows:
        for workers in (1, 2):
            seconds = timed(function, documents, workers)
            results[(label, workers)] = seconds
            print(
                f"{label:32s} {workers:7d} {1000 * seconds / pages:8.2f} "
                f"{1000 * seconds / args.n:10.2f} {args.n / seconds:10.0f}"
            )
    sample = documents[:20]
    sample_pages = sum(len(pdfium.PdfDocument(data)) for data in sample)
    seconds = timed(plumber, sample, 1, repeat=1)
    print(
        f"{'pdfplumber extract_text (sample)':32s} {1:7d} "
        f"{1000 * seconds / sample_pages:8.2f} {1000 * seconds / 20:10.2f} {20 / seconds:10.0f}"
    )
    print()
    for workers in (1, 2):
        ratio = (
            results[("engine: screen_bytes + match", workers)]
            / results[("bare pypdfium2 extraction", workers)]
        )
        print(f"engine / bare extraction, {workers} worker(s): {ratio:.2f}x")
    speedup = (
        results[("engine: screen_bytes + match", 1)] / results[("engine: screen_bytes + match", 2)]
    )
    print(f"engine speed-up from 1 to 2 workers: {speedup:.2f}x")
    bare = results[("bare pypdfium2 extraction", 1)]
    reading = results[("engine: reading only", 1)]
    analysis = results[("engine: screen_bytes + match", 1)] - reading
    print("\nengine split, 1 worker (ms a resume, and as a multiple of bare extraction):")
    for label, seconds in (
        ("bare pypdfium2 extraction", bare),
        ("engine reading", reading),
        ("engine analysis + match", analysis),
        ("engine total", reading + analysis),
    ):
        print(f"  {label:28s} {1000 * seconds / args.n:6.2f} ms  {seconds / bare:5.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the main process: {peak:.0f} MB")
    print(f"load average after: {_load()} (the machine is shared: compare figures at like load)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
