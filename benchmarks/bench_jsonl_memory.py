"""
Peak memory of streaming articles through dump_jsonl and load_jsonl: it must
not grow with the number of articles.

Each count runs in a fresh interpreter, which writes that many articles
(~6.5 KiB of JSON each) to a temporary file with dump_jsonl, then reads them
back with load_jsonl, keeping none; the child reports its peak RSS.

    python benchmarks/bench_jsonl_memory.py [count ...]   # default 10000 100000
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time

from pathlib import Path


HERE = Path(__file__).parent


def child(count: int) -> None:
    import attrs

    sys.path.insert(0, str(HERE))
    from bench_codec import make_article

    import relwatch

    rng = random.Random(7)
    pool = [make_article(rng, n) for n in range(50)]

    def articles():
        for n in range(count):
            yield attrs.evolve(
                pool[n % len(pool)], url=f"https://example.org/{n}"
            )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        start = time.perf_counter()
        with path.open("w", encoding="utf-8") as f:
            written = relwatch.dump_jsonl(articles(), f)
        wrote = time.perf_counter() - start
        size = path.stat().st_size
        start = time.perf_counter()
        with path.open("rb") as f:
            read = sum(1 for _ in relwatch.load_jsonl(f, relwatch.Article))
        took = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "count": count,
                "written": written,
                "read": read,
                "bytes": size,
                "write_s": wrote,
                "read_s": took,
                "peak_rss_kib": peak_kib,
            }
        )
    )


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    print(
        f"{'articles':>9} {'file':>9} {'write':>8} {'read':>8} {'peak RSS':>9}"
    )
    for count in counts:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(count)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(out)
        if not r["written"] == r["read"] == count:
            msg = f"lost records: {r}"
            raise SystemExit(msg)
        print(
            f"{count:>9,} {r['bytes'] / 2**20:>7.0f}MB {count / r['write_s']:>6,.0f}/s "
            f"{count / r['read_s']:>6,.0f}/s {r['peak_rss_kib'] / 1024:>7.1f}MB"
        )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(int(sys.argv[2]))
    else:
        main()
