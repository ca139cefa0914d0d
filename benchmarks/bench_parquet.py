"""
Parquet against JSON Lines, in the same run: read and write times for the
same 10,000 articles, and the peak memory of streaming 20,000 through each.

Times are CPU seconds, the best of a few rounds, with the ratio
Parquet / JSON Lines of each round's median.  Reading keeps no record
(a streaming consumer); writing takes the records from a list.  Two sets
of articles: *unique* (every article generated on its own, so actors,
dates and texts rarely repeat) and *pooled* (50 articles repeated with
new URLs, as a corpus of syndicated copies is).  Memory is the peak RSS
of a fresh interpreter that streams pooled articles from a generator into
a file, or from the file, keeping none.

    pip install -e '.[bench]'
    python benchmarks/bench_parquet.py [count] [rounds]   # default 10000 5
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

import relwatch

from relwatch.interop.arrow import read_parquet, write_parquet


HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from bench_codec import make_article  # noqa: E402


def unique(count: int) -> list[relwatch.Article]:
    rng = random.Random(7)
    return [make_article(rng, n) for n in range(count)]


def pooled(count: int) -> Iterator[relwatch.Article]:
    rng = random.Random(7)
    pool = [make_article(rng, n) for n in range(50)]
    for n in range(count):
        yield attrs.evolve(pool[n % len(pool)], url=f"https://example.org/{n}")


def write_jsonl(records, path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        relwatch.dump_jsonl(records, f)


def read_jsonl(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for _ in relwatch.load_jsonl(f, relwatch.Article))


def write_pq(records, path: Path) -> None:
    write_parquet(records, path, relwatch.Article)


def read_pq(path: Path) -> int:
    return sum(1 for _ in read_parquet(path, relwatch.Article))


FORMATS = {
    "jsonl": (write_jsonl, read_jsonl),
    "parquet": (write_pq, read_pq),
}


def cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def throughput(label: str, records: list, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = {name: Path(tmp) / f"a.{name}" for name in FORMATS}
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(rounds):
            for name, (write, read) in FORMATS.items():
                path = paths[name]
                times.setdefault((name, "write"), []).append(
                    cpu(lambda w=write, p=path: w(records, p))
                )
                times.setdefault((name, "read"), []).append(
                    cpu(lambda r=read, p=path: r(p))
                )
        sizes = {name: path.stat().st_size for name, path in paths.items()}
    print(
        f"\n{label}: {len(records):,} articles, CPU seconds (best of {rounds})"
    )
    print(f"{'':>8} {'jsonl':>8} {'parquet':>8} {'parquet/jsonl':>14}")
    for op in ("write", "read"):
        j, p = times["jsonl", op], times["parquet", op]
        ratio = statistics.median(b / a for a, b in zip(j, p, strict=True))
        print(f"{op:>8} {min(j):>8.3f} {min(p):>8.3f} {ratio:>13.2f}x")
    print(
        f"{'file':>8} {sizes['jsonl'] / 2**20:>6.1f}MB "
        f"{sizes['parquet'] / 2**20:>6.1f}MB"
    )


def child(name: str, op: str, count: int, path: str) -> None:
    write, read = FORMATS[name]
    if op == "write":
        write(pooled(count), Path(path))
        done = count
    else:
        done = read(Path(path))
    print(json.dumps({"done": done, "peak_kib": peak_kib()}))


def peak_kib() -> int:
    # ru_maxrss survives exec on Linux, so a child would report its
    # parent's peak; the VmHWM of /proc counts this program alone.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory(count: int) -> None:
    print(
        f"\nstreaming {count:,} pooled articles: peak RSS of a fresh process"
    )
    print(f"{'':>8} {'jsonl':>10} {'parquet':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        peaks: dict[tuple[str, str], float] = {}
        for op in ("write", "read"):
            for name in FORMATS:
                path = str(Path(tmp) / f"a.{name}")
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        name,
                        op,
                        str(count),
                        path,
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                result = json.loads(out)
                if result["done"] != count:
                    msg = f"lost records: {result}"
                    raise SystemExit(msg)
                peaks[name, op] = result["peak_kib"] / 1024
        for op in ("write", "read"):
            print(
                f"{op:>8} {peaks['jsonl', op]:>8.1f}MB "
                f"{peaks['parquet', op]:>8.1f}MB"
            )


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    memory(2 * count)
    throughput("unique", unique(count), rounds)
    throughput("pooled", list(pooled(count)), rounds)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    else:
        main()
