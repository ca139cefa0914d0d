"""
Pages per second of the Dask example with one and with two worker processes
on the same generated pages.

    pip install -e '.[dask]'
    python benchmarks/bench_scale.py [pages]
"""

from __future__ import annotations

import runpy
import sys
import tempfile
import time

from pathlib import Path


EXAMPLES = Path(__file__).parent.parent / "examples"


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    pipeline = runpy.run_path(str(EXAMPLES / "dask_pipeline.py"))
    templates = [
        p.read_text(encoding="utf-8")
        for p in sorted((EXAMPLES / "pages").glob("*.txt"))
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        for n in range(count):
            (pages / f"page-{n:06d}.txt").write_text(
                templates[n % len(templates)], encoding="utf-8"
            )
        rates = {}
        for workers in (1, 2):
            out = Path(tmp) / f"out-{workers}"
            out.mkdir()
            import dask

            with dask.config.set(num_workers=workers):
                start = time.perf_counter()
                summary = pipeline["run"](
                    str(pages), str(out), partitions=4 * workers
                )
                rates[workers] = count / (time.perf_counter() - start)
            print(
                f"{workers} worker(s): {rates[workers]:8,.0f} pages/s ({summary['articles']} articles)"
            )
    print(f"speed-up with 2 workers: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
