"""
The relwatch command end to end: pages per second and peak memory of
``relwatch parse FOLDER -o OUT`` on generated pages, 1,000 against 10,000, to
show that memory does not grow with the number of pages.

Pages are the bundled sample pages with their bodies varied; each count runs
in a fresh process whose peak RSS is read from the operating system.

    python benchmarks/bench_cli.py [count ...]   # default 1000 10000
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time

from pathlib import Path


SAMPLES = sorted(
    (Path(__file__).parent.parent / "examples" / "pages").glob("*.txt")
)
WORDS = "talks minister visit agreement trade energy border railway summit officials".split()


def make_pages(folder: Path, count: int) -> None:
    rng = random.Random(count)
    templates = [p.read_text(encoding="utf-8") for p in SAMPLES]
    for n in range(count):
        extra = " ".join(rng.choices(WORDS, k=400)).capitalize() + "."
        text = templates[n % len(templates)].rstrip() + "\n\n" + extra + "\n"
        (folder / f"page-{n:06d}.txt").write_text(text, encoding="utf-8")


def run(count: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        make_pages(pages, count)
        out = Path(tmp) / "articles.jsonl"
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "relwatch",
                "parse",
                str(pages),
                "-o",
                str(out),
            ],
            check=True,
            capture_output=True,
        )
        took = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        lines = sum(1 for _ in out.open(encoding="utf-8"))
        if lines != count:
            msg = f"{lines} articles for {count} pages"
            raise SystemExit(msg)
    return count / took, max(peak, before) / 1024


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [1000, 10_000]
    print(f"{'pages':>8} {'pages/s':>9} {'peak RSS':>10}")
    for count in counts:
        rate, peak = run(count)
        print(f"{count:>8,} {rate:>9,.0f} {peak:>8.1f}MB")
    print(
        "(peak RSS is the largest child so far: equal figures mean no growth)"
    )


if __name__ == "__main__":
    main()
