"""
Import cost of relwatch against a bare interpreter and against attrs alone.

Run by hand: ``python benchmarks/bench_import.py [runs]``.  Each figure is the
fastest of *runs* fresh interpreters (the least disturbed by other load), and
``-X importtime``'s cumulative time for the top-level package.
"""

import re
import subprocess
import sys
import time


def wall_ms(code: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def importtime_ms(module: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            check=True,
            capture_output=True,
            text=True,
        ).stderr
        line = [x for x in err.splitlines() if x.endswith(f"| {module}")][-1]
        best = min(best, int(re.split(r"\s*\|\s*", line)[1]) / 1000)
    return best


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    bare = wall_ms("pass", runs)
    print(f"bare interpreter           {bare:6.1f} ms (fastest of {runs})")
    for module in ("attrs", "relwatch"):
        wall = wall_ms(f"import {module}", runs) - bare
        cumulative = importtime_ms(module, runs)
        print(
            f"import {module:<19} +{wall:5.1f} ms wall, "
            f"{cumulative:5.1f} ms -X importtime cumulative"
        )
    attrs_cost = wall_ms("import attrs", runs) - bare
    relwatch_cost = wall_ms("import relwatch", runs) - bare
    print(f"relwatch / attrs           {relwatch_cost / attrs_cost:5.2f}x")


if __name__ == "__main__":
    main()
