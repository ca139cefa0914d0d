"""
Parse a folder of pages in parallel with Dask, extract their statements and
events, and write Parquet partitions.

Each worker process runs the same pure function, `parse_page`, on one page
at a time: it parses the page with `relwatch.parse_article` and fills the
article's actors, statements and events with `relwatch.extract`.
relwatch's parsers, extractor and records are picklable, so any engine that
ships Python functions to workers (Dask, Spark's mapPartitions, a
multiprocessing pool) can run them.  Each partition of articles is written
as one Parquet file, which DuckDB, Polars or Spark can query together.

Run it with ``python examples/dask_pipeline.py [PAGES] [OUT]`` (defaults:
the bundled pages, and a temporary folder).  Needs ``relwatch[dask]``.
"""

import collections
import sys
import tempfile

from pathlib import Path

import dask.bag as db

from dask import delayed

import relwatch

from relwatch.interop.arrow import read_parquet, write_parquet


def parse_page(path: str) -> tuple[str, relwatch.Article | None, str | None]:
    """
    (path, article, None) with the article's statements and events, or
    (path, None, reason) when the page fails.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
        return path, relwatch.extract(relwatch.parse_article(text)), None
    except (relwatch.RelwatchError, OSError, UnicodeDecodeError) as e:
        return path, None, str(e)


def write_partition(
    results: list, out: str, number: int
) -> tuple[int, list[tuple[str, str]]]:
    """
    Write the articles of one partition to ``part-NNNNN.parquet``; return
    how many, and the (path, reason) of the pages that failed.
    """
    articles = [article for _, article, _ in results if article is not None]
    failures = [(path, reason) for path, _, reason in results if reason]
    target = Path(out) / f"part-{number:05d}.parquet"
    return write_parquet(articles, target, cls=relwatch.Article), failures


def run(
    pages: str, out: str, *, partitions: int = 4, scheduler: str = "processes"
) -> dict:
    """
    Parse and extract every ``*.txt`` below *pages* into Parquet partitions
    in *out*, and return a summary: pages, failures, statements, events by
    kind.
    """
    paths = sorted(str(p) for p in Path(pages).rglob("*.txt"))
    bag = db.from_sequence(
        paths, npartitions=min(partitions, max(len(paths), 1))
    )
    # One task per partition parses, extracts and writes, so that each page
    # is read once however many results are asked for.
    writes = [
        delayed(write_partition)(part, out, number)
        for number, part in enumerate(bag.map(parse_page).to_delayed())
    ]
    (done,) = db.compute(writes, scheduler=scheduler)
    kinds: collections.Counter[str] = collections.Counter()
    statements = 0
    for path in sorted(Path(out).glob("part-*.parquet")):
        for article in read_parquet(path, relwatch.Article):
            kinds.update(event.kind.value for event in article.events)
            statements += len(article.statements)
    return {
        "pages": len(paths),
        "articles": sum(written for written, _ in done),
        "failures": sorted(f for _, failures in done for f in failures),
        "statements": statements,
        "events_by_kind": dict(sorted(kinds.items())),
    }


def main(argv: list[str]) -> None:
    pages = argv[0] if argv else str(Path(__file__).parent / "pages")
    with tempfile.TemporaryDirectory() as tmp:
        out = argv[1] if len(argv) > 1 else tmp
        Path(out).mkdir(parents=True, exist_ok=True)
        summary = run(pages, out)
    print(
        f"pages: {summary['pages']}, articles: {summary['articles']}, failures: {len(summary['failures'])}"
    )
    for path, reason in summary["failures"]:
        print(f"  {path}: {reason}")
    print(f"statements: {summary['statements']}")
    kinds = summary["events_by_kind"]
    print(
        "events by kind: "
        + (", ".join(f"{k} {n}" for k, n in kinds.items()) or "none")
    )


if __name__ == "__main__":
    main(sys.argv[1:])
